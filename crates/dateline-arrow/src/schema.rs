//! The five tables' columns: the one definition in Rust of what `dateline.arrow.TABLES` defines
//! in Python (same names, types, descriptions and order; a Python test compares the two).

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use arrow_schema::{DataType, Field, Fields, Schema};

/// The type of the `article` column: the article's id.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum IdType {
    /// Integer ids (positions in a batch, numeric ids): `int64`.
    #[default]
    Int64,
    /// Any other ids (file names, URLs): `string`. Integer ids are written in decimal.
    String,
}

/// The logical type of a column, as named in `dateline.arrow.TABLES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnType {
    /// The article's id: `int64` or `string` (see [`IdType`]).
    Id,
    /// `int64`.
    Int64,
    /// `float64`.
    Float64,
    /// `bool`.
    Bool,
    /// `string` (UTF-8).
    String,
    /// `list<string>`.
    ListString,
    /// `list<span>`: a list of `struct<start: int64, end: int64>`.
    ListSpan,
}

impl ColumnType {
    /// The Arrow type of a column of this type.
    pub fn data_type(self, id_type: IdType) -> DataType {
        match self {
            ColumnType::Id => match id_type {
                IdType::Int64 => DataType::Int64,
                IdType::String => DataType::Utf8,
            },
            ColumnType::Int64 => DataType::Int64,
            ColumnType::Float64 => DataType::Float64,
            ColumnType::Bool => DataType::Boolean,
            ColumnType::String => DataType::Utf8,
            ColumnType::ListString => DataType::new_list(DataType::Utf8, true),
            ColumnType::ListSpan => DataType::new_list(DataType::Struct(span_fields()), true),
        }
    }
}

/// The fields of a span struct: `start` and `end`, both nullable `int64` (as pyarrow makes them).
pub(crate) fn span_fields() -> Fields {
    Fields::from(vec![
        Field::new("start", DataType::Int64, true),
        Field::new("end", DataType::Int64, true),
    ])
}

/// One column of a table: its name, type and description (empty when the name says it all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The column's name.
    pub name: &'static str,
    /// The column's type.
    pub kind: ColumnType,
    /// What the column holds; written as the field's `doc` metadata when not empty.
    pub doc: &'static str,
}

const fn col(name: &'static str, kind: ColumnType, doc: &'static str) -> Column {
    Column { name, kind, doc }
}

use ColumnType::{Bool, Float64, Id, Int64, ListSpan, ListString, String as Str};

/// Columns of the `articles` table: one row per input document, failed ones included.
pub const ARTICLES: &[Column] = &[
    col("article", Id, "the article's id"),
    col(
        "error",
        Str,
        "'code: message' when the article could not be parsed, else null",
    ),
    col(
        "schema_version",
        Int64,
        "the JSON contract's schema version",
    ),
    col("headline", Str, ""),
    col("standfirst", Str, ""),
    col(
        "published",
        Str,
        "publication date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    col("published_source", Str, "given | text | url | metadata"),
    col("authors", ListString, ""),
    col("dateline_place", Str, "the dateline's place (MUNICH)"),
    col("dateline_region", Str, ""),
    col("dateline_agency", Str, ""),
    col("dateline_start", Int64, ""),
    col("dateline_end", Int64, ""),
    col("section", Str, "from HTML metadata"),
    col("url", Str, "canonical URL, from HTML metadata"),
    col("image", Str, "lead image URL, from HTML metadata"),
    col("text", Str, "the article text every offset points into"),
    col("n_chars", Int64, "length of text in code points"),
    col("n_captions", Int64, ""),
    col("n_paragraphs", Int64, ""),
    col("n_sentences", Int64, ""),
    col("n_links", Int64, ""),
    col("n_related", Int64, ""),
    col("n_blocks", Int64, ""),
    col(
        "n_entities",
        Int64,
        "rows of this article in the entities table",
    ),
    col(
        "n_quotes",
        Int64,
        "rows of this article in the quotes table",
    ),
    col(
        "n_figures",
        Int64,
        "rows of this article in the figures table",
    ),
];

/// Columns of the `quotes` table: one row per quote.
pub const QUOTES: &[Column] = &[
    col("article", Id, "the article's id"),
    col("id", Int64, "the quote's id within the article"),
    col("kind", Str, "direct | indirect | mixed | partial | …"),
    col("text", Str, "the quoted words"),
    col("parts", ListSpan, "the quoted text's spans"),
    col("content_start", Int64, ""),
    col("content_end", Int64, ""),
    col("speaker_entity", Int64, "entities.id of the speaker"),
    col("speaker_name", Str, ""),
    col("speaker_start", Int64, ""),
    col("speaker_end", Int64, ""),
    col("cue_text", Str, ""),
    col("cue_lemma", Str, "say, tell, add…"),
    col("cue_start", Int64, ""),
    col("cue_end", Int64, ""),
    col("addressee_entity", Int64, ""),
    col("addressee_name", Str, ""),
    col("addressee_start", Int64, ""),
    col("addressee_end", Int64, ""),
    col("date", Str, "when it was said, ISO 8601"),
    col("parent", Int64, "quotes.id of the enclosing quote"),
    col("start", Int64, "first part's start"),
    col("end", Int64, "last part's end"),
    col("n_parts", Int64, ""),
];

/// Columns of the `figures` table: one row per figure.
pub const FIGURES: &[Column] = &[
    col("article", Id, "the article's id"),
    col("id", Int64, "the figure's id within the article"),
    col(
        "kind",
        Str,
        "number | money | percent | quantity | date | …",
    ),
    col("text", Str, ""),
    col("start", Int64, ""),
    col("end", Int64, ""),
    col("value", Float64, ""),
    col("value_max", Float64, "upper end of a range"),
    col("unit", Str, ""),
    col("currency", Str, "ISO 4217"),
    col("currency_assumed", Bool, ""),
    col("bound", Str, ""),
    col("approximate", Bool, ""),
    col("counted", Str, "what is counted"),
    col("category", Str, ""),
    col("date", Str, ""),
    col("date_anchor", Str, ""),
    col("quote", Int64, "quotes.id the figure is in"),
    col("speaker", Int64, "entities.id of who gave it"),
];

/// Columns of the `entities` table: one row per entity.
pub const ENTITIES: &[Column] = &[
    col("article", Id, "the article's id"),
    col("id", Int64, "the entity's id within the article"),
    col("kind", Str, "person | organization | location | …"),
    col("name", Str, ""),
    col("aliases", ListString, ""),
    col("roles", ListString, ""),
    col("media", Bool, "a news organisation"),
    col(
        "n_mentions",
        Int64,
        "rows of this entity in the mentions table",
    ),
];

/// Columns of the `mentions` table: one row per mention of an entity.
pub const MENTIONS: &[Column] = &[
    col("article", Id, "the article's id"),
    col("entity", Int64, "entities.id"),
    col("start", Int64, ""),
    col("end", Int64, ""),
    col("text", Str, ""),
    col("form", Str, "name | alias | pronoun | …"),
];

/// One of the five tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    /// One row per input document (failed ones too, with `error` set).
    Articles,
    /// One row per quote.
    Quotes,
    /// One row per figure.
    Figures,
    /// One row per entity.
    Entities,
    /// One row per entity mention.
    Mentions,
}

impl Table {
    /// The tables, in their documented order.
    pub const ALL: [Table; 5] = [
        Table::Articles,
        Table::Quotes,
        Table::Figures,
        Table::Entities,
        Table::Mentions,
    ];

    /// The table's name (`"quotes"`): its file name in Parquet output, its key in Python.
    pub const fn name(self) -> &'static str {
        match self {
            Table::Articles => "articles",
            Table::Quotes => "quotes",
            Table::Figures => "figures",
            Table::Entities => "entities",
            Table::Mentions => "mentions",
        }
    }

    /// The table's columns, in order.
    pub const fn columns(self) -> &'static [Column] {
        match self {
            Table::Articles => ARTICLES,
            Table::Quotes => QUOTES,
            Table::Figures => FIGURES,
            Table::Entities => ENTITIES,
            Table::Mentions => MENTIONS,
        }
    }

    /// The table's Arrow schema: each field carries its description as `doc` metadata, the
    /// schema carries `dateline.table` (the name) and `dateline.schema_version`.
    pub fn schema(self, id_type: IdType) -> Schema {
        let fields: Vec<Field> = self
            .columns()
            .iter()
            .map(|c| {
                let field = Field::new(c.name, c.kind.data_type(id_type), true);
                if c.doc.is_empty() {
                    field
                } else {
                    field.with_metadata(HashMap::from([("doc".to_string(), c.doc.to_string())]))
                }
            })
            .collect();
        Schema::new(fields).with_metadata(HashMap::from([
            ("dateline.table".to_string(), self.name().to_string()),
            (
                "dateline.schema_version".to_string(),
                dateline::SCHEMA_VERSION.to_string(),
            ),
        ]))
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Table {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Table, crate::Error> {
        Table::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| crate::Error::UnknownTable(s.to_string()))
    }
}
