import Foundation
import JianbaoCore
import JianbaoStore

/// The reader's other pages: home, issue, search, person, place, trends, KWIC.
enum Pages {
    static func home(issues: [SQLiteArchive.IssueSummary], totals: ArchiveTotals) -> String {
        var b = "<h1>剪报</h1><p class=\"meta\">\(totals.newspapers) newspaper(s), \(totals.pages) page(s), \(totals.articles) article(s)"
        if let f = totals.firstDate, let l = totals.lastDate { b += ", \(HTML.escape(f)) – \(HTML.escape(l))" }
        b += "</p>"
        let byPaper = Dictionary(grouping: issues, by: \.newspaper)
        for paper in byPaper.keys.sorted() {
            b += "<h2>\(HTML.escape(paper))</h2>"
            let byMonth = Dictionary(grouping: byPaper[paper]!, by: { String($0.date.prefix(7)) })
            b += "<table><tr><th>月份</th><th>期</th></tr>"
            for month in byMonth.keys.sorted(by: >) {
                let days = byMonth[month]!.sorted { $0.date < $1.date }.map {
                    "<a href=\"/issue/\($0.newspaperId)/\(HTML.escape($0.date))\" title=\"\($0.pages) 版 · \($0.articles) 篇\">\(HTML.escape(String($0.date.suffix(2))))</a>"
                }
                b += "<tr><td>\(HTML.escape(month))</td><td>\(days.joined(separator: " "))</td></tr>"
            }
            b += "</table>"
        }
        if issues.isEmpty { b += "<p class=\"error\">The archive is empty: <code>jianbao ingest PAGES/</code> fills it.</p>" }
        return HTML.page(title: "剪报", body: b)
    }

    static func issue(newspaper: String, date: String, articles: [SQLiteArchive.IssueArticle]) -> String {
        var b = "<h1>\(HTML.escape(newspaper)) \(HTML.escape(date))</h1>"
        for (page, items) in Dictionary(grouping: articles, by: { $0.page ?? 0 }).sorted(by: { $0.key < $1.key }) {
            b += "<h2>第\(page)版</h2><ol class=\"results\">"
            for a in items {
                b += "<li>"
                if let k = a.kicker { b += "<p class=\"kicker\">\(HTML.escape(k))</p>" }
                b += "<h3><a href=\"/article/\(a.id)\">\(HTML.escape(a.headline ?? "（无标题）"))</a></h3>"
                if let s = a.subtitle { b += "<p class=\"subtitle\">\(HTML.escape(s))</p>" }
                b += "<p class=\"meta\"><span class=\"kind\">\(HTML.escape(a.kind))</span> \(a.characters) 字</p></li>"
            }
            b += "</ol>"
        }
        return HTML.page(title: "\(newspaper) \(date)", body: b)
    }

    static func search(_ r: ReaderRequest, result: SearchResult, facets: SQLiteArchive.Facets, milliseconds: Double) -> String {
        let f = r.search.filters
        var b = "<form class=\"filters meta\" action=\"/search\" method=\"get\"><input type=\"hidden\" name=\"q\" value=\"\(HTML.escape(r.search.query))\">"
        for (name, label, value) in [("newspaper", "报纸", f.newspaper), ("from", "从", f.from?.iso), ("to", "到", f.to?.iso), ("person", "人物", f.person), ("place", "地点", f.place)] {
            b += "<label>\(label) <input name=\"\(name)\" value=\"\(HTML.escape(value))\" size=\"10\"></label> "
        }
        b += "<button>筛选</button></form>"
        b += "<p class=\"meta\" id=\"count\">\(result.total) 条结果 · \(String(format: "%.1f", milliseconds)) ms</p>"
        b += "<div class=\"facets\">"
        for (title, key, rows) in [("报纸", "newspaper", facets.newspapers), ("年份", "year", facets.years), ("人物", "person", facets.people), ("地点", "place", facets.places)] where !rows.isEmpty {
            b += "<div><h2 class=\"meta\">\(title)</h2><ul>"
            for row in rows {
                let extra = key == "year" ? [("from", "\(row.name)-01-01"), ("to", "\(row.name)-12-31")] : [(key, row.name)]
                b += "<li><a href=\"\(HTML.escape(r.link(adding: extra)))\">\(HTML.escape(row.name))</a> \(row.count)</li>"
            }
            b += "</ul></div>"
        }
        b += "</div><ol class=\"results\">"
        for h in result.hits {
            b += "<li><h3><a href=\"/article/\(h.articleId)\">\(HTML.escape(h.headline ?? "（无标题）"))</a></h3>"
            b += "<p class=\"meta\">\(HTML.escape(h.newspaper ?? "-")) \(HTML.escape(h.date ?? "-")) 第\(h.page.map(String.init) ?? "?")版 <span class=\"kind\">\(HTML.escape(h.kind))</span></p>"
            b += "<p class=\"snippet\">\(HTML.snippet(h.snippet))</p></li>"
        }
        b += "</ol><p class=\"pager\">"
        if r.page > 1 { b += "<a href=\"\(HTML.escape(r.link(p: r.page - 1)))\">← 上一页</a>" }
        if r.search.offset + result.hits.count < result.total { b += "<a href=\"\(HTML.escape(r.link(p: r.page + 1)))\">下一页 →</a>" }
        b += "</p>"
        return HTML.page(title: r.search.query.isEmpty ? "搜索" : r.search.query, query: r.search.query, body: b)
    }

    static func person(_ p: PersonReport, articles: SearchResult) -> String {
        var b = "<h1>\(HTML.escape(p.name))</h1><p class=\"meta\">\(p.articles) 篇 · \(HTML.escape(p.firstSeen ?? "?")) – \(HTML.escape(p.lastSeen ?? "?"))</p>"
        b += "<h2>职务</h2><table><tr><th>职务</th><th>首见</th><th>末见</th><th>出处</th></tr>"
        for t in p.titles {
            b += "<tr><td>\(HTML.escape(t.title))</td><td>\(HTML.escape(t.first ?? "?"))</td><td>\(HTML.escape(t.last ?? "?"))</td><td>"
            b += t.articleIds.prefix(12).map { "<a href=\"/article/\($0)\">#\($0)</a>" }.joined(separator: " ") + "</td></tr>"
        }
        b += "</table><h2>文章</h2>" + list(articles)
        return HTML.page(title: p.name, body: b)
    }

    static func place(name: String, division: Division?, parents: [Division], articles: SearchResult) -> String {
        var b = "<h1>\(HTML.escape(name))</h1>"
        if let d = division {
            b += "<p class=\"meta\">\(HTML.escape(d.name)) · \(HTML.escape(d.code ?? "")) · \(HTML.escape(d.level.rawValue))"
            if !parents.isEmpty { b += " · 上级：" + parents.map { "<a href=\"/place/\(HTML.q($0.name))\">\(HTML.escape($0.name))</a>" }.joined(separator: " › ") }
            b += "</p>"
        }
        b += "<h2>文章 (\(articles.total))</h2>" + list(articles)
        return HTML.page(title: name, body: b)
    }

    static func list(_ r: SearchResult) -> String {
        "<ol class=\"results\">" + r.hits.map { h in
            "<li><a href=\"/article/\(h.articleId)\">\(HTML.escape(h.headline ?? "（无标题）"))</a> <span class=\"meta\">\(HTML.escape(h.newspaper ?? "")) \(HTML.escape(h.date ?? ""))</span></li>"
        }.joined() + "</ol>"
    }

    static func trends(terms: [String], series: [(String, [(period: String, count: Int)])]) -> String {
        var b = "<h1>趋势</h1><form action=\"/trends\" method=\"get\"><input name=\"q\" value=\"\(HTML.escape(terms.joined(separator: ",")))\" placeholder=\"疫情,复工复产\"> <button>按月统计</button></form>"
        guard !series.isEmpty else { return HTML.page(title: "趋势", body: b) }
        b += TrendsChart.svg(series)
        let periods = Array(Set(series.flatMap { $0.1.map(\.period) })).sorted()
        b += "<table><tr><th>月份</th>" + series.map { "<th>\(HTML.escape($0.0))</th>" }.joined() + "</tr>"
        for p in periods {
            b += "<tr><td>\(HTML.escape(p))</td>" + series.map { s in "<td>\(s.1.first { $0.period == p }?.count ?? 0)</td>" }.joined() + "</tr>"
        }
        b += "</table><p>" + terms.map { "<a href=\"/kwic?q=\(HTML.q($0))\">\(HTML.escape($0)) 的语境</a>" }.joined(separator: " · ") + "</p>"
        return HTML.page(title: "趋势", body: b)
    }

    static func kwic(term: String, lines: [(hit: SearchHit, left: String, match: String, right: String)]) -> String {
        var b = "<h1>「\(HTML.escape(term))」的语境</h1><table>"
        for l in lines {
            b += "<tr><td class=\"meta\"><a href=\"/article/\(l.hit.articleId)\">\(HTML.escape(l.hit.date ?? "-"))</a></td><td style=\"text-align:right\">\(HTML.escape(l.left))</td><td><mark>\(HTML.escape(l.match))</mark></td><td>\(HTML.escape(l.right))</td></tr>"
        }
        b += "</table>"
        return HTML.page(title: term, query: term, body: b)
    }
}

/// A server-rendered SVG line chart of counts per month, one line per term.
enum TrendsChart {
    static let colors = ["#8c1d18", "#0b5cad", "#3a9b5c", "#c58b2a", "#6f42c1"]

    static func svg(_ series: [(String, [(period: String, count: Int)])], width: Int = 800, height: Int = 260) -> String {
        let periods = Array(Set(series.flatMap { $0.1.map(\.period) })).sorted()
        let maxCount = max(1, series.flatMap { $0.1.map(\.count) }.max() ?? 1)
        let left = 40, bottom = 30, top = 10, right = 10
        let w = width - left - right, h = height - top - bottom
        func x(_ i: Int) -> Int { left + (periods.count <= 1 ? w / 2 : i * w / (periods.count - 1)) }
        func y(_ c: Int) -> Int { top + h - c * h / maxCount }
        var s = "<svg class=\"chart\" role=\"img\" aria-label=\"counts per month\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<line x1=\"\(left)\" y1=\"\(top + h)\" x2=\"\(left + w)\" y2=\"\(top + h)\" stroke=\"#999\"/><text x=\"4\" y=\"\(top + 10)\" font-size=\"11\">\(maxCount)</text>"
        if let f = periods.first, let l = periods.last {
            s += "<text x=\"\(left)\" y=\"\(height - 8)\" font-size=\"11\">\(HTML.escape(f))</text><text x=\"\(left + w - 50)\" y=\"\(height - 8)\" font-size=\"11\">\(HTML.escape(l))</text>"
        }
        for (k, (term, points)) in series.enumerated() {
            let counts = Dictionary(points.map { ($0.period, $0.count) }, uniquingKeysWith: +)
            let path = periods.enumerated().map { i, p in "\(x(i)),\(y(counts[p] ?? 0))" }.joined(separator: " ")
            let color = colors[k % colors.count]
            s += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(path)\"/>"
            s += "<text x=\"\(left + 8)\" y=\"\(top + 14 + 14 * k)\" font-size=\"12\" fill=\"\(color)\">\(HTML.escape(term))</text>"
        }
        return s + "</svg>"
    }
}
