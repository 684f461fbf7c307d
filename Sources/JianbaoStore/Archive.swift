import JianbaoCore

/// What the CLI and the server ask of an archive. `SQLiteArchive` implements it on an embedded
/// SQLite file; a PostgreSQL implementation can follow without touching the core or the CLI.
public protocol Archive {
    /// Stores clipped pages in one transaction: new pages are added, pages already there (same bytes)
    /// skipped, changed pages (same newspaper, date and page, new bytes) replaced.
    func ingest(_ items: [IngestItem]) throws -> IngestSummary
    /// Links jump pairs (（下转第X版） on one page, （上接第Y版） on page X of the same issue).
    func stitchJumps() throws -> JumpSummary
    func search(_ request: SearchRequest) throws -> SearchResult
    func counts(_ request: SearchRequest, by: CountPeriod) throws -> [(period: String, count: Int)]
    func article(id: Int64) throws -> StoredArticle?
    func person(named name: String) throws -> PersonReport
    func entityCounts(kind: EntityKind, filter: SearchFilters, limit: Int) throws -> [(name: String, detail: String?, articles: Int, mentions: Int)]
    func totals() throws -> ArchiveTotals
}

/// One page to store: what the pipeline read and the bytes it read it from.
public struct IngestItem: Sendable {
    public var page: ClippedPage
    public var raw: [UInt8]
    public init(page: ClippedPage, raw: [UInt8]) {
        self.page = page
        self.raw = raw
    }
}

public struct IngestSummary: Sendable, Equatable {
    public var pagesAdded = 0
    public var pagesReplaced = 0
    public var pagesUnchanged = 0
    public var articles = 0
    public init() {}

    public static func + (a: IngestSummary, b: IngestSummary) -> IngestSummary {
        var s = a
        s.pagesAdded += b.pagesAdded
        s.pagesReplaced += b.pagesReplaced
        s.pagesUnchanged += b.pagesUnchanged
        s.articles += b.articles
        return s
    }
}

public struct JumpSummary: Sendable, Equatable {
    public var linked = 0
    /// Jump markers with more than one plausible other half: reported, not guessed.
    public var ambiguous: [String] = []
    public init() {}
}

public enum EntityKind: String, Sendable, CaseIterable {
    case person, place, organization
}

public enum CountPeriod: String, Sendable, CaseIterable {
    case day, month, year
}

public struct SearchFilters: Sendable, Hashable {
    public var newspaper: String?
    public var from: IssueDate?
    public var to: IssueDate?
    public var page: Int?
    public var kind: String?
    public var person: String?
    public var place: String?
    public init() {}
}

public struct SearchRequest: Sendable, Hashable {
    public var query: String
    public var filters = SearchFilters()
    public var limit = 20
    public var offset = 0
    public init(query: String) { self.query = query }
}

public struct SearchHit: Sendable, Equatable {
    public var articleId: Int64
    public var storyId: Int64
    public var newspaper: String?
    public var date: String?
    public var page: Int?
    public var kind: String
    public var headline: String?
    /// Body text around the hits, hits marked with 【 】.
    public var snippet: String
    public var score: Double
}

public struct SearchResult: Sendable, Equatable {
    public var total: Int
    public var hits: [SearchHit]
    /// The FTS5 expression the query became (for people checking why something matched).
    public var expression: String
}

public struct StoredArticle: Sendable {
    public var id: Int64
    public var storyId: Int64
    public var newspaper: String?
    public var date: String?
    public var page: Int?
    public var pagePath: String
    /// The clip contract's article object.
    public var json: String
    /// Other parts of the same story (jumps), by id.
    public var parts: [Int64]
}

public struct PersonReport: Sendable, Equatable {
    public struct TitleSpan: Sendable, Equatable {
        public var title: String
        public var first: String?
        public var last: String?
        public var articleIds: [Int64]
    }
    public var name: String
    public var articles: Int
    public var titles: [TitleSpan]
    public var firstSeen: String?
    public var lastSeen: String?
}

public struct ArchiveTotals: Sendable, Equatable {
    public var newspapers = 0
    public var pages = 0
    public var articles = 0
    public var firstDate: String?
    public var lastDate: String?
}
