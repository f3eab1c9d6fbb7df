//! Session 31 (helper `stance`): officials act for the state or body their role names, in
//! apposition too; he/she prefer the previous sentence's subject; a head of state named by the
//! title alone acts for the country the article ties that title to. Hand-written sentences.

mod common;

use common::run;
use undertone::Analysis;

/// The name of the entity the person with a mention written `form` acts for.
fn acts_for(a: &Analysis, form: &str) -> Option<String> {
    let e = a.entities.iter().find(|e| e.mentions.iter().any(|m| m.of(&a.text) == form)).unwrap_or_else(|| panic!("no mention {form:?} in {:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()));
    e.acts_for.map(|i| a.entities[i].name.clone())
}

/// The score of the pair of the entities named `x` and `y`, if any.
fn pair(a: &Analysis, x: &str, y: &str) -> Option<f32> {
    let name = |i: usize| a.entities[i].name.as_str();
    a.stance.iter().find(|p| (name(p.source), name(p.target)) == (x, y) || (name(p.source), name(p.target)) == (y, x)).map(|p| p.score)
}

fn pairs(a: &Analysis) -> Vec<(String, String, f32)> {
    a.stance.iter().map(|p| (a.entities[p.source].name.clone(), a.entities[p.target].name.clone(), p.score)).collect()
}

// Issue 5: a role in apposition, or with a phrase between it and the name, names whom the
// official acts for: "COUNTRY's ROLE …, NAME", "NAME, COUNTRY's ROLE to ORG,", "NAME, the
// COUNTRY ROLE to ORG,", "ORG's ROLE, NAME,", "NAME, the ROLE of ORG,".
#[test]
fn roles_in_apposition_name_whom_officials_act_for() {
    let cases = [
        ("Tomas Varga, Britain's ambassador to the U.N., criticized Russia on Monday.", "Tomas Varga", "United Kingdom", "Russia"),
        ("Anna Berg, the U.S. ambassador to the United Nations, criticized Russia on Monday.", "Anna Berg", "United States", "Russia"),
        ("Britain's ambassador to the United Nations, Tomas Varga, criticized Russia on Monday.", "Tomas Varga", "United Kingdom", "Russia"),
        ("The Islamic State's spokesman, Abu Karim al-Masri, threatened France on Monday.", "Abu Karim al-Masri", "Islamic State", "France"),
        ("Ivo Marek, the secretary-general of NATO, criticized Russia on Monday.", "Ivo Marek", "NATO", "Russia"),
    ];
    for (text, person, owner, other) in cases {
        let a = run(text);
        assert_eq!(acts_for(&a, person).as_deref(), Some(owner), "{text}");
        assert!(pair(&a, owner, other).is_some_and(|s| s < 0.0), "{text}: {:?}", pairs(&a));
    }
    // A body right before its officer's role: "Islamic State spokesman NAME".
    let a = run("Islamic State spokesman Abu Karim al-Masri threatened France on Monday.");
    assert_eq!(acts_for(&a, "Abu Karim al-Masri").as_deref(), Some("Islamic State"));
    assert!(pair(&a, "Islamic State", "France").is_some_and(|s| s < 0.0), "{:?}", pairs(&a));
    // No owner: a former official, a rank or church title after an organisation, kin, a trade.
    let a = run("Former White House press secretary Tomas Varga praised Russia on Monday.");
    assert_eq!(acts_for(&a, "Tomas Varga"), None);
    let a = run("The photo was released courtesy of the Acme Foundation Prince Harald of Ruritania.");
    assert!(a.entities.iter().all(|e| e.acts_for.is_none_or(|i| a.entities[i].name != "Acme Foundation")));
    let a = run("His father, Karl Berg, praised Russia on Monday.");
    let berg = a.entities.iter().find(|e| e.name == "Karl Berg").unwrap();
    assert_eq!(berg.role, None, "kin is no role");
    let a = run("Karl Berg, a professor of the University of Oslo, praised Russia on Monday.");
    assert_eq!(acts_for(&a, "Karl Berg"), None);
}

// A role in apposition makes an official of a private person: "NAME, a white police officer,".
#[test]
fn a_role_in_apposition_makes_an_official() {
    let a = run("Karl Berg, a white police officer, shot Michael Dunn in Ferguson.");
    let berg = a.entities.iter().find(|e| e.name == "Karl Berg").unwrap();
    assert_eq!(berg.role.as_deref(), Some("police officer"));
    assert!(pair(&a, "Karl Berg", "Michael Dunn").is_some_and(|s| s < 0.0), "{:?}", pairs(&a));
}

// Issue 5: he/she opening a sentence stands for the previous sentence's subject (a person, or
// a body's member: "an Islamic State militant"), not the most recent or most salient person.
#[test]
fn a_subject_pronoun_takes_the_previous_subject() {
    let a = run("President Karl Berg criticized the rebels on Monday. Then an Islamic State militant made a statement. He then attacked France.");
    assert!(pair(&a, "Islamic State", "France").is_some_and(|s| s < 0.0), "{:?}", pairs(&a));
    // A fronted phrase before the pronoun; a quote between keeps the subject before it.
    let a = run("President Karl Berg criticized the rebels on Monday.\n\nThen an Islamic State militant made a statement. Speaking calmly, he named Berg.\n\n\"We will fight Berg,\" the video said.\n\nHe then attacked France.");
    assert!(pair(&a, "Islamic State", "France").is_some_and(|s| s < 0.0), "{:?}", pairs(&a));
}

// Issue 5: a head of state titled alone, in an article naming several countries, acts for the
// country the article ties that title to ("Norway's president", "the president of Norway"),
// not for one whose president is someone else or a former one.
#[test]
fn a_head_of_state_acts_for_the_country_tied_to_the_title() {
    for tie in ["Norway's president", "the president of Norway"] {
        let text = format!("President Karl Berg arrived in Paris on Monday. France and Italy welcomed the visit of {tie}. Berg criticized Russia.");
        let a = run(&text);
        assert_eq!(acts_for(&a, "Karl Berg").as_deref(), Some("Norway"), "{text}");
        assert!(pair(&a, "Norway", "Russia").is_some_and(|s| s < 0.0), "{text}: {:?}", pairs(&a));
    }
    let a = run("President Karl Berg arrived in Paris on Monday. France and Italy welcomed the visit of the former president of Norway. Berg criticized Russia.");
    assert_eq!(acts_for(&a, "Karl Berg"), None);
    let a = run("President Karl Berg arrived in Paris on Monday. Italy and Norwegian President Ola Dahl welcomed the visit of France's president. Norway's president criticized Russia. Berg criticized Italy.");
    assert_eq!(acts_for(&a, "Karl Berg").as_deref(), Some("France"));
}
