// Gazetteer key normalisation and the NORP word list, shared by the crate (`include!`d by
// src/entity/gazetteer.rs) and by build.rs, which builds the gazetteer index at compile time
// with exactly these functions. Plain functions on `str` only: no crate items but
// `crate::case::Lowercase` (src/case.rs; build.rs has its own, the standard library's, which
// lowercases the same).

use crate::case::Lowercase as _;

/// Religious, political and other groups (NORP) that are not demonyms of a place. Sorted.
/// Lowercase forms match in any case ("jihadist"); capitalised ones need a capital.
pub const NORP_WORDS: &[&str] = &[
    "Ahmadi", "Ahmadis", "Alawite", "Alawites", "Amish", "Anglican", "Anglicans", "Arab", "Arabs", "Baathist",
    "Buddhist", "Buddhists", "Catholic", "Catholics", "Christian", "Christians", "Communist", "Communists", "Copt",
    "Coptic", "Copts", "Democrat", "Democrats", "Druze", "Haredi", "Hasidic", "Hindu", "Hindus", "Hispanic",
    "Ismaili", "Ismailis", "Jesuit", "Jesuits", "Jew", "Jewish", "Jews", "Latino", "Latinos", "Lutheran",
    "Lutherans", "Methodist", "Methodists", "Mormon", "Mormons", "Muslim", "Muslims", "Orthodox", "Palestinian",
    "Pashtun", "Pashtuns", "Pentecostal", "Pentecostals", "Protestant", "Protestants", "Quaker", "Quakers",
    "Republican", "Republicans", "Rohingya", "Salafi", "Salafis", "Shia", "Shiite", "Shiites", "Sikh", "Sufi",
    "Sufis", "Sunni", "Sunnis", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Wahhabi", "Western", "Yazidi", "Yazidis",
    "Zionist", "islamist", "islamists", "jihadi", "jihadis", "jihadist", "jihadists", "salafist", "salafists",
];

/// [`push_key`] for the key that begins at byte `start` of `buf` (several keys share one buffer).
pub fn push_key_from(buf: &mut String, start: usize, token: &str) {
    let key_empty = buf.len() == start;
    let glue = !key_empty
        && token.len() <= 2
        && token.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(token, "of" | "de" | "la" | "al" | "el" | "y" | "da" | "du" | "to" | "on" | "in" | "a" | "an" | "at" | "by" | "e" | "is" | "as" | "or" | "it" | "he" | "we" | "be" | "so" | "us" | "if");
    let key = buf;
    if !key_empty && !glue {
        key.push(' ');
    }
    // (Loops, not `extend(map(..))`: a closure's fold is compiled apart from this function.)
    if token.is_ascii() {
        key.reserve(token.len());
        for b in token.bytes() {
            key.push(match b {
                b'-' | b'_' => ' ',
                b => b.to_ascii_lowercase() as char,
            });
        }
        return;
    }
    for c in token.chars() {
        match c {
            '\u{2019}' | '\u{2018}' => key.push('\''),
            '-' | '\u{2010}' | '\u{2011}' | '_' => key.push(' '),
            c if c.is_ascii() => key.push(c.to_ascii_lowercase()),
            c => {
                for l in c.lower() {
                    key.push(fold(l));
                }
            }
        }
    }
}

/// Latin letters with diacritics match their plain forms ("Zürich" is the listed "Zurich",
/// "São Paulo" is "Sao Paulo"), as lists and news spell names both ways.
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ţ' | 'ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// The listed form is an acronym (`US`, `AP`): the text must be in capitals too.
pub fn is_acronym(s: &str) -> bool {
    // Most phrases have a lowercase ASCII letter or a space: no acronym.
    if s.bytes().any(|b| b.is_ascii_lowercase() || b == b' ') {
        return false;
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !s.contains(' ') && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

