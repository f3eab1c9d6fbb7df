//! Session 30's sentence rules for opinion and news prose, through the public API, on
//! sentences written for this file: a negator that reaches a remedy leaves the bad thing beyond
//! it bad ("will do nothing to stop the abuse"), "little in the way of", "unlikely to", verbs
//! that dismantle or endanger a good thing, and editorial idioms and judgement words.

mod common;

use common::first_sentence as sentence;

#[test]
fn a_remedy_that_is_not_made_leaves_the_bad_thing_bad() {
    for (text, bad) in [
        ("The new rules will do nothing to stop the abuse.", "abuse"),
        ("The governor did little to curb the violence.", "violence"),
        ("The council has no plan to end the fighting in the valley.", "fighting"),
    ] {
        let (score, cues) = sentence(text);
        assert!(score < -0.05, "{text:?}: {score} {cues:?}");
        assert!(cues.iter().any(|(t, r)| t == bad && r.contains("+unopposed")), "{text:?}: {cues:?}");
        // The remedy's own word, negated, is no praise.
        assert!(!cues.iter().any(|(_, r)| r.contains("+negated")), "{text:?}: {cues:?}");
    }
    // A remedy that is made still opposes (a guard: it passes on the code before too).
    let (score, cues) = sentence("The council voted to stop the violence.");
    assert!(score > 0.05, "{score} {cues:?}");
}

#[test]
fn good_things_withheld_are_not_praise() {
    for (text, good) in [
        ("The bill offers little in the way of relief.", "relief"),
        ("The plan is unlikely to succeed.", "succeed"),
        ("The board seems unwilling to help the tenants.", "help"),
        ("The new law would dismantle protections for workers.", "protections"),
        ("The cuts would endanger the most successful programs.", "successful"),
    ] {
        let (score, cues) = sentence(text);
        assert!(score < -0.05, "{text:?}: {score} {cues:?}");
        assert!(cues.iter().any(|(t, r)| t == good && r.contains("+negated")), "{text:?}: {cues:?}");
    }
    // A bad thing after "unlikely to" is not made good (a guard).
    let (score, cues) = sentence("The storm is unlikely to cause damage.");
    assert!(score < -0.05, "{score} {cues:?}");
}

#[test]
fn editorial_idioms_and_words() {
    for text in [
        "It is a good first step, but much more needs to be done.",
        "The ruling raises more questions than it answers.",
        "The hearing left more questions than answers.",
        "The senator's argument was specious.",
        "The report was full of glib and facile assurances.",
        "The senator's obstructionism is the real story.",
        "Hiring has been anemic for a year.",
    ] {
        let (score, cues) = sentence(text);
        assert!(score < -0.05, "{text:?}: {score} {cues:?}");
    }
    for text in ["The new program has worked well.", "The court found the right balance.", "The mayor made the right decision."] {
        let (score, cues) = sentence(text);
        assert!(score > 0.05, "{text:?}: {score} {cues:?}");
    }
}
