//! Repair passes on text: HTML entities, invisible characters, whitespace, line-break
//! hyphenation, and words split by a stray space ("Associate d Press").
//!
//! Every pass is a single left-to-right scan (linear time) and keeps the user's own
//! characters: curly quotes and dashes stay as they were typed.

/// Named entities we decode, sorted by name (binary search). The common ones in news pages;
/// anything else is left as written.
const NAMED: &[(&str, char)] = &[
    ("AElig", 'Æ'),
    ("Aacute", 'Á'),
    ("Agrave", 'À'),
    ("Auml", 'Ä'),
    ("Ccedil", 'Ç'),
    ("Eacute", 'É'),
    ("Ntilde", 'Ñ'),
    ("Oacute", 'Ó'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("aelig", 'æ'),
    ("agrave", 'à'),
    ("amp", '&'),
    ("apos", '\''),
    ("aring", 'å'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("bdquo", '„'),
    ("bull", '•'),
    ("ccedil", 'ç'),
    ("cent", '¢'),
    ("copy", '©'),
    ("deg", '°'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("euml", 'ë'),
    ("euro", '€'),
    ("frac12", '½'),
    ("gt", '>'),
    ("hellip", '…'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("iuml", 'ï'),
    ("laquo", '«'),
    ("ldquo", '“'),
    ("lsaquo", '‹'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("middot", '·'),
    ("minus", '−'),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("ntilde", 'ñ'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("pound", '£'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rdquo", '”'),
    ("reg", '®'),
    ("rsaquo", '›'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("sect", '§'),
    ("shy", '\u{ad}'),
    ("szlig", 'ß'),
    ("thinsp", '\u{2009}'),
    ("times", '×'),
    ("trade", '™'),
    ("uacute", 'ú'),
    ("ucirc", 'û'),
    ("ugrave", 'ù'),
    ("uuml", 'ü'),
    ("yen", '¥'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
];

/// Decodes `&name;`, `&#NNN;` and `&#xHH;`. With `lenient` (HTML), the semicolon may be
/// missing after the common entities (`&amp`, `&nbsp`), as browsers accept. Unknown or
/// malformed references are kept as written.
pub fn decode_entities(s: &str, lenient: bool) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut last = 0;
    while i < bytes.len() {
        if bytes[i] != b'&' {
            i += 1;
            continue;
        }
        if let Some((c, len)) = entity_at(&s[i..], lenient) {
            out.push_str(&s[last..i]);
            out.push(c);
            i += len;
            last = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[last..]);
    out
}

/// The character of the entity at the start of `s` (which starts with '&') and its length.
fn entity_at(s: &str, lenient: bool) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (hex, start) = match b.get(2) {
            Some(b'x') | Some(b'X') => (true, 3),
            _ => (false, 2),
        };
        let mut j = start;
        let mut v: u32 = 0;
        while j < b.len() && j - start < 8 {
            let d = match (b[j] as char).to_digit(if hex { 16 } else { 10 }) {
                Some(d) => d,
                None => break,
            };
            v = v.saturating_mul(if hex { 16 } else { 10 }).saturating_add(d);
            j += 1;
        }
        if j == start {
            return None;
        }
        let len = if b.get(j) == Some(&b';') { j + 1 } else if lenient { j } else { return None };
        // Windows-1252 code points that pages write as numeric references.
        let c = match v {
            0x91 => '‘',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x96 => '–',
            0x97 => '—',
            0x85 => '…',
            0 => '\u{fffd}',
            _ => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        return Some((c, len));
    }
    let mut j = 1;
    while j < b.len() && j <= 8 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == 1 {
        return None;
    }
    let name = &s[1..j];
    let idx = NAMED.binary_search_by(|(n, _)| n.cmp(&name)).ok()?;
    let c = NAMED[idx].1;
    if b.get(j) == Some(&b';') {
        Some((c, j + 1))
    } else if lenient && matches!(name, "amp" | "nbsp" | "lt" | "gt" | "quot" | "copy") {
        Some((c, j))
    } else {
        None
    }
}

/// Characters that carry no text: soft hyphen, zero-width spaces and joiners, BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// Whitespace inside a paragraph, including no-break and typographic spaces.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

/// One paragraph on one line: drops invisible characters, joins line-break hyphenation
/// ("inter-\nnational" → "international" when both halves are lowercase letters), and
/// collapses every run of whitespace to one space. Leading/trailing space is trimmed.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut saw_newline = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if is_space(c) || c.is_control() {
            pending_space = true;
            saw_newline |= c == '\n' || c == '\r';
            continue;
        }
        if pending_space {
            if saw_newline && c.is_lowercase() && hyphen_before_break(&out) {
                out.pop();
            } else if !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            saw_newline = false;
        }
        out.push(c);
    }
    out
}

/// True when `out` ends with "<lowercase letter><lowercase letter>-".
fn hyphen_before_break(out: &str) -> bool {
    let mut it = out.chars().rev();
    matches!(
        (it.next(), it.next(), it.next()),
        (Some('-'), Some(a), Some(b)) if a.is_lowercase() && b.is_alphabetic()
    )
}

/// Joins words split by a stray space before a one-letter tail ("Associate d Press"):
/// when a word is followed by a lone lowercase 'd', 's', 'n' or 't' that is not itself a
/// word, and the joined form appears elsewhere in `context` (or in a short list), they are
/// joined. Cheap and conservative: nothing changes without evidence.
pub fn join_split_words(text: &str, context: &str) -> String {
    const KNOWN: &[&str] = &["Associated", "United", "announced", "reported", "said", "stated"];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut budget = 32u32;
    while let Some(pos) = find_split(rest) {
        let (before, after) = rest.split_at(pos);
        // `before` ends with the word, `after` starts with " x" (x = the tail letter).
        let word_start = before.rfind(|c: char| !c.is_alphabetic()).map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
        let word = &before[word_start..];
        let tail = &after[1..2];
        let joined = format!("{word}{tail}");
        // Each context lookup scans the article; a budget keeps hostile input linear.
        let evidence = KNOWN.contains(&joined.as_str()) || (budget > 0 && contains_word(context, &joined));
        budget = budget.saturating_sub(1);
        out.push_str(before);
        if evidence && word.len() >= 3 {
            out.push_str(tail);
            rest = &after[2..];
        } else {
            out.push_str(&after[..2]);
            rest = &after[2..];
        }
    }
    out.push_str(rest);
    out
}

/// Byte offset of the next " x" where x is a lone d/s/n/t preceded by a letter and followed
/// by a space or end.
fn find_split(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 1;
    while i + 1 < b.len() {
        if b[i] == b' '
            && matches!(b[i + 1], b'd' | b's' | b'n' | b't')
            && b[i - 1].is_ascii_alphabetic()
            && (i + 2 == b.len() || b[i + 2] == b' ' || b[i + 2] == b',' || b[i + 2] == b'.')
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn contains_word(hay: &str, word: &str) -> bool {
    let mut from = 0;
    while let Some(p) = hay[from..].find(word) {
        let s = from + p;
        let e = s + word.len();
        let ok_l = hay[..s].chars().next_back().map_or(true, |c| !c.is_alphanumeric());
        let ok_r = hay[e..].chars().next().map_or(true, |c| !c.is_alphanumeric());
        if ok_l && ok_r {
            return true;
        }
        from = e;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_entities_are_sorted() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn entities() {
        let table = [
            ("Tom &amp; Jerry", "Tom & Jerry"),
            ("&quot;yes&quot;", "\"yes\""),
            ("it&#39;s", "it's"),
            ("it&#x2019;s", "it’s"),
            ("a&nbsp;b", "a\u{a0}b"),
            ("AT&T and R&D", "AT&T and R&D"),
            ("&unknown; &", "&unknown; &"),
            ("&#150;", "–"),
            ("&#99999999;", "\u{fffd}"),
            ("&#99999999999;", "&#99999999999;"),
        ];
        for (input, want) in table {
            assert_eq!(decode_entities(input, false), want, "{input}");
        }
        assert_eq!(decode_entities("a &amp b", true), "a & b");
        assert_eq!(decode_entities("a &amp b", false), "a &amp b");
    }

    #[test]
    fn collapse_table() {
        let table = [
            ("  a \n b\t c ", "a b c"),
            ("inter-\nnational", "international"),
            ("U.S.-\nRussia", "U.S.- Russia"),
            ("well-\nKnown", "well- Known"),
            ("co\u{ad}operate", "cooperate"),
            ("“curly” — dash", "“curly” — dash"),
            ("", ""),
        ];
        for (input, want) in table {
            assert_eq!(collapse(input), want, "{input:?}");
        }
    }

    #[test]
    fn split_words() {
        let table = [
            ("according to The Associate d Press.", "", "according to The Associated Press."),
            ("the mood was relaxe d today", "they relaxed", "the mood was relaxed today"),
            ("plan B s and more", "", "plan B s and more"),
            ("a cat s went", "", "a cat s went"),
        ];
        for (input, ctx, want) in table {
            assert_eq!(join_split_words(input, ctx), want, "{input}");
        }
    }
}
