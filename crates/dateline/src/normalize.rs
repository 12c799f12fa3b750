//! Stage 1: character normalization.
//!
//! Input: the raw text. Output: text with one line-ending convention and one kind of space, and
//! without invisible characters. Quotation marks and dashes are kept as written: curly marks are
//! the best evidence the quote stage has.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalizes characters: CRLF/CR → LF, a leading BOM and other invisible characters removed,
/// exotic spaces and tabs → a plain space, control characters removed, trailing spaces trimmed,
/// decomposed accents composed (NFC), and UTF-8 read as Latin-1 or Windows-1252 repaired
/// (`FranÃ§ois` → `François`).
pub(crate) fn normalize(input: &str) -> String {
    // Composed accents first (NFC: `e` + U+0301 → `é`): names match however they were typed,
    // and mojibake written decomposed (`A` + U+0303 for `Ã`) is found.
    let composed =
        (is_nfc_quick(input.chars()) != IsNormalized::Yes).then(|| input.nfc().collect::<String>());
    let input = composed.as_deref().unwrap_or(input);
    let repaired = repair_mojibake(input);
    let input = repaired.as_deref().unwrap_or(input);
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

/// The byte a character stands for when UTF-8 was decoded as Windows-1252 (or Latin-1, whose
/// C1 controls survive such a decoding).
fn mojibake_byte(c: char) -> Option<u8> {
    Some(match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// Repairs text whose UTF-8 was decoded as Windows-1252 once or twice (`Ã©` → `é`, `â€™` → `’`,
/// `FranÃ\u{83}Â§ois` → `François`), or `None` when nothing needs it. Only a lead byte
/// (`Â`–`ô`) followed by the continuation bytes its sequence needs, decoding to one character
/// at or above U+0080, is replaced: real text does not write those pairs.
fn repair_mojibake(input: &str) -> Option<String> {
    // (Cheap test first: every such sequence starts with a character in U+00C2..=U+00F4.)
    if !input.chars().any(|c| ('\u{C2}'..='\u{F4}').contains(&c)) {
        return None;
    }
    let mut text = std::borrow::Cow::Borrowed(input);
    let mut changed = false;
    // Twice: text encoded twice decodes to once-encoded text first.
    for _ in 0..2 {
        let mut out = String::with_capacity(text.len());
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        let mut round = false;
        while i < chars.len() {
            let c = chars[i];
            let need = match c {
                '\u{C2}'..='\u{DF}' => 1,
                '\u{E0}'..='\u{EF}' => 2,
                '\u{F0}'..='\u{F4}' => 3,
                _ => 0,
            };
            if need > 0 && i + need < chars.len() + 1 {
                let mut bytes = vec![c as u32 as u8];
                let continuation = chars[i + 1..]
                    .iter()
                    .take(need)
                    .map_while(|&n| mojibake_byte(n).filter(|b| (0x80..=0xBF).contains(b)));
                bytes.extend(continuation);
                if bytes.len() == need + 1 {
                    if let Ok(decoded) = std::str::from_utf8(&bytes) {
                        out.push_str(decoded);
                        i += need + 1;
                        round = true;
                        continue;
                    }
                }
            }
            out.push(c);
            i += 1;
        }
        if !round {
            break;
        }
        changed = true;
        text = std::borrow::Cow::Owned(out);
    }
    changed.then(|| text.into_owned())
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
            // UTF-8 read as Windows-1252, once or twice.
            ("Gustavo PetrÃ³ said", "Gustavo Petró said"),
            ("itâ€™s â€œfineâ€\u{9D}", "it’s “fine”"),
            (
                "Fran\u{C3}\u{83}\u{C2}\u{A7}ois Hollande",
                "François Hollande",
            ),
            ("DÃ¼sseldorf", "Düsseldorf"),
            // Decomposed accents are composed, decomposed mojibake too.
            ("Jose\u{301} Marti\u{301}", "José Martí"),
            ("FranA\u{303}\u{83}A\u{302}\u{A7}ois", "François"),
            // Real text with those letters stays.
            (
                "SÃO PAULO, São Paulo, À la carte, Ãa",
                "SÃO PAULO, São Paulo, À la carte, Ãa",
            ),
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
