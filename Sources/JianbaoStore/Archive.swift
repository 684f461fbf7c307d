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

/// One page to store: what the pipeline read, the bytes it read it from, and its articles' rows,
/// prepared where the item is made (an ingest's clipping threads) so that the single writer only
/// writes.
public struct IngestItem: Sendable {
    public let page: ClippedPage
    public let raw: [UInt8]
    public let rows: [ArticleRows]
    public init(page: ClippedPage, raw: [UInt8]) {
        self.page = page
        self.raw = raw
        rows = page.articles.map(ArticleRows.init)
    }
}

/// What an archive stores for one article beside its columns: the contract's JSON, the text to
/// index, and one row per person, place, organization and date with its number of mentions.
public struct ArticleRows: Sendable {
    public struct Entity: Sendable {
        public var kind: String
        public var name: String
        public var code: String?
        public var titles: String?
        public var mentions: Int
    }

    public var json: String
    /// Paragraphs joined by newlines: what the search index holds, as the archive's `article_text` view
    /// reads it back from `json`.
    public var body: String
    public var bodyScalars: Int
    /// Kicker, headline and subtitle joined by spaces.
    public var headlines: String
    public var entities: [Entity]

    public init(_ a: Article) {
        json = ClipJSON.article(a)
        body = a.paragraphs.map(\.text).joined(separator: "\n")
        bodyScalars = body.scalarCount
        headlines = [a.kicker, a.headline, a.subtitle].compactMap { $0 }.joined(separator: " ")
        let e = a.entities
        struct Key: Hashable {
            var kind: Mention.Kind
            var text: String
        }
        var counts: [Key: Int] = [:]
        counts.reserveCapacity(e.mentions.count)
        for m in e.mentions { counts[Key(kind: m.kind, text: m.text), default: 0] += 1 }
        func mentions(_ kind: Mention.Kind, _ name: String) -> Int { max(1, counts[Key(kind: kind, text: name)] ?? 0) }
        entities = e.people.map { Entity(kind: "person", name: $0.name, titles: $0.titles.joined(separator: "、"), mentions: mentions(.person, $0.name)) }
            + e.places.map { Entity(kind: "place", name: $0.name, code: $0.code, mentions: mentions(.place, $0.name)) }
            + e.organizations.map { Entity(kind: "organization", name: $0, mentions: mentions(.organization, $0)) }
            + e.dates.map { Entity(kind: "date", name: $0.iso, mentions: 1) }
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
