/// The text units an article hands to the entity extractors (headline, then paragraphs), as scalar
/// arrays, with helpers the extractors share.
struct EntityText {
    var units: [[Unicode.Scalar]]

    init(_ texts: [String]) { units = texts.map(\.scalarArray) }

    /// Spans already taken by one extractor, per unit, so another can step around them.
    struct Spans {
        private var byUnit: [Int: [Range<Int>]] = [:]
        mutating func add(_ unit: Int, _ r: Range<Int>) { byUnit[unit, default: []].append(r) }
        func overlaps(_ unit: Int, _ r: Range<Int>) -> Bool { byUnit[unit]?.contains { $0.overlaps(r) } ?? false }
        func contains(_ unit: Int, _ r: Range<Int>) -> Bool {
            byUnit[unit]?.contains { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound } ?? false
        }
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { CharClass.isHan(s) }

    /// Sentence and clause punctuation, brackets, quotes and blanks: where names and titles stop.
    @inline(__always)
    static func isDelimiter(_ s: Unicode.Scalar) -> Bool {
        !(CharClass.isHan(s) || CharClass.isASCIIAlnum(s) || CharClass.isDigit(s) || s == "·")
    }

    /// Positions where a clause starts: the text start, or after punctuation.
    @inline(__always)
    static func isClauseStart(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        i == 0 || isDelimiter(p[i - 1])
    }

    static func index(_ words: [String]) -> PhraseIndex<String> {
        var ix = PhraseIndex<String>()
        for w in words where w.unicodeScalars.count >= 2 { ix.insert(w, w) }
        return ix
    }
}
