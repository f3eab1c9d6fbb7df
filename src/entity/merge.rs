//! Merging candidate mentions into one group per real-world referent.
//!
//! Passes, in order:
//! 1. `keys`: a gazetteer canonical name (`U.S.` → United States, `ISIS` → Islamic State) or
//!    the normalised text is the first key;
//! 2. `retype_defaults`: a name typed only by default takes the type it has elsewhere with
//!    better evidence;
//! 2b. `one_kind_per_name`: a name written the same way takes one type across the article
//!    (its most frequent; ORG for a lone word read as an organisation somewhere and as a person
//!    or place elsewhere), so that "Toyota" is one entity whatever each context made of it;
//! 3. `transliterations`: full names with the same surname and similar given names
//!    (Sergey/Sergei Lavrov: edit distance ≤ 2 or the same first four letters) are one person;
//! 4. `surnames`: a one-word name equal to a person's surname is that person (Kerry → John
//!    Kerry; with several, the nearest full mention before it, else the first), also when the
//!    tagger read it as an event or a group (not a listed one); a one-word person equal to
//!    no surname but to the given name of one person only is that person (Anna → Anna Wintour;
//!    a word of any type that opens a listed person's full name, and no other person's, too:
//!    Tiger → Tiger Woods); a surname in capitals is the person of the running text's name
//!    (HALLORAN → Dermot Halloran);
//!    A lone word opening an organisation's name whose other words only say what kind of body
//!    it is ("Samsung" → Samsung Electronics) is that organisation;
//! 5. `acronyms`: an all-capitals word equal to the initials of an organisation's name;
//! 6. grouping by key, in order of first mention. Groups made only of weak (headline)
//!    candidates are dropped.
//!
//! The candidates come from the body, the title and the captions together (`texts` gives
//! each one's text), so a name in a caption and its surname in the body are one group.
//! After grouping, [`title_anaphora`] adds "the secretary"-style mentions to the one person
//! holding that role.
//!
//! The name of a group is the gazetteer's canonical name when it has one, otherwise its most
//! complete surface form (most words, then a form with lowercase letters before one in
//! capitals, then most characters, then first seen).

use crate::words::Words;
use crate::case::Lowercase as _;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::gazetteer::{key_of, push_key_from};
use super::model::FastSet;
use super::recognize::{suffix_bit, Candidate, Evidence};
use crate::clean::repair::{StrHasher, StrMap};
use super::Field;
use crate::span::Span;
use crate::token::{Kind, Token};
use crate::EntityType;

#[derive(Clone, Debug)]
pub struct Group {
    pub kind: EntityType,
    pub name: String,
    /// Candidate indices, in text order.
    pub members: Vec<usize>,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    /// Country this group stands for (capital, demonym), by canonical name.
    pub country: Option<&'static str>,
    /// Group of the place or demonym in a person's title.
    pub role_of: Option<usize>,
    pub canon: Option<&'static str>,
}

/// The new index of each kept item once the others are dropped (`None` for dropped ones), for
/// remapping indices such as `role_of`.
pub(crate) fn renumber(keep: &[bool]) -> Vec<Option<usize>> {
    // (Loops rather than iterator chains in this module: see `merge`.)
    let mut next = 0;
    let mut out = Vec::with_capacity(keep.len());
    for &kept in keep {
        out.push(if kept { Some(next) } else { None });
        next += usize::from(kept);
    }
    out
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// Whether the words are shaped like a person's full name: two or three capitalised words
/// of letters, none saying what kind of body or place it is, the first no listed place, body
/// or group ("Garrison Keillor"; not "Jordan Aluminium", "Toyota Motor").
#[cfg_attr(size_attrs, optimize(size))] // (session 26: per mention)
fn name_like(w: &[&str]) -> bool {
    let gaz = super::gazetteer::Gazetteer::get();
    let mut like = (2..=3).contains(&w.len());
    for t in w {
        let b = t.as_bytes();
        like &= b[0].is_ascii_uppercase() && b[1..].iter().any(u8::is_ascii_lowercase) && t.chars().all(char::is_alphabetic) && !super::recognize::named_by(t);
    }
    like && gaz.phrase(&w[0].lower()).is_none_or(|h| h.kind == EntityType::Person)
}

fn strength(e: Evidence) -> u8 {
    match e {
        Evidence::Gazetteer => 2,
        Evidence::Rule => 1,
        Evidence::Default => 0,
    }
}

/// Levenshtein distance over chars, for short words (longer inputs are compared on a prefix).
#[cfg_attr(size_attrs, optimize(size))]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(32).collect();
    let b: Vec<char> = b.chars().take(32).collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The acronym of a person's name: the initial of each word ("bin" too) and of each part of a
/// hyphenated word ("Ocasio-Cortez"), in capitals; empty unless three to five ASCII letters.
pub(crate) fn person_acronym(name: &str) -> String {
    let mut out = String::new();
    // A suffix ending the name ("Jr.", "III") is no initial: "RFK" of Robert F. Kennedy Jr.
    let name = name.trim_end();
    let name = match name.rfind(char::is_whitespace) {
        Some(k) if suffix_bit(name[k..].trim_start().trim_end_matches(',')) != 0 => name[..k].trim_end_matches(','),
        _ => name,
    };
    for part in name.split(|c: char| c.is_whitespace() || c == '-') {
        out.extend(part.chars().next().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()));
    }
    if !(3..=5).contains(&out.len()) || !out.is_ascii() {
        out.clear();
    }
    out
}

/// A surname's spelling skeleton: the spellings that transliterations of one name differ by
/// made one ("Zelensky", "Zelenskiy" and "Zelenskyy"; "Gaddafi" and "Gadhafi"; "Shoigu" and
/// "Shoygu"; "Phillips" and "Philips"): lowercase and without diacritics, apostrophes or
/// hyphens, y as i, q as k, kh, dh and gh as k, d and g, ph as f, ou as u, ck as k, and a run
/// of one letter as one. Words under five letters are their own skeleton ("Li", "Lee", "Kim").
#[cfg_attr(size_attrs, optimize(size))]
fn skeleton(word: &str) -> String {
    let mut key = String::new();
    push_key_from(&mut key, 0, word);
    if key.len() < 5 || !key.is_ascii() {
        return key;
    }
    let b = key.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let next = b.get(i + 1).copied();
        let (c, step) = match (b[i], next) {
            (b'k' | b'd' | b'g', Some(b'h')) | (b'o', Some(b'u')) => (if b[i] == b'o' { b'u' } else { b[i] }, 2),
            (b'p', Some(b'h')) => (b'f', 2),
            (b'c', Some(b'k')) | (b'q', _) => (b'k', 1 + usize::from(b[i] == b'c')),
            (b'y', _) => (b'i', 1),
            (b'\'' | b' ' | b'.', _) => (0, 1),
            (c, _) => (c, 1),
        };
        if c != 0 && out.as_bytes().last() != Some(&c) {
            out.push(c as char);
        }
        i += step;
    }
    out
}

/// Middle names or initials that may be one person's ("W." and "Walker"; not "W." and "H.W.":
/// George W. Bush is not George H.W. Bush).
fn same_middle(a: &str, b: &str) -> bool {
    let initial = |s: &str| s.len() <= 2 && s.ends_with('.') || s.len() == 1;
    if initial(a) || initial(b) {
        a.chars().next() == b.chars().next()
    } else {
        similar_given(a, b)
    }
}

/// Common English short forms of given names, as `short:full` (lowercase). Sorted.
const NICKNAMES: Words = Words("al:alan|al:albert|al:alfred|alex:alexander|alex:alexandra|andy:andrew|ben:benjamin|bernie:bernard|beth:elizabeth|betty:elizabeth|bill:william|billy:william|bob:robert|bobby:robert|cathy:catherine|charlie:charles|chris:christine|chris:christopher|chuck:charles|dan:daniel|danny:daniel|dave:david|debbie:deborah|dick:richard|don:donald|ed:edward|eddie:edward|fred:frederick|greg:gregory|hank:henry|harry:henry|jake:jacob|jeff:jeffrey|jenny:jennifer|jerry:gerald|jim:james|jimmy:james|joe:joseph|joey:joseph|johnny:john|jon:jonathan|josh:joshua|kate:katherine|kathy:katherine|ken:kenneth|kenny:kenneth|larry:lawrence|liz:elizabeth|maggie:margaret|matt:matthew|meg:margaret|mick:michael|mickey:michael|mike:michael|nate:nathan|nick:nicholas|pat:patricia|pat:patrick|peggy:margaret|pete:peter|phil:philip|rick:richard|ricky:richard|rob:robert|ron:ronald|ronnie:ronald|sam:samuel|sandy:sandra|steve:stephen|steve:steven|sue:susan|ted:edward|ted:theodore|terry:terence|tim:timothy|tom:thomas|tommy:thomas|tony:anthony|vicky:victoria|vince:vincent|will:william|zach:zachary");

/// Whether one given name is a common short form of the other ("Mike" and "Michael", "Ted"
/// and "Edward", "Bill" and "William").
fn nickname(a: &str, b: &str) -> bool {
    let (la, lb) = (a.lower(), b.lower());
    la.len() + lb.len() < 24 && (NICKNAMES.has(&format!("{la}:{lb}")) || NICKNAMES.has(&format!("{lb}:{la}")))
}

/// Given names that may be spellings of one name: a short form that opens the other ("Jess",
/// "Jessica"), or a letter apart in names of five letters or more ("Sergey", "Sergei"), two in
/// names of seven or more ("Mohammed", "Muhammad"). Short names a letter or two apart are
/// other names ("Luke" and "Lucy", "Mark" and "Mary", "Jon" and "John").
#[cfg_attr(size_attrs, optimize(size))] // (session 26: per name pair)
pub fn similar_given(a: &str, b: &str) -> bool {
    let (la, lb) = (a.lower(), b.lower());
    if la == lb {
        return true;
    }
    let shorter = la.chars().count().min(lb.chars().count());
    shorter >= 4 && (la.starts_with(&lb) || lb.starts_with(&la)) || shorter >= 5 && edit_distance(&la, &lb) <= 1 + usize::from(shorter >= 7)
}

#[cfg_attr(size_attrs, optimize(size))]
fn initials(name: &str) -> String {
    let mut out = String::new();
    for w in name.split_whitespace() {
        if let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) {
            out.push(c);
        }
    }
    out
}

fn kind_tag(k: EntityType) -> &'static str {
    k.as_str()
}

/// Owned string keys to dense ids, with the crate's fast hasher: the one owned-key map type of
/// the crate (clean::html's tag counts are the same type), so its hash-table code is shared.
/// The maps of this module are only looked up, never iterated: their order never reaches
/// the output.
type Interner = HashMap<Box<str>, u32, BuildHasherDefault<StrHasher>>;

/// The id of `key` in `ids` (the next id, `*next`, when new).
fn intern(ids: &mut Interner, key: &str, next: u32) -> u32 {
    match ids.get(key) {
        Some(&id) => id,
        None => {
            ids.insert(key.into(), next);
            next
        }
    }
}

/// Lists of candidate indices keyed by a word: list ids in a `StrMap<u32>` (the crate's one
/// borrowed-key map type, so a `Vec`-valued map does not bring its own copy of the hash-table
/// code) and the lists themselves. Only looked up, never iterated.
#[derive(Default)]
struct Lists<'a> {
    ids: StrMap<'a, u32>,
    lists: Vec<Vec<u32>>,
}

impl<'a> Lists<'a> {
    /// The list of `key`, empty when new.
    fn entry(&mut self, key: &'a str) -> &mut Vec<u32> {
        let next = self.lists.len() as u32;
        let id = *self.ids.entry(key).or_insert(next) as usize;
        if id == self.lists.len() {
            self.lists.push(Vec::new());
        }
        &mut self.lists[id]
    }

    fn get(&self, key: &str) -> Option<&[u32]> {
        self.ids.get(key).map(|&id| self.lists[id as usize].as_slice())
    }
}

/// Interned merge keys with class merging: `from` → `to` rewrites every key equal to `from`
/// (union-find over key ids; a root's string is the key of its class).
struct Keys {
    ids: Interner,
    parent: Vec<usize>,
}

impl Keys {
    fn intern(&mut self, key: String) -> usize {
        let next = self.parent.len();
        let id = intern(&mut self.ids, &key, next as u32) as usize;
        if id == next {
            self.parent.push(id);
        }
        id
    }

    fn find(&mut self, mut id: usize) -> usize {
        while self.parent[id] != id {
            self.parent[id] = self.parent[self.parent[id]];
            id = self.parent[id];
        }
        id
    }
}

/// Groups the candidates. `texts[i]` is the text candidate `i` was found in (the body, the
/// title or a caption: one article's candidates merge together, whatever field they are in).
///
/// Every pass is linear in the candidates (maps built once, keyed by normalised surface,
/// surname, initials); the tie-breaking is that of the pass descriptions above.
#[cfg_attr(size_attrs, optimize(size))]
pub fn merge(texts: &[&str], cands: &[Candidate]) -> Vec<Group> {
    let n = cands.len();
    // Loops rather than iterator chains here and below: a closure given to `map` or `filter`
    // is compiled apart, at the crate's opt-level, outside this function's `optimize(size)`.
    let mut kinds: Vec<EntityType> = Vec::with_capacity(n);
    let mut surfaces: Vec<&str> = Vec::with_capacity(n);
    for (c, t) in cands.iter().zip(texts) {
        kinds.push(c.kind);
        surfaces.push(c.span.of(t));
    }
    let mut keys = Keys { ids: Interner::default(), parent: Vec::new() };
    // Pass 1: keys (as ids into `keys`; the current key of candidate i is find(label[i])).
    let mut label: Vec<usize> = Vec::with_capacity(n);
    let mut surface_keys: Vec<Option<String>> = vec![None; n];
    for (i, c) in cands.iter().enumerate() {
        // A newspaper's or a work's "The" kept in its mention ("reviewed in The New York Times",
        // `recognize::encyclopaedic`) is no part of its key: one entity with "the New York Times".
        let bare_the = surfaces[i].strip_prefix("The ").filter(|r| matches!(c.kind, EntityType::Org | EntityType::Event | EntityType::Misc) && r.starts_with(char::is_uppercase));
        let sk = key_of(bare_the.unwrap_or(surfaces[i]));
        // "TYPE:key" of the canonical name, else of the surface.
        let mut key = String::with_capacity(sk.len() + 8);
        key.push_str(kind_tag(c.kind));
        key.push(':');
        match c.canon {
            Some(canon) => {
                let start = key.len();
                for w in canon.split_whitespace() {
                    push_key_from(&mut key, start, w);
                }
            }
            None => key.push_str(&sk),
        }
        label.push(keys.intern(key));
        surface_keys[i] = Some(sk);
    }
    let skey = |i: usize| surface_keys[i].as_deref().unwrap_or("");
    // Pass 2: defaults take the type seen elsewhere with better evidence (the strongest,
    // then the first). Only defaults change here, so the sources are fixed.
    // Each surface key as a dense id (`sid`), for this pass and the next.
    let mut ids: StrMap<u32> = StrMap::default();
    let mut sid: Vec<u32> = Vec::with_capacity(n);
    for i in 0..n {
        let next = ids.len() as u32;
        sid.push(*ids.entry(skey(i)).or_insert(next));
    }
    let mut better = vec![u32::MAX; ids.len()];
    for j in 0..n {
        if cands[j].evidence == Evidence::Default || cands[j].canon.is_some() {
            continue;
        }
        let e = &mut better[sid[j] as usize];
        if *e == u32::MAX || strength(cands[j].evidence) > strength(cands[*e as usize].evidence) {
            *e = j as u32;
        }
    }
    // The last words of names shaped like a person's full name ("Keillor" of "Garrison
    // Keillor"): a surname, whose readings as a body or place are the tagger's noise, not a
    // company's (here and in `one_kind_per_name`).
    let mut surnames: FastSet<&str> = FastSet::default();
    for s in &surfaces {
        let w = words(s);
        if name_like(&w) {
            surnames.insert(w[w.len() - 1]);
        }
    }
    for i in 0..n {
        if cands[i].evidence != Evidence::Default {
            continue;
        }
        let j = better[sid[i] as usize] as usize;
        // Such a surname left to the rules as a person (the tagger unsure) stays one, whatever
        // type another mention of it got: "Keillor said" is Garrison Keillor's, though the
        // tagger read "Keillor" in a photo credit as an organisation.
        if kinds[i] == EntityType::Person && surnames.contains(surfaces[i]) {
            continue;
        }
        if j < n {
            kinds[i] = kinds[j];
            label[i] = label[j];
        }
    }
    one_kind_per_name(cands, &surfaces, &surnames, &surface_keys, &sid, ids.len(), &mut kinds, &mut label);
    // Pass 3: transliterations among full person names. Only names with the same surname and
    // number of words can pair; a name equal to an earlier one in (given name, gazetteer
    // canon, key) behaves exactly as that one did, so only the first of each is compared,
    // in the original order (later, earlier).
    // A name first written with its suffix ("Jr", "Sr.", "III") is the same name written
    // without it later: "Keith Davis Jr. ... Keith Davis", unless the text names two of the
    // family (two suffixes for one surname: "Keith Davis Sr" too). Not the other way round:
    // "Michael Brown ... his father, Michael Brown Sr." are two persons.
    // The suffixes each surname has (bits of `suffix_bit`).
    let mut suffixes: StrMap<u32> = StrMap::default();
    for i in 0..n {
        let wi = words(surfaces[i]);
        if kinds[i] == EntityType::Person && wi.len() > 2 && suffix_bit(wi[wi.len() - 1]) != 0 {
            *suffixes.entry(wi[wi.len() - 2]).or_insert(0) |= suffix_bit(wi[wi.len() - 1]);
        }
    }
    // By surname (a bucket holds every word count; only equal counts pair), spelled any way
    // that transliterates one name ("Volodymyr Zelensky", "Volodymyr Zelenskyy": `skeleton`).
    let skeletons: Vec<String> = (0..n)
        .map(|i| {
            let w = words(surfaces[i]);
            let (w, _) = without_suffix(&w);
            if kinds[i] == EntityType::Person && w.len() >= 2 { skeleton(w[w.len() - 1]) } else { String::new() }
        })
        .collect();
    let mut buckets = Lists::default();
    for i in 0..n {
        if kinds[i] != EntityType::Person {
            continue;
        }
        let wi = words(surfaces[i]);
        if wi.len() < 2 {
            continue;
        }
        let count = wi.len();
        let (wi, si) = without_suffix(&wi);
        let last = wi[wi.len() - 1];
        let bucket = buckets.entry(&skeletons[i]);
        // Every name that got this far is in its surname's bucket: one there already with the
        // same (word count, canon or not, given name, key) makes this one a repeat.
        let canon = cands[i].canon.is_some();
        let mut repeat = false;
        for &j in bucket.iter() {
            let j = j as usize;
            if label[j] == label[i] && cands[j].canon.is_some() == canon && surfaces[j].split_whitespace().next() == Some(wi[0]) && surfaces[j].split_whitespace().count() == count {
                repeat = true;
                break;
            }
        }
        if repeat {
            continue;
        }
        for &j in bucket.iter() {
            let j = j as usize;
            let wj = words(surfaces[j]);
            let (wj, sj) = without_suffix(&wj);
            if wj.len() != wi.len() || si != sj && (si != 0 || suffixes.get(last).is_some_and(|b| b.count_ones() > 1)) {
                continue;
            }
            let (ki, kj) = (keys.find(label[i]), keys.find(label[j]));
            if ki != kj && (similar_given(wi[0], wj[0]) || nickname(wi[0], wj[0])) && (1..wi.len() - 1).all(|k| same_middle(wi[k], wj[k])) {
                // Prefer the key with a gazetteer canon, else the earlier one.
                let (from, to) = if cands[i].canon.is_some() && cands[j].canon.is_none() { (kj, ki) } else { (ki, kj) };
                keys.parent[from] = to;
            }
        }
        bucket.push(i as u32);
    }
    for l in label.iter_mut() {
        *l = keys.find(*l);
    }
    // Pass 3c: a person's name written shorter. A name of two words or more that ends a longer
    // one ("Van Susteren" of "Greta Van Susteren", "Paler Lin" of "Josh Paler Lin"), or that
    // the longer one holds with middle names between the same first and last words ("Steven
    // Sotloff" of "Steven Joel Sotloff"), is that person when only one person's name holds it
    // so ("George Bush" stays apart when the text names George W. and George H.W. Bush). The
    // longer name opens with a listed given name, and the ending one does not ("Harvey
    // Weinstein" of "Add Harvey Weinstein", "Graydon Carter" of "Chief Graydon Carter": a word
    // stuck to the name); the middle names come between a listed given name and the surname
    // ("St. Paul" is not "St. John Paul"). Names with a suffix are left to pass 3. Compared
    // within a surname's distinct spellings, up to 64 of them.
    let gaz = super::gazetteer::Gazetteer::get();
    let mut by_last = Lists::default();
    let mut seen: StrMap<u32> = StrMap::default();
    for i in 0..n {
        if kinds[i] != EntityType::Person || seen.insert(surfaces[i], 0).is_some() {
            continue;
        }
        let w = words(surfaces[i]);
        let (w, s) = without_suffix(&w);
        if w.len() >= 2 && s == 0 {
            by_last.entry(w[w.len() - 1]).push(i as u32);
        }
    }
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    for list in by_last.lists.iter().filter(|l| (2..=64).contains(&l.len())) {
        for &i in list {
            let i = i as usize;
            let wi = words(surfaces[i]);
            let mut target: Option<usize> = None;
            let mut two = false;
            for &j in list {
                let j = j as usize;
                let wj = words(surfaces[j]);
                if wj.len() <= wi.len() {
                    continue;
                }
                // (Nor a longer one that writes the surname twice: two names run together,
                // "Walter Tarasiuk Alec W. Tarasiuk".)
                if wj[..wj.len() - 1].iter().any(|w| same(w, wi[wi.len() - 1])) {
                    continue;
                }
                let tail = wi.iter().zip(&wj[wj.len() - wi.len()..]).all(|(a, b)| same(a, b)) && !gaz.is_first_name(wi[0]) && gaz.is_first_name(wj[0]);
                // (The middle words in order: each of the short name's matched after the last.)
                let middle = same(wi[0], wj[0]) && gaz.is_first_name(wi[0]) && {
                    let mut k = 1;
                    wi[1..wi.len() - 1].iter().all(|m| {
                        while k < wj.len() - 1 && !same(wj[k], m) {
                            k += 1;
                        }
                        k += 1;
                        k < wj.len()
                    })
                };
                if tail || middle {
                    let l = keys.find(label[j]);
                    two |= target.is_some_and(|t| t != l);
                    target = Some(l);
                }
            }
            if let Some(t) = target.filter(|_| !two) {
                let from = keys.find(label[i]);
                if from != t {
                    keys.parent[from] = t;
                }
            }
        }
    }
    for l in label.iter_mut() {
        *l = keys.find(*l);
    }
    // Pass 3b: a full name the tagger read as some other type is a person's when its last word
    // is, alone, a person elsewhere in the text ("Rosaly Vantreck" read as an organisation,
    // then "Vantreck said"): it then owns that surname below. Not a listed name, nor one with
    // a body's, place's or event's word ("Vantreck Institute", "Vantreck Bay").
    // So is one that opens with a given name when its last word recurs alone read as any
    // name but a listed one ("Orla Vantreck" an organisation, "Vantreck said" an event).
    // The lone words: 1 where one is a person, else 0 (`u32`: the map type used elsewhere).
    let mut lone_persons: StrMap<u32> = StrMap::default();
    for j in 0..n {
        if !surfaces[j].contains(char::is_whitespace) && named(kinds[j]) && (kinds[j] == EntityType::Person || cands[j].evidence != Evidence::Gazetteer) {
            *lone_persons.entry(surfaces[j]).or_insert(0) |= u32::from(kinds[j] == EntityType::Person);
        }
    }
    for i in 0..n {
        if kinds[i] == EntityType::Person || cands[i].evidence == Evidence::Gazetteer || cands[i].canon.is_some() {
            continue;
        }
        let w = words(surfaces[i]);
        if name_like(&w) && lone_persons.get(w[w.len() - 1]).is_some_and(|&p| p != 0 || gaz.is_first_name(w[0])) {
            kinds[i] = EntityType::Person;
        }
    }
    // Pass 4: surnames. The owners (multi-word persons) never change in this pass.
    let mut owners = Lists::default();
    // Korean and Chinese names put the family name first ("Kim Jong Un", "Moon Jae-in"): the
    // one that stands alone later ("Kim"). Consulted when no name ends with the word.
    let mut families = Lists::default();
    for j in 0..n {
        let sj = surfaces[j];
        if kinds[j] == EntityType::Person && sj.contains(char::is_whitespace) {
            let w = words(sj);
            if family_first(&w, gaz) {
                families.entry(w[0]).push(j as u32);
            }
            // The surname before a name's suffix ("King" of "Martin Luther King Jr").
            let suffixed = w.len() > 2 && super::recognize::name_suffix(w[w.len() - 1]);
            if let Some(&last) = w.get(w.len() - 1 - usize::from(suffixed)) {
                owners.entry(last).push(j as u32);
                // A surname with its Arabic article is the person without it too ("Baghdadi"
                // after "Abu Bakr al-Baghdadi").
                if super::recognize::arabic_article(last) {
                    owners.entry(&last[3..]).push(j as u32);
                }
            }
        }
    }
    // The owners by their surname's `skeleton`, consulted when no owner has the surname as
    // written: "Zelenskiy said" after "Volodymyr Zelensky" (built only for surnames that have
    // one: five letters or more).
    let owner_skeletons: Vec<(String, u32)> = (0..n)
        .filter(|&j| kinds[j] == EntityType::Person && surfaces[j].contains(char::is_whitespace))
        .map(|j| {
            let w = words(surfaces[j]);
            let (w, _) = without_suffix(&w);
            (skeleton(w[w.len() - 1]), j as u32)
        })
        .filter(|(k, _)| k.len() >= 5)
        .collect();
    let mut variants = Lists::default();
    for (k, j) in &owner_skeletons {
        variants.entry(k.as_str()).push(*j);
    }
    // Listed places the text writes after a place's word somewhere ("in Jordan"; not "in
    // Jordan's film").
    let mut placed: StrMap<u32> = StrMap::default();
    for i in 0..n {
        let after = texts[i][cands[i].span.end..].trim_start();
        if kinds[i] == EntityType::Gpe && super::recognize::after_place_word(&texts[i][..cands[i].span.start]) && !after.starts_with("'s") && !after.starts_with("’s") {
            placed.insert(surfaces[i], 0);
        }
    }
    let mut decided: StrMap<u32> = StrMap::default();
    for i in 0..n {
        let s = surfaces[i];
        let single = !s.contains(char::is_whitespace);
        let eligible = single
            && (kinds[i] == EntityType::Person || cands[i].evidence != Evidence::Gazetteer)
            // A surname the tagger read as an event or a group ("Brown" of "Michael Brown",
            // "Nashiri" by its ending) is the person too.
            && (matches!(kinds[i], EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc)
                || matches!(kinds[i], EntityType::Event | EntityType::Misc | EntityType::Norp) && cands[i].evidence != Evidence::Gazetteer)
            && !s.chars().all(|c| !c.is_lowercase());
        // So is a listed country or city that a person of the text has as a surname ("Trevor
        // Holland, 52, ... Holland was moved", "actor Denzel Washington ... and Washington
        // thanked his family"), when the text never writes it after "in", "to", "from" and the
        // like (then it is the place there too).
        let eligible = eligible || single && kinds[i] == EntityType::Gpe && !placed.contains_key(s);
        if !eligible {
            continue;
        }
        // The one person of that surname, else the listed one, else the one named first: in
        // news a relative or namesake introduced later goes by the given name ("Bernie Sanders
        // ... his wife Jane Sanders ... Sanders said"). Not the nearest.
        // (Decided once per surname: the owners' labels do not change in this pass.)
        let variant = || if s.len() >= 5 && kinds[i] == EntityType::Person { variants.get(&skeleton(s)) } else { None };
        if let Some(list) = owners.get(s).or_else(|| families.get(s)).or_else(variant) {
            let d = *decided.entry(s).or_insert_with(|| owner(list, &label, cands));
            if let Some(j) = if d == u32::MAX { nearest(list, i) } else { Some(d as usize) } {
                kinds[i] = EntityType::Person;
                label[i] = label[j];
            }
        }
    }
    // Pass 4 in capitals: a surname in a line in capitals ("INCE EXPOSED BY GASCOIGNE'S LATEST
    // PRANK" above "Paul Ince" and "Paul Gascoigne") is that person too, whatever the tagger
    // read there; not a listed name ("NATO"). Owners by their surname in ASCII capitals, built
    // only when such a word is there.
    let caps = |s: &str| s.len() >= 3 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'\'' || b == b'-');
    if (0..n).any(|i| caps(surfaces[i]) && cands[i].evidence != Evidence::Gazetteer) {
        let mut upper: Interner = Interner::default();
        let mut lists: Vec<Vec<u32>> = Vec::new();
        for j in 0..n {
            let w = words(surfaces[j]);
            if kinds[j] == EntityType::Person && w.len() >= 2 && !caps(w[w.len() - 1]) {
                let id = intern(&mut upper, &w[w.len() - 1].to_ascii_uppercase(), lists.len() as u32) as usize;
                if id == lists.len() {
                    lists.push(Vec::new());
                }
                lists[id].push(j as u32);
            }
        }
        for i in 0..n {
            if !caps(surfaces[i]) || cands[i].evidence == Evidence::Gazetteer || !named(kinds[i]) {
                continue;
            }
            if let Some(j) = upper.get(surfaces[i]).and_then(|&id| nearest(&lists[id as usize], i)) {
                kinds[i] = EntityType::Person;
                label[i] = label[j];
            }
        }
    }
    // Pass 4a: a lone given name that no person has as a surname is the one person of the
    // article named with it first ("Anna" → Anna Wintour; not when two persons share it).
    // (Labels as `u32`, `u32::MAX` for two persons: the map type of `ids` above.)
    let mut given: StrMap<u32> = StrMap::default();
    for j in 0..n {
        let w = words(surfaces[j]);
        if kinds[j] == EntityType::Person && w.len() >= 2 {
            let l = given.entry(w[0]).or_insert(label[j] as u32);
            if *l != label[j] as u32 {
                *l = u32::MAX;
            }
        }
    }
    // So is a lone word of any type that opens a listed person's full name in the text, the
    // only person's it opens ("Tiger" read as a company after "Tiger Woods"; not "David" with
    // David Cameron and David Haines).
    let mut listed_given: StrMap<u32> = StrMap::default();
    for j in 0..n {
        let w = words(surfaces[j]);
        if kinds[j] == EntityType::Person && cands[j].evidence == Evidence::Gazetteer && w.len() >= 2 {
            let l = listed_given.entry(w[0]).or_insert(label[j] as u32);
            if *l != label[j] as u32 {
                *l = u32::MAX;
            }
        }
    }
    // So is a lone word opening a person's name of three words or more that opens with no
    // listed given name ("Tedros" after "Tedros Adhanom Ghebreyesus": the first word is the
    // short form), when it says something somewhere ("Tedros said"; not after a place's
    // word: "witnesses in Iguala say").
    let gaz = super::gazetteer::Gazetteer::get();
    let mut long_given: StrMap<u32> = StrMap::default();
    let mut speakers: FastSet<&str> = FastSet::default();
    for j in 0..n {
        let w = words(surfaces[j]);
        if kinds[j] == EntityType::Person && w.len() >= 3 && cands[j].evidence != Evidence::Gazetteer && !gaz.is_first_name(w[0]) {
            let l = long_given.entry(w[0]).or_insert(label[j] as u32);
            if *l != label[j] as u32 {
                *l = u32::MAX;
            }
        }
        let after = texts[j][cands[j].span.end..].trim_start();
        if w.len() == 1 && ["said ", "says ", "told "].iter().any(|v| after.starts_with(v)) && !super::recognize::after_place_word(&texts[j][..cands[j].span.start]) {
            speakers.insert(surfaces[j]);
        }
    }
    for (s, l) in long_given.iter() {
        if speakers.contains(s) && *l != u32::MAX {
            listed_given.entry(s).or_insert(*l);
        }
    }
    for i in 0..n {
        let s = surfaces[i];
        if s.contains(char::is_whitespace) || owners.get(s).is_some() || families.get(s).is_some() {
            continue;
        }
        let by_list = listed_given.get(s).filter(|&&l| l != u32::MAX && named(kinds[i]) && cands[i].evidence != Evidence::Gazetteer && given.get(s) != Some(&u32::MAX));
        if let Some(&l) = by_list {
            kinds[i] = EntityType::Person;
            label[i] = l as usize;
        } else if kinds[i] == EntityType::Person {
            if let Some(&l) = given.get(s).filter(|&&l| l != u32::MAX) {
                label[i] = l as usize;
            }
        }
    }
    // Pass 4b: a company's short name. A lone word no list knows that opens an
    // organisation's name whose other words only say what kind of body it is ("Samsung" after
    // "Samsung Electronics", "Darvex" after "Darvex Holdings") is that organisation: the
    // nearest such name before it, else the first after it.
    // A listed one too when the other words are only its legal form ("Comcast" after "Comcast
    // Corp"; not "Apple" after "Apple Records").
    let mut companies = Lists::default();
    let mut legal = Lists::default();
    for j in 0..n {
        let w = words(surfaces[j]);
        if kinds[j] == EntityType::Org && w.len() >= 2 && cands[j].evidence != Evidence::Default && w[1..].iter().all(|t| super::recognize::ORG_TAILS.has(t)) {
            companies.entry(w[0]).push(j as u32);
            if w[1..].iter().all(|t| LEGAL_FORMS.has(t.trim_end_matches('.'))) {
                legal.entry(w[0]).push(j as u32);
            }
        }
    }
    for i in 0..n {
        let s = surfaces[i];
        // A person's surname stays the person's ("Weinstein denied" with Harvey Weinstein
        // and the Weinstein Company in the text).
        if s.contains(char::is_whitespace) || !matches!(kinds[i], EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc) || owners.get(s).is_some() {
            continue;
        }
        let listed = cands[i].evidence == Evidence::Gazetteer;
        if listed && kinds[i] != EntityType::Org {
            continue;
        }
        if let Some(j) = if listed { &legal } else { &companies }.get(s).and_then(|list| nearest(list, i)) {
            kinds[i] = EntityType::Org;
            label[i] = label[j];
        }
    }
    // Pass 4c: a body's head word. A lone word that says what kind of body a longer name is
    // ("the Observatory" after "Syrian Observatory for Human Rights", "the Post" after "Washington
    // Post") is that body when one body of the text has it; with two ("Washington Post", "New
    // York Post") it is left alone.
    let mut heads: StrMap<u32> = StrMap::default();
    for j in 0..n {
        let w = words(surfaces[j]);
        // The head: the word before the first connector, else the last ("Parliament Hill" has
        // none: its last word is no body's).
        let head = w.iter().position(|t| matches!(*t, "of" | "for" | "on")).map_or(w.last(), |k| k.checked_sub(1).and_then(|k| w.get(k)));
        if let Some(t) = head.filter(|t| w.len() >= 2 && kinds[j] == EntityType::Org && (super::recognize::ORG_TAILS.has(t) || super::recognize::ORG_HEADS.has(t))) {
            let l = heads.entry(t).or_insert(label[j] as u32);
            if *l != label[j] as u32 {
                *l = u32::MAX;
            }
        }
    }
    for i in 0..n {
        let s = surfaces[i];
        if cands[i].evidence == Evidence::Gazetteer || s.contains(char::is_whitespace) || !matches!(kinds[i], EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc) {
            continue;
        }
        if let Some(&l) = heads.get(s).filter(|&&l| l != u32::MAX) {
            kinds[i] = EntityType::Org;
            label[i] = l as usize;
        }
    }
    // Pass 5: acronyms: the first organisation of two or more words with those initials.
    // Initials -> (id) the first two organisations with them.
    let (mut initial_ids, mut by_initials) = (Interner::default(), Vec::<Vec<usize>>::new());
    for j in 0..n {
        if kinds[j] == EntityType::Org && words(surfaces[j]).len() >= 2 {
            let name = cands[j].canon.unwrap_or(surfaces[j]);
            let id = intern(&mut initial_ids, &initials(name), by_initials.len() as u32) as usize;
            if id == by_initials.len() {
                by_initials.push(Vec::new());
            }
            let list = &mut by_initials[id];
            if list.len() < 2 {
                list.push(j);
            }
        }
    }
    for i in 0..n {
        let s = surfaces[i];
        if cands[i].canon.is_some() || kinds[i] != EntityType::Org {
            continue;
        }
        let mut letters = String::new();
        for c in s.chars() {
            if c.is_alphabetic() {
                letters.push(c);
            }
        }
        if letters.len() < 2 || letters.chars().any(char::is_lowercase) {
            continue;
        }
        if let Some(j) = initial_ids.get(letters.as_str()).and_then(|&id| by_initials[id as usize].iter().copied().find(|&j| j != i)) {
            label[i] = label[j];
        }
    }
    // A person's acronym: a word of three to five capitals, no list's, that spells the
    // initials of every word of a person's name, particles and the parts of a hyphenated
    // surname too ("MBS" of Mohammed bin Salman, "AMLO" of Andrés Manuel
    // López Obrador, "AOC" of Alexandria Ocasio-Cortez), when only one person's does.
    // (Labels as `u32`, `u32::MAX` for two persons.)
    let mut person_initials: Interner = Interner::default();
    for j in 0..n {
        if kinds[j] != EntityType::Person || !surfaces[j].contains(char::is_whitespace) {
            continue;
        }
        let key = person_acronym(surfaces[j]);
        if !key.is_empty() {
            let l = person_initials.entry(key.into()).or_insert(label[j] as u32);
            if *l != label[j] as u32 {
                *l = u32::MAX;
            }
        }
    }
    if !person_initials.is_empty() {
        for i in 0..n {
            let s = surfaces[i];
            if cands[i].canon.is_some() || cands[i].evidence == Evidence::Gazetteer || !(3..=5).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_uppercase()) {
                continue;
            }
            if let Some(&l) = person_initials.get(s).filter(|&&l| l != u32::MAX) {
                kinds[i] = EntityType::Person;
                label[i] = l as usize;
            }
        }
    }
    // Grouping in order of first mention.
    let mut groups: Vec<Group> = Vec::new();
    // Labels are key ids (< keys.parent.len()): the group of each, a plain vector.
    let mut group_by_key = vec![usize::MAX; keys.parent.len()];
    let mut group_of = vec![usize::MAX; n];
    for i in 0..n {
        if group_by_key[label[i]] == usize::MAX {
            group_by_key[label[i]] = groups.len();
            groups.push(Group {
                kind: kinds[i],
                name: String::new(),
                members: Vec::new(),
                aliases: Vec::new(),
                role: None,
                country: None,
                role_of: None,
                canon: None,
            });
        }
        let g = group_by_key[label[i]];
        group_of[i] = g;
        groups[g].members.push(i);
    }
    for (gi, g) in groups.iter_mut().enumerate() {
        let _ = gi;
        // Type: the member with the strongest evidence.
        // (The strongest, the earliest of equals; the first canon, country and role.)
        let mut best: Option<(u8, usize)> = None;
        let (mut canon, mut country, mut role) = (None, None, None);
        for &i in &g.members {
            let c = &cands[i];
            if best.is_none_or(|(st, b)| (strength(c.evidence), std::cmp::Reverse(i)) > (st, std::cmp::Reverse(b))) {
                best = Some((strength(c.evidence), i));
            }
            if canon.is_none() && kinds[i] == c.kind {
                canon = c.canon;
            }
            if country.is_none() {
                country = c.country;
            }
            if role.is_none() {
                role = c.role.clone();
            }
        }
        g.kind = kinds[best.map_or(0, |b| b.1)];
        (g.canon, g.country, g.role) = (canon, country, role);
        // Each form with its count of mentions.
        let mut forms: Vec<(&str, usize)> = Vec::new();
        let mut form_ids: StrMap<u32> = StrMap::default();
        for &i in &g.members {
            let s = surfaces[i];
            let id = *form_ids.entry(s).or_insert(forms.len() as u32) as usize;
            if id == forms.len() {
                forms.push((s, 0));
            }
            forms[id].1 += 1;
        }
        // The most words, then a form in running text before one in capitals ("Randall
        // Cunningham", not "RANDALL CUNNINGHAM" of a headline), then the most characters
        // ("Jessica Smith", not "Jess Smith"), then the form written most often (of two
        // spellings of one length, the misspelt one is most often the rarer), then the first.
        let mut complete: Option<((usize, bool, usize, usize), &str)> = None;
        for &(s, count) in &forms {
            let key = (words(s).len(), s.chars().any(char::is_lowercase), s.chars().count(), count);
            if complete.is_none_or(|(k, _)| key > k) {
                complete = Some((key, s));
            }
        }
        g.name = g.canon.map_or_else(|| complete.map_or("", |c| c.1).to_string(), str::to_string);
        g.aliases = Vec::new();
        for (s, _) in forms {
            if s != g.name {
                g.aliases.push(s.to_string());
            }
        }
    }
    for g in 0..groups.len() {
        groups[g].role_of = groups[g].members.iter().find_map(|&i| cands[i].role_of).map(|c| group_of[c]);
    }
    // Drop groups made only of weak candidates; remap role_of.
    // A group of weak candidates is kept when it recurs as a bare word: a name repeated with no
    // sign of a person (no given name, title, speech verb) is most often an organisation.
    let mut keep: Vec<bool> = Vec::with_capacity(groups.len());
    for g in groups.iter_mut() {
        let (mut strong, mut bare) = (false, 0);
        for &i in &g.members {
            strong |= !cands[i].weak;
            bare += usize::from(cands[i].bare);
        }
        if !strong && bare >= 2 {
            g.kind = EntityType::Org;
        }
        keep.push(strong || bare >= 2);
    }
    let new_index = renumber(&keep);
    let mut out: Vec<Group> = Vec::with_capacity(groups.len());
    for (g, kp) in groups.into_iter().zip(keep) {
        if kp {
            out.push(g);
        }
    }
    for g in out.iter_mut() {
        g.role_of = g.role_of.and_then(|r| new_index[r]);
    }
    out
}

/// The types a name may share with its other mentions (`one_kind_per_name`).
fn named(k: EntityType) -> bool {
    matches!(k, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc | EntityType::Norp | EntityType::Event | EntityType::Misc)
}

/// Pass 2b: one name, one type in an article. A name written the same way ("Toyota",
/// "Sabres") whose mentions the tagger typed differently by their contexts ("Toyota is
/// showing" a person, "in Toyota's line-up" a place) takes its most frequent type, so that
/// it is one entity; a lone word typed an organisation somewhere takes that type when its
/// readings disagree (a company reads as a person or a place by context far more often than
/// a person or a place reads as an organisation). Ties go to the earliest mention's type.
/// Gazetteer names keep their type (they vote for it), and a mention typed by its context makes
/// the name that type: a person's title ("President Trump" against "the Trump campaign" read
/// as a company), a storm's noun (`Candidate::sure`).
#[cfg_attr(size_attrs, optimize(size))]
fn one_kind_per_name(cands: &[Candidate], surfaces: &[&str], surnames: &FastSet<&str>, surface_keys: &[Option<String>], sid: &[u32], ids: usize, kinds: &mut [EntityType], label: &mut [usize]) {
    // Per surface key: for each named type its count, then the first candidate of each, then
    // 1 if a list typed one, then 1 + the type of a mention its context typed (see below).
    const TYPES: usize = 7;
    let mut votes: Vec<[u32; 2 * TYPES + 2]> = vec![[0; 2 * TYPES + 2]; ids];
    for i in 0..cands.len() {
        let t = kinds[i] as usize;
        if !named(kinds[i]) {
            continue;
        }
        let v = &mut votes[sid[i] as usize];
        if v[t] == 0 {
            v[TYPES + t] = i as u32;
        }
        v[t] += 1;
        if cands[i].evidence == Evidence::Gazetteer {
            v[2 * TYPES] = 1;
        }
        // A mention whose type its context decides (a person's title: "President Trump", not
        // in a line in capitals: "BARATELLI TO COACH NICE"; a storm's noun) decides the name's:
        // 1 + that type.
        if cands[i].sure {
            v[2 * TYPES + 1] = 1 + t as u32;
        } else if kinds[i] == EntityType::Person && cands[i].role.as_deref().is_some_and(super::recognize::titled_role) && surfaces[i].contains(char::is_lowercase) {
            v[2 * TYPES + 1] = 1 + t as u32;
        }
    }
    for i in 0..cands.len() {
        let Some(sk) = surface_keys[i].as_deref() else { continue };
        if !named(kinds[i]) || cands[i].evidence == Evidence::Gazetteer || cands[i].canon.is_some() {
            continue;
        }
        let v = &votes[sid[i] as usize];
        // The most frequent type, the earliest on ties; whether only persons, organisations
        // and places (the first four types) were read.
        let (mut best, mut types, mut ppo) = (kinds[i] as usize, 0, true);
        for t in 0..TYPES {
            if v[t] > 0 {
                types += 1;
                ppo &= t <= EntityType::Loc as usize;
                if v[t] > v[best] || v[t] == v[best] && v[TYPES + t] < v[TYPES + best] {
                    best = t;
                }
            }
        }
        if types < 2 {
            continue;
        }
        let org = EntityType::Org as usize;
        if v[2 * TYPES + 1] > 0 {
            best = v[2 * TYPES + 1] as usize - 1;
        } else if !sk.contains(' ') && v[2 * TYPES] == 0 && v[org] > 0 && ppo && !surnames.contains(surfaces[i]) {
            best = org;
        }
        let j = v[TYPES + best] as usize;
        kinds[i] = kinds[j];
        label[i] = label[j];
    }
}

/// A full name's words without its suffix ("Keith Davis" of "Keith Davis Jr."), and the
/// suffix's `suffix_bit`.
fn without_suffix<'a, 'b>(w: &'b [&'a str]) -> (&'b [&'a str], u32) {
    let bit = if w.len() > 2 { suffix_bit(w[w.len() - 1]) } else { 0 };
    (&w[..w.len() - usize::from(bit != 0)], bit)
}

/// Korean and Chinese family names, which open a name. Sorted.
const FAMILY_NAMES: Words = Words(
    "Ahn|Bae|Baek|Ban|Cai|Cao|Chen|Cheng|Cho|Choi|Chung|Cui|Deng|Ding|Dong|Fang|Feng|Gao|Guo|Han|Heo|Hong|Hu|\
     Huang|Hwang|Jang|Jeon|Jeong|Jiang|Jung|Kang|Kim|Kwon|Lee|Li|Liang|Lim|Lin|Liu|Luo|Mao|Moon|Nam|Pak|Park|\
     Peng|Ri|Roh|Ryu|Seo|Shen|Shin|Song|Tang|Wang|Wen|Xi|Xiao|Xie|Xu|Yang|Yao|Yoon|Yuan|Zeng|Zhang|Zhao|Zheng|\
     Zhou|Zhu",
);

/// A full name written family name first: one of [`FAMILY_NAMES`], then a given name in one
/// hyphened word ("Moon Jae-in"), in two words ("Kim Jong Un", "Lee Hsien Loong"), or in one
/// word that no list knows as a given name or a surname ("Xi Jinping"; not "Kim Wilde", "Lee
/// Smith").
fn family_first(w: &[&str], gaz: &super::gazetteer::Gazetteer) -> bool {
    FAMILY_NAMES.has(w[0])
        && match w.len() {
            2 => w[1].contains('-') || !gaz.is_first_name(w[1]) && !gaz.is_listed_surname(w[1]),
            3 => w[1..].iter().all(|t| t.len() > 1 && !t.ends_with('.') && !gaz.is_listed_surname(t)),
            _ => false,
        }
}

/// Of the full names `list` (candidate indices, ascending, never empty) sharing a surname, the
/// one a lone surname is: `u32::MAX` when they are all one person (then the nearest, see
/// [`nearest`]); of several persons, the only one a list knows, else the first named.
fn owner(list: &[u32], label: &[usize], cands: &[Candidate]) -> u32 {
    let first = list[0] as usize;
    if list.iter().all(|&j| label[j as usize] == label[first]) {
        return u32::MAX;
    }
    let mut listed = list.iter().map(|&j| j as usize).filter(|&j| cands[j].evidence == Evidence::Gazetteer);
    match listed.next() {
        Some(j) if listed.all(|k| label[k] == label[j]) => j as u32,
        _ => first as u32,
    }
}

/// A company's legal form after its name ("Inc", "Corp", "plc"). Sorted.
const LEGAL_FORMS: Words = Words("AG|ASA|Bhd|Co|Company|Corp|Corporation|GmbH|Inc|LLC|Ltd|NV|Oyj|PLC|Plc|SA|SpA|Tbk|plc");

/// Of the candidate indices `list` (ascending), the nearest before `i`, else the first after it.
fn nearest(list: &[u32], i: usize) -> Option<usize> {
    let k = list.partition_point(|&j| (j as usize) < i);
    if k > 0 { Some(list[k - 1]) } else { list.get(k).copied() }.map(|j| j as usize)
}

/// The forms a role can be referred back to by, lowercase: every ending of its words before
/// "of", alone or with the rest ("Secretary of State": `secretary`, `secretary of state`;
/// "Foreign Minister": `foreign minister`, `minister`).
#[cfg_attr(size_attrs, optimize(size))]
pub fn role_forms(role: &str) -> Vec<String> {
    let lower = role.lower();
    let ws: Vec<&str> = lower.split_whitespace().collect();
    let cut = ws.iter().position(|w| *w == "of").unwrap_or(ws.len());
    let (head, rest) = ws.split_at(cut);
    let mut out = Vec::new();
    for k in 0..head.len() {
        let suffix = head[k..].join(" ");
        if !rest.is_empty() {
            out.push(format!("{suffix} {}", rest.join(" ")));
        }
        out.push(suffix);
    }
    out
}

/// Verbs before a predicate noun ("Kim is the leader"), lowercase. Sorted.
const COPULAS: Words = Words("are|be|became|become|becomes|been|being|is|remain|remained|remains|was|were");

/// The longest role anaphor a body may hold, in tokens ("the deputy foreign minister of X").
const ANAPHOR_TOKENS: usize = 6;

/// Title anaphora: "the secretary", "the foreign minister", "the president" refer back to the
/// one person of the article holding that role (the role's forms, see [`role_forms`]). A
/// place or demonym of the text before the role narrows it to the person of that country
/// ("the Russian foreign minister", "Russia's foreign minister", when the title said
/// "Russian Foreign Minister"). When two persons share the form ("the minister" with a
/// foreign and a prime minister), or no one holds it, or the person is first named after it,
/// the words are left alone. So are a role followed by "of" that is not part of it ("the
/// president of the club"), one right before a name ("the minister Ivan Petrov"), a predicate
/// ("Kim is the leader") and an apposition to another name ("Anna the manager"). The
/// mention covers the role words only: not "the", nor the place or demonym, which stays a
/// mention of its own.
///
/// New mentions are added to `cands` (copies of a mention of the person, with the new span)
/// and to their group, and their words to its aliases; returns how many were added. Linear in
/// the tokens.
#[cfg_attr(size_attrs, optimize(size))]
pub fn title_anaphora(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    cands: &mut Vec<Candidate>,
    field: &[Option<Field>],
    groups: &mut [Group],
) -> usize {
    // Role form -> the person groups holding it, in order.
    // (Form -> id, id -> groups.)
    let (mut form_ids, mut holders) = (Interner::default(), Vec::<Vec<usize>>::new());
    for (g, grp) in groups.iter().enumerate() {
        let Some(role) = grp.role.as_deref().filter(|_| grp.kind == EntityType::Person) else { continue };
        for form in role_forms(role) {
            let id = intern(&mut form_ids, &form, holders.len() as u32) as usize;
            if id == holders.len() {
                holders.push(Vec::new());
            }
            let list = &mut holders[id];
            if !list.contains(&g) {
                list.push(g);
            }
        }
    }
    if holders.is_empty() {
        return 0;
    }
    // The country a place or demonym group stands for, and a person's: that of the place or
    // demonym in their title ("Russian Foreign Minister Sergey Lavrov": Russia).
    let nation = |g: usize| match groups[g].kind {
        EntityType::Gpe => Some(groups[g].canon.unwrap_or(groups[g].name.as_str())),
        EntityType::Norp => groups[g].country,
        _ => None,
    };
    let person_nation = |g: usize| groups[g].role_of.and_then(nation);
    let mut group_of = vec![usize::MAX; cands.len()];
    for (g, grp) in groups.iter().enumerate() {
        for &i in &grp.members {
            group_of[i] = g;
        }
    }
    // Places and demonyms of the body by first token: (end token, group). They may narrow a
    // role down ("the Russian foreign minister", "Russia's foreign minister").
    // By token (body candidates only, so in range; a later candidate at the same token wins).
    let mut modifiers: Vec<Option<(usize, usize)>> = vec![None; tokens.len()];
    for (i, c) in cands.iter().enumerate() {
        if field[i].is_none() && matches!(c.kind, EntityType::Gpe | EntityType::Norp) && group_of[i] != usize::MAX {
            if let Some(m) = modifiers.get_mut(c.tokens.0) {
                *m = Some((c.tokens.1, group_of[i]));
            }
        }
    }
    let modifier_at = |i: usize| modifiers.get(i).copied().flatten();
    // Where each group is first named: a title or caption comes before the body.
    // With where the body's persons end (mentions of a kept person group) and the body spans
    // already taken by an entity, both sorted below. (Loops: see `merge`.)
    let mut named_at: Vec<usize> = Vec::with_capacity(groups.len());
    let (mut person_ends, mut taken): (Vec<usize>, Vec<Span>) = (Vec::new(), Vec::new());
    for grp in groups.iter() {
        let mut first = usize::MAX;
        for &i in &grp.members {
            first = first.min(if field[i].is_none() { cands[i].span.start } else { 0 });
            if field[i].is_none() {
                if grp.kind == EntityType::Person {
                    person_ends.push(cands[i].span.end);
                }
                taken.push(cands[i].span);
            }
        }
        named_at.push(first);
    }
    crate::sentiment::sort_by(&mut person_ends, Ord::cmp);
    crate::sentiment::sort_by(&mut taken, Ord::cmp);
    let overlaps = |s: Span| {
        let k = taken.partition_point(|t| t.end <= s.start);
        taken.get(k).is_some_and(|t| t.start < s.end)
    };
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut found: Vec<(usize, usize, usize, usize)> = Vec::new(); // (anchor, start, end, group)
    let mut i = 0;
    while i < tokens.len() {
        // "the [place or demonym] ROLE" or "Place's ROLE".
        let (start, modifier) = if word(i).eq_ignore_ascii_case("the") {
            match modifier_at(i + 1) {
                Some((k, m)) => (k, Some(m)),
                None => (i + 1, None),
            }
        } else if let Some((k, m)) = modifier_at(i).filter(|&(k, _)| matches!(word(k), "'s" | "\u{2019}s")) {
            (k + 1, Some(m))
        } else {
            i += 1;
            continue;
        };
        // The longest form, compared word by word in lowercase, that one person holds (of the
        // modifier's country, when there is one).
        let mut key = String::new();
        let mut hit: Option<(usize, usize)> = None;
        for j in start..tokens.len().min(start + ANAPHOR_TOKENS) {
            if tokens[j].kind != Kind::Word {
                break;
            }
            if j > start {
                key.push(' ');
            }
            key.push_str(&word(j).lower());
            if let Some(list) = form_ids.get(key.as_str()).map(|&id| &holders[id as usize]) {
                // The one holder that fits, if only one does.
                let (mut only, mut fits) = (0, 0);
                for &h in list.iter() {
                    if modifier.is_none_or(|m| nation(m).is_some() && person_nation(h) == nation(m)) {
                        only = h;
                        fits += 1;
                        if fits > 1 {
                            break;
                        }
                    }
                }
                hit = if fits == 1 { Some((j + 1, only)) } else { None };
            }
        }
        let Some((end, g)) = hit else {
            i = start.max(i + 1);
            continue;
        };
        let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        let next = word(end);
        let of_follows = next == "of" && !key_has_of(&text[span.start..span.end]);
        let name_follows = next.starts_with(char::is_uppercase) && tokens.get(end).is_some_and(|t| t.kind == Kind::Word);
        // "Kim is the leader" says who the leader is; "Anna the manager" names another person.
        let prev = if i > 0 { word(i - 1) } else { "" };
        let predicate = super::recognize::has_lower(COPULAS, prev);
        // So is the role in apposition after the person's name, which is their role already
        // ("Luis Álvarez, Mexico's foreign minister, said").
        let after_person = |k: usize| k > 0 && person_ends.binary_search(&tokens[k - 1].span.end).is_ok();
        let apposition = after_person(i) || i > 1 && word(i - 1) == "," && after_person(i - 1);
        if !(of_follows || name_follows || predicate || apposition || named_at[g] >= span.start || overlaps(span)) {
            found.push((i, start, end, g));
        }
        i = end;
    }
    let added = found.len();
    for (anchor, start, end, g) in found {
        let Some(&model) = groups[g].members.first() else { continue };
        let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        let sentence = sentences.partition_point(|s| s.end <= span.start);
        let mut c = cands[model].clone();
        c.span = span;
        c.tokens = (start, end);
        c.evidence = Evidence::Rule;
        c.canon = None;
        c.country = None;
        c.role = None;
        c.role_of = None;
        c.sentence = sentence;
        c.subject = sentences.get(sentence).is_some_and(|s| s.start == tokens[anchor].span.start);
        c.weak = false;
        c.bare = false;
        // Every mention reads as the name or an alias (the contract): "secretary" joins them.
        let form = &text[span.start..span.end];
        if groups[g].name != form && !groups[g].aliases.iter().any(|a| a == form) {
            groups[g].aliases.push(form.to_string());
        }
        groups[g].members.push(cands.len());
        cands.push(c);
    }
    added
}

fn key_has_of(s: &str) -> bool {
    s.split_whitespace().any(|w| w.eq_ignore_ascii_case("of"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        assert!(COPULAS.sorted() && LEGAL_FORMS.sorted() && FAMILY_NAMES.sorted() && NICKNAMES.sorted());
    }

    /// A lone surname the tagger read as a body in some contexts (most readings a person's)
    /// stays the person of the full name in the text, even when the tagger read that name as a
    /// body too and its given name is unlisted ("Quillon Arkwright" … "Arkwright"); a lone
    /// word with no full name still goes to the body's type when its readings disagree.
    #[test]
    fn a_surname_read_as_a_body_stays_its_person() {
        use crate::span::Span;
        let group_kinds = |text: &str, kinds: &[(&str, EntityType)]| -> Vec<(String, EntityType, usize)> {
            let mut from = 0;
            let cands: Vec<Candidate> = kinds
                .iter()
                .map(|&(w, kind)| {
                    let start = from + text[from..].find(w).unwrap();
                    from = start + w.len();
                    let n = w.split(' ').count();
                    Candidate { span: Span::new(start, from), tokens: (start, start + n), kind, evidence: Evidence::Rule, canon: None, country: None, role: None, role_of: None, sentence: 0, subject: false, weak: false, bare: false, sure: false }
                })
                .collect();
            let texts = vec![text; cands.len()];
            merge(&texts, &cands).into_iter().map(|g| (g.name, g.kind, g.members.len())).collect()
        };
        use EntityType::{Org, Person};
        let text = "Quillon Arkwright hosted it. Arkwright said so. Lawyers for Arkwright denied it. Arkwright left. Arkwright wrote.";
        let got = group_kinds(text, &[("Quillon Arkwright", Org), ("Arkwright", Person), ("Arkwright", Org), ("Arkwright", Person), ("Arkwright", Person)]);
        assert_eq!(got, [("Quillon Arkwright".to_string(), Person, 5)]);
        let text = "Arkwright said so. Lawyers for Arkwright denied it. Arkwright left.";
        let got = group_kinds(text, &[("Arkwright", Person), ("Arkwright", Org), ("Arkwright", Person)]);
        assert_eq!(got, [("Arkwright".to_string(), Org, 3)]);
    }

    /// A lone surname the rules kept as a person while the tagger was unsure (evidence
    /// `Default`) keeps that type when other mentions of it have a stronger other one, so the
    /// person stays one, whole: the tagger's readings of a news story's "Garrison Keillor" and of
    /// "Keillor" in credits and quotes as a body (as in one real article: the full name three
    /// times a body, the surname a person 3 times, a body 6, a place twice, left to the rules 8)
    /// made him two organisations.
    #[test]
    fn a_default_surname_stays_its_person() {
        use crate::span::Span;
        use EntityType::{Gpe, Org, Person};
        // Full name, surname read as a person, as a body, as a place, left to the rules.
        let (f, p, o, l, d) = (("Quillon Arkwright", Org, Evidence::Rule), ("Arkwright", Person, Evidence::Rule), ("Arkwright", Org, Evidence::Rule), ("Arkwright", Gpe, Evidence::Rule), ("Arkwright", Person, Evidence::Default));
        let kinds = [f, d, o, p, d, o, d, f, o, p, l, d, o, p, l, o, f, o, d, d, d];
        let text = kinds.iter().map(|k| format!("{} spoke.", k.0)).collect::<Vec<_>>().join(" ");
        let text = text.as_str();
        let mut from = 0;
        let cands: Vec<Candidate> = kinds
            .iter()
            .map(|&(w, kind, evidence): &(&str, EntityType, Evidence)| {
                let start = from + text[from..].find(w).unwrap();
                from = start + w.len();
                let n = w.split(' ').count();
                Candidate { span: Span::new(start, from), tokens: (start, start + n), kind, evidence, canon: None, country: None, role: None, role_of: None, sentence: 0, subject: false, weak: false, bare: true, sure: false }
            })
            .collect();
        let texts = vec![text; cands.len()];
        let got: Vec<(String, EntityType, usize)> = merge(&texts, &cands).into_iter().map(|g| (g.name, g.kind, g.members.len())).collect();
        assert_eq!(got, [("Quillon Arkwright".to_string(), Person, 21)]);
    }

    #[test]
    fn given_name_spellings() {
        let cases = [
            ("Sergey", "Sergei", true),
            ("Mohammed", "Muhammad", true),
            ("Jess", "Jessica", true),
            ("Yevgeny", "Evgeny", true),
            ("John", "Jon", false),
            ("Barack", "Hillary", false),
            ("Luke", "Lucy", false),
            ("Mark", "Mary", false),
            ("Daniel", "Danny", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(similar_given(a, b), want, "{a} ~ {b}");
        }
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(initials("Associated Press"), "AP");
    }
}
