/// Character classes used by every stage. All work on `Unicode.Scalar` so hot loops never build `Character`s.
public enum CharClass {
    /// A Han ideograph (CJK Unified Ideographs and extension A, compatibility ideographs, 〇).
    @inline(__always)
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v) || v == 0x3007
    }

    /// Blank for layout purposes: ASCII space and tab, U+00A0, U+3000, U+2000–U+200B, U+FEFF.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0xFEFF, 0x2000...0x200B, 0x202F, 0x205F: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    @inline(__always)
    public static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    @inline(__always)
    public static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v)
    }

    /// The number a circled figure stands for: ① → 1 … ⑳ → 20 (a series' installment, a photo's number).
    public static func circledNumber(_ s: Unicode.Scalar) -> Int? {
        (0x2460...0x2473).contains(s.value) ? Int(s.value - 0x2460) + 1 : nil
    }

    /// CJK punctuation and full-width forms: 、。，；：？！“”‘’（）《》【】…— and U+FF01–U+FF5E.
    @inline(__always)
    public static func isCJKPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3001...0x303F).contains(v) || (0xFF01...0xFF0F).contains(v) || (0xFF1A...0xFF20).contains(v)
            || (0xFF3B...0xFF40).contains(v) || (0xFF5B...0xFF65).contains(v)
            || (0x2018...0x201F).contains(v) || v == 0x2026 || v == 0x2014 || v == 0x00B7 || v == 0x2022
    }

    /// Han or CJK punctuation: the context in which ASCII punctuation is out of place.
    @inline(__always)
    public static func isCJK(_ s: Unicode.Scalar) -> Bool { isHan(s) || isCJKPunctuation(s) }

    /// Width in half-width units (Han, kana, full-width forms: 2; the rest: 1), as a typesetter counts a line.
    @inline(__always)
    public static func displayWidth(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x1100 { return 1 }
        // (U+3000 is as wide as a character: 赵　展 fills three columns.)
        // (So are the symbols of ambiguous width that Chinese type sets on a full em: ※, ℃, Ⅱ, →, ∶, ①, ─, ◆ ●, ★, ❶ —
        // U+2100 to U+27BF. A column of briefs' ◆ lines fill the width as the others do.)
        if isHan(s) || isCJKPunctuation(s) || v == 0x3000 || (0x3040...0x30FF).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0x2E80...0x2FDF).contains(v) || (0x2100...0x27BF).contains(v) || v == 0x203B
        {
            return 2
        }
        return 1
    }
}

extension StringProtocol {
    /// The text with every blank (ASCII, U+3000, no-break) taken out: 讣　告 → 讣告.
    public var withoutSpaces: String { String(String.UnicodeScalarView(unicodeScalars.filter { !CharClass.isSpace($0) })) }

    /// The text without leading and trailing `CharClass.isSpace` scalars.
    public var trimmedSpace: String {
        let u = unicodeScalars
        guard let first = u.firstIndex(where: { !CharClass.isSpace($0) }) else { return "" }
        let last = u.lastIndex(where: { !CharClass.isSpace($0) })!
        return String(scalars: u[first...last])
    }

    /// Display width in full-width characters (half-width counts one half), rounded up.
    public var displayColumns: Int {
        var s = String(self)
        return s.withUTF8 { UTF8Blank.columns($0) }
    }
}
