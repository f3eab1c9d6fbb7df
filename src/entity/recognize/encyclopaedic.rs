//! Encyclopaedia prose (a Wikipedia-style article rather than news): titles of works,
//! definitions ("X is a river"), initials, states and parties "of" a place, leagues, ships,
//! peers, peoples in "-ians", wars, newspapers' "The", publishers. A child of `recognize`, run
//! by `combine` after its other passes; it reads and writes the merged candidates.
use super::*;

/// Nouns of works whose title follows them unquoted ("the novel The Grey Quay", "her debut
/// album, Northern Hours,"). Sorted, lowercase.
const WORKS: Words = Words("album|book|comedy|documentary|drama|film|memoir|movie|musical|novel|opera|painting|remake|sequel|series|sitcom|thriller");

/// Nouns of works whose title follows them in quotes ("the single \"Salt Road\""). Sorted.
const QUOTED_WORKS: Words = Words("anthem|aria|ballad|episode|hit|poem|single|song|track");

/// Lowercase words inside a title before another capitalised word ("A Small Country in a
/// Large World", "Echoes of the Old North"). Sorted.
/// (And other languages' articles and "of": "Les Nuits de Montmartre", "Canción del Olvido".)
const TITLE_LINKS: Words = Words("a|an|and|at|das|de|del|della|der|des|di|die|du|for|from|in|la|las|le|les|los|of|on|or|the|to|von|with");

/// The head noun of a definition ("X is a river in …", "X were an American indie rock
/// band"): the type it gives its subject. Sorted, lowercase.
const DEFINED_PLACES: Words = Words(
    "abbey|airport|amphitheatre|archipelago|area|arena|ballpark|basilica|basin|bay|bridge|canal|canyon|cape|castle|\
     cathedral|cave|chapel|crater|creek|dam|delta|desert|district|estuary|fjord|forest|fort|fortress|glacier|gorge|gulf|\
     headland|hill|island|islet|lagoon|lake|lighthouse|loch|marsh|massif|monastery|moor|mosque|mountain|museum|\
     neighborhood|neighbourhood|ocean|peak|peninsula|planet|plateau|racecourse|range|reef|region|reservoir|ridge|river|\
     sea|shrine|stadium|strait|stratovolcano|stream|swamp|synagogue|temple|theater|theatre|tributary|valley|velodrome|\
     venue|volcano|waterfall|wetland",
);
const DEFINED_SETTLEMENTS: Words = Words(
    "borough|capital|city|commune|community|conurbation|country|county|emirate|hamlet|kingdom|metropolis|municipality|\
     parish|port|principality|province|republic|suburb|sultanate|territory|town|township|village",
);
const DEFINED_BODIES: Words = Words(
    "academy|agency|airline|association|automaker|band|bank|brewery|broadcaster|carmaker|charity|choir|club|college|\
     company|conglomerate|cooperative|corporation|denomination|duo|ensemble|federation|firm|foundation|franchise|\
     institute|label|magazine|manufacturer|network|newspaper|orchestra|organisation|organization|party|publisher|quartet|\
     quintet|retailer|school|seminary|shipbuilder|society|startup|subsidiary|supergroup|team|trio|university",
);
/// Works, whose title keeps its "The" ("The Lantern Keepers is a … series").
const DEFINED_WORKS: Words = Words(
    "album|anthology|ballet|book|cantata|documentary|film|game|manga|miniseries|mixtape|movie|musical|novel|opera|\
     oratorio|painting|podcast|poem|programme|sculpture|sequel|series|single|sitcom|song|soundtrack|symphony|telenovela|\
     thriller|videogame",
);
/// Things made, awards and events (CoNLL's MISC; the subject's "The" is no part of the name:
/// "The Dalby Prize is an award", "The Siege of Kalmar was a blockade" reads "blockade" in no
/// list, but "The Hawker Kestrel is a fighter aircraft" does).
const DEFINED_THINGS: Words = Words(
    "accord|aircraft|airliner|airship|automobile|award|battle|battleship|biplane|car|championship|competition|corvette|\
     coup|cruiser|decoration|earthquake|festival|frigate|glider|helicopter|invasion|locomotive|marathon|massacre|medal|\
     monoplane|motorcycle|mutiny|prize|rebellion|revolt|revolution|rifle|riot|satellite|schooner|seaplane|ship|siege|\
     smartphone|spacecraft|steamship|submarine|tanker|tournament|treaty|trophy|uprising|vehicle|war|warship",
);
/// The events among `DEFINED_THINGS` (the rest are things made, awards and treaties: MISC).
/// Sorted.
const DEFINED_EVENTS: Words = Words(
    "battle|championship|competition|coup|earthquake|festival|invasion|marathon|massacre|mutiny|rebellion|revolt|\
     revolution|riot|siege|tournament|uprising|war",
);
/// Languages and peoples (NORP, CoNLL's MISC: "Catalan is a Romance language").
const DEFINED_PEOPLES: Words = Words("dialect|language|people|religion|tribe");

/// Words after a definition's head noun that end its noun phrase ("a river in", "a film
/// directed by", "a band formed in"; not "a band member"). Sorted, lowercase.
/// (Irregular participles too: "a film written and directed by", "an aircraft built by".)
const DEFINED_ENDS: Words = Words(
    "and|at|based|begun|between|bought|brought|built|by|consisting|drawn|flown|for|fought|found|from|given|grown|held|\
     hung|in|kept|known|led|located|made|near|of|on|or|owned|run|seen|set|shot|shown|since|sold|spoken|starring|struck|\
     sung|taken|taught|that|to|told|which|who|whose|with|won|written",
);

/// Words after which a state's name follows "of" ("the Kingdom of Italy", "the Republic of
/// Ireland"), or a body's ("the Church of England", "the Conservative Party of Canada"). Sorted.
const STATE_HEADS: Words = Words("Caliphate|Duchy|Emirate|Empire|Kingdom|Principality|Republic|Sultanate");

/// Words before "League" that make it a baseball competition (CoNLL's MISC: "National League",
/// "American League", "Major League Baseball"), not a body ("Arab League"; nor "National Football
/// League" or "National Hockey League", ORG in CoNLL-2003; "Premier League" stays ORG, as session
/// 11's test has it). Sorted.
const SPORT_LEAGUES: Words = Words("American|International|Major|Minor|National");

/// Ships' prefixes ("HMS Ardent", "USS Cole"): the ship is a name of its own (MISC). Sorted.
const SHIPS: Words = Words("HMAS|HMCS|HMNZS|HMS|HMY|MV|RMS|SS|USNS|USS");

/// Newspapers' last words: a capitalised "The" within a sentence before one is part of the name
/// ("The Times", "The Sunday Telegraph"). Sorted.
const PRESS: Words = Words("Chronicle|Economist|Gazette|Globe|Guardian|Herald|Independent|Journal|Mirror|Observer|Post|Spectator|Telegraph|Times|Tribune");

/// A facility's last word: a name the tagger reads as a body (or a person) ending in one is the
/// place (CoNLL-2003 tags stadiums, grounds, bridges and squares LOC: "Hartwell Stadium",
/// "Brough Aerodrome"). No surname: these may end a name read as a person. Sorted.
const FACILITIES: Words = Words(
    "Aerodrome|Airfield|Airport|Amphitheatre|Arena|Ballpark|Basilica|Cathedral|Citadel|Coliseum|Colosseum|Mosque|\
     Racecourse|Raceway|Speedway|Stadion|Stadium|Synagogue|Velodrome",
);

/// Facilities' last words that are surnames too ("Barbara Castle"): only a body's reading
/// becomes the place ("the Memorial Ground", "Gergeti Trinity Church" is not one: churches are
/// bodies too). Sorted.
const FACILITIES_OF_BODIES: Words = Words("Abbey|Bridge|Castle|Chapel|Fort|Fortress|Ground|Lighthouse|Minster|Priory|Square|Tower");

/// Capitalised prefixes hyphened to a body's name that are no part of it ("Pro-ISIS",
/// "Then-RCMP spokesman", "Photo-AFP"). Sorted.
const HYPHEN_PREFIXES: Words = Words("Anti|Ex|Non|Photo|Post|Pre|Pro|Then");

/// A venue's last word: a title does not run on over "at" or "in" before one ("Evita at the
/// Prince Edward Theatre"). Sorted.
const VENUES: Words = Words(
    "Aerodrome|Airport|Arena|Ballpark|Cathedral|Center|Centre|Club|Festival|Gardens|Hall|Museum|Opera|Palace|Park|\
     Stadium|Studios|Theater|Theatre",
);

/// Other languages' words for a venue opening its name ("Teatro alla Scala", "Stadio
/// Comunale", "Estadio Azteca"): the place, not a body. Sorted.
const FACILITY_HEADS: Words = Words("Estadio|Estádio|Palacio|Palais|Palazzo|Schloss|Stade|Stadio|Stadion|Teatro|Théâtre");

/// Nouns before a band's or a club's name ("the indie band Bright Eyes"). Sorted.
const BAND_NOUNS: Words = Words("band|duo|quartet|quintet|supergroup|trio");

/// Other languages' words for a river, lake, mountain, pass or island opening its name ("Rivière
/// Noire", "Lago Maggiore"). Sorted.
const PLACE_HEADS: Words = Words("Bahía|Cerro|Isla|Lac|Lago|Mont|Monte|Pic|Pico|Piz|Rivière|Río|Sierra|Île");

/// Plural places after the names they follow ("the Lissow and Bremka rivers"). Sorted.
const PLACES_AFTER: Words = Words("islands|lakes|mountains|peaks|rivers|streams|valleys|volcanoes");

/// Nobles' titles before a full name ("Earl Rögnvald Kali Kolsson"): no part of it. Sorted.
const PEERS: Words = Words("Baron|Duke|Earl|Marquess|Viscount");

/// Candidates of the given kinds over token ranges (`names`, in text order, none overlapping
/// another), typed by a rule and given to their other mentions, each in place of every
/// candidate it overlaps; in one pass over `merged` (in text order), so that putting names in
/// stays linear in the text.
#[cfg_attr(size_attrs, optimize(size))]
#[inline(never)]
fn put_all(doc: &Doc, sentences: &[Span], merged: &mut Vec<Candidate>, names: &[(usize, usize, EntityType)]) {
    if names.is_empty() {
        return;
    }
    let old = std::mem::take(merged);
    merged.reserve(old.len() + names.len());
    let mut old = old.into_iter().peekable();
    for &(a, b, kind) in names {
        let mut proto = None;
        while let Some(c) = old.next_if(|c| c.tokens.0 < b) {
            if c.tokens.1 <= a {
                merged.push(c);
            } else if proto.is_none() {
                proto = Some(c);
            }
        }
        merged.push(made(doc, sentences, a, b, kind, proto.as_ref()));
    }
    merged.extend(old);
}

/// The candidate a rule of [`encyclopaedic`] makes, with the sentence and subject of the first
/// name it replaces (`proto`), if any.
fn made(doc: &Doc, sentences: &[Span], a: usize, b: usize, kind: EntityType, proto: Option<&Candidate>) -> Candidate {
    let span = Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
    Candidate {
        span,
        tokens: (a, b),
        kind,
        evidence: Evidence::Rule,
        canon: None,
        country: None,
        role: None,
        role_of: None,
        sentence: proto.map_or_else(|| sentences.partition_point(|s| s.end <= span.start), |p| p.sentence),
        subject: proto.is_some_and(|p| p.subject),
        weak: false,
        bare: false,
        sure: true,
    }
}

/// Token `a`'s text (a candidate's first word).
fn first_of<'a>(doc: &Doc<'a>, a: usize) -> &'a str {
    doc.s(a)
}

/// The candidates (in text order) that overlap tokens [a, b), as the index range [lo, hi): those
/// opening before `b`, back to the last one ending by `a` (names do not nest). A binary search,
/// so that the encyclopaedic pass's checks stay linear in the text.
fn overlapping(merged: &[Candidate], a: usize, b: usize) -> (usize, usize) {
    let hi = merged.partition_point(|c| c.tokens.0 < b);
    let mut lo = hi;
    while lo > 0 && merged[lo - 1].tokens.1 > a {
        lo -= 1;
    }
    (lo, hi)
}

/// The end of a title opening at token `i` (a capitalised word) before `end`: capitalised
/// words, and lowercase [`TITLE_LINKS`] before another ("Echoes of the Old North"), not before a
/// listed place or a date ("Frostbound in Finland", "Everybody on Friday"); a possessive's "'s"
/// before a capitalised word too ("Schindler's List").
#[cfg_attr(size_attrs, optimize(size))]
#[inline(never)]
fn title_end(doc: &Doc, g: &Gazetteer, i: usize, end: usize) -> usize {
    let mut k = i;
    let mut last = i;
    while k < end {
        if doc.cap(k) {
            k += 1;
            last = k;
        } else if doc.word(k) && TITLE_LINKS.has(doc.s(k)) || doc.possessive(k) {
            let mut n = k;
            while n < end && doc.word(n) && TITLE_LINKS.has(doc.s(n)) || n < end && doc.possessive(n) {
                n += 1;
            }
            // (or a venue's name: "the musical Evita at the Prince Edward Theatre")
            let mut v = n;
            while v + 1 < end && doc.cap(v + 1) && doc.joined(v + 1) {
                v += 1;
            }
            let place = doc.gazetteer(g, n, end).is_some_and(|(_, h)| matches!(h.kind, EntityType::Gpe | EntityType::Loc))
                || date::named_day_or_month(doc.s(n))
                || matches!(doc.s(k), "at" | "in") && v > n && VENUES.has(doc.s(v));
            if n >= end || !doc.cap(n) || !doc.joined(n) || place && !doc.possessive(k) {
                break;
            }
            k = n;
        } else {
            break;
        }
    }
    last
}

/// Session 25's rules for the prose of encyclopaedias (and of news about the same subjects):
/// titles of works after their nouns, the subjects of definitions, initials, states and
/// bodies "of" a place, sports leagues, ships, and nobles' titles.
#[cfg_attr(size_attrs, optimize(size))]
pub(super) fn encyclopaedic(doc: &Doc, g: &Gazetteer, sentences: &[Span], merged: &mut Vec<Candidate>) {
    let n = doc.tokens.len();
    let quote = |k: usize| matches!(doc.s(k), "\"" | "“" | "”");
    // The end of the sentence holding token `k` (a token index).
    let sentence_end = |k: usize| {
        let at = doc.tokens[k].span.start;
        let s = sentences.partition_point(|s| s.end <= at);
        sentences.get(s).map_or(n, |s| doc.tokens.partition_point(|t| t.span.start < s.end))
    };
    // The names made, in text order, put in at once after each pass (`put_all`).
    let mut found: Vec<(usize, usize, EntityType)> = Vec::new();
    let mut k = 0;
    while k < n {
        let w = doc.s(k);
        // A title after its work's noun: unquoted after "album", "film", "novel" ("the novel
        // The Grey Quay by", "her debut album, Northern Hours, was"), in quotes after "song",
        // "single" ("the single \" Salt Road \""): a work (MISC), not the person or place the
        // tagger reads. Not a person's full name that a verb follows ("the film Jack Hawkins
        // starred in").
        let unquoted = doc.word(k) && w.starts_with(char::is_lowercase) && WORKS.has(w);
        let quoted = doc.word(k) && w.starts_with(char::is_lowercase) && QUOTED_WORKS.has(w);
        if unquoted || quoted {
            let end = sentence_end(k);
            let mut s = k + 1;
            let comma = doc.s(s) == ",";
            s += usize::from(comma);
            if quoted && quote(s) {
                let close = (s + 1..end.min(s + 16)).find(|&q| quote(q));
                if let Some(q) = close.filter(|&q| q > s + 1 && doc.cap(s + 1)) {
                    let e = doc.trim_end(s + 1, q);
                    if (s + 1..e).all(|t| doc.word(t) || doc.tokens[t].kind == Kind::Number || matches!(doc.s(t), "'" | "’" | "'s" | "’s" | "-" | "!" | "?" | "," | "&")) {
                        found.push((s + 1, e, EntityType::Misc));
                        k = q + 1;
                        continue;
                    }
                }
            } else if unquoted && s < end && doc.cap(s) && doc.joined(s) && !doc.all_caps(s) {
                let e = title_end(doc, g, s, end);
                let closed = !comma || matches!(doc.s(e), "," | "(" | "." | ")" | ";");
                let next = doc.s(e);
                let person = g.is_first_name(doc.s(s)) && doc.word(e) && next.starts_with(char::is_lowercase) && !matches!(next, "by" | "was" | "is" | "and" | "in" | "from" | "with");
                let (lo, hi) = overlapping(merged, s, e);
                let listed = merged[lo..hi].iter().any(|c| c.tokens == (s, e) && c.evidence == Evidence::Gazetteer && c.kind == EntityType::Person);
                if closed && !person && !listed && !(e - s == 1 && doc.is_common(s)) {
                    found.push((s, e, EntityType::Misc));
                    k = e;
                    continue;
                }
            }
        }
        // A title before its work's noun in an apposition ("Cold Harbours, their second studio
        // album,"): the work, not the person the tagger read.
        if w == "," && matches!(doc.s(k + 1), "their" | "his" | "her" | "its") && k > 0 {
            let head = (k + 2..n.min(k + 6)).find(|&t| !doc.word(t) || !doc.s(t).starts_with(char::is_lowercase) || WORKS.has(doc.s(t)) || QUOTED_WORKS.has(doc.s(t)));
            if head.is_some_and(|t| doc.word(t) && (WORKS.has(doc.s(t)) || QUOTED_WORKS.has(doc.s(t))) && !doc.word(t + 1)) {
                let (lo, hi) = overlapping(merged, k - 1, k);
                let c = merged[lo..hi].iter().find(|c| c.tokens.1 == k && c.evidence != Evidence::Gazetteer && !matches!(c.kind, EntityType::Date | EntityType::Time));
                if let Some(c) = c.filter(|c| c.tokens.1 - c.tokens.0 <= 6 && found.last().map_or(true, |f| f.1 <= c.tokens.0)) {
                    found.push((c.tokens.0, c.tokens.1, EntityType::Misc));
                }
            }
        }
        // A river's name before "flows" or "meanders" ("The Vistula flows into"), read as a
        // body or a person: the place.
        if matches!(w, "flows" | "meanders") && k > 0 {
            let (lo, hi) = overlapping(merged, k - 1, k);
            let c = merged[lo..hi].iter().find(|c| c.tokens.1 == k && matches!(c.kind, EntityType::Org | EntityType::Person) && c.evidence != Evidence::Gazetteer);
            if let Some(c) = c.filter(|c| found.last().map_or(true, |f| f.1 <= c.tokens.0)) {
                found.push((c.tokens.0, c.tokens.1, EntityType::Loc));
            }
        }
        // Names before a plural place ("the Lissow and Bremka rivers", "the Arun, Adur and Ouse
        // rivers"): each a place, whatever the tagger read. Two at least, after "the".
        if doc.word(k) && PLACES_AFTER.has(w) && doc.cap(k.wrapping_sub(1)) {
            let mut names: Vec<(usize, usize)> = Vec::new();
            let mut e = k;
            while names.len() < 12 {
                let mut s = e;
                while s > 0 && doc.cap(s - 1) && doc.joined(s) && !common(doc.s(s - 1)) {
                    s -= 1;
                }
                if s == e {
                    break;
                }
                names.push((s, e));
                if !matches!(doc.s(s.wrapping_sub(1)), "and" | "," | "or") || !doc.cap(s.wrapping_sub(2)) {
                    e = s;
                    break;
                }
                e = s - 1;
            }
            let after = found.last().map_or(0, |f| f.1);
            if names.len() >= 2 && matches!(doc.s(e.wrapping_sub(1)), "the" | "The") && e >= after {
                found.extend(names.iter().rev().map(|&(s, e)| (s, e, EntityType::Loc)));
            }
        }
        // A river named after its tributary's or mouth's words ("a tributary of the Po", "flows
        // into the Sure"): the place, not the body or person the tagger read.
        if w == "the" && (matches!((doc.s(k.wrapping_sub(2)), doc.s(k.wrapping_sub(1))), ("tributary" | "tributaries" | "mouth" | "banks" | "source", "of") | ("confluence", "with") | ("flows" | "empties" | "drains" | "discharges", "into"))) && doc.cap(k + 1) {
            let (lo, hi) = overlapping(merged, k + 1, k + 2);
            let c = merged[lo..hi].iter().find(|c| c.tokens.0 == k + 1);
            let e = match c {
                Some(c) if matches!(c.kind, EntityType::Org | EntityType::Person) && c.evidence != Evidence::Gazetteer => Some(c.tokens.1),
                None if !common(doc.s(k + 1)) => Some(title_end(doc, g, k + 1, sentence_end(k)).min(k + 4)),
                _ => None,
            };
            if let Some(e) = e.filter(|&e| e > k + 1 && found.last().map_or(true, |f| f.1 <= k + 1)) {
                found.push((k + 1, e, EntityType::Loc));
                k = e;
                continue;
            }
        }
        // A band's or club's name after its noun ("the indie band Bright Eyes", "the rugby
        // union side Sale Sharks") that the tagger read as a person's, or not at all: the body.
        // Not a listed person, nor a given name before a verb ("the team Jack coached").
        let side = w == "side" && matches!(doc.s(k.wrapping_sub(1)), "union" | "league" | "football" | "rugby" | "cricket" | "hockey" | "basketball" | "netball");
        if doc.word(k) && (side || BAND_NOUNS.has(w)) && doc.cap(k + 1) && doc.joined(k + 1) && !doc.all_caps(k + 1) && found.last().map_or(true, |f| f.1 <= k) {
            let (lo, hi) = overlapping(merged, k + 1, k + 2);
            let c = merged[lo..hi].iter().find(|c| c.tokens.0 == k + 1);
            let e = match c {
                Some(c) if c.kind == EntityType::Person && c.evidence != Evidence::Gazetteer => Some(c.tokens.1),
                None if !common(doc.s(k + 1)) && !doc.is_common(k + 1) => Some(title_end(doc, g, k + 1, sentence_end(k)).min(k + 5)),
                _ => None,
            };
            if let Some(e) = e {
                let next = doc.s(e);
                let verb = g.is_first_name(doc.s(k + 1)) && doc.word(e) && next.starts_with(char::is_lowercase) && !matches!(next, "and" | "in" | "from" | "with" | "was" | "were" | "is" | "are");
                // (nor the members of a duo: "the folk duo Robin and Linda Williams")
                let members = next == "and" && doc.cap(e + 1) || e == k + 2 && g.is_first_name(doc.s(k + 1));
                if !verb && !members {
                    found.push((k + 1, e, EntityType::Org));
                    k = e;
                    continue;
                }
            }
        }
        // A planet's name after "on", "to", "from" or "around" that nothing read as a name ("the
        // probe landed on Mars", "life on Earth") is the place (see `retype`).
        // (or a lone word with no evidence, `bare`, which an article would drop)
        // (Checked last: a search of the candidates, for these few words only.)
        let free = || {
            let (lo, hi) = overlapping(merged, k, k + 1);
            merged[lo..hi].iter().all(|c| c.bare && c.tokens == (k, k + 1))
        };
        if SKY.has(w) && matches!(doc.s(k.wrapping_sub(1)), "on" | "to" | "from" | "around") && !doc.cap(k + 1) && free() {
            found.push((k, k + 1, EntityType::Loc));
            k += 1;
            continue;
        }
        // A ship's prefix and the name after it ("HMS Ardent", "USS Cole"): one name, MISC
        // (the tagger read a body). Not the SS of a rank ("SS General").
        if SHIPS.has(w) && doc.cap(k + 1) && doc.joined(k + 1) && !ORG_TAILS.has(doc.s(k + 1)) && doc.role(g, k + 1, n).is_none() {
            let e = title_end(doc, g, k + 1, sentence_end(k));
            found.push((k, e, EntityType::Misc));
            k = e;
            continue;
        }
        k += 1;
    }
    put_all(doc, sentences, merged, &found);
    found.clear();
    // The subject of a definition ("Kirkwall is the largest town and main port of Orkney",
    // "The Rio Tinto is a river", "The Lantern Keepers is a Canadian fantasy television
    // series", "\" Orchard Lane \" is a song by"): the head noun after "is a" types it (a
    // work's title keeps its "The").
    for sp in sentences {
        let mut s = doc.tokens.partition_point(|t| t.span.start < sp.start);
        let end = doc.tokens.partition_point(|t| t.span.start < sp.end);
        let opened = quote(s);
        s += usize::from(opened);
        let the = doc.s(s) == "The";
        let a = s + usize::from(the);
        if a >= end || !doc.cap(a) || common(doc.s(a)) || doc.all_caps(a) && a + 1 < end && doc.all_caps(a + 1) {
            continue;
        }
        let mut e = title_end(doc, g, a, end);
        let mut v = e + usize::from(opened && quote(e));
        if doc.s(v) == "(" {
            match (v + 1..end.min(v + 40)).find(|&t| doc.s(t) == ")") {
                Some(t) => v = t + 1,
                None => continue,
            }
        }
        // An apposition between commas ("The Moravian Church, formally the Unitas Fratrum, is a
        // Protestant denomination").
        if doc.s(v) == "," {
            match (v + 2..end.min(v + 16)).find(|&t| doc.s(t) == ",") {
                Some(t) => v = t + 1,
                None => continue,
            }
        }
        if !matches!(doc.s(v), "is" | "was" | "are" | "were") || !matches!(doc.s(v + 1), "a" | "an" | "the") {
            continue;
        }
        let mut kind = None;
        let mut work = false;
        for h in v + 2..end.min(v + 11) {
            let hw = doc.s(h);
            if !doc.word(h) && doc.tokens[h].kind != Kind::Number || DEFINED_ENDS.has(hw) {
                break;
            }
            let next = doc.s(h + 1);
            let ends = !doc.word(h + 1) || DEFINED_ENDS.has(next) || next.ends_with("ed") || next.starts_with(char::is_uppercase);
            // ("a range of products", not a place's range)
            if !ends || hw.starts_with(char::is_uppercase) || hw == "range" && next == "of" {
                continue;
            }
            kind = if DEFINED_PLACES.has(hw) {
                Some(EntityType::Loc)
            } else if DEFINED_SETTLEMENTS.has(hw) {
                Some(EntityType::Gpe)
            } else if DEFINED_BODIES.has(hw) {
                Some(EntityType::Org)
            } else if DEFINED_WORKS.has(hw) {
                work = true;
                Some(EntityType::Misc)
            } else if DEFINED_THINGS.has(hw) {
                Some(if DEFINED_EVENTS.has(hw) { EntityType::Event } else { EntityType::Misc })
            } else if DEFINED_PEOPLES.has(hw) {
                Some(EntityType::Norp)
            } else {
                continue;
            };
            break;
        }
        let Some(kind) = kind else { continue };
        let start = if work && the { s } else { a };
        let single = e - a == 1 && {
            let (lo, hi) = overlapping(merged, a, a + 1);
            lo == hi
        };
        if single && doc.is_common(a) {
            continue;
        }
        if !work {
            e = doc.trim_end(a, e);
        }
        let (lo, hi) = overlapping(merged, start, e);
        if !merged[lo..hi].iter().any(|c| c.tokens == (start, e) && c.kind == kind) {
            found.push((start, e, kind));
        }
    }
    put_all(doc, sentences, merged, &found);
    found.clear();
    // A name's other forms in a parenthesis, each after its language ("Upper Silesia (Polish:
    // Górny Śląsk; German: Oberschlesien)"): the name's type (after the definitions have typed
    // it), whatever the tagger read, or nothing.
    let mut k = 1;
    while k < n {
        if doc.s(k) != "(" {
            k += 1;
            continue;
        }
        let (lo, hi) = overlapping(merged, k - 1, k);
        let named = merged[lo..hi].iter().find(|c| c.tokens.1 == k && matches!(c.kind, EntityType::Gpe | EntityType::Loc | EntityType::Org));
        let close = (k + 1..n.min(k + 40)).find(|&t| doc.s(t) == ")").unwrap_or(k + 1);
        if let Some(kind) = named.map(|c| c.kind) {
            let mut j = k + 1;
            while j < close {
                // (the language: one to three capitalised words, the first a people's, and ":")
                let mut c = j;
                while c < close && c < j + 3 && doc.cap(c) {
                    c += 1;
                }
                if c == j || doc.s(c) != ":" || !demonym_like(doc.s(j)) || !doc.cap(c + 1) {
                    break;
                }
                let e = title_end(doc, g, c + 1, close);
                found.push((c + 1, e, kind));
                if !matches!(doc.s(e), ";" | ",") {
                    break;
                }
                j = e + 1;
            }
        }
        k = close;
    }
    put_all(doc, sentences, merged, &found);
    found.clear();
    let mut i = 0;
    while i < merged.len() {
        let (a, b) = merged[i].tokens;
        let kind = merged[i].kind;
        // Initials before a person's name ("T. E. B. Clarke" read as "B. Clarke", "J. R. R.
        // Tolkien" as "J. R" and "R. Tolkien"): one name.
        if kind == EntityType::Person {
            let mut s = a;
            while s >= 2 && doc.s(s - 1) == "." && doc.initial(s - 2) && doc.gap(s - 1).is_empty() {
                s -= 2;
            }
            if s < a {
                found.push((s, b, EntityType::Person));
                i += 1;
                continue;
            }
        }
        // A state's or a body's head, "of" and a place ("the Kingdom of Italy", "the Republic
        // of Ireland", "the Church of England", "the Conservative Party of Canada"): one name,
        // not the head alone (or nothing) and the place.
        if matches!(kind, EntityType::Gpe | EntityType::Loc) && a >= 2 && doc.s(a - 1) == "of" {
            let h = a - 2;
            let state = STATE_HEADS.has(doc.s(h));
            if state || matches!(doc.s(h), "Church" | "Party") {
                // (with the words before the head: "the Federal Republic of Yugoslavia")
                let (lo, hi) = overlapping(merged, h, h + 1);
                let mut head = merged[lo..hi].iter().find(|c| c.tokens.1 == h + 1 && c.tokens.0 <= h).map_or(h, |c| c.tokens.0);
                while head == h && head > 0 && doc.cap(head - 1) && doc.joined(head) && !common(doc.s(head - 1)) {
                    head -= 1;
                }
                found.push((head, b, if state { EntityType::Gpe } else { EntityType::Org }));
                i += 1;
                continue;
            }
        }
        // A sports league (MISC in CoNLL's scheme: "the National League", "the American League",
        // "Major League Baseball"), not a body ("the Arab League", "the National League for
        // Democracy").
        let league = |l: usize| doc.s(l) == "League" && SPORT_LEAGUES.has(doc.s(l - 1));
        if kind == EntityType::Org && (league(b - 1) || b - a > 2 && league(b - 2) && doc.cap(b - 1)) {
            merged[i].kind = EntityType::Misc;
            merged[i].evidence = Evidence::Rule;
            merged[i].canon = None;
            merged[i].sure = true;
        }
        // A county or region after its town and a comma, read as a body ("born in Abingdon,
        // Oxfordshire, and", "in Washington, DC."): a place, as the town is. Not a web address
        // ("in Texas, Snopes.com found") nor a station's call sign ("in Wichita, KWCH"); on one
        // line (a table's next row is no county).
        if kind == EntityType::Org
            && b - a == 1
            && merged[i].evidence != Evidence::Gazetteer
            && a >= 2
            && doc.s(a - 1) == ","
            && doc.joined(a)
            && i > 0
            && merged[i - 1].tokens.1 == a - 1
            && merged[i - 1].kind == EntityType::Gpe
            && matches!(doc.s(merged[i - 1].tokens.0.wrapping_sub(1)), "in" | "at" | "near" | "from" | "of")
            && (b >= n || matches!(doc.s(b), "," | ")" | ";" | "and") || doc.s(b) == "." && (b + 1 >= n || !doc.gap(b + 1).is_empty()))
            && (!doc.all_caps(a) || doc.s(a).len() == 2)
        {
            merged[i].kind = EntityType::Gpe;
            merged[i].evidence = Evidence::Rule;
            merged[i].canon = None;
            merged[i].sure = true;
        }
        // A people's or an order's adjective before a noun, read as a person or a place ("a
        // ruined Cistercian monastery", "an Anglian kingdom", "of Babylonian captivity"): the
        // group (NORP). Not a given name, nor in "-ist" ("that Consumerist reports", a site), nor
        // before a verb ("you and Hamish had").
        if b - a == 1
            && matches!(kind, EntityType::Person | EntityType::Gpe)
            && merged[i].evidence != Evidence::Gazetteer
            && ["ian", "ese", "ish"].iter().any(|x| first_of(doc, a).ends_with(x))
            && first_of(doc, a).len() > 5
            && !g.is_first_name(first_of(doc, a))
            && doc.word(b)
            && doc.s(b).starts_with(char::is_lowercase)
            && !DEFINED_ENDS.has(doc.s(b))
            && !doc.s(b).ends_with("ed")
            && !matches!(doc.s(b), "had" | "has" | "have" | "is" | "are" | "was" | "were" | "will" | "would" | "can" | "could" | "said" | "says" | "told")
            && doc.word(a.wrapping_sub(1))
            && doc.s(a - 1).starts_with(char::is_lowercase)
        {
            merged[i].kind = EntityType::Norp;
            merged[i].evidence = Evidence::Rule;
            merged[i].canon = None;
            merged[i].sure = true;
        }
        // A family's name before "sisters", "brothers" or "family", read as a body or a place
        // ("the Brontë sisters", "the Koch brothers"): the persons'.
        if b - a == 1 && matches!(kind, EntityType::Org | EntityType::Gpe) && merged[i].evidence != Evidence::Gazetteer && matches!(doc.s(b), "sisters" | "brothers" | "family") {
            merged[i].kind = EntityType::Person;
            merged[i].evidence = Evidence::Rule;
            merged[i].canon = None;
        }
        // Other languages' words for a river, lake or mountain opening a name read as a body or
        // a person ("the Rivière Noire", "Lago Maggiore", "Monte Rosa"): the place (not "Col", a colonel
        // too).
        if b - a >= 2 && matches!(kind, EntityType::Org | EntityType::Person) && merged[i].evidence != Evidence::Gazetteer && PLACE_HEADS.has(first_of(doc, a)) && !ORG_TAILS.has(doc.s(b - 1)) {
            merged[i].kind = EntityType::Loc;
            merged[i].evidence = Evidence::Rule;
            merged[i].canon = None;
            merged[i].sure = true;
        }
        // A facility's name read as a body's or a person's ("Hartwell Stadium", "the Memorial
        // Ground"): the place.
        let tail = doc.s(b - 1);
        if b - a >= 2 && merged[i].evidence != Evidence::Gazetteer && (FACILITY_HEADS.has(doc.s(a)) && kind == EntityType::Org || FACILITIES.has(tail) && matches!(kind, EntityType::Org | EntityType::Person) && !g.is_first_name(doc.s(a)) || FACILITIES_OF_BODIES.has(tail) && kind == EntityType::Org) {
            merged[i].kind = EntityType::Loc;
            merged[i].evidence = Evidence::Rule;
            merged[i].canon = None;
            merged[i].sure = true;
        }
        // A body's name hyphened to a capitalised word before it ("the Inter-American
        // Development Bank" read from "American", "Anti-Doping Agency"): one name.
        // Not a listed body after a prefix ("Pro-ISIS", "Then-RCMP"), nor a pair ("the
        // Bergdahl-Taliban trade"), nor a prefix joined to another word ("Father-in-Law").
        let prefix = doc.s(a.wrapping_sub(2));
        if kind == EntityType::Org
            && a >= 2
            && doc.s(a - 1) == "-"
            && doc.gap(a).is_empty()
            && doc.gap(a - 1).is_empty()
            && doc.cap(a - 2)
            && !doc.all_caps(a - 2)
            && !prefix.contains('-')
            && !HYPHEN_PREFIXES.has(prefix)
            && merged[i].evidence != Evidence::Gazetteer
        {
            let (lo, _) = overlapping(merged, a - 2, a - 1);
            let before = merged.get(lo).filter(|c| c.tokens.1 == a - 1);
            let s = before.map_or(a - 2, |c| c.tokens.0);
            // (two bodies' one-word names are a pair: "the Halvern-Brannock merger")
            let pair = before.is_some_and(|c| c.tokens.1 - c.tokens.0 == 1) && b - a == 1;
            if !pair && before.map_or(true, |c| c.kind == EntityType::Org) && found.last().map_or(true, |f| f.1 <= s) {
                found.push((s, b, EntityType::Org));
                i += 1;
                continue;
            }
        }
        // A maker's "Model" and its letter or number ("the Ford Model T", "a Tesla Model 3"):
        // the product (MISC), not the maker.
        let code = |c: usize| doc.joined(c) && (doc.tokens[c].kind == Kind::Number || (1..=3).contains(&doc.s(c).len()) && doc.s(c).bytes().all(|x| x.is_ascii_uppercase() || x.is_ascii_digit()));
        if kind == EntityType::Org && tail == "Model" && b < n && code(b) {
            found.push((a, b + 1, EntityType::Misc));
            i += 1;
            continue;
        }
        // (read with its code: "the Voltra Model S")
        if kind == EntityType::Org && b - a >= 3 && doc.s(b - 2) == "Model" && code(b - 1) {
            merged[i].kind = EntityType::Misc;
            merged[i].evidence = Evidence::Rule;
            merged[i].canon = None;
            merged[i].sure = true;
        }
        // A noble's title before a full name ("Earl Rögnvald Brusason") is no part of it (not
        // before one word: "Earl Thomas", "Duke Ellington" are names).
        if kind == EntityType::Person && b - a >= 3 && PEERS.has(doc.s(a)) {
            found.push((a + 1, b, EntityType::Person));
        }
        let first = doc.s(a);
        // A people's plural in "-ians", unlisted, that the tagger reads as a body ("the Iberians
        // and Tartessians", "the Phoenicians"): a group (not "the Titans", "the Cavaliers").
        // After "the", or after "and" or a comma and such a group ("Airdrieonians 1 Watsonians
        // 2" are clubs).
        let prev = doc.s(a.wrapping_sub(1));
        let listed = i > 0 && merged[i - 1].kind == EntityType::Norp && merged[i - 1].tokens.1 + 1 == a;
        let people = first.strip_suffix("ians").is_some_and(|s| s.len() > 2) && (prev == "the" || matches!(prev, "and" | ",") && listed);
        if b - a == 1 && matches!(kind, EntityType::Org | EntityType::Person) && merged[i].evidence != Evidence::Gazetteer && people && plural_of_group(first) && !doc.all_caps(a) {
            merged[i].kind = EntityType::Norp;
            merged[i].evidence = Evidence::Rule;
        }
        // "Greater" before a place is part of its name ("Greater Manchester").
        if matches!(kind, EntityType::Gpe | EntityType::Loc) && a > 0 && doc.s(a - 1) == "Greater" && doc.joined(a) {
            found.push((a - 1, b, EntityType::Gpe));
            i += 1;
            continue;
        }
        // A people's adjective and a state's word ("the Dutch Republic", "the Roman Republic"):
        // a state, not an event.
        if b - a == 2 && matches!(kind, EntityType::Event | EntityType::Misc | EntityType::Norp | EntityType::Org) && STATE_HEADS.has(doc.s(a + 1)) && demonym_like(first) {
            merged[i].kind = EntityType::Gpe;
            merged[i].evidence = Evidence::Rule;
        }
        // A war's name opens with the combining forms hyphened to it and an ordinal before them
        // ("the First Italo-Ethiopian War", "the Franco-Prussian War" read from "Prussian").
        if kind == EntityType::Event && matches!(doc.s(b - 1), "War" | "Wars") {
            let mut s = a;
            while s >= 2 && doc.s(s - 1) == "-" && doc.gap(s).is_empty() && doc.gap(s - 1).is_empty() && doc.cap(s - 2) {
                s -= 2;
            }
            if s > 0 && matches!(doc.s(s - 1), "First" | "Second" | "Third" | "Fourth" | "Fifth") && doc.joined(s) {
                s -= 1;
            }
            if s < a {
                found.push((s, b, EntityType::Event));
                i += 1;
                continue;
            }
        }
        // A newspaper's "The" within a sentence ("reviewed in The Times").
        if kind == EntityType::Org && a >= 2 && doc.s(a - 1) == "The" && doc.s(a - 2).starts_with(char::is_lowercase) && doc.joined(a - 1) && doc.joined(a) && PRESS.has(doc.s(b - 1)) {
            found.push((a - 1, b, EntityType::Org));
            i += 1;
            continue;
        }
        i += 1;
    }
    // (A name grown leftwards may open before the one found before it.)
    crate::sentiment::sort_by(&mut found, |p, q| p.0.cmp(&q.0));
    put_all(doc, sentences, merged, &found);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for l in [WORKS, QUOTED_WORKS, TITLE_LINKS, DEFINED_PLACES, DEFINED_SETTLEMENTS, DEFINED_BODIES, DEFINED_WORKS, DEFINED_THINGS, DEFINED_EVENTS, DEFINED_PEOPLES, DEFINED_ENDS, STATE_HEADS, SPORT_LEAGUES, SHIPS, PEERS, PRESS, FACILITIES, FACILITIES_OF_BODIES, PLACES_AFTER, HYPHEN_PREFIXES, VENUES, FACILITY_HEADS, BAND_NOUNS, PLACE_HEADS] {
            assert!(l.sorted(), "{l:?}");
        }
    }
}
