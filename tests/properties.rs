//! Properties over arbitrary input: the analysis never panics, every span is valid, sorted and
//! inside `text`, mentions never overlap, and the output is deterministic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use undertone::{analyze, Analysis, Format, Options};

/// Text that looks a little like news (capitalised words, punctuation, line breaks, emoji,
/// accents, markup) mixed with arbitrary Unicode.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Kerry".to_string()),
        Just("Sergei Lavrov".to_string()),
        Just("U.S.".to_string()),
        Just("the Islamic State".to_string()),
        Just("agreed to cooperate with".to_string()),
        Just("differences of opinion".to_string()),
        Just("José 🙂".to_string()),
        Just("Oct 14, 2014 11:30 PM EDT".to_string()),
        Just("©2018 Example All rights reserved".to_string()),
        Just("<p>".to_string()),
        Just("</div>".to_string()),
        Just("&amp;".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("\"".to_string()),
        Just("'s".to_string()),
        "[a-zA-Z]{1,8}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

fn check(a: &Analysis) -> Result<(), TestCaseError> {
    let text = a.text.as_str();
    let ok = |s: undertone::Span| s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    let mut last_end = 0;
    for s in &a.sentences {
        prop_assert!(ok(s.span), "bad sentence span {:?}", s.span);
        prop_assert!(s.span.start >= last_end, "sentences overlap or are unsorted");
        last_end = s.span.end;
        prop_assert!((-1.0..=1.0).contains(&s.sentiment));
        for c in &s.cues {
            prop_assert!(ok(c.span));
        }
    }
    let mut all_mentions = Vec::new();
    for e in &a.entities {
        prop_assert!((0.0..=1.0).contains(&e.salience), "salience {}", e.salience);
        prop_assert!((-1.0..=1.0).contains(&e.sentiment));
        prop_assert!(e.mentions.windows(2).all(|w| w[0] < w[1]), "mentions unsorted for {}", e.name);
        for &m in &e.mentions {
            prop_assert!(ok(m) && !m.is_empty(), "bad mention {:?}", m);
            all_mentions.push(m);
        }
        if let Some(t) = e.acts_for {
            prop_assert!(t < a.entities.len());
        }
    }
    all_mentions.sort();
    prop_assert!(all_mentions.windows(2).all(|w| w[0].end <= w[1].start), "mentions of different entities overlap");
    for s in &a.stance {
        prop_assert!(s.source < a.entities.len() && s.target < a.entities.len() && s.source != s.target);
        prop_assert!((-1.0..=1.0).contains(&s.score));
        for &e in &s.evidence {
            prop_assert!(ok(e));
        }
    }
    prop_assert!((-1.0..=1.0).contains(&a.tone.score));
    prop_assert!(a.tone.magnitude >= 0.0);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_a_valid_deterministic_analysis(input in newsy()) {
        for format in [Format::Text, Format::Html] {
            for clean in [true, false] {
                let opts = Options { format, clean };
                let a = analyze(&input, &opts);
                check(&a)?;
                prop_assert!(a == analyze(&input, &opts), "output is not deterministic");
                if !clean {
                    prop_assert_eq!(&a.text, &input);
                }
            }
        }
    }

    #[test]
    fn tokens_cover_the_text(input in any::<String>()) {
        let tokens = undertone::token::tokenize(&input);
        let mut last = 0;
        for t in &tokens {
            prop_assert!(t.span.start >= last && !t.span.is_empty());
            prop_assert!(input[last..t.span.start].chars().all(char::is_whitespace));
            last = t.span.end;
        }
        prop_assert!(input[last..].chars().all(char::is_whitespace));
    }
}
