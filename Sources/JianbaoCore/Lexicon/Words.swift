/// Word frequencies of modern Chinese (jieba's dictionary, 2–4 characters): used to decide where a
/// name ends (孙承川|履职 rather than 孙承|川履) and whether a short place name is an ordinary word.
public enum Words {
    public struct Info: Sendable {
        /// round(log2(frequency)).
        public var logFrequency: Int
        /// jieba's part of speech (n, v, ns, nr …).
        public var pos: String
    }

    static let table: [String: Info] = {
        var t: [String: Info] = [:]
        t.reserveCapacity(60000)
        for f in TSV.rows(WordsData.text) {
            guard f.count == 3, let n = Int(f[1]) else { continue }
            t[f[0]] = Info(logFrequency: n, pos: f[2])
        }
        return t
    }()

    public static func info(_ word: String) -> Info? { table[word] }

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
                } else if let info = table[String(scalars: w[(i - len)..<i])] {
                    score = info.logFrequency - total
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
            let w = String(scalars: u[i..<(i + len)])
            if let info = table[w], best == nil || info.logFrequency > best!.1 { best = (len, info.logFrequency) }
        }
        return best
    }
}
