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
//! Features whose five weights all stay below `PRUNE` (default 2.8 perceptron updates) are
//! dropped, and single weights below `SMALL` (default 1); the rest are rounded to units of
//! `1 / SCALE` updates (default 1) and written in the `NER3` format (see `Model::from_bytes`).
//! `EPOCHS` (default 15); `MIN_COUNT` (default 1) leaves features seen fewer times in training
//! untrained. No feature text is written. `AVG_CACHE=file` saves the averaged weights (or
//! reuses them when the file exists) to try other pruning settings without training again.
//! `HOLD=k` leaves out every k-th training document (what more data is worth: with 80% of the
//! documents the pipeline's dev F1 was .882 instead of .887). `WITH_DEV=1` trains on train and
//! dev together (no dev figures are printed then; report those of the train-only model): with
//! `PRUNE=3.17` it fits the same size budget (46,905 bytes gzipped). Not the committed model.

use undertone::entity::model::{self, Features, Scorer, COLS, TAGS};
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
    let f = model::extract(&d, &sentences);
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

/// Dense weights: [`COLS`] per feature bucket, then the transition table.
struct Dense {
    w: Vec<i32>,
}

impl Scorer for Dense {
    fn add(&self, id: u32, out: &mut [i32; COLS]) {
        let row = &self.w[id as usize * COLS..id as usize * COLS + COLS];
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
                            if !self.rare[id as usize] {
                                self.update(id as usize * COLS + ct, 1);
                                self.update(id as usize * COLS + cg, -1);
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

/// Entity-level exact match over the examples: (precision, recall, F1).
fn evaluate(exs: &[Example], w: &impl Scorer) -> (f64, f64, f64) {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for ex in exs {
        let pred = model::spans(&model::decode(&ex.f, w), &ex.f.sentences);
        let gold = model::spans(&ex.gold, &ex.f.sentences);
        np += pred.len();
        ng += gold.len();
        tp += pred.iter().filter(|p| gold.binary_search(p).is_ok()).count();
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

/// A quantised feature: id, weights in units of the step, clamped to `i8`, and what the
/// clamping left out.
type Quantised = (u32, [i8; COLS], [i16; COLS]);

/// Quantised features, ids ascending, and the transition table, in units of `1 / scale`
/// perceptron updates. A weight below `small` updates in magnitude is dropped, and a feature
/// whose weights are all below `prune`; the others are rounded to those units. No
/// transcendental functions: the same bytes on every run.
fn quantise(avg: &[f64], prune: f64, small: f64, scale: f64) -> (Vec<Quantised>, Vec<i16>) {
    let q = |x: f64| (x * scale).round().clamp(-32767.0, 32767.0) as i16;
    let mut out = Vec::new();
    for id in 0..HASHED / COLS {
        let row = &avg[id * COLS..id * COLS + COLS];
        if row.iter().all(|x| x.abs() < prune) {
            continue;
        }
        let (mut w, mut rest) = ([0i8; COLS], [0i16; COLS]);
        for c in 0..COLS {
            if row[c].abs() >= small {
                let v = q(row[c]);
                w[c] = v.clamp(-127, 127) as i8;
                rest[c] = v - i16::from(w[c]);
            }
        }
        if w.iter().any(|&x| x != 0) {
            out.push((id as u32, w, rest));
        }
    }
    let trans = avg[HASHED..].iter().map(|&x| q(x)).collect();
    (out, trans)
}

/// The `NER3` format (see `Model::from_bytes`).
fn encode(feats: &[Quantised], trans: &[i16], scale: u8) -> Vec<u8> {
    let low = 8u32;
    let k = model::BITS - low;
    let mut b = b"NER3".to_vec();
    b.push(model::BITS as u8);
    b.push(k as u8);
    b.push(scale);
    b.extend_from_slice(&(feats.len() as u32).to_le_bytes());
    for &x in trans {
        b.extend_from_slice(&x.to_le_bytes());
    }
    let mut sizes = vec![0u32; 1 << k];
    for &(id, ..) in feats {
        sizes[(id >> low) as usize] += 1;
    }
    b.extend(sizes.iter().map(|&s| u8::try_from(s).expect("bucket of at most 255 features")));
    b.extend(feats.iter().map(|&(id, ..)| (id & 0xff) as u8));
    for (_, w, _) in feats {
        b.extend(w.iter().map(|&x| x as u8));
    }
    let mut wide = vec![0u8; feats.len().div_ceil(8)];
    let mut rest = Vec::new();
    for (f, (_, _, r)) in feats.iter().enumerate() {
        for (c, &x) in r.iter().enumerate() {
            if x != 0 {
                wide[f / 8] |= 1 << (f % 8);
                rest.extend_from_slice(&((f * COLS + c) as u32).to_le_bytes());
                rest.extend_from_slice(&x.to_le_bytes());
            }
        }
    }
    b.extend_from_slice(&wide);
    b.extend_from_slice(&((rest.len() / 6) as u32).to_le_bytes());
    b.extend_from_slice(&rest);
    b
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
    // Pruning threshold (comma-separated values: each is reported on dev, the last is written).
    let prunes: Vec<f64> = std::env::var("PRUNE").unwrap_or_else(|_| "2.8".into()).split(',').filter_map(|s| s.parse().ok()).collect();
    let train_path = format!("{dir}/train.txt");
    if !std::path::Path::new(&train_path).exists() {
        println!("SKIPPED: {train_path} not found");
        return;
    }
    // HOLD=k leaves out every k-th training document (to measure what more data is worth).
    let hold: usize = std::env::var("HOLD").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut train: Vec<Example> = read_conll(&train_path).iter().enumerate().filter(|(d, _)| hold == 0 || d % hold != 0).map(|(_, d)| example(d)).collect();
    let dev_path = format!("{dir}/dev.txt");
    let mut dev: Vec<Example> = if std::path::Path::new(&dev_path).exists() { read_conll(&dev_path).iter().map(|d| example(d)).collect() } else { Vec::new() };
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
        let size = HASHED + model::TRANS_ROWS * TAGS;
        let min_count: u32 = std::env::var("MIN_COUNT").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
        let mut count = vec![0u32; 1 << model::BITS];
        for ex in &train {
            for k in 0..ex.f.len() {
                for &id in ex.f.ids(k) {
                    count[id as usize] += 1;
                }
            }
        }
        let rare = count.iter().map(|&c| c > 0 && c < min_count).collect();
        let mut tr = Trainer { rare, cur: Dense { w: vec![0; size] }, total: vec![0; size], stamp: vec![0; size], clock: 0 };
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for epoch in 0..epochs {
            // Fisher-Yates with a fixed xorshift seed.
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            for &d in &order {
                tr.train(&train[d]);
            }
            if !dev.is_empty() && (epoch + 1) % 3 == 0 {
                let avg: Vec<i32> = tr.averaged().iter().map(|&x| (x * 16.0).round() as i32).collect();
                let (p, r, f) = evaluate(&dev, &Dense { w: avg });
                eprintln!("epoch {}: dev P {p:.4} R {r:.4} F1 {f:.4}", epoch + 1);
            }
        }
        let avg = tr.averaged();
        if let Some(c) = cache.as_deref() {
            std::fs::write(c, avg.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>()).expect("cache");
        }
        avg
    };
    let mut bytes = Vec::new();
    eprintln!("largest weight {}", avg.iter().fold(0f64, |m, x| m.max(x.abs())));
    let var = |name: &str, default: f64| std::env::var(name).ok().and_then(|s| s.parse().ok()).unwrap_or(default);
    let small = var("SMALL", 1.0);
    let scale = var("SCALE", 1.0).clamp(1.0, 255.0).round();
    for &prune in &prunes {
        let (q, trans) = quantise(&avg, prune, small, scale);
        bytes = encode(&q, &trans, scale as u8);
        let m = model::Model::from_bytes(&bytes).expect("round trip");
        for &(id, w, rest) in &q {
            let mut out = [0i32; COLS];
            m.add(id, &mut out);
            let want: Vec<i32> = w.iter().zip(rest).map(|(&x, r)| i32::from(x) + i32::from(r)).collect();
            assert_eq!(out.to_vec(), want, "round trip of feature {id}");
        }
        let dev_f1 = if dev.is_empty() {
            String::new()
        } else {
            let (p, r, f) = evaluate(&dev, &m);
            format!(": dev P {p:.4} R {r:.4} F1 {f:.4}")
        };
        eprintln!("prune {prune}: {} features, {} weights, {} bytes, {} gzipped{dev_f1}", q.len(), q.iter().map(|(_, w, _)| w.iter().filter(|&&x| x != 0).count()).sum::<usize>(), bytes.len(), gzipped(&bytes));
    }
    std::fs::write(out, &bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
    println!("wrote {out}: {} bytes", bytes.len());
}
