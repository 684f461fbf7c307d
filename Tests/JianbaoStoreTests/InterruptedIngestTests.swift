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
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()

        // Wait until some batches are in, then kill -9 in the middle of the run.
        var seen = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, child.isRunning {
            if FileManager.default.fileExists(atPath: archivePath),
                let n = try? SQLiteArchive(path: archivePath).totals().pages, n >= 10
            {
                seen = n
                break
            }
            usleep(20_000)
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
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
