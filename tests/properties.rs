//! Properties over arbitrary input: the analysis never panics, every span is valid, sorted and
//! inside `text`, mentions never overlap, the output is deterministic, the serialised offsets
//! are UTF-16 boundaries that never split a surrogate pair, every evidence `text` equals
//! `text.slice(start, end)`, and cleaning is idempotent.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use undertone::clean::clean;
use undertone::report::Report;
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
        Just("<script>window.__xss=1</script>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("<!-- c -->".to_string()),
        Just("&#x1F642;&#0;&bogus;".to_string()),
        Just("\u{AD}\u{200B}\u{FEFF}\u{202E}".to_string()),
        Just("\r\n\t\u{0}\u{7}\u{1B}".to_string()),
        Just("👨‍👩‍👧 🇫🇷 e\u{301}".to_string()),
        Just("con-\ntinued".to_string()),
        "[a-zA-Z]{1,8}",
        "[\\PC]{1,12}",
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

/// The report as JavaScript reads it: every offset is a UTF-16 boundary of `text` that splits
/// no surrogate pair, ranges are half-open and inside `text`, and each evidence `text` is
/// exactly `text.slice(start, end)`; each mention reads as the entity's name or an alias.
fn check_report(a: &Analysis) -> Result<(), TestCaseError> {
    let r = Report::new(a);
    let units: Vec<u16> = r.text.encode_utf16().collect();
    let slice = |start: u32, end: u32| -> Result<String, TestCaseError> {
        let (s, e) = (start as usize, end as usize);
        prop_assert!(s <= e && e <= units.len(), "range {}..{} outside {} units", s, e, units.len());
        for b in [s, e] {
            let splits = b > 0 && b < units.len() && (0xD800..0xDC00).contains(&units[b - 1]);
            prop_assert!(!splits, "offset {} splits a surrogate pair", b);
        }
        Ok(String::from_utf16(&units[s..e]).expect("whole code points"))
    };
    let mut last = 0;
    for s in &r.sentences {
        prop_assert!(s.start >= last, "sentences unsorted");
        last = s.end;
        slice(s.start, s.end)?;
        for c in &s.evidence {
            prop_assert_eq!(slice(c.start, c.end)?, c.text);
        }
    }
    for e in &r.entities {
        for m in &e.mentions {
            let t = slice(m.start, m.end)?;
            prop_assert!(!t.is_empty());
            prop_assert!(t == e.name || e.aliases.contains(&t), "mention {:?} of {:?} (aliases {:?})", t, e.name, e.aliases);
        }
        for c in &e.evidence {
            prop_assert_eq!(slice(c.start, c.end)?, c.text);
        }
        // Mentions in the title and captions index their own field, in UTF-16 units.
        for m in &e.meta_mentions {
            let field = match (m.field, m.index) {
                ("title", None) => r.meta.title.clone().unwrap_or_default(),
                ("caption", Some(i)) => r.meta.captions.get(i as usize).cloned().unwrap_or_default(),
                other => return Err(TestCaseError::fail(format!("bad meta mention field {other:?}"))),
            };
            let units: Vec<u16> = field.encode_utf16().collect();
            prop_assert!(m.start < m.end && m.end as usize <= units.len(), "meta mention {:?} outside its field", m);
            let t = String::from_utf16(&units[m.start as usize..m.end as usize]);
            prop_assert!(t.as_ref().is_ok_and(|t| *t == e.name || e.aliases.contains(t)), "meta mention {:?} of {:?}", t, e.name);
        }
    }
    for s in &r.stance {
        for m in &s.evidence {
            slice(m.start, m.end)?;
        }
        for c in &s.cues {
            prop_assert_eq!(slice(c.start, c.end)?, c.text);
        }
    }
    for c in &r.tone.evidence {
        prop_assert_eq!(slice(c.start, c.end)?, c.text);
    }
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
                check_report(&a)?;
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

    /// Cleaning is idempotent: the body that cleaning returns, cleaned again as plain text,
    /// comes back byte for byte (same paragraphs, nothing more removed, no new repairs).
    #[test]
    fn cleaning_the_cleaned_text_changes_nothing(input in newsy()) {
        for format in [Format::Text, Format::Html] {
            let once = clean(&input, format).text;
            let twice = clean(&once, Format::Text).text;
            prop_assert_eq!(&twice, &once, "format {:?}", format);
        }
    }

    /// Whatever the input, a Latin-script text made only of English function words and names
    /// is English, and text of one non-Latin script is not.
    #[test]
    fn language_verdicts_are_stable(words in prop::collection::vec(prop_oneof![
        Just("the"), Just("and"), Just("said"), Just("of"), Just("Kerry"), Just("Lavrov"), Just("Paris"), Just("to"),
    ], 1..60)) {
        let text = words.join(" ");
        let l = undertone::lang::detect(&text);
        prop_assert!(l.code == "en" || l.code == "und", "{} for {:?}", l.code, text);
        prop_assert!(!l.foreign);
    }
}
