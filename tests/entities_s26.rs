//! Session 26: more rules for encyclopaedia-style prose (definitions by more head nouns,
//! facilities, rivers and regions without a place word, names in other languages, bands after
//! their noun, bodies hyphened to a word, products). Each sentence was written for this file;
//! each test failed on session 25's code.


mod common;
use common::check;

#[test]
fn definitions_by_more_head_nouns() {
    check(&[
        ("Glenmorvah is a remote region in the north-west of the Highlands.", &[("Glenmorvah", "LOC")], &[]),
        ("The Harwick Ospray was a British training aircraft built in the 1930s.", &[("Harwick Ospray", "MISC")], &[]),
        ("Tessaly Bright is a 2009 film written and directed by Noor Haddad.", &[("Tessaly Bright", "MISC")], &[]),
        ("Vellanese is a Romance language spoken in two valleys of the Alps.", &[("Vellanese", "NORP")], &[]),
        // An apposition between commas before the verb.
        ("The Brethren of Saint Odo, formally the Odonian Fellowship, is a small Protestant denomination.", &[("Brethren of Saint Odo", "ORG")], &[]),
    ]);
}

#[test]
fn facilities_are_places() {
    check(&[
        ("They moved to the Ashgrove Ground in 1921.", &[("Ashgrove Ground", "LOC")], &[]),
        ("The opera was first staged at the Teatro Verdanza in Parma.", &[("Teatro Verdanza", "LOC")], &[]),
    ]);
}

#[test]
fn rivers_and_regions_without_a_place_word() {
    check(&[
        ("The town lies where the Ostrava and Melka rivers meet.", &[("Ostrava", "LOC"), ("Melka", "LOC")], &[]),
        ("The Tarvel is a short tributary of the Dornach.", &[("Dornach", "LOC")], &[]),
        ("The Smolna flows into the Baltic near the border.", &[("Smolna", "LOC")], &[]),
        ("He grew up in Thornbury, Wexmoorshire, and studied law.", &[("Wexmoorshire", "GPE")], &[]),
    ]);
}

#[test]
fn other_languages_names() {
    check(&[
        ("Lower Varnia (German: Niedervarnien; Czech: Dolní Varnie) is a region in central Europe.", &[("Niedervarnien", "LOC"), ("Dolní Varnie", "LOC")], &[]),
        ("La Nuit des Verriers is a 1958 French drama film.", &[("La Nuit des Verriers", "MISC")], &[]),
        ("The Monte Calvo rises above the town.", &[("Monte Calvo", "LOC")], &[]),
    ]);
}

#[test]
fn works_bands_and_products() {
    check(&[
        ("The thriller Glass Orchard opened in 1997.", &[("Glass Orchard", "MISC")], &[]),
        ("In 2012 they released Copper Nights, their third studio album.", &[("Copper Nights", "MISC")], &[]),
        ("He then joined the rock band Velvet Harrow.", &[("Velvet Harrow", "ORG")], &[]),
        // A title stops before a venue's name.
        ("She starred in the musical Tallow at the Prince Edward Theatre in 1979.", &[("Tallow", "MISC")], &[("Tallow at the Prince Edward Theatre", "MISC")]),
        ("Sales of the Voltra Model S fell in spring.", &[("Voltra Model S", "MISC")], &[]),
        ("Loans were made by the Inter-Pacific Development Bank.", &[("Inter-Pacific Development Bank", "ORG")], &[]),
    ]);
}

#[test]
fn peoples_adjectives_and_families() {
    check(&[
        ("The valley holds a ruined Pictavian chapel.", &[("Pictavian", "NORP")], &[]),
        ("The Varlow sisters grew up on a farm.", &[("Varlow", "PERSON")], &[]),
    ]);
}
