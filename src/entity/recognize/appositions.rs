//! Roles in apposition and roles with a phrase between them and the name, with the state or
//! body they name (session 31): "Matthew Rycroft, Britain's ambassador to the U.N., said",
//! "Samantha Power, the U.S. ambassador to the United Nations,", "the group's spokesman, Abu
//! Mohammed al-Adnani,", "Islamic State spokesman Abu Mohammed al-Adnani", "Ban Ki-moon, the
//! secretary-general of the United Nations,". The person takes the role, and the state,
//! demonym or organisation before it ("Britain's", "U.S.", "Islamic State") or after "of" /
//! "for" ("of the United Nations", "for the State Department") as `role_of`, so the entity
//! stage can make the official act for it (`entity::acts_for`). "to", "at" and "in" phrases
//! are passed over and name no owner ("ambassador to the United Nations" acts for the state
//! that sends them, "a professor at Harvard" for no one).
//!
//! Runs on the joined candidates (rules and tagger), one forward pass per sentence; a person
//! that has a role and a `role_of` already keeps them.

use super::{Candidate, Doc};
use crate::entity::gazetteer::Gazetteer;
use crate::span::Span;
use crate::EntityType;

const NONE: u32 = u32::MAX;

/// A state, demonym or organisation a role can name.
fn owner_kind(k: EntityType) -> bool {
    matches!(k, EntityType::Gpe | EntityType::Norp | EntityType::Org)
}

/// Titles of rank or church, which no organisation before them confers. Lowercase.
const TITLES: [&str; 14] = ["cardinal", "duchess", "duke", "emir", "father", "king", "lady", "lord", "pope", "prince", "princess", "queen", "reverend", "sheikh"];

/// Tokens that close an apposition after its role phrase.
fn closing(w: &str) -> bool {
    matches!(w, "," | "." | ";" | ")" | "-" | "--" | "\u{2013}" | "\u{2014}")
}

/// See the module docs. `cands` are in text order (as `combine` returns them).
#[cfg_attr(size_attrs, optimize(size))]
pub(crate) fn attach(doc: &Doc, sentences: &[Span], cands: &mut [Candidate]) {
    let n = doc.tokens.len();
    if cands.len() < 2 || n == 0 {
        return;
    }
    let g = Gazetteer::get();
    // The candidate starting and ending at each token (the last one, if several), and the
    // tokens inside a candidate: one pass over the candidates.
    let mut start_at = vec![NONE; n + 1];
    let mut end_at = vec![NONE; n + 1];
    let mut inside = vec![false; n];
    let mut reach = 0;
    for (k, c) in cands.iter().enumerate() {
        let (a, b) = (c.tokens.0.min(n), c.tokens.1.min(n));
        start_at[a] = k as u32;
        end_at[b] = k as u32;
        // Marked from where the last candidate's marks end: linear even if candidates overlap.
        for t in inside.iter_mut().take(b).skip(a.max(reach)) {
            *t = true;
        }
        reach = reach.max(b);
    }
    let at = |v: &[u32], t: usize| v.get(t).copied().filter(|&k| k != NONE).map(|k| k as usize);
    let mut edits: Vec<(usize, String, Option<usize>)> = Vec::new();
    for (a, b) in crate::sentiment::token_ranges(doc.tokens, sentences) {
        let mut i = a;
        while i < b {
            if inside[i] || !doc.word(i) {
                i += 1;
                continue;
            }
            let Some(len) = doc.role(g, i, b) else {
                i += 1;
                continue;
            };
            let role_end = i + len;
            let role = doc.text[doc.tokens[i].span.start..doc.tokens[role_end - 1].span.end].to_string();
            // The owner before the role: "Britain's", "the U.S.", "Islamic State".
            let poss = i > a && matches!(doc.s(i - 1), "'s" | "\u{2019}s");
            let before = if poss { i - 1 } else { i };
            let mut owner = at(&end_at, before).filter(|&k| owner_kind(cands[k].kind));
            // A title of rank or church names no organisation before it ("courtesy of the Acme
            // Foundation Prince Harry").
            if owner.is_some_and(|k| cands[k].kind == EntityType::Org && !poss) && TITLES.iter().any(|t| role.eq_ignore_ascii_case(t)) {
                owner = None;
            }
            let start = owner.map_or(i, |k| cands[k].tokens.0);
            // A former official acts for no one ("former White House Press Secretary Jay Carney").
            let former = start > a && (doc.s(start - 1).eq_ignore_ascii_case("former") || doc.s(start - 1).eq_ignore_ascii_case("ex"));
            // A phrase after the role: "of/for [the] X" names the owner; "to/at/in [the] X" is
            // passed over.
            let mut e = role_end;
            if e + 1 < b && matches!(doc.s(e), "of" | "for" | "to" | "at" | "in") {
                let f = if doc.s(e + 1) == "the" { e + 2 } else { e + 1 };
                if let Some(k) = at(&start_at, f).filter(|&k| owner_kind(cands[k].kind)) {
                    if owner.is_none() && matches!(doc.s(e), "of" | "for") {
                        owner = Some(k);
                    }
                    e = cands[k].tokens.1;
                }
            }
            let person = |t: usize| at(&start_at, t).filter(|&k| cands[k].kind == EntityType::Person);
            let person_before = |t: usize| at(&end_at, t).filter(|&k| cands[k].kind == EntityType::Person);
            // The name right after the role itself is the recogniser's to title: with an owner
            // it takes the owner only (`role_of`, "Islamic State spokesman Abu Mohammed
            // al-Adnani"), which it acts for; with none, the role, which makes an official.
            let adjacent = person(e).is_some() && e == role_end && owner.is_some();
            let target = if let Some(k) = person(e) {
                // The name right after the role or its phrase ("Britain's ambassador to the U.N.
                // Matthew Rycroft").
                Some(k)
            } else if e + 1 < b && doc.s(e) == "," && person(e + 1).is_some_and(|k| {
                let after = cands[k].tokens.1;
                after >= b || closing(doc.s(after))
            }) {
                // A name in apposition after the role ("the group's spokesman, Abu Mohammed
                // al-Adnani,").
                person(e + 1)
            } else if e >= b || closing(doc.s(e)) {
                // The role in apposition after a name ("Matthew Rycroft, Britain's ambassador to
                // the U.N.,", "Darren Wilson, a white police officer,"): a determiner may open
                // it, with up to two lowercase words before the role.
                let mut s = start;
                let mut skipped = 0;
                while owner.is_none() && skipped < 2 && s > a + 1 && doc.word(s - 1) && doc.s(s - 1).starts_with(|c: char| c.is_ascii_lowercase()) && !matches!(doc.s(s - 1), "a" | "an" | "the") {
                    s -= 1;
                    skipped += 1;
                }
                if s > a && matches!(doc.s(s - 1), "a" | "an" | "the") {
                    s -= 1;
                } else if skipped > 0 {
                    s = usize::MAX;
                }
                (s != usize::MAX && s > a + 1 && doc.s(s - 1) == ",").then(|| person_before(s - 1)).flatten()
            } else {
                None
            };
            // "His father, Kim Jong Il," is kin, not the clergy's title.
            if let Some(k) = target.filter(|_| role != "father") {
                edits.push((k, if adjacent { String::new() } else { role }, owner.filter(|_| !former)));
            }
            i = e.max(i + 1);
        }
    }
    for (k, role, owner) in edits {
        let c = &mut cands[k];
        if c.role_of.is_some() {
            continue;
        }
        // A relation is no office: "his Russian counterpart, Sergei Lavrov," is Russia's,
        // and keeps the office a title gives him elsewhere.
        if c.role.is_none() && !role.is_empty() && !role.eq_ignore_ascii_case("counterpart") {
            c.role = Some(role);
        }
        c.role_of = owner.filter(|&o| o != k);
    }
}
