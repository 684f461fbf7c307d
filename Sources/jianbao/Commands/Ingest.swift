import ArgumentParser
import Foundation
import JianbaoCore
import JianbaoStore

#if canImport(Glibc)
    import Glibc
#endif

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clip pages and store them in the archive.",
        discussion: """
            Clips the pages on all cores and stores newspapers, pages (raw bytes, sha256, encoding, layout), \
            articles, paragraphs with line provenance, people, places, organizations, dates, findings and \
            dropped fragments, in batched transactions (SQLite, WAL). Ingesting the same page twice changes \
            nothing; a changed page (same newspaper, date and page number, new bytes) replaces the old one \
            atomically. An interrupted ingest leaves the archive consistent, and running it again finishes the \
            job. Jumps (下转/上接) are stitched at the end, whichever page came first; ambiguous ones are listed.
            """
    )

    @Argument(help: "Page files, directories (their *.txt), or - for standard input.")
    var paths: [String]

    @OptionGroup var archive: ArchiveOption

    @Option(help: "Newspaper name for every page (else from the file name).")
    var newspaper: String?

    @Option(name: .customLong("issue-date"), help: "Issue date for every page, YYYY-MM-DD (else from the file name).")
    var issueDate: String?

    @Option(help: "Page number for every page (else from the file name).")
    var page: Int?

    @Option(help: """
        Pages per transaction (and per search-index segment). Larger batches merge the index less often: \
        on the 1,000,000-article benchmark 1024 was 7% faster than 256; an interrupted ingest loses at most one batch.
        """)
    var batch = 256

    func validate() throws {
        if let issueDate, IssueDate(iso: issueDate) == nil {
            throw ValidationError("--issue-date '\(issueDate)' is not a date of the form YYYY-MM-DD")
        }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    /// glibc gives the memory of a clipping thread's arena back to the kernel whenever its top is free, and takes it
    /// back for the next pages (an mprotect call, then zeroed pages faulted in): about two calls an article. Keeping up to
    /// 256 MB free at the top, with 64 MB of room added to each growth, stops most of that churn (50,000 articles:
    /// 105,000 mprotect calls → 10,000, a fifth less system time, about 1% more memory).
    /// (mallopt is looked up at run time: Swift's Glibc module leaves malloc.h out. M_TRIM_THRESHOLD is -1, M_TOP_PAD -2.)
    static func keepFreedMemory() {
        #if canImport(Glibc)
            typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
            _ = mallopt(-1, 256 << 20)
            _ = mallopt(-2, 64 << 20)
        #endif
    }

    func run() throws {
        Self.keepFreedMemory()
        var failures = 0
        let inputs = PageInputs.expand(paths, failures: &failures)
        let store = try archive.open(mustExist: false)
        let progress = Progress(total: inputs.count)
        let defaults = Clip.Defaults(newspaper: newspaper, issueDate: issueDate, page: page)
        let sources = inputs.map { input in PageSource(path: input.path) { try input.read() } }
        let outcome: Ingester.Outcome
        do {
            outcome = try Ingester(archive: store, batchSize: batch).run(sources, metadata: { defaults.metadata(for: $0) }) {
                progress.advance(to: $0, articles: $2.articles)
            }
        } catch {
            progress.finish()
            PageInputs.report("\(archive.path): writing failed: \(error)")
            throw ExitCode(1)
        }
        progress.finish()
        for w in outcome.warnings { PageInputs.report("\(w.path): \(w.message)") }
        for f in outcome.failures { PageInputs.report("\(f.path): \(f.message)") }
        for a in outcome.jumps.ambiguous { PageInputs.report("ambiguous jump: \(a)") }
        let s = outcome.summary
        failures += outcome.failures.count
        print(
            "ingested \(inputs.count) page(s) into \(archive.path): \(s.pagesAdded) added, \(s.pagesReplaced) replaced, "
                + "\(s.pagesUnchanged) unchanged; \(s.articles) article(s); jumps linked \(outcome.jumps.linked), "
                + "ambiguous \(outcome.jumps.ambiguous.count); errors \(failures)")
        if failures > 0 { throw ExitCode(2) }
    }
}

/// A progress bar on a terminal (pages/s, ETA); plain lines when standard error is not one.
final class Progress {
    let total: Int
    var done = 0
    var articles = 0
    let started = Date()
    let tty = isatty(2) != 0
    var lastLine = Date.distantPast

    init(total: Int) { self.total = total }

    func advance(to n: Int, articles: Int) {
        done = n
        self.articles = articles
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        if tty {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(
                Data(String(format: "\r[%@] %d/%d pages  %.1f pages/s  ETA %@  ", bar, done, total, rate, Self.clock(eta)).utf8))
        } else if Date().timeIntervalSince(lastLine) >= 5 || done == total {
            lastLine = Date()
            FileHandle.standardError.write(
                Data(String(format: "%d/%d pages, %d articles, %.1f pages/s\n", done, total, articles, rate).utf8))
        }
    }

    func finish() {
        if tty { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
    }

}
