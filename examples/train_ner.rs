//! Trains the entity tagger (`src/entity/model.rs`) on CoNLL-2003 and writes its weights.
//!
//! ```sh
//! cargo run --release --example train_ner -- ../shared/data/conll2003 src/lexicon/ner.bin
//! ```
//!
//! Reads `train.txt` (and `dev.txt`, to report the tagger's own dev F1). Each document is
//! rebuilt as the evaluation script does (tokens joined by spaces, one sentence per line) and
//! goes through the crate's own tokenizer, sentence splitter and feature extraction, so training
//! sees exactly what inference sees. Averaged perceptron, a fixed number of epochs over the
//! documents in a fixed pseudo-random order: the output is the same byte for byte on every run.
//! `TRAIN_BEAM=k` (default 0: the local training of `Trainer::train`, each token against the
//! tagger's own previous tags, for greedy decoding) trains a structured perceptron instead:
//! each sentence is decoded with a beam of `k` as `model::decode_beam` does (without its
//! pruning), and where the gold tagging first falls out of the beam (or loses at the end) the
//! gold prefix's features go up and the best prefix's down (early update; `UPDATE=max`: at
//! the prefix where gold trails the best by most). Such a model needs `model::BEAM` set to the
//! same width (see `src/entity/model.rs` for its figures and why it is not the default). The
//! dev F1 printed for the written model also lists other beam widths (`PRUNES=50,80` adds
//! pruning levels of the default beam).
//! While `model::HISTORY` is true (the two-pass tagger; `HISTORY=0` trains without), every
//! training document is also given as the second pass sees it: with the history of a first
//! pass by one of `FOLDS` (5) models without history, each trained (one run, `EPOCHS`, shuffle
//! seed `FOLD_SEED`, default 0) on the documents outside its fold; `HIST_CACHE=file` saves
//! those first-pass tags (or reuses them). The dev F1 printed then also gives the second
//! pass's, the first pass's tags read as history, as `model::tag` does.
//! Which features are kept (`select`): the `KEEP` (default 9,000) best by `CRIT` (default
//! `impmax`: `MIX` (10) times the largest weight plus the feature's `importance`, what it
//! adds to the gold tag over its best rival on the training tokens decided within `WINDOW`
//! (30) updates; `max` alone is the largest weight). Weights below `SMALL` (1.5) updates are
//! zeroed, the rest rounded to units of `UNIT=m/d` updates (1/1), each feature's median moved
//! to 0, and all written in the `NER4` format (see `Model::from_bytes`). `KEEP` may list
//! several counts: each is reported (size, native decoding time, tagger dev F1), the last is
//! written. `EPOCHS` (default 15); `MIN_COUNT` (default 1) leaves features seen fewer times in
//! training untrained; `SEED` changes the document order; `ID_BITS` (at most 20) trains and
//! stores fewer id bits; `SHIFT=1` moves the median before zeroing; `RETRAIN=k` trains `k`
//! more times on the kept features only. No feature text is written. `AVG_CACHE=file` saves
//! the averaged weights (or reuses them when the file exists: it must come from the same
//! `EPOCHS`, `SEED`, `ID_BITS`) to try other selections without training again. `HOLD=k`
//! leaves out every k-th training document (what more data is worth: with 80% of the
//! documents the pipeline's dev F1 was .882 instead of .887). `WITH_DEV=1` trains on train and
//! dev together (no dev figures are printed then; report those of the train-only model). Not
//! the committed model. `RUNS=k` averages the averaged weights of `k` runs with the seeds
//! `SEED`, `SEED + 1`, … before selection (the same bytes on every run too). Measured
//! 2026-12-05 for the greedy model, pipeline dev F1 (`scripts/eval-ner.py`) against its .883
//! (seeds 1 and 2 of it: .880, .880): `RUNS=3 KEEP=9200` (26.4 KB) .884 and, from seed 10,
//! .876; `RUNS=5 KEEP=9200` .885. The tagger's own unpruned dev F1 goes from .888–.891 to
//! .889–.893 and the file shrinks ~450 bytes at 9,000 features, but the pipeline's gain is
//! inside the seed noise: not the committed model.

use undertone::entity::model::{self, Features, Scorer, COLS, TAGS};
use undertone::rans::{self, normalise, Sym};
use undertone::entity::recognize::Doc;

struct Example {
    f: Features,
    gold: Vec<usize>,
}

fn read_conll(path: &str) -> Vec<Vec<Vec<(String, String)>>> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (mut docs, mut doc, mut sent) = (Vec::new(), Vec::new(), Vec::new());
    for line in data.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            continue;
        }
        let parts: Vec<&str> = line.split(' ').collect();
        if parts.len() >= 4 && parts[1..] == ["-X-", "-X-", "O"] {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            if !doc.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        sent.push((parts[0].to_string(), parts[parts.len() - 1].to_string()));
    }
    if !sent.is_empty() {
        doc.push(sent);
    }
    if !doc.is_empty() {
        docs.push(doc);
    }
    docs
}

fn example(doc: &[Vec<(String, String)>]) -> Example {
    example_with(doc, None)
}

/// The example of `doc`, with the second pass's history features when `first` gives the
/// first pass's tag of each position of `example(doc)`.
fn example_with(doc: &[Vec<(String, String)>], first: Option<&[usize]>) -> Example {
    let mut text = String::new();
    // (start byte, tag) of each CoNLL token.
    let mut marks: Vec<(usize, usize, &str)> = Vec::new();
    for (s, sent) in doc.iter().enumerate() {
        if s > 0 {
            text.push('\n');
        }
        for (k, (tok, tag)) in sent.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let a = text.len();
            text.push_str(tok);
            marks.push((a, text.len(), tag));
        }
    }
    let tokens = undertone::token::tokenize(&text);
    let sentences = undertone::sentence::split(&text, &tokens);
    let d = Doc::new(&text, &tokens);
    let mut f = model::extract(&d, &sentences);
    if let Some(tags) = first {
        model::add_history(&mut f, tags);
    }
    let gold = f
        .tok
        .iter()
        .map(|&t| {
            let start = tokens[t].span.start;
            let m = marks.partition_point(|&(a, _, _)| a <= start);
            let Some(&(a, e, tag)) = m.checked_sub(1).map(|m| &marks[m]) else { return 0 };
            if start >= e || tag == "O" {
                return 0;
            }
            let ty = &tag[2..];
            let name = if start == a { tag.to_string() } else { format!("I-{ty}") };
            model::tag_index(&name).unwrap_or(0)
        })
        .collect();
    Example { f, gold }
}

/// Where the transition weights start in the flat weight vector (after the hashed rows).
const HASHED: usize = (1 << model::BITS) * COLS;

/// The bits of a feature id the model keeps (`ID_BITS`, at most `model::BITS`): ids are cut to
/// their top bits, as the model does when it reads them.
fn id_bits() -> u32 {
    static B: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *B.get_or_init(|| std::env::var("ID_BITS").ok().and_then(|s| s.parse().ok()).unwrap_or(model::BITS).min(model::BITS))
}

/// The weight row of a hashed feature id.
fn key(id: u32) -> usize {
    (id >> (model::BITS - id_bits())) as usize
}

/// Dense weights: [`COLS`] per feature bucket, then the transition table.
struct Dense {
    w: Vec<i32>,
    /// Weights per perceptron update (what the decoder's pruning is measured in).
    per: i32,
}

impl Scorer for Dense {
    fn per_update(&self) -> i32 {
        self.per
    }
    fn add(&self, id: u32, out: &mut [i32; COLS]) {
        let row = &self.w[key(id) * COLS..key(id) * COLS + COLS];
        for (o, &x) in out.iter_mut().zip(row) {
            *o += x;
        }
    }
    fn transitions(&self, row: usize, out: &mut [i32; TAGS]) {
        let row = &self.w[HASHED + row * TAGS..HASHED + row * TAGS + TAGS];
        for (o, &x) in out.iter_mut().zip(row) {
            *o += x;
        }
    }
}

struct Trainer {
    /// Static features seen fewer than `MIN_COUNT` times in training are never updated.
    rare: Vec<bool>,
    cur: Dense,
    total: Vec<i64>,
    stamp: Vec<u32>,
    clock: u32,
}

impl Trainer {
    /// Adds `delta` to the weight at `k` (an index into the flat vector).
    fn update(&mut self, k: usize, delta: i32) {
        self.total[k] += i64::from(self.clock - self.stamp[k]) * i64::from(self.cur.w[k]);
        self.stamp[k] = self.clock;
        self.cur.w[k] += delta;
    }

    fn averaged(&self) -> Vec<f64> {
        (0..self.cur.w.len())
            .map(|k| {
                let t = self.total[k] + i64::from(self.clock - self.stamp[k]) * i64::from(self.cur.w[k]);
                t as f64 / f64::from(self.clock.max(1))
            })
            .collect()
    }

    fn train(&mut self, ex: &Example) {
        let f = &ex.f;
        for &(a, b) in &f.sentences {
            let (mut p1, mut p2) = (TAGS, TAGS);
            for k in a..b {
                self.clock += 1;
                let (guess, _, dy) = model::step(f, k, p1, p2, &self.cur);
                let truth = ex.gold[k];
                if guess != truth {
                    let (ct, cg) = (model::col(truth), model::col(guess));
                    if ct != cg {
                        for &id in f.ids(k).iter().chain(&dy) {
                            if !self.rare[key(id)] {
                                self.update(key(id) * COLS + ct, 1);
                                self.update(key(id) * COLS + cg, -1);
                            }
                        }
                    }
                    for row in model::trans_rows(p1, p2) {
                        self.update(HASHED + row * TAGS + truth, 1);
                        self.update(HASHED + row * TAGS + guess, -1);
                    }
                }
                p2 = p1;
                p1 = guess;
            }
        }
    }
}

/// The structured training's settings: hypotheses kept (`TRAIN_BEAM`, 0 for the local
/// training of [`Trainer::train`]) and the update (`UPDATE`: `early` or `max`).
fn train_beam() -> (usize, bool) {
    static B: std::sync::OnceLock<(usize, bool)> = std::sync::OnceLock::new();
    *B.get_or_init(|| {
        let beam = std::env::var("TRAIN_BEAM").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
        let max = std::env::var("UPDATE").is_ok_and(|v| v == "max");
        (beam, max)
    })
}

impl Trainer {
    /// Adds `sign` times the features of tag `t` at position `k` after `p1`, `p2` (as
    /// `model::tag_scores` scores them: the hashed features' `O` column is taken off).
    fn add_tag(&mut self, f: &Features, k: usize, p1: usize, p2: usize, t: usize, sign: i32) {
        let c = model::col(t);
        if c != 0 {
            for &id in f.ids(k).iter().chain(&model::dynamic(f, k, p1)) {
                if !self.rare[key(id)] {
                    self.update(key(id) * COLS + c, sign);
                    self.update(key(id) * COLS, -sign);
                }
            }
        }
        for row in model::trans_rows(p1, p2) {
            self.update(HASHED + row * TAGS + t, sign);
        }
    }

    /// A structured perceptron step per sentence: beam decoding (`beam` hypotheses, those
    /// ending in the same two tags merged) and, where the gold tagging's prefix scores
    /// below the beam's best (`early`: where it first falls out of the beam; `max`: where it
    /// trails the best by most), the gold prefix's features up and the best's down.
    fn train_structured(&mut self, ex: &Example, beam: usize, max_violation: bool) {
        let f = &ex.f;
        const NONE: u32 = u32::MAX;
        for &(a, b) in &f.sentences {
            self.clock += (b - a) as u32;
            // (tag, previous entry) of every kept hypothesis.
            let mut trail: Vec<(usize, u32)> = Vec::new();
            // (score, p1, p2, entry, is the gold prefix).
            let mut hyps: Vec<(i64, usize, usize, u32, bool)> = vec![(0, model::TAGS, model::TAGS, NONE, true)];
            let (mut gold, mut gp1, mut gp2) = (0i64, model::TAGS, model::TAGS);
            // The update: the last position and the best hypothesis' entry there, and by how much it beats gold.
            let mut worst: Option<(usize, u32, i64)> = None;
            for k in a..b {
                let cols = model::static_cols(f, k, &self.cur);
                let mut cands: Vec<(i64, usize, usize)> = Vec::new();
                for (h, &(score, p1, p2, _, _)) in hyps.iter().enumerate() {
                    let sc = model::tag_scores(f, k, p1, p2, &cols, &self.cur);
                    for t in 0..TAGS {
                        if model::allowed(p1, t) {
                            cands.push((score + i64::from(sc[t]), h, t));
                        }
                    }
                }
                let g = ex.gold[k];
                gold += i64::from(model::tag_scores(f, k, gp1, gp2, &cols, &self.cur)[g]);
                gp2 = gp1;
                gp1 = g;
                cands.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
                let mut next: Vec<(i64, usize, usize, u32, bool)> = Vec::new();
                for &(score, h, t) in &cands {
                    let p2 = hyps[h].1;
                    if next.iter().any(|n| n.1 == t && n.2 == p2) {
                        continue;
                    }
                    trail.push((t, hyps[h].3));
                    next.push((score, t, p2, (trail.len() - 1) as u32, hyps[h].4 && t == g));
                    if next.len() == beam {
                        break;
                    }
                }
                hyps = next;
                let in_beam = hyps.iter().any(|x| x.4);
                if !hyps[0].4 {
                    let v = hyps[0].0 - gold;
                    if worst.is_none_or(|w| v > w.2) || !max_violation {
                        worst = Some((k, hyps[0].3, v));
                    }
                }
                if !in_beam && !max_violation {
                    break;
                }
                if !in_beam && max_violation && worst.is_none() {
                    break;
                }
            }
            let Some((end, mut at, _)) = worst else { continue };
            // No update when the gold tagging is still in the beam and not beaten at the end.
            if (!max_violation && hyps.iter().any(|x| x.4) && end + 1 < b) || (max_violation && hyps[0].4) {
                continue;
            }
            let mut pred = vec![0usize; end + 1 - a];
            for j in (0..pred.len()).rev() {
                pred[j] = trail[at as usize].0;
                at = trail[at as usize].1;
            }
            let (mut q1, mut q2, mut g1, mut g2) = (TAGS, TAGS, TAGS, TAGS);
            for k in a..=end {
                let (p, g) = (pred[k - a], ex.gold[k]);
                if (p, q1, q2) != (g, g1, g2) {
                    self.add_tag(f, k, g1, g2, g, 1);
                    self.add_tag(f, k, q1, q2, p, -1);
                }
                (q2, q1, g2, g1) = (q1, p, g1, g);
            }
        }
    }
}

/// Entity-level exact match over the examples: (precision, recall, F1).
fn evaluate(exs: &[Example], w: &impl Scorer) -> (f64, f64, f64) {
    evaluate_beam(exs, w, model::BEAM)
}

/// [`evaluate`] with `beam` hypotheses.
fn evaluate_beam(exs: &[Example], w: &impl Scorer, beam: usize) -> (f64, f64, f64) {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for ex in exs {
        let pred = model::spans(&model::decode_beam(&ex.f, w, beam).0, &ex.f.sentences);
        let gold = model::spans(&ex.gold, &ex.f.sentences);
        np += pred.len();
        ng += gold.len();
        tp += pred.iter().filter(|p| gold.binary_search(p).is_ok()).count();
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

/// The dev F1 of both passes (`model::tag` with `model::HISTORY`): the second pass reads
/// the first pass's history.
fn two_pass(raw: &[Vec<Vec<(String, String)>>], dev: &[Example], w: &impl Scorer) -> (f64, f64, f64) {
    let exs: Vec<Example> = raw.iter().zip(dev).map(|(d, ex)| example_with(d, Some(&model::decode_scored(&ex.f, w).0))).collect();
    evaluate(&exs, w)
}

/// A quantised feature: its id and its weights in units of the stored step.
type Quantised = (u32, [i32; COLS]);

/// The `NER4` format (see `Model::from_bytes`) for the given gap bits `r` and value
/// alphabets (the last symbol of each is the escape).
fn encode_with(feats: &[Quantised], trans: &[i16], unit: u8, den: u8, r: u32, alpha: &[u32; COLS]) -> Option<Vec<u8>> {
    let mut syms = Vec::new();
    let mut next = 0u32;
    let mut gap_max = 0;
    for &(id, _) in feats {
        let g = id - next;
        gap_max = gap_max.max(g >> r);
        next = id + 1;
    }
    if gap_max >= 1024 {
        return None;
    }
    let mut counts: Vec<Vec<u64>> = vec![vec![0; gap_max as usize + 1], vec![0; 32]];
    counts.extend(alpha.iter().map(|&a| vec![0u64; a as usize]));
    let mut push = |syms: &mut Vec<Sym>, t: usize, s: u32| {
        counts[t][s as usize] += 1;
        syms.push(Sym::T(t, s));
    };
    next = 0;
    for &(id, w) in feats {
        let g = id - next;
        next = id + 1;
        push(&mut syms, 0, g >> r);
        syms.push(Sym::Bits(r, g & ((1 << r) - 1)));
        let mask = (0..COLS).filter(|&c| w[c] != 0).fold(0, |m, c| m | 1 << c);
        push(&mut syms, 1, mask);
        for c in 0..COLS {
            if w[c] != 0 {
                let z = rans::zig(w[c]);
                if z + 1 >= alpha[c] {
                    push(&mut syms, 2 + c, alpha[c] - 1);
                    assert!(z < 1 << 16, "weight too large");
                    syms.push(Sym::Bits(8, z >> 8));
                    syms.push(Sym::Bits(8, z & 0xff));
                } else {
                    push(&mut syms, 2 + c, z);
                }
            }
        }
    }
    let tables: Vec<Vec<u32>> = counts.iter().map(|c| normalise(c)).collect();
    let mut b = b"NER4".to_vec();
    b.push(id_bits() as u8);
    b.push(unit);
    b.push(den);
    b.extend_from_slice(&(feats.len() as u32).to_le_bytes());
    for &x in trans {
        b.extend_from_slice(&x.to_le_bytes());
    }
    b.push(r as u8);
    for t in &tables {
        rans::put_table(&mut b, t);
    }
    b.extend(rans::encode(&syms, &tables));
    Some(b)
}

/// The `NER4` format, with the gap bits and value alphabets that make it smallest.
fn encode(feats: &[Quantised], trans: &[i16], unit: u8, den: u8) -> Vec<u8> {
    let mut alpha = [64u32; COLS];
    let mut best: Option<Vec<u8>> = None;
    let mut r_best = 0;
    for r in 0..=8 {
        if let Some(b) = encode_with(feats, trans, unit, den, r, &alpha) {
            if best.as_ref().is_none_or(|x| b.len() < x.len()) {
                best = Some(b);
                r_best = r;
            }
        }
    }
    for c in 0..COLS {
        for a in [8, 12, 16, 20, 24, 32, 40, 48, 64, 80, 96, 128, 160, 192, 256] {
            let mut al = alpha;
            al[c] = a;
            if let Some(b) = encode_with(feats, trans, unit, den, r_best, &al) {
                if best.as_ref().is_none_or(|x| b.len() < x.len()) {
                    best = Some(b);
                    alpha = al;
                }
            }
        }
    }
    best.expect("an encoding")
}

/// Size after `gzip -9` (the external command; 0 when it is missing).
fn gzipped(bytes: &[u8]) -> usize {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let Ok(mut child) = Command::new("gzip").arg("-9c").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn() else { return 0 };
    let mut stdin = child.stdin.take().expect("stdin");
    let data = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().map(|o| o.stdout.len()).unwrap_or(0);
    let _ = writer.join();
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map_or("../shared/data/conll2003", String::as_str);
    let out = args.get(2).map_or("src/lexicon/ner.bin", String::as_str);
    let epochs: usize = std::env::var("EPOCHS").ok().and_then(|s| s.parse().ok()).unwrap_or(15);
    let train_path = format!("{dir}/train.txt");
    if !std::path::Path::new(&train_path).exists() {
        println!("SKIPPED: {train_path} not found");
        return;
    }
    // HOLD=k leaves out every k-th training document (to measure what more data is worth).
    let hold: usize = std::env::var("HOLD").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let train_raw: Vec<_> = read_conll(&train_path).into_iter().enumerate().filter(|(d, _)| hold == 0 || d % hold != 0).map(|(_, d)| d).collect();
    let mut train: Vec<Example> = train_raw.iter().map(|d| example(d)).collect();
    let dev_path = format!("{dir}/dev.txt");
    let dev_raw: Vec<_> = if std::path::Path::new(&dev_path).exists() { read_conll(&dev_path) } else { Vec::new() };
    let mut dev: Vec<Example> = dev_raw.iter().map(|d| example(d)).collect();
    // HISTORY=1 (what `model::HISTORY` needs): each training document also comes as the
    // second pass sees it, its history from a first pass by a model that did not see it
    // (`FOLDS`, default 5, models without history, one per fold).
    let with_history = model::HISTORY && std::env::var("HISTORY").map_or(true, |v| v != "0");
    if with_history {
        let folds: usize = std::env::var("FOLDS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
        let hist_cache = std::env::var("HIST_CACHE").ok();
        let firsts: Vec<Vec<usize>> = if let Some(bytes) = hist_cache.as_deref().and_then(|c| std::fs::read(c).ok()) {
            let mut at = 0;
            train.iter().map(|ex| { let v = bytes[at..at + ex.f.len()].iter().map(|&b| usize::from(b)).collect(); at += ex.f.len(); v }).collect()
        } else {
            let mut firsts = vec![Vec::new(); train.len()];
            // The folds' document order does not follow SEED (`FOLD_SEED`, default 0).
            let seed: u64 = std::env::var("FOLD_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
            for j in 0..folds {
                let rest: Vec<Example> = train_raw.iter().enumerate().filter(|(d, _)| d % folds != j).map(|(_, d)| example(d)).collect();
                let avg = train_avg(&rest, &[], vec![false; 1 << model::BITS], epochs, seed);
                let w = Dense { w: avg.iter().map(|&x| (x * 16.0).round() as i32).collect(), per: 16 };
                for d in (0..train.len()).filter(|d| d % folds == j) {
                    firsts[d] = model::decode_scored(&train[d].f, &w).0;
                }
                eprintln!("fold {j}: first pass done");
            }
            if let Some(c) = hist_cache.as_deref() {
                std::fs::write(c, firsts.iter().flatten().map(|&t| t as u8).collect::<Vec<u8>>()).expect("history cache");
            }
            firsts
        };
        let second: Vec<Example> = train_raw.iter().zip(&firsts).map(|(d, t)| example_with(d, Some(t))).collect();
        train.extend(second);
    }
    // WITH_DEV=1 trains on train and dev (the final model; dev figures then say nothing and
    // are not printed: report those of the model trained on train alone).
    if std::env::var("WITH_DEV").is_ok_and(|v| v == "1") {
        train.append(&mut dev);
    }
    eprintln!("{} train documents, {} dev documents", train.len(), dev.len());
    // AVG_CACHE=file: reuse averaged weights saved by an earlier run (to try quantisation).
    let cache = std::env::var("AVG_CACHE").ok();
    let avg: Vec<f64> = if let Some(bytes) = cache.as_deref().and_then(|c| std::fs::read(c).ok()) {
        bytes.chunks(8).map(|c| f64::from_le_bytes(c.try_into().expect("8 bytes"))).collect()
    } else {
        let min_count: u32 = std::env::var("MIN_COUNT").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
        let mut count = vec![0u32; 1 << model::BITS];
        for ex in &train {
            for k in 0..ex.f.len() {
                for &id in ex.f.ids(k) {
                    count[key(id)] += 1;
                }
            }
        }
        let rare: Vec<bool> = count.iter().map(|&c| c > 0 && c < min_count).collect();
        // RUNS=k: the mean of k runs' averaged weights, each with its own document order
        // (seeds SEED, SEED + 1, …).
        let runs: u64 = std::env::var("RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
        let base: u64 = std::env::var("SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
        let mut avg = train_avg(&train, &dev, rare.clone(), epochs, base);
        for k in 1..runs {
            let more = train_avg(&train, &dev, rare.clone(), epochs, base + k);
            for (a, b) in avg.iter_mut().zip(more) {
                *a += b;
            }
        }
        if runs > 1 {
            for a in &mut avg {
                *a /= runs as f64;
            }
            if !dev.is_empty() {
                let (p, r, f) = evaluate(&dev, &Dense { w: avg.iter().map(|&x| (x * 16.0).round() as i32).collect(), per: 16 });
                eprintln!("mean of {runs} runs: dev P {p:.4} R {r:.4} F1 {f:.4}");
                if with_history {
                    let (p, r, f) = two_pass(&dev_raw, &dev, &Dense { w: avg.iter().map(|&x| (x * 16.0).round() as i32).collect(), per: 16 });
                    eprintln!("mean of {runs} runs, second pass: dev P {p:.4} R {r:.4} F1 {f:.4}");
                }
            }
        }
        if let Some(c) = cache.as_deref() {
            std::fs::write(c, avg.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>()).expect("cache");
        }
        avg
    };
    let var = |name: &str, default: f64| std::env::var(name).ok().and_then(|s| s.parse().ok()).unwrap_or(default);
    // Selection (see `select`); KEEP may list several counts: each is reported, the last written.
    let crit = std::env::var("CRIT").unwrap_or_else(|_| "impmax".into());
    let keeps: Vec<usize> = std::env::var("KEEP").unwrap_or_else(|_| "9000".into()).split(',').filter_map(|s| s.parse().ok()).collect();
    let small = var("SMALL", 1.5);
    let shift = var("SHIFT", 0.0) > 0.0;
    // UNIT=m/d: weights stored in units of m / d updates.
    let unit = std::env::var("UNIT").unwrap_or_else(|_| "1/1".into());
    let (m, d) = unit.split_once('/').and_then(|(m, d)| Some((m.parse::<u8>().ok()?, d.parse::<u8>().ok()?))).filter(|&(m, d)| m > 0 && d > 0).expect("UNIT=m/d");
    let retrain = var("RETRAIN", 0.0) as usize;
    let count = counts(&train);
    let mut bytes = Vec::new();
    for &keep in &keeps {
        let quant = |x: f64| (x * f64::from(d) / f64::from(m)).round() as i32;
        let mut src = avg.clone();
        let imp = crit.starts_with("imp").then(|| {
            let all = select(&src, &count, None, 0.0, "max", shift, usize::MAX, small, &quant);
            let mut w = vec![0i32; HASHED + model::TRANS_ROWS * TAGS];
            for &(id, v) in &all {
                w[id as usize * COLS..id as usize * COLS + COLS].copy_from_slice(&v.map(|x| x * i32::from(m)));
            }
            for (k, &x) in src[HASHED..].iter().enumerate() {
                w[HASHED + k] = (x * f64::from(d)).round() as i32;
            }
            importance(&train, &Dense { w, per: i32::from(d) }, var("WINDOW", 30.0) as i32 * i32::from(d))
        });
        let mix = var("MIX", 10.0);
        let mut feats = select(&src, &count, imp.as_deref(), mix, &crit, shift, keep, small, &quant);
        for _ in 0..retrain {
            let mut frozen = vec![true; 1 << model::BITS];
            for &(id, _) in &feats {
                frozen[id as usize] = false;
            }
            src = train_avg(&train, &[], frozen, epochs, std::env::var("SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0));
            feats = select(&src, &count, None, 0.0, &crit, shift, keep, small, &quant);
        }
        let trans: Vec<i16> = src[HASHED..].iter().map(|&x| (x * f64::from(d)).round().clamp(-32767.0, 32767.0) as i16).collect();
        bytes = encode(&feats, &trans, m, d);
        let mdl = model::Model::from_bytes(&bytes).expect("round trip");
        for &(id, w) in &feats {
            let mut out = [0i32; COLS];
            mdl.add(id << (model::BITS - id_bits()), &mut out);
            assert_eq!(out, w.map(|x| x * i32::from(m)), "round trip of feature {id}");
        }
        // What decoding costs at start-up (the fastest of 20 runs).
        let load = (0..20)
            .map(|_| {
                let t = std::time::Instant::now();
                std::hint::black_box(model::Model::from_bytes(std::hint::black_box(&bytes)));
                t.elapsed()
            })
            .min()
            .unwrap_or_default();
        let dev_f1 = if dev.is_empty() {
            String::new()
        } else {
            let (p, r, f) = evaluate(&dev, &mdl);
            let beams: String = [1, 2, 4, 8, 100].iter().map(|&b| format!(" {b}:{:.4}", evaluate_beam(&dev, &mdl, b).2)).collect();
            if let Ok(ps) = std::env::var("PRUNES") {
                for p in ps.split(',').filter_map(|x| x.parse::<i32>().ok()) {
                    let mut tot = 0usize;
                    let mut sc = 0f64;
                    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
                    for ex in &dev {
                        let pred = model::spans(&model::decode_pruned(&ex.f, &mdl, model::BEAM, p).0, &ex.f.sentences);
                        let gold = model::spans(&ex.gold, &ex.f.sentences);
                        np += pred.len();
                        ng += gold.len();
                        tp += pred.iter().filter(|x| gold.binary_search(x).is_ok()).count();
                        tot += ex.f.len();
                    }
                    let (pp, rr) = (tp as f64 / np as f64, tp as f64 / ng as f64);
                    sc += 2.0 * pp * rr / (pp + rr);
                    eprintln!("prune {p}: dev F1 {sc:.4} ({tot} tokens)");
                }
            }
            let second = if with_history {
                let (p, r, f) = two_pass(&dev_raw, &dev, &mdl);
                format!("; second pass: dev P {p:.4} R {r:.4} F1 {f:.4}")
            } else {
                String::new()
            };
            format!(": dev P {p:.4} R {r:.4} F1 {f:.4} (beam{beams}){second}")
        };
        if !dev.is_empty() {
            for beam in [1, model::BEAM] {
                let (mut inside, mut outside) = (Vec::new(), Vec::new());
                for ex in &dev {
                    let (tags, margins) = model::decode_beam(&ex.f, &mdl, beam);
                    for (&t, &m) in tags.iter().zip(&margins) {
                        if t == 0 { outside.push(m) } else { inside.push(m) }
                    }
                }
                inside.sort_unstable();
                outside.sort_unstable();
                let q = |v: &[i32]| [5, 10, 25, 50, 75, 90].map(|p| v[v.len() * p / 100]);
                eprintln!("beam {beam} margins: names {:?}, outside {:?}", q(&inside), q(&outside));
            }
        }
        eprintln!(
            "keep {keep}: {} features, {} weights, {} bytes, {} gzipped, decoded in {:.2} ms{dev_f1}",
            feats.len(),
            feats.iter().map(|(_, w)| w.iter().filter(|&&x| x != 0).count()).sum::<usize>(),
            bytes.len(),
            gzipped(&bytes),
            load.as_secs_f64() * 1000.0
        );
    }
    std::fs::write(out, &bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
    println!("wrote {out}: {} bytes", bytes.len());
}

/// What each feature does for the decisions that are close in training: over the tokens
/// whose gold tag wins or loses by at most `window` updates (greedy decoding with all the
/// weights `full`), the sum of what the feature adds to the gold tag's score over its best
/// rival's.
fn importance(train: &[Example], full: &Dense, window: i32) -> Vec<f64> {
    let mut imp = vec![0f64; 1 << model::BITS];
    for ex in train {
        let f = &ex.f;
        for &(a, b) in &f.sentences {
            let (mut p1, mut p2) = (TAGS, TAGS);
            for k in a..b {
                let (guess, _, dy) = model::step(f, k, p1, p2, full);
                let g = ex.gold[k];
                // Scores of every tag, as `step` computes them.
                let mut cols = [0i32; COLS];
                for &id in f.ids(k).iter().chain(&dy) {
                    full.add(id, &mut cols);
                }
                let mut scores = [0i32; TAGS];
                for row in model::trans_rows(p1, p2) {
                    full.transitions(row, &mut scores);
                }
                let allowed: Vec<usize> = (0..TAGS).filter(|&t| model::allowed(p1, t)).collect();
                if allowed.contains(&g) {
                    let score = |t: usize| scores[t] + cols[model::col(t)];
                    if let Some(r) = allowed.iter().copied().filter(|&t| t != g).max_by_key(|&t| (score(t), std::cmp::Reverse(t))) {
                        let m = score(g) - score(r);
                        let (cg, cr) = (model::col(g), model::col(r));
                        if m.abs() <= window && cg != cr {
                            for &id in f.ids(k).iter().chain(&dy) {
                                let row = &full.w[key(id) * COLS..key(id) * COLS + COLS];
                                imp[key(id)] += f64::from(row[cg] - row[cr]);
                            }
                        }
                    }
                }
                p2 = p1;
                p1 = guess;
            }
        }
    }
    imp
}

/// Feature firing counts in training (dynamic features with the gold previous tag).
fn counts(train: &[Example]) -> Vec<u32> {
    let mut count = vec![0u32; 1 << model::BITS];
    for ex in train {
        for &(a, b) in &ex.f.sentences {
            for k in a..b {
                for &id in ex.f.ids(k) {
                    count[key(id)] += 1;
                }
                let p1 = if k > a { ex.gold[k - 1] } else { TAGS };
                for id in model::dynamic(&ex.f, k, p1) {
                    count[key(id)] += 1;
                }
            }
        }
    }
    count
}

/// The features kept, ids ascending, with their weights rounded by `quant`: the `keep` best
/// by `crit` (`max`: the largest weight; `spread`: largest minus smallest; `l1`: the sum of
/// magnitudes; `sqrt`, `log`: the spread times a function of the training count), after
/// moving each feature's median weight to 0 when `shift`. Weights below `small` updates are
/// zeroed. Ties go to the smaller id: the same features on every run.
#[allow(clippy::too_many_arguments)]
fn select(avg: &[f64], count: &[u32], imp: Option<&[f64]>, mix: f64, crit: &str, shift: bool, keep: usize, small: f64, quant: &dyn Fn(f64) -> i32) -> Vec<(u32, [i32; COLS])> {
    let mut scored: Vec<(f64, u32, [f64; COLS])> = Vec::new();
    for id in 0..HASHED / COLS {
        let mut row = [0f64; COLS];
        row.copy_from_slice(&avg[id * COLS..id * COLS + COLS]);
        if row.iter().all(|&x| x == 0.0) {
            continue;
        }
        if shift {
            let mut s = row;
            s.sort_by(|a, b| a.partial_cmp(b).unwrap());
            let m = s[2];
            for x in &mut row {
                *x -= m;
            }
        }
        let mx = row.iter().fold(0f64, |m, x| m.max(x.abs()));
        let spread = row.iter().cloned().fold(f64::MIN, f64::max) - row.iter().cloned().fold(f64::MAX, f64::min);
        let c = f64::from(count[id].max(1));
        let sc = match crit {
            "max" => mx,
            "spread" => spread,
            "sqrt" => spread * c.sqrt(),
            "log" => spread * (1.0 + c.ln()),
            "l1" => row.iter().map(|x| x.abs()).sum::<f64>(),
            "imp" => imp.map_or(0.0, |v| v[id]),
            "impmax" => imp.map_or(0.0, |v| v[id].max(0.0)) + mx * mix,
            _ => panic!("crit"),
        };
        scored.push((sc, id as u32, row));
    }
    scored.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap().then(a.1.cmp(&b.1)));
    scored.truncate(keep);
    let mut out: Vec<(u32, [i32; COLS])> = scored
        .into_iter()
        .filter_map(|(_, id, row)| {
            let mut v = [0i32; COLS];
            for c in 0..COLS {
                if row[c].abs() >= small {
                    v[c] = quant(row[c]);
                }
            }
            // Adding a constant to a feature's five weights changes no decision and no
            // margin: move the median to 0 (more zeros, smaller values).
            let mut sorted = v;
            sorted.sort_unstable();
            v = v.map(|x| x - sorted[COLS / 2]);
            v.iter().any(|&x| x != 0).then_some((id, v))
        })
        .collect();
    out.sort_by_key(|x| x.0);
    out
}

/// Trains `epochs` epochs (ids marked in `frozen` are never updated) and returns the averaged weights.
fn train_avg(train: &[Example], dev: &[Example], frozen: Vec<bool>, epochs: usize, seed: u64) -> Vec<f64> {
    let size = HASHED + model::TRANS_ROWS * TAGS;
    let mut tr = Trainer { rare: frozen, cur: Dense { w: vec![0; size], per: 1 }, total: vec![0; size], stamp: vec![0; size], clock: 0 };
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D ^ seed;
    for epoch in 0..epochs {
        // Fisher-Yates with a fixed xorshift seed.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &d in &order {
            match train_beam() {
                (0, _) => tr.train(&train[d]),
                (beam, max) => tr.train_structured(&train[d], beam, max),
            }
        }
        if !dev.is_empty() && (epoch + 1) % 3 == 0 {
            let avg: Vec<i32> = tr.averaged().iter().map(|&x| (x * 16.0).round() as i32).collect();
            let (p, r, f) = evaluate(dev, &Dense { w: avg, per: 16 });
            eprintln!("epoch {}: dev P {p:.4} R {r:.4} F1 {f:.4}", epoch + 1);
        }
    }
    tr.averaged()
}
