import Foundation
import GRDB
import JianbaoCore

/// The archive in one SQLite file (WAL), with the `jianbao_han` FTS5 tokenizer registered on every
/// connection. One writer; readers run alongside it.
public final class SQLiteArchive: Archive, @unchecked Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating and migrating if needed) the archive at `path`. `notice` hears of a long upgrade
    /// before it starts (an archive whose search index kept its own copy of the text is rebuilt from the
    /// articles once: about 30 s per 100,000 articles).
    public init(path: String, notice: ((String) -> Void)? = nil) throws {
        self.path = path
        pool = try Self.openAndMigrate(path: path, notice: notice)
    }

    /// Two processes opening a new archive at once (an ingest and a reader, two ingests) race to
    /// switch it to WAL and to create its tables: the loser sees SQLITE_BUSY on `journal_mode`,
    /// "table … already exists" from a migration the winner has just committed, or — for a migration
    /// that creates nothing, such as a setting — a duplicate row in `grdb_migrations` when it
    /// records a migration the winner recorded after the loser had read the list. All resolve by
    /// trying again after a short pause, so they are retried for up to 5 seconds from the first
    /// attempt; any other error, or the same one later (a writer that keeps the lock past the busy
    /// timeout), is the caller's.
    static func openAndMigrate(path: String, notice: ((String) -> Void)? = nil) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(5)
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration())
                if let notice, try pool.read({ try $0.tableExists("article_fts_content") }) {
                    let n = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
                    notice("\(path): upgrading the archive: rebuilding the search index of \(n) article(s) from their text (once)")
                }
                try ArchiveSchema.migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError where Date() < deadline && isRaceWithAnotherOpener(error) {
                usleep(UInt32.random(in: 20_000...80_000))
            }
        }
    }

    static func isRaceWithAnotherOpener(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return true
        case .SQLITE_ERROR: return error.message?.contains("already exists") == true
        case .SQLITE_CONSTRAINT: return error.message?.contains("grdb_migrations") == true
        default: return false
        }
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.prepareDatabase { db in
            db.add(tokenizer: HanTokenizer.self)
            db.add(function: ArticleText.function)
            // Pages of 16 KiB for a new archive (set before its first table; an archive's pages keep the size they
            // were made with): the search index's segments and the pages' text are large records, and fewer, larger
            // pages write them with less bookkeeping (ingest about 6% faster than with 4 KiB in the same run).
            // A larger page cache keeps the indexes' upper levels in memory while a big archive grows.
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;")
        }
        config.busyMode = .timeout(30)
        return config
    }

    // MARK: ingest

    public func ingest(_ items: [IngestItem]) throws -> IngestSummary {
        try pool.write { db in
            var summary = IngestSummary()
            for item in items { try store(item, db: db, summary: &summary) }
            return summary
        }
    }

    static func pageKey(_ p: ClippedPage) -> String {
        let m = p.metadata
        if let n = m.newspaper, let d = m.issueDate, let page = m.page { return "\(n)|\(d.iso)|\(page)" }
        return "path:\(m.path)"
    }

    func store(_ item: IngestItem, db: Database, summary: inout IngestSummary) throws {
        let p = item.page
        let sha = p.decoded.sha256
        let key = Self.pageKey(p)
        if let old = try Row.fetchOne(db, sql: "SELECT id, sha256 FROM page WHERE pageKey = ?", arguments: [key]) {
            if old["sha256"] as String == sha {
                summary.pagesUnchanged += 1
                return
            }
            let old: Int64 = old["id"]
            // (Before the articles go: the index reads their text through article_text to remove its tokens.)
            try db.execute(sql: "DELETE FROM article_fts WHERE rowid IN (SELECT id FROM article WHERE pageId = ?)", arguments: [old])
            try db.execute(sql: "DELETE FROM page WHERE id = ?", arguments: [old])
            summary.pagesReplaced += 1
        } else {
            summary.pagesAdded += 1
        }
        var newspaperId: Int64?
        if let name = p.metadata.newspaper {
            try db.execute(
                sql: "INSERT INTO newspaper(name, homeProvince) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                arguments: [name, Gazetteer.homeProvince(ofNewspaper: name)])
            newspaperId = try Int64.fetchOne(db, sql: "SELECT id FROM newspaper WHERE name = ?", arguments: [name])
        }
        let date = p.metadata.issueDate?.iso
        try db.cachedStatement(
            sql: """
                INSERT INTO page(pageKey, newspaperId, date, number, path, sha256, encoding, lineEnding, layout, bytes, raw, ingestedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))
                """
        ).execute(arguments: [
            key, newspaperId, date, p.metadata.page, p.metadata.path, sha, p.decoded.encoding.rawValue,
            p.decoded.lineEnding.rawValue, p.layout.rawValue, item.raw.count, Data(item.raw),
        ])
        let pageId = db.lastInsertedRowID
        let insertArticle = try RowInserter(
            db,
            sql: """
                INSERT INTO article(pageId, clipId, ordinal, kind, headline, source, continuedFromPage, continuesOnPage,
                    firstLine, lastLine, chars, newspaperId, date, pageNumber, json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        // The text indexed is the text `article_text` reads back from the JSON (computed on the clipping
        // threads, not here on the one writer; that both agree is tested and checked by integrityCheck).
        let insertFTS = try RowInserter(db, sql: "INSERT INTO article_fts(rowid, headline, body) VALUES (?, ?, ?)")
        let insertParagraph = try RowInserter(db, sql: "INSERT INTO paragraph(articleId, ordinal, firstLine, lastLine) VALUES (?, ?, ?, ?)")
        let insertEntity = try RowInserter(
            db, sql: "INSERT INTO entity(articleId, kind, name, code, titles, mentions) VALUES (?, ?, ?, ?, ?, ?)")
        let insertFinding = try RowInserter(db, sql: "INSERT INTO finding(articleId, kind, text, line, message) VALUES (?, ?, ?, ?, ?)")
        let page = p.metadata.page.map { Int64($0) }
        for (ordinal, (a, rows)) in zip(p.articles, item.rows).enumerated() {
            try insertArticle.insert(
                .int(pageId), .text(a.id), .int(Int64(ordinal)), .text(a.kind.rawValue), .text(a.headline), .text(a.source),
                .int(a.continuedFromPage.map(Int64.init)), .int(a.continuesOnPage.map(Int64.init)), .int(Int64(a.range.first)),
                .int(Int64(a.range.last)), .int(Int64(rows.bodyScalars)), .int(newspaperId), .text(date), .int(page), .text(rows.json))
            let articleId = db.lastInsertedRowID
            try insertFTS.insert(.int(articleId), .text(rows.headlines), .text(rows.body))
            for (i, para) in a.paragraphs.enumerated() {
                try insertParagraph.insert(.int(articleId), .int(Int64(i)), .int(Int64(para.range.first)), .int(Int64(para.range.last)))
            }
            for e in rows.entities {
                try insertEntity.insert(.int(articleId), .text(e.kind), .text(e.name), .text(e.code), .text(e.titles), .int(Int64(e.mentions)))
            }
            for f in a.findings {
                try insertFinding.insert(.int(articleId), .text(f.kind.rawValue), .text(f.text), .int(Int64(f.line)), .text(f.message))
            }
            summary.articles += 1
        }
        for d in p.dropped {
            try db.execute(
                sql: "INSERT INTO dropped(pageId, firstLine, lastLine, reason, duplicateOf, text) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [pageId, d.range.first, d.range.last, d.reason.rawValue, d.duplicateOf, d.text])
        }
    }

    // MARK: reading

    public func article(id: Int64) throws -> StoredArticle? {
        try pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT a.id, COALESCE(a.storyId, a.id) AS story, n.name, a.date, a.pageNumber, p.path, a.json
                        FROM article a JOIN page p ON p.id = a.pageId LEFT JOIN newspaper n ON n.id = a.newspaperId
                        WHERE a.id = ?
                        """, arguments: [id])
            else { return nil }
            let story: Int64 = row["story"]
            let parts = try Int64.fetchAll(
                db, sql: "SELECT id FROM article WHERE (storyId = ? OR id = ?) AND id != ? ORDER BY pageNumber", arguments: [story, story, id])
            return StoredArticle(
                id: row[0], storyId: story, newspaper: row[2], date: row[3], page: row[4], pagePath: row[5], json: row[6], parts: parts)
        }
    }

    /// The raw bytes of the page an article came from.
    public func pageBytes(articleId: Int64) throws -> [UInt8]? {
        try pool.read { db in
            (try Data.fetchOne(db, sql: "SELECT p.raw FROM page p JOIN article a ON a.pageId = p.id WHERE a.id = ?", arguments: [articleId]))
                .map { Array($0) }
        }
    }

    public func totals() throws -> ArchiveTotals {
        try pool.read { db in
            var t = ArchiveTotals()
            t.newspapers = try Int.fetchOne(db, sql: "SELECT count(*) FROM newspaper") ?? 0
            t.pages = try Int.fetchOne(db, sql: "SELECT count(*) FROM page") ?? 0
            t.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            t.firstDate = try String.fetchOne(db, sql: "SELECT min(date) FROM page")
            t.lastDate = try String.fetchOne(db, sql: "SELECT max(date) FROM page")
            return t
        }
    }

    /// What the archive's files look like now (size and modification time of the database and its
    /// WAL): it changes with every commit, by this process or another, so a reader's caches can be
    /// keyed on it. Two `stat` calls; no database access.
    public func fileStamp() -> FileStamp {
        func part(_ p: String) -> [Int] {
            var st = stat()
            guard stat(p, &st) == 0 else { return [-1] }
            return [Int(st.st_size), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec), Int(st.st_ino)]
        }
        return FileStamp(parts: part(path) + part(path + "-wal"))
    }

    public struct FileStamp: Sendable, Hashable {
        let parts: [Int]
    }

    /// Merges the search index into one segment (FTS5 `optimize`) and folds the WAL back into the
    /// file. An ingest leaves the index in as many segments as its merges happened to stop at (21
    /// after 1,000,000 articles here); a query looks each term up in every segment, so the first run
    /// of a query after a big ingest is faster once merged. Returns the segment counts before and after.
    public func optimizeSearchIndex() throws -> (before: Int, after: Int) {
        let count = "SELECT count(DISTINCT segid) FROM article_fts_idx"
        let before = try pool.read { try Int.fetchOne($0, sql: count) ?? 0 }
        try pool.write { db in try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('optimize')") }
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let after = try pool.read { try Int.fetchOne($0, sql: count) ?? 0 }
        return (before, after)
    }

    /// `PRAGMA integrity_check` and FTS5's own check, which also compares the index with the text it
    /// was made from (`article_text`, tokenized again): "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try pool.write { db in
            let r = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            guard r == "ok" else { return r }
            do {
                try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")
            } catch {
                return "full-text index: \(error)"
            }
            return r
        }
    }

    /// Runs `body` with read access, for queries the protocol does not cover (tests, exports).
    public func read<T>(_ body: (Database) throws -> T) throws -> T { try pool.read(body) }
}
