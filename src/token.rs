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

/// The number `s` writes, for `s` of one to nine ASCII digits: what `s.parse::<u32>()` gives
/// there, without a copy of `from_str_radix` per integer type in the wasm (the date rules
/// parsed `u8`, `u16`, `u32` and `i32`).
pub(crate) fn digits_value(s: &str) -> u32 {
    let mut n = 0;
    for b in s.bytes() {
        n = n * 10 + u32::from(b - b'0');
    }
    n
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Splits `text` into tokens, in order.
///
/// One pass over the bytes, decoding a character where a rule looks at it: no copy of the
/// text as characters (that was 8 to 16 bytes per character, 80 MB of wasm memory for a
/// 10 MB text).
#[cfg_attr(size_attrs, optimize(size))]
pub fn tokenize(text: &str) -> Vec<Token> {
    let n = text.len();
    // The character at byte offset `i` (a char boundary), if any.
    let at = |i: usize| text.get(i..).and_then(|s| s.chars().next());
    // The offset after the character at `i`.
    let after = |i: usize| i + at(i).map_or(0, char::len_utf8);
    // News prose averages ~4.7 bytes per token: one allocation, rarely a regrowth.
    let mut tokens = Vec::with_capacity(n / 4 + 16);
    let mut i = 0;
    while i < n {
        let Some(c) = at(i) else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            kind = Kind::Word;
            // Dotted abbreviation: letter '.' letter '.' ...
            let dot = after(i);
            if at(dot) == Some('.') && at(dot + 1).is_some_and(char::is_alphabetic) && at(after(dot + 1)) == Some('.') {
                let mut j = i;
                while at(j).is_some_and(char::is_alphabetic) && at(after(j)) == Some('.') {
                    j = after(j) + 1;
                }
                i = j;
            } else {
                i = dot;
                // Characters in the word so far.
                let mut len = 1;
                loop {
                    match at(i) {
                        Some(ch) if ch.is_alphanumeric() || is_mark(ch) => {
                            i += ch.len_utf8();
                            len += 1;
                        }
                        Some(ch) if is_apostrophe(ch) => {
                            // Possessive 's at the end of a word is its own token.
                            let k = i + ch.len_utf8();
                            let next = at(k);
                            let possessive = matches!(next, Some('s') | Some('S')) && !at(k + 1).is_some_and(char::is_alphanumeric);
                            if !possessive && next.is_some_and(char::is_alphabetic) {
                                i = k;
                                len += 1;
                            } else {
                                break;
                            }
                        }
                        Some(ch) if is_hyphen(ch) => {
                            let k = i + ch.len_utf8();
                            let next = at(k);
                            if !next.is_some_and(char::is_alphanumeric) {
                                break;
                            }
                            // Two capitalised names split ("Russia-Ukraine"); short parts
                            // stay one word ("Wi-Fi", "Al-Assad").
                            let left_cap = c.is_uppercase();
                            let right_cap = next.is_some_and(char::is_uppercase);
                            if left_cap && right_cap && len >= 3 && text[k..].chars().take(3).take_while(|c| c.is_alphanumeric()).count() >= 3 {
                                break;
                            }
                            i = k;
                            len += 1;
                        }
                        _ => break,
                    }
                }
            }
        } else if c.is_numeric() {
            kind = Kind::Number;
            i += c.len_utf8();
            loop {
                match at(i) {
                    Some(ch) if ch.is_alphanumeric() => i += ch.len_utf8(),
                    Some('.' | ',' | ':') if at(i + 1).is_some_and(|d| d.is_ascii_digit()) => i += 1,
                    _ => break,
                }
            }
        } else if is_apostrophe(c)
            && matches!(at(i + c.len_utf8()), Some('s' | 'S'))
            && !at(i + c.len_utf8() + 1).is_some_and(char::is_alphanumeric)
            && text[..i].chars().next_back().is_some_and(char::is_alphanumeric)
        {
            // Possessive clitic: "Moscow" + "'s".
            kind = Kind::Word;
            i += c.len_utf8() + 1;
        } else {
            kind = Kind::Punct;
            i += c.len_utf8();
            if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_' | '~' | '#') {
                while text.as_bytes().get(i) == Some(&(c as u8)) {
                    i += 1;
                }
            }
        }
        tokens.push(Token { span: Span::new(start, i), kind });
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
