//! Trains the target-sentiment model (`src/lexicon/target_model.bin`) on NewsMTSC's train split.
//!
//! ```sh
//! cargo run --release --example train-tone                      # writes src/lexicon/target_model.bin
//! cargo run --release --example train-tone -- --check           # trains and reports, writes nothing
//! cargo run --release --example train-tone -- --data ../shared/data --bits 15 --epochs 8 --balance 0
//! cargo run --release --example train-tone -- --cv 5 --drop 6   # 5-fold CV on train, without tag 6
//! ```
//!
//! Flags: `--model path` (score that model file on train and dev, writes nothing), `--group` (with `--cv`: folds of whole sentences), `--seed s` (the training order's seed),
//! `--repeat r` (with `--cv`: r runs of the k folds, the first as always, the others
//! with folds and training orders drawn afresh; the mean is steadier than one run, whose
//! training order alone moves it by +-.003), `--calibrate` (with `--cv`: decision offsets
//! chosen on half the folds' held-out margins, scored on the other half), `--float` (with
//! `--cv`: score the unquantised weights), `--bits` (hash buckets 2^bits), `--epochs`, `--rate` (AdaGrad), `--l2`, `--seeds`
//! (average of several shufflings), `--balance p` (class weights (n / 3 count)^p), `--shift p,n`
//! (bias offsets), `--drop t,..` (leave out feature tags), `--further` (train on further
//! mentions too), `--cv k` (k-fold macro-F1 on train, writes nothing; with `ERRORS=1` in the
//! environment it also prints held-out mistakes to the terminal, for reading only),
//! `--orders n` (dev macro-F1 mean and sd over n retrains: the default order, then seeds 100, 200, ...; with
//! `--seeds k` each retrain averages k orders; writes nothing), `--min-count m` (train on the features seen in at least m examples; default 4), `--dropout q`, `--smooth e`, `--prune p`
//! (zero the weights below the p quantile of sizes), `--out path` (write the model elsewhere), `--levels L` and `--clip q`
//! (quantisation: L steps each side of zero, the top step at the q quantile of the weights'
//! sizes). Defaults are the shipped model's. Size vs dev macro-F1 (rw / mt, 2026-12-05, CLI
//! eval, before the cue-count feature): 127 steps 26.6 KB gzip .702/.673; 15 steps, q .999:
//! 20.1 KB, .698/.670; 7 steps, q .999: 15.7 KB, .697/.670, but it turned clear cases in
//! tests/tone.rs neutral. With the cue counts (tag 24), 10-fold / 5-fold CV on train and gzip
//! -9 size: 15 steps q .999 .6714/.6705 20.2 KB; 14 steps q .999 .6708/.6707 19.9 KB; 16
//! steps q .9995 .6707/.6715 19.9 KB; 15 steps q .9995 .6695/- 19.5 KB; 14 steps q .9995
//! .6699/.6692 19.2 KB (the session-6 model; dev .696/.687).
//! Dev swings by +-.01 between these settings: it is too small to choose among them.
//!
//! `--min-count m` keeps only the features seen in at least m training examples (a feature
//! seen once or twice is noise, and the buckets no kept feature reaches stay zero and gzip to
//! almost nothing). With the session-7 cues (excess, counterfactual, judgement words), 10-fold
//! CV and gzip -9 size: min-count 1, 14 steps .6699 18.9 KB; min-count 2 .6716 18.7 KB;
//! min-count 3 .6722 17.6 KB; min-count 4 .6712 16.6 KB; min-count 5 .6678 15.7 KB;
//! min-count 3 with 10 steps .6702 15.6 KB (shipped: the session-6 CV at 3.6 KB less; dev
//! .688/.674; 15.2 KB with each bucket's two weights side by side); 12 steps .6686 (min-count 4). 2^13 buckets halve the size (9.9 KB) but cost CV
//! .006-.012 (min-count 2-6, 20 steps, without tag 4), and these did not help either (CV at
//! min-count 3): 3 seeds .6694, rate .05 .6655 and .01 .6621, epochs 12 .6712, balance .3
//! .6718, bias shifts (+.2/+.4 positive) .6703/.6658, without the stems (tag 15) .6595, without
//! tag 4 .6683, word bigrams .6592. The header is two short lines: it ships in the page.
//! Session 8 (news criticism words, degree adverbs), 10-fold / 5-fold CV, gzip -9: 10 steps
//! .6711/.6689 15.2 KB; 9 steps .6717/.6690 14.6 KB; 8 steps .6721/.6701 14.0 KB (shipped; dev
//! .680/.674); 7 steps .6702/.6699 13.3 KB; min-count 4 .6670 14.3 KB. Tried and left out (10-fold
//! CV, all within +-.003 of the shipped features): the side of a contrast word ("but", "although")
//! the target is on, with the rule's class; the word after the target's possessive "'s"; a cue
//! after a be-form after the target (passive) or before "by" + target (agent); whether a cue
//! lies before / after the target in its clause; training on further mentions (dev .694/.673).
//!
//! Session 9: the weights are stored as one byte per bucket (two signed 4-bit numbers, -8..7):
//! 14.0 -> 11.4 KB gzip (gzip codes the correlated pair as one symbol). 10-fold CV / dev rw /
//! dev mt: i8 pairs, clip .9995 .6714/.706/.670; nibbles, clip .9995 .6697/.703/.670 (11.9 KB);
//! clip .999 .6694; clip .9998 .6725/.689/.674 (11.4 KB). With "few", "at best" and "couldn't X
//! more" (cue rules): clip .9998 .6725/.677/.674; clip .9995 .6708/.698/.673 (shipped: dev
//! together .010 higher, CV within noise; 11.9 KB). Also tried (10-fold CV, the
//! shipped features .6737 then): L2 1e-4 .. 1e-2 .6734-.6748 (no change); a feature of the
//! cue's modifiers (negated, hedged, contrast, intensified) and one of a negator in the target's
//! clause, .6725 together, .6721 / .6718 alone; without the word feature (tag 2) .6715, dev
//! .690/.667, 1.3 KB smaller; without the target's words (tag 6) .6604 (dev .703/.673); without
//! the cue words (tag 14) .6702; 7 steps .6705 (dev .683/.677).
//!
//! Session 10: CV figures are now the mean of 6 runs of 10-fold CV (`--cv 10 --repeat 6`); one
//! run moves by +-.003 with the training order alone. Main then: .6704 (one run .6708, dev
//! .698/.673, page 295,478 B gzip). The target's role toward its nearest cues, the nearest
//! cue's side and sign, pronoun targets and cues inside the target (tags 26, 27, 30-32 in
//! `src/sentiment/model.rs`): .6726 on 2^14 buckets (+110 B gzip); without tag 4 .6730 and 1 KB
//! smaller; that room buys 2^15 buckets at 5 steps, min-count 4, clip .9998: .6743 (shipped:
//! one run .6729, 5-fold .6730, dev .713/.677, model 11,468 B gzip -9, page 295,796 B with the
//! weight bytes XORed, 297,944 without; PerSenT entity sentiment .451 (.460 before), entity
//! targets .367 (.373)). Nearby (10-fold x6, gzip -9 of the model): 2^15 min-count 3, 5 steps
//! .6760 13.1 KB; 2^15, 8 steps .6758 15.9 KB; min-count 4, 6 steps .6743 12.7 KB; 5 steps clip
//! .999 .6748 12.4 KB; 4 steps .6714 10.8 KB; min-count 5, 6 steps .6722 11.4 KB; 2^16 min-count 5
//! .6748 12.7 KB; 2^14, 5 steps .6710 9.3 KB; without tags 4 and 2 .6667 8.6 KB. Tried and not
//! kept (one 10-fold run unless x6, 2^14, tags 26-32 absent where the figure is .6708-based):
//! decision offsets for the two margins chosen on half the folds' held-out margins
//! (`--calibrate`): on the other half +.0015/+.0020 in one run, -.004 to +.005 across four runs
//! (none: the margins' zero is the best threshold there is); the unquantised weights (`--float`)
//! .6743 vs .6708 (what 4-bit steps cost); 1-2 more epochs through the 4-bit steps
//! (straight-through, rate .002-.01) .6694-.6721; averaging only the later epochs (from epoch
//! 2/4/7 of 8, or 6 of 12) .6712-.6722 x6 (all epochs .6726); 3 / 5 training orders averaged
//! .6689/.6675 (float .6731/.6714); epochs 4/6/12/16 .6678/.6694/.6709/.6699; rate .03/.04
//! .6688/.6641; L2 0 .6706; class weights --balance .3/.5/1 .6718 x6/.6693/.6692; min-count 2 x6
//! .6719. Dropping the older tags one at a time (x6, .6726 with all): 2 .6717, 6 .6667, 7 .6712,
//! 8 .6710, 9 .6700, 10 .6721, 11 .6712, 12 .6726, 13 .6718, 14 .6719, 15 .6623, 24 .6724: all
//! kept but 4.
//!
//! Session 11 (mean of 6 runs of 10-fold CV; on main before the session's cue changes were
//! merged): main .6739 (dev .708/.665). `--dropout q` (each
//! feature left out of a training step with chance q, a regulariser): q .05 .6741, .1 .6726,
//! .2 .6685, .3 .6656: no gain, not used (default 0). `--smooth e` (label smoothing: the gold
//! class's target 1 - e + e/3): e .05 .6743, .1 .6745, .2 .6748, .25 .6752, .3 .6765, .35
//! .6756, .4 .6760 (5-fold x6 .6700 -> .6715 at .3), but dev rw/mt .716/.645 (.704/.665
//! without) and 11,638 B gzip (11,400): within the runs' noise, not used (default 0). Tried and
//! gone (x6): a feature of each cue by sign x inside a quotation x the target quoted x the
//! target speaks (tag 42) .6736; the window's words marked when on the other side of a
//! quotation mark from the target .6731. The apposition descriptor now stops at
//! a finite verb of its own ("in X, the economy is weak" is no apposition): CV .6739
//! unchanged, dev rw .708 -> .704 (one target, right before for the wrong reason). After the
//! merge of the session's cue changes: CV .6769, dev (shipped model) .718/.676 with it and
//! without; retrained on the new cues (`--check`) dev .697/.679 (not retrained here).
//!
//! Session 15 (mean of 20 runs of 10-fold CV). `--group` makes folds of sentences, not of
//! targets: by default a target's sibling in a multi-target sentence is in training about nine
//! times in ten and its words give the label away (siblings share their class in 59 % of train's
//! 972 multi-target sentences); grouped CV is lower (.6751 vs .6774 on the same features) and
//! the fairer test of target-relative features. `--cv` also prints the pooled held-out
//! macro-F1 of the targets of multi-target sentences (n = 1,953; .657), the closest thing in
//! train to dev_mt (whose sentences all hold 2-3 targets, 49 % of them neutral against train's
//! multi-target 20 %). `--seed s` retrains on another order: seeds 1/2/3/default gave dev
//! .722/.689, .699/.690, .693/.700, .706/.699 (rw/mt) and PerSenT entity sentiment .447, .473,
//! .460, .459 (shipped model .718/.680, .479): a retrain moves dev by +-.015 and PerSenT by
//! +-.013 by chance alone. Tried and gone: each cue with another capitalised word between it
//! and the target (tag 43: grouped CV .6751 -> .6760, 15 of 20 runs up; ungrouped .6774 ->
//! .6771; multi-target .6565 either way), retrained dev .706/.699, but PerSenT entity .459
//! and tests/tone.rs's "Ruritania condemned the attacks" read as negative, with 3 averaged
//! orders as well (.701/.681): not shipped; a verb of saying before the target (it is in
//! what was said) or after it in its clause (tag 44, x the sentence's class): .6750 vs .6751.
//! dev_mt's errors by class (shipped model): gold neutral read negative 49, negative read
//! neutral 33, positive read neutral 26, of 142; most need knowledge of who is portrayed.
//!
//! Session 17. `OOF=path` (with `--cv`) writes each train target's held-out margins of the
//! first run (line, positive and negative margin, gold 0/1/2, in file order): rules applied
//! after the model can then be scored out of fold on train, not only on the small dev sets.
//! That is how the conversation-partner rule (`model::partner`: "told X", "asked X", "an
//! interview with X" are neutral) was checked: 49 of its 60 train targets neutral, the model
//! right on 42 out of fold, the rule on 49. The same rule as a model feature instead (tag 10,
//! extra 1: the addressee apart from the speaker) left grouped CV at .6756 (x20, as without)
//! and the 10-seed mean of dev at .6927/.7028 (rw/mt) against .6944/.7053 without: gone.
//! Retraining on the session's features (partner targets have no features) gives, over the
//! default order and `--seed 1..9`, dev rw .6904 and mt .7085 on average (each .671-.710 and
//! .683-.721), against the shipped model's .7142/.6986 (with the rule): a retrain would trade
//! rw for mt by chance, so the shipped weights are kept. Read by eye (80 dev_mt mistakes):
//! gold neutral read negative 51 (a negative sentence about someone else: the one asked or
//! told, a bystander, a victim), negative read neutral 30 and positive read neutral 26
//! (world knowledge: "beats Hillary by 12 points", "holding his nose while working for X");
//! out of fold on train, victims of harming verbs (passive or object) are mostly negative
//! (their charges, arrests), critics ("X slammed") 22/21/10 negative/neutral/positive: no rule.
//!
//! Session 18: averaging training orders (`--seeds k`) and regularisation, on the current
//! features (the shipped weights predate sessions 11-17's cues: dev .7142/.6986 rw/mt). CV is
//! 10-fold x20 (ungrouped / `--group`) or grouped x10; dev is the mean of ten retrains
//! (`--orders 10`). One order: .6783 / .6753 (x20), grouped x10 .6756, dev .6929/.7051 (sd
//! .005/.010). Averaged: 3 orders .6792 / .6765, dev .6887/.7114; 5 orders .6793 / .6767,
//! grouped x10 .6770 (8 of 10 paired runs up), dev .6872/.7160 (sd .005/.005); 10 orders .6786
//! / .6769. With 5 orders (grouped x10, dev): epochs 6 .6760 .6917/.7151, 12 .6766 .6985/.7005,
//! 16 .6770 .7037/.7006; min-count 3 .6782 .6846/.7129 (packs ~1.3 KB larger), 5 .6741
//! .6902/.7205; clip .9995 .6773 .6915/.7160 (~+340 B packed), .9999 .6763 .6858/.7119; L2 1e-4
//! .6770 .6871/.7157; rate .03 .6775 .7071/.6998, with clip .9995 .6773 .7060/.6928; 10 orders
//! clip .9995 .6773 .6930/.7153. All within +-.0015 in CV; fitting harder (epochs, rate) trades
//! dev_mt for dev_rw; no variant's mean reaches the shipped dev_rw, so the weights stay
//! (`--seeds 5` in the CLI: dev .6880/.7084, PerSenT entity sentiment .4672 -> .4426).
//!
//! Session 26: `--model path` scores a model file as it is (default flags: the shipped
//! weights) on train (in sample) and dev, with `--shift p,n` on its margins and a confusion
//! matrix; `MARGINS=prefix` writes each target's margins to `prefix-<set>.txt`. Grouped CV
//! (`--cv 10 --group --repeat 10`) with the session's two cue rules (the one ahead in a race, a
//! title-case headline's cues): .6934 (.6884 before them); `--levels 7` .6935, `--levels 7
//! --seeds 5` .6946 (dev mean of 10 orders .6857/.7287, PerSenT entity sentiment in the CLI
//! .4549 against the shipped weights' .4666), `--balance .3` .6938, `.5` .6932, `--smooth .2`
//! .6933; `--calibrate` picks no offset (on even folds -0.2,0, odd .6968 -> .6914). One order,
//! 10 retrains: dev .6964/.7211 (the shipped weights .7216/.7096): not retrained.
//!
//! Session 27: two rules on who a sentence's cues are about, out of fold on train (`OOF=`, the
//! first run of `--cv 10 --group`) and in grouped CV (`--cv 10 --group --repeat 10`): the object
//! of an active verb of violence is its victim, neutral (`model::victim`: "fatally shot X";
//! 8 train targets, all neutral, the model read 2 right), .6934 -> .6938; a target that
//! reports what another did reads no negative margin (`model::reporter`, applied after the
//! model by `sentiment::reported_margins`, which the examples here carry as `reported`: "X said
//! Reid has lost credibility"; of its 16 train targets the model read as negative 13 are
//! neutral), .6938 -> .6950, every one of the ten runs up. Looked at and left alone (out of
//! fold the model is right more often than any constant class there): decision offsets per
//! context (the target speaks, is quoted, opens the sentence, follows "by", "with", "for",
//! "to", "of", is in a list, is the subject of a verb of criticism or praise: chosen on the even
//! lines' held-out margins, none gained on the odd ones); neutral reporting verbs ("X noted",
//! "X pointed to", "X recalled": 28 train targets, 20 neutral, the model right on 26); a target
//! every one of whose cues is nearer to another target made neutral (CV .6934 -> .6735, in the
//! target's clause only .6816; NewsMTSC dev_mt .7096 -> .6542 / .6672).
//!
//! Features come from the crate itself (`sentiment::target_features`), so training reads
//! exactly what inference reads. The model is a three-class logistic regression (negative,
//! neutral, positive) over hashed features, fitted by AdaGrad with L2 and a fixed shuffling
//! seed, averaged over the epochs; evaluation adds the descriptors (`sentiment::DESCRIPTOR`)
//! to the margins as inference does, so its dev figures are the CLI's; its weights are stored as one byte per bucket, the positive then the negative margin weight
//! (against neutral) as signed 4-bit numbers (-8..7), with one scale. The output is deterministic: the same
//! data and flags give the same bytes. Prints macro-F1 on the dev sets (`dev_rw`, `dev_mt`)
//! of the quantised model, as the CLI would score them.
//!
//! When the data folder is missing it prints `SKIPPED: <path> not found` and exits 0.

use std::fs;
use std::path::{Path, PathBuf};

use undertone::sentiment::{self, model};
use undertone::{sentence, token, Span};

struct Example {
    feats: Vec<(u32, f32)>,
    label: usize, // 0 neg, 1 neutral, 2 pos
    /// The descriptors' sum, added to the margins after the model as inference does.
    desc: f32,
    /// The sentence with the target in brackets, only when `ERRORS` is set (`--cv` then
    /// prints held-out mistakes of its first fold; never written anywhere).
    shown: Option<String>,
    /// The sentence has two or more targets (as NewsMTSC's multi-target sets do).
    multi: bool,
    /// The target reports what another did (`sentiment::reported_margins` after the model).
    reported: bool,
    /// The line (sentence) it comes from: cross-validation keeps a sentence's targets in one fold.
    line: usize,
}

fn load(path: &Path, drop: &[u8], further: bool) -> Vec<Example> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for (n_line, line) in text.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let s = v["sentence_normalized"].as_str().unwrap_or("");
        let byte = |cp: u64| s.char_indices().nth(cp as usize).map_or(s.len(), |(b, _)| b);
        let mut spans = Vec::new();
        let mut labels = Vec::new();
        for t in v["targets"].as_array().into_iter().flatten() {
            let (from, to) = (t["from"].as_u64().unwrap_or(0), t["to"].as_u64().unwrap_or(0));
            spans.push(Span::new(byte(from), byte(to).max(byte(from))));
            let label = match t["polarity"].as_f64().unwrap_or(4.0) as i64 {
                2 => 0,
                6 => 2,
                _ => 1,
            };
            labels.push(label);
            if further {
                for m in t["further_mentions"].as_array().into_iter().flatten() {
                    let (from, to) = (m["from"].as_u64().unwrap_or(0), m["to"].as_u64().unwrap_or(0));
                    spans.push(Span::new(byte(from), byte(to).max(byte(from))));
                    labels.push(label);
                }
            }
        }
        let tokens = token::tokenize(s);
        let sents = sentiment::score_sentences(s, &tokens, &sentence::split(s, &tokens));
        let errors = std::env::var_os("ERRORS").is_some();
        for ((f, label), sp) in sentiment::target_features(s, &tokens, &sents, &spans).into_iter().zip(labels).zip(&spans) {
            let desc = f.as_ref().map_or(0.0, |x| x.2);
            let reported = f.as_ref().is_some_and(|x| x.3);
            let feats = f.map(|(fs, _, _, _)| fs.iter().filter(|f| !drop.contains(&f.tag)).map(|f| (f.hash, f.value)).collect()).unwrap_or_default();
            let shown = errors.then(|| format!("{}[[{}]]{}", &s[..sp.start], &s[sp.start..sp.end], &s[sp.end..]));
            out.push(Example { feats, label, desc, shown, multi: spans.len() > 1, reported, line: n_line });
        }
    }
    out
}

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

struct Trained {
    w: Vec<[f64; 3]>,
}

fn train(data: &[Example], bits: u32, epochs: usize, l2: f64, rate: f64, seed: u64, cw: [f64; 3]) -> Trained {
    let n = 1usize << bits;
    let mut w = vec![[0.0f64; 3]; n];
    let mut g2 = vec![[1e-8f64; 3]; n];
    let mut avg = vec![[0.0f64; 3]; n];
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Lcg(seed);
    let mut count = 0.0f64;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &k in &order {
            let ex = &data[k];
            // `--dropout q`: each feature left out of this step with probability q.
            let q = DROPOUT.with(|d| d.get());
            let idx: Vec<(usize, f64)> = ex
                .feats
                .iter()
                .filter(|_| q <= 0.0 || (rng.next() % 10_000) as f64 >= q * 10_000.0)
                .map(|&(h, v)| (model::bucket_of(h, bits), v as f64))
                .collect();
            let mut z = [0.0f64; 3];
            for &(b, v) in &idx {
                for c in 0..3 {
                    z[c] += w[b][c] * v;
                }
            }
            let m = z.iter().cloned().fold(f64::MIN, f64::max);
            let e: Vec<f64> = z.iter().map(|x| (x - m).exp()).collect();
            let sum: f64 = e.iter().sum();
            for &(b, v) in &idx {
                for c in 0..3 {
                    let p = e[c] / sum;
                    let eps = SMOOTH.with(|x| x.get());
                    let y = if c == ex.label { 1.0 - eps + eps / 3.0 } else { eps / 3.0 };
                    let g = cw[ex.label] * (p - y) * v + l2 * w[b][c];
                    g2[b][c] += g * g;
                    w[b][c] -= rate * g / g2[b][c].sqrt();
                }
            }
        }
        count += 1.0;
        for b in 0..n {
            for c in 0..3 {
                avg[b][c] += w[b][c];
            }
        }
    }
    for b in 0..n {
        for c in 0..3 {
            avg[b][c] /= count;
        }
    }
    Trained { w: avg }
}

/// The examples with only the features (hashes) seen in at least `m` of them: a feature
/// seen once or twice is noise, and the buckets no kept feature reaches stay zero (they
/// compress to nearly nothing).
fn frequent(data: &[Example], m: usize) -> Vec<Example> {
    let mut count: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for e in data {
        let mut seen: Vec<u32> = e.feats.iter().map(|f| f.0).collect();
        seen.sort_unstable();
        seen.dedup();
        for h in seen {
            *count.entry(h).or_default() += 1;
        }
    }
    data.iter()
        .map(|e| Example {
            feats: e.feats.iter().copied().filter(|f| count[&f.0] >= m).collect(),
            label: e.label,
            desc: e.desc,
            shown: None,
            multi: e.multi,
            reported: e.reported,
            line: e.line,
        })
        .collect()
}

/// [`train`] with `seeds` shufflings (seeds 20240601, 20240602, ...), weights averaged,
/// on the features seen in at least `MIN_COUNT` examples ([`frequent`]).
fn train_seeds(data: &[Example], bits: u32, epochs: usize, l2: f64, rate: f64, cw: [f64; 3], seeds: u64) -> Trained {
    let m = MIN_COUNT.with(|c| c.get());
    let kept;
    let data = if m > 1 {
        kept = frequent(data, m);
        &kept[..]
    } else {
        data
    };
    let s0 = SEED.with(|x| x.get());
    let mut t = train(data, bits, epochs, l2, rate, s0, cw);
    for k in 1..seeds {
        let u = train(data, bits, epochs, l2, rate, s0 + k, cw);
        for (a, b) in t.w.iter_mut().zip(&u.w) {
            for c in 0..3 {
                a[c] += b[c];
            }
        }
    }
    for a in t.w.iter_mut() {
        for c in a.iter_mut() {
            *c /= seeds as f64;
        }
    }
    t
}

/// Moves the bias feature's weights (every example's first feature): the positive margin
/// by `p`, the negative one by `n`.
fn shift(t: &mut Trained, data: &[Example], bits: u32, p: f64, n: f64) {
    if let Some(&(h, _)) = data.first().and_then(|e| e.feats.first()) {
        let b = model::bucket_of(h, bits);
        t.w[b][2] += p;
        t.w[b][0] += n;
    }
}

thread_local! {
    /// The first training order's seed (`--repeat` draws others).
    static SEED: std::cell::Cell<u64> = const { std::cell::Cell::new(20240601) };
    /// `--clip q` (see [`quantise`]).
    static CLIP: std::cell::Cell<f64> = const { std::cell::Cell::new(0.9998) };
    /// `--out path`: where to write the model (default `src/lexicon/target_model.bin`).
    static OUT: std::cell::RefCell<Option<PathBuf>> = const { std::cell::RefCell::new(None) };
    /// `--prune p` (see [`quantise`]).
    static PRUNE: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    /// `--min-count m` (see [`frequent`]).
    static MIN_COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(4) };
    /// `--dropout q`: the chance that a feature is left out of one training step.
    static DROPOUT: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    /// `--smooth e`: label smoothing (the gold class's target 1 - e + e/3, the others e/3).
    static SMOOTH: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// The two margins against neutral, quantised to i8 with one scale: `levels` steps each side
/// of zero (at most 8: the file stores -8..7, the top step up is 7; fewer steps zero more small
/// weights and compress better).
fn quantise(t: &Trained, levels: f64) -> (f32, Vec<i8>, Vec<i8>) {
    let pos: Vec<f64> = t.w.iter().map(|w| w[2] - w[1]).collect();
    let neg: Vec<f64> = t.w.iter().map(|w| w[0] - w[1]).collect();
    // The top step sits at the `clip` quantile of the weights' sizes (1: the largest); larger
    // weights are clipped to it, so a few outliers do not coarsen every other step.
    let mut sizes: Vec<f64> = pos.iter().chain(&neg).map(|x| x.abs()).collect();
    sizes.sort_by(|a, b| a.total_cmp(b));
    let clip = CLIP.with(|c| c.get());
    let max = sizes.get(((sizes.len() as f64 - 1.0) * clip).round() as usize).copied().unwrap_or(0.0);
    let scale = if max > 0.0 { max / levels } else { 1.0 };
    // `--prune p`: weights smaller than the p quantile of the sizes are zeroed (sparser,
    // smaller once gzipped: room for more buckets).
    let prune = PRUNE.with(|c| c.get());
    let floor = if prune > 0.0 { sizes[((sizes.len() as f64 - 1.0) * prune).round() as usize] } else { 0.0 };
    // Stored as signed 4-bit numbers (-8..7, `model::write`): the top step up is 7.
    let q = |x: &f64| if x.abs() < floor { 0 } else { (x / scale).round().clamp(-levels, levels).clamp(-8.0, 7.0) as i8 };
    (scale as f32, pos.iter().map(q).collect(), neg.iter().map(q).collect())
}

fn macro_f1(gold: &[usize], pred: &[usize]) -> (f64, f64) {
    let mut f = 0.0;
    for c in 0..3 {
        let tp = gold.iter().zip(pred).filter(|(g, p)| **g == c && **p == c).count() as f64;
        let fp = gold.iter().zip(pred).filter(|(g, p)| **g != c && **p == c).count() as f64;
        let fneg = gold.iter().zip(pred).filter(|(g, p)| **g == c && **p != c).count() as f64;
        let pr = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let rc = if tp + fneg > 0.0 { tp / (tp + fneg) } else { 0.0 };
        f += if pr + rc > 0.0 { 2.0 * pr * rc / (pr + rc) } else { 0.0 };
    }
    let acc = gold.iter().zip(pred).filter(|(g, p)| g == p).count() as f64 / gold.len().max(1) as f64;
    (f / 3.0, acc)
}

/// The margins `(pos, neg)` of one example as inference computes them (descriptors added).
fn margins(e: &Example, bits: u32, scale: f32, pos: &[i8], neg: &[i8]) -> (f32, f32) {
    let (mut p, mut n) = (0.0f32, 0.0f32);
    for &(h, v) in &e.feats {
        let b = model::bucket_of(h, bits);
        p += pos[b] as f32 * v;
        n += neg[b] as f32 * v;
    }
    let (mut p, mut n) = (p * scale, n * scale);
    let d = sentiment::DESCRIPTOR * e.desc / 4.0;
    if d > 0.0 {
        p += d;
    } else {
        n -= d;
    }
    sentiment::reported_margins(p, n, e.reported)
}

/// The class of two margins, as the CLI reads the score.
fn class_of(p: f32, n: f32) -> usize {
    let s = model::score(p, n);
    if s >= 0.05 {
        2
    } else if s <= -0.05 {
        0
    } else {
        1
    }
}

fn evaluate(data: &[Example], bits: u32, scale: f32, pos: &[i8], neg: &[i8]) -> (f64, f64) {
    let gold: Vec<usize> = data.iter().map(|e| e.label).collect();
    let pred: Vec<usize> = data
        .iter()
        .map(|e| {
            let (p, n) = margins(e, bits, scale, pos, neg);
            class_of(p, n)
        })
        .collect();
    for (e, p) in data.iter().zip(&pred).filter(|(e, p)| e.label != **p).take(60) {
        if let Some(t) = &e.shown {
            println!("gold {} pred {}: {t}", e.label, p);
        }
    }
    if std::env::var_os("CONFUSION").is_some() {
        let mut m = [[0; 3]; 3];
        for (g, p) in gold.iter().zip(&pred) {
            m[*g][*p] += 1;
        }
        println!("confusion (gold rows neg/neu/pos, predicted columns): {m:?}");
    }
    macro_f1(&gold, &pred)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data = flag("--data").map(PathBuf::from).unwrap_or_else(|| root.join("../shared/data"));
    let bits: u32 = flag("--bits").and_then(|s| s.parse().ok()).unwrap_or(15);
    let epochs: usize = flag("--epochs").and_then(|s| s.parse().ok()).unwrap_or(8);
    let l2: f64 = flag("--l2").and_then(|s| s.parse().ok()).unwrap_or(1e-5);
    let rate: f64 = flag("--rate").and_then(|s| s.parse().ok()).unwrap_or(0.02);
    let check = args.iter().any(|a| a == "--check");
    if let Some(c) = flag("--clip").and_then(|s| s.parse::<f64>().ok()) {
        CLIP.with(|x| x.set(c.clamp(0.5, 1.0)));
    }
    if let Some(c) = flag("--prune").and_then(|s| s.parse::<f64>().ok()) {
        PRUNE.with(|x| x.set(c.clamp(0.0, 0.99)));
    }
    if let Some(e) = flag("--smooth").and_then(|s| s.parse::<f64>().ok()) {
        SMOOTH.with(|x| x.set(e.clamp(0.0, 0.5)));
    }
    if let Some(q) = flag("--dropout").and_then(|s| s.parse::<f64>().ok()) {
        DROPOUT.with(|d| d.set(q.clamp(0.0, 0.9)));
    }
    if let Some(m) = flag("--min-count").and_then(|s| s.parse::<usize>().ok()) {
        MIN_COUNT.with(|x| x.set(m.max(1)));
    }
    if let Some(path) = flag("--out") {
        OUT.with(|x| *x.borrow_mut() = Some(PathBuf::from(path)));
    }
    let levels: f64 = flag("--levels").and_then(|s| s.parse::<f64>().ok()).unwrap_or(5.0).clamp(1.0, 8.0);
    let drop: Vec<u8> = flag("--drop").map(|s| s.split(',').filter_map(|x| x.parse().ok()).collect()).unwrap_or_default();
    let dir = data.join("newsmtsc");
    let train_path = dir.join("train.jsonl");
    if !train_path.exists() {
        println!("SKIPPED: {} not found", train_path.display());
        return;
    }
    // `--seed s`: another training order (how much a retrain moves the figures by chance).
    if let Some(s) = flag("--seed").and_then(|s| s.parse::<u64>().ok()) {
        SEED.with(|x| x.set(s));
    }
    // `--seeds k`: several shufflings, weights averaged (less variance than one run).
    let seeds: u64 = flag("--seeds").and_then(|s| s.parse().ok()).unwrap_or(1);
    let train_set = load(&train_path, &drop, args.iter().any(|a| a == "--further"));
    // `--model path`: score a model file as it is (the shipped weights by default path) on the
    // dev sets and, in sample, on train, with `--shift p,n` added to its margins; writes nothing.
    if let Some(path) = flag("--model") {
        let bytes = fs::read(root.join(&path)).expect("model file");
        let mut i = 0;
        while bytes.get(i) == Some(&b'#') {
            while bytes[i] != b'\n' {
                i += 1;
            }
            i += 1;
        }
        let rest = &bytes[i + 1..];
        let bits = rest[0] as u32;
        let scale = f32::from_le_bytes([rest[1], rest[2], rest[3], rest[4]]);
        let (shp, shn) = flag("--shift")
            .and_then(|s| s.split_once(',').and_then(|(a, b)| Some((a.parse::<f32>().ok()?, b.parse::<f32>().ok()?))))
            .unwrap_or((0.0, 0.0));
        let (pos, neg): (Vec<i8>, Vec<i8>) = rest[5..].iter().map(|&x| {
            let x = x ^ 0x88;
            ((x as i8) >> 4, ((x << 4) as i8) >> 4)
        }).unzip();
        for name in ["train", "dev_rw", "dev_mt"] {
            let d = if name == "train" { train_set.iter().map(|e| Example { feats: e.feats.clone(), label: e.label, desc: e.desc, shown: None, multi: e.multi, reported: e.reported, line: e.line }).collect() } else { load(&dir.join(format!("{name}.jsonl")), &drop, false) };
            let gold: Vec<usize> = d.iter().map(|e| e.label).collect();
            let held: Vec<(f32, f32)> = d.iter().map(|e| margins(e, bits, scale, &pos, &neg)).collect();
            let pred: Vec<usize> = held.iter().map(|&(p, n)| class_of(p + shp, n + shn)).collect();
            // `MARGINS=prefix` writes each target's margins (line, pos, neg, gold) to prefix-<set>.txt
            // (as `OOF=` does for held-out train margins; numbers only).
            if let Some(pre) = std::env::var_os("MARGINS") {
                let rows: String = d.iter().zip(&held).map(|(e, (p, n))| format!("{} {p} {n} {}\n", e.line, e.label)).collect();
                fs::write(format!("{}-{name}.txt", pre.to_string_lossy()), rows).expect("MARGINS path");
            }
            let mut m = [[0; 3]; 3];
            gold.iter().zip(&pred).for_each(|(g, p)| m[*g][*p] += 1);
            let (f, a) = macro_f1(&gold, &pred);
            println!("{name:<10} n={:5} F1m={f:.4} acc={a:.4} confusion (gold rows neg/neu/pos) {m:?}", d.len());
        }
        return;
    }
    // `--shift p,n`: added to the positive and negative margins' bias (after training).
    let (pshift, nshift) = flag("--shift")
        .and_then(|s| s.split_once(',').and_then(|(a, b)| Some((a.parse::<f64>().ok()?, b.parse::<f64>().ok()?))))
        .unwrap_or((0.0, 0.0));
    // `--cv k`: k-fold cross-validated macro-F1 on train (for choosing features and flags
    // without leaning on the small dev sets), then stop.
    if let Some(k) = flag("--cv").and_then(|s| s.parse::<usize>().ok()) {
        let balance: f64 = flag("--balance").and_then(|s| s.parse().ok()).unwrap_or(0.0);
        // `--repeat r`: r runs of the k folds (the first one as always; the others with the
        // examples' folds and the training orders drawn afresh), the mean F1 reported.
        let repeat: usize = flag("--repeat").and_then(|s| s.parse().ok()).unwrap_or(1);
        let (mut means, mut multis) = (Vec::new(), Vec::new());
        for rep in 0..repeat {
            // Folds of sentences (`--group`) or of targets (the default: a target's sibling in
            // its sentence is then often in training, and its words give the label away).
            let group = args.iter().any(|a| a == "--group");
            let lines = train_set.last().map_or(0, |e| e.line + 1);
            let n = if group { lines } else { train_set.len() };
            let mut fold_of: Vec<usize> = (0..n).map(|i| i % k).collect();
            if rep > 0 {
                let mut rng = Lcg(977 * rep as u64);
                for i in (1..fold_of.len()).rev() {
                    let j = (rng.next() % (i as u64 + 1)) as usize;
                    fold_of.swap(i, j);
                }
            }
            if group {
                fold_of = train_set.iter().map(|e| fold_of[e.line]).collect();
            }
            SEED.with(|x| x.set(20240601 + 1000 * rep as u64));
            let mut fs = Vec::new();
            let mut oof: Vec<(f32, f32, usize, usize)> = Vec::new();
            // Each example's held-out margins (`OOF=path` writes them: line, margins, gold).
            let mut held = vec![(0.0f32, 0.0f32); train_set.len()];
            // Held-out (gold, predicted) of the targets whose sentence has others.
            let mut multi: Vec<(usize, usize)> = Vec::new();
            for fold in 0..k {
                let (mut tr, mut te, mut te_at) = (Vec::new(), Vec::new(), Vec::new());
                for (i, e) in train_set.iter().enumerate() {
                    let copy = Example { feats: e.feats.clone(), label: e.label, desc: e.desc, shown: e.shown.clone(), multi: e.multi, reported: e.reported, line: e.line };
                    if fold_of[i] == fold {
                        te.push(copy);
                        te_at.push(i);
                    } else {
                        tr.push(copy)
                    }
                }
                let mut counts = [0usize; 3];
                tr.iter().for_each(|e| counts[e.label] += 1);
                let cw = counts.map(|c| ((tr.len() as f64) / (3.0 * c.max(1) as f64)).powf(balance));
                let mut t = train_seeds(&tr, bits, epochs, l2, rate, cw, seeds);
                shift(&mut t, &tr, bits, pshift, nshift);
                let (scale, pos, neg) = quantise(&t, levels);
                if args.iter().any(|a| a == "--float") {
                    // Unquantised weights (how much the 4-bit steps cost).
                    let gold: Vec<usize> = te.iter().map(|e| e.label).collect();
                    let pred: Vec<usize> = te.iter().map(|e| {
                        let (mut p, mut n) = (0.0f64, 0.0f64);
                        for &(h, v) in &e.feats {
                            let w = t.w[model::bucket_of(h, bits)];
                            p += (w[2] - w[1]) * v as f64;
                            n += (w[0] - w[1]) * v as f64;
                        }
                        let d = (sentiment::DESCRIPTOR * e.desc / 4.0) as f64;
                        if d > 0.0 { p += d } else { n -= d }
                        let (p, n) = sentiment::reported_margins(p as f32, n as f32, e.reported);
                        class_of(p, n)
                    }).collect();
                    fs.push(macro_f1(&gold, &pred).0);
                } else {
                    fs.push(evaluate(&te, bits, scale, &pos, &neg).0);
                }
                for (e, &i) in te.iter().zip(&te_at) {
                    let (p, n) = margins(e, bits, scale, &pos, &neg);
                    oof.push((p, n, e.label, fold));
                    held[i] = (p, n);
                    if e.multi {
                        multi.push((e.label, class_of(p, n)));
                    }
                }
            }
            if let Some(path) = std::env::var_os("OOF").filter(|_| rep == 0) {
                let rows: String = train_set.iter().zip(&held).map(|(e, (p, n))| format!("{} {p} {n} {}\n", e.line, e.label)).collect();
                fs::write(path, rows).expect("OOF path");
            }
            let mean = fs.iter().sum::<f64>() / k as f64;
            means.push(mean);
            let (g, p): (Vec<usize>, Vec<usize>) = multi.iter().copied().unzip();
            multis.push(macro_f1(&g, &p).0);
            if repeat == 1 {
                println!("cv{k} F1m={mean:.4} folds {fs:.3?}");
            }
            if args.iter().any(|a| a == "--calibrate") {
                // Decision offsets (added to the positive and negative margins) chosen on the
                // held-out margins of half the folds, scored on the other half, and back.
                let f1 = |sel: &dyn Fn(usize) -> bool, sp: f32, sn: f32| {
                    let (g, p): (Vec<usize>, Vec<usize>) = oof.iter().filter(|o| sel(o.3)).map(|o| (o.2, class_of(o.0 + sp, o.1 + sn))).unzip();
                    macro_f1(&g, &p).0
                };
                let grid: Vec<f32> = (-20..=20).map(|i| i as f32 * 0.05).collect();
                let best = |sel: &dyn Fn(usize) -> bool| {
                    let mut b = (f64::MIN, 0.0, 0.0);
                    for &sp in &grid {
                        for &sn in &grid {
                            let f = f1(sel, sp, sn);
                            if f > b.0 + 1e-12 { b = (f, sp, sn) }
                        }
                    }
                    b
                };
                let even = |f: usize| f % 2 == 0;
                let odd = |f: usize| f % 2 == 1;
                let all = |_: usize| true;
                let (be, bo, ba) = (best(&even), best(&odd), best(&all));
                println!("pooled held-out F1m {:.4}; offsets on even folds {:+.2},{:+.2} -> odd {:.4} (was {:.4}); on odd {:+.2},{:+.2} -> even {:.4} (was {:.4}); best on all {:+.2},{:+.2} {:.4}",
                    f1(&all, 0.0, 0.0), be.1, be.2, f1(&odd, be.1, be.2), f1(&odd, 0.0, 0.0), bo.1, bo.2, f1(&even, bo.1, bo.2), f1(&even, 0.0, 0.0), ba.1, ba.2, ba.0);
            }
        }
        if repeat > 1 {
            let m = means.iter().sum::<f64>() / repeat as f64;
            println!("cv{k}x{repeat} F1m={m:.4} runs {means:.4?}");
        }
        // The same held-out predictions on the targets of multi-target sentences alone (pooled).
        println!("multi-target F1m={:.4} (n={})", multis.iter().sum::<f64>() / repeat as f64, train_set.iter().filter(|e| e.multi).count());
        return;
    }
    // Class weights: `--balance p` weighs each class by (n / (3 * its count))^p (0: none).
    let balance: f64 = flag("--balance").and_then(|s| s.parse().ok()).unwrap_or(0.0);
    let mut counts = [0usize; 3];
    for e in &train_set {
        counts[e.label] += 1;
    }
    let cw = counts.map(|c| ((train_set.len() as f64) / (3.0 * c.max(1) as f64)).powf(balance));
    // `--orders n`: dev macro-F1 of n retrains (the default order, then `--seed 100`, 200, ...;
    // with `--seeds k` each one averages k orders from there), mean and sd, writes nothing: one
    // retrain's dev figures are one draw of the training order's noise.
    if let Some(n) = flag("--orders").and_then(|s| s.parse::<u64>().ok()) {
        let devs: Vec<(String, Vec<Example>)> = ["dev_rw", "dev_mt"]
            .iter()
            .map(|name| (name.to_string(), dir.join(format!("{name}.jsonl"))))
            .filter(|(_, p)| p.exists())
            .map(|(name, p)| (name, load(&p, &drop, false)))
            .collect();
        let mut f1s = vec![Vec::new(); devs.len()];
        for r in 0..n.max(1) {
            SEED.with(|x| x.set(if r == 0 { 20240601 } else { 100 * r }));
            let mut t = train_seeds(&train_set, bits, epochs, l2, rate, cw, seeds);
            shift(&mut t, &train_set, bits, pshift, nshift);
            let (scale, pos, neg) = quantise(&t, levels);
            for ((_, d), f) in devs.iter().zip(&mut f1s) {
                f.push(evaluate(d, bits, scale, &pos, &neg).0);
            }
        }
        for ((name, _), f) in devs.iter().zip(&f1s) {
            let m = f.iter().sum::<f64>() / f.len() as f64;
            let sd = (f.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (f.len().max(2) - 1) as f64).sqrt();
            println!("{name:<10} {} orders: F1m={m:.4} sd {sd:.4} runs {f:.4?}", f.len());
        }
        return;
    }
    let mut t = train_seeds(&train_set, bits, epochs, l2, rate, cw, seeds);
    shift(&mut t, &train_set, bits, pshift, nshift);
    let (scale, pos, neg) = quantise(&t, levels);
    let (f, a) = evaluate(&train_set, bits, scale, &pos, &neg);
    println!("train      n={:5} F1m={f:.3} acc={a:.3}", train_set.len());
    for name in ["dev_rw", "dev_mt"] {
        let p = dir.join(format!("{name}.jsonl"));
        if p.exists() {
            let d = load(&p, &drop, false);
            let (f, a) = evaluate(&d, bits, scale, &pos, &neg);
            println!("{name:<10} n={:5} F1m={f:.4} acc={a:.4}", d.len());
        }
    }
    let nonzero = pos.iter().chain(&neg).filter(|&&x| x != 0).count();
    println!("buckets 2^{bits}, nonzero weights {nonzero}, scale {scale:e}");
    if check {
        return;
    }
    // Short: the header ships in the page (provenance and layout are in this file's and
    // src/sentiment/model.rs's docs).
    // One line: the flags that differ from the defaults (the plain command reproduces the
    // shipped model byte for byte).
    let mut flags = String::new();
    let defaults = [("bits", bits.to_string(), "15"), ("epochs", epochs.to_string(), "8"), ("l2", l2.to_string(), "0.00001"),
        ("rate", rate.to_string(), "0.02"), ("balance", balance.to_string(), "0"), ("seeds", seeds.to_string(), "1"),
        ("levels", levels.to_string(), "5"), ("clip", CLIP.with(|c| c.get()).to_string(), "0.9998"),
        ("min-count", MIN_COUNT.with(|c| c.get()).to_string(), "4")];
    for (name, v, d) in defaults {
        if v != d {
            flags.push_str(&format!(" --{name} {v}"));
        }
    }
    let header = format!("undertone target model: examples/train-tone.rs{flags} on NewsMTSC train (MIT-style); hashed weights, no text");
    let bytes = model::write(&header, bits, scale, &pos, &neg);
    let out = OUT.with(|x| x.borrow().clone()).unwrap_or_else(|| root.join("src/lexicon/target_model.bin"));
    fs::write(&out, bytes).expect("write model");
    println!("wrote {}", out.display());
}
