//! A small hand-written HTML scanner: markup → text blocks with their structural context.
//!
//! One left-to-right pass over the bytes, with an explicit stack of open elements (never
//! recursion, so 100,000 nested `<div>`s cost memory, not stack). Each step moves forward,
//! and every popped element was pushed once, so the scan is linear. Nothing is executed
//! and no markup is kept: the output is text.
//!
//! Dropped whole: `script`, `style`, `noscript`, `template`, `svg`, `iframe`, `textarea`,
//! `select`, `button`, comments. Block tags end a block. For each block we record the link
//! text it holds, its heading level, whether it sits in a `figcaption`, the innermost
//! boilerplate zone (`nav`, `aside`, `footer`, `header`, `role=navigation`, classes such as
//! `share`, `related`, `newsletter`, …) and the innermost content container (`article`,
//! `main`, `[itemprop=articleBody]`, classes such as `article-body`). [`finish`] then keeps
//! a zone only when it is not most of the page, and picks the container holding the most
//! body text.

use std::collections::BTreeMap;

use super::text::{is_good_block, shape};
use super::{meta, repair, Block};

/// What the page says about itself, from `<head>` and structured markup.
#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    pub title: Option<String>,
    pub og_title: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub time_datetime: Option<String>,
}

struct Zone {
    reason: &'static str,
    parent: u32,
    good: u32,
}

struct Container {
    parent: u32,
    /// 2: itemprop=articleBody or a body class; 1: <article>, <main>, role=main.
    priority: u8,
    good: u32,
}

struct Open {
    name: Box<str>,
    zone: u32,
    container: u32,
    heading: u8,
    link: bool,
    caption: bool,
    pre: bool,
}

const BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
];

const SKIP_TAGS: &[&str] = &["button", "iframe", "noscript", "script", "select", "style", "svg", "template", "textarea"];

const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];

/// Class/id words that mark boilerplate, with the reason shown to the user. Sorted.
const ZONE_WORDS: &[(&str, &str)] = &[
    ("ad", "advertisement"),
    ("ads", "advertisement"),
    ("advert", "advertisement"),
    ("advertisement", "advertisement"),
    ("banner", "advertisement"),
    ("breadcrumb", "navigation"),
    ("breadcrumbs", "navigation"),
    ("byline", "byline"),
    ("caption", "caption"),
    ("comment", "comments"),
    ("comments", "comments"),
    ("cookie", "cookie notice"),
    ("credit", "caption"),
    ("dateline", "timestamp"),
    ("disqus", "comments"),
    ("footer", "footer"),
    ("hidden", "hidden"),
    ("masthead", "page header"),
    ("menu", "navigation"),
    ("modal", "widget"),
    ("nav", "navigation"),
    ("navbar", "navigation"),
    ("navigation", "navigation"),
    ("newsletter", "newsletter prompt"),
    ("outbrain", "related links"),
    ("popular", "related links"),
    ("popup", "widget"),
    ("promo", "advertisement"),
    ("recommended", "related links"),
    ("related", "related links"),
    ("share", "share prompt"),
    ("sharing", "share prompt"),
    ("sidebar", "sidebar"),
    ("signup", "newsletter prompt"),
    ("social", "share prompt"),
    ("sponsored", "advertisement"),
    ("sronly", "hidden"),
    ("subscribe", "newsletter prompt"),
    ("subscription", "newsletter prompt"),
    ("taboola", "related links"),
    ("tags", "tag list"),
    ("timestamp", "timestamp"),
    ("toolbar", "widget"),
    ("trending", "related links"),
    ("widget", "widget"),
];

/// Squashed class names (lowercase, no '-' or '_') that hold the article body.
const BODY_CLASSES: &[&str] = &[
    "articlebody", "articlecontent", "articletext", "bodytext", "contentbody", "entrycontent", "postbody",
    "postcontent", "storybody", "storycontent", "storytext",
];

#[derive(Default)]
struct Attrs {
    class: String,
    id: String,
    itemprop: String,
    role: String,
    style: String,
    property: String,
    name: String,
    content: String,
    datetime: String,
    kind: String,
    hidden: bool,
}

pub(crate) struct Scan {
    pub blocks: Vec<Block>,
    pub meta: PageMeta,
}

/// Scans `html` into blocks and page metadata.
pub(crate) fn scan(html: &str) -> Scan {
    let mut s = Scanner::new();
    s.run(html);
    s.flush();
    let Scanner { blocks, block_zone, block_container, zones, containers, meta, .. } = s;
    let blocks = finish(blocks, &block_zone, &block_container, zones, containers);
    Scan { blocks, meta }
}

struct Scanner {
    stack: Vec<Open>,
    open_counts: BTreeMap<Box<str>, u32>,
    zones: Vec<Zone>,
    containers: Vec<Container>,
    blocks: Vec<Block>,
    block_zone: Vec<u32>,
    block_container: Vec<u32>,
    buf: String,
    buf_links: usize,
    buf_ctx: Option<(u32, u32, u8, bool)>,
    meta: PageMeta,
}

impl Scanner {
    fn new() -> Scanner {
        Scanner {
            stack: Vec::new(),
            open_counts: BTreeMap::new(),
            zones: vec![Zone { reason: "", parent: 0, good: 0 }],
            containers: vec![Container { parent: 0, priority: 0, good: 0 }],
            blocks: Vec::new(),
            block_zone: Vec::new(),
            block_container: Vec::new(),
            buf: String::new(),
            buf_links: 0,
            buf_ctx: None,
            meta: PageMeta::default(),
        }
    }

    fn top(&self) -> (u32, u32, u8, bool, bool, bool) {
        self.stack.last().map_or((0, 0, 0, false, false, false), |o| {
            (o.zone, o.container, o.heading, o.link, o.caption, o.pre)
        })
    }

    fn run(&mut self, html: &str) {
        let b = html.as_bytes();
        let mut i = 0;
        let mut text_start = 0;
        while i < b.len() {
            if b[i] != b'<' {
                i += 1;
                continue;
            }
            let next = b.get(i + 1).copied().unwrap_or(0);
            if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
                i += 1;
                continue;
            }
            self.text(&html[text_start..i]);
            if next == b'!' || next == b'?' {
                i = if html[i..].starts_with("<!--") {
                    find_from(html, i + 4, "-->").map_or(b.len(), |p| p + 3)
                } else {
                    find_byte(b, i, b'>').map_or(b.len(), |p| p + 1)
                };
            } else if next == b'/' {
                let (name, end) = tag_name(html, i + 2);
                i = find_byte(b, end, b'>').map_or(b.len(), |p| p + 1);
                if !name.is_empty() {
                    self.close(&name);
                }
            } else {
                let (name, end) = tag_name(html, i + 1);
                let (attrs, self_closing, after) = parse_attrs(html, end);
                i = after;
                if SKIP_TAGS.contains(&name.as_str()) {
                    let close = format!("</{name}");
                    let stop = find_ci(html, i, &close).unwrap_or(b.len());
                    if name == "script" && attrs.kind.contains("ld+json") {
                        self.json_ld(&html[i..stop]);
                    }
                    i = find_byte(b, stop, b'>').map_or(b.len(), |p| p + 1);
                } else if name == "title" {
                    let stop = find_ci(html, i, "</title").unwrap_or(b.len());
                    if self.meta.title.is_none() {
                        let t = repair::collapse(&repair::decode_entities(&html[i..stop], true));
                        self.meta.title = Some(t).filter(|t| !t.is_empty());
                    }
                    i = find_byte(b, stop, b'>').map_or(b.len(), |p| p + 1);
                } else {
                    self.open(name, attrs, self_closing);
                }
            }
            text_start = i;
        }
        self.text(&html[text_start.min(b.len())..]);
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let (zone, container, heading, link, caption, pre) = self.top();
        let decoded = repair::decode_entities(raw, true);
        if pre && decoded.contains('\n') {
            for (k, part) in decoded.split('\n').enumerate() {
                if k > 0 {
                    self.flush();
                }
                self.push_text(part, zone, container, heading, link, caption);
            }
        } else {
            self.push_text(&decoded, zone, container, heading, link, caption);
        }
    }

    fn push_text(&mut self, t: &str, zone: u32, container: u32, heading: u8, link: bool, caption: bool) {
        if t.trim().is_empty() {
            if !self.buf.is_empty() {
                self.buf.push(' ');
            }
            return;
        }
        if self.buf_ctx.is_none() {
            self.buf_ctx = Some((zone, container, heading, caption));
        }
        if link {
            self.buf_links += t.trim().chars().count();
        }
        self.buf.push_str(t);
    }

    fn flush(&mut self) {
        let text = repair::collapse(&self.buf);
        let links = self.buf_links;
        self.buf.clear();
        self.buf_links = 0;
        let Some((zone, container, heading, caption)) = self.buf_ctx.take() else { return };
        if text.is_empty() {
            return;
        }
        self.blocks.push(Block { text, link_chars: links, heading, caption, ..Block::default() });
        self.block_zone.push(zone);
        self.block_container.push(container);
    }

    fn open(&mut self, name: String, a: Attrs, self_closing: bool) {
        let is_block = BLOCK_TAGS.contains(&name.as_str());
        // Implicitly closed elements: a block closes an open <p>; a new <li>/<td>/… the previous.
        if let Some(top) = self.stack.last() {
            let t = &*top.name;
            if (is_block && t == "p") || (t == name && matches!(t, "li" | "dt" | "dd" | "tr" | "td" | "th" | "option")) {
                let t = top.name.to_string();
                self.close(&t);
            }
        }
        if is_block {
            self.flush();
        }
        if name == "meta" {
            self.meta_tag(&a);
        }
        if name == "time" && self.meta.time_datetime.is_none() && !a.datetime.is_empty() {
            self.meta.time_datetime = Some(a.datetime.clone());
        }
        if !a.itemprop.is_empty() && a.itemprop.contains("datePublished") && !a.content.is_empty() {
            self.meta.published.get_or_insert(a.content.clone());
        }
        if VOID_TAGS.contains(&name.as_str()) || self_closing {
            return;
        }
        let (zone, container, heading, link, caption, pre) = self.top();
        let mut o = Open { name: name.clone().into_boxed_str(), zone, container, heading, link, caption, pre };
        if let Some(reason) = zone_reason(&name, &a) {
            self.zones.push(Zone { reason, parent: zone, good: 0 });
            o.zone = (self.zones.len() - 1) as u32;
        }
        if let Some(priority) = container_priority(&name, &a) {
            self.containers.push(Container { parent: container, priority, good: 0 });
            o.container = (self.containers.len() - 1) as u32;
        }
        match name.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => o.heading = name.as_bytes()[1] - b'0',
            "a" => o.link = true,
            "figcaption" => o.caption = true,
            "pre" => o.pre = true,
            _ => {}
        }
        *self.open_counts.entry(o.name.clone()).or_default() += 1;
        self.stack.push(o);
    }

    fn close(&mut self, name: &str) {
        if BLOCK_TAGS.contains(&name) {
            self.flush();
        }
        if self.open_counts.get(name).copied().unwrap_or(0) == 0 {
            return;
        }
        while let Some(o) = self.stack.pop() {
            if let Some(c) = self.open_counts.get_mut(&o.name) {
                *c -= 1;
            }
            if BLOCK_TAGS.contains(&&*o.name) {
                self.flush();
            }
            if &*o.name == name {
                break;
            }
        }
    }

    fn meta_tag(&mut self, a: &Attrs) {
        let key = if a.property.is_empty() { a.name.to_ascii_lowercase() } else { a.property.to_ascii_lowercase() };
        let v = repair::collapse(&repair::decode_entities(&a.content, true));
        if v.is_empty() {
            return;
        }
        match key.as_str() {
            "og:title" | "twitter:title" => {
                self.meta.og_title.get_or_insert(v);
            }
            "og:site_name" | "application-name" => {
                self.meta.site_name.get_or_insert(v);
            }
            "article:published_time" | "og:article:published_time" | "datepublished" | "pubdate" | "publishdate"
            | "date" | "dc.date" | "dc.date.issued" | "parsely-pub-date" | "sailthru.date" => {
                self.meta.published.get_or_insert(v);
            }
            "author" | "article:author" | "parsely-author" | "sailthru.author" | "byl" => {
                if !v.starts_with("http") {
                    self.meta.author.get_or_insert(v);
                }
            }
            _ => {}
        }
    }

    /// `datePublished` and `headline` from JSON-LD, read as text (no JSON parser needed).
    fn json_ld(&mut self, s: &str) {
        if self.meta.published.is_none() {
            self.meta.published = json_string(s, "\"datePublished\"");
        }
        if self.meta.og_title.is_none() {
            self.meta.og_title = json_string(s, "\"headline\"");
        }
    }
}

fn json_string(s: &str, key: &str) -> Option<String> {
    let p = s.find(key)? + key.len();
    let rest = s[p..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_string()).filter(|v| !v.is_empty() && v.len() < 300)
}

fn zone_reason(name: &str, a: &Attrs) -> Option<&'static str> {
    if a.hidden || {
        let st = a.style.to_ascii_lowercase().replace(' ', "");
        st.contains("display:none") || st.contains("visibility:hidden")
    } {
        return Some("hidden");
    }
    match a.role.as_str() {
        "navigation" | "menu" | "menubar" => return Some("navigation"),
        "complementary" => return Some("sidebar"),
        "contentinfo" => return Some("footer"),
        "banner" => return Some("page header"),
        _ => {}
    }
    match name {
        "nav" => return Some("navigation"),
        "aside" => return Some("sidebar"),
        "footer" => return Some("footer"),
        "header" => return Some("page header"),
        "form" => return Some("form"),
        _ => {}
    }
    for word in a.class.split_whitespace().chain(std::iter::once(a.id.as_str())) {
        let lw = word.to_ascii_lowercase();
        for part in lw.split(|c: char| c == '-' || c == '_' || c == ':') {
            if let Ok(i) = ZONE_WORDS.binary_search_by(|(w, _)| w.cmp(&part)) {
                return Some(ZONE_WORDS[i].1);
            }
        }
        let squashed: String = lw.chars().filter(|c| *c != '-' && *c != '_').collect();
        if squashed == "sronly" || squashed == "visuallyhidden" || squashed == "screenreadertext" {
            return Some("hidden");
        }
    }
    None
}

fn container_priority(name: &str, a: &Attrs) -> Option<u8> {
    if a.itemprop.split_whitespace().any(|p| p == "articleBody") {
        return Some(2);
    }
    for word in a.class.split_whitespace().chain(std::iter::once(a.id.as_str())) {
        let squashed: String = word.chars().filter(|c| *c != '-' && *c != '_').flat_map(char::to_lowercase).collect();
        if BODY_CLASSES.iter().any(|c| squashed.contains(c)) {
            return Some(2);
        }
    }
    (name == "article" || name == "main" || a.role == "main").then_some(1)
}

/// Resolves zones (a zone that holds most of the page's body text is not boilerplate) and
/// the main container, and writes `zone` and `in_main` into each block.
fn finish(mut blocks: Vec<Block>, block_zone: &[u32], block_container: &[u32], mut zones: Vec<Zone>, mut containers: Vec<Container>) -> Vec<Block> {
    let good: Vec<u32> = blocks
        .iter()
        .map(|b| {
            let s = shape(b);
            if is_good_block(&s, b) { s.words as u32 } else { 0 }
        })
        .collect();
    let total: u32 = good.iter().sum();
    for (i, &g) in good.iter().enumerate() {
        zones[block_zone[i] as usize].good += g;
    }
    for z in (1..zones.len()).rev() {
        let (p, g) = (zones[z].parent as usize, zones[z].good);
        zones[p].good += g;
    }
    // A zone stays boilerplate unless it holds a third of the page's body text.
    let mut effective = vec![0u32; zones.len()];
    for z in 1..zones.len() {
        let big = zones[z].good * 3 >= total && zones[z].good >= 40 && zones[z].reason != "hidden";
        effective[z] = if big { effective[zones[z].parent as usize] } else { z as u32 };
    }
    // Containers: body text outside boilerplate zones.
    for (i, &g) in good.iter().enumerate() {
        if effective[block_zone[i] as usize] == 0 {
            containers[block_container[i] as usize].good += g;
        }
    }
    for c in (1..containers.len()).rev() {
        let (p, g) = (containers[c].parent as usize, containers[c].good);
        containers[p].good += g;
    }
    let free_total = containers[0].good;
    let mut chosen = 0usize;
    for c in 1..containers.len() {
        let score = containers[c].good * if containers[c].priority == 2 { 4 } else { 3 };
        let best = containers[chosen].good * if containers[chosen].priority == 2 { 4 } else { 3 };
        if containers[c].good * 2 >= free_total && containers[c].good >= 30 && (chosen == 0 || score > best) {
            chosen = c;
        }
    }
    // Descend to the tightest container that still holds nearly all of it.
    if chosen != 0 {
        let mut inside = vec![false; containers.len()];
        inside[chosen] = true;
        let mut tight = chosen;
        for c in chosen + 1..containers.len() {
            inside[c] = inside[containers[c].parent as usize];
            if inside[c] && containers[c].good * 100 >= containers[chosen].good * 90 {
                tight = c;
            }
        }
        chosen = tight;
    }
    let mut in_chosen = vec![false; containers.len()];
    if chosen != 0 {
        in_chosen[chosen] = true;
        for c in chosen + 1..containers.len() {
            in_chosen[c] = in_chosen[containers[c].parent as usize];
        }
    }
    for (i, b) in blocks.iter_mut().enumerate() {
        let z = effective[block_zone[i] as usize];
        b.zone = (z != 0).then(|| zones[z as usize].reason);
        if chosen != 0 {
            b.in_main = Some(in_chosen[block_container[i] as usize]);
        }
    }
    blocks
}

/// Lowercase tag name at `i` and the index after it.
fn tag_name(s: &str, i: usize) -> (String, usize) {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':') {
        j += 1;
    }
    (s[i..j].to_ascii_lowercase(), j)
}

/// Attributes from `i` up to the closing '>' (quotes respected). Returns the attributes,
/// whether the tag self-closes, and the index after '>'.
fn parse_attrs(s: &str, mut i: usize) -> (Attrs, bool, usize) {
    let b = s.as_bytes();
    let mut a = Attrs::default();
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return (a, self_closing, b.len());
        }
        if b[i] == b'>' {
            return (a, self_closing, i + 1);
        }
        self_closing = false;
        let ns = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = s[ns..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = find_byte(b, vs, q).unwrap_or(b.len());
                value = &s[vs..ve];
                i = (ve + 1).min(b.len());
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = &s[vs..i];
            }
        }
        let v = || value.chars().take(2000).collect::<String>();
        match name.as_str() {
            "class" => a.class = v(),
            "id" => a.id = v(),
            "itemprop" => a.itemprop = v(),
            "role" => a.role = v().to_ascii_lowercase(),
            "style" => a.style = v(),
            "property" => a.property = v(),
            "name" => a.name = v(),
            "content" => a.content = v(),
            "datetime" => a.datetime = v(),
            "type" => a.kind = v().to_ascii_lowercase(),
            "hidden" => a.hidden = true,
            _ => {}
        }
    }
}

fn find_byte(b: &[u8], from: usize, x: u8) -> Option<usize> {
    b.get(from..)?.iter().position(|&c| c == x).map(|p| p + from)
}

fn find_from(s: &str, from: usize, pat: &str) -> Option<usize> {
    s.get(from..)?.find(pat).map(|p| p + from)
}

/// Case-insensitive search for an ASCII pattern.
fn find_ci(s: &str, from: usize, pat: &str) -> Option<usize> {
    let b = s.as_bytes();
    let p = pat.as_bytes();
    if p.is_empty() || from >= b.len() {
        return None;
    }
    let first = p[0].to_ascii_lowercase();
    let mut i = from;
    while i + p.len() <= b.len() {
        if b[i].to_ascii_lowercase() == first && b[i..i + p.len()].eq_ignore_ascii_case(p) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The publication date the page declares, normalised.
pub(crate) fn published(m: &PageMeta) -> Option<String> {
    m.published.as_deref().or(m.time_datetime.as_deref()).and_then(meta::parse_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        assert!(ZONE_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(BLOCK_TAGS.windows(2).all(|w| w[0] < w[1]));
        assert!(SKIP_TAGS.windows(2).all(|w| w[0] < w[1]));
        assert!(VOID_TAGS.windows(2).all(|w| w[0] < w[1]));
        assert!(BODY_CLASSES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn blocks_and_context() {
        let html = "<nav><a href=/>Home</a></nav><p>One &amp; two<script>x<y</script> three</p>\
                    <!-- hidden --><figure><figcaption>Photo: AP</figcaption></figure><div>four<br>five</div>";
        let s = scan(html);
        let texts: Vec<&str> = s.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Home", "One & two three", "Photo: AP", "four", "five"]);
        assert_eq!(s.blocks[0].zone, Some("navigation"));
        assert_eq!(s.blocks[0].link_chars, 4);
        assert!(s.blocks[2].caption);
    }

    #[test]
    fn unclosed_and_stray_tags() {
        let s = scan("<p>a<p>b</span></div><li>c<li>d</ul>e < f <3");
        let texts: Vec<&str> = s.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["a", "b", "c", "d", "e < f <3"]);
    }
}
