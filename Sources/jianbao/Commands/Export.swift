import ArgumentParser
import Foundation
import JianbaoCore
import JianbaoStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export archived articles as JSONL, CSV or TEI XML.",
        discussion: """
            jsonl (to standard output, streaming): one article a line, the clip contract's article object \
            with archiveId, storyId, newspaper, issueDate, page and path in front. csv (into --output DIR): \
            articles.csv, people.csv, places.csv, mentions.csv and numbers.csv, UTF-8 with a BOM; columns in docs/exports.md. \
            tei (to standard output, streaming): TEI P5 XML, a teiCorpus with one TEI document per article, \
            people, places, organizations, dates and figures marked in the text.
            """
    )

    @OptionGroup var archive: ArchiveOption
    @OptionGroup var filter: FilterOptions

    @Option(help: "jsonl, csv or tei.")
    var format: ExportFormat = .jsonl

    @Option(help: "Directory for the CSV files (created if needed).")
    var output: String?

    enum ExportFormat: String, ExpressibleByArgument { case jsonl, csv, tei }

    func validate() throws {
        if format == .csv, output == nil { throw ValidationError("--format csv writes several files: give --output DIR") }
    }

    func run() throws {
        let store = try archive.open()
        switch format {
        case .jsonl:
            let out = StandardOutput()
            try Exporter.jsonl(store, filters: filter.filters) { out.write($0) }
            out.flush()
        case .tei:
            let out = StandardOutput()
            try Exporter.tei(store, filters: filter.filters) { out.write($0) }
            out.flush()
        case .csv:
            let dir = URL(fileURLWithPath: output!)
            let n = try Exporter.csv(store, filters: filter.filters, directory: dir)
            print("exported \(n) article(s) to \(dir.path)/{articles,people,places,mentions,numbers}.csv")
        }
    }
}

struct Dupes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find near-duplicate articles (MinHash/LSH over character shingles, with containment).")

    @OptionGroup var archive: ArchiveOption
    @OptionGroup var filter: FilterOptions

    @Option(help: "Minimum Jaccard similarity of two articles' 5-character shingles.")
    var jaccard = 0.5
    @Option(help: "Minimum containment of the shorter article in the longer one.")
    var containment = 0.8
    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        var options = NearDuplicates.Options()
        options.minimumJaccard = jaccard
        options.minimumContainment = containment
        let clusters = try NearDuplicates.clusters(in: try archive.open(), filters: filter.filters, options: options)
        if format == .json {
            var w = JSONWriter(pretty: true)
            w.beginArray()
            for c in clusters {
                w.beginArray()
                for m in c {
                    w.beginObject()
                    w.field("articleId", Int(m.articleId))
                    w.field("newspaper", m.newspaper)
                    w.field("date", m.date)
                    w.field("page", m.page)
                    w.field("headline", m.headline)
                    w.key("jaccard")
                    w.raw(String(format: "%.3f", m.jaccard))
                    w.key("containment")
                    w.raw(String(format: "%.3f", m.containment))
                    w.endObject()
                }
                w.endArray()
            }
            w.endArray()
            print(w.output)
            return
        }
        print("\(clusters.count) cluster(s) of near-duplicates")
        for (i, c) in clusters.enumerated() {
            print("\ncluster \(i + 1): \(c.count) articles")
            for m in c {
                print(String(format: "  #%-8lld J %.2f  C %.2f  %@ %@ 第%@版  %@", m.articleId, m.jaccard, m.containment,
                             m.newspaper ?? "-", m.date ?? "-", m.page.map(String.init) ?? "?", m.headline ?? "（无标题）"))
            }
        }
    }
}
