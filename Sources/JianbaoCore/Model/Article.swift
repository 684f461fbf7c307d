/// One piece on the page: a news story, a photo, a continuation, a commentary or a brief.
public struct Article: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case news, photo, continuation, commentary, brief, other
    }

    /// Stable: the same page bytes give the same id (page hash prefix and first line).
    public var id: String
    public var kind: Kind
    public var kicker: String?
    public var headline: String?
    public var subtitle: String?
    public var continuedFromPage: Int?
    public var continuesOnPage: Int?
    public var source: String?
    public var dateline: Dateline?
    public var reporters: [String]
    public var photographers: [String]
    /// Body paragraphs: no lead, no jump marker, no credit.
    public var paragraphs: [Paragraph]
    /// Every block that makes up the article, headline stack and markers included.
    public var blocks: [Block]
    public var range: LineRange
    public var entities: Entities
    public var findings: [Finding]

    public init(
        id: String, kind: Kind, kicker: String? = nil, headline: String? = nil, subtitle: String? = nil,
        continuedFromPage: Int? = nil, continuesOnPage: Int? = nil, source: String? = nil,
        dateline: Dateline? = nil, reporters: [String] = [], photographers: [String] = [],
        paragraphs: [Paragraph], blocks: [Block], range: LineRange, entities: Entities = Entities(),
        findings: [Finding] = []
    ) {
        self.id = id
        self.kind = kind
        self.kicker = kicker
        self.headline = headline
        self.subtitle = subtitle
        self.continuedFromPage = continuedFromPage
        self.continuesOnPage = continuesOnPage
        self.source = source
        self.dateline = dateline
        self.reporters = reporters
        self.photographers = photographers
        self.paragraphs = paragraphs
        self.blocks = blocks
        self.range = range
        self.entities = entities
        self.findings = findings
    }

    /// Headline and paragraphs, the text that search and extraction read.
    public var bodyText: String { paragraphs.map(\.text).joined(separator: "\n") }
}

/// A body paragraph with the lines it came from.
public struct Paragraph: Sendable, Equatable {
    public var text: String
    public var range: LineRange
    /// Where each source line's text starts in `text` (in unicode scalars), for mapping offsets back to lines.
    public var lineStarts: [LineOffset]

    public init(text: String, range: LineRange, lineStarts: [LineOffset]) {
        self.text = text
        self.range = range
        self.lineStarts = lineStarts
    }

    /// The page line holding the scalar at `offset` of `text`.
    public func line(atScalarOffset offset: Int) -> Int {
        var line = range.first
        for s in lineStarts where s.offset <= offset { line = s.line }
        return line
    }
}

/// A source line and the scalar offset where its text begins inside a joined string.
public struct LineOffset: Sendable, Equatable {
    public var line: Int
    public var offset: Int
    public init(line: Int, offset: Int) {
        self.line = line
        self.offset = offset
    }
}

/// People, places, organizations and dates named in an article (filled by the entity extractor).
public struct Entities: Sendable, Equatable {
    public var people: [Person]
    public var places: [Place]
    public var organizations: [String]
    public var dates: [IssueDate]
    public var tables: [Table]
    /// Every figure with its unit, in text order.
    public var numbers: [Quantity]
    /// Every occurrence, with offsets into the text units the extractor was given.
    public var mentions: [Mention]

    public init(
        people: [Person] = [], places: [Place] = [], organizations: [String] = [], dates: [IssueDate] = [],
        tables: [Table] = [], numbers: [Quantity] = [], mentions: [Mention] = []
    ) {
        self.people = people
        self.places = places
        self.organizations = organizations
        self.dates = dates
        self.tables = tables
        self.numbers = numbers
        self.mentions = mentions
    }

    public struct Person: Sendable, Equatable {
        public var name: String
        public var titles: [String]
        public init(name: String, titles: [String]) {
            self.name = name
            self.titles = titles
        }
    }

    public struct Place: Sendable, Equatable {
        public var name: String
        /// GB/T 2260 code where known.
        public var code: String?
        public init(name: String, code: String?) {
            self.name = name
            self.code = code
        }
    }
}
