/// Substring tests on UTF-8 bytes. `String.contains(_:)` resolves to Foundation's locale-aware search
/// on Linux, which is two orders of magnitude slower; markers are plain literal text, so bytes do.
extension String {
    /// `body` given the UTF-8 bytes of `self` and of `other` (a native String's own storage, not a copy).
    @inline(__always)
    func withBytes<R>(and other: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R) -> R {
        var a = self
        var b = other
        return a.withUTF8 { x in b.withUTF8 { y in body(x, y) } }
    }

    /// True when `needle`'s bytes occur in `self`'s.
    @inline(__always)
    func hasText(_ needle: String) -> Bool {
        withBytes(and: needle) { h, n in Self.occurs(n, in: h) }
    }

    /// True when `needle`'s bytes occur within the first `limit` bytes of `self`'s.
    func hasText(_ needle: String, inFirst limit: Int) -> Bool {
        withBytes(and: needle) { h, n in Self.occurs(n, in: UnsafeBufferPointer(rebasing: h[..<Swift.min(limit, h.count)])) }
    }

    /// True when `needle`'s bytes occur within the last `limit` bytes of `self`'s.
    func hasText(_ needle: String, inLast limit: Int) -> Bool {
        withBytes(and: needle) { h, n in Self.occurs(n, in: UnsafeBufferPointer(rebasing: h[Swift.max(0, h.count - limit)...])) }
    }

    /// The byte search itself: `n` anywhere in `h`.
    @inline(__always)
    static func occurs(_ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>) -> Bool {
        guard n.count > 0 else { return true }
        guard h.count >= n.count else { return false }
        let first = n[0]
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first, same(n, h, from: i) { return true }
            i += 1
        }
        return false
    }

    /// True when the ASCII byte occurs in `self`'s UTF-8 (no other scalar's bytes hold one below 0x80), found on
    /// the contiguous bytes: the generic search through `utf8` steps its index one byte at a time.
    @inline(__always)
    func hasByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// `hasPrefix` on bytes (no Unicode canonical equivalence: markers are literal).
    @inline(__always)
    func startsWithText(_ prefix: String) -> Bool {
        withBytes(and: prefix) { a, p in p.count <= a.count && Self.same(p, a, from: 0) }
    }

    /// `hasSuffix` on bytes.
    @inline(__always)
    func endsWithText(_ suffix: String) -> Bool {
        withBytes(and: suffix) { a, s in s.count <= a.count && Self.same(s, a, from: a.count - s.count) }
    }

    /// Whether the two Strings hold the same bytes (no Unicode canonical equivalence, which `==` reads for
    /// Chinese text at a cost).
    func hasSameBytes(as other: String) -> Bool {
        withBytes(and: other) { x, y in x.count == y.count && Self.same(y, x, from: 0) }
    }

    /// Whether `n`'s bytes stand in `h` from `start` on (which leaves room for them).
    @inline(__always)
    static func same(_ n: UnsafeBufferPointer<UInt8>, _ h: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var k = 0
        while k < n.count {
            if h[start + k] != n[k] { return false }
            k += 1
        }
        return true
    }
}

extension String {
    /// A string from scalars, encoded straight to UTF-8 (much faster than appending to a
    /// `UnicodeScalarView` one scalar at a time).
    @inline(__always)
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars {
            let v = s.value
            switch v {
            case 0..<0x80: bytes.append(UInt8(v))
            case 0x80..<0x800: bytes.append(contentsOf: [UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F)])
            case 0x800..<0x10000:
                bytes.append(contentsOf: [UInt8(0xE0 | v >> 12), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F)])
            default:
                bytes.append(contentsOf: [
                    UInt8(0xF0 | v >> 18), UInt8(0x80 | v >> 12 & 0x3F), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F),
                ])
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }

    /// The scalars as an array, decoded in one pass (`Array(unicodeScalars)` counts them first).
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0
                count = 0
                while i < b.count {
                    // (A String's bytes are valid UTF-8: a scalar opens at every step.)
                    (out.baseAddress! + count).initialize(to: UTF8Bytes.scalar(startingAt: i, in: b).unsafelyUnwrapped)
                    i += UTF8Bytes.length(opening: b[i])
                    count += 1
                }
            }
        }
    }

    /// Whether the text holds at least `n` scalars that are not blanks (counting stops there).
    func hasVisibleScalars(atLeast n: Int) -> Bool {
        var seen = 0
        for s in unicodeScalars where !CharClass.isSpace(s) {
            seen += 1
            if seen >= n { return true }
        }
        return seen >= n
    }

    /// Number of Unicode scalars, counted on the UTF-8 bytes.
    @inline(__always)
    public var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { b in
            var n = 0
            for c in b where c & 0xC0 != 0x80 { n &+= 1 }
            return n
        } ?? unicodeScalars.count
    }
}

/// Scalars read straight from UTF-8 bytes: a page's lines, a String's storage.
enum UTF8Bytes {
    /// The scalar whose first byte is at `i`; nil past the end, at a continuation byte or where the bytes stop short.
    @inline(__always)
    static func scalar(startingAt i: Int, in b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard i < b.count else { return nil }
        let c = b[i]
        var v: UInt32
        switch c {
        case 0..<0x80: return Unicode.Scalar(c)
        case 0xC0..<0xE0 where i + 1 < b.count: v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        case 0xE0..<0xF0 where i + 2 < b.count:
            v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        case 0xF0...0xF7 where i + 3 < b.count:
            v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        default: return nil
        }
        return Unicode.Scalar(v)
    }

    /// The scalar whose last byte is at `end - 1`.
    @inline(__always)
    static func scalar(endingAt end: Int, in b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard end > 0 else { return nil }
        var s = end - 1
        while s > 0, b[s] & 0xC0 == 0x80 { s -= 1 }
        return scalar(startingAt: s, in: b)
    }

    /// How many bytes the scalar that `lead` opens takes.
    @inline(__always)
    static func length(opening lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }
}
