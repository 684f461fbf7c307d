import GRDB
import GRDBSQLite
import JianbaoCore

/// FTS5 tokenizer for Chinese newspaper text, registered as `jianbao_han`.
///
/// SQLite's unicode61 keeps a run of Han characters as one token and trigram finds nothing under
/// three characters, so two-character names (周波) and one-character queries would be lost. Here a
/// document's Han run yields, at each character, the bigram it starts (the run's last character
/// stands alone); a query's Han run of two or more characters yields its bigrams, which FTS5 matches
/// as a phrase at consecutive positions. A one-character term is searched as a prefix (疫*: every
/// token that starts with it), which finds every occurrence since every position's token starts with
/// its character. One token per character keeps the index half the size of characters plus bigrams.
/// Latin letters and digits form lower-cased words (full-width forms folded to ASCII). Traditional
/// characters are folded to simplified ones (`ScriptFolder.fold`: 陳明 is indexed and searched as
/// 陈明), so a query in either script finds a page printed in either.
public final class HanTokenizer: FTS5CustomTokenizer {
    public static let name = "jianbao_han"

    public init(db: Database, arguments: [String]) throws {}

    enum Class { case han, word, other }

    @inline(__always)
    static func classify(_ v: UInt32) -> Class {
        if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3134F).contains(v) || v == 0x3007
        {
            return .han
        }
        if (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
        {
            return .word
        }
        return .other
    }

    public func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let query = tokenization.contains(.query)
        // Decode scalars with their byte spans.
        var scalars: [(v: UInt32, start: Int, end: Int)] = []
        scalars.reserveCapacity(bytes.count / 2)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            var v: UInt32
            var n: Int
            switch c {
            case 0..<0x80: (v, n) = (UInt32(c), 1)
            case 0xC0..<0xE0: (v, n) = (UInt32(c & 0x1F), 2)
            case 0xE0..<0xF0: (v, n) = (UInt32(c & 0x0F), 3)
            case 0xF0..<0xF8: (v, n) = (UInt32(c & 0x07), 4)
            default: (v, n) = (0xFFFD, 1)
            }
            if i + n > bytes.count { n = bytes.count - i }
            for k in 1..<max(n, 1) { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
            scalars.append((v, i, i + n))
            i += n
        }
        var token: [UInt8] = []
        // Han characters and their bigrams are slices of the input itself: hand them over as they are.
        func emit(_ start: Int, _ end: Int, _ flags: CInt) -> CInt {
            tokenCallback(context, flags, pText + start, CInt(end - start), CInt(start), CInt(end))
        }
        func emitFolded(_ t: [UInt8], _ flags: CInt, _ start: Int, _ end: Int) -> CInt {
            t.withUnsafeBufferPointer { b in
                b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                    tokenCallback(context, flags, $0, CInt(b.count), CInt(start), CInt(end))
                }
            }
        }
        // A Han token with a traditional character in it is handed over in simplified characters.
        let traditional = ScriptFolder.traditional  // (read once, not at every character)
        func emitHan(_ j: Int, through last: Int) -> CInt {
            guard (j...last).contains(where: { Unicode.Scalar(scalars[$0].v).map(traditional.contains) == true }) else {
                return emit(scalars[j].start, scalars[last].end, 0)
            }
            token.removeAll(keepingCapacity: true)
            for m in j...last {
                let s = Unicode.Scalar(scalars[m].v)!
                token.append(contentsOf: String(ScriptFolder.fold(s)).utf8)
            }
            return emitFolded(token, 0, scalars[j].start, scalars[last].end)
        }
        var k = 0
        while k < scalars.count {
            switch Self.classify(scalars[k].v) {
            case .other:
                k += 1
            case .word:
                let start = scalars[k].start
                token.removeAll(keepingCapacity: true)
                var plain = true
                while k < scalars.count, Self.classify(scalars[k].v) == .word {
                    var v = scalars[k].v
                    if v >= 0xFF00 {
                        v -= 0xFEE0
                        plain = false
                    }
                    if (0x41...0x5A).contains(v) {
                        v += 0x20
                        plain = false
                    }
                    token.append(UInt8(v))
                    k += 1
                }
                let end = scalars[k - 1].end
                let rc = plain ? emit(start, end, 0) : emitFolded(token, 0, start, end)
                if rc != SQLITE_OK { return rc }
            case .han:
                let runStart = k
                while k < scalars.count, Self.classify(scalars[k].v) == .han { k += 1 }
                let single = k - runStart == 1
                for j in runStart..<k {
                    let hasNext = j + 1 < k
                    var rc = SQLITE_OK
                    if query {
                        // A query emits bigrams only (a phrase), or the lone character.
                        if hasNext {
                            rc = emitHan(j, through: j + 1)
                        } else if single {
                            rc = emitHan(j, through: j)
                        }
                    } else {
                        rc = emitHan(j, through: hasNext ? j + 1 : j)
                    }
                    if rc != SQLITE_OK { return rc }
                }
            }
        }
        return SQLITE_OK
    }
}
