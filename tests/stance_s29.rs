//! Session 29 (helper `stance`): stance rules from reading every pair of 40 random FNC-1 and
//! PerSenT documents and 60 random pairs of all 2,261. Hand-written sentences with invented
//! actors; entities are given, so these test stance alone, not the entity stage.

mod common;

use common::check_stance as check;
use undertone::EntityType::*;

// A cue that ends in "between" names its two sides ("a holy war between X and Y", "talks
// between X and Y"), as a cue followed by "between" does.
#[test]
fn a_cue_ending_in_between_names_its_sides() {
    check(
        "The video spoke of a holy war between Ruritania and Freedonia, which occupied Globania.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Globania", Gpe, None)],
        &[("Ruritania", "Freedonia", -1), ("Freedonia", "Globania", -1)],
    );
    check(
        "Talks between Ruritania and Freedonia resumed on Monday.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
}

// Relations with a sign: "a close relationship", "a highly antagonistic relationship with X"
// (a relation after a determiner is its subject's own, unlike "a 2011 attack on X").
#[test]
fn relations_with_a_sign() {
    check(
        "Ruritania and Freedonia have fostered a close relationship for decades.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
    check(
        "Ruritania developed a highly antagonistic relationship with Freedonia.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", -1)],
    );
}

// A meeting "at X" is held there: X is the venue, not a partner.
#[test]
fn a_meeting_at_a_place_is_no_partner() {
    check(
        "Ivo Marek spoke briefly during a meeting at the Palace Authority on Monday.",
        &[("Ruritania", Gpe, None), ("Ivo Marek", Person, Some(0)), ("Tomas Varga", Person, None), ("Palace Authority", Org, None)],
        &[("Ruritania", "Palace Authority", 0), ("Tomas Varga", "Palace Authority", 0)],
    );
}

// A name before "followers", "page", "users", "account" says whose platform it is; it is no
// actor there.
#[test]
fn a_platform_before_its_followers_is_no_actor() {
    check(
        "Ivo Marek encouraged his Globex followers to consider joining the Freedonian Guard.",
        &[("Ivo Marek", Person, None), ("Globex", Org, None)],
        &[("Ivo Marek", "Globex", 0)],
    );
}

// A title may stand between coordinated names: "between Ivo Marek and President Tomas Varga",
// "Ivo Marek and Ruritanian leader Tomas Varga signed"; the demonym or body before a title
// names that conjunct and is not paired with its own officer.
#[test]
fn a_title_between_coordinated_names() {
    check(
        "Tomas Varga pitched a meeting between Ivo Marek and President Jan Novak to the campaign.",
        &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None), ("Ivo Marek", Person, Some(0)), ("Jan Novak", Person, Some(1)), ("Tomas Varga", Person, None)],
        &[("Freedonia", "Ruritania", 1)],
    );
    check(
        "Ivo Marek and Ruritanian leader Jan Novak signed a trade deal on Wednesday.",
        // (The country's own name does not occur, so that it is not found inside "Ruritanian".)
        &[("Freedonia", Gpe, None), ("Kingdom of Ruritania", Gpe, None), ("Ivo Marek", Person, Some(0)), ("Jan Novak", Person, Some(1)), ("Ruritanian", Norp, Some(1))],
        &[("Freedonia", "Kingdom of Ruritania", 1)],
    );
    check(
        "He hoped a meeting between Ruritanian Prime Minister Ivo Marek and Globex Council President Jan Novak would lead to a deal.",
        &[("Kingdom of Ruritania", Gpe, None), ("Ivo Marek", Person, Some(0)), ("Ruritanian", Norp, Some(0)), ("Globex Council", Org, None), ("Jan Novak", Person, None)],
        &[("Kingdom of Ruritania", "Globex Council", 1), ("Globex Council", "Jan Novak", 0)],
    );
}

// A denial takes its cue back: denying an agreement is no evidence of one.
#[test]
fn a_denial_takes_the_cue_back() {
    check(
        "The rebel leader Ivo Marek denied having agreed to a ceasefire with the Ruritanian government.",
        &[("Kingdom of Ruritania", Gpe, None), ("Ivo Marek", Person, None), ("Ruritanian", Norp, Some(0))],
        &[("Ivo Marek", "Kingdom of Ruritania", 0)],
    );
}

// A negator before "take part in" reaches the cue after it.
#[test]
fn not_taking_part_in_strikes_is_no_strike() {
    check(
        "Freedonia would not take part in air strikes against the Crimson Front.",
        &[("Freedonia", Gpe, None), ("Crimson Front", Org, None)],
        &[("Freedonia", "Crimson Front", 0)],
    );
}

// A name after a comma alone that a modal or "be" follows opens a clause of its own: it is no
// conjunct of the object before the comma.
#[test]
fn a_comma_before_a_new_subject_ends_the_object() {
    check(
        "If Ruritania attacks Freedonia, Globania would respond.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Globania", Gpe, None)],
        &[("Ruritania", "Globania", 0)],
    );
    check(
        "Ruritania bombed Freedonia, Globania and Sylvania.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Globania", Gpe, None), ("Sylvania", Gpe, None)],
        &[("Ruritania", "Freedonia", -1), ("Ruritania", "Globania", -1), ("Ruritania", "Sylvania", -1)],
    );
}

// People of a nation joining a group are its members, not their state's partners; the state's
// forces joining are the state.
#[test]
fn people_joining_a_group_are_members() {
    check(
        "Hundreds of Ruritanians have joined the Crimson Front, officials said.",
        &[("Kingdom of Ruritania", Gpe, None), ("Ruritanians", Norp, Some(0)), ("Crimson Front", Org, None)],
        &[("Kingdom of Ruritania", "Crimson Front", 0)],
    );
    check(
        "Ruritanian forces joined the Crimson Front in the assault.",
        &[("Kingdom of Ruritania", Gpe, None), ("Ruritanian", Norp, Some(0)), ("Crimson Front", Org, None)],
        &[("Kingdom of Ruritania", "Crimson Front", 1)],
    );
}

// In the passive the accused is the subject: the acts after "of" are the subject's, not the
// accuser's.
#[test]
fn accused_by_x_of_acting_is_the_subjects_act() {
    check(
        "Ruritania was accused by Freedonia of funding the Crimson Front.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Crimson Front", Org, None)],
        &[("Ruritania", "Freedonia", -1), ("Ruritania", "Crimson Front", 1), ("Freedonia", "Crimson Front", 0)],
    );
}

// "an ally of X" is cooperation with X; an alliance named by a noun does not make X a partner in
// the subject's acts.
#[test]
fn an_ally_of() {
    check(
        "Ruritania, a key ally of Freedonia, bombed the Crimson Front.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Crimson Front", Org, None)],
        &[("Ruritania", "Freedonia", 1), ("Ruritania", "Crimson Front", -1), ("Freedonia", "Crimson Front", 0)],
    );
}

// "in support of X" is cooperation with X; "slain" is a killing (its agent may own the strike).
#[test]
fn in_support_of_and_slain() {
    check(
        "Ruritania launched strikes in support of Freedonian forces.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Freedonian", Norp, Some(1))],
        &[("Ruritania", "Freedonia", 1)],
    );
    check(
        "Rumours said Ivo Marek was slain in a NATO airstrike last week.",
        &[("Ivo Marek", Person, None), ("NATO", Org, None)],
        &[("Ivo Marek", "NATO", -1)],
    );
}
