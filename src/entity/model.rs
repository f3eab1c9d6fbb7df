//! The learned tagger: a structured averaged perceptron over hashed features, BIO tags over
//! PER, LOC, ORG and MISC, decoded with a beam of [`BEAM`] (4) hypotheses, one sentence at a
//! time, in two passes since session 15: the second pass ([`HISTORY`]) reads what the first
//! made of each capitalised word anywhere in the text ("Shipped in session 15" below; the
//! one-pass models before it are described after it).
//! The second pass adds the history features' weights to the sums the first pass kept
//! ([`passes`]) and decodes again; features are extracted once.
//!
//! Each hashed feature has five weights ([`COLS`]): one for `O` and one per type, shared by
//! the type's `B-` and `I-` tags; a small dense table of transitions (the previous tag, and
//! the previous two) gives each of the nine tags its own weight and tells `B-` from `I-`.
//! Sharing the columns made the model both better (dev F1 .875 → .889 before quantising) and
//! smaller than nine weights per feature: fewer, denser weights survive pruning.
//!
//! Feature extraction ([`extract`], [`extract_into`], [`dynamic`]) and decoding ([`step`])
//! are shared with the training program (`examples/train_ner.rs`), so training and inference
//! cannot drift. The weights (`src/lexicon/ner.bin`, see [`Model::from_bytes`] for the
//! format) are embedded with `include_bytes!`, entropy-coded (rANS: the bytes are as small as
//! the weights' information, and gzip of the page cannot shrink them further), and decoded at
//! first use into a bit per feature id and an `i16` row per feature (0.7 ms natively). Scores
//! are integer sums of `i16` weights: bit-identical natively and in wasm.
//!
//! Features are byte strings hashed (FNV-1a) into 2^20 ids, straight from slices of the text
//! and of two per-sentence buffers (no string per token); no feature text is stored. They
//! read the word, its shape and affixes, two words of context either side, the sentence
//! position, a line in capitals, the gazetteers (`gazetteer.rs`: longest phrase, given names,
//! a role just before), and the document ([`Context`]): whether the word is seen elsewhere
//! capitalised mid-sentence or in lowercase (sets, so a text and the text repeated get the
//! same tags), and with [`HISTORY`], in a second pass, its [`History`]: the set of types the first pass gave
//! the word (its normalised form, capitalised occurrences only) anywhere in the text, with a
//! bit for "outside a name somewhere" (templates 26, and 27 with the sentence position). Each tag's margin over the runner-up comes with the spans ([`Tagged`],
//! [`Tags`]), so that `recognize::combine` can trust the model where it is sure and the rules
//! where it is not. Retrain after changing the gazetteers or the features.
//!
//! # Training
//!
//! ```sh
//! TRAIN_BEAM=4 RUNS=3 SEED=10 KEEP=10000 cargo run --release --example train_ner -- ../shared/data/conll2003 src/lexicon/ner.bin
//! ```
//!
//! Shipped in session 15 (2026-12-06): the two-pass model below, made the default, retrained by
//! this command after two gazetteer changes ("Mahmoud Abbas" and "Imran Khan" listed, "Western"
//! a group word): 10,000 features, 25,171 weights, 30,103 bytes (28,775 gzipped); tagger dev F1
//! .9195 before pruning, .9051 after (first pass .9013). The same bytes on every run (checked).
//! Seeds and sizes tried (pipeline CoNLL-2003 dev, `scripts/eval-ner.py`, on the way to the
//! session's rules): 9,400 features seed 0 .908 and, after the gazetteer change, .897; 10,000
//! seed 0 .900, seed 10 .903; 11,000 seed 0 .907 / .903 / .901, seed 10 .903. The spread is the
//! pruning's (the unpruned mean of runs moves by .0001). The rules' margins are the smaller of
//! the two passes' (0 where they disagree, [`tag`]): the second pass's history echoes the first,
//! and its margins grew where the first was unsure; with the rules adapted (`recognize.rs`,
//! README) every test passes, and pipeline CoNLL-2003 dev is .903 (WNUT-17 .324).
//!
//! Tried in session 14 (2026-12-06), built in, not the default then ([`HISTORY`] false): the two-pass model (Ratinov & Roth 2009's
//! "extended prediction history", made order-free). One model serves both passes: the first
//! reads the features above without history, the second adds the history of the first's tags.
//! Training (with `HISTORY` on, the default while [`HISTORY`] is true) sees each CoNLL-2003
//! training document twice: as the first pass sees it, and with the history a first pass gives
//! it when the document was not in that pass's training (5 folds, each a one-run model without
//! history trained on the other four fifths, shuffle seed `FOLD_SEED` 0): no gold label and no
//! memorised answer reaches the history features, which are as wrong in training as on new
//! text. Then the same recipe as before (beam 4, early updates, the mean of 3 runs, seeds 0–2),
//! pruned to 9,200 features: 23,535 weights, 28,320 bytes (26,992 B gzipped, +1,934 bytes over
//! session 12's 26,386). Tagger dev F1 (the trainer's own, both passes as [`tag`] runs them):
//! before pruning .9158 first pass, .9195 second; after pruning .8989, **.9031**. The command
//! (with [`HISTORY`] true) writes the same bytes on every run, with or without the caches
//! (checked three times; 1 min 14 s on one busy core). `scripts/eval-ner.py`: CoNLL-2003 dev .902 → .901 (P .903, R .899; LOC .927, MISC .853, ORG .838, PER .943), WNUT-17 dev .326 →
//! .323: level with session 12's model, but that model is a lucky draw the rules were tuned on:
//! the same session-12 recipe retrained on this session's gazetteers gives .896 (seed 0: 26,377
//! bytes, tagger .9117 / .8986, WNUT-17 .307) and .895 (seed 10, .330). Against those retrains,
//! same seeds (pipeline CoNLL dev; the seed is `SEED`, the folds stay at seed 0):
//!
//! | model                  | bytes (gzip) | seed 0 | seed 10 | seed 20 |
//! |------------------------|--------------|--------|---------|---------|
//! | one pass, 9,000        | 25.0 KB      | .896   | .895    |         |
//! | one pass, 11,000       | 29.1 KB      | .899   |         |         |
//! | two passes, 9,000      | 26.5–26.6 KB | .896   | .905    |         |
//! | two passes, 9,200      | 27.0 KB      | .901   |         |         |
//! | two passes, 9,400      | 27.4–27.5 KB | .903   | .904    | .902    |
//! | two passes, 11,000     | 31.0 KB      | .906   |         |         |
//!
//! WNUT-17 dev, in the same order: one pass .307, .330; .319; two passes .320, .319; .323;
//! .326, .320, .340; .331. The gain is in ORG and PER (9,400, seed 0: ORG .845, PER .944
//! against .833, .936). Tagger dev F1 after pruning, second pass (first): 9,000 .9017 (.8962),
//! .9060 (.9021); 9,400 .9038 (.8992), seed 20 .9029 (.8995); 11,000 .9061 (.9023). The
//! history model keeps more weights per feature (trained on twice the documents, fewer fall
//! under `SMALL`): ~1.5 KB more at the same feature count. The second pass doubles the
//! tagger's work: the release CLI on the 216 CoNLL-2003 dev documents three times over (648
//! texts, `--jsonl --no-clean`, the whole analysis) took 0.48–0.63 s with one pass and
//! 0.59–0.61 s with two (three runs each, wall clock on a shared machine: about +0.1 s, +20 %
//! of the whole). Not measured for lack of time: other seeds at 9,200. Why not
//! the default: with it, 5 tests fail on invented sentences, as retrained models did before
//! (model unit tests: "Kerry" missed in `beam_decoding`, a caption's "Petrov" lost in
//! `entity::tests`; regression: "Adaeze Okonkwo-Ibekwe" cut, "Fidelity Investments   Corla
//! Benn" and "AP Photo/Orrin Vasko" typed ORG), which the session had no time left to study;
//! the golden outputs did not change. Whether those failures come from the history or from
//! retraining at all was not measured (the one-pass retrain was not run through the tests).
//! An earlier try of a second pass (session 10, greedy model, one model per pass) raised the
//! tagger by ~.004 and not the pipeline (below).
//!
//! The session-12 model (how F1 grows with its size, pipeline CoNLL dev, seed 0 retrained on
//! session 14's gazetteers, `KEEP`): 9,000 .896 (25,054 B gzip), 11,000 .899 (29,141),
//! 13,000 .900 (32,995), 16,000 .902 (38,567); tagger .8986, .8998, .9004, .9030.
//!
//! Shipped in sessions 12 to 14 (2026-12-05): the same recipe retrained by the command above (without `SEED` and `KEEP`, one pass) after the
//! gazetteer changes of that session (listed names matched across a hyphen token, "Agence
//! France-Presse"; about 80 more roles, "publicist", "commissioner"): 9,000 features, 21,735
//! weights, 26,386 bytes (25,038 B gzipped, 28 B more); tagger dev F1 .915 before pruning,
//! .899 after (session 11's model: .912, .898). `scripts/eval-ner.py`: CoNLL-2003 dev .899 →
//! .902 (P .901, R .902; LOC .928, MISC .855, ORG .841, PER .940), WNUT-17 dev .309 → .322.
//! The command writes the same bytes on every run (checked twice). A first retrain with two
//! more roles ("broadcaster", "publisher", then dropped: they are company nouns too, "public
//! broadcaster NHK") gave CoNLL dev .897 (ORG .829), WNUT-17 .318, tagger .914 / .898 and
//! failed three regression tests on margins at the rules' thresholds: a change of features
//! that small moves the pipeline by about ±.003, as another shuffle seed does.
//!
//! Shipped in session 11 (2026-12-05): the structured model, the mean of three runs
//! (shuffle seeds 0, 1, 2) trained with beam 4 and early updates, then pruned as below to
//! 9,000 features: 21,586 weights, 26,358 bytes (25.0 KB gzipped, 1.4 KB less than the
//! greedy model); tagger dev F1 .912 before pruning, .898 after (greedy: .875). The command
//! writes the same bytes on every run (checked twice). With the rules adapted to its span
//! shapes (`recognize.rs`: a sentence adverb opening a span, "AP Photo" in credits, a
//! one-span "X-Y summit", "X-ray", a span ending inside a glued word) and `OUTSIDE_MARGIN`
//! 20 → 10, `CONTAIN_MARGIN` 3 → 0: `scripts/eval-ner.py` CoNLL-2003 dev .889 → .896 (P .895,
//! R .897; LOC .926, MISC .855, ORG .833, PER .931), WNUT-17 dev .315 → .306; with the session's
//! other rules (README) .899 (P .898, R .900), WNUT-17 .309. Beam decoding
//! costs ~10 % more instructions in the entity stage (below). What follows is the history,
//! the greedy recipe (`TRAIN_BEAM` unset) first.
//!
//! Data: CoNLL-2003 English `train.txt` (Reuters RCV1 news, 946 documents; the copy in
//! `../shared/data/conll2003`, kamalkraj/BERT-NER @ e5be564, IOB2); `dev.txt` only serves to
//! report the dev F1. Fifteen epochs in a fixed pseudo-random document order, averaged
//! weights; 9,000 features kept, chosen by their largest weight and by what they do for the
//! training tokens decided by a small margin; weights below 1.5 updates zeroed, the rest
//! rounded to whole updates: 22,917 weights, 27,342 bytes (26.4 KB gzipped), tagger dev F1
//! .875, the pipeline's (`scripts/eval-ner.py`) .883 (WNUT-17 .313): the page's size budget
//! (300 KB gzip) chose it. The same bytes on every run (seconds on one core): the shipped
//! `ner.bin` is what this command writes at commit 91767ba (checked 2026-12-05, session 10);
//! on later code, with larger gazetteers, it writes another model (27,301 bytes, pipeline
//! CoNLL dev .881, WNUT-17 .311; seeds 1 and 2: .881, .885), so the shipped weights stay. Other points
//! (pipeline dev F1, WNUT-17 dev): `KEEP=10000`: 28.7 KB, .886 (.318); `KEEP=9500`: 27.5 KB,
//! .885 (.316); `KEEP=13153
//! CRIT=max SMALL=1` stores the previous model's weights exactly (47.2 KB gzipped in its
//! format, `NER3`): 37.1 KB, .887 (.313); `KEEP=13153 CRIT=max`: 35.1 KB, .887 (.313);
//! `KEEP=11000`: 30.8 KB, .886 (.319); `CRIT=max`: 28.6 KB, .882 (.316). Tried and worse in
//! the pipeline, though not always in the tagger's own F1: weights in steps of 1.5 or 2
//! updates (.881, .883 at 13,153 features: the rules' thresholds on the model's margins feel
//! the coarser steps), 18 or 19 id bits (.875), retraining on the kept features only
//! (.875–.886, WNUT-17 .29), 20 or 25 epochs (.879–.882), keeping by weight per stored byte
//! (.874–.877). Other shuffle seeds of the same recipe give .875–.882: the rules' thresholds
//! were tuned with this training run, so pipeline differences under ~.005 between runs are
//! noise.
//! Also tried (2026-12-05) and not kept: a second pass with the document's history (each
//! capitalised word gets, as features, the set of types the first pass gave it anywhere in
//! the text; trained on copies of the documents whose history comes from 5-fold models that
//! did not see them, so it is as wrong as on new text). The tagger's dev F1 rose by ~.004
//! over seeds 0–3 (unpruned .890 → .894, pruned .873 → .877), but the pipeline did not move
//! (seeds 0–2: .884, .872, .878 against .883, .880, .880 at the same size): `merge.rs`
//! already makes the mentions of one name agree, and the second pass doubles the tagging
//! time. Looking features up through 2^14 id buckets instead of the 2^20-bit map did not
//! make the first load faster: the rANS chain (one multiply and table lookup per symbol,
//! ~50,000 symbols) is the cost, not the map.
//! Also tried (2026-12-05, session 10) and built in, not the default: a structured
//! perceptron decoded with a beam ([`decode_beam`]). A tagging's score is the sum over its
//! positions of [`tag_scores`] (what [`step`] gives each tag after the previous two, with
//! the hashed features' `O` column taken off, so that a feature's five weights still only
//! matter up to a constant); hypotheses ending in the same two tags merge; those more than
//! [`PRUNE`] (80) updates behind the best are dropped (no CoNLL-2003 dev answer changes; the
//! entity stage then costs +9.6 % instructions over greedy decoding, +30 % without the
//! pruning: callgrind, release CLI on 60 CoNLL dev documents, `entity::recognize` 144.3 M →
//! 158.2 M). Trained the same way
//! (`TRAIN_BEAM=4`: beam 4, early update), with `BEAM` 4: tagger dev F1 .896, .895, .896
//! from seeds 0, 1, 2 (.911–.913 before pruning; 25.5–25.7 KB gzipped) against .870 and .873
//! for this greedy model (seeds 0, 1), and .898 (25.0 KB) for the mean of three runs
//! (`TRAIN_BEAM=4 RUNS=3`). The pipeline did not follow: CoNLL dev .885, .884, .883 (WNUT-17
//! .308, .321, .313) and .886 (.307) for the mean, against this model's .884 (.315) and .876
//! (.302) from seed 1, and each structured model fails rules' regression tests whose
//! thresholds (`recognize.rs`) sit on this model's margins ("a stake in Marlowet" read as a
//! place with margin 13 over the rule's 10; "Police" opening a sentence outside a name by
//! only 13 against `OUTSIDE_MARGIN` 20 for seed 0; a double-barrelled name cut for seed 1).
//! Scaling its margins by 3/4 (its quantiles on dev are .74–.90 of this model's) moved other
//! rule decisions ("Police in Tamale") and the CoNLL dev F1 to .884. Retuned (2026-12-05,
//! with session 10's rules, which gave this model .889, WNUT-17 .315; seeds 1, 2 of it: .881
//! (.302), .885 (.286)): the structured mean of 3 runs from seeds 0, 10, 20 gives CoNLL dev
//! .894, .891, .889 (WNUT-17 .306, .301, .316; tagger .898, .894, .899), the gain in MISC
//! (.839 → .853) and PER (.924 → .931), the loss on WNUT-17 in LOC. Sweeping each margin
//! threshold of `recognize.rs` over 0–2× its value moved the CoNLL dev F1 by at most .002:
//! only `OUTSIDE_MARGIN` and `CONTAIN_MARGIN` matter, both best off (0: .897, .893, .892), at
//! 3/4 (15, 2) .895, .892, .889; the others change nothing from 0 to 2× (`PLACE_MARGIN`
//! below 4 breaks "Police in Tamale"). So no threshold is what holds it back: each of the
//! three models still fails regression tests, on span shapes the rules expect of this model
//! ("Varga - Ossley" tagged as one ORG before "summit", where the rules split "Varga -" from
//! "Ossley"; "Later Gantrey" as one person; "AP" lost from "Photo: AP/Staff"; for seeds 10
//! and 20 "Adaeze Okonkwo-Ibekwe" cut, "Nvidia" a place; the seed article repeated 20 times
//! names "Real Time AnalyticsU" across the join of two copies). Not taken: the CoNLL gain
//! (+.002 to +.006 over this model, +.006 over its seed mean) is near the seed noise,
//! WNUT-17 drops (.315 → .301–.316), and the rules would need changes for its span shapes,
//! not new thresholds. Greedy training and beam decoding do not mix: a
//! locally trained model's scores do not add up along a sentence (tagger .870 → .52 with beam
//! 4). Also for the structured model: beam 8 in training and decoding .894, max-violation
//! updates (`UPDATE=max`) .894, 9,500 or 10,000 features .897 (26.8, 27.8 KB), `SMALL=2` .894
//! (23.9 KB) (seed 0).
//! The weights are hashed: no text of the corpus is in the file.

use crate::case::Lowercase as _;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash};

/// A set with a fast hasher (only asked what it contains: its order never reaches the output).
/// A map to `u32` underneath: for `&str` that is the crate's `StrMap<u32>`, whose hash table
/// code the page has anyway, where a `HashSet<&str>` brought its own (~0.5 KB gzip).
pub(crate) struct FastSet<T>(HashMap<T, u32, BuildHasherDefault<crate::sentiment::SpanHasher>>);

impl<T> Default for FastSet<T> {
    fn default() -> Self {
        FastSet(HashMap::default())
    }
}

impl<T: Hash + Eq> FastSet<T> {
    /// Adds `x`; true when it was not in the set.
    pub fn insert(&mut self, x: T) -> bool {
        self.0.insert(x, 0).is_none()
    }

    pub fn contains<Q: Hash + Eq + ?Sized>(&self, x: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.0.contains_key(x)
    }
}

impl<T: Hash + Eq> FromIterator<T> for FastSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        let mut s = FastSet::default();
        for x in it {
            s.insert(x);
        }
        s
    }
}
use std::sync::OnceLock;

use super::gazetteer::Gazetteer;
use super::recognize::Doc;
use crate::rans;
use crate::span::Span;
use crate::token::Kind;
use crate::EntityType;

/// Tags: O, then B and I of each type in [`TYPES`] order.
pub const TAGS: usize = 9;
pub const TAG_NAMES: [&str; TAGS] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];
pub const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];
/// Feature buckets: ids are in `0..1 << BITS`.
pub const BITS: u32 = 20;
/// The "tag" before a sentence's first token.
const START: usize = TAGS;

const MODEL: &[u8] = include_bytes!("../lexicon/ner.bin");

/// The tag index of `name` ("B-PER"), if any.
pub fn tag_index(name: &str) -> Option<usize> {
    TAG_NAMES.iter().position(|t| *t == name)
}

/// `cur` may follow `prev` (an I- tag continues a B- or I- of its type).
pub fn allowed(prev: usize, cur: usize) -> bool {
    cur == 0 || cur % 2 == 1 || (prev < TAGS && prev > 0 && prev.div_ceil(2) == cur / 2)
}

/// The best tag that may follow `prev` (`O` when none scores higher) and the runner-up's score.
#[inline]
fn best_two(scores: &[i32; TAGS], prev: usize) -> (usize, i32) {
    let (mut best, mut second) = (0, i32::MIN);
    for t in 1..TAGS {
        if !allowed(prev, t) {
            continue;
        }
        if scores[t] > scores[best] {
            second = scores[best];
            best = t;
        } else {
            second = second.max(scores[t]);
        }
    }
    (best, second)
}

/// FNV-1a over a template number and byte strings.
#[derive(Clone, Copy)]
struct H(u32);

impl H {
    fn new(template: u8) -> H {
        H(0x811c_9dc5).b(&[template])
    }
    fn b(mut self, bytes: &[u8]) -> H {
        for &x in bytes {
            self.0 ^= u32::from(x);
            self.0 = self.0.wrapping_mul(0x0100_0193);
        }
        self
    }
    fn s(self, s: &str) -> H {
        self.b(s.as_bytes()).b(&[0xff])
    }
    /// Hashes `a` then `b` as one string (as `s` would their concatenation).
    fn s2(self, (a, b): (&str, &str)) -> H {
        self.b(a.as_bytes()).b(b.as_bytes()).b(&[0xff])
    }
    fn id(self) -> u32 {
        // Final mix, then the top bits.
        let mut h = self.0;
        h ^= h >> 16;
        h = h.wrapping_mul(0x7feb_352d);
        h ^= h >> 15;
        h >> (32 - BITS)
    }
}

/// `s` hashed into each of `hs` ([`H::s`] of each): the independent multiply chains run side
/// by side, one pass over the bytes.
#[inline]
fn lanes<const N: usize>(mut hs: [H; N], s: &str) -> [H; N] {
    for &x in s.as_bytes().iter().chain(&[0xff]) {
        for h in &mut hs {
            h.0 = (h.0 ^ u32::from(x)).wrapping_mul(0x0100_0193);
        }
    }
    hs
}

/// Per-token features of one text or of some of its sentences.
pub struct Features {
    /// Token indices (into the crate's tokens) of each sentence, as ranges into `tok`.
    pub sentences: Vec<(usize, usize)>,
    /// The crate token index of each tagged position.
    pub tok: Vec<usize>,
    /// Static feature ids of position `k`: `ids[starts[k]..starts[k + 1]]`.
    starts: Vec<usize>,
    ids: Vec<u32>,
    /// Hash of the normalised word and of the shape, for features joined with tags.
    word: Vec<H>,
    shape: Vec<H>,
    /// Per position, the first byte of its sentence position ("caps", "init", "mid") where
    /// the second pass adds history features (a capitalised word), else 0 (see [`tag`]).
    hist: Vec<u8>,
    /// Positions before `base` have forgotten their static ids ([`Features::forget_ids`]):
    /// `starts` counts from position `base`.
    base: usize,
}

impl Default for Features {
    fn default() -> Features {
        Features { sentences: Vec::new(), tok: Vec::new(), starts: vec![0], ids: Vec::new(), word: Vec::new(), shape: Vec::new(), hist: Vec::new(), base: 0 }
    }
}

impl Features {
    /// Empties the features, keeping the buffers.
    pub fn clear(&mut self) {
        self.sentences.clear();
        self.tok.clear();
        self.starts.clear();
        self.starts.push(0);
        self.ids.clear();
        self.word.clear();
        self.shape.clear();
        self.hist.clear();
        self.base = 0;
    }

    /// Drops the static ids of every position so far (their column scores are kept by the
    /// caller: [`tag`]), so that a long text holds the ids of one batch at a time.
    fn forget_ids(&mut self) {
        self.ids.clear();
        self.starts.clear();
        self.starts.push(0);
        self.base = self.tok.len();
    }

    pub fn len(&self) -> usize {
        self.tok.len()
    }
    pub fn is_empty(&self) -> bool {
        self.tok.is_empty()
    }
    pub fn ids(&self, k: usize) -> &[u32] {
        &self.ids[self.starts[k - self.base]..self.starts[k + 1 - self.base]]
    }
}

/// Appends `s` lowercased, digits as `0`.
fn push_norm(out: &mut String, s: &str) {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase() && !b.is_ascii_digit()) {
        out.push_str(s);
        return;
    }
    for c in s.chars().flat_map(|c| c.lower()) {
        out.push(if c.is_ascii_digit() { '0' } else { c });
    }
}

/// Appends the shape of `s`: `Xx`, `X.X.`, `d-d`: character classes, runs collapsed.
fn push_shape(out: &mut String, s: &str) {
    let mut last = '\0';
    for c in s.chars().take(24) {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k != last {
            out.push(k);
            last = k;
        }
    }
}

#[cfg(test)]
fn shape(s: &str) -> String {
    let mut out = String::new();
    push_shape(&mut out, s);
    out
}

fn cap(s: &str) -> bool {
    s.starts_with(char::is_uppercase)
}

fn all_caps(s: &str) -> bool {
    !s.chars().any(char::is_lowercase) && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// "JAPAN" → "Japan", borrowed when `s` is already so.
fn title_case(s: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = s.chars();
    chars.next();
    if !chars.as_str().chars().any(char::is_uppercase) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (k, c) in s.chars().enumerate() {
        if k == 0 {
            out.push(c);
        } else {
            out.extend(c.lower());
        }
    }
    std::borrow::Cow::Owned(out)
}

fn kind_tag(k: EntityType) -> &'static str {
    k.as_str()
}

/// What feature extraction knows of the whole text: its sentences as token ranges, which are
/// lines in capitals only, the words seen capitalised after another word in running text, and
/// the words seen in lowercase (sets: a text and the text repeated get the same features).
pub struct Context<'a> {
    ranges: Vec<(usize, usize)>,
    caps_line: Vec<bool>,
    cap_mid: FastSet<&'a str>,
    lower: FastSet<&'a str>,
    /// Words seen in lowercase with a capital inside ("iPhone"), lowercased: kept apart, in a
    /// map of the type the crate already has (merge's interner), so that the page holds no
    /// more hash table code for them.
    lower_owned: HashMap<Box<str>, u32, BuildHasherDefault<crate::clean::repair::StrHasher>>,
}

/// What a first pass over the whole text read each capitalised word as, by the hash of its
/// normalised form (`Features::word`, see `push_norm`): a bit per type ([`TYPES`] order) the
/// word got anywhere, and bit 4 when it was outside a name somewhere. A set, so a text and the
/// text repeated have the same history. Keyed by [`history_key`] in the crate's span map
/// type, so the page holds no hash table code of a `u32 → u8` map of its own (~0.5 KB gzip).
pub(crate) type History = crate::sentiment::SpanMap<usize>;

/// A word hash as a [`History`] key.
fn history_key(word: u32) -> Span {
    Span { start: word as usize, end: word as usize }
}

/// The history of a first pass's tags (`tags`, one per position of `f`, [`TAG_NAMES`] indices).
pub(crate) fn history(f: &Features, tags: &[usize]) -> History {
    let mut h = History::default();
    for (k, &t) in tags.iter().enumerate() {
        if f.hist[k] != 0 {
            *h.entry(history_key(f.word[k].0)).or_insert(0) |= if t == 0 { 1 << 4 } else { 1 << (col(t) - 1) };
        }
    }
    h
}

impl<'a> Context<'a> {
    /// (Once per text: opt-level "z" in the page, scripts/build.sh; loops, not closures given
    /// to `map`, which would be compiled apart at "s".)
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn new(doc: &Doc<'a>, sentences: &[Span]) -> Context<'a> {
        let text = doc.text;
        let tokens = doc.tokens;
        // Sentence token ranges (the non-empty ones).
        let mut ranges = crate::sentence::token_ranges(tokens, sentences);
        ranges.retain(|&(a, t)| a < t);
        let s = |i: usize| tokens[i].text(text);
        // Lines in capitals only.
        let mut caps_line: Vec<bool> = Vec::with_capacity(ranges.len());
        for &(a, b) in &ranges {
            let mut any = false;
            for i in a..b {
                if tokens[i].kind == Kind::Word && s(i).chars().any(char::is_alphabetic) {
                    if s(i).chars().any(char::is_lowercase) {
                        any = false;
                        break;
                    }
                    any = true;
                }
            }
            caps_line.push(any);
        }
        let mut cap_mid: FastSet<&str> = FastSet::default();
        let mut lower: FastSet<&str> = FastSet::default();
        let mut lower_owned = HashMap::default();
        for (r, &(a, b)) in ranges.iter().enumerate() {
            for i in a..b {
                let w = s(i);
                if tokens[i].kind != Kind::Word {
                    continue;
                }
                if w.starts_with(char::is_lowercase) {
                    if w.chars().any(char::is_uppercase) {
                        lower_owned.insert(w.lower().into_boxed_str(), 0);
                    } else {
                        lower.insert(w);
                    }
                } else if !caps_line[r] && i > a && cap(w) && !all_caps(w) && tokens[i - 1].kind != Kind::Punct {
                    cap_mid.insert(w);
                }
            }
        }
        Context { ranges, caps_line, cap_mid, lower, lower_owned }
    }

    /// Number of sentences (with tokens).
    pub fn sentences(&self) -> usize {
        self.ranges.len()
    }
}

/// EXPERIMENT, not in the page (cargo feature `ner-classes`): word-class features. The classes
/// (`word<TAB>class` files, words lowercased with digits as `0`, from
/// `examples/word_classes.rs`) are read at run time from the files listed in
/// `UNDERTONE_CLASSES=fine.tsv,coarse.tsv`; with the variable unset no feature is added. For
/// each of the two class sets: the class of the word, of the word before and of the word
/// after, the word's class with its capital, and the pairs (before, word) and (word, after).
/// Measured 2026-12-05 (see `examples/word_classes.rs`); a model trained with them needs them
/// at inference too, so the committed model is trained without.
#[cfg(feature = "ner-classes")]
mod classes {
    use std::collections::HashMap;
    use std::sync::OnceLock;

    /// A hashed feature id (template `t`, values `a`, `b`).
    fn fid(t: u32, a: u32, b: u32) -> u32 {
        let mut h = 0x811c_9dc5u32;
        for x in [t, a, b] {
            h ^= x;
            h = h.wrapping_mul(0x0100_0193);
            h ^= h >> 15;
        }
        h = h.wrapping_mul(0x7feb_352d);
        h ^= h >> 16;
        h >> (32 - super::BITS)
    }

    fn get() -> Option<&'static HashMap<String, [u16; 2]>> {
        static C: OnceLock<Option<HashMap<String, [u16; 2]>>> = OnceLock::new();
        C.get_or_init(|| {
            let files = std::env::var("UNDERTONE_CLASSES").ok()?;
            let mut m: HashMap<String, [u16; 2]> = HashMap::new();
            for (g, file) in files.split(',').enumerate().take(2) {
                let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
                for line in text.lines() {
                    if let Some((w, c)) = line.split_once('\t') {
                        m.entry(w.to_string()).or_insert([0xffff; 2])[g] = c.parse().expect("class number");
                    }
                }
            }
            Some(m)
        })
        .as_ref()
    }

    /// Pushes the class features of position `k` of a sentence of normalised `words`.
    pub(super) fn push(ids: &mut Vec<u32>, words: &[&str], k: isize, capital: bool) {
        let Some(cl) = get() else { return };
        let c = |k: isize| -> [u16; 2] {
            if k < 0 || k as usize >= words.len() {
                [0xfffe; 2]
            } else {
                cl.get(words[k as usize]).copied().unwrap_or([0xffff; 2])
            }
        };
        for g in 0..2 {
            let t = 40 + 8 * g as u32;
            let (w, before, after) = (u32::from(c(k)[g]), u32::from(c(k - 1)[g]), u32::from(c(k + 1)[g]));
            ids.extend([fid(t, w, 0), fid(t + 1, before, 0), fid(t + 2, after, 0), fid(t + 3, w, u32::from(capital)), fid(t + 4, before, w), fid(t + 5, w, after)]);
        }
    }
}

/// Static features of every token of every sentence.
pub fn extract(doc: &Doc, sentences: &[Span]) -> Features {
    let ctx = Context::new(doc, sentences);
    let mut f = Features::default();
    extract_into(doc, &ctx, 0..ctx.sentences(), &mut f);
    f
}

/// Makes `f` ([`extract`]) the second pass's features: the history of a first pass's tags
/// (`tags`, one per position, see [`history`]) after each capitalised word's static
/// features. Nothing changes while [`HISTORY`] is false.
pub fn add_history(f: &mut Features, tags: &[usize]) {
    let history = history(f, tags);
    if !HISTORY || history.is_empty() {
        return;
    }
    let (mut ids, mut starts) = (Vec::with_capacity(f.ids.len() + 2 * f.len()), vec![0]);
    for k in 0..f.len() {
        ids.extend_from_slice(f.ids(k));
        if let Some(hs) = history_of(f, &history, k) {
            ids.extend(hs.map(H::id));
        }
        starts.push(ids.len());
    }
    (f.ids, f.starts) = (ids, starts);
}

/// The second pass's features of position `k` when it is a capitalised word (`Features::hist`):
/// the [`History`] bits of its word, alone and with the first byte of its sentence position.
fn history_of(f: &Features, history: &History, k: usize) -> Option<[H; 2]> {
    let pos = f.hist[k];
    if pos == 0 {
        return None;
    }
    let m = history.get(&history_key(f.word[k].0)).copied().unwrap_or(0) as u8;
    Some([H::new(26).b(&[m]), H::new(27).b(&[m, pos])])
}

/// Appends the static features of the tokens of sentences `which` (indices into the
/// context's sentences) to `f`.
pub fn extract_into(doc: &Doc, ctx: &Context, which: std::ops::Range<usize>, f: &mut Features) {
    let text = doc.text;
    let tokens = doc.tokens;
    let g = Gazetteer::get();
    let s = |i: usize| tokens[i].text(text);
    let (cap_mid, lower) = (&ctx.cap_mid, &ctx.lower);
    let mut gaz: Vec<(&str, &str)> = Vec::new();
    let (mut wbuf, mut sbuf) = (String::new(), String::new());
    let (mut wr, mut sr): (Vec<(usize, usize)>, Vec<(usize, usize)>) = (Vec::new(), Vec::new());
    let (mut after_role, mut first_names): (Vec<bool>, Vec<bool>) = (Vec::new(), Vec::new());
    for r in which {
        let (a, b) = ctx.ranges[r];
        let caps = ctx.caps_line[r];
        let n = b - a;
        // Room for the sentence up front (the tagger calls this once per sentence).
        let bytes = tokens[b - 1].span.end - tokens[a].span.start + 8;
        wbuf.reserve(bytes);
        sbuf.reserve(bytes);
        wr.reserve(n);
        sr.reserve(n);
        // Normalised words and shapes of the sentence, as ranges into shared buffers.
        wbuf.clear();
        sbuf.clear();
        wr.clear();
        sr.clear();
        for i in a..b {
            let (x, y) = (wbuf.len(), sbuf.len());
            push_norm(&mut wbuf, s(i));
            push_shape(&mut sbuf, s(i));
            wr.push((x, wbuf.len()));
            sr.push((y, sbuf.len()));
        }
        let words: Vec<&str> = wr.iter().map(|&(x, y)| &wbuf[x..y]).collect();
        let shapes: Vec<&str> = sr.iter().map(|&(x, y)| &sbuf[x..y]).collect();
        // Gazetteer phrases (B-/I- of the kind), given names and roles before a word.
        gaz.clear();
        gaz.resize(n, ("", ""));
        after_role.clear();
        after_role.resize(n, false);
        // Given names start with an ASCII capital (`Gazetteer::is_first_name`), as their title case does.
        first_names.clear();
        first_names.extend((a..b).map(|i| s(i).starts_with(|c: char| c.is_ascii_uppercase()) && g.is_first_name(&title_case(s(i)))));
        let mut i = a;
        while i < b {
            if let Some(m) = doc.role_at(g, i, b, false) {
                if i + m < b {
                    after_role[i + m - a] = true;
                }
            }
            // (Not an entry listed after the model was trained, `Hit::late`; a retired one,
            // `Hit::retired`, as it was then.)
            if let Some((m, hit)) = doc.gazetteer_features(g, i, b).filter(|(_, h)| !h.late) {
                for k in 0..m {
                    gaz[i + k - a] = (if k == 0 { "B" } else { "I" }, kind_tag(hit.kind));
                }
                i += m;
            } else {
                i += 1;
            }
        }
        let start = f.tok.len();
        let w = |k: isize| -> &str {
            if k < 0 {
                "<s>"
            } else if k as usize >= n {
                "</s>"
            } else {
                words[k as usize]
            }
        };
        let sh = |k: isize| -> &str {
            if k < 0 {
                "<s>"
            } else if k as usize >= n {
                "</s>"
            } else {
                shapes[k as usize]
            }
        };
        // First word after opening punctuation.
        let opener = (a..b).find(|&i| tokens[i].kind != Kind::Punct).unwrap_or(a);
        for i in a..b {
            let k = (i - a) as isize;
            let raw = s(i);
            let lw = words[i - a];
            let mut push = |h: H| f.ids.push(h.id());
            let pos: &str = if caps {
                "caps"
            } else if i == opener {
                "init"
            } else {
                "mid"
            };
            // The hashes of each string at once (`lanes`), in the order of the pushes below.
            let [h17, h18, h24] = lanes([H::new(17), H::new(18), H::new(24)], pos);
            let [h15, h7, h8] = [lanes([H::new(15)], sh(k - 2))[0], lanes([H::new(7)], w(k - 2))[0], lanes([H::new(8)], w(k + 2))[0]];
            let [h11, h13, h15] = lanes([H::new(11), H::new(13), h15], sh(k - 1));
            let [h2, h14, h16, h31, h13, h15, h17] = lanes([H::new(2), H::new(14), H::new(16), H::new(31), h13, h15, h17], shapes[i - a]);
            let [h12, h14, h16] = lanes([H::new(12), h14, h16], sh(k + 1));
            let [h16] = lanes([h16], sh(k + 2));
            let [h5, h9] = lanes([H::new(5), H::new(9)], w(k - 1));
            let [h1, h10, h25, h30, h9, h18] = lanes([H::new(1), H::new(10), H::new(25), H::new(30), h9, h18], lw);
            let [h6, h10] = lanes([H::new(6), h10], w(k + 1));
            push(H::new(0));
            push(h1);
            push(h2);
            // Prefixes and suffixes of 1 to 4 characters.
            let mut ends = lw.char_indices().map(|(x, _)| x).skip(1).chain([lw.len()]);
            let mut starts = lw.char_indices().rev().map(|(x, _)| x);
            for m in 1..=4u8 {
                let (Some(e), Some(st)) = (ends.next(), starts.next()) else { break };
                push(H::new(3).b(&[m]).s(&lw[..e]));
                push(H::new(4).b(&[m]).s(&lw[st..]));
            }
            for h in [h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16, h17] {
                push(h);
            }
            let initial = i == opener;
            if caps || initial {
                push(h18);
            }
            // Gazetteers.
            push(H::new(19).s2(gaz[i - a]));
            if k > 0 {
                push(H::new(20).s2(gaz[i - a - 1]).s2(gaz[i - a]));
            }
            if (i - a) + 1 < n {
                push(H::new(21).s2(gaz[i - a]).s2(gaz[i - a + 1]));
            }
            let first = first_names[i - a];
            push(H::new(22).b(&[u8::from(first), u8::from(k > 0 && first_names[i - a - 1])]));
            if after_role[i - a] {
                push(H::new(23));
            }
            // Document.
            if tokens[i].kind == Kind::Word && raw.chars().any(char::is_alphabetic) {
                // `cap_mid` holds capitalised words only; the title case differs from `raw` when owned.
                let seen_cap = cap(raw) && (cap_mid.contains(raw) || matches!(title_case(raw), Cow::Owned(tc) if cap_mid.contains(tc.as_str())));
                let seen_lower = lower.contains(lw) || ctx.lower_owned.get(lw).is_some();
                push(h24.b(&[u8::from(cap(raw)), u8::from(all_caps(raw)), u8::from(seen_cap), u8::from(seen_lower)]));
            }
            // Word and case, for capitalised words mid-sentence.
            if !caps && !initial && cap(raw) {
                push(h25);
            }
            #[cfg(feature = "ner-classes")]
            classes::push(&mut f.ids, &words, k, cap(raw));
            f.tok.push(i);
            f.word.push(h30);
            f.shape.push(h31);
            // Where the second pass adds what the first read the word as across the text
            // (`history_of`): capitalised words.
            f.hist.push(if tokens[i].kind == Kind::Word && cap(raw) { pos.as_bytes()[0] } else { 0 });
            f.starts.push(f.ids.len());
        }
        f.sentences.push((start, f.tok.len()));
    }
}

/// Weight columns of a hashed feature: `O` and the four types. `B-` and `I-` of a type share
/// the column; the transition weights ([`Scorer::transitions`]) tell them apart.
pub const COLS: usize = 5;

/// The column of tag `t`.
pub fn col(t: usize) -> usize {
    t.div_ceil(2)
}

/// Rows of the transition table: the previous tag `p1` (row `p1`, the sentence start included), then
/// the pair (`p2`, `p1`) (row `TAGS + 1 + p2 * (TAGS + 1) + p1`).
pub const TRANS_ROWS: usize = (TAGS + 1) * (TAGS + 2);

/// The two transition rows of the previous tags `p1` (just before) and `p2`.
pub fn trans_rows(p1: usize, p2: usize) -> [usize; 2] {
    [p1, TAGS + 1 + p2 * (TAGS + 1) + p1]
}

/// Hashed features joined with the previous tag `p1`.
pub fn dynamic(f: &Features, k: usize, p1: usize) -> [u32; 2] {
    let t1 = [p1 as u8];
    [f.word[k].b(&t1).id(), f.shape[k].b(&t1).id()]
}

/// Scores features: hashed ids into one score per column ([`COLS`]), transition rows into
/// one score per tag.
pub trait Scorer {
    fn add(&self, id: u32, out: &mut [i32; COLS]);
    fn transitions(&self, row: usize, out: &mut [i32; TAGS]);
    /// Weights per perceptron update (margins are divided by it).
    fn per_update(&self) -> i32 {
        1
    }
}

/// The best allowed tag at position `k` given the previous tags, its margin over the
/// runner-up allowed tag (in perceptron updates), and its dynamic features.
pub fn step(f: &Features, k: usize, p1: usize, p2: usize, w: &impl Scorer) -> (usize, i32, [u32; 2]) {
    let mut cols = [0i32; COLS];
    for &id in f.ids(k) {
        w.add(id, &mut cols);
    }
    let dy = dynamic(f, k, p1);
    for &id in &dy {
        w.add(id, &mut cols);
    }
    let mut scores = [0i32; TAGS];
    for row in trans_rows(p1, p2) {
        w.transitions(row, &mut scores);
    }
    for (t, s) in scores.iter_mut().enumerate() {
        *s += cols[col(t)];
    }
    let (best, second) = best_two(&scores, p1);
    (best, scores[best].saturating_sub(second) / w.per_update(), dy)
}

/// Hypotheses kept at each position by [`decode_scored`] (1 is greedy decoding).
pub const BEAM: usize = 4;
/// Hypotheses more than this many perceptron updates behind the best are dropped.
pub const PRUNE: i32 = 80;

/// The score of each tag at position `k` after the tags `p1` (just before) and `p2`, from
/// the position's static column scores `cols`, with the hashed features' `O` column taken
/// off every tag: the same differences between tags as in [`step`], and a feature's five
/// weights still only matter up to a constant (see [`Model::from_bytes`]), so that the sums
/// of these scores along taggings can be compared (what [`decode_beam`] and the training's
/// beam do).
pub fn tag_scores(f: &Features, k: usize, p1: usize, p2: usize, cols: &[i32; COLS], w: &impl Scorer) -> [i32; TAGS] {
    scores_after(p1, p2, &with_dynamic(f, k, p1, cols, w), w)
}

/// The static column scores `cols` of position `k` plus its dynamic features after `p1`.
fn with_dynamic(f: &Features, k: usize, p1: usize, cols: &[i32; COLS], w: &impl Scorer) -> [i32; COLS] {
    let mut cols = *cols;
    for id in dynamic(f, k, p1) {
        w.add(id, &mut cols);
    }
    cols
}

/// [`tag_scores`] from the column scores with the dynamic features (`with_dynamic`).
#[inline]
fn scores_after(p1: usize, p2: usize, cols: &[i32; COLS], w: &impl Scorer) -> [i32; TAGS] {
    let mut scores = [0i32; TAGS];
    for row in trans_rows(p1, p2) {
        w.transitions(row, &mut scores);
    }
    for (t, s) in scores.iter_mut().enumerate() {
        *s += cols[col(t)] - cols[0];
    }
    scores
}

/// The static column scores of position `k` (what [`tag_scores`] starts from).
pub fn static_cols(f: &Features, k: usize, w: &impl Scorer) -> [i32; COLS] {
    let mut cols = [0i32; COLS];
    for &id in f.ids(k) {
        w.add(id, &mut cols);
    }
    cols
}

/// Decoding of every sentence: greedy when [`BEAM`] is 1 (the committed, locally trained
/// model), else [`decode_beam`]: one tag per position, and its margin (see [`step`]).
pub fn decode_scored(f: &Features, w: &impl Scorer) -> (Vec<usize>, Vec<i32>) {
    if BEAM == 1 {
        decode_greedy(f, w)
    } else {
        decode_beam(f, w, BEAM)
    }
}

/// Greedy decoding of every sentence (what [`decode_beam`] does with a beam of 1, faster).
pub fn decode_greedy(f: &Features, w: &impl Scorer) -> (Vec<usize>, Vec<i32>) {
    let mut tags = vec![0; f.len()];
    let mut margins = vec![0; f.len()];
    for &(a, b) in &f.sentences {
        let (mut p1, mut p2) = (START, START);
        for k in a..b {
            let (t, m, _) = step(f, k, p1, p2, w);
            tags[k] = t;
            margins[k] = m;
            p2 = p1;
            p1 = t;
        }
    }
    (tags, margins)
}

/// A partial tagging of a sentence: its score, its last two tags, and its last entry in the
/// trail (`u32::MAX` before the first).
#[derive(Clone, Copy)]
struct Hyp {
    score: i64,
    p1: usize,
    p2: usize,
    at: u32,
}

/// Beam decoding with `beam` hypotheses (at least 1; 1 is greedy). Hypotheses that end in
/// the same two tags score the rest of the sentence alike: only the best of them is kept.
/// Each position's margin is that of its tag over the best other allowed tag, given the
/// chosen tags before it (as [`step`] gives it; negative when the beam chose a tag that was
/// not the best locally). Ties go to the earlier hypothesis, then to the smaller tag: with
/// `beam` 1 this is exactly greedy decoding.
pub fn decode_beam(f: &Features, w: &impl Scorer, beam: usize) -> (Vec<usize>, Vec<i32>) {
    decode_pruned(f, w, beam, PRUNE.saturating_mul(w.per_update()))
}

/// [`decode_beam`], dropping the hypotheses more than `prune` (weight units) behind the best.
pub fn decode_pruned(f: &Features, w: &impl Scorer, beam: usize, prune: i32) -> (Vec<usize>, Vec<i32>) {
    let mut cols = Vec::with_capacity(f.len());
    for k in 0..f.len() {
        cols.push(static_cols(f, k, w));
    }
    decode_cols(f, &cols, w, beam, prune)
}

/// [`decode_pruned`] from each position's static column scores ([`static_cols`]) as given.
#[inline(never)]
pub fn decode_cols(f: &Features, cols: &[[i32; COLS]], w: &impl Scorer, beam: usize, prune: i32) -> (Vec<usize>, Vec<i32>) {
    let beam = beam.max(1);
    let mut tags = vec![0; f.len()];
    let mut margins = vec![0; f.len()];
    // (tag, margin, previous entry) of every kept hypothesis at every position.
    let mut trail: Vec<(u8, i32, u32)> = Vec::new();
    let mut hyps: Vec<Hyp> = Vec::with_capacity(beam);
    let mut next: Vec<Hyp> = Vec::with_capacity(beam);
    // The best extensions, best first, at most one per pair of last two tags: (score,
    // hypothesis, tag, margin).
    let mut top: Vec<(i64, usize, usize, i32, usize)> = Vec::with_capacity(beam + 1);
    let per = w.per_update();
    for &(a, b) in &f.sentences {
        trail.clear();
        hyps.clear();
        hyps.push(Hyp { score: 0, p1: START, p2: START, at: u32::MAX });
        for k in a..b {
            let cols = cols[k];
            top.clear();
            // The column scores after each previous tag (hypotheses may share it).
            let mut after = [(usize::MAX, [0i32; COLS]); 4];
            for (h, hyp) in hyps.iter().enumerate() {
                let slot = after.iter().position(|x| x.0 == hyp.p1 || x.0 == usize::MAX);
                let dcols = match slot {
                    Some(i) if after[i].0 == hyp.p1 => after[i].1,
                    Some(i) => {
                        after[i] = (hyp.p1, with_dynamic(f, k, hyp.p1, &cols, w));
                        after[i].1
                    }
                    None => with_dynamic(f, k, hyp.p1, &cols, w),
                };
                let scores = scores_after(hyp.p1, hyp.p2, &dcols, w);
                let (best, second) = best_two(&scores, hyp.p1);
                // A tag further than `prune` behind this hypothesis' best ends below the floor.
                let low = scores[best].saturating_sub(prune);
                for t in 0..TAGS {
                    if scores[t] < low || !allowed(hyp.p1, t) {
                        continue;
                    }
                    // Extensions come by hypothesis, then tag: a later one must score more to
                    // displace an earlier one.
                    let score = hyp.score + i64::from(scores[t]);
                    if top.len() == beam && score <= top[beam - 1].0 {
                        continue;
                    }
                    let state = t * (TAGS + 1) + hyp.p1;
                    if let Some(i) = top.iter().position(|x| x.4 == state) {
                        if score <= top[i].0 {
                            continue;
                        }
                        top.remove(i);
                    } else if top.len() == beam {
                        if score <= top[beam - 1].0 {
                            continue;
                        }
                        top.pop();
                    }
                    let rival = if t == best { second } else { scores[best] };
                    let at = top.partition_point(|x| x.0 >= score);
                    top.insert(at, (score, h, t, scores[t].saturating_sub(rival) / per, state));
                }
            }
            // Extensions far behind the best are dropped (most positions keep one).
            let floor = top[0].0 - i64::from(prune);
            next.clear();
            for &(score, h, t, m, _) in top.iter().take_while(|x| x.0 >= floor) {
                trail.push((t as u8, m, hyps[h].at));
                next.push(Hyp { score, p1: t, p2: hyps[h].p1, at: (trail.len() - 1) as u32 });
            }
            std::mem::swap(&mut hyps, &mut next);
        }
        // The best hypothesis is first; follow its trail back.
        let mut at = hyps.first().map_or(u32::MAX, |h| h.at);
        for k in (a..b).rev() {
            let (t, m, prev) = trail[at as usize];
            tags[k] = usize::from(t);
            margins[k] = m;
            at = prev;
        }
    }
    (tags, margins)
}

/// Decoding of every sentence ([`decode_scored`]): one tag per position.
pub fn decode(f: &Features, w: &impl Scorer) -> Vec<usize> {
    decode_scored(f, w).0
}

/// Entity spans from tags: (first position, end position, type index into [`TYPES`]).
pub fn spans(tags: &[usize], sentences: &[(usize, usize)]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for &(a, b) in sentences {
        let mut open: Option<(usize, usize)> = None;
        for k in a..=b {
            let t = if k < b { tags[k] } else { 0 };
            let continues = t > 0 && t % 2 == 0 && open.is_some_and(|(_, ty)| ty == (t - 1) / 2);
            if continues {
                continue;
            }
            if let Some((s, ty)) = open.take() {
                out.push((s, k, ty));
            }
            if t > 0 {
                open = Some((k, (t - 1) / 2));
            }
        }
    }
    out
}

/// The trained weights, decoded from the embedded bytes on first use (see
/// [`Model::from_bytes`]): a bit per feature id (with a running count) and the feature's
/// [`COLS`] weights.
pub struct Model {
    /// Weights are in units of `1 / per_update` perceptron updates.
    per_update: i32,
    /// The model keeps the top `BITS - shift` bits of a feature id.
    shift: u32,
    /// One bit per feature id (in `u64` words): the id has weights.
    present: Vec<u64>,
    /// Features of the ids before each word of `present`: a feature's index is this plus the
    /// bits set before it in its word.
    rank: Vec<u32>,
    /// [`COLS`] weights per feature, in id order.
    weights: Vec<[i16; COLS]>,
    /// Transition weights ([`TRANS_ROWS`] × [`TAGS`]).
    trans: Vec<[i32; TAGS]>,
}

/// Little-endian `u32` at `b[p..]`.
fn u32_at(b: &[u8], p: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(p..p + 4)?.try_into().ok()?))
}

impl Model {
    /// Reads the binary format (little-endian):
    ///
    /// - `b"NER4"`, `u8` id bits `k` (at most [`BITS`]: the model keeps the top `k` bits of a
    ///   feature id), `u8` `m` and `u8` `d` (stored weights are in units of `m / d`
    ///   perceptron updates, held in units of `1 / d`), `u32` feature count `n`;
    /// - [`TRANS_ROWS`] × [`TAGS`] transition weights, `i16` each, in units of `1 / d`;
    /// - `u8` `r`, then seven symbol tables ([`rans::Table::read`]): id gaps shifted right by
    ///   `r`, column masks, and the weights of each column;
    /// - one rANS stream ([`rans::Decoder`]) to the end: for each feature in id order, its gap
    ///   (its id minus the previous id minus 1, or the id itself for the first feature: the
    ///   high part from its table, then the low `r` bits, all values equally likely), the mask
    ///   of its non-zero columns, and for each such column a weight symbol (1, -1, 2, -2… as
    ///   0, 1, 2, 3…; a table's last symbol is an escape followed by the symbol in 16 bits).
    ///
    /// A feature's weights are only known up to a constant added to all five (it adds the same
    /// to every tag's score, so no decision or margin moves): training stores them with their
    /// median moved to 0, which makes zeros.
    ///
    /// Returns `None` on a malformed buffer.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        if b.len() < 11 || &b[..4] != b"NER4" || u32::from(b[4]) > BITS || b[4] < 6 || b[5] == 0 || b[6] == 0 {
            return None;
        }
        let bits = u32::from(b[4]);
        let (unit, per_update) = (i32::from(b[5]), i32::from(b[6]));
        let n = u32_at(b, 7)? as usize;
        let mut p = 11;
        let tb = b.get(p..p + TRANS_ROWS * TAGS * 2)?;
        p += tb.len();
        // (A loop, not `map(…).collect()`, whose closure is compiled apart at "s".)
        let mut trans = Vec::with_capacity(TRANS_ROWS);
        for row in tb.chunks_exact(TAGS * 2) {
            let mut r = [0i32; TAGS];
            for (t, x) in r.iter_mut().enumerate() {
                *x = i32::from(i16::from_le_bytes([row[2 * t], row[2 * t + 1]]));
            }
            trans.push(r);
        }
        let r = u32::from(*b.get(p)?);
        p += 1;
        if r > rans::PROB_BITS {
            return None;
        }
        let gap = rans::Table::read(b, &mut p)?;
        let masks = rans::Table::read(b, &mut p)?;
        let mut vals = Vec::with_capacity(COLS);
        for _ in 0..COLS {
            vals.push(rans::Table::read(b, &mut p)?);
        }
        let mut dec = rans::Decoder::new(&b[p..])?;
        let mut present = vec![0u64; (1usize << bits) / 64];
        let mut weights = Vec::with_capacity(n.min(1 << bits));
        let mut next = 0usize;
        for _ in 0..n {
            let hi = dec.get(&gap)?;
            let id = next.checked_add(hi.checked_shl(r)? | dec.bits(r)? as usize)?;
            if id >> bits != 0 {
                return None;
            }
            present[id / 64] |= 1 << (id % 64);
            next = id + 1;
            let mask = dec.get(&masks)?;
            let mut w = [0i16; COLS];
            for (c, x) in w.iter_mut().enumerate() {
                if mask & (1 << c) == 0 {
                    continue;
                }
                let mut s = dec.get(&vals[c])? as u32;
                if s as usize + 1 == vals[c].len() {
                    s = dec.bits(8)? << 8 | dec.bits(8)?;
                }
                *x = i16::try_from(rans::unzig(s) * unit).ok()?;
            }
            weights.push(w);
        }
        if !dec.done() {
            return None;
        }
        let mut rank = Vec::with_capacity(present.len());
        let mut sum = 0u32;
        for w in &present {
            rank.push(sum);
            sum += w.count_ones();
        }
        Some(Model { per_update, shift: BITS - bits, present, rank, weights, trans })
    }

    /// Number of features with weights.
    pub fn features(&self) -> usize {
        self.weights.len()
    }

    /// The embedded model (decoded on first use).
    pub fn get() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| {
            Model::from_bytes(MODEL).unwrap_or(Model {
                per_update: 1,
                shift: 0,
                present: Vec::new(),
                rank: Vec::new(),
                weights: Vec::new(),
                trans: vec![[0; TAGS]; TRANS_ROWS],
            })
        })
    }
}

impl Scorer for Model {
    #[inline]
    fn add(&self, id: u32, out: &mut [i32; COLS]) {
        let id = id >> self.shift;
        let (w, bit) = (id as usize / 64, id % 64);
        let Some(&word) = self.present.get(w) else { return };
        if word & (1 << bit) == 0 {
            return;
        }
        let f = self.rank[w] as usize + (word & ((1 << bit) - 1)).count_ones() as usize;
        for (o, &x) in out.iter_mut().zip(&self.weights[f]) {
            *o += i32::from(x);
        }
    }

    fn transitions(&self, row: usize, out: &mut [i32; TAGS]) {
        if let Some(r) = self.trans.get(row) {
            for (o, &w) in out.iter_mut().zip(r) {
                *o += w;
            }
        }
    }

    fn per_update(&self) -> i32 {
        self.per_update
    }
}

/// A model entity: tokens `start..end` (crate token indices), its type (index into
/// [`TYPES`]) and its confidence: the smallest margin of its tags over their runners-up, in
/// weight units (see [`step`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tagged {
    pub start: usize,
    pub end: usize,
    pub ty: usize,
    pub margin: i32,
}

/// The model's answer for a text: its entities in text order, and per crate token how sure it
/// is that the token is outside any entity (its margin for `O`; 0 when it chose another tag or
/// did not tag the token).
pub struct Tags {
    pub spans: Vec<Tagged>,
    pub outside: Vec<i32>,
}

/// [`tag`] tags twice: the second pass with the first one's [`History`].
pub const HISTORY: bool = true;

/// Sentences whose static feature ids [`tag`] holds at once.
const TAG_BATCH: usize = 32;

/// Tags `doc` in two passes ([`passes`]). Each position's static features are extracted once,
/// a few sentences at a time, and summed into its column scores ([`static_cols`]; only those,
/// the tokens and two hashes per position are kept for the whole text, the ids of one batch
/// at a time). With [`HISTORY`], the second pass adds the weights of the history features
/// ([`history_of`], where `Features::hist` marks a capitalised word) to those sums and
/// decodes again: the same scores as extracting every feature anew with the history
/// ([`add_history`]), at the cost of the decoding alone.
pub fn tag(doc: &Doc, sentences: &[Span]) -> Tags {
    let (f, [(first, first_margins), (tags, mut margins)]) = passes(doc, sentences);
    // The second pass's history echoes the first pass's reading, so its margins grow where
    // the first pass was unsure; the rules' thresholds (`recognize.rs`) read how sure both
    // passes are (the smaller margin, 0 where they disagree).
    for k in 0..f.len() {
        margins[k] = if tags[k] == first[k] { margins[k].min(first_margins[k]) } else { 0 };
    }
    let mut outside = vec![0; doc.tokens.len()];
    for (k, &t) in tags.iter().enumerate() {
        if t == 0 {
            outside[f.tok[k]] = margins[k];
        }
    }
    let mut spans_out = Vec::new();
    for (a, b, ty) in spans(&tags, &f.sentences) {
        let margin = margins[a..b].iter().copied().min().unwrap_or(0);
        // A slash separates names ("Reuters/Landov", "AP/Getty"): one name each side.
        let mut from = a;
        for k in a..=b {
            if k == b || doc.tokens[f.tok[k]].text(doc.text) == "/" {
                if from < k {
                    spans_out.push(Tagged { start: f.tok[from], end: f.tok[k - 1] + 1, ty, margin });
                }
                from = k + 1;
            }
        }
    }
    Tags { spans: spans_out, outside }
}

/// The features of `doc` (without their ids) and the tags and margins of the first and the
/// second pass ([`tag`]; the second is the first again without [`HISTORY`], or when the first
/// found no capitalised word).
fn passes(doc: &Doc, sentences: &[Span]) -> (Features, [(Vec<usize>, Vec<i32>); 2]) {
    let ctx = Context::new(doc, sentences);
    let model = Model::get();
    let mut f = Features::default();
    let mut cols: Vec<[i32; COLS]> = Vec::new();
    for r in (0..ctx.sentences()).step_by(TAG_BATCH) {
        let from = f.len();
        extract_into(doc, &ctx, r..(r + TAG_BATCH).min(ctx.sentences()), &mut f);
        for k in from..f.len() {
            cols.push(static_cols(&f, k, model));
        }
        f.forget_ids();
    }
    let prune = PRUNE.saturating_mul(model.per_update());
    let (tags, margins) = decode_cols(&f, &cols, model, BEAM, prune);
    if HISTORY {
        let history = history(&f, &tags);
        if !history.is_empty() {
            for k in 0..f.len() {
                if let Some(hs) = history_of(&f, &history, k) {
                    for h in hs {
                        model.add(h.id(), &mut cols[k]);
                    }
                }
            }
            let second = decode_cols(&f, &cols, model, BEAM, prune);
            return (f, [(tags, margins), second]);
        }
    }
    let second = (tags.clone(), margins.clone());
    (f, [(tags, margins), second])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraints_and_spans() {
        let i_per = tag_index("I-PER").unwrap();
        assert!(allowed(tag_index("B-PER").unwrap(), i_per));
        assert!(allowed(i_per, i_per));
        assert!(!allowed(0, i_per) && !allowed(START, i_per) && !allowed(tag_index("B-LOC").unwrap(), i_per));
        // B-PER I-PER O B-LOC B-LOC I-LOC
        let tags = [1, 2, 0, 3, 3, 4];
        assert_eq!(spans(&tags, &[(0, 6)]), vec![(0, 2, 0), (3, 4, 1), (4, 6, 1)]);
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("Kerry"), "Xx");
        assert_eq!(shape("1996-08-30"), "d-d-d");
    }

    #[test]
    fn truncated_model_refused() {
        // A truncated model is refused, never a panic.
        for n in (0..MODEL.len()).step_by(97).chain([MODEL.len() - 1]) {
            assert!(Model::from_bytes(&MODEL[..n]).is_none());
        }
        assert_eq!(title_case("JAPAN"), "Japan");
        assert!(matches!(title_case("Kerry"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn stored_rows_have_median_zero_and_corruption_is_safe() {
        let m = Model::from_bytes(MODEL).expect("embedded model decodes");
        // Training moves each feature's median weight to 0 and drops rows left all zero.
        for w in &m.weights {
            let mut s = *w;
            s.sort_unstable();
            assert_eq!(s[COLS / 2], 0, "{w:?}");
            assert!(w.iter().any(|&x| x != 0));
        }
        for s in 0..70_000 {
            assert_eq!(rans::zig(rans::unzig(s)), s);
        }
        // A flipped byte anywhere is refused or decodes: never a panic.
        let mut b = MODEL.to_vec();
        for p in (0..b.len()).step_by(211) {
            b[p] ^= 0x5a;
            let _ = Model::from_bytes(&b);
            b[p] ^= 0x5a;
        }
    }

    #[test]
    fn beam_decoding() {
        let text = "Kerry met Lavrov in Paris on Monday. The European Union said BRUSSELS would wait.\nNEW YORK 1996-08-30 Shares of Acme Corp rose.";
        let tokens = crate::token::tokenize(text);
        let sentences = crate::sentence::split(text, &tokens);
        let d = Doc::new(text, &tokens);
        let f = extract(&d, &sentences);
        let m = Model::get();
        // Beam 1 is greedy decoding: `step` after the tags it chose.
        let (greedy, gm) = decode_beam(&f, m, 1);
        assert_eq!(decode_greedy(&f, m), (greedy.clone(), gm.clone()));
        for &(a, b) in &f.sentences {
            let (mut p1, mut p2) = (START, START);
            for k in a..b {
                let (t, margin, _) = step(&f, k, p1, p2, m);
                assert_eq!((greedy[k], gm[k]), (t, margin));
                (p2, p1) = (p1, t);
            }
        }
        // The beam finds taggings that score at least as much, every one allowed; pruning far
        // behind the best changes nothing here, and the chosen tags' margins are what `step`
        // gives them.
        let total = |tags: &[usize]| -> i64 {
            let mut sum = 0;
            for &(a, b) in &f.sentences {
                let (mut p1, mut p2) = (START, START);
                for k in a..b {
                    assert!(allowed(p1, tags[k]));
                    sum += i64::from(tag_scores(&f, k, p1, p2, &static_cols(&f, k, m), m)[tags[k]]);
                    (p2, p1) = (p1, tags[k]);
                }
            }
            sum
        };
        let (tags, margins) = decode_scored(&f, m);
        assert!(total(&tags) >= total(&greedy));
        assert_eq!(decode_pruned(&f, m, BEAM, i32::MAX), (tags.clone(), margins.clone()));
        for &(a, b) in &f.sentences {
            for k in a..b {
                let (p1, p2) = (if k > a { tags[k - 1] } else { START }, if k > a + 1 { tags[k - 2] } else { START });
                let scores = tag_scores(&f, k, p1, p2, &static_cols(&f, k, m), m);
                let rival = (0..TAGS).filter(|&t| t != tags[k] && allowed(p1, t)).map(|t| scores[t]).max().unwrap();
                assert_eq!(margins[k], (scores[tags[k]] - rival) / m.per_update());
            }
        }
        let spans = spans(&tags, &f.sentences);
        let names: Vec<&str> = spans.iter().map(|&(a, b, _)| &text[tokens[f.tok[a]].span.start..tokens[f.tok[b - 1]].span.end]).collect();
        // (The first pass misses "Kerry" opening the sentence before "met"; the list finds it,
        // `recognize.rs`.)
        for name in ["Lavrov", "Paris", "European Union", "NEW YORK", "Acme Corp"] {
            assert!(names.contains(&name), "{name} not in {names:?}");
        }
    }

    #[test]
    fn tag_adds_history_to_the_first_pass_sums() {
        // `passes` extracts once and adds the history features' weights to the first pass's
        // column sums: the same tags and margins in both passes as extracting everything anew
        // with the history (the training's second pass), here over more sentences than one
        // batch (the ids of earlier batches forgotten) and with accents and an emoji.
        let mut text = String::from("Kerry met Lavrov in Paris. Lavrov said Kerry was wrong.\n");
        for i in 0..TAG_BATCH + 9 {
            text.push_str(&format!("On day {i} José Ortíz of Acme Corp 🙂 told Reuters that Vienna and Moscow agreed. "));
        }
        let tokens = crate::token::tokenize(&text);
        let sentences = crate::sentence::split(&text, &tokens);
        let d = Doc::new(&text, &tokens);
        let m = Model::get();
        let f1 = extract(&d, &sentences);
        assert!(f1.sentences.len() > TAG_BATCH);
        let pass1 = decode_scored(&f1, m);
        let mut f2 = extract(&d, &sentences);
        add_history(&mut f2, &pass1.0);
        let pass2 = decode_scored(&f2, m);
        assert_ne!(pass1.1, pass2.1, "the history changes margins");
        let (f, [got1, got2]) = passes(&d, &sentences);
        assert_eq!((&f.tok, &f.sentences), (&f2.tok, &f2.sentences));
        assert_eq!(got1, pass1);
        assert_eq!(got2, pass2);
        // `tag`: the second pass's spans, each with the smallest margin of its tokens, where
        // a token's is the smaller of the passes' (0 where they disagree).
        let got = tag(&d, &sentences);
        let both: Vec<i32> = (0..f.len()).map(|k| if pass1.0[k] == pass2.0[k] { pass1.1[k].min(pass2.1[k]) } else { 0 }).collect();
        let mut want = Vec::new();
        for (a, b, ty) in spans(&pass2.0, &f2.sentences) {
            want.push((f2.tok[a], f2.tok[b - 1] + 1, ty, both[a..b].iter().copied().min().unwrap()));
        }
        let got_spans: Vec<_> = got.spans.iter().map(|s| (s.start, s.end, s.ty, s.margin)).collect();
        assert_eq!(got_spans, want);
        assert!(got_spans.len() > 2 * TAG_BATCH, "{got_spans:?}");
        for k in 0..f.len() {
            assert_eq!(got.outside[f.tok[k]], if pass2.0[k] == 0 { both[k] } else { 0 }, "token {k}");
        }
    }

    #[test]
    fn history_is_a_set_over_the_text() {
        let tagged = |text: &str| -> (History, Vec<(String, usize, i32)>) {
            let tokens = crate::token::tokenize(text);
            let sentences = crate::sentence::split(text, &tokens);
            let d = Doc::new(text, &tokens);
            let f = extract(&d, &sentences);
            let first = decode_scored(&f, Model::get()).0;
            let spans = tag(&d, &sentences).spans.iter().map(|t| (text[tokens[t.start].span.start..tokens[t.end - 1].span.end].to_string(), t.ty, t.margin)).collect();
            (history(&f, &first), spans)
        };
        // The key of a normalised word (lowercase, digits as 0): its hash, as `Features::word`.
        let key = |w: &str| history_key(H::new(30).s(w).0);
        let text = "Kerry met Lavrov in Paris on Monday. Paris said Kerry would wait.";
        let (h, once) = tagged(text);
        // Capitalised words only, by their normalised form: a bit per type, bit 4 for outside.
        assert_eq!(h.get(&key("kerry")), Some(&0b0001));
        // The first pass read the sentence-opening "Paris said" as an organisation.
        assert_eq!(h.get(&key("paris")), Some(&0b0110));
        assert!(h.get(&key("met")).is_none() && h.get(&key("in")).is_none());
        // A text and the text repeated: the same history, and the same tags and margins in each copy.
        let (h2, twice) = tagged(&format!("{text}\n{text}"));
        assert_eq!(h, h2);
        assert_eq!(twice, [once.clone(), once].concat());
    }

    #[test]
    fn model_decodes() {
        let m = Model::from_bytes(MODEL).expect("embedded model decodes");
        assert!(m.features() > 1000);
        assert!(Model::from_bytes(b"NER4\x14\x03\x02\xff\xff\xff\xff").is_none());
        assert!(Model::from_bytes(b"").is_none());
    }
}
