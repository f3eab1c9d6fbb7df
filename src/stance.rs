//! Stance between actors: who cooperates with or opposes whom, with the clauses and words
//! that say so.
//!
//! ```
//! use undertone::{stance, token, sentiment, Entity, EntityType, Span};
//!
//! let text = "France agreed to cooperate with Germany to fight the rebels of Ruritania.";
//! let mut entities = Vec::new();
//! for (name, kind) in [("France", EntityType::Gpe), ("Germany", EntityType::Gpe), ("Ruritania", EntityType::Gpe)] {
//!     let mut e = Entity::new(name, kind);
//!     let i = text.find(name).unwrap();
//!     e.mentions.push(Span::new(i, i + name.len()));
//!     entities.push(e);
//! }
//! let tokens = token::tokenize(text);
//! let sentences = sentiment::score_sentences(text, &tokens, &[Span::new(0, text.len())]);
//! let pairs = stance::analyze(text, &tokens, &sentences, &entities);
//! let fr_de = pairs.iter().find(|p| (p.source, p.target) == (0, 1)).unwrap();
//! assert!(fr_de.score > 0.0);
//! ```
//!
//! # Actors
//!
//! Entities of type GPE, ORG, NORP and PERSON. An entity that acts for another
//! (`Entity::acts_for`: a capital for its country, a demonym for its country, an official for
//! the country they represent) is counted as that one, so pairs are between the acting
//! entities. A GPE after a place preposition ("in Paris") is a place, not an actor, there.
//! `he`/`she` stand for the last person mentioned.
//!
//! # Cues and roles, clause by clause
//!
//! Sentences are cut into clauses at `; :` and `but which that who while whereas despite
//! although though`. Cues are the phrases of `idioms.tsv` with a CAMEO code and the CAMEO verbs
//! of `cameo.tsv`, worth their Goldstein weight / 10 (cooperation positive, conflict negative);
//! a negator up to three words before halves and flips one (rule `+negated`).
//! For each cue:
//!
//! - actors inside the cue ("improving U.S.-Russia relations") are paired with each other;
//! - its object is the first actor after it, reached over at most four function words or one
//!   content word and no punctuation ("cooperate with the U.S.", "crush the Islamic State"),
//!   plus actors coordinated with it ("between U.S. and Russia");
//! - its subject is the group of coordinated actors nearest before the clause's first cue
//!   ("The United States and Russia agreed"), plus, for a conflict cue, the partners the
//!   subject cooperates with earlier in the clause ("X agreed to cooperate with Y to crush Z"
//!   gives X–Z and Y–Z). A clause without a subject inherits one: a relative clause ("that",
//!   "which", "who") the last actor before it, another clause the previous clause's subject.
//! - subject × object pairs get the weight; with no object, a subject of two or more
//!   coordinated actors is paired within itself ("differences of opinion" between them).
//!
//! # Reported speech
//!
//! A speaker (an actor just before `said`, `announced`, `confirmed`, `indicated`, `told`, ...,
//! or after `according to`) does not take part in the content's pairs: the cue belongs to the
//! content's actors. When the content has an object but no subject, the speaker is the
//! subject if it is a person or a country (not a news outlet); the speech verb is then a cue
//! with rule `attribution` and weight 0.
//!
//! # Output
//!
//! One [`Stance`] per unordered pair: `source` is the lower entity index, `target` the higher.
//! `score = s / sqrt(s*s + 1)` where `s` is the sum of the pair's cue weights, in (-1, 1).
//! `evidence` holds the clauses (sorted), `cues` the words with their rules and weights.
//! Pairs are sorted by |score| descending, then by ids.

use std::collections::BTreeMap;

use crate::sentiment::lexicon::{self, Match};
use crate::sentiment::{token_ranges, words_of};
use crate::span::Span;
use crate::token::{Kind, Token};
use crate::{Cue, Entity, EntityType, Sentence, Stance};

/// Verbs of saying that introduce reported speech. Sorted.
const SPEECH: &[&str] = &[
    "added", "adds", "announced", "announces", "asserted", "claimed", "confirmed", "confirms", "declared",
    "emphasised", "emphasized", "explained", "indicated", "indicates", "insisted", "noted", "notes",
    "observed", "reported", "reports", "said", "say", "says", "stated", "stressed", "tells", "told",
    "verified",
];

/// Words that may stand between a cue and its object. Sorted.
const LINKS: &[&str] = &[
    "a", "against", "an", "and", "at", "between", "both", "by", "her", "his", "into", "its", "on", "the",
    "their", "to", "toward", "towards", "upon", "with",
];

/// Words that end the search for an object ("sharing concerning the Islamic State"). Sorted.
const BLOCKERS: &[&str] = &[
    "about", "after", "ahead", "amid", "as", "before", "concerning", "despite", "during", "for", "from",
    "in", "of", "over", "regarding", "since", "than", "through", "under", "where", "while", "within",
];

/// Place prepositions: a GPE right after one is a place, not an actor. Sorted.
const PLACE: &[&str] = &["across", "at", "from", "in", "inside", "near", "throughout", "to", "within"];

/// Words allowed between coordinated actors ("the United States and Russia", "U.S.-Russia"). Sorted.
const COORD: &[&str] = &["&", ",", "-", "and", "both", "its", "the"];

/// Words that open a clause. Sorted.
const CLAUSE_WORDS: &[&str] = &["although", "but", "despite", "that", "though", "whereas", "which", "while", "who"];

/// Bounds that keep hostile input linear: actors in one coordinated group, cues kept per pair.
const MAX_GROUP: usize = 8;
const MAX_CUES: usize = 64;

fn in_list(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

fn is_actor_type(k: EntityType) -> bool {
    matches!(k, EntityType::Gpe | EntityType::Org | EntityType::Norp | EntityType::Person)
}

/// The entity each entity acts for (following `acts_for`, at most 4 steps), if it is an actor.
fn actors(entities: &[Entity]) -> Vec<Option<usize>> {
    entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if !is_actor_type(e.kind) {
                return None;
            }
            let mut cur = i;
            for _ in 0..4 {
                match entities[cur].acts_for {
                    Some(n) if n < entities.len() && n != cur => cur = n,
                    _ => break,
                }
            }
            Some(cur)
        })
        .collect()
}

#[derive(Clone, Copy, Debug)]
struct Mention {
    ta: usize,
    tb: usize,
    entity: usize,
    actor: usize,
    speaker: bool,
    place: bool,
}

#[derive(Default)]
struct PairAcc {
    sum: f32,
    evidence: Vec<Span>,
    cues: Vec<Cue>,
}

/// Pairs of actors with a score in [-1, 1] and the evidence for it (see the module docs).
pub fn analyze(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity]) -> Vec<Stance> {
    let actor_of = actors(entities);
    if actor_of.iter().flatten().count() < 2 && !entities.iter().any(|e| e.kind == EntityType::Person) {
        return Vec::new();
    }
    let words = words_of(text, tokens);
    // Every actor mention, in token order.
    let mut all: Vec<Mention> = Vec::new();
    let spans: Vec<Span> = entities.iter().enumerate().filter(|(ei, _)| actor_of[*ei].is_some()).flat_map(|(_, e)| e.mentions.iter().copied()).collect();
    let mut ranges = token_ranges(tokens, &spans).into_iter();
    for (ei, e) in entities.iter().enumerate() {
        let Some(actor) = actor_of[ei] else { continue };
        for _ in &e.mentions {
            let (ta, tb) = ranges.next().unwrap_or((0, 0));
            if ta < tb {
                all.push(Mention { ta, tb, entity: ei, actor, speaker: false, place: false });
            }
        }
    }
    all.sort_by_key(|m| (m.ta, m.tb));
    let mut pairs: BTreeMap<(usize, usize), PairAcc> = BTreeMap::new();
    let mut last_person: Option<(usize, usize)> = None;
    let sentence_spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
    for (a, b) in token_ranges(tokens, &sentence_spans) {
        if a >= b {
            continue;
        }
        let lo = all.partition_point(|m| m.ta < a);
        let hi = all.partition_point(|m| m.ta < b);
        let mut ms: Vec<Mention> = all[lo..hi].iter().copied().filter(|m| m.tb <= b).collect();
        let mut covered = vec![false; b - a];
        for m in &ms {
            covered[m.ta - a..m.tb - a].iter_mut().for_each(|c| *c = true);
        }
        // he/she → the last person mentioned before.
        let mut k = 0;
        for i in a..b {
            while k < ms.len() && ms[k].tb <= i {
                if entities[ms[k].entity].kind == EntityType::Person {
                    last_person = Some((ms[k].entity, ms[k].actor));
                }
                k += 1;
            }
            if matches!(words[i].as_str(), "he" | "she") && !covered[i - a] {
                if let Some((entity, actor)) = last_person {
                    ms.push(Mention { ta: i, tb: i + 1, entity, actor, speaker: false, place: false });
                }
            }
        }
        for m in ms[k..].iter() {
            if entities[m.entity].kind == EntityType::Person {
                last_person = Some((m.entity, m.actor));
            }
        }
        ms.sort_by_key(|m| (m.ta, m.tb));
        let speech = mark_roles(text, tokens, &words, a, b, entities, &mut ms);
        sentence_pairs(text, tokens, &words, a, b, entities, &ms, &covered, speech, &mut pairs);
    }
    let mut out: Vec<Stance> = pairs
        .into_iter()
        .filter(|(_, acc)| acc.sum != 0.0)
        .map(|((source, target), mut acc)| {
            acc.evidence.sort();
            acc.evidence.dedup();
            acc.cues.sort_by(|p, q| p.span.cmp(&q.span).then(p.rule.cmp(&q.rule)).then(p.weight.total_cmp(&q.weight)));
            acc.cues.dedup();
            let score = (acc.sum / (acc.sum * acc.sum + 1.0).sqrt()).clamp(-1.0, 1.0);
            Stance { source, target, score, evidence: acc.evidence, cues: acc.cues }
        })
        .collect();
    out.sort_by(|p, q| q.score.abs().total_cmp(&p.score.abs()).then((p.source, p.target).cmp(&(q.source, q.target))));
    out
}

/// Marks speakers and places among the sentence's mentions; returns the speech verb's token
/// and the speaker's mention index, if any.
fn mark_roles(
    text: &str,
    tokens: &[Token],
    words: &[String],
    a: usize,
    b: usize,
    entities: &[Entity],
    ms: &mut [Mention],
) -> Option<(usize, usize)> {
    let mut speech = None;
    let ends_sorted = ms.windows(2).all(|w| w[0].tb <= w[1].tb);
    for m in ms.iter_mut() {
        if m.ta > a && entities[m.entity].kind == EntityType::Gpe {
            let mut p = m.ta - 1;
            if words[p] == "the" && p > a {
                p -= 1;
            }
            m.place = in_list(PLACE, &words[p]);
        }
    }
    for i in a..b {
        let w = words[i].as_str();
        let according = w == "according" && words.get(i + 1).is_some_and(|n| n == "to");
        if !in_list(SPEECH, w) && !according {
            continue;
        }
        // The speaker: just before the verb ("Kerry also said") or just after ("said Kerry",
        // "according to The Associated Press").
        let near_before = |m: &Mention| m.tb <= i && i - m.tb <= 2 && (m.tb..i).all(|j| tokens[j].kind == Kind::Word);
        let before = if ends_sorted {
            // Ends ascend with starts: only the mentions starting before `i` can end by it,
            // and scanning back stops at the first that ends more than two tokens before.
            let mut k = ms.partition_point(|m| m.ta < i);
            let mut found = None;
            while k > 0 && ms[k - 1].tb + 2 >= i {
                k -= 1;
                if near_before(&ms[k]) {
                    found = Some(k);
                    break;
                }
            }
            found
        } else {
            ms.iter().rposition(near_before)
        };
        // The first mention starting after `i` (starts ascend), if close enough.
        let k = ms.partition_point(|m| m.ta <= i);
        let after = (k < ms.len() && ms[k].ta - i <= if according { 3 } else { 2 }).then_some(k);
        // "…, said Kerry." but not "…, said Vienna is willing": the name must end the clause.
        let ends_clause = |k: usize| ms[k].tb >= b || tokens[ms[k].tb].kind == Kind::Punct;
        let who = if according {
            after
        } else {
            before.or(after.filter(|&k| i > a && matches!(tokens[i - 1].text(text), "," | "\"" | "\u{201D}") && ends_clause(k)))
        };
        if let Some(k) = who {
            ms[k].speaker = true;
            if speech.is_none() {
                speech = Some((i, k));
            }
        }
    }
    speech
}

/// The coordinated group of actor mentions ending at mention `last` (walking back while only
/// COORD words stand between them).
fn group_back(words: &[String], ms: &[Mention], idx: &[usize], last: usize) -> Vec<usize> {
    let mut g = vec![idx[last]];
    let mut j = last;
    while j > 0 && g.len() < MAX_GROUP {
        let (p, q) = (&ms[idx[j - 1]], &ms[idx[j]]);
        if (p.tb..q.ta).all(|t| in_list(COORD, &words[t])) {
            g.push(idx[j - 1]);
            j -= 1;
        } else {
            break;
        }
    }
    g.reverse();
    g
}

fn distinct_actors(ms: &[Mention], g: &[usize]) -> Vec<usize> {
    let mut v: Vec<usize> = g.iter().map(|&k| ms[k].actor).collect();
    v.sort();
    v.dedup();
    v
}

#[allow(clippy::too_many_arguments)]
fn sentence_pairs(
    text: &str,
    tokens: &[Token],
    words: &[String],
    a: usize,
    b: usize,
    entities: &[Entity],
    ms: &[Mention],
    covered: &[bool],
    speech: Option<(usize, usize)>,
    pairs: &mut BTreeMap<(usize, usize), PairAcc>,
) {
    let lex = lexicon::get();
    // Clauses.
    let mut bounds = vec![a];
    for i in a + 1..b {
        let s = tokens[i].text(text);
        if matches!(s, ";" | ":") || in_list(CLAUSE_WORDS, &words[i]) {
            bounds.push(i);
        }
    }
    bounds.push(b);
    let in_mention = |i: usize| covered[i - a];
    let speaker_actor = speech.and_then(|(_, k)| {
        let m = ms[k];
        matches!(entities[m.entity].kind, EntityType::Person | EntityType::Gpe | EntityType::Norp).then_some(m.actor)
    });
    let mut prev_subject: Vec<usize> = Vec::new();
    let mut prev_last: Option<usize> = None;
    for c in 0..bounds.len() - 1 {
        let (ca, cb) = (bounds[c], bounds[c + 1]);
        let clause_span = Span::new(tokens[ca].span.start, tokens[cb - 1].span.end);
        // Cues in the clause.
        let mut cues: Vec<Match> = Vec::new();
        let mut i = ca;
        while i < cb {
            if tokens[i].kind != Kind::Word || in_mention(i) {
                i += 1;
                continue;
            }
            match lex.match_at(text, tokens, words, i, cb, |p| p.code.is_some() && p.goldstein != 0.0) {
                Some(m) => {
                    cues.push(m);
                    i = m.last + 1;
                }
                None => i += 1,
            }
        }
        // Actor mentions of the clause (not speakers, not places).
        // `ms` is sorted by start: the clause's mentions are one run of it.
        let (lo, hi) = (ms.partition_point(|m| m.ta < ca), ms.partition_point(|m| m.ta < cb));
        let idx: Vec<usize> = (lo..hi.max(lo)).filter(|&k| ms[k].tb <= cb && !ms[k].speaker && !ms[k].place).collect();
        let relative = matches!(words[ca].as_str(), "that" | "which" | "who") && ca > a;
        let first_cue = cues.first().map_or(cb, |m| m.first);
        let before: Vec<usize> = (0..idx.len()).filter(|&j| ms[idx[j]].tb <= first_cue).collect();
        let mut subject: Vec<usize> = match before.last() {
            Some(&j) => distinct_actors(ms, &group_back(words, ms, &idx, j)),
            None if relative => prev_last.into_iter().collect(),
            None => prev_subject.clone(),
        };
        let mut from_speaker = false;
        if subject.is_empty() {
            if let Some(sa) = speaker_actor {
                subject = vec![sa];
                from_speaker = true;
            }
        }
        let mut partners: Vec<usize> = Vec::new();
        for (n, m) in cues.iter().enumerate() {
            let p = &lex.phrases[m.phrase];
            let mut g = p.goldstein / 10.0;
            let mut rule = p.stance_rule().to_string();
            let negated = p.words[0] != "not"
                && (m.first.saturating_sub(3).max(ca)..m.first).any(|t| {
                    let w = words[t].as_str();
                    matches!(w, "not" | "never" | "no" | "without") || w.ends_with("n't")
                });
            if negated {
                g *= -0.5;
                rule.push_str("+negated");
            }
            let span = tokens[m.first].span.cover(tokens[m.last].span);
            let lo = idx.partition_point(|&k| ms[k].ta < m.first);
            let hi = idx.partition_point(|&k| ms[k].ta <= m.last);
            let inside: Vec<usize> = distinct_actors(
                ms,
                &idx[lo..hi].iter().copied().filter(|&k| ms[k].tb <= m.last + 1).take(MAX_GROUP).collect::<Vec<_>>(),
            );
            let next_cue = cues.get(n + 1).map_or(cb, |x| x.first);
            let object = find_object(text, tokens, words, ms, &idx, m.last + 1, next_cue);
            let mut add = |x: usize, y: usize, attribution: bool| {
                if x == y {
                    return;
                }
                let key = (x.min(y), x.max(y));
                let acc = pairs.entry(key).or_default();
                acc.sum += g;
                // Clauses come in text order: a repeat is the last one pushed.
                if acc.evidence.last() != Some(&clause_span) {
                    acc.evidence.push(clause_span);
                }
                if acc.cues.len() < MAX_CUES {
                    acc.cues.push(Cue { span, rule: rule.clone(), weight: g });
                    if let (true, Some((v, _))) = (attribution, speech) {
                        acc.cues.push(Cue { span: tokens[v].span, rule: "attribution".into(), weight: 0.0 });
                    }
                }
            };
            for (x, &p1) in inside.iter().enumerate() {
                for &p2 in &inside[x + 1..] {
                    add(p1, p2, false);
                }
            }
            if !inside.is_empty() {
                // "improving U.S.-Russia relations": the pair is the subject from here on.
                if inside.len() >= 2 && (subject.is_empty() || from_speaker) {
                    subject = inside;
                    from_speaker = false;
                }
                continue;
            }
            let mut subj = subject.clone();
            if g < 0.0 {
                subj.extend(partners.iter().copied());
            }
            subj.sort();
            subj.dedup();
            if !object.is_empty() {
                if subj.is_empty() && object.len() >= 2 {
                    // "thawing of tensions between U.S. and Russia"
                    for (x, &p1) in object.iter().enumerate() {
                        for &p2 in &object[x + 1..] {
                            add(p1, p2, false);
                        }
                    }
                }
                for &s in &subj {
                    for &o in &object {
                        add(s, o, from_speaker);
                    }
                }
                if g > 0.0 {
                    partners.extend(object.iter().copied().filter(|o| !subject.contains(o)));
                }
            } else if subject.len() >= 2 && !from_speaker {
                for (x, &p1) in subject.iter().enumerate() {
                    for &p2 in &subject[x + 1..] {
                        add(p1, p2, false);
                    }
                }
            }
        }
        if !subject.is_empty() && !from_speaker {
            prev_subject = subject;
        }
        if let Some(&k) = idx.last() {
            prev_last = Some(ms[k].actor);
        }
    }
}

/// The object group of a cue: the first actor mention from token `from`, reached over link
/// words and at most one other lowercase word, before `until` and any punctuation or blocker;
/// then the actors coordinated after it.
fn find_object(text: &str, tokens: &[Token], words: &[String], ms: &[Mention], idx: &[usize], from: usize, until: usize) -> Vec<usize> {
    let mut t = from;
    let mut gap = 0;
    let mut content = 0;
    let start = idx.partition_point(|&k| ms[k].ta < from);
    while t < until && gap <= 4 {
        if let Some(j) = (start..idx.len().min(start + 1)).find(|&j| ms[idx[j]].ta == t) {
            let mut g = vec![idx[j]];
            let mut j = j;
            while j + 1 < idx.len() && g.len() < MAX_GROUP {
                let (p, q) = (&ms[idx[j]], &ms[idx[j + 1]]);
                if q.ta <= until.max(p.tb) && q.ta - p.tb <= 3 && (p.tb..q.ta).all(|u| in_list(COORD, &words[u])) {
                    g.push(idx[j + 1]);
                    j += 1;
                } else {
                    break;
                }
            }
            return distinct_actors(ms, &g);
        }
        let w = words[t].as_str();
        if tokens[t].kind == Kind::Punct && !matches!(tokens[t].text(text), "-") || in_list(BLOCKERS, w) {
            return Vec::new();
        }
        if !in_list(LINKS, w) {
            content += 1;
            let verbish = w.ends_with("ing") || w.ends_with("ed");
            if content > 1 || verbish || tokens[t].is_capitalized(text) {
                return Vec::new();
            }
        }
        gap += 1;
        t += 1;
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn lists_are_sorted() {
        for list in [SPEECH, LINKS, BLOCKERS, PLACE, COORD, CLAUSE_WORDS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    /// Builds entities from (name, type, acts_for) by finding every occurrence of the name.
    fn entities(text: &str, spec: &[(&str, EntityType, Option<usize>)]) -> Vec<Entity> {
        spec.iter()
            .map(|&(name, kind, acts_for)| {
                let mut e = Entity::new(name, kind);
                e.acts_for = acts_for;
                e.mentions = text.match_indices(name).map(|(i, _)| Span::new(i, i + name.len())).collect();
                e
            })
            .collect()
    }

    fn run(text: &str, ents: &[Entity]) -> Vec<(String, String, f32, Vec<String>)> {
        let tokens = tokenize(text);
        let spans = crate::sentence::split(text, &tokens);
        let sents = crate::sentiment::score_sentences(text, &tokens, &spans);
        analyze(text, &tokens, &sents, ents)
            .into_iter()
            .map(|s| {
                (
                    ents[s.source].name.clone(),
                    ents[s.target].name.clone(),
                    s.score,
                    s.cues.iter().map(|c| format!("{}={}", c.span.of(text), c.rule)).collect(),
                )
            })
            .collect()
    }

    fn score(pairs: &[(String, String, f32, Vec<String>)], x: &str, y: &str) -> Option<f32> {
        pairs.iter().find(|p| (p.0 == x && p.1 == y) || (p.0 == y && p.1 == x)).map(|p| p.2)
    }

    use EntityType::*;

    #[test]
    fn table() {
        // (text, entities, expected signs: (a, b, +1 / -1 / 0 for no pair))
        type Case<'a> = (&'a str, &'a [(&'a str, EntityType, Option<usize>)], &'a [(&'a str, &'a str, i8)]);
        let cases: &[Case] = &[
            (
                "France and Germany agreed to share intelligence.",
                &[("France", Gpe, None), ("Germany", Gpe, None)],
                &[("France", "Germany", 1)],
            ),
            (
                "France agreed to cooperate with Germany to crush the rebels of Ruritania.",
                &[("France", Gpe, None), ("Germany", Gpe, None), ("Ruritania", Gpe, None)],
                &[("France", "Germany", 1), ("France", "Ruritania", 0)],
            ),
            (
                "France agreed to cooperate with Germany to crush Ruritania.",
                &[("France", Gpe, None), ("Germany", Gpe, None), ("Ruritania", Gpe, None)],
                &[("France", "Germany", 1), ("France", "Ruritania", -1), ("Germany", "Ruritania", -1)],
            ),
            (
                "Paris is willing to work with Berlin in the fight against terrorism.",
                &[("France", Gpe, None), ("Germany", Gpe, None), ("Paris", Gpe, Some(0)), ("Berlin", Gpe, Some(1))],
                &[("France", "Germany", 1)],
            ),
            (
                "Ruritania condemned Freedonia on Monday.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            (
                "Ruritania did not condemn Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            (
                "Smith said that Freedonia must withdraw. Smith warned Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Smith", Person, Some(0))],
                &[("Ruritania", "Freedonia", -1)],
            ),
            (
                "The two sides still have differences of opinion, said Smith. Ruritania and Freedonia signed a peace deal.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Smith", Person, Some(0))],
                &[("Ruritania", "Freedonia", 1)],
            ),
            (
                "Officials met in Paris to discuss Freedonia, according to the Daily Planet.",
                &[("Paris", Gpe, None), ("Freedonia", Gpe, None), ("Daily Planet", Org, None)],
                &[("Paris", "Freedonia", 0), ("Daily Planet", "Freedonia", 0)],
            ),
            (
                "The announcement signals a thawing of tensions between Ruritania and Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            (
                "Smith said Ruritania still has differences of opinion with Freedonia over trade.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Smith", Person, None)],
                &[("Ruritania", "Freedonia", -1), ("Smith", "Ruritania", 0)],
            ),
        ];
        for (text, spec, want) in cases {
            let ents = entities(text, spec);
            let got = run(text, &ents);
            for &(x, y, sign) in *want {
                let s = score(&got, x, y);
                let ok = match sign {
                    0 => s.is_none(),
                    1 => s.is_some_and(|v| v > 0.0),
                    _ => s.is_some_and(|v| v < 0.0),
                };
                assert!(ok, "{text:?}: {x}–{y} want {sign}, got {got:?}");
            }
        }
    }

    #[test]
    fn cues_explain_scores() {
        let text = "The United States and Russia agreed to cooperate, despite differences of opinion.";
        let ents = entities(text, &[("United States", Gpe, None), ("Russia", Gpe, None)]);
        let got = run(text, &ents);
        assert_eq!(got.len(), 1);
        let (_, _, s, cues) = &got[0];
        assert!(*s > 0.0);
        assert!(cues.contains(&"agreed=cameo:cooperate".to_string()), "{cues:?}");
        assert!(cues.contains(&"differences of opinion=cameo:disapprove".to_string()), "{cues:?}");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in ["", "🙂", "and and and", "\"", "Zoë agreed.", &"agree ".repeat(2000)] {
            let ents = entities(text, &[("Zoë", Person, None), ("agree", Org, Some(7))]);
            let _ = run(text, &ents);
        }
    }
}
