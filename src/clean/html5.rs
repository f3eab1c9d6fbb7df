//! Native HTML parsing: html5ever (the WHATWG algorithm, as browsers run it) into the
//! neutral [`Tree`]. Not built for wasm, where the page's own `DOMParser` does this job.
//!
//! The sink keeps every node while the tree builder works (it moves nodes around: foster
//! parenting, the adoption agency), then [`prune`] copies the finished tree without the
//! bodies of opaque elements, exactly as the browser-side walk in `src/wasm.rs` does.
//! Scripting is off, as in a `DOMParser` document, so `<noscript>` holds markup.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{parse_document, Attribute, LocalName, Namespace, ParseOpts, QualName};

use super::tree::{filter_attrs, keeps_children, NodeKind, Tree, Visit, NONE};

/// Nesting beyond which the scanner parses instead: html5ever's scope checks walk the
/// stack of open elements, so its time grows with depth × tags. Browsers cap the DOM depth
/// far below this (Chromium at 512), and real pages stay under a few hundred.
pub const MAX_DEPTH: usize = 4096;

/// Parses a whole document (with [`super::html::scan_tree`] when it nests deeper than
/// [`MAX_DEPTH`], so time stays linear on hostile input).
pub fn parse(html: &str) -> Tree {
    if nesting_estimate(html) > MAX_DEPTH {
        return super::html::scan_tree(html);
    }
    let mut opts = ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    let sink = Sink { tree: RefCell::new(Tree::new()), names: RefCell::new(vec![None]) };
    let raw = parse_document(sink, opts).one(html);
    prune(&raw)
}

const SELF_ENDING: &[&str] = &[
    "area", "base", "br", "col", "dd", "dt", "embed", "hr", "img", "input", "li", "link", "meta", "option", "p",
    "param", "source", "td", "th", "tr", "track", "wbr",
];

/// End tags that stop at these: an end tag whose element is open only below one of them is
/// ignored (a `</div>` outside the table it holds closes nothing), as the parser's scope rules
/// ignore it.
const BARRIERS: &[&str] = &["applet", "caption", "html", "marquee", "object", "table", "template"];

/// Formatting elements: a misnested end tag of one runs the adoption agency, which may keep the
/// elements above it open (`<b><div></b>`), so it counts only when the element is on top.
const FORMATTING: &[&str] = &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

/// An upper estimate of the element nesting, at its peak: start tags open a level (but void
/// and implicitly closed elements), an end tag closes its element and those opened after it,
/// and an end tag of no open element, or of one behind a table (see [`BARRIERS`]), or a
/// formatting element's not on top, closes nothing, so stray or misnested end tags
/// (`<div></span>`) cannot hide a deep nesting. One pass over the bytes; each element is
/// opened and closed once, through a stack and each name's stack positions.
pub fn nesting_estimate(html: &str) -> usize {
    use std::collections::HashMap;
    let b = html.as_bytes();
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut at: HashMap<String, Vec<usize>> = HashMap::new();
    let mut barriers: Vec<usize> = Vec::new();
    let mut peak = 0usize;
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let closing = b[i + 1] == b'/';
        let start = i + 1 + closing as usize;
        let mut j = start;
        while j < b.len() && (b[j].is_ascii_alphabetic() || j > start && (b[j].is_ascii_digit() || b[j] == b'-')) {
            j += 1;
        }
        if j == start {
            i += 1;
            continue;
        }
        let name = html[start..j].to_ascii_lowercase();
        i = j;
        if SELF_ENDING.contains(&name.as_str()) {
            continue;
        }
        if !closing {
            let barrier = BARRIERS.contains(&name.as_str());
            if barrier {
                barriers.push(stack.len());
            }
            at.entry(name.clone()).or_default().push(stack.len());
            stack.push((name, barrier));
            peak = peak.max(stack.len());
            continue;
        }
        let Some(&top) = at.get(&name).and_then(|v| v.last()) else { continue };
        let behind_barrier = barriers.last().is_some_and(|&p| p > top);
        let misnested = FORMATTING.contains(&name.as_str()) && top + 1 != stack.len();
        if behind_barrier || misnested {
            continue;
        }
        while stack.len() > top {
            let (n, barrier) = stack.pop().expect("non-empty above top");
            at.get_mut(&n).and_then(|v| v.pop());
            if barrier {
                barriers.pop();
            }
        }
    }
    peak
}

/// A copy of `t` without the children of opaque elements (scripts other than JSON-LD,
/// styles, templates, …), with adjacent text merged.
pub fn prune(t: &Tree) -> Tree {
    let mut out = Tree::new();
    let mut map = vec![NONE; t.nodes.len()];
    map[0] = 0;
    let mut skip_until: Option<u32> = None;
    for v in t.walk() {
        match v {
            Visit::Enter(id) => {
                if id == 0 || skip_until.is_some() {
                    continue;
                }
                let n = &t.nodes[id as usize];
                if let NodeKind::Element { name, attrs } = &n.kind {
                    let e = out.create(NodeKind::Element { name: name.clone(), attrs: attrs.clone() });
                    out.append(map[n.parent as usize], e);
                    map[id as usize] = e;
                    if !keeps_children(name, attrs) {
                        skip_until = Some(id);
                    }
                }
            }
            Visit::Text(id) => {
                if skip_until.is_none() {
                    if let NodeKind::Text(s) = &t.nodes[id as usize].kind {
                        out.text(map[t.nodes[id as usize].parent as usize], s);
                    }
                }
            }
            Visit::Leave(id) => {
                if skip_until == Some(id) {
                    skip_until = None;
                }
            }
        }
    }
    out
}

#[derive(Debug)]
pub struct OwnedName(QualName);

impl ElemName for OwnedName {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

struct Sink {
    tree: RefCell<Tree>,
    /// The qualified name of each element node (html5ever asks for namespaces).
    names: RefCell<Vec<Option<QualName>>>,
}

impl Sink {
    fn new_node(&self, kind: NodeKind, name: Option<QualName>) -> u32 {
        let id = self.tree.borrow_mut().create(kind);
        let mut names = self.names.borrow_mut();
        names.resize(id as usize + 1, None);
        names[id as usize] = name;
        id
    }

    fn is_comment(&self, id: u32) -> bool {
        matches!(self.tree.borrow().nodes[id as usize].kind, NodeKind::Document) && id != 0
    }
}

fn attr_pairs(attrs: &[Attribute]) -> Vec<(Box<str>, Box<str>)> {
    filter_attrs(attrs.iter().map(|a| (&*a.name.local, &*a.value)))
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = Tree;
    type ElemName<'a> = OwnedName;

    fn finish(self) -> Tree {
        self.tree.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> OwnedName {
        let names = self.names.borrow();
        OwnedName(names.get(*target as usize).cloned().flatten().unwrap_or_else(|| {
            QualName::new(None, html5ever::ns!(), LocalName::from(""))
        }))
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> u32 {
        let kind = NodeKind::Element { name: (&*name.local).to_ascii_lowercase().into_boxed_str(), attrs: attr_pairs(&attrs) };
        let id = self.new_node(kind, Some(name));
        if flags.template {
            // The template's contents: a detached node the extractor never reaches.
            self.new_node(NodeKind::Element { name: "#template-contents".into(), attrs: Vec::new() }, None);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.new_node(NodeKind::Document, None)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.new_node(NodeKind::Document, None)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        match child {
            NodeOrText::AppendText(t) => self.tree.borrow_mut().text(*parent, &t),
            NodeOrText::AppendNode(c) => {
                if !self.is_comment(c) {
                    self.tree.borrow_mut().append(*parent, c);
                }
            }
        }
    }

    fn append_based_on_parent_node(&self, element: &u32, prev_element: &u32, child: NodeOrText<u32>) {
        let has_parent = self.tree.borrow().nodes[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {}

    fn get_template_contents(&self, target: &u32) -> u32 {
        // create_element made the contents node right after the template.
        target + 1
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        match new_node {
            NodeOrText::AppendText(t) => self.tree.borrow_mut().text_before(*sibling, &t),
            NodeOrText::AppendNode(c) => {
                if !self.is_comment(c) {
                    self.tree.borrow_mut().insert_before(*sibling, c);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        let mut tree = self.tree.borrow_mut();
        if let NodeKind::Element { attrs: have, .. } = &mut tree.nodes[*target as usize].kind {
            for (k, v) in attr_pairs(&attrs) {
                if !have.iter().any(|(h, _)| *h == k) {
                    have.push((k, v));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        self.tree.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        self.tree.borrow_mut().reparent_children(*node, *new_parent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(t: &Tree) -> String {
        let mut s = String::new();
        for v in t.walk() {
            match v {
                Visit::Enter(0) | Visit::Leave(0) => {}
                Visit::Enter(id) => {
                    s.push('<');
                    s.push_str(t.name(id));
                    s.push('>');
                }
                Visit::Leave(id) => {
                    s.push_str("</");
                    s.push_str(t.name(id));
                    s.push('>');
                }
                Visit::Text(id) => {
                    if let NodeKind::Text(x) = &t.nodes[id as usize].kind {
                        s.push_str(x);
                    }
                }
            }
        }
        s
    }

    #[test]
    fn nesting() {
        assert!(SELF_ENDING.windows(2).all(|w| w[0] < w[1]));
        assert!(BARRIERS.windows(2).all(|w| w[0] < w[1]) && FORMATTING.windows(2).all(|w| w[0] < w[1]));
        let table = [
            ("<div><div></div><p>x<br><img></div>", 2),
            ("</a></b><i>", 1),
            ("<p><p><p><li><li>", 0),
            ("a < b", 0),
            // An end tag closes what was opened after its element ("<span>" left open).
            ("<div><span>x</div><div></div>", 2),
            // Stray and implicitly closed elements' end tags close nothing.
            ("<div></span><div></p><div></li>", 3),
            // Behind a table, an outer element's end tag is ignored.
            ("<div><table></div><div>", 3),
            ("<div><table></table></div><div>", 2),
            // A misnested formatting end tag keeps what is above it open.
            ("<b><div></b><div>", 3),
            ("<b><i>x</i></b><b>", 2),
            ("<DIV><Div></div></DIV>", 2),
        ];
        for (html, want) in table {
            assert_eq!(nesting_estimate(html), want, "{html}");
        }
    }

    #[test]
    fn stray_end_tags_cannot_hide_a_deep_nesting() {
        // Each <div> stays open (the </p> and </span> close nothing open; the last <b> makes it
        // 30,001 levels): html5ever's scope checks would walk 30,000 open elements per tag; the
        // estimate sends it to the scanner.
        let html = "<div><p>Rosaly said <b>so</b></p></span>".repeat(30_000);
        assert_eq!(nesting_estimate(&html), 30_001);
        let t = parse(&html);
        assert!(outline(&t).contains("Rosaly said <b>so</b>"), "{}", &outline(&t)[..200]);
    }

    #[test]
    fn deep_nesting_within_the_limit_goes_through_html5ever() {
        let n = MAX_DEPTH - 10;
        let html = format!("{}<p>deep</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let t = parse(&html);
        let depth = t.nodes.iter().filter(|x| matches!(&x.kind, NodeKind::Element { name, .. } if &**name == "div")).count();
        assert_eq!(depth, n);
        drop(t); // flat vectors: no recursion on drop
    }

    #[test]
    fn spec_tree() {
        let t = parse("<!DOCTYPE html><title>T &amp; U</title><p>a<p>b<script>x<y</script><template><p>no</p></template><table><td>c</table><!-- c -->");
        assert_eq!(
            outline(&t),
            "<html><head><title>T & U</title></head><body><p>a</p><p>b<script></script><template></template></p>\
             <table><tbody><tr><td>c</td></tr></tbody></table></body></html>"
        );
    }

    #[test]
    fn json_ld_kept_noscript_dropped() {
        let t = parse("<script type=\"application/ld+json\">{\"a\":1}</script><noscript><p>x</p></noscript>");
        let o = outline(&t);
        assert!(o.contains("<script>{\"a\":1}</script>"), "{o}");
        assert!(o.contains("<noscript></noscript>"), "{o}");
    }
}
