import ArgumentParser
import Foundation
import JianbaoCore
import JianbaoStore

/// Benchmarks/archive.sh's search measurements (hidden from --help).
struct BenchSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-search", abstract: "Search latency and recall against trigram and LIKE peers.", shouldDisplay: false)

    @OptionGroup var archive: ArchiveOption
    @Option(help: "Queries file: query<TAB>category per line.") var queries: String
    @Option(help: "Timed runs per query and system.") var repeats = 5
    @Flag(help: "Also run the LIKE scan (the substring truth for recall).") var like = false
    @Flag(help: "Empty the page cache before each query's first run (Linux, root: /proc/sys/vm/drop_caches).") var dropCaches = false

    func run() throws {
        let store = try archive.open()
        let build = try SearchBenchmark.buildPeers(store)
        if build > 0.5 { print(String(format: "built the trigram peer table in %.1f s", build)) }
        let qs = try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n").compactMap { line -> (String, String)? in
            let f = line.split(separator: "\t").map(String.init)
            return f.count == 2 ? (f[0], f[1]) : nil
        }
        let emptyCache: (() throws -> Void)? = dropCaches ? { try Self.dropPageCache() } : nil
        let timings = try SearchBenchmark.run(store, queries: qs, repeats: repeats, like: like, beforeFirstRun: emptyCache)
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let halves = s.unicodeScalars.reduce(0) { $0 + CharClass.displayWidth($1) }
            let fill = String(repeating: " ", count: max(0, n - halves))
            return left ? fill + s : s + fill
        }
        // The first run of a query reads its pages from disk: "first p95" is over those runs alone (with
        // --drop-caches, from an empty page cache), "warm p95" over the others.
        print(pad("class", 13) + pad("system", 14) + pad("p50 ms", 10, left: true) + pad("p95 ms", 10, left: true)
            + pad("first p95", 11, left: true) + pad("warm p95", 10, left: true)
            + pad("matches/q", 12, left: true) + pad("recall", 9, left: true))
        let categories = qs.map(\.1).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for c in categories {
            for system in ["jianbao", "fts5-trigram", "like-scan"] {
                let rows = timings.filter { $0.category == c && $0.system == system }
                guard !rows.isEmpty else { continue }
                let ms = rows.flatMap(\.milliseconds)
                let recalls = rows.compactMap(\.recall)
                let recall = recalls.isEmpty ? "n/a" : String(format: "%.3f", recalls.reduce(0, +) / Double(recalls.count))
                let p50 = String(format: "%.2f", SearchBenchmark.percentile(ms, 0.5))
                let p95 = String(format: "%.2f", SearchBenchmark.percentile(ms, 0.95))
                let first = rows.compactMap { $0.milliseconds.first }
                let firstP95 = String(format: "%.2f", SearchBenchmark.percentile(first, 0.95))
                let warm = rows.flatMap { $0.milliseconds.dropFirst() }
                let warmP95 = warm.isEmpty ? "n/a" : String(format: "%.2f", SearchBenchmark.percentile(Array(warm), 0.95))
                let matches = String(format: "%.0f", Double(rows.map(\.matches).reduce(0, +)) / Double(rows.count))
                print(pad(c, 13) + pad(system, 14) + pad(p50, 10, left: true) + pad(p95, 10, left: true)
                    + pad(system == "like-scan" ? "n/a" : firstP95, 11, left: true) + pad(warmP95, 10, left: true)
                    + pad(matches, 12, left: true) + pad(recall, 9, left: true))
            }
        }
    }

    /// Writes dirty pages out and empties the kernel's page cache, so the next read comes from disk.
    static func dropPageCache() throws {
        sync()
        guard let f = FileHandle(forWritingAtPath: "/proc/sys/vm/drop_caches") else {
            throw ValidationError("--drop-caches needs root on Linux (/proc/sys/vm/drop_caches is not writable)")
        }
        defer { try? f.close() }
        try f.write(contentsOf: Data("1\n".utf8))
    }
}
