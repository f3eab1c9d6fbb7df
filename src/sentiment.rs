//! Sentiment: sentences, entities, caller targets and the document.
//!
//! STUB (walking skeleton in progress): everything is neutral.

use crate::span::Span;
use crate::token::Token;
use crate::{Entity, Sentence, Tone};

pub fn score_sentences(_text: &str, _tokens: &[Token], sentences: &[Span]) -> Vec<Sentence> {
    sentences.iter().map(|&span| Sentence { span, sentiment: 0.0, cues: Vec::new() }).collect()
}

pub fn score_entities(_text: &str, _tokens: &[Token], _sentences: &[Sentence], _entities: &mut [Entity]) {}

pub fn target(_text: &str, _tokens: &[Token], sentences: &[Sentence], target: Span) -> f32 {
    sentences.iter().find(|s| s.span.overlaps(target)).map_or(0.0, |s| s.sentiment)
}

pub fn document(_sentences: &[Sentence]) -> Tone {
    Tone::default()
}
