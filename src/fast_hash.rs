//! A hasher for the crate's maps of short string keys (class tokens, class verdicts), which are
//! probed for every element: a multiply-rotate hash over eight bytes at a time (the scheme of
//! rustc's `FxHasher`), where the standard SipHash costs more than the lookup and a byte-wise
//! hash (FNV-1a, used before) spends a multiply per byte. No map of the crate that uses it is
//! iterated, so its order never shows in the output; the keys come from the page, and every
//! such map is bounded in size.

use std::hash::{BuildHasherDefault, Hasher};

/// The hash state.
#[derive(Default)]
pub(crate) struct Fast(u64);

/// A `HashMap` hasher for short string keys.
pub(crate) type FastHash = BuildHasherDefault<Fast>;

/// The multiplier of rustc's `FxHasher` (an odd constant with well-spread bits).
const K: u64 = 0xf135_7aea_2e62_a9c5;

impl Fast {
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(K).rotate_left(26);
    }
}

impl Hasher for Fast {
    fn finish(&self) -> u64 {
        // One more round, so that the low bits (the bucket) depend on every byte.
        (self.0 ^ (self.0 >> 29)).wrapping_mul(K)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut b = [0u8; 8];
            b.copy_from_slice(w);
            self.add(u64::from_le_bytes(b));
        }
        // The length tells "ab" from "ab\0".
        self.add(tail_word(words.remainder()) ^ ((bytes.len() as u64) << 56));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
}

/// The last bytes of a key (fewer than eight) as a little-endian word padded with zeros: read
/// as two overlapping fixed-size loads (or three single bytes), where copying a slice of
/// variable length into a zeroed buffer calls `memcpy` for every key hashed.
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        // Bytes 0..4 and n-4..n: the overlap holds the same bytes in both, or-ed together.
        let four = |at: usize| {
            rest.get(at..at + 4)
                .and_then(|w| <[u8; 4]>::try_from(w).ok())
                .map_or(0, |w| u64::from(u32::from_le_bytes(w)))
        };
        four(0) | (four(n - 4) << (8 * (n - 4)))
    } else if let (Some(&first), Some(&last)) = (rest.first(), rest.last()) {
        // One to three bytes: the first, the middle and the last cover them.
        let mid = rest.get(n / 2).copied().unwrap_or(0);
        u64::from(first) | (u64::from(mid) << (8 * (n / 2))) | (u64::from(last) << (8 * (n - 1)))
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::hash::BuildHasher;

    fn hash(s: &str) -> u64 {
        FastHash::default().hash_one(s)
    }

    #[test]
    fn tail_word_is_the_zero_padded_little_endian_word() {
        let bytes = b"abcdefg";
        for n in 0..8 {
            let rest = &bytes[..n];
            let mut b = [0u8; 8];
            b[..n].copy_from_slice(rest);
            assert_eq!(tail_word(rest), u64::from_le_bytes(b), "{n} bytes");
        }
    }

    #[test]
    fn distinct_short_keys_hash_apart() {
        // Class-like tokens of every length around the word size, and their prefixes.
        let mut keys = Vec::new();
        for base in [
            "article-body",
            "byline",
            "a",
            "nav",
            "site-header__logo--small",
        ] {
            for n in 0..=base.len() {
                keys.push(base[..n].to_string());
            }
        }
        keys.push("ab\0".into());
        keys.sort();
        keys.dedup();
        let hashes: HashSet<u64> = keys.iter().map(|k| hash(k)).collect();
        assert_eq!(hashes.len(), keys.len());
        // The low bits (the bucket of a small table) differ too.
        let buckets: HashSet<u64> = ["byline", "author", "date", "time", "title", "header"]
            .iter()
            .map(|k| hash(k) & 0xff)
            .collect();
        assert!(buckets.len() >= 5);
    }
}
