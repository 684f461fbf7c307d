import Foundation
import Hummingbird
import JianbaoCore
import JianbaoStore

/// Builds the reader: HTML pages and the JSON API over an archive. The executable only parses flags
/// and runs it; tests drive the same router in-process.
public func buildApplication(
    archive: SQLiteArchive, options: ServerOptions, host: String = "127.0.0.1", port: Int = 8080
) -> some ApplicationProtocol {
    Application(router: buildRouter(archive: archive, options: options), configuration: .init(address: .hostname(host, port: port)))
}

public func buildRouter(archive: SQLiteArchive, options: ServerOptions) -> Router<BasicRequestContext> {
    let router = Router()
    let reader = Reader(archive: archive, options: options)
    ReaderRoutes.add(to: router, reader: reader)
    APIRoutes.add(to: router, reader: reader)
    return router
}

/// What the routes share: the archive (read-only unless an admin token is set), the options, and
/// caches of the answers that cost most (searches with their facets; article pages, which decode
/// the raw page; the home page's issues and totals, which count the whole archive), each answer tied
/// to the archive's file stamp.
struct Reader: Sendable {
    let archive: SQLiteArchive
    let options: ServerOptions
    let searches: ResultCache<SearchRequest, Search, SQLiteArchive.FileStamp>
    let overview: ResultCache<Int, Overview, SQLiteArchive.FileStamp>
    let articlePages: ResultCache<ArticlePageKey, String?, SQLiteArchive.FileStamp>

    struct ArticlePageKey: Hashable, Sendable {
        var id: Int64
        var fullPage: Bool
    }

    typealias Search = (result: SearchResult, facets: SQLiteArchive.Facets)
    typealias Overview = (issues: [SQLiteArchive.IssueSummary], totals: ArchiveTotals)

    init(archive: SQLiteArchive, options: ServerOptions) {
        self.archive = archive
        self.options = options
        searches = ResultCache(capacity: options.cacheEntries)
        overview = ResultCache(capacity: options.cacheEntries > 0 ? 1 : 0)
        articlePages = ResultCache(capacity: options.cacheEntries)
    }

    /// The article page (with the raw page beside it, or the whole page), nil for no such article.
    func articlePage(id: Int64, fullPage: Bool) throws -> String? {
        try articlePages.value(for: ArticlePageKey(id: id, fullPage: fullPage), stamp: archive.fileStamp()) {
            guard let a = try archive.article(id: id) else { return nil }
            let parts = try a.parts.compactMap { try archive.article(id: $0) }.map { ($0.id, $0.page) }
            return ArticlePage.render(a, pageLines: try archive.pageLines(articleId: id), partLinks: parts, fullPage: fullPage)
        }
    }

    /// A search with its facets, from the cache when the archive has not changed since.
    func searchWithFacets(_ request: SearchRequest) throws -> Search {
        try searches.value(for: request, stamp: archive.fileStamp()) { try archive.searchWithFacets(request) }
    }

    /// The newspapers' issues and the archive's totals.
    func home() throws -> Overview {
        try overview.value(for: 0, stamp: archive.fileStamp()) { (try archive.issues(), try archive.totals()) }
    }

    func trendSeries(_ terms: [String]) throws -> [(String, [(period: String, count: Int)])] {
        try terms.map { t in (t, try archive.counts(SearchRequest(query: t), by: .month)) }
    }

    static func terms(_ request: Request) throws -> [String] {
        let raw = request.uri.queryParameters["q"].map { String($0).replacingAll("+", with: " ") } ?? ""
        guard raw.unicodeScalars.count <= SearchQuery.maxLength else { throw APIError.badRequest("the query is too long") }
        let terms = raw.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard terms.count <= 5 else { throw APIError.badRequest("at most 5 terms at a time") }
        for t in terms { _ = try SearchQuery.parse(t) }
        return terms
    }

    func place(_ name: String) -> (Division?, [Division]) {
        let division = Gazetteer.divisions.first { $0.name == name && $0.code != nil }
            ?? Gazetteer.divisions.first { $0.short == name && $0.code != nil && $0.level != .county }
        var parents: [Division] = []
        var code = division?.parent
        while let c = code, let d = Gazetteer.division(code: c) {
            parents.insert(d, at: 0)
            code = d.parent
        }
        return (division, parents)
    }
}
