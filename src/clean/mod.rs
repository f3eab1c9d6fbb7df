//! Cleaning: pasted plain text or HTML → the article body, its metadata, and the removed blocks.
//!
//! STUB (walking skeleton in progress): normalises whitespace only.

use crate::{Format, Meta, Removed};

pub struct Cleaned {
    pub text: String,
    pub meta: Meta,
    pub removed: Vec<Removed>,
}

/// True when the input looks like markup rather than prose.
pub fn looks_like_html(input: &str) -> bool {
    let head = &input[..input.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    lower.contains("<html") || lower.contains("<body") || lower.contains("<p>") || lower.contains("<div")
}

pub fn clean(input: &str, format: Format) -> Cleaned {
    let _html = match format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => looks_like_html(input),
    };
    let paragraphs: Vec<String> = input
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    Cleaned { text: paragraphs.join("\n\n"), meta: Meta::default(), removed: Vec::new() }
}
