//! Stance between actors: who cooperates with or opposes whom, with the clauses and words
//! that say so.
//!
//! ```
//! use undertone::{stance, token, sentiment, Entity, EntityType, Span};
//!
//! let text = "France agreed to cooperate with Germany to fight the rebels of Ruritania.";
//! let mut entities = Vec::new();
//! for (name, kind) in [("France", EntityType::Gpe), ("Germany", EntityType::Gpe), ("Ruritania", EntityType::Gpe)] {
//!     let mut e = Entity::new(name, kind);
//!     let i = text.find(name).unwrap();
//!     e.mentions.push(Span::new(i, i + name.len()));
//!     entities.push(e);
//! }
//! let tokens = token::tokenize(text);
//! let sentences = sentiment::score_sentences(text, &tokens, &[Span::new(0, text.len())]);
//! let pairs = stance::analyze(text, &tokens, &sentences, &entities);
//! let fr_de = pairs.iter().find(|p| (p.source, p.target) == (0, 1)).unwrap();
//! assert!(fr_de.score > 0.0);
//! ```
//!
//! # Actors
//!
//! Entities of type GPE, ORG, NORP and PERSON. An entity that acts for another
//! (`Entity::acts_for`: a capital for its country, a demonym for its country, an official for
//! the country they represent) is counted as that one, so pairs are between the acting
//! entities. A GPE after a place preposition ("in Paris", "to Syria and Iraq") is a place, not an actor, there, and
//! so is a dateline ("LAGOS — …"). A listed city, state or region that is no capital is a place
//! wherever it stands, unless an agent noun follows it ("Baltimore police", "Texas officials");
//! so is a GPE the article calls a town ("the Syrian town of Kobane", "Kobani, a Kurdish
//! town"). Names joined by hyphens before a noun that is no cue modify it ("the Lebanon-Israel
//! border"); before or inside a cue they are its sides ("an Israeli-Palestinian peace deal",
//! "improving U.S.-Russia relations"). A name after "a/an" that modifies a noun for a private
//! person ("a New York man", "a former Google engineer") is not an actor; "a U.S. official"
//! is. Nor is a name that says where someone is based or born ("Syria-based militants"), a
//! demonym standing for its country before fighters outside the state's command ("Somali
//! militants", "Syrian rebels"; "Kurdish fighters", a group of its own, act), a state whose
//! agents are former ones ("former Georgian president"), or a hometown in an apposition
//! ("Rouleau, of Saint-Jean, …"). `he`/`she` stand for the last person mentioned; opening a
//! sentence (after "Then", "But", … or a fronted phrase up to its comma), for the previous
//! sentence's subject when that was a person or a body's member ("Then the ISIS member makes a
//! statement. … He then beheads Foley"; a quoted sentence keeps the subject before it).
//!
//! # Cues and roles, clause by clause
//!
//! Sentences are cut into clauses at `; :` and `but which that who while whereas despite
//! although though`. Cues are the phrases of `idioms.tsv` with a CAMEO code and the CAMEO verbs
//! of `cameo.tsv`, worth their Goldstein weight / 10 (cooperation positive, conflict negative);
//! a negator up to three words before ("not", "never", "refused to", "failed to") halves and
//! flips a cooperation or verbal-conflict cue (rule `+negated`), and drops a material-conflict
//! cue (Goldstein <= -4: "never intended to harm" says nothing about the pair).
//! Dropped as cues, for precision on general news:
//!
//! - a single-word cue used as a noun or adjective: after a determiner, number or (unless an
//!   -ing form) a preposition, one adjective allowed between ("the struggling goalie", "27
//!   shots", "an assist", "under enormous pressure", "a deadly stabbing"); nouns by design
//!   ("a ceasefire", "a meeting") and cues after a light verb ("launched an assault on") stay;
//! - fight/assault cues in a sentence with a score ("4-1") or a sports word ("scored", "saves"):
//!   sports results are not stance; a GPE after "southwest of" (any direction) is a place;
//! - "thanks to X" (a preposition: "because of X");
//! - a conflict ended, averted or undone by the word before it, up to five tokens back
//!   ("defusing the conflict", "set aside a $399 million award against Samsung", "overturned
//!   the sanctions against");
//! - a one-sided material conflict followed by "with" ("went to Syria to fight with Islamic
//!   State" joins it, "a fight with the police" opposes them); "fight alongside X" is
//!   cooperation with X (rule `+alongside`); mutual ones ("clashed with") stay.
//!
//! For each cue:
//!
//! - actors inside the cue ("improving U.S.-Russia relations") are paired with each other;
//! - its object is the first actor after it, reached over at most four function words or one
//!   content word and no punctuation ("cooperate with the U.S.", "crush the Islamic State"),
//!   after a content word only through "with/against/to/between/by" ("share intelligence and
//!   resources with Washington", not "work with the couple on Acme"), plus actors
//!   coordinated with it ("between U.S. and Russia"; adjacent names such as "Afghan Taliban"
//!   are a modifier and its head, not coordinated). A passive cue ("was attacked",
//!   "were deported") takes only an agent after "by" as its object. An object pronoun ends the search ("accused Nassar of abusing them with …"), and a
//!   meeting "on X" is about X, not with X;
//! - its subject is the group of coordinated actors nearest before the clause's first cue
//!   ("The United States and Russia agreed"), unless that is the object of a preposition
//!   ("The strike on the ISIS stronghold of Mosul killed …", "An aide to al-Baghdadi was
//!   killed"; not when the cue follows it, a participle one word after: "arms to Kurdish
//!   fighters battling IS", nor "for the United Nations to help Libya", but "crossed into
//!   Syria to fight IS"), plus, for a conflict cue, the partners the
//!   subject cooperates with earlier in the clause ("X agreed to cooperate with Y to crush Z"
//!   gives X–Z and Y–Z). A clause without a subject inherits one: a relative clause ("that",
//!   "which", "who") the actor right before it (a comma or one lowercase word may stand
//!   between: "Stalock, who", "a U.S. strike that"), another clause the previous clause's
//!   subject. A participle right after a common noun belongs to the noun, so the clause's
//!   subject is not its agent ("leaflets condemning Kim", "rebels backed by Turkey"; not when a
//!   name heads the noun, "YPG fighters supported by U.S. airstrikes", nor "talks mediated by").
//! - subject × object pairs get the weight; with no object, a subject of two or more
//!   coordinated actors is paired within itself when the cue is cooperation ("X and Y
//!   agreed") or a mutual conflict ("differences of opinion", "clashed", "tensions"), not for
//!   one-sided conflict ("Biden and Klobuchar attack" are on the same side); an object group
//!   with no subject only after "between" ("tensions between U.S. and Russia"). Right after a
//!   cue, "between" names its two sides even with a subject, for any cue, and the subject is
//!   not paired with them ("the Pope's appeal follows fighting between the Rohingya and …").
//!   Two private persons (no role, or a sport/entertainment/press role) are never paired this
//!   way (band members, players, a list of candidates), nor by a meeting ("she met Phelps on
//!   Tinder"). A person joining an organisation ("join") is
//!   membership, not a stance.
//!
//! # Reported speech
//!
//! A speaker (an actor just before `said`, `announced`, `confirmed`, `indicated`, `told`, ...,
//! or after `according to`) does not take part in the content's pairs: the cue belongs to the
//! content's actors. When the content has an object but no subject, the speaker is the
//! subject if it is a person or a country (not a news outlet) and the content before the cue
//! has "we"/"I" or only function words ("We stand with Kenya," she said; "Russia announced
//! a truce with …"; not "Smith noted that steroids will help with …", nor a relative
//! clause); the speech verb is then a cue with rule `attribution` and weight 0. An organisation
//! that announces ("Acme announced a collaboration with Globex") is such a speaker too, when at
//! most three lowercase words stand before the cue. Names coordinated before the verb are
//! co-speakers ("the U.S. and Cuba declared"), and "it"/"they"/"we" opening the content makes
//! the speakers its subject ("… declared that they would restore relations"), unless a noun
//! phrase with "of" stands between ("said that it had confirmed the death of a leader allied
//! with …"). "According to" reaches its source over up to six words ("according to the
//! little-known website X").
//!
//! # Other rules (session 27)
//!
//! A modal or "if"/"unless"/"whether" ends the object search; a person joining what an actor owns
//! ("joined the UK's military academy") is membership; leaving a cooperation ("pulled out of the
//! agreement with", "withdrew from") negates it; a passive's agent may follow a short phrase
//! ("shot in the head by X") or own the strike it happened in ("killed in a U.S. drone strike");
//! co-subjects acting on a pronoun are no pair; asking someone to help ("asked X to help",
//! "urged X to support", "called on X to") pairs the asker and the asked; a person before a dash
//! is no dateline, a parenthetical between dashes or brackets before the verb is no subject, and
//! a dateline of several names before its dash ("KOBANE, Syria, Dec. 1 (UPI) --") names places.
//!
//! # Other rules (session 31)
//!
//! An official opening the clause is its subject over the names of their apposition ("X,
//! Britain's ambassador to the U.N., criticized Russia"; "Britain's ambassador to the United
//! Nations, X, criticized Russia"). Officials act for the body their role names in apposition
//! too (`entity::recognize::appositions`).
//!
//! # Other rules (session 29)
//!
//! A cue that ends in "between" names its sides ("a holy war between X and Y", "talks between");
//! a relation after a determiner is its subject's ("developed a highly antagonistic relationship
//! with X"), and an alliance named by a noun ("X, a key ally of Y, bombed Z") adds no partner; a
//! meeting "at X" is held there; a name before "followers", "page", "users", "account" modifies
//! it; a title may stand between coordinated names ("between Trump and President Putin"), and a
//! demonym or body before a title makes one conjunct with the name after it, named by the body
//! ("Trump and Chinese leader Xi", "European Council President Donald Tusk"); a name after a
//! comma alone that a modal, "has/have/had" or "be" follows is no object conjunct ("If X attacks
//! Y, Z would respond"); a denial up to six lowercase words before a cue takes it back ("denied
//! having agreed to a ceasefire with"); a negator before "take part in" reaches the cue after
//! it; people of a nation joining a group ("500 Britons have joined IS") are members, not their
//! state's partners; in the passive ("X was accused by Y of funding Z") the gerund's acts are
//! the subject's.
//!
//! # Output
//!
//! One [`Stance`] per unordered pair: `source` is the lower entity index, `target` the higher.
//! `score = s / sqrt(s*s + 1)` where `s` is the sum of the pair's cue weights, in (-1, 1).
//! `evidence` holds the clauses (sorted), `cues` the words with their rules and weights.
//! Pairs are sorted by |score| descending, then by ids.

use crate::words::Words;
use crate::case::Lowercase as _;
use std::sync::OnceLock;

use crate::sentiment::lexicon::{self, Match};
use crate::sentiment::{list_table, opens_phrase, sort_by, token_ranges, words_of, SpanMap, WordTable};
use crate::span::Span;
use crate::token::{Kind, Token};
use crate::{Cue, Entity, EntityType, Sentence, Stance};
use crate::entity::gazetteer::{key_of, Gazetteer};

/// Verbs of saying that introduce reported speech. Sorted.
const SPEECH: Words = Words("added|adds|announced|announces|asserted|claimed|confirmed|confirms|declared|emphasised|emphasized|explained|indicated|indicates|insisted|noted|notes|observed|reported|reports|said|say|says|stated|stressed|tells|told|verified");

/// Words that may stand between a cue and its object. Sorted.
const LINKS: Words = Words("a|against|an|and|at|between|both|by|her|his|into|its|on|the|their|to|toward|towards|upon|with");

/// Words that end the search for an object ("sharing concerning the Islamic State"); a modal
/// or "if"/"unless"/"whether" opens a clause of its own ("as it had promised should Smith be
/// found dead"). Sorted.
const BLOCKERS: Words = Words(
    "about|after|ahead|amid|as|before|can|concerning|could|despite|during|for|from|if|in|may|might|must|\
     of|over|regarding|shall|should|since|than|through|under|unless|where|whether|while|will|within|would",
);

/// Directions before "of": a GPE after "southwest of" is a place. Sorted.
const DIRECTIONS: Words = Words("east|north|northeast|northwest|outside|south|southeast|southwest|west");

/// Place prepositions: a GPE right after one is a place, not an actor. Sorted.
const PLACE: Words = Words("across|at|from|in|inside|near|throughout|to|within");

/// Words allowed between coordinated actors ("the United States and Russia", "U.S.-Russia"). Sorted.
const COORD: Words = Words("&|,|-|and|both|its|the");

/// Auxiliaries that open a yes/no question ("Did X attack Y?"). Sorted.
const AUXILIARIES: Words = Words("are|can|could|did|do|does|had|has|have|is|might|shall|should|was|were|will|would");

/// Subordinators that may open a sentence with a clause of their own, ended by a comma ("If X
/// attacks Y, …", "While X …, Y …"). Sorted.
const FRONTED: Words = Words("after|although|as|because|before|despite|if|once|since|though|unless|when|whereas|while");

/// Words that make what follows in the clause a condition, an open question or a rumour, not
/// an event ("if X attacks Y", "whether to rescue X", "rumored to be close to a deal with Y").
/// Sorted.
const UNREAL: Words = Words("if|rumored|rumoured|unless|whether");

/// Words that open a clause. Sorted.
const CLAUSE_WORDS: Words = Words("although|but|despite|that|though|whereas|which|while|who");

/// Words before a single-word cue that make it a noun or adjective, not a verb: "the
/// struggling goalie", "27 shots", "an assist", "this attack". Sorted.
const DETERMINERS: Words = Words(
    "a|an|another|any|each|eight|every|five|four|her|his|its|many|more|most|my|nine|one|our|seven|\
     several|six|some|ten|the|their|these|this|those|three|two|your",
);

/// Prepositions before a cue that is not an -ing form make it a noun ("under pressure", "in
/// protest", "with support"). Sorted.
const PREPOSITIONS: Words = Words("after|amid|during|for|from|in|of|on|under|with");

/// Adjective endings: one such word may stand between a determiner and a nominal cue ("a
/// deadly stabbing", "under enormous pressure").
const ADJ_ENDINGS: Words = Words("al|ble|ed|ent|ful|ic|ish|ive|ly|ous");

/// Verbs that make a nominal cue after them a verb phrase ("launched a renewed assault on X",
/// "carry out an attack on Britain"). Matched with simple inflections. Sorted.
const LIGHT_VERBS: Words = Words("begin|conduct|continue|escalate|initiate|intensify|join|launch|lead|led|mount|order|out|stage|step|up|wage");

/// Single-word cues that are nouns by design: a determiner before them is expected. Sorted.
const NOUN_CUES: Words = Words(
    "agreement|allies|annexation|blockade|cease-fire|ceasefire|condemnation|conflict|cooperation|\
     crackdown|meeting|meetings|partners|sanction|sanctions|truce",
);

/// Forms of "be"/"get" that make the verb after them passive ("was attacked by"). Sorted.
const BE: Words = Words("are|be|been|being|get|gets|got|is|was|were");

/// Words of conflict cues that are mutual by meaning, so that a coordinated subject with no
/// object is paired within itself ("X and Y clashed", "X and Y have differences of opinion");
/// other conflict cues are not ("Biden and Klobuchar attack" is not a conflict between them).
/// Sorted.
const MUTUAL: Words = Words(
    "argue|clash|conflict|difference|differences|disagree|dispute|loggerheads|odds|relations|relationship|talks|\
     tensions|ties|words",
);

/// Nouns that make a cue before them part of a compound for people or a body ("aid
/// worker"). Sorted.
const COMPOUND_HEADS: Words = Words(
    "activist|activists|agencies|agency|group|groups|organisation|organisations|organization|\
     organizations|volunteer|volunteers|worker|workers",
);

/// Nouns after a nationality adjective that make it an actor ("Russian forces", "Iraqi
/// officials", the state's own arms and missions: "a Russian jet", "the Saudi embassy"),
/// without a plural's "s". Sorted.
const AGENTS: Words = Words(
    "air|army|authoritie|coalition|consulate|council|counterpart|diplomat|drone|embassy|enforcement|fighter|\
     force|foreign|government|governor|jet|leader|mayor|militant|military|minister|missile|navy|official|\
     police|president|prime|prosecutor|rebel|regime|security|soldier|special|state|submarine|troop|\
     warplane|warship",
);

/// Fighters outside a state's command: a demonym that stands for its country (`acts_for`)
/// before one of them ("Somali militants", "Syrian rebels") names where they are from, not the
/// state; a nationality that is a group of its own acts ("Kurdish fighters"). Singular. Sorted.
const IRREGULARS: Words = Words("extremist|fighter|gunman|gunmen|insurgent|jihadist|militant|rebel");

const CIVILIANS: Words = Words(
    "boy|businessman|captive|chief|child|citizen|company|couple|customer|doctor|driver|employee|engineer|\
     executive|families|family|fan|father|girl|hostage|journalist|man|mother|nurse|photographer|resident|student|\
     teacher|teen|teenager|tourist|user|woman|worker",
);

/// Roles that do not make a person a political or business actor (entertainment, sport,
/// press). Sorted.
const PRIVATE_ROLES: Words = Words(
    "actor|actress|analyst|captain|coach|columnist|correspondent|defender|economist|editor|\
     editor in chief|goalkeeper|head coach|midfielder|pitcher|quarterback|reporter|singer|skipper|\
     striker",
);

/// Conjunctions and adverbs that may open a sentence before its subject ("Then he …"). Sorted.
const OPENERS: Words = Words(",|and|but|however|later|meanwhile|now|so|still|then|yet");

/// Prepositions that open a fronted phrase ended by a comma ("In the video, he …"). Sorted.
const FRONT_PREPOSITIONS: Words = Words("after|at|before|during|following|from|in|on|with");

/// Nouns for one person after a body or nation ("the ISIS member", "an al-Shabaab
/// commander"): such a subject is what he/she may stand for next. Sorted.
const PERSON_NOUNS: Words = Words(
    "chief|commander|executioner|fighter|gunman|jihadist|leader|member|militant|officer|official|soldier|spokesman|spokeswoman",
);

/// First-person words: a quoted content with one of them before its cue takes the speaker as
/// subject ("We stand with Kenya," Halvorsen said). Sorted.
/// Words that open a noun phrase of its own as a clause's subject (not possessives, which
/// refer back: "its forces"). Sorted.
const SUBJECT_OPENERS: Words = Words("a|an|another|many|several|some|the|these|this|those");

/// Adverbs that may stand between a clause word and its subject ("but since then a …"). Sorted.
const TIME_ADVERBS: Words = Words(",|also|later|now|since|so|still|then|yet");

const FIRST_PERSON: Words = Words("i|me|my|our|ours|us|we");

/// Function words that may open a content clause whose subject is then the speaker ("Smith
/// said that [he] is willing to help …" reads as "Smith … help"); determiners, names and the
/// speech verb itself may also stand there ("Ruritania announced a truce with …"). Sorted.
const FUNCTION_ONLY: Words = Words(
    "also|are|be|been|can|could|has|have|is|it|must|not|ready|shall|should|that|to|was|were|will|\
     willing|would",
);

/// Verbs that end or avert the conflict named after them ("defusing the conflict", "to end
/// the fighting"). Base forms, matched with their inflections. Sorted.
/// "aside" (of "set aside"), "lift", "overturn", "quash", "revoke", "vacate" undo a ruling,
/// ban or sanction named after them.
const DEESCALATE: Words = Words("aside|avert|avoid|defuse|end|halt|lift|overturn|prevent|quash|resolve|revoke|settle|stop|vacate");

/// Verbs that negate the cue after them like "not" ("refused to meet", "failed to agree",
/// "canceled a meeting with"). Sorted.
const REFUSALS: Words = Words(
    "cancel|canceled|cancelled|cancels|declined|declines|fail|failed|failing|fails|postponed|refuse|refused|refuses|refusing|scrapped",
);

/// Verbs of asking someone to act ("asked the U.S. to help"). Base forms, matched with
/// their inflections ("called on X to" is matched apart). Sorted.
const REQUESTS: Words = Words("appeal|ask|encourage|implore|invite|press|request|urge");

/// Verbs of leaving a cooperation named after them ("abandoned the accord with", "withdrew
/// from the pact with"; "pulled out of" is matched by its "out of"). Base forms, matched with
/// their inflections. Sorted.
const EXITS: Words = Words("abandon|exit|quit|renounce|scrap|suspend|terminate|withdraw|withdrew");

/// Words that lead from a content word to an object ("share intelligence and resources with
/// Washington"); "works with the couple on the X website" has none. Sorted.
const OBJECT_LINKS: Words = Words("against|between|by|to|toward|towards|with");

/// Bounds that keep hostile input linear: actors in one coordinated group, cues kept per pair.
const MAX_GROUP: usize = 8;
const MAX_CUES: usize = 64;

/// Bits of [`word_flag`]: the word is in `CLAUSE_WORDS`, `SPEECH` or `SPORT_WORDS`. (Whether
/// it may open a CAMEO phrase or idiom is asked only where a cue may start: `opens_phrase`.)
const W_CLAUSE: u8 = 1;
const W_SPEECH: u8 = 2;
const W_SPORT: u8 = 4;

/// Whether the word is in the list of `bit` (one table lookup; asked only for the words of
/// sentences that name two actors, where it is needed, not for every word of the text).
#[cfg_attr(size_attrs, optimize(size))]
fn word_flag(w: &str, bit: u8) -> bool {
    static T: OnceLock<WordTable> = OnceLock::new();
    let t = T.get_or_init(|| list_table(&[(CLAUSE_WORDS, W_CLAUSE), (SPEECH, W_SPEECH), (SPORT_WORDS, W_SPORT)]));
    t.get(w).is_some_and(|i| i.flags & bit != 0)
}

#[cfg_attr(size_attrs, optimize(size))]
fn in_list(list: Words, w: &str) -> bool {
    list.has(w)
}

/// An agent noun of [`AGENTS`], singular or plural.
fn is_agent(w: &str) -> bool {
    in_list(AGENTS, w.strip_suffix('s').unwrap_or(w))
}

#[cfg_attr(size_attrs, optimize(size))]
fn is_actor_type(k: EntityType) -> bool {
    matches!(k, EntityType::Gpe | EntityType::Org | EntityType::Norp | EntityType::Person)
}

/// The entity each entity acts for (following `acts_for`, at most 4 steps), if it is an actor.
#[cfg_attr(size_attrs, optimize(size))]
fn actors(entities: &[Entity]) -> Vec<Option<usize>> {
    let mut out = Vec::with_capacity(entities.len());
    for (i, e) in entities.iter().enumerate() {
        // God is thanked, blamed and praised in news, but takes no side between actors.
        if !is_actor_type(e.kind) || e.name == "God" {
            out.push(None);
            continue;
        }
        let mut cur = i;
        for _ in 0..4 {
            match entities[cur].acts_for {
                Some(n) if n < entities.len() && n != cur => cur = n,
                _ => break,
            }
        }
        out.push(Some(cur));
    }
    out
}

#[derive(Clone, Copy, Debug)]
struct Mention {
    ta: usize,
    tb: usize,
    entity: usize,
    actor: usize,
    speaker: bool,
    place: bool,
    /// A name modifying a noun after "a/an" ("a New York man"): not an actor here.
    modifier: bool,
}

/// Mentions in text order. (One function for both sorts, and `Ord::cmp` for the plain
/// ones: each closure type would be a copy of `sort_by` of its own in the wasm.)
fn by_start(p: &Mention, q: &Mention) -> std::cmp::Ordering {
    (p.ta, p.tb).cmp(&(q.ta, q.tb))
}

#[derive(Default)]
struct PairAcc {
    sum: f32,
    evidence: Vec<Span>,
    cues: Vec<Cue>,
}

/// The pairs' accumulators in order of first appearance, found by key through a span map (the
/// key `(x, y)` as a span): a `BTreeMap` here was ~4 KB of wasm of its own, and the pairs'
/// order never reaches the output (they are sorted by score, then by ids, at the end).
#[derive(Default)]
struct Pairs {
    index: SpanMap<usize>,
    accs: Vec<((usize, usize), PairAcc)>,
}

impl Pairs {
    #[cfg_attr(size_attrs, optimize(size))]
    fn entry(&mut self, key: (usize, usize)) -> &mut PairAcc {
        let n = self.accs.len();
        let i = *self.index.entry(Span { start: key.0, end: key.1 }).or_insert(n);
        if i == n {
            self.accs.push((key, PairAcc::default()));
        }
        &mut self.accs[i].1
    }
}

/// Pairs of actors with a score in [-1, 1] and the evidence for it (see the module docs).
#[cfg_attr(size_attrs, optimize(size))]
pub fn analyze(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity]) -> Vec<Stance> {
    let actor_of = actors(entities);
    if actor_of.iter().flatten().count() < 2 && !entities.iter().any(|e| e.kind == EntityType::Person) {
        return Vec::new();
    }
    let mut buf = String::new();
    let words = words_of(text, tokens, &mut buf);
    // Every actor mention, in token order.
    let mut all: Vec<Mention> = Vec::new();
    // (Loops rather than iterator chains: a closure given to `map` or `filter` is compiled
    // apart, at the crate's opt-level, outside this function's `optimize(size)`.)
    let mut spans: Vec<Span> = Vec::new();
    for (ei, e) in entities.iter().enumerate() {
        if actor_of[ei].is_some() {
            spans.extend_from_slice(&e.mentions);
        }
    }
    let mut ranges = token_ranges(tokens, &spans).into_iter();
    for (ei, e) in entities.iter().enumerate() {
        let Some(actor) = actor_of[ei] else { continue };
        for _ in &e.mentions {
            let (ta, tb) = ranges.next().unwrap_or((0, 0));
            if ta < tb {
                all.push(Mention { ta, tb, entity: ei, actor, speaker: false, place: false, modifier: false });
            }
        }
    }
    sort_by(&mut all, by_start);
    // A GPE the article calls a town ("the Syrian town of Kobane", "Kobani, a Kurdish town")
    // is a place wherever it stands, like a listed city.
    let mut towns = vec![false; entities.len()];
    for m in &all {
        let (ta, tb) = (m.ta, m.tb);
        let of_town = ta >= 2 && words[ta - 1] == "of" && in_list(TOWNS, words[ta - 2]);
        let is_town = tb + 1 < words.len() && words[tb] == "," && (tb + 1..(tb + 4).min(words.len())).any(|t| in_list(TOWNS, words[t]));
        towns[m.entity] |= entities[m.entity].kind == EntityType::Gpe && (of_town || is_town);
    }
    let mut pairs = Pairs::default();
    let mut last_person: Option<(usize, usize)> = None;
    // The previous sentence's subject, if a person or a body's member (see `subject_at`).
    let mut prev_subject: Option<(usize, usize)> = None;
    let mut sentence_spans: Vec<Span> = Vec::with_capacity(sentences.len());
    for s in sentences {
        sentence_spans.push(s.span);
    }
    for (a, b) in token_ranges(tokens, &sentence_spans) {
        if a >= b {
            continue;
        }
        let lo = all.partition_point(|m| m.ta < a);
        let hi = all.partition_point(|m| m.ta < b);
        let mut ms: Vec<Mention> = Vec::new();
        for m in &all[lo..hi] {
            if m.tb <= b {
                ms.push(*m);
            }
        }
        let mut covered = vec![false; b - a];
        for m in &ms {
            covered[m.ta - a..m.tb - a].iter_mut().for_each(|c| *c = true);
        }
        // he/she → the last person mentioned before; opening the sentence (its subject), the
        // previous sentence's subject when that was a person or a body's member.
        let quoted = matches!(words[a], "\"" | "\u{201c}" | "\u{201d}");
        let opening = subject_at(&words, a, b);
        let mut subject: Option<(usize, usize)> = None;
        let mut k = 0;
        for i in a..b {
            while k < ms.len() && ms[k].tb <= i {
                if entities[ms[k].entity].kind == EntityType::Person {
                    last_person = Some((ms[k].entity, ms[k].actor));
                }
                k += 1;
            }
            if matches!(words[i], "he" | "she") && !covered[i - a] {
                let at_opening = i == opening && !quoted;
                if let Some((entity, actor)) = if at_opening { prev_subject.or(last_person) } else { last_person } {
                    ms.push(Mention { ta: i, tb: i + 1, entity, actor, speaker: false, place: false, modifier: false });
                    if at_opening {
                        subject = Some((entity, actor));
                    }
                }
            }
        }
        for m in ms[k..].iter() {
            if entities[m.entity].kind == EntityType::Person {
                last_person = Some((m.entity, m.actor));
            }
        }
        // The subject a he/she opening the next sentence stands for: a person opening this one
        // (not an owner: "Smith's aide"), or a body or nation before a person noun ("the ISIS
        // member"). A quote keeps the one before it.
        if subject.is_none() {
            let at = if matches!(words.get(opening).copied(), Some("the" | "a" | "an")) { opening + 1 } else { opening };
            for m in &ms[..k] {
                if m.ta == at && m.tb < b {
                    let person = entities[m.entity].kind == EntityType::Person && !matches!(words[m.tb], "'s" | "\u{2019}s" | "'" | "\u{2019}");
                    if person || in_list(PERSON_NOUNS, words[m.tb]) {
                        subject = Some((m.entity, m.actor));
                    }
                    break;
                }
            }
        }
        if !quoted {
            prev_subject = subject;
        }
        // Every pair joins two actors of the sentence's mentions: with fewer than two, the
        // sentence has nothing to say (most sentences).
        if ms.iter().all(|m| m.actor == ms[0].actor) {
            continue;
        }
        sort_by(&mut ms, by_start);
        let speech = mark_roles(text, tokens, &words, a, b, entities, &towns, &mut ms);
        sentence_pairs(text, tokens, &words, a, b, entities, &ms, &covered, speech, &mut pairs);
    }
    // A loop, not an iterator chain: its body stays in this function, at opt-level "z" in the page.
    let mut out: Vec<Stance> = Vec::with_capacity(pairs.accs.len());
    for ((source, target), mut acc) in pairs.accs {
        if acc.sum == 0.0 {
            continue;
        }
        sort_by(&mut acc.evidence, Ord::cmp);
        acc.evidence.dedup();
        sort_by(&mut acc.cues, |p, q| p.span.cmp(&q.span).then(p.rule.cmp(&q.rule)).then(p.weight.total_cmp(&q.weight)));
        acc.cues.dedup();
        let score = (acc.sum / (acc.sum * acc.sum + 1.0).sqrt()).clamp(-1.0, 1.0);
        out.push(Stance { source, target, score, evidence: acc.evidence, cues: acc.cues });
    }
    sort_by(&mut out, |p, q| q.score.abs().total_cmp(&p.score.abs()).then((p.source, p.target).cmp(&(q.source, q.target))));
    out
}

/// Where the subject of the sentence `a..b` stands: after opening conjunctions and adverbs
/// ("Then", "But"), and after a fronted participle or prepositional phrase up to its comma
/// ("Speaking to reporters, he said"; at most 16 tokens looked at).
#[cfg_attr(size_attrs, optimize(size))]
fn subject_at(words: &[&str], a: usize, b: usize) -> usize {
    let mut p = a;
    while p < b && in_list(OPENERS, words[p]) {
        p += 1;
    }
    if p < b && (words[p].len() > 4 && words[p].ends_with("ing") || in_list(FRONT_PREPOSITIONS, words[p])) {
        if let Some(c) = (p..b.min(p + 16)).find(|&t| words[t] == ",") {
            p = c + 1;
        }
    }
    p
}

/// Marks speakers and places among the sentence's mentions; returns the speech verb's token
/// and the speaker's mention index, if any.
#[allow(clippy::too_many_arguments)]
#[cfg_attr(size_attrs, optimize(size))]
fn mark_roles(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    a: usize,
    b: usize,
    entities: &[Entity],
    towns: &[bool],
    ms: &mut [Mention],
) -> Option<(usize, usize)> {
    let mut speech = None;
    let ends_sorted = ms.windows(2).all(|w| w[0].tb <= w[1].tb);
    // The end of the last mention when it was a place.
    let mut place_end = usize::MAX;
    // A dateline of several names before its dash ("KOBANE, Syria, Dec. 1 (UPI) -- There are
    // …"): names, numbers, commas, stops and brackets alone, at most twelve tokens.
    let dash_at = (a..b.min(a + 12)).find(|&t| matches!(tokens[t].text(text), "\u{2014}" | "\u{2013}" | "--"));
    let dateline_end = dash_at.filter(|&d| {
        (a..d).all(|t| tokens[t].kind == Kind::Number || tokens[t].is_capitalized(text) || matches!(tokens[t].text(text), "," | "." | "(" | ")"))
    });
    for m in ms.iter_mut() {
        // The word before the mention, past a "the".
        let before = (m.ta > a).then(|| if words[m.ta - 1] == "the" && m.ta - 1 > a { m.ta - 2 } else { m.ta - 1 });
        if let Some(p) = before.filter(|_| entities[m.entity].kind == EntityType::Gpe) {
            // "in Paris", "near Aleppo", "southwest of Ithaca", "Rouleau, of Saint-Jean, …" (a
            // hometown in an apposition); "to Syria and Iraq" (a place's conjunct).
            m.place = in_list(PLACE, words[p])
                || (words[p] == "of" && p > a && (in_list(DIRECTIONS, words[p - 1]) || words[p - 1] == ","))
                || (p == place_end && matches!(words[p], "and" | "or"));
            // A listed city, state or region (not a capital: that acts for its country) is where
            // things happen, not who acts ("the bases in the provinces of Aleppo", "the strike on
            // the stronghold of Mosul killed", "Mueller, of Prescott, Arizona"), unless its
            // agents are named ("Baltimore police", "Ottawa law enforcement").
            let e = &entities[m.entity];
            if e.acts_for.is_none() && (towns[m.entity] || Gazetteer::get().phrase(&key_of(&e.name)).is_some_and(|h| h.local)) {
                // (Not over a comma: "Ferguson, Missouri, police" are Ferguson's.)
                m.place |= !(m.tb < b && is_agent(words[m.tb])) && !(m.tb + 1 < b && tokens[m.tb].kind == Kind::Word && is_agent(words[m.tb + 1]));
            }
        }
        // Whom a speaker tells or gives an interview ("the actress told The New York Times",
        // "in an interview with The Associated Press") hears the clause; it does not act in it,
        // unless told to do something ("told Ruritania to withdraw").
        let told = before.is_some_and(|p| {
            matches!(words[p], "tell" | "telling" | "tells" | "told") || (words[p] == "with" && p > a && matches!(words[p - 1], "interview" | "interviews"))
        }) && !(m.tb < b && matches!(words[m.tb], "to" | "not"));
        let e = &entities[m.entity];
        m.modifier = told || is_modifier(text, tokens, words, a, b, e.kind, e.acts_for.is_some(), m.ta, m.tb);
        // A dateline ("LAGOS — A wave of violence …") names the place of the report; a person
        // before a dash opens an apposition ("Godane — the leader of … — was killed").
        if e.kind != EntityType::Person && dateline_end.is_some_and(|d| m.tb <= d) {
            m.place = true;
        }
        if m.ta == a && m.tb < b && e.kind != EntityType::Person && matches!(tokens[m.tb].text(text), "\u{2014}" | "\u{2013}" | "--" | "(") {
            m.place = true;
        }
        place_end = if m.place { m.tb } else { usize::MAX };
    }
    for i in a..b {
        let w = words[i];
        let according = w == "according" && words.get(i + 1).is_some_and(|n| *n == "to");
        if !word_flag(w, W_SPEECH) && !according {
            continue;
        }
        // The speaker: just before the verb ("Kerry also said") or just after ("said Kerry",
        // "according to The Associated Press").
        let near_before = |m: &Mention| m.tb <= i && i - m.tb <= 2 && (m.tb..i).all(|j| tokens[j].kind == Kind::Word);
        let before = if ends_sorted {
            // Ends ascend with starts: only the mentions starting before `i` can end by it,
            // and scanning back stops at the first that ends more than two tokens before.
            let mut k = ms.partition_point(|m| m.ta < i);
            let mut found = None;
            while k > 0 && ms[k - 1].tb + 2 >= i {
                k -= 1;
                if near_before(&ms[k]) {
                    found = Some(k);
                    break;
                }
            }
            found
        } else {
            ms.iter().rposition(near_before)
        };
        // The first mention starting after `i` (starts ascend), if close enough.
        let k = ms.partition_point(|m| m.ta <= i);
        // "according to the little-known website X": the source may follow a noun phrase of
        // words alone.
        let after = (k < ms.len() && (ms[k].ta - i <= if according { 3 } else { 2 } || according && ms[k].ta - i <= 8 && (i + 2..ms[k].ta).all(|j| tokens[j].kind == Kind::Word))).then_some(k);
        // "…, said Kerry." but not "…, said Vienna is willing": the name must end the clause.
        let ends_clause = |k: usize| ms[k].tb >= b || tokens[ms[k].tb].kind == Kind::Punct;
        let who = if according {
            after
        } else {
            before.or(after.filter(|&k| i > a && matches!(tokens[i - 1].text(text), "," | "\"" | "\u{201D}") && ends_clause(k)))
        };
        if let Some(k) = who {
            ms[k].speaker = true;
            // Co-speakers: "Ruritania and Freedonia declared" (an "and" right before the last).
            let linked = |p: &Mention, q: &Mention| p.tb < q.ta && (p.tb..q.ta).all(|t| in_list(COORD, words[t]));
            if before == Some(k) && k > 0 && linked(&ms[k - 1], &ms[k]) && (ms[k - 1].tb..ms[k].ta).any(|t| matches!(words[t], "and" | "&")) {
                let mut j = k;
                while j > 0 && k - j < MAX_GROUP && linked(&ms[j - 1], &ms[j]) {
                    j -= 1;
                    ms[j].speaker = true;
                }
            }
            if speech.is_none() {
                speech = Some((i, k));
            }
        }
    }
    speech
}

/// A name right before a noun for a private person (see `CIVILIANS`: "the US journalist", "U.S.
/// citizens"), or after "a"/"an" (one adjective may stand between) and before such a noun
/// with one word between ("a New York cab driver", "a former Google engineer"); not "a U.S.
/// official", "a Kurdish fighter". Where someone is based or born ("Syria-based militants",
/// "a Texas-born engineer") or what something is linked to ("a Kremlin-linked lawyer",
/// "Iraq-related investigations"), a demonym of a country (`linked`) before fighters outside the
/// state's command ([`IRREGULARS`]: "Somali militants"), and a state whose agents are former
/// ones ("former Iraqi air force pilots", "a former U.S. official") are modifiers too. Persons
/// are never modifiers.
#[allow(clippy::too_many_arguments)]
#[cfg_attr(size_attrs, optimize(size))]
fn is_modifier(text: &str, tokens: &[Token], words: &[&str], a: usize, b: usize, kind: EntityType, linked: bool, ta: usize, tb: usize) -> bool {
    if kind == EntityType::Person || tb >= b {
        return false;
    }
    let lower_word = |t: usize| t < b && tokens[t].kind == Kind::Word && !tokens[t].is_capitalized(text);
    // The name is the start of its last token ("Syria-based" is one word).
    if let Some((_, tail)) = words[tb - 1].rsplit_once('-') {
        if matches!(tail, "based" | "born" | "bred" | "headquartered" | "linked" | "raised" | "related") {
            return true;
        }
    }
    let singular = |t: usize| words[t].strip_suffix('s').unwrap_or(words[t]);
    let agent = |t: usize| lower_word(t) && is_agent(words[t]);
    // (Not "Russian fighter jets".)
    if kind == EntityType::Norp && linked && lower_word(tb) && in_list(IRREGULARS, singular(tb)) && !(lower_word(tb + 1) && matches!(singular(tb + 1), "jet" | "plane")) {
        return true;
    }
    if ta > a && words[ta - 1] == "former" && (agent(tb) || agent(tb + 1) || lower_word(tb) && in_list(CIVILIANS, singular(tb))) {
        return true;
    }
    // A nationality adjective before a noun that is no agent ("the Turkish border", "a largely
    // Kurdish town", "the Syrian side of the conflict" is one): the noun, not the nation, is
    // what the clause is about; "Kurdish fighters", "Russian special forces" act.
    // ("Israeli-Palestinian peace talks" name both sides.)
    let joined = ta > a && tokens[ta - 1].text(text) == "-";
    if kind == EntityType::Norp && tb == ta + 1 && !joined && !words[ta].ends_with('s') && lower_word(tb) && !matches!(words[tb], "and" | "or") {
        return !agent(tb) && !agent(tb + 1);
    }
    let civilian = |t: usize| {
        let w = words[t];
        let singular = w.strip_suffix('s').unwrap_or(w);
        lower_word(t) && (in_list(CIVILIANS, w) || in_list(CIVILIANS, singular) || matches!(w, "men" | "women" | "children"))
    };
    // A name right before a private person's noun says whose the person is ("the US journalist
    // James Foley", "U.S. citizens"), whatever comes before it; its chief or executive speaks
    // for it ("Google chief Sundar Pichai").
    if civilian(tb) && !matches!(words[tb], "chief" | "executive") {
        return true;
    }
    // Nor does a name before an occasion or a thing of its own ("at the Boston Bruins game",
    // "a Google event").
    if lower_word(tb) && in_list(OCCASIONS, words[tb]) {
        return true;
    }
    if ta <= a {
        return false;
    }
    let article = |t: usize| matches!(words[t], "a" | "an");
    let after_article = article(ta - 1) || (ta - 1 > a && lower_word(ta - 1) && article(ta - 2));
    after_article && lower_word(tb) && tb + 1 < b && civilian(tb + 1)
}

/// A single-word cue used as a noun or adjective: right after a determiner or number ("the
/// struggling goalie", "27 shots", "an assist"), or after a preposition when not an -ing
/// form ("under pressure"); one adjective may stand between ("a deadly stabbing", "under
/// enormous pressure"), unless the cue is an -ed form ("the armed men attacked"). Nouns by
/// design ("a ceasefire") are not affected, nor a cue after a light verb ("launched an
/// assault on", "carry out an attack on").
#[cfg_attr(size_attrs, optimize(size))]
fn is_nominal(tokens: &[Token], words: &[&str], covered: &[bool], a: usize, m: &Match) -> bool {
    // The first half of a compound naming people or a body: "aid worker", "peace activists",
    // "a relief agency".
    if words.get(m.last + 1).is_some_and(|w| in_list(COMPOUND_HEADS, w)) {
        return true;
    }
    if m.first != m.last || m.first <= a || in_list(NOUN_CUES, words[m.first]) {
        return false;
    }
    let w = words[m.first];
    let ing = w.ends_with("ing");
    let marks = |t: usize, direct: bool| {
        if covered[t - a] {
            return false;
        }
        if tokens[t].kind == Kind::Number || in_list(DETERMINERS, words[t]) {
            return direct || !w.ends_with("ed");
        }
        in_list(PREPOSITIONS, words[t]) && !ing && (direct || !w.ends_with("ed"))
    };
    let light = |t: usize| t > a && LIGHT_VERBS.iter().any(|v| lexicon::inflects(words[t - 1], v));
    let p = m.first - 1;
    // An -ing cue after "the" and a name, with no object after it, names an event: "the
    // Parkland shooting, a combative NRA spokesperson" (not "the Kurds fighting ISIS").
    if ing && covered[p - a] {
        let mut t = p;
        while t > a && covered[t - a] {
            t -= 1;
        }
        // (The cue may end a sentence that has no closing stop: nothing after it is its object.)
        let next = m.last + 1;
        let no_object = next >= a + covered.len() || tokens[next].kind == Kind::Punct || !covered[next - a] && !in_list(DETERMINERS, words[next]);
        if !covered[t - a] && matches!(words[t], "the" | "The") && no_object {
            return true;
        }
    }
    if marks(p, true) {
        return !light(p);
    }
    let adjective = tokens[p].kind == Kind::Word && !covered[p - a] && ADJ_ENDINGS.iter().any(|e| words[p].ends_with(e));
    adjective && p > a && marks(p - 1, false) && !light(p - 1)
}

/// Words that only a sports report uses around "beat"/"defeated" ("Winnipeg defeated
/// Nashville", "scored", "saves"). Sorted.
const SPORT_WORDS: Words = Words("assists|goalie|goalkeeper|goals|homered|innings|playoff|playoffs|quarterback|rebounds|saves|scored|scores|touchdown|touchdowns");

/// A sports result in the sentence: a score such as "3-2" or "4 - 1", or a word only sports
/// reports use (`SPORT_WORDS`).
#[cfg_attr(size_attrs, optimize(size))]
fn has_score(text: &str, tokens: &[Token], words: &[&str], a: usize, b: usize) -> bool {
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(|c| c.is_ascii_digit());
    let sport = (a..b).any(|i| tokens[i].kind == Kind::Word && word_flag(words[i], W_SPORT));
    sport || (a..b).any(|i| {
        let t = tokens[i];
        let s = t.text(text).as_bytes();
        let joined = s.iter().position(|&c| c == b'-').is_some_and(|k| digits(&s[..k]) && digits(&s[k + 1..]));
        joined
            || (t.kind == Kind::Number
                && i + 2 < b
                && matches!(tokens[i + 1].text(text), "-" | "\u{2013}")
                && tokens[i + 2].kind == Kind::Number)
    })
}

/// A cue verb in the passive ("has been stabbed", "were deported by"): not an -ing form,
/// "be"/"get" right before it, or with one -ly adverb between.
#[cfg_attr(size_attrs, optimize(size))]
fn is_passive(words: &[&str], a: usize, first: usize) -> bool {
    let be = |t: usize| in_list(BE, words[t]);
    !words[first].ends_with("ing") && (first > a && be(first - 1)) || (first > a + 1 && words[first - 1].ends_with("ly") && be(first - 2))
}

/// The coordinated group of actor mentions ending at mention `last` (walking back while only
/// COORD words stand between them).
#[cfg_attr(size_attrs, optimize(size))]
fn group_back(words: &[&str], ms: &[Mention], idx: &[usize], last: usize, until: usize) -> Vec<usize> {
    let mut g = vec![idx[last]];
    let mut j = last;
    // Whether a conjunction or hyphen joins the group: commas alone make a fronted phrase
    // ("Speaking to CNN's Blitzer, Johnson rejected …") or an apposition, not a list.
    let mut joined = false;
    while j > 0 && g.len() < MAX_GROUP {
        let (p, q) = (&ms[idx[j - 1]], &ms[idx[j]]);
        // "the United States and Russia", "U.S.-Russia"; not "the Afghan Taliban" (adjacent
        // names: one modifies the other).
        // A title between a demonym and a name ("Trump and Chinese leader Xi Jinping") joins
        // them as one conjunct, named by the demonym or body before the title (not paired with
        // its own officer).
        if q.ta > p.tb && (p.tb..q.ta).all(|t| in_list(COORD, words[t])) {
            joined |= (p.tb..q.ta).any(|t| matches!(words[t], "&" | "-" | "and"));
            g.push(idx[j - 1]);
            j -= 1;
        } else if title_gap(words, p.tb, q.ta) && j > 1 && ms[idx[j - 2]].tb < p.ta && (ms[idx[j - 2]].tb..p.ta).all(|t| in_list(COORD, words[t])) {
            g.pop();
            g.push(idx[j - 1]);
            j -= 1;
        } else {
            break;
        }
    }
    // An apposition closed by a comma before the verb keeps its names: the subject and whom
    // it acts for ("Álvarez, Mexico's foreign minister, met …").
    if !joined && !(ms[idx[last]].tb..until).any(|t| words[t] == ",") {
        g.truncate(1);
    }
    g.reverse();
    g
}

/// Whether the words from `a` to `b` (one or two) are a title: "Chinese leader Xi", "Russian
/// President Putin".
#[cfg_attr(size_attrs, optimize(size))]
fn title_gap(words: &[&str], a: usize, b: usize) -> bool {
    b > a && b - a <= 2 && Gazetteer::get().is_role(&words[a..b].join(" "))
}

/// Nouns for a town: "the town of X", "X, a Kurdish town" make X a place. Sorted.
const TOWNS: Words = Words("city|district|province|region|suburb|town|village");

/// Occasions and things a name may modify ("the Boston Bruins game", "his Facebook followers",
/// "their Twitter accounts"). Sorted.
const OCCASIONS: Words = Words("account|accounts|arena|concert|event|followers|gala|game|games|jersey|jerseys|match|matches|page|season|show|stadium|tournament|users");

/// Words ending in "s" before a participle that are no plural noun ("continues attacking"). Sorted.
const NOT_NOUNS: Words = Words("always|begins|continues|denies|keeps|perhaps|resumes|sometimes|starts|stops|thus|unless|whereas");

/// Prepositions whose object is no subject of the clause's verb. Sorted.
const SUBJECT_PREPS: Words = Words("about|against|at|for|in|into|on|over|to|toward|towards|with");

/// The determiner of a cue used as a noun: "the"/"a"/"an"/"this"/"its"/"their" before the
/// cue at `first`, over at most three numbers, -ing forms and adjectives ("a 2011 shooting
/// attack"). Not a past form ("the armed men attacked"). Its token.
#[cfg_attr(size_attrs, optimize(size))]
fn determiner_of(text: &str, tokens: &[Token], words: &[&str], ca: usize, first: usize) -> Option<usize> {
    if words[first].ends_with("ed") {
        return None;
    }
    let mut t = first;
    while t > ca && first - t <= 3 {
        t -= 1;
        let w = words[t];
        if matches!(w, "a" | "an" | "the" | "this" | "its" | "their") {
            return Some(t);
        }
        let modifier = tokens[t].kind == Kind::Number || w.len() > 5 && w.ends_with("ing") || ADJ_ENDINGS.iter().any(|e| w.ends_with(e));
        if tokens[t].kind == Kind::Punct || tokens[t].is_capitalized(text) || !modifier {
            return None;
        }
    }
    None
}

/// The preposition whose object is the mention starting at `ta`, if any (an article may stand
/// between: "on the ISIS stronghold").
#[cfg_attr(size_attrs, optimize(size))]
fn after_preposition<'a>(words: &[&'a str], ca: usize, ta: usize) -> Option<&'a str> {
    let t = if ta > ca && matches!(words[ta - 1], "a" | "an" | "the") { ta - 1 } else { ta };
    (t > ca && in_list(SUBJECT_PREPS, words[t - 1])).then(|| words[t - 1])
}

/// Whether clause `[ca, first_cue)` opens with a subject of its own that is no actor: after
/// the clause word and adverbs of time, an article, a quantifier or a demonstrative.
#[cfg_attr(size_attrs, optimize(size))]
fn own_subject(words: &[&str], ca: usize, first_cue: usize) -> bool {
    let mut t = ca + 1;
    while t < first_cue && in_list(TIME_ADVERBS, words[t]) {
        t += 1;
    }
    t < first_cue && in_list(SUBJECT_OPENERS, words[t])
}

#[cfg_attr(size_attrs, optimize(size))]
fn distinct_actors(ms: &[Mention], g: &[usize]) -> Vec<usize> {
    let mut v: Vec<usize> = Vec::with_capacity(g.len());
    for &k in g {
        v.push(ms[k].actor);
    }
    sort_by(&mut v, Ord::cmp);
    v.dedup();
    v
}

#[allow(clippy::too_many_arguments)]
#[cfg_attr(size_attrs, optimize(size))]
fn sentence_pairs(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    a: usize,
    b: usize,
    entities: &[Entity],
    ms: &[Mention],
    covered: &[bool],
    speech: Option<(usize, usize)>,
    pairs: &mut Pairs,
) {
    let lex = lexicon::get();
    // A yes/no question ("Did Ruritania attack Freedonia?", "Will X meet Y?") asks whether
    // something happened: it is no event between actors. (A wh-question presupposes its event:
    // "Why did X attack Y?".)
    let quote = |t: usize| matches!(tokens[t].text(text), "\"" | "\u{201c}" | "\u{201d}" | "'" | "(" | ")");
    let first = (a..b).find(|&t| !quote(t)).unwrap_or(a);
    let last = (a..b).rev().find(|&t| !quote(t)).unwrap_or(a);
    if words[last] == "?" && in_list(AUXILIARIES, words[first]) {
        return;
    }
    // Clauses. A sentence opening with a subordinate clause ("If X attacks Y, Z would respond",
    // "While X and Y had been rumored to …, the Iraqi government reached …") ends it at its
    // first comma that is no list's (not between two names of a list that goes on).
    let fronted = in_list(FRONTED, words[first]);
    let mut front_end = None;
    if fronted {
        front_end = (first + 1..b).find(|&t| {
            words[t] == ","
                && !(covered[t - 1 - a] && t + 2 < b && (covered[t + 1 - a] || words[t + 1] == "and" && covered[t + 2 - a]) && {
                    // (A list goes on after the next name: "Russia, China and Iran objected";
                    // "After France attacked Germany, Italy signed" is no list.)
                    let mut u = t + 1;
                    while u < b && (covered[u - a] || words[u] == "and" && u == t + 1) {
                        u += 1;
                    }
                    u < b && matches!(words[u], "," | "and" | "or")
                })
        });
    }
    let mut bounds = vec![a];
    for i in a + 1..b {
        let s = tokens[i].text(text);
        if matches!(s, ";" | ":") || word_flag(words[i], W_CLAUSE) || front_end == Some(i) {
            bounds.push(i);
        }
    }
    bounds.push(b);
    // Whether the sentence states a condition: its "would/could/might" acts are hypothetical.
    let conditional = (a..b).any(|t| matches!(words[t], "if" | "unless"));
    let in_mention = |i: usize| covered[i - a];
    // An organisation announcing something announces its own act ("Acme announced a
    // collaboration with Globex"); one that says or reports may be a news outlet.
    let announced = speech.is_some_and(|(v, _)| matches!(words[v], "announced" | "announces"));
    let speaker_actor = speech.and_then(|(_, k)| {
        let m = ms[k];
        (matches!(entities[m.entity].kind, EntityType::Person | EntityType::Gpe | EntityType::Norp) || announced).then_some(m.actor)
    });
    let mut prev_subject: Vec<usize> = Vec::new();
    // The last actor of the previous clause and the token after its mention.
    let mut prev_last: Option<(usize, usize, bool)> = None;
    let sports = has_score(text, tokens, words, a, b);
    // A person with no role and acting for no one ("the goalie Alex Stalock", a band member).
    let private = |x: usize| {
        entities[x].kind == EntityType::Person
            && entities[x].role.as_deref().is_none_or(|r| in_list(PRIVATE_ROLES, &r.lower()))
    };
    for c in 0..bounds.len() - 1 {
        let (ca, cb) = (bounds[c], bounds[c + 1]);
        let clause_span = Span::new(tokens[ca].span.start, tokens[cb - 1].span.end);
        // Cues in the clause.
        let mut cues: Vec<Match> = Vec::new();
        let mut i = ca;
        while i < cb {
            if tokens[i].kind != Kind::Word || in_mention(i) || !opens_phrase(words[i]) {
                i += 1;
                continue;
            }
            match lex.match_at(text, tokens, words, i, cb, &|p| p.code.is_some() && p.goldstein != 0.0) {
                Some(m) => {
                    // Sports results are not conflict between the teams ("beat Buffalo 3-2").
                    let game = sports && lex.phrases[m.phrase].code.is_some_and(|c| matches!(c.get(..2), Some("18" | "19" | "20")));
                    if !game && !is_nominal(tokens, words, covered, a, &m) {
                        cues.push(m);
                    }
                    i = m.last + 1;
                }
                None => i += 1,
            }
        }
        // Actor mentions of the clause (not speakers, not places).
        // `ms` is sorted by start: the clause's mentions are one run of it.
        let (lo, hi) = (ms.partition_point(|m| m.ta < ca), ms.partition_point(|m| m.ta < cb));
        let mut idx: Vec<usize> = Vec::new();
        // Names joined by hyphens before a noun that is no cue modify it ("the Lebanon-Israel
        // border", "the U.S.-Mexico border"); before a cue they are its sides ("an
        // Israeli-Palestinian peace deal", "U.S.-Russia talks").
        let hyphen = |k: usize| k + 1 < hi && ms[k + 1].ta == ms[k].tb + 1 && words[ms[k].tb] == "-";
        let noun = |t: usize| t < cb && tokens[t].kind == Kind::Word && !tokens[t].is_capitalized(text) && !cues.iter().any(|c| c.first <= t && t <= c.last);
        for k in lo..hi.max(lo) {
            let modifies = hyphen(k) && noun(ms[k + 1].tb) || k > lo && hyphen(k - 1) && noun(ms[k].tb);
            if ms[k].tb <= cb && !ms[k].speaker && !ms[k].place && !ms[k].modifier && !modifies {
                idx.push(k);
            }
        }
        let relative = matches!(words[ca], "that" | "which" | "who") && ca > a;
        let first_cue = cues.first().map_or(cb, |m| m.first);
        let mut before: Vec<usize> = Vec::new();
        for j in 0..idx.len() {
            if ms[idx[j]].tb <= first_cue {
                before.push(j);
            }
        }
        // The antecedent of a relative pronoun opening the clause: the name just before it (a
        // comma or one lowercase word may stand between). "Stalock, who subbed for …", "a U.S.
        // strike that killed …"; "access points that support Wi-Fi" do not refer to an earlier
        // name.
        let antecedent = || -> Vec<usize> {
            // "who" follows a person or group, not a place ("Emwazi, of west London, who").
            prev_last
                .filter(|&(_, end, place)| {
                    !(place && words[ca] == "who")
                        && (end == ca
                            || (end + 1 == ca
                                && (tokens[end].text(text) == ","
                                    || tokens[end].kind == Kind::Word && !tokens[end].is_capitalized(text))))
                })
                .map(|(x, _, _)| x)
                .into_iter()
                .collect()
        };
        // A parenthetical between dashes or brackets before the verb ("Godane — the leader of
        // al-Shabaab, the militant group behind … — was killed") is no subject: the name before
        // it is.
        let dash = |t: usize| matches!(tokens[t].text(text), "\u{2014}" | "\u{2013}" | "--" | "(" | ")");
        let mut before = before;
        if let Some(&j) = before.last() {
            if let Some(close) = (ms[idx[j]].tb..first_cue).find(|&t| dash(t)) {
                if let Some(open) = (ca..ms[idx[j]].ta).rev().find(|&t| dash(t)) {
                    let _ = close;
                    before.retain(|&x| ms[idx[x]].tb <= open);
                }
            }
        }
        // So is a role in apposition between commas after the official opening the clause
        // ("Tomas Varga, Britain's ambassador to the U.N., criticized …"): the official is the
        // subject, not a name of the apposition.
        if let (Some(&j0), Some(&jn)) = (before.first(), before.last()) {
            let f = &ms[idx[j0]];
            let official = entities[f.entity].kind == EntityType::Person && entities[f.entity].role.is_some();
            if j0 != jn && official && f.ta <= ca + 1 && f.tb < first_cue && words[f.tb] == "," {
                let close = (f.tb + 1..first_cue).rev().find(|&t| words[t] == ",");
                if close.is_some_and(|c| ms[idx[jn]].tb <= c) {
                    before.truncate(1);
                }
            }
        }
        let mut subject: Vec<usize> = match before.last() {
            // "IS, which controls parts of Syria, annexed Mosul": a comma closes the relative
            // clause before the cue, whose subject is the antecedent.
            Some(&j) if relative && words[ca - 1] == "," && (ms[idx[j]].tb..first_cue).any(|t| words[t] == ",") => antecedent(),
            // The object of a preposition is no subject ("The strike on the ISIS stronghold of
            // Mosul killed …", "An aide to al-Baghdadi was killed", "a deal with Iran angered
            // …"); "of" and "from" may name whose agents act ("fighters of Islamic State"). It
            // is one when the cue follows it (a participle one word after: "arms to Kurdish
            // fighters battling IS", "in an Israeli-Palestinian peace deal") or "to" within a word
            // after "for" ("for the United Nations to help Libya"; not "crossed into Syria to
            // fight IS", whose agent is the one who crossed).
            Some(&j) => {
                let mut g = group_back(words, ms, &idx, j, first_cue);
                // An official named after a role phrase that ends in a preposition's object
                // ("Britain's ambassador to the United Nations, Tomas Varga, criticized …") is
                // the subject alone.
                let e = &entities[ms[idx[j]].entity];
                if g.len() > 1 && e.kind == EntityType::Person && e.role.is_some() && after_preposition(words, ca, ms[g[0]].ta).is_some() {
                    g = vec![idx[j]];
                }
                let tb = ms[idx[j]].tb;
                let inside_pp = after_preposition(words, ca, ms[g[0]].ta).is_some_and(|p| {
                    !(tb..(tb + 2).min(cb)).any(|t| p == "for" && words[t] == "to" || t == first_cue && (t == tb || words[t].ends_with("ing")))
                });
                // Then an actor opening the clause before a verb is the subject of an
                // infinitive cue ("Smith crossed into Ruritania to fight …").
                if inside_pp {
                    let f = &ms[idx[0]];
                    let opens = idx[0] != g[0]
                        && f.ta <= ca + 1
                        && words[first_cue - 1] == "to"
                        && tokens[f.tb].kind == Kind::Word
                        && !tokens[f.tb].is_capitalized(text);
                    if opens && !matches!(words[f.tb], "of" | "and" | "'s") {
                        vec![f.actor]
                    } else {
                        Vec::new()
                    }
                } else {
                    distinct_actors(ms, &g)
                }
            }
            None if relative => antecedent(),
            // A clause whose own subject is no actor ("…, but since then a series of
            // ex-soldiers have come forward to criticise …") does not inherit one; a pronoun
            // or a possessive ("but he warned", "while its forces attacked") does.
            None if own_subject(words, ca, first_cue) => Vec::new(),
            None => prev_subject.clone(),
        };
        let mut from_speaker = false;
        // A pronoun opening the content ("Ruritania and Freedonia declared that they would
        // restore relations", "Ruritania announced it sent jets to bomb …") is the speakers:
        // the content's acts are theirs, whatever stands between the pronoun and the cue.
        let content_clause = words[ca] == "that" && speech.is_some_and(|(v, _)| v < ca && ca - v <= 6 && (v + 1..ca).all(|t| !matches!(words[t], "," | ";" | ":" | "\"" | "\u{201c}" | "\u{201d}")));
        let opener = if content_clause { Some(ca + 1) } else { speech.filter(|&(v, _)| v >= ca && v < first_cue).map(|(v, _)| v + 1) };
        if let Some(o) = opener.filter(|&o| o < first_cue && matches!(words[o], "it" | "they" | "we")) {
            if let Some((_, k)) = speech {
                // (Not past a noun phrase of its own with "of": "the Pentagon said that it had
                // confirmed the death of a key militant leader allied with …"; "it had launched a
                // further 20 airstrikes against" is the speaker's act.)
                let det = (o + 1..first_cue).find(|&t| in_list(DETERMINERS, words[t]));
                let noun_phrase = det.is_some_and(|d| (d + 1..first_cue).any(|t| words[t] == "of"));
                if !noun_phrase && idx.iter().all(|&j| ms[j].ta < o || ms[j].ta >= first_cue) {
                    let mut j = k;
                    let mut group = vec![k];
                    while j > 0 && k - j < MAX_GROUP && ms[j - 1].speaker && ms[j - 1].tb < ms[j].ta && (ms[j - 1].tb..ms[j].ta).all(|t| in_list(COORD, words[t])) {
                        j -= 1;
                        group.push(j);
                    }
                    subject = distinct_actors(ms, &group);
                }
            }
        }
        // The speaker stands in for "we" or for an empty subject ("said [it] is willing to
        // help"), not for another subject ("said that steroids will help").
        // The content starts after the speech verb when that comes first ("LAGOS — Violence
        // broke out after Nigeria's government announced a truce with …").
        let content = match speech {
            Some((v, _)) if v >= ca && v < first_cue => v + 1,
            _ => ca,
        };
        // (Only asked when it can matter: it is a scan of the clause.)
        let speaker_fits = || {
            (ca..first_cue).any(|t| in_list(FIRST_PERSON, words[t]))
                // "announced new sanctions on", "announced an expanded collaboration with".
                || announced && content > ca && first_cue - content <= 3 && (content..first_cue).all(|t| tokens[t].kind == Kind::Word && !tokens[t].is_capitalized(text))
                || (content..first_cue).all(|t| {
                let w = words[t];
                tokens[t].kind != Kind::Word
                    || in_mention(t)
                    || in_list(FUNCTION_ONLY, w)
                    || in_list(DETERMINERS, w)
                    || SPEECH.has(w)
                    || w == "according"
                })
        };
        if subject.is_empty() && !relative && speaker_actor.is_some() && speaker_fits() {
            if let Some(sa) = speaker_actor {
                subject = vec![sa];
                from_speaker = true;
            }
        }
        let mut partners: Vec<usize> = Vec::new();
        // The first word of the clause that makes what follows it unreal (see below), and
        // whether the clause is the content of a denial ("denied that …", "denied reports that
        // …", "rejected claims that …").
        let unreal_at = (ca..cb).find(|&t| in_list(UNREAL, words[t])).unwrap_or(cb);
        let denied_clause = words[ca] == "that"
            && (ca.saturating_sub(3).max(a)..ca).any(|t| {
                let w = words[t];
                let report = |u: usize| u < ca && matches!(words[u], "accusations" | "allegations" | "claims" | "reports" | "rumors" | "rumours" | "suggestions");
                let deny = matches!(w, "denied" | "denies" | "deny" | "denying") || matches!(w, "dismissed" | "dismisses" | "refuted" | "rejected" | "rejects") && report(t + 1);
                deny && (t + 1..ca).all(|u| tokens[u].kind == Kind::Word && !tokens[u].is_capitalized(text))
            });
        // "accused X of supporting Y", "condemned X for attacking Y": from the gerund on, the
        // clause's cues are X's (none when X is no actor), not the subject's.
        let mut controlled: Option<(usize, Vec<usize>)> = None;
        for (n, m) in cues.iter().enumerate() {
            let p = &lex.phrases[m.phrase];
            let mut g = p.goldstein / 10.0;
            let mut rule = p.stance_rule().to_string();
            // Leaving a cooperation ends it ("pulled out of the missile agreement with X",
            // "withdrew from the deal with X"): up to five words before, no name or stop between.
            let left = |t: usize| {
                let w = words[t];
                let exit = EXITS.iter().any(|e| lexicon::inflects(w, e)) || w == "out" && words[t + 1] == "of" && t > ca && ["back", "drop", "opt", "pull", "walk"].iter().any(|v| lexicon::inflects(words[t - 1], v));
                exit && (t + 1..m.first).all(|u| !in_mention(u) && tokens[u].kind == Kind::Word)
            };
            // A negator before "take part in" / "participate in" negates the cue after it ("would
            // not take part in air strikes against IS").
            let part = m.first >= ca + 2 && words[m.first - 1] == "in" && (lexicon::inflects(words[m.first - 2], "participate") || m.first >= ca + 3 && words[m.first - 2] == "part" && lexicon::inflects(words[m.first - 3], "take"));
            let reach = if part { m.first - if words[m.first - 2] == "part" { 3 } else { 2 } } else { m.first };
            // A denial up to six words before, over lowercase words alone, takes the cue back
            // ("denied having agreed to a ceasefire with"): it is no evidence either way.
            let denied = (m.first.saturating_sub(6).max(ca)..m.first).any(|t| {
                matches!(words[t], "denied" | "denies" | "deny" | "denying") && (t + 1..m.first).all(|u| !in_mention(u) && tokens[u].kind == Kind::Word && !tokens[u].is_capitalized(text))
            });
            // A condition, an open question or a rumour before the cue in its clause ("if X
            // attacks Y", "whether to authorise a mission to rescue X", "rumored to be close to a
            // deal with Y"), a "could/might/may" up to three words before it ("might well defeat
            // X", "the bill could help X"), or a "would" there in a sentence that states a
            // condition ("X would attack Y if …"; not "said it would help X"), makes it no event;
            // so does a denial of the clause ("denied that its jets had attacked Y").
            let modal = (m.first.saturating_sub(3).max(ca)..m.first).any(|t| match words[t] {
                "could" | "might" => true,
                // (Not the month: "In May, X attacked Y".)
                "may" => !tokens[t].is_capitalized(text),
                "would" => conditional,
                _ => false,
            });
            if denied || unreal_at < m.first || modal || denied_clause {
                continue;
            }
            let negated = p.words[0] != "not"
                && (reach.saturating_sub(3).max(ca)..m.first).any(|t| {
                    let w = words[t];
                    matches!(w, "not" | "never" | "no" | "without") || w.ends_with("n't") || in_list(REFUSALS, w)
                })
                || g > 0.0 && (m.first.saturating_sub(6).max(ca)..m.first).any(left);
            // A conflict named as a thing being ended or averted ("urging combatants to observe
            // the agreements aimed at defusing the conflict", "efforts to end the fighting") is
            // no conflict between the clause's actors; a verb right after it still is one ("urged
            // Cameron to stop fighting the Islamic State": he is fighting it).
            // Also a conflict undone by a court or an authority ("set aside a $399 million award
            // against Acme", "overturned the ban on Globex"): checked below, after "+against".
            // Numbers and currency signs may stand between ("a $399 million award").
            let ended = |t: usize| {
                t + 1 < m.first
                    && DEESCALATE.iter().any(|d| lexicon::inflects(words[t], d))
                    && (t + 1..m.first).all(|u| !in_mention(u) && (tokens[u].kind != Kind::Punct || matches!(words[u], "$" | "€" | "£")))
            };
            // "thanks to X" is a preposition ("because of X"), not thanking X; "put together" is
            // assembling something ("put together a party"), not joining someone.
            if words[m.last] == "thanks" && words.get(m.last + 1) == Some(&"to") || words[m.first] == "together" && m.first > ca && lexicon::inflects(words[m.first - 1], "put") {
                continue;
            }
            if negated {
                // "did not condemn" leans to cooperation; "never intended to harm", "didn't
                // clash" (material conflict, Goldstein <= -4) says nothing about the pair.
                if g <= -0.4 {
                    continue;
                }
                g *= -0.5;
                rule.push_str("+negated");
            }
            let span = tokens[m.first].span.cover(tokens[m.last].span);
            let lo = idx.partition_point(|&k| ms[k].ta < m.first);
            let hi = idx.partition_point(|&k| ms[k].ta <= m.last);
            let mut group: Vec<usize> = Vec::new();
            for &k in &idx[lo..hi] {
                if group.len() == MAX_GROUP {
                    break;
                }
                if ms[k].tb <= m.last + 1 {
                    group.push(k);
                }
            }
            let inside: Vec<usize> = distinct_actors(ms, &group);
            let next_cue = cues.get(n + 1).map_or(cb, |x| x.first);
            let passive = is_passive(words, ca, m.first);
            let mut object = find_object(text, tokens, words, ms, &idx, m.last + 1, next_cue, passive);
            // A meeting or talks "on X" are about X, not with X ("host a meeting on Syria").
            // Nor a meeting "at X": that is where it is held ("during a meeting at the Kremlin").
            if p.code.is_some_and(|c| c.starts_with("04")) && words.get(m.last + 1).is_some_and(|w| matches!(*w, "on" | "at")) {
                object.clear();
            }
            // A person joining what an actor owns ("he joined the UK's military academy") is a
            // member of it, not the owner's partner ("Obama joined Britain's leaders in …"
            // has a person object and stays).
            if p.words[0] == "join" && !object.is_empty() {
                let o = idx.partition_point(|&k| ms[k].ta <= m.last);
                let own = o < idx.len() && words.get(ms[idx[o]].tb) == Some(&"'s") && entities[ms[idx[o]].entity].kind != EntityType::Person;
                let person = idx[..lo].iter().rev().take(MAX_GROUP).find(|&&k| subject.contains(&ms[k].actor)).is_some_and(|&k| entities[ms[k].entity].kind == EntityType::Person);
                // People of a nation joining a group ("500 Britons have joined Isis") are members
                // of it, not their state ("British forces joined the strikes" is the state).
                let people = idx[..lo].iter().rev().take(MAX_GROUP).find(|&&k| subject.contains(&ms[k].actor)).is_some_and(|&k| {
                    entities[ms[k].entity].kind == EntityType::Norp && !(ms[k].tb < cb && is_agent(words[ms[k].tb]))
                });
                if own && person || people && entities[ms[idx[o.min(idx.len() - 1)]].entity].kind == EntityType::Org {
                    object.clear();
                }
            }
            // A group paired within itself: cooperation by co-subjects ("X and Y agreed"), or
            // a mutual conflict ("X and Y clashed"), never two private persons (band members,
            // players, a list of candidates).
            let mutual = p.goldstein > 0.0 || p.words.iter().any(|w| in_list(MUTUAL, w) || MUTUAL.iter().any(|m| lexicon::inflects(w, m)));
            // "fight alongside X" is on X's side; "fight with X" may be either ("went to Syria to
            // fight with Islamic State" joins it, "a fight with the police" opposes them) and says
            // nothing. Not a mutual conflict ("clashed with").
            let side = words.get(m.last + 1).copied().filter(|w| matches!(*w, "with" | "alongside") && g <= -0.4 && !mutual);
            if let Some(w) = side {
                if w == "with" {
                    continue;
                }
                g = 0.35;
                rule = "cameo:cooperate+alongside".into();
            }
            // Support or unity against someone is conflict with them ("winning broad support
            // against Isil", "unite against Ruritania").
            if side.is_none() && g > 0.0 && !object.is_empty() && (m.last + 1..next_cue.min(m.last + 6)).take_while(|&t| !in_mention(t)).any(|t| words[t] == "against") {
                g = -g;
                rule.push_str("+against");
            }
            if g < 0.0 && (m.first.saturating_sub(5).max(ca)..m.first).any(ended) {
                continue;
            }
            let by_object = controlled.as_ref().filter(|c| m.first > c.0).map(|c| c.1.clone());
            if by_object.is_none() {
                // Not a compound preposition: "in favor of inviting", "instead of meeting".
                let gerund = |t: usize| {
                    matches!(words[t], "of" | "for")
                        && words.get(t + 1).is_some_and(|w| w.ends_with("ing") && !w.ends_with("thing"))
                        && words[t - 2] != "in"
                        && !matches!(words[t - 1], "ahead" | "because" | "instead")
                };
                if let Some(t) = (m.last + 2..next_cue.min(m.last + 8)).find(|&t| gerund(t)) {
                    // (In the passive the accused is the subject: "Iran was accused by Israel of
                    // funding Hezbollah".)
                    controlled = Some((t, if passive { subject.clone() } else { object.clone() }));
                }
            }
            // A person joining an organisation is membership, not a relation between them.
            let joins = p.words[0] == "join";
            // Two private persons meeting ("she met Phelps on Tinder", "met God") is no
            // consultation between actors.
            let meets = p.code.is_some_and(|c| c.starts_with("04"));
            let kinds = |x: usize, y: usize| (entities[x].kind, entities[y].kind);
            let mut add = |x: usize, y: usize, attribution: bool, within: bool| {
                if x == y || (within && !mutual) || (private(x) && private(y)) {
                    return;
                }
                if joins && matches!(kinds(x, y), (EntityType::Person, EntityType::Org) | (EntityType::Org, EntityType::Person)) {
                    return;
                }
                let key = (x.min(y), x.max(y));
                let acc = pairs.entry(key);
                acc.sum += g;
                // Clauses come in text order: a repeat is the last one pushed.
                if acc.evidence.last() != Some(&clause_span) {
                    acc.evidence.push(clause_span);
                }
                if acc.cues.len() < MAX_CUES {
                    acc.cues.push(Cue { span, rule: rule.clone(), weight: g });
                    if let (true, Some((v, _))) = (attribution, speech) {
                        acc.cues.push(Cue { span: tokens[v].span, rule: "attribution".into(), weight: 0.0 });
                    }
                }
            };
            for (x, &p1) in inside.iter().enumerate() {
                for &p2 in &inside[x + 1..] {
                    add(p1, p2, false, true);
                }
            }
            if !inside.is_empty() {
                // "improving U.S.-Russia relations": the pair is the subject from here on.
                if inside.len() >= 2 && (subject.is_empty() || from_speaker) {
                    subject = inside;
                    from_speaker = false;
                }
                continue;
            }
            // A request for help or support ("Nicaragua asked the U.S. to help investigate",
            // "Ruritania urged Freedonia to support …", "called on X to cooperate") seeks
            // cooperation from the one asked: the asker (the nearest actor before the request, or
            // the clause's subject) and the asked pair. (Asked to fight someone, neither pairs.)
            if g > 0.0 && m.first > ca + 2 && words[m.first - 1] == "to" {
                let at = idx.partition_point(|&k| ms[k].tb < m.first - 1);
                if let Some(&k) = idx.get(at).filter(|&&k| ms[k].tb == m.first - 1 && ms[k].ta > ca + 1) {
                    let t = if words[ms[k].ta - 1] == "the" { ms[k].ta - 2 } else { ms[k].ta - 1 };
                    let request = REQUESTS.iter().any(|v| lexicon::inflects(words[t], v)) || words[t] == "on" && t > ca && lexicon::inflects(words[t - 1], "call");
                    if t > ca && request {
                        let before = idx.partition_point(|&j| ms[j].tb <= t);
                        let askers = match before.checked_sub(1).map(|j| idx[j]) {
                            Some(j) => vec![ms[j].actor],
                            None => subject.clone(),
                        };
                        for x in askers {
                            add(x, ms[k].actor, false, false);
                        }
                    }
                }
            }
            let mut subj = by_object.clone().unwrap_or_else(|| subject.clone());
            // A later cue right after an actor of its own is that actor's ("Putin condemned the
            // sanctions Obama imposed against Russia"; not an agent after "by" or a preposition's
            // object).
            if n > 0 && by_object.is_none() {
                let own = |k: usize| ms[k].tb == m.first && ms[k].ta > cues[n - 1].last && words[ms[k].ta - 1] != "by" && after_preposition(words, ca, ms[k].ta).is_none();
                let from = idx.partition_point(|&k| ms[k].tb < m.first);
                if let Some(&k) = idx[from..].iter().take_while(|&&k| ms[k].tb == m.first).find(|&&k| own(k)) {
                    subj = vec![ms[k].actor];
                }
            }
            if g < 0.0 && by_object.is_none() {
                subj.extend(partners.iter().copied());
            }
            // A hostile act named by a noun after a determiner has no agent in the clause
            // ("published revelations about a 2011 shooting attack on the White House", "said
            // the war against Iran would fail"), unless a light verb makes it the subject's
            // ("launched an attack on"); after "its"/"their" it is the nearest actor's before it
            // ("accused the Nigerian military of abuses in its fight against Boko Haram").
            // (Cooperation nouns follow all sorts of verbs of their subject's: "reached an
            // agreement with", "has a partnership with".)
            // (A relation is the subject's own: "Cuba developed a highly antagonistic relationship
            // with the U.S.", "has strained ties with".)
            let relation = p.words.iter().any(|w| matches!(*w, "relations" | "relationship" | "ties"));
            let det = if p.goldstein < 0.0 && !relation { determiner_of(text, tokens, words, ca, m.first) } else { None };
            if let Some(det) = det {
                if matches!(words[det], "its" | "their") {
                    let before = idx.partition_point(|&k| ms[k].tb <= det);
                    subj.clear();
                    subj.extend(before.checked_sub(1).map(|k| ms[idx[k]].actor));
                } else if !(det > ca && LIGHT_VERBS.iter().any(|v| lexicon::inflects(words[det - 1], v))) {
                    subj.clear();
                }
            }
            // A participle right after a noun modifies it, and its agent is no actor of the
            // clause ("leaflets condemning Kim", "a report criticising X", "rebels backed by
            // Turkey"), unless a name heads the noun ("Kurdish fighters battling IS", "YPG
            // fighters supported by U.S. airstrikes") or the noun is the clause's talks ("talks
            // mediated by Chad"). Not a meeting ("a private meeting with").
            let n = m.first.saturating_sub(1);
            let w = words[n];
            let w0 = words[m.first];
            let participle = w0.ends_with("ing") && !meets || w0.ends_with("ed") && words.get(m.last + 1) == Some(&"by");
            if participle && n > ca && w != "talks" && tokens[n].kind == Kind::Word && !tokens[n - 1].is_capitalized(text) && !tokens[n].is_capitalized(text) {
                let noun = (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !in_list(BE, w) && !in_list(NOT_NOUNS, w)) || matches!(words[n - 1], "a" | "an" | "the" | "these" | "those");
                if noun {
                    subj.clear();
                }
            }
            sort_by(&mut subj, Ord::cmp);
            subj.dedup();
            if !object.is_empty() {
                // "thawing of tensions between U.S. and Russia"; not "routers that support
                // Wi-Fi and Bluetooth" (supporting both is no relation between them).
                // The object starts within five tokens of the cue (see `find_object`).
                let between = || (m.last + 1..(m.last + 6).min(cb)).any(|t| words[t] == "between");
                // Right after the cue, "between" names its sides even with a subject, not the
                // subject's opponents ("Pope Francis' appeal follows fighting between the
                // Rohingya and …"), and makes any cue mutual ("fighting between X and Y"); not
                // "blocked the highway between X and Y".
                // (Also a cue that ends in "between": "a holy war between X and Y", "talks between".)
                let sides = words[m.last + 1] == "between" || words[m.last] == "between";
                if sides || subj.is_empty() && object.len() >= 2 && between() {
                    for (x, &p1) in object.iter().enumerate() {
                        for &p2 in &object[x + 1..] {
                            add(p1, p2, false, !sides);
                        }
                    }
                    if sides {
                        continue;
                    }
                }
                for &s in &subj {
                    for &o in &object {
                        add(s, o, from_speaker, false);
                    }
                }
                // (Not an alliance named by a noun: "Jordan, a key ally of the U.S., bombed …" is
                // Jordan's act alone.)
                if g > 0.0 && words[m.last] != "of" {
                    partners.extend(object.iter().copied().filter(|o| !subject.contains(o)));
                }
            } else if subject.len() >= 2 && !from_speaker && !p.code.is_some_and(|c| c.starts_with("051")) && !words.get(m.last + 1).is_some_and(|w| matches!(*w, "her" | "him" | "it" | "me" | "them" | "us")) {
                // (Nor co-subjects acting on a pronoun: "X and Y might support it".)
                // Praise is directed at someone or something: co-subjects praising a thing ("X
                // and Y praised the attack") are on one side, not cooperating with each other.
                for (x, &p1) in subject.iter().enumerate() {
                    for &p2 in &subject[x + 1..] {
                        add(p1, p2, false, true);
                    }
                }
            }
        }
        if !subject.is_empty() && !from_speaker {
            prev_subject = subject;
        }
        if let Some(&k) = idx.last() {
            let kind = entities[ms[k].entity].kind;
            prev_last = Some((ms[k].actor, ms[k].tb, matches!(kind, EntityType::Gpe | EntityType::Loc)));
        }
    }
}

/// The object group of a cue: the first actor mention from token `from`, reached over link
/// words and at most one other lowercase word, before `until` and any punctuation or blocker;
/// then the actors coordinated after it.
#[allow(clippy::too_many_arguments)]
#[cfg_attr(size_attrs, optimize(size))]
fn find_object(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    ms: &[Mention],
    idx: &[usize],
    from: usize,
    until: usize,
    passive: bool,
) -> Vec<usize> {
    // A passive verb's object is its agent, after "by" ("were deported by Mexican
    // authorities"); "stabbed to death on a San Francisco train" has none.
    // The agent may follow a short phrase ("was shot in the head by a Crimson Front sniper",
    // "were arrested on Monday by police"), not a stop, a name, "and" or another "be".
    let start = idx.partition_point(|&k| ms[k].ta < from);
    let mut from = from;
    if passive {
        let name = idx.get(start).map_or(usize::MAX, |&k| ms[k].ta);
        let by = (from..until.min(from + 6).min(name)).take_while(|&t| tokens[t].kind == Kind::Word && !in_list(BE, words[t]) && words[t] != "and").find(|&t| words[t] == "by");
        // Or the owner of the strike it happened in ("was killed in a U.S. drone strike").
        let attack = |t: usize| t < words.len() && matches!(words[t].strip_suffix('s').unwrap_or(words[t]), "airstrike" | "attack" | "bombing" | "raid" | "strike");
        let in_strike = words.get(from) == Some(&"in") && words.get(from + 1).is_some_and(|w| matches!(*w, "a" | "an")) && name == from + 2 && idx.get(start).is_some_and(|&k| (ms[k].tb..ms[k].tb + 3).any(attack));
        match by {
            Some(t) => from = t,
            None if in_strike => from = name,
            None => return Vec::new(),
        }
    }
    let mut t = from;
    let mut gap = 0;
    let mut content = 0;
    while t < until && gap <= 4 {
        if let Some(j) = (start..idx.len().min(start + 1)).find(|&j| ms[idx[j]].ta == t) {
            let mut g = vec![idx[j]];
            let mut j = j;
            while j + 1 < idx.len() && g.len() < MAX_GROUP {
                let (p, q) = (&ms[idx[j]], &ms[idx[j + 1]]);
                // A title may stand before a conjunct ("between Donald Trump and President Putin").
                // A clause of its own begins at a name after a comma alone that a verb follows
                // ("If China attacks Taiwan, Japan would respond").
                let comma_only = (p.tb..q.ta).all(|u| words[u] == ",");
                let verb = q.tb < words.len() && (in_list(BE, words[q.tb]) || matches!(words[q.tb], "can" | "could" | "had" | "has" | "have" | "may" | "might" | "must" | "should" | "will" | "would") || word_flag(words[q.tb], W_SPEECH));
                let titled = |u: usize| u + 1 == q.ta && u > p.tb && tokens[u].is_capitalized(text) && Gazetteer::get().is_role(words[u]);
                let linked = (p.tb..q.ta).all(|u| in_list(COORD, words[u]) || titled(u)) || title_gap(words, p.tb, q.ta);
                if q.ta <= until.max(p.tb) && q.ta > p.tb && q.ta - p.tb <= 3 && linked && !(comma_only && verb) {
                    // ("European Council President Donald Tusk" is one side: the body names it.)
                    if !title_gap(words, p.tb, q.ta) {
                        g.push(idx[j + 1]);
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            return distinct_actors(ms, &g);
        }
        let w = words[t];
        // An object pronoun is the object ("accused Nassar of abusing them with …").
        if tokens[t].kind == Kind::Punct && !matches!(tokens[t].text(text), "-") || in_list(BLOCKERS, w) || matches!(w, "him" | "it" | "me" | "them" | "us") {
            return Vec::new();
        }
        if content > 0 && in_list(LINKS, w) && tokens[t - 1].kind == Kind::Word && !in_list(LINKS, words[t - 1]) && !in_list(OBJECT_LINKS, w) {
            return Vec::new();
        }
        if !in_list(LINKS, w) {
            content += 1;
            let verbish = w.ends_with("ing") || w.ends_with("ed");
            if content > 1 || verbish || tokens[t].is_capitalized(text) {
                return Vec::new();
            }
        }
        gap += 1;
        t += 1;
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn lists_are_sorted() {
        for list in [
            SPEECH, SPORT_WORDS, CLAUSE_WORDS, LINKS, BLOCKERS, DIRECTIONS, IRREGULARS, PLACE, COORD, DETERMINERS, PREPOSITIONS, ADJ_ENDINGS, LIGHT_VERBS, NOUN_CUES, BE, REFUSALS, DEESCALATE, EXITS, REQUESTS, OBJECT_LINKS, MUTUAL, CIVILIANS,
            PRIVATE_ROLES, FIRST_PERSON, FUNCTION_ONLY, SUBJECT_OPENERS, TIME_ADVERBS, AGENTS, COMPOUND_HEADS, SUBJECT_PREPS, TOWNS, NOT_NOUNS, OCCASIONS, OPENERS, FRONT_PREPOSITIONS, PERSON_NOUNS,
        ] {
            assert!(list.sorted(), "{list:?}");
        }
    }

    /// Builds entities from (name, type, acts_for) by finding every occurrence of the name.
    fn entities(text: &str, spec: &[(&str, EntityType, Option<usize>)]) -> Vec<Entity> {
        spec.iter()
            .map(|&(name, kind, acts_for)| {
                let mut e = Entity::new(name, kind);
                e.acts_for = acts_for;
                e.mentions = text.match_indices(name).map(|(i, _)| Span::new(i, i + name.len())).collect();
                e
            })
            .collect()
    }

    fn run(text: &str, ents: &[Entity]) -> Vec<(String, String, f32, Vec<String>)> {
        let tokens = tokenize(text);
        let spans = crate::sentence::split(text, &tokens);
        let sents = crate::sentiment::score_sentences(text, &tokens, &spans);
        analyze(text, &tokens, &sents, ents)
            .into_iter()
            .map(|s| {
                (
                    ents[s.source].name.clone(),
                    ents[s.target].name.clone(),
                    s.score,
                    s.cues.iter().map(|c| format!("{}={}", c.span.of(text), c.rule)).collect(),
                )
            })
            .collect()
    }

    fn score(pairs: &[(String, String, f32, Vec<String>)], x: &str, y: &str) -> Option<f32> {
        pairs.iter().find(|p| (p.0 == x && p.1 == y) || (p.0 == y && p.1 == x)).map(|p| p.2)
    }

    use EntityType::*;

    #[test]
    fn table() {
        // (text, entities, expected signs: (a, b, +1 / -1 / 0 for no pair))
        type Case<'a> = (&'a str, &'a [(&'a str, EntityType, Option<usize>)], &'a [(&'a str, &'a str, i8)]);
        let cases: &[Case] = &[
            (
                "France and Germany agreed to share intelligence.",
                &[("France", Gpe, None), ("Germany", Gpe, None)],
                &[("France", "Germany", 1)],
            ),
            (
                "France agreed to cooperate with Germany to crush the rebels of Ruritania.",
                &[("France", Gpe, None), ("Germany", Gpe, None), ("Ruritania", Gpe, None)],
                &[("France", "Germany", 1), ("France", "Ruritania", 0)],
            ),
            (
                "France agreed to cooperate with Germany to crush Ruritania.",
                &[("France", Gpe, None), ("Germany", Gpe, None), ("Ruritania", Gpe, None)],
                &[("France", "Germany", 1), ("France", "Ruritania", -1), ("Germany", "Ruritania", -1)],
            ),
            (
                "Paris is willing to work with Berlin in the fight against terrorism.",
                &[("France", Gpe, None), ("Germany", Gpe, None), ("Paris", Gpe, Some(0)), ("Berlin", Gpe, Some(1))],
                &[("France", "Germany", 1)],
            ),
            (
                "Ruritania condemned Freedonia on Monday.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            (
                "Ruritania did not condemn Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            (
                "Smith said that Freedonia must withdraw. Smith warned Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Smith", Person, Some(0))],
                &[("Ruritania", "Freedonia", -1)],
            ),
            (
                "The two sides still have differences of opinion, said Smith. Ruritania and Freedonia signed a peace deal.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Smith", Person, Some(0))],
                &[("Ruritania", "Freedonia", 1)],
            ),
            (
                "Officials met in Paris to discuss Freedonia, according to the Daily Planet.",
                &[("Paris", Gpe, None), ("Freedonia", Gpe, None), ("Daily Planet", Org, None)],
                &[("Paris", "Freedonia", 0), ("Daily Planet", "Freedonia", 0)],
            ),
            (
                "The announcement signals a thawing of tensions between Ruritania and Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            (
                "Smith said Ruritania still has differences of opinion with Freedonia over trade.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Smith", Person, None)],
                &[("Ruritania", "Freedonia", -1), ("Smith", "Ruritania", 0)],
            ),
            // A clause without an actor before its cue inherits the previous clause's subject,
            // unless it has a subject of its own.
            (
                "Ruritania met Freedonia on Monday, but then warned Valdoria.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Valdoria", Gpe, None)],
                &[("Ruritania", "Valdoria", -1)],
            ),
            (
                "Ruritania met Freedonia on Monday, but since then a series of analysts have come forward to criticise Valdoria.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Valdoria", Gpe, None)],
                &[("Ruritania", "Valdoria", 0), ("Freedonia", "Valdoria", 0)],
            ),
            // Names joined by commas alone are no list of co-subjects.
            (
                "Speaking to Smith, Jones condemned Acme.",
                &[("Smith", Person, None), ("Jones", Person, None), ("Acme", Org, None)],
                &[("Smith", "Acme", 0), ("Jones", "Acme", -1)],
            ),
            (
                "Smith, Jones's deputy, condemned Acme.",
                &[("Smith", Person, None), ("Jones", Person, None), ("Acme", Org, None)],
                &[("Smith", "Acme", -1), ("Jones", "Acme", -1)],
            ),
            (
                "Ruritania, Freedonia and Valdoria signed a peace deal.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Valdoria", Gpe, None)],
                &[("Ruritania", "Freedonia", 1), ("Ruritania", "Valdoria", 1), ("Freedonia", "Valdoria", 1)],
            ),
            // A cue that opens a compound for people or a body is no act ("aid worker").
            (
                "The video showed Ruritania aid worker Smith.",
                &[("Ruritania", Gpe, None), ("Smith", Person, None)],
                &[("Smith", "Ruritania", 0)],
            ),
            (
                "Ruritania will aid Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            // A nationality adjective acts only before an agent noun.
            (
                "Ruritanian fighters attacked the Freedonian town.",
                &[("Ruritanian", Norp, None), ("Freedonian", Norp, None)],
                &[("Ruritanian", "Freedonian", 0)],
            ),
            (
                "Ruritanian fighters attacked the Freedonian special forces.",
                &[("Ruritanian", Norp, None), ("Freedonian", Norp, None)],
                &[("Ruritanian", "Freedonian", -1)],
            ),
            (
                "They hope for a Ruritanian-Freedonian peace deal.",
                &[("Ruritanian", Norp, None), ("Freedonian", Norp, None)],
                &[("Ruritanian", "Freedonian", 1)],
            ),
            (
                "Ruritanian border police clashed with Freedonian officials.",
                &[("Ruritanian", Norp, None), ("Freedonian", Norp, None)],
                &[("Ruritanian", "Freedonian", -1)],
            ),
            // Sports results are not diplomacy-style stance (decided for the Goldstein scale):
            // a score in the sentence drops fight/assault cues; "beat" and "win" are no cues.
            (
                "Minnesota defeated Buffalo 3-2 on Tuesday.",
                &[("Minnesota", Org, None), ("Buffalo", Org, None)],
                &[("Minnesota", "Buffalo", 0)],
            ),
            ("Minnesota beat Buffalo 3-2.", &[("Minnesota", Org, None), ("Buffalo", Org, None)], &[("Minnesota", "Buffalo", 0)]),
            (
                "Ruritania defeated Freedonia in the border war.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            // A cue used as a noun or adjective is no interaction.
            ("Smith stopped 27 shots against Jones.", &[("Smith", Person, None), ("Jones", Person, None)], &[("Smith", "Jones", 0)]),
            ("Brown added three assists to lead Boston.", &[("Brown", Person, None), ("Boston", Org, None)], &[("Brown", "Boston", 0)]),
            (
                "Smith, who subbed for the struggling Jones, stopped everything.",
                &[("Smith", Person, None), ("Jones", Person, None)],
                &[("Smith", "Jones", 0)],
            ),
            (
                "Ruritania and Freedonia are under enormous pressure.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania launched a renewed assault on Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            // Co-subjects of a conflict cue are on the same side, unless the cue is mutual.
            (
                "Ruritania and Freedonia attacked the rebels.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania and Freedonia clashed on Monday.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            (
                "Ruritania and Freedonia did not coordinate their plans.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            // "the X shooting" with no object names an event, no attack by X; "the Kurds
            // fighting ISIS" stays the Kurds' fight.
            (
                "Ruritania blamed the Varnholm bombing on the Crimson Front.",
                &[("Ruritania", Gpe, None), ("Varnholm", Gpe, None), ("Crimson Front", Org, None)],
                &[("Varnholm", "Crimson Front", 0)],
            ),
            (
                "The Kurds fighting the Crimson Front are exhausted.",
                &[("Kurds", Norp, None), ("Crimson Front", Org, None)],
                &[("Kurds", "Crimson Front", -1)],
            ),
            // Co-subjects praising a thing are on one side, not cooperating with each other.
            (
                "Backers of groups like the Crimson Front and the Azure Brigade praised the attack.",
                &[("Crimson Front", Org, None), ("Azure Brigade", Org, None)],
                &[("Crimson Front", "Azure Brigade", 0)],
            ),
            (
                "Ruritania and Freedonia agreed on a plan.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            // A hostile act named by a noun after a determiner has no agent in the clause, unless
            // a light verb makes it the subject's; "its"/"their" name the nearest actor.
            (
                "The Azure Times published revelations about a 2011 shooting attack on the Crimson Front.",
                &[("Azure Times", Org, None), ("Crimson Front", Org, None)],
                &[("Azure Times", "Crimson Front", 0)],
            ),
            (
                "Ruritania said the war against Freedonia would fail.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania joined the war against Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            (
                "The Azure Times accused Ruritania of abuses in its war against the Crimson Front.",
                &[("Azure Times", Org, None), ("Ruritania", Gpe, None), ("Crimson Front", Org, None)],
                &[("Azure Times", "Crimson Front", 0), ("Ruritania", "Crimson Front", -1)],
            ),
            (
                "The Azure Times accused Ruritania of waging the war against the Crimson Front.",
                &[("Azure Times", Org, None), ("Ruritania", Gpe, None), ("Crimson Front", Org, None)],
                &[("Azure Times", "Crimson Front", 0), ("Ruritania", "Crimson Front", -1)],
            ),
            (
                "Ruritania reached an agreement with Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            // "who" refers to a person or group, not to the place just before it.
            (
                "Ann Lee, of Vale, Ruritania, who studied in Freedonia, later joined the Crimson Front.",
                &[("Ann Lee", Person, None), ("Vale", Gpe, None), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Crimson Front", Org, None)],
                &[("Ruritania", "Crimson Front", 0), ("Freedonia", "Crimson Front", 0)],
            ),
            // A comma closes a relative clause: the verb after it is the antecedent's.
            (
                "The Crimson Front, which controls parts of Ruritania, annexed Freedonia's second city.",
                &[("Crimson Front", Org, None), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Crimson Front", "Freedonia", -1), ("Ruritania", "Freedonia", 0)],
            ),
            // Adjacent names are a modifier and its head, not coordinated actors.
            (
                "The Lurian Crimson Front claimed responsibility for shooting down the helicopter.",
                &[("Luria", Gpe, None), ("Crimson Front", Org, None), ("Lurian", Norp, Some(0))],
                &[("Luria", "Crimson Front", 0)],
            ),
            // Private persons listed together are not cooperating actors.
            (
                "The tour will feature Ann Lee, Bo Chan and Cy Dean together.",
                &[("Ann Lee", Person, None), ("Bo Chan", Person, None), ("Cy Dean", Person, None)],
                &[("Ann Lee", "Bo Chan", 0), ("Bo Chan", "Cy Dean", 0)],
            ),
            // "a/an <name> <private noun>" is a modifier; a state's agent keeps the name an actor.
            (
                "A New York man pleaded guilty to threatening to kill a Freedonia official.",
                &[("New York", Gpe, None), ("Freedonia", Gpe, None)],
                &[("New York", "Freedonia", 0)],
            ),
            (
                "A Ruritania official warned Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            ("Apple hired a former Google engineer.", &[("Apple", Org, None), ("Google", Org, None)], &[("Apple", "Google", 0)]),
            // A name before an occasion of its own is where, not who.
            (
                "Ann Lee and Bo Chan were pictured together at the Varna Rovers game.",
                &[("Ann Lee", Person, None), ("Bo Chan", Person, None), ("Varna Rovers", Org, None)],
                &[("Ann Lee", "Varna Rovers", 0), ("Bo Chan", "Varna Rovers", 0)],
            ),
            // A passive verb's object is its agent after "by".
            (
                "A man has been stabbed to death on a Ruritania train, Freedonia says.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            // Where fighters or a base come from is no state acting: militants of a country's
            // nationality, a place they are based in, former officials, a hometown in an
            // apposition; a nationality that is a group of its own acts, and so do a state's jets.
            (
                "Somalia held elections. The Somali militants forged an alliance with al-Qaeda.",
                &[("Somalia", Gpe, None), ("al-Qaeda", Org, None), ("Somali", Norp, Some(0))],
                &[("Somalia", "al-Qaeda", 0)],
            ),
            (
                "Kurdish fighters battled the Crimson Front near the border.",
                &[("Kurdish", Norp, None), ("Crimson Front", Org, None)],
                &[("Kurdish", "Crimson Front", -1)],
            ),
            (
                "Freedonian troops have been battling Ruritania-based militants near the border.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None), ("Freedonian", Norp, Some(0))],
                &[("Freedonia", "Ruritania", 0)],
            ),
            (
                "Former Freedonian officials condemned Ruritania. Freedonian officials condemned Luria.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None), ("Luria", Gpe, None), ("Freedonian", Norp, Some(0))],
                &[("Freedonia", "Ruritania", 0), ("Freedonia", "Luria", -1)],
            ),
            (
                "Ivo Marek, of Lakeview, attacked Freedonian soldiers. Freedonian fighter jets bombed Ruritania.",
                &[("Ivo Marek", Person, None), ("Lakeview", Gpe, None), ("Freedonia", Gpe, None), ("Ruritania", Gpe, None), ("Freedonian", Norp, Some(2))],
                &[("Lakeview", "Freedonia", 0), ("Ivo Marek", "Freedonia", -1), ("Freedonia", "Ruritania", -1)],
            ),
            (
                "Ruritanians were deported by Freedonia on Monday.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Ruritanians", Norp, Some(0))],
                &[("Ruritania", "Freedonia", -1)],
            ),
            // Negated material conflict is no evidence; a refusal negates like "not".
            (
                "Ruritania did not attack Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania refused to meet Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            (
                "Ruritania canceled a meeting with Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            // The speaker stands in only for "we" or an empty subject.
            (
                "Smith noted that steroids will help with Acme.",
                &[("Smith", Person, None), ("Acme", Org, None)],
                &[("Smith", "Acme", 0)],
            ),
            // A relative clause refers to the name right before it.
            (
                "Ruritania sells routers that support Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania, which fought Freedonia last year, is rearming.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            (
                "It was a Ruritania strike that killed the Freedonia commander.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            // An object group without a subject is paired within itself only after "between".
            (
                "The new chips support Ruritania and Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            // Joining an organisation is membership; a content word then "on" ends the object search.
            ("Smith joined Acme in 2004.", &[("Smith", Person, None), ("Acme", Org, None)], &[("Smith", "Acme", 0)]),
            (
                "Smith works with the couple on Acme.",
                &[("Smith", Person, None), ("Acme", Org, None)],
                &[("Smith", "Acme", 0)],
            ),
            // A listed city or state is a place, not an actor, unless its agents act.
            (
                "The bases in Aleppo and Raqqa were captured by Islamic State forces.",
                &[("Islamic State", Org, None), ("Aleppo", Gpe, None), ("Raqqa", Gpe, None)],
                &[("Islamic State", "Aleppo", 0), ("Islamic State", "Raqqa", 0)],
            ),
            (
                "The strike on the stronghold of Mosul killed Omar Haddad.",
                &[("Mosul", Gpe, None), ("Omar Haddad", Person, None)],
                &[("Mosul", "Omar Haddad", 0)],
            ),
            (
                "Baltimore police arrested Omar Haddad in June.",
                &[("Baltimore", Gpe, None), ("Omar Haddad", Person, None)],
                &[("Baltimore", "Omar Haddad", -1)],
            ),
            (
                "Texas officials condemned Ruritania.",
                &[("Texas", Gpe, None), ("Ruritania", Gpe, None)],
                &[("Texas", "Ruritania", -1)],
            ),
            // A name right before a private person's noun is whose the person is, not an actor;
            // a chief speaks for the body.
            (
                "Ruritania rescued the US journalist.",
                &[("Ruritania", Gpe, None), ("US", Gpe, None)],
                &[("Ruritania", "US", 0)],
            ),
            (
                "US citizens were attacked by Ruritania.",
                &[("Ruritania", Gpe, None), ("US", Gpe, None)],
                &[("Ruritania", "US", 0)],
            ),
            (
                "Acme chief Ann Lee criticized Globex.",
                &[("Acme", Org, None), ("Globex", Org, None)],
                &[("Acme", "Globex", -1)],
            ),
            // The state's arms and missions act for it.
            (
                "Ruritania shot down a Freedonian jet near the border.",
                &[("Ruritania", Gpe, None), ("Freedonian", Norp, None)],
                &[("Ruritania", "Freedonian", -1)],
            ),
            // Support against someone is conflict with them.
            (
                "Freedonia won broad support against Ruritania.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None)],
                &[("Freedonia", "Ruritania", -1)],
            ),
            // "accused X of supporting Y": the gerund's subject is X.
            (
                "Freedonia condemned Ruritania for attacking Valdoria.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None), ("Valdoria", Gpe, None)],
                &[("Freedonia", "Ruritania", -1), ("Ruritania", "Valdoria", -1), ("Freedonia", "Valdoria", 0)],
            ),
            (
                "Freedonia urged Ruritania not to snub Valdoria in favor of inviting Luria.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None), ("Valdoria", Gpe, None), ("Luria", Gpe, None)],
                &[("Valdoria", "Luria", 0)],
            ),
            (
                "Freedonia accused western diplomats of supporting the Ruritania government.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None)],
                &[("Freedonia", "Ruritania", 0)],
            ),
            // Whom a speaker tells is no actor of the clause, unless told to act.
            (
                "The prosecutors told Globex News that they could have prosecuted Acme.",
                &[("Globex News", Org, None), ("Acme", Org, None)],
                &[("Globex News", "Acme", 0)],
            ),
            (
                "In an interview with Globex, Ruritania's leader accused Freedonia of lying.",
                &[("Globex", Org, None), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Globex", "Freedonia", 0), ("Ruritania", "Freedonia", -1)],
            ),
            (
                "Freedonia told Ruritania to stop attacking Valdoria.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None), ("Valdoria", Gpe, None)],
                &[("Ruritania", "Valdoria", -1)],
            ),
            // A conflict named as a thing being ended is none between the clause's actors; a
            // verb right after the ending word still is one.
            (
                "France and Germany issued a statement aimed at defusing the conflict.",
                &[("France", Gpe, None), ("Germany", Gpe, None)],
                &[("France", "Germany", 0)],
            ),
            (
                "The masked man urged Ruritania to stop fighting Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            // A dateline is a place.
            (
                "LAGOS \u{2014} Ruritania announced a truce with Freedonia.",
                &[("LAGOS", Gpe, None), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("LAGOS", "Freedonia", 0), ("Ruritania", "Freedonia", 1)],
            ),
            // "fight with X" may be on X's side or against X: no pair; "alongside X" is on X's
            // side; "clashed with" stays.
            (
                "Ruritania sent volunteers to fight with Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania fought alongside Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            (
                "Ruritania fought with Freedonia in the war.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania clashed with Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", -1)],
            ),
            // Two private persons meeting is no consultation between actors.
            ("Ann Lee met Bo Chan on a dating app.", &[("Ann Lee", Person, None), ("Bo Chan", Person, None)], &[("Ann Lee", "Bo Chan", 0)]),
            ("Ann Lee met with Acme.", &[("Ann Lee", Person, None), ("Acme", Org, None)], &[("Ann Lee", "Acme", 1)]),
            // "thanks to X" is "because of X".
            (
                "Ruritania grew rich thanks to Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania thanked Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            // A ruling, ban or sanction set aside or overturned is undone, no conflict.
            ("Globex set aside a $5 million award against Acme.", &[("Globex", Org, None), ("Acme", Org, None)], &[("Globex", "Acme", 0)]),
            ("Globex won a $5 million award against Acme.", &[("Globex", Org, None), ("Acme", Org, None)], &[("Globex", "Acme", -1)]),
            (
                "Freedonia overturned the sanctions against Ruritania.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None)],
                &[("Freedonia", "Ruritania", 0)],
            ),
            (
                "Freedonia imposed sanctions against Ruritania.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None)],
                &[("Freedonia", "Ruritania", -1)],
            ),
            // The object of a preposition is no subject, unless the cue or "to" follows it.
            (
                "The strike on the Acme stronghold killed Ann Lee.",
                &[("Acme", Org, None), ("Ann Lee", Person, None)],
                &[("Acme", "Ann Lee", 0)],
            ),
            (
                "An aide to Omar Haddad was killed by Ruritania.",
                &[("Omar Haddad", Person, None), ("Ruritania", Gpe, None)],
                &[("Omar Haddad", "Ruritania", 0)],
            ),
            (
                "Freedonia sent arms to Ruritanian fighters battling Acme.",
                &[("Freedonia", Gpe, None), ("Ruritanian", Norp, None), ("Acme", Org, None)],
                &[("Ruritanian", "Acme", -1)],
            ),
            (
                "It is time for Freedonia to help Ruritania.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None)],
                &[("Freedonia", "Ruritania", 1)],
            ),
            // A GPE the article calls a town is a place, like a listed city.
            (
                "Acme attacked Kobu, a small town near the border.",
                &[("Acme", Org, None), ("Kobu", Gpe, None)],
                &[("Acme", "Kobu", 0)],
            ),
            (
                "Acme fighters besieged the town of Kobu. On Monday Acme attacked Kobu again.",
                &[("Acme", Org, None), ("Kobu", Gpe, None)],
                &[("Acme", "Kobu", 0)],
            ),
            ("Acme attacked Kobu again.", &[("Acme", Org, None), ("Kobu", Gpe, None)], &[("Acme", "Kobu", -1)]),
            // Hyphen-joined names before a noun that is no cue modify it.
            (
                "Freedonia pointed to improving Ruritania-Valdoria relations.",
                &[("Freedonia", Gpe, None), ("Ruritania", Gpe, None), ("Valdoria", Gpe, None)],
                &[("Ruritania", "Valdoria", 1)],
            ),
            (
                "The Ruritania-Freedonia border was not supported by Valdoria.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Valdoria", Gpe, None)],
                &[("Ruritania", "Freedonia", 0), ("Ruritania", "Valdoria", 0)],
            ),
            // An object pronoun is the object; a meeting "on X" is about X.
            (
                "Ruritania attacked them with Freedonia's help.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania will host a meeting on Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania will host a meeting with Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 1)],
            ),
            // "between" right after a cue names its two sides, not the subject's opponents.
            (
                "Smith's appeal follows fighting between Ruritania and Freedonia.",
                &[("Smith", Person, None), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Smith", "Ruritania", 0), ("Ruritania", "Freedonia", -1)],
            ),
            (
                "Acme blocked the road between Ruritania and Freedonia.",
                &[("Acme", Org, None), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            // A place's conjunct is a place too; a place before "to V" is not its agent.
            (
                "Recruits travel to Ruritania and Freedonia and work with the Acme Front.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Acme Front", Org, None)],
                &[("Freedonia", "Acme Front", 0), ("Ruritania", "Acme Front", 0)],
            ),
            (
                "Smith crossed into Ruritania to fight the Acme Front.",
                &[("Smith", Person, Some(2)), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Acme Front", Org, None)],
                &[("Ruritania", "Acme Front", 0), ("Freedonia", "Acme Front", -1)],
            ),
            // Families are private persons, not their country.
            (
                "Acme encouraged US families to prepare.",
                &[("Acme", Org, None), ("US", Gpe, None)],
                &[("Acme", "US", 0)],
            ),
            // Putting something together is no cooperation; bringing two sides together is.
            (
                "Ruritania put together a coalition. Freedonia brought Ruritania and Acme together.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Acme", Org, None)],
                &[("Ruritania", "Acme", 1)],
            ),
            (
                "Smith said Ruritania must put together a Freedonia Party that everybody trusts.",
                &[("Smith", Person, None), ("Ruritania", Gpe, None), ("Freedonia Party", Org, None)],
                &[("Ruritania", "Freedonia Party", 0), ("Smith", "Freedonia Party", 0)],
            ),
            // God is no actor.
            (
                "Smith thanked God and praised Ruritania.",
                &[("Smith", Person, Some(2)), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("God", Person, None)],
                &[("Ruritania", "God", 0), ("Freedonia", "Ruritania", 1)],
            ),
            // A later verb right after a name of its own is that name's.
            (
                "Ruritania condemned the sanctions Freedonia imposed on Acme.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Acme", Org, None)],
                &[("Ruritania", "Acme", 0), ("Freedonia", "Acme", -1)],
            ),
            // What something is linked to does not act; failing to act is not acting.
            (
                "Smith met a Ruritania-linked lawyer and blocked Freedonia-related inquiries.",
                &[("Smith", Person, Some(3)), ("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Acme", Org, None)],
                &[("Acme", "Ruritania", 0), ("Acme", "Freedonia", 0)],
            ),
            (
                "Smith was blamed for failing to crack down on Ruritania.",
                &[("Smith", Person, Some(2)), ("Ruritania", Gpe, None), ("Acme", Org, None)],
                &[("Acme", "Ruritania", 0)],
            ),
            // A participle after a noun is the noun's: its agent is no actor of the clause.
            (
                "Ruritania objected to leaflets condemning Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritania attacked rebels backed by Freedonia.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None)],
                &[("Ruritania", "Freedonia", 0)],
            ),
            (
                "Ruritanian fighters backed by Freedonia attacked Acme.",
                &[("Ruritanian", Norp, None), ("Freedonia", Gpe, None), ("Acme", Org, None)],
                &[("Ruritanian", "Freedonia", 1), ("Ruritanian", "Acme", -1)],
            ),
            (
                "Ruritania held talks mediated by Freedonia, after a private meeting with Acme.",
                &[("Ruritania", Gpe, None), ("Freedonia", Gpe, None), ("Acme", Org, None)],
                &[("Ruritania", "Freedonia", 1), ("Ruritania", "Acme", 1)],
            ),
        ];
        // Every failing case is reported, not only the first.
        let mut failures = Vec::new();
        for (text, spec, want) in cases {
            let ents = entities(text, spec);
            let got = run(text, &ents);
            for &(x, y, sign) in *want {
                let s = score(&got, x, y);
                let ok = match sign {
                    0 => s.is_none(),
                    1 => s.is_some_and(|v| v > 0.0),
                    _ => s.is_some_and(|v| v < 0.0),
                };
                if !ok {
                    failures.push(format!("{text:?}: {x}–{y} want {sign}, got {got:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
    }

    #[test]
    fn cues_explain_scores() {
        let text = "The United States and Russia agreed to cooperate, despite differences of opinion.";
        let ents = entities(text, &[("United States", Gpe, None), ("Russia", Gpe, None)]);
        let got = run(text, &ents);
        assert_eq!(got.len(), 1);
        let (_, _, s, cues) = &got[0];
        assert!(*s > 0.0);
        assert!(cues.contains(&"agreed=cameo:cooperate".to_string()), "{cues:?}");
        assert!(cues.contains(&"differences of opinion=cameo:disapprove".to_string()), "{cues:?}");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in ["", "🙂", "and and and", "\"", "Zoë agreed.", &"agree ".repeat(2000)] {
            let ents = entities(text, &[("Zoë", Person, None), ("agree", Org, Some(7))]);
            let _ = run(text, &ents);
        }
    }
}
