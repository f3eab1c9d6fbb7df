//! Session 28's sentence rules and words for opinion prose, through the public API, on
//! editorial-style sentences written for this file: a clause that denies from its start
//! ("There is nothing in the bill that helps", "No one has offered a credible plan"), the
//! spaced forms of judgement compounds ("well designed", "mean spirited"), and judgement
//! words VADER lacks ("shortcomings", "rehash", "invaluable").

mod common;

use common::first_sentence as sentence;

#[test]
fn a_good_word_in_a_denied_clause_is_denied() {
    for text in [
        "There is nothing in the budget that helps working families.",
        "There isn't a single provision that protects renters.",
        "There has never been a budget that protects renters.",
        "No one on the council has offered a credible plan.",
        "Nothing in the mayor's proposal would improve the schools.",
        "Neither party has offered a workable plan.",
    ] {
        let (score, cues) = sentence(text);
        assert!(score < -0.05, "{text:?}: {score} {cues:?}");
        assert!(cues.iter().any(|(_, r)| r.contains("negated")), "{text:?}: {cues:?}");
    }
}

#[test]
fn a_denial_is_no_praise_nor_emphasis_denied() {
    // Emphasis and concession keep their good word.
    for text in [
        "There is no doubt that the new library is a wonderful place.",
        "There is no shortage of good ideas on the council.",
        "Whatever else it lacks, the city has no shortage of talent.",
        "There is nothing better than a good public library.",
        "Nothing is more important than a safe and healthy city.",
    ] {
        let (score, cues) = sentence(text);
        assert!(score > 0.05, "{text:?}: {score} {cues:?}");
    }
    // The denial ends with its clause: what follows "but" or "if" is the writer's own.
    let (score, cues) = sentence("There is nothing wrong with the plan if it is well designed.");
    assert!(score > 0.05, "{score} {cues:?}");
    let (_, cues) = sentence("No tax was raised, and the budget is sensible.");
    assert!(cues.iter().any(|(t, r)| t == "sensible" && r == "lexicon"), "{cues:?}");
    // Plenty of blame is no praise.
    let (score, _) = sentence("There is no shortage of blame to go around.");
    assert!(score < 0.05, "{score}");
    // A bad word is denied only within a negator's reach (a denied fault is no praise).
    let (_, cues) = sentence("There is no evidence in the long report that the program was harmful.");
    assert!(cues.iter().any(|(t, r)| t == "harmful" && r == "lexicon"), "{cues:?}");
}

#[test]
fn spaced_compounds_of_judgement_read_as_one() {
    for (text, word, positive) in [
        ("The program is well designed and well run.", "well designed", true),
        ("The report was well researched.", "well researched", true),
        ("It was a mean spirited attack on the poor.", "mean spirited", false),
        ("The council passed a short sighted budget.", "short sighted", false),
        ("The senator's self serving speech fooled no one.", "self serving", false),
        ("The agency's response was well-reasoned.", "well-reasoned", true),
    ] {
        let (score, cues) = sentence(text);
        assert!(cues.iter().any(|(t, _)| t == word), "{text:?}: {cues:?}");
        assert_eq!(score > 0.05, positive, "{text:?}: {score} {cues:?}");
        assert!(score.abs() >= 0.05, "{text:?}: {score}");
    }
    // Negated like any cue; "well" alone is still no cue.
    let (score, _) = sentence("The plan is not well designed.");
    assert!(score < -0.05, "{score}");
    let (_, cues) = sentence("The plan is well known.");
    assert!(cues.is_empty(), "{cues:?}");
}

#[test]
fn judgement_words_of_opinion_prose() {
    for (text, positive) in [
        ("The governor's shortcomings are many.", false),
        ("The report is a rehash of old complaints.", false),
        ("The ruling was a hasty one.", false),
        ("The council is mired in petty feuds.", false),
        ("Volunteers provide an invaluable service.", true),
        ("The new guide is informative.", true),
    ] {
        let (score, cues) = sentence(text);
        assert_eq!(score > 0.05, positive, "{text:?}: {score} {cues:?}");
        assert!(score.abs() >= 0.05, "{text:?}: {score} {cues:?}");
    }
}
