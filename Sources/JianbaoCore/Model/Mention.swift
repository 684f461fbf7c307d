/// One occurrence of an entity in a text unit (a headline or a paragraph), with scalar offsets.
public struct Mention: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, place, organization, date, title

        /// The kinds in the alphabetical order of their names, the order of mentions that start at one place:
        /// a number to compare instead of the names.
        public var nameOrder: Int {
            switch self {
            case .date: 0
            case .organization: 1
            case .person: 2
            case .place: 3
            case .title: 4
            }
        }
    }

    public var kind: Kind
    public var text: String
    /// Which text unit (0 = the first one handed to the extractor).
    public var unit: Int
    /// Scalar offsets into that unit, end exclusive.
    public var start: Int
    public var end: Int
    /// Person: their titles; place: its code; date: ISO day.
    public var detail: String?

    public init(kind: Kind, text: String, unit: Int, start: Int, end: Int, detail: String? = nil) {
        self.kind = kind
        self.text = text
        self.unit = unit
        self.start = start
        self.end = end
        self.detail = detail
    }
}

/// An enumeration of (name, number, unit) printed in the text: 沈阳市28例、大连市19例…
public struct Table: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var number: Double
        public var unit: String
        public init(name: String, number: Double, unit: String) {
            self.name = name
            self.number = number
            self.unit = unit
        }
    }

    /// The clause that introduces the enumeration (全省125例确诊病例中), or nil.
    public var caption: String?
    public var rows: [Row]
    /// The page line the enumeration starts on (0 when extracted from plain text).
    public var line: Int

    public init(caption: String?, rows: [Row], line: Int) {
        self.caption = caption
        self.rows = rows
        self.line = line
    }
}

/// A figure printed with its unit (41314元, 5.3%, 1.4万亿斤, 300多万人次): what it says, as a number.
public struct Quantity: Sendable, Equatable {
    /// As printed, with 约/近 before and 左右 after where they stand there.
    public var text: String
    /// The figure with its multiplier applied (1.4万亿 → 1.4e12; 5.3% → 5.3).
    public var value: Double
    /// 元, %, 个百分点, 人次, 斤 …; nil for a bare count with a multiplier (1.4万亿).
    public var unit: String?
    /// 多, 余, 约, 近, 逾 or 左右 says the figure is rounded.
    public var approximate: Bool
    /// The page line the figure is on (0 when extracted from plain text).
    public var line: Int

    public init(text: String, value: Double, unit: String?, approximate: Bool, line: Int) {
        self.text = text
        self.value = value
        self.unit = unit
        self.approximate = approximate
        self.line = line
    }
}
