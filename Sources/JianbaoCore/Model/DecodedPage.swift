/// Text encodings the decoder recognises; raw values are the contract's `source.encoding` values.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
    case big5
}

/// Line terminators found in the raw text; raw values are the contract's `source.lineEnding` values.
public enum LineEnding: String, Sendable {
    case lf, crlf, cr, mixed, none
}

/// What a page dump looks like; raw values are the contract's `source.layout` values.
public enum PageLayout: String, Sendable, CaseIterable {
    /// One paragraph a line; blank lines between blocks and at column and page breaks (often mid-sentence).
    case blankLineBreaks = "blank-line-breaks"
    /// One paragraph a line, paragraphs indented (two U+3000); a column break leaves an unindented continuation.
    case indented
    /// PDF-to-text: every line wrapped at a fixed width, paragraphs start indented.
    case hardWrapped = "hard-wrapped"
}

/// A page's raw bytes turned into lines, with how they were encoded.
public struct DecodedPage: Sendable {
    public var sha256: String
    public var byteCount: Int
    public var encoding: TextEncoding
    /// True when the encoding was forced by the caller rather than detected.
    public var encodingForced: Bool
    public var hadBOM: Bool
    public var lineEnding: LineEnding
    /// Every line of the page, blank ones included, numbered from 1.
    public var lines: [SourceLine]
    /// Where the file held a few bytes that are not UTF-8 in otherwise UTF-8 text (a copy cut inside a character, a
    /// stray byte): the file offset of each such sequence, each read as one U+FFFD. Empty for a clean file.
    public var replacedByteOffsets: [Int] = []

    public init(
        sha256: String, byteCount: Int, encoding: TextEncoding, encodingForced: Bool, hadBOM: Bool,
        lineEnding: LineEnding, lines: [SourceLine]
    ) {
        self.sha256 = sha256
        self.byteCount = byteCount
        self.encoding = encoding
        self.encodingForced = encodingForced
        self.hadBOM = hadBOM
        self.lineEnding = lineEnding
        self.lines = lines
    }

    /// One line for people where bytes were replaced (nil for a clean file): how many, and where the first was.
    public var replacementWarning: String? {
        guard let first = replacedByteOffsets.first else { return nil }
        let n = replacedByteOffsets.count
        return "\(n) invalid UTF-8 byte sequence\(n == 1 ? "" : "s") read as U+FFFD, the first at byte offset \(first) [W201]"
    }

    /// The line with the given 1-based number.
    public func line(_ number: Int) -> SourceLine { lines[number - 1] }
}
