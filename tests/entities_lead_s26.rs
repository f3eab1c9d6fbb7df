//! Session 26 (the lead's rules): entity cases from real articles, each rewritten in invented
//! sentences. Every test here failed before its rule.

use undertone::{analyze, Analysis, Options};

fn run(text: &str) -> Analysis {
    analyze(text, &Options { clean: false, ..Options::default() })
}

/// (entity name, type, its mentions' texts in text order) for every entity.
fn entities(a: &Analysis) -> Vec<(String, &'static str, Vec<String>)> {
    a.entities
        .iter()
        .map(|e| {
            let mut ms: Vec<(usize, String)> = e.mentions.iter().map(|m| (m.start, a.text[m.start..m.end].to_string())).collect();
            ms.sort();
            (e.name.clone(), e.kind.as_str(), ms.into_iter().map(|(_, t)| t).collect())
        })
        .collect()
}

fn find<'a>(es: &'a [(String, &'static str, Vec<String>)], name: &str) -> Option<&'a (String, &'static str, Vec<String>)> {
    es.iter().find(|e| e.0 == name)
}

/// A state's abbreviation after a city and a comma is that state, stop included, and one entity
/// with the state written in full.
#[test]
fn state_abbreviations_after_a_city_are_the_state() {
    let a = run("The unit is based in Bridgeton, Ore. and employs 90 people. Oregon officials welcomed it.");
    let es = entities(&a);
    let oregon = find(&es, "Oregon").unwrap_or_else(|| panic!("{es:?}"));
    assert_eq!((oregon.1, oregon.2.clone()), ("GPE", vec!["Ore.".to_string(), "Oregon".to_string()]), "{es:?}");
    assert!(find(&es, "Ore.").is_none(), "{es:?}");

    for (text, state, mention) in [
        ("Halvey Robotics, a startup from Lindenfield, Calif., said it had raised money.", "California", "Calif."),
        ("Police in Carver Falls, Mo. said the man had fled.", "Missouri", "Mo."),
        ("A Dunmore, Pa.-based maker of valves was sold.", "Pennsylvania", "Pa."),
        ("She grew up in Holbrook, N.J., and moved away.", "New Jersey", "N.J."),
    ] {
        let es = entities(&run(text));
        let e = find(&es, state).unwrap_or_else(|| panic!("{text}: {es:?}"));
        assert_eq!((e.1, e.2.clone()), ("GPE", vec![mention.to_string()]), "{text}: {es:?}");
    }
}

/// The same words elsewhere are no state: only "City, Abbr." is.
#[test]
fn abbreviation_words_elsewhere_are_not_states() {
    for text in ["Wash the car before noon, he said.", "Ill and tired, the runner stopped.", "Ark Music said the album was late."] {
        let es = entities(&run(text));
        for state in ["Washington", "Illinois", "Arkansas"] {
            assert!(find(&es, state).is_none(), "{text}: {es:?}");
        }
    }
}

/// Detective, inspector, private and the like abbreviated before a name are titles: the name
/// after them is the person, and the sentence does not end at their stop.
#[test]
fn abbreviated_ranks_are_titles() {
    let a = run("No foul play was found, said Det. Arnaldo Pruitt. Insp. Morrow and Pvt. Kesey agreed.");
    let es = entities(&a);
    for name in ["Arnaldo Pruitt", "Morrow", "Kesey"] {
        let e = find(&es, name).unwrap_or_else(|| panic!("{name}: {es:?}"));
        assert_eq!(e.1, "PERSON", "{es:?}");
    }
    for title in ["Det", "Insp", "Pvt"] {
        assert!(!es.iter().any(|e| e.2.iter().any(|m| m.starts_with(title))), "{title}: {es:?}");
    }
    assert_eq!(a.sentences.len(), 2, "{:?}", a.sentences);
}

/// Capitals glued by "&" are one company ("AT&T", "AT&T Inc.", a place's school "Texas A&M");
/// "Q&A" and "R&D" are no names.
#[test]
fn ampersand_names_are_whole() {
    for (text, name) in [
        ("Carriers such as Verizon and AT&T raised prices on Monday.", "AT&T"),
        ("The lawsuit against AT&T Inc. was dropped.", "AT&T Inc"),
        ("If Texas A&M hires him, the coach would move.", "Texas A&M"),
    ] {
        let es = entities(&run(text));
        let e = find(&es, name).unwrap_or_else(|| panic!("{text}: {es:?}"));
        assert_eq!(e.1, "ORG", "{text}: {es:?}");
        assert!(!es.iter().any(|e| e.0 == "T Inc" || e.0 == "Texas" || e.0 == "AT"), "{text}: {es:?}");
    }
    let es = entities(&run("After the Q&A session, the firm raised its R&D budget."));
    assert!(!es.iter().any(|e| e.0.contains('&')), "{es:?}");
}

/// A Korean or Chinese name puts the family name first: alone later, that name is the person
/// named first with it ("Kim" after "Kim Jong Un" and his grandfather "Kim Il Sung"; "Moon"
/// after "Moon Jae-in").
#[test]
fn family_names_written_first_are_the_person() {
    let a = run("North Korean leader Kim Jong Un had an operation on his ankle. His grandfather Kim Il Sung \
                 founded the state. Kim is recovering, officials said, and Kim will appear soon.");
    let es = entities(&a);
    let kim = find(&es, "Kim Jong Un").unwrap_or_else(|| panic!("{es:?}"));
    assert_eq!(kim.2, vec!["Kim Jong Un", "Kim", "Kim"], "{es:?}");
    assert!(find(&es, "Kim").is_none(), "{es:?}");

    let es = entities(&run("President Moon Jae-in met the envoy in Seoul. Moon said the talks had gone well."));
    let moon = find(&es, "Moon Jae-in").unwrap_or_else(|| panic!("{es:?}"));
    assert_eq!(moon.2, vec!["Moon Jae-in", "Moon"], "{es:?}");

    // A Western name is not read so: "Lee" goes to the person whose surname it is.
    let es = entities(&run("Lee Smith scored twice. Coach Robert Lee was pleased. Lee said the team had earned it."));
    let lee = find(&es, "Robert Lee").unwrap_or_else(|| panic!("{es:?}"));
    assert_eq!(lee.2, vec!["Robert Lee", "Lee"], "{es:?}");
}

/// A street's name ends in its kind of road, abbreviated or not: a place, not a person or a body.
#[test]
fn roads_are_places() {
    for (text, name) in [
        ("The flat in the 3600 block of E. Varden Blvd. was sealed off.", "E. Varden Blvd"),
        ("Offices at 1200 Harlow Boulevard were sold to the bank.", "Harlow Boulevard"),
        ("A crash closed the Marlow Valley Parkway on Monday.", "Marlow Valley Parkway"),
    ] {
        let es = entities(&run(text));
        let e = find(&es, name).unwrap_or_else(|| panic!("{text}: {es:?}"));
        assert_eq!(e.1, "LOC", "{text}: {es:?}");
    }
}

/// A greeting before a name is no part of it, and an interjection opening a sentence ("Well,",
/// "Sure,", "Oh") is no name.
#[test]
fn greetings_and_interjections_are_no_names() {
    let es = entities(&run("The reporter is in Haverly, Ohio. Hi Merrin. Dear Carolyn, thanks for writing."));
    for name in ["Merrin", "Carolyn"] {
        let e = find(&es, name).unwrap_or_else(|| panic!("{name}: {es:?}"));
        assert_eq!(e.1, "PERSON", "{es:?}");
    }
    assert!(!es.iter().any(|e| e.0.starts_with("Hi ") || e.0.starts_with("Dear ")), "{es:?}");
    let es = entities(&run("Well, here is the oddest thing you will read today. The nurse gave him some pills and sent \
                            him home. Well, that did not exactly solve the problem. Sure, he is 81. Hey, the rats are smart."));
    assert!(es.iter().all(|e| e.1 == "DATE"), "{es:?}");
}

/// Cities added to the places list: "Ann Arbor" had been a person ("Ann" a given name), "Perth"
/// before its nouns no name or a person.
#[test]
fn listed_cities_are_places() {
    for (text, name) in [
        ("A pizza driver in Ann Arbor got a big tip, and the Ann Arbor driver was happy.", "Ann Arbor"),
        ("Perth scientists have cast doubt on the claim.", "Perth"),
    ] {
        let es = entities(&run(text));
        let e = find(&es, name).unwrap_or_else(|| panic!("{text}: {es:?}"));
        assert_eq!(e.1, "GPE", "{text}: {es:?}");
    }
}

/// "WWII" is World War II, an event, and one entity with the war named in full.
#[test]
fn world_war_acronyms_are_the_wars() {
    let es = entities(&run("He fought in World War II as a pilot. WWII ended in 1945, and a WWI memorial opened."));
    let ww2 = find(&es, "World War II").unwrap_or_else(|| panic!("{es:?}"));
    assert_eq!((ww2.1, ww2.2.clone()), ("EVENT", vec!["World War II".to_string(), "WWII".to_string()]), "{es:?}");
    let ww1 = find(&es, "World War I").unwrap_or_else(|| panic!("{es:?}"));
    assert_eq!((ww1.1, ww1.2.clone()), ("EVENT", vec!["WWI".to_string()]), "{es:?}");
}
