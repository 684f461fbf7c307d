/// A small streaming JSON writer: keys in the order written, `null` for nil, UTF-8 text as is.
/// Faster than `JSONEncoder` and keeps the contract's key order.
public struct JSONWriter {
    public private(set) var output = ""
    let pretty: Bool
    var depth = 0
    /// Per open container: has it had an element yet?
    var hasElement: [Bool] = []
    var afterKey = false

    public init(pretty: Bool = false) { self.pretty = pretty }

    mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = hasElement.last {
            if last { output += "," }
            hasElement[hasElement.count - 1] = true
            if pretty { newline() }
        }
    }

    mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    public mutating func beginObject() {
        separate()
        output += "{"
        depth += 1
        hasElement.append(false)
    }

    public mutating func endObject() { close("}") }

    public mutating func beginArray() {
        separate()
        output += "["
        depth += 1
        hasElement.append(false)
    }

    public mutating func endArray() { close("]") }

    mutating func close(_ bracket: String) {
        depth -= 1
        if hasElement.removeLast(), pretty { newline() }
        output += bracket
    }

    public mutating func key(_ k: String) {
        separate()
        writeString(k)
        output += pretty ? ": " : ":"
        afterKey = true
    }

    public mutating func value(_ s: String?) {
        separate()
        if let s { writeString(s) } else { output += "null" }
    }

    public mutating func value(_ n: Int?) {
        separate()
        output += n.map(String.init) ?? "null"
    }

    /// A number or literal written as is.
    public mutating func raw(_ literal: String) {
        separate()
        output += literal
    }

    public mutating func value(_ b: Bool) {
        separate()
        output += b ? "true" : "false"
    }

    public mutating func field(_ k: String, _ s: String?) {
        key(k)
        value(s)
    }

    public mutating func field(_ k: String, _ n: Int?) {
        key(k)
        value(n)
    }

    public mutating func field(_ k: String, _ b: Bool) {
        key(k)
        value(b)
    }

    public mutating func field(_ k: String, number v: Double) {
        key(k)
        raw(Self.number(v))
    }

    /// A number as JSON: whole numbers without a point (41314, 1400000000000), others as Swift prints them (5.3).
    public static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    public mutating func field(_ k: String, strings: [String]) {
        key(k)
        beginArray()
        for s in strings { value(s) }
        endArray()
    }

    /// `[a, b]` on one line even when pretty.
    public mutating func field(_ k: String, pair: (Int, Int)) {
        key(k)
        separate()
        output += "[\(pair.0), \(pair.1)]"
    }

    public mutating func pair(_ p: (Int, Int)) {
        separate()
        output += "[\(p.0), \(p.1)]"
    }

    mutating func writeString(_ s: String) {
        output += "\""
        let needsEscape = s.utf8.withContiguousStorageIfAvailable { $0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
            ?? s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        if !needsEscape {
            output += s
        } else {
            var chunk = String.UnicodeScalarView()
            for u in s.unicodeScalars {
                switch u {
                case "\"": chunk.append(contentsOf: "\\\"".unicodeScalars)
                case "\\": chunk.append(contentsOf: "\\\\".unicodeScalars)
                case "\n": chunk.append(contentsOf: "\\n".unicodeScalars)
                case "\r": chunk.append(contentsOf: "\\r".unicodeScalars)
                case "\t": chunk.append(contentsOf: "\\t".unicodeScalars)
                default:
                    if u.value < 0x20 {
                        let hex = String(u.value, radix: 16)
                        chunk.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                    } else {
                        chunk.append(u)
                    }
                }
            }
            output += String(chunk)
        }
        output += "\""
    }
}
