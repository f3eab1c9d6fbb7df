//! Gazetteers: places, organisations, well-known persons, given names and roles, loaded once.
//!
//! The lists live in `src/lexicon/gaz_*.tsv` (built by `scripts/build-gazetteer.py` from the
//! MIT-licensed PETRARCH2 dictionaries plus hand-written lists; see each file's header). They
//! are parsed on first use behind a `OnceLock`.
//!
//! Phrases are looked up by a normalised key: tokens lowercased, `’` as `'`, hyphens as
//! spaces, joined by one space (`al-Qaeda` → `al qaeda`, `U.S.` → `u.s.`). A lone one- or
//! two-letter lowercase token glues onto the word before it, which repairs split words
//! such as "Associate d Press" (see [`push_key`]).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::EntityType;

const PLACES: &str = include_str!("../lexicon/gaz_places.tsv");
const ORGS: &str = include_str!("../lexicon/gaz_orgs.tsv");
const PERSONS: &str = include_str!("../lexicon/gaz_persons.tsv");
const FIRST_NAMES: &str = include_str!("../lexicon/gaz_first_names.tsv");
const ROLES: &str = include_str!("../lexicon/gaz_roles.tsv");

/// Religious, political and other groups (NORP) that are not demonyms of a place. Sorted.
/// Lowercase forms match in any case ("jihadist"); capitalised ones need a capital.
pub const NORP_WORDS: &[&str] = &[
    "Alawite", "Alawites", "Arab", "Arabs", "Baathist", "Buddhist", "Buddhists", "Catholic", "Catholics",
    "Christian", "Christians", "Communist", "Communists", "Democrat", "Democrats", "Hindu", "Hindus",
    "Hispanic", "Jew", "Jewish", "Jews", "Latino", "Latinos", "Muslim", "Muslims", "Orthodox", "Palestinian",
    "Pashtun", "Protestant", "Protestants", "Republican", "Republicans", "Shia", "Shiite", "Shiites", "Sikh",
    "Sunni", "Sunnis", "Yazidi", "Yazidis", "Zionist", "islamist", "islamists", "jihadi", "jihadis", "jihadist",
    "jihadists", "salafist", "salafists",
];

/// What a gazetteer phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: EntityType,
    /// Canonical name of the referent ("United States" for "U.S.").
    pub canon: &'static str,
    /// For capitals and demonyms: the country they stand for.
    pub country: Option<&'static str>,
    /// The listed form is an acronym (`US`, `AP`): the text must be in capitals too.
    pub acronym: bool,
    /// A lowercase-listed word that may match lowercase text ("jihadist").
    pub lowercase_ok: bool,
    /// A city, state or region (not a country or a demonym): it may open a longer name
    /// ("Boston Red Sox", "Mississippi River").
    pub local: bool,
}

pub struct Gazetteer {
    /// Every phrase key, sorted and deduplicated (first entry wins), back to back in one
    /// string; key `i` is `keys[spans[i].0..spans[i].1]`. One binary search answers both
    /// [`Gazetteer::phrase`] and [`Gazetteer::has_prefix`] (a lookup stops extending as soon as
    /// no phrase starts with its key: linear time).
    keys: String,
    spans: Vec<(u32, u32)>,
    /// The first 8 bytes of each key, big-endian, zero-padded: the search compares these
    /// integers and reads the key bytes only on a tie.
    heads: Vec<u64>,
    hits: Vec<Hit>,
    /// Well-known persons' full names by lowercase surname, in file order.
    persons_by_surname: HashMap<String, Vec<&'static str>>,
    /// Longest phrase, in words.
    pub max_words: usize,
    first_names: HashSet<&'static str, Fnv>,
    roles: HashSet<&'static str, Fnv>,
    /// First words of roles, for a quick rejection.
    role_starts: HashSet<&'static str, Fnv>,
    pub max_role_words: usize,
}

/// FNV-1a for the fixed word sets: faster than SipHash on short words, and safe here because
/// the sets never take input (a query can only probe the chains the listed words made).
#[derive(Clone, Copy, Default)]
pub struct Fnv;

pub struct FnvHasher(u64);

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The first 8 bytes of `k`, big-endian, zero-padded: ordered as the bytes are (keys hold no
/// NUL), equal heads leave the order to the rest of the bytes.
fn head(k: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = k.len().min(8);
    b[..n].copy_from_slice(&k[..n]);
    u64::from_be_bytes(b)
}

/// The data lines of a list, as their first five columns ("" when absent).
fn rows(data: &'static str) -> impl Iterator<Item = [&'static str; 5]> {
    data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| {
        let mut r = [""; 5];
        for (c, v) in r.iter_mut().zip(l.split('\t')) {
            *c = v;
        }
        r
    })
}

fn list(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.split(',').map(str::trim).filter(|a| !a.is_empty())
}

/// Appends one token's normalised form to `key` (see the module docs).
pub fn push_key(key: &mut String, token: &str) {
    push_key_from(key, 0, token);
}

/// [`push_key`] for the key that begins at byte `start` of `buf` (several keys share one buffer).
fn push_key_from(buf: &mut String, start: usize, token: &str) {
    let key_empty = buf.len() == start;
    let glue = !key_empty
        && token.len() <= 2
        && token.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(token, "of" | "de" | "la" | "al" | "el" | "y" | "da" | "du" | "to" | "on" | "in" | "a" | "an" | "at" | "by" | "e");
    let key = buf;
    if !key_empty && !glue {
        key.push(' ');
    }
    if token.is_ascii() {
        key.extend(token.bytes().map(|b| match b {
            b'-' | b'_' => ' ',
            b => b.to_ascii_lowercase() as char,
        }));
        return;
    }
    for c in token.chars() {
        match c {
            '\u{2019}' | '\u{2018}' => key.push('\''),
            '-' | '\u{2010}' | '\u{2011}' | '_' => key.push(' '),
            c if c.is_ascii() => key.push(c.to_ascii_lowercase()),
            c => key.extend(c.to_lowercase().map(fold)),
        }
    }
}

/// Latin letters with diacritics match their plain forms ("Zürich" is the listed "Zurich",
/// "São Paulo" is "Sao Paulo"), as lists and news spell names both ways.
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ţ' | 'ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// The key of a whole phrase as written in a list.
pub fn key_of(phrase: &str) -> String {
    let mut k = String::new();
    for w in phrase.split_whitespace() {
        push_key(&mut k, w);
    }
    k
}

fn is_acronym(s: &str) -> bool {
    // Most phrases have a lowercase ASCII letter or a space: no acronym.
    if s.bytes().any(|b| b.is_ascii_lowercase() || b == b' ') {
        return false;
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !s.contains(' ') && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

impl Gazetteer {
    fn build() -> Gazetteer {
        // Every phrase's key, back to back in `all`, with its hit, in file order.
        let mut all = String::with_capacity(PLACES.len() + ORGS.len() + PERSONS.len());
        let mut found: Vec<(u32, u32, Hit)> = Vec::with_capacity(16_384);
        let mut add = |phrase: &'static str, hit: Hit| {
            let start = all.len();
            for w in phrase.split_whitespace() {
                push_key_from(&mut all, start, w);
            }
            if all.len() > start {
                found.push((start as u32, all.len() as u32, Hit { acronym: is_acronym(phrase), ..hit }));
            }
        };
        // Places first, countries before the rest so "Georgia" stays the country.
        for pass in 0..2 {
            for r in rows(PLACES) {
                let (name, kind, parent) = (r[0], r[1], r[2]);
                if (kind == "country") != (pass == 0) {
                    continue;
                }
                let ty = if kind == "region" { EntityType::Loc } else { EntityType::Gpe };
                let country = match kind {
                    "capital" if !parent.is_empty() => Some(parent),
                    _ => None,
                };
                let hit = Hit { kind: ty, canon: name, country, acronym: false, lowercase_ok: false, local: kind != "country" };
                add(name, hit);
                for a in list(r[3]) {
                    add(a, hit);
                }
                let mut demonyms = list(r[4]).peekable();
                if let Some(&canon) = demonyms.peek() {
                    let home = if kind == "country" { Some(name) } else { None };
                    for d in demonyms {
                        add(d, Hit { kind: EntityType::Norp, canon, country: home, acronym: false, lowercase_ok: false, local: false });
                    }
                }
            }
        }
        for r in rows(ORGS) {
            let hit = Hit { kind: EntityType::Org, canon: r[0], country: None, acronym: false, lowercase_ok: false, local: false };
            add(r[0], hit);
            for a in list(r[1]) {
                add(a, hit);
            }
        }
        let mut persons_by_surname: HashMap<String, Vec<&'static str>> = HashMap::new();
        for r in rows(PERSONS) {
            add(r[0], Hit { kind: EntityType::Person, canon: r[0], country: None, acronym: false, lowercase_ok: false, local: false });
            if let Some((_, surname)) = r[0].trim().rsplit_once(char::is_whitespace) {
                persons_by_surname.entry(surname.to_lowercase()).or_default().push(r[0]);
            }
        }
        for &w in NORP_WORDS {
            let lower = w.starts_with(char::is_lowercase);
            add(w, Hit { kind: EntityType::Norp, canon: w, country: None, acronym: false, lowercase_ok: lower, local: false });
        }
        // Sorted by key, then file order, so the first entry of each key wins (places, then
        // organisations, persons, groups).
        let key = |&(a, b, _): &(u32, u32, Hit)| &all.as_bytes()[a as usize..b as usize];
        let mut order: Vec<(u64, u32)> = found.iter().enumerate().map(|(i, f)| (head(key(f)), i as u32)).collect();
        order.sort_unstable_by(|x, y| x.0.cmp(&y.0).then_with(|| key(&found[x.1 as usize]).cmp(key(&found[y.1 as usize]))).then(x.1.cmp(&y.1)));
        order.dedup_by(|later, first| later.0 == first.0 && key(&found[later.1 as usize]) == key(&found[first.1 as usize]));
        let mut keys = String::with_capacity(all.len());
        let mut spans = Vec::with_capacity(order.len());
        let mut heads = Vec::with_capacity(order.len());
        let mut hits = Vec::with_capacity(order.len());
        let mut max_words = 1;
        for &(h, i) in &order {
            let (a, b, hit) = found[i as usize];
            let k = &all[a as usize..b as usize];
            max_words = max_words.max(k.bytes().filter(|&b| b == b' ').count() + 1);
            spans.push((keys.len() as u32, (keys.len() + k.len()) as u32));
            keys.push_str(k);
            heads.push(h);
            hits.push(hit);
        }
        let max_words = max_words.min(10);
        let first_names = rows(FIRST_NAMES).map(|r| r[0]).collect();
        let roles: HashSet<&'static str, Fnv> = rows(ROLES).map(|r| r[0]).collect();
        let max_role_words = roles.iter().map(|r| r.split([' ', '-']).count()).max().unwrap_or(1);
        let role_starts = roles.iter().filter_map(|r| r.split(' ').next()).collect();
        Gazetteer { keys, spans, heads, hits, max_words, first_names, roles, role_starts, max_role_words, persons_by_surname }
    }

    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(Gazetteer::build)
    }

    fn key(&self, i: usize) -> &[u8] {
        let (a, b) = self.spans[i];
        &self.keys.as_bytes()[a as usize..b as usize]
    }

    /// The index of the first key that is not less than `q`.
    fn search(&self, q: &[u8]) -> usize {
        let h = head(q);
        let mut lo = 0;
        let mut hi = self.heads.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            let less = match self.heads[mid].cmp(&h) {
                std::cmp::Ordering::Less => true,
                std::cmp::Ordering::Greater => false,
                std::cmp::Ordering::Equal => self.key(mid) < q,
            };
            if less {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    pub fn phrase(&self, key: &str) -> Option<&Hit> {
        let k = self.search(key.as_bytes());
        (k < self.hits.len() && self.key(k) == key.as_bytes()).then(|| &self.hits[k])
    }

    /// Some phrase key starts with `prefix` (as a string: `push_key` only ever appends).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let k = self.search(prefix.as_bytes());
        k < self.hits.len() && self.key(k).starts_with(prefix.as_bytes())
    }

    /// The listed spelling of a well-known person whose name `name` spells differently
    /// ("Sergei Lavrov" → "Sergey Lavrov"): same surname and word count, every given name
    /// a spelling variant. `None` when the name is listed as written or not at all.
    pub fn person_spelling(&self, name: &str) -> Option<&'static str> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let (&surname, given) = words.split_last()?;
        if given.is_empty() {
            return None;
        }
        self.persons_by_surname.get(&surname.to_lowercase())?.iter().copied().find(|listed| {
            let lw: Vec<&str> = listed.split_whitespace().collect();
            *listed != name
                && lw.len() == words.len()
                && lw[..lw.len() - 1].iter().zip(given).all(|(a, b)| super::merge::similar_given(a, b))
        })
    }

    /// `word` is the surname of a listed person ("Kerry", "Lavrov").
    pub fn is_listed_surname(&self, word: &str) -> bool {
        self.persons_by_surname.contains_key(&word.to_lowercase())
    }

    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// `word` (lowercase) can open a role phrase.
    pub fn starts_role(&self, word: &str) -> bool {
        self.role_starts.contains(word)
    }

    /// `key` is a lowercase role phrase ("secretary of state").
    pub fn is_role(&self, key: &str) -> bool {
        self.roles.contains(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_fold_to_the_listed_spelling() {
        assert_eq!(key_of("Zürich"), key_of("Zurich"));
        assert_eq!(key_of("São Paulo"), "sao paulo");
        assert_eq!(key_of("Łódź"), "lodz");
        assert_ne!(key_of("Zürich"), key_of("Zarich"));
    }

    fn sorted_body(data: &str) -> bool {
        let names: Vec<&str> = data.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').next().unwrap()).collect();
        names.windows(2).all(|w| w[0] <= w[1])
    }

    #[test]
    fn lists_are_sorted_and_sourced() {
        for data in [PLACES, ORGS, PERSONS, FIRST_NAMES, ROLES] {
            assert!(sorted_body(data));
            assert!(data.starts_with("# "), "header with source and licence");
            assert!(data.lines().take(3).any(|l| l.contains("MIT")));
        }
        let mut w = NORP_WORDS.to_vec();
        w.sort();
        assert_eq!(w, NORP_WORDS);
    }

    #[test]
    fn the_index_is_sorted_and_finds_every_key_and_prefix() {
        let g = Gazetteer::get();
        assert!(g.hits.len() > 3_000, "{} phrases", g.hits.len());
        for i in 0..g.hits.len() {
            let k = std::str::from_utf8(g.key(i)).unwrap();
            assert!(i == 0 || g.key(i - 1) < g.key(i), "unsorted or repeated at {k:?}");
            assert_eq!(g.heads[i], head(g.key(i)));
            assert!(std::ptr::eq(g.phrase(k).unwrap(), &g.hits[i]), "{k:?}");
            for (b, _) in k.char_indices() {
                assert!(g.has_prefix(&k[..b]), "prefix {:?} of {k:?}", &k[..b]);
            }
            // One byte past the key (a character no key holds) is no key and no prefix.
            let past = format!("{k}\u{1}");
            assert!(g.phrase(&past).is_none() && !g.has_prefix(&past));
        }
    }

    #[test]
    fn lookups() {
        let g = Gazetteer::get();
        let cases: &[(&str, EntityType, &str)] = &[
            ("U.S.", EntityType::Gpe, "United States"),
            ("United States", EntityType::Gpe, "United States"),
            ("Moscow", EntityType::Gpe, "Moscow"),
            ("Russian", EntityType::Norp, "Russian"),
            ("ISIS", EntityType::Org, "Islamic State"),
            ("al-Qaeda", EntityType::Org, "al-Qaeda"),
            ("Associate d Press", EntityType::Org, "Associated Press"),
            ("Middle East", EntityType::Loc, "Middle East"),
            ("Georgia", EntityType::Gpe, "Georgia"),
        ];
        for &(phrase, kind, canon) in cases {
            let hit = g.phrase(&key_of(phrase)).unwrap_or_else(|| panic!("{phrase} not found"));
            assert_eq!((hit.kind, hit.canon), (kind, canon), "{phrase}");
        }
        assert_eq!(g.phrase("moscow").unwrap().country, Some("Russia"));
        assert_eq!(g.phrase("russian").unwrap().country, Some("Russia"));
        assert!(g.is_first_name("Sergey") && g.is_first_name("John"));
        assert!(g.is_role("secretary of state") && g.is_role("foreign minister"));
        // Prefixes of phrases, as strings: "associate" leads to "associated press".
        let prefixes = [("united", true), ("united st", true), ("associate", true), ("zzzq", false), ("", true)];
        for (p, want) in prefixes {
            assert_eq!(g.has_prefix(p), want, "{p:?}");
        }
    }
}
