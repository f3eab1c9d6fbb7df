//! Session 30 (issue 4, entities): headline capitals, languages, and names the hyphen, a
//! club's short form or a sentence's start had misread.
mod common;

/// A headline's capitals make no name of a word the text otherwise writes as a common word.
#[test]
fn headline_capitals_make_no_names() {
    common::check(&[
        (
            "Vampire Bats: Victims 'Rising from the Dead' Story Is Fake\nThe story spread online this week. Doctors in Leeds said no patient had died.",
            &[("Leeds", "GPE")],
            &[("Victims", "ORG"), ("Dead", "GPE")],
        ),
        // A list holding a sure name does not make names of the headline's common words.
        ("Read the latest Garmin News, Reviews and Features here\nThe watch sells for $300 in stores, the company said.", &[], &[("Reviews", "ORG"), ("Features", "ORG")]),
    ]);
}

/// A language alone is its speakers' (NORP), not a place or a body.
#[test]
fn languages_are_no_places() {
    common::check(&[
        (
            "Radio listeners heard the interview on the Hausa service on Friday. It was translated from Hausa by reporters in Kano.",
            &[("Hausa", "NORP"), ("Kano", "GPE")],
            &[("Hausa", "GPE")],
        ),
        ("The village is called Nahal in Hebrew, and two streams feed it.", &[("Hebrew", "NORP")], &[("Hebrew", "GPE")]),
        ("It comes after reports in Arabic-language newspapers on Thursday.", &[("Arabic", "NORP")], &[("Arabic", "GPE")]),
    ]);
}

/// A club's short name, a country's command, a nickname with "-man", and a state whose name
/// joins two countries.
#[test]
fn names_the_rules_had_misread() {
    common::check(&[
        ("The coach said Man City would weigh up a bid for the striker.", &[("Man City", "ORG")], &[("Man City", "PERSON")]),
        (
            "Gen. Lloyd Austin, the head of United States Central Command, declined to comment.",
            &[("United States Central Command", "ORG")],
            &[("United States Central Command", "GPE")],
        ),
        ("Fans cheered as the rescued climber, nicknamed Spider-man, waved from the roof.", &[("Spider-man", "MISC")], &[("Spider", "GPE")]),
        ("Fans queued for the new Spider-Man film on Friday.", &[("Spider-Man", "MISC")], &[("Spider-Man", "NORP")]),
        ("The war began between Serbia and Austria-Hungary, the historian said.", &[("Austria-Hungary", "GPE")], &[("Austria", "GPE"), ("Hungary", "GPE")]),
        // Two countries before what they share stay two.
        ("The Iran-Iraq war lasted eight years.", &[("Iran", "GPE"), ("Iraq", "GPE")], &[]),
    ]);
}

/// The first word of a long name with no listed given name, as a speaker, is the person.
#[test]
fn a_long_name_by_its_first_word() {
    common::check(&[(
        "WHO Director-General Tedros Adhanom Ghebreyesus spoke in Geneva on Monday. At the time   Tedros  praised the plan. Later   Tedros  said the plan had failed.",
        &[("Tedros Adhanom Ghebreyesus", "PERSON")],
        &[("Tedros", "ORG")],
    )]);
}
