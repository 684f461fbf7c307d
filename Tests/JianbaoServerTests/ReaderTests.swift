import Foundation
import Hummingbird
import HummingbirdTesting
import JianbaoCore
import JianbaoStore
import Testing

@testable import JianbaoServer

/// The reader's routes, in-process, on a temporary archive built from the specimen.
@Suite struct ReaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func archive() throws -> (SQLiteArchive, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let archive = try SQLiteArchive(path: dir.appendingPathComponent("a.sqlite").path)
        let bytes = Array(try Data(contentsOf: repository.appendingPathComponent("Samples/liaoning-daily-2020-03-05-p2.txt")))
        let meta = PageMetadata(path: "liaoning-daily-2020-03-05-p2.txt", newspaper: "辽宁日报", issueDate: IssueDate(year: 2020, month: 3, day: 5), page: 2)
        _ = try archive.ingest([IngestItem(page: try Pipeline().run(bytes, metadata: meta), raw: bytes)])
        // A page whose text tries to inject markup.
        let evil = "“<script>alert(1)</script>”标题 & \"引号\"\n\n本报讯 记者王坤报道 正文里有<b>标签</b>和&amp;与\"引号\"，还有周波。\n"
        let evilMeta = PageMetadata(path: "evil.txt", newspaper: "测试报", issueDate: IssueDate(year: 2021, month: 1, day: 2), page: 1)
        _ = try archive.ingest([IngestItem(page: try Pipeline().run(Array(evil.utf8), metadata: evilMeta), raw: Array(evil.utf8))])
        return (archive, dir)
    }

    static func app(_ archive: SQLiteArchive, token: String? = nil) -> some ApplicationProtocol {
        Application(router: buildRouter(archive: archive, options: ServerOptions(adminToken: token)))
    }

    static func get(_ client: some TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String, String?) {
        try await client.execute(uri: uri, method: .get) { r in (r.status, String(buffer: r.body), r.headers[.contentType]) }
    }

    @Test func pages() async throws {
        let (archive, dir) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.app(archive).test(.router) { client in
            let (s1, home, type) = try await Self.get(client, "/")
            #expect(s1 == .ok && type?.hasPrefix("text/html") == true)
            #expect(home.contains("辽宁日报") && home.contains("/issue/"))

            let (s2, search, _) = try await Self.get(client, "/search?q=%E5%91%A8%E6%B3%A2")
            #expect(s2 == .ok)
            #expect(search.contains("全省农村人居环境整治会议在沈阳召开"))
            #expect(search.contains("<mark>周波</mark>"))
            #expect(search.contains("条结果"))

            let id = try #require(try archive.search(SearchRequest(query: "周波 沈阳")).hits.first?.articleId)
            let (s3, article, _) = try await Self.get(client, "/article/\(id)")
            #expect(s3 == .ok)
            #expect(article.contains("<h1>全省农村人居环境整治会议在沈阳召开</h1>") || article.contains("全省农村人居环境整治会议在"))
            #expect(article.contains("class=\"e-person\""))
            #expect(article.contains("<span id=\"L17\" class=\"here\"><span class=\"n\">17</span>"))
            #expect(!article.contains("id=\"L3\""))
            let (_, full, _) = try await Self.get(client, "/article/\(id)?page=full")
            #expect(full.contains("id=\"L3\"") && full.contains("id=\"L138\""))
            #expect(article.contains("finding"))

            let (s4, person, _) = try await Self.get(client, "/person/%E5%91%A8%E6%B3%A2")
            #expect(s4 == .ok && person.contains("省委副书记"))
            let (s5, place, _) = try await Self.get(client, "/place/%E6%B2%88%E9%98%B3")
            #expect(s5 == .ok && place.contains("210100") && place.contains("辽宁省"))
            let (s6, trends, _) = try await Self.get(client, "/trends?q=%E7%96%AB%E6%83%85,%E9%9B%B7%E9%94%8B")
            #expect(s6 == .ok && trends.contains("<svg") && trends.contains("<table>") && trends.contains("2020-03"))
            let (s7, kwic, _) = try await Self.get(client, "/kwic?q=%E5%91%A8%E6%B3%A2")
            #expect(s7 == .ok && kwic.contains("<mark>周波</mark>"))
            let (s8, issue, _) = try await Self.get(client, "/issue/1/2020-03-05")
            #expect(s8 == .ok && issue.contains("第2版"))
            let (s9, css, cssType) = try await Self.get(client, "/static/style.css")
            #expect(s9 == .ok && cssType?.hasPrefix("text/css") == true && css.contains("mark"))
        }
    }

    @Test func everythingIsEscaped() async throws {
        let (archive, dir) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.app(archive).test(.router) { client in
            let id = try #require(try archive.search(SearchRequest(query: "标签")).hits.first?.articleId)
            for uri in ["/article/\(id)", "/search?q=%E6%A0%87%E7%AD%BE", "/issue/2/2021-01-02", "/", "/search?q=%3Cscript%3E"] {
                let (_, body, _) = try await Self.get(client, uri)
                #expect(!body.contains("<script>"), "\(uri)")
                #expect(!body.contains("<b>标签"), "\(uri)")
            }
            let (_, article, _) = try await Self.get(client, "/article/\(id)")
            #expect(article.contains("&lt;script&gt;") && article.contains("&amp;amp;") && article.contains("&quot;"))
        }
    }

    @Test func badInputIs400NotA500() async throws {
        let (archive, dir) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.app(archive).test(.router) { client in
            for uri in ["/search?q=%22%E5%91%A8", "/api/search?q=OR", "/api/search?q=x&limit=1000", "/api/search?q=x&from=2020-13-01",
                        "/search?q=" + String(repeating: "a", count: 600), "/api/search?q=x&kind=poem", "/api/trends?q=a,b,c,d,e,f"] {
                let (status, body, _) = try await Self.get(client, uri)
                #expect(status == .badRequest, "\(uri)")
                if uri.hasPrefix("/api") { #expect(body.contains("\"code\"") && body.contains("\"message\""), "\(uri)") }
            }
            let (s1, _, _) = try await Self.get(client, "/article/999999")
            #expect(s1 == .notFound)
            let (s2, _, _) = try await Self.get(client, "/static/../Package.swift")
            #expect(s2 == .notFound)
            let (s3, _, _) = try await Self.get(client, "/static/%2e%2e/Package.swift")
            #expect(s3 == .notFound)
        }
    }

    @Test func jsonAPI() async throws {
        let (archive, dir) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.app(archive).test(.router) { client in
            let (s1, body, type) = try await Self.get(client, "/api/search?q=%E5%91%A8%E6%B3%A2")
            #expect(s1 == .ok && type?.hasPrefix("application/json") == true)
            let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as! [String: Any]
            #expect(json["total"] as? Int == 2)
            #expect((json["facets"] as? [String: Any])?["person"] != nil)
            let (s2, openapi, _) = try await Self.get(client, "/openapi.json")
            #expect(s2 == .ok)
            let doc = try JSONSerialization.jsonObject(with: Data(openapi.utf8)) as! [String: Any]
            #expect(doc["openapi"] as? String == "3.0.3")
            #expect((doc["paths"] as? [String: Any])?["/api/search"] != nil)
            for uri in ["/api/newspapers", "/api/issue/1/2020-03-05", "/api/article/1", "/api/person/%E5%91%A8%E6%B3%A2", "/api/place/%E6%B2%88%E9%98%B3",
                        "/api/trends?q=%E7%96%AB%E6%83%85", "/api/kwic?q=%E5%91%A8%E6%B3%A2"] {
                let (status, body, _) = try await Self.get(client, uri)
                #expect(status == .ok, "\(uri)")
                #expect((try? JSONSerialization.jsonObject(with: Data(body.utf8))) != nil, "\(uri)")
            }
        }
    }

    @Test func adminIngestNeedsTheToken() async throws {
        let (archive, dir) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = ByteBuffer(string: "新闻标题\n\n本报讯 记者李越报道 唐一军出席会议。\n")
        try await Self.app(archive).test(.router) { client in
            let status = try await client.execute(uri: "/api/pages", method: .post, body: page) { $0.status }
            #expect(status == .forbidden)
        }
        try await Self.app(archive, token: "s3cret").test(.router) { client in
            let wrong = try await client.execute(uri: "/api/pages", method: .post, headers: [.authorization: "Bearer nope"], body: page) { $0.status }
            #expect(wrong == .unauthorized)
            let ok = try await client.execute(
                uri: "/api/pages?newspaper=%E6%B5%8B%E8%AF%95%E6%8A%A5&date=2021-02-03&page=1", method: .post,
                headers: [.authorization: "Bearer s3cret"], body: page
            ) { ($0.status, String(buffer: $0.body)) }
            #expect(ok.0 == .ok && ok.1.contains("\"articles\":1"))
            let big = ByteBuffer(repeating: 0x41, count: (10 << 20) + 1)
            let tooBig = try await client.execute(uri: "/api/pages", method: .post, headers: [.authorization: "Bearer s3cret"], body: big) { $0.status }
            #expect(tooBig == .contentTooLarge)
        }
        #expect(try archive.search(SearchRequest(query: "唐一军")).total >= 1)
    }
    /// Cached searches and home-page totals never outlive a change to the archive: a page stored
    /// behind the reader's back (as another process's ingest would) shows at once.
    @Test func cachedAnswersFollowTheArchive() async throws {
        let (archive, dir) = try Self.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.app(archive).test(.router) { client in
            let q = "/api/search?q=%E6%AC%A7%E9%98%B3%E4%BF%AE"  // 欧阳修
            #expect(try await Self.get(client, q).1.contains("\"total\":0"))
            #expect(try await Self.get(client, q).1.contains("\"total\":0"))
            let before = try await Self.get(client, "/api/newspapers").1
            let next = try archive.totals().articles + 1  // the id the next stored article gets
            #expect(try await Self.get(client, "/article/\(next)").0 == .notFound)
            let text = "新闻标题\n\n本报讯 记者李越报道 欧阳修出席会议。\n"
            let meta = PageMetadata(path: "later.txt", newspaper: "测试报", issueDate: IssueDate(year: 2021, month: 2, day: 3), page: 1)
            _ = try archive.ingest([IngestItem(page: try Pipeline().run(Array(text.utf8), metadata: meta), raw: Array(text.utf8))])
            #expect(try await Self.get(client, q).1.contains("\"total\":1"))
            let after = try await Self.get(client, "/api/newspapers").1
            #expect(before != after && after.contains("2021-02-03"))
            let page = try await Self.get(client, "/article/\(next)")
            #expect(page.0 == .ok && page.1.contains("欧阳修"))
        }
    }

    @Test func resultCacheKeepsTheRecentAndDropsTheStale() {
        let cache = ResultCache<Int, Int, Int>(capacity: 16)
        var computed = 0
        func get(_ k: Int, _ stamp: Int) -> Int { cache.value(for: k, stamp: stamp) { computed += 1; return k * 10 + stamp } }
        #expect(get(1, 0) == 10 && get(1, 0) == 10 && computed == 1)
        #expect(get(1, 1) == 11 && computed == 2)  // the archive changed: computed again
        for k in 2...40 { _ = get(k, 1) }
        #expect(cache.count <= 16)
        computed = 0
        _ = get(40, 1)
        #expect(computed == 0)  // the most recent stays
        let off = ResultCache<Int, Int, Int>(capacity: 0)
        var calls = 0
        for _ in 0..<3 { _ = off.value(for: 1, stamp: 0) { calls += 1; return 1 } }
        #expect(calls == 3 && off.count == 0)
    }
}
