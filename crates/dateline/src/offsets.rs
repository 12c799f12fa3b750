//! Offset units: UTF-8 bytes (inside the pipeline), Unicode code points (the model and JSON,
//! Python `str` indices) and UTF-16 code units (Kotlin, Swift, `NSRange`).
//!
//! All conversions live here so every binding slices the same way. The index keeps a count per
//! 64-byte block, so building it is O(n) with a small constant and each lookup scans at most 64
//! bytes; on ASCII text (bytes, code points and UTF-16 units coincide) lookups are O(1).

use std::ops::Range;

use crate::model::Span;

const BLOCK: usize = 64;

/// Converts between byte, code-point and UTF-16 offsets of one string.
///
/// ```
/// use dateline::{OffsetIndex, Span};
/// let text = "Zoë said “hi” 🙂";
/// let index = OffsetIndex::new(text);
/// let span = Span::new(10, 12); // code points of "hi"
/// assert_eq!(&text[index.byte_range(span)], "hi");
/// assert_eq!(index.utf16_range(span), 10..12);
/// assert_eq!(index.char_of_byte(text.len()), text.chars().count());
/// ```
#[derive(Clone, Debug)]
pub struct OffsetIndex<'a> {
    text: &'a str,
    /// Code points that start before byte `k * BLOCK`.
    chars_before: Vec<u32>,
    /// Code points outside the BMP (two UTF-16 units) that start before byte `k * BLOCK`.
    astral_before: Vec<u32>,
    /// Whether the text is ASCII: then bytes, code points and UTF-16 units coincide.
    ascii: bool,
}

impl<'a> OffsetIndex<'a> {
    /// Builds the index of `text`.
    pub fn new(text: &'a str) -> OffsetIndex<'a> {
        let bytes = text.as_bytes();
        let blocks = bytes.len() / BLOCK + 1;
        let mut chars_before = Vec::with_capacity(blocks + 1);
        let mut astral_before = Vec::with_capacity(blocks + 1);
        let (mut chars, mut astral) = (0u32, 0u32);
        for chunk in bytes.chunks(BLOCK) {
            chars_before.push(chars);
            astral_before.push(astral);
            for &b in chunk {
                chars += u32::from(is_char_start(b));
                astral += u32::from(b >= 0xF0);
            }
        }
        chars_before.push(chars);
        astral_before.push(astral);
        OffsetIndex {
            text,
            chars_before,
            astral_before,
            ascii: chars as usize == bytes.len(),
        }
    }

    /// The text the index was built for.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.char_of_byte(self.text.len())
    }

    /// The code-point offset of byte offset `byte` (clamped to the text; a byte inside a
    /// character counts as the start of that character).
    pub fn char_of_byte(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        let block = byte / BLOCK;
        let base = self.chars_before[block] as usize;
        let from = block * BLOCK;
        base + self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| is_char_start(b))
            .count()
    }

    /// The byte offset of code point `ch` (clamped to the end of the text).
    pub fn byte_of_char(&self, ch: usize) -> usize {
        if self.ascii {
            return ch.min(self.text.len());
        }
        // Last block whose count of preceding chars is <= ch.
        let block = self
            .chars_before
            .partition_point(|&c| (c as usize) <= ch)
            .saturating_sub(1);
        let mut seen = self.chars_before[block] as usize;
        let bytes = self.text.as_bytes();
        let mut at = (block * BLOCK).min(bytes.len());
        // Step to a char start first (a block may begin mid-character).
        while at < bytes.len() && !is_char_start(bytes[at]) {
            at += 1;
        }
        while at < bytes.len() && seen < ch {
            at += 1;
            while at < bytes.len() && !is_char_start(bytes[at]) {
                at += 1;
            }
            seen += 1;
        }
        at
    }

    /// The UTF-16 offset of byte offset `byte`.
    pub fn utf16_of_byte(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        let block = byte / BLOCK;
        let from = block * BLOCK;
        let slice = &self.text.as_bytes()[from..byte];
        let chars = slice.iter().filter(|&&b| is_char_start(b)).count();
        let astral = slice.iter().filter(|&&b| b >= 0xF0).count();
        self.chars_before[block] as usize + self.astral_before[block] as usize + chars + astral
    }

    /// The byte range of a code-point span.
    pub fn byte_range(&self, span: Span) -> Range<usize> {
        let start = self.byte_of_char(span.start);
        let end = self.byte_of_char(span.end.max(span.start));
        start..end
    }

    /// The UTF-16 range of a code-point span.
    pub fn utf16_range(&self, span: Span) -> Range<usize> {
        let r = self.byte_range(span);
        self.utf16_of_byte(r.start)..self.utf16_of_byte(r.end)
    }

    /// The UTF-16 offset of code point `ch`.
    pub fn utf16_of_char(&self, ch: usize) -> usize {
        self.utf16_of_byte(self.byte_of_char(ch))
    }

    /// The code-point span of a byte range.
    pub fn span_of_bytes(&self, range: Range<usize>) -> Span {
        Span::new(
            self.char_of_byte(range.start),
            self.char_of_byte(range.end.max(range.start)),
        )
    }
}

#[inline]
fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_all(text: &str) {
        let index = OffsetIndex::new(text);
        let mut utf16 = 0;
        for (ch, (byte, c)) in text.char_indices().enumerate() {
            assert_eq!(
                index.char_of_byte(byte),
                ch,
                "char_of_byte({byte}) in {text:?}"
            );
            assert_eq!(
                index.byte_of_char(ch),
                byte,
                "byte_of_char({ch}) in {text:?}"
            );
            assert_eq!(index.utf16_of_byte(byte), utf16);
            utf16 += c.len_utf16();
        }
        let n = text.chars().count();
        assert_eq!(index.char_len(), n);
        assert_eq!(index.byte_of_char(n), text.len());
        assert_eq!(index.byte_of_char(n + 5), text.len());
        assert_eq!(index.utf16_of_byte(text.len()), utf16);
    }

    #[test]
    fn conversions_agree_with_char_indices() {
        for text in [
            "",
            "plain ascii",
            "Zoë “quoted” — dash",
            "🙂🙂🙂 emoji and ‘single’",
            "ملخص عربي with mixed script",
            "e\u{301} combining",
        ] {
            check_all(text);
        }
        // Long enough to cross many 64-byte blocks with multi-byte characters on the edges.
        let long: String = "ab€🙂ü".repeat(200);
        check_all(&long);
        // ASCII only: the O(1) path, across many blocks.
        check_all(&"plain words, 35,000 men.\n".repeat(40));
    }

    #[test]
    fn ranges_slice_the_same_text() {
        let text = "“Ça va”, dit-il 🙂. Then “done”.";
        let index = OffsetIndex::new(text);
        let start = text.find("done").unwrap();
        let span = index.span_of_bytes(start..start + 4);
        assert_eq!(&text[index.byte_range(span)], "done");
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let r = index.utf16_range(span);
        assert_eq!(String::from_utf16(&utf16[r]).unwrap(), "done");
    }
}
