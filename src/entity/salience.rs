//! Salience in [0, 1]: how central an entity is to the article.
//!
//! raw = sqrt(mentions)                        more mentions, with diminishing returns
//!     + (1 - first_mention_offset / text_len)  earlier first mention counts more
//!     + 0.75 if named in the title
//!     + 0.5  if mentioned in the lead (first three sentences)
//!     + 0.5 * share of mentions that are sentence subjects
//! DATE and TIME get half that. The scores are divided by the largest, so the top entity
//! has 1.0. Only `sqrt`, `+`, `*`, `/`: bit-identical natively and in wasm.

use super::merge::Group;
use super::recognize::Candidate;
use crate::EntityType;

pub fn score(groups: &[Group], cands: &[Candidate], text_len: usize, in_title: &[bool]) -> Vec<f32> {
    let len = text_len.max(1) as f32;
    let raw: Vec<f32> = groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let n = g.members.len() as f32;
            let first = g.members.iter().map(|&i| cands[i].span.start).min().unwrap_or(0) as f32;
            let lead = g.members.iter().any(|&i| cands[i].sentence < 3);
            let subjects = g.members.iter().filter(|&&i| cands[i].subject).count() as f32;
            let mut r = n.sqrt() + (1.0 - first / len) + if in_title.get(gi).copied().unwrap_or(false) { 0.75 } else { 0.0 };
            r += if lead { 0.5 } else { 0.0 } + 0.5 * subjects / n.max(1.0);
            if matches!(g.kind, EntityType::Date | EntityType::Time) {
                r *= 0.5;
            }
            r
        })
        .collect();
    let max = raw.iter().copied().fold(0.0f32, f32::max);
    raw.into_iter().map(|r| if max > 0.0 { (r / max).clamp(0.0, 1.0) } else { 0.0 }).collect()
}
