//! Candidate mentions from rules and gazetteers, typed by context.
//!
//! One left-to-right pass per sentence; at each token, in order:
//!
//! 1. `date::match_at` (DATE, TIME);
//! 2. courtesy titles (`Mr.`, `Gen.`; `Mr`, `Dr` without the stop) and roles (`Secretary of
//!    State`, `foreign minister`, `Colonel`): never entities themselves, they type and describe
//!    the name that follows; a place or demonym just before a role (`U.S.`, `Russian`) is the
//!    country the person acts for;
//! 3. a body named with a comma list of its fields ("… Educational, Scientific and Cultural
//!    Organization"), else the longest gazetteer phrase (places, organisations, well-known
//!    persons, groups);
//! 4. otherwise a stretch of capitalised words, joined by connectors (`of`, `on`, `bin`) when
//!    the stretch is an organisation-like name (`Conference on International Support to
//!    Libya`, `Bank of England`), by a possessive before a body's or a place's tail word
//!    (`St Brede's Girls' School`) and by an award's field (`Nobel Prize in Physics`), typed by
//!    cue words, given names, titles and context. A field of study after "in" or "of" is no name.
//!
//! A capitalised common word opening a sentence is no name. In headline-like lines (most
//! words capitalised) unknown stretches are only kept when they match a name found in the
//! body (`weak`); lines in capitals only type nothing themselves. A plural- or adjective-looking
//! opener ("Analysts", "Regional") is no name unless seen capitalised mid-sentence. Roles
//! ("CEO", "coach", "ex-CEO") and "Former" never join a name. A lone unknown word with no
//! evidence of its type is `bare`: in an article (5+ sentences) it is kept only if it joins a
//! typed name or recurs (then ORG, see `merge`); in a short text it stays a PERSON guess.
//! A model can later add candidates at step 3 or 4 (see `mod.rs`).

use crate::case::Lowercase as _;
use crate::words::Words;
use std::cell::RefCell;
use super::model::FastSet;

use super::date;
use super::gazetteer::{push_key, Gazetteer, Hit, NORP_WORDS};
use super::model::{Tagged, Tags};
use crate::span::Span;
use crate::token::{Kind, Token};
use crate::EntityType;

pub(crate) mod appositions;
mod encyclopaedic;
mod sports;

/// How a candidate was typed: strong evidence, or a default that merging may revise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    Gazetteer,
    Rule,
    Default,
}

impl Evidence {
    /// At least `Rule`: a model entity is typed by evidence, never by a default.
    fn max_rule(self) -> Evidence {
        if self == Evidence::Default {
            Evidence::Rule
        } else {
            self
        }
    }
}

#[derive(Clone, Debug)]
pub struct Candidate {
    pub span: Span,
    /// Token range [start, end).
    pub tokens: (usize, usize),
    pub kind: EntityType,
    pub evidence: Evidence,
    /// Canonical name from a gazetteer.
    pub canon: Option<&'static str>,
    /// Country a capital or demonym stands for.
    pub country: Option<&'static str>,
    pub role: Option<String>,
    /// Candidate index of the place or demonym in this person's title ("U.S." in "U.S. Secretary
    /// of State John Kerry").
    pub role_of: Option<usize>,
    pub sentence: usize,
    /// At the start of its sentence or right before a reporting verb.
    pub subject: bool,
    /// From a headline-like line; kept only if it joins an entity found elsewhere.
    pub weak: bool,
    /// A lone unknown word with no evidence of its type (see `type_stretch`).
    pub bare: bool,
    /// Typed by the words around it ("hurricanes Harvey and Irma", see `retype`): the name's
    /// other mentions take this type when merged.
    pub sure: bool,
}

/// Words that end a company's or a body's name and no person's (unlike "Bank", "Church",
/// "Post" or "Times" of [`ORG_TAILS`]). Sorted.
const BODY_TAILS: Words = Words(
    "Academy|Agency|Airlines|Airways|Association|Authority|Bancorp|Bancshares|Books|Brands|Bureau|Cables|Chemical|Chemicals|\
     College|Commission|Committee|Communications|Company|Controls|Corp|Corporation|Council|Department|Electronics|Embassy|\
     Enterprises|Entertainment|Federation|Foods|Foundation|GmbH|Holdings|Hospital|Inc|Industries|Institute|Insurance|LLC|\
     Laboratories|Ltd|Media|Ministry|Motors|Museum|Organisation|Organization|Pharmaceuticals|Pictures|Plc|Productions|\
     Publishing|Records|Securities|Studios|Systems|Technologies|University|plc",
);

/// Words that end an organisation's name. Sorted.
pub(crate) const ORG_TAILS: Words = Words(
    "ASA|Academy|Agency|Airlines|Airways|Albion|Alliance|Army|Assembly|Association|Athletic|Authority|Ballet|Bank|\
     Battalion|Bhd|Board|Brigade|Brigades|Bureau|Center|Centre|Choir|Church|Club|Co|Coalition|College|Command|Commission|\
     Committee|Communications|Company|Conference|Congress|Corp|Corporation|Corps|Council|Court|Daily|Department|\
     Division|Electronics|Embassy|Energy|Enterprises|Entertainment|Exchange|FC|Federation|Fleet|Force|Forces|Forum|\
     Foundation|Front|Fund|Gazette|GmbH|\
     Group|Guard|Herald|Holdings|Hospital|Inc|Industries|Institute|Insurance|Journal|LLC|Laboratories|Labs|League|Ltd|\
     Media|Ministry|Motor|Motors|Movement|Museum|NV|Navy|Network|News|Observatory|Office|Orchestra|Organisation|\
     Organization|Oyj|PLC|Parliament|Partners|Party|Petroleum|Pharmaceuticals|Philharmonic|Pictures|Plc|Police|Post|\
     Press|Program|Programme|Records|Regiment|Resources|Rovers|School|Securities|Service|Services|Society|SpA|Squadron|Studios|Systems|\
     Tbk|Technologies|Telecom|Telegraph|Times|Tribune|Union|United|University|Wanderers|plc",
);

/// A word that says what kind of body, place or event a name is ("Institute", "River", "Cup").
pub(crate) fn named_by(w: &str) -> bool {
    ORG_TAILS.has(w) || ORG_HEADS.has(w) || LOC_TAILS.has(w) || LOC_HEADS.has(w) || EVENT_TAILS.has(w)
}

/// Words that open a place's name ("Lake Chad", "Gulf of Aden"); with a connector they may
/// contain a known name. Sorted.
const LOC_HEADS: Words = Words("Bay|Cape|Gulf|Isle|Lake|Mount|Mt|Palace|Palais|Strait|Straits");

/// Words that end a place's name ("Niger River", "Rocky Mountains", "Orange County", "Ottoman
/// Empire"), buildings and sites included ("Wembley Stadium": there is no facility type). Sorted.
const LOC_TAILS: Words = Words(
    "Abbey|Airport|Arena|Avenue|Basin|Bay|Beach|Blvd|Boulevard|Bridge|Canal|Canyon|Cathedral|Coast|County|Creek|Delta|Desert|\
     District|Empire|Expressway|Falls|Forest|Freeway|Glacier|Gulf|Harbor|Harbour|Highlands|Highway|Hills|Island|Islands|Lagoon|\
     Lake|Monument|Mosque|Mountain|Mountains|Ocean|Park|Parkway|Peninsula|Plateau|Prefecture|Province|Range|Reef|River|Road|Sea|\
     Square|Stadium|Strait|Street|Tower|Turnpike|Valley",
);

/// Capitals-only words that are common nouns, not names ("SUV", "CEO"), lowercase. Sorted.
const CAPS_COMMON: Words = Words(
    "ai|am|atm|awd|ceo|cfo|coo|cto|diy|dna|ev|faq|gdp|gps|hd|hr|id|ipo|lcd|led|ok|pc|pm|pro|suv|tv|ufo|url|usb|vip|\
     vp",
);

/// Words that are never a name, nor start one, anywhere. Lowercase, sorted.
const NEVER: Words = Words("ex|former|i");

/// Words that open an organisation's name before a connector ("Ministry of ..."). Sorted.
pub(crate) const ORG_HEADS: Words = Words(
    "Academy|Agency|Alliance|Bank|Board|Bureau|Center|Centre|Coalition|College|Commission|Committee|Conference|\
     Council|Court|Department|Federation|Forum|Foundation|Front|Fund|Institute|League|Ministry|Movement|Museum|\
     Observatory|Office|Organisation|Organization|Party|School|Society|Summit|Union|University",
);

/// Words that open an event's (or a treaty's) name before "of" ("Battle of Hastings", "Siege of
/// Leningrad", "Treaty of Versailles", "Peace of Westphalia"; there is no law type). Sorted.
const EVENT_HEADS: Words = Words("Battle|Peace|Siege|Treaty");

/// Words that open a storm's name, an event ("Hurricane Katrina", "Typhoon Haiyan"). Sorted.
const STORMS: Words = Words("Cyclone|Hurricane|Storm|Tropical|Typhoon");

/// The nouns of storms, in ASCII lowercase. Sorted.
const STORM_NOUNS: Words = Words("cyclone|cyclones|hurricane|hurricanes|storm|storms|typhoon|typhoons");

/// Last words of event-like names (CoNLL's MISC); those of laws and awards (`MISC_TAILS`) name
/// things, not events. Sorted.
const EVENT_TAILS: Words = Words(
    "Act|Amendment|Award|Awards|Bowl|Championship|Championships|Classic|Cup|Depression|Expo|Fair|Famine|Festival|Games|\
     Marathon|Medal|Olympics|Open|Prix|Prize|Recession|Revolution|Series|Show|Spring|Tournament|Trophy|War|Wars",
);

/// The event-like tails that name a law or an award: MISC, not EVENT ("Logan Act", "First
/// Amendment", "Nobel Prize", "Fields Medal"). Sorted.
const MISC_TAILS: Words = Words("Act|Amendment|Award|Awards|Medal|Prize|Prizes");

/// Events known by one word, which the tagger reads as MISC. Sorted.
/// (Not "Wimbledon", a district of London too.)
const EVENT_NAMES: Words = Words("Brexit|Coachella|Eurovision|Hajj|Holocaust|Intifada|Oktoberfest|Watergate|Woodstock");

/// Military units' last words (organisations). Sorted.
const UNITS: Words = Words("Battalion|Brigade|Corps|Division|Fleet|Regiment|Squadron");

/// First words that make a show or series a broadcast's, a title (MISC): "Late Show", "TV
/// Series", "PBS Series". Sorted.
const BROADCAST: Words = Words("ABC|BBC|CBS|CNN|Daily|Early|HBO|Late|Morning|NBC|Netflix|PBS|TV|Tonight");

/// The type of a name from its first word and its event-like tail word.
fn tail_kind(first: &str, last: &str) -> EntityType {
    if MISC_TAILS.has(last) || matches!(last, "Show" | "Series") && BROADCAST.has(first) {
        EntityType::Misc
    } else {
        EntityType::Event
    }
}

/// Words that name an award, which takes its field after "in" or "for" ("Nobel Prize in
/// Physics"): the whole is an event-like name (MISC). Sorted.
const AWARDS: Words = Words("Award|Awards|Medal|Prize|Prizes");

/// Fields of study: after "in" or "of" a lone one is no place nor any name ("a degree in
/// Physics", "professor of Economics"). Sorted.
const FIELDS: Words = Words("Biology|Chemistry|Economics|Engineering|History|Law|Literature|Mathematics|Medicine|Physics|Physiology");

/// Nouns after a lone name that make it a leader's ("the Varga administration"). Sorted.
const LED: Words = Words("administration|campaign|presidency|regime");

/// Nouns of kin and companions: the name after one and "of" is a person's ("a friend of Oprah
/// Winfrey", "the widow of Ozren Vasic"), not the place "of X" reads as. Sorted.
const KIN: Words = Words(
    "boyfriend|brother|cousin|daughter|father|fiance|fiancee|friend|girlfriend|granddaughter|grandfather|grandmother|grandson|husband|mother|nephew|niece|sister|son|stepdaughter|stepfather|stepmother|stepson|widow|widower|wife",
);

/// Words that open a capitalised stretch but no name ("By Peter Salisbury", "At Headingley",
/// "Via The Daily"), sentence adverbs among them ("Later Gantrey said" read as one person by
/// the structured tagger), and auxiliaries opening a question ("Would Varga run?"; not "Can",
/// "Will": given names). Lowercase, sorted.
const LEADING: Words = Words(
    "after|afterwards|also|although|amid|among|as|at|because|before|besides|but|by|could|despite|did|does|during|\
     earlier|either|eventually|except|finally|from|given|however|if|including|indeed|initially|instead|later|like|\
     maybe|meanwhile|neither|nor|perhaps|previously|regarding|separately|should|since|though|thus|toward|towards|\
     unless|unlike|until|via|when|whereas|whether|while|without|would",
);

/// Players' positions in capitals, and students' years, written before their names ("QB
/// Baker Mayfield", "Sophomore Tyson Glover"). Sorted.
const POSITIONS: Words = Words("CB|DB|DT|Freshman|ILB|LB|LHP|OL|OLB|OT|QB|RB|RHP|Sophomore|TE|WR");

/// Connectors allowed inside an organisation-like name.
const ORG_CONNECTORS: Words = Words("&|and|de|for|of|on|the|to");

/// Connectors allowed inside a person's name.
const NAME_CONNECTORS: Words = Words("al|bin|da|de|del|di|dos|du|ibn|van|von|wa");

/// Courtesy and rank titles written with a dot (`Mr.`), lowercase, sorted.
const TITLES: Words = Words("adm|capt|cmdr|col|cpl|dame|det|dr|gen|gov|insp|lt|maj|miss|mr|mrs|ms|pres|prof|pvt|rep|rev|sen|sgt|sir|supt");
/// The role each of [`TITLES`] attaches, in the same order (empty: none).
const TITLE_ROLES: &str = "Admiral|Captain|Commander|Colonel|Corporal||Detective||General|Governor|Inspector|Lieutenant|Major|||||President|Professor|Private|Representative|Reverend|Senator|Sergeant||Superintendent";

/// Courtesy titles and ranks as written without a stop ("Mr Okafor", "Dr Lindqvist", "Sgt
/// Woody"; not "Gen": "Gen Z"). Sorted.
/// "Miss" is one before a name, not before a pageant's place ("Miss Tan said", not "Miss
/// World", "Miss Venezuela": see `pageant`).
const COURTESY: Words = Words("Capt|Dame|Dr|Gov|Lt|Miss|Mr|Mrs|Ms|Prof|Rep|Rev|Sgt|Sir");

/// Words after "Miss" that name a beauty pageant, not a woman. Sorted.
const PAGEANT_WORDS: Words = Words("Earth|Grand|International|Teen|Universe|World");

/// Whether "Miss" at `i` opens a pageant's name ("Miss World", "Miss Universe", "Miss Italy"):
/// a listed place or a pageant word follows.
fn pageant(doc: &Doc, g: &Gazetteer, i: usize) -> bool {
    doc.s(i) == "Miss" && (PAGEANT_WORDS.has(doc.s(i + 1)) || g.phrase(&doc.s(i + 1).lower()).is_some_and(|h| matches!(h.kind, EntityType::Gpe | EntityType::Loc)))
}

/// Verbs of saying: a name right before or after one is a person (or speaker). Sorted.
const SAY_VERBS: Words = Words(
    "added|announced|argued|asked|believes|claimed|confirmed|declared|denied|explained|insisted|noted|said|says|\
     stated|tells|told|tweeted|warned|wrote",
);

/// Verbs whose object is a company ("agreed to buy Corvane"). Sorted, lowercase.
const DEAL_VERBS: Words = Words("acquire|acquired|acquires|acquiring|bought|buy|buying|buys");

/// A company's stock after its name ("Halvorn shares fell"). Sorted.
const STOCK_WORDS: Words = Words("shareholders|shares|stock|stocks");

/// Nouns before "of", "in" or "with" and a company ("a stake in Corvane"). Sorted, lowercase.
const DEAL_NOUNS: Words = Words("acquisition|merger|stake|takeover");

/// "the company" later in a sentence that a lone unknown word opens; right before a name
/// they type it too ("supermarket chain Lidl", "Belgian club Standard Liege"). Sorted, lowercase.
const COMPANY_NOUNS: Words = Words(
    "agency|airline|automaker|bank|brand|broadcaster|carmaker|chain|chipmaker|club|company|conglomerate|\
     distributor|firm|giant|insurer|lender|magazine|manufacturer|newspaper|publication|publisher|retailer|startup|\
     tabloid|team",
);

/// Whether candidate `c` is a lone unlisted word, no given name, right before "spokesman",
/// "spokeswoman" or "spokesperson" ("Ericsson spokesman Per Lind", "a Vice spokeswoman"): the
/// body the spokesperson speaks for.
fn spokesman(doc: &Doc, c: &Candidate) -> bool {
    let (a, b) = c.tokens;
    c.bare && b - a == 1 && !doc.all_caps(a) && !Gazetteer::get().is_first_name(doc.s(a)) && matches!(doc.s(b), "spokesman" | "spokeswoman" | "spokesperson")
}

/// A company's or club's noun right before token `i` ("chain Lidl"; see [`COMPANY_NOUNS`]).
fn after_company_noun(doc: &Doc, i: usize) -> bool {
    let w = doc.s(i.wrapping_sub(1));
    w.starts_with(char::is_lowercase) && COMPANY_NOUNS.has(w) || trade_leader(doc, i.wrapping_sub(1))
}

/// Whether word `i` is a trade's "leader" ("market leader Tesco": a company; not "opposition
/// leader", a role).
fn trade_leader(doc: &Doc, i: usize) -> bool {
    doc.s(i) == "leader" && matches!(doc.s(i.wrapping_sub(1)), "industry" | "market" | "sector")
}

/// A name's suffix: "Jr", "Sr" (with or without the stop), "II", "III".
pub(crate) fn name_suffix(w: &str) -> bool {
    suffix_bit(w) != 0
}

/// A bit for each name suffix ([`name_suffix`]: `merge` tells two of a family apart by them),
/// 0 for any other word.
pub(crate) fn suffix_bit(w: &str) -> u32 {
    match w.trim_end_matches('.') {
        "Jr" => 1,
        "Sr" => 2,
        "II" => 4,
        "III" => 8,
        _ => 0,
    }
}

/// Whether word `i` follows a deal's noun and "in", "of" or "with" ("a stake in Marlowet", "the
/// takeover of Corvane"): what one buys into or merges with is a company.
fn after_deal_noun(doc: &Doc, i: usize) -> bool {
    has_lower(Words("in|of|with"), doc.s(i.wrapping_sub(1))) && has_lower(DEAL_NOUNS, doc.s(i.wrapping_sub(2)))
}

/// Capitalised words that open sentences and are not names. Sorted, lowercase.
const COMMON: Words = Words(
    "a|about|according|after|afterwards|again|all|almost|also|although|among|an|and|another|any|anyone|are|as|at|\
     because|before|both|but|by|can|click|could|currently|despite|do|don't|during|each|earlier|either|\
     elsewhere|even|eventually|every|everyone|few|finally|find|follow|for|former|from|further|furthermore|get|go|has|\
     have|he|hello|\
     her|here|hey|hi|him|his|how|however|i|if|in|indeed|initially|instead|is|it|its|join|just|keep|last|later|\
     let|like|log|make|many|maybe|me|meanwhile|more|moreover|most|much|my|neither|nevertheless|new|next|no|nobody|none|\
     nor|not|nothing|now|of|oh|okay|on|once|one|only|or|other|our|over|overall|perhaps|photo|please|previously|\
     read|recently|reportedly|see|separately|several|share|she|should|sign|since|so|some|someone|staff|still|\
     subscribe|such|sure|take|tap|than|thanks|that|the|their|them|then|there|therefore|these|they|this|those|\
     though|thus|to|today|two|ultimately|under|unlike|until|up|us|view|was|watch|we|well|were|what|when|where|\
     whether|which|while|who|whose|why|with|within|without|would|wow|yes|yet|you|your",
);

/// Greetings before a name ("Hi Mike"). Sorted.
const GREETINGS: Words = Words("Dear|Hello|Hey|Hi");

/// Sentences from which a text counts as an article for `bare` words (measured on CoNLL-2003
/// and WNUT-17 dev: short posts rarely give a name's type any evidence).
const LONG_TEXT: usize = 5;

/// Prepositions before a place.
const LOC_PREPS: Words = Words("across|in|inside|near|outside|throughout");

/// Whether `before` (a text up to a name) ends with a word after which a name is a place or
/// a destination ("in", "to", "from", "visited").
pub(crate) fn after_place_word(before: &str) -> bool {
    let before = before.trim_end();
    let b = before.as_bytes();
    let mut k = b.len();
    while k > 0 && b[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    let w = &before[k..];
    has_lower(LOC_PREPS, w) || has_lower(PLACE_WORDS, w)
}

/// Other words before a place. Sorted.
const PLACE_WORDS: Words = Words("at|from|into|of|to|toward|towards|visit|visited|visiting|visits");

/// Whether `w` in ASCII lowercase is one of `list` (one copy of the lowercasing, whatever
/// the call site).
#[inline(never)]
pub(crate) fn has_lower(list: Words, w: &str) -> bool {
    list.has(&w.to_ascii_lowercase())
}

/// Whether `w` in lowercase is one of [`COMMON`] (one copy of the lowercasing).
#[inline(never)]
fn common(w: &str) -> bool {
    COMMON.has(&w.lower())
}


#[cfg_attr(size_attrs, optimize(size))] // (session 26: per candidate)
fn title_role(s: &str) -> Option<&'static str> {
    let i = TITLES.iter().position(|t| t.eq_ignore_ascii_case(s))?;
    TITLE_ROLES.split('|').nth(i)
}

/// Most entries of the gazetteer memo ([`Doc::gazetteer`]): every token of texts up to about
/// 5 MB, so that the tagger finds what the rules asked (with 4,096 the 10 MB case took 12 %
/// more time; peak memory was the same either way: 333 MB natively, the memo is freed before
/// the later stages' peak).
const MEMO: usize = 1 << 20;

pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Lowercase forms of words seen in lowercase somewhere in the text.
    lower_words: FastSet<&'a str>,
    /// Recent `gazetteer` results, by start token modulo its length (at most [`MEMO`]): the start and `end` asked
    /// with, and the answer (the callers ask several times about nearby tokens; a fixed size
    /// keeps memory flat however long the text).
    gaz_memo: RefCell<Vec<Option<(usize, usize, Option<(usize, Hit)>, bool)>>>,
    /// Recent `role` answers, kept as `gaz_memo`'s: the start token plus one, `end`, and the
    /// role's length (0: none).
    role_memo: RefCell<Vec<(u32, u32, u32)>>,
    /// Words seen capitalised after another word of a sentence that is no headline ("the
    /// Relations Board"): such a word opening a sentence may be a name.
    cap_mid: RefCell<FastSet<&'a str>>,
    /// Words seen right after a capitalised word ("Chandler" of "Taylor Chandler"), gathered
    /// on the first call of `after_cap` (one pass, however many sources ask).
    after_cap: std::cell::OnceCell<FastSet<&'a str>>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Doc<'a> {
        let lower_words = tokens
            .iter()
            .filter(|t| t.kind == Kind::Word && t.text(text).starts_with(|c: char| c.is_lowercase()))
            .map(|t| t.text(text))
            .collect();
        Doc { text, tokens, lower_words, gaz_memo: RefCell::new(vec![None; tokens.len().clamp(1, MEMO)]), role_memo: RefCell::new(vec![(0, 0, 0); tokens.len().clamp(1, MEMO)]), cap_mid: RefCell::new(FastSet::default()), after_cap: std::cell::OnceCell::new() }
    }

    /// Whether `w` follows a capitalised word somewhere in the text.
    fn after_cap(&self, w: &str) -> bool {
        self.after_cap.get_or_init(|| (1..self.tokens.len()).filter(|&k| self.cap(k - 1)).map(|k| self.s(k)).collect()).contains(w)
    }

    fn s(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    fn word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// A token a name never ends with: a connector ("of", "and", "&", "de"), a dash, comma,
    /// slash, opening bracket or lone apostrophe ("Rangers’"), or a full stop standing apart
    /// or after a word longer than an abbreviation ("Karlsruhe of", "Douglas &", "EUROBONDS
    /// -", "Sync . .", "\"Abu Saleh.\""; a stop joined to a short word, "Corp.", stays).
    fn dangling(&self, i: usize) -> bool {
        let w = self.s(i);
        match w {
            "&" | "-" | "--" | "–" | "—" | "," | "/" | ":" | ";" | "'s" | "’s" | "(" | "[" => true,
            "'" | "’" => i > 0 && self.tokens[i - 1].span.end == self.tokens[i].span.start,
            "." => self.tokens[i].span.start > 0 && self.text[..self.tokens[i].span.start].ends_with(char::is_whitespace) || i > 0 && self.s(i - 1).len() > 4,
            // A letter joined to a common noun ("Thaksin T-shirts").
            _ if w.len() > 2 && w.as_bytes()[1] == b'-' && w.as_bytes()[2].is_ascii_lowercase() => true,
            _ => {
                (w.bytes().all(|b| b.is_ascii_lowercase()) || w.bytes().all(|b| b.is_ascii_uppercase()))
                    && DANGLING.iter().any(|d| d.eq_ignore_ascii_case(w))
            }
        }
    }

    /// `j` with the [`dangling`](Doc::dangling) tokens ending `i..j` taken off (at least one
    /// token stays).
    #[cfg_attr(size_attrs, optimize(size))] // (session 26: per candidate)
    fn trim_end(&self, i: usize, mut j: usize) -> usize {
        while j > i + 1 && self.dangling(j - 1) {
            j -= 1;
        }
        j
    }

    /// A capitalised word (`Kerry`, `U.S.`, `ISIS`), or `al-Qaeda`-like, or the article of
    /// "al Qaeda", "Bashar al Assad" (before a capitalised word).
    fn cap(&self, i: usize) -> bool {
        if !self.word(i) {
            return false;
        }
        let s = self.s(i);
        s.starts_with(char::is_uppercase)
            || (s.starts_with("al-") || s.starts_with("el-")) && s[3..].starts_with(char::is_uppercase)
            || s == "al" && i + 1 < self.tokens.len() && self.word(i + 1) && self.s(i + 1).starts_with(char::is_uppercase)
    }

    fn all_caps(&self, i: usize) -> bool {
        let s = self.s(i);
        s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
    }

    /// The text between tokens `i-1` and `i` ("" at the ends).
    #[inline(never)]
    fn gap(&self, i: usize) -> &'a str {
        if i > 0 && i < self.tokens.len() { &self.text[self.tokens[i - 1].span.end..self.tokens[i].span.start] } else { "" }
    }

    /// Tokens `i-1` and `i` are separated by one space (or tab) on one line. Names are written
    /// so; a wider gap is a lost comma or a column ("Boston   Massachusetts"), never inside one.
    #[inline(never)]
    fn joined(&self, i: usize) -> bool {
        let mut c = self.gap(i).chars();
        c.next().is_some_and(|c| c != '\n') && c.next().is_none()
    }

    /// A dash between words ("TAMPA — At least"): a break no name crosses (a spaced hyphen
    /// may join a title's parts: "Critic - On My Way").
    fn dash(&self, i: usize) -> bool {
        matches!(self.s(i), "—" | "–" | "--")
    }

    /// "Rear" or "Vice" before a rank ("Rear Adm.").
    fn rear(&self, i: usize) -> bool {
        matches!(self.s(i), "Rear" | "Vice")
    }

    /// A rank or courtesy title with its stop before a name ("Adm. Kirby", "Sen. Varga"), or
    /// "Rear"/"Vice" before one: never part of a name ("Coast Guard Rear Adm. ...").
    #[inline(never)]
    fn titled_at(&self, i: usize) -> bool {
        let k = i + self.rear(i) as usize;
        self.s(k + 1) == "." && self.cap(k + 2) && title_role(self.s(k)).is_some()
    }

    /// A gap wider than [`joined`](Doc::joined)'s between tokens `i-1` and `i`.
    fn wide(&self, i: usize) -> bool {
        !self.gap(i).is_empty() && !self.joined(i)
    }

    /// A capitalised word made of a name and a lowercase hyphen suffix ("London-based",
    /// "NBA-leading", "New York-listed"): the name's length in bytes (two letters at least, so
    /// not "T-shirt"; "al-Qaeda" opens in lowercase; "Chester-le-Street" goes on).
    #[inline(never)]
    #[cfg_attr(size_attrs, optimize(size))] // (session 26: per hyphened word)
    fn suffixed(&self, i: usize) -> Option<usize> {
        let s = self.s(i);
        let k = s.find('-')?;
        let on = self.s(i + 1) == "-" && self.gap(i + 1).is_empty();
        // (Not a man's: "Spider-man" is a nickname whole.)
        (k > 1 && !on && s.starts_with(char::is_uppercase) && s[k + 1..].chars().all(char::is_lowercase) && !matches!(&s[k + 1..], "man" | "men" | "woman" | "women")).then_some(k)
    }

    fn is_common(&self, i: usize) -> bool {
        let s = self.s(i);
        let l = s.lower();
        COMMON.has(&l)
            || self.lower_words.contains(l.as_str())
            || l.len() > 5 && (l.ends_with("ing") || l.ends_with("ly") || l.ends_with("ed"))
    }

    /// Never a name: "I", contractions ("You’ve", "don't"), capitals-only common nouns ("SUV").
    #[cfg_attr(size_attrs, optimize(size))] // (session 26: per capitalised word)
    fn never_name(&self, i: usize) -> bool {
        let s = self.s(i);
        let l = s.lower();
        if NEVER.has(&l) {
            return true;
        }
        // A clock's "am" or "pm" after its hour, however cased ("10 Pm").
        if matches!(l.as_str(), "am" | "pm") && self.s(i.wrapping_sub(1)).ends_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        if let Some(k) = l.find(['\'', '\u{2019}']) {
            let tail = &l[k..];
            let tail = tail.trim_start_matches(['\'', '\u{2019}']);
            if matches!(tail, "ve" | "re" | "ll" | "d" | "m" | "t" | "s") {
                return true;
            }
        }
        self.all_caps(i) && CAPS_COMMON.has(l.strip_suffix('s').filter(|x| CAPS_COMMON.has(x)).unwrap_or(&l))
    }

    /// A plural- or adjective-looking word ("Analysts", "Regional"): opening a sentence it is
    /// no name unless something else says so.
    #[cfg_attr(size_attrs, optimize(size))] // (session 26: per sentence opener)
    fn looks_common(&self, i: usize) -> bool {
        let l = self.s(i).lower();
        if l.chars().count() < 4 || !l.chars().all(|c| c.is_alphabetic()) || self.cap_mid.borrow().contains(self.s(i)) {
            return false;
        }
        let plural = l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us") && !l.ends_with("is");
        const ADJ: Words = Words("able|al|ary|ful|ible|ic|ive|less|ous");
        plural || ADJ.iter().any(|x| l.ends_with(x))
    }

    /// A possessive ending: "'s", or an apostrophe glued to a plural ("Girls'").
    fn possessive(&self, i: usize) -> bool {
        match self.s(i) {
            "'s" | "’s" => true,
            "'" | "’" => i > 0 && self.s(i - 1).ends_with('s') && self.tokens[i - 1].span.end == self.tokens[i].span.start,
            _ => false,
        }
    }

    /// A single capital letter with a dot before a capitalised word: "C. Lewis".
    fn initial(&self, i: usize) -> bool {
        let s = self.s(i);
        s.len() == 1 && s.starts_with(|c: char| c.is_ascii_uppercase()) && self.s(i + 1) == "." && self.cap(i + 2) && self.joined(i + 2)
    }

    /// The longest gazetteer phrase starting at `i` (before `end`): length and hit. Memoised
    /// per start token (the callers ask several times for each), so the lookups stay linear.
    pub(crate) fn gazetteer(&self, g: &Gazetteer, i: usize, end: usize) -> Option<(usize, Hit)> {
        self.gazetteer_memo(g, i, end).0
    }

    /// The phrase the tagger's features read at token `i`: [`gazetteer`](Self::gazetteer)'s,
    /// or a longer retired form ([`Hit::retired`]), as when the tagger was trained.
    pub(crate) fn gazetteer_features(&self, g: &Gazetteer, i: usize, end: usize) -> Option<(usize, Hit)> {
        match self.gazetteer_memo(g, i, end) {
            (found, false) => found,
            (_, true) => self.gazetteer_uncached(g, i, end, true).0,
        }
    }

    /// [`gazetteer`](Self::gazetteer)'s answer, and whether a retired form longer than it
    /// starts at `i`.
    fn gazetteer_memo(&self, g: &Gazetteer, i: usize, end: usize) -> (Option<(usize, Hit)>, bool) {
        if !self.word(i) {
            return (None, false);
        }
        let slot = i % self.gaz_memo.borrow().len();
        if let Some((s, e, found, retired)) = self.gaz_memo.borrow()[slot] {
            if s == i && e == end {
                return (found, retired);
            }
        }
        // Most words open no phrase. A phrase found here starts with the first word of this
        // token's key, unless the next token glues onto it (one or two letters, `push_key`).
        let glues = |t: &str| t.len() <= 2 && t.bytes().all(|c| c.is_ascii_lowercase());
        // A word that is not `cap` and has a lowercase letter takes only phrases listed for
        // lowercase text (`Hit::lowercase_ok`: the lowercase NORP words), which its key's first
        // letter must open.
        let b0 = self.s(i).bytes().next().unwrap_or(0);
        let found = if !g.may_open(self.s(i)) && !(i + 1 < end && self.word(i + 1) && glues(self.s(i + 1)))
            || b0.is_ascii() && !self.cap(i) && self.s(i).chars().any(char::is_lowercase) && !NORP_WORDS.iter().any(|n| n.as_bytes()[0] == b0.to_ascii_lowercase())
        {
            (None, false)
        } else {
            self.gazetteer_uncached(g, i, end, false)
        };
        self.gaz_memo.borrow_mut()[slot] = Some((i, end, found.0, found.1));
        found
    }

    /// The longest phrase at token `i` (a retired form too when `retired`), and whether a
    /// retired form longer than it was passed over.
    #[cfg_attr(size_attrs, optimize(size))] // (session 26: a memo miss)
    fn gazetteer_uncached(&self, g: &Gazetteer, i: usize, end: usize, retired: bool) -> (Option<(usize, Hit)>, bool) {
        let mut passed = false;
        let mut key = String::with_capacity(32);
        let mut best = None;
        let mut j = i;
        // Words in the key (a skipped hyphen is none).
        let mut words = 0;
        while j < end && words < g.max_words {
            // A hyphen between two words, touching both, is a space of the key ("Agence
            // France-Presse", "Guinea-Bissau": the tokenizer splits a hyphen between capitalised
            // parts): the phrase may go on past it, but never ends on it. "Russia-Ukraine" stays
            // "Russia", no phrase going on with "russia ukraine".
            if j > i && j + 1 < end && self.hyphen_between(j) {
                j += 1;
            } else if j > i && (!self.word(j) || !self.joined(j)) {
                break;
            }
            words += 1;
            push_key(&mut key, self.s(j));
            // Keys only grow: once no phrase starts with this one, none can match further on.
            let Some(found) = g.lookup(&key) else {
                break;
            };
            if let Some(hit) = found {
                let text = &self.text[self.tokens[i].span.start..self.tokens[j].span.end];
                let case_ok = if hit.acronym {
                    // British style writes an acronym of four letters or more as a word ("Nato",
                    // "Isis", "Opec", "Unesco"); shorter ones only in capitals ("AP", not "Ap").
                    let b = text.as_bytes();
                    let word = j == i && b.len() >= 4 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase);
                    word || !text.chars().any(char::is_lowercase)
                } else {
                    hit.lowercase_ok || self.cap(i)
                };
                // The last word must be capitalised too ("Bosnia and Herzegovina", not "the Congo of").
                let last_ok = j == i || self.cap(j) || self.s(j).len() <= 2;
                if case_ok && last_ok {
                    if hit.retired && !retired {
                        passed = true;
                    } else {
                        best = Some((j + 1 - i, hit));
                        passed = false;
                    }
                }
            }
            j += 1;
        }
        (best, passed)
    }

    /// Token `i` is a lone hyphen glued to the words on both sides (`France` `-` `Presse`).
    fn hyphen_between(&self, i: usize) -> bool {
        matches!(self.s(i), "-" | "\u{2010}" | "\u{2011}")
            && self.word(i - 1)
            && self.word(i + 1)
            && self.tokens[i - 1].span.end == self.tokens[i].span.start
            && self.tokens[i].span.end == self.tokens[i + 1].span.start
    }

    /// A role phrase starting at `i`: its length in tokens.
    pub(crate) fn role(&self, g: &Gazetteer, i: usize, end: usize) -> Option<usize> {
        if !self.word(i) {
            return None;
        }
        let slot = i % self.role_memo.borrow().len();
        let (s, e, n) = self.role_memo.borrow()[slot];
        if s as usize == i + 1 && e as usize == end {
            return (n > 0).then_some(n as usize);
        }
        let found = self.role_at(g, i, end, true);
        self.role_memo.borrow_mut()[slot] = ((i + 1) as u32, end as u32, found.unwrap_or(0) as u32);
        found
    }

    /// A role phrase starting at `i` (a listed role, "ex-" before it ignored, or a player's
    /// position in short: "CB Denzel Ward", "QB Baker Mayfield"): its length in tokens. The
    /// tagger reads it with `more` false, as it was trained (`model.rs`); the rules read
    /// [`Doc::role`], which also knows a rank's modifiers ("Assistant Secretary of State"),
    /// players' positions in full ("Fullback Andre Joubert") and a former team or band
    /// ("Ex-Yankee Randy Velarde", "ex-Beatle Paul McCartney").
    pub(crate) fn role_at(&self, g: &Gazetteer, i: usize, end: usize, more: bool) -> Option<usize> {
        if !self.word(i) {
            return None;
        }
        let w = self.s(i);
        // A trade's leader is a company ("market leader Tesco"; see `after_company_noun`).
        if more && trade_leader(self, i) {
            return None;
        }
        // Nor is a surname before a name's suffix ("Martin Luther King Jr.").
        if more && name_suffix(self.s(i + 1)) {
            return None;
        }
        let before_name = self.cap(i + 1) && !self.all_caps(i + 1) && self.joined(i + 1);
        let former = more && w.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ex-")) && w[3..].starts_with(char::is_uppercase) && w.len() >= 6;
        if before_name && (POSITIONS.has(w) || former || more && (PLAYERS.has(&w.lower()) || NOBLES.has(&w.lower()))) {
            return Some(1);
        }
        // A role to be taken up, hyphened to "elect" ("Governor-elect Ralph Northam", one
        // token; "Governor-Elect Northam", three): the listed role's.
        if more {
            let l = w.lower();
            let (base, n) = match l.strip_suffix("-elect") {
                Some(b) => (b, 1),
                None if self.s(i + 2).eq_ignore_ascii_case("elect") && self.hyphen_between(i + 1) => (l.as_str(), 3),
                None => ("", 0),
            };
            if n > 0 && self.cap(i + n) && !self.all_caps(i + n) && self.joined(i + n) && !base.contains('-') && g.starts_role(base) && g.role_lookup(base) == Some(true) {
                return Some(n);
            }
        }
        // A judge of a high court ("Justice Antonin Scalia", "Associate Justice Elena Kagan",
        // "Supreme Court Justice Ruth Bader Ginsburg"; not "Justice Department": no name follows).
        // The rules' only: the tagger was trained without it.
        if more {
            let n = match w {
                "Justice" => 1,
                "Associate" if self.s(i + 1) == "Justice" => 2,
                "Supreme" if self.s(i + 1) == "Court" && self.s(i + 2) == "Justice" => 3,
                _ => 0,
            };
            // (A full name follows: "Justice Departmentâs", a pasted "Department’s", is none.)
            let full = self.cap(i + n + 1) && self.joined(i + n + 1) || g.is_first_name(self.s(i + n));
            if n > 0 && self.cap(i + n) && !self.all_caps(i + n) && self.joined(i + n) && (n == 1 || self.joined(i + 1) && self.joined(i + n - 1)) && !named_by(self.s(i + n)) && full {
                return Some(n);
            }
        }
        // Up to three modifiers before a listed role.
        let mut k = i;
        while more && k < end && k - i < 3 && ROLE_MODIFIERS.has(&self.s(k).lower()) && self.word(k + 1) && self.joined(k + 1) {
            k += 1;
        }
        let modified = if k > i { self.role_at(g, k, end, false).map(|n| k - i + n) } else { None };
        // Most words start no role: the filter reads ASCII in any case, so they need no lowercasing.
        if w.is_ascii() && !g.may_start_role(w.get(..3).filter(|p| p.eq_ignore_ascii_case("ex-")).map_or(w, |_| &w[3..])) {
            return modified;
        }
        let first: std::borrow::Cow<str> = if w.chars().any(char::is_uppercase) { w.lower().into() } else { w.into() };
        // "ex-CEO" is the role "CEO".
        let first = first.strip_prefix("ex-").unwrap_or(&first);
        if !g.starts_role(first) {
            return modified;
        }
        let mut key = String::with_capacity(32);
        let mut best = None;
        let mut j = i;
        while j < end && j - i < g.max_role_words {
            if j > i && (!self.word(j) || !self.joined(j)) {
                break;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            if j == i {
                key.push_str(first);
            } else {
                key.push_str(&self.s(j).lower());
            }
            // Keys only grow: once no role starts with this one, none can match further on.
            match g.role_lookup(&key) {
                None => break,
                // "chief" alone is the rules' only (the tagger was trained without it), in
                // lowercase ("WHO chief Tedros Adhanom Ghebreyesus", "UN chief Antonio
                // Guterres") or before a given name ("Chief Thomas Purtell"; not "Chief
                // Creative Officer", "Chief Vatican spokesman").
                Some(true) if key == "chief" && !(more && (w == "chief" || g.is_first_name(self.s(i + 1)))) => {}
                Some(true) => best = Some(j + 1 - i),
                Some(false) => {}
            }
            j += 1;
        }
        // A title: "Secretary of" or "Minister of" and a department's name ("Secretary of
        // Education Betsy DeVos", "Minister of Foreign Affairs Sergei Lavrov"; not "…, minister of
        // Housing and Public Works", whose body is its own name).
        if more && w.starts_with(char::is_uppercase) && matches!(first, "secretary" | "minister" | "undersecretary" | "commissioner") && self.s(i + 1) == "of" {
            let mut k = i + 2;
            while k < end && k - i < 9 && self.word(k) && self.joined(k) {
                let l = self.s(k).lower();
                if self.cap(k) && DEPARTMENTS.has(&l) {
                    best = best.max(Some(k + 1 - i));
                } else if !matches!(l.as_str(), "and" | "the" | "for") {
                    break;
                }
                k += 1;
            }
        }
        if modified > best {
            modified
        } else {
            best
        }
    }
}

/// Headline-like: no closing full stop, at least three longer words and 70 % of them
/// capitalised.
fn headline(doc: &Doc, a: usize, b: usize) -> bool {
    if b > a && matches!(doc.s(b - 1), "." | "!" | "?" | "\"" | "\u{201D}") {
        return false;
    }
    let (mut long, mut caps) = (0, 0);
    for i in a..b {
        if doc.word(i) && doc.s(i).chars().count() > 3 {
            long += 1;
            if doc.cap(i) {
                caps += 1;
            }
        }
    }
    long >= 3 && caps * 10 >= long * 7
}

/// A word a headline capitalises and running text does not ([`combine`]): written in lowercase
/// elsewhere, or one of [`COMMON`], plural- or adjective-looking, a long "-ing", "-ed" or "-ly"
/// form or a word of the valence list ("Clashes", "Breaking", "Hoax"); never one capitalised
/// mid-sentence in running text, a given name or a word with a capital inside.
#[cfg_attr(size_attrs, optimize(size))]
fn headline_word(doc: &Doc, i: usize) -> bool {
    let w = doc.s(i);
    // A capital inside a word in lowercase is a brand's ("BroBible", "EuroPics").
    let inner = w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase);
    if inner || doc.cap_mid.borrow().contains(w) || Gazetteer::get().is_first_name(w) {
        return false;
    }
    let l = w.lower();
    doc.is_common(i) || doc.looks_common(i) || crate::sentiment::lexicon::listed(&l)
}

/// A common word in capitals next to a lowercase word is shouted, no name ("I LOVE this song",
/// "the WORST traffic AND nobody cares", "OUR team NEEDS a win"): a function word, a word of
/// the valence list or one the text writes in lowercase, that no list knows as a name ("WHO
/// said"). (Not on a line in capitals, which has no lowercase word.)
#[cfg_attr(size_attrs, optimize(size))]
fn shouted(doc: &Doc, g: &Gazetteer, i: usize) -> bool {
    let lower = |k: usize| doc.word(k) && doc.s(k).chars().any(char::is_lowercase);
    if !doc.all_caps(i) || !(i > 0 && lower(i - 1) || lower(i + 1)) || doc.gazetteer(g, i, i + 1).is_some() {
        return false;
    }
    // Three letters at least ("IS" may be the group, "US" the country), four for a word of the
    // valence list alone (it has chat abbreviations: "nme", "jj", "qq").
    // A word other than a function word in a noun's slot, after an article or a preposition,
    // may be a body's initials ("rejected by NICE on Tuesday").
    let l = doc.s(i).lower();
    let n = l.chars().count();
    let slot = i > 0 && NOUN_SLOT.has(&doc.s(i - 1).lower());
    n >= 3 && (COMMON.has(&l) || !slot && (doc.lower_words.contains(l.as_str()) || n >= 4 && crate::sentiment::lexicon::listed(&l)))
}

/// Words before a noun's slot (see [`shouted`]). Sorted.
const NOUN_SLOT: Words = Words("a|about|against|an|at|by|for|from|in|into|of|on|the|to|via|with");

/// A line in capitals only ("NISSAN SENTRA", "BUFFALO"): its words say nothing of their type.
#[cfg_attr(size_attrs, optimize(size))]
fn caps_line(doc: &Doc, a: usize, b: usize) -> bool {
    let mut long = false;
    for i in a..b {
        if doc.word(i) && doc.s(i).chars().any(char::is_alphabetic) {
            if doc.s(i).chars().any(char::is_lowercase) {
                return false;
            }
            long |= doc.s(i).chars().filter(|c| c.is_alphabetic()).count() >= 4;
        }
    }
    long
}

/// All candidates of the text, in order, without overlaps.
#[cfg_attr(size_attrs, optimize(size))]
pub fn candidates(doc: &Doc, sentences: &[Span]) -> Vec<Candidate> {
    let g = Gazetteer::get();
    let tokens = doc.tokens;
    let mut out: Vec<Candidate> = Vec::new();
    // Token ranges of the sentences, and whether each is a headline or in capitals only.
    let ranges: Vec<(usize, usize, bool, bool)> = crate::sentence::token_ranges(tokens, sentences)
        .into_iter()
        .map(|(a, t)| {
            let caps = caps_line(doc, a, t);
            (a, t, caps || headline(doc, a, t), caps)
        })
        .collect();
    // Words capitalised after another word in running text.
    {
        let mut mid = doc.cap_mid.borrow_mut();
        for &(a, b, head, _) in &ranges {
            if head {
                continue;
            }
            for i in a + 1..b {
                if doc.cap(i) && doc.joined(i) && (doc.word(i - 1) || doc.s(i - 1) == ",") {
                    mid.insert(doc.s(i));
                }
            }
        }
    }
    for (si, &(a, b, head, caps)) in ranges.iter().enumerate() {
        if a < b {
            sentence(doc, g, si, a, b, head, caps, sentences.len(), &mut out);
        }
    }
    coordination(doc, &mut out);
    out
}

/// A rule candidate the model does not overrule (unless it finds the same tokens and types them
/// otherwise): a gazetteer phrase, a person with a title, or
/// a name of two or more words typed by its head or tail word ("Gulf of Aden", "Kano Motors").
fn strong(c: &Candidate) -> bool {
    c.sure
        || c.evidence == Evidence::Gazetteer
        || c.role.is_some()
        || c.evidence == Evidence::Rule && c.tokens.1 - c.tokens.0 > 1 && matches!(c.kind, EntityType::Org | EntityType::Loc | EntityType::Event | EntityType::Misc)
}

/// Whether the model's span [i, j) opens with a listed place (the first of `overlapping`) and
/// goes on with at most four capitalised words that no list knows, none of them a connector or
/// a word that opens a headline's clause ("Boston Red Sox", "Israel Radio"; not "Army and
/// Nato", "Islamic State Twitter", "For The Washington Post"), nor in capitals ("JAKARTA
/// POST"); not amid other capitalised words, as in a headline, whose words the model cannot
/// read ("China Offers Military Support To Allies").
fn place_headed(doc: &Doc, cands: &[Candidate], overlapping: &[usize], i: usize, j: usize) -> bool {
    let Some((&first, rest)) = overlapping.split_first() else { return false };
    let head = &cands[first];
    let named = head.tokens.0 == i
        && head.tokens.1 < j
        && head.evidence == Evidence::Gazetteer
        && matches!(head.kind, EntityType::Gpe | EntityType::Loc)
        && rest.iter().all(|&k| cands[k].evidence != Evidence::Gazetteer && !cands[k].sure && !matches!(cands[k].kind, EntityType::Date | EntityType::Time))
        && j - head.tokens.1 <= 4
        && (head.tokens.1..j).all(|t| doc.cap(t) && !doc.all_caps(t) && !CLAUSE_WORDS.has(&doc.s(t).lower()))
        // (A given name after the first word opens a person's name: "Washington Redskins Pro
        // Bowler Kirk Cousins".)
        && !(head.tokens.1 + 1..j).any(|t| Gazetteer::get().is_first_name(doc.s(t)));
    // Not amid capitalised words, as in a headline.
    named && !doc.cap(j) && !(i > 0 && doc.cap(i - 1) && !doc.s(i - 1).eq_ignore_ascii_case("the"))
}

/// The last words of the names of a state's bodies (after the country's name: `combine`).
const STATE_BODIES: Words = Words(
    "agency|army|command|congress|consulate|corps|court|department|embassy|force|forces|government|guard|intelligence|\
     marines|military|ministry|mission|navy|office|parliament|patrol|police|senate|service|treasury",
);

/// Words that join two names or open a headline's clause: no part of a name after a place.
const CLAUSE_WORDS: Words = Words("according|and|are|at|by|for|from|in|is|my|of|on|or|regarding|the|to|was|what|with");

/// Players' positions, read as roles before a name by the rules only (the tagger was trained
/// without them). Lowercase, sorted.
const PLAYERS: Words = Words(
    "cornerback|defender|fullback|goalkeeper|halfback|infielder|linebacker|midfielder|outfielder|playmaker|quarterback|\
     shortstop|striker|winger",
);

/// The last words of the names of a state's regions, which the 1996-trained tagger may read as
/// bodies. Sorted.
const REGIONS: Words = Words("Canton|Governorate|Krai|Oblast|Prefecture|Province|Voivodeship");

/// Titles of nobility before a name, read as roles by the rules only (not "Duke", "Earl",
/// "Baron": universities, given names, surnames). Lowercase, sorted.
const NOBLES: Words = Words("archduchess|archduke|countess|duchess|marchioness|marquess|viscount");

/// Words that modify the rank of a role after them.
const ROLE_MODIFIERS: Words = Words("acting|assistant|associate|deputy|interim|principal|senior|under|vice");

/// The words of a government department's name after "Secretary of" or "Minister of"
/// ("Secretary of Health and Human Services", "Minister of Foreign Affairs"). Sorted, lowercase.
const DEPARTMENTS: Words = Words(
    "affairs|agriculture|commerce|culture|defence|defense|development|economy|education|energy|environment|finance|\
     foreign|health|home|homeland|housing|human|industry|information|interior|internal|justice|labor|labour|public|\
     security|services|state|tourism|trade|transport|transportation|treasury|urban|veterans|works",
);

/// A monarch's or pope's name and number ("Charles VI", "Pedro I", "Benedict XVI", "John Paul
/// II"): a given name or a pope's or monarch's name no one is given today ([`REGNAL`]), or any
/// name after a sovereign's title, then a Roman numeral (not "World War II", "Super Bowl XL";
/// "I" only after a title or before "of": "Maria I think" is the pronoun).
fn regnal(doc: &Doc, c: &Candidate) -> bool {
    let (a, b) = c.tokens;
    let numeral = doc.s(b - 1);
    b - a >= 2
        && b - a <= 3
        && numeral.len() <= 5
        && numeral.bytes().all(|x| matches!(x, b'I' | b'V' | b'X'))
        && (SOVEREIGNS.has(doc.s(a.wrapping_sub(1))) || (Gazetteer::get().is_first_name(doc.s(a)) || REGNAL.has(doc.s(a))) && (numeral != "I" || doc.s(b) == "of"))
        && (a + 1..b - 1).all(|k| doc.cap(k))
}

/// Names of popes and monarchs that are no listed given names ("Benedict XVI", "Pius XII",
/// "Harald V"). Sorted.
const REGNAL: Words = Words("Baudouin|Benedict|Haakon|Harald|Margrethe|Olav|Pius|Ramses|Urban");

/// Titles of sovereigns and popes.
const SOVEREIGNS: Words = Words("Czar|Emperor|Empress|Khan|King|Pharaoh|Pope|Queen|Shah|Sultan|Tsar");

/// A person named right after a courtesy title with its stop ("Dr. Tedros Adhanom
/// Ghebreyesus", "Mrs. Okafor"): as sure as a listed name (`strong`), whatever the model
/// reads in its middle.
fn titled(doc: &Doc, c: &Candidate) -> bool {
    let a = c.tokens.0;
    c.kind == EntityType::Person && c.evidence == Evidence::Rule && (a >= 2 && doc.s(a - 1) == "." && title_role(doc.s(a - 2)).is_some() || a >= 1 && COURTESY.has(doc.s(a - 1)) && doc.joined(a))
}

/// The model's confidence (`model::Tagged::margin`, in perceptron updates) from which its
/// PERSON on a lone word the rules found no evidence for stands (below it, the word stays the
/// rules' `bare` guess), and from which a name it finds in a line in capitals only needs no
/// support from running text. Tuned on CoNLL-2003 dev.
const BARE_MARGIN: i32 = 10;
const CAPS_MARGIN: i32 = 15;
/// The same for a name of one or two words in a line in capitals only ("MILWAUKEE", "SAN
/// MARINO" over a sports report): the model, trained on such lines, is right about them from a
/// small margin; a longer stretch of capitals is more often a headline read as one name.
const CAPS_SHORT_MARGIN: i32 = 3;
/// The model's margin for PERSON (or MISC) below which a lone unknown word after a place
/// preposition stays a place (`LOC_PREPS`: "police in Tamale"). No CoNLL-2003 dev answer changes
/// from 2 to 40 (session 11's model), nor from 4 to 40 with the two-pass model (session 15),
/// which reads "Police in Kadugli said" as a person at 31: 40.
const PLACE_MARGIN: i32 = 40;
/// The model's margin from which its reading of two unknown names joined by a hyphen before
/// "summit", "talks"... ("Varga-Ossley summit") as one place makes them two places (else two
/// persons).
const PAIR_PLACE_MARGIN: i32 = 10;
/// The model's margin below which a listed acronym or surname keeps the list's type.
const ACRONYM_MARGIN: i32 = 20;
/// The model's margin for "outside any name" below which a lone unknown word it left out stays
/// the rules' `bare` guess (kept if it recurs, see `merge`). 20 for the greedy model on
/// CoNLL-2003 dev (30: 9 more false names, none found); 10 for the structured one (0 gave
/// CoNLL-2003 dev .897 against .896, but lost the first of two mentions of an unknown
/// surname opening a sentence: "Petrov met ... Petrov said").
const OUTSIDE_MARGIN: i32 = 10;
/// The model's margin below which a name of a list keeps the list's type (the model's margins
/// are smaller since its columns are shared by `B-` and `I-`; these margins were retuned then).
/// 4 on CoNLL-2003 dev: from it the model's reading of a listed city as a team (ORG) holds.
const LIST_MARGIN: i32 = 4;
/// The model's margin from which its span overrides the rule candidates inside it ("U.S.
/// Army" read as one name only when the model is sure). 3 for the greedy model; 0 for the
/// structured one, whose spans are surer (CoNLL-2003 dev +.002 to +.003 over 3).
const CONTAIN_MARGIN: i32 = 0;
/// The model's margin under which a listed given name and an unknown word are a person's name
/// rather than the body the model reads (see `combine`).
const GIVEN_MARGIN: i32 = 20;

/// Function words a name never ends with (see `Doc::dangling`).
const DANGLING: Words = Words("and|at|de|del|for|in|of|on|or|the|to");

/// Demonym-like endings: a MISC name ending so is a nationality or group ("French", "Iraqi",
/// "Western").
const NORP_ENDINGS: Words = Words("an|ans|ch|ern|ese|i|ic|is|ish|ist|ists|s");

/// A word that reads as a nationality or group: demonym-like ending ("French", "Iraqi"), or a
/// hyphenated compound whose last part is one ("Anglo-Iraqi", "naturalised-French",
/// "Franco-German"; the last part capitalised).
#[cfg_attr(size_attrs, optimize(size))] // (session 26: per candidate)
fn demonym_like(w: &str) -> bool {
    let tail = w.rsplit('-').next().unwrap_or(w);
    // ("Spider-Man" is no people's.)
    if tail.len() < w.len() && tail.eq_ignore_ascii_case("man") {
        return false;
    }
    let plain = |p: &str| !p.is_empty() && p.chars().all(char::is_alphabetic);
    // (An Arabic article opens a surname, not a group's name: "al-Maliki", "el-Sisi".)
    (tail.len() == w.len() || tail.starts_with(char::is_uppercase) && w.split('-').all(plain) && !arabic_article(w))
        && plain(tail)
        && (NORP_ENDINGS.iter().any(|e| e != "s" && tail.ends_with(e)) || plural_of_group(tail))
}

/// Languages that name no place or listed people (NORP alone: [`model_kind`]). Sorted.
const LANGUAGES: Words = Words("Amharic|Arabic|Aramaic|Bengali|Cantonese|Dari|Farsi|Gaelic|Hausa|Hebrew|Hindi|Igbo|Mandarin|Pashto|Punjabi|Sanskrit|Swahili|Tagalog|Urdu|Yiddish|Yoruba");

/// A plural whose singular is a group's member ("Kurds", "Sunnis", "Westerners", "Londoners"),
/// not any capitalised plural: "the Bulls", "Windows", "the Oscars" name no people.
fn plural_of_group(w: &str) -> bool {
    w.strip_suffix('s').is_some_and(|stem| stem.len() > 2 && !stem.ends_with('s') && (demonym_like(stem) || members(w)))
}

/// A plural naming the members of a listed group or place ("Kurds", "Sunnis") or of a
/// region's people ("Westerners", "Londoners"): [`plural_of_group`] without the singular's
/// ending alone, which surnames share ("Evans").
fn members(w: &str) -> bool {
    let listed = |x: &str| Gazetteer::get().phrase(&x.lower()).is_some_and(|h| matches!(h.kind, EntityType::Norp | EntityType::Gpe));
    w.strip_suffix('s').is_some_and(|stem| listed(stem) || stem.strip_suffix("er").is_some_and(|b| b.len() > 2 && (demonym_like(b) || listed(b))))
}

/// A name opening with an Arabic article: "al-Maliki", "Al-Baghdadi", "el-Sisi".
pub(crate) fn arabic_article(w: &str) -> bool {
    matches!(w.get(..3), Some("al-" | "Al-" | "el-" | "El-")) && w.len() > 3
}

/// Whether the word at `i` is named as a source (after "according to" and before no other
/// word: not "according to Perth arachnid expert Volker Framenau"; or with "reports" or
/// "reported" right after it or right before it: "…, reports Variety") and is nowhere in the
/// text a surname (after another capitalised word: "Taylor Chandler", then "according to
/// Chandler").
fn source(doc: &Doc, i: usize) -> bool {
    let reports = |w: &str| matches!(w, "reports" | "reported");
    let named = doc.s(i.wrapping_sub(1)) == "to" && doc.s(i.wrapping_sub(2)).eq_ignore_ascii_case("according") && !doc.word(i + 1)
        || reports(doc.s(i + 1)) && matches!(doc.s(i + 2), "." | "," | "that" | "on")
        || reports(doc.s(i.wrapping_sub(1))) && doc.s(i.wrapping_sub(2)) == ",";
    named && !arabic_article(doc.s(i)) && !doc.after_cap(doc.s(i))
}

/// The type of a model entity, from the model's type (`PER`, `LOC`, `ORG`, `MISC`), the
/// gazetteer's answer for exactly these tokens and the words of the name. LOC is GPE unless a
/// list or a head/tail word says LOC; MISC is NORP for a listed group or a demonym-like word,
/// else EVENT (products and titles too: there is no other named type).
fn model_kind(doc: &Doc, i: usize, j: usize, ty: usize, hit: Option<Hit>) -> Option<EntityType> {
    let first = doc.s(i);
    let last = doc.s(j - 1);
    // "the Varga administration", "the Ossley regime": a leader, whatever the model's type
    // (unless a list or a demonym's ending says otherwise: "the Soviet regime").
    if j - i == 1 && hit.is_none() && LED.has(doc.s(j)) && !demonym_like(first) {
        return Some(EntityType::Person);
    }
    // A language alone is its speakers' (NORP; CoNLL tags languages MISC), whatever place or
    // body the tagger reads ("a translation from Hausa", "Arabic-language newspapers",
    // "Hebrew media").
    if j - i == 1 && hit.is_none() && LANGUAGES.has(first) {
        return Some(EntityType::Norp);
    }
    // The name after an agency's "Photo/" in a credit ("AP Photo/Orrin Vasko") is the
    // photographer's, unless a list knows it.
    if hit.is_none() && i >= 2 && doc.s(i - 1) == "/" && matches!(doc.s(i - 2), "Photo" | "Photos") {
        return Some(EntityType::Person);
    }
    // A lone unlisted word that is a source ("according to Variety", "Deadline reports",
    // "reported Vocativ") is a news outlet or another body, not the person or place the
    // tagger guesses (a surname so typed still joins its person in `merge`).
    if j - i == 1 && hit.is_none() && source(doc, i) && !Gazetteer::get().is_first_name(first) {
        return Some(EntityType::Org);
    }
    // A lone unlisted word after a company's noun ("chain Lidl", "market leader Tesco") is the
    // company, whatever person the role before it suggests to the tagger.
    if j - i == 1 && hit.is_none() && after_company_noun(doc, i) {
        return Some(EntityType::Org);
    }
    // A name ending in "Jr." or "Sr." is a person's whatever the model's type ("Dorian
    // Wexley Jr." read as a company), unless a list knows it.
    let before_stop = if last == "." && j - i >= 3 { doc.s(j - 2) } else { last };
    if j - i >= 2 && hit.is_none() && matches!(before_stop, "Jr" | "Sr") {
        return Some(EntityType::Person);
    }
    // A beauty pageant ("Miss World", "Miss Venezuela"; see `pageant`) is an event.
    if j - i == 2 && pageant(doc, Gazetteer::get(), i) {
        return Some(EntityType::Event);
    }
    // One-word names of well-known events, whatever the model's type unless a person's ("the
    // Brexit vote" read as a body).
    if ty != 0 && j - i == 1 && hit.is_none() && EVENT_NAMES.has(first) {
        return Some(EntityType::Event);
    }
    // "Battle of Hastings", "Treaty of Versailles": an event whatever the model's type.
    if ty != 0 && j - i >= 3 && EVENT_HEADS.has(first) && doc.s(i + 1) == "of" {
        return Some(EntityType::Event);
    }
    Some(match ty {
        // A name the tagger reads as a person's but ending in a word no surname is, of a
        // company's or body's kind ("Johnson Controls", "Pirelli Cables", "First Look Media").
        0 if j - i >= 2 && hit.is_none() && BODY_TAILS.has(last) => EntityType::Org,
        0 => EntityType::Person,
        // A region of a state by its last word ("Irkutsk Oblast", "Aichi Prefecture").
        2 if j - i >= 2 && hit.is_none() && REGIONS.has(last) => EntityType::Gpe,
        1 => match hit.map(|h| h.kind) {
            Some(k @ (EntityType::Gpe | EntityType::Loc)) => k,
            // A country's name, then a body of its state ("United States Central Command").
            _ if j - i >= 2 && STATE_BODIES.has(&last.lower()) && doc.gazetteer(Gazetteer::get(), i, j).is_some_and(|(n, h)| i + n < j && h.kind == EntityType::Gpe && !h.local) => EntityType::Org,
            _ if by_head_or_tail(first, last, j - i) == Some(EntityType::Loc) || LOC_HEADS.has(first) => EntityType::Loc,
            _ => EntityType::Gpe,
        },
        2 => EntityType::Org,
        _ => match hit.map(|h| h.kind) {
            Some(k @ (EntityType::Norp | EntityType::Event | EntityType::Gpe | EntityType::Loc | EntityType::Org)) => k,
            _ if EVENT_TAILS.has(last) => tail_kind(first, last),
            _ if last == "II" || last == "I" || j - i > 2 && matches!(last, "One" | "Two") && doc.s(j - 2) == "War" => EntityType::Event,
            // A military unit ("7th Division", "3rd Battalion"), read as MISC from its ordinal.
            _ if j - i > 1 && UNITS.has(last) => EntityType::Org,
            // A body's name by its last word ("Saudi Embassy", "U.S. Army", "Pakistani
            // Taliban"; not "Doctor Who", nor CoNLL's leagues: "National League" is MISC there).
            _ if j - i > 1 && (STATE_BODIES.has(&last.lower()) || Gazetteer::get().phrase(&last.lower()).is_some_and(|h| h.kind == EntityType::Org && !h.acronym)) => EntityType::Org,
            // An unlisted word opening with an Arabic article and ending in the "-i" of a
            // surname from a place or tribe ("al-Maliki said") is that surname.
            _ if j - i == 1 && arabic_article(first) && first.ends_with('i') => EntityType::Person,
            // A place or building by its head or tail word ("Palais des Nations").
            _ if LOC_HEADS.has(first) || by_head_or_tail(first, last, j - i) == Some(EntityType::Loc) => EntityType::Loc,
            _ if demonym_like(&doc.text[doc.tokens[i].span.start..doc.tokens[j - 1].span.end]) => EntityType::Norp,
            // So does a name of capitalised words ending in a listed one ("Roman Catholic", "North
            // Korean").
            _ if j - i > 1 && (i..j).all(|k| doc.cap(k)) && Gazetteer::get().phrase(&last.lower()).is_some_and(|h| h.kind == EntityType::Norp) => EntityType::Norp,
            // A lowercase prefix hyphened to a name ("pro-Israel", "post-Soviet", "anti-American")
            // is a stance or period of a group or country: an adjective, never an event's name.
            // (Not an Arabic article: "al-Zahra" is a name; nor a person: "post-Mueller" stays.)
            _ if first.starts_with(char::is_lowercase)
                && first.find('-').is_some_and(|k| {
                    let tail = &first[k + 1..];
                    k >= 2 && !matches!(&first[..k], "al" | "el") && (demonym_like(tail) || Gazetteer::get().phrase(&tail.lower()).is_some_and(|h| h.kind != EntityType::Person))
                }) =>
            {
                EntityType::Norp
            }
            // Any other name the tagger reads as MISC: a work, a product, a law ("Vogue",
            // "Bugatti Veyron", "Tamiflu"), no event without a word that says so.
            _ => EntityType::Misc,
        },
    })
}

/// Whether the person's name in tokens [i, j), opening with a given name, goes on with the
/// second part of a double-barrelled surname that the tagger left out ("Randall Jordan" of
/// "Randall Jordan-Aparo"): a hyphen and a capitalised word no list knows, not naming the
/// other side of a pair's meeting ("the Kim Jong Un-Trump summit").
fn barrelled_at(doc: &Doc, g: &Gazetteer, i: usize, j: usize) -> bool {
    j - i >= 2 && j + 1 < doc.tokens.len() && doc.hyphen_between(j) && doc.cap(j + 1) && !doc.all_caps(j + 1) && g.is_first_name(doc.s(i)) && !PAIR_NOUNS.has(doc.s(j + 2)) && doc.gazetteer(g, j + 1, j + 2).is_none()
}

/// Whether a name ending before token `j` speaks of its own: a verb of saying, a preposition
/// and "his" or "her" ("Hunter said of his highlight", "Beyonce said on her Instagram page";
/// a body's is "its"). Its context then types it a person.
fn own_words(doc: &Doc, j: usize) -> bool {
    has_lower(SAY_VERBS, doc.s(j)) && matches!(doc.s(j + 1), "in" | "of" | "on") && matches!(doc.s(j + 2), "his" | "her")
}

/// Capitalised pronouns and auxiliaries that no name holds after its first word (not "May",
/// "Will", "Said", "Can": "Theresa May", "Emre Can"; not "Our": "Church of Our Lady"), and
/// headlines' verbs of news ("Obama Declares", "Culkin Resurfaces"; not "Claims": "Claims
/// Conference"). Sorted.
const CLAUSE_CAPS: Words = Words(
    "Admits|Announces|Are|Be|Been|Being|Blasts|Confirms|Could|Declares|Denies|Did|Does|Gets|Had|Has|Have|He|Her|His|Is|\
     It|Its|Might|Must|Resurfaces|Reveals|Says|She|Should|Slams|Their|They|Unveils|Urges|Us|Warns|Was|We|Were|Would",
);

/// A name opening with one of [`CLAUSE_CAPS`] is a headline's clause, not a name (not "Her
/// Majesty", "Us Weekly").
fn opens_clause(w: &str) -> bool {
    CLAUSE_CAPS.has(w) && !matches!(w, "Her" | "Us")
}

/// A hash of the words of tokens [a, b) (FNV-1a, a space between words): one name written
/// with any spacing.
fn words_key(doc: &Doc, a: usize, b: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for t in a..b {
        for x in doc.s(t).bytes().chain([b' ']) {
            h = (h ^ u64::from(x)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Joins the model's entities (`model::tag`) with the rule candidates. A model entity takes
/// the place of the rule candidates it overlaps; one with exactly the same tokens keeps that
/// candidate's knowledge (gazetteer name, country, role) and, when a high-confidence list
/// typed it (places, organisations, groups), its type unless the model says it is a person.
/// Dates and times always come from the rules, and rule candidates the model did not see are
/// kept when a list or a rule typed them (not on a default guess). Two names joined by "and"
/// or "or" that the model types differently share the surer one's type (`coordinated`).
#[cfg_attr(size_attrs, optimize(size))]
pub fn combine(doc: &Doc, sentences: &[Span], cands: Vec<Candidate>, model: &Tags) -> Vec<Candidate> {
    let g = Gazetteer::get();
    let tokens = doc.tokens;
    let mut out: Vec<Candidate> = Vec::with_capacity(cands.len() + model.spans.len());
    let mut taken = vec![false; cands.len()];
    // Before "of" inside a model span left to the rules (two names in one, see below).
    let mut inside = vec![false; cands.len()];
    // The model's margin for each of `out`.
    let mut margins: Vec<i32> = Vec::with_capacity(model.spans.len());
    // Rule candidates by token range (both lists are in text order).
    let mut c = 0;
    // The last sentence range read, whether it is a line in capitals and a headline (read once
    // per sentence, not once per name in it).
    let mut line = ((usize::MAX, 0), false, false);
    // The last words of the persons the model read in full (see the role below).
    let mut surnames: FastSet<&str> = FastSet::default();
    for t in &model.spans {
        if t.ty == 0 && t.end - t.start >= 2 && !doc.s(t.start).eq_ignore_ascii_case("the") && doc.role(g, t.start, t.end).is_none() {
            let last = t.end - 1 - usize::from(t.end - t.start > 2 && name_suffix(doc.s(t.end - 1)));
            surnames.insert(doc.s(last));
        }
    }
    // The double-barrelled surnames the tagger cut short after a given name (`barrelled_at`):
    // their two parts.
    let mut barrelled: Vec<(&str, &str)> = Vec::new();
    for t in &model.spans {
        if t.ty == 0 && barrelled_at(doc, g, t.start, t.end) {
            barrelled.push((doc.s(t.end - 1), doc.s(t.end + 1)));
        }
    }
    // The persons of two words or more that the model or a rule found (by `words_key`), whose
    // names a stray word before or after them in another mention does not belong to.
    let mut full: FastSet<u64> = FastSet::default();
    for t in &model.spans {
        if t.ty == 0 && t.end - t.start >= 2 {
            full.insert(words_key(doc, t.start, t.end));
        }
    }
    for c in &cands {
        if c.kind == EntityType::Person && c.evidence != Evidence::Default && c.tokens.1 - c.tokens.0 >= 2 {
            full.insert(words_key(doc, c.tokens.0, c.tokens.1));
        }
    }
    for Tagged { start: i, end: j, ty, margin } in adjusted_spans(doc, &cands, &model.spans) {
        // Roles are never part of a name ("CEO Tim Cook"), and capitals-only common nouns ("CEO",
        // "SUV") are no names.
        // A role heading a name joined by a connector is part of the name ("Queen of the South").
        // So is one heading a name the model does not read as a person, whose last word types it
        // ("Singer World Series").
        let i0 = i;
        let i = match doc.role(g, i, j) {
            // A role word alone that the model reads as the surname of a person it found in full
            // is that person ("Bryan Singer … Singer said", "Carole King … King wrote").
            Some(n) if n == j - i && ty == 0 && j - i == 1 && surnames.contains(doc.s(i)) => i,
            Some(n) if i + n >= j || doc.cap(i + n) && (ty == 0 || by_head_or_tail(doc.s(i + n), doc.s(j - 1), j - i - n).is_none()) => i + n,
            _ => i,
        };
        // The tagger read the title as part of a name it does not type a person ("General
        // Dynamics").
        let role_in_name = i != i0 && ty != 0;
        // Mentions exclude a leading "The" ("The Wall Street Journal") and a courtesy title
        // ("Mr Okafor").
        // So do a leading preposition or conjunction of a headline or byline ("By Peter
        // Salisbury", "Via The Daily").
        let i = if j - i > 1 && LEADING.has(&doc.s(i).lower()) { i + 1 } else { i };
        let i = if j - i > 1 && (doc.s(i).eq_ignore_ascii_case("the") || COURTESY.has(doc.s(i)) && !pageant(doc, g, i)) { i + 1 } else { i };
        // Nothing left once the role is off ("COO" alone).
        if i >= j {
            continue;
        }
        let j = doc.trim_end(i, j);
        // A person's double-barrelled surname opening a sentence is whole ("Hyde-Smith
        // received": the tagger read "Smith"), unless a list knows its first part or it names
        // two sides ("the Dunmore-Quell talks").
        let i = if ty == 0 && i >= 2 && i == j - 1 && !PAIR_NOUNS.has(doc.s(j)) && doc.hyphen_between(i - 1) && doc.cap(i - 2) && !doc.all_caps(i - 2) && (i - 2 == 0 || !doc.gap(i - 2).is_empty()) && doc.gazetteer(g, i - 2, i - 1).is_none() { i - 2 } else { i };
        // A person's name goes on with a surname behind an Arabic article that the tagger left
        // out ("Habib el-Adly": the training text spells it "al-").
        let j = if ty == 0 && j < tokens.len() && doc.s(j).starts_with(char::is_lowercase) && arabic_article(doc.s(j)) && doc.joined(j) && doc.s(j)[3..].starts_with(char::is_uppercase) { j + 1 } else { j };
        // So does one with the second part of a double-barrelled surname ("Randall Jordan-Aparo":
        // the tagger read "Randall Jordan"; `barrelled`), and so is that surname alone, whatever
        // the tagger made of its first part ("Jordan" a country).
        let lone_barrelled = j - i == 1 && j + 1 < tokens.len() && doc.hyphen_between(j) && barrelled.contains(&(doc.s(i), doc.s(j + 1)));
        let ty = if lone_barrelled { 0 } else { ty };
        let j = if lone_barrelled || ty == 0 && barrelled_at(doc, g, i, j) { j + 2 } else { j };
        // A common word glued to a person's full name found elsewhere in the text is no part of
        // it ("Courtesy Rekita Lee", "Supermodel Gigi Hadid", "Ann Curry On Dramatic Reunions",
        // "Brian Williams Reveals": a caption's credit, a headline's words).
        let stray = |k: usize| {
            let w = doc.s(k);
            let l = w.lower();
            w.chars().nth(1).is_some() && !g.is_first_name(w) && !name_suffix(w) && doc.role(g, k, k + 1).is_none() && (COMMON.has(&l) || doc.lower_words.contains(l.as_str()) || doc.looks_common(k) || crate::sentiment::lexicon::listed(&l))
        };
        // A headline's verb or pronoun ends a name ("Christian Bale Is", "ESPN Has A Problem
        // With", "Follow Us On Twitter", "She Has Sex With Husband": title-case fragments run
        // into the text).
        // What is left is kept only if it joins a name found elsewhere (`weak`): "KFC Gets
        // Occupational Business License" is KFC, "This Terrifying Robot Was Developed" nothing.
        let cut = (i + 1..j).find(|&k| CLAUSE_CAPS.has(doc.s(k)));
        let j = cut.unwrap_or(j);
        // So is one opening with such a word, which is no part of it ("Has Kanye West been
        // banned", "Their Scam").
        let opens = opens_clause(doc.s(i));
        let i = if opens && j - i >= 2 && doc.cap(i + 1) { i + 1 } else { i };
        let (i, j) = if ty != 0 || j - i < 3 {
            (i, j)
        } else if stray(i) && full.contains(&words_key(doc, i + 1, j)) {
            (i + 1, j)
        } else {
            (i, (i + 2..j).find(|&k| stray(k) && full.contains(&words_key(doc, i, k))).unwrap_or(j))
        };
        // Nor is a piece of a word ("S." of "AnalyticsU.S.").
        let glued = doc.text[..tokens[i].span.start].ends_with(|c: char| c.is_alphanumeric() || c == '.')
            // Nor one ending inside a word ("Real Time AnalyticsU" of "AnalyticsU.S.", two texts
            // pasted without a break).
            || doc.text[tokens[j - 1].span.end..].starts_with(char::is_alphanumeric)
            || doc.text[tokens[j - 1].span.end..].starts_with('.') && {
                // A word glued to an initialism ("AnalyticsU" + ".S.").
                let mut back = doc.s(j - 1).chars().rev();
                back.next().is_some_and(char::is_uppercase) && back.next().is_some_and(char::is_lowercase)
            };
        // A name has a letter or digit in it (never an emoji or a flag's regional indicator).
        let wordless = !(i..j).any(|t| doc.s(t).chars().any(char::is_alphanumeric));
        // Nor is a lone letter ("(L)" in a caption: the person on the left).
        let letter = j - i == 1 && doc.s(i).chars().count() == 1;
        // Nor a letter joined to a common noun ("X-ray", "T-shirt", "U-turn").
        let letter = letter || {
            let mut c = doc.text[tokens[i].span.start..tokens[j - 1].span.end].chars();
            c.next().is_some_and(char::is_alphabetic) && c.next() == Some('-') && c.next().is_some_and(char::is_lowercase) && c.all(|ch| !ch.is_whitespace())
        };
        // Nor a lone word that opens sentences and names nothing ("Instead, he said" read as
        // a person by the structured tagger, "Also, ...", "(CNN) When ..."); a word in capitals may be one ("US").
        let opener = j - i == 1 && !doc.all_caps(i) && common(doc.s(i));
        if j - i == 1 && (doc.never_name(i) || field_of_study(doc, i) || shouted(doc, g, i)) || glued || wordless || letter || opener {
            continue;
        }
        while c < cands.len() && cands[c].tokens.1 <= i {
            c += 1;
        }
        let overlapping: Vec<usize> = (c..cands.len()).take_while(|&k| cands[k].tokens.0 < j).collect();
        // Two names typed by their head or tail words inside one model span are two names
        // ("Acme Technologies and Zenith Airlines").
        let typed_inside = overlapping.iter().filter(|&&k| cands[k].evidence == Evidence::Rule && strong(&cands[k])).count();
        // A place typed by its tail word, then "of" and another name, is two names ("the Andes
        // Mountains of Peru"), not an organisation.
        let place_of = overlapping.iter().any(|&k| {
            let (a, e) = cands[k].tokens;
            cands[k].evidence == Evidence::Rule
                && cands[k].kind == EntityType::Loc
                && e - a > 1
                && e + 1 < j
                && doc.s(e) == "of"
                && overlapping.iter().any(|&o| cands[o].tokens.0 == e + 1 && strong(&cands[o]))
        });
        // A listed place opening the span, then capitalised words no list knows, is the head
        // of a longer name however unsure the model is of where that name ends ("Boston Red
        // Sox", "China Daily", "Damascus Radio", "U.S. Central Command", "Chad Ogea"); read as a
        // place, only with a place's last word ("North Korea Leadership Watch" is no place).
        let sure_span = margin >= CONTAIN_MARGIN || (ty != 1 || LOC_TAILS.has(doc.s(j - 1))) && place_headed(doc, cands.as_slice(), &overlapping, i, j);
        // A place listed after the model was trained (`Hit::late`) inside a longer name the
        // model read is no reason to split it ("Bristol-Myers Squibb", "Royal Newfoundland
        // Constabulary"): the model's reading stands as it did before the list had it.
        let late_inside = |k: usize| {
            let (a, e) = cands[k].tokens;
            cands[k].evidence == Evidence::Gazetteer && i <= a && e <= j && doc.gazetteer(g, a, e).is_some_and(|(n, h)| n == e - a && h.late)
        };
        if !lone_barrelled && (typed_inside > 1 || place_of) || !lone_barrelled && overlapping.iter().any(|&k| matches!(cands[k].kind, EntityType::Date | EntityType::Time) || (strong(&cands[k]) || titled(doc, &cands[k])) && cands[k].tokens != (i, j) && !late_inside(k) && !(sure_span && (cands[k].role.is_none() || cands[k].tokens.0 == i && ty == 0) && i <= cands[k].tokens.0 && cands[k].tokens.1 <= j && (cands[k].evidence != Evidence::Gazetteer || !(i..j).any(|t| doc.s(t) == "-")))) {
            // The model found a name there: a full name the rules read inside it before "of",
            // of no common words ("Gold Fields of ..."), is one too ("Rosaly Quent of Halvern Labs" read as one organisation: the person and
            // the lab).
            for &k in &overlapping {
                let (a, e) = cands[k].tokens;
                inside[k] = e < j && doc.s(e) == "of" && !(a..e).any(|t| common(doc.s(t)) || doc.lower_words.contains(doc.s(t).lower().as_str()));
            }
            continue;
        }
        // A name holding a role is two things ("U.S. Secretary of State John Kerry"); a role word
        // ending a person's name is a surname ("Billie Jean King").
        // (Nor before a name's suffix: "Martin Luther King Jr.")
        let suffix = j - i > 2 && name_suffix(doc.s(j - 1));
        if (i + 1..j).any(|k| doc.role(g, k, j).is_some_and(|n| !(ty == 0 && (k + n == j || suffix && k + n == j - 1)))) {
            continue;
        }
        // Nor is a name the opening words of a longer role ("Senate Minority" of "Senate
        // Minority Leader Chuck Schumer"): the role is no entity, the body in it is the rules'.
        if doc.role(g, i, tokens.len()).is_some_and(|n| i + n > j) {
            continue;
        }
        // Nor one inside a role begun before it ("Health" of "Secretary of Health and Human
        // Services").
        if (i.saturating_sub(5)..i).any(|k| doc.role(g, k, tokens.len()).is_some_and(|n| k + n >= j)) {
            continue;
        }
        let same = overlapping.iter().copied().find(|&k| cands[k].tokens == (i, j));
        let hit = doc.gazetteer(g, i, j).filter(|&(n, _)| n == j - i).map(|(_, h)| h);
        let Some(mut kind) = model_kind(doc, i, j, ty, hit) else { continue };
        // A lone plural of a member of a listed group or place's people ("Westerners",
        // "Londoners", "Kurds") is that group when the model's person is a near tie (not an
        // ending alone: "Evans").
        if j - i == 1 && kind == EntityType::Person && margin < BARE_MARGIN && hit.is_none() && members(doc.s(i)) {
            kind = EntityType::Norp;
        }
        let mut cand = match same {
            Some(k) => {
                let rule = &cands[k];
                // A name typed by its head or tail word keeps that type ("Lake Chad" is a LOC).
                if (strong(rule) || titled(doc, rule)) && rule.evidence == Evidence::Rule {
                    kind = rule.kind;
                }
                // A listed acronym or a listed person's surname keeps the list's type when the
                // model is unsure ("The US was", "Obama spoke").
                if rule.evidence == Evidence::Gazetteer && (hit.is_some_and(|h| h.acronym) || rule.kind == EntityType::Person) && ty != 0 && margin < ACRONYM_MARGIN {
                    kind = rule.kind;
                }
                // A listed person's surname that no list has as a place is no place, however
                // sure the model ("in the eternity of Christ").
                if rule.evidence == Evidence::Gazetteer && rule.kind == EntityType::Person && ty == 1 && hit.is_none() {
                    kind = rule.kind;
                }
                // A listed person's full name (two words or more) is that person whatever the
                // model reads ("Recep Tayyip Erdogan" as a company, "Alexandria Ocasio-Cortez"
                // opening with a city's name): a surname alone may be a place, a full name not.
                if rule.evidence == Evidence::Gazetteer && rule.kind == EntityType::Person && j - i >= 2 && hit.is_some_and(|h| h.kind == EntityType::Person) {
                    kind = rule.kind;
                }
                // A listed organisation keeps its type when the model reads it as a person
                // without being sure ("…, al-Qaeda said": a word before "said" reads as a
                // person). Measured with an 11,000-feature model of session 7: no CoNLL-2003
                // dev answer changed, one more WNUT-17 dev name right.
                if rule.evidence == Evidence::Gazetteer && rule.kind == EntityType::Org && ty == 0 && margin < ACRONYM_MARGIN {
                    kind = rule.kind;
                }
                // A listed body named after its seat ("White House", "Kremlin", "Pentagon") is the
                // body whenever the model reads the place: one entity, ORG, in every context ("a
                // White House spokesman", "the White House said"), as the list types it.
                if rule.evidence == Evidence::Gazetteer && rule.kind == EntityType::Org && ty == 1 {
                    kind = rule.kind;
                }
                // A listed country read as an organisation ("by US airstrikes") is the country,
                // standing for its government as a capital does (see mod.rs): one entity with
                // its other mentions. (A city may be a team: "Leeds won".)
                if rule.evidence == Evidence::Gazetteer && rule.kind == EntityType::Gpe && ty == 2 && hit.is_some_and(|h| !h.local) {
                    kind = rule.kind;
                }
                // Any listed name keeps the list's type when the model barely prefers another
                // ("al-Qaeda" read as a place), and so does a listed name before a hyphen suffix
                // ("Hamas-run": the model types the compound, the mention is the name).
                let prefix = rule.span.end < tokens[j - 1].span.end;
                // A listed place after "in", "near"... is that place ("a bank in Philadelphia").
                let placed = matches!(rule.kind, EntityType::Gpe | EntityType::Loc) && has_lower(LOC_PREPS, doc.s(i.wrapping_sub(1)));
                // And so does one listed after the model was trained (`Hit::late`: its features
                // never read the list) unless the model is sure ("a trip to Bali" read as a person).
                let late = hit.is_some_and(|h| h.late) && margin < ACRONYM_MARGIN;
                if rule.evidence == Evidence::Gazetteer && (margin < LIST_MARGIN || prefix || placed || late) {
                    kind = rule.kind;
                }
                // A lone word a rule types as a company keeps that type when the model is unsure,
                // or whatever it says after a company's noun ("cables giant Pirelli").
                if rule.evidence == Evidence::Rule && rule.kind == EntityType::Org && j - i == 1 && (margin < BARE_MARGIN || after_company_noun(doc, i) || after_deal_noun(doc, i)) {
                    kind = rule.kind;
                }
                // A lone unknown word after "in", "near", "across"... stays the place the rules read
                // when the model's PERSON is a near tie ("families in Maiduguri", "police in Tamale").
                // A given name stays a person ("in Sarah's words").
                if rule.evidence == Evidence::Default && rule.kind == EntityType::Gpe && matches!(kind, EntityType::Person | EntityType::Event | EntityType::Misc) && j - i == 1 && margin < PLACE_MARGIN && !g.is_first_name(doc.s(i)) {
                    kind = rule.kind;
                }
                // A name right after a person's title ("President Trump", "Chancellor Olaf
                // Scholz") is a person, whatever the tagger (trained on 1996's news, when
                // "Trump" was a casino company) reads it, unless a list or its head or tail
                // word names something else ("Lake Victoria"), or the tagger read the title
                // inside the name, or the title is in capitals ("TO COACH NICE") or a common
                // noun ("market leader Tesco").
                if rule.kind == EntityType::Person && rule.role.as_deref().is_some_and(titled_role) && hit.is_none() && !role_in_name && doc.s(i.wrapping_sub(1)).contains(char::is_lowercase) && by_head_or_tail(doc.s(i), doc.s(j - 1), j - i).is_none() {
                    kind = EntityType::Person;
                }
                // The model's type wins over a list's ("Washington" the person); the list's
                // knowledge, and its evidence, stay only when the types agree (a listed
                // person's surname read as a place, "at the mercy of Putin", is then free to
                // join its person in `merge`).
                let agree = kind == rule.kind;
                // A lone word the rules found no evidence for stays theirs to judge (kept only if it
                // recurs, then as an ORG; see `merge`) when the model's PERSON is its only sign (its
                // ORG stands: "Shares of Nvidia rose").
                if rule.bare && kind == EntityType::Person && margin < BARE_MARGIN && !own_words(doc, j) {
                    for &k in &overlapping {
                        taken[k] = true;
                    }
                    out.push(rule.clone());
                    margins.push(margin);
                    continue;
                }
                Candidate {
                    kind,
                    evidence: if agree { rule.evidence.max_rule() } else { Evidence::Rule },
                    weak: false,
                    bare: false,
                    canon: rule.canon.filter(|_| agree),
                    country: rule.country.filter(|_| agree),
                    ..rule.clone()
                }
            }
            None => {
                let span = Span::new(tokens[i].span.start, tokens[j - 1].span.end);
                let sentence = sentences.partition_point(|s| s.end <= span.start);
                // A role right before the name ("Secretary of State John Kerry") from the rule candidate
                // that ends where this one ends, or starts where it starts ("captain Billie Jean
                // King": the rules end the name before the role word "King").
                let roled = overlapping.iter().map(|&k| &cands[k]).find(|r| (r.tokens.1 == j || r.tokens.0 == i) && r.role.is_some());
                let subject = overlapping.iter().any(|&k| cands[k].subject)
                    || has_lower(SAY_VERBS, doc.s(j))
                    || sentences.get(sentence).is_some_and(|s| s.start == span.start);
                Candidate {
                    span,
                    tokens: (i, j),
                    kind,
                    evidence: Evidence::Rule,
                    canon: hit.filter(|h| h.kind == kind).map(|h| h.canon),
                    country: hit.filter(|h| h.kind == kind).and_then(|h| h.country),
                    role: roled.filter(|_| kind == EntityType::Person).and_then(|r| r.role.clone()),
                    role_of: roled.filter(|_| kind == EntityType::Person).and_then(|r| r.role_of),
                    sentence,
                    subject,
                    weak: false,
                    bare: false,
                    sure: false,
                }
            }
        };
        // A listed given name and a capitalised word that is no common word, no listed name
        // and no head or tail word, read by the model as a body without being sure ("Christian
        // Bale said", "Aaron Rodgers"), is a person. (Not a place: "Ann Arbor", "Park Ridge".)
        if hit.is_none()
            && j - i == 2
            && kind == EntityType::Org
            && margin < GIVEN_MARGIN
            && g.is_first_name(doc.s(i))
            && doc.cap(i + 1)
            && !doc.all_caps(i + 1)
            && !common(doc.s(i + 1))
            && !doc.lower_words.contains(doc.s(i + 1).lower().as_str())
            && by_head_or_tail(doc.s(i), doc.s(i + 1), 2).is_none()
            && doc.gazetteer(g, i + 1, i + 2).is_none()
        {
            kind = EntityType::Person;
        }
        // A name no list knows that the model reads, unsure, as a place or body is a person
        // after a noun of kin and "of" ("a friend of Oprah Winfrey."), before a possessive and
        // such a noun ("Ozren Vasic's widow"; "sister" and "mother" before a lowercase word
        // modify things: "ESPN's sister network"), or before a verb of a life's events as its
        // clause's subject ("Tiger Woods divorced"; not "Hank of the Sugarhill Gang died",
        // "students from Aytozinapa died"): events bodies and places do not undergo.
        let person_context = || {
            let kin_of = i >= 2 && doc.s(i - 1) == "of" && KIN.has(&doc.s(i - 2).lower());
            let kin_after = doc.possessive(j)
                && KIN.has(&doc.s(j + 1).lower())
                && !(matches!(doc.s(j + 1), "sister" | "mother") && doc.word(j + 2) && doc.s(j + 2).starts_with(char::is_lowercase));
            let subject_slot = i == 0 || !doc.word(i - 1) || matches!(doc.s(i - 1), "and" | "after" | "as" | "because" | "before" | "but" | "since" | "that" | "until" | "when" | "while");
            let life_after = subject_slot && matches!(doc.s(j), "died" | "dies" | "divorced" | "married" | "marries" | "wed" | "weds");
            kin_of || kin_after || life_after || own_words(doc, j)
        };
        if hit.is_none() && j - i <= 3 && kind != EntityType::Norp && margin < PLACE_MARGIN && (kind != EntityType::Person || own_words(doc, j)) && person_context() {
            // The context types the name: its other mentions follow in `merge`.
            kind = EntityType::Person;
            cand.sure = true;
        }
        cand.kind = kind;
        // In a line in capitals only, a name no list knows is kept only if it joins one found in
        // running text; so is a long one (five tokens or more) in a headline-like sentence
        // ("Russia To Increase Intelligence Sharing Over ISIS" read as one name).
        let si = sentences.partition_point(|s| s.end <= tokens[i].span.start);
        if let Some(sent) = sentences.get(si) {
            // The sentence's tokens around the name (found by halving: a sentence may be long).
            let a = i.min(tokens.partition_point(|t| t.span.start < sent.start));
            let b = j.max(tokens.partition_point(|t| t.span.end <= sent.end));
            if line.0 != (a, b) {
                line = ((a, b), caps_line(doc, a, b), headline(doc, a, b));
            }
            let caps_margin = if j - i <= 2 { CAPS_SHORT_MARGIN } else { CAPS_MARGIN };
            // In a headline, a name holding a capitalised preposition past its first word is a
            // clause ("Moves Closer To Becoming Law", "Digs Into ... Program", "Went Wrong In
            // Charlottesville"; not "Bank of America", written so in any line).
            let clause = line.2 && j - i >= 3 && (i + 1..j).any(|k| matches!(doc.s(k), "About" | "After" | "At" | "By" | "For" | "From" | "In" | "Into" | "On" | "Over" | "To" | "With"));
            // So is a lone word of a headline or a line in capitals that the text gives no
            // name's capital of its own ("Clashes", "HUNDREDS", "Hoax", "Photos"): one it writes
            // in lowercase elsewhere, or a plural, adjective, verb form or valence word, that no
            // list knows and no sentence of running text capitalises mid-way.
            let head_word = j - i == 1 && (line.1 || line.2) && headline_word(doc, i);
            cand.weak |= hit.is_none() && (margin < caps_margin && line.1 || margin < CAPS_MARGIN && j - i >= 5 && line.2 || clause || head_word);
        }
        cand.weak |= (cut.is_some() || opens) && hit.is_none();
        for &k in &overlapping {
            taken[k] = true;
        }
        // A country opening the name of a body of its state ("U.S. Army", "Israel Defense
        // Forces", "U.S. Geological Service"): the body acts for the country
        // (`Entity::acts_for`), as an official does.
        let (a, b) = cand.tokens;
        if cand.kind == EntityType::Org && cand.country.is_none() && b - a >= 2 && STATE_BODIES.has(&doc.s(b - 1).lower()) {
            cand.country = doc.gazetteer(g, a, b).filter(|&(n, h)| a + n < b && h.kind == EntityType::Gpe && !h.local).map(|(_, h)| h.canon);
        }
        out.push(cand);
        margins.push(margin);
    }
    coordinated(doc, &mut out, &margins);
    // `role_of` indexes the rule candidates: keep those it points to, and remap.
    let keep: Vec<bool> = cands
        .iter()
        .zip(&taken)
        .map(|(c, &t)| {
            let unsure = (c.tokens.0..c.tokens.1).all(|k| model.outside.get(k).is_some_and(|&m| m < OUTSIDE_MARGIN));
            // A speaker ("Petrov said") stays the rules' to judge whatever the model says.
            let speaker = has_lower(SAY_VERBS, doc.s(c.tokens.1));
            // So does a body's spokesperson's ("Ericsson spokesman Per Lind"), when the model is
            // unsure it is no name (it is sure of "Government spokeswoman").
            let spokes = spokesman(doc, c) && unsure;
            // A lone word a rule types as a company ("agreed to buy Corvane") stands when the
            // model is unsure it is no name.
            let company = c.evidence == Evidence::Rule && c.kind == EntityType::Org && c.tokens.1 - c.tokens.0 == 1 && !doc.all_caps(c.tokens.0) && (unsure || STOCK_WORDS.has(doc.s(c.tokens.1)));
            !t && (matches!(c.kind, EntityType::Date | EntityType::Time) || (strong(c) || titled(doc, c) || company || regnal(doc, c)) && !c.weak || c.bare && (c.weak && unsure || speaker || spokes))
        })
        .collect();
    // A lone word kept as a person elsewhere (a speaker, "Petrov said", or the model's)
    // keeps its other mentions the rules read the same way ("Petrov met ...", opening a
    // sentence, where the model is sure of nothing).
    let mut keep = keep;
    // A full name found before "of" inside a model span left to the rules (above).
    for (k, c) in cands.iter().enumerate() {
        if inside[k] && !taken[k] && !c.weak && c.kind == EntityType::Person && c.tokens.1 - c.tokens.0 >= 2 {
            keep[k] = true;
        }
    }
    let lone_person = |c: &Candidate| c.kind == EntityType::Person && c.tokens.1 - c.tokens.0 == 1;
    let mut persons = crate::clean::repair::StrMap::<u32>::default();
    for (k, c) in cands.iter().enumerate() {
        if keep[k] && c.bare && lone_person(c) {
            persons.insert(doc.s(c.tokens.0), 0);
        }
    }
    for c in &out {
        if lone_person(c) {
            persons.insert(doc.s(c.tokens.0), 0);
        }
    }
    for (k, c) in cands.iter().enumerate() {
        if !keep[k] && !taken[k] && c.bare && lone_person(c) && persons.contains_key(doc.s(c.tokens.0)) {
            keep[k] = true;
        }
    }
    let mut merged: Vec<Candidate> = Vec::with_capacity(out.len() + cands.len());
    let model_cands = out;
    let mut m = 0;
    for (k, cand) in cands.iter().enumerate() {
        while m < model_cands.len() && model_cands[m].span.start < cand.span.start {
            merged.push(model_cands[m].clone());
            m += 1;
        }
        if keep[k] {
            merged.push(cand.clone());
            if spokesman(doc, cand) {
                let c = merged.last_mut().expect("just pushed");
                c.kind = EntityType::Org;
                c.evidence = Evidence::Rule;
            }
        }
    }
    merged.extend(model_cands[m..].iter().cloned());
    // No name ends with a connector or a stray stop, whoever found it.
    for c in merged.iter_mut() {
        if matches!(c.kind, EntityType::Date | EntityType::Time) {
            continue;
        }
        let mut j = doc.trim_end(c.tokens.0, c.tokens.1);
        // Nor with a common noun in lowercase that the tagger's span ran on to ("died in a Santa
        // Clarita hospital", "three British jihadists"): the name is before it, and a listed
        // name so left takes its listed type ("British" a NORP).
        let a = c.tokens.0;
        let lower = |k: usize| doc.word(k) && doc.s(k).bytes().all(|b| b.is_ascii_lowercase());
        if j - a >= 2 && lower(j - 1) && doc.s(a).starts_with(char::is_uppercase) {
            while j - a >= 2 && lower(j - 1) {
                j -= 1;
            }
            j = doc.trim_end(a, j);
            if let Some((_, h)) = doc.gazetteer(g, a, j).filter(|&(n, _)| n == j - a) {
                c.kind = h.kind;
                c.canon = Some(h.canon);
                c.country = h.country;
            }
        }
        if j < c.tokens.1 {
            c.tokens.1 = j;
            c.span = Span::new(c.span.start, tokens[j - 1].span.end);
        }
        // Nor with a hyphen suffix ("New York-listed", "Halifax-based"), unless a person's
        // ("Kim Jong-un"): the name is before the hyphen, typed by a list, else a place
        // ("Tarvenna-based", "-born", "-listed": mostly places), or an organisation if in
        // capitals ("NBA-leading").
        let last = tokens[j - 1].span;
        if let Some(k) = doc.suffixed(j - 1).filter(|_| c.kind != EntityType::Person && c.span.end == last.end) {
            c.span.end = last.start + k;
            let name = &doc.text[c.span.start..c.span.end];
            let hit = g.phrase(&name.lower());
            // (A language's is its speakers': "Arabic-language".)
            let kind = if LANGUAGES.has(name) { EntityType::Norp } else if name.contains(char::is_lowercase) { EntityType::Gpe } else { EntityType::Org };
            c.kind = hit.map_or(kind, |h| h.kind);
            c.canon = hit.map(|h| h.canon);
            c.country = hit.and_then(|h| h.country);
        }
        // A football club's short name ("Man City", "Man Utd") is no man's, whatever given
        // name "Man" is.
        if j - c.tokens.0 == 2 && doc.s(c.tokens.0) == "Man" && matches!(doc.s(j - 1), "City" | "United" | "Utd") {
            c.kind = EntityType::Org;
            c.role = None;
        }
        // A place named as a unit of government by its last word ("Broward County", "Helmand
        // Province") is a political one.
        if c.kind == EntityType::Loc && j - c.tokens.0 >= 2 && matches!(doc.s(j - 1), "Borough" | "County" | "Municipality" | "Parish" | "Prefecture" | "Province" | "Township") {
            c.kind = EntityType::Gpe;
        }
    }
    acronyms_of_names(doc, sentences, &mut merged);
    crate::sentiment::sort_by(&mut merged, |p, q| p.span.start.cmp(&q.span.start));
    listed_together(doc, &mut merged);
    // A disease is no name ("the Ebola outbreak" read as an organisation, "Zika" as a place).
    // Nor is a capitalised common noun or a lone name suffix (`NO_NAME`), nor a credit's
    // "File" or "Handout" after a photographer's name or a slash.
    merged.retain(|c| {
        let (a, w) = (c.tokens.0, doc.s(c.tokens.0));
        let credit = has_lower(CREDIT_WORDS, w) && (matches!(doc.s(a.wrapping_sub(1)), "/" | ",") || doc.s(a + 1) == ")" || doc.s(a + 1) == "Photo");
        // The rest of a product's name after its lowercase brand ("iCloud Drive", "iPhone 6
        // Plus") is no name of its own.
        let p = if doc.tokens.get(a.wrapping_sub(1)).is_some_and(|t| t.kind == Kind::Number) { a.wrapping_sub(2) } else { a.wrapping_sub(1) };
        let b = doc.s(p).as_bytes();
        let brand = doc.word(p) && b.len() > 2 && b[0].is_ascii_lowercase() && b[1].is_ascii_uppercase() && !matches!(c.kind, EntityType::Date | EntityType::Time);
        !(c.tokens.1 - a == 1 && (has_lower(DISEASES, w) || has_lower(NO_NAME, w) || credit || caps_plural(w) || brand)) && !party_label(doc, c)
    });
    // A greeting before a name is no part of it ("Hi Mike", "Dear Carolyn"): the one greeted
    // is a person.
    for c in merged.iter_mut() {
        let (a, b) = c.tokens;
        if b - a >= 2 && GREETINGS.has(doc.s(a)) && doc.cap(a + 1) {
            c.tokens.0 = a + 1;
            c.span.start = doc.tokens[a + 1].span.start;
            c.kind = EntityType::Person;
        }
    }
    saints(doc, g, &mut merged);
    retype(doc, g, &mut merged);
    given_countries(doc, g, &mut merged);
    products(doc, g, &mut merged);
    service_members(doc, g, &mut merged);
    encyclopaedic::encyclopaedic(doc, g, sentences, &mut merged);
    abbreviated_states(doc, g, sentences, &mut merged);
    party_states(doc, g, sentences, &mut merged);
    marked_states(doc, &mut merged);
    streets(doc, g, &mut merged);
    listed_pairs(doc, g, sentences, &mut merged);
    joined_states(doc, sentences, &mut merged);
    suffixed_places(doc, g, sentences, &mut merged);
    brand_products(doc, g, &mut merged);
    award_names(doc, &mut merged);
    halls(doc, sentences, &mut merged);
    // "WHO IS THE FRONT-RUNNER?": in capitals before a verb, "WHO" asks; it names no body.
    merged.retain(|c| !(c.tokens.1 == c.tokens.0 + 1 && doc.s(c.tokens.0) == "WHO" && WHO_ASKS.has(doc.s(c.tokens.1))));
    ampersand_names(doc, sentences, &mut merged);
    war_acronyms(doc, sentences, &mut merged);
    patronymics(doc, sentences, &mut merged);
    headline_surnames(doc, sentences, &mut merged);
    sports::sports(doc, g, sentences, &mut merged);
    // Remap `role_of` from rule indices to merged indices (by span).
    let starts: Vec<usize> = merged.iter().map(|c| c.span.start).collect();
    for c in merged.iter_mut() {
        c.role_of = c.role_of.and_then(|r| {
            let span = cands.get(r)?.span;
            let at = starts.binary_search(&span.start).ok()?;
            Some(at)
        });
    }
    merged
}

/// "St." opens the name right after it ("St. Peter's Square", "St. Mary's Hospital"), unless
/// it ends a street's name before ("Main St. Police"); a candidate of "St" alone goes. A
/// listed name so made takes its listed type ("St. Louis", not the person "Louis").
#[cfg_attr(size_attrs, optimize(size))]
fn saints(doc: &Doc, g: &Gazetteer, merged: &mut Vec<Candidate>) {
    let mut k = 0;
    while k < merged.len() {
        let (a, b) = merged[k].tokens;
        if a >= 2 && doc.s(a - 1) == "." && doc.s(a - 2) == "St" && doc.tokens[a - 2].span.end == doc.tokens[a - 1].span.start && !doc.cap(a.wrapping_sub(3)) {
            let c = &mut merged[k];
            c.tokens.0 = a - 2;
            c.span.start = doc.tokens[a - 2].span.start;
            if let Some((_, h)) = doc.gazetteer(g, a - 2, b).filter(|&(n, _)| n == b + 2 - a) {
                (c.kind, c.evidence, c.canon, c.country) = (h.kind, Evidence::Gazetteer, Some(h.canon), h.country);
            }
            if k > 0 && merged[k - 1].tokens.1 > a - 2 {
                merged.remove(k - 1);
                continue;
            }
        }
        k += 1;
    }
}

/// The plural of a word in capitals ("SUVs", "LEDs", "ICUs"): a common noun's, no name.
fn caps_plural(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && b[b.len() - 1] == b's' && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
}

/// Nouns of a river's land after its name ("Amazon basin"). Sorted.
const RIVER_LAND: Words = Words("basin|deforestation|delta|forest|jungle|rainforest|region|river|tribes|valley");

/// ", the|a|an [up to two words] ROLE" right after a name ending at token `b`, the role
/// followed by the end of the clause or a preposition ("the director of the film"), and no
/// saying verb after it in its clause: not the subject of the next clause ("in St. Peter's
/// Square, the Catholic leader tried", "Regarding the Apple Watch, the analyst forecasts").
fn appositive_role(doc: &Doc, g: &Gazetteer, b: usize) -> bool {
    if doc.s(b) != "," || !matches!(doc.s(b + 1), "the" | "a" | "an") {
        return false;
    }
    for k in b + 2..b + 5 {
        if let Some(n) = doc.role(g, k, doc.tokens.len()) {
            let mut j = k + n;
            if !matches!(doc.s(j), "," | "." | "of" | "for" | "at" | "in" | "with" | "who" | "whose" | "") {
                return false;
            }
            while j < doc.tokens.len() && !matches!(doc.s(j), "," | "." | ";" | ":") {
                if has_lower(SAY_VERBS, doc.s(j)) {
                    return false;
                }
                j += 1;
            }
            return true;
        }
        if !doc.word(k) {
            return false;
        }
    }
    false
}

/// Nouns of a settlement or a part of a country, before "of" and its name. Sorted.
const SETTLEMENTS: Words = Words("borough|capital|city|district|enclave|hamlet|island|municipality|port|province|state|suburb|town|village");

/// Nouns of a land after its name ("the Pamir mountains", "the Sinai peninsula"). Sorted.
const LANDS: Words = Words("archipelago|desert|island|islands|mountains|peninsula|plateau|region|valley");

/// The planets and the larger moons of the solar system. Sorted.
const SKY: Words = Words("Callisto|Ceres|Earth|Enceladus|Europa|Ganymede|Jupiter|Mars|Mercury|Neptune|Pluto|Saturn|Titan|Triton|Uranus|Venus");

/// US states' and Canadian provinces' abbreviations, as news writes them after a city
/// ("Portland, Ore.", "Fresno, Calif.-based", "Newark, N.J."), without the stop that follows
/// them (a dotted one keeps its stops: it is one token). Sorted.
const STATE_ABBREVIATIONS: Words = Words("Ala|Ariz|Ark|B.C.|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|Mont|N.C.|N.D.|N.H.|N.J.|N.M.|N.Y.|Neb|Nev|Okla|Ont|Ore|Pa|Que|R.I.|S.C.|S.D.|Sask|Tenn|Tex|Va|Vt|Wash|Wis|Wyo");
/// The state each of [`STATE_ABBREVIATIONS`] names, in the same order.
const ABBREVIATED_STATES: &str = "Alabama|Arizona|Arkansas|British Columbia|California|Colorado|Connecticut|Delaware|Florida|Georgia|Illinois|Indiana|Kansas|Kentucky|Louisiana|Massachusetts|Maryland|Michigan|Minnesota|Mississippi|Missouri|Montana|North Carolina|North Dakota|New Hampshire|New Jersey|New Mexico|New York|Nebraska|Nevada|Oklahoma|Ontario|Oregon|Pennsylvania|Quebec|Rhode Island|South Carolina|South Dakota|Saskatchewan|Tennessee|Texas|Virginia|Vermont|Washington|Wisconsin|Wyoming";

/// A state's abbreviation after a city and a comma ("Portland, Ore.") is that state, stop
/// included, named in full: the tagger reads these capitalised stubs as anything ("Ore." an
/// organisation), and alone they are no name ("Wash", "Ill", "Miss" elsewhere are words).
#[cfg_attr(size_attrs, optimize(size))]
fn abbreviated_states(doc: &Doc, g: &Gazetteer, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for k in 2..doc.tokens.len().saturating_sub(1) {
        // The cheap tests first: this runs on every token.
        // (or in brackets after a school's or town's name: "Albion College (Mich.)")
        let paren = doc.s(k - 1) == "(";
        if doc.s(k - 1) != "," && !paren || !doc.cap(k) {
            continue;
        }
        let b = if doc.s(k).ends_with('.') { k + 1 } else { k + 2 };
        if b == k + 2 && (doc.s(k + 1) != "." || !doc.gap(k + 1).is_empty()) || !doc.cap(k - 2) || !doc.word(k - 2) || paren && doc.s(b) != ")" {
            continue;
        }
        let Some(i) = STATE_ABBREVIATIONS.iter().position(|w| w == doc.s(k)) else { continue };
        let Some(hit) = ABBREVIATED_STATES.split('|').nth(i).and_then(|name| g.phrase(&super::gazetteer::key_of(name))) else { continue };
        // Not inside a longer name found before ("Fresno, Calif" read as one).
        let at = merged.partition_point(|c| c.tokens.1 <= k);
        if merged.get(at).is_some_and(|c| c.tokens.0 < k) {
            continue;
        }
        let end = merged[at..].iter().take_while(|c| c.tokens.0 < b).count();
        let (canon, country) = us_state(hit.canon, hit.country);
        let c = Candidate { evidence: Evidence::Gazetteer, canon: Some(canon), country, ..ruled(doc, sentences, &merged[at..at + end], (k, b), EntityType::Gpe) };
        found.push((at, end, Some(c)));
    }
    replace(merged, found);
}

/// Countries whose names are also given names in English ("Chad Pergram", "Jordan Spieth",
/// "India Knight", "Georgia May", "Kenya Moore"). Sorted.
const GIVEN_COUNTRIES: Words = Words("Chad|Georgia|India|Jordan|Kenya");

/// Such a country's name and one capitalised word no list knows, that no kind of body or
/// place ends with, that the text never writes in lowercase ("Chad Pergram", "Jordan
/// Belfort", "Jordan Matson, 28") is a person's full name: the tagger had read the pair as a
/// place or an organisation. Not "Jordan Times", "India Today", "Jordan Valley", "Georgia
/// Tech".
#[cfg_attr(size_attrs, optimize(size))]
fn given_countries(doc: &Doc, g: &Gazetteer, merged: &mut [Candidate]) {
    for c in merged.iter_mut() {
        let (a, b) = c.tokens;
        if b - a != 2 || !matches!(c.kind, EntityType::Gpe | EntityType::Org | EntityType::Loc) || !GIVEN_COUNTRIES.has(doc.s(a)) {
            continue;
        }
        let w = doc.s(a + 1);
        let unknown = doc.word(a + 1)
            && w.len() > 2
            && !doc.all_caps(a + 1)
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
            && !doc.is_common(a + 1)
            // (nor a common noun's ending: "Jordan Aluminium", "Jordan Cement")
            && !["ery", "ics", "ion", "ism", "ity", "ium", "ment", "ness", "ship", "ure"].iter().any(|e| w.ends_with(e))
            && by_head_or_tail(doc.s(a), w, 2).is_none()
            && !BODY_TAILS.has(w)
            && doc.gazetteer(g, a + 1, a + 2).is_none()
            && doc.gazetteer(g, a, b).is_none_or(|(n, _)| n < 2);
        if unknown {
            c.kind = EntityType::Person;
            c.evidence = Evidence::Rule;
            c.canon = None;
            c.country = None;
            c.sure = true;
        }
    }
}

/// Words that end a product's or service's name after its brand ("Android Wear", "Bitcoin
/// Gold", "HBO Go", "MacBook Air", "Apple Pay"). Sorted.
const PRODUCT_TAILS: Words = Words("Air|Cash|Drive|Go|Gold|Max|Mini|Music|Pay|Pixel|Plus|Prime|Pro|Wear");

/// Words that end a business's name and no person's, which the tagger reads as persons'
/// names (unlike those of [`ORG_TAILS`], which type any name). Sorted.
const BUSINESS_TAILS: Words = Words("Electric|Grill|Hotel|Realty|Restaurant|Steakhouse|Tech|Ventures");

/// A name of two words the tagger reads as a person's, whose first word is no listed given name
/// or surname and whose last is a product's word ([`PRODUCT_TAILS`]), is a product's (MISC):
/// "Android Wear", "Bitcoin Gold", "HBO Go" had been persons; "Johnny Cash", "Ari Gold" stay,
/// as does one before a verb of saying ("Matea Gold reports").
#[cfg_attr(size_attrs, optimize(size))]
fn products(doc: &Doc, g: &Gazetteer, merged: &mut [Candidate]) {
    for c in merged.iter_mut() {
        let (a, b) = c.tokens;
        if b - a == 2 && c.kind == EntityType::Person && PRODUCT_TAILS.has(doc.s(a + 1)) && c.role.is_none() && !g.is_first_name(doc.s(a)) && !g.is_listed_surname(doc.s(a)) && doc.joined(a + 1) && !SAY_VERBS.has(doc.s(b)) && !matches!(doc.s(b), "reported" | "reports") {
            c.kind = EntityType::Misc;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
        // A "person" ending with a business's word is the business ("Emerson Electric",
        // "Keller Williams Realty", "Technology Crossover Ventures", "Prime Steakhouse",
        // "Virginia Tech").
        if b - a >= 2 && c.kind == EntityType::Person && c.role.is_none() && BUSINESS_TAILS.has(doc.s(b - 1)) && !g.is_listed_surname(doc.s(b - 1)) {
            c.kind = EntityType::Org;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
    }
}

/// A service member and a lone group's adjective are no organisations: "Marine" alone ("the
/// Marine filming", "a Marine's helmet") is a common noun, one of the Marines, and a country
/// before it ("a US Marine") is the place alone (both had been the organisation "US Marine");
/// a lone word that a list knows as a group's name ("No group, Islamic or otherwise") is that
/// group (NORP), not the organisation the tagger read.
#[cfg_attr(size_attrs, optimize(size))]
fn service_members(doc: &Doc, g: &Gazetteer, merged: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for (k, c) in merged.iter_mut().enumerate() {
        let (a, b) = c.tokens;
        // ("Islamic" alone, an adjective: "Islamic State" is the group's name.)
        if c.kind == EntityType::Org && b - a == 1 {
            let hit = doc.gazetteer(g, a, b).filter(|&(n, h)| n == 1 && h.kind == EntityType::Norp && !h.acronym);
            if hit.is_some() || doc.s(a) == "Islamic" {
                c.kind = EntityType::Norp;
                c.canon = hit.map(|(_, h)| h.canon);
                c.country = hit.and_then(|(_, h)| h.country);
            }
        }
        // Two bodies' names joined by "and", the first ending with a body's word, are two
        // names ("the Humane Society and People for the Ethical Treatment of Animals" had been
        // one): not a longer name's second part of one or two words ("Children's Hospital and
        // Medical Center", "Department of Health and Human Services").
        if c.kind == EntityType::Org && b - a >= 6 {
            if let Some(m) = (a + 2..b - 3).find(|&m| doc.s(m) == "and" && (ORG_TAILS.has(doc.s(m - 1)) || BODY_TAILS.has(doc.s(m - 1))) && doc.cap(m + 1) && !doc.s(m + 1).eq_ignore_ascii_case("the")) {
                let (p, q) = (c.tokens.0, c.tokens.1);
                let first = Candidate { tokens: (p, m), span: Span::new(c.span.start, doc.tokens[m - 1].span.end), canon: None, country: None, ..c.clone() };
                let second = Candidate { tokens: (m + 1, q), span: Span::new(doc.tokens[m + 1].span.start, c.span.end), canon: None, country: None, subject: false, ..c.clone() };
                found.push((k, 1, Some(first)));
                found.push((k + 1, 0, Some(second)));
                continue;
            }
        }
        if doc.s(b - 1) != "Marine" || matches!(c.kind, EntityType::Date | EntityType::Time) || !doc.s(a).starts_with(char::is_uppercase) {
            continue;
        }
        if b - a == 1 {
            found.push((k, 1, None));
        } else if let Some((_, h)) = doc.gazetteer(g, a, b - 1).filter(|&(n, h)| n == b - 1 - a && matches!(h.kind, EntityType::Gpe | EntityType::Norp)) {
            c.tokens.1 = b - 1;
            c.span.end = doc.tokens[b - 2].span.end;
            c.kind = h.kind;
            c.canon = Some(h.canon);
            c.country = h.country;
            c.evidence = Evidence::Gazetteer;
        }
    }
    replace(merged, found);
}

/// The US states' postal codes ("R-CA"). Sorted.
const POSTAL_CODES: Words = Words("AK|AL|AR|AZ|CA|CO|CT|DE|FL|GA|HI|IA|ID|IL|IN|KS|KY|LA|MA|MD|ME|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY");
/// The state each of [`POSTAL_CODES`] names, in the same order.
const POSTAL_STATES: &str = "Alaska|Alabama|Arkansas|Arizona|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Iowa|Idaho|Illinois|Indiana|Kansas|Kentucky|Louisiana|Massachusetts|Maryland|Maine|Michigan|Minnesota|Missouri|Mississippi|Montana|North Carolina|North Dakota|Nebraska|New Hampshire|New Jersey|New Mexico|Nevada|New York|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Virginia|Vermont|Washington|Wisconsin|West Virginia|Wyoming";

/// A party's letter and a state in brackets after a US politician's name ("Sen. Mazie Hirono
/// (D-Hawaii)", "Rep. Ed Royce (R-Calif.)", "(D-N.Y.)", "(R-CA)"): the state is a place, named
/// in full (one entity with "California" elsewhere), and the name before is a person's. The
/// tokenizer keeps "D-Hawaii" one word (short parts stay together), so nothing had found the
/// state, and the name before was at times an organisation.
#[cfg_attr(size_attrs, optimize(size))]
fn party_states(doc: &Doc, g: &Gazetteer, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for k in 2..doc.tokens.len() {
        // The cheap tests first: this runs on every token.
        let w = doc.s(k);
        let b = w.as_bytes();
        if b.len() < 3 || !matches!(b[0], b'D' | b'R' | b'I') || b[1] != b'-' || !b[2].is_ascii_uppercase() || doc.s(k - 1) != "(" || !doc.cap(k - 2) {
            continue;
        }
        // The state's words, glued up to the closing bracket or a comma ("(R-S.C.)", "(D-Calif.,
        // ranking member)").
        let mut e = k + 1;
        while e < doc.tokens.len() && e < k + 5 && !matches!(doc.s(e), ")" | ",") && doc.gap(e).is_empty() {
            e += 1;
        }
        if !matches!(doc.s(e), ")" | ",") {
            continue;
        }
        let start = doc.tokens[k].span.start + 2;
        let written = &doc.text[start..doc.tokens[e - 1].span.end];
        let bare = written.strip_suffix('.').unwrap_or(written);
        let name = STATE_ABBREVIATIONS
            .iter()
            .position(|s| s == written || s == bare)
            .and_then(|i| ABBREVIATED_STATES.split('|').nth(i))
            .or_else(|| POSTAL_CODES.iter().position(|s| s == written).and_then(|i| POSTAL_STATES.split('|').nth(i)))
            .unwrap_or(written);
        let Some(hit) = g.phrase(&super::gazetteer::key_of(name)).filter(|h| h.kind == EntityType::Gpe) else { continue };
        let at = merged.partition_point(|c| c.tokens.1 <= k);
        let n = merged[at..].iter().take_while(|c| c.tokens.0 < e).count();
        if merged[at..at + n].iter().any(|c| c.tokens.0 < k || c.tokens.1 > e) {
            continue;
        }
        // The name before the bracket is the politician's.
        if at > 0 && merged[at - 1].tokens.1 == k - 1 && !matches!(merged[at - 1].kind, EntityType::Person | EntityType::Date | EntityType::Time) {
            let p = merged[at - 1].clone();
            found.push((at - 1, 1, Some(Candidate { role: p.role.clone(), role_of: p.role_of, ..ruled(doc, sentences, std::slice::from_ref(&p), p.tokens, EntityType::Person) })));
        }
        let c = ruled(doc, sentences, &merged[at..at + n], (k, e), EntityType::Gpe);
        let (canon, country) = us_state(hit.canon, hit.country);
        let c = Candidate { span: Span::new(start, c.span.end), evidence: Evidence::Gazetteer, canon: Some(canon), country, subject: false, ..c };
        found.push((at, n, Some(c)));
    }
    replace(merged, found);
}

/// The US states named as a capital or a country elsewhere in the lists, and the names they
/// take when the text marks them as states: "Wash.", "(D-WA)", "Washington state" are not the
/// capital Washington (D.C.), nor "Ga.", "(R-GA)" the country Georgia.
const STATE_HOMONYMS: [(&str, &str); 2] = [("Georgia", "State of Georgia"), ("Washington", "State of Washington")];

/// The canonical name and country of a listed place named as a US state: its state's name
/// when a capital or a country bears it ([`STATE_HOMONYMS`]), the list's otherwise.
fn us_state(canon: &'static str, country: Option<&'static str>) -> (&'static str, Option<&'static str>) {
    match STATE_HOMONYMS.iter().find(|(listed, _)| *listed == canon) {
        Some(&(_, state)) => (state, None),
        None => (canon, country),
    }
}

/// A listed place that is also a US state's name ([`STATE_HOMONYMS`]), marked as the state by
/// the words around it, is that state: "Washington state", "the state of Washington" (not
/// "the state of Georgia's economy", a country's state of affairs), a town's address
/// ("Savannah, Georgia", "Spokane, Washington"; not "Tbilisi, Georgia", the capital's). And
/// once the text so marks Georgia, its other mentions are the state too, unless the text
/// names the country's people or capital ("Georgian", "Tbilisi").
#[cfg_attr(size_attrs, optimize(size))]
fn marked_states(doc: &Doc, merged: &mut [Candidate]) {
    let homonym = |c: &Candidate| c.kind == EntityType::Gpe && c.tokens.1 - c.tokens.0 == 1 && c.canon.is_some_and(|canon| STATE_HOMONYMS.iter().any(|(listed, _)| *listed == canon));
    for k in 0..merged.len() {
        let c = &merged[k];
        if !homonym(c) {
            continue;
        }
        let (a, b) = c.tokens;
        let possessive = matches!(doc.s(b), "'s" | "’s");
        let after = doc.s(b) == "state" && !matches!(doc.s(b + 1), "'s" | "’s");
        let before = a >= 2 && doc.s(a - 1) == "of" && doc.s(a - 2).eq_ignore_ascii_case("state") && !possessive;
        // (A town's address: the town a place, not the state's homonym's capital.)
        let address = a >= 2 && k > 0 && doc.s(a - 1) == "," && merged[k - 1].tokens.1 == a - 1 && merged[k - 1].kind == EntityType::Gpe && merged[k - 1].country.is_none() && merged[k - 1].canon.is_none_or(|p| !STATE_HOMONYMS.iter().any(|(listed, _)| *listed == p)) && !doc.cap(b) && doc.s(b) != "D.C.";
        if after || before || address {
            let canon = c.canon.unwrap_or_default();
            let c = &mut merged[k];
            (c.canon, c.country) = (Some(us_state(canon, None).0), None);
        }
    }
    // Georgia, once marked as the state.
    let marked = merged.iter().any(|c| c.canon == Some("State of Georgia"));
    let country = merged.iter().any(|c| c.country == Some("Georgia"));
    if marked && !country {
        for c in merged.iter_mut().filter(|c| c.kind == EntityType::Gpe && c.canon == Some("Georgia")) {
            (c.canon, c.country) = (Some("State of Georgia"), None);
        }
    }
}

/// Words that end a street's name ("Canfield Drive", "Pennsylvania Avenue"). Sorted.
const STREET_TAILS: Words = Words("Avenue|Blvd|Boulevard|Drive|Lane|Place|Road|Street");

/// A street is a place (LOC), whatever the tagger read ("Water Street" an organisation,
/// "Beckenham Lane" a person, "Canfield Drive" a work): a name of two words or more ending with
/// a street's word ([`STREET_TAILS`]), not opened by a given name ("Diane Lane", "Lois Lane")
/// nor listed, nor quoted. "Drive", "Lane" and "Place" also end other names ("Google Drive",
/// "Play Place"), and a work's title may be a street's ("Abbey Road", "Salt Road" read as
/// works), so these only after a house number or a preposition of place ("on Canfield
/// Drive", "24 Sussex Drive").
#[cfg_attr(size_attrs, optimize(size))]
fn streets(doc: &Doc, g: &Gazetteer, merged: &mut [Candidate]) {
    for c in merged.iter_mut() {
        let (a, b) = c.tokens;
        if b - a < 2 || !matches!(c.kind, EntityType::Org | EntityType::Misc | EntityType::Person | EntityType::Gpe) || !STREET_TAILS.has(doc.s(b - 1)) {
            continue;
        }
        if c.role.is_some() || c.evidence == Evidence::Gazetteer || g.is_first_name(doc.s(a)) || doc.gazetteer(g, a, b).is_some() {
            continue;
        }
        let placed = a > 0 && (doc.tokens[a - 1].kind == Kind::Number || matches!(doc.s(a - 1), "along" | "at" | "down" | "near" | "off" | "on" | "onto" | "up"));
        // (A work's title read as one keeps its reading there: "the single \"Cedar Road\"".)
        let quoted = a > 0 && matches!(doc.s(a - 1), "\"" | "\u{201c}" | "'" | "\u{2018}");
        if (matches!(doc.s(b - 1), "Drive" | "Lane" | "Place") || c.kind == EntityType::Misc) && !placed || quoted {
            continue;
        }
        c.kind = EntityType::Loc;
        c.evidence = Evidence::Rule;
        c.canon = None;
        c.country = None;
        c.sure = true;
    }
}

/// One word of two listed places or bodies joined by a hyphen, one of them short ("US-China
/// trade talks", "EU-Japan deal", "Iran-US ties"), names both: the tokenizer keeps it one word
/// (short parts stay together, "Wi-Fi"), so the tagger had read one name "US-China" or none.
/// Each part must be a country, place, body or people a list knows ("US-Yemeni"; an acronym
/// in capitals), the
/// whole no listed name, and the word no part of a longer name ("US-Korea Institute").
#[cfg_attr(size_attrs, optimize(size))]
fn listed_pairs(doc: &Doc, g: &Gazetteer, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for k in 0..doc.tokens.len() {
        // The cheap tests first: this runs on every token.
        let w = doc.s(k);
        let Some(h) = w.find(['-', '\u{2010}', '\u{2011}']) else { continue };
        let (left, right) = (&w[..h], &w[h + w[h..].chars().next().map_or(1, char::len_utf8)..]);
        if left.len() < 2 || right.len() < 2 || !doc.word(k) || !left.starts_with(|c: char| c.is_ascii_uppercase()) || !right.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let listed = |part: &str| {
            g.phrase(&super::gazetteer::key_of(part))
                .filter(|hit| matches!(hit.kind, EntityType::Gpe | EntityType::Org | EntityType::Norp) && (!hit.acronym || part.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')))
        };
        let (Some(l), Some(r)) = (listed(left), listed(right)) else { continue };
        if g.phrase(&super::gazetteer::key_of(w)).is_some() || doc.cap(k + 1) || k > 0 && doc.cap(k - 1) && doc.gap(k).len() == 1 {
            continue;
        }
        // Replacing at most a candidate of this word alone.
        let at = merged.partition_point(|c| c.tokens.1 <= k);
        let n = merged[at..].iter().take_while(|c| c.tokens.0 <= k).count();
        if merged[at..at + n].iter().any(|c| c.tokens != (k, k + 1)) {
            continue;
        }
        let base = ruled(doc, sentences, &merged[at..at + n], (k, k + 1), EntityType::Gpe);
        let start = doc.tokens[k].span.start;
        let part = |from: usize, to: usize, hit: Hit, subject: bool| Candidate {
            span: Span::new(start + from, start + to),
            kind: hit.kind,
            evidence: Evidence::Gazetteer,
            canon: Some(hit.canon),
            country: hit.country,
            subject,
            ..base.clone()
        };
        found.push((at, n, Some(part(0, h, l, base.subject))));
        found.push((at + n, 0, Some(part(w.len() - right.len(), w.len(), r, false))));
    }
    replace(merged, found);
}

/// Two countries a hyphen joins that no word follows are one state ("between Serbia and
/// Austria-Hungary,", "in Bosnia-Herzegovina."): a pair's hyphen comes before what the two
/// share ("the Iran-Iraq war", "Russia-Ukraine talks").
#[cfg_attr(size_attrs, optimize(size))]
fn joined_states(doc: &Doc, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for k in 1..merged.len() {
        let (a, b) = (&merged[k - 1], &merged[k]);
        let state = |c: &Candidate| c.kind == EntityType::Gpe && c.evidence == Evidence::Gazetteer && c.country.is_none() && c.tokens.1 - c.tokens.0 == 1;
        let h = a.tokens.1;
        if state(a) && state(b) && b.tokens.0 == h + 1 && doc.s(h) == "-" && doc.gap(h).is_empty() && doc.gap(h + 1).is_empty() && !doc.word(b.tokens.1) && found.last().is_none_or(|&(at, _, _)| at + 1 < k - 1) {
            found.push((k - 1, 2, Some(ruled(doc, sentences, &merged[k - 1..=k], (a.tokens.0, b.tokens.1), EntityType::Gpe))));
        }
    }
    replace(merged, found);
}

/// Words that, after a company's name, make a product's or a service's ("Apple Watch",
/// "Samsung Gear", "Google Maps", "Apple Pay"). Sorted.
const BRAND_PRODUCTS: Words = Words("Echo|Gear|Glass|Maps|Pay|Surface|Translate|Watch|Watches|Wear");

/// A listed company's name and a product's word ([`BRAND_PRODUCTS`]) name the product (MISC),
/// with the words after it ("Apple Watch Sport"), not the company: "Apple Watch" had been an
/// organisation, one entity apart from Apple only by its words. Not a shop or a body ending
/// so ("Google Maps Team"). ("TV" is left out: after a company it names a channel as often,
/// "Bloomberg TV".)
#[cfg_attr(size_attrs, optimize(size))]
fn brand_products(doc: &Doc, g: &Gazetteer, merged: &mut [Candidate]) {
    for c in merged.iter_mut() {
        let (a, b) = c.tokens;
        if b - a < 2 || !matches!(c.kind, EntityType::Org | EntityType::Gpe | EntityType::Person) || !BRAND_PRODUCTS.has(doc.s(a + 1)) {
            continue;
        }
        let last = doc.s(b - 1);
        if matches!(last, "Store" | "Stores" | "Team") || b - a > 2 && (ORG_TAILS.has(last) || BODY_TAILS.has(last)) {
            continue;
        }
        if doc.gazetteer(g, a, a + 1).is_some_and(|(n, h)| n == 1 && h.kind == EntityType::Org && !h.acronym) {
            c.kind = EntityType::Misc;
            c.evidence = Evidence::Rule;
            c.canon = None;
            c.country = None;
            c.sure = true;
        }
    }
}

/// The names of awards that are one word ("won an Oscar", "five Grammys"). Sorted.
const AWARD_NAMES: Words = Words("Emmy|Emmys|Grammy|Grammys|Oscar|Oscars|Tonys");

/// An award named by one word ([`AWARD_NAMES`]) alone is the award (MISC), as "Nobel Prize" is:
/// "won an Oscar", "Oscar winner", "the Grammys" had been a person or an organisation. Not a
/// person's given name with a title or before a verb of saying ("Oscar said").
#[cfg_attr(size_attrs, optimize(size))]
fn award_names(doc: &Doc, merged: &mut [Candidate]) {
    for c in merged.iter_mut() {
        let (a, b) = c.tokens;
        if b - a != 1 || !matches!(c.kind, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc) || !AWARD_NAMES.has(doc.s(a)) {
            continue;
        }
        if c.role.is_some() || SAY_VERBS.has(doc.s(b)) || doc.cap(b) {
            continue;
        }
        c.kind = EntityType::Misc;
        c.evidence = Evidence::Rule;
        c.canon = None;
        c.country = None;
        c.sure = true;
    }
}

/// Verbs in capitals after which "WHO" is the question word (see `combine`). Sorted.
const WHO_ASKS: Words = Words("ARE|CAN|COULD|DID|DOES|HAD|HAS|IS|KNEW|KNOWS|SHOULD|WAS|WERE|WILL|WINS|WON|WOULD");

/// Words before "Hall" that make it a building, not a surname ("City Hall", "Town Hall").
/// Sorted.
const HALL_WORDS: Words = Words("city|concert|county|festival|memorial|music|symphony|town|village");

/// Words a hall's name does not reach back over. Sorted.
const HALL_STOPS: Words = Words("a|an|at|in|into|the|to");

/// Halls:
/// - "Hall of Fame" closes its hall's name, with the capitals and "and" before it: "Rock and
///   Roll Hall of Fame", "Hockey Hall of Fame" are one organisation (they had been the person
///   "Roll Hall" and the place "Fame");
/// - "Hall of Famer(s)" is a title and no part of a name: "Hall of Famer Cammi Granato" is the
///   person "Cammi Granato" (she had been "Famer Cammi Granato", with the person "Hockey Hall");
/// - "City Hall", "Town Hall" and the like ([`HALL_WORDS`]) are buildings, not persons.
#[cfg_attr(size_attrs, optimize(size))]
fn halls(doc: &Doc, sentences: &[Span], merged: &mut Vec<Candidate>) {
    for c in merged.iter_mut() {
        let (a, b) = c.tokens;
        if c.kind == EntityType::Person && b - a == 2 && doc.s(b - 1) == "Hall" && has_lower(HALL_WORDS, doc.s(a)) {
            c.kind = EntityType::Org;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
    }
    let mut edits: Vec<(usize, usize, Option<Candidate>)> = Vec::new();
    let n = doc.tokens.len();
    let mut k = 0;
    while k + 2 < n {
        if doc.s(k) != "Hall" || doc.s(k + 1) != "of" || !matches!(doc.s(k + 2), "Fame" | "Famer" | "Famers") {
            k += 1;
            continue;
        }
        // The hall's name: capitals back from "Hall", across "and" or "&" between two.
        let mut start = k;
        while start > 0 && doc.cap(start - 1) && !has_lower(HALL_STOPS, doc.s(start - 1))
            || start > 1 && matches!(doc.s(start - 1), "and" | "&") && doc.cap(start - 2) && start < k
        {
            start -= 1;
        }
        let end = k + 3;
        let first = merged.partition_point(|c| c.tokens.1 <= start);
        let last = merged.partition_point(|c| c.tokens.0 < end);
        if edits.last().is_some_and(|&(at, m, _)| at + m > first) {
            k = end;
            continue;
        }
        if doc.s(k + 2) == "Fame" {
            if first < last || start < k {
                // (A name read on past the hall, "Fame Induction", ends with the hall.)
                edits.push((first, last - first, Some(ruled(doc, sentences, &merged[first..last], (start, end), EntityType::Org))));
            }
        } else if first < last {
            // The title goes; a name after it stays, as a person.
            let after = merged[first..last].iter().find(|c| c.tokens.1 > end).cloned();
            let person = after.map(|mut c| {
                c.tokens.0 = c.tokens.0.max(end);
                c.span.start = doc.tokens[c.tokens.0].span.start;
                c.kind = EntityType::Person;
                c.canon = None;
                c
            });
            edits.push((first, last - first, person));
        }
        k = end;
    }
    replace(merged, edits);
}

/// Hyphen suffixes after a place's name that make the word an adjective of where someone or
/// something is ("San Francisco-based", "Kansas City-area", "Kuwaiti-born"). Sorted.
const PLACE_SUFFIXES: Words = Words("area|based|born|bred|headquartered|raised|registered");

/// A place's name hyphened to a suffix of place ([`PLACE_SUFFIXES`]) is the place alone:
/// - the words before it join it when a list knows them so ("Kansas City-area hospital" had
///   been the places "Kansas" and "City", "Mountain View-based" the place "View");
/// - a longer name read across it is two ("San Francisco-based Jay Paul Co" had been one
///   organisation, "Hong Kong-based Political" one person): the place, and the name after.
/// And "City of" before a place is that place ("the City of New York", the city's government,
/// had been the organisation "City" and the place "New York").
#[cfg_attr(size_attrs, optimize(size))]
fn suffixed_places(doc: &Doc, g: &Gazetteer, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let place_suffix = |k: usize| doc.suffixed(k).filter(|&h| PLACE_SUFFIXES.has(&doc.s(k)[h + 1..]));
    let mut found: Vec<(usize, usize, Option<Candidate>)> = Vec::new();
    let mut i = 0;
    while i < merged.len() {
        let c = &merged[i];
        let (a, b) = c.tokens;
        // "City of New York".
        if b - a == 1 && doc.s(a) == "City" && doc.s(b) == "of" && !matches!(c.kind, EntityType::Date | EntityType::Time) {
            if let Some(next) = merged.get(i + 1).filter(|n| n.tokens.0 == b + 1 && n.kind == EntityType::Gpe && !doc.cap(n.tokens.1)) {
                let joined = Candidate { span: Span::new(c.span.start, next.span.end), tokens: (a, next.tokens.1), subject: c.subject, ..next.clone() };
                found.push((i, 2, Some(joined)));
                i += 2;
                continue;
            }
        }
        // A place's name before the suffix, read alone.
        if b - a == 1 && place_suffix(a).is_some_and(|h| c.span.end == doc.tokens[a].span.start + h) {
            // The longest listed place ending with it, of up to three words before.
            let mut best = None;
            let mut s = a;
            while s > 0 && s + 3 > a && doc.cap(s - 1) && doc.gap(s) == " " {
                s -= 1;
                let name = &doc.text[doc.tokens[s].span.start..c.span.end];
                if let Some(hit) = g.phrase(&super::gazetteer::key_of(name)).filter(|h| matches!(h.kind, EntityType::Gpe | EntityType::Loc)) {
                    best = Some((s, hit));
                }
            }
            // Replacing only candidates within those words.
            let first = merged[..i].partition_point(|p| p.tokens.1 <= best.map_or(a, |(s, _)| s));
            if let Some((s, hit)) = best.filter(|&(s, _)| merged[first..i].iter().all(|p| p.tokens.0 >= s) && found.last().is_none_or(|f| f.0 + f.1 <= first)) {
                let joined = Candidate { span: Span::new(doc.tokens[s].span.start, c.span.end), kind: hit.kind, evidence: Evidence::Gazetteer, canon: Some(hit.canon), country: hit.country, ..ruled(doc, sentences, &merged[first..=i], (s, b), hit.kind) };
                found.push((first, i + 1 - first, Some(joined)));
            }
            i += 1;
            continue;
        }
        // A longer name read across it.
        if let Some((k, h)) = (a..b - 1).find_map(|k| place_suffix(k).map(|h| (k, h))).filter(|&(k, _)| doc.cap(k + 1)) {
            let end = doc.tokens[k].span.start + h;
            let name = &doc.text[c.span.start..end];
            let hit = g.phrase(&super::gazetteer::key_of(name));
            let kind = hit.map_or(if name.contains(char::is_lowercase) { EntityType::Gpe } else { EntityType::Org }, |h| h.kind);
            let place = Candidate { span: Span::new(c.span.start, end), tokens: (a, k + 1), kind, evidence: if hit.is_some() { Evidence::Gazetteer } else { Evidence::Rule }, canon: hit.map(|h| h.canon), country: hit.and_then(|h| h.country), role: None, role_of: None, ..c.clone() };
            let rest = Candidate { span: Span::new(doc.tokens[k + 1].span.start, c.span.end), tokens: (k + 1, b), canon: None, country: None, subject: false, ..c.clone() };
            found.push((i, 1, Some(place)));
            found.push((i + 1, 0, Some(rest)));
        }
        i += 1;
    }
    replace(merged, found);
}

/// A person's name, "bin", "ibn" or "bint", and the name right after it are one person's name
/// ("Khalid bin Mahfouz", "Hamza bin Laden": the tagger had read two, the second merged with
/// Osama bin Laden), keeping the first name's role.
#[cfg_attr(size_attrs, optimize(size))]
fn patronymics(doc: &Doc, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    let mut k = 0;
    while k + 1 < merged.len() {
        let (a, b) = (&merged[k], &merged[k + 1]);
        let joins = a.kind == EntityType::Person
            && b.tokens.0 == a.tokens.1 + 1
            && matches!(doc.s(a.tokens.1), "bin" | "ibn" | "bint")
            && doc.joined(a.tokens.1)
            && doc.joined(b.tokens.0)
            && b.tokens.1 - b.tokens.0 <= 3
            && doc.cap(b.tokens.0)
            && !matches!(b.kind, EntityType::Date | EntityType::Time);
        if joins {
            let c = Candidate { role: a.role.clone(), role_of: a.role_of, ..ruled(doc, sentences, &merged[k..k + 2], (a.tokens.0, b.tokens.1), EntityType::Person) };
            found.push((k, 2, Some(c)));
            k += 2;
        } else {
            k += 1;
        }
    }
    replace(merged, found);
}

/// A word of a line in capitals that no candidate holds and that is the last word of a person
/// the running text names in full is that person's surname ("GOLF - HOLLOWAY LEADS BY TWO AT
/// WESTBROOK" above "Tegan Holloway shot a 66": the tagger read "HOLLOWAY" as no name; `merge`
/// joins it to the person). Not a word the text writes in lowercase ("OIL PRICE
/// FALLS" with a Sarah Price and "the price") nor a common one; weak, so it stands only joined.
#[cfg_attr(size_attrs, optimize(size))]
fn headline_surnames(doc: &Doc, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let mut last: FastSet<String> = FastSet::default();
    let mut any = false;
    for c in merged.iter() {
        let (a, b) = c.tokens;
        if c.kind == EntityType::Person && b - a >= 2 && doc.s(b - 1).chars().any(char::is_lowercase) {
            any |= last.insert(doc.s(b - 1).lower());
        }
    }
    if !any {
        return;
    }
    let mut found = Vec::new();
    // The first candidate not ending before the word.
    let mut at = 0;
    for s in sentences {
        let a = doc.tokens.partition_point(|t| t.span.start < s.start);
        let b = doc.tokens.partition_point(|t| t.span.end <= s.end);
        if a >= b || !caps_line(doc, a, b) {
            continue;
        }
        for i in a..b {
            if !doc.word(i) || !doc.all_caps(i) || doc.s(i).chars().count() < 3 {
                continue;
            }
            while at < merged.len() && merged[at].tokens.1 <= i {
                at += 1;
            }
            if at < merged.len() && merged[at].tokens.0 <= i {
                continue;
            }
            let l = doc.s(i).lower();
            // (Not after an initial: "J. PAUL GETTY".)
            let letter = |k: usize| {
                let mut c = doc.s(k).trim_end_matches('.').chars();
                c.next().is_some_and(char::is_alphabetic) && c.next().is_none()
            };
            let initial = i > 0 && letter(i - 1) || i > 1 && doc.s(i - 1) == "." && letter(i - 2);
            if last.contains(l.as_str()) && !COMMON.has(&l) && !doc.lower_words.contains(l.as_str()) && !initial {
                let c = ruled(doc, sentences, &[], (i, i + 1), EntityType::Person);
                found.push((at, 0, Some(Candidate { weak: true, sure: false, ..c })));
            }
        }
    }
    replace(merged, found);
}

/// A candidate of `kind` on tokens `tokens`, typed by a rule, to put in place of `replaced` (the
/// candidates it overlaps): their subject, or one opening its sentence or before a verb of
/// saying, is a subject.
fn ruled(doc: &Doc, sentences: &[Span], replaced: &[Candidate], tokens: (usize, usize), kind: EntityType) -> Candidate {
    let span = Span::new(doc.tokens[tokens.0].span.start, doc.tokens[tokens.1 - 1].span.end);
    let sentence = sentences.partition_point(|s| s.end <= span.start);
    let subject = replaced.iter().any(|c| c.subject) || sentences.get(sentence).is_some_and(|s| s.start == span.start) || SAY_VERBS.has(doc.s(tokens.1));
    Candidate { span, tokens, kind, evidence: Evidence::Rule, canon: None, country: None, role: None, role_of: None, sentence, subject, weak: false, bare: false, sure: true }
}

/// Applies `edits` to the text-ordered `merged` in one pass (linear however many): each
/// `(at, n, c)`, in ascending `at`, none overlapping another, puts `c` (or nothing) in place
/// of the `n` candidates from index `at`.
fn replace(merged: &mut Vec<Candidate>, edits: Vec<(usize, usize, Option<Candidate>)>) {
    if edits.is_empty() {
        return;
    }
    let old = std::mem::take(merged);
    merged.reserve(old.len() + edits.len());
    let mut old = old.into_iter().enumerate().peekable();
    for (at, n, c) in edits {
        while let Some((_, c)) = old.next_if(|(i, _)| *i < at) {
            merged.push(c);
        }
        while old.next_if(|(i, _)| *i < at + n).is_some() {}
        merged.extend(c);
    }
    merged.extend(old.map(|(_, c)| c));
}

/// Capitals joined by "&" that name no company ("Q&A", "R&D"). Sorted.
const AMPERSAND_WORDS: Words = Words("B&B|F&B|G&T|M&A|P&L|Q&A|R&B|R&D|S&L");

/// Capitals glued by "&" ("AT&T", "S&P", "H&M") are one company's name, whatever the tagger
/// read in its pieces ("AT&T" had been no name, "AT&T Inc." the name "T Inc."); those of
/// [`AMPERSAND_WORDS`] are no name at all.
#[cfg_attr(size_attrs, optimize(size))]
fn ampersand_names(doc: &Doc, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let caps = |k: usize| {
        let w = doc.s(k).as_bytes();
        doc.word(k) && (1..=4).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase)
    };
    let mut found = Vec::new();
    let mut k = 0;
    while k + 2 < doc.tokens.len() {
        if doc.s(k + 1) != "&" || !caps(k) || !caps(k + 2) || !doc.gap(k + 1).is_empty() || !doc.gap(k + 2).is_empty() {
            k += 1;
            continue;
        }
        let (mut a, end) = (k, k + 3);
        k = end;
        let no_name = AMPERSAND_WORDS.has(&doc.text[doc.tokens[a].span.start..doc.tokens[end - 1].span.end]);
        // Not inside a longer name that opens before it; one that opens inside it grows to
        // hold it ("AT&T Inc.", where the tagger read "T Inc.").
        let mut at = merged.partition_point(|c| c.tokens.1 <= a);
        let mut n = merged[at..].iter().take_while(|c| c.tokens.0 < end).count();
        if merged[at..at + n].iter().any(|c| c.tokens.0 < a) {
            continue;
        }
        // A place's name right before is the school's ("Texas A&M", "Florida A&M").
        if !no_name && at > 0 && merged[at - 1].tokens == (a - 1, a) && merged[at - 1].kind == EntityType::Gpe && doc.joined(a) {
            at -= 1;
            n += 1;
            a -= 1;
        }
        let b = merged[at..at + n].iter().map(|c| c.tokens.1).fold(end, usize::max);
        if no_name {
            found.push((at, n, None));
        } else if !(n == 1 && merged[at].tokens == (a, b) && merged[at].kind == EntityType::Org) {
            found.push((at, n, Some(ruled(doc, sentences, &merged[at..at + n], (a, b), EntityType::Org))));
        }
    }
    replace(merged, found);
}

/// The world wars by their acronyms. Sorted.
const WAR_ACRONYMS: Words = Words("WW1|WW2|WWI|WWII");
/// The war each of [`WAR_ACRONYMS`] names, in the same order.
const ACRONYM_WARS: &str = "World War I|World War II|World War I|World War II";

/// "WWII" is World War II (one entity with it), an event: the tagger had read it as an
/// organisation or as nothing.
#[cfg_attr(size_attrs, optimize(size))]
fn war_acronyms(doc: &Doc, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for k in 0..doc.tokens.len() {
        if !doc.s(k).starts_with("WW") {
            continue;
        }
        let Some(i) = WAR_ACRONYMS.iter().position(|w| w == doc.s(k)) else { continue };
        let at = merged.partition_point(|c| c.tokens.1 <= k);
        let n = merged[at..].iter().take_while(|c| c.tokens.0 <= k).count();
        if merged[at..at + n].iter().any(|c| c.tokens != (k, k + 1)) {
            continue;
        }
        let canon = ACRONYM_WARS.split('|').nth(i);
        found.push((at, n, Some(Candidate { canon, ..ruled(doc, sentences, &merged[at..at + n], (k, k + 1), EntityType::Event) })));
    }
    replace(merged, found);
}

/// Types that the words around a name decide, whoever found it: a faith (`faith`); a show
/// opening with a weekday; a storm's name; a planet or moon.
#[cfg_attr(size_attrs, optimize(size))]
fn retype(doc: &Doc, g: &Gazetteer, merged: &mut [Candidate]) {
    // Where the last storm's name ended.
    let mut storm_end = usize::MAX - 4;
    // A planet's or moon's name that a person of the text bears ("Venus Williams", "Freddie
    // Mercury") stays with the person: the words of names of two words or more that are a
    // person's or open with a given name.
    let mut borne: Vec<&str> = Vec::new();
    for c in merged.iter() {
        if c.tokens.1 - c.tokens.0 > 1 && (c.kind == EntityType::Person || g.is_first_name(doc.s(c.tokens.0))) {
            for k in c.tokens.0..c.tokens.1 {
                if SKY.has(doc.s(k)) {
                    borne.push(doc.s(k));
                }
            }
        }
    }
    // "the North" and "the South" of a text that names North or South Korea are those
    // countries ("The North said the test was a success").
    let mut korea = [false; 2];
    for k in 1..doc.tokens.len() {
        if doc.s(k) == "Korea" {
            korea[0] |= doc.s(k - 1) == "North";
            korea[1] |= doc.s(k - 1) == "South";
        }
    }
    for c in merged.iter_mut() {
        let (a, b) = c.tokens;
        // A river takes "the" ("the Amazon", "the Nile"): a listed river's name without it,
        // and before no word of its land ("Amazon basin"), is another referent's, most often
        // the company named after it ("Amazon said", "Shares of Amazon").
        let river = b - a == 1 && c.kind == EntityType::Loc && c.canon.is_some_and(|n| {
            let mut key = doc.s(a).lower();
            key.push_str(" river");
            g.phrase(&key).is_some_and(|h| h.canon == n)
        });
        if river && !doc.s(a.wrapping_sub(1)).eq_ignore_ascii_case("the") && !has_lower(RIVER_LAND, doc.s(b)) {
            c.kind = EntityType::Org;
            c.evidence = Evidence::Rule;
            c.canon = None;
            c.country = None;
        }
        // A lone planet's or moon's name is a place ("the surface of Titan", "Earth's orbit"),
        // not the organisation or person the 1996-trained tagger reads.
        let mut named = false;
        for w in &borne {
            named |= *w == doc.s(a);
        }
        if b - a == 1 && SKY.has(doc.s(a)) && !named && !matches!(c.kind, EntityType::Date | EntityType::Time) {
            c.kind = EntityType::Loc;
            c.evidence = Evidence::Rule;
            c.canon = None;
            c.country = None;
        }
        // A name after a settlement's noun and "of" ("the Syrian town of Kobane", "the
        // province of Anbar") is that place in all its mentions ("Kobane is surrounded" read
        // as a person), unless a list knows it or it is a body's longer name.
        if doc.s(a.wrapping_sub(1)) == "of" && SETTLEMENTS.has(doc.s(a.wrapping_sub(2))) && c.evidence != Evidence::Gazetteer && c.kind != EntityType::Norp && (b - a == 1 || c.kind != EntityType::Org) {
            c.kind = EntityType::Gpe;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
        // So is a name right before such a noun or a land's ("the Guangdong province", "Helmand
        // province", "the nearby Pamir mountains"), read by the 1996-trained tagger as a body: a
        // land's is a place, a settlement's a political one. Not a body's seat or a device's
        // socket ("the IS capital", "a USB-C port"), an acronym, nor an adjective ("the
        // Parthian city", "the largest Middle Eastern enclave").
        let noun = doc.s(b);
        let last = doc.s(b - 1);
        let adjective = ["ern", "ian", "ese", "ish"].iter().any(|e| last.ends_with(e));
        if b - a <= 2
            && c.evidence != Evidence::Gazetteer
            // (or as a political unit, before a land's noun other than "region": "the Pamir
            // mountains"; "the Kurdistan region" stays one)
            && (matches!(c.kind, EntityType::Org | EntityType::Person | EntityType::Event | EntityType::Misc) || c.kind == EntityType::Gpe && LANDS.has(noun) && noun != "region")
            && !g.is_first_name(doc.s(a))
            && !doc.all_caps(a)
            && !adjective
            // ("the IS-controlled city": the name of a compound modifier)
            && c.span.end == doc.tokens[b - 1].span.end
            && (SETTLEMENTS.has(noun) && !matches!(noun, "capital" | "port") || LANDS.has(noun))
        {
            c.kind = if LANDS.has(noun) { EntityType::Loc } else { EntityType::Gpe };
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
        // A name of up to three words in apposition to a person's role ("J.J. Abrams, the
        // director of the film,", "Tiger Woods, the golfer,") is a person's in all its mentions
        // (a caption's "Tiger Woods with his ex-wife" read as a company), unless the role
        // speaks ("Congress, the president said").
        if matches!(c.kind, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc | EntityType::Event | EntityType::Misc) && b - a <= 3 && c.evidence != Evidence::Gazetteer && appositive_role(doc, g, b) {
            c.kind = EntityType::Person;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
        // A publication: a lone name before "magazine", "newspaper" or "tabloid", or after
        // "the" and a verb or phrase of telling ("told the Independent", "according to The
        // Independent", "writes for the Mirror"; a person takes no "the"), is a body in all its
        // mentions, not the place or event the tagger read.
        let told = a >= 3 && doc.s(a - 1).eq_ignore_ascii_case("the") && {
            let (p1, p2) = (doc.s(a - 2).lower(), doc.s(a - 3).lower());
            p1 == "told"
                || matches!(p1.as_str(), "for" | "by" | "with") && matches!(p2.as_str(), "writes" | "wrote" | "reported" | "interview" | "published" | "cited")
                || p1 == "to" && matches!(p2.as_str(), "according" | "speaking" | "spoke" | "confirmed" | "said" | "told")
        };
        if b - a == 1 && c.evidence != Evidence::Gazetteer && c.kind != EntityType::Person && (told || matches!(doc.s(b), "magazine" | "newspaper" | "tabloid")) {
            c.kind = EntityType::Org;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
        let tells = |k: usize| matches!(doc.s(k), "said" | "says" | "reported" | "reports" | "quoted" | "wrote" | "writes" | "," | ".");
        // So is a listed people's singular noun after a capitalised "The" within a
        // sentence, or before a verb of telling ("in The New Yorker", "The New Yorker reported":
        // the magazine; "a New Yorker, 45," stays one of the city's people).
        // (A noun of a city's people, "Yorker", "Londoner"; not an adjective: "The North Korean
        // leader".)
        let singular = doc.s(b - 1).ends_with("er");
        let within = a >= 2 && (doc.word(a - 2) || matches!(doc.s(a - 2), "," | ":" | "(")) && doc.s(a - 1) == "The";
        if c.kind == EntityType::Norp && singular && b - a >= 2 && (within || doc.s(a.wrapping_sub(1)) == "The" && tells(b) && doc.word(b)) {
            c.kind = EntityType::Org;
            c.evidence = Evidence::Rule;
            c.canon = None;
            c.country = None;
            c.sure = true;
        }
        // So is a name of up to three words after "daily" or "weekly" as a noun ("the Israeli
        // daily Haaretz", "the news weekly Der Spiegel"), or before one that tells ("Zycie
        // Warszawy daily said"), even where the tagger read a person.
        let press = |w: &str| matches!(w, "daily" | "weekly");
        let before = a >= 2 && press(doc.s(a - 1)) && (!doc.cap(a - 2) || demonym_like(doc.s(a - 2))) && !matches!(doc.s(a - 2), "." | "!" | "?");
        if b - a <= 3 && (c.evidence != Evidence::Gazetteer || c.kind == EntityType::Org) && !matches!(c.kind, EntityType::Date | EntityType::Time | EntityType::Norp) && (before || press(doc.s(b)) && tells(b + 1)) {
            c.kind = EntityType::Org;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
        // An award before "-winning", "-winner", "-nominated" or "-nominee" ("the Oscar-winning
        // actor", "Grammy-nominated", "Pulitzer Prize-winning") is the award, no place.
        let after = doc.text[c.span.end..].strip_prefix('-').unwrap_or("");
        if c.evidence != Evidence::Gazetteer && ["winning", "winner", "nominated", "nominee"].iter().any(|w| after.starts_with(w)) {
            // (a contest's by its tail word: "Super Bowl-winning", "World Cup-winning")
            // (the span's last word: its token goes on with the hyphen)
            let last = doc.text[c.span.start..c.span.end].rsplit(' ').next().unwrap_or("");
            let first = doc.text[c.span.start..c.span.end].split(' ').next().unwrap_or("");
            c.kind = if EVENT_TAILS.has(last) { tail_kind(first, last) } else { EntityType::Misc };
            c.evidence = Evidence::Rule;
        }
        // A monarch's or pope's name with its number ("Charles VI and France": no place).
        if regnal(doc, c) {
            c.kind = EntityType::Person;
            c.evidence = Evidence::Rule;
            c.canon = None;
            c.country = None;
            c.sure = true;
        }
        let side = ["North", "South"].iter().position(|&w| w == doc.s(a));
        if let Some(k) = side.filter(|&k| b - a == 1 && korea[k] && doc.s(a.wrapping_sub(1)).eq_ignore_ascii_case("the")) {
            c.kind = EntityType::Gpe;
            c.evidence = Evidence::Gazetteer;
            c.canon = g.phrase(["north korea", "south korea"][k]).map(|h| h.canon);
        }
        if faith(doc, g, c) {
            c.kind = EntityType::Norp;
            c.canon = None;
            c.country = None;
        }
        // No one's name opens with a weekday: a show's ("Saturday Night Live") is a title, typed
        // MISC as titles are (see `model_kind`); a newspaper's is named by its other words.
        if c.kind == EntityType::Person && b - a > 1 && date::weekday(doc.s(a)) {
            c.kind = EntityType::Misc;
        }
        // A storm's name, after its noun ("hurricanes Harvey and Irma", "Tropical Storm
        // Lidia") or joined to the storm before it by "and" or a comma, is an event.
        let prev = doc.s(a.wrapping_sub(1));
        let joined = (prev == "and" || prev == ",") && (a == storm_end + 1 || a == storm_end + 2 && doc.s(a - 2) == ",");
        if matches!(c.kind, EntityType::Person | EntityType::Gpe | EntityType::Org | EntityType::Loc | EntityType::Event | EntityType::Misc) && (has_lower(STORM_NOUNS, prev) || joined || b - a > 1 && has_lower(STORM_NOUNS, doc.s(a))) {
            c.kind = EntityType::Event;
            c.canon = None;
            c.country = None;
            c.sure = true;
            storm_end = b;
            // A plural noun is no part of the name ("Hurricanes Harvey").
            if b - a > 1 && doc.s(a).ends_with('s') && has_lower(STORM_NOUNS, doc.s(a)) {
                c.tokens.0 = a + 1;
                c.span.start = doc.tokens[a + 1].span.start;
            }
        }
    }
}


/// A title written as one ("President", "Sen."), not a common noun ("leader") nor capitals
/// ("COACH").
pub(crate) fn titled_role(role: &str) -> bool {
    role.starts_with(char::is_uppercase) && role.contains(char::is_lowercase)
}

/// A legislator's party and state after the name ("Sen. Ted Cruz, R-Texas,", "(D-Calif.)"):
/// a label, not a name of its own.
fn party_label(doc: &Doc, c: &Candidate) -> bool {
    let b = doc.text[c.span.start..].as_bytes();
    b.len() > 2 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase() && doc.text[..c.span.start].trim_end().ends_with([',', '('])
}

/// Faiths named by an "-ism" word. Sorted.
const FAITHS: Words = Words("Buddhism|Catholicism|Hinduism|Jainism|Judaism|Protestantism|Sikhism|Taoism|Zoroastrianism");

/// A religion or a creed ("Islam", "Christianity", "Judaism", "Shia Islam", "Marxism"): a
/// group's faith, NORP, whatever the model read ("Islam" as a person, "Buddhism" as an event).
/// One or two words, the last a faith's name or a capitalised "-ism" word; not a person's
/// surname ("Yusuf Islam").
fn faith(doc: &Doc, g: &Gazetteer, c: &Candidate) -> bool {
    let (a, b) = c.tokens;
    let last = doc.s(b - 1);
    // Another capitalised "-ism" word is a creed only in running text, after a lowercase word
    // ("the rise of Marxism"; not "Ann Curry On Journalism" of a headline).
    let creed = last.len() >= 6
        && last.ends_with("ism")
        && last.starts_with(|ch: char| ch.is_ascii_uppercase())
        && last[1..].bytes().all(|x| x.is_ascii_lowercase())
        && (FAITHS.has(last) || doc.s(a.wrapping_sub(1)).starts_with(char::is_lowercase));
    !matches!(c.kind, EntityType::Date | EntityType::Time | EntityType::Norp)
        && b - a <= 2
        && (creed || last == "Islam" || last == "Christianity")
        && !(b - a == 2 && (g.is_first_name(doc.s(a)) || !doc.cap(a)))
}

/// The model's spans, with two that touch (no token between) made one where a rule candidate
/// covers exactly both and is typed by evidence: "Pep Guardiola said" read as an organisation
/// and a person is one person. So is a lone word before a surname the model reads as a person
/// when the rules read both as one person (an unknown given name: "Nate Varrow"). The joined span takes the candidate's type if it is a person,
/// else the second span's (a name's head comes last), and the smaller margin.
///
/// And one span holding a possessive before a person the rules found is two: "Apple's Tim
/// Cook" is Apple and Tim Cook ("People's Liberation Army" stays whole).
#[cfg_attr(size_attrs, optimize(size))]
fn adjusted_spans(doc: &Doc, cands: &[Candidate], spans: &[Tagged]) -> Vec<Tagged> {
    // A span crossing a wide gap ("Fidelity Investments   Abigail Johnson", a lost comma),
    // or going on after a hyphen compound not a person's ("London-based Quilliam", "NBA-leading
    // Lakers"), is two.
    // The words after a compound the model read as one MISC name are an organisation ("the
    // London-based Varnholt Trust") unless a list knows them ("Britain-based Syrian").
    // A title with its stop inside a span ("Coast Guard Rear Adm.", "Air Force Col. Vance
    // Spath") is no part of a name: the span is the names around it.
    let g = Gazetteer::get();
    let mut split: Vec<Tagged> = Vec::with_capacity(spans.len());
    let wordless = |k: usize| !doc.s(k).chars().any(char::is_alphanumeric);
    for &t in spans {
        // Punctuation opening a span is no part of it (". Orla Brandt"; closing one may be,
        // "Inc .").
        let mut t = t;
        while t.start < t.end && wordless(t.start) {
            t.start += 1;
        }
        let (mut a, mut ty, mut k) = (t.start, t.ty, t.start);
        while k <= t.end {
            let title = k < t.end && (doc.titled_at(k) || doc.dash(k));
            let suffix = k > a && k < t.end && t.ty != 0 && doc.suffixed(k - 1).is_some();
            if k == t.end || title || doc.wide(k) || suffix {
                // A lone common-looking word after the dash opens a sentence ("KELSO — Hours
                // before ...").
                let opener = k == a + 1 && a > t.start && doc.dash(a - 1) && (doc.is_common(a) || doc.looks_common(a));
                // The name after a wide gap that the rules read as a person going on past the
                // span ("Halvern Capital   Damarious Quent" read up to "Damarious") is that
                // person.
                let from = cands.partition_point(|c| c.tokens.0 < a);
                let person = (a > t.start && k == t.end && doc.wide(a)).then(|| cands[from..].iter().take_while(|c| c.tokens.0 == a).find(|c| c.kind == EntityType::Person && c.tokens.1 > k)).flatten();
                if let Some(c) = person {
                    split.push(Tagged { start: a, end: c.tokens.1, ty: 0, ..t });
                } else if k > a && !opener {
                    split.push(Tagged { start: a, end: k, ty, ..t });
                }
                if suffix && ty == 3 && doc.gazetteer(g, k, k + 1).is_none() {
                    ty = 2;
                }
                // Past the title and its stop ("Rear Adm ."), or the dash.
                a = if title { k + 1 + !doc.dash(k) as usize * (1 + doc.rear(k) as usize) } else { k };
            }
            k = a.max(k + 1);
        }
    }
    let spans = &split[..];
    let mut out: Vec<Tagged> = Vec::with_capacity(spans.len());
    for (at, &t) in spans.iter().enumerate() {
        // "Photo" is no part of a name after an agency in a credit ("AP Photo/K. Lamarque").
        let t = if t.end - t.start >= 2 && matches!(doc.s(t.end - 1), "Photo" | "Photos") { Tagged { end: t.end - 1, ..t } } else { t };
        // A group's word before a person the rules found ("American Nate Varrow" read as one
        // name by the structured tagger): two names.
        if t.end - t.start >= 3 && starts_with(cands, t.start, |c| c.tokens.1 == t.start + 1 && c.kind == EntityType::Norp) && starts_with(cands, t.start + 1, |c| c.tokens.1 == t.end && c.kind == EntityType::Person) {
            out.push(Tagged { end: t.start + 1, ty: 3, ..t });
            out.push(Tagged { start: t.start + 1, ty: 0, ..t });
            continue;
        }
        // "Varga-Ossley summit" read as one name: two names, a person each (a company each
        // before "merger" or "deal") unless the reading was a sure place (as below; from `PAIR_PLACE_MARGIN`: two unknown names joined so are
        // as often two leaders as two countries).
        if let Some(h) = (t.start + 1..t.end.saturating_sub(1)).find(|&h| hyphened(doc, h, h + 1)).filter(|_| PAIR_NOUNS.has(doc.s(t.end))) {
            // (Two companies before "merger" or "deal".)
            let ty = if t.ty == 1 && t.margin >= PAIR_PLACE_MARGIN { 1 } else if matches!(doc.s(t.end), "merger" | "deal") { 2 } else { 0 };
            out.push(Tagged { end: h, ty, ..t });
            out.push(Tagged { start: h + 1, ty, ..t });
            continue;
        }
        // "Varga-" read with its hyphen before "Ossley summit": two names, typed alike (the
        // type of the second's own reading; else a person, a place staying a place: the
        // reading of a name with a hyphen is unsure).
        // So is "Varga" read alone before "-Ossley summit".
        let with_hyphen = t.end >= t.start + 2 && hyphened(doc, t.end - 1, t.end) && PAIR_NOUNS.has(doc.s(t.end + 1));
        if with_hyphen || hyphened(doc, t.end, t.end + 1) && PAIR_NOUNS.has(doc.s(t.end + 2)) {
            let (end, second) = if with_hyphen { (t.end - 1, t.end) } else { (t.end, t.end + 1) };
            let next = spans.get(at + 1).filter(|n| n.start == second);
            // (A company's reading stays one, but before "summit", "talks" or "meeting", which
            // leaders hold.)
            let leaders = matches!(doc.s(second + 1), "summit" | "talks" | "meeting");
            let ty = match next {
                Some(n) if n.ty != 3 => n.ty,
                _ if t.ty == 1 || t.ty == 2 && !leaders => t.ty,
                _ => 0,
            };
            out.push(Tagged { end, ty, ..t });
            if next.is_none() {
                out.push(Tagged { start: second, end: second + 1, ty, ..t });
            }
            continue;
        }
        // A span holding a possessive: the owner, when a list knows it or it is an acronym
        // ("NASA's Cassini"), typed so (an acronym an organisation).
        let owner = (t.start + 1..t.end.saturating_sub(1)).find(|&k| matches!(doc.s(k), "'s" | "’s"));
        let owner_ty = owner.and_then(|k| {
            let w = doc.s(t.start);
            let kind = if k == t.start + 1 && acronym_owner(w) {
                EntityType::Org
            } else {
                doc.gazetteer(g, t.start, k).filter(|&(n, _)| t.start + n == k)?.1.kind
            };
            Some(match kind {
                EntityType::Person => 0,
                EntityType::Gpe | EntityType::Loc => 1,
                EntityType::Org => 2,
                _ => 3,
            })
        });
        if let Some(k) = owner.filter(|&k| starts_with(cands, k + 1, |c| c.tokens.1 == t.end && c.kind == EntityType::Person && c.evidence != Evidence::Default)) {
            out.push(Tagged { end: k, ty: owner_ty.unwrap_or(t.ty), ..t });
            out.push(Tagged { start: k + 1, ty: 0, ..t });
            continue;
        }
        // So is one whose owner is known, before any name ("NASA's Jet Propulsion Laboratory"):
        // the rest as read. Not before a lone event's, body's or place's tail word, which the
        // owner names ("America's Cup", "Nigeria's Army").
        if let (Some(k), Some(ty)) = (owner, owner_ty) {
            let w = doc.s(k + 1);
            if !(k + 2 == t.end && (EVENT_TAILS.has(w) || ORG_TAILS.has(w) || LOC_TAILS.has(w))) && doc.cap(k + 1) {
                out.push(Tagged { end: k, ty, ..t });
                out.push(Tagged { start: k + 1, ..t });
                continue;
            }
        }
        // A person whose unknown given name opens the sentence ("Adaeze Okonkwo became"): the
        // model reads the surname only; the rules' person reading with one more capitalised
        // word on the left takes that word in.
        let mut t = t;
        if t.ty == 0 && t.start > 0 && out.last().is_none_or(|p| p.end < t.start) && starts_with(cands, t.start - 1, |c| c.kind == EntityType::Person && c.tokens.1 == t.end && !c.bare) {
            t.start -= 1;
        }
        if let Some(prev) = out.last_mut() {
            // A surname and its suffix read as a name of their own right after a person's
            // given name and initial ("Marcus J." and "Okafor III"): one person.
            let stop = usize::from(doc.s(prev.end) == "." && doc.s(prev.end - 1).len() == 1 && doc.cap(prev.end - 1));
            if prev.ty == 0 && prev.end + stop == t.start && doc.joined(t.start) && t.end - t.start == 2 && name_suffix(doc.s(t.end - 1)) {
                *prev = Tagged { start: prev.start, end: t.end, ty: 0, margin: prev.margin.min(t.margin) };
                continue;
            }
            // `cands` are in text order: those starting where `prev` starts, by binary search.
            let from = cands.partition_point(|c| c.tokens.0 < prev.start);
            let cover = (prev.end == t.start && doc.joined(t.start))
                .then(|| cands[from..].iter().take_while(|c| c.tokens.0 == prev.start).find(|c| c.tokens == (prev.start, t.end) && (c.evidence != Evidence::Default || c.kind == EntityType::Person && t.ty == 0 && prev.end == prev.start + 1)))
                .flatten();
            if let Some(c) = cover {
                let ty = if c.kind == EntityType::Person { 0 } else { t.ty };
                *prev = Tagged { start: prev.start, end: t.end, ty, margin: prev.margin.min(t.margin) };
                continue;
            }
            // "Trump-Kim summit": two names, the unsure reading of one (MISC, as "U.S.-based"
            // reads) taking the other's type.
            if hyphened(doc, prev.end, t.start) && PAIR_NOUNS.has(doc.s(t.end)) {
                if prev.ty == 3 && t.ty != 3 {
                    prev.ty = t.ty;
                }
                let ty = if t.ty == 3 { prev.ty } else { t.ty };
                out.push(Tagged { ty, ..t });
                continue;
            }
            if hyphened(doc, prev.end, t.start) {
                let ty = if prev.ty == 0 { 0 } else { t.ty };
                *prev = Tagged { start: prev.start, end: t.end, ty, margin: prev.margin.min(t.margin) };
                continue;
            }
        }
        out.push(t);
    }
    // A name's hyphened second half the model left out ("Okonkwo-Ibekwe" read as "Okonkwo").
    for k in 0..out.len() {
        let t = out[k];
        if hyphened(doc, t.end, t.end + 1) && out.get(k + 1).is_none_or(|n| n.start > t.end + 1) && doc.word(t.end + 1) && !PAIR_NOUNS.has(doc.s(t.end + 2)) {
            out[k].end += 2;
        }
    }
    out
}

/// Whether a rule candidate starting at token `at` (`cands` in text order) satisfies `f`.
fn starts_with(cands: &[Candidate], at: usize, f: impl Fn(&Candidate) -> bool) -> bool {
    let from = cands.partition_point(|c| c.tokens.0 < at);
    cands[from..].iter().take_while(|c| c.tokens.0 == at).any(f)
}

/// Diseases named in the news, no entities of their own. Sorted.
const DISEASES: Words = Words("aids|cholera|coronavirus|covid|ebola|hiv|malaria|measles|mers|mpox|polio|sars|zika");

/// Lone words that name nothing though written with a capital: a common noun ("the
/// Internet"), a name's suffix on its own ("Jr", "Sr"), God's name ("We believe in God",
/// "Allahu akbar"; no actor of the text, nor a place), a time zone outside a time ("in GMT").
/// Lowercase, sorted.
const NO_NAME: Words = Words("allah|allahu|bst|cdt|cet|cst|edt|est|gmt|god|internet|jr|pdt|pst|sr|utc");

/// A photo credit's word for "not by a named photographer" ("(AP Photo/Jeff Baenen, File)",
/// "REUTERS/Jonathan Ernst/File Photo"). Lowercase, sorted.
const CREDIT_WORDS: Words = Words("file|handout|pool|staff");

/// Holidays: dates (OntoNotes), never places or persons ("at Christmas"). Sorted.
const HOLIDAYS: Words = Words("Christmas|Diwali|Easter|Halloween|Hanukkah|Passover|Ramadan|Thanksgiving");

/// Nouns after two names joined by a hyphen that make them two ("Trump-Kim summit",
/// "Ossley-Varga match"), not one double-barrelled name. Sorted.
const PAIR_NOUNS: Words = Words("border|deal|fight|match|meeting|merger|pact|relations|rivalry|summit|talks|ties|war");

/// The model's margin below which a name joined by "and", "or" or "nor" to a name it types
/// otherwise with more confidence takes that name's type (`coordinated`).
const COORD_MARGIN: i32 = 4;

/// "Exxon Mobil and Chevron": two names joined by "and", "or" or "nor" are most often of one type.
/// When the model types them differently, the one it is unsure of (margin below
/// [`COORD_MARGIN`], and below the other's; a listed name counts as sure) takes the other's
/// type. Persons, organisations and places only.
#[cfg_attr(size_attrs, optimize(size))]
fn coordinated(doc: &Doc, cands: &mut [Candidate], margins: &[i32]) {
    for k in 1..cands.len() {
        let (a, b) = (&cands[k - 1], &cands[k]);
        if !typed_apart(doc, a, b) {
            continue;
        }
        let sure = |c: &Candidate, m: i32| if c.evidence == Evidence::Gazetteer || regnal(doc, c) { i32::MAX } else { m };
        let (ma, mb) = (sure(a, margins[k - 1]), sure(b, margins[k]));
        let (to, from) = if mb < COORD_MARGIN && ma > mb {
            (k, k - 1)
        } else if ma < COORD_MARGIN && mb > ma {
            (k - 1, k)
        } else {
            continue;
        };
        cands[to].kind = cands[from].kind;
        cands[to].canon = None;
        cands[to].country = None;
    }
}

/// Names listed together ("Watson, Crick and Wilkins") are names alike: a lone unsure word
/// (`weak`, kept only if it recurs) of the same type as a sure member of its list stands.
#[cfg_attr(size_attrs, optimize(size))]
fn listed_together(doc: &Doc, cands: &mut [Candidate]) {
    let mut k = 0;
    while k < cands.len() {
        // The list starting at k: each next name one ",", "and" or "or" after the previous.
        let mut end = k + 1;
        while end < cands.len() && cands[end].tokens.0 == cands[end - 1].tokens.1 + 1 && matches!(doc.s(cands[end - 1].tokens.1), "," | "and" | "or") {
            end += 1;
        }
        // The types of the list's sure members, as bits.
        let sure = cands[k..end].iter().filter(|c| !c.weak && !c.bare).fold(0u32, |m, c| m | 1 << c.kind as u32);
        for c in cands[k..end].iter_mut() {
            // Not a common word of a headline's ("News, Reviews and Features").
            if sure >> c.kind as u32 & 1 == 1 && !(c.weak && c.tokens.1 - c.tokens.0 == 1 && headline_word(doc, c.tokens.0)) {
                c.weak = false;
            }
        }
        k = end;
    }
}

/// Two names written as one with a hyphen (`h` is the hyphen's token, `n` the next name's
/// first): a double-barrelled name ("Ngozi Okonjo-Iweala", "Schleswig-Holstein"), which the
/// tokenizer splits as it splits "Russia-Ukraine". Only when no list knows either side: two
/// known names so joined stay two ("Russia-Ukraine talks", "Kerry-Lavrov meeting").
fn hyphened(doc: &Doc, h: usize, n: usize) -> bool {
    let g = Gazetteer::get();
    n == h + 1
        && h > 0
        && n < doc.tokens.len()
        && matches!(doc.s(h), "-" | "\u{2010}" | "\u{2011}")
        && doc.tokens[h - 1].span.end == doc.tokens[h].span.start
        && doc.tokens[h].span.end == doc.tokens[n].span.start
        && doc.cap(h - 1)
        && doc.cap(n)
        && doc.gazetteer(g, n, n + 1).is_none()
        && doc.gazetteer(g, h - 1, h).is_none()
        && !doc.all_caps(h - 1)
        && !doc.all_caps(n)
}

/// A word of 2 to 6 ASCII bytes as a number (0 for any other), for `acronyms_of_names`.
fn acronym_key(w: &str) -> u64 {
    if !(2..=6).contains(&w.len()) {
        return 0;
    }
    w.bytes().fold(0, |k, b| k << 8 | b as u64)
}

/// The initials of a name of two or more capitalised words ("Kano Farmers Union" → "KFU"),
/// function words skipped; empty when fewer than two.
fn initials(doc: &Doc, c: &Candidate) -> String {
    let mut out = String::new();
    for t in c.tokens.0..c.tokens.1 {
        let w = doc.s(t);
        if !doc.word(t) || has_lower(Words("and|for|of|on|the"), w) && !w.starts_with(char::is_uppercase) {
            continue;
        }
        match w.chars().next() {
            Some(ch) if ch.is_ascii_uppercase() => out.push(ch),
            _ => return String::new(),
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// An unknown word in capitals that spells the initials of an organisation named in the text
/// ("the Kano Farmers Union ... KFU members") is that organisation's acronym: a candidate of
/// its type, for `merge` to join with the name.
#[cfg_attr(size_attrs, optimize(size))]
fn acronyms_of_names(doc: &Doc, sentences: &[Span], cands: &mut Vec<Candidate>) {
    // The names' initials as keys (an acronym has 2 to 6 letters), sorted: each word in
    // capitals is looked up in log time (a search of the list made a text's time grow with the
    // square of its length), and the first name of those with the same initials wins.
    // A person's name of three words or more that opens with a listed given name has one too,
    // of every word's initial ("MBS" of Mohammed bin Salman: `merge` joins it with the name;
    // not "SNL" of a show the tagger read as a person).
    let mut names: Vec<(u64, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == EntityType::Org && c.tokens.1 - c.tokens.0 >= 2 || c.kind == EntityType::Person && c.tokens.1 - c.tokens.0 >= 3 && Gazetteer::get().is_first_name(doc.s(c.tokens.0)))
        .map(|(k, c)| (acronym_key(&if c.kind == EntityType::Person { super::merge::person_acronym(&doc.text[c.span.start..c.span.end]) } else { initials(doc, c) }), k))
        .filter(|&(s, _)| s != 0)
        .collect();
    if names.is_empty() {
        return;
    }
    crate::sentiment::sort_by(&mut names, Ord::cmp); // (the crate's one sort: no second copy of std's)
    let mut covered = vec![false; doc.tokens.len()];
    for c in cands.iter() {
        for t in c.tokens.0..c.tokens.1.min(covered.len()) {
            covered[t] = true;
        }
    }
    let mut found = Vec::new();
    for (t, tok) in doc.tokens.iter().enumerate() {
        let w = doc.s(t);
        if covered[t] || tok.kind != Kind::Word || !(2..=6).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let key = acronym_key(w);
        if let Some(&(_, k)) = names.get(names.partition_point(|&(s, _)| s < key)).filter(|&&(s, _)| s == key) {
            let span = tok.span;
            found.push(Candidate {
                span,
                tokens: (t, t + 1),
                evidence: Evidence::Rule,
                canon: None,
                country: None,
                role: None,
                role_of: None,
                sentence: sentences.partition_point(|s| s.end <= span.start),
                subject: false,
                weak: false,
                bare: false,
                sure: false,
                ..cands[k].clone()
            });
        }
    }
    cands.extend(found);
}

/// Two consecutive names joined by "and", "or" or "nor", typed as different persons,
/// organisations or places: the pairs `coordination` and `coordinated` may give one type.
/// "Britain's navy and France's army": an owner is no member of the list.
fn typed_apart(doc: &Doc, a: &Candidate, b: &Candidate) -> bool {
    let kinds = |k: EntityType| matches!(k, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc);
    b.tokens.0 == a.tokens.1 + 1
        && matches!(doc.s(a.tokens.1), "and" | "or" | "nor")
        && a.kind != b.kind
        && kinds(a.kind)
        && kinds(b.kind)
        && !doc.possessive(b.tokens.1)
}

/// "Kerry and Lavrov", "Hungary and Poland": a default-typed name joined by "and"/"or" to a
/// name with better evidence takes its type.
#[cfg_attr(size_attrs, optimize(size))]
fn coordination(doc: &Doc, cands: &mut [Candidate]) {
    for k in 1..cands.len() {
        let (a, b) = (&cands[k - 1], &cands[k]);
        if !typed_apart(doc, a, b) {
            continue;
        }
        if a.evidence == Evidence::Default && b.evidence != Evidence::Default || a.evidence == Evidence::Default && b.kind == EntityType::Person {
            cands[k - 1].kind = cands[k].kind;
            cands[k - 1].weak = false;
        } else if b.evidence == Evidence::Default {
            cands[k].kind = cands[k - 1].kind;
            cands[k].weak = false;
        }
    }
}

struct Pending {
    role: Option<String>,
    person: bool,
    role_of: Option<usize>,
    /// Token index the pending title applies to.
    at: usize,
}

#[allow(clippy::too_many_arguments)]
#[cfg_attr(size_attrs, optimize(size))]
fn sentence(doc: &Doc, g: &Gazetteer, si: usize, a: usize, b: usize, weak: bool, caps: bool, n_sent: usize, out: &mut Vec<Candidate>) {
    let tokens = doc.tokens;
    // First word of the sentence, after opening quotes and brackets.
    let mut opener = a;
    while opener < b && !doc.word(opener) && tokens[opener].kind == Kind::Punct {
        opener += 1;
    }
    let mut pending: Option<Pending> = None;
    // The last "the company" of the sentence that speaks ("…, the company said"), looked for
    // once.
    let company_at = std::cell::OnceCell::new();
    let mut i = a;
    let push = |out: &mut Vec<Candidate>, i: usize, j: usize, kind, evidence, hit: Option<Hit>, pending: &Option<Pending>| {
        let span = Span::new(tokens[i].span.start, tokens[j - 1].span.end);
        let subject = i == opener || (i == opener + 1 && doc.s(opener).eq_ignore_ascii_case("the")) || has_lower(SAY_VERBS, doc.s(j));
        let (role, role_of) = match pending {
            Some(p) if p.at == i && kind == EntityType::Person => (p.role.clone(), p.role_of),
            _ => (None, None),
        };
        out.push(Candidate {
            span,
            tokens: (i, j),
            kind,
            evidence,
            canon: hit.map(|h| h.canon),
            country: hit.and_then(|h| h.country),
            role,
            role_of,
            sentence: si,
            subject,
            weak: weak && evidence == Evidence::Default,
            bare: false,
            sure: false,
        });
    };
    while i < b {
        if pending.as_ref().is_some_and(|p| p.at < i) {
            pending = None;
        }
        if let Some((kind, n)) = date::match_at(doc.text, tokens, i, b) {
            push(out, i, i + n, kind, Evidence::Rule, None, &None);
            i += n;
            continue;
        }
        // A holiday is a date ("at Christmas", "Easter Day"), unless it opens a longer name
        // ("Christmas Island").
        // So is a named weekday ("Black Friday", "Good Friday", "Super Tuesday"; not "Good
        // Friday Agreement").
        let named_day = i + 1 < b && matches!(doc.s(i), "Ash" | "Black" | "Cyber" | "Good" | "Holy" | "Palm" | "Super") && date::WEEKDAYS.has(doc.s(i + 1));
        if HOLIDAYS.has(doc.s(i)) || named_day {
            let n = if named_day || matches!(doc.s(i + 1), "Day" | "Eve") && i + 1 < b { 2 } else { 1 };
            if !(i + n < b && doc.cap(i + n) && doc.joined(i + n)) {
                push(out, i, i + n, EntityType::Date, Evidence::Rule, None, &None);
                i += n;
                continue;
            }
            // A named weekday opening a name is no date in it: "the Good Friday Agreement" is
            // an event's name, up to its last capitalised word.
            if named_day {
                let mut e = i + n;
                while e < b && doc.cap(e) && doc.joined(e) {
                    e += 1;
                }
                push(out, i, e, EntityType::Event, Evidence::Rule, None, &None);
                i = e;
                continue;
            }
        }
        // "Mr." "Gen." before a name; "Mr", "Dr" without their stop, as British papers write
        // them ("Mr Okafor").
        // "Rear Adm.": the rank is the title.
        if doc.rear(i) && doc.titled_at(i) {
            i += 1;
            continue;
        }
        let undotted = COURTESY.has(doc.s(i)) && doc.joined(i + 1) && !doc.all_caps(i + 1) && !pageant(doc, g, i);
        let skip = if undotted { 1 } else { 2 };
        if doc.cap(i) && (undotted || doc.s(i + 1) == ".") && i + skip < b && doc.cap(i + skip) {
            if let Some(role) = title_role(doc.s(i)) {
                let role = (!role.is_empty()).then(|| role.to_string());
                pending = Some(Pending { role, person: true, role_of: None, at: i + skip });
                i += skip;
                continue;
            }
        }
        // "King's College": a role word's possessive opening a name is no role; nor is one
        // before a lone word that says what kind of body or event it names ("Premier League").
        let owner = |n: usize| {
            matches!(doc.s(i + n), "'s" | "’s") && doc.cap(i + n + 1) && (ORG_TAILS.has(doc.s(i + n + 1)) || LOC_TAILS.has(doc.s(i + n + 1)))
                || doc.cap(i + n) && !doc.cap(i + n + 1) && (ORG_TAILS.has(doc.s(i + n)) || EVENT_TAILS.has(doc.s(i + n)))
        };
        if let Some(n) = doc.role(g, i, b).filter(|&n| !owner(n)) {
            // The country or demonym right before the role, or before its possessive ("Mexico's
            // foreign minister").
            let at = if matches!(doc.s(i.wrapping_sub(1)), "'s" | "’s") { i - 1 } else { i };
            let prev = out.last().filter(|c| c.tokens.1 == at && matches!(c.kind, EntityType::Gpe | EntityType::Norp));
            let role_of = prev.map(|_| out.len() - 1);
            let role = doc.text[tokens[i].span.start..tokens[i + n - 1].span.end].to_string();
            // Only a capitalised role, or one right before a name, is a title.
            let before_name = i + n < b && doc.cap(i + n) && doc.joined(i + n);
            if before_name {
                pending = Some(Pending { role: Some(role), person: true, role_of, at: i + n });
            } else {
                // Apposition: "Luis Álvarez, Mexico's foreign minister, said", "Ana Ruiz, the
                // spokeswoman, said", "Ana Ruiz, a spokeswoman for the ministry": the role
                // describes the name before the comma as a title before it would.
                let mut k = prev.map_or(i, |c| c.tokens.0);
                if k > a && matches!(doc.s(k - 1), "the" | "a" | "an") {
                    k -= 1;
                }
                let next = doc.s(i + n);
                let closed = i + n >= b || matches!(next, "," | "." | ";" | ")" | "-" | "\u{2013}" | "\u{2014}" | "at" | "for" | "of");
                if closed && k > a + 1 && doc.s(k - 1) == "," {
                    if let Some(p) = out.iter_mut().rev().take(2).find(|c| c.tokens.1 == k - 1 && c.role.is_none() && (c.kind == EntityType::Person || c.evidence == Evidence::Default)) {
                        p.kind = EntityType::Person;
                        p.evidence = p.evidence.max_rule();
                        p.role = Some(role);
                        p.role_of = role_of;
                        p.weak = false;
                        p.bare = false;
                    }
                }
            }
            i += n;
            continue;
        }
        // "naturalised-French", "pro-Russian": a lowercase prefix hyphened to a listed nationality
        // or group names a group too (NORP), of no country ("pro-Russian separatists").
        if let Some(k) = doc.s(i).rfind('-').filter(|_| doc.s(i).starts_with(char::is_lowercase)) {
            let tail = &doc.s(i)[k + 1..];
            // A listed country or place so prefixed ("pro-Israel", "anti-Moscow") is the adjective
            // of its people or side, a group too.
            if tail.starts_with(char::is_uppercase) && g.phrase(&tail.lower()).is_some_and(|h| matches!(h.kind, EntityType::Norp | EntityType::Gpe) && !h.acronym) {
                push(out, i, i + 1, EntityType::Norp, Evidence::Gazetteer, None, &pending);
                i += 1;
                continue;
            }
        }
        let is_start = doc.cap(i) || doc.gazetteer(g, i, b).is_some_and(|(_, h)| h.lowercase_ok);
        if !is_start || doc.never_name(i) {
            i += 1;
            continue;
        }
        let person_pending = pending.as_ref().is_some_and(|p| p.at == i && p.person);
        // A body named with a list of its fields, a listed name opening it ("United Nations
        // Educational, Scientific and Cultural Organization").
        if let Some(e) = comma_listed_name(doc, i, b).filter(|_| !caps) {
            push(out, i, e, EntityType::Org, Evidence::Rule, None, &pending);
            i = e;
            continue;
        }
        if let Some((n, hit)) = doc.gazetteer(g, i, b) {
            // A given name that is also a place ("Jordan Henderson", "George Washington").
            let name_first = n == 1
                && g.is_first_name(doc.s(i))
                && hit.kind != EntityType::Person
                && i + 1 < b
                && doc.cap(i + 1)
                && doc.joined(i + 1)
                && !doc.all_caps(i + 1)
                && doc.gazetteer(g, i + 1, b).is_none_or(|(_, h)| h.kind == EntityType::Gpe || h.kind == EntityType::Loc)
                && doc.role(g, i + 1, b).is_none();
            // "Bank of ...", "Gulf of Aden": the known word opens a longer name.
            let org_ahead = ORG_HEADS.has(doc.s(i + n))
                || n == 1 && LOC_HEADS.has(doc.s(i)) && doc.s(i + 1) == "of" && doc.cap(i + 2);
            if !name_first && !org_ahead && !(person_pending && hit.kind != EntityType::Person && n == 1 && !doc.all_caps(i)) {
                // A place opening a longer name: "Mississippi River", "Sahel Liberation Front".
                if let Some((j, kind, evidence)) = place_name(doc, g, i + n, b, hit) {
                    push(out, i, j, kind, evidence, None, &pending);
                    i = j;
                    continue;
                }
                // A listed name before an event's tail word names the event, not the listed body
                // or place ("Fed Cup" is no Federal Reserve, "U.S. Open" no country), unless the
                // name goes on ("Asian Games Organising Committee").
                if !weak && i + n < b && EVENT_TAILS.has(doc.s(i + n)) && doc.joined(i + n) && !(i + n + 1 < b && doc.cap(i + n + 1) && doc.joined(i + n + 1)) {
                    push(out, i, i + n + 1, tail_kind(doc.s(i), doc.s(i + n)), Evidence::Rule, None, &pending);
                    i += n + 1;
                    continue;
                }
                push(out, i, i + n, hit.kind, Evidence::Gazetteer, Some(hit), &pending);
                // "Russian-backed": tokenizer keeps it whole; handled by the gazetteer on the prefix below.
                i += n;
                continue;
            }
        }
        // "Russian-backed", "Kremlin-linked": a known name before a lowercase hyphen suffix.
        if let Some(k) = doc.s(i).find('-') {
            let s = doc.s(i);
            let (head, tail) = (&s[..k], &s[k + 1..]);
            if tail.starts_with(char::is_lowercase) && !s.starts_with("al-") && !s.starts_with("el-") {
                if let Some(hit) = g.phrase(&head.lower()).filter(|h| !h.acronym || !head.chars().any(char::is_lowercase)) {
                    let span = Span::new(tokens[i].span.start, tokens[i].span.start + k);
                    out.push(Candidate {
                        span,
                        tokens: (i, i + 1),
                        kind: hit.kind,
                        evidence: Evidence::Gazetteer,
                        canon: Some(hit.canon),
                        country: hit.country,
                        role: None,
                        role_of: None,
                        sentence: si,
                        subject: false,
                        weak: false,
                        bare: false,
                        sure: false,
                    });
                }
                i += 1;
                continue;
            }
        }
        // A capitalised common word opening the sentence is no name; nor is a plural- or
        // adjective-looking word ("Analysts said", "Regional officials") there.
        let at_open = i == opener || doc.s(i.wrapping_sub(1)) == "\"" || doc.s(i.wrapping_sub(1)) == "\u{201C}";
        let common_word = common(doc.s(i));
        let initial = doc.initial(i);
        // A word that opens a place's, storm's or event's name, before that name ("Lake Tanganyika
        // is", "Tropical Storm Ana formed", "Treaty of Rome") is part of it, even opening a sentence.
        let head = i + 1 < b && doc.joined(i + 1) && {
            let (s, next) = (doc.s(i), doc.s(i + 1));
            doc.cap(i + 1) && (LOC_HEADS.has(s) || STORMS.has(s)) || next == "of" && doc.cap(i + 2) && (LOC_HEADS.has(s) || EVENT_HEADS.has(s))
        };
        if at_open
            && !person_pending
            && !initial
            && !head
            && (common_word || !g.is_first_name(doc.s(i)) && (doc.is_common(i) || doc.looks_common(i)))
        {
            i += 1;
            continue;
        }
        if doc.s(i) == "The" && i + 1 < b && doc.cap(i + 1) && doc.joined(i + 1) {
            i += 1;
            continue;
        }
        let j = stretch(doc, g, i, b, person_pending);
        // A stretch ended by a headline's verb or pronoun (`CLAUSE_CAPS`): see `combine`.
        let clause_cut = j < b && CLAUSE_CAPS.has(doc.s(j)) && doc.joined(j);
        let (mut kind, mut evidence, mut bare) = if caps && !person_pending {
            // Capitals say nothing: typed by the same name in running text, else dropped.
            (type_stretch(doc, g, i, j, false, true).0, Evidence::Default, false)
        } else if j == i + 1 && !common_word && !doc.is_common(i) && g.is_listed_surname(doc.s(i)) {
            // The surname of a well-known person on its own ("Kerry said"), even opening a sentence.
            (EntityType::Person, Evidence::Gazetteer, false)
        } else {
            type_stretch(doc, g, i, j, person_pending || initial, false)
        };
        // A town before a comma and its state ("Herndon, Va.", "Ferguson, Missouri,") or before
        // "police" ("Ferguson police") is a place, in all its mentions; a lone name before a
        // people's noun a group ("Rohingya Muslims", "the Karen minority"). Opening a sentence,
        // only a word seen capitalised inside one ("Riot police" is none); never a common word
        // ("When people", "Masked police", "Forensic police"), a body typed by its tail ("Northwestern University,
        // Chicago,") or a word in capitals ("WIGAN, England" over a report on its team).
        let next = doc.s(j);
        let plain = !person_pending
            && evidence != Evidence::Gazetteer
            && !(evidence == Evidence::Rule && kind == EntityType::Org)
            && !doc.all_caps(i)
            && !doc.is_common(i)
            && !doc.looks_common(i)
            && (!at_open || doc.cap_mid.borrow().contains(doc.s(i)));
        let group = plain && j == i + 1 && PEOPLES.has(next);
        let sure = plain && (j - i <= 3 && state_after(doc, g, j) || next == "police") || group;
        if sure {
            (kind, evidence, bare) = (if group { EntityType::Norp } else { EntityType::Gpe }, Evidence::Rule, false);
        }
        if evidence == Evidence::Default && j == i + 1 && (doc.is_common(i) || doc.all_caps(i) && doc.lower_words.contains(doc.s(i).lower().as_str())) {
            i = j;
            continue;
        }
        // A lone unknown word that is bought, sold or merged ("agreed to buy Corvane"), or that
        // opens a sentence about a company ("Tesla delivered fewer cars, the company said") is a
        // company. (A surname so typed still joins its person in `merge`.)
        if (bare || j == i + 1 && evidence == Evidence::Default) && !has_lower(SAY_VERBS, doc.s(j)) {
            let prev = doc.s(i.wrapping_sub(1));
            let traded = has_lower(DEAL_VERBS, prev) || after_deal_noun(doc, i) || STOCK_WORDS.has(doc.s(j));
            // "…, the company said": the company speaks of itself ("Harlow joined the company" is
            // no company).
            let about_company = at_open
                && *company_at.get_or_init(|| {
                    (a + 1..b).rev().find(|&k| doc.s(k - 1).eq_ignore_ascii_case("the") && has_lower(COMPANY_NOUNS, doc.s(k)) && (doc.s(k - 2) == "," || has_lower(SAY_VERBS, doc.s(k + 1))))
                })
                > Some(j);
            if traded || about_company {
                (kind, evidence, bare) = (EntityType::Org, Evidence::Rule, false);
            }
        }
        // A name right after a company's or club's noun is that company or club ("supermarket
        // chain Lidl", "Spanish club Deportivo Coruna").
        if evidence != Evidence::Gazetteer && !person_pending && j - i <= 3 && i > a && after_company_noun(doc, i) {
            (kind, evidence, bare) = (EntityType::Org, Evidence::Rule, false);
        }
        // A person with an age in apposition is one whatever the tagger reads, in all the
        // name's mentions (`type_stretch`).
        // (Not the end of a longer name split by the lists: "Jordan Reed (86)", "Hadfield-Hyde, 51".)
        let prev = doc.s(i.wrapping_sub(1));
        let aged = kind == EntityType::Person && evidence == Evidence::Rule && j - i <= 3 && age(doc, j) && !(i > a && (doc.cap(i - 1) || prev == "-"));
        push(out, i, j, kind, evidence, None, &pending);
        if let Some(c) = out.last_mut() {
            c.sure = sure || aged;
            c.weak |= (clause_cut || opens_clause(doc.s(i))) && evidence != Evidence::Gazetteer;
        }
        // In an article (not a short text such as a post), a name worth knowing shows its
        // type somewhere: a bare word is kept only if it joins a typed name or recurs (merge).
        if bare {
            // A lone letter ("(R)" in a caption) is never a name of its own.
            let letter = doc.s(i).chars().count() == 1;
            if let Some(c) = out.last_mut() {
                c.bare = !letter;
                c.weak |= n_sent >= LONG_TEXT || letter;
            }
        }
        // A lone word of unknown kind opening a sentence ("Analysts in ...") is kept only if
        // it names something found elsewhere or coordination types it.
        let acting = doc.word(j) && doc.s(j).starts_with(char::is_lowercase) && !COMMON.has(doc.s(j));
        if evidence == Evidence::Default && j == i + 1 && at_open && !acting {
            if let Some(c) = out.last_mut() {
                c.weak = true;
            }
        }
        i = j;
    }
}

/// A people's nouns after its name ("Rohingya Muslims", "the Karen minority"). Sorted.
const PEOPLES: Words = Words("Christians|Hindus|Jews|Muslims|minority|people|tribe|tribes");

/// A comma at `j` and a state after it, listed ("Missouri"; no capital: "Amra Kevic,
/// Belgrade newsroom") and then a mark, or abbreviated ("Va."; not "Inc.", "Jr.", "Lt." nor
/// a month: "10 pm, Oct. 13"): a town's
/// address, not a list ("Ohio, Texas, Iowa").
fn state_after(doc: &Doc, g: &Gazetteer, j: usize) -> bool {
    let w = doc.s(j + 1);
    let e = match doc.gazetteer(g, j + 1, doc.tokens.len()) {
        Some((n, h)) if h.local && h.kind == EntityType::Gpe && h.country.is_none() => j + 1 + n,
        None if w.len() <= 5 && doc.s(j + 2) == "." && !ORG_TAILS.has(w) && !has_lower(NO_NAME, w) && title_role(w).is_none() && date::match_at(doc.text, doc.tokens, j + 1, doc.tokens.len()).is_none() => j + 2,
        _ => return false,
    };
    doc.s(j) == "," && doc.cap(j + 1) && !doc.word(e) && !(doc.s(e) == "," && doc.cap(e + 1))
}

/// The type a name's head or tail word gives it ("Lake Chad", "Niger River", "Acme Motors").
fn by_head_or_tail(first: &str, last: &str, n: usize) -> Option<EntityType> {
    if n < 2 {
        return ORG_TAILS.has(last).then_some(EntityType::Org);
    }
    if STORMS.has(first) || n > 2 && EVENT_HEADS.has(first) {
        Some(EntityType::Event)
    } else if EVENT_TAILS.has(last) {
        Some(tail_kind(first, last))
    } else if ORG_TAILS.has(last) {
        Some(EntityType::Org)
    } else if LOC_TAILS.has(last) || LOC_HEADS.has(first) || n == 2 && last == "Hill" && ORG_TAILS.has(first) {
        // (A body's hill is its seat: "Parliament Hill".)
        Some(EntityType::Loc)
    } else {
        None
    }
}

/// A known place followed by capitalised words that make one name with it: the end and type.
/// Only when its last word types it ("Niger River", "Sahel Liberation Front", "Lagos Motors").
fn place_name(doc: &Doc, g: &Gazetteer, start: usize, b: usize, hit: Hit) -> Option<(usize, EntityType, Evidence)> {
    // Not after a country: "U.S. Army" is the country's army (the model's reading of it as one
    // name is kept, acting for the country: `place_headed`, `STATE_BODIES`). A listed body may
    // open a longer one ("SITE Intel Group", "Twitter Inc").
    if !hit.local && !matches!(hit.kind, EntityType::Norp | EntityType::Org) {
        return None;
    }
    let mut j = start;
    while j < b
        && doc.joined(j)
        && doc.cap(j)
        && !doc.all_caps(j)
        && !doc.never_name(j)
        && !common(doc.s(j))
        && (doc.role(g, j, b).is_none() || ORG_TAILS.has(doc.s(j + 1)) && doc.joined(j + 1))
        && date::match_at(doc.text, doc.tokens, j, b).is_none()
        && (doc.gazetteer(g, j, b).is_none() || j > start && ORG_TAILS.has(doc.s(j)) && !(j + 1 < b && doc.joined(j + 1) && doc.cap(j + 1)))
    {
        j += 1;
    }
    if j == start {
        return None;
    }
    let kind = by_head_or_tail("", doc.s(j - 1), 2)?;
    Some((j, kind, Evidence::Rule))
}

/// An acronym before a possessive owns what follows, no part of its name ("NASA's Goddard
/// Space Flight Center" is NASA and a centre of it): capitals only, two letters or more, no
/// common noun ("CEO's").
fn acronym_owner(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) && !CAPS_COMMON.has(&w.lower())
}

/// Capitalised words from `k` (at most three, possessives between them) whose last is an
/// organisation's or a place's tail word: what may follow a possessive inside one name
/// ("St Aldric's Cathedral", "St Brede's Boys' School").
fn named_by_tail(doc: &Doc, mut k: usize, b: usize) -> bool {
    let end = (k + 5).min(b);
    while k < end && doc.cap(k) {
        if ORG_TAILS.has(doc.s(k)) || LOC_TAILS.has(doc.s(k)) {
            return true;
        }
        k += 1;
        if doc.possessive(k) {
            k += 1;
        }
    }
    false
}

/// An organisation named with a list of its fields ("Ossian Educational, Scientific and
/// Cultural Organization"): from a capitalised word at `i`, capitalised words ending with an
/// adjective, then ", Adjective" once or more, then "and" and two or more capitalised words
/// ending with an organisation's tail word. The end of the name, when the list is such.
fn comma_listed_name(doc: &Doc, i: usize, b: usize) -> Option<usize> {
    let adjective = |k: usize| doc.cap(k) && ["al", "ic", "ive", "ous"].iter().any(|e| doc.s(k).ends_with(e));
    // Mentions exclude a leading "The".
    if doc.s(i) == "The" {
        return None;
    }
    let mut k = i;
    while k < b && doc.cap(k) && (k == i || doc.joined(k)) {
        k += 1;
    }
    if k == i || !adjective(k - 1) {
        return None;
    }
    let mut items = 0;
    while doc.s(k) == "," && adjective(k + 1) {
        k += 2;
        items += 1;
    }
    if doc.s(k) == "," {
        k += 1;
    }
    if items == 0 || doc.s(k) != "and" {
        return None;
    }
    let mut e = k + 1;
    while e < b && doc.cap(e) && doc.joined(e) {
        e += 1;
    }
    (e >= k + 3 && ORG_TAILS.has(doc.s(e - 1))).then_some(e)
}

/// A lone field of study after "in" or "of" ("a degree in Physics"): no name.
fn field_of_study(doc: &Doc, i: usize) -> bool {
    FIELDS.has(doc.s(i)) && matches!(doc.s(i.wrapping_sub(1)), "in" | "of") && !(doc.joined(i + 1) && doc.cap(i + 1))
}

/// Words that end a public body's name with "and" inside it ("Securities and Exchange
/// Commission", "Food and Drug Administration"). Sorted.
const AND_TAILS: Words = Words("Administration|Agency|Board|Bureau|Commission|Committee|Council|Service|Services");

/// "and" at `j` inside a body's name: one to three capitalised unlisted words follow, ending
/// with an [`AND_TAILS`] word ("Securities and Exchange Commission"; not "Arsenal and
/// Manchester United", nor after an acronym: "KBS and Yonhap News Agency").
fn and_body(doc: &Doc, g: &Gazetteer, j: usize, b: usize) -> bool {
    let mut k = j + 1;
    if doc.all_caps(j - 1) {
        return false;
    }
    while k < b.min(j + 4) && doc.cap(k) && doc.joined(k) && doc.gazetteer(g, k, k + 1).is_none() {
        if AND_TAILS.has(doc.s(k)) {
            return true;
        }
        k += 1;
    }
    false
}

/// The end of the capitalised stretch starting at `i`.
fn stretch(doc: &Doc, g: &Gazetteer, i: usize, b: usize, person: bool) -> usize {
    let first_name = person || g.is_first_name(doc.s(i));
    let event = EVENT_HEADS.has(doc.s(i)) && doc.s(i + 1) == "of";
    let mut org = ORG_HEADS.has(doc.s(i)) || LOC_HEADS.has(doc.s(i)) || event;
    // A place's or event's head takes "of" only: "Gulf of Aden", not "Gulf of Aden and the
    // ...", "Battle of Britain".
    let mut place = (LOC_HEADS.has(doc.s(i)) || event) && !ORG_HEADS.has(doc.s(i));
    let mut j = i + 1;
    // Initials: "C. Lewis", "J. R. Smith".
    let mut k = i;
    while doc.initial(k) && k + 2 < b {
        k += 2;
        j = k + 1;
    }
    while j < b && (doc.joined(j) || doc.possessive(j)) {
        let s = doc.s(j);
        // A possessive inside an organisation's or a building's name: "King's College",
        // "People's Party" (not "Apple's Tim Cook", nor a known name's "Nigeria's Army", nor a
        // body's own tail-named body's: "the Metropolitan Police's Counter Terrorism Command").
        if j <= i + 4 && doc.possessive(j) && named_by_tail(doc, j + 1, b) && doc.gazetteer(g, j - 1, j).is_none() && !(j == i + 1 && acronym_owner(doc.s(i))) && !(j > i + 1 && ORG_TAILS.has(doc.s(j - 1))) {
            j += 1;
            continue;
        }
        if doc.cap(j) {
            if doc.role(g, j, b).is_some() || doc.titled_at(j) || CLAUSE_CAPS.has(s) || date::match_at(doc.text, doc.tokens, j, b).is_some() {
                break;
            }
            // A known name ends an unknown stretch, except inside an organisation's name or a
            // person's name that starts with a given name.
            let surname_slot = first_name && j == i + 1;
            if !org && !surname_slot && doc.gazetteer(g, j, b).is_some() {
                break;
            }
            if ORG_HEADS.has(s) {
                org = true;
                place = false;
            }
            j += 1;
        } else if (org || s == "and" && and_body(doc, g, j, b)) && ORG_CONNECTORS.has(s) && (!place || s == "of") && j + 1 < b && doc.joined(j + 1) && (doc.cap(j + 1) || ORG_CONNECTORS.has(doc.s(j + 1)) && doc.cap(j + 2))
            // "and the" opens another name ("the University of Oxford and the BBC").
            && !(s == "and" && doc.s(j + 1).eq_ignore_ascii_case("the"))
        {
            j += 1;
        } else if matches!(s, "in" | "for") && AWARDS.has(doc.s(j - 1)) && j + 1 < b && doc.cap(j + 1) && doc.joined(j + 1) {
            // An award's field: "Nobel Prize in Physics", "Medal for Bravery".
            j += 1;
        } else if NAME_CONNECTORS.has(s) && j + 1 < b && doc.cap(j + 1) && doc.joined(j + 1) && !org {
            j += 1;
        } else if s.chars().count() == 1 && s.starts_with(char::is_uppercase) {
            j += 1;
        } else {
            break;
        }
        // A middle initial: "John F. Kennedy".
        if j < b && doc.s(j) == "." && doc.s(j - 1).chars().count() == 1 && j + 1 < b && doc.cap(j + 1) {
            j += 1;
        }
    }
    // Never end on a connector or a dot.
    while j > i + 1 && (!doc.cap(j - 1) || doc.s(j - 1) == ".") {
        j -= 1;
    }
    j
}

/// An age in apposition at token `j`: ", 34," or "(34)", a number of one to three digits up to
/// 120; not a score in a list ("Arsenal, 2, Chelsea, 1,"), nor a day before its year
/// ("September, 11, 2001").
#[cfg_attr(size_attrs, optimize(size))] // (session 26: per number after a name)
fn age(doc: &Doc, j: usize) -> bool {
    let close = match doc.s(j) {
        "," => ",",
        "(" => ")",
        _ => return false,
    };
    let a = doc.s(j + 1);
    a.len() <= 3
        && a.bytes().all(|b| b.is_ascii_digit())
        && a.parse::<u32>().is_ok_and(|v| v <= 120)
        && doc.s(j + 2) == close
        && !(close == "," && (doc.s(j + 3).starts_with(char::is_uppercase) && doc.s(j + 4) == "," || doc.s(j + 3).starts_with(|c: char| c.is_ascii_digit())))
}

/// The type of the stretch [i, j), its evidence, and whether it is a lone word typed by no
/// evidence at all (`bare`).
#[cfg_attr(size_attrs, optimize(size))]
fn type_stretch(doc: &Doc, g: &Gazetteer, i: usize, j: usize, person: bool, caps: bool) -> (EntityType, Evidence, bool) {
    let first = doc.s(i);
    let last = doc.s(j - 1);
    let n = j - i;
    // After a role or an initial, a person; unless the name opens with no given name and ends
    // in a word that types it ("Singer World Series" is no singer).
    if person {
        match by_head_or_tail(first, last, n) {
            Some(kind) if n > 1 && !g.is_first_name(first) => return (kind, Evidence::Rule, false),
            _ => return (EntityType::Person, Evidence::Rule, false),
        }
    }
    if last == "II" && n > 2 && doc.s(j - 2) == "War" {
        return (EntityType::Event, Evidence::Rule, false);
    }
    // A possessive before an organisation's or a place's word ("King's College London",
    // "St Paul's Cathedral"), which `stretch` only takes in such names.
    if let Some(k) = (i + 1..j - 1).find(|&k| doc.possessive(k)) {
        let kind = if ORG_TAILS.has(doc.s(k + 1)) || ORG_TAILS.has(last) { EntityType::Org } else { EntityType::Loc };
        return (kind, Evidence::Rule, false);
    }
    if let Some(kind) = by_head_or_tail(first, last, n) {
        return (kind, Evidence::Rule, false);
    }
    // An award with its field ("Nobel Prize in Physics").
    if n > 2 && (i + 1..j - 2).any(|k| AWARDS.has(doc.s(k)) && matches!(doc.s(k + 1), "in" | "for")) {
        return (EntityType::Misc, Evidence::Rule, false);
    }
    // An organisation's head word opening the name or, after a place or founder's name, followed
    // by a connector ("Institute for ...", "Lagos Institute for Security Studies", "London
    // School of Economics"): one organisation, which the tagger may read as a place and a name.
    if n > 2 && (ORG_HEADS.has(first) || (i + 1..j - 1).any(|k| ORG_HEADS.has(doc.s(k)) && ORG_CONNECTORS.has(doc.s(k + 1)))) {
        return (EntityType::Org, Evidence::Rule, false);
    }
    if g.is_first_name(first) && (n > 1 || has_lower(SAY_VERBS, doc.s(j))) {
        return (EntityType::Person, Evidence::Rule, false);
    }
    if n == 1 && doc.all_caps(i) && !caps {
        return (EntityType::Org, Evidence::Rule, false);
    }
    let prev = doc.s(i.wrapping_sub(1));
    // "said Nwosu" is a person; "Toyota said" may be a company: a lone word before the verb
    // stays bare.
    if has_lower(SAY_VERBS, prev) || n > 1 && has_lower(SAY_VERBS, doc.s(j)) {
        return (EntityType::Person, Evidence::Rule, false);
    }
    // A person's age in apposition ("Orvalle, 34, of Dayton", "Orvalle (34)").
    if n <= 3 && !doc.all_caps(i) && age(doc, j) {
        return (EntityType::Person, Evidence::Rule, false);
    }
    if n <= 2 && has_lower(LOC_PREPS, prev) {
        return (EntityType::Gpe, Evidence::Default, false);
    }
    // A lone name before a lowercase word that is no function word is usually a person
    // acting ("Lavrov met", "Kerry also").
    // A lone unknown word with no evidence ("Toyota", "Derbyshire", "Relations") is `bare`:
    // PERSON is only a guess, which `sentence` and merging revise.
    if n == 1 {
        return (EntityType::Person, Evidence::Default, true);
    }
    // Places are mostly in the gazetteer; an unknown short name is most often a person.
    if n <= 3 && !doc.all_caps(i) {
        return (EntityType::Person, Evidence::Default, false);
    }
    (EntityType::Org, Evidence::Default, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for l in [WHO_ASKS, HALL_WORDS, HALL_STOPS, AWARD_NAMES, BRAND_PRODUCTS, PLACE_SUFFIXES, STREET_TAILS, WAR_ACRONYMS, GREETINGS, STATE_ABBREVIATIONS, POSTAL_CODES, GIVEN_COUNTRIES, PRODUCT_TAILS, BUSINESS_TAILS, AMPERSAND_WORDS, BODY_TAILS, LED, KIN, LEADING, AWARDS, FIELDS, STOCK_WORDS, PAIR_NOUNS, COURTESY, DEAL_VERBS, DEAL_NOUNS, COMPANY_NOUNS, ORG_TAILS, ORG_HEADS, EVENT_HEADS, STORMS, EVENT_TAILS, MISC_TAILS, UNITS, EVENT_NAMES, BROADCAST, ORG_CONNECTORS, NAME_CONNECTORS, SAY_VERBS, COMMON, LOC_PREPS, LOC_HEADS, LOC_TAILS, CAPS_COMMON, NEVER, DISEASES, NO_NAME, PAGEANT_WORDS, CREDIT_WORDS, PEOPLES, AND_TAILS, POSITIONS, PLAYERS, NOBLES, REGIONS, REGNAL, PLACE_WORDS, ROLE_MODIFIERS, DEPARTMENTS, SOVEREIGNS, STATE_BODIES, CLAUSE_WORDS, HOLIDAYS, FAITHS, STORM_NOUNS, SKY, RIVER_LAND, SETTLEMENTS, LANDS, CLAUSE_CAPS] {
            assert!(l.sorted(), "{l:?}");
        }
        assert!(TITLES.sorted() && TITLES.iter().count() == TITLE_ROLES.split('|').count());
        assert!(DANGLING.sorted());
        assert_eq!(STATE_ABBREVIATIONS.iter().count(), ABBREVIATED_STATES.split('|').count());
        assert_eq!(POSTAL_CODES.iter().count(), POSTAL_STATES.split('|').count());
        assert_eq!(WAR_ACRONYMS.iter().count(), ACRONYM_WARS.split('|').count());
    }

    /// The tokens `i..trim_end(i, j)` of `text`, joined by spaces.
    fn trimmed(text: &str, i: usize, j: usize) -> String {
        let tokens = crate::token::tokenize(text);
        let doc = Doc::new(text, &tokens);
        let j = doc.trim_end(i, j.min(tokens.len()));
        (i..j).map(|k| doc.s(k)).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn names_never_end_with_a_connector_or_a_stray_stop() {
        assert_eq!(trimmed("Brenford Mills of Ohio", 0, 3), "Brenford Mills");
        assert_eq!(trimmed("Talwin & Corso sued", 0, 2), "Talwin");
        assert_eq!(trimmed("MARLOWE BONDS - prices", 0, 3), "MARLOWE BONDS");
        assert_eq!(trimmed("Velmora . . next", 0, 3), "Velmora");
        assert_eq!(trimmed("Pell Bank , then", 0, 3), "Pell Bank");
        // A stop joined to its word, a name of one token and a capitalised "De" stay.
        assert_eq!(trimmed("Kelton Corp. said", 0, 3), "Kelton Corp .");
        assert_eq!(trimmed("of", 0, 1), "of");
        assert_eq!(trimmed("Rosa De", 0, 2), "Rosa De");
    }
}
