//! Sports reports and products: teams' nicknames (ORG, as CoNLL-2003 types teams), players
//! of a set-scored sport (persons), products named before their device's noun (MISC), and
//! "Scotland Yard" (the police, not a place). A child of `recognize`, run by `combine` after
//! its other passes; it reads and writes the merged candidates.
use super::*;

/// Words of sports reports: one makes a text a sports report (`sports_text`). Sorted
/// (capitals first).
const SPORTS_WORDS: Words = Words(
    "MLB|MLS|NBA|NCAA|NFL|NHL|baseball|basketball|coach|coached|defenseman|football|goalie|goalkeeper|halftime|hockey|\
     innings|linebacker|midfielder|offseason|pitcher|playoff|playoffs|postseason|preseason|quarterback|rebounds|roster|\
     shortstop|soccer|striker|teammate|teammates|touchdown|touchdowns",
);

/// Nouns after a team's nickname that say it is one ("Jets coach", "Nationals fans", "Bulls
/// teammates"). Sorted.
const TEAM_NOUNS: Words = Words("coach|fans|roster|teammate|teammates|uniform");

/// Plurals that name contests or places, not teams ("the Masters", "Pacific Shores"). Sorted.
const NOT_TEAMS: Words = Words("Finals|Gardens|Heights|Lakes|Masters|Meadows|Plains|Playoffs|Shores|Springs|Woods");

/// Nouns of devices and software after a product's name ("Kindle e-readers", "Mac
/// laptops", "Xbox console"; not "tablets", which may be clay ones). Sorted.
const DEVICE_NOUNS: Words = Words(
    "app|apps|console|consoles|desktop|desktops|device|devices|e-reader|e-readers|gadget|gadgets|handset|handsets|headset|\
     headsets|laptop|laptops|smartphone|smartphones|software|speaker|speakers",
);

/// Whether one of [`SPORTS_WORDS`] occurs in the text.
fn sports_text(doc: &Doc) -> bool {
    (0..doc.tokens.len()).any(|k| doc.word(k) && doc.s(k).len() >= 3 && SPORTS_WORDS.has(doc.s(k)))
}

/// A capitalised plural, as teams' nicknames are ("Colts", "Celtics"; not "Davis", "Ross",
/// "Francis", "Jesus").
fn plural_name(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase) && b[b.len() - 1] == b's' && !matches!(b[b.len() - 2], b's' | b'u' | b'i')
}

/// The score of a tennis set at token `k` ("6-3", "7-6"; a digit, a hyphen and a digit,
/// unspaced): the token after it, or `None`.
fn set_at(doc: &Doc, k: usize) -> Option<usize> {
    let digit = |i: usize| doc.tokens.get(i).is_some_and(|t| t.kind == Kind::Number) && doc.s(i).len() == 1;
    if !digit(k) || doc.s(k + 1) != "-" || !digit(k + 2) || !doc.gap(k + 1).is_empty() || !doc.gap(k + 2).is_empty() {
        return None;
    }
    let (x, y) = (doc.s(k).as_bytes()[0], doc.s(k + 2).as_bytes()[0]);
    let (hi, lo) = (x.max(y), x.min(y));
    (hi == b'6' && lo <= b'4' || hi == b'7' && (lo == b'5' || lo == b'6')).then_some(k + 3)
}

/// The sentences that give a match's sets ("7-5, 6-3, 6-4", "7-6 (5) 6-4": two set scores
/// in a row, with only a tie-break's score in brackets or a comma between them), in order,
/// and the tokens that open a score followed by another.
fn set_scores(doc: &Doc, sentences: &[Span]) -> (Vec<usize>, Vec<usize>) {
    let (mut found, mut opens) = (Vec::new(), Vec::new());
    for k in 0..doc.tokens.len() {
        let Some(mut n) = set_at(doc, k) else { continue };
        if doc.s(n) == "(" && doc.s(n + 2) == ")" {
            n += 3;
        }
        if doc.s(n) == "," {
            n += 1;
        }
        if set_at(doc, n).is_some() {
            let si = sentences.partition_point(|s| s.end <= doc.tokens[k].span.start);
            if found.last() != Some(&si) {
                found.push(si);
            }
            opens.push(k);
        }
    }
    (found, opens)
}

/// Words before a player's name in a result ("beat Lopez 6-4 6-4", "lost to Lopez"). Sorted.
const RESULT_WORDS: Words = Words("against|beat|beating|beats|defeated|defeating|defeats|over|to");

/// Teams, players, products and "Scotland Yard" (see the module's head):
/// - In a sports report (`sports_text`), a capitalised plural after "the" or before a team's
///   noun ("the Colts", "Nationals fans") that the tagger read as a person, a place or a
///   group, and no family's ("the Mannings" of a text naming Manning; a listed surname's:
///   "the Clintons"), is a team (ORG), in all its mentions; so is a listed place's name with
///   a plural or after "the" ("the Carolina Panthers", "the Orlando Magic", "Indianapolis
///   Colts"), and a place the tagger read before a plural it left out ("the New England" of
///   "the New England Patriots").
/// - In a text with a match's sets (`set_scores`), a name of up to three words the tagger
///   read as an organisation, which no list and no body's word types, is a player (PERSON):
///   "Verdasco 7-5 6-3 6-4", "lost to Lopez".
/// - A name of up to two words read as a person or a place before a device's noun
///   (`DEVICE_NOUNS`: "Kindle e-readers", "Echo Dot speakers"), or a lone one before a
///   version's number ("Android 5.0") or after a software assistant's noun ("voice assistant
///   Siri"), is a product (MISC), in all its mentions.
#[cfg_attr(size_attrs, optimize(size))]
pub(super) fn sports(doc: &Doc, g: &Gazetteer, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let sporting = sports_text(doc);
    let (set_sentences, set_opens) = set_scores(doc, sentences);
    // The last words of the persons of two words or more (a family's name: "the Mannings").
    let mut surnames: FastSet<&str> = FastSet::default();
    {
        for c in merged.iter() {
            if c.kind == EntityType::Person && c.tokens.1 - c.tokens.0 >= 2 {
                surnames.insert(doc.s(c.tokens.1 - 1));
            }
        }
    }
    let family = |w: &str| {
        let stem = &w[..w.len() - 1];
        let stem2 = w.strip_suffix("es").unwrap_or(stem);
        surnames.contains(stem) || surnames.contains(stem2) || g.is_listed_surname(stem) || g.is_listed_surname(stem2)
    };
    // Where each candidate starts (does one hold the word after a place?).
    let starts: Vec<usize> = merged.iter().map(|c| c.tokens.0).collect();
    let mut edits = Vec::new();
    for (at, c) in merged.iter_mut().enumerate() {
        let (a, b) = c.tokens;
        let last = doc.s(b - 1);
        let listed = c.evidence == Evidence::Gazetteer || c.canon.is_some();
        let the = doc.s(a.wrapping_sub(1)).eq_ignore_ascii_case("the");
        let team_noun = TEAM_NOUNS.has(doc.s(b));
        if (sporting || team_noun) && matches!(c.kind, EntityType::Person | EntityType::Misc | EntityType::Gpe | EntityType::Loc | EntityType::Norp) && c.role.is_none() {
            // A nickname alone.
            let lone = b - a == 1 && !listed && plural_name(last) && (the || team_noun) && !NOT_TEAMS.has(last) && !family(last);
            // A place's name and a nickname ("Carolina Panthers"; the whole no listed place).
            let placed = b - a >= 2
                && doc.gazetteer(g, a, b).is_some_and(|(n, h)| n == b - a - 1 && h.local && matches!(h.kind, EntityType::Gpe | EntityType::Loc))
                && doc.cap(b - 1)
                && !doc.all_caps(b - 1)
                && !named_by(last)
                && !NOT_TEAMS.has(last)
                && (plural_name(last) && !family(last) || the);
            // A listed place before a plural no candidate holds ("the New England Patriots").
            let next = doc.s(b);
            let before = listed
                && matches!(c.kind, EntityType::Gpe | EntityType::Loc)
                && the
                && plural_name(next)
                && doc.joined(b)
                && starts.get(at + 1) != Some(&b)
                && !named_by(next)
                && !NOT_TEAMS.has(next)
                && !family(next);
            if lone || placed {
                c.kind = EntityType::Org;
                c.evidence = Evidence::Rule;
                c.canon = None;
                c.country = None;
                c.sure = true;
            } else if before {
                edits.push((at, (a, b + 1)));
            }
        }
        // A player of a set-scored sport.
        // (Right before the scores, with a country in brackets or a seeding between, or after
        // a result's word in the scores' sentence.)
        let mut k = b;
        if doc.s(k) == "(" && doc.s(k + 2) == ")" {
            k += 3;
        }
        let scored = set_opens.binary_search(&k).is_ok() || RESULT_WORDS.has(doc.s(a.wrapping_sub(1))) && set_sentences.binary_search(&c.sentence).is_ok();
        if scored && matches!(c.kind, EntityType::Org | EntityType::Gpe | EntityType::Loc | EntityType::Misc) && !listed && b - a <= 3 && (a..b).all(|k| doc.cap(k) && !doc.all_caps(k) && !named_by(doc.s(k))) && !BODY_TAILS.has(last) {
            c.kind = EntityType::Person;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
        // A product before its device's noun or its version.
        let version = doc.tokens.get(b).is_some_and(|t| t.kind == Kind::Number) && doc.s(b).contains('.') && doc.joined(b) && !matches!(doc.s(b + 1), "%" | "percent" | "per");
        // (Or after a software assistant's noun: "voice assistant Siri".)
        let assistant = doc.s(a.wrapping_sub(1)) == "assistant" && matches!(doc.s(a.wrapping_sub(2)), "digital" | "virtual" | "voice");
        if b - a <= 2 - usize::from(!DEVICE_NOUNS.has(doc.s(b))) && !listed && matches!(c.kind, EntityType::Person | EntityType::Gpe | EntityType::Loc) && c.role.is_none() && (DEVICE_NOUNS.has(doc.s(b)) || version || assistant) {
            c.kind = EntityType::Misc;
            c.evidence = Evidence::Rule;
            c.sure = true;
        }
    }
    let edits = edits.into_iter().map(|(at, tokens)| (at, 1, Some(ruled(doc, sentences, &merged[at..at + 1], tokens, EntityType::Org)))).collect();
    replace(merged, edits);
    scotland_yard(doc, sentences, merged);
}

/// "Scotland Yard" is the Metropolitan Police (ORG), whatever the tagger read in it: the place
/// "Scotland Yard" or "Scotland" and the body "Yard's Counter Terrorism Command" (which keeps
/// its words after the possessive).
fn scotland_yard(doc: &Doc, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let mut edits = Vec::new();
    for k in 0..doc.tokens.len() {
        if doc.s(k) != "Scotland" || doc.s(k + 1) != "Yard" || !doc.joined(k + 1) {
            continue;
        }
        let at = merged.partition_point(|c| c.tokens.1 <= k);
        let n = merged[at..].iter().take_while(|c| c.tokens.0 < k + 2).count();
        if n == 1 && merged[at].tokens == (k, k + 2) && merged[at].kind == EntityType::Org || merged[at..at + n].iter().any(|c| c.tokens.0 < k) {
            continue;
        }
        edits.push((at, n, Some(ruled(doc, sentences, &merged[at..at + n], (k, k + 2), EntityType::Org))));
        // A body of it named after its possessive.
        if let Some(c) = merged[at..at + n].iter().find(|c| c.tokens.1 > k + 3 && doc.possessive(k + 2)) {
            let rest = Candidate { span: Span::new(doc.tokens[k + 3].span.start, c.span.end), tokens: (k + 3, c.tokens.1), ..c.clone() };
            edits.push((at + n, 0, Some(rest)));
        }
    }
    replace(merged, edits);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for l in [SPORTS_WORDS, TEAM_NOUNS, NOT_TEAMS, DEVICE_NOUNS, RESULT_WORDS] {
            assert!(l.sorted(), "{l:?}");
        }
    }

    #[test]
    fn plurals_and_set_scores() {
        assert!(plural_name("Colts") && plural_name("Celtics") && !plural_name("Davis") && !plural_name("Ross") && !plural_name("Jesus") && !plural_name("NFLs"));
        let text = "Lopez beat Fish 7-6 (5), 6-4 and Roddick 6-3 6-4; it was 24-21.";
        let tokens = crate::token::tokenize(text);
        let doc = Doc::new(text, &tokens);
        let spans = [Span::new(0, text.len())];
        let (sentences, opens) = set_scores(&doc, &spans);
        assert_eq!(sentences, vec![0]);
        assert_eq!(opens.iter().map(|&k| doc.s(k)).collect::<Vec<_>>(), vec!["7", "6"]);
    }
}
