//! Language detection: never panics, and a foreign verdict is never "en".
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let l = undertone::lang::detect(text);
    assert!(!(l.foreign && l.code == "en"));
    assert_eq!(l, undertone::lang::detect(text));
});
