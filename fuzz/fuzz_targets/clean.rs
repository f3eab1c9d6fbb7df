//! Cleaning alone (the HTML parser and the text passes), on bigger inputs than the whole
//! pipeline can take per second: never panics, the body has the documented shape, and
//! cleaning the cleaned body again (as text) changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undertone::clean::clean;
use undertone::Format;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let format = if data.first().is_some_and(|b| b & 1 == 1) { Format::Html } else { Format::Text };
    let c = clean(&input, format);
    assert!(!c.text.contains("\n\n\n"), "paragraphs are separated by exactly one blank line");
    let again = clean(&c.text, Format::Text);
    undertone_fuzz::check_idempotent(&c.text, &again.text);
});
