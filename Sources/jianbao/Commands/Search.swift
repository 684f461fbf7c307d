import ArgumentParser
import Foundation
import JianbaoCore
import JianbaoStore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the archive (Chinese-aware full text).",
        discussion: """
            Syntax: terms (all must match), "phrases", -exclusion, OR between two items: \
            周波 疫情, "农村人居环境", 疫情 -沈阳, 周波 OR 郝春荣. One- and two-character terms work. \
            Results are ranked by BM25 with the headline weighted 5:1, one per story (the parts of a \
            stitched jump count once), snippets mark hits with 【】. --kwic prints a keyword-in-context \
            concordance, --count-by a frequency series. A malformed query is an error (exit 64).
            """
    )

    @Argument(help: "The query, one or several words (may be empty when filters are given).")
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    @OptionGroup var archive: ArchiveOption
    @OptionGroup var filter: FilterOptions

    @Option(help: "How many results.")
    var limit = 20
    @Option(help: "Skip this many results.")
    var offset = 0
    @Flag(help: "Print a keyword-in-context concordance.")
    var kwic = false
    @Option(name: .customLong("count-by"), help: "Print counts per day, month or year instead of results.")
    var countBy: CountPeriodArgument?
    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        if query.isEmpty, filter.filters == SearchFilters(), countBy == nil {
            throw ValidationError("give a query or at least one filter")
        }
        if kwic, query.isEmpty { throw ValidationError("--kwic needs a query") }
    }

    func run() throws {
        let store = try archive.open()
        var request = SearchRequest(query: query)
        request.filters = filter.filters
        request.limit = limit
        request.offset = offset
        do {
            if let period = countBy {
                let rows = try store.counts(request, by: period.value)
                if format == .json {
                    var w = JSONWriter(pretty: true)
                    w.beginObject()
                    w.field("query", query)
                    w.field("countBy", period.value.rawValue)
                    w.key("counts")
                    ArchiveJSON.counts(rows, into: &w)
                    w.endObject()
                    print(w.output)
                } else {
                    for r in rows { print("\(r.period)\t\(r.count)") }
                }
                return
            }
            if kwic {
                let lines = try store.concordance(request)
                if format == .json {
                    var w = JSONWriter(pretty: true)
                    ArchiveJSON.concordance(lines, into: &w)
                    print(w.output)
                } else {
                    let width = lines.map { $0.left.displayColumns }.max() ?? 0
                    for l in lines {
                        let pad = String(repeating: "　", count: max(0, width - l.left.displayColumns))
                        print("\(l.hit.date ?? "----------") #\(l.hit.articleId)  \(pad)\(l.left) 【\(l.match)】 \(l.right)")
                    }
                }
                return
            }
            let started = Date()
            let result = try store.search(request)
            let ms = Date().timeIntervalSince(started) * 1000
            if format == .json {
                var w = JSONWriter(pretty: true)
                w.beginObject()
                w.field("query", query)
                w.field("expression", result.expression)
                ArchiveJSON.hits(result, into: &w)
                w.endObject()
                print(w.output)
            } else {
                print("\(result.total) result(s) in \(String(format: "%.1f", ms)) ms")
                for h in result.hits {
                    print("\n#\(h.articleId)  \(h.newspaper ?? "-") \(h.date ?? "-") 第\(h.page.map(String.init) ?? "?")版  [\(h.kind)]  \(h.headline ?? "（无标题）")")
                    print("    \(h.snippet.replacingOccurrences(of: "\n", with: " "))")
                }
            }
        } catch let e as SearchQueryError {
            PageInputs.report(e.description)
            throw ExitCode(64)
        }
    }
}

struct CountPeriodArgument: ExpressibleByArgument {
    var value: CountPeriod
    init?(argument: String) {
        guard let v = CountPeriod(rawValue: argument) else { return nil }
        value = v
    }
}

enum TextOrJSON: String, ExpressibleByArgument {
    case text, json
}
