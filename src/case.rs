//! Lowercase, exactly as the standard library's `char::to_lowercase` and `str::to_lowercase`
//! (same characters out, final sigma included), from two small tables that build.rs reads off
//! the standard library at build time (`case_tables`): ~3 KB instead of the standard library's
//! 11.7 KB table of pairs plus its case-property tables, in the page. The crate lowercases
//! through here only ([`Lowercase::lower`]); the tests compare every character and the
//! sigma's every neighbour with the standard library.

include!(concat!(env!("OUT_DIR"), "/case.rs"));

/// `lower()`: the lowercase of a `str` (a `String`, as `str::to_lowercase`) or of a `char`
/// (its one or two characters, as `char::to_lowercase`).
pub trait Lowercase {
    type Out;
    fn lower(&self) -> Self::Out;
}

impl Lowercase for str {
    type Out = String;
    fn lower(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        let mut out = String::with_capacity(self.len());
        for (i, c) in self.char_indices() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else if c == '\u{3a3}' {
                out.push(if final_sigma(self, i) { '\u{3c2}' } else { '\u{3c3}' });
            } else {
                let (a, b) = lower_pair(c);
                out.push(a);
                if let Some(b) = b {
                    out.push(b);
                }
            }
        }
        out
    }
}

impl Lowercase for char {
    type Out = std::iter::Chain<std::iter::Once<char>, std::option::IntoIter<char>>;
    fn lower(&self) -> Self::Out {
        let (a, b) = lower_pair(*self);
        std::iter::once(a).chain(b)
    }
}

/// The lowercase of `c`: one character, or two for U+0130 (`İ` → `i` + U+0307).
#[inline]
fn lower_pair(c: char) -> (char, Option<char>) {
    if c.is_ascii() {
        return (c.to_ascii_lowercase(), None);
    }
    if c == '\u{130}' {
        return ('i', Some('\u{307}'));
    }
    let u = c as u32;
    let k = LOWER_RUNS.partition_point(|r| r.0 <= u);
    if k == 0 {
        return (c, None);
    }
    let (first, packed) = LOWER_RUNS[k - 1];
    let (count, stride, off) = (packed >> 24, (packed >> 23 & 1) + 1, u - first);
    if off % stride != 0 || off / stride >= count {
        return (c, None);
    }
    let delta = ((packed << 9) as i32) >> 9;
    (char::from_u32(u.wrapping_add(delta as u32)).unwrap_or(c), None)
}

/// The final-sigma class of `c` (build.rs `case_tables`): 0 neither cased nor
/// case-ignorable, 1 cased, 2 case-ignorable.
fn class(c: char) -> u8 {
    let u = c as u32;
    let (mut end, mut v, mut shift) = (0u32, 0u32, 0);
    for &b in CASE_CLASS.iter() {
        v |= ((b & 0x7f) as u32) << shift;
        shift += 7;
        if b < 0x80 {
            end += v >> 2;
            if u < end {
                return (v & 3) as u8;
            }
            v = 0;
            shift = 0;
        }
    }
    0
}

/// Whether the capital sigma at byte `i` of `s` ends a word (Unicode's Final_Sigma, as
/// `str::to_lowercase` reads it): a cased letter before it and none after it, skipping
/// case-ignorable characters.
fn final_sigma(s: &str, i: usize) -> bool {
    let cased = |it: &mut dyn Iterator<Item = char>| {
        for c in it {
            match class(c) {
                2 => continue,
                k => return k == 1,
            }
        }
        false
    };
    cased(&mut s[..i].chars().rev()) && !cased(&mut s[i + 2..].chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowercases_as_the_standard_library_does() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert!(c.lower().eq(c.to_lowercase()), "{c:?}");
        }
    }

    #[test]
    fn the_final_sigma_reads_every_neighbour_as_the_standard_library_does() {
        // Every code point's class, decoded once, against what `str::to_lowercase` does
        // after it ("xΣ": class 1; "AxΣ": class 1 or 2).
        let mut table = Vec::new();
        let (mut v, mut shift) = (0u32, 0);
        for &b in CASE_CLASS.iter() {
            v |= ((b & 0x7f) as u32) << shift;
            shift += 7;
            if b < 0x80 {
                table.extend(std::iter::repeat_n((v & 3) as u8, (v >> 2) as usize));
                (v, shift) = (0, 0);
            }
        }
        assert_eq!(table.len(), 0x110000);
        let mut s = String::new();
        let mut final_after = |prefix: &[char]| {
            s.clear();
            s.extend(prefix);
            s.push('\u{3a3}');
            s.to_lowercase().ends_with('\u{3c2}')
        };
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let want = if final_after(&[c]) { 1 } else if final_after(&['A', c]) { 2 } else { 0 };
            assert_eq!(table[c as usize], want, "{c:?}");
        }
        // And the lookup and the rule, on samples of each class before and after the sigma.
        let some: Vec<char> = (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|c| c.is_ascii() || *c as u32 % 97 == 0 || "\u{345}\u{300}'.\u{1c5}".contains(*c)).collect();
        for &c in &some {
            for pattern in [[c, '\u{3a3}', ' '], ['A', c, '\u{3a3}'], ['\u{3a3}', c, 'a'], ['a', '\u{3a3}', c]] {
                let s: String = pattern.iter().collect();
                assert_eq!(s.lower(), s.to_lowercase(), "{s:?}");
            }
        }
        for s in ["ΟΔΥΣΣΕΥΣ", "ΣΑ", "Σ", "aΣ", "a.Σ.", "İSTANBUL ΣΟΦΟΣ.", "a\u{345}Σ\u{345}", "Ἀθῆναι ΑΘΗΝΑΣ, ΑΣ'", "ǅΣ", "x Σ y"] {
            assert_eq!(s.lower(), s.to_lowercase(), "{s:?}");
        }
    }
}
