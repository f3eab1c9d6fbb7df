//! Session 29's sentence rules for news and opinion prose, through the public API, on
//! sentences written for this file: a negated remedy leaves the bad thing bad ("will not stop
//! the violence", "never stopped attacking"), a negation reaches through linking verbs ("does not seem to be useful"),
//! a name after a closing quotation mark is a name ("…," Hope said), and "bode well".

mod common;

use common::first_sentence as sentence;

#[test]
fn a_negated_remedy_leaves_the_bad_thing_bad() {
    for (text, bad) in [
        ("The new law will not stop the violence.", "violence"),
        ("The governor's plan does not solve the problem.", "problem"),
        ("The measure will not reduce poverty in the county.", "poverty"),
        ("The rebels have never stopped attacking villages.", "attacking"),
        ("The sanctions haven't resolved the crisis.", "crisis"),
    ] {
        let (score, cues) = sentence(text);
        assert!(score < -0.05, "{text:?}: {score} {cues:?}");
        assert!(cues.iter().any(|(t, r)| t == bad && r.contains("+unopposed")), "{text:?}: {cues:?}");
        // The remedy's own word, negated, is no praise.
        assert!(!cues.iter().any(|(_, r)| r.contains("+negated")), "{text:?}: {cues:?}");
    }
    // A negated harm is still good news, and a remedy that happened still opposes (these two
    // guard the rule; they pass on the code before it too).
    for text in ["The storm did not cause any damage.", "The council voted to stop the violence."] {
        let (score, cues) = sentence(text);
        assert!(score > 0.05, "{text:?}: {score} {cues:?}");
    }
    // A remedy of something else ("stop serving") is not the bad word's remedy.
    let (_, cues) = sentence("The diner will not stop serving angry customers.");
    assert!(!cues.iter().any(|(_, r)| r.contains("+unopposed")), "{cues:?}");
}

#[test]
fn a_negation_reaches_through_linking_verbs() {
    for text in [
        "The proposal does not seem to be very useful.",
        "The bill doesn't end up being very effective.",
        "The plan is not going to be popular with voters.",
        "The bridge is not expected to be safe.",
        "The claim turned out not to be entirely true.",
    ] {
        let (score, cues) = sentence(text);
        assert!(score < -0.05, "{text:?}: {score} {cues:?}");
        assert!(cues.iter().any(|(_, r)| r.contains("+negated")), "{text:?}: {cues:?}");
    }
    // Not through other verbs: "not to cover" does not deny the friends (a guard).
    let (_, cues) = sentence("He ordered the staff not to cover his friends.");
    assert!(cues.iter().any(|(t, r)| t == "friends" && !r.contains("+negated")), "{cues:?}");
}

#[test]
fn a_name_after_a_closing_quote_is_a_name() {
    for text in [
        "\"The country would do well by him,\" Warner said.",
        "\"We will see,\" Love said on Tuesday.",
        "\u{201C}We will see,\u{201D} Hope told reporters.",
        "\"The vote is on Monday,\" Miss Bethell said.",
    ] {
        let (score, cues) = sentence(text);
        assert!(score.abs() < 0.05, "{text:?}: {score} {cues:?}");
    }
    // An opening quotation mark still opens a sentence: its first word is a word.
    let (score, cues) = sentence("\"Hope is not a plan,\" the senator said.");
    assert!(cues.iter().any(|(t, _)| t == "Hope"), "{score} {cues:?}");
}

#[test]
fn bode_well_and_productive() {
    let (score, cues) = sentence("That does not bode well for the talks.");
    assert!(score < -0.05, "{score} {cues:?}");
    assert!(cues.iter().any(|(t, r)| t == "bode well" && r.contains("+negated")), "{cues:?}");
    let (score, _) = sentence("The ruling bodes well for the governor.");
    assert!(score > 0.05, "{score}");
    let (score, cues) = sentence("The talks were anything but productive.");
    assert!(score < -0.05, "{score} {cues:?}");
}

#[test]
fn an_additive_but_is_no_contrast() {
    // "nothing but", "not only … but also": both halves count in full.
    for text in ["The senator had nothing but praise for the deal.", "The plan is not only costly but also unfair."] {
        let (_, cues) = sentence(text);
        assert!(!cues.is_empty() && cues.iter().all(|(_, r)| !r.contains("contrast")), "{text:?}: {cues:?}");
    }
    // A plain "but" still weighs what follows it more.
    let (_, cues) = sentence("The talks were productive, but the ceasefire collapsed.");
    assert!(cues.iter().all(|(_, r)| r.contains("+contrast:but")), "{cues:?}");
}

#[test]
fn a_fronted_concession_with_sound_or_seem() {
    let (score, cues) = sentence("As appealing as the plan may sound, it will not fix the deficit.");
    assert!(score < -0.05, "{score} {cues:?}");
    assert!(cues.iter().any(|(t, r)| t == "appealing" && r.contains("+contrast:concession")), "{cues:?}");
}
