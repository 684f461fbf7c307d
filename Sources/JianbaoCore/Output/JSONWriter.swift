/// A small streaming JSON writer: keys in the order written, `null` for nil, UTF-8 text as is.
/// Faster than `JSONEncoder` and keeps the contract's key order.
public struct JSONWriter {
    /// The document so far, as UTF-8: bytes append with less bookkeeping than a String does.
    private var bytes: [UInt8] = []
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The document so far as its UTF-8 bytes, for output that goes out as bytes (no String made and read again).
    public var utf8: [UInt8] { bytes }
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
            if last { bytes.append(0x2C) }
            hasElement[hasElement.count - 1] = true
            if pretty { newline() }
        }
    }

    mutating func newline() {
        emit("\n")
        emit(String(repeating: "  ", count: depth))
    }

    public mutating func beginObject() {
        separate()
        bytes.append(0x7B)
        depth += 1
        hasElement.append(false)
    }

    public mutating func endObject() { close("}") }

    /// Ends a line between top-level values (JSON Lines: one value a line).
    public mutating func endLine() { bytes.append(0x0A) }

    public mutating func beginArray() {
        separate()
        bytes.append(0x5B)
        depth += 1
        hasElement.append(false)
    }

    public mutating func endArray() { close("]") }

    mutating func close(_ bracket: String) {
        depth -= 1
        if hasElement.removeLast(), pretty { newline() }
        emit(bracket)
    }

    public mutating func key(_ k: String) {
        separate()
        writeString(k)
        emit(pretty ? ": " : ":")
        afterKey = true
    }

    public mutating func value(_ s: String?) {
        separate()
        if let s { writeString(s) } else { emit("null") }
    }

    public mutating func value(_ n: Int?) {
        separate()
        emit(n.map(String.init) ?? "null")
    }

    /// A number or literal written as is.
    public mutating func raw(_ literal: String) {
        separate()
        emit(literal)
    }

    public mutating func value(_ b: Bool) {
        separate()
        emit(b ? "true" : "false")
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
        emit("[\(pair.0), \(pair.1)]")
    }

    public mutating func pair(_ p: (Int, Int)) {
        separate()
        emit("[\(p.0), \(p.1)]")
    }

    mutating func writeString(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { b in
            guard b.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
                bytes.append(contentsOf: b)
                return
            }
            for c in b {
                switch c {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])  // \"
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])  // \\
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])  // \n
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])  // \r
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])  // \t
                case ..<0x20:
                    let hex = String(c, radix: 16)
                    emit("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: bytes.append(c)
                }
            }
        }
        bytes.append(0x22)
    }

    mutating func emit(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
