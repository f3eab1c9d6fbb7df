// HTML pages written for the cleaning tests, shared by tests/clean.rs (native: html5ever) and
// tests/web_clean.rs (wasm in browsers: DOMParser). Both must give exactly the expected
// `{text, meta, removed}`. Regenerate with `UPDATE_GOLDEN=1 cargo test --test clean` after an
// intended change, and review the diff.

pub struct Page {
    pub name: &'static str,
    pub html: &'static str,
    pub expected: &'static str,
}

pub const PAGES: &[Page] = &[
    Page { name: "structure", html: include_str!("structure.html"), expected: include_str!("structure.json") },
    Page { name: "article", html: include_str!("article.html"), expected: include_str!("article.json") },
    Page { name: "page", html: include_str!("../golden/page.html"), expected: include_str!("page.json") },
];
