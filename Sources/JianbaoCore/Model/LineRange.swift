/// A closed range of 1-based line numbers in the decoded page: the provenance every block,
/// paragraph, article and dropped fragment carries.
public struct LineRange: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        precondition(first <= last, "LineRange(\(first), \(last)) is empty")
        self.first = first
        self.last = last
    }

    public init(line: Int) { self.init(line, line) }

    /// The smallest range covering both.
    public func union(_ other: LineRange) -> LineRange {
        LineRange(Swift.min(first, other.first), Swift.max(last, other.last))
    }

    public func contains(_ line: Int) -> Bool { first <= line && line <= last }

    public static func < (a: LineRange, b: LineRange) -> Bool {
        (a.first, a.last) < (b.first, b.last)
    }

    public var description: String { first == last ? "L\(first)" : "L\(first)-\(last)" }
}

/// Two lines of the page that were rejoined into one paragraph across a column or page break.
public struct LineJoin: Sendable, Hashable {
    public var from: Int
    public var to: Int
    public init(_ from: Int, _ to: Int) {
        self.from = from
        self.to = to
    }
}
