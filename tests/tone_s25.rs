//! Session 25's sentence rules through the public API, on sentences written for this file:
//! the writer's own negation of no cue (rule `negation`), which counts in the sentence and
//! the document but not toward targets.

use undertone::{analyze, Analysis, Options, Span};

fn run(text: &str) -> Analysis {
    analyze(text, &Options { clean: false, ..Options::default() })
}

/// The first sentence's score and its cues' rules.
fn sentence(text: &str) -> (f32, Vec<String>) {
    let a = run(text);
    let s = &a.sentences[0];
    (s.sentiment, s.cues.iter().map(|c| c.rule.clone()).collect())
}

#[test]
fn a_negation_of_no_cue_is_a_mild_complaint() {
    for text in [
        "The new parking scheme does not add up.",
        "The council's housing plan never explains where the money comes from.",
        "It isn't a plan at all.",
    ] {
        let (score, rules) = sentence(text);
        assert!(score < -0.05, "{text:?}: {score}");
        assert_eq!(rules, ["negation"], "{text:?}");
    }
    // One per sentence.
    let (_, rules) = sentence("The scheme does not add up and it never will.");
    assert_eq!(rules, ["negation"]);
}

#[test]
fn a_negation_that_negates_a_cue_is_no_cue_of_its_own() {
    // The negated cue carries it ("not good", "doesn't work"); a plain negation beside it
    // becomes a cue once no cue follows it in its clause.
    let (_, rules) = sentence("The parking scheme is not good.");
    assert_eq!(rules, ["lexicon+negated"]);
    // A job is no failure ("not-working" is for a thing that fails at its job): only the
    // plain negation counts, mildly.
    let (score, rules) = sentence("She did not work for the agency.");
    assert_eq!(rules, ["negation"]);
    assert!(score > sentence("The new system simply doesn't work.").0);
    let (score, rules) = sentence("The parking scheme is cheap, but it does not add up.");
    assert!(rules.iter().any(|r| r == "negation"), "{rules:?}");
    assert!(score < 0.0, "{score}");
}

#[test]
fn reported_and_quoted_negations_judge_nothing() {
    // The same words as the writer's own are a complaint; reported, they are neutral.
    assert!(sentence("The parking scheme does not add up.").0 < -0.05);
    for text in [
        "The minister said the parking scheme does not add up.",
        "According to the minister, the parking scheme does not add up.",
        "Residents chanted \"we will not move\" outside the hall.",
    ] {
        let (score, rules) = sentence(text);
        assert_eq!(score, 0.0, "{text:?}");
        assert!(rules.is_empty(), "{text:?}: {rules:?}");
    }
}

#[test]
fn emphasis_and_open_alternatives_are_no_negation() {
    assert!(sentence("The council will not approve the scheme this year.").0 < -0.05);
    for text in [
        "Whether or not the scheme passes, the council meets again in May.",
        "I can't wait for the parade.",
        "Not to mention the parade in May.",
    ] {
        let (_, rules) = sentence(text);
        assert!(rules.is_empty(), "{text:?}: {rules:?}");
    }
    let (score, _) = sentence("The scheme is not only cheap but clever.");
    assert!(score > 0.05, "{score}");
}

#[test]
fn the_negation_cue_is_the_sentences_not_the_targets() {
    // The sentence reads as a complaint; the target model, trained without this cue, sees
    // the same plain sentence as before.
    let text = "Moreno does not chair the council.";
    let a = run(text);
    assert!(a.sentences[0].sentiment < -0.05);
    assert!(a.tone.score < -0.05);
    let i = text.find("Moreno").unwrap();
    let s = undertone::target_sentiments(&a, &[Span::new(i, i + "Moreno".len())])[0];
    let plain = run("Moreno does chair the council.");
    let p = undertone::target_sentiments(&plain, &[Span::new(0, "Moreno".len())])[0];
    assert!((s - p).abs() < 0.2, "{s} vs {p}");
    assert!(s.abs() < 0.05, "{s}");
}

/// Session 25's editorial words (`scripts/build-lexicon.py`, CRAFT): judgement VADER lacks.
#[test]
fn editorial_judgement_words_are_cues() {
    for text in [
        "The council's parking rules are pernicious and tyrannical.",
        "Such slipshod, high-handed conduct imperils the whole scheme.",
    ] {
        assert!(sentence(text).0 < -0.05, "{text:?}");
    }
    assert!(sentence("The council found a salutary and workable plan.").0 > 0.05);
    // An inflection reads as its base ("imperiled" as "imperil").
    assert!(sentence("The scheme was imperiled.").0 < -0.05);
}

/// What a debate, a report or a hearing is about is its subject, not the writer's view: the
/// cues of the subject count half (`+topic`, as for "a film about grief").
#[test]
fn the_subject_of_a_debate_or_report_counts_half() {
    let (topic, rules) = sentence("The council opened a debate about crime.");
    assert_eq!(rules, ["lexicon+topic"]);
    let (plain, _) = sentence("The council opened a door to crime.");
    assert!(topic < 0.0 && topic > plain, "{topic} vs {plain}");
    let (_, rules) = sentence("The council published a report on poverty and violence.");
    assert!(rules.iter().all(|r| r.ends_with("+topic")), "{rules:?}");
}
