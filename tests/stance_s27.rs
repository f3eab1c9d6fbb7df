//! Session 27 (helper `stance`): stance rules from reading every pair of 40 random FNC-1
//! bodies and the first 60 article-extraction pages. Hand-written sentences with invented
//! actors; entities are given, so these test stance alone, not the entity stage.

mod common;

use common::check_stance as check;
use undertone::EntityType::*;

// "According to" names its source over a noun phrase ("according to the little-known website
// X, …"): the source reports the clause and takes no part in it.
#[test]
fn according_to_reaches_over_a_noun_phrase() {
    check(
        "According to the highly dubious website Daily Planet, the painter was arrested by Valdoria Police at his studio.",
        &[("Daily Planet", Org, None), ("Valdoria Police", Org, None)],
        &[("Daily Planet", "Valdoria Police", 0)],
    );
}

// A modal opens a clause of its own: no object of the cue before it ("as it had promised
// should Smith be dead").
#[test]
fn a_modal_ends_the_object_search() {
    check(
        "Ruritania executed the prisoners, as it had promised should Ivo Marek be found dead.",
        &[("Ruritania", Gpe, None), ("Ivo Marek", Person, None)],
        &[("Ruritania", "Ivo Marek", 0)],
    );
}

// Joining something a country owns ("joined the UK's military academy") is membership of it,
// not a stance toward the owner; "Ruritania joined Freedonia in condemning …" still pairs.
#[test]
fn joining_what_an_actor_owns_is_membership() {
    check(
        "King Tomas of Ruritania trained abroad. In 1980, he joined Freedonia's military academy.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Tomas", Person, Some(0))],
        &[("Ruritania", "Freedonia", 0)],
    );
    check(
        "Ruritania joined Freedonia at the summit.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
}

// Leaving an agreement ends the cooperation: "pulled out of the missile agreement with X".
#[test]
fn pulling_out_of_an_agreement_is_no_cooperation() {
    check(
        "Ruritania pulled out of the old missile agreement with Freedonia.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", -1)],
    );
    check(
        "Ruritania withdrew from the trade agreement with Freedonia.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", -1)],
    );
    // Not "came out of a meeting with".
    check(
        "The last photographs of Ruritania's leader came out of a private meeting with Freedonia's president.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("leader", Person, Some(0))],
        &[("Ruritania", "Freedonia", 1)],
    );
    check(
        "Ruritania signed an agreement with Freedonia.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
}

// A passive verb's agent may follow a short phrase ("was shot in the head by a Crimson Front
// sniper", "were arrested on Monday by Freedonian police").
#[test]
fn passive_agent_after_a_short_phrase() {
    check(
        "A Ruritanian soldier was shot in the head by a Crimson Front sniper.",
        &[("Ruritanian", Norp, None), ("Crimson Front", Org, None)],
        &[("Ruritanian", "Crimson Front", -1)],
    );
    check(
        "Ruritanian officials were arrested on Monday by Freedonian police.",
        &[("Ruritanian", Norp, None), ("Freedonian", Norp, None)],
        &[("Ruritanian", "Freedonian", -1)],
    );
    // The owner of the strike it happened in is the agent.
    check(
        "Ivo Marek was killed in a Ruritanian drone strike on Monday.",
        &[("Ivo Marek", Person, None), ("Ruritanian", Norp, None)],
        &[("Ivo Marek", "Ruritanian", -1)],
    );
    check(
        "Ivo Marek was killed in a Ruritanian town on Monday.",
        &[("Ivo Marek", Person, None), ("Ruritanian", Norp, None)],
        &[("Ivo Marek", "Ruritanian", 0)],
    );
    // Not past a comma or a clause of its own.
    check(
        "Ruritanian officials were arrested on Monday, and the report was written by Freedonian police.",
        &[("Ruritanian", Norp, None), ("Freedonian", Norp, None)],
        &[("Ruritanian", "Freedonian", 0)],
    );
}

// Co-speakers who say "they" will act are the content's subject: "X and Y declared that they
// would restore relations".
#[test]
fn coordinated_speakers_are_their_content_subject() {
    check(
        "Ruritania and Freedonia declared on Dec. 17 that they would sign a peace deal.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
    check(
        "Ruritania and Freedonia declared on Monday that they would restore full diplomatic relations.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
    // A speaker's own pronoun: "Ruritania announced that it sent jets to bomb X".
    check(
        "Ruritania announced that it sent dozens of jets to bomb Crimson Front positions.",
        &[("Ruritania", Gpe, None), ("Crimson Front", Org, None)],
        &[("Ruritania", "Crimson Front", -1)],
    );
    // Not past a noun phrase of its own.
    check(
        "The Union said that it had confirmed the death of a senior militant leader allied with the Crimson Front.",
        &[("Union", Org, None), ("Crimson Front", Org, None)],
        &[("Union", "Crimson Front", 0)],
    );
    check(
        "Ruritania confirmed it had launched a further 20 airstrikes against Crimson Front targets.",
        &[("Ruritania", Gpe, None), ("Crimson Front", Org, None)],
        &[("Ruritania", "Crimson Front", -1)],
    );
    check(
        "Ruritania says it has reached a cease-fire agreement with the Crimson Front.",
        &[("Ruritania", Gpe, None), ("Crimson Front", Org, None)],
        &[("Ruritania", "Crimson Front", 1)],
    );
    // Not another subject: "Smith said that the rebels attacked Acme".
    check(
        "Freedonia said that the rebels attacked the Crimson Front.",
        &[("Freedonia", Gpe, None), ("Crimson Front", Org, None)],
        &[("Freedonia", "Crimson Front", 0)],
    );
}

// Restoring or normalising relations is cooperation (idioms.tsv, CAMEO 050).
#[test]
fn restoring_relations_is_cooperation() {
    check(
        "Ruritania restored diplomatic relations with Freedonia.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
    check(
        "Ruritania and Freedonia will normalize relations.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
}

// Co-subjects acting on something named by a pronoun are on one side ("Acme and Globex said
// they might support it"), not cooperating with each other.
#[test]
fn co_subjects_acting_on_a_pronoun_are_no_pair() {
    check(
        "Acme and Globex might support it at a later date.",
        &[("Acme", Org, None), ("Globex", Org, None)],
        &[("Acme", "Globex", 0)],
    );
    check(
        "Acme and Globex agreed on Monday.",
        &[("Acme", Org, None), ("Globex", Org, None)],
        &[("Acme", "Globex", 1)],
    );
}

// Air strikes and strikes on an actor are attacks; collaboration with and a trade deal are
// cooperation (idioms.tsv).
#[test]
fn strikes_collaboration_and_trade_deals() {
    check(
        "Ruritanian jets carried out a second wave of air strikes against Crimson Front targets on Friday.",
        &[("Ruritanian", Norp, None), ("Crimson Front", Org, None)],
        &[("Ruritanian", "Crimson Front", -1)],
    );
    check(
        "Freedonia launched strikes on Ruritania.",
        &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None)],
        &[("Freedonia", "Ruritania", -1)],
    );
    check(
        "Acme announced an expanded collaboration with Globex.",
        &[("Acme", Org, None), ("Globex", Org, None)],
        &[("Acme", "Globex", 1)],
    );
    // An organisation announcing an act of its own takes part in it; a news outlet reporting
    // does not.
    check(
        "The Union announced new sanctions on Ruritania.",
        &[("Union", Org, None), ("Ruritania", Gpe, None)],
        &[("Union", "Ruritania", -1)],
    );
    check(
        "The Daily Planet reported new sanctions on Ruritania.",
        &[("Daily Planet", Org, None), ("Ruritania", Gpe, None)],
        &[("Daily Planet", "Ruritania", 0)],
    );
    check(
        "Ruritania and Freedonia are expected to sign a partial trade deal.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
}

// Asking someone to help or support seeks cooperation from them: the asker and the asked pair;
// asking someone to fight a third pairs only those two.
#[test]
fn a_request_for_help_pairs_the_asker_and_the_asked() {
    check(
        "Ruritania asked the Valdorian Survey to help investigate the blast.",
        &[("Ruritania", Gpe, None), ("Valdorian Survey", Org, None)],
        &[("Ruritania", "Valdorian Survey", 1)],
    );
    check(
        "Ruritania urged Freedonia to support Valdoria.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Valdoria", Gpe, None)],
        &[("Ruritania", "Freedonia", 1), ("Freedonia", "Valdoria", 1)],
    );
    check(
        "Ruritania called on Freedonia to cooperate.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
        &[("Ruritania", "Freedonia", 1)],
    );
    check(
        "Ruritania urged Freedonia to attack Valdoria.",
        &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Valdoria", Gpe, None)],
        &[("Ruritania", "Freedonia", 0), ("Freedonia", "Valdoria", -1)],
    );
}

// A parenthetical between dashes before the verb is no subject; the name before it is. A
// dateline of several names before its dash names places.
#[test]
fn a_dash_parenthetical_is_no_subject() {
    check(
        "RIVERTON, Ruritania, Dec. 1 (Daily Planet) -- There are conflicting reports about the talks.",
        &[("RIVERTON", Gpe, None), ("Ruritania", Gpe, None), ("Daily Planet", Org, None)],
        &[("RIVERTON", "Ruritania", 0)],
    );
    check(
        "Ivo Marek \u{2014} the leader of the Crimson Front, the Valdorian militant group \u{2014} was killed in a Ruritanian drone strike.",
        &[("Ivo Marek", Person, None), ("Crimson Front", Org, None), ("Valdorian", Norp, None), ("Ruritanian", Norp, None)],
        &[("Ivo Marek", "Ruritanian", -1), ("Valdorian", "Ruritanian", 0), ("Crimson Front", "Ruritanian", 0)],
    );
}
