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

/// Context-mixing coding of byte streams (session 26): the page's three largest word lists (the
/// gazetteer's phrase keys, the given names, the valence words) are stored coded by this, not as
/// bytes that gzip squeezes. Each bit is predicted by five adaptive models (the bits of its byte
/// so far, after the last 0, 1, 2, 3 and 4 bytes) mixed in the logistic domain by weights that
/// learn as they go (as lpaq1 does, smaller), and arithmetic-coded. Integers only, so build.rs's
/// encoder and the page's decoder see the same numbers on every platform. Measured: the lists
/// 12.6–13.3 % smaller than gzip -9 of the same bytes (16,303 / 7,206 / 9,171 B against 18,646 /
/// 8,312 / 10,567 B); in the page -2,174 B gzip (gzip had found some of their strings elsewhere
/// in the module, and the decoder is ~1 KB). The cost: decoding the 70 KB takes ~35 ms of CPU at
/// the first analysis (Node: 31 -> 66 ms for a 3-word text right after instantiation; natively
/// ~20-25 ms), once (README "Speed and size", session 26).
pub mod cm {
    /// The logistic function on the stretch domain (`d` in 1/256ths, ±2047), as a 12-bit
    /// probability, interpolated from 33 points (lpaq1's `squash`).
    fn squash(d: i32) -> i32 {
        const T: [i32; 33] = [
            1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607, 3785, 3901, 3975, 4024, 4050,
            4068, 4079, 4085, 4089, 4092, 4093, 4094,
        ];
        if d > 2047 {
            return 4095;
        }
        if d < -2047 {
            return 1;
        }
        let (w, i) = (d & 127, ((d >> 7) + 16) as usize);
        (T[i] * (128 - w) + T[i + 1] * w + 64) >> 7
    }

    /// Hashed slots for the 2-, 3- and 4-byte contexts (`1 << SLOT_BITS` of them).
    const SLOT_BITS: u32 = 18;
    const N: usize = 5;

    /// The shared state of the encoder and the decoder: the models, the mixer and the contexts.
    struct Model {
        stretch: Vec<i16>,
        /// How far a slot moves toward each bit, by its count (in 1/65,536ths).
        rate: [i32; 61],
        /// Probability of a 1 (16 bits) and how often the slot was updated, per slot:
        /// order 0 (256), order 1 (65,536), then the hashed slots.
        p: Vec<u16>,
        n: Vec<u8>,
        w: [i32; N],
        idx: [usize; N],
        st: [i32; N],
        hist: u32,
        hashes: [u32; 3],
        c0: u32,
        pr: i32,
    }

    impl Model {
        fn new() -> Model {
            let mut stretch = vec![2047i16; 4096];
            let mut pi = 0;
            for x in -2047..=2047 {
                let v = squash(x) as usize;
                for s in &mut stretch[pi..=v] {
                    *s = x as i16;
                }
                pi = v + 1;
            }
            let len = 256 + 65536 + (1 << SLOT_BITS);
            let mut rate = [0; 61];
            for (n, r) in rate.iter_mut().enumerate() {
                *r = 131_072 / (2 * n as i32 + 5);
            }
            let mut m = Model { stretch, rate, p: vec![32768; len], n: vec![0; len], w: [19661; N], idx: [0; N], st: [0; N], hist: 0, hashes: [0; 3], c0: 1, pr: 2048 };
            m.predict();
            m
        }

        /// The mixed probability (12 bits) that the next bit is 1.
        fn predict(&mut self) {
            let c0 = self.c0;
            self.idx[0] = c0 as usize;
            self.idx[1] = 256 + (((self.hist & 0xff) << 8) | c0) as usize;
            for k in 0..3 {
                let h = self.hashes[k].wrapping_add(c0.wrapping_mul(0x2f0b_4c27)).wrapping_mul(0x9e37_79b1);
                self.idx[2 + k] = 256 + 65536 + (h >> (32 - SLOT_BITS)) as usize;
            }
            let mut dot = 0i32;
            for i in 0..N {
                self.st[i] = i32::from(self.stretch[usize::from(self.p[self.idx[i]] >> 4)]);
                dot += (self.w[i] * self.st[i]) >> 16;
            }
            self.pr = squash(dot).clamp(1, 4095);
        }

        fn update(&mut self, bit: u32) {
            let err = ((bit as i32) << 12) - self.pr;
            for i in 0..N {
                self.w[i] += (self.st[i] * err * 82) >> 16;
                let (p, n) = (&mut self.p[self.idx[i]], &mut self.n[self.idx[i]]);
                let rate = self.rate[usize::from(*n)];
                *p = (i32::from(*p) + ((((bit as i32) << 16) - i32::from(*p)) * rate >> 16)).clamp(0, 65535) as u16;
                if *n < 60 {
                    *n += 1;
                }
            }
            self.c0 = (self.c0 << 1) | bit;
            if self.c0 >= 256 {
                self.hist = (self.hist << 8) | (self.c0 & 0xff);
                self.c0 = 1;
                for k in 0..3 {
                    let mask = u32::MAX >> (8 * (2 - k));
                    self.hashes[k] = ((self.hist & mask) ^ ((k as u32 + 1) << 28)).wrapping_mul(0x6f4f_2a35).rotate_left(13);
                }
            }
            self.predict();
        }
    }

    /// `data` coded: its length (4 bytes, little-endian), then the arithmetic coder's bytes.
    pub fn encode(data: &[u8]) -> Vec<u8> {
        let mut out = (data.len() as u32).to_le_bytes().to_vec();
        let (mut m, mut x1, mut x2) = (Model::new(), 0u32, u32::MAX);
        for &c in data {
            for j in (0..8).rev() {
                let bit = u32::from(c >> j) & 1;
                let xmid = x1 + ((x2 - x1) >> 12) * m.pr as u32;
                if bit == 1 {
                    x2 = xmid;
                } else {
                    x1 = xmid + 1;
                }
                m.update(bit);
                while (x1 ^ x2) & 0xff00_0000 == 0 {
                    out.push((x2 >> 24) as u8);
                    x1 <<= 8;
                    x2 = (x2 << 8) | 255;
                }
            }
        }
        out.extend_from_slice(&x1.to_be_bytes());
        out
    }

    /// The decoder's arithmetic-coding state.
    struct Coder<'a> {
        x1: u32,
        x2: u32,
        x: u32,
        b: &'a [u8],
        p: usize,
    }

    /// One byte decoded. A function of its own, called once per byte and not inlined: V8
    /// compiles a wasm function with its optimising tier only from its next call on, so a
    /// loop over all the bytes in one call would run in baseline code throughout (session 26).
    #[inline(never)]
    fn decode_byte(m: &mut Model, c: &mut Coder) -> u8 {
        for _ in 0..8 {
            let xmid = c.x1 + ((c.x2 - c.x1) >> 12) * m.pr as u32;
            let bit = u32::from(c.x <= xmid);
            if bit == 1 {
                c.x2 = xmid;
            } else {
                c.x1 = xmid + 1;
            }
            m.update(bit);
            while (c.x1 ^ c.x2) & 0xff00_0000 == 0 {
                c.x1 <<= 8;
                c.x2 = (c.x2 << 8) | 255;
                c.x = (c.x << 8) | u32::from(c.b.get(c.p).copied().unwrap_or(0));
                c.p += 1;
            }
        }
        (m.hist & 0xff) as u8
    }

    /// The bytes `encode` was given (`None` for a damaged stream's length).
    #[cfg_attr(size_attrs, optimize(size))] // (a list's load, once)
    #[cfg_attr(size_attrs, inline(never))]
    pub fn decode(b: &[u8]) -> Option<Vec<u8>> {
        let len = u32::from_le_bytes(b.get(..4)?.try_into().ok()?) as usize;
        let mut out = Vec::with_capacity(len);
        let x = u32::from_be_bytes(b.get(4..8).unwrap_or(&[0; 4]).try_into().ok()?);
        let (mut m, mut c) = (Model::new(), Coder { x1: 0, x2: u32::MAX, x, b, p: 8 });
        while out.len() < len {
            out.push(decode_byte(&mut m, &mut c));
        }
        Some(out)
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn decodes_what_it_coded() {
            let text: Vec<u8> = (0..5_000u32).flat_map(|i| format!("word{} ", i * 7 % 113).into_bytes()).collect();
            for data in [&b""[..], b"a", b"\x00\xff\x80", &text] {
                let coded = super::encode(data);
                assert_eq!(super::decode(&coded).as_deref(), Some(data));
            }
            assert!(super::encode(&text).len() < text.len() / 4);
            assert_eq!(super::decode(b"ab"), None);
        }
    }
}
