//! Hostile and odd inputs (issue 8), and one test per bug that fuzzing or property tests found,
//! named after what broke. Each input here was written for this file.

use undertone::{analyze, Analysis, Format, Options};

/// Runs `f` on a thread with a 1 MiB stack, as small as the wasm's, so that recursion on
/// nesting depth overflows here and not only in the browser.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(1 << 20).spawn(f).unwrap().join().expect("no stack overflow or panic")
}

fn html(input: &str) -> Analysis {
    analyze(input, &Options { format: Format::Html, clean: true })
}

/// Each text, analysed without cleaning, has these entities (name, type) among its own.
/// Every failing case is reported, not only the first.
fn assert_entities(cases: &[(&str, &[(&str, &str)])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let got: Vec<(&str, &str)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str())).collect();
        for w in *want {
            if !got.contains(w) {
                failures.push(format!("{text:?}: {w:?} not in {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
}

fn codes(a: &Analysis) -> Vec<&'static str> {
    a.warnings.iter().map(|w| w.code).collect()
}

const BODY: &str = "U.S. Secretary of State John Kerry met Sergey Lavrov in Paris on Tuesday, and the two men \
                    agreed to share intelligence on the militants.";

#[test]
fn html_nested_100000_levels_deep() {
    // (opening tag, closing tag): blocks, inline formatting (html5ever's adoption agency
    // re-opens these), tables and lists, each 100,000 deep around one paragraph.
    for (open, close) in [("<div>", "</div>"), ("<b>", "</b>"), ("<span><i>", "</i></span>"), ("<table><tr><td>", "</td></tr></table>"), ("<ul><li>", "</li></ul>")] {
        let depth = if open.starts_with("<b") { 10_000 } else { 100_000 };
        let page = format!("<html><body>{}<p>{BODY}</p>{}</body></html>", open.repeat(depth), close.repeat(depth));
        let a = on_small_stack(move || html(&page));
        assert!(a.text.contains("John Kerry met Sergey Lavrov"), "{open} x{depth}: {:?}", &a.text[..a.text.len().min(200)]);
    }
}

#[test]
fn unclosed_tags_100000_deep() {
    let page = format!("<html><body>{}<p>{BODY}", "<div><section><article>".repeat(33_334));
    let a = on_small_stack(move || html(&page));
    assert!(a.text.contains("John Kerry met Sergey Lavrov"), "{:?}", &a.text[..a.text.len().min(200)]);
}

#[test]
fn empty_and_whitespace_input_get_a_friendly_warning() {
    for input in ["", " ", "\n\n\t  \r\n", "\u{A0}\u{2003}"] {
        let a = analyze(input, &Options::default());
        assert_eq!(a.text, "");
        assert_eq!(codes(&a), ["empty"], "{input:?}");
        assert!(a.warnings[0].message.contains("nothing to analyze"), "{}", a.warnings[0].message);
        assert_eq!(a.language, "und");
    }
}

#[test]
fn markup_without_text_says_no_text_was_found() {
    let a = html("<html><head><script>window.__xss = 1</script><style>p{}</style></head><body><img src=x></body></html>");
    assert_eq!(a.text, "");
    assert_eq!(codes(&a), ["no_text"]);
}

/// (expected language, text written for this table). Non-English text keeps its text and
/// sentences but gets no entities, stance or tone: they would be English rules misreading it.
const FOREIGN: &[(&str, &str)] = &[
    ("fr", "Le président de la République a rencontré la chancelière allemande à Berlin. Les deux dirigeants \
            ont parlé de la guerre en Ukraine et du prix de l'énergie, mais ils ne sont pas d'accord sur tout."),
    ("de", "Der Außenminister ist am Montag nach Paris gereist, wo er sich mit seinem französischen Kollegen \
            getroffen hat. Die beiden Minister wollen die Sanktionen gegen Russland nicht lockern."),
    ("es", "El ministro de Asuntos Exteriores viajó a Bruselas para reunirse con sus colegas europeos. Dijo que \
            la situación en la frontera es grave y que el Gobierno no va a ceder."),
    ("it", "Il presidente del Consiglio ha incontrato i sindacati a Roma per discutere della riforma delle \
            pensioni. Secondo il governo, la riforma è necessaria per il bilancio dello Stato."),
    ("ru", "Президент России провёл переговоры с канцлером Германии. Стороны обсудили поставки газа и ситуацию \
            на Украине, но не смогли договориться."),
    ("zh", "国家主席周三在北京会见了法国总统。双方就贸易、气候变化和乌克兰局势交换了意见，并同意加强合作。"),
    ("ar", "استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة، وبحث الجانبان الوضع في غزة وسبل وقف إطلاق النار."),
];

#[test]
fn non_english_text_is_flagged_and_its_annotations_withheld() {
    for &(lang, text) in FOREIGN {
        let a = analyze(text, &Options::default());
        assert_eq!(a.language, lang, "{text}");
        assert_eq!(codes(&a), ["non_english"], "{text}");
        assert!(a.warnings[0].message.contains("tuned for English"), "{}", a.warnings[0].message);
        assert_eq!(a.text, text, "the text itself is kept");
        assert!(!a.sentences.is_empty(), "sentences are kept");
        assert!(a.entities.is_empty() && a.stance.is_empty(), "{lang}: {:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
        assert_eq!((a.tone.score, a.tone.magnitude), (0.0, 0.0));
        assert!(a.sentences.iter().all(|s| s.sentiment == 0.0 && s.cues.is_empty()));
    }
}

#[test]
fn english_with_foreign_names_and_quotes_stays_english() {
    let text = "French President François Hollande and Chancellor Angela Merkel met in Élysée Palace. \
                \"Nous sommes d'accord,\" Hollande said, before José Manuel Barroso, Jean-Claude Juncker and \
                Sergey Lavrov joined them. Deutsche Bank and Société Générale said the talks in Düsseldorf \
                would go on, and Mr. Erdoğan condemned the strikes.";
    let a = analyze(text, &Options::default());
    assert_eq!(a.language, "en");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    for name in ["Angela Merkel", "Düsseldorf"] {
        assert!(a.entities.iter().any(|e| e.name == name), "{name} missing from {:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    }
}

#[test]
fn an_english_article_has_no_warnings() {
    let a = analyze(BODY, &Options::default());
    assert_eq!(a.language, "en");
    assert!(a.warnings.is_empty());
}

#[test]
fn the_report_carries_language_and_warnings() {
    let a = analyze(FOREIGN[0].1, &Options::default());
    let r = undertone::report::Report::new(&a);
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["language"], "fr");
    assert_eq!(v["warnings"][0]["code"], "non_english");
    assert!(v["warnings"][0]["message"].as_str().unwrap().contains("looks like French"));
}

#[test]
fn control_characters_bidi_overrides_and_lone_combining_marks() {
    let input = "\u{202E}Kerry\u{202C} met \u{0}Lavrov\u{7}.\u{301} \u{FEFF}Paris\u{1B}[31m talks\r\rended.";
    for format in [Format::Text, Format::Html] {
        for clean in [true, false] {
            let a = analyze(input, &Options { format, clean });
            for e in &a.entities {
                for m in &e.mentions {
                    assert!(a.text.is_char_boundary(m.start) && a.text.is_char_boundary(m.end));
                }
            }
        }
    }
}

/// Found reviewing session 19's stance rule: an -ing cue after "the" and a name that ends a
/// sentence without a closing stop ("the Varnholm bombing" before a blank line) read the
/// next sentence's first token as its object, past the end of the sentence's table.
#[test]
fn a_nominal_cue_ending_a_sentence_without_a_stop() {
    let input = "Ruritania blamed the Varnholm bombing\n\nThe Crimson Front spoke about Ruritania.";
    let a = analyze(input, &Options { format: Format::Text, clean: true });
    assert!(a.entities.iter().any(|e| e.name == "Ruritania"), "{:?}", a.entities);
}

/// Found by the `clean` fuzz target: a word split before a one-letter tail ("Associate d")
/// right after a multi-byte non-letter ("—", "“", U+FFFD) sliced inside that character
/// (src/clean/repair.rs, `join_split_words`: `rfind(..) + 1` is not a char boundary).
#[test]
fn split_word_after_a_multibyte_non_letter() {
    for input in ["The report came from the—Associate d Press.", "“Associate d Press said so.", "\u{FFFD}Unite d"] {
        for format in [Format::Text, Format::Html] {
            let a = analyze(input, &Options { format, clean: true });
            assert!(!a.text.is_empty(), "{input:?}");
        }
    }
}

/// Found by the `clean` fuzz target: cleaning was not idempotent. The HTML path kept a
/// one-letter paragraph before a `<footer>` that the text path, cleaning the cleaned text
/// again, then dropped ("m\n\nE.E.e…" became "E.E.e…").
#[test]
fn cleaning_html_then_text_is_idempotent_for_a_one_letter_paragraph() {
    let input = "m<footer>E.E.e\u{FFFD}E\u{FFFD}E.E\u{FFFD}E\u{FFFD}E.";
    let once = undertone::clean::clean(input, Format::Html).text;
    let twice = undertone::clean::clean(&once, Format::Text).text;
    assert_eq!(twice, once);
}

/// Found by the `targets` fuzz target: a text ending in a role the model tagged as a name
/// ("COO") left nothing once the role was trimmed off, and the recogniser read past the last token.
#[test]
fn a_name_that_is_only_a_role_at_the_end_of_the_text() {
    for text in ["\"coo", "COO", "The COO", "Ministers met the COO"] {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        assert_eq!(a.text, text);
        assert!(a.entities.iter().all(|e| e.name != "COO" && e.name != "coo"), "{text:?}: a role is no entity");
    }
}

/// Found by the `clean` fuzz target (issue 8): the HTML path kept short blocks ("Continue
/// reading", "E.E.e") that cleaning the cleaned text again as plain text then dropped. The
/// body is now settled: judged again as text until nothing more goes.
#[test]
fn cleaning_html_then_text_is_idempotent_for_edge_boilerplate() {
    let inputs = [
        "The minister said on Tuesday that talks would resume next week in Geneva.\nContinue reading\nSign up for our free weekly newsletter!\n\nYes.\n\n\n\nE.E.e Tags: politics, world<a href=x>x y\n\n</div>Oct 14, 2014 11:30 PM EDT</p>Like Us on Facebook Yes.\nShare this article\n<p>\n\nE.E.e </p>Officials from both countries agreed to share intelligence about the group. - The minister said on Tuesday that talks would resume next week in Geneva.\n\n<br>\n\nContinue reading\n\n",
        "Advertisement\n—\n\nA\n\u{FFFD}\nCommentsShare this article<nav> Continue reading<a href=x> \n\n\n\n<br> <li>The company reported a loss of $4 million in the quarter, its first in two years.Q:\n\nm Copyright 2020Like Us on Facebook\n\n<nav> Posted in News <li>\n\n",
        "He added: \"We will not stop.\"\nOfficials from both countries agreed to share intelligence about the group.\nThe minister said on Tuesday that talks would resume next week in Geneva.\nOfficials from both countries agreed to share intelligence about the group.\n\n</div>\n<br>\n",
    ];
    for input in inputs {
        for format in [Format::Html, Format::Text] {
            let once = undertone::clean::clean(input, format).text;
            let twice = undertone::clean::clean(&once, Format::Text).text;
            assert_eq!(twice, once, "{format:?}: {input:?}");
        }
    }
}

/// Settling the HTML body must not cost the article its lists: a list between two paragraphs,
/// and a list that ends the article, stay in the body from HTML and from text alike.
#[test]
fn lists_inside_and_at_the_end_of_an_article_are_kept() {
    let prose = [
        "The city council voted on Tuesday to expand the bus network, after a long debate about the cost of the plan.",
        "Officials said the new routes would be in service by the spring and that fares would not rise this year.",
        "The plan, which the mayor has backed since the election, also adds night buses on the busiest lines.",
    ];
    let items = ["Route 4: Harbour to Station", "Route 9: Old Town loop", "Route 12: Airport express", "Route 15: University", "Route 21: Hospital"];
    let text = format!("{}\n\n{}\n\n{}\n\n{}\n\n{}", prose[0], prose[1], items.join("\n\n"), prose[2], items.join("\n\n").replace("Route", "Line"));
    let html = format!(
        "<html><body><article><p>{}</p><p>{}</p><ul>{}</ul><p>{}</p><ul>{}</ul></article><footer>About us</footer></body></html>",
        prose[0],
        prose[1],
        items.iter().map(|i| format!("<li>{i}</li>")).collect::<String>(),
        prose[2],
        items.iter().map(|i| format!("<li>{}</li>", i.replace("Route", "Line"))).collect::<String>()
    );
    for (input, format) in [(text.as_str(), Format::Text), (html.as_str(), Format::Html)] {
        let c = undertone::clean::clean(input, format);
        for item in items {
            assert!(c.text.contains(item), "{format:?}: the list inside the article keeps {item:?}:\n{}", c.text);
            let last = item.replace("Route", "Line");
            assert!(c.text.contains(&last), "{format:?}: the list that ends the article keeps {last:?}:\n{}", c.text);
        }
        assert!(!c.text.contains("About us"), "{format:?}");
        assert_eq!(undertone::clean::clean(&c.text, Format::Text).text, c.text, "{format:?}: idempotent");
    }
}

/// A short closing sentence of the article ("Nowadays, it is easily treated.") is no boilerplate.
#[test]
fn a_short_last_sentence_stays_with_the_article() {
    let input = "The disease spread through the region in the fourteenth century and killed a third of the people.\n\n\
                 Doctors at the time had no idea what caused it, and many blamed the air or the stars for it.\n\n\
                 Nowadays, it is easily treated with antibiotics.";
    let c = undertone::clean::clean(input, Format::Text);
    assert!(c.text.ends_with("Nowadays, it is easily treated with antibiotics."), "{}", c.text);
}

/// Found by the `clean` fuzz target (issue 8): references escaped twice ("&ampamp;" in HTML
/// is "&amp;" in the text) were decoded one level per cleaning, and a reference split by a tag
/// ("&#x<h1>…</h1>1F642;") came together only on the second cleaning.
#[test]
fn cleaning_decodes_references_escaped_twice_at_once() {
    for (input, format) in [
        ("c\u{7f}t&c\u{7f}t&ampamp;\u{0}\u{0} \u{1b}\u{0}\u{0}\u{0}]ar", Format::Html),
        ("3hnaTreportTakerryn Paris S\u{0}\u{0}\u{0}\u{0}&#x<h1not>1F642;\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}javascript:\u{a}\u{a}\"We do not agree one NEws All rightsExam[le  an News All erights rrese�ved.ror", Format::Html),
    ] {
        let once = undertone::clean::clean(input, format).text;
        let twice = undertone::clean::clean(&once, Format::Text).text;
        assert_eq!(twice, once, "{input:?}");
    }
}

/// Found by the `clean` fuzz target: a run of author notes ("Follow him on …") followed by
/// two short closing lines lost one note per settling pass, so the cap of 16 passes left notes
/// that cleaning the cleaned text again then dropped. The whole run now goes in one pass.
#[test]
fn a_long_run_of_author_notes_near_the_end_goes_in_one_pass() {
    let body = "The council approved the new budget on Monday after a debate that lasted most of the night.\n\n\
                Supporters said the plan would repair roads and schools, while critics warned of higher taxes.";
    let tail = "A final vote is expected next week.\n\nThe mayor did not comment.";
    let notes: Vec<String> = (0..24).map(|i| format!("Follow him on Twitter at @reporter{i}.")).collect();
    let input = format!("{body}\n\n{}\n\n{tail}", notes.join("\n\n"));
    let once = undertone::clean::clean(&input, Format::Text);
    assert_eq!(once.text, format!("{body}\n\n{tail}"), "every note goes, the body stays");
    assert_eq!(once.removed.iter().filter(|r| r.reason == "author bio").count(), notes.len());
    assert_eq!(undertone::clean::clean(&once.text, Format::Text).text, once.text, "idempotent");
}

/// Names found beyond the news wire (encyclopaedic prose), each a bug seen in session 7: two
/// names joined by "and the" were one organisation, a place "of" a country was one
/// organisation, battles and treaties were organisations, and a hyphenated nationality was an
/// event; storms and landmarks had no type of their own. Sentences written for this test.
#[test]
fn encyclopaedic_names_keep_their_bounds_and_types() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "The Royal College of Surgeons and the Daily Courier later produced a film about it.",
            &[("Royal College of Surgeons", "ORG"), ("Daily Courier", "ORG")],
        ),
        ("The stream rises in the Kestrel Mountains of Peru and runs east.", &[("Kestrel Mountains", "LOC"), ("Peru", "GPE")]),
        ("The Battle of Kelmscott was fought in 1405 near the river.", &[("Battle of Kelmscott", "EVENT")]),
        ("The Treaty of Ardmore ended the war between the two crowns.", &[("Treaty of Ardmore", "EVENT")]),
        ("She was a Polish and naturalised-French chemist.", &[("Polish", "NORP"), ("naturalised-French", "NORP")]),
        ("Hurricane Marlow struck Corpus Christi in August.", &[("Hurricane Marlow", "EVENT")]),
        // A courtesy title with its stop makes the whole name a person, whatever the model reads
        // in its middle; two model names that touch and that a rule reads as one are one.
        ("The agency declared an emergency, and Dr. Tedros Adhanom Ghebreyesus urged countries to share data.", &[("Tedros Adhanom Ghebreyesus", "PERSON")]),
        ("Pep Guardiola said his side had been second best.", &[("Pep Guardiola", "PERSON")]),
        // A possessive ends a name before a person; a listed name before a hyphen suffix keeps
        // its list's type.
        ("Apple's Tim Cook said the company would invest more.", &[("Apple", "ORG"), ("Tim Cook", "PERSON")]),
        ("In Gaza, the Hamas-run health ministry gave the toll.", &[("Hamas", "ORG")]),
        // A lone word the model reads as an organisation is not demoted to the rules' guess.
        ("Shares of Nvidia rose 4 percent on Wednesday after the chipmaker beat forecasts, while Intel slipped.", &[("Nvidia", "ORG"), ("Intel", "ORG")]),
        ("The Harwick Tower and Lindel Abbey draw visitors to Battle Creek.", &[("Harwick Tower", "LOC"), ("Lindel Abbey", "LOC"), ("Battle Creek", "LOC")]),
    ];
    assert_entities(cases);
}

/// A listed group named in a hyphenated compound ("Hamas-run") and on its own is one entity
/// with both mentions, not an event and an organisation. Sentences written for this test.
#[test]
fn a_name_in_a_hyphen_compound_merges_with_its_other_mentions() {
    let a = analyze("In Gaza, the Hamas-run health ministry gave a toll. Hamas said it rejected the proposal.", &Options { clean: false, ..Options::default() });
    let hamas: Vec<_> = a.entities.iter().filter(|e| e.name == "Hamas").collect();
    assert_eq!(hamas.len(), 1, "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    assert_eq!(hamas[0].kind.as_str(), "ORG");
    assert_eq!(hamas[0].mentions.len(), 2);
}

/// Session 8, names beyond the news wire (sentences and names invented for this test): a
/// place's head word opening a sentence was dropped as a common word ("Lake", "Tropical
/// Storm"), a palace "of" a place was two places, a company's or navy's tail word did not
/// type it, a double-barrelled surname was a person and a place, and occupations before a
/// name ("guitarist", "Senate Majority Leader") were no roles.
#[test]
fn heads_tails_hyphens_and_occupations_type_names() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Lake Moravenna is a deep lake in the north.", &[("Lake Moravenna", "LOC")]),
        ("Tropical Storm Kelda formed on Monday and the storm moved west.", &[("Tropical Storm Kelda", "EVENT")]),
        ("The accord was signed at the Palace of Verlaine in 1898.", &[("Palace of Verlaine", "LOC")]),
        ("Darvex Electronics is a multinational based in Suwon.", &[("Darvex Electronics", "ORG")]),
        ("The Moravian Navy sent two frigates to the strait.", &[("Moravian Navy", "ORG")]),
        ("Adaeze Okonkwo-Ibekwe became director of the fund. Later, Okonkwo-Ibekwe told reporters it would grow.", &[("Adaeze Okonkwo-Ibekwe", "PERSON")]),
        ("The band hired guitarist Prianka Ravel and drummer Tomasz Wielgosz last year.", &[("Prianka Ravel", "PERSON"), ("Tomasz Wielgosz", "PERSON")]),
        ("Divers mapped the Orrin Reef near Kestrel Prefecture.", &[("Orrin Reef", "LOC"), ("Kestrel Prefecture", "GPE")]),
        // A listed place after an event's head; a listed body ending a nationality's name; a
        // state whose name holds a listed one.
        ("Pilots who flew in the Battle of Britain met again last week.", &[("Battle of Britain", "EVENT")]),
        ("She led the Kenyan National Congress for a decade.", &[("Kenyan National Congress", "ORG")]),
        ("The Velden Philharmonic toured New South Wales in May.", &[("Velden Philharmonic", "ORG"), ("New South Wales", "GPE")]),
        // A company named once: bought, or opening a sentence about "the company".
        ("Quillon agreed to buy Corvane for $2.3 billion in cash, the companies announced.", &[("Corvane", "ORG")]),
        ("Zephyra delivered fewer scooters than expected in the third quarter, the company said.", &[("Zephyra", "ORG")]),
        ("The fund took a stake in Marlowet last year.", &[("Marlowet", "ORG")]),
        // A possessive inside a body's or a building's name, a role word's included.
        ("She taught at King's College Dunmore before the war.", &[("King's College Dunmore", "ORG")]),
        ("The choir sang in St Aldric's Cathedral on Sunday.", &[("St Aldric's Cathedral", "LOC")]),
        // Session 9: a lone unknown word after "in" is the place the rules read when the
        // model's PERSON is a near tie (the page's own sample had "families in Maiduguri" as
        // a person).
        ("The group threatens families in Maiduguri as much as it threatens Europe.", &[("Maiduguri", "GPE")]),
        ("Police in Tamale said three people died.", &[("Tamale", "GPE")]),
        // A name after a settlement's noun and "of" is that place in all its mentions.
        // A name in apposition to a person's role is a person's in all its mentions; not a
        // name before a role that speaks.
        ("Songs by Big Tank Hollis, the New York rapper who died on Tuesday, were played. Big Tank Hollis was 57.", &[("Big Tank Hollis", "PERSON")]),
        ("We will keep working with Congress, the president said.", &[("Congress", "ORG")]),
        // A listed company the tagger reads as a product or title (MISC) stays a company.
        ("In a post on her Facebook page, Lianne Corder revealed the news.", &[("Facebook", "ORG"), ("Lianne Corder", "PERSON")]),
        // A lone unlisted word named as a source is a body, unless it is a surname in the text.
        ("Seth Rogen will play the engineer in the biopic, according to Zorvex.", &[("Zorvex", "ORG")]),
        ("Rogen will play the engineer in the biopic, Deadline reports.", &[("Deadline", "ORG")]),
        ("Taylor Brankov said the clinic had refused. The claim is false, according to Brankov.", &[("Taylor Brankov", "PERSON")]),
        // A two-letter word is glued to the word before it only to repair a split word: "Iraq
        // is" is no demonym. An embassy, or a name ending in a listed body, is a body.
        ("Right now, Iraq is expanding its facilities.", &[("Iraq", "GPE")]),
        ("Protesters gathered outside the Saudi Embassy in London.", &[("Saudi Embassy", "ORG"), ("London", "GPE")]),
        ("Iran accused the Mossad of killing the scientist.", &[("Iran", "GPE"), ("Mossad", "ORG")]),
        ("Protests spread in Dar es Salaam on Friday.", &[("Dar es Salaam", "GPE")]),
        // Today's media and companies (listed in session 20); a founder keeps his own name.
        ("Weibo users shared the clip, Axios reported, and Lockheed Martin declined to comment to USA Today.", &[("Weibo", "ORG"), ("Axios", "ORG"), ("Lockheed Martin", "ORG"), ("USA Today", "ORG")]),
        ("The firm's founder Eugene Kaspersky said Kaspersky Lab was not involved.", &[("Eugene Kaspersky", "PERSON"), ("Kaspersky Lab", "ORG")]),
        // A listed given name and an unknown word the model reads, unsure, as a body: a person.
        ("Kirk Cousins will cash in big time in free agency. Aaron Rodgers  Drew Brees and Matt Ryan are all in line for extensions.", &[("Aaron Rodgers", "PERSON"), ("Drew Brees", "PERSON")]),
        ("\"It hurts,\" broadcaster Keith Olbermann said of Enberg on Twitter.", &[("Keith Olbermann", "PERSON"), ("Twitter", "ORG")]),
        // After a noun of kin and "of", a person.
        ("The deal was first reported by a friend of Meryl Streep.", &[("Meryl Streep", "PERSON")]),
        ("She is the widow of Usain Bolt.", &[("Usain Bolt", "PERSON")]),
        // Before "'s" and a noun of kin, or a verb of a life's events, a person in all its
        // mentions; "sister" before a noun modifies a thing.
        ("Loria Venn died on Monday, and Loria Venn's sister said so.", &[("Loria Venn", "PERSON")]),
        ("Loria Venn’s widower and Loria Venn’s sister spoke; Loria Venn had a band.", &[("Loria Venn", "PERSON")]),
        ("He covered basketball for ESPN. The finals air on ESPN's sister network ABC.", &[("ESPN", "ORG"), ("ABC", "ORG")]),
        // A sentence adverb opening a capitalised stretch is no part of the name.
        ("Perhaps Kode will win the race.", &[("Kode", "PERSON")]),
        ("Neither Ferguson police nor the FBI commented.", &[("Ferguson", "GPE"), ("FBI", "ORG")]),
        // The rest of a product's name after its lowercase brand is no name of its own.
        ("Users of the iPhone 6 Plus complained to Apple, and iCloud Drive lost files on Tuesday.", &[("Apple", "ORG"), ("Tuesday", "DATE")]),
        // A planet's name as a given name; a given name named as a source.
        ("Venus Williams beat her sister in the final, and Venus is a planet.", &[("Venus Williams", "PERSON")]),
        ("A woman named Lana boasted of it, according to Lana.", &[("Lana", "PERSON")]),
        ("The bank is based in Frankfurt am Main, Germany.", &[("Frankfurt", "GPE"), ("Germany", "GPE")]),
        ("Obama vowed to close Guantanamo.", &[("Obama", "PERSON"), ("Guantanamo Bay", "LOC")]),
        // "St." opens the name after it, unless it ends a street's name.
        ("During his weekly address in St. Aldric's Square, the bishop spoke of dogs.", &[("St. Aldric's Square", "LOC")]),
        ("Police on Main St. Mary Jones said.", &[("Mary Jones", "PERSON")]),
        ("Rebels shelled the Syrian town of Kerbanu on Monday. Kerbanu is surrounded on three sides, and Kerbanu needs help.", &[("Kerbanu", "GPE")]),
    ];
    assert_entities(cases);
    // The double-barrelled name is one entity with both mentions; two listed names joined by a
    // hyphen stay two.
    // Names listed with a sure one stand even when each alone is unsure, in a long text.
    let text = "Orlen Vasker led the first team. Its results were mixed. Two trials failed. A third worked. \
                The grant ran out in June. Harwick, Tamsel and Orlen Vasker shared the prize in 1962.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let people: Vec<&str> = a.entities.iter().filter(|e| e.kind.as_str() == "PERSON").map(|e| e.name.as_str()).collect();
    for p in ["Harwick", "Tamsel", "Orlen Vasker"] {
        assert!(people.contains(&p), "{p} not in {people:?}");
    }
    // A company's short name is the company.
    let a = analyze("Darvex Motor Corporation makes trucks. Its founder set up Darvex in 1931 as a workshop.", &Options { clean: false, ..Options::default() });
    let firm = a.entities.iter().find(|e| e.name == "Darvex Motor Corporation").expect("the company");
    assert_eq!((firm.kind.as_str(), firm.mentions.len()), ("ORG", 2), "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    let a = analyze(cases[5].0, &Options { clean: false, ..Options::default() });
    assert_eq!(a.entities.iter().filter(|e| e.kind.as_str() == "PERSON").count(), 1);
    assert_eq!(a.entities[0].mentions.len(), 2);
    // Joining "the company" makes no company of a person.
    for text in ["Vantrell left the company last year.", "Ostrova founded the firm in 1998."] {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        assert!(a.entities.iter().all(|e| e.kind.as_str() != "ORG"), "{text}: {:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    }
    // A sentence adverb is no given name ("Later Gantz said" read as one person).
    let a = analyze("Talks between Orvel and Gantrey collapsed on Monday. Later Gantrey said he was disappointed.", &Options { clean: false, ..Options::default() });
    assert!(a.entities.iter().all(|e| !e.name.starts_with("Later")), "{:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    let a = analyze("Russia-Ukraine talks resumed in Geneva.", &Options { clean: false, ..Options::default() });
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Russia") && names.contains(&"Ukraine"), "{names:?}");
    let a = analyze("The band hired guitarist Prianka Ravel.", &Options { clean: false, ..Options::default() });
    assert_eq!(a.entities[0].role.as_deref(), Some("guitarist"));
    let a = analyze("Senate Majority Leader Orrin Talbot said the bill would pass.", &Options { clean: false, ..Options::default() });
    let p = a.entities.iter().find(|e| e.name == "Orrin Talbot").expect("the person");
    assert_eq!(p.role.as_deref(), Some("Senate Majority Leader"));
}

/// A name with a hyphen as the text's last token ("…Okonkwo-") indexed past the tokens when
/// checking for a double-barrelled name (session 8; found by reading the code, then here).
#[test]
fn a_name_ending_the_text_with_a_hyphen() {
    for text in ["Kerry met Ngozi Okonkwo-", "Kerry met Ngozi Okonkwo-Ib", "Okonkwo-", "A-"] {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        assert_eq!(a.text, text);
    }
}

/// Session 10, names in real news (sentences and names invented for this test): a
/// possessive inside a body's name split it, a field of study after "in" was a place, an
/// award lost its field, a body named with a comma list of its fields was three, two names
/// joined by a hyphen before "summit" were one person, a company listed with a surer one took
/// a place's type, and a company named once before "shares" was lost.
#[test]
fn names_of_session_10_keep_their_bounds_and_types() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("She studied at St Brede's Girls' School in Dunmore before the war.", &[("St Brede's Girls' School", "ORG")]),
        ("He won the Halden Prize in Chemistry for his work on catalysts.", &[("Halden Prize in Chemistry", "MISC")]),
        (
            "The Ossian Educational, Scientific and Cultural Organization listed the site last year.",
            &[("Ossian Educational, Scientific and Cultural Organization", "ORG")],
        ),
        ("The Varga-Ossley summit in Tamale ended without a deal.", &[("Varga", "PERSON"), ("Ossley", "PERSON")]),
        ("Halvorn shares fell 12 percent after the company said profits would shrink.", &[("Halvorn", "ORG")]),
        // The tagger reads "Chevron" here as a place, barely; its surer neighbour types it.
        ("Shares of Exxon Mobil and Chevron dropped on Monday as crude prices slid.", &[("Exxon Mobil", "ORG"), ("Chevron", "ORG")]),
        // An owner after "and" is no member of a list of names.
        ("Britain's Royal Navy and France's army held drills near the coast.", &[("Royal Navy", "ORG"), ("France", "GPE")]),
    ];
    assert_entities(cases);
    let a = analyze("She holds a degree in Physics from a college in Dunmore.", &Options { clean: false, ..Options::default() });
    assert!(a.entities.iter().all(|e| e.name != "Physics"), "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    // British courtesy titles without a stop are no part of the name, which then joins the
    // person's full name.
    let a = analyze("Tamsin Okafor runs the shelter. Mrs Okafor said the dogs were well.", &Options { clean: false, ..Options::default() });
    let p: Vec<_> = a.entities.iter().filter(|e| e.kind.as_str() == "PERSON").collect();
    assert_eq!(p.len(), 1, "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    assert_eq!((p[0].name.as_str(), p[0].mentions.len()), ("Tamsin Okafor", 2));
}

/// Session 10: a name written the same way throughout an article is one entity of one type,
/// even when the tagger reads its mentions differently by their contexts (a company read as
/// a person in one sentence and a place in another). Sentences written for this test.
#[test]
fn one_name_is_one_entity_of_one_type() {
    let text = "Corvanta unveiled a new electric van on Tuesday. The van goes on sale in March. \
                Dealers said demand for Corvanta vans had grown. Corvanta's rivals cut prices last year. \
                Corvanta is expected to report results next week.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let c: Vec<_> = a.entities.iter().filter(|e| e.name == "Corvanta").collect();
    assert_eq!(c.len(), 1, "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    // A surname the tagger reads as something else joins its person.
    let a = analyze("Officer Dale Varnum shot Tobiah Brenn in August. Witnesses said Brenn had his hands up. Brenn died at the scene.", &Options { clean: false, ..Options::default() });
    let p = a.entities.iter().find(|e| e.name == "Tobiah Brenn").expect("the person");
    assert_eq!(p.mentions.len(), 3, "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str(), e.mentions.len())).collect::<Vec<_>>());
    // Ranks and police titles before a name are roles, not parts of it.
    let officer = a.entities.iter().find(|e| e.name == "Dale Varnum").expect("the officer");
    assert_eq!(officer.role.as_deref(), Some("Officer"));
    let a = analyze("Colonel Ardan Thule said the base was secure.", &Options { clean: false, ..Options::default() });
    assert!(a.entities.iter().any(|e| e.name == "Ardan Thule" && e.kind.as_str() == "PERSON"), "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
}

/// A capital letter joined to a common noun is no name ("X-ray", "T-shirt"): the structured
/// tagger read such words as a MISC name. Sentences written for this test.
#[test]
fn a_letter_and_a_noun_is_no_name() {
    for text in ["Doctors ordered an X-ray of her wrist.", "He wore a T-shirt and said the U-turn was a mistake.", "Critics said the 𝒳-factor was luck."] {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        assert!(a.entities.iter().all(|e| !e.name.contains('-')), "{text}: {:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    }
}

/// A lone word that opens sentences names nothing ("Instead, he ..." read as a person by the
/// structured tagger). Sentences written for this test.
#[test]
fn a_sentence_opener_is_no_name() {
    let text = "The inquiry found no crime by the mayor of Dunmere. Instead, he seems a careless manager. \
                \"Is the scheme worth it?\" asked Corla Vane. Meanwhile, the council met again.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    let a2 = analyze("The clinic closed on Monday. Staff said the building was unsafe.", &Options { clean: false, ..Options::default() });
    assert!(a2.entities.iter().all(|e| e.name != "Staff"), "{:?}", a2.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    for bad in ["Instead", "Is", "Meanwhile"] {
        assert!(!names.contains(&bad), "{bad} in {names:?}");
    }
    assert!(names.contains(&"Corla Vane"), "{names:?}");
}

/// Session 11 (issue 4): names read wrong on CoNLL-2003 dev errors and real articles, each
/// checked here on sentences written for this test.
#[test]
fn names_of_session_11_keep_their_bounds_and_types() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        // An unknown given name the tagger reads as an organisation before the surname it
        // reads as a person is part of the person.
        ("American Nate Varrow defended his title on Saturday.", &[("Nate Varrow", "PERSON")]),
        ("Sampras struck out Brent Tavish for his save.", &[("Brent Tavish", "PERSON")]),
        // A company's or club's noun right before a name types it, and the name's other
        // mentions with it.
        (
            "Supermarket chain Lidl opened five stores on Monday. Analysts said Lidl would keep growing.",
            &[("Lidl", "ORG")],
        ),
        ("The fine came days after Dutch club Vardeke Rovigo lost at home.", &[("Vardeke Rovigo", "ORG")]),
        ("Italian cables giant Marelli announced the deal on Friday.", &[("Marelli", "ORG")]),
        // No name ends with a stop after a long word, an opening bracket or a plural's
        // apostrophe.
        ("He went by the nom de guerre \"Abu Salem.\"", &[("Abu Salem", "PERSON")]),
        ("The Peshmerga [the region's fighters] held the ridge.", &[("Peshmerga", "ORG")]),
        ("He was pulled in the third period of the Hawks’ 6-3 loss.", &[("Hawks", "ORG")]),
        ("The deal was signed by Acme Corp. on Friday.", &[("Acme Corp.", "ORG")]),
        // A byline's or headline's leading preposition is no part of the name; "Western" is
        // a group's word, no event.
        ("By Peter Salisbury\nThe talks in Sanaa ended on Monday.", &[("Peter Salisbury", "PERSON")]),
        ("Via The Daily Planet, the story spread overnight.", &[("Daily Planet", "ORG")]),
        ("Western diplomats said the talks had failed.", &[("Western", "NORP")]),
        // Encyclopaedic names: empires, wars in the plural, peace treaties, and a role word
        // before a lone body's or event's word ("Premier League") that is no role.
        ("The Varesian Empire ruled the coast until the Corran Wars.", &[("Varesian Empire", "LOC"), ("Corran Wars", "EVENT")]),
        ("The Peace of Tolmar ended the war in 1648.", &[("Peace of Tolmar", "EVENT")]),
        ("Dunmore won the Premier League in 2005.", &[("Premier League", "ORG")]),
        // Roads and streets are places; a listed place after "in" is that place, whatever
        // the tagger reads after a bank's name.
        ("The caravans followed the Silk Road west.", &[("Silk Road", "LOC")]),
        // A lone name before "administration", "campaign", "regime" is a leader.
        ("Officials in the Varga administration denied the report on Tuesday.", &[("Varga", "PERSON")]),
        ("Lawyers for a former Ossley campaign manager spoke on Monday.", &[("Ossley", "PERSON")]),
        ("\"Spending is slowing,\" said Ana Ruiz of Harwell Bank in Philadelphia.", &[("Harwell Bank", "ORG"), ("Philadelphia", "GPE")]),
    ];
    assert_entities(cases);
    // A lone function word in title case is no name, whatever the tagger reads.
    for text in ["Also, an Argentine web site said reporters in Havana were told to leave.", "(CNN) When a gunman opened fire, the crowd ran."] {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        assert!(a.entities.iter().all(|e| e.name != "Also" && e.name != "When"), "{text:?}: {:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    }
}

/// Session 11: a lone given name is the one person of the article named with it ("Anna" after
/// "Anna Varnell"), but not when two persons share it. Sentences written for this test.
#[test]
fn a_lone_given_name_joins_its_only_person() {
    let people = |text: &str| -> Vec<(String, usize)> {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        a.entities.iter().filter(|e| e.kind.as_str() == "PERSON").map(|e| (e.name.clone(), e.mentions.len())).collect()
    };
    let got = people("Anna Varnell moved the magazine to new offices. Her staff said Anna had chosen the floor herself. Varnell declined to comment.");
    assert_eq!(got, [("Anna Varnell".to_string(), 3)]);
    let got = people("Anna Varnell met Anna Krol in Oslo. Later Anna said the talks had gone well.");
    assert!(got.iter().any(|(n, _)| n == "Anna"), "{got:?}");
}

/// A disease is no entity ("the Ebola outbreak" read as an organisation and ranked first,
/// "Zika" as a place). Sentences written for this test.
#[test]
fn a_disease_is_no_entity() {
    let text = "The Ebola outbreak spread across Guinea in March. Health officials said Ebola cases fell in May. \
                Doctors in Recife said the Zika virus was found in two towns.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"Ebola") && !names.contains(&"Zika"), "{names:?}");
    assert!(names.contains(&"Guinea") && names.contains(&"Recife"), "{names:?}");
}

/// Session 12: a listed name whose parts are joined by a hyphen matches across it, though
/// the tokenizer splits a hyphen between capitalised parts ("Agence France-Presse" was cut
/// and left "France" a place, an actor of every article with an AFP photo). Two names joined
/// by a hyphen stay two, a listed name before a lowercase suffix keeps its type, and an
/// unlisted double-barrelled surname stays one person. Sentences written for this test.
#[test]
fn listed_names_match_across_their_hyphens() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Photo: Agence France-Presse, taken in Bamako on Monday.", &[("Agence France-Presse", "ORG"), ("Bamako", "GPE")]),
        ("Voters in Guinea-Bissau chose a new parliament on Sunday.", &[("Guinea-Bissau", "GPE")]),
        ("Peacekeepers left Bosnia-Herzegovina in 2004.", &[("Bosnia and Herzegovina", "GPE")]),
        ("Paris Saint-Germain beat the visitors 2-0 on Saturday.", &[("Paris Saint-Germain", "ORG")]),
        ("Fighters of Al-Shabaab attacked a base near the border.", &[("al-Shabaab", "ORG")]),
        ("The Russia-Ukraine talks stalled again in Geneva.", &[("Russia", "GPE"), ("Ukraine", "GPE")]),
        ("The Hamas-run ministry said the clinic had closed.", &[("Hamas", "ORG")]),
        ("A London-based lender cut its rates on Tuesday.", &[("London", "GPE")]),
        ("Adaeze Okonkwo-Ibekwe, the fund's head, spoke in Lagos.", &[("Adaeze Okonkwo-Ibekwe", "PERSON")]),
        // A lowercase prefix before a listed nationality names a group, whatever the tagger reads.
        ("The pro-Russian rebels held the town of Dorvask.", &[("pro-Russian", "NORP"), ("Dorvask", "GPE")]),
        ("Crowds joined the anti-American protests in Karsh.", &[("anti-American", "NORP")]),
    ];
    assert_entities(cases);
    for text in ["A soldier walks past the market. Photo: Agence France-Presse", "Guinea-Bissau held elections.", "The pro-Russian rebels held the town."] {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.iter().any(|n| matches!(*n, "France" | "Presse" | "Guinea" | "Bissau" | "Russia" | "Russian")), "{text:?}: {names:?}");
    }
}

/// Session 12: a news occupation or title before a name is no part of it ("Publicist Lindsay
/// Galin" was one person). Sentences written for this test.
#[test]
fn occupations_before_a_name_stay_out_of_it() {
    let cases: &[(&str, &str)] = &[
        ("Publicist Lindsay Galin said the singer was resting at home.", "Lindsay Galin"),
        ("Commissioner Dale Parrow opened the season in Denver.", "Dale Parrow"),
        ("Professor Miriam Ostrander led the study of the river.", "Miriam Ostrander"),
        ("Adviser Kemal Durant resigned on Friday.", "Kemal Durant"),
        ("Chef Tomas Hallgren opened a restaurant in Oslo.", "Tomas Hallgren"),
        ("Referee Pavel Dunst sent off two players.", "Pavel Dunst"),
        ("Councilwoman Rosa Teague voted against the budget.", "Rosa Teague"),
        ("Journalist Ines Marlow was detained at the airport.", "Ines Marlow"),
    ];
    for &(text, name) in cases {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let got: Vec<(&str, &str)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str())).collect();
        assert!(got.contains(&(name, "PERSON")), "{text:?}: {got:?}");
        let role = text.split(' ').next().unwrap();
        assert!(!got.iter().any(|(n, _)| n.split(' ').any(|w| w == role)), "{text:?}: {got:?}");
    }
}

/// The mention texts of each entity of `text` (analysed without cleaning), as (name, type,
/// mentions).
fn mention_texts(text: &str) -> Vec<(String, &'static str, Vec<String>)> {
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    a.entities
        .iter()
        .map(|e| (e.name.clone(), e.kind.as_str(), e.mentions.iter().map(|m| a.text[m.start..m.end].to_string()).collect()))
        .collect()
}

/// Session 12 (issue 4), from real articles: a name before a lowercase hyphen suffix
/// ("London-based", "NBA-leading") is the name alone, typed as the name, and the words after
/// the compound are a name of their own; a letter joined to a noun ("T-shirts") ends no name;
/// a wide gap (a lost comma: "Boston   Massachusetts") is never inside a name. Sentences
/// written for this test: (text, a mention that must be found with its type, mentions that
/// must not be).
#[test]
fn hyphen_suffixes_and_wide_gaps_end_names() {
    let cases: &[(&str, (&str, &str), &[&str])] = &[
        ("The London-based Varnholt Trust said the report was wrong.", ("London", "GPE"), &["London-based", "London-based Varnholt Trust"]),
        ("The London-based Varnholt Trust said the report was wrong.", ("Varnholt Trust", "ORG"), &[]),
        ("Shares of the New York-listed carmaker fell on Monday.", ("New York", "GPE"), &["New York-listed"]),
        ("A Tarvenna-based charity paid for the new roof.", ("Tarvenna", "GPE"), &["Tarvenna-based"]),
        ("The NBA-leading Lakers won again on Friday.", ("Lakers", "ORG"), &["NBA-leading Lakers"]),
        ("Supporters of Maria Ossavit wore Ossavit T-shirts at the rally in Lodz.", ("Ossavit", "PERSON"), &["Ossavit T-shirts"]),
        ("Fidelity Investments   Corla Benn said the fund grew.", ("Fidelity Investments", "ORG"), &["Fidelity Investments   Corla Benn"]),
        ("He moved to Boston   Massachusetts in 2004.", ("Boston", "GPE"), &["Boston   Massachusetts"]),
        // Names whose own parts are joined by hyphens stay whole.
        ("Kim Jong-un met the envoy in Pyongyang.", ("Kim Jong-un", "PERSON"), &["Kim"]),
        ("Durham played at Chester-le-Street on Monday.", ("Chester-le-Street", "LOC"), &[]),
    ];
    for (text, (name, kind), never) in cases {
        let got = mention_texts(text);
        assert!(got.iter().any(|(_, k, ms)| k == kind && ms.iter().any(|m| m == name)), "{text:?}: ({name}, {kind}) not in {got:?}");
        for bad in *never {
            assert!(got.iter().all(|(_, _, ms)| ms.iter().all(|m| m != bad)), "{text:?}: {bad:?} in {got:?}");
        }
    }
}

/// Session 12: a rank with its stop ("Adm.", "Col.", "Rep."), with "Rear" or "Vice" before
/// it, is the person's title, never part of the organisation or group named before it nor a
/// person of its own. Sentences written for this test: (text, names with types that must be
/// found, names that must not, the person and the role it must get).
#[test]
fn a_rank_after_a_body_is_the_persons_title() {
    let cases: &[(&str, &[(&str, &str)], &[&str], (&str, &str))] = &[
        ("Coast Guard Rear Adm. Orrin Vasko sent a letter to the company on Friday.", &[("Coast Guard", "ORG"), ("Orrin Vasko", "PERSON")], &["Coast Guard Rear Adm", "Rear Adm"], ("Orrin Vasko", "Admiral")),
        ("Navy spokesman Rear Adm. Dale Fenwick said the ship was safe.", &[("Dale Fenwick", "PERSON")], &["Rear Adm", "Rear"], ("Dale Fenwick", "Admiral")),
        ("The motion was denied by Air Force Col. Bram Etherly on Tuesday.", &[("Air Force", "ORG"), ("Bram Etherly", "PERSON")], &["Air Force Col. Bram Etherly"], ("Bram Etherly", "Colonel")),
        ("Democratic Rep. Lena Horvath asked for the files.", &[("Democratic", "NORP"), ("Lena Horvath", "PERSON")], &["Democratic Rep"], ("Lena Horvath", "Representative")),
    ];
    for (text, want, never, (person, role)) in cases {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let got: Vec<(&str, &str)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str())).collect();
        for w in *want {
            assert!(got.contains(w), "{text:?}: {w:?} not in {got:?}");
        }
        for bad in *never {
            assert!(got.iter().all(|(n, _)| n != bad), "{text:?}: {bad:?} in {got:?}");
        }
        let p = a.entities.iter().find(|e| e.name == *person).expect("the person");
        assert_eq!(p.role.as_deref(), Some(*role), "{text:?}");
    }
}

/// Session 12: no name crosses a dash ("TARVIK — At least ..." read as one name), and an
/// auxiliary opening a question is no part of the name after it ("Would Varga run?"). Sentences
/// written for this test: (text, a name that must be found, names that must not).
#[test]
fn dashes_and_auxiliaries_are_outside_names() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("DUNMORE — At least Orrin Vasko finally has the name of the starting quarterback. He said so on Friday.", "Orrin Vasko", &["DUNMORE — At"]),
        ("KELSO — Hours before the vote, Orrin Vasko said he was calm.", "Orrin Vasko", &["KELSO — Hours", "Hours"]),
        ("Would Scarvell try to revive the band? Scarvell said he might.", "Scarvell", &["Would Scarvell"]),
        ("Does Plexor offer enough games? Plexor said it would add more.", "Plexor", &["Does Plexor"]),
        ("Given Orla's record, the board voted no. Orla Brandt left on Monday.", "Orla Brandt", &["Given Orla"]),
    ];
    for (text, name, never) in cases {
        let got = mention_texts(text);
        assert!(got.iter().any(|(n, _, _)| n == name), "{text:?}: {name:?} not in {got:?}");
        for bad in *never {
            assert!(got.iter().all(|(n, _, ms)| n != bad && ms.iter().all(|m| m != bad)), "{text:?}: {bad:?} in {got:?}");
        }
    }
}

/// The entity of `a` named `name` (panics with the list when there is none).
fn entity<'a>(a: &'a Analysis, name: &str) -> &'a undertone::Entity {
    a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no {name:?} in {:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>()))
}

/// Session 13, from real articles: a listed body named after its seat is one ORG entity in
/// every context ("the White House said" read as a place by the tagger split it in two); a
/// listed name before an event's tail word is the event ("Fed Cup" is no Federal Reserve). Sentences
/// written for this test: (text, name, type, the mentions it must have exactly).
#[test]
fn listed_bodies_keep_one_type_and_events_keep_their_tail() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        ("The White House said on Monday it would act. A White House spokesman declined to comment. The White House later denied it.",
         "White House", "ORG", &["White House", "White House", "White House"]),
        ("The Kremlin said on Friday the talks were over. A Kremlin aide said Orvin Tal would not attend.", "Kremlin", "ORG", &["Kremlin", "Kremlin"]),
        ("The Federal Reserve raised rates. The Fed said inflation was high. Later the Fed Cup final was held in Prague.",
         "Federal Reserve", "ORG", &["Federal Reserve", "Fed"]),
        ("The Federal Reserve raised rates. The Fed said inflation was high. Later the Fed Cup final was held in Prague.",
         "Fed Cup", "EVENT", &["Fed Cup"]),
        ("Dalia Merek won the U.S. Open on Sunday, her third title.", "U.S. Open", "EVENT", &["U.S. Open"]),
    ];
    for (text, name, kind, mentions) in cases {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let e = entity(&a, name);
        let got: Vec<&str> = e.mentions.iter().map(|m| &a.text[m.start..m.end]).collect();
        assert_eq!((e.kind.as_str(), got.as_slice()), (*kind, *mentions), "{text:?}");
        assert_eq!(a.entities.iter().filter(|e| e.name == *name).count(), 1, "{text:?}: {name} split");
    }
}

/// Session 13: a lowercase prefix hyphened to a country or nationality ("pro-Israel",
/// "post-Soviet", "anti-American") is the adjective of a group or side (NORP), never an
/// event's name. Sentences written for this test.
#[test]
fn prefixed_countries_and_nationalities_are_groups() {
    assert_entities(&[
        ("The pro-Israel group met the minister on Monday.", &[("pro-Israel", "NORP")]),
        ("Post-war planning began in the post-Soviet states, she said.", &[("post-Soviet", "NORP")]),
        ("Dozens of anti-American protesters gathered outside the embassy.", &[("anti-American", "NORP")]),
        ("The anti-Moscow bloc won the vote in Tbilisi.", &[("anti-Moscow", "NORP")]),
        // A law is named like a treaty (EVENT: there is no law type), even after a given name.
        ("He may have violated the Logan Act, lawyers said.", &[("Logan Act", "MISC")]),
        // "EPA" in English news is the US agency.
        ("The EPA said the rule would change.", &[("Environmental Protection Agency", "ORG")]),
    ]);
    // A person's name so prefixed is no group ("post-Mueller"); "Maybe" opens no name.
    for (text, bad) in [("The post-Mueller debate began.", ("post-Mueller", "NORP")), ("Maybe Instagram will fix it.", ("Maybe", "ORG"))] {
        let got = mention_texts(text);
        assert!(got.iter().all(|(n, k, _)| (n.as_str(), *k) != bad), "{text:?}: {bad:?} in {got:?}");
        assert!(got.iter().all(|(n, _, _)| !n.starts_with("Maybe")), "{text:?}: {got:?}");
    }
}

/// Session 13: a role in apposition after a name ("Luis Álvarez, Mexico's foreign minister,
/// said") is the person's role, as a title before the name would be, and the country in it
/// is the one the person acts for; so is a country's possessive before a title ("Mexico's
/// Foreign Minister Jorge Ramos"). Sentences written for this test: (text, person, role, the
/// entity the person acts for).
#[test]
fn a_role_in_apposition_is_the_persons() {
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        ("Luis Álvarez, Mexico's foreign minister, said the deal was bad. Álvarez later left.", "Luis Álvarez", "foreign minister", Some("Mexico")),
        ("Mexico's Foreign Minister Jorge Ramos spoke first.", "Jorge Ramos", "Foreign Minister", Some("Mexico")),
        ("Orla Brandt, the Danish ambassador, declined to comment.", "Orla Brandt", "ambassador", Some("Danish")),
        ("Ana Ruiz, a spokeswoman for the ministry, said nothing.", "Ana Ruiz", "spokeswoman", None),
        ("The plan was criticised by Tomas Lindqvist, Sweden's prime minister.", "Tomas Lindqvist", "prime minister", Some("Sweden")),
    ];
    for (text, person, role, country) in cases {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let p = entity(&a, person);
        assert_eq!(p.role.as_deref(), Some(*role), "{text:?}");
        // The role's own words are no second mention of the person.
        assert!(p.mentions.iter().all(|m| a.text[m.start..m.end].starts_with(char::is_uppercase)), "{text:?}: {:?}", p.mentions);
        assert_eq!(p.acts_for.map(|i| a.entities[i].name.as_str()), *country, "{text:?}");
    }
}

/// Session 13: well-known companies named by one word are organisations wherever the tagger,
/// trained on older news, reads a person or a place ("Pfizer said", "Sony and Comcast"); common
/// English given names are persons even when an article names them once. Sentences written
/// for this test.
#[test]
fn listed_companies_and_common_given_names() {
    assert_entities(&[
        ("Analysts said Samsung added phones while Pfizer said the vaccine worked.", &[("Samsung", "ORG"), ("Pfizer", "ORG")]),
        ("He said Sony and Comcast agreed on a price, and Netflix grew.", &[("Sony", "ORG"), ("Comcast", "ORG"), ("Netflix", "ORG")]),
        ("Investors think Walmart cut prices and Nissan sold more cars.", &[("Walmart", "ORG"), ("Nissan", "ORG")]),
        ("The clip went viral on Mashable and Gawker before Hulu dropped it.", &[("Mashable", "ORG"), ("Gawker", "ORG"), ("Hulu", "ORG")]),
        ("The school opened on Monday. Parents waited at the gate. The bus was late again. Teachers handed out maps. \
          Later Abigail and her brother Zach walked home. Kylie stayed behind. Nobody complained.",
         &[("Zach", "PERSON"), ("Kylie", "PERSON")]),
    ]);
}

/// Session 13, from real articles: a listed country the tagger reads as an organisation is
/// the country ("by the US"); a listed body before an organisation's tail word opens a longer
/// name ("Netflix Group"), as a place does ("Massachusetts General Hospital", whose rank-like
/// "General" is no title); "Hospital" and "Observatory" end organisations' names and "Bowl"
/// events'. Sentences written for this test.
#[test]
fn countries_bodies_and_tails_of_session_13() {
    assert_entities(&[
        ("Last week the US announced it had killed the rebel leader.", &[("United States", "GPE")]),
        ("The drones are flown by the US over the northern desert.", &[("United States", "GPE")]),
        ("Analysts at Netflix Group said so.", &[("Netflix Group", "ORG")]),
        ("The Samsung Group chairman resigned.", &[("Samsung Group", "ORG")]),
        ("Doctors battled to save his life at Massachusetts General Hospital.", &[("Massachusetts General Hospital", "ORG")]),
        ("The Varnish Observatory for Human Rights said 40 people died.", &[("Varnish Observatory for Human Rights", "ORG")]),
        ("Fans watched the Super Bowl at home.", &[("Super Bowl", "EVENT")]),
    ]);
}

/// Session 13, from real articles: roles, holidays, credits and capitalised common nouns are
/// no entities. A name that is the opening words of a longer role ("Senate Minority" of
/// "Senate Minority Leader") is none; a holiday is a DATE ("a Christmas surprise", "Christmas
/// Eve"), unless it opens a name ("Christmas Island"); a credit's "File" after a slash or a
/// comma, "the Internet" and a lone "Jr" name nothing. Sentences written for this test:
/// (text, names with types that must be found, mention texts that must not).
#[test]
fn roles_holidays_and_credits_are_no_names() {
    let cases: &[(&str, &[(&str, &str)], &[&str])] = &[
        ("Senate Minority Leader Dana Kolb and House Minority Leader Ira Penn spoke.", &[("Dana Kolb", "PERSON"), ("Ira Penn", "PERSON")], &["Senate Minority", "House Minority"]),
        ("She planned a little Christmas surprise for her husband.", &[("Christmas", "DATE")], &[]),
        ("They met on Christmas Eve near Christmas Island.", &[("Christmas Eve", "DATE"), ("Christmas Island", "LOC")], &["Christmas"]),
        ("Ramadan began on Monday in Cairo.", &[("Ramadan", "DATE")], &[]),
        ("The mayor spoke to reporters. (AP Photo/Orrin Vasko, File) The vote is on Friday.", &[("Orrin Vasko", "PERSON")], &["File"]),
        ("The Internet went down across the city on Monday.", &[], &["Internet"]),
        ("Mr. Varga , Jr . spoke.", &[("Varga", "PERSON")], &["Jr"]),
    ];
    for (text, want, never) in cases {
        let got = mention_texts(text);
        for (name, kind) in *want {
            assert!(got.iter().any(|(n, k, _)| n == name && k == kind), "{text:?}: ({name}, {kind}) not in {got:?}");
        }
        for bad in *never {
            assert!(got.iter().all(|(n, _, ms)| n != bad && ms.iter().all(|m| m != bad)), "{text:?}: {bad:?} in {got:?}");
        }
    }
}

/// Session 13, from real articles: a name of capitalised words ending in a listed nationality
/// or group is a group ("Roman Catholic", "Sunni Muslim"), never an event; a lone word that
/// says what kind of body a name of the text is ("the Observatory", "the Post") is that body
/// when only one has it, and is left alone with two. Sentences written for this test: (text,
/// name, type, mentions it must have exactly).
#[test]
fn groups_and_bodies_by_their_last_word() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        ("A Roman Catholic priest was freed on Monday.", "Roman Catholic", "NORP", &["Roman Catholic"]),
        ("Two Sunni Muslim clerics spoke at the rally.", "Sunni Muslim", "NORP", &["Sunni Muslim"]),
        ("The Varnish Observatory for Human Rights said 40 died. Activists and the Observatory said the toll would rise.",
         "Varnish Observatory for Human Rights", "ORG", &["Varnish Observatory for Human Rights", "Observatory"]),
        ("The Dunmore Post reported it first, and the Post said more on Friday.", "Dunmore Post", "ORG", &["Dunmore Post", "Post"]),
        ("The Dunmore Post and the Kelso Post disagreed, and the Post said so.", "Dunmore Post", "ORG", &["Dunmore Post"]),
    ];
    for (text, name, kind, mentions) in cases {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let e = entity(&a, name);
        let got: Vec<&str> = e.mentions.iter().map(|m| &a.text[m.start..m.end]).collect();
        assert_eq!((e.kind.as_str(), got.as_slice()), (*kind, *mentions), "{text:?}");
    }
}

/// A word in capitals that PETRARCH2 wrote in parentheses after a group's name as a qualifier
/// or nickname ("DIRECT_ACTION_(GREECE)", "(PARADISE)") is no acronym of the group: a headline
/// in capitals names no organisation with it (scripts/build-gazetteer.py, `qualifier`).
#[test]
fn a_qualifier_in_capitals_is_no_group_acronym() {
    let cases = [
        "The council met on Tuesday to discuss the budget.\n\nTROUBLE IN PARADISE AS COUNCIL SPLITS\n\nThe mayor said the vote would come next week.",
        "The council met on Tuesday.\n\nPARADISE LOST FOR LOCAL FARMERS\n\nThe rain has not come back this year.",
    ];
    for text in cases {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let orgs: Vec<&str> = a.entities.iter().filter(|e| e.kind.as_str() == "ORG").map(|e| e.name.as_str()).collect();
        assert!(orgs.is_empty(), "{text:?}: {orgs:?}");
    }
}

/// British style writes a listed acronym of four letters or more as a word: "Nato", "Isis",
/// "Opec" are the listed bodies (and merge with their other names); short ones need capitals.
#[test]
fn acronyms_written_as_words_are_the_listed_bodies() {
    let text = "Nato allies met in Brussels on Monday, while Isis fighters attacked the town. Opec cut output. \
                The Islamic State lost ground, and ISIS leaders fled. Ap Dhillon sang.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let got: Vec<(&str, &str, usize)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str(), e.mentions.len())).collect();
    for w in [("NATO", "ORG", 1), ("OPEC", "ORG", 1), ("Islamic State", "ORG", 3)] {
        assert!(got.contains(&w), "{w:?} not in {got:?}");
    }
    assert!(!got.iter().any(|(n, _, _)| *n == "Associated Press"), "{got:?}");
}

/// A faith or creed is a group's (NORP), a party-and-state label after a legislator's name is
/// no name, and a weekday opening a newspaper's or a show's name is part of it. Sentences
/// written for this test.
#[test]
fn faiths_party_labels_and_weekday_names() {
    assert_entities(&[
        ("Scholars of Islam and Christianity met in Dunmere, where Judaism and Buddhism were also discussed.", &[("Islam", "NORP"), ("Christianity", "NORP"), ("Judaism", "NORP"), ("Buddhism", "NORP")]),
        ("The Sunday Times reported on Tuesday that Saturday Night Live would return.", &[("Sunday Times", "ORG"), ("Tuesday", "DATE"), ("Saturday Night Live", "MISC")]),
    ]);
    let a = analyze("Sen. Orla Pennick, R-Texas, and Rep. Davin Marsh (D-Calif.) wrote the bill.", &Options { clean: false, ..Options::default() });
    let got: Vec<(&str, &str)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str())).collect();
    assert!(got.iter().all(|(n, _)| !n.starts_with("R-") && !n.starts_with("D-")), "{got:?}");
    assert!(got.contains(&("Orla Pennick", "PERSON")) && got.contains(&("Davin Marsh", "PERSON")), "{got:?}");
    // A surname that reads as a faith stays the person's.
    let a = analyze("The singer Yusuf Islam spoke on Friday.", &Options { clean: false, ..Options::default() });
    assert!(a.entities.iter().all(|e| e.kind.as_str() != "NORP"), "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
}

/// A name after a person's title is a person, and all its mentions with it ("the Trump
/// campaign" had made the name a company's, as the 1996-trained tagger reads it); a common noun
/// ("market leader") or a title in capitals ("TO COACH NICE") is no such sign. Sentences
/// written for this test.
#[test]
fn a_title_before_a_name_makes_it_a_person() {
    let kinds = |text: &str| -> Vec<(String, &'static str, usize)> {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        a.entities.iter().map(|e| (e.name.clone(), e.kind.as_str(), e.mentions.len())).collect()
    };
    let got = kinds("The meeting was canceled by President Trump last week. The Trump campaign declined to comment. Trump later tweeted.");
    assert!(got.contains(&("Trump".into(), "PERSON", 3)), "{got:?}");
    let got = kinds("Shoppers moved to discounters, putting pressure on market leader Tesco. Tesco cut prices on Monday.");
    assert!(got.iter().any(|(n, k, _)| n == "Tesco" && *k == "ORG"), "{got:?}");
    let got = kinds("ORTEGA TO COACH NICE\n\nNICE, France 1996-08-30\n\nFrench first division side Nice named Ortega as coach on Friday. Nice lost at home on Saturday.");
    assert!(got.iter().all(|(n, k, _)| !(n.eq_ignore_ascii_case("nice") && *k == "PERSON")), "{got:?}");
}

/// A storm's name is an event: after its noun, in the plural too ("hurricanes Harvey and
/// Irma"), and so are its other mentions ("Harvey was blamed"); a person of the same given
/// name stays a person. Sentences written for this test.
#[test]
fn storms_are_events_with_all_their_mentions() {
    let text = "Sales slowed because of Hurricanes Harvey and Irma. Economists said Harvey and Irma cut growth. \
                Harvey was blamed for most of it. Harvey Weinstein did not comment.";
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let got: Vec<(&str, &str, usize)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str(), e.mentions.len())).collect();
    for w in [("Harvey", "EVENT", 3), ("Irma", "EVENT", 2), ("Harvey Weinstein", "PERSON", 1)] {
        assert!(got.contains(&w), "{w:?} not in {got:?}");
    }
}

/// A listed person's surname that the tagger types otherwise by its context ("at the mercy of
/// Putin" read as a place) keeps no list evidence for that type, so it joins the person named
/// in full. Sentences written for this test.
#[test]
fn a_listed_surname_typed_otherwise_joins_its_person() {
    let a = analyze("Vladimir Putin met officials on Monday. Critics say the firm is at the mercy of Putin.", &Options { clean: false, ..Options::default() });
    let got: Vec<(&str, &str, usize)> = a.entities.iter().map(|e| (e.name.as_str(), e.kind.as_str(), e.mentions.len())).collect();
    assert!(got.contains(&("Vladimir Putin", "PERSON", 2)), "{got:?}");
}

/// Persons in the news since the PETRARCH2 dictionaries (2014) are listed: a name with
/// lowercase particles is one name ("Ursula von der Leyen" had been two persons), and a
/// surname the 1996-trained tagger reads as a company joins the full name. Sentences written
/// for this test.
#[test]
fn persons_in_the_news_since_2014_are_listed() {
    assert_entities(&[
        ("Ursula von der Leyen spoke in Brussels on Monday.", &[("Ursula von der Leyen", "PERSON")]),
        ("Alexandria Ocasio-Cortez and Recep Tayyip Erdogan were quoted.", &[("Alexandria Ocasio-Cortez", "PERSON"), ("Recep Tayyip Erdogan", "PERSON")]),
    ]);
}

/// Session 15 (issue 4), with the two-pass tagger: a listed person's full name is the person
/// whatever the tagger reads; the photographer after an agency's "Photo/"; what a deal noun
/// takes in is a company; a lone name kept as a speaker keeps its other mentions; "X-Y summit"
/// with the first name read alone.
#[test]
fn full_listed_names_credits_deals_and_speakers() {
    assert_entities(&[
        ("Mahmoud Abbas met Imran Khan in Doha on Monday.", &[("Mahmoud Abbas", "PERSON"), ("Imran Khan", "PERSON")]),
        ("Crowds gathered outside. (AP Photos/Lena Marsh)", &[("Lena Marsh", "PERSON")]),
        ("Regulators cleared the takeover of Brannock by a rival on Friday.", &[("Brannock", "ORG")]),
        ("Western governments imposed new sanctions.", &[("Western", "NORP")]),
        ("Police in Kadugli said the road was closed.", &[("Kadugli", "GPE")]),
    ]);
    let got = mention_texts("Varek met the mayor on Monday. Varek said the plan would work.");
    assert!(got.iter().any(|(n, k, ms)| n == "Varek" && *k == "PERSON" && ms.len() == 2), "{got:?}");
    let got = mention_texts("The Dunmore-Quell talks ended without a deal.");
    assert!(got.iter().any(|(n, k, _)| n == "Dunmore" && *k == "PERSON") && got.iter().any(|(n, k, _)| n == "Quell" && *k == "PERSON"), "{got:?}");
}

/// Session 16 (issue 4), from error classes tallied on ~45 real articles (article-extraction
/// dev, PerSenT dev, FNC-1 bodies): an acronym or listed name before a possessive owns what
/// follows and is no part of its name; a lone planet's or moon's name is a place; the plural
/// of a word in capitals is no name; a full name before "of" inside a span the tagger reads as
/// one organisation is the person; a full name read as another type whose surname is a person
/// elsewhere is that person. Sentences written for this test.
#[test]
fn owners_planets_caps_plurals_and_split_persons() {
    assert_entities(&[
        // Owner and owned: two names.
        ("Engineers at ESA's Rosvane mission centre said the probe was safe.", &[("ESA", "ORG"), ("Rosvane", "ORG")]),
        // A company named after its founder, and a body with a possessive, stay whole.
        ("Analysts at Moody's Investors Service cut the rating.", &[("Moody's Investors Service", "ORG")]),
        ("Soldiers of the People's Liberation Army marched.", &[("People's Liberation Army", "ORG")]),
        // Planets and moons.
        ("Scientists mapped the surface of Titan. Titan has lakes of methane, and Earth has oceans, the team said.", &[("Titan", "LOC"), ("Earth", "LOC")]),
        // A surname stays the person's.
        ("Freddie Mercury sang. Mercury wrote the song.", &[("Freddie Mercury", "PERSON")]),
        // A person and the lab read as one name.
        ("The study was led by Rosaly Quent of Halvern Labs. Quent said the results were clear.", &[("Rosaly Quent", "PERSON"), ("Halvern Labs", "ORG")]),
    ]);
    let got = mention_texts("Dealers sold more SUVs than sedans. The LEDs were dim.");
    assert!(got.is_empty(), "{got:?}");
    let got = mention_texts("Shares of Halvern Capital   Damarious Quent rose. Quent said the shares would rise.");
    assert!(got.iter().any(|(n, k, ms)| n == "Damarious Quent" && *k == "PERSON" && ms.len() == 2), "{got:?}");
    // Not when the full name opens with a listed place ("Aluminium" read as a person alone).
    let got = mention_texts("Workers at Jordan Aluminium went home. Aluminium prices fell.");
    assert!(!got.iter().any(|(n, k, _)| n == "Jordan Aluminium" && *k == "PERSON"), "{got:?}");
}

/// Session 16 (issue 4): "As" opens no name; a surname with an Arabic article
/// is a person's and the person's without the article too; a group's adjective ranks below
/// the company the article is about. Sentences written for this test.
#[test]
fn leading_as_arabic_articles_and_group_salience() {
    assert_entities(&[
        ("As The Morning Ledger reports, the mayor resigned.", &[("Morning Ledger", "ORG")]),
        ("To mark the end of combat operations  al-Maliki said Iraqi forces were ready.", &[("al-Maliki", "PERSON")]),
    ]);
    let got = mention_texts("Abu Bakr al-Zindari was seen in the video. Zindari said the war would go on.");
    assert!(got.iter().any(|(n, k, ms)| n == "Abu Bakr al-Zindari" && *k == "PERSON" && ms.len() == 2), "{got:?}");
    let a = analyze(
        "Two Australian brothers kept a burger from Halvern Holdings for twenty years. The Australian men said the burger \
         had not changed. Australian experts were not surprised, and Halvern Holdings declined to comment.",
        &Options { clean: false, ..Options::default() },
    );
    assert_eq!(a.entities[0].name, "Halvern Holdings", "{:?}", a.entities.iter().map(|e| (&e.name, e.salience)).collect::<Vec<_>>());
}

/// Session 16 (issue 4): a river takes "the", so a listed river's name without it is the
/// company named after it ("Amazon said"; "the Amazon" stays the river); two unknown names
/// hyphened before "merger" or "deal" are companies. Sentences written for this test.
#[test]
fn rivers_without_the_and_merger_partners() {
    assert_entities(&[
        ("Amazon said on Monday that Prime members would get the service free. Shares of Amazon rose.", &[("Amazon", "ORG")]),
        ("Fires burned across the Amazon this summer, and farmers in the Amazon cleared land.", &[("Amazon", "LOC")]),
        ("The Halvern-Brannock merger closed on Monday.", &[("Halvern", "ORG"), ("Brannock", "ORG")]),
        // Leaders hold summits.
        ("The Varga-Ossley summit ended.", &[("Varga", "PERSON"), ("Ossley", "PERSON")]),
    ]);
}

/// Session 17 (issue 4), from errors in real articles (PerSenT dev, FNC-1 bodies, article
/// extraction dev): a town before a comma and its state, listed or abbreviated with its stop,
/// is a place in all its mentions, and so is a town before "police"; a lone name before a
/// people's noun is a group; "and" inside a body's name that ends in "Commission", "Board"...;
/// a player's position or a student's year before a name is a role, and so is a rank without
/// its stop ("Sgt Woody"); God's name in Arabic names no actor; a body's hill is a place.
/// Sentences written for this test.
#[test]
fn towns_with_states_groups_bodies_with_and_and_positions() {
    assert_entities(&[
        // Towns and states.
        ("A courier in Ann Arbor, Michigan, found the parcel.", &[("Ann Arbor", "GPE")]),
        ("Sessions were held in Cupertino, California, and Austin, Texas, last week.", &[("Austin", "GPE"), ("Texas", "GPE")]),
        ("Ferguson police said the man was armed. Shops in Ferguson stayed shut.", &[("Ferguson", "GPE")]),
        // Groups.
        ("The Varani minority fled the army. Aid groups urged help for the Varani.", &[("Varani", "NORP")]),
        // Bodies with "and" in their names.
        ("The Fisheries and Coastal Commission fined the firm, and the Housing and Planning Board agreed.", &[("Fisheries and Coastal Commission", "ORG"), ("Housing and Planning Board", "ORG")]),
        // Positions.
        ("Halvern CB Tyrique Oduya left the game.", &[("Tyrique Oduya", "PERSON")]),
        ("Sophomore Tyrique Oduya said the vote was unfair.", &[("Tyrique Oduya", "PERSON")]),
        // Ranks without their stop, as British papers write them.
        ("Sgt Dario Wenzel said the car was found. Lt Dana Ruiz helped.", &[("Dario Wenzel", "PERSON"), ("Dana Ruiz", "PERSON")]),
        // A body's hill.
        ("Guards sealed off Parliament Hill after the shooting.", &[("Parliament Hill", "LOC")]),
        // The Arabic article written apart and in lowercase opens the name.
        ("Officials said the cell joined al Qaeda last year.", &[("al-Qaeda", "ORG")]),
    ]);
    // All the town's mentions are the place.
    let got = mention_texts("Ferguson police said the man was armed. Shops in Ferguson stayed shut.");
    assert!(got.iter().any(|(n, k, ms)| n == "Ferguson" && *k == "GPE" && ms.len() == 2), "{got:?}");
    // No town where the word after the comma is a name's suffix, nor a place or group from a
    // common word.
    for (text, not) in [
        ("Martin Luther King, Jr. spoke in Memphis.", "Martin Luther King"),
        ("Kelton, Inc. agreed to pay the fine.", "Kelton"),
        ("When people see you, they stop. Most people in the street said nothing.", "When"),
        ("Riot police moved in at noon.", "Riot"),
        ("Gathering clues: Forensic police officers worked through the night.", "Forensic"),
        ("The road was shut at 10 Pm, Oct. 13 by the flood.", "Pm"),
        ("The Halvern Operations Chief, Lt. Gen. Dario Wenzel, said so.", "Halvern Operations Chief"),
    ] {
        let got = mention_texts(text);
        assert!(!got.iter().any(|(n, k, _)| n == not && (*k == "GPE" || *k == "NORP")), "{text:?}: {got:?}");
    }
    let got = mention_texts("\"I thank Allah,\" the singer said, and the crowd shouted \"Allahu akbar\".");
    assert!(!got.iter().any(|(n, _, _)| n.starts_with("Allah")), "{got:?}");
    let got = mention_texts("MORRIS PICKS HIS QB BUT KEEPS IT QUIET");
    assert!(!got.iter().any(|(n, _, _)| n.contains("QUIET")), "{got:?}");
}

#[test]
fn a_listed_place_opening_a_longer_name_the_model_reads() {
    // The model reads these as one name but is unsure where it ends; the place's list entry
    // had split them into the place and a stray word ("Boston" and nothing, "China" and a
    // company "Daily").
    assert_entities(&[
        ("The Athletics blanked the Boston Red Sox 7-0 on Friday.", &[("Boston Red Sox", "ORG")]),
        ("He pitched for the Seattle Mariners last season before a trade.", &[("Seattle Mariners", "ORG")]),
        ("The plant will make steel for export, the China Daily said on Saturday.", &[("China Daily", "ORG")]),
        ("The Quebec Citizen reported the vote on Monday.", &[("Quebec Citizen", "ORG")]),
        ("A spokesman for the U.S. Central Command said the strike hit a depot.", &[("U.S. Central Command", "ORG")]),
    ]);
    // Not across "and", nor in a headline.
    let got = mention_texts("The strike was condemned by the Army and Nato on Tuesday.");
    assert!(!got.iter().any(|(n, _, _)| n.contains(" and ")), "{got:?}");
    let got = mention_texts("China Offers Military Support To Allies");
    assert!(!got.iter().any(|(n, _, _)| n.starts_with("China ")), "{got:?}");
}

#[test]
fn roles_positions_titles_and_regnal_names_around_a_person() {
    assert_entities(&[
        // A rank's modifier before a listed role: the role, not "State John Kornblum".
        ("The radio said U.S. Assistant Secretary of State Orrin Kasprzak had reassured the officials.", &[("Orrin Kasprzak", "PERSON")]),
        // A player's position, a former team and a knight's title are no part of the name.
        ("Fullback Dario Wenzel scored the other try.", &[("Dario Wenzel", "PERSON")]),
        ("Ex-Yankee Tyrique Oduya hit his 11th homer.", &[("Tyrique Oduya", "PERSON")]),
        ("The prize went to Sir Alden Marrow, the actor.", &[("Alden Marrow", "PERSON")]),
        // A monarch with his number is a person, even beside a country.
        ("The treaty was signed between the Holy Roman Emperor Charles VI and France.", &[("Charles VI", "PERSON"), ("France", "GPE")]),
        // A company's legal suffix types it, even as a speaker.
        ("\"Our presence in Asia grows,\" said Varnholt SpA chairman Dario Wenzel.", &[("Varnholt SpA", "ORG")]),
        // A noble's title is a role; a region of a state by its last word is a place.
        ("The visit of Archduke Anton Varga ended in Graz.", &[("Anton Varga", "PERSON")]),
        ("The lake lies between the federal subjects of Irkutsk Oblast to the northwest and the Republic of Buryatia to the southeast.", &[("Irkutsk Oblast", "GPE")]),
        // A listed country that is a person's surname, as a subject, is that person.
        ("Police said Trevor Holland, 52, was found in a shop. Holland was moved to a secure centre.", &[("Trevor Holland", "PERSON")]),
    ]);
    let got = mention_texts("The radio said U.S. Assistant Secretary of State Orrin Kasprzak had reassured the officials.");
    assert!(got.iter().any(|(n, _, _)| n == "Orrin Kasprzak"), "{got:?}");
    let a = analyze("Police said Trevor Holland, 52, was found in a shop. Holland was moved to a secure centre.", &Options { clean: false, ..Options::default() });
    assert!(!a.entities.iter().any(|e| e.kind.as_str() == "GPE"), "{:?}", a.entities.iter().map(|e| (&e.name, e.kind.as_str())).collect::<Vec<_>>());
    // God names no place and no actor.
    let got = mention_texts("\"We believe in God,\" she said.");
    assert!(got.is_empty(), "{got:?}");
    // The role is the person's, whole.
    let a = analyze("U.S. Assistant Secretary of State Orrin Kasprzak arrived.", &Options { clean: false, ..Options::default() });
    let p = a.entities.iter().find(|e| e.name == "Orrin Kasprzak").expect("the person");
    assert_eq!(p.role.as_deref(), Some("Assistant Secretary of State"));
}

#[test]
fn a_listed_place_is_the_person_whose_surname_it_is_unless_written_as_a_place() {
    let got = mention_texts("Actor Loria Jordan won the award, and Jordan thanked her family.");
    assert!(got.iter().any(|(n, k, ms)| n == "Loria Jordan" && *k == "PERSON" && ms.len() == 2), "{got:?}");
    assert!(!got.iter().any(|(_, k, _)| *k == "GPE"), "{got:?}");
    // Written after "in" somewhere, the name is the place there and elsewhere.
    let got = mention_texts("Actor Loria Jordan filmed a drama in Jordan last year, and Jordan thanked her family.");
    assert!(got.iter().any(|(n, k, _)| n == "Jordan" && *k == "GPE"), "{got:?}");
}

#[test]
fn a_hyphened_given_name_after_a_role_and_a_particle_inside_a_name() {
    // The rules, ending the name at the hyphen, had kept the role's person as "Karl".
    let a = analyze("German Foreign Minister Karl-Heinz Brenner was in Nigeria on Tuesday.", &Options { clean: false, ..Options::default() });
    let p = a.entities.iter().find(|e| e.name == "Karl-Heinz Brenner").unwrap_or_else(|| panic!("{:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()));
    assert_eq!(p.role.as_deref(), Some("Foreign Minister"));
    assert_entities(&[("Zairean Prime Minister Kengo wa Dondo said at the end of a visit.", &[("Kengo wa Dondo", "PERSON")])]);
}

/// Session 22: the given names of today's news that the 1996 training text and PETRARCH2's
/// politicians lack (the US Census list, `scripts/gazetteer/given_names.txt`) make a full name
/// a person, and its surname alone with it. Invented surnames.
#[test]
fn census_given_names_make_persons() {
    for (text, name, mentions) in [
        ("Misty Ravelle opened a bakery in 2019. Ravelle later sold it.", "Misty Ravelle", 2),
        ("Brandi Quorrel won the race on Sunday. Quorrel said the course was hard.", "Brandi Quorrel", 2),
    ] {
        let got = mention_texts(text);
        assert!(got.iter().any(|(n, k, ms)| n == name && *k == "PERSON" && ms.len() == mentions), "{text:?}: {got:?}");
    }
}

/// Session 22: "Secretary of" or "Minister of" before a department's name is one title, the
/// person after it the name ("Secretary of Education Betsy DeVos" had been the person
/// "Education Betsy DeVos"), and no piece of the department is a name of its own; the
/// lowercase "minister of" of an apposition leaves the person before it alone. Invented names.
#[test]
fn department_titles_end_before_the_name() {
    for (text, name, role) in [
        ("Secretary of Health and Human Services Dana Velloe said the plan would work.", "Dana Velloe", "Secretary of Health and Human Services"),
        ("Minister of Foreign Affairs Oskar Lindqvist arrived in Rome.", "Oskar Lindqvist", "Minister of Foreign Affairs"),
        ("Secretary of Education Marla Quint appeared before the Senate.", "Marla Quint", "Secretary of Education"),
    ] {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        let p = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{text:?}: {:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()));
        assert_eq!((p.kind.as_str(), p.role.as_deref()), ("PERSON", Some(role)), "{text:?}");
        assert!(a.entities.iter().all(|e| !role.contains(e.name.as_str())), "{text:?}: {:?}", a.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    }
    let got = mention_texts("Gaza was flooded. Tarek al-Mansouri, minister of Housing and Public Works in the unity government, said the damage was severe.");
    assert!(got.iter().any(|(n, k, _)| n == "Tarek al-Mansouri" && *k == "PERSON"), "{got:?}");
}

/// Session 22: a role word that is the surname of a person the tagger read in full is that
/// person's mention ("Bishop said", "Singer said"); a role word before a name's suffix is a
/// surname ("Martin Luther King Jr." had been no one), and the surname alone joins the name
/// with its suffix.
#[test]
fn role_words_as_surnames() {
    for (text, name, mentions) in [
        ("Film director Corwin Singer denied the claims on Monday. Singer said the lawsuit was false.", "Corwin Singer", &["Corwin Singer", "Singer"][..]),
        ("Dr. Halvard Bishop led the study. Bishop said the results were clear.", "Halvard Bishop", &["Halvard Bishop", "Bishop"][..]),
        ("Martin Luther King Jr. spoke in 1963. King was killed in 1968.", "Martin Luther King Jr", &["Martin Luther King Jr", "King"][..]),
        ("Otis Redmond Jr. won the seat. Redmond said he was grateful.", "Otis Redmond Jr", &["Otis Redmond Jr", "Redmond"][..]),
    ] {
        let got = mention_texts(text);
        assert!(got.iter().any(|(n, k, ms)| n == name && *k == "PERSON" && ms == mentions), "{text:?}: {got:?}");
    }
}

/// Session 23, from real news about a pope: a pope's or monarch's name that is no given name
/// with its number is a person ("Benedict XVI" had been a place), "Christ" is a person, not a
/// place, "Rev" without its stop is a courtesy title ("Rev Martin" had been a person of its own),
/// and religious orders and denominations are groups ("a Jesuit priest" had been a person).
#[test]
fn religion_names_and_titles() {
    assert_entities(&[
        ("He took over from Benedict XVI, Pope Francis, 77, has caused a stir.", &[("Benedict XVI", "PERSON")]),
        ("The king, Harald V, opened the session.", &[("Harald V", "PERSON")]),
        ("He said that God loves and Christ redeems all of creation.", &[("Christ", "PERSON")]),
        ("\"We will see our animals again in the eternity of Christ,\" the leader said.", &[("Christ", "PERSON")]),
        ("Mormon and Methodist leaders met Rohingya refugees.", &[("Mormon", "NORP"), ("Methodist", "NORP"), ("Rohingya", "NORP")]),
    ]);
    let got = mention_texts("The Rev. Anselm Dorrity, a Jesuit priest, disagreed. \"It is open to all,\" Rev Dorrity said.");
    assert!(got.iter().any(|(n, k, ms)| n == "Anselm Dorrity" && *k == "PERSON" && ms == &["Anselm Dorrity", "Dorrity"]), "{got:?}");
    assert!(got.iter().any(|(n, k, _)| n == "Jesuit" && *k == "NORP"), "{got:?}");
}

/// Session 23: a surname in a headline in capitals is the person named in full in the text
/// ("HALLORAN" and "Dermot Halloran" had been two entities), and the person's name is the
/// running text's form, not the headline's ("RANDALL CUNNINGHAM"). Invented names.
#[test]
fn surnames_in_capitals_join_their_person() {
    let text = "SOCCER - HALLORAN FINED AFTER BRAWL WITH OKONKWO .\nLONDON 1996-08-30\nDermot Halloran was fined on Friday after a brawl with Chidi Okonkwo , the league said .\n";
    let got = mention_texts(text);
    assert!(got.iter().any(|(n, k, ms)| n == "Dermot Halloran" && *k == "PERSON" && ms == &["HALLORAN", "Dermot Halloran"]), "{got:?}");
    assert!(got.iter().any(|(n, k, ms)| n == "Chidi Okonkwo" && *k == "PERSON" && ms == &["OKONKWO", "Chidi Okonkwo"]), "{got:?}");
    let got = mention_texts("SPORT - ORSINO VELLACOTT RETIRES .\nOrsino Vellacott , the quarterback , retired on Thursday .\n");
    assert!(got.iter().any(|(n, k, ms)| n == "Orsino Vellacott" && *k == "PERSON" && ms.len() == 2), "{got:?}");
}

/// Session 23: a name right before a lowercase noun of a settlement or a land is that place in
/// all its mentions ("in Yemen's southern Varsha province", "the Korvanth mountains"), not the
/// body or person the tagger read; not before "capital" or "port" ("the IS capital", "a USB-C
/// port"), nor an adjective ("the Parthian city"). Invented names.
#[test]
fn names_before_a_land_noun_are_places() {
    assert_entities(&[
        ("The drone struck at dawn in Yemen's southern Varsha province. Varsha is remote.", &[("Varsha", "GPE")]),
        ("He was born in the Oltrevo district of Rome.", &[("Oltrevo", "GPE")]),
        ("Gunfire echoed in the Pamir mountains as the Orlaq Valley Fund said it would leave.", &[("Pamir", "LOC")]),
    ]);
    for text in ["Fighters are in the IS capital of Raqqa, Syria.", "The laptop has a single Zentraq port for power."] {
        let got = mention_texts(text);
        assert!(got.iter().all(|(n, k, _)| !matches!(*k, "GPE" | "LOC") || n == "Raqqa" || n == "Syria"), "{text:?}: {got:?}");
    }
}

/// Session 23: a name with an age in apposition is a person, even opening a sentence where the
/// tagger reads no name ("Orvalle, 34, of Dayton, was charged" had lost the name); not a
/// date's month ("September, 11, 2001"). Invented names.
#[test]
fn an_age_in_apposition_makes_a_person() {
    assert_entities(&[
        ("Orvalle, 34, of Dayton, was charged on Monday.", &[("Orvalle", "PERSON")]),
        ("The suspect, Orvalle (34), was charged.", &[("Orvalle", "PERSON")]),
    ]);
    let got = mention_texts("Protests were planned on the anniversary of the September, 11, 2001 attacks.");
    assert!(got.iter().all(|(_, k, _)| *k != "PERSON"), "{got:?}");
}

/// Session 23: a common word glued before a person's full name found elsewhere in the text is
/// no part of the name ("Supermodel Gigi Hadid", "Free James Foley": a headline's or a
/// caption's words), so the mentions are one person. Invented names but one.
#[test]
fn stray_words_before_a_full_name() {
    for (text, name) in [
        ("Gigi Hadid arrived with a supermodel friend. Later, Supermodel Gigi Hadid said she was happy.", "Gigi Hadid"),
        ("Mara Okonjo won the vote. A group called Free Mara Okonjo said it was glad.", "Mara Okonjo"),
    ] {
        let got = mention_texts(text);
        assert!(got.iter().any(|(n, k, ms)| n == name && *k == "PERSON" && ms.len() == 2 && ms.iter().all(|m| m == name)), "{text:?}: {got:?}");
    }
}

/// Session 23: a headline's verb or pronoun in capitals ends a name ("Zentrix Has A Problem
/// With Women" had been the company "Zentrix Has A Problem With"), and what is left stands only
/// when it joins a name found elsewhere; "Follow Us On Twitter" and "Contact Us" name nothing
/// but Twitter. Invented names.
#[test]
fn headline_verbs_end_a_name() {
    let got = mention_texts("Zentrix said on Monday it would cut jobs. Read more: Zentrix Has A Problem With Women. The firm declined to comment.");
    assert!(got.iter().any(|(n, _, ms)| n == "Zentrix" && ms == &["Zentrix", "Zentrix"]), "{got:?}");
    assert!(got.iter().all(|(n, _, _)| !n.contains("Has")), "{got:?}");
    let got = mention_texts("Like Us On Facebook | Follow Us On Twitter | Contact Us");
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Facebook", "Twitter"], "{got:?}");
}

/// Session 23: states, provinces, regions and cities of the news that the place list lacked
/// ("a trip to Bali" had been a person, "Rajasthan" a person, "Capitol Hill" a person), listed
/// after the tagger was trained: the rules read them, and a longer name the tagger reads around
/// one stays whole ("Bristol-Myers Squibb", "the Royal Newfoundland Constabulary").
#[test]
fn places_listed_after_training() {
    assert_entities(&[
        ("The spider had burrowed under his skin during a trip to Bali. The 21-year-old Aussie was fine.", &[("Bali", "LOC")]),
        ("He spent ten years working on Capitol Hill before he joined the campaign.", &[("Capitol Hill", "LOC")]),
        ("Police in Rajasthan arrested two men.", &[("Rajasthan", "GPE")]),
        ("A security guard from Keighley, West Yorkshire decided to go.", &[("West Yorkshire", "LOC")]),
        ("The drug maker Bristol-Myers Squibb said on Monday that sales rose.", &[("Bristol-Myers Squibb", "ORG")]),
        ("A man turned himself in to the Royal Newfoundland Constabulary (RNC) on Friday.", &[("Royal Newfoundland Constabulary", "ORG")]),
    ]);
}

/// Session 23: an award before "-winning", "-winner" or "-nominated" is the award, not the
/// place the tagger read ("the Oscar-winning actor", "Grammy-nominated").
#[test]
fn awards_before_winning() {
    assert_entities(&[
        ("The Oscar-winning actor said so.", &[("Oscar", "MISC")]),
        ("She is a Grammy-nominated singer.", &[("Grammy", "MISC")]),
        ("The Pulitzer Prize-winning journalist spoke.", &[("Pulitzer Prize", "MISC")]),
    ]);
}

/// Session 23: a publication is a body: a lone name before "magazine" or "newspaper", after
/// "the" and a phrase of telling ("according to the Varnish", "told the Varnish"), or after a
/// publication's noun ("film industry publication Varnish"); it had been a place. A person
/// told something stays a person. Invented names.
#[test]
fn publications_are_bodies() {
    assert_entities(&[
        ("According to the Varnish, he left the country in May.", &[("Varnish", "ORG")]),
        ("She told the Varnish: \"They promote it.\"", &[("Varnish", "ORG")]),
        ("The story was first reported by film industry publication Varnish on Thursday.", &[("Varnish", "ORG")]),
        ("The new offices of Quorella magazine are infested with rats.", &[("Quorella", "ORG")]),
        ("He told Smith the story.", &[("Smith", "PERSON")]),
    ]);
}

/// Session 23: well-known persons whose given names no list has are listed (`HAND_PERSONS`):
/// "Tiger Woods said" and "Keanu Reeves said" had been companies; a lone word opening a listed
/// person's full name in the text is that person ("Nike has been giving Tiger a ball").
#[test]
fn famous_persons_before_said() {
    let got = mention_texts("Tiger Woods said on Tuesday that the plan would fail. Nike has been giving Tiger a new ball.");
    assert!(got.iter().any(|(n, k, ms)| n == "Tiger Woods" && *k == "PERSON" && ms == &["Tiger Woods", "Tiger"]), "{got:?}");
    assert_entities(&[("Keanu Reeves said on Tuesday that the plan would fail.", &[("Keanu Reeves", "PERSON")])]);
    // Not a given name two persons of the text share, one of them listed.
    let got = mention_texts("David Cameron spoke on Monday. The aid worker David Haines was killed. David was appreciated by his team.");
    assert!(got.iter().any(|(n, _, ms)| n == "David Cameron" && ms == &["David Cameron"]), "{got:?}");
}

/// Session 24: a name after "daily" or "weekly" as a noun, or before one that tells, is a
/// publication ("the Turkish daily Korvalet quoted", "Zycie Warszawy daily said"; both had been
/// persons); a lone unlisted word before "spokesman" is the body the spokesperson speaks for
/// ("Ericsson spokesman Per Zetterquist" had lost Ericsson), unless the tagger is sure it is
/// no name ("Government spokeswoman").
#[test]
fn dailies_and_spokesmen_name_bodies() {
    assert_entities(&[
        ("The Turkish daily Korvalet quoted the minister as saying he would resign.", &[("Korvalet", "ORG"), ("Turkish", "NORP")]),
        ("Zelmar Dovanski daily said on Saturday that the deal was off.", &[("Zelmar Dovanski", "ORG"), ("Saturday", "DATE")]),
        ("Korvalet spokesman Per Lindqvist told reporters the order was large.", &[("Korvalet", "ORG"), ("Per Lindqvist", "PERSON")]),
        ("Vandrelle spokeswoman Anna Berg declined to comment.", &[("Vandrelle", "ORG"), ("Anna Berg", "PERSON")]),
        ("Warren spokeswoman Kristen Orthman said the senator would vote.", &[("Warren", "PERSON"), ("Kristen Orthman", "PERSON")]),
    ]);
    let got = mention_texts("Government spokeswoman Rosario Murillo said the meteorite fell.");
    assert!(got.iter().all(|(n, _, _)| n != "Government") && got.iter().any(|(n, _, _)| n == "Rosario Murillo"), "{got:?}");
}

/// Session 24: PETRARCH2's wrong or ordinary-word forms of militant groups are retired
/// (`gaz_orgs.tsv`'s third column: only the tagger's features read them): "Foundation" is no
/// longer the Chicago gang El Rukn, "CAR" in a headline the Revolutionary Armed Corps, "PLA"
/// the Irish National Liberation Army.
#[test]
fn retired_group_forms_name_nothing() {
    for text in ["The Charles Koch Foundation funded the study.", "CAR BOMB KILLS FIVE IN VARNOK", "China's PLA staged drills.", "They chanted We Will Win at the rally."] {
        let a = analyze(text, &Options { clean: false, ..Options::default() });
        for e in &a.entities {
            assert!(!["El Rukn", "Revolutionary Armed Corps", "Irish National Liberation Army", "Venceremos"].contains(&e.name.as_str()), "{text:?}: {:?}", e.name);
        }
    }
    assert_entities(&[("The Charles Koch Foundation funded the study.", &[("Charles Koch Foundation", "ORG")])]);
}

/// Session 24: named weekdays are dates ("Black Friday" had been the militant group of that
/// name) unless they open a longer name ("the Good Friday Agreement", an event; it had been
/// "Good" and "Friday"); a county or province is a political unit.
#[test]
fn named_days_and_counties() {
    assert_entities(&[
        ("Shoppers queued outside the Varnok mall on Black Friday.", &[("Black Friday", "DATE")]),
        ("The Good Friday Agreement ended the conflict.", &[("Good Friday Agreement", "EVENT")]),
        ("Officials in Tarrow County said schools were closed.", &[("Tarrow County", "GPE")]),
    ]);
}

/// Session 24: a lone surname shared by two persons of the text is the listed one, else the
/// one named first (a relative introduced later goes by the given name), not the nearest; and
/// full names with different middle initials are two persons (George W. and George H.W. Bush).
#[test]
fn shared_surnames_and_middle_initials() {
    let got = mention_texts("Orvald Brenner arrived with his wife Tamsin Brenner. Brenner said he would run again.");
    assert!(got.iter().any(|(n, _, ms)| n == "Orvald Brenner" && ms == &["Orvald Brenner", "Brenner"]), "{got:?}");
    let got = mention_texts("Barack Obama spoke first. Later Michelle Obama arrived. Obama said the vote mattered.");
    assert!(got.iter().any(|(n, _, ms)| n == "Barack Obama" && ms == &["Barack Obama", "Obama"]), "{got:?}");
    let got = mention_texts("Harlan T. Voss met Harlan R.J. Voss in Ohio. Harlan T. Voss said the deal was done.");
    assert!(got.iter().any(|(n, _, ms)| n == "Harlan T. Voss" && ms.len() == 2), "{got:?}");
    assert!(got.iter().any(|(n, _, ms)| n == "Harlan R.J. Voss" && ms.len() == 1), "{got:?}");
}

/// Session 24: a high court's judge is a role before a full name ("Supreme Court Justice Ruth
/// Bader Ginsburg" had been one organisation, "Justice Antonin Scalia" a person with the title
/// in the name), not before a body's word ("the Justice Department").
#[test]
fn justices_are_roles() {
    let got = mention_texts("Supreme Court Justice Orla Vantreck dissented. The Justice Department opened an inquiry. Justice Halvard Mornsby died.");
    for (name, kind) in [("Orla Vantreck", "PERSON"), ("Justice Department", "ORG"), ("Halvard Mornsby", "PERSON")] {
        assert!(got.iter().any(|(n, k, _)| n == name && *k == kind), "{name}: {got:?}");
    }
}

/// Session 24: a person's name goes on with a surname behind an Arabic article the tagger
/// left out ("Habib el-Adly" had been "Habib").
#[test]
fn arabic_surnames_after_the_tagger_stops() {
    assert_entities(&[("His security chief, Habib el-Adly, was not sentenced to death.", &[("Habib el-Adly", "PERSON")])]);
}

/// Session 24: a double-barrelled surname opening a sentence is whole ("Hyde-Smith received"
/// had been "Smith"), not a piece of a hyphenated run ("Autoplay-Videos-In-Articles").
#[test]
fn double_barrelled_surnames_open_sentences() {
    assert_entities(&[("Hyde-Smith received 41.5% of the vote on Tuesday.", &[("Hyde-Smith", "PERSON")])]);
}

/// Session 24: a people's noun after a capitalised "The" within a sentence, or before a verb
/// of telling, is a publication ("in The New Yorker", "The New Yorker reported"; they had been
/// the city's people), not an adjective ("The North Korean leader") nor a person ("The New
/// Yorker, 45, was arrested").
#[test]
fn the_new_yorker_is_a_magazine() {
    assert_entities(&[
        ("The story ran in The New Yorker last week.", &[("New Yorker", "ORG")]),
        ("The New Yorker reported that the deal collapsed.", &[("New Yorker", "ORG")]),
        ("The New Yorker, 45, was arrested.", &[("New Yorker", "NORP")]),
        ("He said: The North Korean leader was ill.", &[("North Korean", "NORP")]),
    ]);
}

/// Session 24: a listed company is one entity with its name and legal form ("Comcast Corp"
/// and "Comcast" had been two), not with a longer body's name ("Apple Records"); a
/// constitution's amendment is a law's name (EVENT, CoNLL's MISC), no organisation.
#[test]
fn legal_forms_and_amendments() {
    let got = mention_texts("Comcast Corp agreed to the deal. Comcast shares rose.");
    assert!(got.iter().any(|(n, k, ms)| n == "Comcast" && *k == "ORG" && ms == &["Comcast Corp", "Comcast"]), "{got:?}");
    let got = mention_texts("Apple Records sued on Monday. Apple said nothing.");
    assert!(got.iter().any(|(n, _, ms)| n == "Apple" && ms == &["Apple"]), "{got:?}");
    assert_entities(&[("The ruling cited the First Amendment on Monday.", &[("First Amendment", "MISC")])]);
}

/// Session 24: in a headline, a name holding a capitalised preposition past its first word is
/// a clause, kept only if it joins a name of the text ("Amazing Animals From Around the World"
/// had been the organisation "Animals From Around").
#[test]
fn headline_clauses_with_prepositions() {
    let got = mention_texts("Amazing Animals From Around the World\nThe group reported that the animals were thriving in the park.");
    assert!(got.iter().all(|(n, _, _)| !n.contains("Animals")), "{got:?}");
}

/// Session 24: a name the tagger reads as a person's but ending in a word no surname is, of a
/// company's or body's kind, is an organisation ("Vantrel Cables" had been a person).
#[test]
fn body_tails_over_the_taggers_person() {
    assert_entities(&[("Vantrel Cables has global sales of over $3.5 billion.", &[("Vantrel Cables", "ORG")])]);
}

/// Session 25: a name first written with its suffix is the same person written without it
/// later ("Keith Davis Jr." and "Keith Davis" had been two); one named without a suffix first
/// and a namesake with one later are two ("Michael Brown" and "his father, Michael Brown Sr.").
/// A name ending in "Jr." is a person's (the tagger had read "Dorian Wexley Jr." as a company).
#[test]
fn name_suffixes_join_their_name_once_introduced() {
    let got = mention_texts("Dorian Wexley Jr. was arrested in June. Prosecutors said Dorian Wexley fled. Wexley denied it.");
    assert!(got.iter().any(|(n, k, ms)| n.starts_with("Dorian Wexley Jr") && *k == "PERSON" && ms.len() == 3), "{got:?}");
    let got = mention_texts("Arlo Brennick was shot in August. His father, Arlo Brennick Sr., spoke at the funeral. Arlo Brennick was 18.");
    assert!(got.iter().any(|(n, _, ms)| n == "Arlo Brennick" && ms == &["Arlo Brennick", "Arlo Brennick"]), "{got:?}");
    assert!(got.iter().any(|(n, k, _)| n.starts_with("Arlo Brennick Sr") && *k == "PERSON"), "{got:?}");
}

/// Session 25: a role hyphened to "elect" is the person's role, no part of the name
/// ("Governor-elect Ralph Northam" had been one name, "Governor-Elect Northam" a second person).
#[test]
fn elect_roles_are_roles() {
    let a = analyze("Governor-Elect Dana Whitlock spoke on Monday. Later, Governor-Elect Whitlock said she would act. Mayor-elect Sam Ortiz agreed.", &Options { clean: false, ..Options::default() });
    let got: Vec<(&str, Option<&str>, usize)> = a.entities.iter().map(|e| (e.name.as_str(), e.role.as_deref(), e.mentions.len())).collect();
    assert!(got.contains(&("Dana Whitlock", Some("Governor-Elect"), 2)), "{got:?}");
    assert!(got.iter().any(|&(n, r, _)| n == "Sam Ortiz" && r.is_some_and(|r| r.eq_ignore_ascii_case("mayor-elect"))), "{got:?}");
}

/// Session 25: a lone name that says something "on her" or "of his" own is a person's, however
/// the tagger typed it ("Beyonce said on her Instagram page" had made the singer an
/// organisation); a body's own is "its".
#[test]
fn names_speaking_of_their_own_are_persons() {
    assert_entities(&[
        ("LOS ANGELES (Reuters) - Zendara has released a new single. Zendara said on her Instagram page that the proceeds would go to relief.", &[("Zendara", "PERSON")]),
        ("Shares of Corvane rose 5 percent. Corvane said on its website that sales rose.", &[("Corvane", "ORG")]),
    ]);
}

/// Session 25: a double-barrelled surname the tagger cut after a given name is whole, and so
/// is that surname alone later ("Randall Jordan-Aparo" had been "Randall Jordan", and each
/// "Jordan-Aparo" the country Jordan); not a pair's meeting ("the Donald Trump-Kim summit").
#[test]
fn double_barrelled_surnames_after_a_given_name() {
    let got = mention_texts("Randall Jordan-Vessey spent four days asking for help. Guards found Jordan-Vessey dead. Jordan-Vessey's family sued.");
    assert!(got.iter().any(|(n, k, ms)| n == "Randall Jordan-Vessey" && *k == "PERSON" && ms == &["Randall Jordan-Vessey", "Jordan-Vessey", "Jordan-Vessey"]), "{got:?}");
    let got = mention_texts("The Donald Trump-Kim summit ended on Monday.");
    assert!(got.iter().any(|(n, _, _)| n == "Donald Trump"), "{got:?}");
}

/// Session 25: a newspaper's "The", kept in its mention within a sentence ("published by The
/// Hartwell Gazette"), is no part of its key: one entity with "the Hartwell Gazette" (they had
/// been two, and a stance pair went to either).
#[test]
fn a_newspapers_the_joins_its_other_mentions() {
    let got = mention_texts("The report was first published by The Hartwell Gazette on Monday. Weinstein denounced the Hartwell Gazette report. The Hartwell Gazette stood by it.");
    let papers: Vec<_> = got.iter().filter(|(n, _, _)| n.contains("Hartwell Gazette")).collect();
    assert!(papers.len() == 1 && papers[0].1 == "ORG" && papers[0].2.len() == 3, "{got:?}");
}
