//! Session 26's rules through the public API, on sentences written for this file: the one
//! ahead in a race ("X leads Y by six points", "polls show X ahead") is spoken of well, and
//! a headline in title case has cues ("Mayor Embroiled In Shameful Scandal").

use undertone::{analyze, Options};

mod common;
use common::target_class;

#[test]
fn the_one_ahead_in_a_race_is_positive() {
    for (text, target) in [
        ("In the latest survey, Moreno leads Aldo by six points.", "Moreno"),
        ("Moreno is now leading the field with 41 percent of likely voters.", "Moreno"),
        ("With most precincts counted, Moreno led by about 1,900 votes.", "Moreno"),
    ] {
        assert_eq!(target_class(text, target), 1, "{text:?} toward {target:?}");
    }
}

#[test]
fn a_lead_of_another_kind_is_not_a_race() {
    // No tally of votes, points or polls: "led" is no lead in a race.
    assert_ne!(target_class("Moreno led the delegation to the capital on Tuesday.", "Moreno"), 1);
}

#[test]
fn a_headline_in_title_case_has_cues() {
    // Its capitalised words are no names: the sentence and its targets read their cues.
    let text = "Ruritania Mayor Moreno Embroiled In Shameful Corruption Scandal";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    assert!(a.sentences[0].sentiment < -0.05, "{:?}", a.sentences[0]);
    assert!(a.sentences[0].cues.iter().any(|c| &text[c.span.start..c.span.end] == "Shameful"), "{:?}", a.sentences[0].cues);
    assert_eq!(target_class(text, "Moreno"), -1);
    assert_eq!(target_class("Aldo Hails Brilliant Triumph Of Ruritania Reformers", "Aldo"), 1);
    // A sentence with a few names is no headline: "Good" of a name stays no cue.
    let names = "Senator Aldo Good said Moreno and Clinton met in Ruritania.";
    let a = analyze(names, &Options { clean: false, ..Options::default() });
    assert!(a.sentences[0].cues.is_empty(), "{:?}", a.sentences[0].cues);
}
