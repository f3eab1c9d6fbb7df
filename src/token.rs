//! Tokens: the non-space pieces of a text, each with its `Span`.
//!
//! Tokenizing loses nothing: the text between consecutive tokens is whitespace only
//! (`tests/properties.rs` checks this on arbitrary input).
//!
//! - Words keep inner hyphens and apostrophes (`al-Qaeda`, `three-hour`, `don't`), but a
//!   hyphen between two capitalised parts splits (`Russia-Ukraine` → `Russia` `-` `Ukraine`)
//!   and a possessive `'s`/`’s` is its own token.
//! - Dotted abbreviations are one token with their dots (`U.S.`, `U.N.`, `a.m.`).
//! - Numbers keep inner `.,:` between digits and trailing letters (`1,000`, `11:30`, `21st`).
//! - Everything else is one punctuation token per character, except runs of the same
//!   character (`...`, `--`).

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }

    /// A word whose first character is uppercase (`Kerry`, `U.S.`, `ISIS`).
    pub fn is_capitalized(self, text: &str) -> bool {
        self.kind == Kind::Word && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Splits `text` into tokens, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| if i < n { Some(chars[i].1) } else { None };
    let pos = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut tokens = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            kind = Kind::Word;
            // Dotted abbreviation: letter '.' letter '.' ...
            if at(i + 1) == Some('.') && at(i + 2).is_some_and(char::is_alphabetic) && at(i + 3) == Some('.') {
                let mut j = i;
                while at(j).is_some_and(char::is_alphabetic) && at(j + 1) == Some('.') {
                    j += 2;
                }
                i = j;
            } else {
                i += 1;
                loop {
                    match at(i) {
                        Some(ch) if ch.is_alphanumeric() || is_mark(ch) => i += 1,
                        Some(ch) if is_apostrophe(ch) => {
                            // Possessive 's at the end of a word is its own token.
                            let next = at(i + 1);
                            let after = at(i + 2);
                            let possessive = matches!(next, Some('s') | Some('S'))
                                && !after.is_some_and(char::is_alphanumeric);
                            if !possessive && next.is_some_and(char::is_alphabetic) {
                                i += 1;
                            } else {
                                break;
                            }
                        }
                        Some(ch) if is_hyphen(ch) => {
                            let next = at(i + 1);
                            if !next.is_some_and(char::is_alphanumeric) {
                                break;
                            }
                            // Two capitalised names split ("Russia-Ukraine"); short parts
                            // stay one word ("Wi-Fi", "Al-Assad").
                            let left_cap = chars[start].1.is_uppercase();
                            let right_cap = next.is_some_and(char::is_uppercase);
                            let right_len = (i + 1..n).take_while(|&k| chars[k].1.is_alphanumeric()).count();
                            if left_cap && right_cap && i - start >= 3 && right_len >= 3 {
                                break;
                            }
                            i += 1;
                        }
                        _ => break,
                    }
                }
            }
        } else if c.is_numeric() {
            kind = Kind::Number;
            i += 1;
            loop {
                match at(i) {
                    Some(ch) if ch.is_alphanumeric() => i += 1,
                    Some('.' | ',' | ':') if at(i + 1).is_some_and(|d| d.is_ascii_digit()) => i += 1,
                    _ => break,
                }
            }
        } else if is_apostrophe(c)
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(char::is_alphanumeric)
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
        {
            // Possessive clitic: "Moscow" + "'s".
            kind = Kind::Word;
            i += 2;
        } else {
            kind = Kind::Punct;
            i += 1;
            if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_' | '~' | '#') {
                while at(i) == Some(c) {
                    i += 1;
                }
            }
        }
        tokens.push(Token { span: Span::new(pos(start), pos(i)), kind });
    }
    tokens
}

/// Combining marks continue a word (accents typed as separate code points).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S.-Russia relations", &["U.S.", "-", "Russia", "relations"]),
            ("Moscow's preparedness", &["Moscow", "'s", "preparedness"]),
            ("Moscow’s", &["Moscow", "’s"]),
            ("al-Qaeda's three-hour talk", &["al-Qaeda", "'s", "three-hour", "talk"]),
            ("Russia-Ukraine", &["Russia", "-", "Ukraine"]),
            ("Wi-Fi and Al-Assad", &["Wi-Fi", "and", "Al-Assad"]),
            ("don't stop", &["don't", "stop"]),
            ("the 21st century, 1,000 men at 11:30 PM.", &["the", "21st", "century", ",", "1,000", "men", "at", "11:30", "PM", "."]),
            ("Wait... what?!", &["Wait", "...", "what", "?", "!"]),
            ("Zoë Saldaña 🙂 café", &["Zoë", "Saldaña", "🙂", "café"]),
            ("\"differences of opinion\"", &["\"", "differences", "of", "opinion", "\""]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "tokenizing {text:?}");
        }
    }

    #[test]
    fn gaps_are_whitespace() {
        let text = "  Kerry,\tLavrov\n\n(Photo : Reuters/Landov) 🙂 ";
        let tokens = tokenize(text);
        let mut last = 0;
        for t in &tokens {
            assert!(text[last..t.span.start].chars().all(char::is_whitespace));
            last = t.span.end;
        }
        assert!(text[last..].chars().all(char::is_whitespace));
    }
}
