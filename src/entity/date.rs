//! DATE and TIME expressions, matched by hand-written scanning over tokens.
//!
//! - DATE: weekdays (`Tuesday`); month dates (`March 6, 2014`, `Oct 14, 2014`, `6 March`,
//!   `March 2014`, `in March`); years after a preposition or before punctuation (`in 2014`);
//!   decades (`the 1990s`); centuries (`the 21st century`); relative phrases (`next month`,
//!   `earlier this year`, `last week`, `two years ago`, `today`, `yesterday`).
//! - TIME: clock times with an optional meridiem and zone (`11:30 PM EDT`, `10 a.m.`).
//!
//! Durations ("three-hour") are not dates.

use crate::words::Words;
use crate::token::{digits_value, Kind, Token};
use crate::EntityType;

pub(crate) const WEEKDAYS: Words = Words("Friday|Monday|Saturday|Sunday|Thursday|Tuesday|Wednesday");

/// The months in order; their first three letters, and "Sept", abbreviate them (one string,
/// no table of pointers: page size).
const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";

/// Words before a bare month or year that make it a date ("in March", "since 2014"). Sorted.
const DATE_PREPS: Words = Words("after|before|by|during|early|from|in|last|late|mid|next|of|since|this|through|until");

const UNITS: Words = Words(
    "autumn|century|day|days|decade|decades|fall|month|months|quarter|spring|summer|week|weekend|\
     weeks|winter|year|years",
);

/// Words after a weekday that make it a newspaper's name ("Sunday Times"). Sorted.
const PAPER_WORDS: Words = Words("Express|Herald|Independent|Mail|Mirror|Post|Sport|Star|Telegraph|Times|Tribune");

/// Short words a title-case headline capitalises. Sorted.
const HEADLINE_SMALL: Words = Words("After|And|For|From|Into|Over|The|With");

const ZONES: Words = Words("BST|CDT|CET|CST|EDT|EST|ET|GMT|MSK|PDT|PST|PT|UTC");

const NUMBER_WORDS: Words = Words("eight|few|five|four|nine|seven|several|six|ten|three|two");

struct View<'a> {
    text: &'a str,
    tokens: &'a [Token],
    end: usize,
}

impl<'a> View<'a> {
    fn s(&self, i: usize) -> &'a str {
        if i < self.end {
            self.tokens[i].text(self.text)
        } else {
            ""
        }
    }
    fn kind(&self, i: usize) -> Option<Kind> {
        (i < self.end).then(|| self.tokens[i].kind)
    }
}

/// Every weekday ends in "day": most words need no search.
pub(crate) fn weekday(s: &str) -> bool {
    s.ends_with("day") && WEEKDAYS.has(s)
}

/// A weekday's or a month's name ("Friday", "March"): no part of a title before it.
pub(crate) fn named_day_or_month(s: &str) -> bool {
    weekday(s) || month(s).is_some()
}

fn month(s: &str) -> Option<u8> {
    // Every month name starts with a capital.
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mut n = 0;
    for m in MONTHS.split('|') {
        n += 1;
        if s == m || s.len() == 3 && m.starts_with(s) || n == 9 && s == "Sept" {
            return Some(n);
        }
    }
    None
}

fn day(s: &str) -> bool {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    let rest = &s[digits.len()..];
    !digits.is_empty()
        && digits.len() <= 2
        && matches!(rest, "" | "st" | "nd" | "rd" | "th")
        && (1..=31).contains(&digits_value(&digits))
}

fn year(s: &str) -> bool {
    year_in(s, 1800)
}

/// A year after a month or a day and month ("14 October 1066", "July 4, 1776"): older years
/// too, since the month says it is a date.
fn dated_year(s: &str) -> bool {
    year_in(s, 1000)
}

fn year_in(s: &str, from: u16) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && (u32::from(from)..=2099).contains(&digits_value(s))
}

fn lower_in(list: Words, s: &str) -> bool {
    list.has(&low(s))
}

/// `s` in ASCII lowercase, borrowed when it already is (most words).
fn low(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        s.to_ascii_lowercase().into()
    } else {
        s.into()
    }
}

/// A DATE or TIME starting at token `i` (before `end`): its kind and length in tokens.
#[cfg_attr(size_attrs, optimize(size))]
pub fn match_at(text: &str, tokens: &[Token], i: usize, end: usize) -> Option<(EntityType, usize)> {
    let v = View { text, tokens, end: end.min(tokens.len()) };
    if i >= v.end {
        return None;
    }
    let s = v.s(i);
    // Quick rejection: dates start with a digit, a capital or one of a few lowercase words.
    let c0 = s.chars().next().unwrap_or(' ');
    if !(c0.is_ascii_digit() || c0.is_uppercase() || matches!(c0, 'e' | 'l' | 'n' | 't' | 'y' | 'p' | 'c' | 'f' | 's' | 'a' | 'w')) {
        return None;
    }
    // Clock times.
    if v.kind(i) == Some(Kind::Number) {
        let clock = s.contains(':') && s.split(':').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        let mer = |w: &str| matches!(w, "AM" | "PM" | "am" | "pm" | "a.m." | "p.m.");
        let hour = s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        if clock || hour && mer(v.s(i + 1)) {
            let mut n = 1;
            if mer(v.s(i + n)) {
                n += 1;
            }
            if ZONES.has(v.s(i + n)) {
                n += 1;
            }
            if clock || n > 1 {
                return Some((EntityType::Time, n));
            }
        }
    }
    // Weekdays, unless the first word of a name: a newspaper ("The Sunday Times", "the Sunday
    // Telegraph") or a show ("Saturday Night Live", "Monday Night Football"; a third name word
    // must follow "Night" or "Morning", so "on Saturday Night In Paris" of a headline stays a
    // date).
    if weekday(s) {
        let next = v.s(i + 1);
        let named = if PAPER_WORDS.has(next) {
            true
        } else if next == "Night" || next == "Morning" {
            let third = v.s(i + 2);
            third.starts_with(|c: char| c.is_ascii_uppercase()) && third.len() > 2 && !HEADLINE_SMALL.has(third)
        } else {
            false
        };
        return (!named).then_some((EntityType::Date, 1));
    }
    // Month-first dates: "March 6, 2014", "Oct. 14", "March 2014".
    if let Some(m) = month(s) {
        let mut n = 1;
        if v.s(i + 1) == "." && s.len() <= 4 {
            n += 1;
        }
        if day(v.s(i + n)) {
            n += 1;
            if v.s(i + n) == "," && dated_year(v.s(i + n + 1)) {
                n += 2;
            } else if dated_year(v.s(i + n)) {
                n += 1;
            }
            return Some((EntityType::Date, n));
        }
        if year(v.s(i + n)) {
            return Some((EntityType::Date, n + 1));
        }
        let prev = low(if i > 0 { tokens[i - 1].text(text) } else { "" });
        let full = s.len() > 4 || s == "June" || s == "July";
        if full && m != 5 && m != 3 && DATE_PREPS.has(&prev) {
            return Some((EntityType::Date, 1));
        }
        if full && (m == 3 || m == 5) && matches!(&*prev, "in" | "since" | "until" | "early" | "late" | "last" | "next" | "this") {
            return Some((EntityType::Date, 1));
        }
        return None;
    }
    // A season with its year: "Spring 2015", "the summer of 2014".
    if matches!(&*low(s), "spring" | "summer" | "autumn" | "fall" | "winter") {
        let n = if v.s(i + 1) == "of" { 2 } else { 1 };
        if year(v.s(i + n)) {
            return Some((EntityType::Date, n + 1));
        }
    }
    // Day-first: "6 March 2014".
    if v.kind(i) == Some(Kind::Number) && day(s) && month(v.s(i + 1)).is_some_and(|_| v.s(i + 1).len() > 2) {
        let n = if dated_year(v.s(i + 2)) { 3 } else { 2 };
        return Some((EntityType::Date, n));
    }
    // Years and decades.
    if v.kind(i) == Some(Kind::Number) {
        let prev = low(if i > 0 { tokens[i - 1].text(text) } else { "" });
        let next = v.s(i + 1);
        let decade = s.len() == 5 && s.ends_with('s') && year(&s[..4]);
        let after_prep = DATE_PREPS.has(&prev);
        let before_punct = next.is_empty() || v.kind(i + 1) == Some(Kind::Punct) && next != "%" && next != "-";
        // An older year after a preposition, before no noun it counts ("In 1792 he moved",
        // "since 1066."; not "in 1500 cases").
        let older = dated_year(s) && after_prep && (before_punct || matches!(next, "he" | "she" | "it" | "they" | "we" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "and"));
        // A year modifying a noun after a determiner or a possessive ("the 2016 election", "a
        // 2002 quote", "its 1994 law"; not a count: "the 2000 delegates", plural nouns but an
        // event's); a span of years is one date ("between 2008 and 2012").
        let modifier = matches!(prev.as_ref(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that" | "'s" | "’s")
            && next.starts_with(|c: char| c.is_ascii_lowercase())
            && (!next.ends_with('s') || matches!(next, "elections" | "midterms" | "primaries" | "olympics" | "games" | "protests" | "riots" | "attacks" | "polls" | "talks" | "playoffs" | "finals"));
        let span = matches!(prev.as_ref(), "between" | "from") && matches!(next, "and" | "to") && year(v.s(i + 2));
        if year(s) && span {
            return Some((EntityType::Date, 3));
        }
        if decade || older || year(s) && (after_prep || before_punct || modifier) {
            return Some((EntityType::Date, 1));
        }
    }
    let low = low(s);
    if matches!(&*low, "today" | "tomorrow" | "yesterday") {
        return Some((EntityType::Date, 1));
    }
    // "the 21st century", "the 1990s".
    if low == "the" {
        let n1 = v.s(i + 1);
        if v.kind(i + 1) == Some(Kind::Number) && n1.len() > 2 && (n1.ends_with("th") || n1.ends_with("st") || n1.ends_with("nd") || n1.ends_with("rd")) && v.s(i + 2).eq_ignore_ascii_case("century") {
            return Some((EntityType::Date, 3));
        }
        if n1.len() == 5 && n1.ends_with('s') && year(&n1[..4]) {
            return Some((EntityType::Date, 2));
        }
    }
    // Relative: "(earlier|later|early|late)? (this|next|last|past|coming) UNIT".
    let mut n = 0;
    if matches!(&*low, "earlier" | "later" | "early" | "late") {
        n = 1;
    }
    let after;
    let det: &str = if n == 0 {
        &low
    } else {
        after = self::low(v.s(i + n));
        &after
    };
    if matches!(det, "this" | "next" | "last" | "past" | "coming") {
        let unit = v.s(i + n + 1);
        if lower_in(UNITS, unit) || weekday(unit) {
            return Some((EntityType::Date, n + 2));
        }
        if n == 0 && det != "this" && lower_in(NUMBER_WORDS, unit) && lower_in(UNITS, v.s(i + 2)) {
            return Some((EntityType::Date, 3));
        }
    }
    // "two years ago", "three days ago".
    if v.s(i + 2) == "ago" && lower_in(UNITS, v.s(i + 1)) && (NUMBER_WORDS.has(&low) || v.kind(i) == Some(Kind::Number) && s.len() <= 3) {
        return Some((EntityType::Date, 3));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// Every DATE/TIME found in `text`, scanning left to right.
    fn find(text: &str) -> Vec<(&str, &'static str)> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some((kind, n)) = match_at(text, &tokens, i, tokens.len()) {
                let span = crate::Span::new(tokens[i].span.start, tokens[i + n - 1].span.end);
                out.push((span.of(text), kind.as_str()));
                i += n;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn months_and_their_abbreviations() {
        let all = ["Jan January", "Feb February", "Mar March", "Apr April", "May", "Jun June", "Jul July", "Aug August", "Sep Sept September", "Oct October", "Nov November", "Dec December"];
        for (k, forms) in all.iter().enumerate() {
            for f in forms.split(' ') {
                assert_eq!(month(f), Some(k as u8 + 1), "{f}");
            }
        }
        for f in ["", "J", "Ja", "Janu", "jan", "june", "Septe", "Sep.", "Mayor", "MAY"] {
            assert_eq!(month(f), None, "{f}");
        }
    }

    #[test]
    fn lists_are_sorted() {
        for l in [WEEKDAYS, DATE_PREPS, UNITS, NUMBER_WORDS, PAPER_WORDS, HEADLINE_SMALL] {
            assert!(l.sorted(), "{l:?}");
        }
        assert!(ZONES.sorted());
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("They met on Tuesday.", &[("Tuesday", "DATE")]),
            ("in Rome on March 6, 2014.", &[("March 6, 2014", "DATE")]),
            ("By | Oct 14, 2014 11:30 PM EDT", &[("Oct 14, 2014", "DATE"), ("11:30 PM EDT", "TIME")]),
            ("talks in Vienna next month.", &[("next month", "DATE")]),
            ("The watch ships in Spring 2015, not in the summer of 2014.", &[("Spring 2015", "DATE"), ("summer of 2014", "DATE")]),
            ("In 1792 he moved, and in 1500 cases nobody did.", &[("1792", "DATE")]),
            ("which have earlier this year enraged", &[("earlier this year", "DATE")]),
            ("no place in the 21st century", &[("the 21st century", "DATE")]),
            ("a three-hour meeting", &[]),
            ("He arrived at 10 a.m. on 6 March 2015", &[("10 a.m.", "TIME"), ("6 March 2015", "DATE")]),
            ("Sales rose in 2014, and 2000 troops left.", &[("2014", "DATE")]),
            ("The march began. In March, it ended.", &[("March", "DATE")]),
            ("May I ask? She may go in May 2016.", &[("May 2016", "DATE")]),
            ("two years ago, yesterday and last week", &[("two years ago", "DATE"), ("yesterday", "DATE"), ("last week", "DATE")]),
            ("in the 1990s", &[("the 1990s", "DATE")]),
            ("fought on 14 October 1066, signed July 4, 1776", &[("14 October 1066", "DATE"), ("July 4, 1776", "DATE")]),
            // A bare old number is no year: "in 1500 homes".
            ("rebuilt in 1500 homes", &[]),
            // A year modifying a noun after a determiner; a span of years (session 24).
            ("months before the 2016 election and a 2002 quote", &[("2016", "DATE"), ("2002", "DATE")]),
            ("published between 2008 and 2012 in London", &[("2008 and 2012", "DATE")]),
            ("the 2000 delegates voted", &[]),
            // A weekday opening a newspaper's or a show's name is no date.
            ("The Sunday Times said on Monday", &[("Monday", "DATE")]),
            ("a Saturday Night Live sketch aired Saturday night", &[("Saturday", "DATE")]),
            ("Rally Set For Saturday Night In Paris", &[("Saturday", "DATE")]),
            ("on Sunday Morning Futures, not Sunday morning", &[("Sunday", "DATE")]),
        ];
        for (text, want) in cases {
            assert_eq!(&find(text), want, "dates in {text:?}");
        }
    }
}
