//! Repair passes on text: HTML entities, invisible characters, whitespace, line-break
//! hyphenation, and words split by a stray space ("Associate d Press").
//!
//! Every pass is a single left-to-right scan (linear time) and keeps the user's own
//! characters: curly quotes and dashes stay as they were typed.

use crate::words::Words;

/// Named entities we decode, sorted by name (as `Words`), and their characters in the same
/// order. The common ones in news pages; anything else is left as written.
const NAMED: Words = Words("AElig|Aacute|Agrave|Auml|Ccedil|Eacute|Ntilde|Oacute|Ouml|Uuml|aacute|acirc|aelig|agrave|amp|apos|aring|atilde|auml|bdquo|bull|ccedil|cent|copy|deg|eacute|ecirc|egrave|euml|euro|frac12|gt|hellip|iacute|icirc|iexcl|iquest|iuml|laquo|ldquo|lsaquo|lsquo|lt|mdash|middot|minus|nbsp|ndash|ntilde|oacute|ocirc|ouml|pound|quot|raquo|rdquo|reg|rsaquo|rsquo|sbquo|sect|shy|szlig|thinsp|times|trade|uacute|ucirc|ugrave|uuml|yen|zwj|zwnj");
const NAMED_CHARS: &str = "ÆÁÀÄÇÉÑÓÖÜáâæà&'åãä„•ç¢©°éêèë€½>…íî¡¿ï«“‹‘<—·−\u{a0}–ñóôö£\"»”®›’‚§\u{ad}ß\u{2009}×™úûùü¥\u{200d}\u{200c}";

/// Decodes `&name;`, `&#NNN;` and `&#xHH;`. With `lenient` (HTML), the semicolon may be
/// missing after the common entities (`&amp`, `&nbsp`), as browsers accept. Unknown or
/// malformed references are kept as written.
#[cfg_attr(size_attrs, optimize(size))]
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
        if let Some((mut c, len)) = entity_at(&s[i..], lenient) {
            out.push_str(&s[last..i]);
            i += len;
            // A decoded '&' that starts another reference with the text after it ("&amp;amp;",
            // "&amp;lt;": escaped twice) is decoded too, so decoding the output again changes
            // nothing (cleaning is idempotent).
            while c == '&' {
                let mut end = (i + 16).min(s.len());
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                let next = format!("&{}", &s[i..end]);
                match entity_at(&next, lenient) {
                    Some((c2, len2)) => {
                        c = c2;
                        i += len2 - 1;
                    }
                    None => break,
                }
            }
            out.push(c);
            last = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[last..]);
    out
}

/// The character of the entity at the start of `s` (which starts with '&') and its length.
#[cfg_attr(size_attrs, optimize(size))]
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
        // Windows-1252 code points that pages write as numeric references (`&#146;` is "’"),
        // read as browsers read them ([`CP1252`]).
        let c = match v {
            0x80..=0x9f if CP1252[v as usize - 0x80] != 0 => char::from_u32(u32::from(CP1252[v as usize - 0x80])).unwrap_or('\u{fffd}'),
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
    let mut found = None;
    for (n, c) in NAMED.iter().zip(NAMED_CHARS.chars()) {
        if n == name {
            found = Some(c);
            break;
        }
    }
    let c = found?;
    if b.get(j) == Some(&b';') {
        Some((c, j + 1))
    } else if lenient && matches!(name, "amp" | "nbsp" | "lt" | "gt" | "quot" | "copy") {
        Some((c, j))
    } else {
        None
    }
}

/// Windows-1252's characters for the bytes 0x80–0x9F, in byte order (0 where it has none): for
/// numeric references ([`decode_entities`]) and mojibake ([`fix_mojibake`]).
const CP1252: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0, 0, 0x2018,
    0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];

/// The continuation byte (0x80–0xBF) a character stands for when UTF-8 was read as Latin-1
/// or Windows-1252, else 0.
fn continuation_byte(c: u32) -> u32 {
    if (0x80..0xc0).contains(&c) {
        return c;
    }
    let mut k = 0;
    while k < 32 {
        if c != 0 && u32::from(CP1252[k]) == c {
            return 0x80 + k as u32;
        }
        k += 1;
    }
    0
}

/// Repairs mojibake: UTF-8 text that was read as Latin-1 or Windows-1252 on its way to the
/// clipboard ("donâ€™t" or "don\u{e2}\u{80}\u{99}t" for "don’t", "cafÃ©" for "café", "Â" before
/// a no-break space, "ðŸ˜€" for an emoji). A lead character whose byte opens a UTF-8 sequence
/// (Â/Ã for Latin-1 letters and signs, Î/Ï Greek, Ð/Ñ Cyrillic; â to ï for three bytes,
/// punctuation and the scripts of Asia; ð to ô for four), followed by exactly the
/// continuation characters the sequence needs (bytes 0x80–0xBF), becomes the character those
/// bytes spell. Anything else stays as written ("CAFÉ’S", "à la", "Ñandú").
///
/// Mojibake of mojibake ("Ã\u{83}Â©" for "é" read wrongly twice) is repaired until none is left,
/// so that cleaning the cleaned text changes nothing (each round shortens the text).
#[cfg_attr(size_attrs, optimize(size))]
pub fn fix_mojibake(s: &str) -> std::borrow::Cow<'_, str> {
    let mut cur = std::borrow::Cow::Borrowed(s);
    while let Some(next) = fix_once(&cur) {
        cur = std::borrow::Cow::Owned(next);
    }
    cur
}

/// One round of [`fix_mojibake`]: the repaired text, or `None` when there was nothing to repair.
#[cfg_attr(size_attrs, optimize(size))]
fn fix_once(s: &str) -> Option<String> {
    // Every lead character (U+00C2–U+00F4) is written with the byte 0xC3 in UTF-8: most text
    // has none, and is passed over at memchr speed (this runs on every paragraph).
    if !s.as_bytes().contains(&0xc3) {
        return None;
    }
    let mut out = String::new();
    // Copied up to here (nothing is copied until a repair).
    let mut done = 0;
    let mut it = s.char_indices();
    while let Some((i, c)) = it.next() {
        let lead = c as u32;
        let need = match lead {
            0xc2 | 0xc3 | 0xce | 0xcf | 0xd0 | 0xd1 => 2,
            0xe2..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => continue,
        };
        // The code point the bytes spell, and where they end.
        let mut cp = lead & (0x7f >> need);
        let mut look = it.clone();
        let mut end = i + c.len_utf8();
        let mut n = 1;
        while n < need {
            let Some((j, d)) = look.next() else { break };
            let b = continuation_byte(d as u32);
            if b == 0 {
                break;
            }
            cp = cp << 6 | (b & 0x3f);
            end = j + d.len_utf8();
            n += 1;
        }
        // Whole, and not an overlong form (a shorter sequence would spell it).
        let least = [0, 0, 0x80, 0x800, 0x10000][need];
        if let Some(fixed) = char::from_u32(cp).filter(|_| n == need && cp >= least) {
            out.push_str(&s[done..i]);
            out.push(fixed);
            done = end;
            it = look;
        }
    }
    if done == 0 {
        return None;
    }
    out.push_str(&s[done..]);
    Some(out)
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
/// Mojibake is repaired first ([`fix_mojibake`], which also runs on what collapsing brought
/// together: "Ã\u{200b}©"), so that the result is the same when collapsed again.
#[cfg_attr(size_attrs, optimize(size))]
pub fn collapse(s: &str) -> String {
    let mut out = collapse_once(&fix_mojibake(s));
    while let Some(fixed) = fix_once(&out) {
        out = collapse_once(&fixed);
    }
    out
}

#[cfg_attr(size_attrs, optimize(size))]
fn collapse_once(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let mut saw_newline = false;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Printable ASCII other than the space goes through as is, a run at a time.
        if !pending_space {
            let run = b[i..].iter().position(|c| !matches!(c, 0x21..=0x7e)).unwrap_or(b.len() - i);
            if run > 0 {
                out.push_str(&s[i..i + run]);
                i += run;
                continue;
            }
        } else if !saw_newline && matches!(b[i], 0x21..=0x7e) {
            // After a space, an ASCII character (no hyphenated line break to join): the space
            // goes out, and the run above takes the word.
            if !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            continue;
        }
        if b[i] == b' ' {
            pending_space = true;
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
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

/// Common short words that a piece of a split may be and still be a word ("any way").
/// Sorted.
const WORDS: Words = Words(
    "a|all|an|and|any|are|as|at|be|but|by|can|day|do|for|from|had|has|have|he|her|his|how|i|if|in|is|\
     it|its|man|may|me|my|new|no|not|of|on|one|or|our|out|over|some|that|the|their|them|then|there|\
     they|this|time|to|up|us|was|way|we|were|what|when|where|which|who|will|with|you|your",
);

/// A word of at most 7 bytes as one integer (its bytes and its length), for looking words up
/// without `memcmp`.
pub(crate) fn word_key(w: &[u8]) -> Option<u64> {
    (w.len() <= 7).then(|| w.iter().fold(0u64, |k, &b| k << 8 | u64::from(b)) | (w.len() as u64) << 56)
}

/// Whether `w` is one of [`WORDS`].
fn is_common(w: &str) -> bool {
    static KEYS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let Some(key) = word_key(w.as_bytes()) else { return false };
    let keys = KEYS.get_or_init(|| sorted_keys(WORDS));
    keys.binary_search(&key).is_ok()
}

/// The sorted keys ([`word_key`]) of the words of `list` of at most 7 bytes: built once per
/// list (here and for `text::is_stop`), so one function, at opt-level "z" (scripts/build.sh).
#[cfg_attr(size_attrs, optimize(size))]
#[cfg_attr(size_attrs, inline(never))] // (a one-time load: kept out of the `OnceLock` closure, which is not at "z")
pub(crate) fn sorted_keys(list: Words) -> Vec<u64> {
    let mut k: Vec<u64> = Vec::new();
    for w in list.iter() {
        k.extend(word_key(w.as_bytes()));
    }
    // The crate's one shared sort: `sort_unstable` here was a second copy of std's sort (~3 KB of wasm).
    crate::sentiment::sort_by(&mut k, Ord::cmp);
    k
}

/// Joins words split by a stray space ("Associate d Press" → "Associated Press", "Assoc
/// iated" → "Associated"), only where neither half is a word and the join is one:
/// - a lone lowercase `d`, `s`, `n` or `t` after a word of three letters or more (a lone
///   letter other than "a"/"i" is not an English word) joins when the result is a word: an
///   "-ed" past tense ("Associate d", "Unite d"), a word of a short list, or a word that
///   `context` (the article) spells whole elsewhere;
/// - two longer pieces join when `context` spells the joined word elsewhere and uses
///   neither piece as a word of its own anywhere else, and neither is a stop word.
///
/// `context` is the whole article, `text` included. One pass over the words plus one hash
/// map of the context's words: linear.
#[cfg_attr(size_attrs, optimize(size))]
pub fn join_split_words(text: &str, context: &str) -> String {
    const KNOWN: &[&str] = &["Associated", "United", "announced", "reported", "said", "stated"];
    let words = word_spans(text);
    if words.len() < 2 {
        return text.to_string();
    }
    let same = std::ptr::eq(text, context);
    let mut counts: Option<WordCounts> = None;
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut joined = String::new();
    for k in 0..words.len() - 1 {
        let ((hs, he), (ts, te)) = (words[k], words[k + 1]);
        // Exactly one ASCII space between two letter runs (cheap tests first: this runs per word).
        if ts != he + 1 || text.as_bytes()[he] != b' ' || he < copied || he - hs < 3 {
            continue;
        }
        let (head, tail) = (&text[hs..he], &text[ts..te]);
        if !tail.chars().all(char::is_lowercase) {
            continue;
        }
        let head_lower_rest = || head.chars().skip(1).all(char::is_lowercase);
        let join = if tail.len() == 1 {
            if !matches!(tail, "d" | "s" | "n" | "t") || head.chars().count() < 3 {
                continue;
            }
            joined.clear();
            joined.push_str(head);
            joined.push_str(tail);
            (tail == "d" && head.ends_with('e') && head_lower_rest())
                || KNOWN.contains(&joined.as_str())
                || counts.get_or_insert_with(|| WordCounts::new(context, same.then_some(words.as_slice()))).get(&joined) > 0
        } else {
            if tail.len() < 2 || head.len() + tail.len() < 7 || is_common(tail) {
                continue;
            }
            // The head lower-cased, without allocating for the ASCII words that most are.
            let mut buf = [0u8; 8];
            let head_lower: &str = if head.len() <= 8 && head.is_ascii() {
                buf[..head.len()].copy_from_slice(head.as_bytes());
                buf.make_ascii_lowercase();
                std::str::from_utf8(&buf[..head.len()]).unwrap_or(head)
            } else {
                head
            };
            if is_common(head_lower) || !head_lower_rest() || head.chars().count() < 3 {
                continue;
            }
            let c = counts.get_or_insert_with(|| WordCounts::new(context, same.then_some(words.as_slice())));
            if c.get(tail) > 1 || c.get(head) > 1 || (head_lower != head && c.get(head_lower) > 1) {
                continue;
            }
            joined.clear();
            joined.push_str(head);
            joined.push_str(tail);
            joined.chars().count() >= 7 && c.get(&joined) > 0
        };
        if join {
            out.push_str(&text[copied..he]);
            copied = ts;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Byte spans of the maximal runs of letters in `s` (ASCII bytes tested as bytes, the rest
/// decoded).
#[cfg_attr(size_attrs, optimize(size))]
fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut spans = Vec::with_capacity(b.len() / 6);
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (letter, len) = if b[i].is_ascii() {
            (b[i].is_ascii_alphabetic(), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_alphabetic(), c.len_utf8())
        };
        match (letter, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                spans.push((st, i));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(st) = start {
        spans.push((st, s.len()));
    }
    spans
}

/// The crate's fast hasher for keys whose map order never reaches the output (looked up, never
/// iterated): SipHash was most of the cost of the per-word maps.
pub(crate) use crate::sentiment::SpanHasher as StrHasher;

/// A map with string keys hashed by [`StrHasher`].
pub(crate) type StrMap<'a, V> = std::collections::HashMap<&'a str, V, std::hash::BuildHasherDefault<StrHasher>>;

/// How often each letter run occurs in a text (only looked up, never iterated).
struct WordCounts<'a>(StrMap<'a, u32>);

impl<'a> WordCounts<'a> {
    /// `spans`: the context's word spans when already known.
    #[cfg_attr(size_attrs, optimize(size))]
    fn new(context: &'a str, spans: Option<&[(usize, usize)]>) -> Self {
        let own;
        let spans = match spans {
            Some(s) => s,
            None => {
                own = word_spans(context);
                &own
            }
        };
        let mut m = StrMap::with_capacity_and_hasher(spans.len() / 4, Default::default());
        for &(s, e) in spans {
            *m.entry(&context[s..e]).or_insert(0) += 1;
        }
        WordCounts(m)
    }

    fn get(&self, w: &str) -> u32 {
        self.0.get(w).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn mojibake_is_repaired_and_text_that_only_looks_like_it_is_kept() {
        for (input, want) in [
            // Windows-1252 and Latin-1 readings of UTF-8 punctuation, letters, a no-break space, an emoji.
            ("don\u{e2}\u{80}\u{99}t", "don’t"),
            ("donâ€™t say â€œnoâ€\u{9d} â€” ever", "don’t say “no” — ever"),
            ("cafÃ© in SÃ£o Paulo", "café in São Paulo"),
            ("10\u{c2}\u{a0}km", "10\u{a0}km"),
            ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
            ("smile ðŸ˜€!", "smile 😀!"),
            ("æ—¥æœ¬", "日本"),
            // Read wrongly twice.
            ("caf\u{c3}\u{83}\u{c2}\u{a9}", "café"),
            // Real Latin-1 text stays: no sequence, or one that is not whole.
            ("CAFÉ’S à la carte, Ñandú, Ärger, Ã alone, â€ cut", "CAFÉ’S à la carte, Ñandú, Ärger, Ã alone, â€ cut"),
            ("plain ASCII", "plain ASCII"),
        ] {
            assert_eq!(fix_mojibake(input), want, "{input:?}");
        }
        assert!(matches!(fix_mojibake("nothing to repair: é ü ñ"), std::borrow::Cow::Borrowed(_)));
    }
    use super::*;

    #[test]
    fn named_entities_are_sorted() {
        assert!(NAMED.sorted() && NAMED.iter().count() == NAMED_CHARS.chars().count());
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
            // Every Windows-1252 character, as browsers read it; its unassigned bytes are kept.
            ("&#128;5 &#153; &#x9c; &#129;", "€5 ™ œ \u{81}"),
            ("&#99999999;", "\u{fffd}"),
            ("&#99999999999;", "&#99999999999;"),
        ];
        for (input, want) in table {
            assert_eq!(decode_entities(input, false), want, "{input}");
        }
        assert_eq!(decode_entities("a &amp b", true), "a & b");
        // Escaped twice or more: decoded all the way, so decoding again changes nothing.
        for (input, want) in [("t&amp;amp; x", "t& x"), ("&amp;amp;amp;lt;b", "<b"), ("&amp;#38;amp;", "&"), ("&amp;amp x", "&amp x")] {
            let once = decode_entities(input, false);
            assert_eq!(once, want, "{input}");
            assert_eq!(decode_entities(&once, false), once, "{input}");
        }
        assert_eq!(decode_entities("a &amp b", false), "a &amp b");
    }

    #[test]
    fn collapse_table() {
        let table = [
            ("  a \n b\t c ", "a b c"),
            ("inter-\nnational", "international"),
            ("inter-\n  national", "international"),
            ("well- known", "well- known"),
            ("a  b\u{a0} c\u{200b} d", "a b c d"),
            (" lead and trail ", "lead and trail"),
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
        assert!(WORDS.sorted());
        assert!(WORDS.iter().all(|w| is_common(w)));
        assert!(!is_common("thee") && !is_common("") && !is_common("abcdefgh"));
        let table = [
            ("according to The Associate d Press.", "", "according to The Associated Press."),
            ("the mood was relaxe d today", "they relaxed", "the mood was relaxed today"),
            ("plan B s and more", "", "plan B s and more"),
            ("a cat s went", "", "a cat s went"),
            ("the Unite d States", "", "the United States"),
            // A piece that is a word elsewhere in the article stays apart.
            ("the Assoc iated Press", "the Assoc iated Press. Associated Press", "the Associated Press"),
            ("the Assoc iated Press", "the Assoc iated Press. Associated Press and the Assoc club", "the Assoc iated Press"),
            ("any way it goes", "anyway", "any way it goes"),
            ("no evidence for the splitt ing", "", "no evidence for the splitt ing"),
            ("their state s and cities", "states", "their states and cities"),
            ("it was publishe d today, I'd say", "", "it was published today, I'd say"),
            ("“Associate d Press—Unite d", "", "“Associated Press—United"),
        ];
        for (input, ctx, want) in table {
            assert_eq!(join_split_words(input, ctx), want, "{input}");
        }
    }
}
