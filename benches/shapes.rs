//! Native scaling benchmark on hostile text shapes: does 10× the text take about 10× the time
//! however the text is laid out?
//!
//! ```sh
//! cargo bench --bench shapes              # 100 KB and 1 MB of each shape, plus 4 MB
//! cargo bench --bench shapes -- --quick   # 100 KB and 1 MB only
//! cargo bench --bench shapes -- --only quote
//! ```
//!
//! `benches/stages.rs` and `scripts/bench.mjs` time real news; this one times text a user may
//! paste by accident or by malice, generated here (no data needed): one sentence of a megabyte
//! with no full stop, thousands of names in a row, quotation marks before every name, runs of
//! initials, of capitals, of emoji. Each rule that looks around a name must look at a bounded
//! neighbourhood or at facts gathered once per sentence or text, or one of these goes
//! quadratic. Session 20 found six such steps this way (a 1 MB sentence of quoted names took
//! 19 s, 50× its 100 KB; 1 MB of `<div>`s left open by stray end tags took html5ever 7 s); each
//! is now linear, and this bench shows it.
//!
//! The table shows, per shape, the wall time of `undertone::analyze` (cleaning off, but for
//! `html`, which is parsed) at each size, the growth exponent k of each step (time ~ size^k:
//! 1 is linear, 2 quadratic), and `SUPERLINEAR` where k exceeds 1.3 (the page's budget, 11×
//! per 10× on news, is k 1.04; allocation and caches alone give up to ~1.2 at 4 MB). A shape
//! whose output grows faster than its text (pairs of many distinct actors) may show k ~ 1.2
//! for that reason. It exits 0 either way: figures, not a test.

use std::time::Instant;

use undertone::{analyze, Format, Options};

/// A small deterministic generator of made-up names (no name a list knows).
struct Names(u64);

impl Names {
    fn next(&mut self) -> String {
        const SYL: [&str; 12] = ["va", "lor", "mit", "qua", "bex", "sor", "ten", "dri", "ka", "mo", "ne", "zu"];
        let mut s = String::new();
        for _ in 0..3 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            s.push_str(SYL[(self.0 >> 33) as usize % SYL.len()]);
        }
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }
}

type Shape = (&'static str, fn(&mut Names) -> String);

const SHAPES: &[Shape] = &[
    ("news-like", |n| format!("{} {} of the {} Party said {} was wrong, according to {}. ", n.next(), n.next(), n.next(), n.next(), n.next())),
    ("one sentence", |n| format!("{} {} met {} officials and ", n.next(), n.next(), n.next())),
    ("quoted names", |n| format!("\"{} ", n.next())),
    ("initials", |n| format!("{}. ", &n.next()[..1])),
    ("title case", |n| format!("{} ", n.next())),
    ("capitals", |n| format!("{} ", n.next().to_uppercase())),
    ("sources", |n| format!("The plan works, according to {}. ", n.next())),
    ("quotes", |n| format!("\"{} is bad,\" said {}, \"and {} is good.\" ", n.next(), n.next(), n.next())),
    ("stance", |n| format!("{} condemned {} and {} agreed with {} on sanctions ", n.next(), n.next(), n.next(), n.next())),
    ("names and", |n| format!("{} and ", n.next())),
    ("emoji", |n| format!("😀 {} é ", n.next())),
    ("lines", |n| format!("{}\n", n.next())),
    ("html", |n| format!("<p>{} said <b>{}</b> would.</p>\n", n.next(), n.next())),
    ("html nested", |n| format!("<div><p>{} said <b>{}</b> would.</p></span>\n", n.next(), n.next())),
];

fn text(shape: fn(&mut Names) -> String, bytes: usize) -> String {
    let mut names = Names(7);
    let mut s = String::with_capacity(bytes + 64);
    while s.len() < bytes {
        s.push_str(&shape(&mut names));
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--quick");
    let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).cloned();
    let sizes: &[usize] = if quick { &[100_000, 1_000_000] } else { &[100_000, 1_000_000, 4_000_000] };
    // Load the lists and models outside the timed runs.
    analyze("Warm up.", &Options::default());
    println!("{:<14} {:>10} {:>10} {:>10}   growth exponent k per step (time ~ size^k)", "shape", "100 KB", "1 MB", "4 MB");
    let mut worst: f64 = 0.0;
    for &(name, shape) in SHAPES {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let html = name.starts_with("html");
        let options = Options { clean: html, format: if html { Format::Html } else { Format::Text } };
        let mut times = Vec::new();
        for &n in sizes {
            let t = text(shape, n);
            let start = Instant::now();
            let a = analyze(&t, &options);
            times.push(start.elapsed().as_secs_f64());
            std::hint::black_box(a);
        }
        // The growth exponent of each step: time ~ size^k (1: linear, 2: quadratic).
        let k: Vec<f64> = times.windows(2).zip(sizes.windows(2)).map(|(t, n)| (t[1] / t[0].max(1e-6)).ln() / (n[1] as f64 / n[0] as f64).ln()).collect();
        let flag = if k.iter().any(|&k| k > 1.3) { "  SUPERLINEAR" } else { "" };
        worst = k.iter().copied().fold(worst, f64::max);
        let cells: Vec<String> = times.iter().map(|t| format!("{:>8.3} s", t)).collect();
        let ks: Vec<String> = k.iter().map(|k| format!("{k:.2}")).collect();
        println!("{:<14} {:>10}   {}{}", name, cells.join(" "), ks.join(", "), flag);
    }
    println!("largest growth exponent: {worst:.2} (time ~ size^k; 1.04 is the page budget's 11× per 10×)");
}
