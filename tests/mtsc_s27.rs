//! Session 27's per-target rules through the public API, on sentences written for this file:
//! the one an act of violence is done to ("the gunman fatally shot X", "intended to kill X")
//! is its victim, not the one the sentence speaks against, while the one who does it is; and
//! one who reports what another did ("X claimed Y was a fraud") is not the one spoken against.

mod common;
use common::target_class;

#[test]
fn the_object_of_an_act_of_violence_is_its_victim() {
    for (text, target) in [
        ("Prosecutors said the brutal thug intended to kill Moreno.", "Moreno"),
        ("The vicious attacker, police said, had kidnapped Moreno and terrorized the town.", "Moreno"),
        ("The killer was charged with murdering Moreno in a horrific ambush.", "Moreno"),
    ] {
        assert_eq!(target_class(text, target), 0, "{text:?} toward {target:?}");
    }
}

#[test]
fn the_one_who_does_the_violence_is_not_its_victim() {
    assert_eq!(target_class("Police said Moreno brutally murdered two guards.", "Moreno"), -1);
}

#[test]
fn one_who_reports_what_another_did_is_not_read_negative() {
    // The bad news is about the one reported on, not about the one who reports it.
    for (text, target) in [
        ("Aldo claimed Moreno was a liar and a fraud.", "Aldo"),
        ("Aldo insisted that Ruritania's brutal crackdown was a crime.", "Aldo"),
    ] {
        assert_eq!(target_class(text, target), 0, "{text:?} toward {target:?}");
    }
    // The one reported on keeps its reading.
    assert_eq!(target_class("Aldo claimed Moreno was a liar and a fraud.", "Moreno"), -1);
}

#[test]
fn one_who_speaks_of_itself_keeps_its_reading() {
    // About the speaker: "he", "his" before any other name.
    for text in [
        "Aldo said he was a liar and a fraud.",
        "Aldo claimed he had failed the town and betrayed its trust.",
        "Aldo said his own corrupt scheme with Moreno was a disaster.",
    ] {
        assert_eq!(target_class(text, "Aldo"), -1, "{text:?}");
    }
}
