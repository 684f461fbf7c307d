import ArgumentParser
import Foundation
import JianbaoCore
import JianbaoStore

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What the archive knows about a person: titles over time with evidence; or the most named people.")

    @Argument(help: "A name (e.g. 周波); without it, the most named people.")
    var name: String?

    @OptionGroup var archive: ArchiveOption
    @OptionGroup var filter: FilterOptions

    @Option(help: "How many people to list.")
    var limit = 30
    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let store = try archive.open()
        guard let name else {
            try EntityListing.print(kind: .person, store: store, filter: filter.filters, limit: limit, format: format)
            return
        }
        let r = try store.person(named: name)
        if format == .json {
            var w = JSONWriter(pretty: true)
            ArchiveJSON.person(r, into: &w)
            Swift.print(w.output)
            return
        }
        guard r.articles > 0 else {
            Swift.print("\(name): not named in the archive")
            return
        }
        Swift.print("\(r.name): \(r.articles) article(s), \(r.firstSeen ?? "?") – \(r.lastSeen ?? "?")")
        for t in r.titles {
            Swift.print("  \(t.title)\t\(t.first ?? "?") – \(t.last ?? "?")\tarticles \(t.articleIds.map { "#\($0)" }.joined(separator: " "))")
        }
    }
}

struct Places: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Places named in the archive, with their codes and counts.")
    @OptionGroup var archive: ArchiveOption
    @OptionGroup var filter: FilterOptions
    @Option(help: "How many to list.") var limit = 30
    @Option(help: "Output format: text or json.") var format: TextOrJSON = .text
    func run() throws {
        try EntityListing.print(kind: .place, store: try archive.open(), filter: filter.filters, limit: limit, format: format)
    }
}

struct Orgs: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Organizations named in the archive, with counts.")
    @OptionGroup var archive: ArchiveOption
    @OptionGroup var filter: FilterOptions
    @Option(help: "How many to list.") var limit = 30
    @Option(help: "Output format: text or json.") var format: TextOrJSON = .text
    func run() throws {
        try EntityListing.print(kind: .organization, store: try archive.open(), filter: filter.filters, limit: limit, format: format)
    }
}

enum EntityListing {
    static func print(kind: EntityKind, store: SQLiteArchive, filter: SearchFilters, limit: Int, format: TextOrJSON) throws {
        let rows = try store.entityCounts(kind: kind, filter: filter, limit: limit)
        if format == .json {
            var w = JSONWriter(pretty: true)
            ArchiveJSON.entityCounts(rows, kind: kind, into: &w)
            Swift.print(w.output)
        } else {
            for r in rows {
                Swift.print("\(r.name)\(kind == .place ? "\t" + (r.detail ?? "-") : "")\t\(r.articles) article(s)\t\(r.mentions) mention(s)")
            }
        }
    }
}
