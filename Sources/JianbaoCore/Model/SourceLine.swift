/// One line of the decoded page, as the reflower sees it.
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the decoded page.
    public var number: Int
    /// The line without leading and trailing blanks; inner no-break and ideographic spaces are kept.
    public var text: String
    /// Leading blank width in half-width units (U+3000 counts 2, a space or U+00A0 counts 1, a tab 4).
    public var indent: Int
    /// Display width of `text` in full-width characters (a half-width character counts one half).
    public var columns: Int
    /// Blanks followed the text on the printed line (dropped from `text`): a wrap may have cut right after them.
    public var trailingBlank = false
    /// Centred over its column by blanks (`PageDecoder.centredFlush`; its indent is then 0): a whole heading line
    /// that no wrap cut, never the rest of the line above it.
    public var centred = false

    public var isBlank: Bool { text.isEmpty }
    /// Indented as a paragraph start: at least one full-width (two half-width) blank.
    public var isIndented: Bool { indent >= 2 }

    /// The line with `text` in place of its text (measured anew), all else as it was read: indent, a trailing
    /// blank, whether it was centred.
    public func withText(_ text: String) -> SourceLine {
        var line = self
        line.text = text
        line.columns = text.displayColumns
        return line
    }

    public init(number: Int, text: String, indent: Int, trailingBlank: Bool = false) {
        self.number = number
        self.text = text
        self.indent = text.isEmpty ? 0 : indent
        self.columns = text.displayColumns
        self.trailingBlank = !text.isEmpty && trailingBlank
    }

    /// Builds the line from its UTF-8 bytes (valid UTF-8, no line terminator) without going through
    /// `Character`s: leading blanks measured, trailing blanks dropped.
    public init(number: Int, utf8 b: UnsafeBufferPointer<UInt8>) {
        self.number = number
        var i = 0
        var indent = 0
        // Leading blanks: space, tab, U+00A0, U+3000, U+2000–U+200B, U+FEFF.
        while i < b.count, let (width, length) = UTF8Blank.at(b, i) {
            indent += width
            i += length
        }
        var end = b.count
        while end > i, let length = UTF8Blank.endingAt(b, end) { end -= length }
        let body = UnsafeBufferPointer(rebasing: b[i..<end])
        if let visible = UTF8Blank.withoutInvisibles(body) {
            self.text = visible.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            self.columns = visible.withUnsafeBufferPointer { UTF8Blank.columns($0) }
        } else {
            self.text = String(decoding: body, as: UTF8.self)
            self.columns = UTF8Blank.columns(body)
        }
        self.indent = text.isEmpty ? 0 : indent
        self.trailingBlank = !text.isEmpty && end < b.count
    }
}

/// Blank characters and widths read straight from UTF-8 bytes.
enum UTF8Blank {
    /// The text without the invisible characters that web copies scatter in it (zero-width space, joiners, word
    /// joiner, a BOM inside the text, soft hyphen), or nil when it has none. They mark no break and take no room:
    /// 本报​讯 is 本报讯.
    static func withoutInvisibles(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        func invisible(_ i: Int) -> Int? {
            switch b[i] {
            case 0xC2 where i + 1 < b.count && b[i + 1] == 0xAD: return 2
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (0x8B...0x8D).contains(b[i + 2]): return 3
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x81 && b[i + 2] == 0xA0: return 3
            case 0xEF where i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF: return 3
            default: return nil
            }
        }
        var i = 0
        while i < b.count, invisible(i) == nil { i += 1 }
        guard i < b.count else { return nil }
        var out = Array(b[..<i])
        while i < b.count {
            if let n = invisible(i) {
                i += n
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return out
    }

    /// The blank starting at `i`: its width in half-width units and its length in bytes.
    @inline(__always)
    static func at(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int)? {
        switch b[i] {
        case 0x20, 0x0B, 0x0C: return (1, 1)
        case 0x09: return (4, 1)
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0: return (1, 2)
        case 0xE3 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80: return (2, 3)
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] <= 0x8B: return (b[i + 2] == 0x8B ? 0 : 1, 3)
        case 0xEF where i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF: return (0, 3)
        default: return nil
        }
    }

    /// Length in bytes of the blank that ends right before `end`, if any.
    @inline(__always)
    static func endingAt(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        let c = b[end - 1]
        if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { return 1 }
        if c == 0xA0, end >= 2, b[end - 2] == 0xC2 { return 2 }
        guard end >= 3 else { return nil }
        let (x, y) = (b[end - 3], b[end - 2])
        if x == 0xE3, y == 0x80, c == 0x80 { return 3 }
        if x == 0xE2, y == 0x80, c <= 0x8B { return 3 }
        if x == 0xEF, y == 0xBB, c == 0xBF { return 3 }
        return nil
    }

    /// Display columns of valid UTF-8 text, as `CharClass.displayWidth` counts them, halved and rounded up.
    /// A single space between a full-width character and a letter or digit (2021 年 6 月, 增长 6.8%) counts a
    /// quarter of a character: PDF-to-text prints one where Chinese type sets its quarter-em gap between
    /// Chinese and Western characters, no wider.
    @inline(__always)
    static func columns(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var halves = 0
        var quarters = 0
        var i = 0
        // The width of the character before `i` (0 at the start) and whether it was a letter or digit.
        var previousWidth = 0
        var previousAlnum = false
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c == 0x20, i + 1 < b.count, previousWidth == 2 && isAlnum(b[i + 1]) || previousAlnum && b[i + 1] >= 0xE0 && wideAt(b, i + 1) {
                    quarters += 1
                    previousWidth = 1
                    previousAlnum = false
                    i += 1
                    continue
                }
                halves += 1
                previousWidth = 1
                previousAlnum = isAlnum(c)
                i += 1
            } else if c < 0xE0 {
                halves += 1
                (previousWidth, previousAlnum) = (1, false)
                i += 2
            } else if c < 0xF0 {
                let width = wideAt(b, i) ? 2 : 1
                halves += width
                (previousWidth, previousAlnum) = (width, false)
                i += 3
            } else {
                halves += 2
                (previousWidth, previousAlnum) = (2, false)
                i += 4
            }
        }
        return (2 * halves + quarters + 3) / 4
    }

    @inline(__always)
    static func isAlnum(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }

    /// Whether the three-byte character at `i` is full width (the text is valid UTF-8).
    @inline(__always)
    static func wideAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard b[i] >= 0xE0, b[i] < 0xF0, i + 2 < b.count else { return b[i] >= 0xF0 }
        let scalar = (UInt32(b[i] & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        return CharClass.displayWidth(Unicode.Scalar(scalar) ?? " ") == 2
    }
}
