import Foundation
import JianbaoCore
import JianbaoStore

/// The article page: heading stack, source, reporters, body with people, places, organizations,
/// dates and findings marked; entity lists with links; jump links; the raw page beside it with the
/// article's lines highlighted.
enum ArticlePage {
    struct Mark {
        var text: String
        var kind: String
        var link: String?
        var title: String?
    }

    static func render(_ a: StoredArticle, pageLines: [String], partLinks: [(Int64, Int?)], fullPage: Bool = false) -> String {
        let o = (try? JSONSerialization.jsonObject(with: Data(a.json.utf8))) as? [String: Any] ?? [:]
        func s(_ k: String) -> String? { o[k] as? String }
        let people = (o["people"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["titles"] as? [String] ?? []) }
        let places = (o["places"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["code"] as? String) }
        let orgs = o["organizations"] as? [String] ?? []
        let dates = o["dates"] as? [String] ?? []
        let findings = (o["findings"] as? [[String: Any]] ?? []).map { ($0["text"] as? String ?? "", $0["kind"] as? String ?? "", $0["message"] as? String ?? "") }
        var marks: [Mark] = []
        for (n, t) in people { marks.append(Mark(text: n, kind: "person", link: "/person/" + HTML.q(n), title: t.joined(separator: "、"))) }
        for (n, c) in places { marks.append(Mark(text: n, kind: "place", link: "/place/" + HTML.q(n), title: c)) }
        for n in orgs { marks.append(Mark(text: n, kind: "organization", link: "/search?q=" + HTML.q("\"\(n)\""), title: nil)) }
        for (t, k, m) in findings where !t.trimmingCharacters(in: .whitespaces).isEmpty {
            marks.append(Mark(text: t.trimmingCharacters(in: .whitespaces), kind: "finding", link: nil, title: "\(k): \(m)"))
        }
        let lines = o["lines"] as? [Int] ?? []
        var body = ""
        if let k = s("kicker") { body += "<p class=\"kicker\">\(HTML.escape(k))</p>" }
        body += "<h1>\(mark(s("headline") ?? "（无标题）", marks))</h1>"
        if let st = s("subtitle") { body += "<p class=\"subtitle\">\(HTML.escape(st))</p>" }
        var meta = ["\(HTML.escape(a.newspaper ?? "-")) \(HTML.escape(a.date ?? "-")) 第\(a.page.map(String.init) ?? "?")版", "<span class=\"kind\">\(HTML.escape(s("kind")))</span>"]
        if let src = s("source") { meta.append(HTML.escape(src)) }
        if let dl = (o["dateline"] as? [String: Any])?["text"] as? String { meta.append(HTML.escape(dl)) }
        if let r = o["reporters"] as? [String], !r.isEmpty { meta.append("记者 " + HTML.escape(r.joined(separator: "、"))) }
        if let r = o["photographers"] as? [String], !r.isEmpty { meta.append("摄影 " + HTML.escape(r.joined(separator: "、"))) }
        body += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>"
        if let from = o["continuedFromPage"] as? Int {
            let link = partLinks.first { $0.1 == from }.map { "<a href=\"/article/\($0.0)\">上接第\(from)版</a>" } ?? "上接第\(from)版（未入库）"
            body += "<p class=\"meta\">\(link)</p>"
        }
        body += "<div class=\"columns\"><div class=\"body\">"
        for p in o["paragraphs"] as? [String] ?? [] { body += "<p>\(mark(p, marks))</p>" }
        if let on = o["continuesOnPage"] as? Int {
            let link = partLinks.first { $0.1 == on }.map { "<a href=\"/article/\($0.0)\">下转第\(on)版</a>" } ?? "下转第\(on)版（未入库）"
            body += "<p class=\"meta\">\(link)</p>"
        }
        body += "</div><aside>"
        if !people.isEmpty {
            body += "<h2>人物</h2><ul>" + people.map { "<li><a href=\"/person/\(HTML.q($0.0))\">\(HTML.escape($0.0))</a> \(HTML.escape($0.1.joined(separator: "、")))</li>" }.joined() + "</ul>"
        }
        if !places.isEmpty {
            body += "<h2>地点</h2><ul>" + places.map { "<li><a href=\"/place/\(HTML.q($0.0))\">\(HTML.escape($0.0))</a> <span class=\"meta\">\(HTML.escape($0.1 ?? ""))</span></li>" }.joined() + "</ul>"
        }
        if !orgs.isEmpty { body += "<h2>机构</h2><ul>" + orgs.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>" }
        if !dates.isEmpty { body += "<h2>日期</h2><ul>" + dates.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>" }
        if !findings.isEmpty {
            body += "<h2>疑似损坏</h2><ul>" + findings.map { "<li><span class=\"finding\">\(HTML.escape($0.0))</span> \(HTML.escape($0.1))</li>" }.joined() + "</ul>"
        }
        let range = lines.count == 2 ? lines[0]...lines[1] : 0...0
        // The article's lines with a little context; the whole page on request.
        let shown = fullPage || pageLines.isEmpty ? 1...max(1, pageLines.count) : max(1, range.lowerBound - 3)...min(pageLines.count, range.upperBound + 3)
        body += "<h2>原版 \(HTML.escape(a.pagePath))</h2><p class=\"meta\">第\(range.lowerBound)–\(range.upperBound)行，共\(pageLines.count)行 · "
        body += fullPage ? "<a href=\"/article/\(a.id)\">只看本文</a>" : "<a href=\"/article/\(a.id)?page=full#L\(range.lowerBound)\">整版原文</a>"
        body += "</p><pre class=\"page\">"
        for n in shown where n <= pageLines.count {
            let cls = range.contains(n) ? " class=\"here\"" : ""
            body += "<span id=\"L\(n)\"\(cls)><span class=\"n\">\(n)</span>\(HTML.escape(pageLines[n - 1]))</span>\n"
        }
        body += "</pre></aside></div>"
        return HTML.page(title: s("headline") ?? "article \(a.id)", body: body)
    }

    /// Escapes `text` and wraps the first-longest occurrences of the marks.
    static func mark(_ text: String, _ marks: [Mark]) -> String {
        let u = Array(text.unicodeScalars)
        let sorted = marks.filter { !$0.text.isEmpty }.sorted { $0.text.unicodeScalars.count > $1.text.unicodeScalars.count }
        let ms = sorted.map { Array($0.text.unicodeScalars) }
        var out = ""
        var plain = String.UnicodeScalarView()
        var i = 0
        func flush() {
            out += HTML.escape(String(plain))
            plain = String.UnicodeScalarView()
        }
        while i < u.count {
            var hit: Int?
            for (k, m) in ms.enumerated() where i + m.count <= u.count && u[i] == m[0] && Array(u[i..<(i + m.count)]) == m {
                hit = k
                break
            }
            guard let k = hit else {
                plain.append(u[i])
                i += 1
                continue
            }
            flush()
            let m = sorted[k]
            let inner = HTML.escape(m.text)
            let title = m.title.map { " title=\"\(HTML.escape($0))\"" } ?? ""
            let content = m.link.map { "<a href=\"\(HTML.escape($0))\">\(inner)</a>" } ?? inner
            out += "<span class=\"e-\(m.kind)\(m.kind == "finding" ? " finding" : "")\"\(title)>\(content)</span>"
            i += ms[k].count
        }
        flush()
        return out
    }
}
