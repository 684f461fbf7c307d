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

    public var isBlank: Bool { text.isEmpty }
    /// Indented as a paragraph start: at least one full-width (two half-width) blank.
    public var isIndented: Bool { indent >= 2 }

    public init(number: Int, raw: Substring) {
        self.number = number
        var indent = 0
        var start = raw.unicodeScalars.startIndex
        for s in raw.unicodeScalars {
            guard CharClass.isSpace(s) else { break }
            switch s.value {
            case 0x3000: indent += 2
            case 0x09: indent += 4
            case 0xFEFF, 0x200B: break
            default: indent += 1
            }
            start = raw.unicodeScalars.index(after: start)
        }
        let rest = raw.unicodeScalars[start...]
        if let last = rest.lastIndex(where: { !CharClass.isSpace($0) }) {
            text = String(String.UnicodeScalarView(rest[...last]))
        } else {
            text = ""
            indent = 0
        }
        self.indent = indent
        self.columns = text.displayColumns
    }
}
