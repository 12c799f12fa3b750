//! Output identical to Python's `json.dumps(obj, indent=1)` for the reports of the reference
//! scorers (ordered objects, integers and floats rounded with Python's `round(x, 1)`).

use std::fmt::Write as _;

/// A JSON value as the reference scorers print it.
#[derive(Clone, Debug, PartialEq)]
pub enum PyJson {
    /// An integer.
    Int(i64),
    /// A float already rounded to one decimal ([`round1`]); printed with one decimal.
    Float1(f64),
    /// An object with keys in insertion order.
    Object(Vec<(String, PyJson)>),
}

impl PyJson {
    /// Renders the value as `json.dumps(value, indent=1)` does.
    pub fn dumps(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&PyJson> {
        match self {
            PyJson::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value as a number, for integers and floats.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            PyJson::Int(i) => Some(*i as f64),
            PyJson::Float1(f) => Some(*f),
            PyJson::Object(_) => None,
        }
    }

    fn write(&self, out: &mut String, depth: usize) {
        match self {
            PyJson::Int(i) => {
                let _ = write!(out, "{i}");
            }
            PyJson::Float1(f) => {
                let _ = write!(out, "{f:.1}");
            }
            PyJson::Object(members) if members.is_empty() => out.push_str("{}"),
            PyJson::Object(members) => {
                out.push('{');
                for (n, (k, v)) in members.iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    out.push('\n');
                    out.push_str(&" ".repeat(depth + 1));
                    out.push_str(&serde_json::to_string(k).unwrap_or_default());
                    out.push_str(": ");
                    v.write(out, depth + 1);
                }
                out.push('\n');
                out.push_str(&" ".repeat(depth));
                out.push('}');
            }
        }
    }
}

/// Python's `round(x, 1)`: the double nearest to `x` correctly rounded to one decimal, ties to
/// even on the exact binary value (Rust's formatting rounds the same way).
pub fn round1(x: f64) -> f64 {
    format!("{x:.1}").parse().unwrap_or(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_python() {
        // Python: round(12.25, 1) == 12.2; round(0.35, 1) == 0.3 (0.35 is below the tie);
        // round(2.675, 1) == 2.7; round(100.0, 1) == 100.0; round(0.05, 1) == 0.1.
        assert_eq!(round1(12.25), 12.2);
        assert_eq!(round1(12.35), 12.3);
        assert_eq!(round1(0.35), 0.3);
        assert_eq!(round1(2.675), 2.7);
        assert_eq!(round1(0.05), 0.1);
        assert_eq!(round1(0.25), 0.2);
        assert_eq!(round1(0.75), 0.8);
        assert_eq!(round1(100.0), 100.0);
    }

    #[test]
    fn dumps_like_python() {
        let v = PyJson::Object(vec![
            ("n".into(), PyJson::Int(3)),
            (
                "exact".into(),
                PyJson::Object(vec![("p".into(), PyJson::Float1(round1(66.666)))]),
            ),
            ("empty".into(), PyJson::Object(vec![])),
        ]);
        assert_eq!(
            v.dumps(),
            "{\n \"n\": 3,\n \"exact\": {\n  \"p\": 66.7\n },\n \"empty\": {}\n}"
        );
    }
}
