import GRDB
import JianbaoCore

extension SQLiteArchive {
    /// WHERE clauses and arguments for the filters (articles aliased `a`, newspapers `n`).
    static func filterSQL(_ f: SearchFilters) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var args: StatementArguments = []
        if let n = f.newspaper {
            clauses.append("n.name = ?")
            args += [n]
        }
        if let d = f.from {
            clauses.append("a.date >= ?")
            args += [d.iso]
        }
        if let d = f.to {
            clauses.append("a.date <= ?")
            args += [d.iso]
        }
        if let p = f.page {
            clauses.append("a.pageNumber = ?")
            args += [p]
        }
        if let k = f.kind {
            clauses.append("a.kind = ?")
            args += [k]
        }
        if let person = f.person {
            clauses.append("EXISTS (SELECT 1 FROM entity e WHERE e.articleId = a.id AND e.kind = 'person' AND e.name = ?)")
            args += [person]
        }
        if let place = f.place {
            clauses.append(
                "EXISTS (SELECT 1 FROM entity e WHERE e.articleId = a.id AND e.kind = 'place' AND (e.name IN (?, ?, ?, ?, ?, ?) OR e.code = ?))")
            args += [place, place + "市", place + "省", place + "县", place + "区", place + "自治区", place]
        }
        return (clauses.isEmpty ? "" : " AND " + clauses.joined(separator: " AND "), args)
    }

    public func search(_ request: SearchRequest) throws -> SearchResult {
        try search(request, facets: false).result
    }

    /// One match of a query: enough to rank it, count its story once and facet it by paper and year.
    struct Match {
        var id: Int64
        var story: Int64
        var newspaper: String?
        var date: String?
        var score: Double
    }

    /// The search, and with `facets` the counts by newspaper, year, person and place over all it
    /// matches. The query is matched once: up to `maxRankedMatches` matches are read with their BM25
    /// score (headline 5:1), ranked, counted by story (parts of a stitched jump once) and faceted from
    /// that one list; above it, scoring every match would cost seconds, so the newest-stored articles
    /// come first and facets are left out.
    func search(_ request: SearchRequest, facets wantFacets: Bool) throws -> (result: SearchResult, facets: Facets) {
        let query: SearchQuery? = request.query.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try SearchQuery.parse(request.query)
        let (filter, filterArgs) = Self.filterSQL(request.filters)
        let limit = max(0, min(request.limit, 1000))
        return try pool.read { db in
            if let query {
                let expression = query.expression
                var args: StatementArguments = [expression]
                args += filterArgs
                let from = """
                    FROM article_fts JOIN article a ON a.id = article_fts.rowid LEFT JOIN newspaper n ON n.id = a.newspaperId
                    WHERE article_fts MATCH ?\(filter)
                    """
                // Without filters the index alone says whether the matches are few enough to rank.
                let indexCount = filter.isEmpty
                    ? try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"), arguments: [expression]) ?? 0
                    : 0
                var matches: [Match]? = nil
                if indexCount <= Self.maxRankedMatches {
                    var list: [Match] = []
                    if filter.isEmpty && !wantFacets {
                        // Ranked from the index alone; only the parts of stitched jumps are looked up.
                        let cursor = try Row.fetchCursor(
                            db.cachedStatement(sql: "SELECT rowid, bm25(article_fts, 5.0, 1.0) FROM article_fts WHERE article_fts MATCH ?"),
                            arguments: [expression])
                        while let r = try cursor.next() { list.append(Match(id: r[0], story: r[0], newspaper: nil, date: nil, score: r[1])) }
                        let stories = try Self.stories(db, of: list.map(\.id))
                        if !stories.isEmpty { for i in list.indices { list[i].story = stories[list[i].id] ?? list[i].id } }
                    } else {
                        let cursor = try Row.fetchCursor(
                            db.cachedStatement(
                                sql: "SELECT a.id, COALESCE(a.storyId, a.id), n.name, a.date, bm25(article_fts, 5.0, 1.0) \(from) LIMIT \(Self.maxRankedMatches + 1)"),
                            arguments: args)
                        while let r = try cursor.next() { list.append(Match(id: r[0], story: r[1], newspaper: r[2], date: r[3], score: r[4])) }
                    }
                    if list.count <= Self.maxRankedMatches {
                        list.sort { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }
                        matches = list
                    }
                }
                let terms = query.terms
                // The shown hits in one statement (ids as a JSON array), put back in rank order.
                func hits(_ rows: [(id: Int64, story: Int64, score: Double)]) throws -> [SearchHit] {
                    guard !rows.isEmpty else { return [] }
                    let ids = Self.jsonIDs(rows.map(\.id))
                    let statement = try db.cachedStatement(
                        sql: """
                            SELECT a.id, COALESCE(a.storyId, a.id) AS story, n.name AS newspaper, a.date, a.pageNumber, a.kind, a.headline,
                                t.body AS snippet, 0.0 AS score
                            FROM json_each(?) j CROSS JOIN article a ON a.id = j.value JOIN article_text t ON t.id = a.id
                            LEFT JOIN newspaper n ON n.id = a.newspaperId
                            """)
                    var byId: [Int64: SearchHit] = [:]
                    for r in try Row.fetchAll(statement, arguments: [ids]) {
                        var h = Self.hit(r)
                        h.snippet = Snippet.make(h.snippet, terms: terms)
                        byId[h.articleId] = h
                    }
                    return rows.compactMap { m in byId[m.id].map { var h = $0; h.score = m.score; return h } }
                }
                if let matches {
                    // One row per story: the best-scoring part of a stitched jump stands for it.
                    var seen: Set<Int64> = []
                    let stories = matches.filter { seen.insert($0.story).inserted }
                    let shown = stories.dropFirst(request.offset).prefix(limit).map { (id: $0.id, story: $0.story, score: $0.score) }
                    let result = SearchResult(total: stories.count, hits: try hits(Array(shown)), expression: expression)
                    return (result, wantFacets ? try Self.facets(db, matches) : Facets())
                }
                // Too many to rank: the newest-stored first.
                let total = filter.isEmpty
                    ? indexCount
                    : try Int.fetchOne(db, sql: "SELECT count(DISTINCT COALESCE(a.storyId, a.id)) \(from)", arguments: args) ?? 0
                var pageArgs = args
                pageArgs += [(limit + request.offset) * 2 + 10]
                let rows = try Row.fetchAll(
                    db, sql: "SELECT a.id, COALESCE(a.storyId, a.id) \(from) ORDER BY article_fts.rowid DESC LIMIT ?", arguments: pageArgs)
                var seen: Set<Int64> = []
                let shown = rows.map { (id: $0[0] as Int64, story: $0[1] as Int64, score: 0.0) }.filter { seen.insert($0.story).inserted }
                    .dropFirst(request.offset).prefix(limit)
                return (SearchResult(total: total, hits: try hits(Array(shown)), expression: expression), Facets())
            }
            // Filters only: newest first. The articles are selected (and counted) without the text; only the
            // shown page reads it (CROSS JOIN: SQLite would otherwise read the text of every article first).
            let selected = "FROM article a LEFT JOIN newspaper n ON n.id = a.newspaperId WHERE 1\(filter)"
            let total = try Int.fetchOne(db, sql: "SELECT count(*) \(selected)", arguments: filterArgs) ?? 0
            var pageArgs = filterArgs
            pageArgs += [limit, request.offset]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.*, substr(t.body, 1, 80) AS snippet, 0.0 AS score
                    FROM (SELECT a.id, COALESCE(a.storyId, a.id) AS story, n.name AS newspaper, a.date, a.pageNumber, a.kind, a.headline
                          \(selected) ORDER BY a.date DESC, a.id LIMIT ? OFFSET ?) p
                    CROSS JOIN article_text t ON t.id = p.id ORDER BY p.date DESC, p.id
                    """, arguments: pageArgs)
            let result = SearchResult(total: total, hits: rows.map(Self.hit), expression: "")
            return (result, wantFacets ? try Self.facets(db, filter: filter, arguments: filterArgs) : Facets())
        }
    }

    /// The story of each of `ids` that is a part of a stitched jump (read from the small partial index).
    static func stories(_ db: Database, of ids: [Int64]) throws -> [Int64: Int64] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: Int64] = [:]
        let cursor = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT id, storyId FROM article INDEXED BY article_stitched WHERE storyId IS NOT NULL AND id IN (SELECT value FROM json_each(?))"),
            arguments: [jsonIDs(ids)])
        while let r = try cursor.next() { out[r[0]] = r[1] }
        return out
    }

    /// Above this many matches, results come newest first instead of by BM25 (see `search`).
    public static let maxRankedMatches = 20_000

    static func hit(_ r: Row) -> SearchHit {
        SearchHit(
            articleId: r["id"], storyId: r["story"], newspaper: r["newspaper"], date: r["date"], page: r["pageNumber"],
            kind: r["kind"], headline: r["headline"], snippet: r["snippet"] ?? "", score: r["score"] ?? 0)
    }

    public func counts(_ request: SearchRequest, by period: CountPeriod) throws -> [(period: String, count: Int)] {
        let width = period == .day ? 10 : period == .month ? 7 : 4
        let (filter, filterArgs) = Self.filterSQL(request.filters)
        let trimmed = request.query.trimmingCharacters(in: .whitespaces)
        return try pool.read { db in
            let rows: [Row]
            if trimmed.isEmpty {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT substr(a.date, 1, \(width)) AS period, count(DISTINCT COALESCE(a.storyId, a.id)) AS n
                        FROM article a LEFT JOIN newspaper n ON n.id = a.newspaperId
                        WHERE a.date IS NOT NULL\(filter) GROUP BY 1 ORDER BY 1
                        """, arguments: filterArgs)
            } else {
                var args: StatementArguments = [try SearchQuery.parse(request.query).expression]
                args += filterArgs
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT substr(a.date, 1, \(width)) AS period, count(DISTINCT COALESCE(a.storyId, a.id)) AS n
                        FROM article_fts JOIN article a ON a.id = article_fts.rowid LEFT JOIN newspaper n ON n.id = a.newspaperId
                        WHERE article_fts MATCH ? AND a.date IS NOT NULL\(filter) GROUP BY 1 ORDER BY 1
                        """, arguments: args)
            }
            return rows.map { ($0["period"], $0["n"]) }
        }
    }

    /// Keyword-in-context lines for the hits of `request`: the text before each occurrence of a
    /// term, the term, the text after, `width` characters on each side.
    public func concordance(_ request: SearchRequest, width: Int = 20) throws -> [(hit: SearchHit, left: String, match: String, right: String)] {
        let result = try search(request)
        let terms = try SearchQuery.parse(request.query).terms
        var out: [(SearchHit, String, String, String)] = []
        try pool.read { db in
            for hit in result.hits {
                let text = (try String.fetchOne(db, sql: "SELECT headline || '\n' || body FROM article_text WHERE id = ?", arguments: [hit.articleId])) ?? ""
                let u = Array(text.unicodeScalars.map { $0 == "\n" ? " " : $0 })
                // (Matched in either script, as the index matches, and printed as the page has it.)
                let f = u.map(ScriptFolder.fold)
                for term in terms {
                    let t = term.unicodeScalars.map(ScriptFolder.fold)
                    guard !t.isEmpty, u.count >= t.count else { continue }
                    var i = 0
                    while i + t.count <= u.count {
                        if f[i] == t[0], Array(f[i..<(i + t.count)]) == t {
                            let l = String(String.UnicodeScalarView(u[max(0, i - width)..<i]))
                            let r = String(String.UnicodeScalarView(u[(i + t.count)..<min(u.count, i + t.count + width)]))
                            out.append((hit, l, String(String.UnicodeScalarView(u[i..<(i + t.count)])), r))
                            i += t.count
                        } else {
                            i += 1
                        }
                    }
                }
            }
        }
        return out
    }
}
