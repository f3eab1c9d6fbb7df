//! Entities: recognise, merge aliases, rank by salience.
//!
//! ```
//! use undertone::{analyze, Options};
//!
//! let a = analyze("U.S. Secretary of State John Kerry met Lavrov in Moscow. Kerry said the U.S. would help.",
//!                 &Options { clean: false, ..Options::default() });
//! let kerry = a.entities.iter().find(|e| e.name == "John Kerry").unwrap();
//! assert_eq!(kerry.role.as_deref(), Some("Secretary of State"));
//! assert_eq!(a.entities[kerry.acts_for.unwrap()].name, "United States");
//! ```
//!
//! # Pipeline
//!
//! [`recognize`] runs small named stages, each in its own file:
//!
//! 1. `recognize::candidates` (`recognize.rs`, `date.rs`, `gazetteer.rs`): candidate mentions
//!    from rules and gazetteers, typed by context; `model::tag` (`model.rs`): the learned
//!    tagger's PER/LOC/ORG/MISC spans; `recognize::combine` joins them (the model sets most
//!    boundaries and types; dates, titled persons, gazetteer phrases and head/tail-typed names
//!    stay the rules'). The same recogniser runs on the body, on `meta.title` and on each of
//!    `meta.captions` (`article_candidates`); the title, written in headline capitals, takes the
//!    rules and lists only, which keep a headline's unknown names only when they join an
//!    entity named elsewhere.
//!    Everything after works on candidates only.
//! 2. `merge::merge` (`merge.rs`): one group per referent across the body, title and captions
//!    (canonical names, surnames, transliterations, acronyms): "John Kerry" in a caption and
//!    "Kerry" in the body are one person, who takes the caption's role when the body gives none.
//!    Then `listed_spellings`, and `merge::title_anaphora`: "the secretary" refers back to the
//!    one person holding that role.
//! 3. `salience::score` (`salience.rs`): a bounded score, top entity 1.0.
//! 4. Ordering by salience (ties: first body mention, then name), then `acts_for` as indices
//!    into the final order. Body mentions go to `Entity::mentions` (spans of the body), the
//!    others to `Entity::meta_mentions` (spans of their field, see [`MetaMention`]); an entity
//!    named only in a caption ("Reuters" in a photo credit) has no body mention.
//!
//! # Conventions
//!
//! - A role or title ("Secretary of State", "Foreign Minister", "Mr.") is never an entity; it
//!   goes to the person's `role` (courtesy titles such as "Mr." are not kept).
//! - A capital is tagged as the place it is (GPE), even when it stands for its government
//!   ("Moscow is willing"); its `acts_for` points to its country when the country is an entity
//!   of the article, so stance can let it act as the country. Demonyms (NORP "Russian") and
//!   officials ("Russian Foreign Minister Sergey Lavrov", "U.S. Secretary of State John Kerry")
//!   act for their country the same way; an official whose country is not named acts for the
//!   demonym entity instead. A role in apposition names whom the official acts for too ("X,
//!   Britain's ambassador to the U.N.,", "the Islamic State's spokesman, X,", "X, the
//!   secretary-general of NATO,"; `recognize::appositions`), and so does an organisation before
//!   the role ("Islamic State spokesman X"); a private trade (journalist, editor, professor, …)
//!   acts for no one. A head of state titled alone ("President X") acts for the one country the
//!   text names, or else for the one country the text ties that title to ("the US president",
//!   "president of Norway") that no other person of that title acts for (`tied_heads`).
//! - Armed and militant groups are ORG. Named conferences ("Conference on International
//!   Support to Libya") are ORG, like other bodies ending in an organisation word; EVENT is for
//!   wars, games, cups, festivals and revolutions ("World War II", "Arab Spring").
//! - Mentions exclude a leading "The" and a possessive "'s"; hyphen compounds split
//!   ("U.S.-Russia" gives U.S. and Russia; "Russian-backed" gives Russian).
//! - "the secretary", "the foreign minister" are mentions of the one person of the article
//!   with that role (named before, or in the title or a caption); when two persons share it,
//!   they are left alone (`merge::title_anaphora`). Their words join the person's aliases.
//! - A photo credit ("(Photo : Reuters/Landov)") names agencies (ORG) and photographers
//!   (PERSON, two words or more); "Staff", "File", "Handout" name no one (`credits`).

pub mod date;
pub mod gazetteer;
pub mod merge;
pub mod model;
pub mod recognize;
pub mod salience;

use crate::words::Words;
use crate::span::Span;
use crate::token::Token;
use crate::{Entity, EntityType, Meta};
use gazetteer::Gazetteer;
use merge::Group;
use recognize::Doc;

/// Where a mention outside the body lies: the title or one of the captions (its index in
/// `Meta::captions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Caption(usize),
}

/// A mention in `meta.title` or a caption: byte offsets into that field's text, with the same
/// guarantees as body spans (half-open, on char boundaries). The body's mentions stay in
/// [`Entity::mentions`]; these never index `Analysis::text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MetaMention {
    pub field: Field,
    pub span: Span,
}

impl MetaMention {
    /// The text of the field this mention indexes (empty when `meta` has no such field).
    pub fn field_text<'m>(&self, meta: &'m Meta) -> &'m str {
        match self.field {
            Field::Title => meta.title.as_deref().unwrap_or(""),
            Field::Caption(i) => meta.captions.get(i).map_or("", String::as_str),
        }
    }

    /// The words of the mention.
    pub fn of<'m>(&self, meta: &'m Meta) -> &'m str {
        self.field_text(meta).get(self.span.start..self.span.end).unwrap_or("")
    }
}

/// The candidates of one text (the body, the title or a caption): rules and gazetteers, the
/// learned tagger, joined (`recognize::combine`).
#[cfg_attr(size_attrs, optimize(size))]
fn field_candidates(text: &str, tokens: &[Token], sentences: &[Span]) -> Vec<recognize::Candidate> {
    let doc = Doc::new(text, tokens);
    let rules = recognize::candidates(&doc, sentences);
    let learned = model::tag(&doc, sentences);
    let mut out = recognize::combine(&doc, sentences, rules, &learned);
    recognize::appositions::attach(&doc, sentences, &mut out);
    out
}

/// All candidates of the article: the body's, then the title's, then each caption's, with
/// the field each comes from (`None`: the body). `role_of` indexes this joint list.
#[cfg_attr(size_attrs, optimize(size))]
fn article_candidates(text: &str, tokens: &[Token], sentences: &[Span], meta: &Meta) -> (Vec<recognize::Candidate>, Vec<Option<Field>>) {
    let mut cands = field_candidates(text, tokens, sentences);
    let mut field = vec![None; cands.len()];
    let mut extra: Vec<(Field, &str)> = Vec::with_capacity(meta.captions.len() + 1);
    if let Some(t) = meta.title.as_deref() {
        extra.push((Field::Title, t));
    }
    extra.extend(meta.captions.iter().enumerate().map(|(i, c)| (Field::Caption(i), c.as_str())));
    for (f, t) in extra {
        let toks = crate::token::tokenize(t);
        let sents = crate::sentence::split(t, &toks);
        let found = if f == Field::Title {
            // Headline capitals ("Zürich Talks Bring Cautious Hope") read as one long name to
            // the learned tagger, trained on running text: the title takes the rules and lists
            // only, which keep a headline's unknown names only when they join a name found
            // elsewhere (`weak`).
            let doc = Doc::new(t, &toks);
            let mut found = recognize::candidates(&doc, &sents);
            title_names_join(&mut found);
            found
        } else {
            let mut found = field_candidates(t, &toks, &sents);
            credits(t, &toks, &mut found);
            found
        };
        let base = cands.len();
        for mut c in found {
            c.role_of = c.role_of.map(|r| r + base);
            // Lead and subject are properties of the body's sentences.
            c.subject = false;
            c.sentence = usize::MAX;
            cands.push(c);
            field.push(Some(f));
        }
    }
    (cands, field)
}

/// A title is too short to type a name the lists don't know ("Snooze cruise: Study sees
/// future", "Tim Cook On Apple"): such a name is kept only when it joins an entity of the
/// body or a caption (`weak`). Listed names and dates stand on their own.
#[cfg_attr(size_attrs, optimize(size))]
fn title_names_join(cands: &mut [recognize::Candidate]) {
    for c in cands.iter_mut() {
        if c.evidence != recognize::Evidence::Gazetteer && !matches!(c.kind, EntityType::Date | EntityType::Time) {
            c.weak = true;
        }
    }
}

/// Words that open a photo credit ("Photo: AP/Example", "(Photo : Reuters/Landov)",
/// "Credit: ..."), lowercase. Sorted.
const CREDIT_CUES: Words = Words("credit|credits|file|image|images|photo|photograph|photos|picture|pictures|source");

/// Credit words that name no one: a staff or file photo, a handout. Lowercase, sorted.
const CREDIT_GENERIC: Words = Words("archive|courtesy|file|files|handout|pool|screengrab|screenshot|staff|stringer");

/// A caption's credit ("(Photo : Reuters/Landov)", "[File: Reuters]") names agencies and
/// photographers: each name in it is an ORG ("Reuters", "Landov") unless it reads as a
/// person's name of two or more words ("Kevin Lamarque", "K. Retherford": typed PERSON by the
/// recogniser, or opening with an initial or a listed given name); words that name no one
/// ("Staff", "File") and the cue word itself are dropped. The credit runs from a cue word and
/// its colon or slash ("AP Photo/Kevin Lamarque") to a closing bracket or the end of the
/// caption.
#[cfg_attr(size_attrs, optimize(size))]
fn credits(text: &str, tokens: &[Token], cands: &mut Vec<recognize::Candidate>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let Some(cue) = (0..tokens.len()).find(|&i| matches!(word(i + 1), ":" | "/") && recognize::has_lower(CREDIT_CUES, word(i))) else {
        return;
    };
    let cue_span = tokens[cue].span;
    let from = tokens[cue + 1].span.end;
    let to = (cue + 2..tokens.len()).find(|&i| matches!(word(i), ")" | "]")).map_or(text.len(), |i| tokens[i].span.start);
    let gaz = Gazetteer::get();
    let mut keep = vec![true; cands.len()];
    for (k, c) in cands.iter_mut().enumerate() {
        if c.span.start < cue_span.end && cue_span.start < c.span.end {
            keep[k] = false;
            continue;
        }
        if c.span.start < from || c.span.end > to || matches!(c.kind, EntityType::Date | EntityType::Time) {
            continue;
        }
        let form = c.span.of(text);
        let first = form.split_whitespace().next().unwrap_or("");
        let initial = first.len() == 2 && first.ends_with('.') && first.starts_with(|ch: char| ch.is_ascii_uppercase());
        let personal = form.contains(' ') && (c.kind == EntityType::Person || initial || gaz.is_first_name(first));
        if CREDIT_GENERIC.has(form.to_ascii_lowercase().as_str()) {
            keep[k] = false;
        } else {
            // Photographers are persons, agencies organisations, whatever the recogniser said.
            let kind = if personal { EntityType::Person } else { EntityType::Org };
            if c.kind != kind {
                c.kind = kind;
                c.evidence = recognize::Evidence::Rule;
                c.canon = None;
                c.country = None;
            }
            c.weak = false;
            c.bare = false;
        }
    }
    if keep.iter().all(|&k| k) {
        return;
    }
    // Drop, and remap `role_of` (indices into this list).
    let new_index = merge::renumber(&keep);
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    for c in cands.iter_mut() {
        c.role_of = c.role_of.and_then(|r| new_index[r]);
    }
}

#[cfg_attr(size_attrs, optimize(size))]
pub fn recognize(text: &str, tokens: &[Token], sentences: &[Span], meta: &Meta) -> Vec<Entity> {
    let (mut cands, field) = article_candidates(text, tokens, sentences, meta);
    // (Loops rather than iterator chains: a closure given to `map` is compiled apart, at the
    // crate's opt-level, outside this function's `optimize(size)`.)
    let mut texts: Vec<&str> = Vec::with_capacity(field.len());
    for f in &field {
        texts.push(match f {
            None => text,
            Some(Field::Title) => meta.title.as_deref().unwrap_or(""),
            Some(Field::Caption(i)) => meta.captions[*i].as_str(),
        });
    }
    let mut groups = merge::merge(&texts, &cands);
    listed_spellings(&mut groups);
    let added = merge::title_anaphora(text, tokens, sentences, &mut cands, &field, &mut groups);
    let mut field = field;
    field.resize(field.len() + added, None);
    let salience = salience::score(&groups, &cands, &field, text.len());

    let first = |g: &Group| g.members.iter().filter(|&&i| field[i].is_none()).map(|&i| cands[i].span.start).min().unwrap_or(usize::MAX);
    let mut order: Vec<usize> = (0..groups.len()).collect();
    crate::sentiment::sort_by(&mut order, |&a, &b| {
        salience[b]
            .total_cmp(&salience[a])
            .then(first(&groups[a]).cmp(&first(&groups[b])))
            .then(groups[a].name.cmp(&groups[b].name))
    });
    let mut position = vec![0; groups.len()];
    for (p, &g) in order.iter().enumerate() {
        position[g] = p;
    }
    // The persons titled head of state or government right before their name, with no
    // capitalised word before the title ("President Kirchner", "said Prime Minister Harper";
    // not "Fed President Neel Kashkari", "Mark Andrés, President of McDonald's USA") and no
    // list knowing them ("President Obama" in an article naming only Iraq is not Iraq's).
    let gaz = Gazetteer::get();
    let mut heads = vec![false; groups.len()];
    // The sentences that call an organisation's head by one of `HEAD_ROLES` ("MSU's
    // president", "president of the Red Cross"), with the role's index: one pass, sorted.
    let mut org_roles: Vec<(usize, usize)> = Vec::new();
    // (The body's own candidates come first, in text order.)
    let body = field.iter().take_while(|f| f.is_none()).count();
    for c in cands[..body].iter().filter(|c| c.kind == EntityType::Org) {
        let after = text.get(c.span.end..).unwrap_or("");
        let after = after.strip_prefix("'s ").or_else(|| after.strip_prefix("\u{2019}s ")).or_else(|| after.strip_prefix(" 's ")).unwrap_or("");
        let before = text.get(..c.span.start).unwrap_or("").trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before).strip_suffix(" of").unwrap_or("");
        for (r, head) in HEAD_ROLES.iter().enumerate() {
            let lower = |t: &str| t.get(..head.len()).is_some_and(|w| w.bytes().all(|b| !b.is_ascii_uppercase()) && w.eq_ignore_ascii_case(head));
            let ends = before.len() >= head.len() && before.is_char_boundary(before.len() - head.len()) && lower(&before[before.len() - head.len()..]);
            if lower(after) && !after[head.len()..].starts_with(char::is_alphabetic) || ends {
                org_roles.push((c.sentence, r));
            }
        }
    }
    org_roles.sort_unstable();
    // The same, listed persons too ("President Barack Obama"), for `tied_heads`.
    let mut titled = vec![false; groups.len()];
    for (gi, grp) in groups.iter().enumerate() {
        let Some(role) = grp.role.as_deref().filter(|r| HEAD_ROLES.contains(r)) else { continue };
        if grp.kind != EntityType::Person {
            continue;
        }
        let listed = grp.canon.is_some() || grp.name.split(' ').next_back().is_some_and(|w| gaz.is_listed_surname(w));
        // Nor one the text calls an organisation's ("MSU's president", "president of the
        // Red Cross") in a sentence naming the person: a university's or a company's head.
        let r = HEAD_ROLES.iter().position(|h| h.eq_ignore_ascii_case(role)).unwrap_or(0);
        let of_org = grp.members.iter().any(|&i| field[i].is_none() && org_roles.binary_search(&(cands[i].sentence, r)).is_ok());
        if of_org {
            continue;
        }
        titled[gi] = grp.members.iter().any(|&i| {
            let before = texts.get(i).and_then(|t| t.get(..cands[i].span.start)).unwrap_or("");
            before.strip_suffix(' ').and_then(|b| b.strip_suffix(role)).is_some_and(|b| {
                let prev = b.trim_end().rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                !prev.starts_with(char::is_uppercase) || b.trim_end().ends_with(['.', '"', '\u{201c}', '\u{201d}'])
            })
        });
        heads[gi] = titled[gi] && !listed;
    }
    let mut acts = acts_for(&groups, &heads);
    tied_heads(text, &cands[..body], &groups, &titled, &mut acts);
    // A loop, not an iterator chain: its body stays in this function, at opt-level "z" in the page.
    let mut out = Vec::with_capacity(order.len());
    for &g in &order {
        let grp = &groups[g];
        let mut e = Entity::new(grp.name.clone(), grp.kind);
        for &i in &grp.members {
            match field[i] {
                None => e.mentions.push(cands[i].span),
                Some(f) => e.meta_mentions.push(MetaMention { field: f, span: cands[i].span }),
            }
        }
        crate::sentiment::sort_by(&mut e.mentions, Ord::cmp);
        crate::sentiment::sort_by(&mut e.meta_mentions, Ord::cmp);
        e.aliases = grp.aliases.clone();
        e.role = grp.role.clone();
        e.acts_for = acts[g].map(|t| position[t]);
        // Rounded so native and wasm agree to the bit.
        e.salience = (salience[g] * 10_000.0).round() / 10_000.0;
        out.push(e);
    }
    out
}

/// A head of state or government titled so alone ("President Barack Obama") who acts for no
/// one, in an article naming several countries, acts for the country the article ties that
/// title to ("the US president", "America's president", "president of the United States"),
/// when it ties it to one country only that no other person of that title acts for ("Somali
/// President Hassan Sheikh Mohamud … The Somali president said" ties Somalia to Mohamud, not
/// to Obama). One pass over the body's states and demonyms.
#[cfg_attr(size_attrs, optimize(size))]
fn tied_heads(text: &str, body: &[recognize::Candidate], groups: &[Group], titled: &[bool], acts: &mut [Option<usize>]) {
    if !titled.iter().any(|&t| t) {
        return;
    }
    let mut group_of = vec![usize::MAX; body.len()];
    for (gi, g) in groups.iter().enumerate() {
        for &i in &g.members {
            if let Some(x) = group_of.get_mut(i) {
                *x = gi;
            }
        }
    }
    // (title, country group) for each state or demonym written with a head's title.
    let mut tied: Vec<(usize, usize)> = Vec::new();
    for (i, c) in body.iter().enumerate() {
        if !matches!(c.kind, EntityType::Gpe | EntityType::Norp) || group_of[i] == usize::MAX {
            continue;
        }
        let gi = group_of[i];
        let Some(country) = (if groups[gi].kind == EntityType::Norp { acts[gi] } else { Some(gi) }) else { continue };
        let after = text.get(c.span.end..).unwrap_or("");
        let after = after.strip_prefix("'s ").or_else(|| after.strip_prefix("\u{2019}s ")).or_else(|| after.strip_prefix(' ')).unwrap_or("");
        let before = text.get(..c.span.start).unwrap_or("").trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        // A former holder ("former Iraqi president", "He was Georgia's president") is no
        // tie.
        let past = |b: &str| ["former", "was", "late"].iter().any(|w| b.len() >= w.len() && b.is_char_boundary(b.len() - w.len()) && b[b.len() - w.len()..].eq_ignore_ascii_case(w));
        if past(before) {
            continue;
        }
        let before = before.strip_suffix(" of").map(|b| b.strip_suffix(" the").unwrap_or(b)).unwrap_or("");
        for (r, head) in HEAD_ROLES.iter().enumerate() {
            let at = |t: &str| t.get(..head.len()).is_some_and(|w| w.eq_ignore_ascii_case(head));
            let ends = before.len() >= head.len() && before.is_char_boundary(before.len() - head.len()) && at(&before[before.len() - head.len()..]) && !past(&before[..before.len() - head.len()].trim_end());
            // The title before a name is that person's ("French president Francois Hollande").
            let named = after.get(head.len()..).is_some_and(|t| t.strip_prefix(' ').is_some_and(|t| t.starts_with(char::is_uppercase)));
            if at(after) && !after[head.len()..].starts_with(char::is_alphabetic) && !named || ends {
                tied.push((r, country));
            }
        }
    }
    crate::sentiment::sort_by(&mut tied, Ord::cmp);
    tied.dedup();
    // (title, country) of the persons of that title who act for a country already.
    let role_index = |g: &Group| g.role.as_deref().and_then(|role| HEAD_ROLES.iter().position(|h| h.eq_ignore_ascii_case(role)));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        if let (EntityType::Person, Some(r), Some(c)) = (g.kind, role_index(g), acts[gi]) {
            taken.push((r, c));
        }
    }
    crate::sentiment::sort_by(&mut taken, Ord::cmp);
    for (gi, g) in groups.iter().enumerate() {
        if !titled[gi] || acts[gi].is_some() {
            continue;
        }
        let Some(r) = role_index(g) else { continue };
        // The countries tied to the title that no other person of that title acts for.
        let mut only: Option<usize> = None;
        let mut several = false;
        for &(_, c) in &tied[tied.partition_point(|t| t.0 < r)..tied.partition_point(|t| t.0 <= r)] {
            if taken.binary_search(&(r, c)).is_err() {
                several |= only.is_some_and(|o| o != c);
                only = Some(c);
            }
        }
        if !several && only != Some(gi) {
            acts[gi] = only;
        }
    }
}

/// Trades of private persons, who act for no state whatever their nationality (the last word
/// of a role: "freelance journalist", "head coach"). Lowercase, sorted.
const PRIVATE_ROLES: Words = Words(
    "activist|actor|actress|analyst|artist|author|billionaire|blogger|businessman|businesswoman|chef|coach|columnist|\
     comedian|correspondent|designer|economist|editor|engineer|entrepreneur|filmmaker|founder|golfer|hostage|investor|\
     journalist|model|musician|novelist|nurse|photographer|photojournalist|player|poet|professor|rapper|reporter|\
     researcher|scientist|singer|student|supermodel|teacher|tourist|writer",
);

/// Whether a role is a private person's trade ([`PRIVATE_ROLES`]).
fn private_role(role: &str) -> bool {
    use crate::case::Lowercase as _;
    let l = role.lower();
    PRIVATE_ROLES.has(l.rsplit(' ').next().unwrap_or(&l))
}

/// The titles of a head of state or government that make a person, titled so alone, act for
/// the one country the text names.
const HEAD_ROLES: [&str; 3] = ["President", "Prime Minister", "Premier"];

/// A person the gazetteer knows under another transliteration ("Sergei Lavrov", listed as
/// "Sergey Lavrov") takes the listed spelling as its canonical name; the text's spelling
/// stays an alias.
#[cfg_attr(size_attrs, optimize(size))]
fn listed_spellings(groups: &mut [Group]) {
    let g = Gazetteer::get();
    for grp in groups.iter_mut().filter(|grp| grp.kind == EntityType::Person && grp.canon.is_none()) {
        if let Some(listed) = g.person_spelling(&grp.name) {
            let written = std::mem::replace(&mut grp.name, listed.to_string());
            grp.aliases.retain(|a| a != listed);
            if !grp.aliases.contains(&written) {
                grp.aliases.push(written);
            }
            grp.canon = Some(listed);
        }
    }
}

/// The group each group acts for (group indices).
#[cfg_attr(size_attrs, optimize(size))]
fn acts_for(groups: &[Group], heads: &[bool]) -> Vec<Option<usize>> {
    // The first GPE group whose canonical name or name is `name` (one map, built once).
    let mut gpe: crate::clean::repair::StrMap<u32> = Default::default();
    for (gi, g) in groups.iter().enumerate().filter(|(_, g)| g.kind == EntityType::Gpe) {
        if let Some(c) = g.canon {
            gpe.entry(c).or_insert(gi as u32);
        }
        gpe.entry(g.name.as_str()).or_insert(gi as u32);
    }
    let country = |name: &str| gpe.get(name).map(|&g| g as usize);
    // The one country the text names (a listed country, or a demonym's), if it names one
    // only: an article about Argentina that calls Kirchner "President" means its president.
    let gaz = Gazetteer::get();
    let mut only: Option<&str> = None;
    let mut several = false;
    for g in groups {
        let named = match g.kind {
            EntityType::Gpe => gaz.phrase(&gazetteer::key_of(g.canon.unwrap_or(&g.name))).filter(|h| h.kind == EntityType::Gpe && !h.local && h.country.is_none()).map(|h| h.canon),
            EntityType::Norp => g.country,
            _ => None,
        };
        if let Some(n) = named {
            several |= only.is_some_and(|o| o != n);
            only = Some(n);
        }
    }
    let only = only.filter(|_| !several).and_then(country);
    // A loop, not an iterator chain: its body stays in this function, at opt-level "z" in the page.
    let mut out = Vec::with_capacity(groups.len());
    for (gi, g) in groups.iter().enumerate() {
        let target = match (g.kind, g.role_of) {
            // A private person's trade names no state ("American journalist James Foley",
            // "Russian billionaire"): only officials act for a country.
            // Nor does a newspaper's or a company's ("Reuters correspondent", "a researcher for
            // Acme"): a trade is no office.
            (EntityType::Person, Some(_)) if g.role.as_deref().is_some_and(private_role) => None,
            (EntityType::Person, Some(r)) => match groups[r].country {
                Some(c) if groups[r].kind == EntityType::Norp => country(c).or(Some(r)),
                // A group of no country ("Republican President Donald Trump", "Sunni cleric")
                // is no state the official acts for.
                None if groups[r].kind == EntityType::Norp => None,
                _ => Some(r),
            },
            // A head of state or government named by the title alone ("President Kirchner"),
            // no list knowing the person, acts for the one country the text names.
            (EntityType::Person, None) if heads[gi] => only,
            _ => g.country.and_then(country),
        };
        out.push(target.filter(|&t| t != gi));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Analysis, Options};

    fn run(text: &str) -> Analysis {
        analyze(text, &Options { clean: false, ..Options::default() })
    }

    /// The entities of `body` with `meta`, as recognised (no cleaning).
    fn with_meta(body: &str, meta: &Meta) -> Vec<Entity> {
        let tokens = crate::token::tokenize(body);
        let sentences = crate::sentence::split(body, &tokens);
        recognize(body, &tokens, &sentences, meta)
    }

    fn named<'a>(ents: &'a [Entity], name: &str) -> &'a Entity {
        ents.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no {name:?} in {:?}", ents.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>()))
    }

    fn said<'a>(text: &'a str, e: &Entity) -> Vec<&'a str> {
        e.mentions.iter().map(|m| m.of(text)).collect()
    }

    fn meta_said<'a>(meta: &'a Meta, e: &Entity) -> Vec<(Field, &'a str)> {
        e.meta_mentions.iter().map(|m| (m.field, m.of(meta))).collect()
    }

    #[test]
    fn lists_are_sorted() {
        assert!(CREDIT_CUES.sorted(), "{CREDIT_CUES:?}");
        assert!(CREDIT_GENERIC.sorted(), "{CREDIT_GENERIC:?}");
        assert!(PRIVATE_ROLES.sorted(), "{PRIVATE_ROLES:?}");
    }

    /// Issue 4, part 3: one entity per referent, named by its most complete form.
    #[test]
    fn aliases_merge_per_referent() {
        let text = "Sergei Lavrov met President Barack Obama at the summit on Monday. Obama said the United States \
and Russia would act against ISIS, which the Islamic State calls its caliphate. Sergey Lavrov agreed. The US and \
the UN will send aid, the Associated Press reported. U.N. officials said the United Nations was ready. AP said the \
U.S. embassy was closed. A Russian envoy said the Kano Farmers Union backed the plan; KFU members marched.";
        let a = run(text);
        let cases: &[(&str, &str, &[&str])] = &[
            ("Barack Obama", "PERSON", &["Barack Obama", "Obama"]),
            ("Sergey Lavrov", "PERSON", &["Sergei Lavrov", "Sergey Lavrov"]),
            ("United States", "GPE", &["United States", "US", "U.S."]),
            ("Islamic State", "ORG", &["ISIS", "Islamic State"]),
            ("United Nations", "ORG", &["UN", "U.N.", "United Nations"]),
            ("Associated Press", "ORG", &["Associated Press", "AP"]),
            ("Kano Farmers Union", "ORG", &["Kano Farmers Union", "KFU"]),
            ("Russian", "NORP", &["Russian"]),
        ];
        for &(name, kind, forms) in cases {
            let e = named(&a.entities, name);
            assert_eq!(e.kind.as_str(), kind, "{name}");
            let ms = said(&a.text, e);
            for f in forms {
                assert!(ms.contains(f), "{name} lacks {f:?}: {ms:?}");
            }
        }
        // The demonym is its own NORP entity, acting for the country.
        let russian = named(&a.entities, "Russian");
        assert_eq!(a.entities[russian.acts_for.expect("Russian acts for Russia")].name, "Russia");
    }

    /// Salience: more mentions, earlier, in the lead and as subject rank higher; ranked list.
    #[test]
    fn salience_ranks_entities() {
        let text = "Kenya and Uganda signed a trade deal on Friday. Kenya said the deal would cut tariffs. \
Analysts in Nairobi welcomed it. Kenya will review the deal next year, officials said. \
Observers noted that Tanzania was not part of the talks.";
        let a = run(text);
        let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names[0], "Kenya", "{names:?}");
        assert_eq!(a.entities[0].salience, 1.0);
        let at = |n: &str| names.iter().position(|x| *x == n).unwrap_or_else(|| panic!("no {n} in {names:?}"));
        assert!(at("Uganda") < at("Tanzania"), "lead beats a late single mention: {names:?}");
        assert!(a.entities.windows(2).all(|w| w[0].salience >= w[1].salience));
        assert!(a.entities.iter().all(|e| (0.0..=1.0).contains(&e.salience)));
    }

    /// Title and captions: the same recogniser; their names merge with the body's, and their
    /// mentions index their own field.
    #[test]
    fn title_and_caption_names_merge_with_the_body() {
        let body = "Petrov met Norwegian officials in Oslo on Monday. Petrov said Russia would resume fishing talks. \
The two sides will meet again in March, officials said. Quotas were not discussed. Fishermen in the north welcomed \
the news.";
        let meta = Meta {
            title: Some("Russia, Norway Agree To Resume Talks In Oslo".into()),
            captions: vec!["Russian Foreign Minister Ivan Petrov speaks at the Arctic Council in Tromsø on May 2, 2024. (Photo : Reuters/Landov)".into()],
            ..Meta::default()
        };
        let ents = with_meta(body, &meta);
        let petrov = named(&ents, "Ivan Petrov");
        assert_eq!(petrov.kind, EntityType::Person);
        assert_eq!(said(body, petrov), ["Petrov", "Petrov"]);
        assert_eq!(meta_said(&meta, petrov), [(Field::Caption(0), "Ivan Petrov")]);
        assert_eq!(petrov.role.as_deref(), Some("Foreign Minister"));
        assert_eq!(ents[petrov.acts_for.expect("acts for Russia")].name, "Russia");
        let russia = named(&ents, "Russia");
        assert_eq!(meta_said(&meta, russia), [(Field::Title, "Russia")]);
        let oslo = named(&ents, "Oslo");
        assert_eq!(meta_said(&meta, oslo), [(Field::Title, "Oslo")]);
        // Named only in the caption: entities with no body mention.
        for (name, kind) in [("Arctic Council", "ORG"), ("Tromsø", "GPE"), ("May 2, 2024", "DATE"), ("Reuters", "ORG"), ("Landov", "ORG")] {
            let e = named(&ents, name);
            assert_eq!(e.kind.as_str(), kind, "{name}");
            assert!(e.mentions.is_empty(), "{name}");
            assert_eq!(meta_said(&meta, e), [(Field::Caption(0), name)]);
        }
        // The headline's capitals make no names of their own ("Agree", "Resume Talks").
        assert!(ents.iter().all(|e| !e.name.contains("Talks") && !e.name.contains("Agree")), "{:?}", ents.iter().map(|e| &e.name).collect::<Vec<_>>());
        // Nor does a short sentence-case title: unknown names there must join one found elsewhere.
        let meta2 = Meta { title: Some("Snooze cruise: Study sees Petrov back in Oslo".into()), ..Meta::default() };
        let ents2 = with_meta(body, &meta2);
        assert!(ents2.iter().all(|e| e.name != "Study" && e.name != "Snooze"), "{:?}", ents2.iter().map(|e| &e.name).collect::<Vec<_>>());
        assert_eq!(meta_said(&meta2, named(&ents2, "Petrov")), [(Field::Title, "Petrov")]);
        // The title counts for salience: Russia (title, body) outranks Monday and Tromsø.
        let rank = |n: &str| ents.iter().position(|e| e.name == n).unwrap();
        assert!(rank("Russia") < rank("Monday") && rank("Oslo") < rank("Tromsø"));
    }

    /// A credit names agencies and photographers; "Staff" or "File" name no one.
    #[test]
    fn photo_credits() {
        let body = "Officials met in Geneva on Tuesday to discuss the ceasefire. The talks will resume next week.";
        let cases: &[(&str, &[(&str, &str)], &[&str])] = &[
            ("Delegates arrive in Geneva. (Photo : Reuters/Landov)", &[("Reuters", "ORG"), ("Landov", "ORG")], &[]),
            ("Delegates arrive in Geneva. Photo: AP/Staff", &[("Associated Press", "ORG")], &["Staff"]),
            ("Delegates arrive in Geneva. (Photo: Kevin Lamarque/Reuters)", &[("Kevin Lamarque", "PERSON"), ("Reuters", "ORG")], &[]),
            ("Delegates arrive in Geneva. Image credit: Getty Images/File", &[], &["File"]),
            ("Delegates arrive in Geneva. (AP Photo/K. Lamarque)", &[("Associated Press", "ORG"), ("K. Lamarque", "PERSON")], &["Photo"]),
            ("Delegates arrive in Geneva. [File: Reuters]", &[("Reuters", "ORG")], &["File"]),
        ];
        for &(caption, want, none) in cases {
            let meta = Meta { captions: vec![caption.into()], ..Meta::default() };
            let ents = with_meta(body, &meta);
            for &(name, kind) in want {
                assert_eq!(named(&ents, name).kind.as_str(), kind, "{name} in {caption:?}");
            }
            for bad in none {
                assert!(ents.iter().all(|e| e.name != *bad), "{bad:?} in {caption:?}");
            }
            assert_eq!(meta_said(&meta, named(&ents, "Geneva")), [(Field::Caption(0), "Geneva")]);
        }
    }

    /// Issue 4, part 3: "the secretary" is the one person with that title; left alone when
    /// two share it or when no one named before holds it.
    #[test]
    fn title_anaphora() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "Secretary of State Maria Lindqvist arrived in Nairobi on Monday. The secretary said the talks were useful. \
Reporters asked the secretary of state about aid.",
                "Maria Lindqvist",
                &["Maria Lindqvist", "secretary", "secretary of state"],
            ),
            (
                "Kenyan Foreign Minister Amina Odede met reporters. Later the minister flew home, and the foreign minister's aides followed.",
                "Amina Odede",
                &["Amina Odede", "minister", "foreign minister"],
            ),
            // Two ministers: "the minister" is ambiguous; "the prime minister" is not.
            (
                "Foreign Minister Amina Odede met Prime Minister Jonas Berg in Oslo. The minister praised the deal. The prime minister agreed.",
                "Jonas Berg",
                &["Jonas Berg", "prime minister"],
            ),
            // "the president of the club" is someone else; a president named after it is no antecedent.
            (
                "The president thanked the crowd. President Ana Kovač met the president of the football club later.",
                "Ana Kovač",
                &["Ana Kovač"],
            ),
        ];
        for &(text, name, want) in cases {
            let a = run(text);
            let e = named(&a.entities, name);
            assert_eq!(said(&a.text, e), want, "{text}");
        }
        // A predicate or an apposition to another name is not the titled person.
        let a = run("Chief Executive Maria Lindqvist opened the store. Her deputy is the chief executive of a bank. \
Customers met Anna the chief executive on Friday. Later the chief executive said sales rose.");
        assert_eq!(said(&a.text, named(&a.entities, "Maria Lindqvist")), ["Maria Lindqvist", "chief executive"]);
        // Two foreign ministers: a country before the role says which one.
        let a = run("Russian Foreign Minister Ivan Petrov met Norwegian Foreign Minister Ola Berg in Oslo on Monday. \
The Russian foreign minister said the talks went well. Norway's foreign minister agreed. The foreign minister left.");
        assert_eq!(said(&a.text, named(&a.entities, "Ivan Petrov")), ["Ivan Petrov", "foreign minister"]);
        assert_eq!(said(&a.text, named(&a.entities, "Ola Berg")), ["Ola Berg", "foreign minister"]);
        let russian = named(&a.entities, "Russian");
        assert_eq!(said(&a.text, russian), ["Russian", "Russian"], "the demonym stays a mention of its own");
        let a = run("Foreign Minister Amina Odede met Prime Minister Jonas Berg in Oslo. The minister praised the deal.");
        assert!(a.entities.iter().all(|e| e.mentions.iter().all(|m| m.of(&a.text) != "minister")));
    }

    /// A person named in the title or a caption is an antecedent for the body's anaphora.
    #[test]
    fn anaphora_from_a_caption() {
        let body = "The talks in Geneva ended late on Tuesday. The secretary said progress had been made.";
        let meta = Meta { captions: vec!["U.S. Secretary of State Maria Lindqvist arrives in Geneva.".into()], ..Meta::default() };
        let ents = with_meta(body, &meta);
        let e = named(&ents, "Maria Lindqvist");
        assert_eq!(said(body, e), ["secretary"]);
        assert_eq!(meta_said(&meta, e), [(Field::Caption(0), "Maria Lindqvist")]);
    }

    #[test]
    fn role_forms_are_endings_of_the_role() {
        assert_eq!(merge::role_forms("Secretary of State"), ["secretary of state", "secretary"]);
        assert_eq!(merge::role_forms("Foreign Minister"), ["foreign minister", "minister"]);
        assert_eq!(merge::role_forms("President"), ["president"]);
        assert!(merge::role_forms("").is_empty());
    }
}
