import Foundation

/// Word frequencies of modern Chinese (jieba's dictionary, 2–4 characters): used to decide where a
/// name ends (孙承川|履职 rather than 孙承|川履) and whether a short place name is an ordinary word.
public enum Words {
    public struct Info: Sendable {
        /// round(log2(frequency)).
        public var logFrequency: Int
        /// jieba's part of speech (n, v, ns, nr …).
        public var pos: String
    }

    /// Words by `key`: every word of the list is two to four characters of the Basic Multilingual Plane.
    static let table: [UInt64: Info] = {
        var t: [UInt64: Info] = [:]
        t.reserveCapacity(60000)
        for f in TSV.rows(WordsData.text) {
            guard f.count == 3, let n = Int(f[1]), let k = key(f[0].unicodeScalars) else { continue }
            t[k] = Info(logFrequency: n, pos: f[2])
        }
        return t
    }()

    /// Up to four characters packed 16 bits each, the first in the highest bits used: one number to hash
    /// instead of a String. Nil for more than four characters, or a character the key cannot hold (beyond the
    /// BMP, or U+0000, which would read as padding). A compatibility ideograph (U+F900–FAFF) also gives nil:
    /// it stands for a unified one and needs the canonical mapping `info` applies.
    @inline(__always)
    static func key<C: Collection>(_ word: C) -> UInt64? where C.Element == Unicode.Scalar {
        var k: UInt64 = 0
        var n = 0
        for c in word {
            n += 1
            guard n <= 4, c.value != 0, c.value <= 0xFFFF, !(0xF900...0xFAFF).contains(c.value) else { return nil }
            k = k << 16 | UInt64(c.value)
        }
        return k
    }

    /// The word's entry, if the list has it. As a String key would be, the lookup is by canonical
    /// equivalence: a compatibility ideograph (U+F900–FAFF) reads as the unified ideograph it stands for.
    @inline(__always)
    public static func info<C: Collection>(_ word: C) -> Info? where C.Element == Unicode.Scalar {
        if let k = key(word) { return table[k] }
        return canonicalInfo(String(scalars: word))
    }

    public static func info(_ word: String) -> Info? { info(word.unicodeScalars) }

    /// The lookup of a word the key cannot hold as it stands: by its canonical composition (NFC), which maps
    /// compatibility ideographs to unified ones and leaves every other word too long or out of the list.
    static func canonicalInfo(_ word: String) -> Info? {
        guard word.unicodeScalars.count <= 4 else { return nil }
        return key(word.precomposedStringWithCanonicalMapping.unicodeScalars).flatMap { table[$0] }
    }

    /// Whether the likeliest reading of the Han characters around a break (up to four on each side)
    /// puts a word across it: 立 | 足国家, 统计 | 局 — the break then fell inside a word, not between
    /// a heading and its text. Words score their log2 frequency against jieba's total (about 2^26), a
    /// character standing alone a typical character's (2^10), as jieba's unigram segmentation does.
    public static func bridges(_ a: String, _ b: String) -> Bool {
        let left = Array(a.unicodeScalars.suffix(4).reversed().prefix { CharClass.isHan($0) }.reversed())
        let right = Array(b.unicodeScalars.prefix(4).prefix { CharClass.isHan($0) })
        guard !left.isEmpty, !right.isEmpty else { return false }
        let w = left + right
        let total = 26
        var best = [Int](repeating: Int.min / 2, count: w.count + 1)
        var length = [Int](repeating: 1, count: w.count + 1)
        best[0] = 0
        for i in 1...w.count {
            for len in 1...min(4, i) {
                let score: Int
                if len == 1 {
                    score = 10 - total
                } else if let entry = info(w[(i - len)..<i]) {
                    score = entry.logFrequency - total
                } else {
                    continue
                }
                if best[i - len] + score > best[i] {
                    best[i] = best[i - len] + score
                    length[i] = len
                }
            }
        }
        var end = w.count
        while end > 0 {
            let start = end - length[end]
            if start < left.count, end > left.count { return true }
            end = start
        }
        return false
    }

    /// The most frequent dictionary word (2–4 characters) that starts at `i`, as (length, log2 frequency).
    public static func bestWord(in u: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> (length: Int, logFrequency: Int)? {
        var best: (Int, Int)?
        for len in 2...4 where i + len <= u.count {
            if let entry = info(u[i..<(i + len)]), best == nil || entry.logFrequency > best!.1 { best = (len, entry.logFrequency) }
        }
        return best
    }
}
