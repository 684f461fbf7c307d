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
