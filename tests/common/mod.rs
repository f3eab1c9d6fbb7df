//! Helpers shared by test files (`mod common;`): each file uses what it needs.
#![allow(dead_code)]

use undertone::{analyze, sentence, sentiment, stance, token, Analysis, Entity, EntityType, Options, Span};

/// Each text, analysed without cleaning, has the entities `want` (name, type) among its own and
/// none of `not` (name, type). Every failing case is reported, not only the first.
pub fn check(cases: &[(&str, &[(&str, &str)], &[(&str, &str)])]) {
    let mut failures = Vec::new();
    for (text, want, not) in cases {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let got: Vec<(&str, &str)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str())).collect();
        for w in *want {
            if !got.contains(w) {
                failures.push(format!("{text:?}: {w:?} not in {got:?}"));
            }
        }
        for w in *not {
            if got.contains(w) {
                failures.push(format!("{text:?}: {w:?} in {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
}

/// The sentiment toward the first occurrence of `target` in `text`, as a class with VADER's
/// ±0.05 thresholds.
pub fn target_class(text: &str, target: &str) -> i8 {
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let i = text.find(target).unwrap();
    let s = undertone::target_sentiments(&a, &[Span::new(i, i + target.len())])[0];
    assert!((-1.0..=1.0).contains(&s));
    if s >= 0.05 {
        1
    } else if s <= -0.05 {
        -1
    } else {
        0
    }
}

/// Stance alone: builds entities from (name, type, acts_for) by finding every occurrence of
/// the name, runs stance, and returns (name, name, score) per pair.
pub fn stance_pairs(text: &str, spec: &[(&str, EntityType, Option<usize>)]) -> Vec<(String, String, f32)> {
    let ents: Vec<Entity> = spec
        .iter()
        .map(|&(name, kind, acts_for)| {
            let mut e = Entity::new(name, kind);
            e.acts_for = acts_for;
            e.mentions = text.match_indices(name).map(|(i, _)| Span::new(i, i + name.len())).collect();
            e
        })
        .collect();
    let tokens = token::tokenize(text);
    let spans = sentence::split(text, &tokens);
    let sents = sentiment::score_sentences(text, &tokens, &spans);
    stance::analyze(text, &tokens, &sents, &ents)
        .into_iter()
        .map(|s| (ents[s.source].name.clone(), ents[s.target].name.clone(), s.score))
        .collect()
}

/// Checks each expected sign: +1 cooperation, -1 conflict, 0 no pair.
pub fn check_stance(text: &str, spec: &[(&str, EntityType, Option<usize>)], want: &[(&str, &str, i8)]) {
    let got = stance_pairs(text, spec);
    for &(x, y, sign) in want {
        let s = got.iter().find(|p| (p.0 == x && p.1 == y) || (p.0 == y && p.1 == x)).map(|p| p.2);
        let ok = match sign {
            0 => s.is_none(),
            1 => s.is_some_and(|v| v > 0.0),
            _ => s.is_some_and(|v| v < 0.0),
        };
        assert!(ok, "{text}\n  {x}–{y}: want {sign}, got {s:?}\n  all: {got:?}");
    }
}

/// The analysis of `text`, without cleaning.
pub fn run(text: &str) -> Analysis {
    analyze(text, &Options { clean: false, ..Options::default() })
}

/// The first sentence's score and its cues' (text, rule).
pub fn first_sentence(text: &str) -> (f32, Vec<(String, String)>) {
    let a = run(text);
    let s = &a.sentences[0];
    (s.sentiment, s.cues.iter().map(|c| (text[c.span.start..c.span.end].to_string(), c.rule.clone())).collect())
}

/// The name and the surfaces of the mentions of the entity that has a mention written `form`.
pub fn group<'a>(a: &'a Analysis, form: &str) -> (String, Vec<&'a str>) {
    let e = a.entities.iter().find(|e| e.mentions.iter().any(|m| m.of(&a.text) == form)).unwrap_or_else(|| panic!("no mention {form:?}"));
    (e.name.clone(), e.mentions.iter().map(|m| m.of(&a.text)).collect())
}
