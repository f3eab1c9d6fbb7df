//! Native per-stage benchmark of the core, on real news text from `../shared/data`.
//!
//! ```sh
//! cargo bench --bench stages                 # every stage, 7 timed passes each (median)
//! cargo bench --bench stages -- --quick      # 3 passes, no 5 MB cases
//! cargo bench --bench stages -- --data DIR   # another data folder (default ../shared/data)
//! cargo bench --bench stages -- --only full   # the stages whose name contains "full"
//! ```
//!
//! No framework (Criterion would add ~40 crates to every `cargo test` of the crate): each
//! stage runs once to warm up (lexicons, gazetteers and models load behind `OnceLock` on first
//! use), then `passes` times over the whole corpus; the table shows the median pass, its spread
//! (min–max) and the throughput, by wall clock and by CPU time (the process's, from
//! /proc/self/stat in 10 ms ticks; on a busy machine only the CPU figures compare). Stages get
//! exactly the inputs the pipeline gives them (`lib.rs::analyze`), prepared outside the timed
//! region.
//!
//! Corpus: the ground-truth bodies of the article-extraction pages (`article_extraction/`)
//! and the CoNLL-2003 dev documents rebuilt from their tokens (`conll2003/dev.txt`); the
//! cleaning stages read the same pages as pasted text (`innertext.dev.json`) and as HTML
//! (`html/*.html.gz`, via `gzip -dc`). Nothing here is committed: it is read at run time, and
//! the bench prints `SKIPPED: <path> not found` and exits 0 without it.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use undertone::report::Report;
use undertone::{clean, entity, sentence, sentiment, stance, token, Format, Options};

struct Corpus {
    /// Clean article bodies: extraction ground truth, then CoNLL documents.
    bodies: Vec<String>,
    /// The same pages as a reader's Select-All + Copy (plain text to clean).
    pastes: Vec<String>,
    /// The same pages as HTML.
    pages: Vec<String>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--quick");
    let data = args
        .iter()
        .position(|a| a == "--data")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let corpus = match load(&data) {
        Ok(c) => c,
        Err(missing) => {
            println!("SKIPPED: {} not found", missing.display());
            return;
        }
    };
    // The first call pays the one-time loads (lexicons, gazetteers, models behind `OnceLock`):
    // the native side of the page's cold start.
    // Each one-time load alone, then the rest of the first call.
    let loads: [(&str, &dyn Fn()); 4] = [
        ("gazetteers", &|| {
            black_box(entity::gazetteer::Gazetteer::get());
        }),
        ("NER model", &|| {
            black_box(entity::model::Model::get());
        }),
        ("tone lexicon", &|| {
            black_box(sentiment::lexicon::get());
        }),
        ("target model", &|| {
            black_box(sentiment::model::get());
        }),
    ];
    let load_times: Vec<(&str, Duration)> = loads
        .iter()
        .map(|(name, f)| {
            let t = Instant::now();
            f();
            (*name, t.elapsed())
        })
        .collect();
    let t = Instant::now();
    black_box(undertone::analyze("Kerry met Lavrov in Paris. They agreed.", &Options::default()));
    let first = t.elapsed() + load_times.iter().map(|l| l.1).sum::<Duration>();
    let passes = if quick { 3 } else { 7 };
    let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).cloned();
    let bytes = |v: &[String]| v.iter().map(String::len).sum::<usize>();
    println!(
        "corpus: {} bodies ({} KiB), {} pastes ({} KiB), {} HTML pages ({} KiB); median of {passes} passes",
        corpus.bodies.len(),
        bytes(&corpus.bodies) >> 10,
        corpus.pastes.len(),
        bytes(&corpus.pastes) >> 10,
        corpus.pages.len(),
        bytes(&corpus.pages) >> 10
    );

    // Inputs of each stage, computed once, untimed.
    let plain = Options { clean: false, ..Options::default() };
    let toks: Vec<_> = corpus.bodies.iter().map(|t| token::tokenize(t)).collect();
    let sents: Vec<_> = corpus.bodies.iter().zip(&toks).map(|(t, k)| sentence::split(t, k)).collect();
    let meta = undertone::Meta::default();
    let ents: Vec<_> = (0..corpus.bodies.len()).map(|i| entity::recognize(&corpus.bodies[i], &toks[i], &sents[i], &meta)).collect();
    let scored: Vec<_> = (0..corpus.bodies.len()).map(|i| sentiment::score_sentences(&corpus.bodies[i], &toks[i], &sents[i])).collect();
    let analyses: Vec<_> = corpus.bodies.iter().map(|t| undertone::analyze(t, &plain)).collect();
    let n = corpus.bodies.len();

    let mut rows = Vec::new();
    let wanted = |name: &str| only.as_deref().map_or(true, |o| name.contains(o));
    let mut bench = |name: &'static str, bytes: usize, passes: usize, f: &mut dyn FnMut()| {
        if wanted(name) {
            rows.push(time_passes(name, bytes, passes, f));
        }
    };
    let body_bytes = bytes(&corpus.bodies);
    bench("clean text (pasted pages)", bytes(&corpus.pastes), passes, &mut || {
        for p in &corpus.pastes {
            black_box(clean::clean(p, Format::Text));
        }
    });
    bench("clean HTML (pages)", bytes(&corpus.pages), passes, &mut || {
        for p in &corpus.pages {
            black_box(clean::clean(p, Format::Html));
        }
    });
    bench("tokenize + sentences", body_bytes, passes, &mut || {
        for t in &corpus.bodies {
            let k = token::tokenize(t);
            black_box(sentence::split(t, &k));
        }
    });
    bench("entities", body_bytes, passes, &mut || {
        for i in 0..n {
            black_box(entity::recognize(&corpus.bodies[i], &toks[i], &sents[i], &meta));
        }
    });
    bench("tone (sentences, entities, document)", body_bytes, passes, &mut || {
        for i in 0..n {
            let s = sentiment::score_sentences(&corpus.bodies[i], &toks[i], &sents[i]);
            let mut e = ents[i].clone();
            sentiment::score_entities(&corpus.bodies[i], &toks[i], &s, &mut e);
            black_box(sentiment::document(&s));
            black_box(e);
        }
    });
    bench("stance", body_bytes, passes, &mut || {
        for i in 0..n {
            black_box(stance::analyze(&corpus.bodies[i], &toks[i], &scored[i], &ents[i]));
        }
    });
    bench("report + JSON", body_bytes, passes, &mut || {
        for a in &analyses {
            black_box(serde_json::to_string(&Report::new(a)).unwrap());
        }
    });
    bench("full, clean: false (bodies)", body_bytes, passes, &mut || {
        for t in &corpus.bodies {
            black_box(undertone::analyze(t, &plain));
        }
    });
    // The same with JSON and cleaning off: what cleaning adds is the difference with the next row.
    bench("full + JSON, clean: false (bodies)", body_bytes, passes, &mut || {
        for t in &corpus.bodies {
            black_box(serde_json::to_string(&Report::new(&undertone::analyze(t, &plain))).unwrap());
        }
    });
    bench("full + JSON, clean: true (bodies)", body_bytes, passes, &mut || {
        for t in &corpus.bodies {
            black_box(serde_json::to_string(&Report::new(&undertone::analyze(t, &Options::default()))).unwrap());
        }
    });
    bench("full + JSON (pasted pages)", bytes(&corpus.pastes), passes, &mut || {
        for t in &corpus.pastes {
            black_box(serde_json::to_string(&Report::new(&undertone::analyze(t, &Options::default()))).unwrap());
        }
    });
    if !quick {
        // The documents in order, repeated, until the text reaches 5 MiB.
        let five = |parts: &[String], sep: &str| {
            let mut s = String::new();
            for p in parts.iter().cycle() {
                if s.len() >= 5 << 20 {
                    break;
                }
                s.push_str(p);
                s.push_str(sep);
            }
            s
        };
        let text5 = five(&corpus.pastes, "\n\n");
        bench("clean text, one 5 MiB paste", text5.len(), 3, &mut || {
            black_box(clean::clean(&text5, Format::Text));
        });
        drop(text5);
        let html5 = five(&corpus.pages, "\n");
        bench("clean HTML, one 5 MiB page", html5.len(), 3, &mut || {
            black_box(clean::clean(&html5, Format::Html));
        });
        drop(html5);
        let full5 = five(&corpus.bodies, "\n\n");
        bench("full + JSON, clean: false, one 5 MiB text", full5.len(), 3, &mut || {
            black_box(serde_json::to_string(&Report::new(&undertone::analyze(&full5, &plain))).unwrap());
        });
    }

    println!();
    println!("first call (one-time loads, a 7-word text): {:.2} ms", ms(first));
    let each: Vec<String> = load_times.iter().map(|(n, d)| format!("{n} {:.2} ms", ms(*d))).collect();
    println!("  of which: {}", each.join(", "));
    println!();
    println!("| stage | input | median | min–max | throughput | CPU median | throughput (CPU) |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        let (cpu, cpu_rate) = match r.cpu {
            Some(c) if c > 0.0 => (format!("{c:.0} ms"), format!("{:.1} MB/s", r.bytes as f64 / c / 1e3)),
            _ => ("–".to_string(), "–".to_string()),
        };
        println!(
            "| {} | {} KiB | {:.2} ms | {:.2}–{:.2} ms | {:.1} MB/s | {cpu} | {cpu_rate} |",
            r.name,
            r.bytes >> 10,
            ms(r.median),
            ms(r.min),
            ms(r.max),
            r.bytes as f64 / r.median.as_secs_f64() / 1e6
        );
    }
}

struct Row {
    name: &'static str,
    bytes: usize,
    median: Duration,
    min: Duration,
    max: Duration,
    /// Median CPU time of a pass (Linux: /proc/self/stat, 10 ms ticks), which a busy machine
    /// does not inflate as it does wall-clock time.
    cpu: Option<f64>,
}

/// User + system CPU time of this process in ms, where /proc tells it (Linux).
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0) // USER_HZ is 100 on Linux
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// One warm-up pass, then `passes` timed passes of `f`.
fn time_passes(name: &'static str, bytes: usize, passes: usize, f: &mut dyn FnMut()) -> Row {
    f();
    let mut cpus = Vec::new();
    let mut times: Vec<Duration> = (0..passes)
        .map(|_| {
            let c = cpu_ms();
            let t = Instant::now();
            f();
            let wall = t.elapsed();
            if let (Some(a), Some(b)) = (c, cpu_ms()) {
                cpus.push(b - a);
            }
            wall
        })
        .collect();
    times.sort();
    cpus.sort_by(f64::total_cmp);
    let cpu = (cpus.len() == passes).then(|| cpus[passes / 2]);
    let row = Row { name, bytes, median: times[times.len() / 2], min: times[0], max: times[times.len() - 1], cpu };
    eprintln!("{name}: {:.2} ms", ms(row.median));
    row
}

fn load(data: &Path) -> Result<Corpus, PathBuf> {
    let need = |p: PathBuf| if p.exists() { Ok(p) } else { Err(p) };
    let gt = need(data.join("article_extraction/ground-truth.dev.json"))?;
    let inner = need(data.join("article_extraction/innertext.dev.json"))?;
    let html_dir = need(data.join("article_extraction/html"))?;
    let conll = need(data.join("conll2003/dev.txt"))?;

    let read_json = |p: &Path| -> serde_json::Map<String, serde_json::Value> {
        serde_json::from_str(&std::fs::read_to_string(p).expect("readable")).expect("a JSON object")
    };
    // Sorted by page id, so every run sees the same order.
    let mut gt: Vec<_> = read_json(&gt).into_iter().collect();
    gt.sort_by(|a, b| a.0.cmp(&b.0));
    let mut bodies: Vec<String> = gt.iter().filter_map(|(_, v)| v["articleBody"].as_str().map(str::to_string)).collect();
    bodies.extend(conll_documents(&std::fs::read_to_string(&conll).expect("readable")));
    let mut inner: Vec<_> = read_json(&inner).into_iter().collect();
    inner.sort_by(|a, b| a.0.cmp(&b.0));
    let pastes = inner.into_iter().filter_map(|(_, v)| v.as_str().map(str::to_string)).collect();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&html_dir)
        .expect("readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    files.sort();
    let pages = files
        .iter()
        .map(|f| {
            let out = Command::new("gzip").arg("-dc").arg(f).output().expect("gzip runs");
            String::from_utf8_lossy(&out.stdout).into_owned()
        })
        .collect();
    Ok(Corpus { bodies, pastes, pages })
}

/// CoNLL-2003 documents as running text: one line per sentence, tokens joined by spaces
/// except before closing punctuation and clitics and after opening brackets (the same
/// reconstruction as `scripts/bench.mjs`).
fn conll_documents(conll: &str) -> Vec<String> {
    let mut docs = Vec::new();
    let mut doc = String::new();
    let mut line = String::new();
    let mut quote_open = false;
    let flush_line = |doc: &mut String, line: &mut String| {
        if !line.is_empty() {
            doc.push_str(line);
            doc.push('\n');
            line.clear();
        }
    };
    for l in conll.lines() {
        let word = l.split(' ').next().unwrap_or("");
        if word == "-DOCSTART-" {
            flush_line(&mut doc, &mut line);
            if !doc.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            quote_open = false;
        } else if word.is_empty() {
            flush_line(&mut doc, &mut line);
            quote_open = false;
        } else {
            let glue_left = matches!(word, "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "}" | "%" | "'s" | "'S" | "n't" | "'")
                || (word == "\"" && quote_open);
            let prev_opens = line.ends_with(['(', '[', '{', '$']) || (line.ends_with('"') && quote_open && word != "\"");
            if !line.is_empty() && !glue_left && !prev_opens {
                line.push(' ');
            }
            if word == "\"" {
                quote_open = !quote_open;
            }
            line.push_str(word);
        }
    }
    flush_line(&mut doc, &mut line);
    if !doc.is_empty() {
        docs.push(doc);
    }
    docs
}
