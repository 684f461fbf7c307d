import ArgumentParser
import Foundation
import Hummingbird
import JianbaoCore
import JianbaoServer
import JianbaoStore

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the reader: HTML pages and a JSON API over the archive.",
        discussion: """
            Pages: / (newspapers, issues, totals), /issue/ID/DATE, /article/ID (with the raw page and its lines), \
            /search (the CLI's syntax, filters, facets), /person/NAME, /place/NAME, /trends?q=a,b, /kwic?q=term. \
            JSON under /api/…, described at /openapi.json. Read-only unless --admin-token is given, which lets \
            POST /api/pages (Authorization: Bearer TOKEN) ingest a page. --ingest PATH ingests pages first \
            (pages already there are skipped).
            """
    )

    @OptionGroup var archive: ArchiveOption
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(name: .customLong("admin-token"), help: "Allow POST /api/pages with this bearer token.") var adminToken: String?
    @Option(help: "Ingest these pages (file or directory) before serving.") var ingest: [String] = []
    @Option(
        name: .customLong("cache-entries"),
        help: "Searches and article pages kept in memory for repeated requests, each dropped when the archive changes (0: no caching).")
    var cacheEntries = 1024

    func run() async throws {
        let store = try archive.open(mustExist: ingest.isEmpty)
        if !ingest.isEmpty {
            var failures = 0
            let inputs = PageInputs.expand(ingest, failures: &failures)
            let sources = inputs.map { input in PageSource(path: input.path) { try input.read() } }
            let defaults = Clip.Defaults()
            let outcome = try Ingester(archive: store).run(sources, metadata: { defaults.metadata(for: $0) })
            for f in outcome.failures { PageInputs.report("\(f.path): \(f.message)") }
            print("archive \(archive.path): \(outcome.summary.pagesAdded) page(s) added, \(outcome.summary.pagesUnchanged) already there")
        }
        var options = ServerOptions(adminToken: adminToken)
        options.cacheEntries = max(0, cacheEntries)
        let app = buildApplication(archive: store, options: options, host: host, port: port)
        print("reader at http://\(host):\(port)/  (search: http://\(host):\(port)/search?q=%E5%91%A8%E6%B3%A2)")
        fflush(nil)  // every stream: the URL shows at once also when output goes to a file or a pipe
        try await app.runService()
    }
}
