//! Stance between actors.
//!
//! STUB (walking skeleton in progress): no pairs.

use crate::token::Token;
use crate::{Entity, Sentence, Stance};

pub fn analyze(_text: &str, _tokens: &[Token], _sentences: &[Sentence], _entities: &[Entity]) -> Vec<Stance> {
    Vec::new()
}
