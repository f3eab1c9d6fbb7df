//! Gazetteers: places, organisations, well-known persons, given names and roles.
//!
//! The lists live in `src/lexicon/gaz_*.tsv` (built by `scripts/build-gazetteer.py` from the
//! MIT-licensed PETRARCH2 dictionaries plus hand-written lists; see each file's header).
//! build.rs turns them into sorted tables at compile time; they are searched in place, so
//! nothing is parsed, sorted or allocated at start-up (see build.rs for the layout).
//!
//! Phrases are looked up by a normalised key: tokens lowercased, `’` as `'`, hyphens as
//! spaces, joined by one space (`al-Qaeda` → `al qaeda`, `U.S.` → `u.s.`). A lone one- or
//! two-letter lowercase token that is no common word glues onto the word before it, which
//! repairs split words such as "Associate d Press" (see [`push_key`]); "Iraq is" stays two
//! words, not the demonym "Iraqis". The recogniser (`Doc::gazetteer`) reads a
//! hyphen token between two words as such a space: the tokenizer splits "France-Presse" in
//! three, and "Agence France-Presse" still matches.

use std::cmp::Ordering;
use std::sync::OnceLock;

use crate::EntityType;

include!("gazetteer_key.rs");
include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));

/// What a gazetteer phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: EntityType,
    /// Canonical name of the referent ("United States" for "U.S.").
    pub canon: &'static str,
    /// For capitals and demonyms: the country they stand for.
    pub country: Option<&'static str>,
    /// The listed form is an acronym (`US`, `AP`): the text must be in capitals too.
    pub acronym: bool,
    /// A lowercase-listed word that may match lowercase text ("jihadist").
    pub lowercase_ok: bool,
    /// A city, state or region (not a country or a demonym): it may open a longer name
    /// ("Boston Red Sox", "Mississippi River").
    pub local: bool,
    /// Listed after the tagger was trained: the rules read it, the tagger's features do not
    /// (`places.txt`'s `late` column), so `ner.bin` stays what its training command writes.
    pub late: bool,
    /// A wrong or ordinary-word form of a listed group (`gaz_orgs.tsv`'s third column: "CAR",
    /// "Foundation", "We Will Win"): the tagger's features read it, as when `ner.bin` was
    /// trained; the rules never see it ([`Gazetteer::phrase`], `Doc::gazetteer`).
    pub retired: bool,
}

/// Entity kinds by their code in a key's record (build.rs).
const KINDS: [EntityType; 5] = [EntityType::Person, EntityType::Org, EntityType::Gpe, EntityType::Loc, EntityType::Norp];
/// A name reference into `NAMES` rather than `KEYS` (build.rs).
const IN_NAMES: usize = 1 << 20;

/// One sorted table from build.rs: `\n`-terminated lines whose key runs to the first `\t` or
/// `\n`, sorted by key bytes (by their ASCII lowercase when `lower`); `index[b]` is the start
/// of the first line of bucket `b` or a later one (last entry: the end). Buckets: build.rs
/// `bucket` (first letter from `base`, and with `classes` 29 the second byte's class).
pub(super) struct Table {
    /// The table's text (the phrase keys': decoded at first use, `keys_text`).
    text: fn() -> &'static [u8],
    index: &'static [u16],
    lower: bool,
    base: u8,
    classes: usize,
}

impl Table {
    /// The lines that may hold `q` or a key starting with it (one bucket; for one byte, those
    /// of its letter; all lines for an empty `q`).
    fn bucket(&self, q: &[u8]) -> (usize, usize) {
        let Some(&b0) = q.first() else {
            return (0, (self.text)().len());
        };
        let b = if b0 < self.base {
            0
        } else if b0 >= self.base + 26 {
            1 + 26 * self.classes
        } else if q.len() == 1 {
            // A one-byte prefix: every line of its first letter.
            let first = 1 + (b0 - self.base) as usize * self.classes;
            return (self.index[first] as usize, self.index[first + self.classes] as usize);
        } else {
            let c = match (self.classes, q.get(1)) {
                (1, _) | (_, None) => 0,
                (_, Some(&b)) if b < b'a' => 1,
                (_, Some(&b)) if b <= b'z' => 2 + (b - b'a') as usize,
                _ => 28,
            };
            1 + (b0 - self.base) as usize * self.classes + c
        };
        (self.index[b] as usize, self.index[b + 1] as usize)
    }

    /// The key of the line at `at` (a line start), and where its line ends (its `\n`).
    fn key_at(&self, at: usize) -> (&'static [u8], usize) {
        let s = (self.text)();
        let mut k = at;
        while s[k] != b'\t' && s[k] != b'\n' {
            k += 1;
        }
        let mut e = k;
        while s[e] != b'\n' {
            e += 1;
        }
        (&s[at..k], e)
    }

    /// The start of the first line whose key is not less than `q` (the bucket's end if none):
    /// a binary search over byte positions, each probe reading its line only as far as it
    /// differs from `q` (and to its end only when the search moves past it).
    fn lower_bound(&self, q: &[u8]) -> usize {
        let s = (self.text)();
        let (mut lo, mut hi) = self.bucket(q);
        while lo < hi {
            let mut ls = lo + (hi - lo) / 2;
            while ls > lo && s[ls - 1] != b'\n' {
                ls -= 1;
            }
            let mut i = 0;
            let less = loop {
                let c = s[ls + i];
                if c == b'\t' || c == b'\n' {
                    break i < q.len();
                }
                if i == q.len() {
                    break false;
                }
                let c = if self.lower { c.to_ascii_lowercase() } else { c };
                if c != q[i] {
                    break c < q[i];
                }
                i += 1;
            };
            if less {
                let mut e = ls + i;
                while s[e] != b'\n' {
                    e += 1;
                }
                lo = e + 1;
            } else {
                hi = ls;
            }
        }
        lo
    }

    /// The line at `at` if the bucket of `q` has one there.
    fn line(&self, q: &[u8], at: usize) -> Option<(&'static [u8], usize)> {
        (at < self.bucket(q).1).then(|| self.key_at(at))
    }

    /// A line's key against a query.
    fn cmp(&self, k: &[u8], q: &[u8]) -> Ordering {
        if !self.lower {
            return k.cmp(q);
        }
        for (&a, &b) in k.iter().zip(q) {
            let a = a.to_ascii_lowercase();
            if a != b {
                return a.cmp(&b);
            }
        }
        k.len().cmp(&q.len())
    }

    /// A line's key starts with `q` (is `q` when `whole`).
    fn matches(&self, k: &[u8], q: &[u8], whole: bool) -> bool {
        (if whole { k.len() == q.len() } else { k.len() >= q.len() }) && self.cmp(&k[..q.len()], q) == Ordering::Equal
    }

    fn contains(&self, q: &[u8]) -> bool {
        self.line(q, self.lower_bound(q)).is_some_and(|(k, _)| self.matches(k, q, true))
    }
}

/// The phrase key table's text (build.rs module docs, `gaz_keys.bin`), decoded at first use
/// from build.rs's packed form (`unpack_keys`): 2.x KB gzip less in the page.
fn keys_text() -> &'static [u8] {
    static T: OnceLock<Vec<u8>> = OnceLock::new();
    T.get_or_init(|| unpack_keys(include_bytes!(concat!(env!("OUT_DIR"), "/gaz_keys.pack"))))
}

/// The phrase key table from build.rs `pack_keys`'s streams: the front-coded keys, two flag
/// bytes per line, then the references as line numbers (high bytes, then low bytes), each
/// written back as the 21-bit byte offset of that line (of `KEYS`, or `IN_NAMES |` one of
/// `NAMES`) in three bytes with the top bit set.
#[cfg_attr(size_attrs, optimize(size))]
#[cfg_attr(size_attrs, inline(never))] // (a one-time load: kept out of the `OnceLock` closure, which is not at "z")
fn unpack_keys(p: &[u8]) -> Vec<u8> {
    let (fc, rest) = p.split_at(KEYS_FC_LEN);
    let (flags, refs) = rest.split_at(2 * KEY_LINES);
    let (hi, lo) = refs.split_at(refs.len() / 2);
    // The keys, one after another, and where each ends.
    let (mut keys, mut ends) = (Vec::with_capacity(4 * fc.len()), Vec::with_capacity(KEY_LINES));
    let mut prev = 0;
    for &b in fc {
        if b >= 0x80 {
            if !keys.is_empty() {
                ends.push(keys.len());
            }
            let start = keys.len();
            keys.extend_from_within(prev..prev + (b & 0x7f) as usize);
            prev = start;
        } else {
            keys.push(b);
        }
    }
    ends.push(keys.len());
    let refs_of = |f: u8| (f & 1) as usize + (f >> 1 & 1) as usize;
    // Where each line will start: its key, `\t`, two flag bytes, three per reference, `\n`.
    let mut starts = Vec::with_capacity(KEY_LINES);
    let mut at = 0;
    for (n, f) in flags.chunks(2).enumerate() {
        starts.push(at);
        at += ends[n] - if n == 0 { 0 } else { ends[n - 1] } + 4 + 3 * refs_of(f[1]);
    }
    let mut name_starts = vec![0];
    name_starts.extend(NAMES.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
    let mut out = Vec::with_capacity(at);
    let mut r = 0;
    for (n, f) in flags.chunks(2).enumerate() {
        out.extend_from_slice(&keys[if n == 0 { 0 } else { ends[n - 1] }..ends[n]]);
        out.push(b'\t');
        out.extend_from_slice(f);
        for _ in 0..refs_of(f[1]) {
            let line = (hi[r] as usize) << 8 | lo[r] as usize;
            r += 1;
            let v = if line < KEY_LINES { starts[line] } else { IN_NAMES | name_starts[line - KEY_LINES] };
            out.extend([0x80 | (v >> 14) as u8 & 0x7f, 0x80 | (v >> 7) as u8 & 0x7f, 0x80 | v as u8 & 0x7f]);
        }
        out.push(b'\n');
    }
    out
}

/// Sorted, distinct ASCII words front-coded (build.rs `front_code`): per word, a byte with
/// its top bit set and how many leading bytes it shares with the word before, then the rest of
/// its bytes (ASCII), up to the next such byte; a last 0x80 after the last word ends it. The
/// page carries it with no blocks (`packed`); at first use it is rewritten in blocks of `block`
/// words whose first word shares nothing (`blocked`), and searched in place. The block
/// starts, computed then, need not be in the page either.
pub(crate) struct FrontCoded {
    pub packed: &'static [u8],
    /// `packed` counts the bytes each word drops from the end of the word before, not those
    /// it keeps (build.rs `front_code`).
    pub drop: bool,
    /// Words per block.
    pub block: usize,
    /// The words in blocks (the layout above, 0 shared at a block's start) and the start of
    /// each block (last: the end of the last word).
    pub blocked: OnceLock<(Vec<u8>, Vec<u32>)>,
}

impl FrontCoded {
    /// Calls `f` on every word, in order (decoded into one buffer).
    pub fn for_each(&self, mut f: impl FnMut(&[u8])) {
        let mut word: Vec<u8> = Vec::with_capacity(64);
        let mut started = false;
        for &b in self.packed {
            if b >= 0x80 {
                if started {
                    f(&word);
                }
                word.truncate(self.shared(word.len(), b));
                started = true;
            } else {
                word.push(b);
            }
        }
    }

    /// How many bytes a word shares with the one before (of `before` bytes), by its first
    /// byte `b` in `packed`.
    fn shared(&self, before: usize, b: u8) -> usize {
        let n = usize::from(b & 0x7f);
        if self.drop {
            before - n
        } else {
            n
        }
    }

    /// The words in blocks and the block starts (see the type's docs).
    fn blocks(&self) -> (&[u8], &[u32]) {
        let (bin, blocks) = self.blocked.get_or_init(|| self.unpack());
        (bin, blocks)
    }

    #[cfg_attr(size_attrs, optimize(size))]
    #[cfg_attr(size_attrs, inline(never))] // (a one-time load: kept out of the `OnceLock` closure, which is not at "z")
    fn unpack(&self) -> (Vec<u8>, Vec<u32>) {
        let p = self.packed;
        let (mut bin, mut blocks) = (Vec::with_capacity(p.len() + p.len() / 4), Vec::new());
        let mut word: Vec<u8> = Vec::with_capacity(64);
        let (mut i, mut n) = (0, 0);
        while i + 1 < p.len() {
            let mut j = i + 1;
            while p[j] < 0x80 {
                j += 1;
            }
            let shared = self.shared(word.len(), p[i]);
            word.truncate(shared);
            word.extend_from_slice(&p[i + 1..j]);
            if n % self.block == 0 {
                blocks.push(bin.len() as u32);
                bin.push(0x80);
                bin.extend_from_slice(&word);
            } else {
                bin.push(0x80 | shared as u8);
                bin.extend_from_slice(&p[i + 1..j]);
            }
            n += 1;
            i = j;
        }
        blocks.push(bin.len() as u32);
        bin.push(0x80);
        (bin, blocks)
    }

    /// The first word of the block at `at` (it shares nothing with the word before) is not
    /// greater than `word`.
    fn head_le(b: &[u8], at: usize, word: &[u8]) -> bool {
        let mut i = at + 1;
        for &w in word {
            if b[i] != w {
                return b[i] < w;
            }
            i += 1;
            if b[i] >= 0x80 {
                return true; // the head is `word` or a prefix of it
            }
        }
        false // `word` is a prefix of the head (or empty)
    }

    /// The position of `word` in the list, if listed: a binary search over the first words of
    /// the blocks, then one block read in order without decoding a word (only the bytes that
    /// differ from `word` are read).
    pub fn find(&self, word: &[u8]) -> Option<usize> {
        let (b, blocks) = self.blocks();
        // The last block whose first word is not greater than `word`.
        let (mut lo, mut hi) = (0, blocks.len() - 1);
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if Self::head_le(b, blocks[mid] as usize, word) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // One block in order. `m`: how many leading bytes the entry before shares with `word`
        // (that entry is less than `word`). An entry sharing more than `m` bytes with the one
        // before is less than `word` too; one sharing fewer is greater (the list is sorted).
        let (mut at, end) = (blocks[lo] as usize, blocks[lo + 1] as usize);
        let mut n = lo * self.block;
        let mut m = 0;
        // An entry: `0x80 | shared`, then its other bytes (below 0x80, at least one), up to
        // the next entry or the end.
        while at < end {
            let shared = (b[at] & 0x7f) as usize;
            let mut i = at + 1;
            if shared < m {
                return None;
            }
            if shared == m {
                let mut k = m;
                loop {
                    let c = b[i];
                    match word.get(k) {
                        None => return None, // `word` is a prefix of the entry: greater
                        Some(&w) if c > w => return None,
                        Some(&w) if c < w => break,
                        _ => {}
                    }
                    k += 1;
                    i += 1;
                    if b[i] >= 0x80 {
                        if k == word.len() {
                            return Some(n);
                        }
                        break; // the entry is a prefix of `word`: less
                    }
                }
                m = k;
            }
            while b[i] < 0x80 {
                i += 1;
            }
            at = i;
            n += 1;
        }
        None
    }
}

/// Bits of the [`maybe_listed`] filter.
const FILTER_BITS: u32 = 1 << 16;
/// The lists of the filter (seeds of its hash): first words of phrase keys, given names,
/// first words of roles.
const FIRST_WORDS: u32 = 0;
const GIVEN_NAMES: u32 = 1;
const ROLE_STARTS_LIST: u32 = 2;

/// Two bit positions of a word of `list`: FNV-1a of its ASCII lowercase, low and high half.
#[inline(never)]
fn filter_bits(list: u32, word: &[u8]) -> [u32; 2] {
    let mut h: u32 = 0x811c_9dc5 ^ list;
    for &b in word {
        h = (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
    }
    [h % FILTER_BITS, (h >> 16) % FILTER_BITS]
}

/// `word` may be on `list` (in any ASCII case): a Bloom filter (no false negatives), built
/// at first use from the tables (a few thousand words). Most words of a text open no phrase
/// and are no given name, and the filter says so without a binary search.
fn maybe_listed(list: u32, word: &[u8]) -> bool {
    static F: OnceLock<Vec<u64>> = OnceLock::new();
    let bits = F.get_or_init(build_filter);
    filter_bits(list, word).iter().all(|&b| bits[(b / 64) as usize] & (1 << (b % 64)) != 0)
}

/// The filter of [`maybe_listed`] (once).
#[cfg_attr(size_attrs, optimize(size))]
#[cfg_attr(size_attrs, inline(never))]
fn build_filter() -> Vec<u64> {
    let mut bits = vec![0u64; (FILTER_BITS / 64) as usize];
    let mut add = |list: u32, w: &[u8]| {
        let [a, b] = filter_bits(list, w);
        bits[(a / 64) as usize] |= 1 << (a % 64);
        bits[(b / 64) as usize] |= 1 << (b % 64);
    };
    for (t, list) in [(&KEYS, FIRST_WORDS), (&ROLES, ROLE_STARTS_LIST)] {
        let mut at = 0;
        while at < (t.text)().len() {
            let (k, end) = t.key_at(at);
            add(list, k.split(|&b| b == b' ').next().unwrap_or(k));
            at = end + 1;
        }
    }
    FIRST_NAMES.for_each(|w| add(GIVEN_NAMES, w));
    bits
}

/// The gazetteer: the tables of build.rs, searched in place.
pub struct Gazetteer {
    /// Longest phrase, in words.
    pub max_words: usize,
    pub max_role_words: usize,
}

/// Appends one token's normalised form to `key` (see the module docs).
pub fn push_key(key: &mut String, token: &str) {
    push_key_from(key, 0, token);
}

/// The key of a whole phrase as written in a list.
pub fn key_of(phrase: &str) -> String {
    let mut k = String::new();
    for w in phrase.split_whitespace() {
        push_key(&mut k, w);
    }
    k
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        static G: Gazetteer = Gazetteer { max_words: MAX_WORDS, max_role_words: MAX_ROLE_WORDS };
        &G
    }

    /// The text of the line at `at` (up to its `\t`) or of line `at - IN_NAMES` of `NAMES`.
    fn name(at: usize) -> &'static str {
        if at & IN_NAMES != 0 {
            let at = at & !IN_NAMES;
            let end = at + NAMES.as_bytes()[at..].iter().position(|&b| b == b'\n').unwrap_or(0);
            &NAMES[at..end]
        } else {
            std::str::from_utf8(KEYS.key_at(at).0).unwrap_or("")
        }
    }

    /// The hit of the key line at `at` whose key ends at `key_end` (its record follows the `\t`).
    fn hit_at(at: usize, key_end: usize) -> Hit {
        let r = &(KEYS.text)()[key_end + 1..];
        let num = |b: &[u8]| ((b[0] & 0x7f) as usize) << 14 | ((b[1] & 0x7f) as usize) << 7 | (b[2] & 0x7f) as usize;
        let (flags, refs) = (r[0] & 0x7f, r[1] & 0x7f);
        let canon = if refs & 1 != 0 { Self::name(num(&r[2..5])) } else { Self::name(at) };
        let country = (refs & 2 != 0).then(|| Self::name(num(&r[2 + 3 * (refs & 1) as usize..])));
        Hit {
            kind: KINDS[(flags & 7) as usize],
            canon,
            country,
            acronym: flags & 8 != 0,
            lowercase_ok: flags & 16 != 0,
            local: flags & 32 != 0,
            late: flags & 64 != 0,
            retired: refs & 4 != 0,
        }
    }

    /// The listed phrase `key` is (never a retired form: [`Hit::retired`]).
    pub fn phrase(&self, key: &str) -> Option<Hit> {
        self.lookup(key).flatten().filter(|h| !h.retired)
    }

    /// [`has_prefix`](Self::has_prefix) and [`phrase`](Self::phrase) in one search: `None`
    /// when no phrase key starts with `key`, else the phrase that `key` is, if any.
    #[cfg_attr(size_attrs, optimize(size))] // (session 26: per candidate)
    pub fn lookup(&self, key: &str) -> Option<Option<Hit>> {
        let q = key.as_bytes();
        let at = KEYS.lower_bound(q);
        let (k, _) = KEYS.line(q, at).filter(|&(k, _)| KEYS.matches(k, q, false))?;
        Some((k.len() == q.len()).then(|| Self::hit_at(at, at + k.len())))
    }

    /// Some phrase key starts with `prefix` (as a string: `push_key` only ever appends).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let q = prefix.as_bytes();
        KEYS.line(q, KEYS.lower_bound(q)).is_some_and(|(k, _)| KEYS.matches(k, q, false))
    }

    /// The listed spelling of a well-known person whose name `name` spells differently
    /// ("Sergei Lavrov" → "Sergey Lavrov"): same surname and word count, every given name
    /// a spelling variant. `None` when the name is listed as written or not at all.
    #[cfg_attr(size_attrs, optimize(size))] // (session 26: per candidate)
    pub fn person_spelling(&self, name: &str) -> Option<&'static str> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let (&surname, given) = words.split_last()?;
        if given.is_empty() {
            return None;
        }
        let q = surname.lower();
        let q = q.as_bytes();
        let mut at = SURNAMES.lower_bound(q);
        // The lines of this surname, in file order.
        while let Some((k, end)) = SURNAMES.line(q, at).filter(|&(k, _)| k == q) {
            let listed = std::str::from_utf8(&(SURNAMES.text)()[at + k.len() + 1..end]).unwrap_or("");
            let lw: Vec<&str> = listed.split_whitespace().collect();
            if listed != name && lw.len() == words.len() && lw[..lw.len() - 1].iter().zip(given).all(|(a, b)| super::merge::similar_given(a, b)) {
                return Some(listed);
            }
            at = end + 1;
        }
        None
    }

    /// `word` is the surname of a listed person ("Kerry", "Lavrov").
    pub fn is_listed_surname(&self, word: &str) -> bool {
        SURNAMES.contains(word.lower().as_bytes())
    }

    /// `word` is a listed given name (each starts with an ASCII capital: a test checks).
    pub fn is_first_name(&self, word: &str) -> bool {
        word.starts_with(|c: char| c.is_ascii_uppercase()) && maybe_listed(GIVEN_NAMES, word.as_bytes()) && FIRST_NAMES.find(word.as_bytes()).is_some()
    }

    /// `false` when no phrase key can begin with the key of `token` ([`push_key`]) followed
    /// by a space or nothing: the first word of its key opens no phrase. `true` when it may
    /// (always when a non-ASCII character comes before the first word's end). A phrase begun
    /// by a token but continued by one that glues onto it ("Associate d Press") is not
    /// covered: the caller checks that case.
    pub fn may_open(&self, token: &str) -> bool {
        let b = token.as_bytes();
        // push_key lowercases ASCII and turns `-` and `_` into spaces.
        let end = b.iter().position(|&c| matches!(c, b'-' | b'_' | b' ') || c >= 0x80).unwrap_or(b.len());
        end == 0 || b.get(end).is_some_and(|&c| c >= 0x80) || maybe_listed(FIRST_WORDS, &b[..end])
    }

    /// `word` (in any ASCII case) may open a role phrase ([`starts_role`](Self::starts_role) is sure).
    pub fn may_start_role(&self, word: &str) -> bool {
        maybe_listed(ROLE_STARTS_LIST, word.as_bytes())
    }

    /// `word` (lowercase) can open a role phrase: it is a role, or one's first word. The first
    /// role not less than `word` tells (a space sorts before every other byte of a role), so
    /// `ROLES` answers alone and `ROLE_STARTS` stays out of the page (tests check both agree).
    pub fn starts_role(&self, word: &str) -> bool {
        let q = word.as_bytes();
        maybe_listed(ROLE_STARTS_LIST, q)
            && ROLES.line(q, ROLES.lower_bound(q)).is_some_and(|(k, _)| ROLES.matches(k, q, false) && matches!(k.get(q.len()), None | Some(b' ')))
    }

    /// For a lowercase `key`: `None` when no role phrase starts with it, else whether it is one
    /// ([`is_role`](Self::is_role)); one search.
    pub fn role_lookup(&self, key: &str) -> Option<bool> {
        let q = key.as_bytes();
        let (k, _) = ROLES.line(q, ROLES.lower_bound(q)).filter(|&(k, _)| ROLES.matches(k, q, false))?;
        Some(k.len() == q.len())
    }

    /// `key` is a lowercase role phrase ("secretary of state").
    pub fn is_role(&self, key: &str) -> bool {
        ROLES.contains(key.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_fold_to_the_listed_spelling() {
        assert_eq!(key_of("Zürich"), key_of("Zurich"));
        assert_eq!(key_of("São Paulo"), "sao paulo");
        assert_eq!(key_of("Łódź"), "lodz");
        assert_ne!(key_of("Zürich"), key_of("Zarich"));
    }

    fn sorted_body(data: &str) -> bool {
        let names: Vec<&str> = data.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').next().unwrap()).collect();
        names.windows(2).all(|w| w[0] <= w[1])
    }

    #[test]
    fn lists_are_sorted_and_sourced() {
        let lists = [
            include_str!("../lexicon/gaz_places.tsv"),
            include_str!("../lexicon/gaz_orgs.tsv"),
            include_str!("../lexicon/gaz_persons.tsv"),
            include_str!("../lexicon/gaz_first_names.tsv"),
            include_str!("../lexicon/gaz_roles.tsv"),
        ];
        for data in lists {
            assert!(sorted_body(data));
            assert!(data.starts_with("# "), "header with source and licence");
            assert!(data.lines().take(3).any(|l| l.contains("MIT")));
        }
        let mut w = NORP_WORDS.to_vec();
        w.sort();
        assert_eq!(w, NORP_WORDS);
    }

    /// Every line of a table: (key, line start).
    fn lines(t: &Table) -> Vec<(&'static [u8], usize)> {
        let mut out = Vec::new();
        let mut at = 0;
        while at < (t.text)().len() {
            let (k, end) = t.key_at(at);
            out.push((k, at));
            at = end + 1;
        }
        out
    }

    #[test]
    fn front_coded_lists_find_every_word_in_blocks() {
        for (list, count) in [(&FIRST_NAMES, 1_000), (crate::sentiment::lexicon::valence_words(), 4_000)] {
            let mut words = Vec::new();
            list.for_each(|w| words.push(w.to_vec()));
            assert!(words.len() > count && words.windows(2).all(|w| w[0] < w[1]));
            for (n, w) in words.iter().enumerate() {
                assert_eq!(list.find(w), Some(n), "{:?}", String::from_utf8_lossy(w));
                let mut past = w.clone();
                past.push(b'~');
                assert!(words.binary_search(&past).is_ok() || list.find(&past).is_none());
            }
            let (bin, blocks) = list.blocks();
            assert_eq!(blocks.len(), words.len().div_ceil(list.block) + 1);
            assert!(blocks.iter().take(blocks.len() - 1).all(|&b| bin[b as usize] == 0x80), "a block opens with a whole word");
        }
    }

    #[test]
    fn the_packed_keys_unpack_to_the_table() {
        assert!(keys_text() == include_bytes!(concat!(env!("OUT_DIR"), "/gaz_keys.bin")));
        assert_eq!(KEY_LINES, KEY_COUNT);
    }

    #[test]
    fn the_tables_are_sorted_and_find_every_key_and_prefix() {
        let g = Gazetteer::get();
        let keys = lines(&KEYS);
        assert_eq!(keys.len(), KEY_COUNT);
        assert!(keys.len() > 1_500, "{} phrases", keys.len());
        for (i, &(k, at)) in keys.iter().enumerate() {
            let k = std::str::from_utf8(k).unwrap();
            let k = &k.to_ascii_lowercase();
            assert!(i == 0 || keys[i - 1].0.to_ascii_lowercase() < k.as_bytes().to_vec(), "unsorted or repeated at {k:?}");
            assert_eq!(KEYS.lower_bound(k.as_bytes()), at, "{k:?}");
            let hit = Gazetteer::hit_at(at, at + k.len());
            assert_eq!(g.lookup(k), Some(Some(hit)), "{k:?}");
            assert_eq!(g.phrase(k), Some(hit).filter(|h| !h.retired), "{k:?}");
            for (b, _) in k.char_indices() {
                assert!(g.has_prefix(&k[..b]), "prefix {:?} of {k:?}", &k[..b]);
            }
            // One byte past the key (a character no key holds) is no key and no prefix.
            let past = format!("{k}\u{1}");
            assert!(g.phrase(&past).is_none() && !g.has_prefix(&past));
            assert_eq!(g.lookup(&past), None);
            if let Some(b) = k.char_indices().map(|(b, _)| b).nth(1) {
                assert_eq!(g.lookup(&k[..b]).map(|h| h.filter(|h| !h.retired)), Some(g.phrase(&k[..b])), "{k:?}");
            }
        }
        // The filters have no false negatives: every phrase's first word may open it, every
        // role's first word may start one (in any case, after `ex-`).
        for &(k, _) in &keys {
            let k = std::str::from_utf8(k).unwrap();
            let first = k.split(' ').next().unwrap();
            assert!(g.may_open(first) && g.may_open(&first.to_ascii_uppercase()), "{k:?}");
            assert!(g.may_open(&format!("{first}-x")), "{k:?}");
        }
        for &(k, _) in &lines(&ROLE_STARTS) {
            let k = std::str::from_utf8(k).unwrap();
            assert!(g.starts_role(k), "{k:?}");
        }
        // `starts_role` reads `ROLES` alone: it agrees with `ROLE_STARTS` on every word of a role
        // (a token: no space), its hyphen's parts and their prefixes.
        for &(k, _) in &lines(&ROLES) {
            let k = std::str::from_utf8(k).unwrap();
            for w in k.split(' ').chain(k.split([' ', '-'])) {
                for (b, _) in w.char_indices().skip(1).chain([(w.len(), ' ')]) {
                    let p = &w[..b];
                    assert_eq!(g.starts_role(p), ROLE_STARTS.contains(p.as_bytes()), "{p:?} of {k:?}");
                }
            }
        }
        for &(k, _) in &lines(&ROLES) {
            let k = std::str::from_utf8(k).unwrap();
            assert_eq!(g.role_lookup(k), Some(true), "{k:?}");
            assert_eq!(g.role_lookup(&format!("{k}\u{1}")), None);
            for (b, _) in k.char_indices().skip(1) {
                assert_eq!(g.role_lookup(&k[..b]), Some(g.is_role(&k[..b])), "{k:?}");
            }
        }
        for t in [&ROLES, &ROLE_STARTS, &SURNAMES] {
            let ls = lines(t);
            assert!(ls.windows(2).all(|w| w[0].0 <= w[1].0));
            for &(k, _) in &ls {
                assert!(t.contains(k), "{:?}", std::str::from_utf8(k));
                let mut past = k.to_vec();
                past.push(1);
                assert!(!t.contains(&past));
            }
        }
    }

    #[test]
    fn the_tables_hold_every_listed_word() {
        let g = Gazetteer::get();
        let names = include_str!("../lexicon/gaz_first_names.tsv");
        for n in names.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            assert!(g.is_first_name(n.split('\t').next().unwrap()), "{n:?}");
        }
        assert!(!g.is_first_name("") && !g.is_first_name("Zzzq"));
        // Between listed names there is nothing (the front-coded blocks end where they should).
        for n in names.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let n = n.split('\t').next().unwrap();
            for near in [format!("{n}\u{1}"), format!("{n}zzz"), n[..n.len() - 1].to_string(), n.to_lowercase()] {
                let listed = names.lines().any(|l| l.split('\t').next() == Some(near.as_str()));
                assert_eq!(g.is_first_name(&near), listed, "{near:?}");
            }
        }
        assert!(g.starts_role("secretary") && !g.starts_role("of"));
        assert!(g.is_listed_surname("Kerry") && g.is_listed_surname("lavrov") && !g.is_listed_surname("Zzzq"));
        assert_eq!(g.person_spelling("Sergei Lavrov"), Some("Sergey Lavrov"));
        assert_eq!(g.person_spelling("Sergey Lavrov"), None);
    }

    #[test]
    fn lookups() {
        let g = Gazetteer::get();
        let cases: &[(&str, EntityType, &str)] = &[
            ("U.S.", EntityType::Gpe, "United States"),
            ("United States", EntityType::Gpe, "United States"),
            ("Moscow", EntityType::Gpe, "Moscow"),
            ("Russian", EntityType::Norp, "Russian"),
            ("ISIS", EntityType::Org, "Islamic State"),
            ("al-Qaeda", EntityType::Org, "al-Qaeda"),
            ("Associate d Press", EntityType::Org, "Associated Press"),
            ("Middle East", EntityType::Loc, "Middle East"),
            ("Georgia", EntityType::Gpe, "Georgia"),
        ];
        for &(phrase, kind, canon) in cases {
            let hit = g.phrase(&key_of(phrase)).unwrap_or_else(|| panic!("{phrase} not found"));
            assert_eq!((hit.kind, hit.canon), (kind, canon), "{phrase}");
        }
        assert_eq!(g.phrase("moscow").unwrap().country, Some("Russia"));
        // Places listed after the tagger was trained carry `late` (its features skip them), with
        // their aliases and demonyms; the others do not.
        // Retired forms (gaz_orgs.tsv's third column) are keys the tagger's features read, never
        // phrases; their entries' other forms are.
        for (phrase, retired) in [("Foundation", true), ("CAR", true), ("We Will Win", true), ("Black Friday", true), ("INLA", false), ("Blackstone Rangers", false)] {
            assert_eq!(g.lookup(&key_of(phrase)).flatten().map(|h| h.retired), Some(retired), "{phrase}");
            assert_eq!(g.phrase(&key_of(phrase)).is_some(), !retired, "{phrase}");
        }
        for (phrase, late) in [("Rajasthan", true), ("Bangalore", true), ("Punjabi", true), ("Capitol Hill", true), ("Texas", false), ("Mumbai", false), ("Russian", false), ("ISIS", false)] {
            assert_eq!(g.phrase(&key_of(phrase)).map(|h| h.late), Some(late), "{phrase}");
        }
        assert_eq!(g.phrase("russian").unwrap().country, Some("Russia"));
        assert!(g.is_first_name("Sergey") && g.is_first_name("John"));
        assert!(g.is_role("secretary of state") && g.is_role("foreign minister"));
        // News occupations before a name (session 12).
        for role in ["publicist", "spokeswoman", "attorney", "coach", "striker", "midfielder", "ceo", "chairwoman", "analyst", "economist", "lawmaker", "prosecutor", "commissioner", "professor"] {
            assert!(g.is_role(role) && g.starts_role(role), "{role}");
        }
        // Hyphenated names are keyed with a space: the recogniser matches them across a hyphen token.
        for name in ["Agence France-Presse", "Guinea-Bissau", "Bosnia-Herzegovina", "Paris Saint-Germain"] {
            assert!(g.phrase(&key_of(name)).is_some(), "{name}");
        }
        // Prefixes of phrases, as strings: "associate" leads to "associated press".
        let prefixes = [("united", true), ("united st", true), ("associate", true), ("zzzq", false), ("", true)];
        for (p, want) in prefixes {
            assert_eq!(g.has_prefix(p), want, "{p:?}");
        }
    }
}
