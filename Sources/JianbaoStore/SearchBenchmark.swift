import Foundation
import GRDB
import JianbaoCore

/// Search latency and recall against two peers in the same archive: SQLite's own trigram tokenizer
/// (a second FTS5 table over the same text) and a LIKE scan, whose matches are the substring truth.
public enum SearchBenchmark {
    public struct Timing: Sendable {
        public var query: String
        public var category: String
        public var system: String
        public var milliseconds: [Double]
        public var matches: Int
        public var recall: Double?
    }

    /// Builds the trigram peer table if it is not there yet; returns seconds spent.
    public static func buildPeers(_ archive: SQLiteArchive) throws -> Double {
        let started = Date()
        try archive.pool.write { db in
            // The peers' text as plain rows (the archive reads it from the articles' JSON): the LIKE scan
            // reads it as it read the search index's own copy before, not through a JSON function.
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS peer_text(id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
            if try Int.fetchOne(db, sql: "SELECT 1 FROM peer_text LIMIT 1") == nil {
                try db.execute(sql: "INSERT INTO peer_text(id, text) SELECT id, headline || ' ' || body FROM article_text")
            }
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS peer_trigram USING fts5(body, tokenize='trigram')")
            if try Int.fetchOne(db, sql: "SELECT 1 FROM peer_trigram LIMIT 1") == nil {
                try db.execute(sql: "INSERT INTO peer_trigram(rowid, body) SELECT id, text FROM peer_text")
            }
        }
        return Date().timeIntervalSince(started)
    }

    /// Times every query `repeats` times with each system; LIKE (slow) runs once per query.
    /// `beforeFirstRun` is called before each system's first run of a query (the CLI can empty the
    /// operating system's page cache there); SQLite's own caches are emptied with it.
    public static func run(
        _ archive: SQLiteArchive, queries: [(String, String)], repeats: Int, like: Bool, beforeFirstRun: (() throws -> Void)? = nil
    ) throws -> [Timing] {
        func cold(_ run: Int) throws {
            guard run == 0, let beforeFirstRun else { return }
            archive.pool.releaseMemory()
            try beforeFirstRun()
        }
        var out: [Timing] = []
        // Substring truth, by LIKE scan over the same text: all of it first, so that a 14 GB scan does not
        // sit between one query's runs and empty the page cache the timed runs would otherwise see.
        var truths: [String: Set<Int64>] = [:]
        if like {
            for (q, category) in queries {
                let terms = q.split(separator: " ").map(String.init)
                let started = Date()
                let ids = try archive.read { db in
                    try Int64.fetchSet(
                        db, sql: "SELECT id FROM peer_text WHERE " + terms.map { _ in "text LIKE ?" }.joined(separator: " AND "),
                        arguments: StatementArguments(terms.map { "%\($0)%" }))
                }
                truths[q] = ids
                out.append(Timing(query: q, category: category, system: "like-scan", milliseconds: [Date().timeIntervalSince(started) * 1000], matches: ids.count, recall: 1))
            }
        }
        for (q, category) in queries {
            let terms = q.split(separator: " ").map(String.init)
            let truth = truths[q]
            // Ours: the real search (BM25 ranking, one row per story, a page of 20 and the total).
            var ms: [Double] = []
            var total = 0
            for run in 0..<repeats {
                try cold(run)
                let started = Date()
                total = try archive.search(SearchRequest(query: q)).total
                ms.append(Date().timeIntervalSince(started) * 1000)
            }
            let ours = try archive.read { db in
                try Int64.fetchSet(db, sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ?", arguments: [try SearchQuery.parse(q).expression])
            }
            out.append(Timing(query: q, category: category, system: "jianbao", milliseconds: ms, matches: total, recall: truth.map { recall(ours, $0) }))
            // Trigram peer: the same query terms as FTS5 strings, ranked, a page of 20 and the count.
            let expression = terms.map { "\"\($0)\"" }.joined(separator: " AND ")
            var tms: [Double] = []
            var tri: Set<Int64> = []
            for run in 0..<repeats {
                try cold(run)
                let started = Date()
                tri = try archive.read { db in
                    _ = try Row.fetchAll(db, sql: "SELECT rowid FROM peer_trigram WHERE peer_trigram MATCH ? ORDER BY rank LIMIT 20", arguments: [expression])
                    return try Int64.fetchSet(db, sql: "SELECT rowid FROM peer_trigram WHERE peer_trigram MATCH ?", arguments: [expression])
                }
                tms.append(Date().timeIntervalSince(started) * 1000)
            }
            out.append(Timing(query: q, category: category, system: "fts5-trigram", milliseconds: tms, matches: tri.count, recall: truth.map { recall(tri, $0) }))
        }
        return out
    }

    static func recall(_ got: Set<Int64>, _ truth: Set<Int64>) -> Double {
        truth.isEmpty ? 1 : Double(got.intersection(truth).count) / Double(truth.count)
    }

    public static func percentile(_ xs: [Double], _ p: Double) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s[min(s.count - 1, Int((p * Double(s.count - 1)).rounded()))]
    }
}
