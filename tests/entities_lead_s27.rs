//! Session 27 (the lead's rules): entity cases from real articles, each rewritten in invented
//! sentences. Every test here failed before its rule.

mod common;
use common::check;

/// A name the tagger reads as MISC with no word that makes it an event is MISC (a product, a
/// work, a law, an award), not EVENT; wars, storms, cups and well-known events stay EVENT.
#[test]
fn other_names_are_misc_and_events_are_events() {
    check(&[
        ("The drug Tamiflu was stockpiled by governments.", &[("Tamiflu", "MISC")], &[("Tamiflu", "EVENT")]),
        ("The Halvorsen Act passed the Senate in May.", &[("Halvorsen Act", "MISC")], &[("Halvorsen Act", "EVENT")]),
        ("She won the Nobel Peace Prize in 2014.", &[("Nobel Peace Prize", "MISC")], &[]),
        ("The Brexit vote split the country.", &[("Brexit", "EVENT")], &[("Brexit", "ORG")]),
        ("His grandfather fought in World War One and never spoke of it.", &[("World War One", "EVENT")], &[]),
        ("Fans watched the Pellham Cup final in Cardiff.", &[("Pellham Cup", "EVENT"), ("Cardiff", "GPE")], &[]),
        ("Hurricanes Corwin and Delphine hit the coast in September.", &[("Corwin", "EVENT"), ("Delphine", "EVENT")], &[]),
    ]);
}

/// "Miss" without a stop is a courtesy title before a surname, as "Mr" is; not before a
/// pageant's word or place ("Miss World").
#[test]
fn miss_is_a_courtesy_title() {
    check(&[
        ("\"It's a complete myth,\" Miss Tandry told reporters on Monday.", &[("Tandry", "PERSON")], &[("Miss Tandry", "PERSON")]),
        ("Miss Oakhurst said the school would reopen.", &[("Oakhurst", "PERSON")], &[("Miss Oakhurst", "ORG")]),
        ("She was crowned Miss World in London last year.", &[("Miss World", "EVENT")], &[("World", "PERSON")]),
    ]);
}

/// Air force and field ranks are roles before a person's name, not part of an organisation.
#[test]
fn marshals_are_ranks() {
    check(&[
        ("The chief, Air Marshal Tobi Okonkwo, said the troops were ready.", &[("Tobi Okonkwo", "PERSON")], &[("Air Marshal Tobi Okonkwo", "ORG")]),
        ("Air Chief Marshal Danjuma Ekwueme visited the base on Friday.", &[("Danjuma Ekwueme", "PERSON")], &[]),
        ("Field Marshal Harrow Kesting ruled after the coup.", &[("Harrow Kesting", "PERSON")], &[]),
    ]);
}

/// A military unit is an organisation; sentence adverbs are no names.
#[test]
fn units_and_sentence_adverbs() {
    check(&[
        ("Troops from the 9th Division killed 20 militants, the army said.", &[("9th Division", "ORG")], &[("9th Division", "EVENT")]),
        ("Further, the company said it would cut jobs.", &[], &[("Further", "ORG"), ("Further", "PERSON")]),
        ("Moreover, Dalvik said nothing about the deal.", &[("Dalvik", "PERSON")], &[("Moreover", "PERSON")]),
    ]);
}

/// A contest before "-winning" keeps its event type ("Super Bowl-winning"); an award is MISC.
#[test]
fn winning_contests_are_events() {
    check(&[
        ("Carl Danvers, the two-time Super Bowl-winning linebacker, was there.", &[("Super Bowl", "EVENT")], &[("Super Bowl", "MISC")]),
        ("The World Cup-winning coach said so.", &[("World Cup", "EVENT")], &[]),
        ("The Pulitzer Prize-winning journalist spoke.", &[("Pulitzer Prize", "MISC")], &[]),
    ]);
}

/// A state's abbreviation in brackets after a school's or town's name is the state.
#[test]
fn bracketed_state_abbreviations() {
    check(&[
        ("He played at Albion College (Mich.) in the late 1950s.", &[("Albion College", "ORG"), ("Michigan", "GPE")], &[]),
        ("She coached at Ridgeway High (Calif.) for a decade.", &[("California", "GPE")], &[]),
    ]);
}

/// Economic crises and famines are events; "Rep" and "Gov" without a stop are titles; a time
/// zone alone is no name.
#[test]
fn crises_undotted_titles_and_zones() {
    check(&[
        ("Hollis grew up during the Great Depression in Ohio.", &[("Great Depression", "EVENT")], &[("Great Depression", "ORG")]),
        ("A spokesperson for Rep Tallis said the border was open.", &[("Tallis", "PERSON")], &[("Rep Tallis", "PERSON")]),
        ("Gov Amesbury signed the bill on Friday.", &[("Amesbury", "PERSON")], &[("Gov Amesbury", "PERSON")]),
        ("The photo was posted at 3:02pm PST and shared widely.", &[], &[("PST", "ORG"), ("PST", "MISC")]),
        ("Markets closed at 1818 GMT on Sunday.", &[], &[("GMT", "MISC"), ("GMT", "ORG")]),
    ]);
}

/// A name, "bin" or "ibn", and the name after it are one person, apart from another "bin"
/// name with the same last word.
#[test]
fn patronymic_names_are_one_person() {
    check(&[
        ("Khalid bin Marzouk owned the bank.", &[("Khalid bin Marzouk", "PERSON")], &[("Khalid", "PERSON")]),
        ("Hamza bin Tarek, the son of Yusuf bin Tarek, was killed.", &[("Hamza bin Tarek", "PERSON"), ("Yusuf bin Tarek", "PERSON")], &[("Hamza", "PERSON")]),
        ("The video named him as Muhammad ibn Qassem.", &[("Muhammad ibn Qassem", "PERSON")], &[("Qassem", "PERSON")]),
    ]);
}

/// A headline's verb of news ends a name run into it; what is left stands only if the text
/// names it elsewhere.
#[test]
fn headline_verbs_end_names() {
    check(&[
        ("His previous stories include 'Obama Declares November National Fishing Month'.", &[], &[("Obama Declares", "ORG")]),
        ("The report \"Nasa Confirms Earth Will Experience 6 Days of Total Darkness\" spread online.", &[], &[("Nasa Confirms Earth Will Experience", "ORG")]),
        ("See more Marcus Tolland Resurfaces in 2013 Looking Healthy at the show.", &[], &[("Marcus Tolland Resurfaces", "PERSON")]),
    ]);
}

/// A beauty pageant is an event; a broadcast's show or series is a title (MISC), a trade show
/// or the World Series an event.
#[test]
fn pageants_and_broadcast_shows() {
    check(&[
        ("She was crowned Miss World in London last year.", &[("Miss World", "EVENT")], &[("Miss World", "MISC")]),
        ("He appeared on the Late Show with David Letterman.", &[("Late Show", "MISC")], &[("Late Show", "EVENT")]),
        ("It was a replica of the TV Series version.", &[("TV Series", "MISC")], &[]),
        ("The Kelvingrove Auto Show opened in March.", &[("Kelvingrove Auto Show", "EVENT")], &[]),
    ]);
}
