//! Build script: the gazetteer index (src/entity/gazetteer.rs), built at compile time from the
//! word lists in `src/lexicon/gaz_*.tsv`, so that nothing is parsed, sorted or allocated when
//! the page (or the CLI) starts: the tables below are searched in place.
//!
//! Files written to `OUT_DIR` (each a sorted run of `\n`-terminated lines, searched by binary
//! search over byte positions; `gazetteer.rs` holds, per table, the first line start of each
//! first byte):
//!   gaz_keys.bin   one line per phrase key (normalised by src/entity/gazetteer_key.rs, the
//!                  crate's own code), sorted by key bytes, the first listed entry of a key
//!                  kept (places, then organisations, persons, groups): the phrase as listed
//!                  when its ASCII lowercase is the key (searches compare lowercased), else
//!                  the key; `\t`; a record: 2 flag bytes (kind, acronym, lowercase_ok, local, late;
//!                  has a canonical name other than the line's text, has a country, retired), then the
//!                  canonical name and the country as 21-bit references (bit 20: a line of
//!                  gaz_names.txt, else a line of gaz_keys.bin; the rest: its byte offset), 7
//!                  bits per byte with the top bit set (never `\t` or `\n`).
//!   gaz_names.txt  canonical names and countries that are no line's text, one per line.
//!   gaz_first.bin  given names, front-coded as `valence.bin` is (below), but counting the
//!                  bytes each name shares with the one before;
//!   gaz_roles.txt  roles; gaz_role_starts.txt first words of roles.
//!   gaz_surnames.txt  `surname (lowercase)\tfull name` of well-known persons, in file order
//!                  within one surname.
//!   gazetteer.rs   the line index of each table (by first letter, and for the phrase keys by
//!                  second byte too), the block starts of the given names, the longest phrase
//!                  and role in words.
//!
//! And the word valence list of src/sentiment/lexicon.rs (`src/lexicon/valence.tsv`, sorted
//! `word<TAB>tenths`), front-coded: `valence.bin` holds the words in order; each word is one
//! byte with its top bit set (`0x80 |` how many bytes it drops from the end of the word before,
//! `front_code` with `drop`), then the rest of its bytes (ASCII, never empty), which end where
//! the next word's top-bit byte starts (or the list ends). (An end mark on the last byte
//! instead made gzip's job harder: 0.9 KB more for this list and the given names.) The page
//! carries no blocks: gazetteer.rs `FrontCoded` rewrites the list in blocks of
//! `VALENCE_BLOCK` (a block's first word whole) and finds their starts at first use (1.4 KB
//! gzip less for both lists). `valence.val` holds one byte per word, in the same order:
//! `tenths + 64`. Words and valences apart compress better (gzip sees two kinds of data, not
//! one interleaved): the plain list's gzip size goes from 26 KB to under 21 KB; a lookup
//! binary-searches the blocks' first words, then reads one block.
// src/rans.rs, included below, names the page's cfg `size_attrs` (src/lib.rs), unknown here.
#![allow(unexpected_cfgs)]
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/rans.rs"]
mod rans;

#[allow(dead_code)]
mod key {
    include!("src/entity/gazetteer_key.rs");
}

/// src/case.rs for the included key code (here the standard library's lowercase: the two agree
/// on every character, which src/case.rs's tests check).
mod case {
    pub trait Lowercase {
        fn lower(&self) -> std::char::ToLowercase;
    }
    impl Lowercase for char {
        fn lower(&self) -> std::char::ToLowercase {
            self.to_lowercase()
        }
    }
}

/// Given names per front-coded block.
const FIRST_BLOCK: usize = 32;

const LISTS: [&str; 5] = ["gaz_places.tsv", "gaz_orgs.tsv", "gaz_persons.tsv", "gaz_first_names.tsv", "gaz_roles.tsv"];

/// Kinds as src/entity/gazetteer.rs decodes them (`KINDS`).
const PERSON: u8 = 0;
const ORG: u8 = 1;
const GPE: u8 = 2;
const LOC: u8 = 3;
const NORP: u8 = 4;

fn rows(data: &str) -> Vec<[&str; 6]> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut r = [""; 6];
            for (c, v) in r.iter_mut().zip(l.split('\t')) {
                *c = v;
            }
            r
        })
        .collect()
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split(',').map(str::trim).filter(|a| !a.is_empty())
}

#[derive(Clone, Copy)]
struct Hit<'a> {
    kind: u8,
    canon: &'a str,
    country: Option<&'a str>,
    lowercase_ok: bool,
    local: bool,
    /// Listed after the tagger was trained (a place's `late` column): the rules read it, the
    /// tagger's features do not (src/entity/model.rs).
    late: bool,
    /// A wrong or ordinary-word form of a listed group (gaz_orgs.tsv's third column: "CAR",
    /// "Foundation"): the tagger's features read it, as when `ner.bin` was trained; the rules
    /// do not.
    retired: bool,
}

/// `lines` (each `\n`-terminated, sorted) as one text, and the start of the first line of each
/// first byte (entry 256: the end).
/// The bucket of a key (Table::bucket in src/entity/gazetteer.rs, which must agree): 0 below
/// `base`, then one per first letter `base..base + 26` and class of second byte (`classes` 29:
/// none, below `a`, `a`..`z`, above `z`; 1: one bucket per letter), then the rest.
fn bucket(k: &[u8], base: u8, classes: usize) -> usize {
    let b0 = k[0];
    if b0 < base {
        return 0;
    }
    if b0 >= base + 26 {
        return 1 + 26 * classes;
    }
    let c = match (classes, k.get(1)) {
        (1, _) | (_, None) => 0,
        (_, Some(&b)) if b < b'a' => 1,
        (_, Some(&b)) if b <= b'z' => 2 + (b - b'a') as usize,
        _ => 28,
    };
    1 + (b0 - base) as usize * classes + c
}

/// `lines` (each `\n`-terminated, sorted) as one text, and the start of the first line of each
/// bucket or a later one (last entry: the end).
fn table(lines: &[Vec<u8>], lower: bool, base: u8, classes: usize) -> (Vec<u8>, Vec<u16>) {
    let mut text = Vec::new();
    let mut index = vec![0u16; 26 * classes + 3];
    let mut next = 0usize;
    for l in lines {
        let key: Vec<u8> = l.iter().take_while(|&&b| b != b'\t').map(|&b| if lower { b.to_ascii_lowercase() } else { b }).collect();
        let b = bucket(&key, base, classes);
        assert!(b + 1 >= next, "buckets out of order");
        while next <= b {
            index[next] = text.len() as u16;
            next += 1;
        }
        text.extend_from_slice(l);
        text.push(b'\n');
    }
    // u16 line starts: half the bytes of u32 in the page.
    assert!(text.len() <= u16::MAX as usize, "a gazetteer table is over 64 KB: widen Table::index (src/entity/gazetteer.rs) to u32");
    while next < index.len() {
        index[next] = text.len() as u16;
        next += 1;
    }
    (text, index)
}

fn sorted_lines<'a>(words: impl Iterator<Item = &'a str>) -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = words.map(|w| w.as_bytes().to_vec()).collect();
    v.sort();
    v.dedup();
    v
}

fn main() {
    let dir = Path::new("src/lexicon");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/entity/gazetteer_key.rs");
    println!("cargo:rerun-if-changed=src/rans.rs");
    // `size_attrs`: the page's wasm build (scripts/build.sh: wasm32 with RUSTC_BOOTSTRAP=1)
    // may use `#[optimize(size)]` on code the page rarely runs (src/lib.rs).
    println!("cargo::rustc-check-cfg=cfg(size_attrs)");
    println!("cargo:rerun-if-env-changed=RUSTC_BOOTSTRAP");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") && std::env::var_os("RUSTC_BOOTSTRAP").is_some() {
        println!("cargo:rustc-cfg=size_attrs");
    }
    let mut data = HashMap::new();
    for f in LISTS {
        let p = dir.join(f);
        println!("cargo:rerun-if-changed={}", p.display());
        data.insert(f, std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())));
    }
    let (places, orgs, persons) = (rows(&data["gaz_places.tsv"]), rows(&data["gaz_orgs.tsv"]), rows(&data["gaz_persons.tsv"]));

    // Every phrase with its hit, in file order (as the run-time build did).
    fn add<'a>(phrase: &'a str, hit: Hit<'a>, found: &mut Vec<(String, Hit<'a>, bool, &'a str)>) {
        let mut k = String::new();
        for w in phrase.split_whitespace() {
            key::push_key_from(&mut k, 0, w);
        }
        if !k.is_empty() {
            found.push((k, hit, key::is_acronym(phrase), phrase));
        }
    }
    let mut found: Vec<(String, Hit<'_>, bool, &str)> = Vec::new();
    // Places first, countries before the rest so "Georgia" stays the country.
    for pass in 0..2 {
        for r in &places {
            let (name, kind, parent) = (r[0], r[1], r[2]);
            if (kind == "country") != (pass == 0) {
                continue;
            }
            let ty = if kind == "region" { LOC } else { GPE };
            let country = match kind {
                "capital" if !parent.is_empty() => Some(parent),
                _ => None,
            };
            let late = r[5] == "late";
            let hit = Hit { kind: ty, canon: name, country, lowercase_ok: false, local: kind != "country", late, retired: false };
            add(name, hit, &mut found);
            for a in list(r[3]) {
                add(a, hit, &mut found);
            }
            let mut demonyms = list(r[4]).peekable();
            if let Some(&canon) = demonyms.peek() {
                let home = if kind == "country" { Some(name) } else { None };
                for d in demonyms {
                    add(d, Hit { kind: NORP, canon, country: home, lowercase_ok: false, local: false, late, retired: false }, &mut found);
                }
            }
        }
    }
    for r in &orgs {
        let hit = Hit { kind: ORG, canon: r[0], country: None, lowercase_ok: false, local: false, late: false, retired: false };
        // A form in the third column is retired: the tagger's features read it, the rules not.
        let retired = |f: &str| list(r[2]).any(|x| x == f);
        add(r[0], Hit { retired: retired(r[0]), ..hit }, &mut found);
        for a in list(r[1]) {
            add(a, Hit { retired: retired(a), ..hit }, &mut found);
        }
    }
    let mut surnames: Vec<(String, usize, &str)> = Vec::new();
    for r in &persons {
        add(r[0], Hit { kind: PERSON, canon: r[0], country: None, lowercase_ok: false, local: false, late: false, retired: false }, &mut found);
        if let Some((_, surname)) = r[0].trim().rsplit_once(char::is_whitespace) {
            surnames.push((surname.to_lowercase(), surnames.len(), r[0]));
        }
    }
    for &w in key::NORP_WORDS {
        let lower = w.starts_with(char::is_lowercase);
        add(w, Hit { kind: NORP, canon: w, country: None, lowercase_ok: lower, local: false, late: false, retired: false }, &mut found);
    }

    // Sorted by key, then file order; the first entry of each key wins.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by(|&a, &b| found[a].0.as_bytes().cmp(found[b].0.as_bytes()).then(a.cmp(&b)));
    order.dedup_by(|later, first| found[*later].0 == found[*first].0);

    // Each key's line holds the phrase as listed when its ASCII lowercase is the key ("Islamic
    // State", "U.S."; searches compare lowercased), else the key itself ("al qaeda"); a
    // canonical name or country is that line's text when it is the line of a phrase listed
    // as written ("United States"), else a line of gaz_names.txt.
    let kept: Vec<&(String, Hit, bool, &str)> = order.iter().map(|&i| &found[i]).collect();
    let texts: Vec<&str> = kept.iter().map(|(k, _, _, phrase)| if phrase.to_ascii_lowercase() == *k { *phrase } else { k.as_str() }).collect();
    // Record: 2 flag bytes, then 3 bytes for a canonical name other than the line's text,
    // 3 for a country.
    let rec_len = |i: usize| 2 + if texts[i] != kept[i].1.canon { 3 } else { 0 } + if kept[i].1.country.is_some() { 3 } else { 0 };
    let mut starts = Vec::with_capacity(kept.len());
    let mut at = 0usize;
    let mut line_of: HashMap<&str, u32> = HashMap::new();
    for (i, t) in texts.iter().enumerate() {
        starts.push(at as u32);
        line_of.entry(t).or_insert(at as u32);
        at += t.len() + 1 + rec_len(i) + 1;
    }
    const IN_NAMES: u32 = 1 << 20;
    let mut names = String::new();
    let mut name_at: HashMap<String, u32> = HashMap::new();
    let mut offset = |s: &str| -> u32 {
        if let Some(&o) = line_of.get(s) {
            return o;
        }
        if let Some(&o) = name_at.get(s) {
            return o;
        }
        assert!(!s.contains(['\n', '\t']), "{s:?}");
        let o = names.len() as u32 | IN_NAMES;
        names.push_str(s);
        names.push('\n');
        name_at.insert(s.to_string(), o);
        o
    };
    let mut key_lines = Vec::with_capacity(kept.len());
    let mut max_words = 1;
    for (i, (k, hit, acronym, _)) in kept.iter().enumerate() {
        max_words = max_words.max(k.bytes().filter(|&b| b == b' ').count() + 1);
        assert!(!k.contains(['\n', '\t']), "{k:?}");
        let canon = (texts[i] != hit.canon).then(|| offset(hit.canon));
        let country = hit.country.map(&mut offset);
        let flags = hit.kind | (*acronym as u8) << 3 | (hit.lowercase_ok as u8) << 4 | (hit.local as u8) << 5 | (hit.late as u8) << 6;
        let mut line = texts[i].as_bytes().to_vec();
        line.push(b'\t');
        line.push(0x80 | flags);
        line.push(0x80 | canon.is_some() as u8 | (country.is_some() as u8) << 1 | (hit.retired as u8) << 2);
        for v in canon.into_iter().chain(country) {
            assert!(v < 1 << 21);
            line.extend([0x80 | (v >> 14) as u8 & 0x7f, 0x80 | (v >> 7) as u8 & 0x7f, 0x80 | v as u8 & 0x7f]);
        }
        assert_eq!(line.len(), texts[i].len() + 1 + rec_len(i));
        key_lines.push(line);
    }
    let max_words = max_words.min(10);

    let first = rows(&data["gaz_first_names.tsv"]);
    let first_lines = sorted_lines(first.iter().map(|r| r[0]));
    let roles = rows(&data["gaz_roles.tsv"]);
    let role_lines = sorted_lines(roles.iter().map(|r| r[0]));
    let max_role_words = role_lines.iter().map(|r| std::str::from_utf8(r).unwrap().split([' ', '-']).count()).max().unwrap_or(1);
    let start_lines = sorted_lines(roles.iter().filter_map(|r| r[0].split(' ').next()));
    surnames.sort();
    let surname_lines: Vec<Vec<u8>> = surnames.iter().map(|(s, _, full)| format!("{s}\t{full}").into_bytes()).collect();
    for l in first_lines.iter().chain(&role_lines).chain(&start_lines).chain(&surname_lines) {
        assert!(!l.is_empty() && !l.contains(&b'\n'), "{l:?}");
    }

    let out = std::env::var("OUT_DIR").unwrap();
    let out = Path::new(&out);
    // The tone phrase lists as src/sentiment/lexicon.rs reads them: without their `#` header
    // lines (sources and licences stay in the files; the page need not carry them: ~0.4 KB gzip).
    for f in ["idioms.tsv", "cameo.tsv"] {
        let p = dir.join(f);
        println!("cargo:rerun-if-changed={}", p.display());
        let s = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let body: String = s.lines().filter(|l| !l.starts_with('#')).flat_map(|l| [l, "\n"]).collect();
        std::fs::write(out.join(f), body).unwrap();
    }
    let mut rs = String::new();
    writeln!(rs, "/// Longest phrase key, in words (at most 10).\npub(super) const MAX_WORDS: usize = {max_words};").unwrap();
    writeln!(rs, "/// Longest role, in words.\npub(super) const MAX_ROLE_WORDS: usize = {max_role_words};").unwrap();
    writeln!(rs, "/// Phrase keys searched (`gaz_keys.bin` lines).\n#[cfg(test)]\npub(super) const KEY_COUNT: usize = {};", key_lines.len()).unwrap();
    // Given names: front-coded (a fifth less gzip than plain lines), searched by
    // gazetteer.rs `FrontCoded::find`.
    let first_words: Vec<&[u8]> = first_lines.iter().map(Vec::as_slice).collect();
    // With no blocks in the page: gazetteer.rs `FrontCoded` puts them in at first use.
    let (first_bin, _) = front_code(&first_words, usize::MAX, false);
    std::fs::write(out.join("gaz_first.bin"), &first_bin).unwrap();
    writeln!(
        rs,
        "/// Given names, front-coded (build.rs `front_code`), searched in blocks of {FIRST_BLOCK}.\npub(super) static FIRST_NAMES: FrontCoded = FrontCoded {{ packed: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/gaz_first.bin\")), drop: false, block: {FIRST_BLOCK}, blocked: OnceLock::new() }};"
    )
    .unwrap();
    for (name, file, lines) in [
        ("KEYS", "gaz_keys.bin", &key_lines),
        ("ROLES", "gaz_roles.txt", &role_lines),
        ("ROLE_STARTS", "gaz_role_starts.txt", &start_lines),
        ("SURNAMES", "gaz_surnames.txt", &surname_lines),
    ] {
        let lower = name == "KEYS";
        let base = b'a';
        let classes = if name == "KEYS" { 29 } else { 1 };
        let (text, index) = table(lines, lower, base, classes);
        std::fs::write(out.join(file), &text).unwrap();
        // The phrase keys reach the page packed (`pack_keys`) and are decoded at first use
        // (gazetteer.rs `keys_text`); the other tables are searched in place.
        let text_fn = if name == "KEYS" {
            let (pack, fc_len) = pack_keys(&text, names.as_bytes());
            std::fs::write(out.join("gaz_keys.pack"), pack).unwrap();
            writeln!(rs, "/// Bytes of the front-coded keys at the start of `gaz_keys.pack` (build.rs `pack_keys`).\nconst KEYS_FC_LEN: usize = {fc_len};\n/// Lines of the phrase key table.\nconst KEY_LINES: usize = {};", lines.len()).unwrap();
            "keys_text".to_string()
        } else {
            format!("|| include_str!(concat!(env!(\"OUT_DIR\"), \"/{file}\")).as_bytes()")
        };
        // `ROLE_STARTS` only checks `starts_role` in the unit tests (gazetteer.rs): not in the page.
        let gate = if name == "ROLE_STARTS" { "#[cfg(test)]\n" } else { "" };
        writeln!(rs, "{gate}pub(super) static {name}: Table = Table {{ text: {text_fn}, index: &{index:?}, lower: {lower}, base: {base}, classes: {classes} }};").unwrap();
    }
    std::fs::write(out.join("gaz_names.txt"), &names).unwrap();
    writeln!(rs, "pub(super) const NAMES: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/gaz_names.txt\"));").unwrap();
    std::fs::write(out.join("gazetteer.rs"), rs).unwrap();
    valence(out);
    case_tables(out);
    target_model(out);
}

/// `target_model.pack`: src/lexicon/target_model.bin (src/sentiment/model.rs `parse`) without
/// its `#` header, its 2^bits weight bytes (three quarters of them `FLIP`: both weights 0)
/// rANS-coded (src/rans.rs), as src/sentiment/model.rs `unpack` reads them: `bits` (u8),
/// `scale` (4 bytes), two symbol tables (`rans::Table`: the gaps between buckets that hold
/// weights, then their byte values), the byte value of each value symbol, the number of such
/// buckets (LEB128), then one rANS stream: per bucket with weights, its gap (the buckets skipped
/// since the one before) and its value symbol. 8.8 KB where the sparse bytes and their bitmap
/// were 10.3 KB gzip.
fn target_model(out: &Path) {
    const FLIP: u8 = 0x88;
    let p = Path::new("src/lexicon/target_model.bin");
    println!("cargo:rerun-if-changed={}", p.display());
    let b = std::fs::read(p).unwrap();
    let mut i = 0;
    while b[i] == b'#' {
        i += b[i..].iter().position(|&c| c == b'\n').unwrap() + 1;
    }
    assert_eq!(b[i], b'\n', "target_model.bin: no empty line after the header");
    let rest = &b[i + 1..];
    let w = &rest[5..];
    assert!(rest[0] >= 3 && w.len() == 1 << rest[0], "target_model.bin: bad size");
    // (gap, byte) of every bucket that holds weights.
    let mut kept = Vec::new();
    let mut gap = 0u32;
    for &x in w {
        if x == FLIP {
            gap += 1;
        } else {
            kept.push((gap, x));
            gap = 0;
        }
    }
    let mut values: Vec<u8> = kept.iter().map(|&(_, x)| x).collect();
    values.sort_unstable();
    values.dedup();
    let mut gaps = vec![0u64; kept.iter().map(|&(g, _)| g as usize + 1).max().unwrap_or(1)];
    let mut counts = vec![0u64; values.len()];
    let mut syms = Vec::new();
    for &(g, x) in &kept {
        let v = values.binary_search(&x).unwrap();
        gaps[g as usize] += 1;
        counts[v] += 1;
        syms.push(rans::Sym::T(0, g));
        syms.push(rans::Sym::T(1, v as u32));
    }
    let tables = [rans::normalise(&gaps), rans::normalise(&counts)];
    let mut pack = rest[..5].to_vec();
    for t in &tables {
        rans::put_table(&mut pack, t);
    }
    pack.extend(&values);
    rans::put_varint(&mut pack, kept.len() as u32);
    pack.extend(rans::encode(&syms, &tables));
    std::fs::write(out.join("target_model.pack"), pack).unwrap();
}

/// `gaz_keys.pack`: the phrase key table (`gaz_keys.bin`, module docs) as src/entity/gazetteer.rs
/// `unpack_keys` rebuilds it, in three streams that gzip better apart than as lines: the keys
/// front-coded with no blocks (per key `0x80 | bytes shared with the key before`, then the rest
/// of its bytes; ASCII), the two flag bytes of each record, then each record reference (in
/// order) as a line number (a key line, or `lines + n` for line n of `gaz_names.txt`): all the
/// high bytes, then all the low bytes. Returns it and the front-coded part's length.
fn pack_keys(text: &[u8], names: &[u8]) -> (Vec<u8>, usize) {
    let starts = |t: &[u8]| -> HashMap<usize, usize> {
        let mut m = HashMap::new();
        let mut at = 0;
        for (n, l) in t.split(|&b| b == b'\n').enumerate() {
            m.insert(at, n);
            at += l.len() + 1;
        }
        m
    };
    let lines: Vec<&[u8]> = text.strip_suffix(b"\n").unwrap().split(|&b| b == b'\n').collect();
    let (line_at, name_at) = (starts(text), starts(names));
    let (mut fc, mut flags, mut refs) = (Vec::new(), Vec::new(), Vec::<u16>::new());
    let mut prev: &[u8] = b"";
    for l in &lines {
        let tab = l.iter().position(|&b| b == b'\t').unwrap();
        let (key, rec) = (&l[..tab], &l[tab + 1..]);
        assert!(key.is_ascii() && !key.is_empty(), "{key:?}");
        let shared = prev.iter().zip(key).take_while(|(a, b)| a == b).count().min(127);
        assert!(shared < key.len(), "{key:?}: a key is a prefix of the one after it only once sorted by its lowercase");
        fc.push(0x80 | shared as u8);
        fc.extend_from_slice(&key[shared..]);
        prev = key;
        flags.extend_from_slice(&rec[..2]);
        let n = (rec[1] & 1) as usize + (rec[1] >> 1 & 1) as usize;
        assert_eq!(rec.len(), 2 + 3 * n);
        for r in rec[2..].chunks(3) {
            let v = ((r[0] & 0x7f) as usize) << 14 | ((r[1] & 0x7f) as usize) << 7 | (r[2] & 0x7f) as usize;
            let line = if v & 1 << 20 != 0 { lines.len() + name_at[&(v & !(1 << 20))] } else { line_at[&v] };
            refs.push(line.try_into().unwrap());
        }
    }
    let fc_len = fc.len();
    let mut pack = fc;
    pack.extend(flags);
    pack.extend(refs.iter().map(|r| (r >> 8) as u8));
    pack.extend(refs.iter().map(|&r| r as u8));
    (pack, fc_len)
}

/// `case.rs`: the tables of src/case.rs, read off this (host) standard library, the one the
/// page's wasm is built with (`-Zbuild-std`, same toolchain), so src/case.rs lowercases every
/// character as `char::to_lowercase` and `str::to_lowercase` do (its tests check all of them),
/// without the standard library's 11.7 KB table of pairs in the page.
///
/// `LOWER_RUNS`: the non-ASCII characters whose lowercase is one other character, as runs of
/// characters `stride` apart (1 or 2: Latin Extended alternates upper and lower) that all move
/// by the same `delta`: `(first, count << 24 | (stride - 1) << 23 | delta as 23-bit two's
/// complement)`, sorted. (U+0130 `İ`, whose lowercase is two characters, is src/case.rs's
/// own case.)
///
/// `CASE_CLASS`: what `str::to_lowercase` reads around a capital sigma (final `ς` or `σ`),
/// for every code point in order, as runs: LEB128 varints of `length << 2 | class`, class
/// 0 = neither cased nor case-ignorable, 1 = cased and not case-ignorable, 2 = case-ignorable
/// (skipped). Read off `to_lowercase` itself: "xΣ" ends in `ς` iff x is class 1; "AxΣ" iff x
/// is class 1 or 2.
fn case_tables(out: &Path) {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new(); // first, count, stride, delta
    for u in 0x80u32..=0x10FFFF {
        let Some(c) = char::from_u32(u) else { continue };
        let mut l = c.to_lowercase();
        let (Some(l0), None) = (l.next(), l.next()) else {
            assert_eq!(u, 0x130, "{u:X}: a lowercase of several characters (src/case.rs knows U+0130 only)");
            continue;
        };
        if l0 == c {
            continue;
        }
        let delta = l0 as i64 - u as i64;
        if let Some(r) = runs.last_mut() {
            let last = r.0 + (r.1 - 1) * r.2;
            let step = u - last;
            if r.3 == delta && r.1 < 255 && (r.1 == 1 && step <= 2 || r.1 > 1 && step == r.2) {
                r.2 = step;
                r.1 += 1;
                continue;
            }
        }
        runs.push((u, 1, 1, delta));
    }
    let packed: Vec<(u32, u32)> = runs
        .iter()
        .map(|&(first, count, stride, delta)| {
            assert!((-(1 << 22)..1 << 22).contains(&delta) && (1..=2).contains(&stride));
            (first, count << 24 | (stride - 1) << 23 | (delta as u32 & 0x7f_ffff))
        })
        .collect();
    let class = |x: char| -> u8 {
        let final_sigma = |s: String| s.to_lowercase().ends_with('\u{3c2}');
        if final_sigma(format!("{x}\u{3a3}")) {
            1
        } else if final_sigma(format!("A{x}\u{3a3}")) {
            2
        } else {
            0
        }
    };
    let mut classes = Vec::new();
    let (mut run_class, mut run_len) = (0u8, 0u64);
    for u in 0..=0x10FFFFu32 {
        let k = char::from_u32(u).map_or(0, class);
        if k != run_class && run_len > 0 {
            leb128(&mut classes, run_len << 2 | run_class as u64);
            run_len = 0;
        }
        run_class = k;
        run_len += 1;
    }
    leb128(&mut classes, run_len << 2 | run_class as u64);
    let rs = format!(
        "/// Runs of characters whose lowercase is one other character (build.rs `case_tables`).\n\
         static LOWER_RUNS: [(u32, u32); {}] = {packed:?};\n\
         /// The class of every code point for the final sigma, as LEB128 runs (build.rs `case_tables`).\n\
         static CASE_CLASS: [u8; {}] = {classes:?};\n",
        packed.len(),
        classes.len()
    );
    std::fs::write(out.join("case.rs"), rs).unwrap();
}

fn leb128(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(0x80 | (v & 0x7f) as u8);
        v >>= 7;
    }
    out.push(v as u8);
}

const VALENCE_BLOCK: usize = 32;

/// Sorted, distinct, non-empty ASCII words front-coded in blocks of `block` (the layout of
/// `valence.bin` in the module docs, with a last 0x80 after the last word; src/entity/gazetteer.rs
/// `FrontCoded::find` reads it): the bytes, and the start of each block (last: the end of the
/// last word).
///
/// With `drop`, each word's first byte counts the bytes it drops from the end of the word
/// before instead of those it keeps (`0x80 | (previous length - shared)`): gzip finds the
/// valence list's inflections ("-ed" after "-ing") more alike that way (0.28 KB less in the
/// page; the given names gzip better as they are).
fn front_code(words: &[&[u8]], block: usize, drop: bool) -> (Vec<u8>, Vec<u32>) {
    let (mut bin, mut blocks) = (Vec::new(), Vec::new());
    let mut prev: &[u8] = b"";
    for (i, &w) in words.iter().enumerate() {
        assert!(w.is_ascii() && !w.is_empty() && w.len() < 128, "{w:?}");
        assert!(prev < w, "not sorted or repeated at {:?}", String::from_utf8_lossy(w));
        let shared = if i % block == 0 {
            blocks.push(bin.len() as u32);
            0
        } else {
            prev.iter().zip(w).take_while(|(a, b)| a == b).count()
        };
        // Sorted and distinct: a word is never a prefix of the one before, so its rest is not empty.
        bin.push(0x80 | if drop { prev.len() - shared } else { shared } as u8);
        bin.extend_from_slice(&w[shared..]);
        prev = w;
    }
    blocks.push(bin.len() as u32);
    // A last top-bit byte: every word ends where one starts (gazetteer.rs `FrontCoded::find`
    // reads no further).
    bin.push(0x80);
    (bin, blocks)
}

fn valence(out: &Path) {
    let p = Path::new("src/lexicon/valence.tsv");
    println!("cargo:rerun-if-changed={}", p.display());
    let data = std::fs::read_to_string(p).unwrap();
    let (mut words, mut val) = (Vec::new(), Vec::new());
    for l in data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (w, v) = l.split_once('\t').unwrap_or_else(|| panic!("valence.tsv: {l:?}"));
        let v: i32 = v.trim().parse().unwrap_or_else(|_| panic!("valence.tsv: {l:?}"));
        assert!((-64..64).contains(&v), "valence.tsv: {l:?}");
        words.push(w.as_bytes());
        val.push((v + 64) as u8);
    }
    // With no blocks in the page (0.5 KB gzip less): gazetteer.rs `FrontCoded` puts them in at first use.
    let (bin, _) = front_code(&words, usize::MAX, true);
    std::fs::write(out.join("valence.bin"), &bin).unwrap();
    std::fs::write(out.join("valence.val"), &val).unwrap();
    let rs = format!(
        "/// Words per block of `VALENCE_BIN` once unpacked (gazetteer.rs `FrontCoded`).\n\
         const VALENCE_BLOCK: usize = {VALENCE_BLOCK};\n\
         const VALENCE_BIN: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/valence.bin\"));\n\
         /// `tenths + 64` of each word, in order.\n\
         const VALENCE_VAL: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/valence.val\"));\n"
    );
    std::fs::write(out.join("valence.rs"), rs).unwrap();
}
