//! Stage 6: figures.

use std::ops::Range;

use crate::model::{Bound, DateAnchor, FigureCategory, FigureKind};
use crate::pipeline::Doc;
use crate::quote::QuoteDraft;

#[derive(Clone, Debug)]
pub(crate) struct FigureDraft {
    pub kind: FigureKind,
    pub range: Range<usize>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub currency_assumed: bool,
    pub bound: Option<Bound>,
    pub approximate: bool,
    pub counted: Option<String>,
    pub category: Option<FigureCategory>,
    pub date: Option<String>,
    pub date_anchor: Option<DateAnchor>,
    pub quote: Option<usize>,
    pub speaker: Option<usize>,
}

pub(crate) fn run(_doc: &Doc<'_>, _quotes: &[QuoteDraft]) -> Vec<FigureDraft> {
    Vec::new()
}
