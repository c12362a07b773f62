//! Sets of characters as bit tables over U+0000..U+FFFF, for the scans of the slow path: a
//! character of three bytes (every Chinese character) is told in one lookup of its code point,
//! where the rules' own tests are a chain of matches each (a test checks each set against
//! those rules on every character).

/// One bit per character of U+0000..U+FFFF.
pub(super) struct CharSet([u64; 1024]);

impl CharSet {
    /// The set of the characters of `chars` (each below U+10000).
    pub(super) const fn of(chars: &str) -> CharSet {
        CharSet(add(&mut [0u64; 1024], chars.as_bytes()))
    }

    /// The set with the characters of every word of `words` added.
    pub(super) const fn with_words<T: Copy>(self, words: &[(&str, T)]) -> CharSet {
        let mut table = self.0;
        let mut w = 0;
        while w < words.len() {
            table = add(&mut table, words[w].0.as_bytes());
            w += 1;
        }
        CharSet(table)
    }

    /// The set with the characters of `other` too.
    pub(super) const fn union(self, other: &CharSet) -> CharSet {
        let mut table = self.0;
        let mut k = 0;
        while k < table.len() {
            table[k] |= other.0[k];
            k += 1;
        }
        CharSet(table)
    }

    /// The set without the characters of `other`.
    pub(super) const fn without(self, other: &CharSet) -> CharSet {
        let mut table = self.0;
        let mut k = 0;
        while k < table.len() {
            table[k] &= !other.0[k];
            k += 1;
        }
        CharSet(table)
    }

    /// Whether the character `cp` (below U+10000) is in the set.
    #[inline(always)]
    pub(super) fn has(&self, cp: u32) -> bool {
        self.0[(cp as usize / 64) & 1023] & (1 << (cp % 64)) != 0
    }
}

/// The code point of the character of three bytes at `b[i..i + 3]` (lead byte E0–EF).
#[inline(always)]
pub(super) fn three(b: &[u8], i: usize) -> Option<u32> {
    match b.get(i..i + 3)? {
        &[a @ 0xe0..=0xef, b1, b2] => Some((u32::from(a & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f)),
        _ => None,
    }
}

/// `table` with the bit of each character of the UTF-8 text `b` set (those below U+10000).
const fn add(table: &mut [u64; 1024], b: &[u8]) -> [u64; 1024] {
    let mut i = 0;
    while i < b.len() {
        let (cp, n) = decode(b, i);
        if cp < 0x1_0000 {
            table[(cp / 64) as usize] |= 1 << (cp % 64);
        }
        i += n;
    }
    *table
}

/// The code point and length of the UTF-8 character at `b[i..]` (valid UTF-8).
const fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let a = b[i] as u32;
    if a < 0x80 {
        (a, 1)
    } else if a < 0xe0 {
        (((a & 0x1f) << 6) | (b[i + 1] as u32 & 0x3f), 2)
    } else if a < 0xf0 {
        (((a & 0x0f) << 12) | ((b[i + 1] as u32 & 0x3f) << 6) | (b[i + 2] as u32 & 0x3f), 3)
    } else {
        (((a & 0x07) << 18) | ((b[i + 1] as u32 & 0x3f) << 12) | ((b[i + 2] as u32 & 0x3f) << 6) | (b[i + 3] as u32 & 0x3f), 4)
    }
}

/// The position of the first byte of `b` that is `x` or `y`, eight bytes at a time: each such
/// byte becomes a zero byte of the word, and the lowest zero byte is found exactly (the word
/// test that borrows across bytes may also flag the byte above a zero one, never one below it).
#[inline]
pub(super) fn find_either(b: &[u8], x: u8, y: u8) -> Option<usize> {
    find_any(b, [x, y])
}

/// [`find_either`] of any of the bytes `needles`.
#[inline]
pub(super) fn find_any<const N: usize>(b: &[u8], needles: [u8; N]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGHS;
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let w = u64::from_le_bytes(bytes);
        let found = needles.iter().fold(0, |f, &x| f | zero(w ^ (ONES * u64::from(x))));
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|c| needles.contains(c)).map(|i| at + i)
}

/// Whether the text `s` (a `str`, or bytes of one that may be cut anywhere) holds the
/// character `c`, by its bytes. `str::contains` of a character outside
/// ASCII builds a substring searcher first, which costs more than searching a value's few bytes
/// (about a hundred instructions a call, on every quantity that reaches the full grammar).
#[inline]
pub(super) fn holds(s: &(impl AsRef<[u8]> + ?Sized), c: char) -> bool {
    let mut buf = [0; 4];
    let needle = c.encode_utf8(&mut buf).as_bytes();
    let (&last, head) = needle.split_last().unwrap_or((&0, &[]));
    let b = s.as_ref();
    // the last byte of the character first; the bytes before it are compared only there (in
    // UTF-8 no character's encoding starts inside another's, so a match is the character)
    (head.len()..b.len()).any(|i| b[i] == last && b[i - head.len()..i] == *head)
}

/// Whether the bytes `b` (of a text, cut anywhere) hold the character `c` of three bytes: its
/// last byte looked for eight bytes at a time ([`find_either`]), the two before compared only
/// there. [`holds`] steps a byte at a time, which costs more over a few dozen bytes and less over
/// a few.
pub(super) fn holds_three(b: &[u8], c: char) -> bool {
    let mut buf = [0; 4];
    let &[x, y, last] = c.encode_utf8(&mut buf).as_bytes() else { return false };
    let mut from = 0;
    while let Some(i) = find_either(&b[from..], last, last).map(|i| from + i) {
        if i >= 2 && b[i - 2..i] == [x, y] {
            return true;
        }
        from = i + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{find_either, holds};

    #[test]
    fn holds_is_contains() {
        let texts = ["", "半", "一年半", "元／村", "元/村", "每季度", "a半b", "每", "半年每", "ab", "明显", "€半", "𠀀半"];
        for s in texts {
            for c in ['半', '／', '每', 'a', '€', '𠀀', '明'] {
                assert_eq!(holds(s, c), s.contains(c), "{s:?} {c:?}");
                if c.len_utf8() == 3 {
                    // and the search by the last byte, longer texts too
                    let long = format!("{s}一二三四五六七八九十{s}");
                    assert_eq!(super::holds_three(s.as_bytes(), c), s.contains(c), "{s:?} {c:?}");
                    assert_eq!(super::holds_three(long.as_bytes(), c), long.contains(c), "{long:?} {c:?}");
                }
            }
        }
    }

    #[test]
    fn find_either_finds_the_first_of_two_bytes() {
        // every position in words of every length, with the other byte before, after, or not at all,
        // and bytes that borrow in the word test (0x00, 0x01) around them
        for len in 0usize..20 {
            for at in 0..=len {
                for fill in [0x00u8, 0x01, 0x41, 0xb0, 0xff] {
                    for other in [None, Some(0), Some(len.saturating_sub(1))] {
                        let mut b = vec![fill; len];
                        if let Some(o) = other.filter(|&o| o < len) {
                            b[o] = 0x9f;
                        }
                        if at < len {
                            b[at] = 0xb1;
                        }
                        let expected = b.iter().position(|&c| c == 0xb1 || c == 0x9f);
                        assert_eq!(find_either(&b, 0xb1, 0x9f), expected, "{b:?}");
                    }
                }
            }
        }
    }
}
