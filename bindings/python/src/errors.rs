//! The exception hierarchy: `DatelineError` and one subclass per core error kind, each with a
//! `.code` (the core's [`dateline::Error::code`]). Core errors become Python errors only here.

use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyType;

pyo3::create_exception!(
    dateline,
    DatelineError,
    PyException,
    "Base class of dateline's errors. `.code` is a stable snake_case code for programs."
);
pyo3::create_exception!(
    dateline,
    InputTooLargeError,
    DatelineError,
    "The input is larger than `max_input_bytes` (code \"input_too_large\")."
);
pyo3::create_exception!(
    dateline,
    EmptyInputError,
    DatelineError,
    "The input holds no text (code \"empty_input\")."
);
pyo3::create_exception!(
    dateline,
    InvalidOptionError,
    DatelineError,
    "An option has a value the pipeline cannot use (code \"invalid_option\")."
);

/// Sets each class's `code` attribute; called once when the module is initialised.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let classes: [(Bound<'_, PyType>, &str); 4] = [
        (py.get_type::<DatelineError>(), "dateline_error"),
        (py.get_type::<InputTooLargeError>(), "input_too_large"),
        (py.get_type::<EmptyInputError>(), "empty_input"),
        (py.get_type::<InvalidOptionError>(), "invalid_option"),
    ];
    for (class, code) in classes {
        class.setattr("code", code)?;
        m.add(class.name()?, class)?;
    }
    Ok(())
}

/// The one conversion of a core error into a Python exception. `index` is the document's
/// position for `parse_many`; it prefixes the message and is kept as `.index`.
pub(crate) fn to_pyerr(py: Python<'_>, e: &dateline::Error, index: Option<usize>) -> PyErr {
    let message = match index {
        Some(i) => format!("document {i}: {e}"),
        None => e.to_string(),
    };
    let err = match e {
        dateline::Error::InputTooLarge { .. } => InputTooLargeError::new_err(message),
        dateline::Error::EmptyInput => EmptyInputError::new_err(message),
        dateline::Error::InvalidOption { .. } => InvalidOptionError::new_err(message),
        _ => DatelineError::new_err(message),
    };
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail short of memory exhaustion;
    // the error is then the more useful one to surface.
    if let Err(failure) = value
        .setattr("code", e.code())
        .and_then(|()| value.setattr("index", index))
    {
        return failure;
    }
    err
}
