import Foundation
import Hummingbird
import JianbaoCore
import JianbaoStore

/// The JSON API, mirroring the pages under /api, and the admin ingest.
enum APIRoutes {
    static func api(_ body: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response)
        -> @Sendable (Request, BasicRequestContext) async throws -> Response
    {
        { request, context in
            do { return try await body(request, context) } catch { return APIError(error).json }
        }
    }

    static func object(_ build: (inout JSONWriter) -> Void) -> Response {
        var w = JSONWriter()
        w.beginObject()
        build(&w)
        w.endObject()
        return Reply.json(w.output)
    }

    static func add(to router: Router<BasicRequestContext>, reader: Reader) {
        let archive = reader.archive
        router.get("/openapi.json") { _, _ in Reply.json(OpenAPI.document) }
        router.get("/api/newspapers", use: api { _, _ in
            let (issues, t) = try reader.home()
            return object { w in
                w.key("totals")
                w.beginObject()
                w.field("newspapers", t.newspapers)
                w.field("pages", t.pages)
                w.field("articles", t.articles)
                w.field("firstDate", t.firstDate)
                w.field("lastDate", t.lastDate)
                w.endObject()
                w.key("issues")
                w.beginArray()
                for i in issues {
                    w.beginObject()
                    w.field("newspaperId", Int(i.newspaperId))
                    w.field("newspaper", i.newspaper)
                    w.field("date", i.date)
                    w.field("pages", i.pages)
                    w.field("articles", i.articles)
                    w.endObject()
                }
                w.endArray()
            }
        })
        router.get("/api/issue/:newspaper/:date", use: api { _, context in
            guard let id = context.parameters.get("newspaper", as: Int64.self), let date = context.parameters.get("date"),
                IssueDate(iso: date) != nil, let name = try archive.newspaperName(id: id)
            else { throw APIError.notFound("no such issue") }
            let articles = try archive.issueArticles(newspaperId: id, date: date)
            return object { w in
                w.field("newspaper", name)
                w.field("date", date)
                w.key("articles")
                w.beginArray()
                for a in articles {
                    w.beginObject()
                    w.field("articleId", Int(a.id))
                    w.field("page", a.page)
                    w.field("kind", a.kind)
                    w.field("kicker", a.kicker)
                    w.field("headline", a.headline)
                    w.field("subtitle", a.subtitle)
                    w.field("characters", a.characters)
                    w.endObject()
                }
                w.endArray()
            }
        })
        router.get("/api/article/:id", use: api { _, context in
            guard let id = context.parameters.get("id", as: Int64.self), let a = try archive.article(id: id) else {
                throw APIError.notFound("no such article")
            }
            return Reply.json(
                "{\"archiveId\":\(a.id),\"storyId\":\(a.storyId),\"parts\":[\(a.parts.map(String.init).joined(separator: ","))],\"article\":\(a.json)}")
        })
        router.get("/api/search", use: api { request, _ in
            let r = try ReaderRequest(request, options: reader.options)
            guard !r.search.query.isEmpty || r.search.filters != SearchFilters() else { throw APIError.badRequest("give q or a filter", code: "bad-query") }
            let started = Date()
            let (result, facets) = try reader.searchWithFacets(r.search)
            let ms = Date().timeIntervalSince(started) * 1000
            return object { w in
                w.field("query", r.search.query)
                w.key("milliseconds")
                w.raw(String(format: "%.2f", ms))
                ArchiveJSON.hits(result, into: &w)
                w.key("facets")
                w.beginObject()
                for (k, rows) in [("newspaper", facets.newspapers), ("year", facets.years), ("person", facets.people), ("place", facets.places)] {
                    w.key(k)
                    w.beginArray()
                    for row in rows {
                        w.beginObject()
                        w.field("value", row.name)
                        w.field("count", row.count)
                        w.endObject()
                    }
                    w.endArray()
                }
                w.endObject()
            }
        })
        router.get("/api/person/:name", use: api { _, context in
            guard let name = context.parameters.get("name")?.removingPercentEncoding, !name.isEmpty, name.count <= 20 else {
                throw APIError.badRequest("a person's name, please")
            }
            var w = JSONWriter()
            ArchiveJSON.person(try archive.person(named: name), into: &w)
            return Reply.json(w.output)
        })
        router.get("/api/place/:name", use: api { _, context in
            guard let name = context.parameters.get("name")?.removingPercentEncoding, !name.isEmpty, name.count <= 30 else {
                throw APIError.badRequest("a place name, please")
            }
            var req = SearchRequest(query: "")
            req.filters.place = name
            let result = try archive.search(req)
            let (division, parents) = reader.place(name)
            return object { w in
                w.field("name", name)
                w.field("code", division?.code)
                w.field("parents", strings: parents.map(\.name))
                ArchiveJSON.hits(result, into: &w)
            }
        })
        router.get("/api/trends", use: api { request, _ in
            let series = try reader.trendSeries(try Reader.terms(request))
            return object { w in
                w.key("series")
                w.beginArray()
                for (term, points) in series {
                    w.beginObject()
                    w.field("term", term)
                    w.key("counts")
                    ArchiveJSON.counts(points, key: "month", into: &w)
                    w.endObject()
                }
                w.endArray()
            }
        })
        router.get("/api/kwic", use: api { request, _ in
            let r = try ReaderRequest(request, options: reader.options)
            guard !r.search.query.isEmpty else { throw APIError.badRequest("kwic needs q", code: "bad-query") }
            let lines = try archive.concordance(r.search)
            return object { w in
                w.key("lines")
                ArchiveJSON.concordance(lines, into: &w)
            }
        })
        router.post("/api/pages", use: api { request, context in
            guard let token = reader.options.adminToken else {
                throw APIError(status: .forbidden, code: "read-only", message: "this reader is read-only (start it with --admin-token)")
            }
            guard request.headers[.authorization] == "Bearer \(token)" else {
                throw APIError(status: .unauthorized, code: "unauthorized", message: "send Authorization: Bearer <admin token>")
            }
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: reader.options.maxBodyBytes)
            } catch {
                throw APIError(status: .contentTooLarge, code: "too-large", message: "a page may be at most \(reader.options.maxBodyBytes) bytes")
            }
            let p = request.uri.queryParameters
            let meta = PageMetadata(
                path: p["path"].map(String.init) ?? "upload.txt", newspaper: p["newspaper"].map(String.init),
                issueDate: p["date"].flatMap { IssueDate(iso: String($0)) }, page: p["page"].flatMap { Int(String($0)) })
            let bytes = Array(body.readableBytesView)
            let page: ClippedPage
            do {
                page = try Pipeline().run(bytes, metadata: meta)
            } catch {
                throw APIError.badRequest("\(meta.path): \(error)", code: "not-text")
            }
            let summary = try archive.ingest([IngestItem(page: page, raw: bytes)])
            let jumps = try archive.stitchJumps()
            return object { w in
                w.field("pagesAdded", summary.pagesAdded)
                w.field("pagesReplaced", summary.pagesReplaced)
                w.field("pagesUnchanged", summary.pagesUnchanged)
                w.field("articles", summary.articles)
                w.field("jumpsLinked", jumps.linked)
            }
        })
    }
}
