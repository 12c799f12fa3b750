//! Stage 5: quotes.

use std::ops::Range;

use jiff::civil::Date;

use crate::entity::EntityDraft;
use crate::lexicon::Lexicons;
use crate::model::QuoteKind;
use crate::pipeline::Doc;

#[derive(Clone, Debug)]
pub(crate) struct SpeakerDraft {
    pub range: Range<usize>,
    pub entity: Option<usize>,
}

#[derive(Clone, Debug)]
pub(crate) struct QuoteDraft {
    pub kind: QuoteKind,
    pub parts: Vec<Range<usize>>,
    pub speaker: Option<SpeakerDraft>,
    pub cue: Option<(Range<usize>, &'static str)>,
    pub addressee: Option<(Range<usize>, Option<usize>)>,
    pub date: Option<Date>,
    pub parent: Option<usize>,
}

pub(crate) fn run(
    _doc: &Doc<'_>,
    _entities: &mut Vec<EntityDraft>,
    _lexicons: &Lexicons,
) -> Vec<QuoteDraft> {
    Vec::new()
}
