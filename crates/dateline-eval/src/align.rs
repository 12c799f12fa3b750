//! Character alignment between dateline's normalized text and the original (gold) text.
//!
//! [`dateline::Article::text`] is rebuilt from the input: line endings unified, invisible and
//! control characters removed, exotic spaces replaced, trailing spaces trimmed, hard-wrapped lines
//! joined with one space (or with nothing after a line-end hyphen, which may itself be dropped),
//! blocks separated by `"\n\n"`. Every other character is kept in order. [`Alignment`] walks both
//! strings greedily, matches equal characters, skips whitespace and invisible characters on either
//! side, skips a dropped line-end hyphen in the original, and re-synchronises after anything
//! unexpected, so that a code-point span of the normalized text maps to the code-point span of the
//! original that holds the same characters.

use dateline::Span;

/// How many non-skippable characters must agree to re-synchronise after a mismatch.
const RESYNC_RUN: usize = 4;
/// How far (in characters skipped on both sides together) a re-synchronisation may look.
const RESYNC_WINDOW: usize = 64;

/// A character that normalization may add, remove or replace: whitespace, control characters and
/// invisible format characters (soft hyphen, zero-width spaces and joiners, BOM, bidi marks).
pub fn is_skippable(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}'
        )
}

/// A map from code-point offsets of a normalized text to code-point offsets of its original.
#[derive(Clone, Debug)]
pub struct Alignment {
    /// For each normalized position `i` (and `len`): the original offset of the first matched
    /// character at or after `i`, or the original length.
    next_start: Vec<usize>,
    /// For each normalized position `i` (and `len`): one past the original offset of the last
    /// matched character before `i`, or 0.
    prev_end: Vec<usize>,
    matched: usize,
    unmatched: usize,
}

impl Alignment {
    /// Aligns `normalized` (what dateline returned) with `original` (the gold text).
    pub fn new(normalized: &str, original: &str) -> Alignment {
        let a: Vec<char> = normalized.chars().collect();
        let b: Vec<char> = original.chars().collect();
        let mut map: Vec<Option<usize>> = vec![None; a.len()];
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            if a[i] == b[j] {
                map[i] = Some(j);
                i += 1;
                j += 1;
            } else if is_skippable(a[i]) {
                i += 1;
            } else if is_skippable(b[j]) || dropped_hyphen(&b, j, a[i]) {
                j += 1;
            } else if let Some((da, db)) = resync(&a, i, &b, j) {
                i += da;
                j += db;
            } else {
                // A substitution: keep both walks in step.
                i += 1;
                j += 1;
            }
        }
        let n = a.len();
        let mut next_start = vec![b.len(); n + 1];
        for k in (0..n).rev() {
            next_start[k] = map[k].unwrap_or(next_start[k + 1]);
        }
        let mut prev_end = vec![0; n + 1];
        for k in 0..n {
            prev_end[k + 1] = map[k].map_or(prev_end[k], |p| p + 1);
        }
        let matched = map.iter().filter(|m| m.is_some()).count();
        let unmatched = a
            .iter()
            .zip(&map)
            .filter(|(c, m)| m.is_none() && !is_skippable(**c))
            .count();
        Alignment {
            next_start,
            prev_end,
            matched,
            unmatched,
        }
    }

    /// Maps a normalized span `start..end` to the original: from the first to the last matched
    /// character inside it. A span without a matched character becomes an empty span where the
    /// next matched character is.
    pub fn map(&self, start: usize, end: usize) -> Span {
        let n = self.next_start.len() - 1;
        let (start, end) = (start.min(n), end.min(n));
        let s = self.next_start[start];
        let e = self.prev_end[end.max(start)];
        if e <= s {
            Span::new(s, s)
        } else {
            Span::new(s, e)
        }
    }

    /// Maps a [`Span`] (see [`Alignment::map`]).
    pub fn map_span(&self, span: Span) -> Span {
        self.map(span.start, span.end)
    }

    /// The number of normalized characters matched to an original character.
    pub fn matched(&self) -> usize {
        self.matched
    }

    /// The number of visible normalized characters that found no counterpart (0 when
    /// normalization only touched whitespace and invisible characters).
    pub fn unmatched(&self) -> usize {
        self.unmatched
    }
}

/// Whether `b[j]` is a hyphen at a line end that the line join dropped: a `-` followed by
/// whitespace holding a line break, then by `next`.
fn dropped_hyphen(b: &[char], j: usize, next: char) -> bool {
    if b[j] != '-' {
        return false;
    }
    let mut k = j + 1;
    let mut newline = false;
    while k < b.len() && is_skippable(b[k]) {
        newline |= matches!(b[k], '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}');
        k += 1;
    }
    newline && b.get(k) == Some(&next)
}

/// The next `RESYNC_RUN` non-skippable characters from `from`.
fn run(s: &[char], from: usize) -> Vec<char> {
    s[from.min(s.len())..]
        .iter()
        .copied()
        .filter(|c| !is_skippable(*c))
        .take(RESYNC_RUN)
        .collect()
}

/// After a mismatch at `(i, j)`: the smallest total skip `(da, db)` after which both texts agree
/// on the next few visible characters.
fn resync(a: &[char], i: usize, b: &[char], j: usize) -> Option<(usize, usize)> {
    for total in 1..=RESYNC_WINDOW {
        for da in 0..=total {
            let db = total - da;
            if i + da >= a.len() || j + db >= b.len() {
                continue;
            }
            if a[i + da] != b[j + db] {
                continue;
            }
            let (ra, rb) = (run(a, i + da), run(b, j + db));
            if !ra.is_empty() && ra == rb {
                return Some((da, db));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(norm: &str, orig: &str, needle: &str) -> String {
        let al = Alignment::new(norm, orig);
        let start = norm.find(needle).unwrap();
        let s = norm[..start].chars().count();
        let e = s + needle.chars().count();
        let span = al.map(s, e);
        orig.chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect()
    }

    #[test]
    fn identity() {
        let t = "“Hello,” she said. Ünïcode — 👩‍💻 ok.";
        let al = Alignment::new(t, t);
        for (s, e) in [(0, 3), (5, 12), (20, 30)] {
            assert_eq!(al.map(s, e), Span::new(s, e));
        }
        assert_eq!(al.unmatched(), 0);
    }

    #[test]
    fn joined_lines_and_whitespace() {
        let orig =
            "Title  \r\n\r\nThe minister said the\nplan was   “bold”\u{A0}and new. \n\nNext.";
        let norm = "Title\n\nThe minister said the plan was “bold” and new.\n\nNext.";
        assert_eq!(mapped(norm, orig, "the plan was"), "the\nplan was");
        assert_eq!(mapped(norm, orig, "bold"), "bold");
        assert_eq!(mapped(norm, orig, "Next."), "Next.");
        assert_eq!(Alignment::new(norm, orig).unmatched(), 0);
    }

    #[test]
    fn invisible_characters_and_dropped_hyphen() {
        let orig = "\u{FEFF}The recruit-\nment drive\u{200B} began; long-\nterm plans.";
        let norm = "The recruitment drive began; long-term plans.";
        assert_eq!(
            mapped(norm, orig, "recruitment drive"),
            "recruit-\nment drive"
        );
        assert_eq!(mapped(norm, orig, "began"), "began");
        assert_eq!(mapped(norm, orig, "long-term"), "long-\nterm");
        assert_eq!(Alignment::new(norm, orig).unmatched(), 0);
    }

    #[test]
    fn resynchronises_after_unexpected_edits() {
        let orig = "Alpha beta [deleted stuff] gamma delta epsilon.";
        let norm = "Alpha beta gamma delta epsilon.";
        assert_eq!(mapped(norm, orig, "gamma delta"), "gamma delta");
        let orig = "One two three four five.";
        let norm = "One two XXX three four five.";
        assert_eq!(mapped(norm, orig, "four five"), "four five");
        assert_eq!(mapped(norm, orig, "One"), "One");
    }

    #[test]
    fn spans_of_skipped_characters_are_empty() {
        let al = Alignment::new("a b", "a\n\nb");
        assert_eq!(al.map(1, 2), Span::new(3, 3));
        assert_eq!(al.map(0, 3), Span::new(0, 4));
        assert_eq!(al.map(3, 3), Span::new(4, 4));
        assert_eq!(al.map(9, 12), Span::new(4, 4));
    }
}
