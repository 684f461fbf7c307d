import Foundation

/// The search syntax: terms (AND), "phrases" (also “…”), -exclusion, OR between two items.
/// Parsed into an FTS5 MATCH expression whose strings the `jianbao_han` tokenizer splits; a
/// malformed query is a `SearchQueryError` naming the problem and where, never an SQL error.
public struct SearchQuery: Sendable, Equatable {
    /// Groups ANDed together; the items of a group are ORed.
    public var groups: [[String]]
    public var excluded: [String]

    public static let maxLength = 500

    public static func parse(_ text: String) throws(SearchQueryError) -> SearchQuery {
        guard text.unicodeScalars.count <= maxLength else {
            throw SearchQueryError(message: "the query is longer than \(maxLength) characters", position: maxLength)
        }
        // Tokens: (text, excluded, isOR).
        var tokens: [(text: String, excluded: Bool, isOr: Bool, position: Int)] = []
        let u = Array(text.unicodeScalars)
        var i = 0
        while i < u.count {
            if u[i].properties.isWhitespace || u[i] == "\u{3000}" {
                i += 1
                continue
            }
            let start = i
            var excluded = false
            if u[i] == "-" || u[i] == "－" {
                excluded = true
                i += 1
            }
            if i < u.count, u[i] == "\"" || u[i] == "“" || u[i] == "”" {
                let close: Set<Unicode.Scalar> = u[i] == "\"" ? ["\""] : ["”", "“"]
                i += 1
                let s = i
                while i < u.count, !close.contains(u[i]) { i += 1 }
                guard i < u.count else { throw SearchQueryError(message: "the quote opened here is never closed", position: start) }
                tokens.append((String(String.UnicodeScalarView(u[s..<i])), excluded, false, start))
                i += 1
                continue
            }
            let s = i
            while i < u.count, !(u[i].properties.isWhitespace || u[i] == "\u{3000}") { i += 1 }
            let word = String(String.UnicodeScalarView(u[s..<i]))
            if word.isEmpty { throw SearchQueryError(message: "a '-' must be followed by a term", position: start) }
            tokens.append((word, excluded, word == "OR" && !excluded, start))
        }
        guard !tokens.isEmpty else { throw SearchQueryError(message: "the query is empty", position: 0) }
        var groups: [[String]] = []
        var excludedTerms: [String] = []
        var k = 0
        var pendingOr = false
        while k < tokens.count {
            let t = tokens[k]
            if t.isOr {
                guard let last = groups.last, !last.isEmpty, !pendingOr, k + 1 < tokens.count, !tokens[k + 1].excluded, !tokens[k + 1].isOr else {
                    throw SearchQueryError(message: "OR needs a term on each side", position: t.position)
                }
                pendingOr = true
                k += 1
                continue
            }
            try checkSearchable(t.text, position: t.position)
            if t.excluded {
                excludedTerms.append(t.text)
            } else if pendingOr {
                groups[groups.count - 1].append(t.text)
                pendingOr = false
            } else {
                groups.append([t.text])
            }
            k += 1
        }
        guard !groups.isEmpty else {
            throw SearchQueryError(message: "the query only excludes: add a term to look for", position: 0)
        }
        return SearchQuery(groups: groups, excluded: excludedTerms)
    }

    static func checkSearchable(_ term: String, position: Int) throws(SearchQueryError) {
        let ok = term.unicodeScalars.contains { s in
            HanTokenizer.classify(s.value) != .other
        }
        if !ok { throw SearchQueryError(message: "「\(term)」 has no character that can be searched", position: position) }
    }

    /// The FTS5 expression: ((g1) AND (g2)) NOT x NOT y, each item an FTS5 string; a lone Han
    /// character is a prefix query ("疫"*), see `HanTokenizer`.
    public var expression: String {
        func quoted(_ s: String) -> String {
            let q = "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let u = Array(s.unicodeScalars)
            return u.count == 1 && HanTokenizer.classify(u[0].value) == .han ? q + "*" : q
        }
        let positive = groups.map { "(" + $0.map(quoted).joined(separator: " OR ") + ")" }.joined(separator: " AND ")
        return excluded.reduce("(" + positive + ")") { $0 + " NOT " + quoted($1) }
    }

    /// Every term looked for, for marking hits in text.
    public var terms: [String] { groups.flatMap { $0 } }
}

public struct SearchQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Character offset in the query.
    public var position: Int
    public var description: String { "bad query at character \(position + 1): \(message)" }
}

