//! Entities: recognise, merge aliases, rank by salience.
//!
//! ```
//! use undertone::{analyze, Options};
//!
//! let a = analyze("U.S. Secretary of State John Kerry met Lavrov in Moscow. Kerry said the U.S. would help.",
//!                 &Options { clean: false, ..Options::default() });
//! let kerry = a.entities.iter().find(|e| e.name == "John Kerry").unwrap();
//! assert_eq!(kerry.role.as_deref(), Some("Secretary of State"));
//! assert_eq!(a.entities[kerry.acts_for.unwrap()].name, "United States");
//! ```
//!
//! # Pipeline
//!
//! [`recognize`] runs small named stages, each in its own file:
//!
//! 1. `recognize::candidates` (`recognize.rs`, `date.rs`, `gazetteer.rs`): candidate mentions
//!    from rules and gazetteers, typed by context; `model::tag` (`model.rs`): the learned
//!    tagger's PER/LOC/ORG/MISC spans; `recognize::combine` joins them (the model sets most
//!    boundaries and types; dates, titled persons, gazetteer phrases and head/tail-typed names
//!    stay the rules'). Everything after works on candidates only.
//! 2. `merge::merge` (`merge.rs`): one group per referent (canonical names, surnames,
//!    transliterations, acronyms); forms seen only in `meta.title` become aliases.
//! 3. `salience::score` (`salience.rs`): a bounded score, top entity 1.0.
//! 4. Ordering by salience (ties: first mention, then name), then `acts_for` as indices into
//!    the final order.
//!
//! # Conventions
//!
//! - A role or title ("Secretary of State", "Foreign Minister", "Mr.") is never an entity; it
//!   goes to the person's `role` (courtesy titles such as "Mr." are not kept).
//! - A capital is tagged as the place it is (GPE), even when it stands for its government
//!   ("Moscow is willing"); its `acts_for` points to its country when the country is an entity
//!   of the article, so stance can let it act as the country. Demonyms (NORP "Russian") and
//!   officials ("Russian Foreign Minister Sergey Lavrov", "U.S. Secretary of State John Kerry")
//!   act for their country the same way; an official whose country is not named acts for the
//!   demonym entity instead.
//! - Armed and militant groups are ORG. Named conferences ("Conference on International
//!   Support to Libya") are ORG, like other bodies ending in an organisation word; EVENT is for
//!   wars, games, cups, festivals and revolutions ("World War II", "Arab Spring").
//! - Mentions exclude a leading "The" and a possessive "'s"; hyphen compounds split
//!   ("U.S.-Russia" gives U.S. and Russia; "Russian-backed" gives Russian).

pub mod date;
pub mod gazetteer;
pub mod merge;
pub mod model;
pub mod recognize;
pub mod salience;

use crate::span::Span;
use crate::token::Token;
use crate::{Entity, EntityType, Meta};
use gazetteer::Gazetteer;
use merge::Group;
use recognize::Doc;

pub fn recognize(text: &str, tokens: &[Token], sentences: &[Span], meta: &Meta) -> Vec<Entity> {
    let doc = Doc::new(text, tokens);
    let rules = recognize::candidates(&doc, sentences);
    let learned = model::tag(&doc, sentences);
    let mut cands = recognize::combine(&doc, sentences, rules, &learned);
    caption_persons(text, &mut cands, meta);
    let mut groups = merge::merge(text, &cands);
    let in_title = title_aliases(&mut groups, meta);
    caption_knowledge(&mut groups, meta);
    listed_spellings(&mut groups);
    let salience = salience::score(&groups, &cands, text.len(), &in_title);

    let first = |g: &Group| g.members.first().map_or(usize::MAX, |&i| cands[i].span.start);
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by(|&a, &b| {
        salience[b]
            .total_cmp(&salience[a])
            .then(first(&groups[a]).cmp(&first(&groups[b])))
            .then(groups[a].name.cmp(&groups[b].name))
    });
    let mut position = vec![0; groups.len()];
    for (p, &g) in order.iter().enumerate() {
        position[g] = p;
    }
    let acts = acts_for(&groups);
    order
        .iter()
        .map(|&g| {
            let grp = &groups[g];
            let mut e = Entity::new(grp.name.clone(), grp.kind);
            e.mentions = grp.members.iter().map(|&i| cands[i].span).collect();
            e.mentions.sort();
            e.aliases = grp.aliases.clone();
            e.role = grp.role.clone();
            e.acts_for = acts[g].map(|t| position[t]);
            // Rounded so native and wasm agree to the bit.
            e.salience = (salience[g] * 10_000.0).round() / 10_000.0;
            e
        })
        .collect()
}

/// Names in the title that refer to entities of the body become aliases. Returns, per group,
/// whether the title names it.
fn title_aliases(groups: &mut [Group], meta: &Meta) -> Vec<bool> {
    let mut in_title = vec![false; groups.len()];
    let Some(title) = meta.title.as_deref() else { return in_title };
    let tokens = crate::token::tokenize(title);
    let sentences = crate::sentence::split(title, &tokens);
    let doc = Doc::new(title, &tokens);
    for c in recognize::candidates(&doc, &sentences) {
        let form = c.span.of(title);
        if let Some(g) = merge::find(groups, form, c.canon) {
            in_title[g] = true;
            if groups[g].name != form && !groups[g].aliases.iter().any(|a| a == form) {
                groups[g].aliases.push(form.to_string());
            }
        }
    }
    in_title
}

/// Photo captions are not part of the body, but they often name people in full with their
/// role ("Russian Foreign Minister Sergey Lavrov"). A person of the body named in a caption
/// takes the caption's form as an alias and, when the body gave none, its role and the country
/// the role is held for.
fn caption_knowledge(groups: &mut [Group], meta: &Meta) {
    for caption in &meta.captions {
        let tokens = crate::token::tokenize(caption);
        let sentences = crate::sentence::split(caption, &tokens);
        let doc = Doc::new(caption, &tokens);
        let cands = recognize::candidates(&doc, &sentences);
        for c in &cands {
            if c.kind != EntityType::Person {
                continue;
            }
            let form = c.span.of(caption);
            let Some(g) = merge::find(groups, form, c.canon) else { continue };
            if groups[g].kind != EntityType::Person {
                continue;
            }
            let grp = &mut groups[g];
            if !grp.name.contains(' ') && form.contains(' ') {
                // The caption has the full name the body shortened: it becomes the canonical name.
                let short = std::mem::replace(&mut grp.name, form.to_string());
                if !grp.aliases.contains(&short) {
                    grp.aliases.push(short);
                }
            } else if grp.name != form && !grp.aliases.iter().any(|a| a == form) {
                grp.aliases.push(form.to_string());
            }
            if groups[g].role.is_none() {
                groups[g].role = c.role.clone();
            }
            if groups[g].role_of.is_none() && groups[g].country.is_none() {
                groups[g].country = c.role_of.and_then(|r| cands[r].country.or(cands[r].canon));
            }
        }
    }
}

/// A bare word of the body ("Nowak said") that a caption names as a person ("Tomasz Nowak
/// (L) greets ...") is that person: typed PERSON and kept.
fn caption_persons(text: &str, cands: &mut [recognize::Candidate], meta: &Meta) {
    let mut names: std::collections::HashSet<String> = std::collections::HashSet::new();
    for caption in &meta.captions {
        let tokens = crate::token::tokenize(caption);
        let sentences = crate::sentence::split(caption, &tokens);
        let doc = Doc::new(caption, &tokens);
        for c in recognize::candidates(&doc, &sentences) {
            if c.kind == EntityType::Person && !c.bare {
                let form = c.span.of(caption);
                names.insert(form.to_string());
                if let Some(last) = form.split_whitespace().last() {
                    names.insert(last.to_string());
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    for c in cands.iter_mut().filter(|c| c.bare && names.contains(c.span.of(text))) {
        c.kind = EntityType::Person;
        c.evidence = recognize::Evidence::Rule;
        c.weak = false;
        c.bare = false;
    }
}

/// A person the gazetteer knows under another transliteration ("Sergei Lavrov", listed as
/// "Sergey Lavrov") takes the listed spelling as its canonical name; the text's spelling
/// stays an alias.
fn listed_spellings(groups: &mut [Group]) {
    let g = Gazetteer::get();
    for grp in groups.iter_mut().filter(|grp| grp.kind == EntityType::Person && grp.canon.is_none()) {
        if let Some(listed) = g.person_spelling(&grp.name) {
            let written = std::mem::replace(&mut grp.name, listed.to_string());
            grp.aliases.retain(|a| a != listed);
            if !grp.aliases.contains(&written) {
                grp.aliases.push(written);
            }
            grp.canon = Some(listed);
        }
    }
}

/// The group each group acts for (group indices).
fn acts_for(groups: &[Group]) -> Vec<Option<usize>> {
    // The first GPE group whose canonical name or name is `name` (one map, built once).
    let mut gpe: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (gi, g) in groups.iter().enumerate().filter(|(_, g)| g.kind == EntityType::Gpe) {
        if let Some(c) = g.canon {
            gpe.entry(c).or_insert(gi);
        }
        gpe.entry(g.name.as_str()).or_insert(gi);
    }
    let country = |name: &str| gpe.get(name).copied();
    groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let target = match (g.kind, g.role_of) {
                (EntityType::Person, Some(r)) => match groups[r].country {
                    Some(c) if groups[r].kind == EntityType::Norp => country(c).or(Some(r)),
                    _ => Some(r),
                },
                _ => g.country.and_then(country),
            };
            target.filter(|&t| t != gi)
        })
        .collect()
}
