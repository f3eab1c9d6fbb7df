//! Cleaning: pasted plain text or HTML → the article body, its metadata, and the removed blocks.
//!
//! ```
//! use undertone::{clean::clean, Format};
//!
//! let page = "Talks in Paris Signal a Thaw\n\nBy Jane Doe | Oct 14, 2014 11:30 PM EDT\n\n\
//!             The two ministers met in Paris on Tuesday and agreed to share intelligence on the group.\n\n\
//!             Like Us on Facebook\n\n\
//!             Both sides said the talks had been useful and that more meetings would follow soon.\n\n\
//!             ©2018 Example News All rights reserved.";
//! let c = clean(page, Format::Text);
//! assert!(c.text.starts_with("The two ministers met"));
//! assert!(!c.text.contains("Facebook"));
//! assert_eq!(c.meta.published.as_deref(), Some("2014-10-14T23:30:00-04:00"));
//! assert_eq!(c.meta.source.as_deref(), Some("Example News"));
//! assert!(c.removed.iter().any(|r| r.text == "Like Us on Facebook" && r.reason == "share prompt"));
//! ```
//!
//! # Contract
//!
//! - `text` holds the body paragraphs, separated by exactly `"\n\n"`, each on one line with
//!   single spaces. The user's own characters (curly quotes, dashes) are kept; soft hyphens,
//!   zero-width characters and line-break hyphenation are repaired; entities are decoded.
//! - `removed` lists every dropped block in input order with a reason a person understands.
//! - Cleaning the cleaned text again changes nothing.
//! - Any `&str` is accepted; time is linear in its length; nothing recurses on nesting depth.
//!
//! HTML is first parsed into a neutral [`tree`]: by html5ever natively ([`html5`]), by the
//! browser's `DOMParser` in the page (`src/wasm.rs`), or by the small linear scanner
//! ([`html::scan_tree`]) in a worker without one; one extractor ([`html`]) reads the tree.
//!
//! Passes: [`html`] (tree → blocks with structure) or [`text`] (lines → blocks), then
//! `text::classify_with` (patterns, shape, best region, metadata), then [`repair`] on the body.

pub mod html;
#[cfg(not(target_arch = "wasm32"))]
pub mod html5;
pub mod meta;
pub mod repair;
pub mod text;
pub mod tree;

use crate::words::Words;
use crate::{Format, Meta, Removed};

pub struct Cleaned {
    pub text: String,
    pub meta: Meta,
    pub removed: Vec<Removed>,
}

/// One paragraph-sized unit of the input with what its context says about it.
#[derive(Clone, Debug, Default)]
pub struct Block {
    /// Repaired text on one line.
    pub text: String,
    /// Characters inside links (HTML).
    pub link_chars: usize,
    /// Heading level 1–6, 0 when not a heading (HTML).
    pub heading: u8,
    /// Inside a `<figcaption>` (HTML).
    pub caption: bool,
    /// The structural boilerplate zone the block sits in (HTML), as a reason.
    pub zone: Option<&'static str>,
    /// Whether the block is inside the page's main content container, when one was found.
    pub in_main: Option<bool>,
}

/// Tag names that decide, when seen, that the input is markup.
const HTML_TAGS: Words = Words("a|article|b|blockquote|body|br|div|em|figure|h1|h2|h3|head|html|i|img|li|meta|p|script|section|span|strong|style|table|td|title|ul");

/// True when the input looks like markup rather than prose: a doctype or `<html>`, or at
/// least three known tags (`<p>`, `<div>`, `<a href=…>`, `<br/>`, closing tags…), or two when
/// the input starts with a tag. Prose such as "a < b" or "<3" is not fooled.
#[cfg_attr(size_attrs, optimize(size))]
pub fn looks_like_html(input: &str) -> bool {
    let head = &input.as_bytes()[..input.len().min(65_536)];
    let trimmed = input.trim_start();
    let start = trimmed.get(..trimmed.len().min(15)).unwrap_or("").to_ascii_lowercase();
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return true;
    }
    let mut tags = 0;
    let mut i = 0;
    while i < head.len() {
        if head[i] == b'<' {
            let mut j = i + 1;
            if head.get(j) == Some(&b'/') {
                j += 1;
            }
            let ns = j;
            while j < head.len() && head[j].is_ascii_alphanumeric() {
                j += 1;
            }
            let name = std::str::from_utf8(&head[ns..j]).unwrap_or("").to_ascii_lowercase();
            let ends_ok = matches!(head.get(j), Some(b'>' | b' ' | b'/' | b'\n' | b'\t' | b'\r'));
            if ends_ok && HTML_TAGS.has(name.as_str()) {
                tags += 1;
                if tags >= 3 || (tags >= 2 && trimmed.starts_with('<')) {
                    return true;
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    false
}

/// Cleans one pasted article. Never fails: empty input gives empty text.
#[cfg_attr(size_attrs, optimize(size))]
pub fn clean(input: &str, format: Format) -> Cleaned {
    let is_html = match format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => looks_like_html(input),
    };
    if is_html {
        return clean_tree(&html::parse(input));
    }
    let mut meta = Meta::default();
    // Mojibake first: its C1 controls would split or space the text (`repair::collapse` repairs
    // it again in every paragraph, HTML text too).
    let input = repair::fix_mojibake(input);
    let blocks = text::split(&input);
    let (verdicts, judged) = text::classify_with(&blocks, &mut meta, None, &[]);
    finish(blocks, verdicts, judged, meta)
}

/// The body from the judged blocks, settled (see [`settle`]).
#[cfg_attr(size_attrs, optimize(size))]
fn finish(blocks: Vec<Block>, verdicts: Vec<Option<&'static str>>, judged: Vec<text::Judged>, meta: Meta) -> Cleaned {
    let (text, removed, fixed) = assemble(&blocks, &verdicts, None);
    let (mut kept, mut removed_at, mut known) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (b, j)) in blocks.into_iter().zip(judged).enumerate() {
        if verdicts[i].is_none() {
            kept.push(i);
            known.push((b.text, j));
        } else {
            removed_at.push(i);
        }
    }
    settle(Cleaned { text, meta, removed }, kept, removed_at, known, fixed)
}

/// Cleans a parsed page (see [`tree`]): the HTML path, whoever parsed it.
#[cfg_attr(size_attrs, optimize(size))]
pub fn clean_tree(tree: &tree::Tree) -> Cleaned {
    let mut meta = Meta::default();
    let scan = html::extract(tree);
    let title = html_title(&scan);
    let (verdicts, judged) = text::classify_with(&scan.blocks, &mut meta, title.as_deref(), &[]);
    let page = &scan.meta;
    if let Some(p) = html::published(page) {
        meta.published = Some(p);
    }
    if meta.byline.is_none() {
        // An author tag may hold the whole byline ("By STEVE PEOPLES, AP National Political Writer").
        meta.byline = page.author.as_deref().map(|a| meta::byline(a).flatten().unwrap_or_else(|| a.to_string()));
    }
    if let Some(site) = &page.site_name {
        meta.source = Some(site.clone());
    }
    finish(scan.blocks, verdicts, judged, meta)
}

/// The body, judged again as plain text until nothing more goes: cleaning is idempotent
/// (cleaning the cleaned text as text changes nothing) by construction, so what a second
/// cleaning would drop from the body is dropped here already. For HTML this is the text
/// judge's verdict on what the page's structure kept; for text, a check that finds nothing
/// almost always. A pass also applies the text path's repairs (references escaped twice,
/// split words). Usually one pass that changes nothing; the cap only guards against a judge
/// that keeps changing its mind. Blocks removed here join `removed` at their place in the input.
///
/// `kept`: the input blocks in the body; `known`: their texts and what their words said
/// (`text::Judged`), so a paragraph that comes back unchanged is not read again; `fixed`: the
/// body is known to be a fixed point of `repair::join_split_words`.
#[cfg_attr(size_attrs, optimize(size))]
fn settle(
    mut c: Cleaned,
    mut kept: Vec<usize>,
    removed_at: Vec<usize>,
    mut known: Vec<(String, text::Judged)>,
    mut fixed: bool,
) -> Cleaned {
    // (input block index, removed block), for the order of `removed`.
    let mut order: Vec<(usize, Removed)> = Vec::with_capacity(removed_at.len());
    for (at, r) in removed_at.into_iter().zip(std::mem::take(&mut c.removed)) {
        order.push((at, r));
    }
    for _ in 0..16 {
        let blocks = text::split(&c.text);
        let mut prior: Vec<Option<text::Judged>> = Vec::with_capacity(blocks.len().min(known.len()));
        for (b, (t, j)) in blocks.iter().zip(&known) {
            prior.push((b.text == *t).then_some(*j));
        }
        let (verdicts, judged) = text::classify_with(&blocks, &mut c.meta, None, &prior);
        // Paragraphs map one to one onto the kept blocks, unless splitting the text joined or
        // split some; then the removed ones go after the others.
        let aligned = blocks.len() == kept.len();
        let mut still = Vec::with_capacity(kept.len());
        for (k, v) in verdicts.iter().enumerate() {
            let at = if aligned { kept[k] } else { usize::MAX };
            match v {
                None => still.push(at),
                Some(reason) => order.push((at, Removed { text: blocks[k].text.clone(), reason: reason.to_string() })),
            }
        }
        let (again, _, again_fixed) = assemble(&blocks, &verdicts, fixed.then_some(c.text.as_str()));
        kept = still;
        // A loop, not an iterator chain: it stays in this function, at opt-level "z" in the page.
        known = Vec::with_capacity(blocks.len());
        for ((b, j), v) in blocks.into_iter().zip(judged).zip(&verdicts) {
            if v.is_none() {
                known.push((b.text, j));
            }
        }
        if again == c.text {
            break;
        }
        c.text = again;
        fixed = again_fixed;
    }
    crate::sentiment::sort_by(&mut order, |p, q| p.0.cmp(&q.0));
    c.removed = Vec::with_capacity(order.len());
    for (_, r) in order {
        c.removed.push(r);
    }
    c
}

/// The body (the kept blocks, split words joined) and the removed blocks. Returns too whether
/// the body is a fixed point of `repair::join_split_words`. `fixed_point`: a text known to be
/// one, so a body equal to it needs no repair.
#[cfg_attr(size_attrs, optimize(size))]
fn assemble(blocks: &[Block], verdicts: &[Option<&'static str>], fixed_point: Option<&str>) -> (String, Vec<Removed>, bool) {
    let mut body: Vec<&str> = Vec::new();
    let mut removed = Vec::new();
    for (b, v) in blocks.iter().zip(verdicts) {
        match v {
            None => body.push(&b.text),
            Some(reason) => removed.push(Removed { text: b.text.clone(), reason: reason.to_string() }),
        }
    }
    let joined = body.join("\n\n");
    if fixed_point == Some(joined.as_str()) {
        return (joined, removed, true);
    }
    let text = repair::join_split_words(&joined, &joined);
    // Joining only ever removes a space: the same length is the same text.
    let fixed = text.len() == joined.len();
    (text, removed, fixed)
}

/// The page's title: the first `<h1>` that the `<title>`/`og:title` contains, else
/// `og:title`, else `<title>` without its " | Site" suffix.
#[cfg_attr(size_attrs, optimize(size))]
fn html_title(scan: &html::Scan) -> Option<String> {
    use text::norm;
    let declared = scan.meta.og_title.as_deref().or(scan.meta.title.as_deref());
    if let Some(d) = declared {
        let nd = norm(d);
        let titles = [scan.meta.title.as_deref().map(norm), Some(nd.clone())];
        for b in scan.blocks.iter().filter(|b| b.heading == 1) {
            let nb = norm(&b.text);
            if nb.len() >= 8 && titles.iter().flatten().any(|t| t.contains(&nb)) {
                return Some(b.text.clone());
            }
        }
        for b in scan.blocks.iter().filter(|b| b.heading > 0) {
            if norm(&b.text) == nd {
                return Some(b.text.clone());
            }
        }
    }
    if let Some(og) = &scan.meta.og_title {
        return Some(og.clone());
    }
    let t = scan.meta.title.as_deref()?;
    // (A loop, not `filter_map(…).max()`: that closure was compiled apart, at "s", with the
    // string search inlined into it.)
    let mut cut = None;
    for s in [" | ", " - ", " – ", " — ", " :: "] {
        cut = cut.max(t.rfind(s));
    }
    Some(match cut {
        Some(c) if c >= 10 => t[..c].trim().to_string(),
        _ => t.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_tags_sorted() {
        assert!(HTML_TAGS.sorted());
    }

    #[test]
    fn detection() {
        let table = [
            ("<!DOCTYPE html><html><body>x</body></html>", true),
            ("<p>One</p><p>Two</p>", true),
            ("<div class=x>Hi <a href=\"/\">there</a></div>", true),
            ("Text with <br> and <b>bold</b> and <span>x</span>", true),
            ("If a < b and b > c then a < c.", false),
            ("I <3 Paris. <3 <3", false),
            ("Use the <p> tag for paragraphs.", false),
            ("", false),
        ];
        for (input, want) in table {
            assert_eq!(looks_like_html(input), want, "{input}");
        }
    }
}
