//! The native module `dateline._dateline` behind the Python package `dateline`.
//!
//! Thin by rule (STYLE.md 2.5): convert the arguments, call one core function, convert the
//! result, map the error. Presentation (HTML, DataFrames) lives in the pure-Python package.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

mod arrow;
mod convert;
mod errors;

use convert::PyArticle;
use errors::to_pyerr;

/// Core options from the keyword arguments shared by `parse` and `parse_many`.
fn options(
    py: Python<'_>,
    published: Option<&Bound<'_, PyAny>>,
    max_input_bytes: Option<usize>,
) -> PyResult<dateline::Options> {
    let mut options = dateline::Options::default();
    if let Some(limit) = max_input_bytes {
        options = options.max_input_bytes(limit);
    }
    match published {
        None => Ok(options),
        Some(date) => {
            let date = published_str(date)?;
            options.published(&date).map_err(|e| to_pyerr(py, &e, None))
        }
    }
}

/// `published` as text: a `str`, or a `datetime.date` (a `datetime` gives its date).
fn published_str(value: &Bound<'_, PyAny>) -> PyResult<String> {
    if value.is_instance_of::<PyString>() {
        return value.extract();
    }
    let datetime = value.py().import("datetime")?;
    if value.is_instance(&datetime.getattr("datetime")?)? {
        return published_str(&value.call_method0("date")?);
    }
    if value.is_instance(&datetime.getattr("date")?)? {
        return value.call_method0("isoformat")?.extract();
    }
    Err(PyTypeError::new_err(format!(
        "published: expected a str (YYYY-MM-DD) or a datetime.date, found {}",
        value.get_type().name()?
    )))
}

/// Parses one article.
#[pyfunction]
#[pyo3(signature = (text, *, published = None, max_input_bytes = None))]
fn parse(
    py: Python<'_>,
    text: PyBackedStr,
    published: Option<&Bound<'_, PyAny>>,
    max_input_bytes: Option<usize>,
) -> PyResult<PyArticle> {
    let options = options(py, published, max_input_bytes)?;
    py.detach(|| dateline::parse(&text, &options))
        .map(PyArticle)
        .map_err(|e| to_pyerr(py, &e, None))
}

/// Parses one HTML page: the article body and its metadata come from the markup.
#[pyfunction]
#[pyo3(signature = (html, *, published = None, max_input_bytes = None))]
fn parse_html(
    py: Python<'_>,
    html: PyBackedStr,
    published: Option<&Bound<'_, PyAny>>,
    max_input_bytes: Option<usize>,
) -> PyResult<PyArticle> {
    let options = options(py, published, max_input_bytes)?;
    py.detach(|| dateline::parse_html(&html, &options))
        .map(PyArticle)
        .map_err(|e| to_pyerr(py, &e, None))
}

/// A thread pool of `threads` threads; `None`: the shared pool (one thread per core).
fn pool(threads: Option<usize>) -> PyResult<Option<rayon::ThreadPool>> {
    match threads {
        None => Ok(None),
        Some(0) => Err(PyValueError::new_err(
            "threads: expected at least 1, found 0",
        )),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(Some)
            .map_err(|e| PyValueError::new_err(format!("threads: {e}"))),
    }
}

/// Parses many articles in parallel, without the GIL; results keep the input order.
#[pyfunction]
#[pyo3(signature = (texts, *, published = None, threads = None, errors = "return", max_input_bytes = None))]
fn parse_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    threads: Option<usize>,
    errors: &str,
    max_input_bytes: Option<usize>,
) -> PyResult<Vec<Py<PyAny>>> {
    let raise = match errors {
        "return" => false,
        "raise" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors: expected \"return\" or \"raise\", found {other:?}"
            )))
        }
    };
    let pool = pool(threads)?;
    let options = options(py, published, max_input_bytes)?;
    let texts = texts
        .try_iter()?
        .map(|t| t?.extract::<PyBackedStr>())
        .collect::<PyResult<Vec<_>>>()?;
    let results = py.detach(|| match &pool {
        Some(pool) => pool.install(|| dateline::parse_many(&texts, &options)),
        None => dateline::parse_many(&texts, &options),
    });
    results
        .into_iter()
        .enumerate()
        .map(|(i, result)| match result {
            Ok(article) => Ok(Bound::new(py, PyArticle(article))?.into_any().unbind()),
            Err(e) if raise => Err(to_pyerr(py, &e, Some(i))),
            Err(e) => Ok(to_pyerr(py, &e, Some(i)).into_value(py).into_any()),
        })
        .collect()
}

#[pymodule]
mod _dateline {
    #[pymodule_export]
    use super::arrow::{parse_to_arrow_tables, to_arrow_tables};
    #[pymodule_export]
    use super::convert::{
        PyAddressee, PyArticle, PyBlock, PyCaption, PyCue, PyDateline, PyEntity, PyFigure, PyLink,
        PyMention, PyParagraph, PyQuote, PyRelatedArticle, PySpan, PySpeaker,
    };
    #[pymodule_export]
    use super::{parse, parse_html, parse_many};

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        super::errors::register(m)?;
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        m.add("SCHEMA_VERSION", dateline::SCHEMA_VERSION)?;
        m.add("DEFAULT_MAX_INPUT_BYTES", dateline::DEFAULT_MAX_INPUT_BYTES)?;
        Ok(())
    }
}
