import Foundation
import GRDB
import JianbaoCore
import Testing

@testable import JianbaoStore

/// An ingest killed with SIGKILL halfway leaves an archive that opens, passes PRAGMA integrity_check
/// and FTS5's integrity check, and a second run completes it with no duplicates. The child process is
/// this test binary itself, running `childIngest` with the paths in its environment.
@Suite struct InterruptedIngestTests {
    static let pageCount = 120

    static func makePages(in dir: URL, count: Int) throws {
        let bytes = try Data(contentsOf: ArchiveTests.specimen)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var day = IssueDate(year: 2020, month: 1, day: 1)!
        for _ in 0..<count {
            try bytes.write(to: dir.appendingPathComponent("liaoning-daily-\(day.iso)-p2.txt"))
            day = IssueDate(year: day.year, month: day.month, day: day.day + 1) ?? IssueDate(year: day.year, month: day.month + 1, day: 1)!
        }
    }

    static func ingest(pages: URL, archivePath: String, batch: Int) throws -> Ingester.Outcome {
        let archive = try SQLiteArchive(path: archivePath)
        let files = try FileManager.default.contentsOfDirectory(atPath: pages.path).sorted().map { pages.appendingPathComponent($0).path }
        return try Ingester(archive: archive, batchSize: batch).run(files.map(PageSource.file)) { path in
            let m = Newspapers.metadata(fromFileName: path)
            return PageMetadata(path: path, newspaper: m.newspaper, issueDate: m.date, page: m.page)
        }
    }

    /// The child's work when run with JIANBAO_CHILD_PAGES and JIANBAO_CHILD_ARCHIVE; on its own, a
    /// small ingest whose counts it checks.
    @Test func childIngest() throws {
        let env = ProcessInfo.processInfo.environment
        if let pages = env["JIANBAO_CHILD_PAGES"], let archive = env["JIANBAO_CHILD_ARCHIVE"] {
            _ = try Self.ingest(pages: URL(fileURLWithPath: pages), archivePath: archive, batch: 2)
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-child-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.makePages(in: dir.appendingPathComponent("pages"), count: 3)
        let outcome = try Self.ingest(pages: dir.appendingPathComponent("pages"), archivePath: dir.appendingPathComponent("a.sqlite").path, batch: 2)
        #expect(outcome.summary.pagesAdded == 3 && outcome.summary.articles == 42)
    }

    /// Processes racing to create one new archive (an ingest and a reader started together) all
    /// open it, migrated once: the loser of the race to WAL mode or to a migration tries again.
    /// Each child waits for a start file, so that they open the archive at the same moment.
    @Test func concurrentOpenersOfANewArchive() throws {
        let env = ProcessInfo.processInfo.environment
        if let archive = env["JIANBAO_OPENER_ARCHIVE"], let start = env["JIANBAO_OPENER_START"] {
            while !FileManager.default.fileExists(atPath: start) { usleep(500) }
            _ = try SQLiteArchive(path: archive).totals()
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-race-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for round in 0..<4 {
            let archive = dir.appendingPathComponent("archive-\(round).sqlite").path
            let start = dir.appendingPathComponent("start-\(round)").path
            let children = try (0..<3).map { _ in
                let child = Process()
                child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
                child.arguments = ["--testing-library", "swift-testing", "--filter", "InterruptedIngestTests/concurrentOpenersOfANewArchive"]
                var childEnv = env
                childEnv["JIANBAO_OPENER_ARCHIVE"] = archive
                childEnv["JIANBAO_OPENER_START"] = start
                child.environment = childEnv
                child.standardOutput = FileHandle.nullDevice
                child.standardError = FileHandle.nullDevice
                try child.run()
                return child
            }
            usleep(300_000)  // let the children reach their wait
            FileManager.default.createFile(atPath: start, contents: nil)
            for child in children { child.waitUntilExit() }
            #expect(children.map(\.terminationStatus) == [0, 0, 0], "every opener got the archive")
            let opened = try SQLiteArchive(path: archive)
            #expect(try opened.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM grdb_migrations") } == ArchiveSchema.migrator.migrations.count)
        }
    }

    /// What a losing opener sees is retried; other errors are not. A migration that creates no table
    /// (the search index's settings) fails for the loser only when it records itself a second time.
    @Test func openerRetriesOnlyWhatARaceLeaves() {
        func race(_ code: ResultCode, _ message: String) -> Bool {
            SQLiteArchive.isRaceWithAnotherOpener(DatabaseError(resultCode: code, message: message))
        }
        #expect(race(.SQLITE_BUSY, "database is locked"))
        #expect(race(.SQLITE_ERROR, "table newspaper already exists"))
        #expect(race(.SQLITE_CONSTRAINT, "UNIQUE constraint failed: grdb_migrations.identifier"))
        #expect(!race(.SQLITE_CONSTRAINT, "UNIQUE constraint failed: page.pageKey"))
        #expect(!race(.SQLITE_ERROR, "no such table: page"))
        #expect(!race(.SQLITE_CORRUPT, "database disk image is malformed"))
    }

    /// Pages stored so far, read without writing anything; nil until the archive exists in WAL mode.
    static func pagesStored(at path: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path + "-wal") else { return nil }
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        return try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM page") }
    }

    @Test(.timeLimit(.minutes(3))) func killedIngestIsConsistentAndResumes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try Self.makePages(in: pages, count: Self.pageCount)
        let archivePath = dir.appendingPathComponent("archive.sqlite").path

        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--testing-library", "swift-testing", "--filter", "InterruptedIngestTests/childIngest"]
        var env = ProcessInfo.processInfo.environment
        env["JIANBAO_CHILD_PAGES"] = pages.path
        env["JIANBAO_CHILD_ARCHIVE"] = archivePath
        child.environment = env
        let log = dir.appendingPathComponent("child.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        child.standardOutput = logHandle
        child.standardError = logHandle
        try child.run()

        // Wait until some batches are in, then kill -9 in the middle of the run. The parent only
        // reads, through a read-only connection, and only once the child has put the file in WAL
        // mode: opening it as an archive here would race the child's creation and migration of it.
        var seen = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, child.isRunning {
            if let n = Self.pagesStored(at: archivePath), n >= 10 {
                seen = n
                break
            }
            usleep(20_000)
        }
        let exitedByItself = !child.isRunning
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        try logHandle.close()
        let childOutput = exitedByItself ? String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self).suffix(2000) : ""
        #expect(!exitedByItself, "the child ended before it was killed (status \(child.terminationStatus)): \(childOutput)")
        #expect(seen >= 10, "the child stored pages before it was killed")

        let archive = try SQLiteArchive(path: archivePath)
        #expect(try archive.integrityCheck() == "ok")
        let partial = try archive.totals()
        #expect(partial.pages < Self.pageCount, "killed before the end")
        #expect(partial.articles == partial.pages * 14, "only whole pages are stored")

        let outcome = try Self.ingest(pages: pages, archivePath: archivePath, batch: 16)
        #expect(outcome.summary.pagesUnchanged == partial.pages)
        let total = try archive.totals()
        #expect(total.pages == Self.pageCount)
        #expect(total.articles == Self.pageCount * 14)
        #expect(try archive.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article_fts") } == Self.pageCount * 14)
        #expect(try archive.integrityCheck() == "ok")
    }
}
