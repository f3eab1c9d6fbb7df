//! Session 28 (helper `ner`): names the entity stage reads better beyond its training text.
//! Hand-written sentences; each case failed on the code before.

mod common;

use undertone::{analyze, Options};

/// The texts of the mentions of the entity named `name` in `text`.
fn mentions(text: &str, name: &str) -> Vec<String> {
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let e = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name} not found in {text:?}"));
    // (ASCII texts: byte and UTF-16 offsets agree.)
    e.mentions.iter().map(|m| text[m.start..m.end].to_string()).collect()
}

#[test]
fn shouted_common_words_are_no_names() {
    common::check(&[
        ("I LOVE this team and the crowd is BEST of all.", &[], &[("LOVE", "ORG"), ("BEST", "ORG")]),
        ("Honestly traffic was WORST today AND nobody cares about it.", &[], &[("WORST", "ORG"), ("AND", "ORG")]),
        ("The hostages were found ALIVE on Sunday, police said.", &[], &[("ALIVE", "ORG")]),
        // A listed name in capitals stays one, and so does a body's initials after a preposition.
        ("WHO said on Tuesday that the outbreak was under control.", &[("World Health Organization", "ORG")], &[]),
        ("The drug was rejected by NICE on Tuesday, and patients said the decision was not nice at all.", &[("NICE", "ORG")], &[]),
    ]);
}

#[test]
fn surnames_in_a_headline_in_capitals_join_the_person() {
    let text = "GOLF - HOLLOWAY LEADS BY TWO AT WESTBROOK .\nWESTBROOK , Ohio 1997-06-02\nAmerican Tegan Holloway shot a five-under-par 66 to lead by two strokes after the first round .";
    assert_eq!(mentions(text, "Tegan Holloway"), ["HOLLOWAY", "Tegan Holloway"]);
    // A headline word the text writes in lowercase elsewhere is no surname.
    let text = "OIL PRICES FALL AS PRICE WAR LOOMS .\nNEW YORK 1997-06-02\nAnalyst Sarah Price said the price of crude fell on Monday .";
    assert_eq!(mentions(text, "Sarah Price"), ["Sarah Price"]);
}
