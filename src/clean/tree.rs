//! A neutral DOM tree: what the HTML extractor reads, whoever parsed the page.
//!
//! ```
//! use undertone::clean::tree::{Tree, NodeKind};
//!
//! let mut t = Tree::new();
//! let p = t.element(0, "p", vec![("class".into(), "lead".into())]);
//! t.text(p, "Hello, ");
//! t.text(p, "world.");   // adjacent text nodes merge
//! let back = Tree::decode(&t.encode()).unwrap();
//! assert_eq!(back, t);
//! assert!(matches!(&back.nodes[2].kind, NodeKind::Text(s) if s == "Hello, world."));
//! ```
//!
//! Three builders fill it: html5ever natively (`html5.rs`), the browser's `DOMParser` on the
//! page's main thread (`src/wasm.rs`), and, in a worker without `DOMParser`, the small
//! linear scanner (`html::scan_tree`). One extractor (`html::extract`) reads it.
//!
//! # Contract
//!
//! - Node 0 is the document. Children are kept as a linked list (`first`, `next`), so
//!   builders can insert and move nodes in constant time; nothing walks it recursively,
//!   and dropping it frees flat vectors (no recursion on nesting depth).
//! - Elements keep a lowercase local name and only the attributes in [`KEPT_ATTRS`].
//!   Text is decoded (no entities left). The bodies of `script`, `style`, `template`,
//!   `noscript`, … are not kept, except JSON-LD scripts (`type` contains `ld+json`).
//! - [`Tree::encode`] gives a compact byte form that a page can transfer to a worker;
//!   [`Tree::decode`] reads it back and refuses malformed bytes (no panic).

use crate::words::Words;

/// The attributes the extractor reads. Sorted.
pub const KEPT_ATTRS: Words = Words("aria-hidden|class|content|datetime|hidden|id|itemprop|name|property|role|style|type");

/// Elements whose content is not text to read; their children are not kept (JSON-LD scripts excepted).
pub const OPAQUE_TAGS: Words = Words("button|canvas|iframe|math|noscript|object|script|select|style|svg|template|textarea");

pub const NONE: u32 = u32::MAX;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Document,
    Element { name: Box<str>, attrs: Vec<(Box<str>, Box<str>)> },
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub kind: NodeKind,
    pub parent: u32,
    pub first: u32,
    pub last: u32,
    pub prev: u32,
    pub next: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    pub nodes: Vec<Node>,
}

impl Default for Tree {
    #[cfg_attr(size_attrs, optimize(size))]
    fn default() -> Self {
        Tree::new()
    }
}

/// Whether an element's children are kept.
#[cfg_attr(size_attrs, optimize(size))]
pub fn keeps_children(name: &str, attrs: &[(Box<str>, Box<str>)]) -> bool {
    if !OPAQUE_TAGS.has(name) {
        return true;
    }
    name == "script" && attrs.iter().any(|(k, v)| &**k == "type" && v.to_ascii_lowercase().contains("ld+json"))
}

/// Keeps the attributes the extractor reads, lowercasing their names. Values are capped at
/// 2,000 characters (a class list longer than that says nothing more).
#[cfg_attr(size_attrs, optimize(size))]
pub fn filter_attrs<'a>(attrs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<(Box<str>, Box<str>)> {
    let mut out = Vec::new();
    for (k, v) in attrs {
        let k = k.to_ascii_lowercase();
        if KEPT_ATTRS.has(k.as_str()) {
            let v: String = if v.len() > 2000 { v.chars().take(2000).collect() } else { v.to_string() };
            out.push((k.into_boxed_str(), v.into_boxed_str()));
        }
    }
    out
}

impl Tree {
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn new() -> Tree {
        Tree { nodes: vec![Node { kind: NodeKind::Document, parent: NONE, first: NONE, last: NONE, prev: NONE, next: NONE }] }
    }

    /// A new node that belongs to no parent yet.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn create(&mut self, kind: NodeKind) -> u32 {
        self.nodes.push(Node { kind, parent: NONE, first: NONE, last: NONE, prev: NONE, next: NONE });
        (self.nodes.len() - 1) as u32
    }

    /// Appends a new element under `parent` and returns it.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn element(&mut self, parent: u32, name: &str, attrs: Vec<(Box<str>, Box<str>)>) -> u32 {
        let id = self.create(NodeKind::Element { name: name.to_ascii_lowercase().into_boxed_str(), attrs });
        self.append(parent, id);
        id
    }

    /// Appends text under `parent`, merging with a text node already last there.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn text(&mut self, parent: u32, s: &str) {
        if s.is_empty() {
            return;
        }
        let last = self.nodes[parent as usize].last;
        if last != NONE {
            if let NodeKind::Text(t) = &mut self.nodes[last as usize].kind {
                t.push_str(s);
                return;
            }
        }
        let id = self.create(NodeKind::Text(s.to_string()));
        self.append(parent, id);
    }

    /// Text inserted just before `sibling`, merged with a text node already there.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn text_before(&mut self, sibling: u32, s: &str) {
        let prev = self.nodes[sibling as usize].prev;
        if prev != NONE {
            if let NodeKind::Text(t) = &mut self.nodes[prev as usize].kind {
                t.push_str(s);
                return;
            }
        }
        let id = self.create(NodeKind::Text(s.to_string()));
        self.insert_before(sibling, id);
    }

    #[cfg_attr(size_attrs, optimize(size))]
    pub fn append(&mut self, parent: u32, child: u32) {
        self.detach(child);
        let last = self.nodes[parent as usize].last;
        {
            let c = &mut self.nodes[child as usize];
            c.parent = parent;
            c.prev = last;
            c.next = NONE;
        }
        if last == NONE {
            self.nodes[parent as usize].first = child;
        } else {
            self.nodes[last as usize].next = child;
        }
        self.nodes[parent as usize].last = child;
    }

    #[cfg_attr(size_attrs, optimize(size))]
    pub fn insert_before(&mut self, sibling: u32, child: u32) {
        self.detach(child);
        let (parent, prev) = (self.nodes[sibling as usize].parent, self.nodes[sibling as usize].prev);
        if parent == NONE {
            return;
        }
        {
            let c = &mut self.nodes[child as usize];
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
        }
        self.nodes[sibling as usize].prev = child;
        if prev == NONE {
            self.nodes[parent as usize].first = child;
        } else {
            self.nodes[prev as usize].next = child;
        }
    }

    #[cfg_attr(size_attrs, optimize(size))]
    pub fn detach(&mut self, child: u32) {
        let Node { parent, prev, next, .. } = self.nodes[child as usize];
        if parent == NONE {
            return;
        }
        if prev == NONE {
            self.nodes[parent as usize].first = next;
        } else {
            self.nodes[prev as usize].next = next;
        }
        if next == NONE {
            self.nodes[parent as usize].last = prev;
        } else {
            self.nodes[next as usize].prev = prev;
        }
        let c = &mut self.nodes[child as usize];
        c.parent = NONE;
        c.prev = NONE;
        c.next = NONE;
    }

    /// Moves all children of `from` to the end of `to`.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn reparent_children(&mut self, from: u32, to: u32) {
        while self.nodes[from as usize].first != NONE {
            let c = self.nodes[from as usize].first;
            self.append(to, c);
        }
    }

    /// The local name of an element, "" for other nodes.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn name(&self, id: u32) -> &str {
        match &self.nodes[id as usize].kind {
            NodeKind::Element { name, .. } => name,
            _ => "",
        }
    }

    /// An attribute's value.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn attr(&self, id: u32, key: &str) -> Option<&str> {
        match &self.nodes[id as usize].kind {
            NodeKind::Element { attrs, .. } => attrs.iter().find(|(k, _)| &**k == key).map(|(_, v)| &**v),
            _ => None,
        }
    }

    /// Depth-first walk from the document, without recursion: `Enter(id)` for each element,
    /// `Text(id)` for each text node, `Leave(id)` after an element's children.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn walk(&self) -> Walk<'_> {
        Walk { tree: self, next: Step::Enter(0), done: false }
    }

    /// The compact byte form: a pre-order stream of records.
    /// `1 name n (key value)*n` opens an element, `2 text` is a text node, `3` closes the
    /// element; every string is a LEB128 length then UTF-8 bytes.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.nodes.len() * 8);
        for ev in self.walk() {
            match ev {
                Visit::Enter(id) => {
                    if let NodeKind::Element { name, attrs } = &self.nodes[id as usize].kind {
                        out.push(1);
                        put_str(&mut out, name);
                        put_len(&mut out, attrs.len());
                        for (k, v) in attrs {
                            put_str(&mut out, k);
                            put_str(&mut out, v);
                        }
                    }
                }
                Visit::Text(id) => {
                    if let NodeKind::Text(t) = &self.nodes[id as usize].kind {
                        out.push(2);
                        put_str(&mut out, t);
                    }
                }
                Visit::Leave(id) => {
                    if id != 0 {
                        out.push(3);
                    }
                }
            }
        }
        out
    }

    /// Reads [`Tree::encode`]'s form; `None` when the bytes are not one.
    #[cfg_attr(size_attrs, optimize(size))]
    pub fn decode(bytes: &[u8]) -> Option<Tree> {
        let mut t = Tree::new();
        let mut cur = 0u32;
        let mut i = 0usize;
        while i < bytes.len() {
            let op = bytes[i];
            i += 1;
            match op {
                1 => {
                    let name = get_str(bytes, &mut i)?;
                    let n = get_len(bytes, &mut i)?;
                    let mut attrs = Vec::with_capacity(n.min(16));
                    for _ in 0..n {
                        let k = get_str(bytes, &mut i)?;
                        let v = get_str(bytes, &mut i)?;
                        attrs.push((k.into(), v.into()));
                    }
                    cur = t.element(cur, name, attrs);
                }
                2 => {
                    let s = get_str(bytes, &mut i)?;
                    t.text(cur, s);
                }
                3 => {
                    if cur == 0 {
                        return None;
                    }
                    cur = t.nodes[cur as usize].parent;
                }
                _ => return None,
            }
        }
        Some(t)
    }
}

#[cfg_attr(size_attrs, optimize(size))]
fn put_len(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

#[cfg_attr(size_attrs, optimize(size))]
fn put_str(out: &mut Vec<u8>, s: &str) {
    put_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

#[cfg_attr(size_attrs, optimize(size))]
fn get_len(b: &[u8], i: &mut usize) -> Option<usize> {
    let mut n = 0usize;
    let mut shift = 0;
    loop {
        let x = *b.get(*i)?;
        *i += 1;
        if shift > 56 {
            return None;
        }
        n |= ((x & 0x7f) as usize) << shift;
        if x & 0x80 == 0 {
            return Some(n);
        }
        shift += 7;
    }
}

#[cfg_attr(size_attrs, optimize(size))]
fn get_str<'a>(b: &'a [u8], i: &mut usize) -> Option<&'a str> {
    let n = get_len(b, i)?;
    let end = i.checked_add(n)?;
    let s = std::str::from_utf8(b.get(*i..end)?).ok()?;
    *i = end;
    Some(s)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visit {
    Enter(u32),
    Text(u32),
    Leave(u32),
}

#[derive(Clone, Copy)]
enum Step {
    Enter(u32),
    Leave(u32),
}

pub struct Walk<'a> {
    tree: &'a Tree,
    next: Step,
    done: bool,
}

impl Iterator for Walk<'_> {
    type Item = Visit;

    #[cfg_attr(size_attrs, optimize(size))]
    fn next(&mut self) -> Option<Visit> {
        if self.done {
            return None;
        }
        let nodes = &self.tree.nodes;
        let after = |id: u32| -> Step {
            let n = &nodes[id as usize];
            if n.next != NONE {
                Step::Enter(n.next)
            } else {
                Step::Leave(n.parent)
            }
        };
        match self.next {
            Step::Enter(id) => {
                let n = &nodes[id as usize];
                if let NodeKind::Text(_) = n.kind {
                    self.next = after(id);
                    return Some(Visit::Text(id));
                }
                self.next = if n.first != NONE { Step::Enter(n.first) } else { Step::Leave(id) };
                Some(Visit::Enter(id))
            }
            Step::Leave(id) => {
                if id == 0 || nodes[id as usize].parent == NONE {
                    self.done = true;
                } else {
                    self.next = after(id);
                }
                Some(Visit::Leave(id))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_sorted() {
        assert!(KEPT_ATTRS.sorted());
        assert!(OPAQUE_TAGS.sorted());
    }

    #[test]
    fn walk_order_and_roundtrip() {
        let mut t = Tree::new();
        let div = t.element(0, "DIV", filter_attrs([("ID", "x"), ("onclick", "evil()")]));
        t.text(div, "a");
        let b = t.element(div, "b", vec![]);
        t.text(b, "é🙂");
        t.text(div, "c");
        let order: Vec<Visit> = t.walk().collect();
        use Visit::*;
        assert_eq!(order, [Enter(0), Enter(1), Text(2), Enter(3), Text(4), Leave(3), Text(5), Leave(1), Leave(0)]);
        assert_eq!(t.attr(div, "id"), Some("x"));
        assert_eq!(t.attr(div, "onclick"), None);
        assert_eq!(Tree::decode(&t.encode()), Some(t));
    }

    #[test]
    fn malformed_bytes_are_refused() {
        for bad in [&[9u8][..], &[1, 5, b'a'], &[3], &[2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], &[2, 2, 0xc3, 0x28]] {
            assert_eq!(Tree::decode(bad), None, "{bad:?}");
        }
        assert_eq!(Tree::decode(&[]), Some(Tree::new()));
    }

    #[test]
    fn moves_keep_links_consistent() {
        let mut t = Tree::new();
        let a = t.element(0, "a", vec![]);
        let b = t.element(0, "b", vec![]);
        let c = t.element(a, "c", vec![]);
        t.text_before(c, "x");
        t.reparent_children(a, b);
        t.detach(a);
        let names: Vec<&str> = t.walk().filter_map(|v| if let Visit::Enter(i) = v { Some(t.name(i)) } else { None }).collect();
        assert_eq!(names, ["", "b", "c"]);
        assert_eq!(t.nodes[b as usize].first, 4);
    }
}
