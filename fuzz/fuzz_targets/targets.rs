//! The targets API: arbitrary UTF-16 ranges (past the end, reversed, inside a surrogate pair)
//! give `None`, never a panic; valid ones give a score in [-1, 1].
#![no_main]

use libfuzzer_sys::fuzz_target;
use undertone::report::target_sentiments16;
use undertone::{analyze, Options};

fuzz_target!(|data: &[u8]| {
    // Layout: [n ranges as 4 little-endian u16 pairs][text].
    if data.is_empty() {
        return;
    }
    let n = (data[0] % 8) as usize;
    let need = 1 + n * 4;
    if data.len() < need {
        return;
    }
    let Ok(text) = std::str::from_utf8(&data[need..]) else { return };
    let ranges: Vec<(u32, u32)> = data[1..need]
        .chunks(4)
        .map(|c| (u16::from_le_bytes([c[0], c[1]]) as u32, u16::from_le_bytes([c[2], c[3]]) as u32))
        .collect();
    let a = analyze(text, &Options { clean: false, ..Options::default() });
    let scores = target_sentiments16(&a, &ranges);
    assert_eq!(scores.len(), ranges.len());
    let units: Vec<u16> = text.encode_utf16().collect();
    for (&(s, e), score) in ranges.iter().zip(&scores) {
        let (s, e) = (s as usize, e as usize);
        let inside_pair = |b: usize| b > 0 && b < units.len() && (0xD800..0xDC00).contains(&units[b - 1]);
        let valid = s <= e && e <= units.len() && !inside_pair(s) && !inside_pair(e);
        assert_eq!(score.is_some(), valid, "range {s}..{e} of {} units", units.len());
        if let Some(x) = score {
            assert!((-1.0..=1.0).contains(x), "target score {x}");
        }
    }
});
