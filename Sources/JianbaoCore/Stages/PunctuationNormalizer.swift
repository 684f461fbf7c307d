/// Stage 8 (optional, on by default): ASCII , ; : ? ! ( ) standing next to Chinese text become
/// their full-width forms (GB/T 15834). Scalar for scalar, so offsets and findings stay valid.
/// Digits on both sides (1,000 / 12:30) and Latin text keep ASCII, and so does :// in a URL.
/// Works on UTF-8 bytes: most paragraphs have no ASCII punctuation at all and pass untouched.
public enum PunctuationNormalizer {
    /// The full-width form's UTF-8 bytes after EF BC: ，8C ；9B ：9A ？9F ！81 （88 ）89.
    @inline(__always)
    static func wide(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x2C: return 0x8C
        case 0x3B: return 0x9B
        case 0x3A: return 0x9A
        case 0x3F: return 0x9F
        case 0x21: return 0x81
        case 0x28: return 0x88
        case 0x29: return 0x89
        default: return nil
        }
    }

    public static func normalize(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { b -> String in
            guard b.contains(where: { wide($0) != nil }) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 32)
            for i in 0..<b.count {
                let c = b[i]
                guard let w = wide(c) else {
                    out.append(c)
                    continue
                }
                let prev = scalar(endingAt: i, in: b)
                let next = scalar(startingAt: i + 1, in: b)
                let cjkSide = prev.map(CharClass.isCJK) == true || next.map(CharClass.isCJK) == true
                let latinBoth = prev.map(CharClass.isASCIIAlnum) == true && next.map(CharClass.isASCIIAlnum) == true
                let url = c == 0x3A && next == "/"
                if cjkSide && !latinBoth && !url {
                    out.append(contentsOf: [0xEF, 0xBC, w])
                } else {
                    out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The scalar whose last byte is at `end - 1`.
    @inline(__always)
    static func scalar(endingAt end: Int, in b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard end > 0 else { return nil }
        var s = end - 1
        while s > 0, b[s] & 0xC0 == 0x80 { s -= 1 }
        return scalar(startingAt: s, in: b)
    }

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

    /// The article with headline stack and paragraphs normalised.
    public static func normalize(_ a: Article) -> Article {
        var a = a
        a.kicker = a.kicker.map(normalize)
        a.headline = a.headline.map(normalize)
        a.subtitle = a.subtitle.map(normalize)
        for i in a.paragraphs.indices { a.paragraphs[i].text = normalize(a.paragraphs[i].text) }
        return a
    }
}
