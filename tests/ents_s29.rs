//! Session 29 (issue 4, entities): states named like a capital or a country, hyphened pairs
//! of listed names, streets, places before a hyphen suffix, and who acts for a country.
mod common;

use undertone::{analyze, Analysis, Options};

fn run(text: &str) -> Analysis {
    analyze(text, &Options { clean: false, ..Options::default() })
}

/// The mentions (as written) of the entity named `name`, empty if there is none.
fn mentions_of<'a>(a: &Analysis, text: &'a str, name: &str) -> Vec<&'a str> {
    a.entities.iter().filter(|e| e.name == name).flat_map(|e| e.mentions.iter().map(|m| &text[m.start..m.end])).collect()
}

/// "Wash.", "(D-WA)", "Washington state" are the state, not the capital; "GA" is no country.
#[test]
fn states_named_like_a_capital_or_a_country() {
    let text = "Sen. Maria Coyle (D-Wash.) said the bill would pass. The White House in Washington disagreed. \
A firm based in Tacoma, Wash., said Washington state regulators approved it.";
    let a = run(text);
    assert_eq!(mentions_of(&a, text, "State of Washington"), ["Wash.", "Wash.", "Washington"]);
    assert_eq!(mentions_of(&a, text, "Washington"), ["Washington"]);
    common::check(&[
        ("Rep. Ted Marlow (R-GA) spoke in Atlanta on Monday.", &[("State of Georgia", "GPE")], &[("Georgia", "GPE")]),
        ("Rep. Ted Marlow (R-WA) met voters in the state of Washington.", &[("State of Washington", "GPE")], &[("Washington", "GPE")]),
        // A country's state of affairs is no US state.
        ("Observers worried about the state of Georgia's democracy after the vote in Tbilisi.", &[("Georgia", "GPE")], &[("State of Georgia", "GPE")]),
    ]);
}

/// Two listed names in one hyphened word are two; a longer name holding one stays whole.
#[test]
fn hyphened_pairs_of_listed_names() {
    common::check(&[
        ("US-China trade talks resumed on Monday.", &[("United States", "GPE"), ("China", "GPE")], &[]),
        ("EU-Japan trade deals were signed.", &[("European Union", "ORG"), ("Japan", "GPE")], &[]),
        ("He holds dual US-UK citizenship.", &[("United States", "GPE"), ("United Kingdom", "GPE")], &[]),
        ("A joint US-Yemeni operation failed.", &[("United States", "GPE"), ("Yemeni", "NORP")], &[]),
        ("Experts at the US-Korea Institute said so.", &[("US-Korea Institute", "ORG")], &[("United States", "GPE")]),
    ]);
}

/// Streets are places, whatever the tagger read.
#[test]
fn streets_are_places() {
    common::check(&[
        ("Joshua was nowhere near Canfield Drive when the shots were fired.", &[("Canfield Drive", "LOC")], &[]),
        ("The estate agents on Beckenham Lane sent in a picture.", &[("Beckenham Lane", "LOC")], &[("Beckenham Lane", "PERSON")]),
        ("An armed officer entered 24 Harrow Drive, the official residence of the mayor.", &[("Harrow Drive", "LOC")], &[("Harrow Drive", "MISC")]),
        ("Protesters gathered at the intersection of 4th Street and Water Street on Saturday.", &[("Water Street", "LOC")], &[("Water Street", "ORG")]),
        // A person named like a street stays one.
        ("The actress Diane Lane said she loved the film.", &[("Diane Lane", "PERSON")], &[]),
    ]);
}

/// A place before a hyphen suffix of place: the words a list joins to it, and the name after
/// it apart.
#[test]
fn places_before_a_hyphen_suffix() {
    common::check(&[
        ("A man rushed to a Kansas City-area hospital on Saturday.", &[("Kansas City", "GPE")], &[("City", "GPE"), ("Kansas", "GPE")]),
        ("In a notable deal, Mountain View-based Google bought the land.", &[("Mountain View", "GPE"), ("Google", "ORG")], &[("View", "GPE")]),
        ("The campus was developed by San Francisco-based Jay Paul Co. in the early 2000s.", &[("San Francisco", "GPE"), ("Jay Paul Co", "ORG")], &[]),
        ("It is timely for the City of New York to revise its policies.", &[("New York", "GPE")], &[("City", "ORG")]),
    ]);
}

/// A university's president acts for no country, nor does an official titled by a party.
#[test]
fn who_acts_for_a_country() {
    let text = "Students met in Lansing on Friday. \"President Harlan has served with distinction as Brookfield University's president for 13 years,\" \
the chairman said. Senators in the United States called for Harlan's resignation.";
    let a = run(text);
    let p = a.entities.iter().find(|e| e.name.ends_with("Harlan")).expect("Harlan");
    assert_eq!(p.acts_for, None, "{:?}", a.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
    let text = "Republican Senator Dale Ormond said the bill would fail.";
    let a = run(text);
    let p = a.entities.iter().find(|e| e.name == "Dale Ormond").expect("Dale Ormond");
    assert_eq!(p.acts_for, None);
    // A head of state titled alone still acts for the one country named.
    let text = "President Ramon Estrada of Argentina spoke. \"President Estrada is firm,\" an aide said. Argentina will pay.";
    let a = run(text);
    let p = a.entities.iter().find(|e| e.name == "Ramon Estrada").expect("Ramon Estrada");
    assert_eq!(p.acts_for.map(|i| a.entities[i].name.as_str()), Some("Argentina"));
}

/// A town's address names the state; once marked, Georgia's other mentions are the state.
#[test]
fn georgia_marked_as_the_state() {
    let text = "Kyle Brant, a photographer from Macon, Georgia, met Rep. Ted Marlow (R-GA). Georgia voters were angry.";
    let a = run(text);
    assert_eq!(mentions_of(&a, text, "State of Georgia"), ["Georgia", "GA", "Georgia"]);
    common::check(&[
        ("Kyle Brant, a photographer from Savannah, Georgia, took the picture.", &[("State of Georgia", "GPE")], &[("Georgia", "GPE")]),
        // The country's capital's address stays the country.
        ("Tbilisi, Georgia hosted the talks.", &[("Georgia", "GPE")], &[("State of Georgia", "GPE")]),
    ]);
}

/// A company's name and a product's word name the product; a channel stays an organisation.
#[test]
fn brand_products_are_misc() {
    common::check(&[
        ("The Apple Watch goes on sale in April, Apple said.", &[("Apple Watch", "MISC"), ("Apple", "ORG")], &[("Apple Watch", "ORG")]),
        ("Buyers compared the Samsung Gear with the Apple Watch Sport.", &[("Samsung Gear", "MISC"), ("Apple Watch Sport", "MISC")], &[]),
        ("You can use Google Translate on the text.", &[("Google Translate", "MISC")], &[]),
        ("Bloomberg TV reported the deal.", &[("Bloomberg TV", "ORG")], &[]),
    ]);
}

/// A listed king's regnal number keeps its capitals.
#[test]
fn regnal_numbers_in_capitals() {
    common::check(&[("King Abdullah II met the envoy in Amman.", &[("Abdullah II", "PERSON")], &[("Abdullah Ii", "PERSON")])]);
}

/// An award named by one word is the award, not a person; a person so named stays one.
#[test]
fn award_names_are_misc() {
    common::check(&[
        ("Danny Kell, who won an Oscar in 2009, arrived at the Oscars with five Grammys.", &[("Oscar", "MISC"), ("Grammys", "MISC")], &[("Oscar", "PERSON"), ("Grammys", "PERSON")]),
        ("Oscar said he would stay.", &[("Oscar", "PERSON")], &[]),
    ]);
}
