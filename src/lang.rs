//! Language detection, from evidence of script and stop words: is this text English?
//!
//! ```
//! use undertone::lang::detect;
//!
//! assert_eq!(detect("The talks in Paris ended, and the two ministers said they would meet again.").code, "en");
//! assert_eq!(detect("Les deux ministres se sont rencontrés à Paris et ont parlé de la guerre.").code, "fr");
//! assert_eq!(detect("Министры встретились в Москве и обсудили войну.").code, "ru");
//! assert_eq!(detect("12:30 🙂").code, "und");
//! ```
//!
//! # How
//!
//! 1. **Script.** Letters are counted by script. When letters of one non-Latin script outnumber
//!    the Latin ones, that script names the language (Cyrillic → `ru`, or `uk` with Ukrainian
//!    letters; Arabic → `ar`, or `fa` with Persian letters; Han → `zh`, or `ja` with kana;
//!    Hangul → `ko`; Greek, Hebrew, Devanagari, Thai), else `und`.
//! 2. **Stop words.** Latin text is split into lowercase words, and the words of short lists of
//!    the most frequent function words of English, French, German, Spanish, Italian, Portuguese
//!    and Dutch are counted. Another language wins only with clear evidence: at least 3 hits,
//!    more than twice the English hits and at least 15 % of at least 6 words. Prose in Latin
//!    script (30 lowercase words or more, 25 of them different, at least half of the words) with
//!    almost no English function words (under 5 %) is `und`, not English; a list of names or a
//!    results table is not prose. Only lowercase words count as stop
//!    words (so "Los Angeles" and "El Paso" are names), and ALL-CAPS words not at all.
//!
//! English wins every tie and every case with little evidence, so English text full of
//! foreign names ("Le Pen", "Jean-Claude Juncker", "Deutsche Bank") stays English. The
//! verdict looks at the first [`SAMPLE_BYTES`] of the text only, so it costs O(1) on huge
//! inputs. No allocation beyond one lowercase word; no floating point.

use crate::words::Words;
use crate::case::Lowercase as _;

/// Only this many bytes from the start of the text are read (rounded down to a char boundary).
pub const SAMPLE_BYTES: usize = 64 * 1024;

/// The verdict: an ISO 639-1 code (`"en"`, `"fr"`, …) or `"und"` (undetermined: too little
/// text, or a language the lists do not know), with the language's English name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    /// True when the text is confidently not English (`code` may still be `"und"` for a
    /// Latin-script language the lists do not know). Never true for `"en"`.
    pub foreign: bool,
}

const ENGLISH: Language = Language { code: "en", name: "English", foreign: false };
const UNKNOWN: Language = Language { code: "und", name: "undetermined", foreign: false };

const fn foreign(code: &'static str, name: &'static str) -> Language {
    Language { code, name, foreign: true }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Han,
    Kana,
    Hangul,
    Devanagari,
    Thai,
    Other,
}

const SCRIPTS: [Script; 11] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Arabic,
    Script::Hebrew,
    Script::Han,
    Script::Kana,
    Script::Hangul,
    Script::Devanagari,
    Script::Thai,
    Script::Other,
];

fn script(c: char) -> Option<Script> {
    let u = c as u32;
    Some(match u {
        0x41..=0x5A | 0x61..=0x7A => Script::Latin,
        0xC0..=0x24F if c != '×' && c != '÷' => Script::Latin,
        0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x590..=0x5FF => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x900..=0x97F => Script::Devanagari,
        0xE00..=0xE7F => Script::Thai,
        0x1100..=0x11FF | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF => Script::Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    })
}

/// Stop-word lists: the most frequent function words, each list sorted (a test checks it).
/// Words shared by several languages ("de", "la", "in") count for each of them.
const EN: Words = Words(
    "a|an|and|are|as|at|be|been|but|by|for|from|had|has|have|he|her|his|in|is|it|its|not|of|on|or|\
     said|she|that|the|their|they|this|to|was|were|which|who|will|with|would",
);
const FR: Words = Words(
    "au|aux|avec|ce|cette|dans|de|des|du|elle|en|est|et|il|la|le|les|leur|mais|nous|ont|par|pas|plus|\
     pour|que|qui|sont|sur|un|une|vous|été|être",
);
const DE: Words = Words(
    "aber|auch|auf|aus|bei|das|dass|dem|den|der|des|die|ein|eine|einer|für|hat|ist|mit|nach|nicht|\
     noch|oder|sich|sie|sind|und|von|wie|wir|wird|wurde|zu|zum|zur",
);
const ES: Words = Words(
    "al|como|con|de|del|el|en|es|esta|este|está|fue|ha|la|las|lo|los|más|para|pero|por|que|se|su|sus|\
     un|una|y",
);
const IT: Words = Words(
    "al|alla|anche|che|come|con|da|dei|del|della|delle|di|gli|il|in|la|le|ma|nel|nella|non|per|più|\
     questa|questo|si|sono|sul|un|una|è",
);
const PT: Words = Words("ao|as|com|da|das|de|do|dos|ela|ele|foi|mais|na|não|os|para|por|que|são|também|um|uma");
const NL: Words = Words(
    "aan|als|bij|de|door|een|en|er|heeft|het|is|maar|met|naar|niet|nog|ook|op|te|van|voor|werd|wordt|\
     zijn",
);

/// The other languages, in the order ties between them are broken.
const OTHERS: [(Words, Language); 6] = [
    (FR, foreign("fr", "French")),
    (DE, foreign("de", "German")),
    (ES, foreign("es", "Spanish")),
    (IT, foreign("it", "Italian")),
    (PT, foreign("pt", "Portuguese")),
    (NL, foreign("nl", "Dutch")),
];

/// Which lists hold `w`: bit 0 for English, bit `k + 1` for `OTHERS[k]`. One binary search
/// of the lists merged (built on first use), instead of one per list: this runs on every
/// lowercase word of the sample. Words are looked up as integers ([`word_key`]), not strings.
#[cfg_attr(size_attrs, optimize(size))]
fn stop_word_mask(w: &str) -> u8 {
    static MERGED: std::sync::OnceLock<Vec<(u64, u8)>> = std::sync::OnceLock::new();
    if w.len() > 8 {
        return 0; // no stop word is longer (a test checks it)
    }
    let merged = MERGED.get_or_init(merged_lists);
    let key = word_key(w);
    merged.binary_search_by(|e| e.0.cmp(&key)).map_or(0, |i| merged[i].1)
}

/// The stop word lists merged ([`stop_word_mask`]; once).
#[cfg_attr(size_attrs, optimize(size))]
#[cfg_attr(size_attrs, inline(never))] // (a one-time load: kept out of the `OnceLock` closure, which is not at "z")
fn merged_lists() -> Vec<(u64, u8)> {
    {
        // (Loops rather than iterator chains: a closure given to `map` is compiled apart, at
        // the crate's opt-level, outside this function's `optimize(size)`.)
        let mut all: Vec<(u64, u8)> = Vec::new();
        for w in EN.iter() {
            all.push((word_key(w), 1));
        }
        for (k, (list, _)) in OTHERS.iter().enumerate() {
            for w in list.iter() {
                all.push((word_key(w), 2u8 << k));
            }
        }
        crate::sentiment::sort_by(&mut all, Ord::cmp);
        let mut merged: Vec<(u64, u8)> = Vec::with_capacity(all.len());
        for (w, m) in all {
            match merged.last_mut() {
                Some(last) if last.0 == w => last.1 |= m,
                _ => merged.push((w, m)),
            }
        }
        merged
    }
}

/// A word of at most 8 bytes as one integer, its bytes from the top (so keys sort as the words
/// do): words without zero bytes (every word here) get distinct keys.
fn word_key(w: &str) -> u64 {
    w.bytes().take(8).enumerate().fold(0u64, |k, (i, b)| k | u64::from(b) << (56 - 8 * i))
}

/// Detects the language of `text` (see the module docs for the rules).
#[cfg_attr(size_attrs, optimize(size))]
pub fn detect(text: &str) -> Language {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];

    let mut letters = [0usize; SCRIPTS.len()];
    let (mut ukrainian, mut persian) = (false, false);
    // Bytes, decoding only the non-ASCII characters: news text is mostly ASCII.
    let bytes = sample.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            letters[Script::Latin as usize] += usize::from(b.is_ascii_alphabetic());
            i += 1;
            continue;
        }
        let Some(c) = sample[i..].chars().next() else { break };
        i += c.len_utf8();
        if let Some(s) = script(c) {
            letters[s as usize] += 1;
        }
        ukrainian |= matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ');
        persian |= matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ی');
    }
    let count = |s: Script| letters[s as usize];
    let latin = count(Script::Latin);
    // Kana are counted with Han: Japanese mixes both.
    let cjk = count(Script::Han) + count(Script::Kana);
    let mut best = (Script::Latin, latin);
    for &s in &SCRIPTS[1..] {
        let n = if s == Script::Han { cjk } else if s == Script::Kana { 0 } else { count(s) };
        if n > best.1 {
            best = (s, n);
        }
    }
    match best.0 {
        _ if best.1 == 0 => return UNKNOWN,
        Script::Latin => {}
        Script::Cyrillic if ukrainian => return foreign("uk", "Ukrainian"),
        Script::Cyrillic => return foreign("ru", "Russian"),
        Script::Greek => return foreign("el", "Greek"),
        Script::Arabic if persian => return foreign("fa", "Persian"),
        Script::Arabic => return foreign("ar", "Arabic"),
        Script::Hebrew => return foreign("he", "Hebrew"),
        Script::Han if count(Script::Kana) > 0 => return foreign("ja", "Japanese"),
        Script::Han => return foreign("zh", "Chinese"),
        Script::Hangul => return foreign("ko", "Korean"),
        Script::Devanagari => return foreign("hi", "Hindi"),
        Script::Thai => return foreign("th", "Thai"),
        Script::Kana | Script::Other => return foreign("und", "not English"),
    }

    // Latin script: stop words.
    let mut words = 0usize; // Latin words, ALL-CAPS ones left out
    let mut lower = 0usize; // of which start lowercase (prose, not a list of names)
    let mut en = 0usize;
    let mut hits = [0usize; OTHERS.len()];
    let mut word = String::new();
    // Distinct lowercase words, up to 64: prose varies its words, a results table repeats a few.
    let mut distinct: Vec<u64> = Vec::with_capacity(64);
    // Web addresses, e-mail addresses and handles are no prose ("amzn.to", "@user").
    // (`contains(':')` first: a byte search, where a substring search costs a setup per chunk.)
    let is_address = |c: &str| (c.contains(':') && c.contains("://")) || c.contains('@') || c.starts_with("www.");
    // (No `filter` or `map` closures below: they would be compiled apart, at "s".)
    for chunk in sample.split_whitespace() {
        if is_address(chunk) {
            continue;
        }
        for piece in chunk.split(|c: char| !c.is_alphabetic()) {
            // An ASCII piece is all Latin letters (the split leaves letters only).
            let ascii = piece.is_ascii();
            if piece.is_empty() || !(ascii || piece.chars().all(|c| script(c) == Some(Script::Latin))) {
                continue;
            }
            let (len, upper) = if ascii {
                (piece.len(), piece.bytes().filter(u8::is_ascii_uppercase).count())
            } else {
                (piece.chars().count(), piece.chars().filter(|c| c.is_uppercase()).count())
            };
            // Shouting, tables and codes ("NO NO NO", "NA / NA") are no evidence of a language.
            if len > 1 && upper == len {
                continue;
            }
            words += 1;
            if !piece.starts_with(|c: char| c.is_lowercase()) {
                continue; // capitalised: a name or a sentence start ("Los Angeles", "El Paso")
            }
            lower += 1;
            word.clear();
            if ascii {
                for b in piece.bytes() {
                    word.push(char::from(b.to_ascii_lowercase()));
                }
            } else {
                word.extend(piece.chars().flat_map(|c| c.lower()));
            }
            let w = word.as_str();
            if distinct.len() < 64 {
                let h = w.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
                if !distinct.contains(&h) {
                    distinct.push(h);
                }
            }
            let m = stop_word_mask(w);
            en += (m & 1) as usize;
            for (k, h) in hits.iter_mut().enumerate() {
                *h += (m >> (k + 1) & 1) as usize;
            }
        }
    }
    let (mut top, mut top_hits) = (0, 0);
    for (i, &h) in hits.iter().enumerate() {
        if h > top_hits {
            (top, top_hits) = (i, h);
        }
    }
    if words >= 6 && top_hits >= 3 && top_hits > 2 * en && top_hits * 100 >= 15 * words {
        return OTHERS[top].1;
    }
    // Prose (30 lowercase words or more, 25 of them different, and at least half of all the
    // words) without English function words. A list of names or a results table (a sports
    // line-up: "… beat … beat …", "1. Name ( Country ) 12.71 seconds") is mostly names or the
    // same few words, and stays undetermined.
    if lower >= 30 && en * 100 < 5 * words {
        let prose = distinct.len() >= 25 && lower * 2 >= words;
        return if prose { foreign("und", "not English") } else { UNKNOWN };
    }
    if en > 0 {
        ENGLISH
    } else {
        UNKNOWN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_word_lists_stay_sorted_and_unique() {
        for list in [EN, FR, DE, ES, IT, PT, NL] {
            // `word_key` holds 8 bytes.
            assert!(list.iter().all(|w| w.len() <= 8), "{:?}", list.iter().find(|w| w.len() > 8));
            assert!(list.sorted(), "{list:?}");
        }
    }

    #[test]
    fn the_merged_lookup_agrees_with_each_list() {
        let lists = [EN, FR, DE, ES, IT, PT, NL];
        for list in lists {
            for w in list.iter().chain(["", "zzz", "said.", "thestrongest", "e"]) {
                let want = lists.iter().enumerate().fold(0u8, |m, (k, l)| m | (u8::from(l.has(w)) << k));
                assert_eq!(stop_word_mask(w), want, "{w:?}");
            }
        }
    }

    /// (expected code, text written for this table)
    const TABLE: &[(&str, &str)] = &[
        ("en", "The foreign ministers met in Geneva on Tuesday and said they would keep talking about the ceasefire."),
        ("en", "Marine Le Pen and Jean-Claude Juncker clashed over the budget, while Deutsche Bank said the Bundestag \
                would vote in Düsseldorf. François Hollande met Angela Merkel at the Élysée; Señor García de la Fuente \
                was there too."),
        ("en", "Vladimir Putin spoke to Xi Jinping (习近平) and Recep Tayyip Erdoğan about the Kremlin's plans for \
                the Черноморский флот, officials in Moscow said."),
        ("en", "Kerry met Lavrov in Paris."),
        ("fr", "Le ministre des affaires étrangères a rencontré son homologue russe à Paris, et les deux hommes ont \
                parlé de la guerre en Syrie pendant plus de trois heures."),
        ("de", "Die Bundesregierung hat am Dienstag beschlossen, dass die Soldaten nicht in das Krisengebiet geschickt \
                werden, sagte der Sprecher in Berlin."),
        ("es", "El presidente del Gobierno se reunió con los líderes de la oposición para hablar de la crisis, pero no \
                hubo acuerdo sobre el presupuesto."),
        ("it", "Il ministro degli esteri ha incontrato il suo collega francese a Roma e ha detto che la situazione \
                nella regione è ancora molto difficile per tutti."),
        ("it", "Il venerdì nero incombe su di noi: per chi non lo sapesse, è il giorno degli sconti. \
                http://amzn.to/a1 http://amzn.to/b2 http://amzn.to/c3 http://amzn.to/d4 http://amzn.to/e5"),
        ("pt", "O presidente da república disse que o governo não vai aumentar os impostos este ano, mas a oposição \
                pediu mais explicações sobre o orçamento."),
        ("nl", "De minister van buitenlandse zaken heeft gezegd dat het kabinet niet van plan is om de troepen terug \
                te trekken, maar de oppositie is het daar niet mee eens."),
        ("ru", "Министр иностранных дел России встретился в Женеве с госсекретарём США, и они обсудили положение \
                в Сирии."),
        ("uk", "Міністр закордонних справ України зустрівся у Брюсселі з генеральним секретарем НАТО."),
        ("zh", "外交部长周二在日内瓦与美国国务卿会面，双方讨论了叙利亚局势和停火问题。"),
        ("ja", "外務大臣は火曜日にジュネーブでアメリカの国務長官と会談し、シリア情勢について話し合った。"),
        ("ar", "التقى وزير الخارجية الروسي نظيره الأمريكي في جنيف يوم الثلاثاء وناقشا الوضع في سوريا."),
        ("el", "Ο υπουργός Εξωτερικών συναντήθηκε με τον Αμερικανό ομόλογό του στη Γενεύη την Τρίτη."),
        ("und", "Minister spraw zagranicznych Polski spotkał się we wtorek w Genewie z sekretarzem stanu USA, żeby \
                 omówić sytuację w Syrii oraz plan zawieszenia broni, który ma wejść w życie jeszcze w tym miesiącu, \
                 jak podały źródła rządowe w Warszawie i w stolicy Ukrainy."),
        ("und", ""),
        ("und", "2014-10-14 12:30 🙂 ... !!!"),
        ("und", "Kerry Lavrov Paris"),
    ];

    #[test]
    fn languages_table() {
        for &(want, text) in TABLE {
            let got = detect(text);
            assert_eq!(got.code, want, "{text}");
            assert_eq!(got.foreign, want != "en" && !(want == "und" && !text.contains("Polski")), "{text}");
        }
    }

    /// English-language shapes that carry little English evidence: never called foreign.
    #[test]
    fn lists_shouting_and_borrowed_words_are_not_foreign() {
        for text in [
            "Norway - 1 - Erik Holm ; 2 - Lars Berg ( 14 - Jon Dahl 80th ) , 5 - Per Lund , 8 - Ola Nordmann , 9 - \
             Kari Vik , 10 - Stein Moe , 11 - Geir Aas , 12 - Odd Tangen , 13 - Arne Li , 15 - Nils Bye",
            "NO NO NO NO NO NO. NA / NA / NA. HA HA HA",
            "Give 'em hell, give 'em hell, give 'em hell!",
            "Dutch say no reason to reopen El Al cargo inquiry .",
            "Mexico City , Buenos Aires , Rio de Janeiro , Los Angeles , San Diego , Las Vegas , El Paso",
            // A results table: many lowercase words, but the same few again and again.
            "Results from the open championships on Sunday :\nMen 's singles , second round\n\
             Tomas Vela ( Chile ) beat Jan Rask ( Norway ) 6-4 6-2\nIvo Marek ( Czech Republic ) beat Ali Demir ( Turkey ) 7-5 6-3\n\
             Luca Sarto ( Italy ) beat Ken Oda ( Japan ) 6-1 6-1\nPaul Lenz ( Germany ) beat Sam Roy ( Canada ) 6-3 3-6 6-2\n\
             Women 's singles , second round\nAna Ruiz ( Spain ) beat Eva Holm ( Sweden ) 6-2 6-4\n\
             Mia Kovac ( Croatia ) beat Lea Braun ( Austria ) 7-6 6-4\nZoe Hart ( Australia ) beat Ida Lund ( Denmark ) 6-0 6-1\n\
             Men 's doubles , first round\nVela and Rask beat Marek and Demir 6-4 6-4\nSarto and Oda beat Lenz and Roy 7-5 6-4\n\
             Women 's doubles , first round\nRuiz and Holm beat Kovac and Braun 6-3 6-3\nHart and Lund beat Ruiz and Kovac 6-2 6-2",
        ] {
            let l = detect(text);
            assert!(!l.foreign, "{} for {text:?}", l.code);
        }
    }

    #[test]
    fn the_sample_ends_on_a_char_boundary() {
        // 2-byte letters with the cut after an odd number of bytes: inside "é".
        let text = format!("a{}", " é".repeat(SAMPLE_BYTES));
        assert_eq!(detect(&text).code, "und");
    }
}
