/// Splits compiled-in tab-separated data into rows of fields on UTF-8 bytes (`String.split` works
/// on grapheme clusters and costs ten times as much at start-up).
enum TSV {
    static func rows(_ text: String) -> [[String]] {
        var copy = text
        return copy.withUTF8 { b in
            var rows: [[String]] = []
            var fields: [String] = []
            var start = 0
            for i in 0...b.count {
                let end = i == b.count
                let c: UInt8 = end ? 0x0A : b[i]
                guard c == 0x09 || c == 0x0A else { continue }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                start = i + 1
                if c == 0x0A {
                    if !(fields.count == 1 && fields[0].isEmpty) { rows.append(fields) }
                    fields = []
                }
            }
            return rows
        }
    }
}
