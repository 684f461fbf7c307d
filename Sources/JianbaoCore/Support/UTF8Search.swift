/// Substring tests on UTF-8 bytes. `String.contains(_:)` resolves to Foundation's locale-aware search
/// on Linux, which is two orders of magnitude slower; markers are plain literal text, so bytes do.
extension String {
    /// True when `needle`'s bytes occur in `self`'s.
    @inline(__always)
    func hasText(_ needle: String) -> Bool {
        var hay = self
        var pin = needle
        return hay.withUTF8 { h in pin.withUTF8 { n in Self.occurs(n, in: h) } }
    }

    /// True when `needle`'s bytes occur within the first `limit` bytes of `self`'s.
    func hasText(_ needle: String, inFirst limit: Int) -> Bool {
        var hay = self
        var pin = needle
        return hay.withUTF8 { h in pin.withUTF8 { n in Self.occurs(n, in: UnsafeBufferPointer(rebasing: h[..<Swift.min(limit, h.count)])) } }
    }

    /// True when `needle`'s bytes occur within the last `limit` bytes of `self`'s.
    func hasText(_ needle: String, inLast limit: Int) -> Bool {
        var hay = self
        var pin = needle
        return hay.withUTF8 { h in pin.withUTF8 { n in Self.occurs(n, in: UnsafeBufferPointer(rebasing: h[Swift.max(0, h.count - limit)...])) } }
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
            if h[i] == first {
                var j = 1
                while j < n.count, h[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// `hasPrefix` on bytes (no Unicode canonical equivalence: markers are literal).
    @inline(__always)
    func startsWithText(_ prefix: String) -> Bool {
        let a = utf8
        let p = prefix.utf8
        guard a.count >= p.count else { return false }
        return a.starts(with: p)
    }

    /// `hasSuffix` on bytes.
    @inline(__always)
    func endsWithText(_ suffix: String) -> Bool {
        let a = utf8
        let s = suffix.utf8
        guard a.count >= s.count else { return false }
        return a.suffix(s.count).elementsEqual(s)
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
            // (A String's bytes are valid UTF-8: each scalar's first byte says how many follow.)
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0
                var k = 0
                while i < b.count {
                    let c = UInt32(b[i])
                    let v: UInt32
                    if c < 0x80 {
                        v = c
                        i += 1
                    } else if c < 0xE0 {
                        v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                        i += 2
                    } else if c < 0xF0 {
                        v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                        i += 4
                    }
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(v).unsafelyUnwrapped)
                    k += 1
                }
                count = k
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
