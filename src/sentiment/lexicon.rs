//! The tone-and-stance word lists, parsed once: word valence, multiword idioms and CAMEO
//! cooperation/conflict phrases (`src/lexicon/{valence,idioms,cameo}.tsv`; sources and licences
//! in their headers), and the phrase matcher that sentiment and stance share.
//!
//! Matching works on lowercased words (`’` read as `'`). A phrase word also matches its simple
//! inflections (`agree` ~ `agrees`, `agreed`, `agreeing`; `cooperate` ~ `cooperating`;
//! `ally` ~ `allies`), and `*` stands for one to three name tokens (capitalised words, `U.S.`,
//! hyphens, `'s`), so "improving * relations" reads "improving U.S.-Russia relations".

use crate::case::Lowercase as _;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::entity::gazetteer::FrontCoded;
use crate::token::{Kind, Token};

/// Only the tests read the plain list: the code reads build.rs's front-coded form of it.
#[cfg(test)]
const VALENCE: &str = include_str!("../lexicon/valence.tsv");
/// The phrase lists without their `#` header lines (build.rs strips them; the files name the
/// sources and licences).
const IDIOMS: &str = include_str!(concat!(env!("OUT_DIR"), "/idioms.tsv"));
const CAMEO: &str = include_str!(concat!(env!("OUT_DIR"), "/cameo.tsv"));

/// Byte offset of the first data line (after the `#` header lines), computed at compile time.
#[cfg(test)]
const fn data_start(s: &[u8]) -> usize {
    let mut i = 0;
    while i < s.len() && s[i] == b'#' {
        while i < s.len() && s[i] != b'\n' {
            i += 1;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
const VALENCE_DATA: usize = data_start(VALENCE.as_bytes());

/// Where a phrase comes from; idioms win ties over CAMEO verbs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Cameo,
    Idiom,
}

#[derive(Debug)]
pub struct Phrase {
    /// A slice of one list holding every phrase's words (allocated once, at parsing).
    pub words: &'static [&'static str],
    /// Sentence valence on VADER's -4..+4 scale (0: no sentiment of its own).
    pub valence: f32,
    /// CAMEO event code ("050"), if the phrase signals cooperation or conflict.
    pub code: Option<&'static str>,
    /// Goldstein weight, -10..+10 (0 when `code` is `None`).
    pub goldstein: f32,
    pub source: Source,
}

impl Phrase {
    /// The stance rule name for the phrase's CAMEO root code ("cameo:cooperate").
    pub fn stance_rule(&self) -> &'static str {
        match self.code.map(|c| c.get(..2).unwrap_or("")) {
            Some("03") => "cameo:intend",
            Some("04") => "cameo:meet",
            Some("05") => "cameo:cooperate",
            Some("06") => "cameo:cooperate-material",
            Some("07") => "cameo:aid",
            Some("08") => "cameo:yield",
            Some("09") => "cameo:investigate",
            Some("10") => "cameo:demand",
            Some("11") => "cameo:disapprove",
            Some("12") => "cameo:reject",
            Some("13") => "cameo:threaten",
            Some("14") => "cameo:protest",
            Some("15") => "cameo:posture",
            Some("16") => "cameo:reduce-relations",
            Some("17") => "cameo:coerce",
            Some("18") => "cameo:assault",
            Some("19") => "cameo:fight",
            Some("20") => "cameo:mass-violence",
            _ => "cameo",
        }
    }
}

/// The phrase lists (idioms and CAMEO verbs; ~1,200 short lines, parsed once). Word valence
/// is not parsed here: [`valence`] searches build.rs's front-coded form of `valence.tsv` in
/// place (nothing is loaded at start-up); the tone and stance rules' word table
/// (`sentiment::table`) holds only the closed lists and phrase openers.
pub struct Lexicon {
    pub phrases: Vec<Phrase>,
    /// First word of a phrase → the first of its phrases (an index into `phrases`); `next`
    /// links each phrase to the next one with the same first word, in file order. (The
    /// crate's `&str → u32` map type: one copy of the hash-table code.)
    by_first: crate::clean::repair::StrMap<'static, u32>,
    next: Vec<u32>,
}

/// The end of a `next` chain.
const NONE: u32 = u32::MAX;

/// A decimal number (`-1.6`, `3.5`, `-2`, `-19`) without `str::parse::<f32>` (whose decimal
/// parser is ~5 KB of wasm): the integer of its digits divided by a power of ten, which is
/// exactly the `f32` nearest to it (both are exact in `f32` and IEEE division rounds once).
/// Anything else reads 0.
#[cfg_attr(size_attrs, optimize(size))] // (the lists' load only)
pub(crate) fn decimal(s: &str) -> f32 {
    let s = s.trim();
    let (neg, digits) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let (mut n, mut scale, mut frac) = (0i32, 1i32, false);
    if digits.is_empty() || digits.len() > 8 {
        return 0.0;
    }
    for c in digits.bytes() {
        match c {
            b'0'..=b'9' => {
                n = n * 10 + (c - b'0') as i32;
                if frac {
                    scale *= 10;
                }
            }
            b'.' if !frac => frac = true,
            _ => return 0.0,
        }
    }
    let v = n as f32 / scale as f32;
    if neg {
        -v
    } else {
        v
    }
}

/// The data lines of a list, split at tabs (header and blank lines skipped), as `str::lines`
/// and `split('\t')` would give them but in one pass over the bytes (the `str` searchers cost
/// ~60 instructions a byte here, in code that runs once, in the page's first analysis). An
/// iterator the caller loops over, not a function taking a closure: a closure is compiled
/// apart, at the crate's opt-level, outside `load`'s "z" (scripts/build.sh).
struct DataLines {
    s: &'static str,
    start: usize,
    cols: [&'static str; DataLines::MAX_COLS],
}

impl DataLines {
    const MAX_COLS: usize = 8;

    fn new(s: &'static str) -> DataLines {
        DataLines { s, start: 0, cols: [""; DataLines::MAX_COLS] }
    }

    /// The columns of the next data line.
    #[cfg_attr(size_attrs, optimize(size))]
    fn next(&mut self) -> Option<&[&'static str]> {
        let (s, b) = (self.s, self.s.as_bytes());
        while self.start < b.len() {
            let start = self.start;
            let mut end = start;
            while end < b.len() && b[end] != b'\n' {
                end += 1;
            }
            self.start = end + 1;
            if end > start && b[end - 1] == b'\r' {
                end -= 1; // as `lines` does
            }
            let line = &b[start..end];
            let blank = line.iter().all(|c| c.is_ascii_whitespace());
            if !line.starts_with(b"#") && !blank {
                let (mut n, mut a) = (0, start);
                for i in start..=end {
                    if i == end || b[i] == b'\t' {
                        if n < DataLines::MAX_COLS {
                            self.cols[n] = &s[a..i];
                            n += 1;
                        }
                        a = i + 1;
                    }
                }
                return Some(&self.cols[..n]);
            }
        }
        None
    }
}

/// [`DataLines`] as a callback, for the tests.
#[cfg(test)]
fn for_data_lines(s: &'static str, mut f: impl FnMut(&[&'static str])) {
    let mut lines = DataLines::new(s);
    while let Some(cols) = lines.next() {
        f(cols);
    }
}

/// `phrase` split at single spaces, as `split(' ')` would, appended to `out`.
#[cfg_attr(size_attrs, optimize(size))] // (the lists' load only)
fn push_words(phrase: &'static str, out: &mut Vec<&'static str>) {
    let mut a = 0;
    for (i, &c) in phrase.as_bytes().iter().enumerate() {
        if c == b' ' {
            out.push(&phrase[a..i]);
            a = i + 1;
        }
    }
    out.push(&phrase[a..]);
}

/// The phrase lists, parsed on first use. Cheap by design (it runs in the page's first
/// analysis, in code not yet optimised): the words of every phrase go to one list (one
/// allocation, no `Vec` per phrase), and the first-word index is one map of chains (no `Vec`
/// per word), sized up front.
pub fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(load)
}

/// Parses the phrase lists (once, [`get`]).
#[cfg_attr(size_attrs, optimize(size))]
#[cfg_attr(size_attrs, inline(never))] // (a one-time load: kept out of the `OnceLock` closure, which is not at "z")
fn load() -> Lexicon {
    {
        // (words start, words end, valence, code, goldstein, source) per phrase; the words of
        // all phrases in `words`, sliced once the list is complete.
        let mut rows: Vec<(u32, u32, f32, Option<&'static str>, f32, Source)> = Vec::with_capacity(512);
        let mut words: Vec<&'static str> = Vec::with_capacity(2048);
        // (Plain loops: see `DataLines`.)
        for (list, source) in [(IDIOMS, Source::Idiom), (CAMEO, Source::Cameo)] {
            let mut lines = DataLines::new(list);
            while let Some(cols) = lines.next() {
                let (valence, code, goldstein) = match source {
                    Source::Idiom => {
                        let code = cols.get(2).copied().filter(|c| *c != "-");
                        let goldstein = if code.is_some() { cols.get(3).map_or(0.0, |v| decimal(v)) } else { 0.0 };
                        (cols.get(1).map_or(0.0, |v| decimal(v)), code, goldstein)
                    }
                    Source::Cameo => (0.0, cols.get(1).copied(), cols.get(2).map_or(0.0, |v| decimal(v))),
                };
                let start = words.len() as u32;
                push_words(cols[0], &mut words);
                rows.push((start, words.len() as u32, valence, code, goldstein, source));
            }
        }
        let words: &'static [&'static str] = Vec::leak(words);
        // (A loop, not `map(…).collect()`, whose closure is compiled apart at "s".)
        let mut phrases: Vec<Phrase> = Vec::with_capacity(rows.len());
        for (a, b, valence, code, goldstein, source) in rows {
            phrases.push(Phrase { words: &words[a as usize..b as usize], valence, code, goldstein, source });
        }
        let mut by_first = crate::clean::repair::StrMap::with_capacity_and_hasher(phrases.len(), BuildHasherDefault::default());
        let mut next = vec![NONE; phrases.len()];
        // The last phrase of each chain so far, at the index of its first.
        let mut last = vec![NONE; phrases.len()];
        for (i, p) in phrases.iter().enumerate() {
            let Some(&w) = p.words.first() else { continue };
            let i = i as u32;
            let first = *by_first.entry(w).or_insert(i) as usize;
            if last[first] != NONE {
                next[last[first] as usize] = i;
            }
            last[first] = i;
        }
        Lexicon { phrases, by_first, next }
    }
}

include!(concat!(env!("OUT_DIR"), "/valence.rs"));

/// The valence list's words (build.rs, front-coded), in order; `VALENCE_VAL` holds their values.
static WORDS: FrontCoded = FrontCoded { packed: VALENCE_BIN, drop: true, block: VALENCE_BLOCK, blocked: OnceLock::new() };

#[cfg(test)]
pub(crate) fn valence_words() -> &'static FrontCoded {
    &WORDS
}

/// Valence of one lowercased word in tenths of VADER's -4..+4 scale; `None` when the word is
/// not listed. The list is front-coded at build time (build.rs) and searched in place; a
/// word the [`listed_filter`] turns away is not searched at all.
/// Whether the lowercased word itself is in the valence list (no base read for it: "notting"
/// is no "not").
pub(crate) fn listed(word: &str) -> bool {
    valence_tenths(word.as_bytes()).is_some()
}

fn valence_tenths(word: &[u8]) -> Option<i32> {
    if !maybe_listed(listed_filter(), word) {
        return None;
    }
    WORDS.find(word).map(|n| VALENCE_VAL[n] as i32 - 64)
}

/// Bits of [`listed_filter`]: 2^16 (8 KB), two per word, so about 1.6 % of the words the list
/// lacks still get searched.
const FILTER_BITS: u32 = 1 << 16;

/// Two bit positions of a word: FNV-1a, its low and its high half.
fn filter_bits(word: &[u8]) -> [u32; 2] {
    let mut h: u32 = 0x811c_9dc5;
    for &b in word {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    [h % FILTER_BITS, (h >> 16) % FILTER_BITS]
}

fn maybe_listed(filter: &[u64], word: &[u8]) -> bool {
    filter_bits(word).iter().all(|&b| filter[(b / 64) as usize] & (1 << (b % 64)) != 0)
}

/// A Bloom filter of the listed words, built once from the front-coded list (about 4,400
/// words; it has no false negatives). Most words of a text are not listed, and an inflected
/// one tries several bases ([`bases`]): without it, each was a binary search and a block scan.
fn listed_filter() -> &'static [u64] {
    static F: OnceLock<Vec<u64>> = OnceLock::new();
    F.get_or_init(build_filter)
}

/// The filter of [`listed_filter`] (once).
#[cfg_attr(size_attrs, optimize(size))]
#[cfg_attr(size_attrs, inline(never))]
fn build_filter() -> Vec<u64> {
    let mut bits = vec![0u64; (FILTER_BITS / 64) as usize];
    WORDS.for_each(|word| {
        for bit in filter_bits(word) {
            bits[(bit / 64) as usize] |= 1 << (bit % 64);
        }
    });
    bits
}

/// Valence of a single lowercased word (0 when unknown), VADER's -4..+4 scale. A word the list
/// lacks reads as its first listed base ([`bases`]): "adores" as "adore", "happily" as "happy".
/// scripts/build-lexicon.py leaves out of the list every word whose base so read is within
/// 1.5 points of it (`DERIVED_TOLERANCE` there), 45 % of the list.
pub fn valence(word: &str) -> f32 {
    let w = word.as_bytes();
    let tenths = valence_tenths(w).or_else(|| {
        let mut found = None;
        bases(w, |b| {
            found = valence_tenths(b);
            found.is_some()
        });
        found
    });
    tenths.map_or(0.0, |t| t as f32 / 10.0)
}

/// Suffixes of inflected and derived words, each with what its base ends with instead (`-`:
/// the stem's doubled last letter is single, "stopped" → "stop"). Tried in this order, and in
/// this order by scripts/build-lexicon.py (`DERIVED`): keep the two the same.
const DERIVED: &[(&str, &[&str])] = &[
    ("s", &[""]),
    ("es", &[""]),
    ("ies", &["y"]),
    ("ied", &["y"]),
    ("ed", &["", "e", "-"]),
    ("d", &[""]),
    ("ing", &["", "e", "-"]),
    ("ily", &["y"]),
    ("ly", &[""]),
    ("ness", &[""]),
    ("ers", &["", "e"]),
    ("er", &["", "e"]),
];

/// Calls `f` on each base of `w` in [`DERIVED`] order (each at least 3 bytes, always shorter
/// than `w`) until it returns true.
fn bases(w: &[u8], mut f: impl FnMut(&[u8]) -> bool) {
    let mut buf = [0u8; 48];
    for (suffix, ends) in DERIVED {
        let Some(stem) = w.strip_suffix(suffix.as_bytes()) else { continue };
        // "-d" only after "e" ("loved"): "band" is not "ban", nor "wind" "win".
        if *suffix == "d" && !stem.ends_with(b"e") {
            continue;
        }
        for end in *ends {
            let base: &[u8] = match *end {
                "-" if stem.len() >= 2 && stem[stem.len() - 1] == stem[stem.len() - 2] => &stem[..stem.len() - 1],
                "-" => continue,
                "" => stem,
                e if stem.len() + e.len() <= buf.len() => {
                    buf[..stem.len()].copy_from_slice(stem);
                    buf[stem.len()..stem.len() + e.len()].copy_from_slice(e.as_bytes());
                    &buf[..stem.len() + e.len()]
                }
                _ => continue,
            };
            if base.len() >= 3 && base.len() < w.len() && f(base) {
                return;
            }
        }
    }
}

/// Every word of `valence.tsv` with its valence in tenths, in file order (tests only: the code
/// reads the build-time form through [`valence`]).
#[cfg(test)]
pub(crate) fn valence_entries() -> impl Iterator<Item = (&'static str, i32)> {
    VALENCE[VALENCE_DATA..].lines().filter_map(|l| {
        let (w, v) = l.split_once('\t')?;
        let (neg, digits) = match v.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, v),
        };
        let mut n = 0i32;
        for c in digits.bytes().take(4) {
            if !c.is_ascii_digit() {
                break;
            }
            n = n * 10 + (c - b'0') as i32;
        }
        Some((w, if neg { -n } else { n }))
    })
}

/// Lowercases a token for lookup, reading `’` as `'`.
pub fn normalize(word: &str) -> String {
    let mut s = word.lower();
    if s.contains('\u{2019}') {
        // (A loop, not `str::replace`: the page's last use of `replace::<char>`, ~0.5 KB.)
        let mut t = String::with_capacity(s.len());
        for c in s.chars() {
            t.push(if c == '\u{2019}' { '\'' } else { c });
        }
        s = t;
    }
    s
}

/// True if `tok` is `key` or one of its simple inflections.
pub fn inflects(tok: &str, key: &str) -> bool {
    if tok == key {
        return true;
    }
    if let Some(suf) = tok.strip_prefix(key) {
        // "-d" only after a final "e" ("agree" → "agreed"; "ban" does not give "band"), "-es"
        // only after a sibilant or "o" ("clash" → "clashes"; "aid" does not give "aides").
        let sibilant = ["s", "x", "z", "ch", "sh", "o"].iter().any(|e| key.ends_with(e));
        if matches!(suf, "s" | "ed" | "ing") || (suf == "d" && key.ends_with('e')) || (suf == "es" && sibilant) {
            return true;
        }
        // Doubled final consonant: "stop" → "stopped", "stopping".
        let last = key.as_bytes().last().copied();
        let sb = suf.as_bytes();
        if sb.len() >= 3 && Some(sb[0]) == last && matches!(&suf[1..], "ed" | "ing") {
            return true;
        }
    }
    if let Some(stem) = key.strip_suffix('e') {
        if let Some(suf) = tok.strip_prefix(stem) {
            return matches!(suf, "ing" | "ed");
        }
    }
    if let Some(stem) = key.strip_suffix('y') {
        if let Some(suf) = tok.strip_prefix(stem) {
            return matches!(suf, "ies" | "ied");
        }
    }
    false
}

/// Calls `f` with each base form `tok` may inflect from (itself first; a form may come twice),
/// without allocating: stems are slices of `tok`, or written to a small stack buffer.
fn for_each_base(tok: &str, f: &mut dyn FnMut(&str)) {
    // `dyn`: one copy of this function, not one per caller.
    f(tok);
    // Every suffix below ends in `s`, `d` or `g`: most words stop here (this runs once per
    // distinct word of a text, from `may_start`, and at every phrase candidate).
    if !matches!(tok.as_bytes().last(), Some(b's' | b'd' | b'g')) {
        return;
    }
    let mut buf = [0u8; 48];
    let mut with = |stem: &str, end: u8, f: &mut dyn FnMut(&str)| {
        let n = stem.len();
        if n < buf.len() {
            buf[..n].copy_from_slice(stem.as_bytes());
            buf[n] = end;
            if let Ok(s) = std::str::from_utf8(&buf[..=n]) {
                f(s);
            }
        }
    };
    for suf in ["s", "es", "ed", "d", "ing"] {
        if let Some(stem) = tok.strip_suffix(suf) {
            if !stem.is_empty() {
                f(stem);
            }
            if matches!(suf, "ed" | "ing") {
                with(stem, b'e', f);
                let b = stem.as_bytes();
                if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
                    f(&stem[..stem.len() - 1]);
                }
            }
        }
    }
    for suf in ["ies", "ied"] {
        if let Some(stem) = tok.strip_suffix(suf) {
            with(stem, b'y', f);
        }
    }
}

/// A phrase found in the text: `phrase` indexes `Lexicon::phrases`; tokens `first..=last`.
#[derive(Clone, Copy, Debug)]
pub struct Match {
    pub phrase: usize,
    pub first: usize,
    pub last: usize,
}

fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "\u{201C}" | "\u{201D}" | "'" | "\u{2018}")
}

/// A name-ish token a `*` may cover.
fn wildcard_ok(text: &str, words: &[&str], tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    match t.kind {
        Kind::Word => t.is_capitalized(text) || words[i] == "'s",
        Kind::Punct => matches!(t.text(text), "-" | "\u{2010}" | "\u{2011}" | "/"),
        Kind::Number => false,
    }
}

impl Lexicon {
    /// The best phrase starting at token `i` (not crossing `end`), filtered by `keep`: the
    /// longest, then the one with more exact word matches, then idioms before CAMEO verbs.
    pub fn match_at(
        &self,
        text: &str,
        tokens: &[Token],
        words: &[&str],
        i: usize,
        end: usize,
        keep: &dyn Fn(&Phrase) -> bool,
    ) -> Option<Match> {
        let mut best: Option<(usize, usize, Source, usize)> = None; // (len, exact, source, phrase)
        for_each_base(words[i], &mut |base| {
            let Some(&first) = self.by_first.get(base) else { return };
            let mut pi = first;
            while pi != NONE {
                let p = &self.phrases[pi as usize];
                let this = pi;
                pi = self.next[pi as usize];
                if !keep(p) {
                    continue;
                }
                if let Some((last, exact)) = self.match_words(text, tokens, words, i, end, p.words) {
                    let key = (last + 1 - i, exact, p.source, this as usize);
                    let better = match best {
                        None => true,
                        Some(b) => (key.0, key.1, key.2) > (b.0, b.1, b.2),
                    };
                    if better {
                        best = Some(key);
                    }
                }
            }
        });
        best.map(|(len, _, _, phrase)| Match { phrase, first: i, last: i + len - 1 })
    }

    /// Every word that opens a phrase (in no particular order).
    #[cfg(test)]
    pub(crate) fn first_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.by_first.keys().copied()
    }

    /// Whether some phrase may start at a token whose word is `w` (one of its base forms
    /// opens a phrase): when not, [`Lexicon::match_at`] finds nothing there.
    pub fn may_start(&self, w: &str) -> bool {
        let mut any = false;
        for_each_base(w, &mut |base| any = any || self.by_first.contains_key(base));
        any
    }

    /// Matches `pat` at token `i`; returns the last token and the count of exact words.
    fn match_words(
        &self,
        text: &str,
        tokens: &[Token],
        words: &[&str],
        i: usize,
        end: usize,
        pat: &[&str],
    ) -> Option<(usize, usize)> {
        let mut j = i;
        let mut exact = 0;
        let mut k = 0;
        while k < pat.len() {
            if pat[k] == "*" {
                // One to three name tokens, then the rest of the pattern (greedy, backtracking).
                let mut n = 0;
                while n < 3 && j + n < end && wildcard_ok(text, words, tokens, j + n) {
                    n += 1;
                }
                while n >= 1 {
                    if let Some((last, e)) = self.match_words(text, tokens, words, j + n, end, &pat[k + 1..]) {
                        return Some((last, exact + e));
                    }
                    n -= 1;
                }
                return None;
            }
            // Quotation marks inside a phrase are skipped: not representatives of "warring sides".
            if k > 0 && j < end && is_quote_mark(words[j]) && pat[k] != words[j] {
                j += 1;
                continue;
            }
            if j >= end || tokens[j].kind == Kind::Punct && pat[k] != words[j] {
                return None;
            }
            if words[j] == pat[k] {
                exact += 1;
            } else if !inflects(words[j], pat[k]) {
                return None;
            }
            j += 1;
            k += 1;
        }
        if j == i {
            return None;
        }
        Some((j - 1, exact))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `may_start` (asked per distinct word since the tone table stopped listing the forms,
    /// 2026-12-05) says yes to every form the table listed for a phrase's first word: the
    /// word, `-s -es -ed -d -ing`, `-e` → `-ed -ing`, a doubled last letter + `-ed -ing`,
    /// `-y` → `-ies -ied`. Its converse is `sentiment::tests` (words that open no phrase).
    #[test]
    fn may_start_every_inflected_form_of_a_first_word() {
        let lex = get();
        let mut n = 0;
        for k in lex.first_words() {
            assert!(k.is_ascii() && !k.is_empty(), "{k:?}: for_each_base's doubled-letter rule reads bytes");
            let mut forms: Vec<String> = ["", "s", "es", "ed", "d", "ing"].iter().map(|suf| format!("{k}{suf}")).collect();
            if let Some(stem) = k.strip_suffix('e') {
                forms.extend([format!("{stem}ed"), format!("{stem}ing")]);
            }
            let last = &k[k.len() - 1..];
            forms.extend([format!("{k}{last}ed"), format!("{k}{last}ing")]);
            if let Some(stem) = k.strip_suffix('y') {
                forms.extend([format!("{stem}ies"), format!("{stem}ied")]);
            }
            for f in forms {
                assert!(lex.may_start(&f), "{f} (from {k})");
                n += 1;
            }
        }
        assert!(n > 2000, "{n} forms");
        assert!(!lex.may_start("zzzq") && !lex.may_start(""));
    }

    /// The one-pass line and column splitter reads what `lines`, `trim` and `split` read.
    #[test]
    fn data_lines_split_as_str_does() {
        fn by_std(s: &'static str) -> Vec<Vec<&'static str>> {
            s.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect()).collect()
        }
        fn by_bytes(s: &'static str) -> Vec<Vec<&'static str>> {
            let mut out = vec![];
            for_data_lines(s, |cols| out.push(cols.to_vec()));
            out
        }
        for s in [IDIOMS, CAMEO, "# h\n\na\tb\r\n  \n\tx\t\n#c\nlast\t1", "", "\n", "a b\t-1.5\t-\t2"] {
            assert_eq!(by_bytes(s), by_std(s), "{s:?}");
        }
        let mut w = vec![];
        for p in ["a", "a b", " a  b ", ""] {
            w.clear();
            push_words(p, &mut w);
            assert_eq!(w, p.split(' ').collect::<Vec<_>>());
        }
        assert!(get().phrases.len() > 400);
    }

    /// Phrases sharing a first word are tried in file order (ties go to the first listed).
    #[test]
    fn first_word_chains_keep_file_order() {
        let lex = get();
        for k in lex.first_words() {
            let first = lex.by_first[k];
            let mut chain = vec![];
            let mut i = first;
            while i != NONE {
                chain.push(i);
                i = lex.next[i as usize];
            }
            let expect: Vec<u32> = (0..lex.phrases.len() as u32).filter(|&i| lex.phrases[i as usize].words.first() == Some(&k)).collect();
            assert_eq!(chain, expect, "{k}");
        }
    }

    fn sorted_data(s: &str) -> bool {
        let keys: Vec<&str> = s.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').next().unwrap()).collect();
        keys.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn lists_are_sorted_and_sourced() {
        for (name, s) in [("valence", VALENCE), ("idioms", include_str!("../lexicon/idioms.tsv")), ("cameo", include_str!("../lexicon/cameo.tsv"))] {
            assert!(sorted_data(s), "{name}.tsv is not sorted");
            assert!(s.starts_with('#'), "{name}.tsv needs a header");
            assert!(s.lines().take(6).any(|l| l.contains("MIT")), "{name}.tsv header names its licence");
        }
    }

    #[test]
    fn every_listed_word_is_found_in_place() {
        let data = &VALENCE[VALENCE_DATA..];
        let words: std::collections::HashSet<&str> = data.lines().map(|l| l.split('\t').next().unwrap()).collect();
        let mut n = 0;
        for line in data.lines() {
            let (w, v) = line.split_once('\t').expect("word<TAB>tenths");
            let want: i32 = v.parse().expect("integer tenths");
            assert_eq!(valence_tenths(w.as_bytes()), Some(want), "{w}");
            // Between listed words there is nothing (the front-coded blocks end where they should).
            for near in [format!("{w}\u{1}"), format!("{w}zzz"), w[..w.len() - 1].to_string()] {
                let listed = words.contains(near.as_str());
                assert_eq!(valence_tenths(near.as_bytes()).is_some(), listed, "{near:?}");
            }
            n += 1;
        }
        assert!(n > 4000, "{n} words");
        for w in ["", "zzzz", "Peace", "1st", "-", "aa\u{e9}", "\u{e9}t\u{e9}"] {
            assert_eq!(valence_tenths(w.as_bytes()), None, "{w:?}");
        }
    }

    #[test]
    fn a_word_the_list_lacks_reads_as_its_first_listed_base() {
        let bases_of = |w: &str| {
            let mut out = Vec::new();
            bases(w.as_bytes(), |b| {
                out.push(String::from_utf8(b.to_vec()).unwrap());
                false
            });
            out
        };
        // DERIVED order, as scripts/build-lexicon.py tries them.
        assert_eq!(bases_of("adored"), ["ador", "adore", "adore"]);
        assert_eq!(bases_of("stopped"), ["stopp", "stoppe", "stop", "stoppe"]);
        assert_eq!(bases_of("worries"), ["worrie", "worri", "worry"]);
        assert_eq!(bases_of("happily"), ["happy", "happi"]);
        assert_eq!(bases_of("kindness"), ["kindnes", "kind"]);
        assert!(bases_of("sad").is_empty(), "a base has at least 3 bytes and is shorter than its word");
        // Left out of the list (within a point of "admire"), read as "admire".
        assert_eq!(valence_tenths(b"admires"), None);
        assert_eq!(valence("admires"), valence("admire"));
        assert!(valence("admire") > 1.0);
    }

    /// Every word of VADER's list reads within 1.5 points of its VADER valence (listed, or through
    /// its base), unless the project changed or removed it (NEWS): build-lexicon.py's pruning
    /// and `bases` agree. Reads ../shared/data; skipped when it is absent.
    #[test]
    fn every_vader_word_reads_within_a_point() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/lexicons/vader_lexicon.txt");
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("SKIPPED: {path} not found");
            return;
        };
        let mut n = 0;
        for line in data.lines() {
            let mut parts = line.split('\t');
            let (Some(w), Some(mean)) = (parts.next(), parts.next()) else { continue };
            let Ok(mean) = mean.parse::<f64>() else { continue };
            if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-') || !w.starts_with(|c: char| c.is_ascii_lowercase()) || mean == 0.0 {
                continue;
            }
            let listed = valence_tenths(w.as_bytes());
            if listed.is_some_and(|t| t != (mean * 10.0).round() as i32) {
                continue; // changed by the project (NEWS)
            }
            let got = (valence(w) * 10.0).round() as i32;
            if listed.is_none() && got == 0 {
                continue; // taken out by the project (NEWS sets it to 0: "intelligence")
            }
            // build-lexicon.py's DERIVED_TOLERANCE, in tenths.
            assert!((got - (mean * 10.0).round() as i32).abs() <= 15, "{w}: reads {got}, VADER {mean}");
            n += 1;
        }
        assert!(n > 7000, "{n} words");
    }

    #[test]
    fn the_filter_turns_away_most_unlisted_words() {
        let filter = listed_filter();
        let listed: Vec<&str> = VALENCE[VALENCE_DATA..].lines().map(|l| l.split('\t').next().unwrap()).collect();
        assert!(listed.iter().all(|w| maybe_listed(filter, w.as_bytes())), "no false negatives");
        let set: std::collections::HashSet<&str> = listed.iter().copied().collect();
        let probes: Vec<String> = listed.iter().flat_map(|w| [format!("{w}q"), format!("x{w}"), format!("{w}{w}")]).filter(|p| !set.contains(p.as_str())).collect();
        let passed = probes.iter().filter(|p| maybe_listed(filter, p.as_bytes())).count();
        assert!(passed * 100 < probes.len() * 4, "{passed} of {} unlisted words pass", probes.len());
    }

    #[test]
    fn decimals_parse_as_f32_does() {
        for s in ["1.5", "-1.6", "3.5", "-2", "0", "-0.3", "10", "-10.0", "2.25", " 1.1 "] {
            assert_eq!(decimal(s), s.trim().parse::<f32>().unwrap(), "{s}");
        }
        for s in ["", "-", "x", "1.2.3", "--1"] {
            assert_eq!(decimal(s), 0.0, "{s:?}");
        }
    }

    #[test]
    fn inflections() {
        let cases = [
            ("agreed", "agree", true),
            ("agrees", "agree", true),
            ("cooperating", "cooperate", true),
            ("allies", "ally", true),
            ("stopped", "stop", true),
            ("thawing", "thaw", true),
            ("agreement", "agree", false),
            ("war", "warn", false),
            ("clashes", "clash", true),
            ("band", "ban", false),
            ("aides", "aid", false),
            ("aids", "aid", true),
        ];
        for (tok, key, want) in cases {
            assert_eq!(inflects(tok, key), want, "{tok} ~ {key}");
        }
    }

    #[test]
    fn lexicon_loads() {
        let lex = get();
        assert!(valence("terrorism") < -3.0);
        assert!(valence("peace") > 2.0);
        assert!(valence("airstrikes") < 0.0);
        assert_eq!(valence("zzzz"), 0.0);
        assert!(lex.phrases.iter().any(|p| p.words == ["agree"] && p.goldstein > 0.0));
    }
}
