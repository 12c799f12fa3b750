//! Stage 3: sentences and tokens.
//!
//! Input: the layout's text and its content blocks. Output: [`Token`]s and sentence ranges (byte
//! ranges into the text). News abbreviations ("Feb.", "St.", "U.S.", "Mr.", initials) keep their
//! period and do not end a sentence; a closing quotation mark after the period belongs to the
//! sentence it closes.

use foldhash::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (with inner apostrophes, hyphens and periods: "it's", "long-term", "U.S.").
    Word,
    /// Digits with inner separators ("35,000", "1.5", "2026-02-11").
    Number,
    /// Any other single character.
    Punct,
}

/// A token: a byte range of the text.
///
/// The offsets are `u32`, not `usize`: 12 bytes a token instead of 24, and a document of many
/// short lines has millions of tokens (peak memory, issue #9). Texts are capped well below 4 GiB
/// ([`crate::pipeline::MAX_TEXT_BYTES`]), so every byte offset fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    pub kind: TokenKind,
}

impl Token {
    /// The token of `range` (byte offsets below [`crate::pipeline::MAX_TEXT_BYTES`]).
    #[inline]
    pub(crate) fn new(range: Range<usize>, kind: TokenKind) -> Token {
        debug_assert!(range.end <= crate::pipeline::MAX_TEXT_BYTES);
        Token {
            start: range.start as u32,
            end: range.end as u32,
            kind,
        }
    }

    /// First byte of the token.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte of the token.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

    /// The token's byte range.
    #[inline]
    pub(crate) fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }
}

/// Abbreviations that keep their period and never end a sentence (lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "ste", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt",
    "sgt", "cmdr", "adm", "sen", "rep", "gov", "pres", "sec", "amb", "prof", "rev", "fr", "hon",
    "supt", "insp", "det", "gen", "brig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "no", "nos", "vol", "vs", "v", "approx", "est", "dept", "univ", "ave", "blvd", "rd",
    "hwy", "calif", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
    "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
    "wash", "wis", "wyo", "ariz", "ark", "colo", "del", "ida", "n.m", "n.y", "n.j", "n.c", "s.c",
    "n.d", "s.d", "w.va", "d.c", "jr", "sr", "e.g", "i.e", "cf", "al", "op", "fig", "pp", "gov't",
];
/// Abbreviations that may also end a sentence ("… in the U.S. The …").
const FINAL_ABBREVIATIONS: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "inc", "co", "corp", "ltd", "llc", "plc", "etc", "a.m", "p.m",
    "jr", "sr", "d.c", "n.y", "bros",
];
/// Words that typically open a sentence; after a final abbreviation they mark a boundary.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "there",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "for",
    "some",
    "many",
    "most",
    "officials",
    "mr",
    "ms",
    "mrs",
    "dr",
    "still",
    "yet",
    "however",
    "meanwhile",
    "since",
];

static ABBREVIATION_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());
static FINAL_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| FINAL_ABBREVIATIONS.iter().copied().collect());
static STARTER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| SENTENCE_STARTERS.iter().copied().collect());

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200D}')
}

/// The byte length of the clitic at the start of `rest` ("’d", "'ll", "’ve", "’re", "'m") when
/// `word` is a personal pronoun and the clitic ends the word.
fn pronoun_clitic(word: &str, rest: &str) -> Option<usize> {
    const PRONOUNS: &[&str] = &["i", "you", "he", "she", "it", "we", "they"];
    if word.len() > 4 || !PRONOUNS.contains(&word.to_ascii_lowercase().as_str()) {
        return None;
    }
    let mark = rest.chars().next()?.len_utf8();
    let letters: usize = rest[mark..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    let clitic = rest[mark..mark + letters].to_ascii_lowercase();
    matches!(clitic.as_str(), "d" | "ll" | "ve" | "re" | "m").then_some(mark + letters)
}

/// Tokenizes `text[range]`.
/// Top-level domains that end a name written as a domain ("Polygraph.info", "Amazon.com").
const TOP_LEVEL_DOMAINS: &[&str] = &[
    "com", "org", "net", "info", "gov", "edu", "io", "news", "tv", "biz", "eu", "ai",
];

pub(crate) fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let s = &text[range.clone()];
    let base = range.start;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        // ".45-caliber", "(.5 percent)": a decimal point that opens a number is part of it, not
        // a full stop.
        let leading_point = c == '.'
            && s[i + 1..].starts_with(|d: char| d.is_ascii_digit())
            && s[..i]
                .chars()
                .next_back()
                .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '$' | '£' | '€'));
        if !is_word_char(c) && !leading_point {
            out.push(Token::new(
                base + i..base + i + c.len_utf8(),
                TokenKind::Punct,
            ));
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut all_digits = c.is_ascii_digit() || leading_point;
        let mut has_alpha = c.is_alphabetic();
        let mut split_clitic = false;
        while let Some(&(j, d)) = iter.peek() {
            // "she’d", "they'll", "I've": a pronoun and its clitic are two words, so the pronoun
            // can be a subject ("he’d respond, “…”").
            if matches!(d, '\'' | '’') {
                if let Some(len) = pronoun_clitic(&s[i..j], &s[j..]) {
                    out.push(Token::new(base + i..base + j, TokenKind::Word));
                    out.push(Token::new(base + j..base + j + len, TokenKind::Word));
                    while iter.peek().is_some_and(|&(k, _)| k < j + len) {
                        iter.next();
                    }
                    split_clitic = true;
                    break;
                }
            }
            if is_word_char(d) {
                all_digits &= d.is_ascii_digit();
                has_alpha |= d.is_alphabetic();
                end = j + d.len_utf8();
                iter.next();
                continue;
            }
            // Inner joiners: "it's", "long-term", "U.S", "35,000", "1.5".
            let joiner = matches!(d, '\'' | '’' | '-' | '.' | ',' | '&' | '/');
            let next = s[j + d.len_utf8()..].chars().next();
            let joins = joiner
                && next.is_some_and(is_word_char)
                && match d {
                    ',' | '/' => all_digits && next.is_some_and(|n| n.is_ascii_digit()),
                    '.' => {
                        // The piece since the last '.' or '-': "D-N.C." (a party label) joins like "N.C.".
                        let piece_len = s[i..j]
                            .rsplit(['.', '-'])
                            .next()
                            .map_or(0, |p| p.chars().count());
                        let next_len = s[j + 1..]
                            .chars()
                            .take_while(|c| c.is_alphanumeric())
                            .count();
                        // A domain name: "Polygraph.info", "Amazon.com".
                        let tld_end = s[j + 1..]
                            .find(|c: char| !c.is_alphanumeric())
                            .map_or(s.len(), |k| j + 1 + k);
                        // ("PanARMENIAN.Net": any case.)
                        let domain = piece_len >= 2
                            && TOP_LEVEL_DOMAINS
                                .iter()
                                .any(|d| d.eq_ignore_ascii_case(&s[j + 1..tld_end]))
                            && !s[tld_end..].starts_with(is_word_char);
                        if all_digits {
                            next.is_some_and(|n| n.is_ascii_digit())
                        } else {
                            domain
                                || piece_len <= 2
                                    && next_len <= 2
                                    && !next.is_some_and(|n| n.is_ascii_digit())
                        }
                    }
                    '&' => s[i..j].chars().all(|c| c.is_uppercase()),
                    _ => true,
                };
            if joins {
                end = j + d.len_utf8();
                iter.next();
                continue;
            }
            break;
        }
        if split_clitic {
            continue;
        }
        // A trailing period stays on abbreviations and initials.
        if s[end..].starts_with('.') {
            let word = &s[i..end];
            let lower = word.to_lowercase();
            let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            // ("Polygraph.info." ends a sentence: a domain is no abbreviation.)
            let dotted = word.contains('.')
                && !all_digits
                && word
                    .rsplit('.')
                    .next()
                    .is_some_and(|p| p.chars().count() <= 2);
            // "No. 5", "Vol. 3", "pp. 12": these only before a number ("voted no. The …").
            let before_number = s[end + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
            let numbering = matches!(lower.as_str(), "no" | "nos" | "vol" | "fig" | "pp" | "op");
            if has_alpha
                && (!numbering || before_number)
                && (ABBREVIATION_SET.contains(lower.as_str())
                    || FINAL_SET.contains(lower.as_str())
                    || is_initial
                    || dotted)
            {
                end += 1;
                iter.next();
            }
        }
        let kind = if has_alpha {
            TokenKind::Word
        } else {
            TokenKind::Number
        };
        out.push(Token::new(base + i..base + end, kind));
    }
}

/// Splits the tokens of one block into sentences; returns token-index ranges.
pub(crate) fn sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // The latest "(" not yet closed: "!" or "?" inside a short bracket that goes on ("(via
    // Hello! Magazine)") ends no sentence.
    let mut open_paren: Option<usize> = None;
    while i < tokens.len() {
        let t = &text[tokens[i].range()];
        match t {
            "(" => open_paren = Some(i),
            ")" => open_paren = None,
            _ => {}
        }
        let mut boundary_after = None;
        if i == start {
            if let Some(j) = kicker_end(text, tokens, i) {
                out.push(start..j);
                start = j;
                i = j;
                continue;
            }
        }
        let in_brackets = matches!(t, "!" | "?")
            && open_paren.is_some_and(|p| i - p <= 12)
            && (i + 2..tokens.len().min(i + 8)).any(|k| &text[tokens[k].range()] == ")")
            && tokens.get(i + 1).is_some_and(|n| &text[n.range()] != ")");
        if in_brackets {
            i += 1;
            continue;
        }
        if matches!(t, "." | "!" | "?" | "…") {
            // Absorb closing quotes and brackets after the terminator.
            let mut j = i + 1;
            while j < tokens.len()
                && matches!(
                    &text[tokens[j].range()],
                    "”" | "\"" | "’" | "'" | ")" | "]" | "." | "!" | "?"
                )
            {
                if matches!(&text[tokens[j].range()], "\"" | "'")
                    && !is_closing_straight(text, &tokens[j])
                {
                    break;
                }
                j += 1;
            }
            if j >= tokens.len() || starts_sentence(text, &tokens[j]) {
                boundary_after = Some(j);
            }
        } else if tokens[i].kind == TokenKind::Word && t.ends_with('.') && i + 1 < tokens.len() {
            let lower = t[..t.len() - 1].to_lowercase();
            if FINAL_SET.contains(lower.as_str()) {
                let next = &text[tokens[i + 1].range()];
                if STARTER_SET.contains(next.to_lowercase().as_str())
                    && next.chars().next().is_some_and(char::is_uppercase)
                {
                    boundary_after = Some(i + 1);
                }
            }
        }
        if let Some(j) = boundary_after {
            out.push(start..j);
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// A newsletter's capitalised kicker before the item's first sentence ("TURNS OUT POE WAS ONTO
/// SOMETHING Crows and ravens are …", "NEW YORK ENDS TAMPON TAX “Gov. …”"): three or more words
/// in capitals, then a capitalised word in mixed case. Returns the token where the sentence
/// after the kicker starts.
fn kicker_end(text: &str, tokens: &[Token], from: usize) -> Option<usize> {
    let mut words = 0;
    let mut j = from;
    while j < tokens.len() && j < from + 24 {
        let t = &text[tokens[j].range()];
        let capitals = t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_lowercase)
            && tokens[j].kind == TokenKind::Word;
        if capitals {
            words += 1;
        } else if !(tokens[j].kind == TokenKind::Number
            || matches!(
                t,
                "$" | "‘" | "’" | "'" | "“" | "”" | "\"" | "&" | "-" | "–" | ","
            ))
        {
            break;
        }
        j += 1;
    }
    // "CONGRESS HAS INVESTIGATED HIM — Oz’s advice …": a dash after the kicker goes with it.
    let dashed = j + 1 < tokens.len() && matches!(&text[tokens[j].range()], "—" | "–");
    if dashed {
        j += 1;
    }
    let next = text[tokens.get(j)?.range()].chars();
    let mixed_case = tokens[j].kind == TokenKind::Word
        && next.clone().next().is_some_and(char::is_uppercase)
        && next.clone().any(char::is_lowercase);
    if words < 3 || !mixed_case {
        return None;
    }
    // An opening mark starts the sentence after the kicker.
    while j > from && matches!(&text[tokens[j - 1].range()], "“" | "\"") {
        j -= 1;
    }
    Some(j)
}

fn is_closing_straight(text: &str, token: &Token) -> bool {
    text[token.end()..]
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || matches!(c, ')' | ',' | '.'))
}

fn starts_sentence(text: &str, token: &Token) -> bool {
    let s = &text[token.range()];
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '“' | '"' | '‘' | '\'' | '(' | '[' | '—' | '–' | '-' | '¿' | '¡'
            // List items a newsletter opens with a mark ("~ Meet the robots …", "* Item").
            | '~' | '*' | '>' | '#' | '@'
        )
        || !c.is_alphabetic() && !c.is_ascii_punctuation()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, 0..s.len(), &mut out);
        out.iter().map(|t| &s[t.range()]).collect()
    }

    fn sents(s: &str) -> Vec<&str> {
        let mut t = Vec::new();
        tokenize(s, 0..s.len(), &mut t);
        sentences(s, &t)
            .into_iter()
            .map(|r| &s[t[r.start].start()..t[r.end - 1].end()])
            .collect()
    }

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("it's 35,000 men.", &["it's", "35,000", "men", "."]),
            ("U.S. weapons", &["U.S.", "weapons"]),
            ("on Feb. 12.", &["on", "Feb.", "12", "."]),
            ("St. Petersburg", &["St.", "Petersburg"]),
            ("$500 million", &["$", "500", "million"]),
            (
                "1.5 percent, 2026-02-11",
                &["1.5", "percent", ",", "2026-02-11"],
            ),
            ("long-term “threat”", &["long-term", "“", "threat", "”"]),
            ("John F. Kennedy", &["John", "F.", "Kennedy"]),
            ("AT&T and R&D", &["AT&T", "and", "R&D"]),
            ("Zoë's café", &["Zoë's", "café"]),
            ("ended.The", &["ended", ".", "The"]),
            // Names written as domains.
            (
                "told Polygraph.info the claims",
                &["told", "Polygraph.info", "the", "claims"],
            ),
            ("on Amazon.com.", &["on", "Amazon.com", "."]),
            (
                "PanARMENIAN.Net - Verified",
                &["PanARMENIAN.Net", "-", "Verified"],
            ),
            // A pronoun and its clitic are two words; "it's" and names stay whole.
            ("she’d say", &["she", "’d", "say"]),
            (
                "They'll tell, I'm sure",
                &["They", "'ll", "tell", ",", "I", "'m", "sure"],
            ),
            ("O'Neill'd", &["O'Neill'd"]),
        ];
        for (input, want) in cases {
            assert_eq!(toks(input), *want, "{input}");
        }
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "He met Mr. Smith on Feb. 12. They talked.",
                &["He met Mr. Smith on Feb. 12.", "They talked."],
            ),
            (
                "It reached St. Petersburg. Then it stopped.",
                &["It reached St. Petersburg.", "Then it stopped."],
            ),
            (
                "“It is bad,” he said. “But it will end.”",
                &["“It is bad,” he said.", "“But it will end.”"],
            ),
            (
                "They buy U.S. weapons for Ukraine.",
                &["They buy U.S. weapons for Ukraine."],
            ),
            (
                "Aid came from the U.S. The EU followed.",
                &["Aid came from the U.S.", "The EU followed."],
            ),
            (
                "She said Warner Bros. Discovery will merge. It sold Warner Bros. The deal closed.",
                &[
                    "She said Warner Bros. Discovery will merge.",
                    "It sold Warner Bros.",
                    "The deal closed.",
                ],
            ),
            (
                "John F. Kennedy spoke. Was it true? Yes!",
                &["John F. Kennedy spoke.", "Was it true?", "Yes!"],
            ),
            ("no terminator", &["no terminator"]),
            (
                "He had a loaded .45-caliber handgun at home. He was convicted.",
                &[
                    "He had a loaded .45-caliber handgun at home.",
                    "He was convicted.",
                ],
            ),
            (
                "~ Congrats to the rider. ~ Meet the robots. * A list item.",
                &[
                    "~ Congrats to the rider.",
                    "~ Meet the robots.",
                    "* A list item.",
                ],
            ),
            // "No." numbers only before a number.
            (
                "He voted no. The bill passed. It was bill No. 5 of the session.",
                &[
                    "He voted no.",
                    "The bill passed.",
                    "It was bill No. 5 of the session.",
                ],
            ),
            // A "!" inside a short bracket that goes on ends no sentence; one that closes it may.
            (
                "She told Beauty Banter (via Hello! Magazine) that she uses a balm. It works.",
                &[
                    "She told Beauty Banter (via Hello! Magazine) that she uses a balm.",
                    "It works.",
                ],
            ),
            (
                "He left (or did he?) and then came back. Nobody knew.",
                &["He left (or did he?) and then came back.", "Nobody knew."],
            ),
            (
                "They won (again!) The crowd cheered.",
                &["They won (again!)", "The crowd cheered."],
            ),
            // A newsletter kicker in capitals is its own sentence; a dateline or an acronym
            // is not one.
            (
                "TURNS OUT POE WAS ONTO SOMETHING Crows are smart. They remember faces.",
                &[
                    "TURNS OUT POE WAS ONTO SOMETHING",
                    "Crows are smart.",
                    "They remember faces.",
                ],
            ),
            (
                "NEW YORK ENDS TAMPON TAX “Gov. Andrew Cuomo signed a bill.” [HuffPost]",
                &[
                    "NEW YORK ENDS TAMPON TAX",
                    "“Gov. Andrew Cuomo signed a bill.”",
                    "[HuffPost]",
                ],
            ),
            (
                "CONGRESS HAS INVESTIGATED HIM — Oz’s advice earned him attention.",
                &[
                    "CONGRESS HAS INVESTIGATED HIM —",
                    "Oz’s advice earned him attention.",
                ],
            ),
            (
                "NATO AND EU leaders met. The US FBI said so.",
                &["NATO AND EU leaders met.", "The US FBI said so."],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(sents(input), *want, "{input}");
        }
    }
}
