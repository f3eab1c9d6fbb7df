//! Linear time on large and hostile input: no test here times anything (CI machines vary);
//! they check that big inputs finish without panicking and that repetition scales the
//! analysis structurally (the same referents, k times the mentions), which the quadratic
//! passes of the first versions did in superlinear time.

use undertone::{analyze, Analysis, Options};

const SENTENCE: &str = "U.S. Secretary of State John Kerry said the United States and Russia agreed to \
                        cooperate with Germany against the rebels, and Kerry praised Sergey Lavrov. ";

/// Entity (name, type, mentions), sorted by name.
fn entities(a: &Analysis) -> Vec<(String, &'static str, usize)> {
    let mut v: Vec<_> = a.entities.iter().map(|e| (e.name.clone(), e.kind.as_str(), e.mentions.len())).collect();
    v.sort();
    v
}

#[test]
fn repetition_keeps_the_referents_and_multiplies_the_mentions() {
    let plain = Options { clean: false, ..Options::default() };
    let once = analyze(SENTENCE, &plain);
    let table: Vec<(String, &str, usize)> = entities(&once);
    assert!(table.iter().any(|(n, k, _)| n == "John Kerry" && *k == "PERSON"), "{table:?}");
    for k in [2usize, 10, 50] {
        let many = analyze(&SENTENCE.repeat(k), &plain);
        let want: Vec<(String, &str, usize)> = table.iter().map(|(n, t, m)| (n.clone(), *t, m * k)).collect();
        assert_eq!(entities(&many), want, "x{k}");
        assert_eq!(many.sentences.len(), once.sentences.len() * k, "x{k}");
    }
}

#[test]
fn two_megabytes_of_one_repeated_sentence() {
    let text = SENTENCE.repeat(2_000_000 / SENTENCE.len() + 1);
    for clean in [true, false] {
        let a = analyze(&text, &Options { clean, ..Options::default() });
        assert!(a.entities.iter().any(|e| e.name == "John Kerry"), "clean={clean}");
        assert!(a.sentences.len() > 10_000, "clean={clean}");
    }
}

#[test]
fn one_megabyte_line_without_breaks() {
    // No sentence ends, no clause ends: 200,000 tokens full of names and cues, cut into
    // sentences of 2 × LONG tokens (the cut that keeps every later step linear).
    let unit = "Kerry met Lavrov and praised the good talks with Russia and the United States while Merkel attacked ";
    let text = unit.repeat(1_000_000 / unit.len() + 1);
    let a = analyze(&text, &Options::default());
    assert!(a.text.len() >= 1_000_000);
    let tokens = undertone::token::tokenize(&a.text).len();
    assert_eq!(a.sentences.len(), tokens.div_ceil(2 * undertone::sentence::LONG));
    let lavrov = a.entities.iter().find(|e| e.name == "Lavrov").expect("Lavrov");
    assert_eq!(lavrov.mentions.len(), text.matches("Lavrov").count());
}

#[test]
fn seed_article_repeated() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/article.txt");
    let Ok(seed) = std::fs::read_to_string(path) else {
        println!("SKIPPED: {path} not found");
        return;
    };
    let plain = Options { clean: false, ..Options::default() };
    let once = entities(&analyze(&seed, &plain));
    let twenty = entities(&analyze(&seed.repeat(20), &plain));
    let names = |v: &[(String, &str, usize)]| v.iter().map(|(n, t, _)| (n.clone(), t.to_string())).collect::<Vec<_>>();
    assert_eq!(names(&twenty), names(&once));
}
