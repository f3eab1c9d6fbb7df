//! Salience in [0, 1]: how central an entity is to the article.
//!
//! Over the entity's mentions in the body:
//!
//! raw = sqrt(mentions)                        more mentions, with diminishing returns
//!     + (1 - first_mention_offset / text_len)  earlier first mention counts more (0 if none)
//!     + 0.5  if mentioned in the lead (first three sentences)
//!     + 0.5 * share of mentions that are sentence subjects
//!     + 0.75 if named in the title
//!     + 0.25 if named in a photo caption or credit
//!
//! DATE and TIME get half that. The scores are divided by the largest, so the top entity
//! has 1.0. Only `sqrt`, `+`, `*`, `/`: bit-identical natively and in wasm.

use super::merge::Group;
use super::recognize::Candidate;
use super::Field;
use crate::EntityType;

/// `field[i]` is where candidate `i` was found (`None`: the body).
#[cfg_attr(size_attrs, optimize(size))]
pub fn score(groups: &[Group], cands: &[Candidate], field: &[Option<Field>], text_len: usize) -> Vec<f32> {
    let len = text_len.max(1) as f32;
    // A loop, not an iterator chain: its body stays in this function, at opt-level "z" in the page.
    let mut raw: Vec<f32> = Vec::with_capacity(groups.len());
    for g in groups {
        raw.push({
            let body: Vec<&Candidate> = g.members.iter().filter(|&&i| field[i].is_none()).map(|&i| &cands[i]).collect();
            let n = body.len() as f32;
            let in_title = g.members.iter().any(|&i| field[i] == Some(Field::Title));
            let in_caption = g.members.iter().any(|&i| matches!(field[i], Some(Field::Caption(_))));
            let mut r = n.sqrt();
            if let Some(first) = body.iter().map(|c| c.span.start).min() {
                r += 1.0 - first as f32 / len;
            }
            r += if body.iter().any(|c| c.sentence < 3) { 0.5 } else { 0.0 };
            r += 0.5 * body.iter().filter(|c| c.subject).count() as f32 / n.max(1.0);
            r += if in_title { 0.75 } else { 0.0 } + if in_caption { 0.25 } else { 0.0 };
            if matches!(g.kind, EntityType::Date | EntityType::Time) {
                r *= 0.5;
            }
            r
        });
    }
    let max = raw.iter().copied().fold(0.0f32, f32::max);
    raw.into_iter().map(|r| if max > 0.0 { (r / max).clamp(0.0, 1.0) } else { 0.0 }).collect()
}
