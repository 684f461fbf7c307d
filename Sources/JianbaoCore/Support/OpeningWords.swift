/// Words looked for at the start of a text, grouped by their first character: a line is read against only the
/// words that open with its own first character (most lines, none), where `words.first(where: text.startsWithText)`
/// reads every word of the list. Each group keeps the list's order, so `first(opening:)` finds the word the list
/// would have found first.
public struct OpeningWords: Sendable, ExpressibleByArrayLiteral {
    private let initials: ScalarSet
    private let byInitial: [Unicode.Scalar: [String]]

    /// `words` must be non-empty strings (an empty one would open every text).
    public init(_ words: [String]) {
        precondition(!words.contains(""), "an empty opening word")
        initials = ScalarSet(words.compactMap(\.unicodeScalars.first))
        var groups: [Unicode.Scalar: [String]] = [:]
        for w in words { groups[w.unicodeScalars.first!, default: []].append(w) }
        byInitial = groups
    }

    public init(arrayLiteral elements: String...) { self.init(elements) }

    /// The first word of the list that `text` opens with.
    @inline(__always)
    public func first(opening text: String) -> String? {
        guard let f = text.unicodeScalars.first, initials.contains(f) else { return nil }
        return byInitial[f]?.first(where: text.startsWithText)
    }

    /// Whether `text` opens with one of the words.
    @inline(__always)
    public func opens(_ text: String) -> Bool { first(opening: text) != nil }
}
