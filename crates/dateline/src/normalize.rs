//! Stage 1: character normalization.
//!
//! Input: the raw text. Output: text with one line-ending convention and one kind of space, and
//! without invisible characters. Quotation marks and dashes are kept as written: curly marks are
//! the best evidence the quote stage has.

/// Normalizes characters: CRLF/CR → LF, a leading BOM and other invisible characters removed,
/// exotic spaces and tabs → a plain space, control characters removed, trailing spaces trimmed.
pub(crate) fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Printable ASCII is kept as it is: copied a run at a time rather than char by char.
        let run = bytes[i..]
            .iter()
            .position(|b| !matches!(b, 0x20..=0x7E))
            .unwrap_or(bytes.len() - i);
        if run > 0 {
            out.push_str(&input[i..i + run]);
            i += run;
            continue;
        }
        let c = input[i..].chars().next().expect("i is below the length");
        i += c.len_utf8();
        match c {
            '\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                push_newline(&mut out);
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}' => {
                push_newline(&mut out)
            }
            '\t'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}' => out.push(' '),
            // Soft hyphen, zero-width space/non-joiner, word joiner, BOM, bidi marks.
            '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}'
            | '\u{200F}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    trim_line_end(&mut out);
    out
}

fn push_newline(out: &mut String) {
    trim_line_end(out);
    out.push('\n');
}

fn trim_line_end(out: &mut String) {
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn table() {
        let cases = [
            ("a\r\nb\rc\n", "a\nb\nc\n"),
            ("\u{FEFF}Title", "Title"),
            ("non\u{A0}breaking\tspace", "non breaking space"),
            ("soft\u{AD}hyphen", "softhyphen"),
            ("nul\u{0}byte", "nulbyte"),
            ("trailing   \nspaces  ", "trailing\nspaces"),
            ("“curly” ‘kept’ — dash", "“curly” ‘kept’ — dash"),
            ("emoji 👩\u{200D}💻 kept", "emoji 👩\u{200D}💻 kept"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "input {input:?}");
        }
    }

    #[test]
    fn idempotent() {
        for s in ["a\r\n\r\nb", " x \u{A0}\n", "\u{2029}y"] {
            let once = normalize(s);
            assert_eq!(normalize(&once), once);
        }
    }
}
