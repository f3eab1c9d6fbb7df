//! The block classifier shared by plain text and HTML, and the plain-text splitter.
//!
//! Passes, in order:
//! 1. `pattern`: boilerplate a person recognises from the words alone (share prompts,
//!    copyright, newsletters, captions, bylines, timestamps, …), each with its reason;
//! 2. `quality`: body-like shape (length, stop-word density, terminal punctuation, links);
//! 3. `region`: the best contiguous run of blocks (maximum-sum segment over per-block scores,
//!    one linear pass): body text scores its word count, boilerplate and link lists score
//!    against it, short lines cost a little so a subheading inside the article survives
//!    while a menu of fifty one-word lines does not; a line of ten words or more counts as
//!    body only when it ends like a sentence (or runs past twenty words), so teaser
//!    headlines around the article do not widen the run;
//! 4. comments: after a comments marker body text counts a quarter; a strong marker ("3
//!    responses to “…”", three "name says:" headers) ends the article where the thread starts;
//! 5. verdicts: inside the region, keep everything except pattern/structural boilerplate;
//!    outside, drop with the most specific reason; an author note closing the run is dropped;
//!    metadata from the lines around it.

use crate::words::Words;
use crate::case::Lowercase as _;
use crate::Meta;

use super::{meta, repair, Block};

/// Whether `$hay` contains any of the listed phrases: one pass, with the search tables built
/// at compile time (`meta::Patterns`).
macro_rules! any_of {
    ($hay:expr, [$($p:expr),* $(,)?]) => {{
        static P: meta::Patterns = meta::Patterns::new(&[$($p),*]);
        P.find_each($hay, &mut |_, _| true)
    }};
}

/// Stop words of the languages most often pasted (English first; a few of German, French,
/// Spanish, Italian, Portuguese, Dutch, Indonesian). Sorted; used for density only.
const STOP_WORDS: Words = Words(
    "a|about|after|al|all|als|also|an|and|are|as|at|auf|be|been|but|by|can|com|como|con|could|dan|\
     das|de|dei|del|della|dem|den|der|des|di|die|do|du|e|een|ein|eine|el|em|en|est|et|for|from|had|\
     has|have|he|her|het|his|i|if|il|in|into|is|ist|it|its|itu|la|las|le|les|lo|los|mit|more|nicht|\
     no|not|o|of|on|one|or|os|our|out|para|per|por|que|said|se|she|sich|so|than|that|the|their|them|\
     there|they|this|to|un|una|und|une|up|van|was|we|were|what|when|which|who|will|with|would|yang|\
     you|zu",
);

/// Whether `w` is one of `STOP_WORDS` (as integers: `repair::word_key`, no `memcmp`).
fn is_stop(w: &str) -> bool {
    static KEYS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let Some(key) = repair::word_key(w.as_bytes()) else { return false };
    KEYS.get_or_init(|| repair::sorted_keys(STOP_WORDS)).binary_search(&key).is_ok()
}

/// Shape of one block.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Shape {
    pub words: usize,
    pub stop_ratio: f32,
    pub terminal: bool,
    pub link_ratio: f32,
}

pub(crate) fn shape(b: &Block) -> Shape {
    Judged::measure(&b.text).shape(b)
}

/// What a block's words alone say, whatever its context (links, zone, neighbours): its
/// shape and the verdicts read from its text. Kept between the passes of cleaning
/// (`clean::settle`) for the blocks whose text did not change, so a block is read once.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Judged {
    words: usize,
    stop_ratio: f32,
    terminal: bool,
    /// `pattern` of the text, once it was needed (a caption's is not).
    pattern: Option<Option<&'static str>>,
    /// `is_comment_header`.
    header: bool,
    /// `comments_marker` and `feed_header`, once they were needed.
    marker: Option<u8>,
}

impl Judged {
    pub(crate) fn of(text: &str) -> Judged {
        let mut j = Judged::measure(text);
        j.header = is_comment_header(text, &j.shape_without_links());
        j
    }

    /// The shape of the text alone; nothing read yet. (Once per block: opt-level "z".)
    #[cfg_attr(size_attrs, optimize(size))]
    fn measure(text: &str) -> Judged {
        let mut words = 0;
        let mut stops = 0;
        let mut lower = String::new();
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
            if w.is_empty() {
                continue;
            }
            words += 1;
            if w.len() <= 6 {
                let stop = if w.is_ascii() {
                    let mut buf = [0u8; 6];
                    buf[..w.len()].copy_from_slice(w.as_bytes());
                    buf.make_ascii_lowercase();
                    // ASCII bytes stay valid UTF-8 after lower-casing.
                    is_stop(std::str::from_utf8(&buf[..w.len()]).unwrap_or(""))
                } else {
                    lower.clear();
                    lower.extend(w.chars().flat_map(|c| c.lower()));
                    is_stop(&lower)
                };
                stops += usize::from(stop);
            }
        }
        let last = text.trim_end().chars().rev().find(|c| !matches!(c, '"' | '”' | '’' | '\'' | ')' | '»'));
        let terminal = matches!(last, Some('.' | '!' | '?' | '。' | '…' | ':' | ';'));
        let stop_ratio = if words == 0 { 0.0 } else { stops as f32 / words as f32 };
        Judged { words, stop_ratio, terminal, pattern: None, header: false, marker: None }
    }

    fn shape_without_links(&self) -> Shape {
        Shape { words: self.words, stop_ratio: self.stop_ratio, terminal: self.terminal, link_ratio: 0.0 }
    }

    /// The shape of `b`, whose text this judged.
    fn shape(&self, b: &Block) -> Shape {
        let link_ratio = if b.link_chars == 0 { 0.0 } else { b.link_chars as f32 / b.text.chars().count().max(1) as f32 };
        Shape { link_ratio, ..self.shape_without_links() }
    }
}

/// Body-like: a real sentence or paragraph of prose.
pub(crate) fn is_good_block(s: &Shape, b: &Block) -> bool {
    if s.link_ratio > 0.5 {
        return false;
    }
    let chars = b.text.len();
    (s.words >= 10 && s.stop_ratio >= 0.22 && (s.terminal || s.words >= 20))
        || (s.words >= 8 && s.terminal && s.stop_ratio >= 0.12)
        || (s.words >= 20 && s.terminal)
        || (chars >= 80 && s.terminal && s.words >= 6 && !b.text.is_ascii())
}

/// Whether `s` starts with any of `prefixes` (the first byte compared before the rest: these
/// lists run on every short line).
fn starts_any(s: &str, prefixes: &[&str]) -> bool {
    let Some(&first) = s.as_bytes().first() else { return prefixes.iter().any(|p| p.is_empty()) };
    prefixes.iter().any(|p| p.as_bytes().first().is_none_or(|&b| b == first) && s.starts_with(p))
}

/// Where words end for [`lower_words`] and the share-prompt test (one function, so one copy of
/// `split`'s code).
fn word_break(c: char) -> bool {
    !c.is_alphanumeric() && c != '\''
}

/// The first `n` words of `s`, lowercase. (Loops rather than iterator chains in this module's
/// once-per-block code: a closure given to `map` or `filter` is compiled apart, at the crate's
/// opt-level, outside its function's `optimize(size)`.)
fn lower_words(s: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for w in s.split(word_break) {
        if out.len() == n {
            break;
        }
        if !w.is_empty() {
            out.push(w.lower());
        }
    }
    out
}

const SOCIAL: Words = Words(
    "email|facebook|flipboard|google|instagram|linkedin|messenger|pinterest|print|reddit|share|sms|\
     snapchat|telegram|tumblr|tweet|twitter|whatsapp|youtube",
);

/// Words that open a teaser's summary sentence. Sorted.
const TEASER_OPENERS: Words = Words(
    "A|After|An|As|Authorities|For|He|His|If|In|It|Officials|On|Police|She|The|There|They|This|Two|\
     We|When|You",
);

/// A teaser: a headline glued to its summary with no space between them, as a Select-All of
/// a list of links gives ("…Student-AthleteA 24-year-old woman…", "…250,000The state…",
/// "…On The Rise?Violence is…"). Looks only at the first 160 bytes.
#[cfg_attr(size_attrs, optimize(size))]
pub(crate) fn glued_teaser(t: &str) -> bool {
    let head = &t.as_bytes()[..t.len().min(160)];
    let mut lower_run = 0usize;
    for k in 1..head.len() {
        let (p, c) = (head[k - 1], head[k]);
        lower_run = if p.is_ascii_lowercase() { lower_run + 1 } else { 0 };
        if !c.is_ascii_uppercase() {
            continue;
        }
        let word_end = head[k..].iter().position(|b| !b.is_ascii_alphabetic()).map_or(head.len(), |e| e + k);
        let word = std::str::from_utf8(&head[k..word_end]).unwrap_or("");
        let spaced = head.get(word_end) == Some(&b' ');
        let glued_left = lower_run >= 2 || p.is_ascii_digit();
        if glued_left && spaced && TEASER_OPENERS.has(word) {
            return true;
        }
        // "…Health Benefits Won’t StandWarren Mayor…": a Title Case headline runs into a word.
        if lower_run >= 3 && word.len() >= 3 && k >= 15 && title_case_before(&head[..k - lower_run]) {
            return true;
        }
        if matches!(p, b'?' | b'!' | b')') && word.len() >= 2 && word[1..].bytes().all(|b| b.is_ascii_lowercase()) && k >= 12 {
            return true;
        }
    }
    false
}

/// Whether the three words before the end of `head` (the glued token's start) all begin
/// with a capital or a digit, as in a headline.
fn title_case_before(head: &[u8]) -> bool {
    let text = std::str::from_utf8(head).unwrap_or("");
    // The glued token starts after the last space; the words before it are what we check.
    let Some(sp) = text.rfind(' ') else { return false };
    let words: Vec<&str> = text[..sp].split_whitespace().rev().take(3).collect();
    words.len() == 3
        && words.iter().all(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// The boilerplate reason the words alone give, if any.
pub(crate) fn pattern(text: &str, s: &Shape) -> Option<&'static str> {
    let t = text.trim();
    let lower = t.lower();
    let short = s.words <= 14;
    if meta::is_caption(t) {
        return Some("caption");
    }
    // A copyright notice names "©", "copyright", "(c)" or "all rights reserved" (cheap test first).
    if s.words <= 40
        && (lower.contains(['©', 'ⓒ']) || any_of!(&lower, ["copyright", "(c) ", "all rights reserved"]))
        && meta::copyright(t).is_some()
    {
        return Some("copyright");
    }
    if meta::byline(t).is_some() {
        return Some("byline");
    }
    if s.words <= 14 && !s.terminal || s.words <= 8 {
        let starts = |p: &[&str]| starts_any(&lower, p);
        // A date after "Updated" and the like, or a date on a short line (parsed at most once).
        if (s.words <= 9 || starts(&["updated", "published", "posted", "last updated", "first published", "modified"]))
            && meta::parse_date(t).is_some()
        {
            return Some("timestamp");
        }
    }
    if let Some(r) = page_furniture(t, &lower, s) {
        return Some(r);
    }
    if glued_teaser(t) {
        return Some("teaser");
    }
    // An excerpt cut short to link to the full story: "… and the talks went on …", "[…]".
    if s.words <= 150 && (t.ends_with(" …") || t.ends_with("[…]") || t.ends_with("[...]") || t.ends_with(" ...")) {
        return Some("teaser");
    }
    // A share menu that repeats the headline ("Share All sharing options for: …"), at any length.
    if lower.starts_with("share all sharing options") {
        return Some("share prompt");
    }
    if short {
        // Every word a share button (`lower_words`, without a String per word).
        let social = |w: &str| SOCIAL.has(w) || w == "on" || w == "us";
        let (mut any, mut all) = (false, true);
        for w in lower.split(word_break) {
            if w.is_empty() {
                continue;
            }
            any = true;
            if !(if w.is_ascii() { social(w) } else { social(&w.lower()) }) {
                all = false;
                break;
            }
        }
        if any && all {
            return Some("share prompt");
        }
        if any_of!(&lower, ["like us on", "follow us", "share this", "share on ", "share via", "share article", "share story",
            "share the story", "tweet this", "pin it", "email this", "join us on", "find us on", "connect with us",
            "share it with", "never miss an update"])
        {
            return Some("share prompt");
        }
        if matches!(lower.as_str(), "advertisement" | "advertisment" | "advert" | "ad" | "ads" | "sponsored" | "sponsored content"
            | "paid content" | "promoted" | "promoted content" | "partner content")
            || any_of!(&lower, ["continues below advertisement", "continue reading below", "story continues below",
                "article continues below", "advertisement -", "- advertisement"])
        {
            return Some("advertisement");
        }
        let starts = |p: &[&str]| starts_any(&lower, p);
        if starts(&["tags:", "tags ", "topics:", "filed under", "categories:", "category:", "tagged", "more on:",
            "related topics"])
        {
            return Some("tag list");
        }
        if starts(&["related", "read more", "see also", "more from", "recommended", "you may also like",
            "you might also like", "trending", "most popular", "most read", "also read", "read next", "more stories",
            "top stories", "editor's picks", "editors' picks", "read also", "read the full", "more news",
            "latest news", "popular stories", "what to read next", "up next", "watch:", "watch next"])
        {
            return Some("related links");
        }
        if any_of!(&lower, ["real time analytics", "enable javascript", "javascript is disabled", "skip to content",
            "skip to main content", "back to top", "loading...", "click here to", "click for ", "leave a comment",
            "leave a reply", "post a comment", "view comments", "show comments", "comments (", "print this",
            "report an error", "report a typo", "font size", "text size", "listen to this article"])
            || matches!(lower.as_str(), "comments" | "comment" | "menu" | "search" | "close" | "home" | "print"
                | "loading" | "more" | "next" | "previous" | "top" | "login" | "log in" | "sign in")
        {
            return Some("widget");
        }
    }
    if s.words <= 40 {
        if any_of!(&lower, ["newsletter", "sign up for", "want more stories like this", "we send an email with", "stay up to date with",
            "successfully subscribed", "succesfully subscribed", "activation link", "breaking news emails",
            "get breaking news alerts", "delivered weekday mornings", "meet your inbox", "sign up to", "subscribe to", "subscribe now", "subscribe for",
            "subscribe today", "to your inbox", "in your inbox", "our free weekly", "get our", "daily digest"])
            || s.words <= 4 && (lower.starts_with("subscribe") || lower.ends_with("no thanks"))
        {
            return Some("newsletter prompt");
        }
        if any_of!(&lower, ["privacy policy", "terms of use", "terms of service", "terms and conditions"]) && !s.terminal {
            return Some("navigation");
        }
    }
    // Site-wide legal small print: disclaimers and trademark notices in the page footer.
    if s.words <= 120
        && any_of!(&lower, ["registered trademark", "are trademarks of", "not been evaluated by the food and drug",
            "information provided on this website", "information on this site is", "for informational purposes only",
            "does not constitute medical advice", "not intended to diagnose", "consult your physician before"])
    {
        return Some("legal notice");
    }
    // Consent banners can be long; they name cookies and what the visitor accepts.
    if s.words <= 150 && any_of!(&lower, ["cookie"]) {
        if any_of!(&lower, ["we use", "uses cookies", "use of cookies", "accept", "consent", "cookie policy", "cookie settings", "browsing", "opt-out", "opt out"]) {
            return Some("cookie notice");
        }
    }
    None
}

/// Words that, after a number, make a line a social or comment counter ("12 shares").
const COUNTED: Words = Words("comment|comments|likes|reactions|replies|responses|shares|views");

/// Generic gallery, pager and sharing controls, matched as whole lines.
const CONTROLS: Words = Words(
    "back to gallery|close gallery|comments|enlarge|expand|gallery|next article|next post|next slide|\
     no thanks|previous article|previous post|previous slide|shares|show more|sign up|view gallery",
);

/// Generic UI phrases that make a short line a control wherever they appear in it.
const CONTROL_PHRASES: &[&str] = &[
    "back to gallery", "click to enlarge", "click to print", "opens in new window", "see full gallery",
    "slideshow requires javascript", "view full gallery", "view slideshow",
];

/// Page furniture recognised from the line's own shape: counters ("1 / 23", "Photo 3 of 12"),
/// symbol rules ("• • •"), social counts ("0 Comments", "12 shares"), gallery and pager controls,
/// pipe- or bullet-separated menus, affiliate disclosures.
#[cfg_attr(size_attrs, optimize(size))]
fn page_furniture(t: &str, lower: &str, s: &Shape) -> Option<&'static str> {
    // A lone number may be a table cell and wire stories separate items with "___", so only
    // runs of symbols ("• • •", "|", "***") and "3 / 12" count.
    if s.words == 0 && !t.contains('_') {
        return Some("counter or separator");
    }
    // The counter tests below need at most four words: five tell "more" apart.
    let words: Vec<&str> = lower.split_whitespace().take(5).collect();
    let is_num = |w: &str| !w.is_empty() && w.trim_end_matches(['k', 'm', '+']).chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    // "3 / 12", "3 of 12", "Photo 3 of 12", "Slide 3 of 12"
    if let [.., a, "of" | "/", b] = words.as_slice() {
        if words.len() <= 4 && is_num(a) && is_num(b) {
            return Some("counter or separator");
        }
    }
    if let [n, what] = words.as_slice() {
        if is_num(n) && COUNTED.has(what) {
            return Some("social counts");
        }
    }
    static CONTROL_P: meta::Patterns = meta::Patterns::new(CONTROL_PHRASES);
    if s.words <= 8 && (CONTROLS.has(lower) || CONTROL_P.find_each(lower, &mut |_, _| true)) {
        return Some("widget");
    }
    // "Home | News | Sport", "Posted in Politics | Permalink | 10 Comments", "A • B • C": short segments.
    let mut segs: Vec<&str> = Vec::new();
    if t.contains(['|', '•', '·']) {
        for x in t.split(['|', '•', '·']) {
            let x = x.trim();
            if !x.is_empty() {
                segs.push(x);
            }
        }
    }
    if segs.len() >= 3 && !s.terminal && segs.iter().all(|x| x.split_whitespace().count() <= 4) {
        return Some("navigation");
    }
    if s.words <= 60 && any_of!(lower, ["commission"]) && any_of!(lower, ["earn", "receive"]) && any_of!(lower, ["link", "purchase", "buy"]) {
        return Some("affiliate disclosure");
    }
    if s.words <= 40 && any_of!(lower, ["unsubscribe", "no spam"]) {
        return Some("newsletter prompt");
    }
    None
}

/// Title-case or all-caps without a final period: a heading, a tag or a menu entry.
#[cfg_attr(size_attrs, optimize(size))]
fn heading_like(text: &str, s: &Shape) -> bool {
    if s.words == 0 || s.words > 30 || text.trim_end().ends_with('.') {
        return false;
    }
    let caps = text.split_whitespace().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase())).count();
    caps * 2 >= s.words
}

/// One verdict per block (`None` keeps it; `Some(reason)` drops it), given what is already
/// known of some blocks' text: `prior[i]`, when there, is `Judged` of a text equal to
/// `blocks[i].text`. Returns the verdicts and each block's `Judged`.
#[cfg_attr(size_attrs, optimize(size))]
pub(crate) fn classify_with(
    blocks: &[Block],
    meta_out: &mut Meta,
    known_title: Option<&str>,
    prior: &[Option<Judged>],
) -> (Vec<Option<&'static str>>, Vec<Judged>) {
    let n = blocks.len();
    // Loops, not iterator chains, here and below: their bodies stay in this function, at
    // opt-level "z" in the page (a chain's closure becomes generic `fold` code at the crate's level).
    let mut judged: Vec<Judged> = Vec::with_capacity(n);
    for (i, b) in blocks.iter().enumerate() {
        judged.push(prior.get(i).copied().flatten().unwrap_or_else(|| Judged::of(&b.text)));
    }
    let mut shapes: Vec<Shape> = Vec::with_capacity(n);
    for (b, j) in blocks.iter().zip(&judged) {
        shapes.push(j.shape(b));
    }
    let mut patterns: Vec<Option<&'static str>> = Vec::with_capacity(n);
    for ((b, j), s) in blocks.iter().zip(&mut judged).zip(&shapes) {
        // Boilerplate is short: a block of more than 150 words is never judged by its words alone.
        patterns.push(if b.caption {
            Some("caption")
        } else if s.words > 150 {
            None
        } else {
            *j.pattern.get_or_insert_with(|| pattern(&b.text, s))
        });
    }
    let mut good: Vec<bool> = Vec::with_capacity(n);
    for (b, s) in blocks.iter().zip(&shapes) {
        good.push(is_good_block(s, b));
    }
    for i in teaser_river(blocks, &shapes, &good) {
        patterns[i] = Some("teaser");
    }
    // Repeated short lines are menus or widgets.
    // Only looked up, never iterated: a hash map's order cannot reach the output.
    let mut counts = repair::StrMap::<u32>::with_capacity_and_hasher(n, Default::default());
    for b in blocks {
        *counts.entry(b.text.as_str()).or_default() += 1;
    }
    let any_main = blocks.iter().any(|b| b.in_main == Some(true));

    let score_of = |i: usize| -> f32 {
        let (b, s) = (&blocks[i], &shapes[i]);
        let w = s.words as f32;
        if any_main && b.in_main != Some(true) {
            return -(w + 10.0);
        }
        if b.zone.is_some() {
            return -(w.max(3.0));
        }
        if patterns[i].is_some() {
            return -4.0;
        }
        if s.link_ratio > 0.5 {
            return -(w.max(3.0));
        }
        // The same paragraph twice on a page: a ticker, a teaser list shown top and bottom.
        if !any_main && good[i] && counts[b.text.as_str()] > 1 && s.words >= 8 {
            return -w;
        }
        if good[i] {
            return w.min(300.0);
        }
        // Inside the page's declared article body, short lines (list items, subheadings,
        // table cells) belong to the article unless something above said otherwise.
        if any_main {
            return 0.5;
        }
        if counts[b.text.as_str()] > 1 {
            return -(w.max(2.0));
        }
        if b.heading > 0 && s.words <= 20 {
            return -1.0;
        }
        if s.words <= 3 {
            return -1.5;
        }
        if s.terminal {
            return -0.25 * w;
        }
        -0.5 * w
    };
    let mut scores: Vec<f32> = Vec::with_capacity(n);
    for i in 0..n {
        scores.push(score_of(i));
    }

    // A list inside the article: a run of short, unique lines (list items, steps, table rows)
    // with body prose right before and right after it is part of the article, however long the
    // run. Judged on the words alone, so the HTML path and the text path agree, and cleaning
    // the cleaned text again keeps the list.
    let mut scores = scores;
    let mut negative: Vec<bool> = Vec::with_capacity(scores.len());
    for &s in &scores {
        negative.push(s < 0.0);
    }
    let list_item = |i: usize| {
        let (b, s) = (&blocks[i], &shapes[i]);
        !good[i]
            && negative[i]
            && patterns[i].is_none()
            && b.zone.is_none()
            && (!any_main || b.in_main == Some(true))
            && s.link_ratio <= 0.5
            && s.words > 0
            && (counts[b.text.as_str()] == 1 || s.words >= 2)
    };
    let mut i = 0;
    while i < n {
        if !list_item(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && list_item(j) {
            j += 1;
        }
        if i > 0 && j < n && good[i - 1] && good[j] && scores[i - 1] > 0.0 && scores[j] > 0.0 {
            for s in &mut scores[i..j] {
                *s = -0.05;
            }
        }
        i = j;
    }

    // Reader comments look like prose: after a comments marker, body text counts a quarter,
    // and the article is looked for before the marker first. Three or more "name says:"
    // headers mark a comment thread even without a heading.
    let mut seen_good = false;
    let mut comments_at = None;
    let headers = judged.iter().filter(|j| j.header).count();
    let mut quarter = false;
    let mut thread_of_headers = false;
    for i in 0..n {
        seen_good |= good[i];
        if !any_main && seen_good && comments_at.is_none() {
            let strength = if headers >= 3 && judged[i].header {
                thread_of_headers = true;
                2
            } else {
                *judged[i].marker.get_or_insert_with(|| {
                    comments_marker(&blocks[i].text, shapes[i].words).max(u8::from(feed_header(&blocks[i].text, &shapes[i])))
                })
            };
            // A bare "12 Comments" is often a link beside the byline: it only weakens what follows.
            if strength > 0 && !quarter {
                quarter = true;
                scores[i] = -20.0;
            }
            if strength == 2 {
                comments_at = Some(i);
                scores[i] = -20.0;
            }
        }
        if quarter && scores[i] > 0.0 {
            scores[i] *= 0.25;
        }
    }
    let (start, end) = match (comments_at, best_segment(&scores)) {
        // The thread starts inside the best run: the article ends where it starts, unless the
        // "thread" is mostly what follows (a "Leave a comment" link under the first paragraph).
        // Three "name says:" headers are a thread however long it is.
        (Some(m), Some((s, e))) if s < m && m < e && (thread_of_headers || 2.0 * sum(&scores[s..m]) >= sum(&scores[m..e])) => {
            (s, m)
        }
        // Long comments can outweigh a short article even at a quarter: prefer a real run before them.
        (Some(m), Some((s, e))) if m <= s => match best_segment(&scores[..m]) {
            Some((ps, pe)) if 4.0 * sum(&scores[ps..pe]) >= sum(&scores[s..e]) => (ps, pe),
            _ => (s, e),
        },
        (_, best) => best.unwrap_or((0, 0)),
    };
    // A short sentence right at the edge of the article ("Nowadays, plague is easily treated.")
    // belongs to it: extend the region over sentence-like blocks (a terminal stop, function
    // words, no boilerplate pattern) that touch it.
    let sentence_like = |i: usize| {
        let (b, s) = (&blocks[i], &shapes[i]);
        patterns[i].is_none()
            && b.zone.is_none()
            && (!any_main || b.in_main == Some(true))
            && s.terminal
            && s.words >= 4
            && s.stop_ratio >= 0.2
            && s.link_ratio <= 0.5
            && counts[b.text.as_str()] == 1
            && comments_at.is_none_or(|m| i < m)
    };
    let (mut start, mut end) = (start, end);
    if start < end {
        while start > 0 && sentence_like(start - 1) {
            start -= 1;
        }
        while end < n && sentence_like(end) {
            end += 1;
        }
        // A list that ends the text (steps, items, table rows after the prose that introduced
        // them, perhaps with prose between them) with no boilerplate after it: the article ends
        // with the list.
        let (mut j, mut items) = (end, 0);
        while j < n && (list_item(j) || (good[j] && patterns[j].is_none() && blocks[j].zone.is_none())) {
            items += usize::from(!good[j]);
            j += 1;
        }
        if j == n && end > start && good[end - 1] && items >= 3 {
            end = n;
        }
    }
    let region = start..end;
    let fallback = region.is_empty();
    // The page's structure marked everything as boilerplate (a page that is all footer): judge
    // the blocks by their words alone, as pasted text is judged, so cleaning its own output
    // again changes nothing.
    if fallback && blocks.iter().any(|b| b.zone.is_some() || b.in_main.is_some()) {
        let mut plain: Vec<Block> = Vec::with_capacity(blocks.len());
        for b in blocks {
            plain.push(Block { zone: None, in_main: None, ..b.clone() });
        }
        let mut known: Vec<Option<Judged>> = Vec::with_capacity(judged.len());
        for j in judged {
            known.push(Some(j));
        }
        return classify_with(&plain, meta_out, known_title, &known);
    }

    let mut verdicts: Vec<Option<&'static str>> = vec![None; n];
    for i in 0..n {
        let (b, s) = (&blocks[i], &shapes[i]);
        let inside = fallback || region.contains(&i);
        verdicts[i] = if let Some(z) = b.zone.filter(|_| !fallback) {
            Some(patterns[i].unwrap_or(z))
        } else if let Some(p) = patterns[i] {
            Some(p)
        } else if inside {
            if s.link_ratio > 0.5 && s.words > 0 && !fallback {
                Some("navigation")
            } else {
                None
            }
        } else if comments_at.is_some_and(|m| i >= m) {
            Some("reader comments")
        } else if any_main && b.in_main != Some(true) && s.words > 6 {
            Some("outside article")
        } else if s.words <= 6 || s.link_ratio > 0.5 || counts[b.text.as_str()] > 1 {
            Some("navigation")
        } else {
            Some("outside article")
        };
    }

    author_bio_at_end(blocks, &shapes, &mut verdicts, start..end);

    // Title: the HTML's own, or the most prominent heading-like line before the body.
    let window_start = start.saturating_sub(25);
    let mut title_idx = None;
    if let Some(t) = known_title {
        let tn = norm(t);
        for i in 0..n {
            if !tn.is_empty() && norm(&blocks[i].text) == tn && i <= end.max(start) + 1 {
                title_idx = Some(i);
                break;
            }
        }
        meta_out.title = Some(t.to_string());
    }
    // A list under "Most Popular", "Related" and the like above the body holds other stories'
    // headlines: none is this one's title. (Under "All News", a menu of short lines: the list
    // ends at the first line under four words.)
    let mut in_feed = vec![false; start.saturating_sub(window_start)];
    let mut feed_left = 0;
    for i in window_start..start {
        if feed_header(&blocks[i].text, &shapes[i]) {
            feed_left = 8;
        } else if feed_left > 0 && (4..=20).contains(&shapes[i].words) && !shapes[i].terminal {
            in_feed[i - window_start] = true;
            feed_left -= 1;
        } else {
            feed_left = 0;
        }
    }
    // A share menu that names the headline ("Share All sharing options for: …", Vox Media's).
    if meta_out.title.is_none() && !fallback {
        for i in window_start..start {
            if let Some(t) = blocks[i].text.trim().strip_prefix("Share All sharing options for:") {
                if headline_like(t.trim()) {
                    title_idx = Some(i);
                    meta_out.title = Some(t.trim().to_string());
                    break;
                }
            }
        }
    }
    if meta_out.title.is_none() && !fallback {
        // The headline just above the body, in any case ("US service members killed in
        // Afghanistan helicopter crash"): walking back over bylines, dates, captions and short
        // lines, the first line that is [`headline_like`], within three other lines; or the
        // heading above it when that is one in title case (the line found is its deck).
        // (A function, not a closure: a closure is compiled apart, at "s", with `headline_like`
        // inlined into it.)
        let candidate = |i: usize| headline_candidate(&blocks[i], patterns[i]);
        let (mut i, mut steps) = (start, 0);
        while i > window_start && steps < 3 && title_idx.is_none() {
            i -= 1;
            if patterns[i].is_some() || blocks[i].zone.is_some() || in_feed[i - window_start] || blocks[i].text.split_whitespace().count() < 4 {
                continue;
            }
            if candidate(i) {
                let title_case = |k: usize| heading_like(&blocks[k].text, &shapes[k]);
                let deck = i > 0 && !title_case(i) && candidate(i - 1) && title_case(i - 1);
                title_idx = Some(i - usize::from(deck));
            }
            steps += 1;
        }
        if let Some(i) = title_idx {
            meta_out.title = Some(blocks[i].text.trim().to_string());
        }
    }
    if meta_out.title.is_none() && !fallback {
        // Nearest long heading-like line wins; a little length makes up for a little distance.
        let mut best: Option<(usize, f32)> = None;
        for i in window_start..start {
            let s = &shapes[i];
            let ws = blocks[i].text.split_whitespace().count();
            if patterns[i].is_some()
                || blocks[i].zone.is_some()
                || in_feed[i - window_start]
                || ws < 3
                || !heading_like(&blocks[i].text, s)
                || meta::parse_date(&blocks[i].text).is_some()
            {
                continue;
            }
            let rank = ws.min(20) as f32 - 0.5 * (start - i) as f32 + if blocks[i].heading == 1 { 20.0 } else { 0.0 };
            if best.is_none_or(|(_, r)| rank > r) {
                best = Some((i, rank));
            }
        }
        if let Some((i, _)) = best {
            title_idx = Some(i);
            meta_out.title = Some(blocks[i].text.trim().to_string());
        } else if fallback && n > 1 && heading_like(&blocks[0].text, &shapes[0]) && shapes[0].words >= 3 {
            title_idx = Some(0);
            meta_out.title = Some(blocks[0].text.trim().to_string());
        }
    }
    if let Some(i) = title_idx {
        verdicts[i] = Some("title");
        // Short heading-like lines between the title and the body: tags and section names.
        for j in i + 1..start {
            if verdicts[j] == Some("navigation") && shapes[j].words <= 6 && heading_like(&blocks[j].text, &shapes[j]) {
                verdicts[j] = Some("tag list");
            }
        }
    }

    // Byline, date and captions from the lines before and inside the body.
    let near = window_start..end.min(n).max(start);
    for i in near.clone().chain(0..n) {
        let t = blocks[i].text.trim();
        if meta_out.byline.is_none() && matches!(patterns[i], Some("byline")) {
            if let Some(Some(name)) = meta::byline(t) {
                meta_out.byline = Some(name);
            }
        }
        if meta_out.published.is_none() && matches!(patterns[i], Some("byline" | "timestamp")) {
            meta_out.published = meta::parse_date(t);
        }
    }
    for i in near {
        if verdicts[i] == Some("caption") {
            meta_out.captions.push(blocks[i].text.trim().to_string());
        }
    }
    if meta_out.source.is_none() {
        meta_out.source = (0..n).filter(|&i| patterns[i] == Some("copyright")).find_map(|i| meta::copyright(&blocks[i].text).flatten());
    }
    (verdicts, judged)
}

/// A headline in any case: 4 to 20 words, no sentence or lead-in (a final stop, bracket or
/// colon, or a function word: "You are signed in as"), no caption (a sentence and then more: "…
/// in New York.Reuters", "… on the river. AP"; not an abbreviation: "St. Croix River", "Rep.
/// Jane Doe"), no list of links, breadcrumb, handle, address, byline or date.
/// A block that may be the headline above the body: [`headline_like`], and neither a pattern
/// nor a zone took it.
#[cfg_attr(size_attrs, optimize(size))]
#[cfg_attr(size_attrs, inline(never))]
fn headline_candidate(b: &Block, pattern: Option<&str>) -> bool {
    pattern.is_none() && b.zone.is_none() && headline_like(b.text.trim())
}

#[cfg_attr(size_attrs, optimize(size))]
fn headline_like(t: &str) -> bool {
    let ws = t.split_whitespace().count();
    let b = t.as_bytes();
    if !(4..=20).contains(&ws) || matches!(b.last(), Some(b'.' | b')' | b':')) || !t.starts_with(char::is_uppercase) {
        return false;
    }
    for p in ["|", "://", "www.", "@", " > ", " » ", " / ", "By ", "Posted", "Published", "Updated"] {
        if t.contains(p) {
            return false;
        }
    }
    let caption = ws >= 12 && b.windows(5).any(|w| w[..3].iter().all(u8::is_ascii_lowercase) && w[3] == b'.' && (w[4] == b' ' || w[4].is_ascii_uppercase()));
    !caption && !STOP_ENDS.has(t.rsplit(' ').next().unwrap_or("")) && meta::parse_date(t).is_none()
}

/// Words no headline ends with ("You are signed in as"). Sorted.
const STOP_ENDS: Words = Words("a|an|and|as|at|by|for|from|in|of|or|the|to|with");

/// "Comments", "12 Comments", "Leave a Reply", "Join the discussion", "34 responses to “Title”",
/// "Comments are subject to our community guidelines": where reader comments start.
/// 0: not a marker; 1: a weak one (a count or a "Comments" link, which also sit beside
/// bylines); 2: a strong one that only opens a thread.
#[cfg_attr(size_attrs, optimize(size))]
fn comments_marker(text: &str, words: usize) -> u8 {
    // Every marker below has at most 30 words.
    if words > 30 {
        return 0;
    }
    let l = text.trim().lower();
    let counted = l.starts_with(|c: char| c.is_ascii_digit());
    let l = l.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    let starts = |p: &[&str]| starts_any(l, p);
    if words <= 6
        && starts(&["leave a reply", "leave a comment", "join the discussion", "join the conversation", "post a comment",
            "add a comment", "comments on this", "no comments yet", "be the first to comment"])
    {
        return 2;
    }
    if words <= 30
        && ((counted && starts(&["responses to ", "thoughts on ", "replies to ", "comments on “", "comments on \""]))
            || any_of!(l, ["comments powered by", "comments are subject to", "commenting is closed", "comment policy"]))
    {
        return 2;
    }
    let weak = words <= 6
        && (matches!(l, "comments" | "comment" | "responses" | "replies" | "reader comments" | "show comments" | "view comments")
            || starts(&["comments are closed", "discussion:"])
            || (l.ends_with(" comments") && l.split_whitespace().count() <= 3));
    u8::from(weak)
}

/// "More Washington Examiner", "Other news in this section", "Related stories", "You may also
/// like": a short header over a list of other stories. After the body has started, what
/// follows it counts a quarter (like reader comments), so a feed of teasers below the article
/// does not join it, while the article's own paragraphs after an inline "Related" still add up.
#[cfg_attr(size_attrs, optimize(size))]
fn feed_header(text: &str, s: &Shape) -> bool {
    if s.words == 0 || s.words > 6 || s.terminal {
        return false;
    }
    let l = text.trim().lower();
    let starts = |p: &[&str]| starts_any(&l, p);
    starts(&["more ", "other news", "other stories", "related", "recommended", "you may also like", "you might also like",
        "read next", "partner news", "all news", "most popular", "most read", "trending", "latest news", "top stories",
        "editor's picks", "editors' picks", "don't miss", "popular on", "want more stories", "around the web",
        "from around the web", "sponsored stories", "promoted stories", "share your thoughts", "quick links", "useful links",
        // The same in the other languages most often pasted.
        "você pode gostar", "voce pode gostar", "leia também", "leia mais", "notícias relacionadas", "te puede interesar",
        "lee también", "noticias relacionadas", "artículos relacionados", "vous aimerez aussi", "à lire aussi", "lire aussi",
        "sur le même sujet", "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel", "leggi anche",
        "potrebbe interessarti", "lees ook", "meer nieuws", "baca juga", "berita terkait"])
        && !l.ends_with(['.', '!'])
}

/// Job words of an author note ("Jane Doe is a reporter covering health").
const AUTHOR_ROLES: Words = Words("columnist|contributor|correspondent|covering|covers|editor|journalist|producer|reporter|writer");

/// An author note: "Jane Doe is a reporter for Example News.", "She can be reached at
/// jane@example.com.", "Follow him on Twitter @jdoe." Short, and about the writer, not the story.
#[cfg_attr(size_attrs, optimize(size))]
fn is_author_note(text: &str, s: &Shape) -> bool {
    if s.words < 3 || s.words > 60 {
        return false;
    }
    let l = text.lower();
    if any_of!(&l, ["can be reached at", "may be reached at", "can be contacted at", "follow him on", "follow her on",
        "follow them on", "email him at", "email her at", "reach him at", "reach her at"])
    {
        return true;
    }
    // "<Name> is a|an|the <...role...>" with the name first, the role within the first sentence.
    let first = l.split(['.', '!', '?']).find(|x| x.split_whitespace().count() > 1).unwrap_or("");
    // The first position where any of the verbs occurs (`find_each` goes in order of position).
    static VERBS: meta::Patterns = meta::Patterns::new(&[" is a ", " is an ", " is the ", " was a ", " writes ", " has been a "]);
    let mut verb = None;
    VERBS.find_each(first, &mut |_, at| {
        verb = Some(at);
        true
    });
    // The subject is a name: one to four capitalised words, not "The minister".
    let is_name = |k: usize| {
        let ws: Vec<&str> = text.split_whitespace().take(k).collect();
        (1..=4).contains(&k)
            && ws.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !is_stop(&ws[0].lower())
    };
    // ... and the job follows the verb closely ("is a freelance writer", "is the paper's correspondent").
    verb.is_some_and(|v| {
        is_name(first[..v].split_whitespace().count())
            && lower_words(&first[v..], 7).iter().any(|w| AUTHOR_ROLES.has(w.as_str()))
    })
}

/// The blocks of a river of teaser cards that closes the page: three or more cards in a row,
/// each a short kicker in capitals ("REINDEER GAMES", "DIGG PICKS | AFFILIATE"), a headline in
/// title case, and at most two short lines after it (a counter or source line, a dek of one
/// paragraph of at most 60 words; empty separators aside), with no body prose after the river and at least one paragraph of
/// prose before it. Other stories' teasers read as prose; a section of an article does not come
/// as kicker, headline and one short paragraph three times over at its very end, and a page of
/// briefs without an article before it is left alone.
#[cfg_attr(size_attrs, optimize(size))]
fn teaser_river(blocks: &[Block], shapes: &[Shape], good: &[bool]) -> std::ops::Range<usize> {
    let n = blocks.len();
    let kicker = |i: usize| {
        let t = blocks[i].text.as_str();
        !good[i] && (1..=7).contains(&shapes[i].words) && !t.chars().any(char::is_lowercase) && t.chars().filter(|c| c.is_uppercase()).count() >= 2
    };
    // Title case: three words in four capitalised, whatever the stops ("… Signatures. Anywhere And …").
    let headline = |i: usize| {
        let t = blocks[i].text.as_str();
        let (mut words, mut caps) = (0, 0);
        for w in t.split_whitespace() {
            let first = w.trim_start_matches(['\'', '"', '‘', '“']).chars().next();
            words += usize::from(first.is_some_and(char::is_alphabetic));
            caps += usize::from(first.is_some_and(char::is_uppercase));
        }
        (2..=25).contains(&words) && t.chars().any(char::is_lowercase) && caps * 4 >= words * 3
    };
    let card_at = |i: usize| i + 1 < n && kicker(i) && headline(i + 1);
    // The end of the card that starts at `i`: its kicker, headline and at most two short lines.
    let card_end = |i: usize| {
        let (mut j, mut lines, mut deks) = (i + 2, 0, 0);
        while j < n && !card_at(j) && shapes[j].words <= 60 {
            // Empty separator blocks don't count.
            if shapes[j].words > 0 {
                lines += 1;
                deks += usize::from(good[j]);
                if lines > 2 || deks > 1 {
                    break;
                }
            }
            j += 1;
        }
        j
    };
    // The first paragraph of prose and the last good block, found once (linear).
    let first_prose = (0..n).find(|&k| good[k] && shapes[k].words >= 25).unwrap_or(n);
    let last_good = (0..n).rev().find(|&k| good[k]);
    let mut i = 0;
    while i < n {
        if !card_at(i) {
            i += 1;
            continue;
        }
        let (start, mut end, mut cards) = (i, i, 0);
        while end < n && card_at(end) {
            end = card_end(end);
            cards += 1;
        }
        let prose_before = first_prose < start;
        let prose_after = last_good.is_some_and(|k| k >= end);
        if cards >= 3 && prose_before && !prose_after {
            return start..end;
        }
        i = end.max(i + 1);
    }
    0..0
}

/// Author notes close an article: among the last kept blocks of the run, a note and the short
/// name line just before it go to `removed`. Repeated until the end of the body holds no more
/// notes, so one pass removes a whole run of them (cleaning the result again removes nothing).
#[cfg_attr(size_attrs, optimize(size))]
fn author_bio_at_end(blocks: &[Block], shapes: &[Shape], verdicts: &mut [Option<&'static str>], region: std::ops::Range<usize>) {
    while author_bio_step(blocks, shapes, verdicts, region.clone()) {}
}

/// One step of [`author_bio_at_end`]; true when it removed something.
#[cfg_attr(size_attrs, optimize(size))]
fn author_bio_step(blocks: &[Block], shapes: &[Shape], verdicts: &mut [Option<&'static str>], region: std::ops::Range<usize>) -> bool {
    let mut kept: Vec<usize> = Vec::new();
    for i in region.rev() {
        if kept.len() == 3 {
            break;
        }
        if verdicts[i].is_none() {
            kept.push(i);
        }
    }
    // Never the whole body: at least one kept block must stay before the note.
    let Some(&last_idx) = kept.iter().rev().find(|&&i| is_author_note(&blocks[i].text, &shapes[i])) else {
        return false;
    };
    let body_left = verdicts[..last_idx].iter().any(Option::is_none);
    if !body_left {
        return false;
    }
    for &i in kept.iter().filter(|&&i| i >= last_idx) {
        if is_author_note(&blocks[i].text, &shapes[i]) {
            verdicts[i] = Some("author bio");
        }
    }
    // "Jane Doe" on its own line above the note.
    if let Some(p) = (0..last_idx).rev().find(|&i| verdicts[i].is_none()) {
        if shapes[p].words <= 4 && !shapes[p].terminal && heading_like(&blocks[p].text, &shapes[p]) {
            verdicts[p] = Some("author bio");
        }
    }
    true
}

/// "jane99 says:", "Alex on September 17, 2018 at 6:34 am said:": the header of one reader
/// comment. "He said:" and "The minister said:" introduce quotes, so a stop word may not lead.
#[cfg_attr(size_attrs, optimize(size))]
fn is_comment_header(text: &str, s: &Shape) -> bool {
    if s.words == 0 || s.words > 14 {
        return false;
    }
    let l = text.trim().lower();
    let Some(head) = [" says:", " said:", " wrote:", " replied:"].iter().find_map(|e| l.strip_suffix(e)) else {
        return false;
    };
    head.split_whitespace().next().is_some_and(|w| !is_stop(w))
}

fn sum(scores: &[f32]) -> f32 {
    scores.iter().sum()
}

/// Letters and digits, lowercase (a loop: see `lower_words`).
#[cfg_attr(size_attrs, optimize(size))]
pub(crate) fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            for l in c.lower() {
                out.push(l);
            }
        }
    }
    out
}

/// The maximum-sum contiguous segment [start, end) with a positive sum (Kadane, linear).
#[cfg_attr(size_attrs, optimize(size))]
fn best_segment(scores: &[f32]) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut run = 0.0f32;
    let mut run_start = 0;
    for (i, &s) in scores.iter().enumerate() {
        if run <= 0.0 {
            run = 0.0;
            run_start = i;
        }
        run += s;
        if run > 0.0 && best.is_none_or(|(b, _, _)| run > b) {
            best = Some((run, run_start, i + 1));
        }
    }
    best.map(|(_, s, e)| (s, e))
}

/// Splits plain text into blocks: one per line, or one per paragraph when the text is
/// hard-wrapped (most lines break near the same width). Entities are decoded only when
/// they are clearly entities (`&amp;`, `&#39;`).
#[cfg_attr(size_attrs, optimize(size))]
pub(crate) fn split(input: &str) -> Vec<Block> {
    let lines: Vec<&str> = input.lines().collect();
    let wrap = wrap_width(&lines);
    let mut blocks = Vec::new();
    let mut para = String::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            flush(&mut para, &mut blocks);
            continue;
        }
        if !para.is_empty() {
            para.push('\n');
        }
        para.push_str(t);
        let next = lines.get(i + 1).map_or("", |n| n.trim());
        let next_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
        // Hard-wrapped text, a word hyphenated across the break, or a long line that stops
        // mid-sentence before a line that starts in lowercase.
        let joins = !next.is_empty()
            && (wrap.is_some_and(|w| line.chars().count() * 10 >= w * 7)
                || (next_lower && t.ends_with('-'))
                || (next_lower && t.len() >= 40 && !t.ends_with(['.', '!', '?', ':', '"', '”']) && meta::byline(next).is_none()));
        if !joins {
            flush(&mut para, &mut blocks);
        }
    }
    flush(&mut para, &mut blocks);
    blocks
}

#[cfg_attr(size_attrs, optimize(size))]
fn flush(para: &mut String, blocks: &mut Vec<Block>) {
    if para.is_empty() {
        return;
    }
    let text = if para.contains('&') { repair::collapse(&repair::decode_entities(para, false)) } else { repair::collapse(para) };
    para.clear();
    if !text.is_empty() {
        blocks.push(Block { text, ..Block::default() });
    }
}

/// The width text is hard-wrapped at, if it is: at least 8 lines, and at least 40 % of the
/// non-empty lines within 15 % of the longest common length (40..=100 characters).
#[cfg_attr(size_attrs, optimize(size))]
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let mut lens: Vec<usize> = Vec::new();
    for l in lines {
        let l = l.trim_end().chars().count();
        if l > 0 {
            lens.push(l);
        }
    }
    if lens.len() < 8 {
        return None;
    }
    let mut sorted = lens.clone();
    crate::sentiment::sort_by(&mut sorted, Ord::cmp);
    let p90 = sorted[sorted.len() * 9 / 10];
    if !(40..=100).contains(&p90) || sorted[sorted.len() - 1] > p90 + 20 {
        return None;
    }
    let near = lens.iter().filter(|&&l| l * 100 >= p90 * 85).count();
    (near * 10 >= lens.len() * 4).then_some(p90)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_teasers() {
        assert!(TEASER_OPENERS.sorted());
        let table = [
            ("Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman was arrested.", true),
            ("Michigan To Mail Panel Applications To 250,000The state of Michigan will mail them.", true),
            ("Is Violence In Sports On The Rise?Violence is part of the game in many sports.", true),
            ("The PlayStation and YouTube deals were signed in JavaScript and WordPress.", false),
            ("She said: \"Why?\" Then she left, and McDonald's closed at 9.", false),
            ("GlaxoSmithKline and JPMorgan said the iPhone app was late.", false),
            ("Mayor: Despicable Move For Health Benefits Won't StandWarren Mayor Jim Fouts says it was wrong.", true),
            ("Shares in Sony rose after the New Sony PlayStation sold well.", false),
        ];
        for (t, want) in table {
            assert_eq!(glued_teaser(t), want, "{t}");
        }
    }

    #[test]
    fn lists_are_sorted() {
        assert!(STOP_WORDS.sorted());
        assert!(STOP_WORDS.iter().all(|w| w.len() <= 7 && is_stop(w)));
        assert!(!is_stop("thee") && !is_stop("") && !is_stop("abcdefgh"));
        assert!(SOCIAL.sorted());
        assert!(COUNTED.sorted());
        assert!(AUTHOR_ROLES.sorted());
        assert!(CONTROLS.sorted());
    }

    #[test]
    fn patterns() {
        let table = [
            ("Like Us on Facebook", Some("share prompt")),
            ("Facebook Twitter Email", Some("share prompt")),
            ("©2018 Chinatopix All rights reserved. Do not reproduce without permission", Some("copyright")),
            ("Sign up for our free weekly newsletter for the latest in-depth coverage!", Some("newsletter prompt")),
            ("Real Time Analytics", Some("widget")),
            ("Apple logo and iPhone are registered trademarks of Apple Inc.", Some("legal notice")),
            ("These statements have not been evaluated by the Food and Drug Administration.", Some("legal notice")),
            ("Advertisement", Some("advertisement")),
            ("Tags: Russia, Syria, Diplomacy", Some("tag list")),
            ("By | Oct 14, 2014 11:30 PM EDT", Some("byline")),
            ("Updated 6:18 pm CST, Tuesday, November 19, 2019", Some("timestamp")),
            ("We use cookies to improve your experience. By continuing you accept our policy.", Some("cookie notice")),
            ("Read more: Talks resume in Vienna", Some("related links")),
            ("The talks resumed in Vienna on Tuesday and went on until the delegations …", Some("teaser")),
            ("The talks resumed in Vienna on Tuesday after a pause of two weeks.", None),
            ("Kerry said the sharing would begin soon.", None),
            // Page furniture from its shape.
            ("1 / 23", Some("counter or separator")),
            ("Photo 3 of 12", Some("counter or separator")),
            ("• • •", Some("counter or separator")),
            ("___", None),
            ("42", None),
            ("12 shares", Some("social counts")),
            ("0 Comments", Some("social counts")),
            ("1.2k views", Some("social counts")),
            ("Back to Gallery", Some("widget")),
            ("SEE FULL GALLERY", Some("widget")),
            ("This slideshow requires JavaScript.", Some("widget")),
            ("Previous Post", Some("widget")),
            ("Sign Up", Some("widget")),
            ("Click to print (Opens in new window)", Some("widget")),
            ("Home | World | Politics | Sport", Some("navigation")),
            ("Posted in Politics | Permalink | 4 Comments", Some("navigation")),
            ("When you buy through links on our site, we may earn an affiliate commission.", Some("affiliate disclosure")),
            ("No spam, we promise. You can unsubscribe at any time.", Some("newsletter prompt")),
            ("The council voted 7 of 12 in favour of the plan on Monday.", None),
            ("Shares in the company fell 12 percent | analysts blamed the weak outlook for the year.", None),
            ("The commission will publish its report on the new rail links next spring.", None),
        ];
        for (input, want) in table {
            let b = Block { text: input.to_string(), ..Block::default() };
            assert_eq!(pattern(input, &shape(&b)), want, "{input}");
        }
    }

    #[test]
    fn comment_threads() {
        let markers = [
            ("34 responses to “Talks resume in Vienna”", 2),
            ("12 thoughts on “Talks resume in Vienna”", 2),
            ("Leave a Reply", 2),
            ("blog comments powered by Disqus", 2),
            ("Comments are subject to our community guidelines, which can be viewed here.", 2),
            ("Comments", 1),
            ("12 Comments", 1),
            ("Comments on the plan were mixed, the minister said after the meeting.", 0),
            ("Responses to the proposal have been slow to arrive.", 0),
        ];
        for (text, want) in markers {
            let b = Block { text: text.to_string(), ..Block::default() };
            assert_eq!(comments_marker(text, shape(&b).words), want, "{text}");
        }
        let headers = [
            ("jane99 says:", true),
            ("Alex on September 17, 2018 at 6:34 am said:", true),
            ("Bob. Just Bob. says:", true),
            ("He said:", false),
            ("The minister said:", false),
            ("The minister said the talks would resume on Tuesday after a short pause for the holiday, she says:", false),
            ("jane99 says the talks were useful.", false),
        ];
        for (text, want) in headers {
            let b = Block { text: text.to_string(), ..Block::default() };
            assert_eq!(is_comment_header(text, &shape(&b)), want, "{text}");
        }
    }

    #[test]
    fn author_notes() {
        let table = [
            ("Jane Doe is a reporter for Example News.", true),
            ("Jane Doe is a freelance writer living in Lyon", true),
            ("Omar Said is the paper's Middle East correspondent. He previously covered courts.", true),
            ("Have a tip? Jane Doe may be reached at jane@example.com. Follow her on Twitter @jdoe.", true),
            ("The minister is a former reporter who left the paper in 2009 to enter politics.", false),
            ("Paris is a city where the rent has doubled in ten years, a reporter found.", false),
            ("Lavrov is a veteran diplomat.", false),
        ];
        for (text, want) in table {
            let b = Block { text: text.to_string(), ..Block::default() };
            assert_eq!(is_author_note(text, &shape(&b)), want, "{text}");
        }
    }

    #[test]
    fn good_blocks_end_like_sentences() {
        let table = [
            ("Man dies after crashing into power pole in the city, flipping his vehicle", false),
            ("A man died after crashing into a power pole in the city, flipping his vehicle.", true),
            ("“We needed to win this game,” the coach told reporters after the loss on Sunday.”", true),
            (
                "A long paragraph that simply does not end with any punctuation because the page cut it off in the \
                 middle of a sentence about the budget and the vote on it",
                true,
            ),
        ];
        for (text, want) in table {
            let b = Block { text: text.to_string(), ..Block::default() };
            assert_eq!(is_good_block(&shape(&b), &b), want, "{text}");
        }
    }

    #[test]
    fn segment() {
        assert_eq!(best_segment(&[-1.0, 5.0, -2.0, 6.0, -10.0, 3.0]), Some((1, 4)));
        assert_eq!(best_segment(&[-1.0, -2.0]), None);
        assert_eq!(best_segment(&[]), None);
    }

    #[test]
    fn hard_wrapped_text_joins_into_paragraphs() {
        let para = "The ministers met in Paris on Tuesday and agreed to share\nintelligence about the group, \
                    officials said after the talks,\nwhich lasted three hours and ended with a joint statement\n\
                    from both delegations.";
        let text = format!("{para}\n\n{para}\n\n{para}");
        let blocks = split(&text);
        assert_eq!(blocks.len(), 3, "{:?}", blocks.iter().map(|b| &b.text).collect::<Vec<_>>());
        assert!(blocks[0].text.starts_with("The ministers met in Paris on Tuesday and agreed to share intelligence"));
    }
}
