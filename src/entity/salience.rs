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
//! DATE and TIME get half that, NORP (groups, most often adjectives) three quarters. The scores are divided by the largest, so the top entity
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
            // The body's mentions: how many, the first, one in the first three sentences, subjects.
            let (mut count, mut first, mut early, mut subjects) = (0usize, None::<usize>, false, 0usize);
            let (mut in_title, mut in_caption) = (false, false);
            for &i in &g.members {
                match field[i] {
                    None => {
                        let c = &cands[i];
                        count += 1;
                        first = Some(first.map_or(c.span.start, |f| f.min(c.span.start)));
                        early |= c.sentence < 3;
                        subjects += usize::from(c.subject);
                    }
                    Some(Field::Title) => in_title = true,
                    Some(Field::Caption(_)) => in_caption = true,
                }
            }
            let n = count as f32;
            let mut r = n.sqrt();
            if let Some(first) = first {
                r += 1.0 - first as f32 / len;
            }
            r += if early { 0.5 } else { 0.0 };
            r += 0.5 * subjects as f32 / n.max(1.0);
            r += if in_title { 0.75 } else { 0.0 } + if in_caption { 0.25 } else { 0.0 };
            if matches!(g.kind, EntityType::Date | EntityType::Time) {
                r *= 0.5;
            }
            // A group's name is most often an adjective ("Iraqi forces", "Australian men"): it
            // describes the article's actors more often than it is what the article is about.
            if g.kind == EntityType::Norp {
                r *= 0.75;
            }
            r
        });
    }
    let mut max = 0.0f32;
    for &r in &raw {
        max = max.max(r);
    }
    for r in raw.iter_mut() {
        *r = if max > 0.0 { (*r / max).clamp(0.0, 1.0) } else { 0.0 };
    }
    raw
}
