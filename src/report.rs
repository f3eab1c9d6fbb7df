//! The serialised analysis, shared by the CLI (JSON) and the wasm edge (JS objects).
//!
//! Field names are the public contract (README, "The analysis contract"). Every offset is
//! counted in UTF-16 code units into `text` and is half-open, so JavaScript's
//! `text.slice(start, end)` is exact; the one exception, `entities[].meta_mentions`, counts
//! the same way into the field it names (`meta.title` or `meta.captions[index]`). Scores are rounded to 4 decimals, so native and wasm
//! output are equal to the last digit.

use serde::ser::SerializeStruct;
use serde::Serialize;

use crate::entity::Field;
use crate::span::Span;
use crate::{Analysis, Cue, Meta, Removed, Warning};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Range16 {
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CueOut<'a> {
    pub start: u32,
    pub end: u32,
    pub text: &'a str,
    pub rule: &'a str,
    pub weight: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceOut<'a> {
    pub start: u32,
    pub end: u32,
    pub sentiment: f64,
    pub evidence: Vec<CueOut<'a>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityOut<'a> {
    pub id: u32,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub salience: f64,
    pub sentiment: f64,
    pub mentions: Vec<Range16>,
    /// Mentions in `meta.title` and `meta.captions`, in UTF-16 units into that field.
    pub meta_mentions: Vec<MetaMentionOut>,
    pub aliases: &'a [String],
    pub role: Option<&'a str>,
    pub acts_for: Option<u32>,
    pub evidence: Vec<CueOut<'a>>,
}

/// A mention outside the body: `field` is `"title"` (then `index` is null) or `"caption"`
/// (`index` into `meta.captions`); `start`/`end` count UTF-16 units into that string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct MetaMentionOut {
    pub field: &'static str,
    pub index: Option<u32>,
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StanceOut<'a> {
    pub source: u32,
    pub target: u32,
    pub score: f64,
    pub evidence: Vec<Range16>,
    pub cues: Vec<CueOut<'a>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ToneOut<'a> {
    pub score: f64,
    pub magnitude: f64,
    pub evidence: Vec<CueOut<'a>>,
}

/// The analysis as serialised. It borrows every string from the [`Analysis`] it reports
/// (nothing is copied: the text can be megabytes, and each cue names its words and rule);
/// only the offsets are new. Serialised as an object of these fields, in this order
/// ([`Report::serialize_fields`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Report<'a> {
    pub text: &'a str,
    /// `"en"`, another ISO 639-1 code, or `"und"` (see `lang`).
    pub language: &'static str,
    /// `[{code, message}]`: `"empty"`, `"no_text"`, `"non_english"` (annotations withheld).
    pub warnings: &'a [Warning],
    pub meta: &'a Meta,
    pub removed: &'a [Removed],
    pub sentences: Vec<SentenceOut<'a>>,
    pub entities: Vec<EntityOut<'a>>,
    pub stance: Vec<StanceOut<'a>>,
    pub tone: ToneOut<'a>,
}

impl Serialize for Report<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Report", 9)?;
        self.serialize_fields(&mut o)?;
        o.end()
    }
}

impl Report<'_> {
    /// The fields, in order, into an object being serialised: the wasm edge adds its
    /// `targets` after them with no `#[serde(flatten)]` (which goes through serde's map
    /// serialiser: ~1 KB gzip more wasm, measured 2026-12-05).
    pub fn serialize_fields<O: SerializeStruct>(&self, o: &mut O) -> Result<(), O::Error> {
        o.serialize_field("text", self.text)?;
        o.serialize_field("language", self.language)?;
        o.serialize_field("warnings", self.warnings)?;
        o.serialize_field("meta", self.meta)?;
        o.serialize_field("removed", self.removed)?;
        o.serialize_field("sentences", &self.sentences)?;
        o.serialize_field("entities", &self.entities)?;
        o.serialize_field("stance", &self.stance)?;
        o.serialize_field("tone", &self.tone)
    }
}

/// Maps UTF-8 byte offsets of one text to UTF-16 offsets with a running count every 64 bytes,
/// so a lookup is one array read and a sum over at most 63 bytes, and the index costs 1/16 of
/// the text. (The count is per byte, see [`utf16_len`], so it can stop anywhere, even inside a
/// char.)
pub struct Utf16Index<'a> {
    text: &'a str,
    /// `marks[k]`: UTF-16 units of the bytes before byte `64 k`.
    marks: Vec<u32>,
}

const MARK: usize = 64;

impl<'a> Utf16Index<'a> {
    #[cfg_attr(size_attrs, optimize(size))] // (once per text or field: scripts/build.sh)
    pub fn new(text: &'a str) -> Self {
        let mut marks = Vec::with_capacity(text.len() / MARK + 1);
        let mut u16s = 0u32;
        marks.push(0);
        for chunk in text.as_bytes().chunks(MARK) {
            u16s += utf16_len(chunk);
            marks.push(u16s);
        }
        Utf16Index { text, marks }
    }

    /// The UTF-16 offset of byte offset `byte` (a char boundary, at most `text.len()`).
    pub fn at(&self, byte: usize) -> u32 {
        let k = byte / MARK;
        self.marks[k] + utf16_len(&self.text.as_bytes()[k * MARK..byte])
    }

    pub fn span(&self, s: Span) -> Range16 {
        Range16 { start: self.at(s.start), end: self.at(s.end) }
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// UTF-16 code units of whole chars given as UTF-8 bytes, counted on the bytes: one per char
/// (every byte that is not a continuation byte) and one more for each char of four bytes
/// (lead byte 0xF0 or above), which UTF-16 writes as a surrogate pair. A sum over bytes, so
/// counts of consecutive byte ranges add up.
fn utf16_len(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| u32::from(!is_continuation(b)) + u32::from(b >= 0xF0)).sum()
}

/// The byte offset of UTF-16 offset `u` in `text`, or `None` when `u` is past the end or
/// falls inside a surrogate pair.
pub fn byte_of_utf16(text: &str, u: u32) -> Option<usize> {
    let mut count = 0u32;
    for (i, c) in text.char_indices() {
        if count == u {
            return Some(i);
        }
        count += c.len_utf16() as u32;
        if count > u {
            return None;
        }
    }
    (count == u).then_some(text.len())
}

/// Sentiment toward each caller target, given as UTF-16 `(start, end)` offsets into
/// `analysis.text`, in order; `None` for a target that is not a valid range (past the end,
/// reversed, or splitting a surrogate pair). Shared by the CLI and the wasm edge.
#[cfg_attr(size_attrs, optimize(size))]
pub fn target_sentiments16(analysis: &Analysis, targets: &[(u32, u32)]) -> Vec<Option<f64>> {
    let text = analysis.text.as_str();
    // (Loops rather than iterator chains: see `stance::analyze`.)
    let mut spans: Vec<Option<Span>> = Vec::with_capacity(targets.len());
    let mut valid: Vec<Span> = Vec::new();
    for &(start, end) in targets {
        let span = match (byte_of_utf16(text, start), byte_of_utf16(text, end)) {
            (Some(s), Some(e)) if s <= e => Some(Span::new(s, e)),
            _ => None,
        };
        spans.push(span);
        valid.extend(span);
    }
    let mut scores = crate::target_sentiments(analysis, &valid).into_iter();
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        out.push(s.and_then(|_| scores.next()).map(round));
    }
    out
}

/// Rounds a score to 4 decimals.
pub fn round(x: f32) -> f64 {
    let x = if x.is_finite() { x as f64 } else { 0.0 };
    (x * 10_000.0).round() / 10_000.0
}

fn cue_out<'a>(idx: &Utf16Index, text: &'a str, c: &'a Cue) -> CueOut<'a> {
    let r = idx.span(c.span);
    CueOut { start: r.start, end: r.end, text: c.span.of(text), rule: &c.rule, weight: round(c.weight) }
}

/// Each cue as the report writes it. A loop, not `map`/`collect`: a closure given to `map` is
/// compiled apart, at the crate's level and not at "z", and each one its own copy of the
/// collecting code (session 26: `Report::new` and these helpers as loops, -~1.5 KB raw).
#[cfg_attr(size_attrs, optimize(size))]
fn cues_out<'a>(idx: &Utf16Index, text: &'a str, cs: &'a [Cue]) -> Vec<CueOut<'a>> {
    let mut out = Vec::with_capacity(cs.len());
    for c in cs {
        out.push(cue_out(idx, text, c));
    }
    out
}

/// Each span in UTF-16 units (as [`cues_out`], a loop).
#[cfg_attr(size_attrs, optimize(size))]
fn spans_out(idx: &Utf16Index, spans: &[Span]) -> Vec<Range16> {
    let mut out = Vec::with_capacity(spans.len());
    for &m in spans {
        out.push(idx.span(m));
    }
    out
}

impl<'a> Report<'a> {
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn new(a: &'a Analysis) -> Report<'a> {
        let text = a.text.as_str();
        let idx = Utf16Index::new(text);
        // One index per metadata field that holds a mention.
        let title_idx = Utf16Index::new(a.meta.title.as_deref().unwrap_or(""));
        let mut caption_idx: Vec<Utf16Index> = Vec::with_capacity(a.meta.captions.len());
        for c in &a.meta.captions {
            caption_idx.push(Utf16Index::new(c));
        }
        let mut sentences = Vec::with_capacity(a.sentences.len());
        for s in &a.sentences {
            let r = idx.span(s.span);
            sentences.push(SentenceOut { start: r.start, end: r.end, sentiment: round(s.sentiment), evidence: cues_out(&idx, text, &s.cues) });
        }
        let mut entities = Vec::with_capacity(a.entities.len());
        for (i, e) in a.entities.iter().enumerate() {
            let mut meta_mentions = Vec::with_capacity(e.meta_mentions.len());
            for m in &e.meta_mentions {
                let (field, index, at) = match m.field {
                    Field::Title => ("title", None, &title_idx),
                    Field::Caption(i) => ("caption", Some(i as u32), &caption_idx[i]),
                };
                let r = at.span(m.span);
                meta_mentions.push(MetaMentionOut { field, index, start: r.start, end: r.end });
            }
            entities.push(EntityOut {
                id: i as u32,
                name: &e.name,
                kind: e.kind.as_str(),
                salience: round(e.salience),
                sentiment: round(e.sentiment),
                mentions: spans_out(&idx, &e.mentions),
                meta_mentions,
                aliases: &e.aliases,
                role: e.role.as_deref(),
                acts_for: e.acts_for.map(|x| x as u32),
                evidence: cues_out(&idx, text, &e.sentiment_cues),
            });
        }
        let mut stance = Vec::with_capacity(a.stance.len());
        for s in &a.stance {
            stance.push(StanceOut {
                source: s.source as u32,
                target: s.target as u32,
                score: round(s.score),
                evidence: spans_out(&idx, &s.evidence),
                cues: cues_out(&idx, text, &s.cues),
            });
        }
        Report {
            text,
            language: a.language,
            warnings: &a.warnings,
            meta: &a.meta,
            removed: &a.removed,
            sentences,
            entities,
            stance,
            tone: ToneOut { score: round(a.tone.score), magnitude: round(a.tone.magnitude), evidence: cues_out(&idx, text, &a.tone.cues) },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_code_units() {
        // é is 2 bytes / 1 unit; 🙂 is 4 bytes / 2 units.
        let text = "é🙂x".repeat(200);
        let idx = Utf16Index::new(&text);
        for (b, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let want = text[..b].encode_utf16().count() as u32;
            assert_eq!(idx.at(b), want, "byte {b}");
            assert_eq!(byte_of_utf16(&text, want), Some(b));
        }
        // Inside the surrogate pair of the first 🙂 (units 1..3).
        assert_eq!(byte_of_utf16(&text, 2), None);
        assert_eq!(byte_of_utf16("ab", 3), None);
    }

    #[test]
    fn rounding_is_stable() {
        assert_eq!(round(0.123_456), 0.1235);
        assert_eq!(round(f32::NAN), 0.0);
        assert_eq!(round(-1.0), -1.0);
    }

    /// Mentions in the title and captions count UTF-16 units into their own field (emoji before
    /// them count 2), and serialise as `{field, index, start, end}`.
    #[test]
    fn meta_mentions_index_their_field_in_utf16() {
        let input = "Kenya \u{1f642} And Uganda Sign Trade Deal In Z\u{fc}rich\n\nBy | Mar 2, 2025 10:05 AM CET\n\n\
\u{1f642} Kenyan President William Ruto (R) greets Ugandan officials in Z\u{fc}rich on Monday. (Photo : Reuters/Landov)\n\n\
Kenya and Uganda signed a trade deal in Z\u{fc}rich on Monday, officials said.\n\n\
Ruto said the deal would cut tariffs on tea and coffee. Uganda said it would ratify the deal next month.\n\n\
Analysts in Nairobi welcomed it. Officials said more deals would follow.\n";
        let a = crate::analyze(input, &crate::Options::default());
        assert_eq!(a.meta.captions.len(), 1, "{:?}", a.meta);
        let r = Report::new(&a);
        let title: Vec<u16> = a.meta.title.as_deref().unwrap_or("").encode_utf16().collect();
        let caption: Vec<u16> = a.meta.captions[0].encode_utf16().collect();
        let mut seen = Vec::new();
        for e in &r.entities {
            for m in &e.meta_mentions {
                let field = match (m.field, m.index) {
                    ("title", None) => &title,
                    ("caption", Some(0)) => &caption,
                    other => panic!("bad field {other:?}"),
                };
                seen.push((m.field, String::from_utf16(&field[m.start as usize..m.end as usize]).unwrap(), e.name));
            }
        }
        for want in [
            ("title", "Uganda", "Uganda"),
            ("title", "Z\u{fc}rich", "Zurich"),
            ("caption", "William Ruto", "William Ruto"),
            ("caption", "Z\u{fc}rich", "Zurich"),
            ("caption", "Reuters", "Reuters"),
            ("caption", "Landov", "Landov"),
        ] {
            assert!(seen.iter().any(|(f, t, n)| (*f, t.as_str(), *n) == want), "{want:?} not in {seen:?}");
        }
        let json = serde_json::to_value(&r).unwrap();
        let ruto = json["entities"].as_array().unwrap().iter().find(|e| e["name"] == "William Ruto").unwrap();
        assert_eq!(ruto["meta_mentions"][0]["field"], "caption");
        assert_eq!(ruto["meta_mentions"][0]["index"], 0);
        // "🙂 Kenyan President ": the emoji counts 2 units.
        assert_eq!(ruto["meta_mentions"][0]["start"], 20);
        let reuters = json["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Reuters").unwrap();
        assert_eq!(reuters["mentions"], serde_json::json!([]));
    }
}

