//! Sentence splitting as a pipeline of small named passes over the tokens:
//!
//! 1. `line_breaks`: a blank line always ends a sentence; a single line break ends one unless
//!    the line runs on in lowercase (hard-wrapped text).
//! 2. `terminal_punctuation`: `.` `!` `?` (and `...`) followed by closing quotes or brackets,
//!    then a token that can open a sentence.
//! 3. `abbreviations`: no break after `Mr.`, `Gen.`, `Oct.`, a single initial (`John F.`), or a
//!    dotted abbreviation (`U.S.`) unless the next word is a usual sentence opener (`The`, `He`).
//! 4. `overlong`: text that runs on without a stop (a transcript, a list pasted as one line, or
//!    hostile input) is cut after a comma, semicolon, colon or long dash once a sentence has
//!    [`LONG`] tokens, and anywhere at twice that. No news sentence comes near it; it keeps
//!    every later step's work per sentence bounded, so time stays linear in the text.
//!
//! Each sentence is the span from its first token to its last; together they hold every token.

use crate::words::Words;
use crate::case::Lowercase as _;
use crate::span::Span;
use crate::token::{Kind, Token};

/// Words after which a `.` does not end a sentence (lowercase, without the dot). Sorted.
const ABBREVIATIONS: Words = Words(
    "adm|apr|aug|capt|cf|cmdr|co|col|corp|cpl|dec|dept|det|dr|e.g|etc|feb|fig|fla|ft|gen|gov|hon|i.e|\
     inc|insp|jan|jr|jul|jun|lt|ltd|maj|mar|messrs|mr|mrs|ms|mt|no|nov|oct|ph|pp|pres|prof|pvt|rep|\
     rev|sen|sep|sept|sgt|sr|st|supt|vol|vs",
);

/// Capitalised words that usually open a sentence; after `U.S.` or `Inc.` they mean a break. Sorted.
const OPENERS: Words = Words(
    "a|after|an|and|as|at|but|by|for|he|her|his|however|i|if|in|it|its|meanwhile|moreover|on|one|our|\
     she|so|some|that|the|their|there|these|they|this|those|to|we|when|while|with|yet|you",
);

/// The token count after which a sentence is cut at its next soft break (see `overlong`).
pub const LONG: usize = 200;

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "\u{201D}" | "\u{2019}" | ")" | "]" | "\u{00BB}")
}

fn can_open(tok: Token, text: &str) -> bool {
    let s = tok.text(text);
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_numeric()
        || matches!(s, "\"" | "'" | "\u{201C}" | "\u{2018}" | "(" | "[" | "\u{00AB}" | "-" | "\u{2014}")
        || !c.is_alphabetic() && tok.kind == Kind::Word
}

/// Splits the text into sentence spans, in order.
#[cfg_attr(size_attrs, optimize(size))]
pub fn split(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut first: Option<usize> = None;
    for (i, tok) in tokens.iter().enumerate() {
        let start = *first.get_or_insert(i);
        let next = tokens.get(i + 1);
        let boundary = match next {
            None => true,
            Some(&nt) => line_breaks(text, *tok, nt) || terminal_punctuation(text, tokens, i) && !abbreviations(text, tokens, i) || overlong(text, *tok, i + 1 - start),
        };
        if boundary {
            sentences.push(Span::new(tokens[start].span.start, tok.span.end));
            first = None;
        }
    }
    sentences
}

/// Pass 4: a sentence of `n` tokens so far, ending with `tok`, that has run on too long.
fn overlong(text: &str, tok: Token, n: usize) -> bool {
    n >= 2 * LONG || n >= LONG && matches!(tok.text(text), "," | ";" | ":" | "\u{2013}" | "\u{2014}")
}

/// Pass 1: line structure.
fn line_breaks(text: &str, tok: Token, next: Token) -> bool {
    let gap = &text[tok.span.end..next.span.start];
    let newlines = gap.matches('\n').count();
    if newlines >= 2 {
        return true;
    }
    if newlines == 1 {
        let prev_runs_on = tok.kind == Kind::Word && tok.text(text).chars().last().is_some_and(|c| c.is_lowercase())
            || matches!(tok.text(text), "," | "-" | "\u{2014}" | "\u{2013}");
        let next_lower = next.text(text).chars().next().is_some_and(char::is_lowercase);
        return !(prev_runs_on && next_lower);
    }
    false
}

/// Pass 2: a terminal mark (optionally followed by closers) ends at token `i`, and the next
/// token can open a sentence.
fn terminal_punctuation(text: &str, tokens: &[Token], i: usize) -> bool {
    let s = tokens[i].text(text);
    let Some(next) = tokens.get(i + 1) else { return true };
    // Are we at the end of a run "mark closer*"?
    let mut j = i;
    while j > 0 && is_closer(tokens[j].text(text)) {
        j -= 1;
    }
    let mark = tokens[j].text(text);
    let ends_with_dot_abbrev = tokens[j].kind == Kind::Word && mark.ends_with('.');
    let terminal = matches!(mark.chars().next(), Some('.' | '!' | '?' | '\u{2026}')) && tokens[j].kind == Kind::Punct
        || ends_with_dot_abbrev;
    if !terminal || is_closer(next.text(text)) && next.span.start == tokens[i].span.end {
        return false;
    }
    if s != mark && !is_closer(s) {
        return false;
    }
    // Require whitespace after the mark ("3.5", "Yahoo!News" never split).
    if next.span.start == tokens[i].span.end {
        return false;
    }
    can_open(*next, text)
}

/// Pass 3: a dot that belongs to an abbreviation is no sentence end.
fn abbreviations(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 && is_closer(tokens[j].text(text)) {
        j -= 1;
    }
    let mark = tokens[j].text(text);
    let next_is_opener = tokens.get(i + 1).is_some_and(|t| {
        let w = t.text(text).lower();
        OPENERS.has(w.as_str())
    });
    if tokens[j].kind == Kind::Word && mark.ends_with('.') {
        // "U.S." itself ends with its dot.
        return !next_is_opener;
    }
    if mark != "." || j == 0 {
        return false;
    }
    let prev = tokens[j - 1];
    if prev.span.end != tokens[j].span.start || prev.kind != Kind::Word {
        return false;
    }
    let w = prev.text(text);
    let lower = w.lower();
    if ABBREVIATIONS.has(lower.as_str()) {
        return !(matches!(lower.as_str(), "inc" | "corp" | "co" | "ltd" | "etc" | "jr" | "sr") && next_is_opener);
    }
    // A single capital initial: "John F. Kennedy".
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn sents(text: &str) -> Vec<&str> {
        split(text, &tokenize(text)).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn overlong_text_is_cut_at_a_soft_break() {
        // A comma before LONG tokens cuts nothing; the first one after it does. With no comma
        // at all, the cut comes at twice LONG.
        let (few, many) = ("word ".repeat(50), "word ".repeat(LONG));
        let text = format!("{few}, {many}, {few}.");
        let got = sents(&text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(tokenize(got[0]).len(), 50 + 1 + LONG + 1);
        assert!(got[0].ends_with(','));
        let words = "word ".repeat(2 * LONG + 10);
        let got = sents(words.trim_end());
        assert_eq!(got.len(), 2);
        assert_eq!(tokenize(got[0]).len(), 2 * LONG);
        // A real long sentence stays whole.
        let real = "The minister, who had spent three years negotiating with the rebels, said on Tuesday that the talks, which broke down in March, would resume next week in Geneva.";
        assert_eq!(sents(real).len(), 1);
    }

    #[test]
    fn lists_are_sorted() {
        assert!(ABBREVIATIONS.sorted());
        assert!(OPENERS.sorted());
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Kerry spoke. Lavrov agreed.", &["Kerry spoke.", "Lavrov agreed."]),
            ("Mr. Kerry met Gen. Smith in Paris. They talked.", &["Mr. Kerry met Gen. Smith in Paris.", "They talked."]),
            ("He works with the U.S. The talks ended.", &["He works with the U.S.", "The talks ended."]),
            ("The U.S. Secretary of State arrived.", &["The U.S. Secretary of State arrived."]),
            ("\"We agree.\" Kerry said so.", &["\"We agree.\"", "Kerry said so."]),
            ("John F. Kennedy spoke. It rained.", &["John F. Kennedy spoke.", "It rained."]),
            ("A title line\n\nBody text here. More text.", &["A title line", "Body text here.", "More text."]),
            ("a line that is\nwrapped in the middle.", &["a line that is\nwrapped in the middle."]),
            ("It cost 3.5 million. Why? Nobody knows!", &["It cost 3.5 million.", "Why?", "Nobody knows!"]),
            ("Emoji 🙂 here. Café ouvert.", &["Emoji 🙂 here.", "Café ouvert."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sents(text), want, "splitting {text:?}");
        }
    }
}

/// The token range `a..b` of each sentence (tokens inside it, in order; empty when none).
/// `tokens` and `sentences` are both in text order.
pub fn token_ranges(tokens: &[Token], sentences: &[Span]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::with_capacity(sentences.len());
    let mut t = 0;
    for sent in sentences {
        while t < tokens.len() && tokens[t].span.start < sent.start {
            t += 1;
        }
        let a = t;
        while t < tokens.len() && tokens[t].span.end <= sent.end {
            t += 1;
        }
        ranges.push((a, t));
    }
    ranges
}
