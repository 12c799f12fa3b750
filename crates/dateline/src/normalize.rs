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
    // Mojibake first, while the C1 controls that Latin-1 decoding leaves are still there; then
    // the characters are cleaned and composed (NFC: `e` + U+0301 → `é`, so that names match
    // however they were typed), which may bring more mojibake together (`A` + U+0303 written
    // for `Ã`). Repeated until nothing changes (a few rounds: each undoes one encoding), so that
    // normalizing twice changes nothing.
    let mut repaired = repair_mojibake(input);
    for _ in 0..3 {
        match repaired.as_deref().and_then(repair_mojibake) {
            Some(again) => repaired = Some(again),
            None => break,
        }
    }
    let mut text = compose(clean(repaired.as_deref().unwrap_or(input)));
    for _ in 0..4 {
        match repair_mojibake(&text) {
            Some(again) => text = compose(clean(&again)),
            None => break,
        }
    }
    text
}

/// NFC, without a copy when the text already is.
fn compose(text: String) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        text.nfc().collect()
    }
}

/// Line ends, spaces, invisible and control characters (see [`normalize`]).
fn clean(input: &str) -> String {
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

/// Undoes one round of UTF-8 decoded as Windows-1252 (`Ã©` → `é`, `â€™` → `’`), or `None` when
/// nothing needs it. Only a lead byte followed by the continuation bytes its sequence needs is
/// replaced: real text does not write those pairs.
fn repair_mojibake(input: &str) -> Option<String> {
    // (Cheap test first, without allocating: a lead character right before a continuation
    // one. Accented text alone, "café", passes it.)
    let lead = |c: char| matches!(c, '\u{C2}'..='\u{DF}' | '\u{E2}' | '\u{F0}');
    let continuation = |c: char| mojibake_byte(c).is_some_and(|b| (0x80..=0xBF).contains(&b));
    if !input
        .chars()
        .zip(input.chars().skip(1))
        .any(|(a, b)| lead(a) && continuation(b))
    {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    let mut changed = false;
    while i < chars.len() {
        let c = chars[i];
        // Three- and four-byte sequences only from the leads that news text mis-decodes (`â`
        // for punctuation, `ð` for emoji): "café…”" is real text, not U+9154.
        let need = match c {
            '\u{C2}'..='\u{DF}' => 1,
            '\u{E2}' => 2,
            '\u{F0}' => 3,
            _ => 0,
        };
        if need > 0 {
            let mut bytes = [c as u32 as u8, 0, 0, 0];
            let mut got = 0;
            for &n in chars[i + 1..].iter().take(need) {
                match mojibake_byte(n).filter(|b| (0x80..=0xBF).contains(b)) {
                    Some(b) => {
                        got += 1;
                        bytes[got] = b;
                    }
                    None => break,
                }
            }
            if got == need {
                if let Ok(decoded) = std::str::from_utf8(&bytes[..=need]) {
                    out.push_str(decoded);
                    i += need + 1;
                    changed = true;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    changed.then_some(out)
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
            // A control between the pieces, stripped, lets them join (normalizing twice
            // changes nothing); a three-byte lead other than `â` is real text.
            ("e\u{301}\u{e}‘‘", "é‘‘"),
            ("café…” she said", "café…” she said"),
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
        for s in [
            "a\r\n\r\nb",
            " x \u{A0}\n",
            "\u{2029}y",
            "e\u{301}\u{e}‘‘",
            "Ã\u{e}©",
            "e\u{AD}\u{301}",
        ] {
            let once = normalize(s);
            assert_eq!(normalize(&once), once);
        }
    }
}
