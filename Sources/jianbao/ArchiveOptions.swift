import ArgumentParser
import Foundation
import JianbaoCore
import JianbaoStore

/// `--archive FILE`, defaulting to $JIANBAO_ARCHIVE or ./jianbao.sqlite.
struct ArchiveOption: ParsableArguments {
    @Option(help: "The archive file (default: $JIANBAO_ARCHIVE, else ./jianbao.sqlite).")
    var archive: String?

    var path: String { archive ?? ProcessInfo.processInfo.environment["JIANBAO_ARCHIVE"] ?? "jianbao.sqlite" }

    func open(mustExist: Bool = true) throws -> SQLiteArchive {
        if mustExist, !FileManager.default.fileExists(atPath: path) {
            PageInputs.report("\(path): no archive here (create one with `jianbao ingest PAGES --archive \(path)`)")
            throw ExitCode(2)
        }
        do {
            return try SQLiteArchive(path: path, notice: PageInputs.report)
        } catch {
            PageInputs.report("\(path): cannot open the archive: \(error)")
            throw ExitCode(2)
        }
    }
}

/// Search filters shared by search, export, people, places and orgs.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only this newspaper (e.g. 辽宁日报).")
    var newspaper: String?
    @Option(help: "Only issues from this date on, YYYY-MM-DD.")
    var from: String?
    @Option(help: "Only issues up to this date, YYYY-MM-DD.")
    var to: String?
    @Option(help: "Only this page number.")
    var page: Int?
    @Option(help: "Only this kind: news, photo, continuation, commentary, brief, other.")
    var kind: String?
    @Option(help: "Only articles naming this person.")
    var person: String?
    @Option(help: "Only articles naming this place (name, short name or GB/T 2260 code).")
    var place: String?

    func validate() throws {
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, IssueDate(iso: value) == nil { throw ValidationError("\(flag) '\(value)' is not a date of the form YYYY-MM-DD") }
        }
        if let kind, Article.Kind(rawValue: kind) == nil {
            throw ValidationError("--kind '\(kind)' is not one of \(Article.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    var filters: SearchFilters {
        var f = SearchFilters()
        f.newspaper = newspaper
        f.from = from.flatMap(IssueDate.init(iso:))
        f.to = to.flatMap(IssueDate.init(iso:))
        f.page = page
        f.kind = kind
        f.person = person
        f.place = place
        return f
    }
}
