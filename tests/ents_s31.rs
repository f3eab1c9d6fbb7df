//! Session 31 (issue 4, entities): teams' nicknames, players of a set-scored sport, products
//! and "Scotland Yard".
mod common;

/// In a sports report a capitalised plural after "the", before a team's noun, or after a
/// city's name is a team (ORG, as CoNLL-2003 types teams); a family stays persons.
#[test]
fn teams_are_organisations() {
    common::check(&[
        (
            "The quarterback threw two touchdowns, but the Jets lost again. The Jets now face a long trip west.",
            &[("Jets", "ORG")],
            &[("Jets", "PERSON")],
        ),
        (
            "The rookie pitcher struck out nine as the Nationals won at home. Nationals fans stood for the final out.",
            &[("Nationals", "ORG")],
            &[("Nationals", "MISC")],
        ),
        ("His former teammates cheered when the coach called the Falcons together after practice.", &[("Falcons", "ORG")], &[("Falcons", "PERSON")]),
        (
            "The coach spent six seasons with the Washington Capitals before the playoff run.",
            &[("Washington Capitals", "ORG")],
            &[("Washington Capitals", "GPE")],
        ),
        (
            "The NFL game between the New England Patriots and the Jets drew a record crowd.",
            &[("New England Patriots", "ORG")],
            &[("New England", "LOC")],
        ),
        // A team's noun alone says so ("Bulls teammates").
        ("He hugged his Bulls teammates after the final whistle.", &[("Bulls", "ORG")], &[("Bulls", "MISC")]),
        // Families stay persons, in a sports report too.
        (
            "Peyton Manning and his brother watched the game; the Mannings sat behind the coach.",
            &[("Peyton Manning", "PERSON")],
            &[("Mannings", "ORG")],
        ),
        ("The Clintons and the Kennedys attended the dinner in New York.", &[("Clintons", "PERSON")], &[("Clintons", "ORG")]),
    ]);
}

/// A name right before a match's set scores, or after a result's word in their sentence, is
/// a player, not a team.
#[test]
fn players_of_set_scores_are_persons() {
    common::check(&[
        (
            "Top seed Marco Albani beat Verdasco 7-5, 6-3, 6-4 in the quarterfinal. Verdasco said the wind had beaten him.",
            &[("Verdasco", "PERSON")],
            &[("Verdasco", "ORG")],
        ),
        (
            "Nadal fell 7-6 (5), 6-4, the first time he has lost to Lopez on grass. Lopez served for the match.",
            &[("Lopez", "PERSON")],
            &[("Lopez", "ORG"), ("Lopez", "GPE")],
        ),
    ]);
}

/// A name before a device's noun or a version's number, or after a software assistant's
/// noun, is a product (MISC), not a person or a place.
#[test]
fn products_are_no_persons_or_places() {
    common::check(&[
        ("Amazon sold more Kindle e-readers this year, and the Kindle store grew.", &[("Kindle", "MISC")], &[("Kindle", "PERSON"), ("Kindle", "GPE")]),
        ("Google released Android 5.0 for its phones on Monday.", &[("Android", "MISC")], &[("Android", "PERSON")]),
        ("Apple's voice assistant Siri can now read messages aloud.", &[("Siri", "MISC")], &[("Siri", "PERSON")]),
        // A share is no version.
        ("Reruns of Seinfeld 7.5% faster drew complaints.", &[], &[("Seinfeld", "MISC")]),
    ]);
}

/// "Scotland Yard" is the police (ORG), not a place, and a body named after its possessive
/// keeps its own name.
#[test]
fn scotland_yard_is_the_police() {
    common::check(&[
        (
            "A spokesman for the unit at Scotland Yard would not confirm the names.",
            &[("Scotland Yard", "ORG")],
            &[("Scotland Yard", "GPE"), ("Scotland", "GPE")],
        ),
        (
            "Commander Ann Hale, of Scotland Yard's Counter Terrorism Command, said the inquiry went on.",
            &[("Scotland Yard", "ORG"), ("Counter Terrorism Command", "ORG")],
            &[("Scotland", "GPE")],
        ),
    ]);
}
