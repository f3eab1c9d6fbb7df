//! Entities: recognise (model + gazetteer + rules), merge aliases, rank by salience.
//!
//! STUB (walking skeleton in progress): capitalised words become PERSON entities.

use crate::span::Span;
use crate::token::Token;
use crate::{Entity, EntityType, Meta};

pub fn recognize(text: &str, tokens: &[Token], _sentences: &[Span], _meta: &Meta) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for t in tokens.iter().filter(|t| t.is_capitalized(text)) {
        let name = t.text(text);
        match out.iter_mut().find(|e| e.name == name) {
            Some(e) => e.mentions.push(t.span),
            None => {
                let mut e = Entity::new(name, EntityType::Person);
                e.mentions.push(t.span);
                out.push(e);
            }
        }
    }
    out
}
