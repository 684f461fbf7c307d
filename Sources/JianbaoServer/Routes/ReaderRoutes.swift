import Foundation
import Hummingbird
import JianbaoCore
import JianbaoStore

/// The HTML pages. Every handler turns errors into an error page with the right status.
enum ReaderRoutes {
    static func page(_ body: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response)
        -> @Sendable (Request, BasicRequestContext) async throws -> Response
    {
        { request, context in
            do { return try await body(request, context) } catch { return APIError(error).html }
        }
    }

    static func add(to router: Router<BasicRequestContext>, reader: Reader) {
        let archive = reader.archive
        router.get("/", use: page { _, _ in
            let (issues, totals) = try reader.home()
            return Reply.html(Pages.home(issues: issues, totals: totals))
        })
        router.get("/static/style.css") { _, _ in Reply.text(Style.css, type: "text/css; charset=utf-8") }
        router.get("/issue/:newspaper/:date", use: page { _, context in
            guard let id = context.parameters.get("newspaper", as: Int64.self), let date = context.parameters.get("date"),
                IssueDate(iso: date) != nil, let name = try archive.newspaperName(id: id)
            else { throw APIError.notFound("no such issue") }
            return Reply.html(Pages.issue(newspaper: name, date: date, articles: try archive.issueArticles(newspaperId: id, date: date)))
        })
        router.get("/article/:id", use: page { request, context in
            let full = request.uri.queryParameters["page"] == "full"
            guard let id = context.parameters.get("id", as: Int64.self), let html = try reader.articlePage(id: id, fullPage: full) else {
                throw APIError.notFound("no such article")
            }
            return Reply.html(html)
        })
        router.get("/search", use: page { request, _ in
            let r = try ReaderRequest(request, options: reader.options)
            if r.search.query.isEmpty && r.search.filters == SearchFilters() {
                return Reply.html(HTML.page(title: "搜索", body: "<h1>搜索</h1><p class=\"meta\">词语、\"短语\"、-排除、OR。例：<a href=\"/search?q=%E5%91%A8%E6%B3%A2\">周波</a></p>"))
            }
            let started = Date()
            let (result, facets) = try reader.searchWithFacets(r.search)
            let ms = Date().timeIntervalSince(started) * 1000
            return Reply.html(Pages.search(r, result: result, facets: facets, milliseconds: ms))
        })
        router.get("/person/:name", use: page { _, context in
            guard let name = context.parameters.get("name")?.removingPercentEncoding, !name.isEmpty, name.count <= 20 else {
                throw APIError.badRequest("a person's name, please")
            }
            var req = SearchRequest(query: "")
            req.filters.person = name
            return Reply.html(Pages.person(try archive.person(named: name), articles: try archive.search(req)))
        })
        router.get("/place/:name", use: page { _, context in
            guard let name = context.parameters.get("name")?.removingPercentEncoding, !name.isEmpty, name.count <= 30 else {
                throw APIError.badRequest("a place name, please")
            }
            var req = SearchRequest(query: "")
            req.filters.place = name
            let (division, parents) = reader.place(name)
            return Reply.html(Pages.place(name: name, division: division, parents: parents, articles: try archive.search(req)))
        })
        router.get("/trends", use: page { request, _ in
            let terms = try Reader.terms(request)
            return Reply.html(Pages.trends(terms: terms, series: try reader.trendSeries(terms)))
        })
        router.get("/kwic", use: page { request, _ in
            let r = try ReaderRequest(request, options: reader.options)
            guard !r.search.query.isEmpty else { throw APIError.badRequest("kwic needs a term: /kwic?q=…") }
            return Reply.html(Pages.kwic(term: r.search.query, lines: try archive.concordance(r.search)))
        })
        router.get("/api", use: page { _, _ in
            Reply.html(HTML.page(title: "API", body: "<h1>JSON API</h1><p>Described by <a href=\"/openapi.json\">/openapi.json</a> (OpenAPI 3).</p><ul>"
                + OpenAPI.paths.map { "<li><code>\(HTML.escape($0.method.uppercased())) \(HTML.escape($0.path))</code> — \(HTML.escape($0.summary))</li>" }.joined()
                + "</ul>"))
        })
    }
}
