//! Arrow tables for `dateline.arrow`: built by `dateline-arrow` (the tables and their schema
//! live there), handed to Python as pyo3-arrow `Table`s, which implement the Arrow PyCapsule
//! interface (`__arrow_c_stream__`), so pyarrow, polars, duckdb… read them without a copy.
//! Only argument conversion here.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyString};
use pyo3_arrow::PyTable;

use dateline_arrow::{ArticleId, Batches, IdType, Tables};

use crate::convert::PyArticle;

/// An article id taken from Python.
enum Id {
    Int(i64),
    Str(String),
    Null,
}

impl Id {
    fn get(&self) -> ArticleId<'_> {
        match self {
            Id::Int(i) => ArticleId::Int(*i),
            Id::Str(s) => ArticleId::Str(s),
            Id::Null => ArticleId::Null,
        }
    }
}

fn id_type(name: &str) -> PyResult<IdType> {
    match name {
        "int64" => Ok(IdType::Int64),
        "string" => Ok(IdType::String),
        other => Err(PyValueError::new_err(format!(
            "id_type: expected 'int64' or 'string', found {other:?}"
        ))),
    }
}

/// The ids: `ids` (ints, strs or None, one per article), else positions.
fn ids(ids: Option<&Bound<'_, PyAny>>, n: usize) -> PyResult<Vec<Id>> {
    let Some(ids) = ids else {
        return Ok((0..n as i64).map(Id::Int).collect());
    };
    let ids = ids
        .try_iter()?
        .map(|id| {
            let id = id?;
            if id.is_none() {
                Ok(Id::Null)
            } else if id.is_instance_of::<PyString>() {
                Ok(Id::Str(id.extract()?))
            } else {
                // ints, and integers of other libraries (numpy) through __index__.
                id.extract::<i64>().map(Id::Int).map_err(|_| {
                    PyTypeError::new_err(format!(
                        "ids: expected int, str or None, found {}",
                        id.get_type()
                            .name()
                            .map_or_else(|_| "?".into(), |n| n.to_string())
                    ))
                })
            }
        })
        .collect::<PyResult<Vec<_>>>()?;
    if ids.len() != n {
        return Err(PyValueError::new_err(format!(
            "ids: expected {n} ids, one per article, found {}",
            ids.len()
        )));
    }
    Ok(ids)
}

fn arrow_err(e: dateline_arrow::Error) -> PyErr {
    match e {
        dateline_arrow::Error::IdNotInteger(_) => PyTypeError::new_err(e.to_string()),
        e => PyValueError::new_err(e.to_string()),
    }
}

/// `{"articles": Table, "quotes": Table, …}`.
fn tables_dict(py: Python<'_>, batches: Batches) -> PyResult<Bound<'_, PyDict>> {
    let dict = PyDict::new(py);
    for (table, batch) in batches.into_vec() {
        let schema = batch.schema();
        dict.set_item(table.name(), PyTable::try_new(vec![batch], schema)?)?;
    }
    Ok(dict)
}

/// Articles and errors (from `parse_many(errors="return")`) as the five Arrow tables.
#[pyfunction]
#[pyo3(signature = (articles, *, ids = None, id_type = "int64"))]
pub(crate) fn to_arrow_tables<'py>(
    py: Python<'py>,
    articles: Vec<Bound<'py, PyAny>>,
    ids: Option<&Bound<'py, PyAny>>,
    id_type: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let ids = self::ids(ids, articles.len())?;
    let mut tables = Tables::new(self::id_type(id_type)?);
    for (id, item) in ids.iter().zip(&articles) {
        if let Ok(article) = item.cast::<PyArticle>() {
            tables
                .push_article(id.get(), &article.get().0)
                .map_err(arrow_err)?;
        } else if item.is_instance_of::<pyo3::exceptions::PyBaseException>() {
            let code = match item.getattr("code") {
                Ok(code) => code.extract::<String>()?,
                Err(_) => item.get_type().name()?.to_string(),
            };
            let message = item.str()?.to_string();
            tables
                .push_error(id.get(), &code, &message)
                .map_err(arrow_err)?;
        } else {
            return Err(PyTypeError::new_err(format!(
                "expected dateline.Article objects, found {}",
                item.get_type().name()?
            )));
        }
    }
    tables_dict(py, tables.finish().map_err(arrow_err)?)
}

/// Parses `texts` in parallel without the GIL and builds the five Arrow tables, in Rust.
#[pyfunction]
#[pyo3(signature = (texts, *, ids = None, id_type = "int64", published = None, threads = None, max_input_bytes = None))]
pub(crate) fn parse_to_arrow_tables<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    ids: Option<&Bound<'py, PyAny>>,
    id_type: &str,
    published: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    max_input_bytes: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
    let id_type = self::id_type(id_type)?;
    let pool = crate::pool(threads)?;
    let options = crate::options(py, published, max_input_bytes)?;
    let texts = texts
        .try_iter()?
        .map(|t| t?.extract::<PyBackedStr>())
        .collect::<PyResult<Vec<_>>>()?;
    let ids = self::ids(ids, texts.len())?;
    let batches = py.detach(|| {
        let results = match &pool {
            Some(pool) => pool.install(|| dateline::parse_many(&texts, &options)),
            None => dateline::parse_many(&texts, &options),
        };
        let mut tables = Tables::new(id_type);
        for (id, result) in ids.iter().zip(&results) {
            tables.push(id.get(), result)?;
        }
        tables.finish()
    });
    tables_dict(py, batches.map_err(arrow_err)?)
}
