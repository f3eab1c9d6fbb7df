//! Helpers shared by test files (`mod common;`): each file uses what it needs.
#![allow(dead_code)]

use undertone::{analyze, Options, Span};

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
