//! Conversions between the core model and Python: one frozen class per model record, holding
//! the core value and exposing its fields under their serde (JSON contract) names; enums become
//! their serde strings; `to_dict`, `to_json`, pickling and equality go through the core's serde.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple, PyType};
use pyo3::IntoPyObjectExt;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// A core value that can be handed to Python.
pub(crate) trait Export {
    /// The Python object for this value.
    fn export<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;
}

macro_rules! export_scalar {
    ($($t:ty),*) => {$(
        impl Export for $t {
            fn export<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                self.into_bound_py_any(py)
            }
        }
    )*};
}
export_scalar!(String, usize, u32, f64, bool);

impl<T: Export> Export for Option<T> {
    fn export<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(v) => v.export(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl<T: Export> Export for Vec<T> {
    fn export<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self
            .iter()
            .map(|v| v.export(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any())
    }
}

/// Enums cross as their serde names ("direct", "partial_name"), the strings of the JSON contract.
macro_rules! export_enum {
    ($($t:ty),*) => {$(
        impl Export for $t {
            fn export<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_py(py, &to_value(self)?)
            }
        }
    )*};
}
export_enum!(
    dateline::DateSource,
    dateline::LinkKind,
    dateline::BlockKind,
    dateline::EntityKind,
    dateline::MentionForm,
    dateline::QuoteKind,
    dateline::FigureKind,
    dateline::Bound,
    dateline::FigureCategory,
    dateline::DateAnchor
);

fn to_value<T: Serialize>(value: &T) -> PyResult<Value> {
    serde_json::to_value(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

pub(crate) fn to_json<T: Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

fn from_json<T: DeserializeOwned>(json: &str) -> PyResult<T> {
    serde_json::from_str(json).map_err(|e| PyValueError::new_err(format!("invalid JSON: {e}")))
}

/// A JSON value as plain Python data (dict, list, str, int, float, bool, None).
fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_bound_py_any(py)?,
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into_bound_py_any(py)?,
            (None, Some(i)) => i.into_bound_py_any(py)?,
            (None, None) => n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py)?,
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => PyList::new(
            py,
            items
                .iter()
                .map(|v| to_py(py, v))
                .collect::<PyResult<Vec<_>>>()?,
        )?
        .into_any(),
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// `Name(field=repr, …)` over the given attributes.
fn repr_fields(obj: &Bound<'_, PyAny>, name: &str, fields: &[&str]) -> PyResult<String> {
    let parts = fields
        .iter()
        .map(|f| Ok(format!("{f}={}", obj.getattr(*f)?.repr()?)))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(format!("{name}({})", parts.join(", ")))
}

/// Declares the Python class `$name` over the core record `$core`, with one getter per field
/// (named as the field, which is also its serde name) and the methods every record shares.
macro_rules! record {
    ($py:ident, $name:literal, $core:ty, [$($field:ident),* $(,)?], repr = auto $(, $($extra:tt)*)?) => {
        record!(@class $py, $name, $core, [$($field),*],
            fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
                repr_fields(slf.as_any(), $name, Self::FIELDS)
            }
            $($($extra)*)?
        );
    };
    ($py:ident, $name:literal, $core:ty, [$($field:ident),* $(,)?], repr = custom, $($extra:tt)*) => {
        record!(@class $py, $name, $core, [$($field),*], $($extra)*);
    };
    (@class $py:ident, $name:literal, $core:ty, [$($field:ident),*], $($extra:tt)*) => {
        #[doc = concat!("The Python class `dateline.", $name, "`.")]
        #[pyclass(frozen, name = $name, module = "dateline")]
        pub(crate) struct $py(pub(crate) $core);

        impl $py {
            /// The attributes, in model order: the serde field names.
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl Export for $core {
            fn export<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(Bound::new(py, $py(self.clone()))?.into_any())
            }
        }

        #[pymethods]
        impl $py {
            $(
                #[getter]
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    self.0.$field.export(py)
                }
            )*

            /// The field names, for `match` statements.
            #[classattr]
            fn __match_args__<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
                PyTuple::new(py, Self::FIELDS)
            }

            /// The record as plain Python data (the JSON contract as dicts and lists).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_py(py, &to_value(&self.0)?)
            }

            /// The record as JSON (the contract's field names).
            fn to_json(&self) -> PyResult<String> {
                to_json(&self.0)
            }

            /// Reads a record from JSON, as written by `to_json`.
            #[classmethod]
            fn from_json(_cls: &Bound<'_, PyType>, json: &str) -> PyResult<Self> {
                Ok($py(from_json(json)?))
            }

            /// Reads a record from plain data, as returned by `to_dict`.
            #[classmethod]
            fn from_dict(cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                let json = cls.py().import("json")?.call_method1("dumps", (data,))?;
                Ok($py(from_json(&json.extract::<String>()?)?))
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
                let from_json = slf.get_type().getattr("from_json")?;
                let args = PyTuple::new(slf.py(), [to_json(&slf.get().0)?])?;
                PyTuple::new(slf.py(), [from_json, args.into_any()])
            }

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                let py = other.py();
                match other.cast::<Self>() {
                    Ok(other) => (self.0 == other.get().0).into_py_any(py),
                    Err(_) => Ok(py.NotImplemented()),
                }
            }

            fn __hash__(&self) -> PyResult<u64> {
                let mut hasher = DefaultHasher::new();
                to_json(&self.0)?.hash(&mut hasher);
                Ok(hasher.finish())
            }

            $($extra)*
        }
    };
}

record!(PySpan, "Span", dateline::Span, [start, end], repr = auto);
record!(
    PyDateline,
    "Dateline",
    dateline::Dateline,
    [place, region, agency, start, end],
    repr = auto
);
record!(
    PyCaption,
    "Caption",
    dateline::Caption,
    [text, credit, start, end, credit_span],
    repr = auto
);
record!(
    PyParagraph,
    "Paragraph",
    dateline::Paragraph,
    [start, end],
    repr = auto
);
record!(
    PyLink,
    "Link",
    dateline::Link,
    [url, kind, start, end],
    repr = auto
);
record!(
    PyRelatedArticle,
    "RelatedArticle",
    dateline::RelatedArticle,
    [title, url, start, end],
    repr = auto
);
record!(
    PyBlock,
    "Block",
    dateline::Block,
    [kind, start, end],
    repr = auto
);
record!(
    PyEntity,
    "Entity",
    dateline::Entity,
    [id, kind, name, aliases, roles, media, mentions],
    repr = auto
);
record!(
    PyMention,
    "Mention",
    dateline::Mention,
    [start, end, text, form],
    repr = auto
);
record!(
    PyQuote,
    "Quote",
    dateline::Quote,
    [id, kind, text, parts, content, speaker, cue, addressee, date, parent],
    repr = auto
);
record!(
    PySpeaker,
    "Speaker",
    dateline::Speaker,
    [entity, name, start, end],
    repr = auto
);
record!(
    PyCue,
    "Cue",
    dateline::Cue,
    [text, lemma, start, end],
    repr = auto
);
record!(
    PyAddressee,
    "Addressee",
    dateline::Addressee,
    [entity, name, start, end],
    repr = auto
);
record!(
    PyFigure,
    "Figure",
    dateline::Figure,
    [
        id,
        kind,
        text,
        start,
        end,
        value,
        value_max,
        unit,
        currency,
        currency_assumed,
        bound,
        approximate,
        counted,
        category,
        date,
        date_anchor,
        quote,
        speaker
    ],
    repr = auto
);
record! {
    PyArticle,
    "Article",
    dateline::Article,
    [
        schema_version,
        text,
        headline,
        standfirst,
        dateline,
        published,
        published_source,
        authors,
        captions,
        paragraphs,
        sentences,
        links,
        related,
        blocks,
        entities,
        quotes,
        figures,
        section,
        url,
        image
    ],
    repr = custom,
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let a = &slf.get().0;
        Ok(format!(
            "Article(headline={}, published={}, chars={}, quotes={}, figures={}, entities={})",
            slf.getattr("headline")?.repr()?,
            slf.getattr("published")?.repr()?,
            a.text.chars().count(),
            a.quotes.len(),
            a.figures.len(),
            a.entities.len(),
        ))
    }
    /// HTML for notebooks: quotes, figures and entities highlighted (`dateline._html`).
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        presentation(slf, "dateline._html", "render")
    }
    /// One row per quote (`dateline.quotes_frame`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn quotes_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        frame(slf, "quotes_frame", backend)
    }
    /// One row per figure (`dateline.figures_frame`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn figures_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        frame(slf, "figures_frame", backend)
    }
    /// One row per entity (`dateline.entities_frame`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn entities_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        frame(slf, "entities_frame", backend)
    }
}

/// Presentation lives in the pure-Python package; the class only points there.
fn presentation<'py>(
    slf: &Bound<'py, PyArticle>,
    module: &str,
    function: &str,
) -> PyResult<Bound<'py, PyAny>> {
    slf.py().import(module)?.call_method1(function, (slf,))
}

fn frame<'py>(
    slf: &Bound<'py, PyArticle>,
    function: &str,
    backend: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let kwargs = PyDict::new(slf.py());
    kwargs.set_item("backend", backend)?;
    slf.py()
        .import("dateline._frames")?
        .call_method(function, ([slf],), Some(&kwargs))
}
