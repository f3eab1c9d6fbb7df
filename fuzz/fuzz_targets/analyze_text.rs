//! Any text, cleaned or not: the contract holds and the report's UTF-16 offsets are exact.
//! The first byte picks the options; one input in 16 is analysed twice to check determinism.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undertone::report::Report;
use undertone::{analyze, Format, Options};
use undertone_fuzz::{check_analysis, check_report};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(input) = std::str::from_utf8(rest) else { return };
    let opts = match pick % 3 {
        0 => Options { format: Format::Auto, clean: true },
        1 => Options { format: Format::Text, clean: true },
        _ => Options { format: Format::Text, clean: false },
    };
    let a = analyze(input, &opts);
    check_analysis(&a);
    check_report(&Report::new(&a));
    if !opts.clean {
        assert_eq!(a.text, input);
    }
    if pick >> 4 == 0 {
        assert!(a == analyze(input, &opts), "not deterministic");
    }
});
