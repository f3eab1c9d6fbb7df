//! The HTML extractor: a parsed page ([`Tree`]) → text blocks with their structural context,
//! plus [`scan_tree`], the small fallback parser for a worker without `DOMParser`.
//!
//! [`extract`] walks the tree once, without recursion (an explicit stack, so 100,000 nested
//! `<div>`s cost memory, not stack). Nothing is executed and no markup is kept.
//!
//! Skipped whole: the opaque elements of [`super::tree::OPAQUE_TAGS`] (`script`, `style`,
//! `noscript`, `template`, `svg`, `button`, …); JSON-LD and `<title>` are read for metadata.
//! Block tags end a block. For each block we record the link text it holds (a link showing
//! its own URL is a reference, not navigation), its heading level, whether it sits in a
//! `figcaption`, the innermost boilerplate zone (`nav`, `aside`, `footer`, `header`,
//! `role=navigation`, `hidden`, classes such as `share`, `related`, `newsletter`, …) and the
//! innermost content container (`article`, `main`, `[itemprop=articleBody]`, classes such as
//! `article-body`). `finish` then keeps a zone only when it is not most of the page, and picks
//! the container holding the most body text, counting against a container only the zones
//! that start inside it.


use crate::words::Words;
use crate::case::Lowercase as _;
use super::text::{is_good_block, shape};
use super::tree::{filter_attrs, keeps_children, NodeKind, Tree, Visit, NONE, OPAQUE_TAGS};
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
    /// The content container open where the zone starts (the zone lies inside it).
    container: u32,
    good: u32,
}

struct Container {
    parent: u32,
    /// 2: itemprop=articleBody or a body class; 1: <article>, <main>, role=main.
    priority: u8,
    good: u32,
}

struct Open {
    block: bool,
    zone: u32,
    container: u32,
    heading: u8,
    link: bool,
    caption: bool,
    pre: bool,
}

const BLOCK_TAGS: Words = Words("address|article|aside|blockquote|body|br|center|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h1|h2|h3|h4|h5|h6|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul");

const VOID_TAGS: Words = Words("area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr");

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
const BODY_CLASSES: Words = Words("articlebody|articlecontent|articletext|bodytext|contentbody|entrycontent|postbody|postcontent|storybody|storycontent|storytext");

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
    aria_hidden: bool,
}

pub(crate) struct Scan {
    pub blocks: Vec<Block>,
    pub meta: PageMeta,
}

/// Parses `html` with the best parser this build has: html5ever natively, the small scanner
/// ([`scan_tree`]) in wasm (the wasm edge uses the browser's `DOMParser` when there is one).
#[cfg_attr(size_attrs, optimize(size))]
pub fn parse(html: &str) -> Tree {
    #[cfg(not(target_arch = "wasm32"))]
    {
        super::html5::parse(html)
    }
    #[cfg(target_arch = "wasm32")]
    {
        scan_tree(html)
    }
}

/// Reads blocks and page metadata out of a parsed page: the one extraction algorithm,
/// whoever built the tree.
#[cfg_attr(size_attrs, optimize(size))]
pub(crate) fn extract(tree: &Tree) -> Scan {
    let mut s = Extractor::new();
    let mut skip_until: Option<u32> = None;
    for v in tree.walk() {
        match v {
            Visit::Enter(0) | Visit::Leave(0) => {}
            Visit::Enter(id) => {
                if skip_until.is_some() {
                    continue;
                }
                let NodeKind::Element { name, attrs } = &tree.nodes[id as usize].kind else { continue };
                let a = Attrs::from_pairs(attrs);
                if name.as_ref() == "title" || !keeps_children(name, attrs) || name.as_ref() == "script" {
                    skip_until = Some(id);
                    let text = child_text(tree, id);
                    if name.as_ref() == "title" {
                        if s.meta.title.is_none() {
                            s.meta.title = Some(repair::collapse(&text)).filter(|t| !t.is_empty());
                        }
                    } else if name.as_ref() == "script" && a.kind.contains("ld+json") {
                        s.json_ld(&text);
                    }
                    // A skipped element still separates words ("<button>x</button>next").
                    if BLOCK_TAGS.has(name.as_ref()) {
                        s.flush();
                    }
                    continue;
                }
                s.open(name, a);
            }
            Visit::Text(id) => {
                if skip_until.is_none() {
                    if let NodeKind::Text(t) = &tree.nodes[id as usize].kind {
                        s.text(t);
                    }
                }
            }
            Visit::Leave(id) => {
                if skip_until == Some(id) {
                    skip_until = None;
                } else if skip_until.is_none() {
                    s.close();
                }
            }
        }
    }
    s.flush();
    let Extractor { blocks, block_zone, block_container, zones, containers, meta, .. } = s;
    let blocks = finish(blocks, &block_zone, &block_container, zones, containers);
    Scan { blocks, meta }
}

/// The text directly under an element (JSON-LD, `<title>`).
#[cfg_attr(size_attrs, optimize(size))]
fn child_text(tree: &Tree, id: u32) -> String {
    let mut out = String::new();
    let mut c = tree.nodes[id as usize].first;
    while c != NONE {
        if let NodeKind::Text(t) = &tree.nodes[c as usize].kind {
            out.push_str(t);
        }
        c = tree.nodes[c as usize].next;
    }
    out
}

impl Attrs {
    #[cfg_attr(size_attrs, optimize(size))]
    fn from_pairs(pairs: &[(Box<str>, Box<str>)]) -> Attrs {
        let mut a = Attrs::default();
        for (k, v) in pairs {
            let v = v.to_string();
            match &**k {
                "class" => a.class = v,
                "id" => a.id = v,
                "itemprop" => a.itemprop = v,
                "role" => a.role = v.to_ascii_lowercase(),
                "style" => a.style = v,
                "property" => a.property = v,
                "name" => a.name = v,
                "content" => a.content = v,
                "datetime" => a.datetime = v,
                "type" => a.kind = v.to_ascii_lowercase(),
                "hidden" => a.hidden = true,
                "aria-hidden" => a.aria_hidden = v.eq_ignore_ascii_case("true"),
                _ => {}
            }
        }
        a
    }
}

struct Extractor {
    stack: Vec<Open>,
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

impl Extractor {
    #[cfg_attr(size_attrs, optimize(size))]
    fn new() -> Extractor {
        Extractor {
            stack: Vec::new(),
            zones: vec![Zone { reason: "", parent: 0, container: 0, good: 0 }],
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

    #[cfg_attr(size_attrs, optimize(size))]
    fn top(&self) -> (u32, u32, u8, bool, bool, bool) {
        self.stack.last().map_or((0, 0, 0, false, false, false), |o| {
            (o.zone, o.container, o.heading, o.link, o.caption, o.pre)
        })
    }

    #[cfg_attr(size_attrs, optimize(size))]
    fn text(&mut self, decoded: &str) {
        if decoded.is_empty() {
            return;
        }
        let (zone, container, heading, link, caption, pre) = self.top();
        if pre && decoded.contains('\n') {
            for (k, part) in decoded.split('\n').enumerate() {
                if k > 0 {
                    self.flush();
                }
                self.push_text(part, zone, container, heading, link, caption);
            }
        } else {
            self.push_text(decoded, zone, container, heading, link, caption);
        }
    }

    #[cfg_attr(size_attrs, optimize(size))]
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
        // A link that shows its own address is a reference in the text, not navigation.
        let tt = t.trim();
        if link && !((tt.starts_with("http") || tt.starts_with("www.")) && !tt.contains(' ')) {
            self.buf_links += tt.chars().count();
        }
        self.buf.push_str(t);
    }

    #[cfg_attr(size_attrs, optimize(size))]
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

    #[cfg_attr(size_attrs, optimize(size))]
    fn open(&mut self, name: &str, a: Attrs) {
        let is_block = BLOCK_TAGS.has(name);
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
        let (zone, container, heading, link, caption, pre) = self.top();
        let mut o = Open { block: is_block, zone, container, heading, link, caption, pre };
        if let Some(reason) = zone_reason(name, &a) {
            self.zones.push(Zone { reason, parent: zone, container, good: 0 });
            o.zone = (self.zones.len() - 1) as u32;
        }
        if let Some(priority) = container_priority(name, &a) {
            self.containers.push(Container { parent: container, priority, good: 0 });
            o.container = (self.containers.len() - 1) as u32;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => o.heading = name.as_bytes()[1] - b'0',
            "a" => o.link = true,
            "figcaption" => o.caption = true,
            "pre" => o.pre = true,
            _ => {}
        }
        self.stack.push(o);
    }

    #[cfg_attr(size_attrs, optimize(size))]
    fn close(&mut self) {
        if let Some(o) = self.stack.pop() {
            if o.block {
                self.flush();
            }
        }
    }

    #[cfg_attr(size_attrs, optimize(size))]
    fn meta_tag(&mut self, a: &Attrs) {
        let key = if a.property.is_empty() { a.name.to_ascii_lowercase() } else { a.property.to_ascii_lowercase() };
        let v = repair::collapse(&a.content);
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
    #[cfg_attr(size_attrs, optimize(size))]
    fn json_ld(&mut self, s: &str) {
        if self.meta.published.is_none() {
            self.meta.published = json_string(s, "\"datePublished\"");
        }
        if self.meta.og_title.is_none() {
            self.meta.og_title = json_string(s, "\"headline\"");
        }
    }
}

/// How many elements of each tag name are open (see [`scan_tree`]).
type OpenCounts = std::collections::HashMap<Box<str>, u32, std::hash::BuildHasherDefault<repair::StrHasher>>;

/// The fallback parser: one linear left-to-right pass over the bytes with an explicit stack
/// of open elements (never recursion), building the same kind of tree html5ever or the
/// browser would for ordinary pages. Implicit closes follow the common cases of the HTML
/// algorithm (a block closes an open `<p>`; a new `<li>`/`<td>`/… closes the previous one);
/// exotic repairs (foster parenting, the adoption agency) are not attempted.
// Not `#[optimize(size)]` (scripts/build.sh), nor its byte-search helpers: a loop per byte of
// the page; at "z" it made the analysis of HTML pages 1.6 % slower for 451 B gzip.
pub fn scan_tree(html: &str) -> Tree {
    let mut t = Tree::new();
    let mut stack: Vec<u32> = Vec::new();
    // Looked up only, never iterated: a hash map like the crate's others (a `BTreeMap` here
    // and in stance.rs was ~9 KB of wasm).
    let mut open_counts = OpenCounts::default();
    let b = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    let cur = |stack: &Vec<u32>| stack.last().copied().unwrap_or(0);
    let close = |t: &Tree, stack: &mut Vec<u32>, open_counts: &mut OpenCounts, name: &str| {
        if open_counts.get(name).copied().unwrap_or(0) == 0 {
            return;
        }
        while let Some(id) = stack.pop() {
            let n = t.name(id);
            if let Some(c) = open_counts.get_mut(n) {
                *c -= 1;
            }
            if n == name {
                break;
            }
        }
    };
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
        if text_start < i {
            t.text(cur(&stack), &repair::decode_entities(&html[text_start..i], true));
        }
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
                close(&t, &mut stack, &mut open_counts, &name);
            }
        } else {
            let (name, end) = tag_name(html, i + 1);
            let (attrs, self_closing, after) = parse_attrs(html, end);
            i = after;
            let is_block = BLOCK_TAGS.has(name.as_str());
            if let Some(&top) = stack.last() {
                let tn = t.name(top);
                if (is_block && tn == "p") || (tn == name && matches!(tn, "li" | "dt" | "dd" | "tr" | "td" | "th" | "option")) {
                    let tn = tn.to_string();
                    close(&t, &mut stack, &mut open_counts, &tn);
                }
            }
            let id = t.element(cur(&stack), &name, attrs);
            let raw_text = OPAQUE_TAGS.has(name.as_str()) || name == "title";
            if raw_text && !self_closing {
                let close_tag = format!("</{name}");
                let stop = find_ci(html, i, &close_tag).unwrap_or(b.len());
                let NodeKind::Element { attrs, .. } = &t.nodes[id as usize].kind else { unreachable!() };
                if name == "title" {
                    let s = repair::decode_entities(&html[i..stop], true);
                    t.text(id, &s);
                } else if keeps_children(&name, attrs) {
                    let s = html[i..stop].to_string();
                    t.text(id, &s);
                }
                i = find_byte(b, stop, b'>').map_or(b.len(), |p| p + 1);
            } else if !(VOID_TAGS.has(name.as_str()) || self_closing) {
                *open_counts.entry(name.into_boxed_str()).or_default() += 1;
                stack.push(id);
            }
        }
        text_start = i;
    }
    if text_start < b.len() {
        t.text(cur(&stack), &repair::decode_entities(&html[text_start..], true));
    }
    t
}

#[cfg_attr(size_attrs, optimize(size))]
fn json_string(s: &str, key: &str) -> Option<String> {
    let p = s.find(key)? + key.len();
    let rest = s[p..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_string()).filter(|v| !v.is_empty() && v.len() < 300)
}

#[cfg_attr(size_attrs, optimize(size))]
fn zone_reason(name: &str, a: &Attrs) -> Option<&'static str> {
    if a.hidden || {
        // (A loop, not `str::replace`: see `lexicon::normalize`.)
        let mut st = String::with_capacity(a.style.len());
        for c in a.style.chars() {
            if c != ' ' {
                st.push(c.to_ascii_lowercase());
            }
        }
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
        // (Loops rather than iterator chains: see `clean::text::lower_words`.)
        let mut squashed = String::new();
        for c in lw.chars() {
            if c != '-' && c != '_' {
                squashed.push(c);
            }
        }
        if squashed == "sronly" || squashed == "visuallyhidden" || squashed == "screenreadertext" {
            return Some("hidden");
        }
    }
    None
}

#[cfg_attr(size_attrs, optimize(size))]
fn container_priority(name: &str, a: &Attrs) -> Option<u8> {
    if a.itemprop.split_whitespace().any(|p| p == "articleBody") {
        return Some(2);
    }
    for word in a.class.split_whitespace().chain(std::iter::once(a.id.as_str())) {
        let mut squashed = String::new();
        for c in word.chars() {
            if c != '-' && c != '_' {
                for l in c.lower() {
                    squashed.push(l);
                }
            }
        }
        if BODY_CLASSES.iter().any(|c| squashed.contains(c)) {
            return Some(2);
        }
    }
    (name == "article" || name == "main" || a.role == "main").then_some(1)
}

/// Resolves zones (a zone that holds most of the page's body text is not boilerplate) and
/// the main container, and writes `zone` and `in_main` into each block.
#[cfg_attr(size_attrs, optimize(size))]
fn finish(mut blocks: Vec<Block>, block_zone: &[u32], block_container: &[u32], mut zones: Vec<Zone>, mut containers: Vec<Container>) -> Vec<Block> {
    let mut good: Vec<u32> = Vec::with_capacity(blocks.len());
    for b in &blocks {
        let s = shape(b);
        good.push(if is_good_block(&s, b) { s.words as u32 } else { 0 });
    }
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
    // Containers: body text that no boilerplate zone inside the container holds. A zone
    // that starts outside a container (a page-wide wrapper) does not count against it: the
    // block adds to its containers below the one where its zone starts.
    let mut acc = vec![0i64; containers.len()];
    for (i, &g) in good.iter().enumerate() {
        if g == 0 {
            continue;
        }
        acc[block_container[i] as usize] += g as i64;
        let z = effective[block_zone[i] as usize];
        if z != 0 {
            acc[zones[z as usize].container as usize] -= g as i64;
        }
    }
    for c in (1..containers.len()).rev() {
        let p = containers[c].parent as usize;
        acc[p] += acc[c];
    }
    for (c, a) in acc.iter().enumerate() {
        containers[c].good = (*a).max(0) as u32;
    }
    let free_total = containers[0].good;
    let weight = |c: &Container| c.good * if c.priority == 2 { 4 } else { 3 };
    // A container that holds two or more containers with text of their own (a list of
    // <article> teasers, a feed) is a listing, not the article.
    let mut texty_children = vec![0u32; containers.len()];
    for c in 1..containers.len() {
        if containers[c].good >= 25 {
            texty_children[containers[c].parent as usize] += 1;
        }
    }
    let mut chosen = 0usize;
    for c in 1..containers.len() {
        let k = &containers[c];
        if texty_children[c] >= 2 {
            continue;
        }
        // An explicit article body (itemprop=articleBody, "article-body") needs a quarter of
        // the page's free text; a bare <article>/<main> half of it.
        let share = if k.priority == 2 { 4 } else { 2 };
        if k.good * share >= free_total && k.good >= 30 && (chosen == 0 || weight(k) > weight(&containers[chosen])) {
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
        let mut z = effective[block_zone[i] as usize];
        // Inside the article, only zones that start inside it count.
        if chosen != 0 && in_chosen[block_container[i] as usize] && !in_chosen[zones[z as usize].container as usize] {
            z = 0;
        }
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

/// Attributes from `i` up to the closing '>' (quotes respected), decoded and filtered to
/// the ones the tree keeps. Returns them, whether the tag self-closes, and the index after '>'.
fn parse_attrs(s: &str, mut i: usize) -> (Vec<(Box<str>, Box<str>)>, bool, usize) {
    let b = s.as_bytes();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let mut self_closing = false;
    let done = |pairs: Vec<(&str, String)>| filter_attrs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return (done(pairs), self_closing, b.len());
        }
        if b[i] == b'>' {
            return (done(pairs), self_closing, i + 1);
        }
        self_closing = false;
        let ns = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = &s[ns..i];
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
        // As the HTML parser does: the first of duplicate attributes wins.
        if !pairs.iter().any(|(k, _)| k.eq_ignore_ascii_case(name)) {
            let mut cut = value.len().min(4000);
            while !value.is_char_boundary(cut) {
                cut -= 1;
            }
            pairs.push((name, repair::decode_entities(&value[..cut], true)));
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
#[cfg_attr(size_attrs, optimize(size))]
pub(crate) fn published(m: &PageMeta) -> Option<String> {
    m.published.as_deref().or(m.time_datetime.as_deref()).and_then(meta::parse_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &Scan) -> Vec<&str> {
        s.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn tables_are_sorted() {
        assert!(ZONE_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(BLOCK_TAGS.sorted());
        assert!(VOID_TAGS.sorted());
        assert!(BODY_CLASSES.sorted());
    }

    #[test]
    fn blocks_and_context_with_both_parsers() {
        let html = "<nav><a href=/>Home</a></nav><p>One &amp; two<script>x<y</script> three</p>\
                    <!-- hidden --><figure><figcaption>Photo: AP</figcaption></figure><div>four<br>five</div>";
        for s in [extract(&parse(html)), extract(&scan_tree(html))] {
            assert_eq!(texts(&s), ["Home", "One & two three", "Photo: AP", "four", "five"]);
            assert_eq!(s.blocks[0].zone, Some("navigation"));
            assert_eq!(s.blocks[0].link_chars, 4);
            assert!(s.blocks[2].caption);
        }
    }

    #[test]
    fn unclosed_and_stray_tags() {
        let html = "<p>a<p>b</span></div><li>c<li>d</ul>e < f <3";
        // A stray </ul> is ignored (by the HTML algorithm and by the scanner).
        for s in [extract(&parse(html)), extract(&scan_tree(html))] {
            assert_eq!(texts(&s), ["a", "b", "c", "de < f <3"]);
        }
    }

    #[test]
    fn scanner_tree_keeps_json_ld_and_title() {
        let t = scan_tree("<title>A &amp; B</title><script type='application/ld+json'>{\"datePublished\": \"2020-01-02\"}</script><script>var a='<p>';</script><p>x");
        let s = extract(&t);
        assert_eq!(s.meta.title.as_deref(), Some("A & B"));
        assert_eq!(s.meta.published.as_deref(), Some("2020-01-02"));
        assert_eq!(texts(&s), ["x"]);
    }
}
