//! Metadata readers: dates (to ISO 8601), bylines, the publisher from a copyright line,
//! and photo captions/credits. Each takes one line of text and never fails: `None` when
//! the line does not hold what it looks for.

use crate::case::Lowercase as _;
use crate::token::digits_value;
use crate::words::Words;

/// Month names, in order (three letters or "sept" also name one).
const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december";

/// Time-zone abbreviations and their offsets in minutes (sorted by name).
const ZONES: Words = Words("AEDT|AEST|AKDT|AKST|BST|CDT|CEST|CET|CST|EDT|EEST|EET|EST|ET|GMT|HST|IST|JST|MDT|MST|PDT|PST|UTC|Z");
/// Their offsets in minutes, in the same order (`i16::MIN`: a zone with no fixed offset).
const OFFSETS: [i16; 24] = [660, 600, -480, -540, 60, -300, 120, 60, -360, -240, 180, 120, -300, i16::MIN, 0, -600, 330, 540, -360, -420, -420, -480, 0, 0];

#[cfg_attr(size_attrs, optimize(size))]
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    let mut n = 0;
    for m in MONTHS.split('|') {
        n += 1;
        if w.eq_ignore_ascii_case(m) || w.len() == 3 && w.eq_ignore_ascii_case(&m[..3]) || n == 9 && w.eq_ignore_ascii_case("sept") {
            return Some(n);
        }
    }
    None
}

#[cfg_attr(size_attrs, optimize(size))]
fn zone(word: &str) -> Option<i32> {
    let mut k = 0;
    for z in ZONES.iter() {
        if z == word {
            return Some(i32::from(OFFSETS[k])).filter(|&m| m != i32::from(i16::MIN));
        }
        k += 1;
    }
    None
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok<'a> {
    Num(&'a str),
    Word(&'a str),
    Sym(char),
}

#[cfg_attr(size_attrs, optimize(size))]
fn lex(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_ascii_digit() {
            let mut e = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                e = j + 1;
                it.next();
            }
            out.push(Tok::Num(&s[i..e]));
        } else if c.is_alphabetic() {
            let mut e = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !(d.is_alphabetic() || (d == '.' && s[i..j].len() <= 4)) {
                    break;
                }
                e = j + d.len_utf8();
                it.next();
            }
            out.push(Tok::Word(&s[i..e]));
        } else if !c.is_whitespace() {
            out.push(Tok::Sym(c));
        }
        if out.len() > 64 {
            break;
        }
    }
    out
}

#[cfg_attr(size_attrs, optimize(size))]
fn num(t: Option<&Tok>) -> Option<u32> {
    match t {
        Some(Tok::Num(n)) if n.len() <= 4 => Some(digits_value(n)),
        _ => None,
    }
}

#[cfg_attr(size_attrs, optimize(size))]
fn valid_ymd(y: u32, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Parses the first date (and time, and zone) in `s` and returns it as ISO 8601:
/// "2014-10-14T23:30:00-04:00", "2014-10-14T23:30:00" without a zone, "2014-10-14" without
/// a time. Reads month names and abbreviations (US "Oct 14, 2014" and UK "14 October 2014"),
/// numeric dates (ISO, US m/d/y, d/m/y when the day is over 12, d.m.y), 12- and 24-hour
/// times, zone abbreviations and numeric offsets.
#[cfg_attr(size_attrs, optimize(size))]
pub fn parse_date(s: &str) -> Option<String> {
    let toks = lex(s);
    let (y, m, d, date_end) = find_date(&toks)?;
    let mut out = format!("{y:04}-{m:02}-{d:02}");
    if let Some((h, mi, sec, zone_min)) = find_time(&toks, date_end) {
        out.push_str(&format!("T{h:02}:{mi:02}:{sec:02}"));
        if let Some(z) = zone_min {
            let sign = if z < 0 { '-' } else { '+' };
            let z = z.abs();
            out.push_str(&format!("{sign}{:02}:{:02}", z / 60, z % 60));
        }
    }
    Some(out)
}

/// (year, month, day, index after the date tokens).
#[cfg_attr(size_attrs, optimize(size))]
fn find_date(t: &[Tok]) -> Option<(u32, u32, u32, usize)> {
    for i in 0..t.len() {
        match t[i] {
            Tok::Word(w) => {
                let Some(m) = month(w) else { continue };
                // "Oct 14, 2014" / "October 14th 2014"
                let mut j = i + 1;
                if let Some(d) = num(t.get(j)) {
                    j += 1;
                    if matches!(t.get(j), Some(Tok::Word(x)) if matches!(*x, "st" | "nd" | "rd" | "th")) {
                        j += 1;
                    }
                    if t.get(j) == Some(&Tok::Sym(',')) {
                        j += 1;
                    }
                    if let Some(y) = num(t.get(j)) {
                        if valid_ymd(y, m, d) {
                            return Some((y, m, d, j + 1));
                        }
                    }
                }
                // "14 October 2014" / "14th Oct. 2014"
                let mut k = i;
                if k >= 1 && matches!(t[k - 1], Tok::Word(x) if matches!(x, "st" | "nd" | "rd" | "th")) {
                    k -= 1;
                }
                if k >= 1 {
                    if let (Some(d), Some(y)) = (num(t.get(k - 1)), num(t.get(i + 1).filter(|_| true))) {
                        if valid_ymd(y, m, d) {
                            return Some((y, m, d, i + 2));
                        }
                    }
                    if let (Some(d), Some(Tok::Sym(',')), Some(y)) = (num(t.get(k - 1)), t.get(i + 1), num(t.get(i + 2))) {
                        if valid_ymd(y, m, d) {
                            return Some((y, m, d, i + 3));
                        }
                    }
                }
            }
            Tok::Num(a) => {
                let sep = match t.get(i + 1) {
                    Some(Tok::Sym(c)) if matches!(c, '-' | '/' | '.') => *c,
                    _ => continue,
                };
                if t.get(i + 3) != Some(&Tok::Sym(sep)) {
                    continue;
                }
                let (Some(b), Some(c)) = (num(t.get(i + 2)), num(t.get(i + 4))) else { continue };
                if a.len() > 4 {
                    continue;
                }
                let a = digits_value(a);
                let (y, m, d) = if a >= 1000 {
                    (a, b, c) // ISO y-m-d
                } else if sep == '.' || a > 12 {
                    (c, b, a) // d.m.y, d/m/y
                } else {
                    (c, a, b) // US m/d/y
                };
                let y = if y < 100 && sep != '-' { 2000 + y } else { y };
                if valid_ymd(y, m, d) {
                    return Some((y, m, d, i + 5));
                }
            }
            _ => {}
        }
    }
    None
}

/// (hour, minute, second, zone offset in minutes). Looks after the date first, then before.
#[cfg_attr(size_attrs, optimize(size))]
fn find_time(t: &[Tok], date_end: usize) -> Option<(u32, u32, u32, Option<i32>)> {
    // A loop, not `find_map`: `time_at` stays at opt-level "z" in the page (inlined into a
    // generic closure it was not).
    for i in (date_end..t.len()).chain(0..date_end.min(t.len())) {
        if let Some(time) = time_at(t, i) {
            return Some(time);
        }
    }
    None
}

#[cfg_attr(size_attrs, optimize(size))]
fn time_at(t: &[Tok], i: usize) -> Option<(u32, u32, u32, Option<i32>)> {
    let h = num(t.get(i))?;
    if t.get(i + 1) != Some(&Tok::Sym(':')) {
        return None;
    }
    let mi = num(t.get(i + 2))?;
    let mut j = i + 3;
    let mut sec = 0;
    if t.get(j) == Some(&Tok::Sym(':')) {
        sec = num(t.get(j + 1))?;
        j += 2;
        // fractional seconds
        if t.get(j) == Some(&Tok::Sym('.')) && num(t.get(j + 1)).is_some() {
            j += 2;
        }
    }
    let mut h = h;
    if let Some(Tok::Word(w)) = t.get(j) {
        // (A loop, not `str::replace`: see `lexicon::normalize`.)
        let mut lw = String::with_capacity(w.len());
        for c in w.chars() {
            if c != '.' {
                lw.push(c.to_ascii_lowercase());
            }
        }
        let w = lw;
        if w == "pm" || w == "am" {
            if !(1..=12).contains(&h) {
                return None;
            }
            h = match (w.as_str(), h) {
                ("am", 12) => 0,
                ("pm", 12) => 12,
                ("pm", h) => h + 12,
                (_, h) => h,
            };
            j += 1;
        }
    }
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let z = zone_at(t, j);
    Some((h, mi, sec, z))
}

#[cfg_attr(size_attrs, optimize(size))]
fn zone_at(t: &[Tok], mut j: usize) -> Option<i32> {
    if t.get(j) == Some(&Tok::Sym('(')) {
        j += 1;
    }
    match t.get(j) {
        Some(Tok::Word(w)) => {
            let base = zone(w)?;
            // "GMT+1", "UTC-05:00"
            if base == 0 {
                if let Some(off) = offset_at(t, j + 1) {
                    return Some(off);
                }
            }
            Some(base)
        }
        Some(Tok::Sym('+')) | Some(Tok::Sym('-')) => offset_at(t, j),
        _ => None,
    }
}

/// "+05:30", "-0400", "+1" at `j`.
#[cfg_attr(size_attrs, optimize(size))]
fn offset_at(t: &[Tok], j: usize) -> Option<i32> {
    let sign = match t.get(j) {
        Some(Tok::Sym('+')) => 1,
        Some(Tok::Sym('-')) | Some(Tok::Sym('−')) => -1,
        _ => return None,
    };
    let Some(Tok::Num(n)) = t.get(j + 1) else { return None };
    let (h, m): (i32, i32) = match n.len() {
        1 | 2 => {
            let h = digits_value(n) as i32;
            let m = if t.get(j + 2) == Some(&Tok::Sym(':')) { num(t.get(j + 3))? as i32 } else { 0 };
            (h, m)
        }
        4 => (digits_value(&n[..2]) as i32, digits_value(&n[2..]) as i32),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h * 60 + m))
}

/// The author named in a byline ("By Jane Doe | Oct 14, 2014" → "Jane Doe"). `Some(None)`
/// when the line is a byline with no name ("By |"); `None` when it is not a byline.
#[cfg_attr(size_attrs, optimize(size))]
pub fn byline(line: &str) -> Option<Option<String>> {
    let l = line.trim();
    let Some(rest) = ["By: ", "By ", "BY ", "by ", "Written by: ", "Written by ", "Posted by ", "Author: ", "Words by ", "Story by "]
        .iter()
        .find_map(|p| l.strip_prefix(p))
        .or_else(|| (l == "By" || l == "By:").then_some(""))
    else {
        return credit_line(l);
    };
    let rest = rest.trim_start_matches(':').trim();
    // A handle glued to the name ("Chris Pokorny@DawgsByNature") is no part of it.
    let rest = rest.find('@').map_or(rest, |p| rest[..p].trim_end());
    // A byline's dates may run long after a bar ("By HNN Staff | November 18, 2019 at 2:26 PM
    // HST - Updated November 18 at 4:46 PM"); a sentence opening with "By" has no bar.
    if rest.split_whitespace().count() > if rest.contains('|') { 30 } else { 14 } {
        return None;
    }
    // The name ends at a separator, a date, or a comma before a role or an outlet.
    let mut end = rest.len();
    for sep in ["|", " - ", " – ", " — ", ",", " on ", " and ", "•", "·", "\n", "  ", " Updated", " Published", " Posted"] {
        if let Some(p) = rest.find(sep) {
            end = end.min(p);
        }
    }
    let mut name = rest[..end].trim();
    // Cut at the first token that starts a date.
    let mut cut = name.len();
    for (i, w) in word_offsets(name) {
        if month(w).is_some() && w.len() >= 3 || w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            cut = i;
            break;
        }
    }
    // (Loops for `trim_*_matches(closure)` here and in `copyright`: each closure brought its
    // own copy of the char searcher, compiled apart at "s".)
    name = name[..cut].trim();
    while let Some(c) = name.chars().next_back() {
        if c.is_alphanumeric() || c == '.' {
            break;
        }
        name = &name[..name.len() - c.len_utf8()];
    }
    name = name.trim();
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return Some(None);
    }
    // A name the page printed twice ("Sean Martin Sean Martin": a link and its text).
    let half = words.len() / 2;
    if half >= 2 && words.len() % 2 == 0 && words[..half] == words[half..] {
        words.truncate(half);
        if let Some((i, w)) = word_offsets(name).nth(half - 1) {
            name = &name[..i + w.len()];
        }
    }
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase())
            || matches!(*w, "de" | "van" | "von" | "der" | "da" | "la" | "le" | "bin" | "al")
    });
    if words.len() > 6 || !capitalised {
        return None;
    }
    Some(Some(name.to_string()))
}

/// A byline without "By": a name, a comma and the writer's job or wire ("STEVE PEOPLES, AP
/// National Political Writer", "Jane Doe, Reuters").
#[cfg_attr(size_attrs, optimize(size))]
fn credit_line(l: &str) -> Option<Option<String>> {
    let (name, what) = l.split_once(',')?;
    let what = what.trim().trim_end_matches('.').lower();
    let job = what.rsplit(' ').next().is_some_and(|w| AUTHOR_JOBS.has(w)) && !["a ", "an ", "the "].iter().any(|p| what.starts_with(p))
        || matches!(what.as_str(), "ap" | "the associated press" | "associated press" | "reuters" | "afp");
    let words = name.split_whitespace().count();
    let name_like = name.split_whitespace().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    });
    (job && (2..=4).contains(&words) && name_like && what.split(' ').count() <= 5).then(|| Some(name.trim().to_string()))
}

/// The last word of a writer's job in a byline ("AP Sports Writer"). Sorted.
const AUTHOR_JOBS: Words = Words("columnist|contributor|correspondent|editor|reporter|writer");

#[cfg_attr(size_attrs, optimize(size))]
fn word_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(' ').scan(0usize, |pos, w| {
        let start = *pos;
        *pos += w.len() + 1;
        Some((start, w))
    })
}

/// A copyright line ("©2018 Chinatopix All rights reserved"), and the publisher it names.
/// `Some(None)` when the line is a copyright notice naming nobody we can read.
#[cfg_attr(size_attrs, optimize(size))]
pub fn copyright(line: &str) -> Option<Option<String>> {
    let lower = line.lower();
    let t = line.trim();
    // "ⓒ" (a circled letter) is written for "©" in East Asian pages.
    let symbol = t.find(['©', 'ⓒ']);
    let rights = lower.contains("all rights reserved");
    let is_notice = symbol == Some(0)
        || lower.trim_start().starts_with("copyright")
        || lower.trim_start().starts_with("(c) ")
        || (rights && line.len() < 300)
        || (symbol.is_some() && line.len() < 200);
    if !is_notice {
        return None;
    }
    // After the symbol/word and the years, up to "All rights", a period, a pipe or a comma.
    let start = symbol.map(|i| i + t[i..].chars().next().map_or(0, char::len_utf8)).or_else(|| {
        // ASCII lowercase keeps the byte offsets (`lower` may not: "İ").
        t.to_ascii_lowercase().find("copyright").map(|i| i + "copyright".len())
    });
    let Some(start) = start else { return Some(None) };
    let mut rest = &t[start..];
    let mut years = symbol.is_some();
    // Symbols, years ("2018", "2006-2019", "2018.") and the word itself again ("© 2018
    // Copyright India Post", "Copyright (C) EnterMedia"), in any order.
    loop {
        let r = rest.trim_start_matches([' ', ':', '-', '–', '—', ',', '.', '©', 'ⓒ']);
        let lr = r.get(..9).unwrap_or(r).to_ascii_lowercase();
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        rest = if digits == 4 {
            years = true;
            &r[4..]
        } else if lr.starts_with("(c)") {
            years = true;
            &r[3..]
        } else if lr.starts_with("copyright") {
            &r[9..]
        } else {
            r
        };
        if rest.len() == r.len() {
            break;
        }
    }
    // "Copyright and Reprint", "Copyright Policy": a link to the terms, not a notice naming anyone.
    let year_in_line = || t.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    if !years && !rights && !year_in_line() {
        return Some(None);
    }
    let lower_rest = rest.to_ascii_lowercase();
    let mut end = rest.len();
    for sep in ["all rights", "|", ". ", ",", " - ", " – ", " — ", "•", "("] {
        if let Some(p) = lower_rest.find(sep) {
            end = end.min(p);
        }
    }
    // A stop glued to the next sentence: "Cable News Network.Turner Broadcasting System".
    let b = rest.as_bytes();
    if let Some(p) = (1..end.min(b.len().saturating_sub(1))).find(|&i| b[i] == b'.' && b[i - 1].is_ascii_lowercase() && b[i + 1].is_ascii_uppercase()) {
        end = p;
    }
    let mut name = rest[..end].trim().trim_end_matches('.').trim();
    // A year after the name: "copyright Inexhibit 2019".
    while let Some((head, last)) = name.rsplit_once(' ') {
        if !(last.len() == 4 && last.bytes().all(|c| c.is_ascii_digit())) {
            break;
        }
        name = head.trim_end();
    }
    // The name opens with a capital or a digit ("and Reprint" is a link's words), and is no
    // credit for the site's makers ("Designed by Gray Digital Media").
    let ok = !name.is_empty()
        && name.split_whitespace().count() <= 6
        && name.chars().next().is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase())
        && !name.lower().contains(" by ");
    Some(ok.then(|| name.to_string()))
}

/// Markers of a photo credit or caption. Matched case-sensitively on the line.
const CREDIT_MARKERS: &[&str] = &[
    " / AP",
    " / Getty",
    " / Reuters",
    " via AP)",
    "(AP Photo",
    "(Getty",
    "(Image",
    "(Photo",
    "(Picture",
    "(Reuters",
    "/AFP",
    "/Getty",
    "AP Photo/",
    "AP file",
    "Credit:",
    "Getty Images",
    "Image credit",
    "Image source:",
    "Image:",
    "Photo by ",
    "Photo credit",
    "Photo:",
    "Photograph:",
    "Photographer:",
    "Photos:",
    "Picture:",
    "Reuters/",
    "Shutterstock",
    "iStock",
];

/// True when the line is a photo caption or credit ("… in Rome.(Photo : Reuters/Landov)").
#[cfg_attr(size_attrs, optimize(size))]
pub fn is_caption(line: &str) -> bool {
    let words = line.split_whitespace().take(71).count();
    if words > 70 || words == 0 {
        return false;
    }
    // The first occurrence of each marker decides for that marker, as `str::find` would.
    let mut seen = 0u32;
    let mut hit = false;
    static MARKERS: Patterns = Patterns::new(CREDIT_MARKERS);
    MARKERS.find_each(line, &mut |k, p| {
        if seen & (1 << k) != 0 {
            return false;
        }
        seen |= 1 << k;
        // In the body a credit is rare; in a caption it sits at the end or fills the line.
        let tail = line.len() - p;
        hit = words <= 12 || tail <= 80 || line[..p].trim_end().ends_with(['.', ')']);
        hit
    });
    hit
}

/// A set of at most 32 patterns, with the tables [`Patterns::find_each`] searches by. The
/// lists of the classifier are `static`s, so their tables are built at compile time.
pub(crate) struct Patterns<'p> {
    pats: &'p [&'p str],
    /// Patterns by their first byte.
    first: [u32; 256],
    /// Patterns by their second byte; a one-byte pattern accepts any second, and index 256
    /// stands for "past the end".
    second: [u32; 257],
}

impl<'p> Patterns<'p> {
    pub(crate) const fn new(pats: &'p [&'p str]) -> Patterns<'p> {
        assert!(pats.len() <= 32, "at most 32 patterns");
        let mut first = [0u32; 256];
        let mut second = [0u32; 257];
        let mut k = 0;
        while k < pats.len() {
            let b = pats[k].as_bytes();
            if b.len() == 1 {
                first[b[0] as usize] |= 1 << k;
                let mut j = 0;
                while j < second.len() {
                    second[j] |= 1 << k;
                    j += 1;
                }
            } else if b.len() >= 2 {
                first[b[0] as usize] |= 1 << k;
                second[b[1] as usize] |= 1 << k;
            }
            k += 1;
        }
        Patterns { pats, first, second }
    }

    /// Calls `f(k, at)` for every occurrence at byte `at` of pattern `k` in `hay`, in order of
    /// position, until `f` returns true; returns whether it did. One pass over `hay` that looks
    /// only at positions whose first two bytes start some pattern (a table lookup per byte),
    /// instead of one substring search per pattern.
    pub(crate) fn find_each(&self, hay: &str, f: &mut dyn FnMut(usize, usize) -> bool) -> bool {
        // `dyn`: one copy, not one per caller (`f` runs only on a match).
        let h = hay.as_bytes();
        for i in 0..h.len() {
            let mut m = self.first[usize::from(h[i])] & self.second[h.get(i + 1).map_or(256, |&b| usize::from(b))];
            while m != 0 {
                let k = m.trailing_zeros() as usize;
                m &= m - 1;
                if h[i..].starts_with(self.pats[k].as_bytes()) && f(k, i) {
                    return true;
                }
            }
        }
        false
    }
}

/// Calls `f(k, at)` for every occurrence at byte `at` of `pats[k]` in `hay` (see
/// [`Patterns::find_each`]; this builds the tables on each call).
#[cfg(test)]
fn find_each(hay: &str, pats: &[&str], mut f: impl FnMut(usize, usize) -> bool) -> bool {
    Patterns::new(pats).find_each(hay, &mut f)
}

/// Whether `hay` contains any of `pats` (see `find_each`).
#[cfg(test)]
fn contains_any(hay: &str, pats: &[&str]) -> bool {
    find_each(hay, pats, |_, _| true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        for (w, n) in [("January", 1), ("SEPT.", 9), ("sep", 9), ("Dec.", 12), ("may", 5), ("JUNE", 6)] {
            assert_eq!(month(w), Some(n), "{w}");
        }
        for w in ["Janu", "Ma", "", "Septem", "é"] {
            assert_eq!(month(w), None, "{w}");
        }
        assert!(ZONES.sorted() && ZONES.iter().count() == OFFSETS.len());
        assert!(CREDIT_MARKERS.windows(2).all(|w| w[0] < w[1]));
        assert!(CREDIT_MARKERS.len() <= 32, "find_each takes at most 32 patterns");
    }

    #[test]
    fn dates() {
        let table = [
            ("By | Oct 14, 2014 11:30 PM EDT", Some("2014-10-14T23:30:00-04:00")),
            ("Oct. 14, 2014", Some("2014-10-14")),
            ("14 October 2014 23:30 GMT", Some("2014-10-14T23:30:00+00:00")),
            ("Tuesday, 14th October 2014, 9:05am BST", Some("2014-10-14T09:05:00+01:00")),
            ("Published: Nov 19, 2019 at 5:31 p.m. CST", Some("2019-11-19T17:31:00-06:00")),
            ("Updated 6:18 pm PST, Tuesday, November 19, 2019", Some("2019-11-19T18:18:00-08:00")),
            ("2019-11-19T10:00:00Z", Some("2019-11-19T10:00:00+00:00")),
            ("2019-11-19T10:00:00+05:30", Some("2019-11-19T10:00:00+05:30")),
            ("2019-11-19T10:00:00.000-0500", Some("2019-11-19T10:00:00-05:00")),
            ("11/19/2019 12:05 AM", Some("2019-11-19T00:05:00")),
            ("19/11/2019", Some("2019-11-19")),
            ("19.11.2019 14:00 CET", Some("2019-11-19T14:00:00+01:00")),
            ("March 6, 2014 12:00 PM MST", Some("2014-03-06T12:00:00-07:00")),
            ("November 18, 2019 at 2:26 PM HST", Some("2019-11-18T14:26:00-10:00")),
            ("Nov 18, 2019 9:00 AM AEDT", Some("2019-11-18T09:00:00+11:00")),
            ("Sept 3, 2019 8:00 am UTC+2", Some("2019-09-03T08:00:00+02:00")),
            ("January 2020", None),
            ("no date here", None),
            ("may the force", None),
            ("", None),
        ];
        for (input, want) in table {
            assert_eq!(parse_date(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn bylines() {
        assert!(AUTHOR_JOBS.sorted());
        let table = [
            ("By | Oct 14, 2014 11:30 PM EDT", Some(None)),
            ("By Jane Doe | Oct 14, 2014", Some(Some("Jane Doe"))),
            ("By JANE DOE, Associated Press", Some(Some("JANE DOE"))),
            ("By Jane Doe and John Roe", Some(Some("Jane Doe"))),
            ("By Ludwig van Beethoven Oct 14, 2014", Some(Some("Ludwig van Beethoven"))),
            ("By the time the talks ended, both sides had agreed.", None),
            ("Written by: Ana Silva", Some(Some("Ana Silva"))),
            ("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", Some(Some("Chris Pokorny"))),
            ("By Sean Martin Sean Martin", Some(Some("Sean Martin"))),
            ("By John John", Some(Some("John John"))),
            ("STEVE PEOPLES, AP National Political Writer", Some(Some("STEVE PEOPLES"))),
            ("Jane Doe, Reuters", Some(Some("Jane Doe"))),
            ("Obama, Putin and the new cold war", None),
            ("Paris, the city of light, welcomes a new editor", None),
            ("In Washington, a Writer", None),
            ("By Kai Lee | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM", Some(Some("Kai Lee"))),
            ("By the time the talks in the capital ended late on Monday night, both sides had agreed to meet again.", None),
        ];
        for (input, want) in table {
            assert_eq!(byline(input), want.map(|o| o.map(String::from)), "{input}");
        }
    }

    #[test]
    fn copyrights() {
        let table = [
            ("©2018 Chinatopix All rights reserved. Do not reproduce without permission", Some(Some("Chinatopix"))),
            ("Copyright © 2019 Hearst Newspapers, LLC", Some(Some("Hearst Newspapers"))),
            ("© 2006-2019 The Sun. All rights reserved.", Some(Some("The Sun"))),
            ("All rights reserved.", Some(None)),
            ("Copyright and Reprint", Some(None)),
            ("Copyright Policy", Some(None)),
            ("copyright Inexhibit 2019 - ISSN: 2283-5474", Some(Some("Inexhibit"))),
            ("© 2018 Copyright India Post Media Pvt. Ltd.. All Rights reserved.", Some(Some("India Post Media Pvt"))),
            ("© 2019 Cable News Network.Turner Broadcasting System, Inc.All Rights Reserved.", Some(Some("Cable News Network"))),
            ("Copyright ⓒ Entermedia.co.kr. All rights reserved", Some(Some("Entermedia.co.kr"))),
            ("Copyright © 2002-2019 - Designed by Gray Digital Media - Powered by Clickability", Some(None)),
            ("Copyright 2019. Washington Examiner. All Rights Reserved.", Some(Some("Washington Examiner"))),
            ("Copyright The Channel Company, All rights reserved", Some(Some("The Channel Company"))),
            ("© Zurek Design LLC — Read our terms of service.", Some(Some("Zurek Design LLC"))),
            ("He said the copyright law was unfair to artists and musicians.", None),
        ];
        for (input, want) in table {
            assert_eq!(copyright(input), want.map(|o| o.map(String::from)), "{input}");
        }
    }

    #[test]
    fn multi_pattern_search() {
        let pats = ["share this", "x", "follow us", "us"];
        assert!(contains_any("please follow us", &pats));
        assert!(contains_any("ends in x", &pats));
        assert!(contains_any("us", &pats));
        assert!(!contains_any("share thi", &pats));
        assert!(!contains_any("", &pats));
        let mut hits = Vec::new();
        find_each("us and follow us", &pats, |k, at| {
            hits.push((k, at));
            false
        });
        assert_eq!(hits, [(3, 0), (2, 7), (3, 14)]);
        // Same answers as `str::contains`, pattern by pattern, on every suffix of a sentence.
        let text = "Share this: follow us on X, or share this story with us.";
        for start in 0..text.len() {
            let hay = &text[start..];
            for p in pats {
                assert_eq!(contains_any(hay, &[p]), hay.contains(p), "{hay:?} {p:?}");
            }
        }
    }

    #[test]
    fn captions() {
        let table = [
            ("Kerry shakes hands with Lavrov in Rome on March 6, 2014.(Photo : Reuters/Landov)", true),
            ("Photo: AP", true),
            ("The minister arrives in Paris. (AP Photo/Michel Euler)", true),
            ("Image credit: NASA", true),
            ("Photo", false),
            ("2of4A shopper looks at extension cords at a hardware store on Tuesday. (Dana Lee/The Valley Times via AP)", true),
            ("Rep. Jane Doe speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file", true),
            ("The talks ended on Tuesday with an agreement to share intelligence.", false),
        ];
        for (input, want) in table {
            assert_eq!(is_caption(input), want, "{input}");
        }
    }
}
