//! Stage 4: entities.

use std::ops::Range;

use crate::lexicon::Lexicons;
use crate::model::{EntityKind, MentionForm};
use crate::pipeline::Doc;

#[derive(Clone, Debug)]
pub(crate) struct MentionDraft {
    pub range: Range<usize>,
    pub form: MentionForm,
}

#[derive(Clone, Debug)]
pub(crate) struct EntityDraft {
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub media: bool,
    pub mentions: Vec<MentionDraft>,
}

pub(crate) fn run(_doc: &Doc<'_>, _lexicons: &Lexicons) -> Vec<EntityDraft> {
    Vec::new()
}
