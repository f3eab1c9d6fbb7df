//! `Span`: a half-open range of UTF-8 byte offsets into `Analysis::text`.
//!
//! Contract (as rust-lang/regex documents `Match`): `start <= end`, both ends fall on
//! `char` boundaries of the text they index, so `&text[span.range()]` never panics.
//! Lists of spans are kept sorted by `(start, end)`. Offsets become UTF-16 code units only
//! at the output edge (`report.rs`).

use serde::Serialize;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The slice of `text` this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.range()]
    }

    /// True if `other` lies entirely within `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True if the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_and_relations() {
        let text = "Kerry met Lavrov";
        let a = Span::new(0, 5);
        let b = Span::new(10, 16);
        assert_eq!(a.of(text), "Kerry");
        assert_eq!(b.of(text), "Lavrov");
        assert!(!a.overlaps(b));
        assert_eq!(a.cover(b).of(text), text);
        assert!(a.cover(b).contains(b));
        assert!(Span::new(3, 3).is_empty());
    }
}
