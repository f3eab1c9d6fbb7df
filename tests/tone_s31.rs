//! Session 31's sentence rules for opinion and news prose, through the public API, on
//! sentences written for this file: a question that judges leans to complaint, a negation
//! that reaches over "nothing to" / "little to" and its infinitive, "short on", "falls well
//! short of", a disposition in excess ("too quick to blame"), superlatives made with a
//! negator ("there is nothing more important than"), and "far from" before a remedy.

mod common;

use common::first_sentence as sentence;

#[test]
fn a_question_that_judges_leans_to_complaint() {
    for text in ["Why should taxpayers pay for the senator's mistakes?", "Is this really the best the council can offer?"] {
        let (_, cues) = sentence(text);
        assert!(cues.iter().any(|(t, r)| t == "?" && r == "question"), "{text:?}: {cues:?}");
    }
    let (score, _) = sentence("Why should taxpayers pay for the senator's mistakes?");
    assert!(score < -0.2, "{score}");
    // A plain question with no cue has none (a guard: it passes on the code before too).
    let (score, cues) = sentence("Will the council meet on Tuesday?");
    assert_eq!(score, 0.0, "{cues:?}");
    assert!(cues.is_empty(), "{cues:?}");
}

#[test]
fn good_things_not_done_are_not_praise() {
    for (text, good) in [
        ("The measure would do nothing to make schools safer.", "safer"),
        ("The new rules do little to make the streets safer.", "safer"),
        ("The agreement falls well short of a lasting peace.", "peace"),
        ("The budget is short on good ideas.", "good"),
        ("The governor's speech was thin on credible answers.", "credible"),
    ] {
        let (score, cues) = sentence(text);
        assert!(score < -0.05, "{text:?}: {score} {cues:?}");
        assert!(cues.iter().any(|(t, r)| t == good && r.contains("+negated")), "{text:?}: {cues:?}");
    }
    // "shed light on" is no lack (a guard: it passes on the code before too).
    let (score, cues) = sentence("The report sheds light on the remarkable work of the nurses.");
    assert!(score > 0.05, "{score} {cues:?}");
}

#[test]
fn far_from_a_remedy_leaves_the_bad_thing_bad() {
    let (score, cues) = sentence("Far from solving the crisis, the plan will deepen it.");
    assert!(score < -0.05, "{score} {cues:?}");
    assert!(cues.iter().any(|(t, r)| t == "crisis" && r.contains("+unopposed")), "{cues:?}");
}

#[test]
fn a_disposition_in_excess_is_a_fault_that_happens() {
    let (score, cues) = sentence("The senator was too quick to blame the victims.");
    assert!(score < -0.05, "{score} {cues:?}");
    assert!(cues.iter().any(|(t, r)| t == "blame" && !r.contains("+negated")), "{cues:?}");
    let (score, cues) = sentence("The mayor is too eager to please the developers.");
    assert!(score < -0.05, "{score} {cues:?}");
    // "too weak to win": what follows is still prevented (a guard).
    let (score, cues) = sentence("The coalition is too weak to win.");
    assert!(score < -0.05, "{score} {cues:?}");
}

#[test]
fn a_superlative_made_with_a_negator_is_emphasis() {
    for text in ["There is nothing more important than honest government.", "No governor has done more to protect the state's parks."] {
        let (score, cues) = sentence(text);
        assert!(score > 0.05, "{text:?}: {score} {cues:?}");
    }
    let (score, cues) = sentence("There is nothing more dangerous than a leader who will not listen.");
    assert!(score < -0.05, "{score} {cues:?}");
    // The belittling "nothing more X than" is not (a guard).
    let (score, cues) = sentence("The speech was nothing more substantial than a slogan.");
    assert!(score < 0.05, "{score} {cues:?}");
}
