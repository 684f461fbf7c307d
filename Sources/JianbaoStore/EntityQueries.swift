import GRDB
import JianbaoCore

extension SQLiteArchive {
    /// Everything known about a person: their titles over time (first and last issue date seen with
    /// each title, article ids as evidence).
    public func person(named name: String) throws -> PersonReport {
        try pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.titles, a.date, a.id FROM entity e JOIN article a ON a.id = e.articleId
                    WHERE e.kind = 'person' AND e.name = ? ORDER BY a.date, a.id
                    """, arguments: [name])
            var spans: [String: PersonReport.TitleSpan] = [:]
            var order: [String] = []
            var dates: [String] = []
            for r in rows {
                let date: String? = r["date"]
                if let date { dates.append(date) }
                let titles: String = r["titles"] ?? ""
                for title in titles.split(separator: "、").map(String.init) where !title.isEmpty {
                    if spans[title] == nil {
                        spans[title] = PersonReport.TitleSpan(title: title, first: date, last: date, articleIds: [])
                        order.append(title)
                    }
                    spans[title]!.last = date ?? spans[title]!.last
                    spans[title]!.articleIds.append(r["id"])
                }
            }
            return PersonReport(
                name: name, articles: Set(rows.map { $0["id"] as Int64 }).count, titles: order.map { spans[$0]! },
                firstSeen: dates.min(), lastSeen: dates.max())
        }
    }

    /// The most mentioned people, places or organizations, with how many articles name them.
    public func entityCounts(kind: EntityKind, filter: SearchFilters, limit: Int) throws -> [(name: String, detail: String?, articles: Int, mentions: Int)] {
        let (sql, args) = Self.filterSQL(filter)
        var all = args
        all += [kind.rawValue, limit]
        return try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT min(e.name) AS name, max(e.code) AS code, count(DISTINCT e.articleId) AS articles, sum(e.mentions) AS mentions
                    FROM entity e JOIN article a ON a.id = e.articleId LEFT JOIN newspaper n ON n.id = a.newspaperId
                    WHERE 1\(sql) AND e.kind = ? GROUP BY COALESCE(e.code, e.name) ORDER BY articles DESC, mentions DESC, name LIMIT ?
                    """, arguments: all
            ).map { ($0["name"], $0["code"], $0["articles"], $0["mentions"]) }
        }
    }
}
