//! rANS (range asymmetric numeral systems) coding with static symbol tables: the decoder the
//! page uses for its packed models (the tagger's `ner.bin`, read by src/entity/model.rs, and the
//! target model's pack, src/sentiment/model.rs), and the encoder that writes them
//! (examples/train_ner.rs, and build.rs, which includes this file). Probabilities are in units
//! of `2^-PROB_BITS`; the state stays in `[RANS_L, RANS_L << 8)` between symbols, so `u32`
//! arithmetic never overflows. Nothing here uses the rest of the crate.

pub const PROB_BITS: u32 = 12;
pub const ONE: u32 = 1 << PROB_BITS;
pub const RANS_L: u32 = 1 << 23;

/// A symbol table: each symbol's frequency and first slot, and the symbol of each slot.
pub struct Table {
    freq: Vec<u16>,
    start: Vec<u16>,
    slot: Vec<u16>,
}

/// A LEB128 number at `b[*p..]`.
pub fn varint(b: &[u8], p: &mut usize) -> Option<u32> {
    let mut v = 0u32;
    for shift in (0..35).step_by(7) {
        let x = *b.get(*p)?;
        *p += 1;
        v |= u32::from(x & 0x7f).checked_shl(shift)?;
        if x < 0x80 {
            return Some(v);
        }
    }
    None
}

impl Table {
    /// Reads a table: the number of symbols, then each one's frequency (LEB128); the
    /// frequencies add up to [`ONE`].
    #[cfg_attr(size_attrs, optimize(size))] // (a model's load, once: scripts/build.sh)
    pub fn read(b: &[u8], p: &mut usize) -> Option<Table> {
        let size = varint(b, p)? as usize;
        if size == 0 || size > ONE as usize {
            return None;
        }
        let (mut freq, mut start, mut slot) = (Vec::with_capacity(size), Vec::with_capacity(size), Vec::with_capacity(ONE as usize));
        for s in 0..size {
            let f = varint(b, p)?;
            if slot.len() + f as usize > ONE as usize {
                return None;
            }
            start.push(slot.len() as u16);
            freq.push(f as u16);
            slot.resize(slot.len() + f as usize, s as u16);
        }
        (slot.len() == ONE as usize).then_some(Table { freq, start, slot })
    }

    pub fn len(&self) -> usize {
        self.freq.len()
    }
}

/// A decoder over a byte stream.
pub struct Decoder<'a> {
    x: u32,
    b: &'a [u8],
    p: usize,
}

impl<'a> Decoder<'a> {
    pub fn new(b: &'a [u8]) -> Option<Decoder<'a>> {
        let x = u32::from_be_bytes(b.get(..4)?.try_into().ok()?);
        (RANS_L..RANS_L << 8).contains(&x).then_some(Decoder { x, b, p: 4 })
    }

    /// Decodes the symbol in `slot` with frequency `freq` from `start`, then refills.
    fn advance(&mut self, slot: u32, start: u32, freq: u32) -> Option<()> {
        self.x = freq * (self.x >> PROB_BITS) + slot - start;
        while self.x < RANS_L {
            self.x = (self.x << 8) | u32::from(*self.b.get(self.p)?);
            self.p += 1;
        }
        Some(())
    }

    /// The next symbol of `t`.
    pub fn get(&mut self, t: &Table) -> Option<usize> {
        let slot = self.x & (ONE - 1);
        let s = usize::from(t.slot[slot as usize]);
        self.advance(slot, u32::from(t.start[s]), u32::from(t.freq[s]))?;
        Some(s)
    }

    /// The next `r` bits (`r` ≤ [`PROB_BITS`]), all values equally likely.
    pub fn bits(&mut self, r: u32) -> Option<u32> {
        let slot = self.x & (ONE - 1);
        let v = slot >> (PROB_BITS - r);
        self.advance(slot, v << (PROB_BITS - r), 1 << (PROB_BITS - r))?;
        Some(v)
    }

    /// All bytes read and the state back where the encoder started.
    pub fn done(&self) -> bool {
        self.p == self.b.len() && self.x == RANS_L
    }
}

/// The non-zero weight of value symbol `s` (1, -1, 2, -2, …).
pub fn unzig(s: u32) -> i32 {
    if s % 2 == 0 {
        (s / 2) as i32 + 1
    } else {
        -(((s + 1) / 2) as i32)
    }
}

/// The value symbol of a non-zero weight (the inverse of [`unzig`]).
pub fn zig(v: i32) -> u32 {
    if v > 0 {
        (2 * v - 2) as u32
    } else {
        (-2 * v - 1) as u32
    }
}

/// Symbol frequencies scaled to add up to [`ONE`], every symbol seen keeping at least 1
/// (integer arithmetic: the same on every machine).
pub fn normalise(counts: &[u64]) -> Vec<u32> {
    let total: u64 = counts.iter().sum::<u64>().max(1);
    let mut f: Vec<u32> = counts.iter().map(|&c| if c == 0 { 0 } else { ((c * u64::from(ONE)) / total).max(1) as u32 }).collect();
    let sum: i64 = f.iter().map(|&x| i64::from(x)).sum();
    let big = (0..f.len()).max_by_key(|&s| (counts[s], std::cmp::Reverse(s))).expect("symbols");
    let fixed = i64::from(f[big]) + i64::from(ONE) - sum;
    assert!(fixed >= 1, "too many rare symbols for {} slots", ONE);
    f[big] = fixed as u32;
    f
}

/// One symbol to encode: symbol `s` of table `t`, or `r` uniform bits of value `v`.
#[derive(Clone, Copy)]
pub enum Sym {
    T(usize, u32),
    Bits(u32, u32),
}

/// rANS encoding with the frequency tables `tables` (from [`normalise`]): the symbols are coded
/// last to first, so that [`Decoder`] reads them first to last.
pub fn encode(syms: &[Sym], tables: &[Vec<u32>]) -> Vec<u8> {
    let starts: Vec<Vec<u32>> = tables.iter().map(|f| f.iter().scan(0, |a, &x| { let s = *a; *a += x; Some(s) }).collect()).collect();
    let mut x = RANS_L;
    let mut out = Vec::new();
    for &sym in syms.iter().rev() {
        let (start, freq) = match sym {
            Sym::T(t, s) => (starts[t][s as usize], tables[t][s as usize]),
            Sym::Bits(r, v) => (v << (PROB_BITS - r), 1 << (PROB_BITS - r)),
        };
        assert!(freq > 0, "symbol without frequency");
        let x_max = ((RANS_L >> PROB_BITS) << 8) * freq;
        while x >= x_max {
            out.push(x as u8);
            x >>= 8;
        }
        x = ((x / freq) << PROB_BITS) + (x % freq) + start;
    }
    out.extend_from_slice(&x.to_le_bytes());
    out.reverse();
    out
}

/// Appends `v` as LEB128 (what [`varint`] reads).
pub fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Appends a table as [`Table::read`] reads it.
pub fn put_table(out: &mut Vec<u8>, freq: &[u32]) {
    put_varint(out, freq.len() as u32);
    for &f in freq {
        put_varint(out, f);
    }
}
