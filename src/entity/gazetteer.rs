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
    phrases: HashMap<String, Hit>,
    /// Well-known persons' full names by lowercase surname, in file order.
    persons_by_surname: HashMap<String, Vec<&'static str>>,
    /// The keys of `phrases`, sorted: a binary search tells whether any phrase starts with a
    /// given key, so a lookup stops extending as soon as no phrase can match (linear time).
    sorted_keys: Vec<String>,
    /// Longest phrase, in words.
    pub max_words: usize,
    first_names: HashSet<&'static str>,
    roles: HashSet<&'static str>,
    /// First words of roles, for a quick rejection.
    role_starts: HashSet<&'static str>,
    pub max_role_words: usize,
}

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn list(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.split(',').map(str::trim).filter(|a| !a.is_empty())
}

/// Appends one token's normalised form to `key` (see the module docs).
pub fn push_key(key: &mut String, token: &str) {
    let glue = !key.is_empty()
        && token.len() <= 2
        && token.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(token, "of" | "de" | "la" | "al" | "el" | "y" | "da" | "du" | "to" | "on" | "in" | "a" | "an" | "at" | "by" | "e");
    if !key.is_empty() && !glue {
        key.push(' ');
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
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !s.contains(' ') && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let mut phrases: HashMap<String, Hit> = HashMap::new();
        let mut add = |phrase: &'static str, hit: Hit| {
            let key = key_of(phrase);
            if key.is_empty() {
                return;
            }
            let hit = Hit { acronym: is_acronym(phrase), ..hit };
            // First entry wins: places, then organisations, persons, groups.
            phrases.entry(key).or_insert(hit);
        };
        // Places first, countries before the rest so "Georgia" stays the country.
        for pass in 0..2 {
            for r in rows(PLACES) {
                let (name, kind, parent) = (r[0], r.get(1).copied().unwrap_or(""), r.get(2).copied().unwrap_or(""));
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
                for a in list(r.get(3).copied().unwrap_or("")) {
                    add(a, hit);
                }
                let demonyms: Vec<&'static str> = list(r.get(4).copied().unwrap_or("")).collect();
                if let Some(&canon) = demonyms.first() {
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
            for a in list(r.get(1).copied().unwrap_or("")) {
                add(a, hit);
            }
        }
        let mut persons_by_surname: HashMap<String, Vec<&'static str>> = HashMap::new();
        for r in rows(PERSONS) {
            add(r[0], Hit { kind: EntityType::Person, canon: r[0], country: None, acronym: false, lowercase_ok: false, local: false });
            let words: Vec<&str> = r[0].split_whitespace().collect();
            if words.len() >= 2 {
                persons_by_surname.entry(words[words.len() - 1].to_lowercase()).or_default().push(r[0]);
            }
        }
        for &w in NORP_WORDS {
            let lower = w.starts_with(char::is_lowercase);
            add(w, Hit { kind: EntityType::Norp, canon: w, country: None, acronym: false, lowercase_ok: lower, local: false });
        }
        let max_words = phrases.keys().map(|k| k.split(' ').count()).max().unwrap_or(1).min(10);
        let first_names = rows(FIRST_NAMES).map(|r| r[0]).collect();
        let roles: HashSet<&'static str> = rows(ROLES).map(|r| r[0]).collect();
        let max_role_words = roles.iter().map(|r| r.split([' ', '-']).count()).max().unwrap_or(1);
        let role_starts = roles.iter().filter_map(|r| r.split(' ').next()).collect();
        let mut sorted_keys: Vec<String> = phrases.keys().cloned().collect();
        sorted_keys.sort_unstable();
        Gazetteer { phrases, sorted_keys, max_words, first_names, roles, role_starts, max_role_words, persons_by_surname }
    }

    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(Gazetteer::build)
    }

    pub fn phrase(&self, key: &str) -> Option<&Hit> {
        self.phrases.get(key)
    }

    /// Some phrase key starts with `prefix` (as a string: `push_key` only ever appends).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let k = self.sorted_keys.partition_point(|k| k.as_str() < prefix);
        self.sorted_keys.get(k).is_some_and(|k| k.starts_with(prefix))
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
