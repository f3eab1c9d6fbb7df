//! Merging candidate mentions into one group per real-world referent.
//!
//! Passes, in order:
//! 1. `keys`: a gazetteer canonical name (`U.S.` → United States, `ISIS` → Islamic State) or
//!    the normalised text is the first key;
//! 2. `retype_defaults`: a name typed only by default takes the type it has elsewhere with
//!    better evidence;
//! 3. `transliterations`: full names with the same surname and similar given names
//!    (Sergey/Sergei Lavrov: edit distance ≤ 2 or the same first four letters) are one person;
//! 4. `surnames`: a one-word name equal to a person's surname is that person (Kerry → John
//!    Kerry; with several, the nearest full mention before it, else the first);
//! 5. `acronyms`: an all-capitals word equal to the initials of an organisation's name;
//! 6. grouping by key, in order of first mention. Groups made only of weak (headline)
//!    candidates are dropped.
//!
//! The name of a group is the gazetteer's canonical name when it has one, otherwise its most
//! complete surface form (most words, then most characters, then first seen).

use super::gazetteer::key_of;
use super::recognize::{Candidate, Evidence};
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

fn surface<'a>(text: &'a str, c: &Candidate) -> &'a str {
    c.span.of(text)
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn strength(e: Evidence) -> u8 {
    match e {
        Evidence::Gazetteer => 2,
        Evidence::Rule => 1,
        Evidence::Default => 0,
    }
}

/// Levenshtein distance over chars, for short words (longer inputs are compared on a prefix).
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

/// Given names that may be spellings of one name.
pub fn similar_given(a: &str, b: &str) -> bool {
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    if la == lb {
        return true;
    }
    let prefix = |s: &str| s.chars().take(4).collect::<String>();
    la.chars().count() >= 4 && lb.chars().count() >= 4 && (prefix(&la) == prefix(&lb) || edit_distance(&la, &lb) <= 2)
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn kind_tag(k: EntityType) -> &'static str {
    k.as_str()
}

/// Groups the candidates. `text` is the analysed text.
pub fn merge(text: &str, cands: &[Candidate]) -> Vec<Group> {
    let n = cands.len();
    let mut kinds: Vec<EntityType> = cands.iter().map(|c| c.kind).collect();
    let mut keys: Vec<String> = Vec::with_capacity(n);
    // Pass 1: keys.
    for c in cands {
        keys.push(match c.canon {
            Some(canon) => format!("{}:{}", kind_tag(c.kind), key_of(canon)),
            None => format!("{}:{}", kind_tag(c.kind), key_of(surface(text, c))),
        });
    }
    // Pass 2: defaults take the type seen elsewhere with better evidence.
    for i in 0..n {
        if cands[i].evidence != Evidence::Default {
            continue;
        }
        let k = key_of(surface(text, &cands[i]));
        let better = (0..n)
            .filter(|&j| cands[j].evidence != Evidence::Default && cands[j].canon.is_none() && key_of(surface(text, &cands[j])) == k)
            .max_by_key(|&j| (strength(cands[j].evidence), std::cmp::Reverse(j)));
        if let Some(j) = better {
            kinds[i] = kinds[j];
            keys[i] = keys[j].clone();
        }
    }
    // Pass 3: transliterations among full person names.
    let persons: Vec<usize> = (0..n).filter(|&i| kinds[i] == EntityType::Person && words(surface(text, &cands[i])).len() >= 2).collect();
    for (x, &i) in persons.iter().enumerate() {
        for &j in &persons[..x] {
            let (wi, wj) = (words(surface(text, &cands[i])), words(surface(text, &cands[j])));
            if keys[i] != keys[j] && wi.last() == wj.last() && wi.len() == wj.len() && similar_given(wi[0], wj[0]) {
                // Prefer the key with a gazetteer canon, else the earlier one.
                let (from, to) = if cands[i].canon.is_some() && cands[j].canon.is_none() { (keys[j].clone(), keys[i].clone()) } else { (keys[i].clone(), keys[j].clone()) };
                for k in keys.iter_mut() {
                    if *k == from {
                        *k = to.clone();
                    }
                }
            }
        }
    }
    // Pass 4: surnames.
    for i in 0..n {
        let s = surface(text, &cands[i]);
        let single = !s.contains(char::is_whitespace);
        let eligible = single
            && (kinds[i] == EntityType::Person || cands[i].evidence != Evidence::Gazetteer)
            && matches!(kinds[i], EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc)
            && !s.chars().all(|c| !c.is_lowercase());
        if !eligible {
            continue;
        }
        let owner = |j: &usize| {
            let sj = surface(text, &cands[*j]);
            *j != i && kinds[*j] == EntityType::Person && sj.contains(char::is_whitespace) && sj.split_whitespace().last() == Some(s)
        };
        let before = (0..i).rev().find(owner);
        let pick = before.or_else(|| (i + 1..n).find(owner));
        if let Some(j) = pick {
            kinds[i] = EntityType::Person;
            keys[i] = keys[j].clone();
        }
    }
    // Pass 5: acronyms.
    for i in 0..n {
        let s = surface(text, &cands[i]);
        let letters: String = s.chars().filter(|c| c.is_alphabetic()).collect();
        if cands[i].canon.is_some() || letters.len() < 2 || letters.chars().any(char::is_lowercase) || kinds[i] != EntityType::Org {
            continue;
        }
        if let Some(j) = (0..n).find(|&j| {
            j != i && kinds[j] == EntityType::Org && words(surface(text, &cands[j])).len() >= 2 && {
                let name = cands[j].canon.unwrap_or(surface(text, &cands[j]));
                initials(name) == letters
            }
        }) {
            keys[i] = keys[j].clone();
        }
    }
    // Grouping in order of first mention.
    let mut groups: Vec<Group> = Vec::new();
    let mut group_keys: Vec<&str> = Vec::new();
    let mut group_of = vec![usize::MAX; n];
    for i in 0..n {
        let g = match group_keys.iter().position(|k| *k == keys[i]) {
            Some(g) => g,
            None => {
                group_keys.push(&keys[i]);
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
                groups.len() - 1
            }
        };
        group_of[i] = g;
        groups[g].members.push(i);
    }
    for (gi, g) in groups.iter_mut().enumerate() {
        let _ = gi;
        // Type: the member with the strongest evidence.
        let best = g.members.iter().copied().max_by_key(|&i| (strength(cands[i].evidence), std::cmp::Reverse(i))).unwrap_or(0);
        g.kind = kinds[best];
        g.canon = g.members.iter().find_map(|&i| cands[i].canon.filter(|_| kinds[i] == cands[i].kind));
        g.country = g.members.iter().find_map(|&i| cands[i].country);
        g.role = g.members.iter().find_map(|&i| cands[i].role.clone());
        let mut forms: Vec<&str> = Vec::new();
        for &i in &g.members {
            let s = surface(text, &cands[i]);
            if !forms.contains(&s) {
                forms.push(s);
            }
        }
        let complete = forms.iter().copied().enumerate().max_by_key(|(k, s)| (words(s).len(), s.chars().count(), std::cmp::Reverse(*k))).map(|(_, s)| s).unwrap_or("");
        g.name = g.canon.map_or_else(|| complete.to_string(), str::to_string);
        g.aliases = forms.into_iter().filter(|s| *s != g.name).map(str::to_string).collect();
    }
    for g in 0..groups.len() {
        groups[g].role_of = groups[g].members.iter().find_map(|&i| cands[i].role_of).map(|c| group_of[c]);
    }
    // Drop groups made only of weak candidates; remap role_of.
    let keep: Vec<bool> = groups.iter().map(|g| g.members.iter().any(|&i| !cands[i].weak)).collect();
    let mut new_index = vec![None; groups.len()];
    let mut k = 0;
    for (g, &kp) in keep.iter().enumerate() {
        if kp {
            new_index[g] = Some(k);
            k += 1;
        }
    }
    let mut out: Vec<Group> = groups.into_iter().zip(keep).filter(|(_, kp)| *kp).map(|(g, _)| g).collect();
    for g in out.iter_mut() {
        g.role_of = g.role_of.and_then(|r| new_index[r]);
    }
    out
}

/// The group a form seen elsewhere (the title) refers to, if any: same canonical name, same
/// surface, a person's surname, or an acronym of the name.
pub fn find(groups: &[Group], form: &str, canon: Option<&str>) -> Option<usize> {
    if let Some(c) = canon {
        if let Some(g) = groups.iter().position(|g| g.canon == Some(c) || g.name == c) {
            return Some(g);
        }
    }
    if let Some(g) = groups.iter().position(|g| g.name == form || g.aliases.iter().any(|a| a == form)) {
        return Some(g);
    }
    // "Sergey Lavrov" finds "Sergei Lavrov": same surname, a spelling variant of the given name.
    let parts = words(form);
    if parts.len() >= 2 {
        if let Some(g) = groups.iter().position(|g| {
            let gw = words(&g.name);
            g.kind == EntityType::Person
                && gw.len() == parts.len()
                && gw.last() == parts.last()
                && gw[..gw.len() - 1].iter().zip(&parts[..parts.len() - 1]).all(|(a, b)| a == b || similar_given(a, b))
        }) {
            return Some(g);
        }
        // "Ivan Petrov" finds a body that only says "Petrov".
        if let Some(g) = groups.iter().position(|g| g.kind == EntityType::Person && !g.name.contains(' ') && parts.last() == Some(&g.name.as_str())) {
            return Some(g);
        }
    }
    if !form.contains(char::is_whitespace) {
        if let Some(g) = groups
            .iter()
            .position(|g| g.kind == EntityType::Person && g.name.contains(' ') && g.name.split_whitespace().last() == Some(form))
        {
            return Some(g);
        }
        let letters: String = form.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2 && !letters.chars().any(char::is_lowercase) {
            return groups.iter().position(|g| g.kind == EntityType::Org && initials(&g.name) == letters);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_name_spellings() {
        let cases = [("Sergey", "Sergei", true), ("Mohammed", "Muhammad", true), ("John", "Jon", false), ("Barack", "Hillary", false)];
        for (a, b, want) in cases {
            assert_eq!(similar_given(a, b), want, "{a} ~ {b}");
        }
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(initials("Associated Press"), "AP");
    }
}
