//! Word classes from unlabeled news text for the entity tagger's experimental class features
//! (cargo feature `ner-classes`, `src/entity/model.rs` `classes`): the exchange algorithm
//! (Kneser & Ney 1993; Martin, Liermann & Ney 1998) on a bigram class model, words moved one
//! at a time to the class that most raises the likelihood, in a fixed order: the same classes
//! on every run.
//!
//! ```sh
//! python3 scripts/unlabeled-news.py /tmp/news.txt --with-conll   # the text, outside the repo
//! cargo run --release --example word_classes -- /tmp/news.txt 256 6 15 > /tmp/c256.tsv
//! export UNDERTONE_CLASSES=/tmp/c256.tsv      # a second set may follow: fine.tsv,coarse.tsv
//! cargo run --release --features ner-classes --example train_ner -- ../shared/data/conll2003 src/lexicon/ner.bin
//! python3 scripts/eval-ner.py --features ner-classes
//! git checkout src/lexicon/ner.bin   # the committed model is trained without classes
//! ```
//!
//! Arguments: TEXT (one document or sentence per line), K classes, MIN_COUNT (rarer words are
//! left out), ITERATIONS. Words are the crate's tokens, lowercased, digits as `0` (as the
//! tagger normalises them). Output: `word<TAB>class` per word, most frequent first (a word
//! list with numbers: derived data, no text; it is not committed).
//!
//! Measured 2026-12-05 on the news sources of `scripts/unlabeled-news.py` with the CoNLL-2003
//! train tokens (1.47 M tokens), 15 iterations, the committed recipe otherwise (9,000
//! features), over shuffle seeds 0, 1, 2 (the committed recipe's same seeds: tagger dev F1
//! .8752, .8728, .8748, mean .874; pipeline, `scripts/eval-ner.py`, CoNLL-2003 dev .883,
//! .880, .880, mean .881, WNUT-17 dev .313, .300, .306):
//!
//! | classes | words (min count) | tagger dev F1 (mean) | table, estimated |
//! |---|---|---|---|
//! | 256 | 20,763 (3) | .8855 .8873 .8880 (.887) | ~38 KB |
//! | 256 | 13,179 (6) | .8846 .8874 .8894 (.887) | ~25 KB |
//! | 256 | 8,231 (12) | .8818 .8818 .8835 (.882) | ~16 KB |
//! | 256 | 4,854 (25) | .8788 .8817 .8765 (.879) | ~10 KB |
//! | 128 | 20,763 (3) | .8839 .8788 .8826 (.882) | ~35 KB |
//! | 128 + 32 | 20,763 (3) | .8795 .8786 .8828 (.880) | ~40 KB |
//! | 32 | 20,763 (3) | .8792 .8737 .8734 (.875) | |
//! | 128 + 32, news only | 12,933 (3) | .8762 .8797 .8772 (.878) | |
//!
//! In the pipeline, 256 classes over 20,763 words: CoNLL-2003 dev F1 .887, .894, .893 (mean
//! .891, +.010; ORG .814/.830/.835, PER .924/.929/.928), WNUT-17 dev .342, .337, .319 (mean
//! .333, +.030); 128 + 32 classes: .889, .884, .891 and WNUT-17 .348, .341, .324. The model
//! file grows ~1 KB gzip at 9,000 features. The table estimate: 20-bit hashed keys,
//! entropy-coded gaps (7–9 bits a word) and the class (6–7.4 bits). The gain is in the long
//! tail of words, so the table cannot be small: not in the page, whose 300 KB budget has
//! ~1.5 KB left.

use std::collections::HashMap;

fn norm(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).map(|c| if c.is_ascii_digit() { '0' } else { c }).collect()
}

fn f(x: i64) -> f64 {
    if x <= 0 {
        0.0
    } else {
        let x = x as f64;
        x * x.ln()
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("text");
    let k: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(64);
    let min: u32 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(3);
    let iters: usize = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(10);
    // Token stream with a boundary (id 0) at every line end.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut names: Vec<String> = vec!["</s>".into()];
    let mut count: Vec<u32> = vec![0];
    let mut stream: Vec<u32> = vec![0];
    for line in text.lines() {
        let toks = undertone::token::tokenize(line);
        for t in &toks {
            let w = norm(t.text(line));
            if w.trim().is_empty() {
                continue;
            }
            let id = *ids.entry(w.clone()).or_insert_with(|| {
                names.push(w);
                count.push(0);
                (names.len() - 1) as u32
            });
            count[id as usize] += 1;
            stream.push(id);
        }
        stream.push(0);
        count[0] += 1;
    }
    // Vocabulary: frequent words by count (ties by name); the rest share one id.
    let mut order: Vec<usize> = (1..names.len()).filter(|&i| count[i] >= min).collect();
    order.sort_by(|&a, &b| count[b].cmp(&count[a]).then(names[a].cmp(&names[b])));
    let v = order.len() + 2; // 0 = boundary, 1 = rare
    let mut map = vec![1u32; names.len()];
    map[0] = 0;
    for (r, &i) in order.iter().enumerate() {
        map[i] = r as u32 + 2;
    }
    let mut big: HashMap<(u32, u32), i64> = HashMap::new();
    for p in stream.windows(2) {
        *big.entry((map[p[0] as usize], map[p[1] as usize])).or_insert(0) += 1;
    }
    let mut right: Vec<Vec<(u32, i64)>> = vec![Vec::new(); v];
    let mut left: Vec<Vec<(u32, i64)>> = vec![Vec::new(); v];
    for (&(a, b), &n) in &big {
        right[a as usize].push((b, n));
        left[b as usize].push((a, n));
    }
    for l in right.iter_mut().chain(left.iter_mut()) {
        l.sort_unstable();
    }
    let tot_l: Vec<i64> = right.iter().map(|r| r.iter().map(|x| x.1).sum()).collect();
    let tot_r: Vec<i64> = left.iter().map(|r| r.iter().map(|x| x.1).sum()).collect();
    // Initial classes: boundary and rare in class 0 and 1, the rest by frequency rank.
    let mut class: Vec<usize> = (0..v).map(|w| if w < 2 { w } else { w % k }).collect();
    let mut n2 = vec![0i64; k * k];
    let mut nl = vec![0i64; k];
    let mut nr = vec![0i64; k];
    for (&(a, b), &n) in &big {
        n2[class[a as usize] * k + class[b as usize]] += n;
    }
    for w in 0..v {
        nl[class[w]] += tot_l[w];
        nr[class[w]] += tot_r[w];
    }
    let objective = |n2: &[i64], nl: &[i64], nr: &[i64]| -> f64 { n2.iter().map(|&x| f(x)).sum::<f64>() - nl.iter().map(|&x| f(x)).sum::<f64>() - nr.iter().map(|&x| f(x)).sum::<f64>() };
    eprintln!("{} words in the vocabulary, {} tokens; objective {:.0}", v, stream.len(), objective(&n2, &nl, &nr));
    let mut rw = vec![0i64; k];
    let mut lw = vec![0i64; k];
    for it in 0..iters {
        let mut moved = 0;
        for w in 2..v {
            let a = class[w];
            let mut slf = 0;
            let (mut rnz, mut lnz) = (Vec::new(), Vec::new());
            for &(u, n) in &right[w] {
                if u as usize == w {
                    slf = n;
                    continue;
                }
                let c = class[u as usize];
                if rw[c] == 0 {
                    rnz.push(c);
                }
                rw[c] += n;
            }
            for &(u, n) in &left[w] {
                if u as usize == w {
                    continue;
                }
                let c = class[u as usize];
                if lw[c] == 0 {
                    lnz.push(c);
                }
                lw[c] += n;
            }
            // Take w out of a.
            let apply = |n2: &mut [i64], nl: &mut [i64], nr: &mut [i64], b: usize, sign: i64, rw: &[i64], lw: &[i64]| {
                for &c in &rnz {
                    n2[b * k + c] += sign * rw[c];
                }
                for &c in &lnz {
                    n2[c * k + b] += sign * lw[c];
                }
                n2[b * k + b] += sign * slf;
                nl[b] += sign * tot_l[w];
                nr[b] += sign * tot_r[w];
            };
            apply(&mut n2, &mut nl, &mut nr, a, -1, &rw, &lw);
            let mut best = (f64::MIN, a);
            for b in 2..k {
                let mut d = 0.0;
                for &c in &rnz {
                    if c != b {
                        let x = n2[b * k + c];
                        d += f(x + rw[c]) - f(x);
                    }
                }
                for &c in &lnz {
                    if c != b {
                        let x = n2[c * k + b];
                        d += f(x + lw[c]) - f(x);
                    }
                }
                let x = n2[b * k + b];
                d += f(x + rw[b] + lw[b] + slf) - f(x);
                d -= f(nl[b] + tot_l[w]) - f(nl[b]) + f(nr[b] + tot_r[w]) - f(nr[b]);
                if d > best.0 + 1e-9 || (b == a && d >= best.0 - 1e-9) {
                    best = (d, b);
                }
            }
            let b = best.1;
            apply(&mut n2, &mut nl, &mut nr, b, 1, &rw, &lw);
            if b != a {
                moved += 1;
                class[w] = b;
            }
            for &c in &rnz {
                rw[c] = 0;
            }
            for &c in &lnz {
                lw[c] = 0;
            }
        }
        eprintln!("iteration {}: {} moved, objective {:.0}", it + 1, moved, objective(&n2, &nl, &nr));
    }
    for (r, &i) in order.iter().enumerate() {
        println!("{}\t{}", names[i], class[r + 2]);
    }
}
