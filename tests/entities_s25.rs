//! Session 25: rules for encyclopaedia-style prose (titles of works, definitions, initials,
//! states and bodies "of" a place, sports leagues, ships, peers' titles). Each sentence was
//! written for this file; each test failed on session 24's code.


mod common;
use common::check;

#[test]
fn titles_after_the_nouns_of_works() {
    check(&[
        ("Her second album, Lantern Hours, was released by a small label in 2004.", &[("Lantern Hours", "MISC")], &[]),
        ("It was based on the novel The Grey Quay by Arthur Penhaligon.", &[("The Grey Quay", "MISC"), ("Arthur Penhaligon", "PERSON")], &[]),
        ("The single \"Salt Road\" reached number 12 on the chart.", &[("Salt Road", "MISC")], &[]),
        ("He later wrote a memoir, A Small Country in a Large World, about his years in office.", &[("A Small Country in a Large World", "MISC")], &[]),
        // A place or a date after a title's last word is no part of it.
        ("The band toured with its debut album Frostbound in Finland.", &[("Frostbound", "MISC"), ("Finland", "GPE")], &[]),
    ]);
}

#[test]
fn definitions_type_their_subject() {
    check(&[
        ("Kelvoran is the largest town and main port of the islands.", &[("Kelvoran", "GPE")], &[]),
        ("The Rio Verdal is a river in southwestern Spain.", &[("Rio Verdal", "LOC")], &[]),
        ("The Lantern Keepers is a Canadian fantasy television series that aired from 2011 to 2014.", &[("The Lantern Keepers", "MISC")], &[]),
        ("\"Orchard Lane\" is a song by the English rock band the Kinks.", &[("Orchard Lane", "MISC")], &[]),
        ("Penrose Tilbury (2001) is a British crime film directed by Michael Relph.", &[("Penrose Tilbury", "MISC")], &[]),
    ]);
}

#[test]
fn initials_join_the_name_after_them() {
    check(&[
        ("The screenplay was written by T. E. B. Clarke and filmed in Liverpool.", &[("T. E. B. Clarke", "PERSON")], &[]),
        ("The lecture was given by J. R. R. Tolkien in 1939.", &[("J. R. R. Tolkien", "PERSON")], &[]),
    ]);
}

#[test]
fn states_and_bodies_of_a_place() {
    check(&[
        ("The army of the Kingdom of Italy was defeated near the town.", &[("Kingdom of Italy", "GPE")], &[("Kingdom", "ORG")]),
        ("The Federal Republic of Yugoslavia was formed in 1992.", &[("Federal Republic of Yugoslavia", "GPE")], &[]),
        ("It merged with the Progressive Conservative Party of Canada in 2003.", &[("Progressive Conservative Party of Canada", "ORG")], &[]),
    ]);
}

#[test]
fn sports_leagues_are_competitions() {
    check(&[
        ("The Braves played in the National League from 1876 to 1952.", &[("National League", "MISC")], &[]),
        ("He spent ten seasons in the American League with two clubs.", &[("American League", "MISC")], &[]),
        // A body named "League" is none ("National League for Democracy").
        ("Officials of the National League for Democracy met on Monday.", &[("National League for Democracy", "ORG")], &[]),
    ]);
}

#[test]
fn ships_are_names() {
    check(&[("HMS Ardent was attacked by aircraft and sank the following day.", &[("HMS Ardent", "MISC")], &[("HMS Ardent", "ORG")])]);
}

#[test]
fn peers_titles_before_a_full_name() {
    check(&[("The town was the seat of Earl Rognvald Brusason in 1046.", &[("Rognvald Brusason", "PERSON")], &[("Earl Rognvald Brusason", "PERSON")])]);
}

#[test]
fn peoples_in_ians_are_groups() {
    check(&[
        ("Mining in the valley dates back to the Iberians and Tartessians.", &[("Iberians", "NORP"), ("Tartessians", "NORP")], &[]),
        ("The port was founded by the Phoenicians.", &[("Phoenicians", "NORP")], &[]),
    ]);
}

#[test]
fn greater_places_and_states_of_a_people() {
    check(&[
        ("The club is based in Stockport, Greater Manchester.", &[("Greater Manchester", "GPE")], &[]),
        ("The war ended the rule of the Dutch Republic over the island.", &[("Dutch Republic", "GPE")], &[]),
    ]);
}

#[test]
fn wars_keep_their_hyphened_forms_and_ordinals() {
    check(&[
        ("The defeat ended the First Italo-Ethiopian War in 1896.", &[("First Italo-Ethiopian War", "EVENT")], &[]),
        ("He served as a surgeon in the Franco-Prussian War.", &[("Franco-Prussian War", "EVENT")], &[]),
    ]);
}

#[test]
fn newspapers_keep_their_the_and_publishers_are_bodies() {
    check(&[
        ("Critics in The Times praised the film.", &[("The Times", "ORG")], &[]),
        ("A novel based on the show was published by Penguin Books in 2015.", &[("Penguin Books", "ORG")], &[]),
    ]);
}

#[test]
fn planets_after_on_and_to() {
    check(&[
        ("The rover landed on Mars in 2021 after a seven-month journey. It was built in California. The team celebrated. Engineers cheered. The mission will last two years.", &[("Mars", "LOC")], &[]),
    ]);
}
