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
//!    stay the rules'). The same recogniser runs on the body, on `meta.title` and on each of
//!    `meta.captions` (`article_candidates`); in the title, written in headline capitals, a name
//!    no list knows is kept only when it joins an entity named elsewhere.
//!    Everything after works on candidates only.
//! 2. `merge::merge` (`merge.rs`): one group per referent across the body, title and captions
//!    (canonical names, surnames, transliterations, acronyms): "John Kerry" in a caption and
//!    "Kerry" in the body are one person, who takes the caption's role when the body gives none.
//!    Then `listed_spellings`, and `merge::title_anaphora`: "the secretary" refers back to the
//!    one person holding that role.
//! 3. `salience::score` (`salience.rs`): a bounded score, top entity 1.0.
//! 4. Ordering by salience (ties: first body mention, then name), then `acts_for` as indices
//!    into the final order. Body mentions go to `Entity::mentions` (spans of the body), the
//!    others to `Entity::meta_mentions` (spans of their field, see [`MetaMention`]); an entity
//!    named only in a caption ("Reuters" in a photo credit) has no body mention.
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

/// Where a mention outside the body lies: the title or one of the captions (its index in
/// `Meta::captions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Caption(usize),
}

/// A mention in `meta.title` or a caption: byte offsets into that field's text, with the same
/// guarantees as body spans (half-open, on char boundaries). The body's mentions stay in
/// [`Entity::mentions`]; these never index `Analysis::text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MetaMention {
    pub field: Field,
    pub span: Span,
}

impl MetaMention {
    /// The text of the field this mention indexes (empty when `meta` has no such field).
    pub fn field_text<'m>(&self, meta: &'m Meta) -> &'m str {
        match self.field {
            Field::Title => meta.title.as_deref().unwrap_or(""),
            Field::Caption(i) => meta.captions.get(i).map_or("", String::as_str),
        }
    }

    /// The words of the mention.
    pub fn of<'m>(&self, meta: &'m Meta) -> &'m str {
        self.field_text(meta).get(self.span.start..self.span.end).unwrap_or("")
    }
}

/// The candidates of one text (the body, the title or a caption): rules and gazetteers, the
/// learned tagger, joined (`recognize::combine`).
fn field_candidates(text: &str, tokens: &[Token], sentences: &[Span]) -> Vec<recognize::Candidate> {
    let doc = Doc::new(text, tokens);
    let rules = recognize::candidates(&doc, sentences);
    let learned = model::tag(&doc, sentences);
    recognize::combine(&doc, sentences, rules, &learned)
}

/// All candidates of the article: the body's, then the title's, then each caption's, with
/// the field each comes from (`None`: the body). `role_of` indexes this joint list.
fn article_candidates(text: &str, tokens: &[Token], sentences: &[Span], meta: &Meta) -> (Vec<recognize::Candidate>, Vec<Option<Field>>) {
    let mut cands = field_candidates(text, tokens, sentences);
    let mut field = vec![None; cands.len()];
    let mut extra: Vec<(Field, &str)> = Vec::with_capacity(meta.captions.len() + 1);
    if let Some(t) = meta.title.as_deref() {
        extra.push((Field::Title, t));
    }
    extra.extend(meta.captions.iter().enumerate().map(|(i, c)| (Field::Caption(i), c.as_str())));
    for (f, t) in extra {
        let toks = crate::token::tokenize(t);
        let sents = crate::sentence::split(t, &toks);
        let mut found = field_candidates(t, &toks, &sents);
        if f == Field::Title {
            headline_only_joins(&mut found);
        }
        let base = cands.len();
        for mut c in found {
            c.role_of = c.role_of.map(|r| r + base);
            // Lead and subject are properties of the body's sentences.
            c.subject = false;
            c.sentence = usize::MAX;
            cands.push(c);
            field.push(Some(f));
        }
    }
    (cands, field)
}

/// A title is written in headline style ("Paris Talk Signals Improving Relations"), where
/// capitals say little: a name no list knows is kept only when it joins an entity of the body
/// or a caption.
fn headline_only_joins(cands: &mut [recognize::Candidate]) {
    for c in cands.iter_mut() {
        if c.evidence != recognize::Evidence::Gazetteer && !matches!(c.kind, EntityType::Date | EntityType::Time) {
            c.weak = true;
        }
    }
}

pub fn recognize(text: &str, tokens: &[Token], sentences: &[Span], meta: &Meta) -> Vec<Entity> {
    let (mut cands, field) = article_candidates(text, tokens, sentences, meta);
    let texts: Vec<&str> = field
        .iter()
        .map(|f| match f {
            None => text,
            Some(Field::Title) => meta.title.as_deref().unwrap_or(""),
            Some(Field::Caption(i)) => meta.captions[*i].as_str(),
        })
        .collect();
    let mut groups = merge::merge(&texts, &cands);
    listed_spellings(&mut groups);
    let added = merge::title_anaphora(text, tokens, sentences, &mut cands, &field, &mut groups);
    let field: Vec<Option<Field>> = field.into_iter().chain(std::iter::repeat(None).take(added)).collect();
    let salience = salience::score(&groups, &cands, &field, text.len());

    let first = |g: &Group| g.members.iter().filter(|&&i| field[i].is_none()).map(|&i| cands[i].span.start).min().unwrap_or(usize::MAX);
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
            for &i in &grp.members {
                match field[i] {
                    None => e.mentions.push(cands[i].span),
                    Some(f) => e.meta_mentions.push(MetaMention { field: f, span: cands[i].span }),
                }
            }
            e.mentions.sort();
            e.meta_mentions.sort();
            e.aliases = grp.aliases.clone();
            e.role = grp.role.clone();
            e.acts_for = acts[g].map(|t| position[t]);
            // Rounded so native and wasm agree to the bit.
            e.salience = (salience[g] * 10_000.0).round() / 10_000.0;
            e
        })
        .collect()
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
