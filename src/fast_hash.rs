//! A hasher for the crate's maps of short string keys (class tokens, class verdicts), which are
//! probed for every element: FNV-1a, where the standard SipHash costs more than the lookup.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a state.
#[derive(Default)]
pub(crate) struct Fnv(u64);

/// A `HashMap` hasher for short string keys.
pub(crate) type FastHash = BuildHasherDefault<Fnv>;

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
