//! Session 30 (helper `stance`): conditions, open questions, rumours and denials are no events
//! between actors; two private persons are no pair; a fronted subordinate clause ends at its
//! comma. Hand-written sentences with invented actors; entities are given, so these test stance
//! alone, not the entity stage.

mod common;

use common::check_stance as check;
use undertone::EntityType::*;

// A condition is not an event: neither the "if"/"unless" clause nor a "would/could/might" act
// of the sentence that states it. A "will" act stays (a commitment or a threat).
#[test]
fn conditions_are_no_events() {
    check(
        "If Ruritania attacks Freedonia, Globania would respond.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Globania", Gpe, None)],
        &[("Ruritania", "Freedonia", 0), ("Ruritania", "Globania", 0), ("Freedonia", "Globania", 0)],
    );
    check(
        "Ruritania would attack Freedonia if Globania expands.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Globania", Gpe, None)],
        &[("Ruritania", "Freedonia", 0)],
    );
    check(
        "Unless Ruritania withdraws its troops, Freedonia will attack Ruritania.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", -1)],
    );
    check(
        "Ruritania attacked Freedonia on Monday.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", -1)],
    );
}

// An open question ("whether", a yes/no question) or a rumour is no event; a wh-question
// presupposes its event.
#[test]
fn open_questions_and_rumours_are_no_events() {
    check(
        "Officials said Globania agonised for weeks over whether to attack Freedonia.",
        &[("Globania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Globania", "Freedonia", 0)],
    );
    check(
        "Did Ruritania attack Freedonia?",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 0)],
    );
    check(
        "Why did Ruritania attack Freedonia?",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", -1)],
    );
    check(
        "Ruritania and Freedonia had been rumored to be close to a deal to fight Globania.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Globania", Gpe, None)],
        &[("Ruritania", "Globania", 0), ("Freedonia", "Globania", 0), ("Ruritania", "Freedonia", 0)],
    );
}

// A denial reaches across "that": what is denied is no event ("denied that its jets had
// attacked", "denied reports that"); what is said still is.
#[test]
fn a_denial_reaches_across_that() {
    let spec = [("Ruritania", Gpe, None), ("Freedonia", Gpe, None)];
    check("Ruritania denied that its jets had attacked Freedonia.", &spec, &[("Ruritania", "Freedonia", 0)]);
    check("Ruritania denied reports that its army had attacked Freedonia.", &spec, &[("Ruritania", "Freedonia", 0)]);
    check("Ruritania dismissed claims that its army had attacked Freedonia.", &spec, &[("Ruritania", "Freedonia", 0)]);
    check("Ruritania said that it had attacked Freedonia.", &spec, &[("Ruritania", "Freedonia", -1)]);
    check("Ruritania denied that it had attacked Freedonia.", &spec, &[("Ruritania", "Freedonia", 0)]);
}

// Two private persons (no role, acting for no one) are no pair for any cue; a person and an
// organisation are, and so is a person acting for a state.
#[test]
fn two_private_persons_are_no_pair() {
    check(
        "Ivo Marek accused Tomas Varga of fraud.",
        &[("Ivo Marek", Person, None), ("Tomas Varga", Person, None)],
        &[("Ivo Marek", "Tomas Varga", 0)],
    );
    check(
        "Ivo Marek accused Globex of fraud.",
        &[("Ivo Marek", Person, None), ("Globex", Org, None)],
        &[("Ivo Marek", "Globex", -1)],
    );
    check(
        "Ivo Marek accused Tomas Varga of fraud.",
        &[("Ruritania", Gpe, None), ("Ivo Marek", Person, Some(0)), ("Tomas Varga", Person, None)],
        &[("Ruritania", "Tomas Varga", -1)],
    );
}

// A sentence that opens with a subordinate clause ends it at its first comma that is no
// list's: the main clause has a subject of its own.
#[test]
fn a_fronted_clause_ends_at_its_comma() {
    check(
        "After Ruritania attacked Freedonia, Globania signed an agreement with Ostania.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Globania", Gpe, None), ("Ostania", Gpe, None)],
        &[("Ruritania", "Freedonia", -1), ("Globania", "Ostania", 1), ("Ruritania", "Globania", 0), ("Ruritania", "Ostania", 0)],
    );
    check(
        "Although Ruritania, Freedonia and Globania objected, Ostania attacked Freedonia.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Globania", Gpe, None), ("Ostania", Gpe, None)],
        &[("Ostania", "Freedonia", -1), ("Ruritania", "Freedonia", 0), ("Globania", "Freedonia", 0)],
    );
}

// A listed state after a town and a comma names where the town is, even before an agent noun
// ("Ferguson, Missouri, police" are the town's police).
#[test]
fn a_state_after_its_town_is_a_place() {
    check(
        "Lena Novak was shot by Ferguson, Missouri, police on Monday.",
        &[("Lena Novak", Person, None), ("Ferguson", Gpe, None), ("Missouri", Gpe, None)],
        &[("Lena Novak", "Missouri", 0), ("Lena Novak", "Ferguson", -1)],
    );
}

// A possibility ("could", "might", "may") is no event; "would" without a condition is reported
// intent and stays ("said it would help").
#[test]
fn a_possibility_is_no_event() {
    let spec = [("Ruritania", Gpe, None), ("Freedonia", Gpe, None)];
    check("Ruritania might well defeat Freedonia.", &spec, &[("Ruritania", "Freedonia", 0)]);
    check("The new bill could help Ruritania and Freedonia.", &spec, &[("Ruritania", "Freedonia", 0)]);
    check("Analysts believe Ruritania may attack Freedonia.", &spec, &[("Ruritania", "Freedonia", 0)]);
    check("In May, Ruritania attacked Freedonia.", &spec, &[("Ruritania", "Freedonia", -1)]);
    check("Ruritania said it would help Freedonia.", &spec, &[("Ruritania", "Freedonia", 1)]);
}
