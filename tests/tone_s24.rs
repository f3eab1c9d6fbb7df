//! Session 24's target rules through the public API, on sentences written for this file: a
//! target that is only the setting of what is said (a time, a place after "in", a speaker's
//! label), a name modifying a noun after "a", the one who asks, the one addressed about a
//! matter, a victim of violence, and the one opposed ("against X", "over X").

use undertone::{analyze, Options};

mod common;
use common::target_class;

fn assert_target_classes(cases: &[(&str, &str, i8)]) {
    for &(text, target, want) in cases {
        assert_eq!(target_class(text, target), want, "{text:?} toward {target:?}");
    }
}

#[test]
fn settings_and_bystanders_are_neutral() {
    let cases: &[(&str, &str, i8)] = &[
        ("On Friday the brutal gang attacked the village and murdered three farmers.", "Friday", 0),
        ("The brutal gang attacked a village in Ruritania and murdered three farmers.", "Ruritania", 0),
        ("MORENO: The brutal gang attacked the village and murdered three farmers.", "MORENO", 0),
        ("The brutal attack on the village was led by a Moreno aide.", "Moreno", 0),
        ("Moreno asked the minister whether the brutal gang had murdered three farmers.", "Moreno", 0),
        ("The minister lied to Moreno about the brutal gang that murdered three farmers.", "Moreno", 0),
        ("Moreno was shot and killed by the brutal gang that murdered three farmers.", "Moreno", 0),
    ];
    assert_target_classes(cases);
}

#[test]
fn the_one_opposed_reads_negative() {
    let cases: &[(&str, &str, i8)] = &[
        ("Prosecutors filed new charges against Moreno on Tuesday.", "Moreno", -1),
        ("Voters raised concerns over Moreno's role in the deal.", "Moreno", -1),
    ];
    assert_target_classes(cases);
}

/// A place an article mentions only as a setting ("met in Paris") is neutral: the rules give
/// its mention no features, and such a mention takes no article prior either.
#[test]
fn a_place_mentioned_as_a_setting_is_neutral() {
    let text = "Kerry and Lavrov met in Paris. The talks were constructive.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let paris = a.entities.iter().find(|e| e.name == "Paris").expect("Paris is an entity");
    assert_eq!(paris.sentiment, 0.0);
}

/// A word inside a name named twice or more is no judgement of the sentence ("Earnest" of the
/// press secretary Josh Earnest had been praise, "Good" of "Good Morning America"), in the
/// name's full mention and in its surname alone.
#[test]
fn words_inside_names_are_no_cues() {
    let text = "Josh Earnest spoke to reporters on Monday. Earnest said the plan would go ahead.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    for s in &a.sentences {
        assert!(s.cues.is_empty(), "{:?}", s.cues);
    }
}
