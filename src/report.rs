//! The serialised analysis, shared by the CLI (JSON) and the wasm edge (JS objects).
//!
//! Field names are the public contract (README, "The analysis contract"). Every offset is
//! counted in UTF-16 code units into `text` and is half-open, so JavaScript's
//! `text.slice(start, end)` is exact. Scores are rounded to 4 decimals, so native and wasm
//! output are equal to the last digit.

use serde::Serialize;

use crate::span::Span;
use crate::{Analysis, Cue, Meta, Removed, Warning};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Range16 {
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CueOut {
    pub start: u32,
    pub end: u32,
    pub text: String,
    pub rule: String,
    pub weight: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceOut {
    pub start: u32,
    pub end: u32,
    pub sentiment: f64,
    pub evidence: Vec<CueOut>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityOut {
    pub id: u32,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub salience: f64,
    pub sentiment: f64,
    pub mentions: Vec<Range16>,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub acts_for: Option<u32>,
    pub evidence: Vec<CueOut>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StanceOut {
    pub source: u32,
    pub target: u32,
    pub score: f64,
    pub evidence: Vec<Range16>,
    pub cues: Vec<CueOut>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ToneOut {
    pub score: f64,
    pub magnitude: f64,
    pub evidence: Vec<CueOut>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub text: String,
    /// `"en"`, another ISO 639-1 code, or `"und"` (see `lang`).
    pub language: &'static str,
    /// `[{code, message}]`: `"empty"`, `"no_text"`, `"non_english"` (annotations withheld).
    pub warnings: Vec<Warning>,
    pub meta: Meta,
    pub removed: Vec<Removed>,
    pub sentences: Vec<SentenceOut>,
    pub entities: Vec<EntityOut>,
    pub stance: Vec<StanceOut>,
    pub tone: ToneOut,
}

/// Maps UTF-8 byte offsets of one text to UTF-16 offsets with a checkpoint every 256 bytes,
/// so a lookup walks at most 256 bytes and the index costs ~1 % of the text.
pub struct Utf16Index<'a> {
    text: &'a str,
    /// (byte offset on a char boundary, UTF-16 offset there)
    marks: Vec<(usize, u32)>,
}

impl<'a> Utf16Index<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut marks = vec![(0, 0)];
        let mut u16s = 0u32;
        let mut next_mark = 256;
        for (i, c) in text.char_indices() {
            if i >= next_mark {
                marks.push((i, u16s));
                next_mark = i + 256;
            }
            u16s += c.len_utf16() as u32;
        }
        Utf16Index { text, marks }
    }

    /// The UTF-16 offset of byte offset `byte` (a char boundary, at most `text.len()`).
    pub fn at(&self, byte: usize) -> u32 {
        let k = self.marks.partition_point(|&(b, _)| b <= byte) - 1;
        let (b0, u0) = self.marks[k];
        u0 + self.text[b0..byte].chars().map(|c| c.len_utf16() as u32).sum::<u32>()
    }

    pub fn span(&self, s: Span) -> Range16 {
        Range16 { start: self.at(s.start), end: self.at(s.end) }
    }
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
pub fn target_sentiments16(analysis: &Analysis, targets: &[(u32, u32)]) -> Vec<Option<f64>> {
    let text = analysis.text.as_str();
    let spans: Vec<Option<Span>> = targets
        .iter()
        .map(|&(start, end)| match (byte_of_utf16(text, start), byte_of_utf16(text, end)) {
            (Some(s), Some(e)) if s <= e => Some(Span::new(s, e)),
            _ => None,
        })
        .collect();
    let valid: Vec<Span> = spans.iter().flatten().copied().collect();
    let mut scores = crate::target_sentiments(analysis, &valid).into_iter();
    spans.iter().map(|s| s.and_then(|_| scores.next()).map(round)).collect()
}

/// Rounds a score to 4 decimals.
pub fn round(x: f32) -> f64 {
    let x = if x.is_finite() { x as f64 } else { 0.0 };
    (x * 10_000.0).round() / 10_000.0
}

fn cue_out(idx: &Utf16Index, text: &str, c: &Cue) -> CueOut {
    let r = idx.span(c.span);
    CueOut { start: r.start, end: r.end, text: c.span.of(text).to_string(), rule: c.rule.clone(), weight: round(c.weight) }
}

impl Report {
    pub fn new(a: &Analysis) -> Report {
        let text = a.text.as_str();
        let idx = Utf16Index::new(text);
        let cues = |cs: &[Cue]| cs.iter().map(|c| cue_out(&idx, text, c)).collect::<Vec<_>>();
        Report {
            text: a.text.clone(),
            language: a.language,
            warnings: a.warnings.clone(),
            meta: a.meta.clone(),
            removed: a.removed.clone(),
            sentences: a
                .sentences
                .iter()
                .map(|s| {
                    let r = idx.span(s.span);
                    SentenceOut { start: r.start, end: r.end, sentiment: round(s.sentiment), evidence: cues(&s.cues) }
                })
                .collect(),
            entities: a
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| EntityOut {
                    id: i as u32,
                    name: e.name.clone(),
                    kind: e.kind.as_str(),
                    salience: round(e.salience),
                    sentiment: round(e.sentiment),
                    mentions: e.mentions.iter().map(|&m| idx.span(m)).collect(),
                    aliases: e.aliases.clone(),
                    role: e.role.clone(),
                    acts_for: e.acts_for.map(|x| x as u32),
                    evidence: cues(&e.sentiment_cues),
                })
                .collect(),
            stance: a
                .stance
                .iter()
                .map(|s| StanceOut {
                    source: s.source as u32,
                    target: s.target as u32,
                    score: round(s.score),
                    evidence: s.evidence.iter().map(|&m| idx.span(m)).collect(),
                    cues: cues(&s.cues),
                })
                .collect(),
            tone: ToneOut { score: round(a.tone.score), magnitude: round(a.tone.magnitude), evidence: cues(&a.tone.cues) },
        }
    }
}

/// JSON text written by hand for the wasm edge, which hands it to `JSON.parse`: one string
/// across the boundary instead of one JavaScript call per field (serde-wasm-bindgen), and no
/// serde code in the wasm. The same fields and numbers as `serde_json` writes for the CLI
/// (a test compares them): every number is a whole `u32` or a score already rounded to 4
/// decimals, written as that decimal, which parses back to the same double.
pub struct Json(pub String);

impl Json {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    pub fn str(&mut self, s: &str) {
        let out = &mut self.0;
        out.push('"');
        let mut plain = 0;
        for (i, b) in s.bytes().enumerate() {
            let esc = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            out.push_str(&s[plain..i]);
            if esc.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            } else {
                out.push_str(esc);
            }
            plain = i + 1;
        }
        out.push_str(&s[plain..]);
        out.push('"');
    }

    pub fn u32(&mut self, mut n: u32) {
        let mut buf = [0u8; 10];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.0.extend(buf[i..].iter().map(|&b| b as char));
    }

    /// A score from [`round`] (4 decimals).
    pub fn score(&mut self, x: f64) {
        let x = if x.is_finite() { x } else { 0.0 };
        if x.is_sign_negative() {
            self.0.push('-');
        }
        let k = (x.abs() * 10_000.0).round() as u64;
        self.u32((k / 10_000) as u32);
        let mut frac = (k % 10_000) as u32;
        if frac != 0 {
            self.0.push('.');
            let mut digits = 4;
            while frac % 10 == 0 {
                frac /= 10;
                digits -= 1;
            }
            let mut pow = 10u32.pow(digits - 1);
            while pow > 0 {
                self.0.push((b'0' + (frac / pow % 10) as u8) as char);
                pow /= 10;
            }
        }
    }

    pub fn key(&mut self, k: &str) {
        let c = self.0.as_bytes().last().copied();
        if !matches!(c, Some(b'{') | None) {
            self.0.push(',');
        }
        self.0.push('"');
        self.0.push_str(k);
        self.0.push_str("\":");
    }

    pub fn opt_str(&mut self, s: &Option<String>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    pub fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Json, &T)) {
        self.0.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            each(self, x);
        }
        self.0.push(']');
    }

    pub fn range(&mut self, r: &Range16) {
        self.raw("{");
        self.key("start");
        self.u32(r.start);
        self.key("end");
        self.u32(r.end);
        self.raw("}");
    }

    fn cue(&mut self, c: &CueOut) {
        self.raw("{");
        self.key("start");
        self.u32(c.start);
        self.key("end");
        self.u32(c.end);
        self.key("text");
        self.str(&c.text);
        self.key("rule");
        self.str(&c.rule);
        self.key("weight");
        self.score(c.weight);
        self.raw("}");
    }
}

impl Report {
    /// The report's fields as a JSON object's members, without the braces (the wasm edge
    /// appends its own, such as `targets`).
    pub fn write_json_fields(&self, j: &mut Json) {
        j.key("text");
        j.str(&self.text);
        j.key("language");
        j.str(self.language);
        j.key("warnings");
        j.list(&self.warnings, |j, w| {
            j.raw("{");
            j.key("code");
            j.str(w.code);
            j.key("message");
            j.str(&w.message);
            j.raw("}");
        });
        j.key("meta");
        j.raw("{");
        j.key("title");
        j.opt_str(&self.meta.title);
        j.key("byline");
        j.opt_str(&self.meta.byline);
        j.key("published");
        j.opt_str(&self.meta.published);
        j.key("source");
        j.opt_str(&self.meta.source);
        j.key("captions");
        j.list(&self.meta.captions, |j, c| j.str(c));
        j.raw("}");
        j.key("removed");
        j.list(&self.removed, |j, r| {
            j.raw("{");
            j.key("text");
            j.str(&r.text);
            j.key("reason");
            j.str(&r.reason);
            j.raw("}");
        });
        j.key("sentences");
        j.list(&self.sentences, |j, s| {
            j.raw("{");
            j.key("start");
            j.u32(s.start);
            j.key("end");
            j.u32(s.end);
            j.key("sentiment");
            j.score(s.sentiment);
            j.key("evidence");
            j.list(&s.evidence, Json::cue);
            j.raw("}");
        });
        j.key("entities");
        j.list(&self.entities, |j, e| {
            j.raw("{");
            j.key("id");
            j.u32(e.id);
            j.key("name");
            j.str(&e.name);
            j.key("type");
            j.str(e.kind);
            j.key("salience");
            j.score(e.salience);
            j.key("sentiment");
            j.score(e.sentiment);
            j.key("mentions");
            j.list(&e.mentions, Json::range);
            j.key("aliases");
            j.list(&e.aliases, |j, a| j.str(a));
            j.key("role");
            j.opt_str(&e.role);
            j.key("acts_for");
            match e.acts_for {
                Some(x) => j.u32(x),
                None => j.raw("null"),
            }
            j.key("evidence");
            j.list(&e.evidence, Json::cue);
            j.raw("}");
        });
        j.key("stance");
        j.list(&self.stance, |j, s| {
            j.raw("{");
            j.key("source");
            j.u32(s.source);
            j.key("target");
            j.u32(s.target);
            j.key("score");
            j.score(s.score);
            j.key("evidence");
            j.list(&s.evidence, Json::range);
            j.key("cues");
            j.list(&s.cues, Json::cue);
            j.raw("}");
        });
        j.key("tone");
        j.raw("{");
        j.key("score");
        j.score(self.tone.score);
        j.key("magnitude");
        j.score(self.tone.magnitude);
        j.key("evidence");
        j.list(&self.tone.evidence, Json::cue);
        j.raw("}");
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

    /// The hand-written JSON (the wasm's) says what serde_json (the CLI's) says, number for
    /// number, on articles written for this test and, when present, the seed article.
    #[test]
    fn hand_written_json_equals_serde_json() {
        let mut texts = vec![
            "Secretary of State John Kerry met Sergei Lavrov in Paris. Kerry said they agreed to share intelligence, \"a good deal\".\n\nRussia's envoy \u{1F642} praised the \"terrible\" talks.\tTabs\u{1}and control.".to_string(),
            String::new(),
            "<p>Le gouvernement a annoncé des mesures pour les entreprises et les salariés.</p>".to_string(),
        ];
        let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/article.txt");
        match std::fs::read_to_string(&seed) {
            Ok(t) => texts.push(t),
            Err(_) => println!("SKIPPED: {} not found", seed.display()),
        }
        for t in &texts {
            let r = Report::new(&crate::analyze(t, &crate::Options::default()));
            let mut j = Json(String::from("{"));
            r.write_json_fields(&mut j);
            j.0.push('}');
            // Numbers compared as doubles, as JavaScript reads them (serde_json's `Value`
            // tells 1 from 1.0).
            fn doubles(v: serde_json::Value) -> serde_json::Value {
                use serde_json::Value;
                match v {
                    Value::Number(n) => Value::from(n.as_f64().unwrap()),
                    Value::Array(a) => Value::Array(a.into_iter().map(doubles).collect()),
                    Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, doubles(v))).collect()),
                    v => v,
                }
            }
            let ours = doubles(serde_json::from_str(&j.0).expect("valid JSON"));
            assert_eq!(ours, doubles(serde_json::to_value(&r).unwrap()), "{}", j.0);
        }
    }

    #[test]
    fn scores_print_as_their_decimals() {
        for (x, want) in [(0.1235, "0.1235"), (1.0, "1"), (-0.5, "-0.5"), (0.0, "0"), (-0.0, "-0"), (0.0001, "0.0001"), (-12.34, "-12.34"), (f64::NAN, "0")] {
            let mut j = Json(String::new());
            j.score(x);
            assert_eq!(j.0, want);
            assert_eq!(j.0.parse::<f64>().unwrap().to_bits(), if x.is_nan() { 0f64.to_bits() } else { x.to_bits() }, "{x}");
        }
        let mut j = Json(String::new());
        j.str("a\"b\\c\n\u{1f}é");
        assert_eq!(j.0, "\"a\\\"b\\\\c\\n\\u001fé\"");
    }
}
