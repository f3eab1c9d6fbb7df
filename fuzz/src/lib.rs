//! Checks shared by the fuzz targets: the analysis contract, not just "no panic".

use undertone::report::Report;
use undertone::{Analysis, Span};

/// Every span valid (half-open, on char boundaries, inside `text`), sorted where the contract
/// says so, scores in range, ids in range. Panics (= a fuzz crash) on the first violation.
pub fn check_analysis(a: &Analysis) {
    let text = a.text.as_str();
    let ok = |s: Span| s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    let mut last_end = 0;
    for s in &a.sentences {
        assert!(ok(s.span), "bad sentence span {:?}", s.span);
        assert!(s.span.start >= last_end, "sentences overlap or are unsorted");
        last_end = s.span.end;
        assert!((-1.0..=1.0).contains(&s.sentiment), "sentence sentiment {}", s.sentiment);
        for c in &s.cues {
            assert!(ok(c.span), "bad cue span {:?}", c.span);
            assert!(c.weight.is_finite());
        }
    }
    let mut all = Vec::new();
    for e in &a.entities {
        assert!((0.0..=1.0).contains(&e.salience), "salience {}", e.salience);
        assert!((-1.0..=1.0).contains(&e.sentiment), "entity sentiment {}", e.sentiment);
        assert!(e.mentions.windows(2).all(|w| w[0] < w[1]), "mentions unsorted for {}", e.name);
        for &m in &e.mentions {
            assert!(ok(m) && !m.is_empty(), "bad mention {m:?}");
            all.push(m);
        }
        for c in &e.sentiment_cues {
            assert!(ok(c.span), "bad entity cue span {:?}", c.span);
        }
        if let Some(t) = e.acts_for {
            assert!(t < a.entities.len(), "acts_for out of range");
        }
    }
    all.sort();
    assert!(all.windows(2).all(|w| w[0].end <= w[1].start), "mentions of different entities overlap");
    for s in &a.stance {
        assert!(s.source < a.entities.len() && s.target < a.entities.len() && s.source != s.target);
        assert!((-1.0..=1.0).contains(&s.score), "stance score {}", s.score);
        assert!(s.evidence.windows(2).all(|w| w[0] <= w[1]), "stance evidence unsorted");
        for &e in &s.evidence {
            assert!(ok(e), "bad stance evidence {e:?}");
        }
        for c in &s.cues {
            assert!(ok(c.span), "bad stance cue {:?}", c.span);
        }
    }
    assert!((-1.0..=1.0).contains(&a.tone.score), "tone {}", a.tone.score);
    assert!(a.tone.magnitude >= 0.0 && a.tone.magnitude.is_finite(), "magnitude {}", a.tone.magnitude);
    for c in &a.tone.cues {
        assert!(ok(c.span), "bad tone cue {:?}", c.span);
    }
}

/// The serialised report as JavaScript sees it: every offset is a UTF-16 boundary of `text`
/// that does not split a surrogate pair, ranges are half-open and inside `text`, and every
/// evidence `text` equals `text.slice(start, end)`.
pub fn check_report(r: &Report) {
    let units: Vec<u16> = r.text.encode_utf16().collect();
    let slice = |start: u32, end: u32| -> String {
        let (s, e) = (start as usize, end as usize);
        assert!(s <= e && e <= units.len(), "range {s}..{e} outside text of {} units", units.len());
        for b in [s, e] {
            // A boundary never falls between a high and a low surrogate.
            if b > 0 && b < units.len() {
                assert!(
                    !((0xD800..0xDC00).contains(&units[b - 1]) && (0xDC00..0xE000).contains(&units[b])),
                    "offset {b} splits a surrogate pair"
                );
            }
        }
        String::from_utf16(&units[s..e]).expect("slice is valid UTF-16")
    };
    for s in &r.sentences {
        slice(s.start, s.end);
        for c in &s.evidence {
            assert_eq!(slice(c.start, c.end), c.text, "sentence cue text");
        }
    }
    for e in &r.entities {
        for m in &e.mentions {
            let t = slice(m.start, m.end);
            assert!(t == e.name || e.aliases.contains(&t), "mention {t:?} of {:?} is neither name nor alias", e.name);
        }
        for c in &e.evidence {
            assert_eq!(slice(c.start, c.end), c.text, "entity cue text");
        }
    }
    for s in &r.stance {
        for m in &s.evidence {
            slice(m.start, m.end);
        }
        for c in &s.cues {
            assert_eq!(slice(c.start, c.end), c.text, "stance cue text");
        }
    }
    for c in &r.tone.evidence {
        assert_eq!(slice(c.start, c.end), c.text, "tone cue text");
    }
}

/// Cleaning is idempotent: the cleaned body, cleaned again as text, is unchanged.
pub fn check_idempotent(first: &str, second: &str) {
    assert_eq!(first, second, "cleaning the cleaned text changed it");
}
