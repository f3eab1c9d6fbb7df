//! Issues 2 and 4 acceptance on the seed article (read from ../shared/seed, never copied here):
//! cleaning, entities and stance get its main points right through the whole pipeline.

use undertone::{analyze, Analysis, EntityType, Options};

fn seed() -> Option<String> {
    let dir = std::env::var("UNDERTONE_SHARED").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").into());
    let path = format!("{dir}/seed/article.txt");
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(_) => {
            eprintln!("SKIPPED: {path} not found");
            None
        }
    }
}

fn entity<'a>(a: &'a Analysis, name: &str) -> (usize, &'a undertone::Entity) {
    a.entities
        .iter()
        .enumerate()
        .find(|(_, e)| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?}; have {:?}", a.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>()))
}

fn mention_texts<'a>(a: &'a Analysis, e: &undertone::Entity) -> Vec<&'a str> {
    e.mentions.iter().map(|m| m.of(&a.text)).collect()
}

#[test]
fn seed_boilerplate_is_removed_not_kept() {
    let Some(input) = seed() else { return };
    let a = analyze(&input, &Options::default());
    for junk in ["Like Us on Facebook", "All rights reserved", "Sign up for our free weekly newsletter", "Real Time Analytics"] {
        assert!(!a.text.contains(junk), "{junk:?} left in the text");
        assert!(a.removed.iter().any(|r| r.text.contains(junk)), "{junk:?} not listed in removed");
    }
    for body in ["The United States and Russia on Tuesday agreed", "Lavrov also indicated", "The Paris talks also touched"] {
        assert!(a.text.contains(body), "body paragraph {body:?} lost");
    }
}

#[test]
fn seed_people_are_found_and_merged() {
    let Some(input) = seed() else { return };
    let a = analyze(&input, &Options::default());
    let (_, kerry) = entity(&a, "John Kerry");
    assert_eq!(kerry.kind, EntityType::Person);
    assert!(mention_texts(&a, kerry).contains(&"Kerry"));
    // The body writes "Sergei Lavrov" (the caption, "Sergey"); the listed spelling is canonical.
    let (_, lavrov) = entity(&a, "Sergey Lavrov");
    assert_eq!(lavrov.kind, EntityType::Person);
    assert!(lavrov.aliases.iter().any(|x| x == "Sergei Lavrov"), "aliases {:?}", lavrov.aliases);
    let ms = mention_texts(&a, lavrov);
    assert!(ms.contains(&"Lavrov") && ms.contains(&"Sergei Lavrov"), "Lavrov's mentions: {ms:?}");
}

#[test]
fn seed_stance_us_russia_cooperate_against_islamic_state() {
    let Some(input) = seed() else { return };
    let a = analyze(&input, &Options::default());
    let (us, _) = entity(&a, "United States");
    let (ru, _) = entity(&a, "Russia");
    let (is, _) = entity(&a, "Islamic State");
    let score = |x: usize, y: usize| {
        a.stance
            .iter()
            .find(|s| (s.source, s.target) == (x, y) || (s.source, s.target) == (y, x))
            .unwrap_or_else(|| panic!("no stance between {} and {}", a.entities[x].name, a.entities[y].name))
    };
    let us_ru = score(us, ru);
    assert!(us_ru.score > 0.0, "US–Russia should cooperate: {}", us_ru.score);
    assert!(!us_ru.evidence.is_empty());
    assert!(score(us, is).score < 0.0, "US–IS should be conflict");
    assert!(score(ru, is).score < 0.0, "Russia–IS should be conflict");
}

/// Issue 5: the article portrays the Islamic State very negatively ("the Islamic State terror
/// group", "crush the Islamic State terror threat", "and other global security threats"),
/// though it is mostly named in sentences about cooperation; the labels are its evidence.
#[test]
fn seed_islamic_state_is_portrayed_negatively() {
    let Some(input) = seed() else { return };
    let a = analyze(&input, &Options::default());
    let (_, is) = entity(&a, "Islamic State");
    assert!(is.sentiment < -0.3, "Islamic State: {}", is.sentiment);
    let labels: Vec<&str> = is.sentiment_cues.iter().filter(|c| c.rule.starts_with("descriptor")).map(|c| c.span.of(&a.text)).collect();
    assert!(labels.contains(&"terror group") && labels.contains(&"terror threat"), "{labels:?}");
    let (_, us) = entity(&a, "United States");
    let (_, ru) = entity(&a, "Russia");
    assert!(us.sentiment >= 0.0 && ru.sentiment > 0.0, "US {} Russia {}", us.sentiment, ru.sentiment);
}

fn meta_texts<'a>(a: &'a Analysis, e: &undertone::Entity) -> Vec<(&'static str, &'a str)> {
    e.meta_mentions
        .iter()
        .map(|m| (if m.field == undertone::entity::Field::Title { "title" } else { "caption" }, m.of(&a.meta)))
        .collect()
}

/// Issue 4, part 6: every entity a careful reader marks in the seed, typed and merged, in the
/// body, the title and the photo caption (with its credit); nothing else.
#[test]
fn seed_every_entity_of_issue_4() {
    let Some(input) = seed() else { return };
    let a = analyze(&input, &Options::default());
    use EntityType::*;
    // (name, type, forms in the body, forms in the title/caption, acts for)
    let want: &[(&str, EntityType, &[&str], &[(&str, &str)], Option<&str>)] = &[
        ("United States", Gpe, &["United States", "U.S."], &[("title", "U.S."), ("caption", "U.S.")], None),
        ("Russia", Gpe, &["Russia"], &[("title", "Russia")], None),
        ("John Kerry", Person, &["John Kerry", "Kerry"], &[("caption", "John Kerry")], Some("United States")),
        ("Sergey Lavrov", Person, &["Sergei Lavrov", "Lavrov"], &[("caption", "Sergey Lavrov")], Some("Russia")),
        ("Islamic State", Org, &["Islamic State"], &[("title", "ISIS")], None),
        ("Washington", Gpe, &["Washington"], &[], Some("United States")),
        ("Moscow", Gpe, &["Moscow"], &[], Some("Russia")),
        ("Paris", Gpe, &["Paris"], &[("title", "Paris")], None),
        ("Rome", Gpe, &[], &[("caption", "Rome")], None),
        ("Syria", Gpe, &["Syria"], &[], None),
        ("Ukraine", Gpe, &["Ukraine"], &[("caption", "Ukraine")], None),
        ("Crimea", Gpe, &["Crimea"], &[], None),
        ("Vienna", Gpe, &["Vienna"], &[], None),
        ("Iran", Gpe, &["Iran"], &[], None),
        ("Middle East", Loc, &["Middle East"], &[], None),
        ("Reuters", Org, &[], &[("caption", "Reuters")], None),
        ("Landov", Org, &[], &[("caption", "Landov")], None),
        // The seed writes "The Associate d Press"; cleaning mends the split word.
        ("Associated Press", Org, &["Associated Press"], &[], None),
        ("Wall Street Journal", Org, &["Wall Street Journal"], &[], None),
        ("Conference on International Support to Libya", Org, &[], &[("caption", "Conference on International Support to Libya")], None),
        ("Russian", Norp, &["Russian"], &[("caption", "Russian")], Some("Russia")),
        ("Syrian", Norp, &["Syrian"], &[], Some("Syria")),
        // The seed names Iraq only through its demonym, so "Iraqi" acts for no entity.
        ("Iraqi", Norp, &["Iraqi"], &[], None),
        ("Ukrainian", Norp, &["Ukranian"], &[], Some("Ukraine")),
        ("jihadist", Norp, &["jihadist"], &[], None),
        ("Tuesday", Date, &["Tuesday"], &[], None),
        ("March 6, 2014", Date, &[], &[("caption", "March 6, 2014")], None),
        ("earlier this year", Date, &["earlier this year"], &[], None),
        ("next month", Date, &["next month"], &[], None),
        ("the 21st century", Date, &["the 21st century"], &[], None),
    ];
    for &(name, kind, body, meta, acts) in want {
        let (_, e) = entity(&a, name);
        assert_eq!(e.kind, kind, "{name}");
        let ms = mention_texts(&a, e);
        for f in body {
            assert!(ms.contains(f), "{name} lacks body mention {f:?}: {ms:?}");
        }
        assert_eq!(ms.is_empty(), body.is_empty(), "{name}: {ms:?}");
        let mm = meta_texts(&a, e);
        for f in meta {
            assert!(mm.contains(f), "{name} lacks {f:?}: {mm:?}");
        }
        assert_eq!(e.acts_for.map(|t| a.entities[t].name.as_str()), acts, "{name} acts for");
    }
    // One entity per referent, and nothing a reader would not mark.
    let mut names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    names.sort();
    let mut expected: Vec<&str> = want.iter().map(|w| w.0).collect();
    expected.sort();
    assert_eq!(names, expected);
    // Roles belong to their persons.
    assert_eq!(entity(&a, "John Kerry").1.role.as_deref(), Some("Secretary of State"));
    assert_eq!(entity(&a, "Sergey Lavrov").1.role.as_deref(), Some("Foreign Minister"));
    // The dateline's date is the article's publication time.
    assert_eq!(a.meta.published.as_deref(), Some("2014-10-14T23:30:00-04:00"));
    // Ranked by salience: the two countries and Kerry lead; names only in the caption trail
    // every name of the body.
    let top: Vec<&str> = a.entities.iter().take(3).map(|e| e.name.as_str()).collect();
    for name in ["United States", "Russia", "John Kerry"] {
        assert!(top.contains(&name), "{name} not in the top 3: {top:?}");
    }
    let last_body = a.entities.iter().rposition(|e| !e.mentions.is_empty() && e.kind != Date).unwrap();
    for name in ["Rome", "Reuters", "Landov", "Conference on International Support to Libya"] {
        assert!(entity(&a, name).0 > last_body, "{name} ranks above a name of the body");
    }
}
