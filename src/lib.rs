//! Undertone: a news-article analyzer that runs natively and in the browser.
//!
//! ```
//! use undertone::{analyze, Options};
//!
//! let a = analyze(
//!     "Secretary of State John Kerry met Sergei Lavrov in Paris. Kerry said they agreed to share intelligence.",
//!     &Options::default(),
//! );
//! let kerry = a.entities.iter().find(|e| e.name == "John Kerry").unwrap();
//! assert_eq!(kerry.kind.as_str(), "PERSON");
//! assert_eq!(kerry.role.as_deref(), Some("Secretary of State"));
//! let said: Vec<&str> = kerry.mentions.iter().map(|m| m.of(&a.text)).collect();
//! assert_eq!(said, ["John Kerry", "Kerry"]);
//! ```
//!
//! # The contract
//!
//! [`analyze`] takes the pasted input (plain text or HTML) and returns an [`Analysis`] whose
//! spans are UTF-8 byte offsets into [`Analysis::text`] (see [`span::Span`]). [`report::Report`]
//! is the serialised form shared by the CLI and the wasm edge: the same fields, with every
//! offset counted in UTF-16 code units, as the README documents.
//!
//! # Pipeline
//!
//! `clean` (body, metadata, removed blocks) → `token` → `sentence` → `entity` (recognise,
//! merge, salience) → `sentiment` (sentences, entities, document) → `stance` (actor pairs).
//! Every stage is a plain function over `&str` and plain structs: no I/O, no globals that
//! change, no JavaScript. Only `src/wasm.rs` talks to JavaScript.
//!
//! # Untrusted input
//!
//! Any `&str` is accepted: the functions never panic on odd input, run in time linear in
//! its length, and never interpret markup as anything but text.

// The page's wasm build marks code it rarely runs `#[optimize(size)]` (opt-level "z" for that
// code alone; build.rs sets `size_attrs`, scripts/build.sh explains the trade).
#![cfg_attr(size_attrs, feature(optimize_attribute))]

pub(crate) mod case;
pub(crate) mod words;
pub mod clean;
pub mod entity;
pub mod lang;
pub mod rans;
pub mod report;
pub mod sentence;
pub mod sentiment;
pub mod span;
pub mod stance;
pub mod token;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::Serialize;
pub use span::Span;

/// Inputs larger than this are refused at the edges (CLI and wasm) with a clear message.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// How to read the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Decide from the input itself (`clean::looks_like_html`).
    #[default]
    Auto,
    Text,
    Html,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub format: Format,
    /// When false the input is taken as the article body, unchanged.
    pub clean: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { format: Format::Auto, clean: true }
    }
}

/// Metadata separated from the body. Unknown fields are `None`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// ISO 8601 (`2014-10-14T23:30:00-04:00`) where it could be parsed, else as written.
    pub published: Option<String>,
    pub source: Option<String>,
    pub captions: Vec<String>,
}

/// A block that cleaning dropped, with a reason a person understands ("share prompt").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Removed {
    pub text: String,
    pub reason: String,
}

/// One piece of evidence: the words at `span`, the rule that read them, and their weight
/// (signed; its scale is the scale of the score it explains).
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    pub span: Span,
    pub rule: String,
    pub weight: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    pub span: Span,
    /// In [-1, 1].
    pub sentiment: f32,
    pub cues: Vec<Cue>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    Person,
    Org,
    /// Countries, cities, states.
    Gpe,
    /// Places that are not political units: regions, rivers, the Middle East.
    Loc,
    /// Nationalities, religious and political groups.
    Norp,
    Event,
    /// Other named things: works, products, vehicles, laws, awards, leagues (CoNLL's MISC that is
    /// neither a group nor an event).
    Misc,
    Date,
    Time,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Date => "DATE",
            EntityType::Time => "TIME",
            EntityType::Misc => "MISC",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The most complete form of the name ("John Kerry").
    pub name: String,
    pub kind: EntityType,
    /// Sorted; no two entities' mentions overlap.
    pub mentions: Vec<Span>,
    /// Mentions in `meta.title` and `meta.captions`, sorted by field then offset; their spans
    /// index that field's text, not `text`.
    pub meta_mentions: Vec<entity::MetaMention>,
    /// Other surface forms seen, including ones only in the title ("ISIS").
    pub aliases: Vec<String>,
    /// Role or title attached to a person ("Secretary of State").
    pub role: Option<String>,
    /// Index of the entity this one acts for: a capital for its country, a demonym for its
    /// country, an official for the country they represent. Used by stance.
    pub acts_for: Option<usize>,
    /// In [0, 1].
    pub salience: f32,
    /// How the article portrays it, in [-1, 1].
    pub sentiment: f32,
    pub sentiment_cues: Vec<Cue>,
}

impl Entity {
    pub fn new(name: impl Into<String>, kind: EntityType) -> Entity {
        Entity {
            name: name.into(),
            kind,
            mentions: Vec::new(),
            meta_mentions: Vec::new(),
            aliases: Vec::new(),
            role: None,
            acts_for: None,
            salience: 0.0,
            sentiment: 0.0,
            sentiment_cues: Vec::new(),
        }
    }
}

/// Who stands with or against whom. `source` and `target` index `Analysis::entities`.
#[derive(Clone, Debug, PartialEq)]
pub struct Stance {
    pub source: usize,
    pub target: usize,
    /// In [-1, 1]: negative is conflict, positive is cooperation.
    pub score: f32,
    /// The clauses that carry the score, sorted.
    pub evidence: Vec<Span>,
    /// The words inside the evidence that moved the score, with their rules.
    pub cues: Vec<Cue>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tone {
    /// Document sentiment in [-1, 1].
    pub score: f32,
    /// Its strength, >= 0 (grows with the amount of emotional content).
    pub magnitude: f32,
    /// The strongest cues behind the score.
    pub cues: Vec<Cue>,
}

/// Something the reader should know about the input or the analysis, as a stable `code`
/// (`"empty"`, `"no_text"`, `"non_english"`) and a message a person understands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub code: &'static str,
    pub message: String,
}

/// The result of [`analyze`]. Every span indexes `text`.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub text: String,
    /// The language of `text` (`lang::detect`): `"en"`, another ISO 639-1 code, or `"und"`.
    pub language: &'static str,
    /// In the order found; empty for an ordinary English article.
    pub warnings: Vec<Warning>,
    pub meta: Meta,
    pub removed: Vec<Removed>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub stance: Vec<Stance>,
    pub tone: Tone,
}

/// Analyzes one pasted article. Never fails: empty input gives an empty analysis.
pub fn analyze(input: &str, options: &Options) -> Analysis {
    let cleaned = if options.clean {
        clean::clean(input, options.format)
    } else {
        clean::Cleaned { text: input.to_string(), meta: Meta::default(), removed: Vec::new() }
    };
    analyze_clean(cleaned, input.trim().is_empty())
}

/// Analyzes a page already parsed into a neutral tree (`clean::tree`): what the wasm edge
/// does with the tree the browser's `DOMParser` built. Equals [`analyze`] of the same HTML
/// with `Format::Html` and cleaning on. `input` is the HTML the tree was parsed from.
pub fn analyze_tree(tree: &clean::tree::Tree, input: &str) -> Analysis {
    analyze_clean(clean::clean_tree(tree), input.trim().is_empty())
}

#[cfg_attr(size_attrs, optimize(size))] // (session 26: once per article)
fn analyze_clean(cleaned: clean::Cleaned, input_blank: bool) -> Analysis {
    let clean::Cleaned { text, meta, removed } = cleaned;
    let tokens = token::tokenize(&text);
    let sentence_spans = sentence::split(&text, &tokens);
    let mut entities = entity::recognize(&text, &tokens, &sentence_spans, &meta);
    let sentences = sentiment::score(&text, &tokens, &sentence_spans, &mut entities);
    let tone = sentiment::document(&sentences);
    let stance = stance::analyze(&text, &tokens, &sentences, &entities);
    let mut a = Analysis { text, language: "und", warnings: Vec::new(), meta, removed, sentences, entities, stance, tone };
    check_input(&mut a, input_blank);
    a
}

/// Sets `language` and `warnings`. Text that is confidently not English keeps its text and
/// sentence spans, but the English-tuned annotations are withheld rather than shown as fact:
/// no entities, no stance, and tone and sentence sentiment 0 without evidence.
fn check_input(a: &mut Analysis, input_blank: bool) {
    if a.text.trim().is_empty() {
        let (code, message) = if input_blank {
            ("empty", "There is nothing to analyze: the input is empty or only whitespace. Paste an article.")
        } else {
            ("no_text", "No article text was found: everything in the input was markup or page furniture (see the removed blocks).")
        };
        a.warnings.push(Warning { code, message: message.to_string() });
        return;
    }
    let lang = lang::detect(&a.text);
    a.language = lang.code;
    if lang.foreign {
        let seems = if lang.code == "und" { "does not look like English".to_string() } else { format!("looks like {}", lang.name) };
        a.warnings.push(Warning {
            code: "non_english",
            message: format!(
                "This text {seems}. Undertone's analysis is tuned for English, so entities, tone and stance are not shown for it."
            ),
        });
        a.entities.clear();
        a.stance.clear();
        a.tone = Tone::default();
        for s in &mut a.sentences {
            s.sentiment = 0.0;
            s.cues.clear();
        }
    }
}

/// Sentiment toward each of the caller's spans of `analysis.text` (any phrase), in [-1, 1],
/// in the order given. Spans must lie on char boundaries inside the text.
pub fn target_sentiments(analysis: &Analysis, targets: &[Span]) -> Vec<f32> {
    let tokens = token::tokenize(&analysis.text);
    sentiment::targets(&analysis.text, &tokens, &analysis.sentences, targets)
}

// The page's allocator: talc instead of Rust's default dlmalloc (see Cargo.toml).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
