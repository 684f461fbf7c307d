import JianbaoCore

/// Server-rendered HTML: every piece of text goes through `escape`; pages share one layout and one
/// small stylesheet; nothing needs JavaScript.
enum HTML {
    static func escape(_ s: String?) -> String { s.map(Markup.escape) ?? "" }

    /// A query-string component.
    static func q(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// Marks 【…】 hit markers (from snippets) as <mark>, after escaping.
    static func snippet(_ s: String) -> String {
        escape(s).replacingAll("【", with: "<mark>").replacingAll("】", with: "</mark>")
    }

    static func page(title: String, query: String = "", body: String) -> String {
        """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · 剪报</title><link rel="stylesheet" href="/static/style.css"></head>
        <body><header><a class="brand" href="/">剪报 <span>Jianbao</span></a>
        <form class="search" action="/search" method="get"><input type="search" name="q" value="\(escape(query))" placeholder="搜索：周波、\u{201C}农村人居环境\u{201D}、疫情 -沈阳" aria-label="search"><button>搜索</button></form>
        <nav><a href="/trends">趋势</a> <a href="/api">API</a></nav></header>
        <main>\(body)</main>
        <footer>剪报 Jianbao — newspaper text, back into a newspaper.</footer></body></html>
        """
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }

    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
