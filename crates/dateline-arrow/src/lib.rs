//! # dateline-arrow
//!
//! dateline's [`Article`]s as Arrow [`RecordBatch`]es: five tables, `articles`, `quotes`,
//! `figures`, `entities` and `mentions`, each starting with an `article` column (the article's
//! id) so that they join on it. The columns are those of Python's `dateline.arrow.TABLES`
//! (same names, types, descriptions), defined here once in [`schema`]; the Python package, the
//! CLI's `--format parquet` and Rust callers all build their tables with [`Tables`].
//!
//! ```
//! use dateline_arrow::{ArticleId, IdType, Table, Tables};
//!
//! let options = dateline::Options::default();
//! let results = dateline::parse_many(&["Rutte said it was “clear”.", ""], &options);
//! let mut tables = Tables::new(IdType::String);
//! for (i, result) in results.iter().enumerate() {
//!     tables.push(ArticleId::Int(i as i64), result)?;
//! }
//! let batches = tables.finish()?;
//! assert_eq!(batches[Table::Articles].num_rows(), 2);
//! assert_eq!(batches[Table::Quotes].num_rows(), 1);
//! # Ok::<(), dateline_arrow::Error>(())
//! ```
//!
//! Offsets (`start`/`end`) are code points into `articles.text`, as everywhere in dateline.
//! Every column is nullable; a document that failed to parse is one `articles` row with
//! `error` set (`"code: message"`) and every other column null, and no rows elsewhere.

#![deny(missing_docs)]

use std::borrow::Cow;
use std::ops::Index;
use std::sync::Arc;

use arrow_array::builder::{
    ArrayBuilder, BooleanBuilder, Float64Builder, Int64Builder, ListBuilder, StringBuilder,
    StructBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, SchemaRef};
use dateline::{Article, Entity, Figure, Quote, Span};
use serde::Serialize;

pub mod schema;

pub use schema::{Column, ColumnType, IdType, Table};

/// An error while building tables.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A string id was given to tables whose `article` column is `int64`.
    #[error("article id {0:?} is not an integer: use IdType::String for string ids")]
    IdNotInteger(String),
    /// A table name that is not one of the five.
    #[error("unknown table {0:?}: expected articles, quotes, figures, entities or mentions")]
    UnknownTable(String),
    /// A value did not fit its column's type (a bug in this crate).
    #[error("{table}.{column}: value does not match the column's type")]
    ColumnType {
        /// The table.
        table: Table,
        /// The column.
        column: &'static str,
    },
    /// Arrow refused a batch.
    #[error(transparent)]
    Arrow(#[from] ArrowError),
}

/// An article's id, the value of every table's `article` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArticleId<'a> {
    /// An integer id (a position in a batch).
    Int(i64),
    /// A string id (a file name, `FILE:LINE`, a URL).
    Str(&'a str),
    /// No id: the `article` column is null.
    Null,
}

impl From<i64> for ArticleId<'_> {
    fn from(id: i64) -> Self {
        ArticleId::Int(id)
    }
}

impl<'a> From<&'a str> for ArticleId<'a> {
    fn from(id: &'a str) -> Self {
        ArticleId::Str(id)
    }
}

/// The five record batches of [`Tables::finish`], indexed by [`Table`].
#[derive(Clone, Debug)]
pub struct Batches([RecordBatch; 5]);

impl Batches {
    /// The batches with their tables, in the order of [`Table::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (Table, &RecordBatch)> {
        Table::ALL.into_iter().zip(self.0.iter())
    }

    /// The batches with their tables, owned.
    pub fn into_vec(self) -> Vec<(Table, RecordBatch)> {
        Table::ALL.into_iter().zip(self.0).collect()
    }
}

impl Index<Table> for Batches {
    type Output = RecordBatch;

    fn index(&self, table: Table) -> &RecordBatch {
        &self.0[table as usize]
    }
}

/// Builds the five tables, one article at a time; [`Tables::finish`] takes the rows so far as
/// record batches and starts afresh, so a stream of articles can be written in bounded batches.
#[derive(Debug)]
pub struct Tables {
    id_type: IdType,
    tables: [TableBuilder; 5],
    articles: usize,
}

impl Tables {
    /// Empty tables whose `article` column has type `id_type`.
    pub fn new(id_type: IdType) -> Tables {
        Tables {
            id_type,
            tables: Table::ALL.map(|t| TableBuilder::new(t, id_type)),
            articles: 0,
        }
    }

    /// The type of the `article` column.
    pub fn id_type(&self) -> IdType {
        self.id_type
    }

    /// Articles (and errors) added since the last [`Tables::finish`].
    pub fn len(&self) -> usize {
        self.articles
    }

    /// Whether nothing was added since the last [`Tables::finish`].
    pub fn is_empty(&self) -> bool {
        self.articles == 0
    }

    /// Adds a parse result: the article's rows, or its error row.
    ///
    /// # Errors
    ///
    /// [`Error::IdNotInteger`] for a string id in tables of integer ids.
    pub fn push(
        &mut self,
        id: ArticleId<'_>,
        result: &Result<Article, dateline::Error>,
    ) -> Result<(), Error> {
        match result {
            Ok(article) => self.push_article(id, article),
            Err(e) => self.push_error(id, e.code(), &e.to_string()),
        }
    }

    /// Adds an article: its `articles` row and its quotes, figures, entities and mentions.
    ///
    /// # Errors
    ///
    /// [`Error::IdNotInteger`] for a string id in tables of integer ids.
    pub fn push_article(&mut self, id: ArticleId<'_>, article: &Article) -> Result<(), Error> {
        let id = self.check(id)?;
        let [articles, quotes, figures, entities, mentions] = &mut self.tables;
        articles.append(id, article_cells(article))?;
        for q in &article.quotes {
            quotes.append(id, quote_cells(q))?;
        }
        for f in &article.figures {
            figures.append(id, figure_cells(f))?;
        }
        for e in &article.entities {
            entities.append(id, entity_cells(e))?;
            for m in &e.mentions {
                mentions.append(
                    id,
                    [
                        Cell::Id,
                        int(e.id),
                        int(m.start),
                        int(m.end),
                        str(&m.text),
                        variant(&m.form),
                    ],
                )?;
            }
        }
        self.articles += 1;
        Ok(())
    }

    /// Adds a document that could not be parsed: an `articles` row with `error` set to
    /// `"code: message"` and every other column null.
    ///
    /// # Errors
    ///
    /// [`Error::IdNotInteger`] for a string id in tables of integer ids.
    pub fn push_error(
        &mut self,
        id: ArticleId<'_>,
        code: &str,
        message: &str,
    ) -> Result<(), Error> {
        let id = self.check(id)?;
        let error = format!("{code}: {message}");
        let articles = &mut self.tables[Table::Articles as usize];
        articles.append_partial(id, [Cell::Id, Cell::Str(Some(Cow::Owned(error)))])?;
        self.articles += 1;
        Ok(())
    }

    /// The rows added since the last call as five record batches (with the schemas of
    /// [`Table::schema`]); the tables are then empty again.
    ///
    /// # Errors
    ///
    /// [`Error::Arrow`] if Arrow refuses a batch (which would be a bug).
    pub fn finish(&mut self) -> Result<Batches, Error> {
        let [a, q, f, e, m] = &mut self.tables;
        let batches = Batches([
            a.finish()?,
            q.finish()?,
            f.finish()?,
            e.finish()?,
            m.finish()?,
        ]);
        self.articles = 0;
        Ok(batches)
    }

    fn check<'a>(&self, id: ArticleId<'a>) -> Result<ArticleId<'a>, Error> {
        match (id, self.id_type) {
            (ArticleId::Str(s), IdType::Int64) => Err(Error::IdNotInteger(s.to_string())),
            _ => Ok(id),
        }
    }
}

/// One value of a row, borrowed from the article where possible.
#[derive(Debug)]
enum Cell<'a> {
    /// The article's id.
    Id,
    Int(Option<i64>),
    Float(Option<f64>),
    Bool(Option<bool>),
    Str(Option<Cow<'a, str>>),
    Strs(Option<&'a [String]>),
    Spans(Option<&'a [Span]>),
}

fn int(n: usize) -> Cell<'static> {
    Cell::Int(Some(i64::try_from(n).unwrap_or(i64::MAX)))
}

fn opt_int(n: Option<usize>) -> Cell<'static> {
    n.map_or(Cell::Int(None), int)
}

fn str(s: &str) -> Cell<'_> {
    Cell::Str(Some(Cow::Borrowed(s)))
}

fn opt_str(s: Option<&str>) -> Cell<'_> {
    Cell::Str(s.map(Cow::Borrowed))
}

/// An enum as its serde name ("direct", "partial_name"): the strings of the JSON contract.
fn variant<T: Serialize>(value: &T) -> Cell<'static> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Cell::Str(Some(Cow::Owned(s))),
        _ => Cell::Str(None),
    }
}

fn opt_variant<T: Serialize>(value: Option<&T>) -> Cell<'static> {
    value.map_or(Cell::Str(None), variant)
}

fn article_cells(a: &Article) -> [Cell<'_>; schema::ARTICLES.len()] {
    let d = a.dateline.as_ref();
    [
        Cell::Id,
        Cell::Str(None),
        Cell::Int(Some(i64::from(a.schema_version))),
        opt_str(a.headline.as_deref()),
        opt_str(a.standfirst.as_deref()),
        opt_str(a.published.as_deref()),
        opt_variant(a.published_source.as_ref()),
        Cell::Strs(Some(&a.authors)),
        opt_str(d.and_then(|d| d.place.as_deref())),
        opt_str(d.and_then(|d| d.region.as_deref())),
        opt_str(d.and_then(|d| d.agency.as_deref())),
        opt_int(d.map(|d| d.start)),
        opt_int(d.map(|d| d.end)),
        opt_str(a.section.as_deref()),
        opt_str(a.url.as_deref()),
        opt_str(a.image.as_deref()),
        str(&a.text),
        int(a.text.chars().count()),
        int(a.captions.len()),
        int(a.paragraphs.len()),
        int(a.sentences.len()),
        int(a.links.len()),
        int(a.related.len()),
        int(a.blocks.len()),
        int(a.entities.len()),
        int(a.quotes.len()),
        int(a.figures.len()),
    ]
}

fn quote_cells(q: &Quote) -> [Cell<'_>; schema::QUOTES.len()] {
    let (s, c, a) = (q.speaker.as_ref(), q.cue.as_ref(), q.addressee.as_ref());
    [
        Cell::Id,
        int(q.id),
        variant(&q.kind),
        str(&q.text),
        Cell::Spans(Some(&q.parts)),
        opt_int(q.content.map(|c| c.start)),
        opt_int(q.content.map(|c| c.end)),
        opt_int(s.and_then(|s| s.entity)),
        opt_str(s.and_then(|s| s.name.as_deref())),
        opt_int(s.map(|s| s.start)),
        opt_int(s.map(|s| s.end)),
        opt_str(c.map(|c| c.text.as_str())),
        opt_str(c.map(|c| c.lemma.as_str())),
        opt_int(c.map(|c| c.start)),
        opt_int(c.map(|c| c.end)),
        opt_int(a.and_then(|a| a.entity)),
        opt_str(a.map(|a| a.name.as_str())),
        opt_int(a.map(|a| a.start)),
        opt_int(a.map(|a| a.end)),
        opt_str(q.date.as_deref()),
        opt_int(q.parent),
        opt_int(q.parts.first().map(|p| p.start)),
        opt_int(q.parts.last().map(|p| p.end)),
        int(q.parts.len()),
    ]
}

fn figure_cells(f: &Figure) -> [Cell<'_>; schema::FIGURES.len()] {
    [
        Cell::Id,
        int(f.id),
        variant(&f.kind),
        str(&f.text),
        int(f.start),
        int(f.end),
        Cell::Float(f.value),
        Cell::Float(f.value_max),
        opt_str(f.unit.as_deref()),
        opt_str(f.currency.as_deref()),
        Cell::Bool(Some(f.currency_assumed)),
        opt_variant(f.bound.as_ref()),
        Cell::Bool(Some(f.approximate)),
        opt_str(f.counted.as_deref()),
        opt_variant(f.category.as_ref()),
        opt_str(f.date.as_deref()),
        opt_variant(f.date_anchor.as_ref()),
        opt_int(f.quote),
        opt_int(f.speaker),
    ]
}

fn entity_cells(e: &Entity) -> [Cell<'_>; schema::ENTITIES.len()] {
    [
        Cell::Id,
        int(e.id),
        variant(&e.kind),
        str(&e.name),
        Cell::Strs(Some(&e.aliases)),
        Cell::Strs(Some(&e.roles)),
        Cell::Bool(Some(e.media)),
        int(e.mentions.len()),
    ]
}

/// The rows of one table so far.
#[derive(Debug)]
struct TableBuilder {
    table: Table,
    schema: SchemaRef,
    columns: Vec<ColumnBuilder>,
}

impl TableBuilder {
    fn new(table: Table, id_type: IdType) -> TableBuilder {
        TableBuilder {
            table,
            schema: Arc::new(table.schema(id_type)),
            columns: table
                .columns()
                .iter()
                .map(|c| ColumnBuilder::new(c.kind, id_type))
                .collect(),
        }
    }

    /// Appends a row: one cell per column (the array's length is checked at compile time).
    fn append<const N: usize>(
        &mut self,
        id: ArticleId<'_>,
        row: [Cell<'_>; N],
    ) -> Result<(), Error> {
        debug_assert_eq!(N, self.columns.len(), "{}", self.table);
        self.append_partial(id, row)
    }

    /// Appends a row whose first cells are `row`; the remaining columns are null.
    fn append_partial<const N: usize>(
        &mut self,
        id: ArticleId<'_>,
        row: [Cell<'_>; N],
    ) -> Result<(), Error> {
        let mut columns = self.columns.iter_mut().zip(self.table.columns());
        for (cell, (builder, column)) in row.into_iter().zip(columns.by_ref()) {
            builder.append(cell, id).ok_or(Error::ColumnType {
                table: self.table,
                column: column.name,
            })?;
        }
        for (builder, _) in columns {
            builder.append_null();
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<RecordBatch, Error> {
        let arrays: Vec<ArrayRef> = self.columns.iter_mut().map(ColumnBuilder::finish).collect();
        Ok(RecordBatch::try_new(self.schema.clone(), arrays)?)
    }
}

/// A builder for one column, by type.
#[derive(Debug)]
enum ColumnBuilder {
    Int(Int64Builder),
    Float(Float64Builder),
    Bool(BooleanBuilder),
    Str(StringBuilder),
    Strs(ListBuilder<StringBuilder>),
    Spans(ListBuilder<StructBuilder>),
}

impl ColumnBuilder {
    fn new(kind: ColumnType, id_type: IdType) -> ColumnBuilder {
        match kind {
            ColumnType::Id => match id_type {
                IdType::Int64 => ColumnBuilder::Int(Int64Builder::new()),
                IdType::String => ColumnBuilder::Str(StringBuilder::new()),
            },
            ColumnType::Int64 => ColumnBuilder::Int(Int64Builder::new()),
            ColumnType::Float64 => ColumnBuilder::Float(Float64Builder::new()),
            ColumnType::Bool => ColumnBuilder::Bool(BooleanBuilder::new()),
            ColumnType::String => ColumnBuilder::Str(StringBuilder::new()),
            ColumnType::ListString => ColumnBuilder::Strs(ListBuilder::new(StringBuilder::new())),
            ColumnType::ListSpan => ColumnBuilder::Spans(ListBuilder::new(StructBuilder::new(
                schema::span_fields(),
                vec![
                    Box::new(Int64Builder::new()) as Box<dyn ArrayBuilder>,
                    Box::new(Int64Builder::new()),
                ],
            ))),
        }
    }

    /// Appends `cell`; `None` when the cell does not fit this column (a bug).
    fn append(&mut self, cell: Cell<'_>, id: ArticleId<'_>) -> Option<()> {
        match (self, cell) {
            (ColumnBuilder::Int(b), Cell::Id) => match id {
                ArticleId::Int(i) => b.append_value(i),
                ArticleId::Null => b.append_null(),
                ArticleId::Str(_) => return None,
            },
            (ColumnBuilder::Str(b), Cell::Id) => match id {
                ArticleId::Int(i) => b.append_value(i.to_string()),
                ArticleId::Str(s) => b.append_value(s),
                ArticleId::Null => b.append_null(),
            },
            (ColumnBuilder::Int(b), Cell::Int(v)) => b.append_option(v),
            (ColumnBuilder::Float(b), Cell::Float(v)) => b.append_option(v),
            (ColumnBuilder::Bool(b), Cell::Bool(v)) => b.append_option(v),
            (ColumnBuilder::Str(b), Cell::Str(v)) => b.append_option(v),
            (ColumnBuilder::Strs(b), Cell::Strs(v)) => match v {
                None => b.append_null(),
                Some(items) => {
                    for s in items {
                        b.values().append_value(s);
                    }
                    b.append(true);
                }
            },
            (ColumnBuilder::Spans(b), Cell::Spans(v)) => match v {
                None => b.append_null(),
                Some(spans) => {
                    let values = b.values();
                    for span in spans {
                        for (i, n) in [span.start, span.end].into_iter().enumerate() {
                            values
                                .field_builder::<Int64Builder>(i)?
                                .append_value(i64::try_from(n).unwrap_or(i64::MAX));
                        }
                        values.append(true);
                    }
                    b.append(true);
                }
            },
            _ => return None,
        }
        Some(())
    }

    fn append_null(&mut self) {
        match self {
            ColumnBuilder::Int(b) => b.append_null(),
            ColumnBuilder::Float(b) => b.append_null(),
            ColumnBuilder::Bool(b) => b.append_null(),
            ColumnBuilder::Str(b) => b.append_null(),
            ColumnBuilder::Strs(b) => b.append_null(),
            ColumnBuilder::Spans(b) => b.append_null(),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            ColumnBuilder::Int(b) => Arc::new(b.finish()),
            ColumnBuilder::Float(b) => Arc::new(b.finish()),
            ColumnBuilder::Bool(b) => Arc::new(b.finish()),
            ColumnBuilder::Str(b) => Arc::new(b.finish()),
            ColumnBuilder::Strs(b) => Arc::new(b.finish()),
            ColumnBuilder::Spans(b) => Arc::new(b.finish()),
        }
    }
}

#[cfg(test)]
mod tests;
