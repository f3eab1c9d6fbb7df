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
//! 19 s, 50× its 100 KB); each is now linear and this bench prints the ratios.
//!
//! The table shows, per shape, the CPU-free wall time of `undertone::analyze` (cleaning off,
//! but `html` on: it is parsed) at each size, the ratio of each size to the one before, and
//! `SUPERLINEAR` where the ratio per 10× exceeds 15× (the page's budget is 11× on news; a
//! synthetic shape at these sizes is noisier). It exits 0 either way: figures, not a test.

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
    println!("{:<14} {:>10} {:>10} {:>10}   ratio per step (10×, 4×)", "shape", "100 KB", "1 MB", "4 MB");
    let mut worst: f64 = 0.0;
    for &(name, shape) in SHAPES {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let html = name == "html";
        let options = Options { clean: html, format: if html { Format::Html } else { Format::Text } };
        let mut times = Vec::new();
        for &n in sizes {
            let t = text(shape, n);
            let start = Instant::now();
            let a = analyze(&t, &options);
            times.push(start.elapsed().as_secs_f64());
            std::hint::black_box(a);
        }
        let ratios: Vec<f64> = times.windows(2).map(|w| w[1] / w[0].max(1e-6)).collect();
        // Per 10× of text: the second step is 4×.
        let per10: Vec<f64> = ratios.iter().zip(sizes.windows(2)).map(|(r, w)| r.powf(1.0 / (w[1] as f64 / w[0] as f64).log10())).collect();
        let flag = if per10.iter().any(|&r| r > 15.0) { "  SUPERLINEAR" } else { "" };
        worst = per10.iter().copied().fold(worst, f64::max);
        let cells: Vec<String> = times.iter().map(|t| format!("{:>8.3} s", t)).collect();
        let rs: Vec<String> = ratios.iter().map(|r| format!("{r:.1}×")).collect();
        println!("{:<14} {:>10}   {}{}", name, cells.join(" "), rs.join(", "), flag);
    }
    println!("worst ratio per 10× of text: {worst:.1}×");
}
