import GRDB
import JianbaoCore

/// What the reader's pages need beyond search: the issues in the archive, an issue's pages and
/// articles, the facets of a search, an article's page text.
extension SQLiteArchive {
    public struct IssueSummary: Sendable, Equatable {
        public var newspaperId: Int64
        public var newspaper: String
        public var date: String
        public var pages: Int
        public var articles: Int
    }

    public struct IssueArticle: Sendable, Equatable {
        public var id: Int64
        public var page: Int?
        public var kind: String
        public var kicker: String?
        public var headline: String?
        public var subtitle: String?
        public var characters: Int
    }

    public struct Facets: Sendable, Equatable {
        public var newspapers: [(name: String, count: Int)] = []
        public var years: [(name: String, count: Int)] = []
        public var people: [(name: String, count: Int)] = []
        public var places: [(name: String, count: Int)] = []

        public static func == (a: Facets, b: Facets) -> Bool {
            a.newspapers.map(\.name) == b.newspapers.map(\.name) && a.years.map(\.name) == b.years.map(\.name)
        }
    }

    /// Every issue, newest first.
    public func issues(limit: Int = 1000) throws -> [IssueSummary] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT i.newspaperId, i.name, i.date, i.pages,
                        (SELECT count(*) FROM page p2 JOIN article a ON a.pageId = p2.id
                         WHERE p2.newspaperId = i.newspaperId AND p2.date = i.date) AS articles
                    FROM (SELECT p.newspaperId, n.name, p.date, count(*) AS pages
                          FROM page p JOIN newspaper n ON n.id = p.newspaperId
                          WHERE p.date IS NOT NULL GROUP BY p.newspaperId, p.date ORDER BY p.date DESC, n.name LIMIT ?) i
                    ORDER BY i.date DESC, i.name
                    """, arguments: [limit]
            ).map { IssueSummary(newspaperId: $0[0], newspaper: $0[1], date: $0[2], pages: $0[3], articles: $0[4]) }
        }
    }

    /// An issue's articles in page order.
    public func issueArticles(newspaperId: Int64, date: String) throws -> [IssueArticle] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.pageNumber, a.kind, json_extract(a.json, '$.kicker'), a.headline, json_extract(a.json, '$.subtitle'), a.chars
                    FROM article a WHERE a.newspaperId = ? AND a.date = ? ORDER BY a.pageNumber, a.ordinal
                    """, arguments: [newspaperId, date]
            ).map { IssueArticle(id: $0[0], page: $0[1], kind: $0[2], kicker: $0[3], headline: $0[4], subtitle: $0[5], characters: $0[6]) }
        }
    }

    public func newspaperName(id: Int64) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT name FROM newspaper WHERE id = ?", arguments: [id]) }
    }

    /// The search and its facets (counts by newspaper, year, person and place over everything it
    /// matches) from one pass over the matches: what the reader's search page shows.
    public func searchWithFacets(_ request: SearchRequest) throws -> (result: SearchResult, facets: Facets) {
        try search(request, facets: true)
    }

    static let facetLimit = 8

    /// Facets of a ranked match list: papers and years counted in memory, people and places looked up
    /// for the matched ids (a JSON array walked by json_each).
    static func facets(_ db: Database, _ matches: [Match]) throws -> Facets {
        var f = Facets()
        func top(_ counts: [String: Int], byName: Bool = false) -> [(name: String, count: Int)] {
            counts.sorted { byName ? $0.key > $1.key : ($0.value != $1.value ? $0.value > $1.value : $0.key < $1.key) }
                .prefix(facetLimit).map { (name: $0.key, count: $0.value) }
        }
        var papers: [String: Int] = [:]
        var years: [String: Int] = [:]
        for m in matches {
            papers[m.newspaper ?? "-", default: 0] += 1
            if let d = m.date { years[String(d.prefix(4)), default: 0] += 1 }
        }
        f.newspapers = top(papers)
        f.years = top(years, byName: true)
        guard !matches.isEmpty else { return f }
        (f.people, f.places) = try entityFacets(db, matched: "SELECT value AS id FROM json_each(?)", arguments: [jsonIDs(matches.map(\.id))])
        return f
    }

    /// Facets of a filter-only request (no query): over the articles the filters select.
    static func facets(_ db: Database, filter: String, arguments: StatementArguments) throws -> Facets {
        let matched = "SELECT a.id, a.date, n.name AS newspaper FROM article a LEFT JOIN newspaper n ON n.id = a.newspaperId WHERE 1\(filter)"
        var f = Facets()
        f.newspapers = try facetPairs(db, "SELECT newspaper, count(*) FROM (\(matched)) GROUP BY newspaper ORDER BY 2 DESC LIMIT \(facetLimit)", arguments)
        f.years = try facetPairs(
            db, "SELECT substr(date, 1, 4), count(*) FROM (\(matched)) WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT \(facetLimit)", arguments)
        (f.people, f.places) = try entityFacets(db, matched: matched, arguments: arguments)
        return f
    }

    /// The most named people and places of the articles `matched` selects (a query with an `id`
    /// column). CROSS JOIN keeps SQLite walking the matched ids and probing the covering
    /// entity_article_kind index, rather than scanning every person for each id.
    static func entityFacets(_ db: Database, matched: String, arguments: StatementArguments) throws
        -> (people: [(name: String, count: Int)], places: [(name: String, count: Int)])
    {
        let people = try facetPairs(
            db,
            "SELECT e.name, count(*) FROM (\(matched)) m CROSS JOIN entity e ON e.articleId = m.id AND e.kind = 'person' GROUP BY e.name ORDER BY 2 DESC, 1 LIMIT \(facetLimit)",
            arguments)
        let places = try facetPairs(
            db,
            "SELECT min(e.name), count(*) FROM (\(matched)) m CROSS JOIN entity e ON e.articleId = m.id AND e.kind = 'place' GROUP BY COALESCE(e.code, e.name) ORDER BY 2 DESC, 1 LIMIT \(facetLimit)",
            arguments)
        return (people, places)
    }

    static func facetPairs(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [(name: String, count: Int)] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { (name: $0[0] ?? "-", count: $0[1]) }
    }

    /// Ids as a JSON array, for `json_each(?)`: one statement for any number of ids.
    static func jsonIDs(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// The decoded text of the page an article came from, line by line.
    public func pageLines(articleId: Int64) throws -> [String] {
        guard let bytes = try pageBytes(articleId: articleId) else { return [] }
        return (try? PageDecoder.decode(bytes))?.lines.map(\.text) ?? []
    }
}
