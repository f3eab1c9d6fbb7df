//! Session 31: a river of other stories' teaser cards after the article (pastes written for
//! these tests).

use undertone::clean::clean;
use undertone::Format;

const BODY: &str = "\
The city council voted on Monday to close the old bridge to cars from next spring, after engineers found cracks in two of its supports during the annual inspection.

The council's transport committee said buses and bicycles would still be allowed to cross while the supports are repaired, a job expected to take two years.

Shopkeepers on both banks said they feared losing customers, and asked the council to pay for free parking near the bridge while the work goes on.
";

/// Four cards: a kicker in capitals, a headline in title case, a counter or source line, and a
/// one-paragraph dek, separated by lines holding only a space.
const RIVER: &str = "\
ROOFTOP HARVEST
How One School Grows All Its Salad On The Gym Roof
2 shares example.org Food Cities

Pupils water the beds before class and sell what is left over to the café across the street.
 
NOT SO FAST
Why The New Tram Line Will Open A Year Late
citynews.example Transport

Contractors found old water pipes under the route that nobody had put on a map.
 
SPONSORED | PARTNER
Save On Winter Tyres. Fitted At Home In An Hour.
14 shares Promotion

Book a slot online and a mechanic comes to your door with the tyres you chose.
 
THE LAST WORD
Readers Pick The Town's Best Bakery, And It Is Not Even Close
Food Culture

Nearly four thousand votes came in over the week, most of them for the same shop.
";

/// The cards leave the body as teasers, the article stays whole.
#[test]
fn teaser_river_after_the_article_is_dropped() {
    let paste = format!("Bridge to close to cars\n\n{BODY}\n{RIVER}\nTerms\nPrivacy\n");
    let c = clean(&paste, Format::Text);
    assert!(c.text.contains("pay for free parking near the bridge"), "{}", c.text);
    assert!(c.text.starts_with("The city council voted"), "{}", c.text);
    for gone in ["ROOFTOP HARVEST", "Pupils water the beds", "Contractors found old water pipes", "Nearly four thousand votes", "Winter Tyres"] {
        assert!(!c.text.contains(gone), "{gone:?} kept: {}", c.text);
    }
    let teasers = c.removed.iter().filter(|r| r.reason == "teaser").count();
    assert!(teasers >= 12, "{:?}", c.removed);
}

/// Guard: the same cards with the article's prose after them are a section of the article
/// (a list of items), and a paste of cards alone (a page of briefs) is left whole.
#[test]
fn cards_inside_an_article_or_alone_stay() {
    let inside = format!("{BODY}\n{RIVER}\n{BODY}");
    let c = clean(&inside, Format::Text);
    assert!(c.text.contains("Pupils water the beds"), "{}", c.text);
    assert!(c.text.contains("Nearly four thousand votes"), "{}", c.text);
    let alone = clean(RIVER, Format::Text);
    assert!(alone.text.contains("Contractors found old water pipes"), "{}", alone.text);
}

/// Guard: two cards are not a river.
#[test]
fn two_cards_are_not_a_river() {
    let two: String = RIVER.split("SPONSORED").next().unwrap_or_default().to_string();
    let c = clean(&format!("{BODY}\n{two}"), Format::Text);
    assert!(c.text.contains("Contractors found old water pipes"), "{}", c.text);
}

/// "Quick Links" heads the site's footer: the menus and blurbs below it leave the body, and so
/// does a newsletter box's "Subscribe No thanks".
#[test]
fn quick_links_close_the_article() {
    let footer = "Subscribe No thanks\nQuick Links\nOur papers\nRiverside | Northbank | Old Town | Harbour\nFind a partner\nRiverside offers every reader a news service that brings the council's press releases straight to a desktop or a phone.\n";
    let c = clean(&format!("Bridge to close to cars\n\n{BODY}\n{footer}"), Format::Text);
    assert!(c.text.contains("pay for free parking near the bridge"), "{}", c.text);
    for gone in ["Subscribe", "Quick Links", "brings the council's press releases"] {
        assert!(!c.text.contains(gone), "{gone:?} kept: {}", c.text);
    }
}
