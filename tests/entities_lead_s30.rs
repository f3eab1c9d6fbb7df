//! Session 30 (the lead): halls. Sentences written for these tests.

mod common;
use common::check;

/// "Hall of Fame" closes its hall's name, "Hall of Famer" is a title, "City Hall" a building.
#[test]
fn halls_of_fame_and_city_halls() {
    check(&[
        (
            "Fans hope the quartet's Rock and Roll Hall of Fame nomination will sell out the reunion tour.",
            &[("Rock and Roll Hall of Fame", "ORG")],
            &[("Roll Hall", "PERSON"), ("Fame", "GPE")],
        ),
        (
            "Last year the singer entered the Gospel Music Hall of Fame, and she still records every spring.",
            &[("Gospel Music Hall of Fame", "ORG")],
            &[("Gospel Music Hall", "PERSON"), ("Fame", "GPE")],
        ),
        (
            "Baseball Hall of Famer Dennis Okoro will coach the youth team this summer.",
            &[("Dennis Okoro", "PERSON")],
            &[("Baseball Hall", "PERSON"), ("Famer Dennis Okoro", "PERSON")],
        ),
        (
            "Courtside on Sunday sat Hall of Famers Ruth Adeyemi and Tomas Lindqvist.",
            &[("Ruth Adeyemi", "PERSON")],
            &[("Hall of Famers Ruth Adeyemi", "ORG"), ("Famers Ruth Adeyemi", "PERSON")],
        ),
        (
            "Residents say that City Hall is drafting new parking rules for the old town.",
            &[("City Hall", "ORG")],
            &[("City Hall", "PERSON")],
        ),
        ("Leon Hall signed with the Giants on Tuesday.", &[("Leon Hall", "PERSON")], &[]),
    ]);
}

/// A headline in capitals asking "WHO IS …?" names no World Health Organization; the body's
/// own "WHO" still does.
#[test]
fn who_asks_in_capitals() {
    check(&[
        ("WHO IS THE FRONT-RUNNER?", &[], &[("World Health Organization", "ORG")]),
        ("WHO WILL PAY FOR THE NEW BRIDGE?", &[], &[("World Health Organization", "ORG")]),
        ("The WHO said on Monday that the outbreak was over.", &[("World Health Organization", "ORG")], &[]),
    ]);
}

/// Beheading is CAMEO's "use conventional military force" (190), a cue of conflict even though
/// VADER has no score for the verb.
#[test]
fn beheading_is_conflict() {
    use undertone::EntityType::{Org, Person};
    common::check_stance(
        "The Northern Front beheaded Dana Whitfield, a reporter it had held for a year.",
        &[("Northern Front", Org, None), ("Dana Whitfield", Person, None)],
        &[("Northern Front", "Dana Whitfield", -1)],
    );
    common::check_stance(
        "Witnesses said the Northern Front decapitated Tomas Lindqvist in the square.",
        &[("Northern Front", Org, None), ("Tomas Lindqvist", Person, None)],
        &[("Northern Front", "Tomas Lindqvist", -1)],
    );
}
