//! Closed word lists packed in one string each: `Words("a|about|after")`, sorted by bytes,
//! separated by `|`. A `&[&str]` list costs 8 bytes of pointer and length per word in the
//! page's data, which compress poorly (~2.5 bytes of gzip each); here a word costs its
//! separator. Looked up by binary search over the bytes ([`Words::has`]), as
//! `binary_search` on the sorted slice would (same answers: `str` orders by bytes).

/// A sorted, `|`-separated list of distinct non-empty words (no word holds `|`); the tests of
/// each list's module check [`Words::sorted`].
#[derive(Clone, Copy, Debug)]
pub struct Words(pub &'static str);

impl Words {
    /// Whether `w` is one of the words.
    pub fn has(self, w: &str) -> bool {
        let (s, w) = (self.0.as_bytes(), w.as_bytes());
        // `s[lo..hi]`: whole words, `|`-separated (`hi` may follow a `|`). Each probe compares
        // the word it lands in with `w` in one pass (this runs per tag and per word); the ends
        // of a word are found 8 bytes at a time (`bars`), so short words take no byte loop.
        let (mut lo, mut hi) = (0, s.len());
        while lo < hi {
            let mut at = lo + (hi - lo) / 2;
            // The word's start: after the last `|` before `at` (or `lo`).
            if at >= lo + 8 {
                let m = bars(&s[at - 8..at]);
                if m != 0 {
                    at -= m.leading_zeros() as usize / 8;
                } else {
                    at -= 8;
                    while at > lo && s[at - 1] != b'|' {
                        at -= 1;
                    }
                }
            } else {
                while at > lo && s[at - 1] != b'|' {
                    at -= 1;
                }
            }
            let mut k = 0;
            loop {
                if at + k == s.len() || s[at + k] == b'|' {
                    if k == w.len() {
                        return true;
                    }
                    lo = at + k + 1; // the word is a proper prefix of `w`: less
                    break;
                }
                let c = s[at + k];
                if k == w.len() || c > w[k] {
                    hi = at; // greater
                    break;
                }
                if c < w[k] {
                    // Less: past the word's end.
                    let mut e = at + k + 1;
                    let m = s.get(e..e + 8).map_or(0, bars);
                    if m != 0 {
                        e += m.trailing_zeros() as usize / 8;
                    } else {
                        while e < s.len() && s[e] != b'|' {
                            e += 1;
                        }
                    }
                    lo = e + 1;
                    break;
                }
                k += 1;
            }
        }
        false
    }

    /// The words, in order.
    pub fn iter(self) -> std::str::Split<'static, char> {
        self.0.split('|')
    }

    /// Sorted by bytes, distinct, none empty (for the lists' tests).
    #[cfg(test)]
    pub fn sorted(self) -> bool {
        let v: Vec<&str> = self.iter().collect();
        v.iter().all(|w| !w.is_empty()) && v.windows(2).all(|p| p[0] < p[1])
    }
}

/// The `|` bytes of 8 bytes (read little-endian): the high bit of each such byte set, of no
/// other (exact: no carry crosses bytes).
#[inline]
fn bars(b: &[u8]) -> u64 {
    let x = u64::from_le_bytes(b.try_into().unwrap_or([0; 8])) ^ 0x7c7c_7c7c_7c7c_7c7c;
    !(((x & 0x7f7f_7f7f_7f7f_7f7f) + 0x7f7f_7f7f_7f7f_7f7f) | x | 0x7f7f_7f7f_7f7f_7f7f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_agree_with_a_slice_binary_search() {
        for list in ["a", "a|b", "a|ab|abc|b|ba|c", "al|als|also|an|and|are|as|at|auf|be|been|but|by|can", "é|ü|δ"] {
            let words = Words(list);
            assert!(words.sorted(), "{list}");
            let v: Vec<&str> = words.iter().collect();
            let mut probes: Vec<String> = vec![String::new(), "0".into(), "zz".into(), "|".into(), "a|b".into()];
            for w in &v {
                let cut = w.char_indices().last().map_or(0, |(i, _)| i);
                probes.extend([w.to_string(), format!("{w}a"), format!("{w}|"), w[..cut].to_string(), format!("{w}\u{1}")]);
            }
            for p in &probes {
                assert_eq!(words.has(p), v.binary_search(&p.as_str()).is_ok(), "{list}: {p:?}");
            }
        }
        assert!(!Words("a||b").sorted() && !Words("b|a").sorted() && !Words("a|a").sorted());
    }
}
