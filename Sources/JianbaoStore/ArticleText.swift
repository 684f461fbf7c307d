import GRDB

/// The SQL function behind the `article_text` view, the text the search index holds for an article.
///
/// `jianbao_lines(array)` joins a JSON array of strings (an article's `paragraphs`, as `json_extract`
/// returns it) with newlines. FTS5 reads an external-content table's rows with statements that may not
/// use virtual tables, so `json_each` cannot do this inside the view; a scalar function can.
enum ArticleText {
    static let function = DatabaseFunction("jianbao_lines", argumentCount: 1, pure: true) { values in
        guard let json = String.fromDatabaseValue(values[0]) else { return nil }
        return joinedLines(json)
    }

    /// The strings of a JSON array joined by newlines; nil when `json` is not an array of strings.
    static func joinedLines(_ json: String) -> String? {
        var json = json
        return json.withUTF8 { b -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var i = 0
            func skipBlanks() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
            func hex4() -> UInt32? {
                guard i + 4 <= b.count else { return nil }
                var v: UInt32 = 0
                for k in 0..<4 {
                    let c = b[i + k]
                    let d: UInt8
                    switch c {
                    case 0x30...0x39: d = c - 0x30
                    case 0x41...0x46: d = c - 0x37
                    case 0x61...0x66: d = c - 0x57
                    default: return nil
                    }
                    v = v << 4 | UInt32(d)
                }
                i += 4
                return v
            }
            func append(_ v: UInt32) {
                UTF8.encode(Unicode.Scalar(v) ?? "\u{FFFD}") { out.append($0) }
            }
            skipBlanks()
            guard i < b.count, b[i] == 0x5B else { return nil }  // [
            i += 1
            skipBlanks()
            if i < b.count, b[i] == 0x5D { return "" }  // ]
            var first = true
            while true {
                skipBlanks()
                guard i < b.count, b[i] == 0x22 else { return nil }  // "
                i += 1
                if !first { out.append(0x0A) }
                first = false
                while true {
                    guard i < b.count else { return nil }
                    let c = b[i]
                    if c == 0x22 {
                        i += 1
                        break
                    }
                    if c != 0x5C {
                        // Plain bytes up to the next quote or backslash, copied as they are.
                        var j = i + 1
                        while j < b.count, b[j] != 0x22, b[j] != 0x5C { j += 1 }
                        out.append(contentsOf: b[i..<j])
                        i = j
                        continue
                    }
                    i += 1
                    guard i < b.count else { return nil }
                    let e = b[i]
                    i += 1
                    switch e {
                    case 0x22, 0x5C, 0x2F: out.append(e)
                    case 0x62: out.append(0x08)
                    case 0x66: out.append(0x0C)
                    case 0x6E: out.append(0x0A)
                    case 0x72: out.append(0x0D)
                    case 0x74: out.append(0x09)
                    case 0x75:
                        guard var v = hex4() else { return nil }
                        // A surrogate pair: \uD83D\uDE00.
                        if (0xD800..<0xDC00).contains(v), i + 6 <= b.count, b[i] == 0x5C, b[i + 1] == 0x75 {
                            i += 2
                            guard let low = hex4() else { return nil }
                            if (0xDC00..<0xE000).contains(low) {
                                v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                append(0xFFFD)
                                v = low
                            }
                        }
                        append(v)
                    default: return nil
                    }
                }
                skipBlanks()
                guard i < b.count else { return nil }
                if b[i] == 0x2C {  // ,
                    i += 1
                    continue
                }
                guard b[i] == 0x5D else { return nil }
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}
