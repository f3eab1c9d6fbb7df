//! Session 28 (helper `ents`): entity errors seen in real news articles, each rewritten in
//! invented sentences. Every test here failed on the code before its rule.

mod common;
use common::check;
use undertone::{analyze, Options};

/// A party's letter and a state in brackets after a US politician ("(D-Hawaii)", "(R-Calif.)",
/// "(D-N.Y.)", "(R-UT)"): the state is a place, named in full.
#[test]
fn party_and_state_in_brackets() {
    check(&[
        ("Sen. Marla Tennick (D-Hawaii) said the bill would fail.", &[("Marla Tennick", "PERSON"), ("Hawaii", "GPE")], &[]),
        ("Rep. Dale Orwin (R-Calif.) told reporters the vote was close.", &[("Dale Orwin", "PERSON"), ("California", "GPE")], &[]),
        ("Sen. Pat Kerrow (D-N.Y.) and Rep. Lou Banner (R-UT) disagreed.", &[("New York", "GPE"), ("Utah", "GPE")], &[]),
        ("Rep. Ann Vesey (I-Vt.), who chairs the panel, spoke first.", &[("Vermont", "GPE")], &[]),
    ]);
    // One entity with the state named in full elsewhere.
    let text = "Rep. Dale Orwin (R-Calif.) flew home to California on Friday.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let cal = a.entities.iter().find(|e| e.name == "California").expect("California");
    assert_eq!(cal.mentions.len(), 2, "{:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

/// A country's name that is also a given name, before a surname-like word no list knows, is a
/// person's name; not before a body's or place's word.
#[test]
fn countries_as_given_names() {
    check(&[
        ("Fox News' Chad Pellgrove contributed to this report.", &[("Chad Pellgrove", "PERSON")], &[("Chad Pellgrove", "GPE")]),
        ("The film follows the broker Jordan Belvane, who got his start in penny stocks.", &[("Jordan Belvane", "PERSON")], &[]),
        ("Jordan Hessler, 28, a former soldier, said the town was encircled.", &[("Jordan Hessler", "PERSON")], &[]),
        ("The Jordan Times reported that the king would visit the Jordan Valley.", &[("Jordan Times", "ORG")], &[("Jordan Times", "PERSON"), ("Jordan Valley", "PERSON")]),
    ]);
}

/// A brand and a product's word ("Android Wear", "Bitcoin Gold", "HBO Go") are a product
/// (MISC), not a person; a given name before such a word stays a person ("Johnny Cash").
#[test]
fn products_are_not_persons() {
    check(&[
        ("Many Zorvex Wear watches will ship with the update next month.", &[("Zorvex Wear", "MISC")], &[("Zorvex Wear", "PERSON")]),
        ("Exchanges said they would support Quillcoin Gold trading.", &[("Quillcoin Gold", "MISC")], &[("Quillcoin Gold", "PERSON")]),
        ("Johnny Cash sang at the prison in 1968.", &[("Johnny Cash", "PERSON")], &[]),
    ]);
}

/// A lowercase common noun is no part of a name ("a Santa Clarita hospital"); a US Marine is
/// a service member (the place alone is a name); "Islamic" alone is a group's adjective; two
/// bodies joined by "and" are two names.
#[test]
fn common_nouns_marines_and_joined_bodies() {
    check(&[
        ("He died this morning in Santa Clarita hospital in California.", &[("Santa Clarita", "GPE")], &[("Santa Clarita hospital", "GPE")]),
        ("The video shows the moment a US Marine is shot in the head. The Marine survived.", &[("United States", "GPE")], &[("US Marine", "ORG"), ("Marine", "ORG")]),
        ("No group, Islamic or otherwise, has claimed responsibility.", &[], &[("Islamic", "ORG")]),
        (
            "The plan was welcomed by groups such as the Humane Society and People for the Ethical Treatment of Animals.",
            &[("Humane Society", "ORG"), ("People for the Ethical Treatment of Animals", "ORG")],
            &[],
        ),
    ]);
}

/// A head of state or government titled before a name no list knows ("President Kirchner")
/// acts for the one country the text names.
#[test]
fn heads_of_state_act_for_the_country_named() {
    let text = "Argentina's central bank chief refused to resign after President Marisa Quellen demanded that he step down. \
Quellen said the reserves would pay the debt.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let p = a.entities.iter().find(|e| e.name == "Marisa Quellen").expect("the president");
    assert_eq!(p.acts_for.map(|t| a.entities[t].name.as_str()), Some("Argentina"));
    // Not when the text names two countries, nor a body's president ("Fed President").
    let text = "Argentina and Chile signed the deal, and President Marisa Quellen said it was fair.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let p = a.entities.iter().find(|e| e.name == "Marisa Quellen").expect("the president");
    assert_eq!(p.acts_for, None);
}

/// A "person" ending with a business's word is the business.
#[test]
fn businesses_are_not_persons() {
    check(&[
        ("The lavish meal at Bellagio's Quarry Steakhouse took place in January.", &[("Quarry Steakhouse", "ORG")], &[("Quarry Steakhouse", "PERSON")]),
        ("Agents from Keller Brandt Realty all pitched in while attending the meeting.", &[("Keller Brandt Realty", "ORG")], &[]),
    ]);
}
