//! Any input read as HTML (bytes made UTF-8 lossily; scripts/fuzz.sh biases them towards
//! markup with fuzz/html.dict): the contract holds and the report's offsets are exact.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undertone::report::Report;
use undertone::{analyze, Format, Options};
use undertone_fuzz::{check_analysis, check_report};

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let opts = Options { format: Format::Html, clean: true };
    let a = analyze(&input, &opts);
    check_analysis(&a);
    check_report(&Report::new(&a));
    if data.first().is_some_and(|b| b >> 4 == 0) {
        assert!(a == analyze(&input, &opts), "not deterministic");
    }
});
