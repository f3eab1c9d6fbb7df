//! Session 29 (the lead): entity merging (shorter names, nicknames, acronyms without the
//! suffix), names with suffixes, possessives of bodies, and who acts for a state.

mod common;

use common::{group, run};

#[test]
fn a_persons_acronym_leaves_out_the_suffix() {
    let cases = [
        ("Robert F. Kennedy Jr. spoke at the hearing on Tuesday. RFK said the agency would review the rules.", "RFK", "Robert F. Kennedy Jr"),
        ("Marcus J. Okafor III won the primary. MJO told supporters that the count was fair.", "MJO", "Marcus J. Okafor III"),
    ];
    for (text, acronym, full) in cases {
        let a = run(text);
        let (name, ms) = group(&a, acronym);
        assert_eq!(name, full, "{text}: {ms:?}");
    }
}

#[test]
fn a_names_suffix_ends_the_persons_name() {
    // A role word that is the surname before a suffix is no role ("King" of "Martin Luther
    // King III"), and a surname with its suffix after a given name and initial stays the
    // person's name.
    let cases = [
        ("Martin Luther King III spoke at the memorial.", "Martin Luther King III"),
        ("Marcus J. Okafor III won the primary.", "Marcus J. Okafor III"),
    ];
    for (text, full) in cases {
        let a = run(text);
        let names: Vec<_> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str(), e.role.as_deref())).collect();
        assert_eq!(names, vec![(full, "PERSON", None)], "{text}");
    }
}

#[test]
fn a_bodys_unit_after_its_possessive_is_an_organisation_of_its_own() {
    // A body named by its tail word owns the unit after its possessive: two organisations
    // ("King's College", one name, stays whole).
    let a = run("Commander Alan Reyes of the Metropolitan Police's Counter Terrorism Command said the raid was planned.");
    let orgs: Vec<_> = a.entities.iter().filter(|e| e.kind.as_str() == "ORG").map(|e| e.name.as_str()).collect();
    assert!(orgs.contains(&"Metropolitan Police") && orgs.contains(&"Counter Terrorism Command"), "{orgs:?}");
    let a = run("She studied at Harvard University's School of Medicine before joining King's College as a lecturer.");
    let orgs: Vec<_> = a.entities.iter().filter(|e| e.kind.as_str() == "ORG").map(|e| e.name.as_str()).collect();
    assert!(orgs.contains(&"Harvard University") && orgs.contains(&"School of Medicine") && orgs.contains(&"King's College"), "{orgs:?}");
    // A military command is an organisation.
    let a = run("A spokesman for U.S. Central Command said the strikes hit ten targets.");
    let e = a.entities.iter().find(|e| e.name.ends_with("Central Command")).expect("no Central Command");
    assert_eq!(e.kind.as_str(), "ORG");
}

#[test]
fn a_persons_name_written_shorter_is_the_person() {
    let cases = [
        // A common short form of the given name.
        ("Michael Brandt was named coach on Monday. Fans who know him as Mike Brandt cheered.", "Mike Brandt", "Michael Brandt"),
        ("Edward Kowalczyk spoke first. Later, Ted Kowalczyk told reporters he was relieved.", "Ted Kowalczyk", "Edward Kowalczyk"),
        // Middle names left out.
        ("The video named Steven Joel Sotloff as the next hostage. Steven Sotloff had been missing for a year.", "Steven Sotloff", "Steven Joel Sotloff"),
        // A surname of two words.
        ("Greta Van Susteren hosted the debate. Van Susteren asked about the budget first.", "Van Susteren", "Greta Van Susteren"),
    ];
    for (text, short, full) in cases {
        let a = run(text);
        let (name, ms) = group(&a, short);
        assert_eq!(name, full, "{text}: {ms:?}");
    }
    // Not when two persons' names hold the short one.
    let a = run("George W. Bush met George H.W. Bush at the ranch. George Bush said little.");
    let (name, ms) = group(&a, "George Bush");
    assert_eq!(name, "George Bush", "{ms:?}");
    // Nor a listed given name's short form that is another name.
    let a = run("Jack Morrow and his father John Morrow ran the store.");
    let (_, ms) = group(&a, "Jack Morrow");
    assert!(!ms.contains(&"John Morrow"), "{ms:?}");
}

#[test]
fn a_preposition_opening_a_sentence_is_no_part_of_the_name() {
    let cases = [
        ("Officer Dale Fenwick shot Michael Brown in August. Like Brown, Ferrell was unarmed.", "Brown", "Michael Brown"),
        ("The Senate confirmed Judge Marvin Quattlebaum on Tuesday. Besides Quattlebaum, the Senate confirmed four judges.", "Quattlebaum", "Marvin Quattlebaum"),
    ];
    for (text, short, full) in cases {
        let a = run(text);
        let (name, ms) = group(&a, short);
        assert_eq!(name, full, "{text}: {ms:?}");
    }
}

#[test]
fn a_private_persons_trade_acts_for_no_state() {
    // A journalist or a rapper of a nation is no official: no state acts through them; a
    // diplomat of one still acts for it.
    let a = run("American journalist Dana Corvell was held by Islamic State militants in Syria. American diplomat Neil Hasty met the Syrian envoy.");
    let acts = |name: &str| {
        let e = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no {name}"));
        e.acts_for.map(|k| a.entities[k].name.clone())
    };
    assert_eq!(acts("Dana Corvell"), None);
    assert_eq!(acts("Neil Hasty").as_deref(), Some("American"));
}
