@testable import JianbaoCore

/// An article to print on a generated page, and what the pipeline must read back.
struct GeneratedArticle {
    var kicker: String?
    var headline: String
    var subtitle: String?
    var lead: String?          // printed before the first paragraph, on its line
    var byline: String?        // printed on its own line under the headline stack
    var jumpFrom: String?      // （上接第一版）
    var jumpTo: String?        // （下转第四版）
    var credit: String?        // photo credit after the caption
    var paragraphs: [String]
}

/// Prints articles the way the three kinds of dump look, with random column breaks, and records
/// which breaks a reader must rejoin.
struct PageRenderer {
    /// `hardWrappedFlush`: hard wraps with the paragraph indents dropped (pdftotext without -layout).
    enum Style: CaseIterable { case blankLines, indented, hardWrapped, hardWrappedFlush }

    var style: Style
    /// Chance that a paragraph is cut by a column break.
    var breakChance = 0.35
    /// Wrap width in full-width columns for hard-wrapped pages.
    var wrapWidth = 22

    init(style: Style) { self.style = style }

    /// A page of the given seed: its wrap width anywhere from 18 to 26 characters, as PDF-to-text columns are.
    init(style: Style, seed: UInt64) {
        self.style = style
        wrapWidth = 18 + Int(seed % 9)
    }

    func render(_ articles: [GeneratedArticle], rng: inout SeededRandom) -> String {
        var out: [String] = ["", ""]
        for a in articles {
            for h in [a.kicker, a.headline, a.subtitle].compactMap({ $0 }) { out.append(h) }
            if style == .blankLines { out.append("") }
            if let b = a.byline { out.append(style == .blankLines || style == .hardWrappedFlush ? b : "　　" + b) }
            for (i, body) in a.paragraphs.enumerated() {
                var before = ""
                var after = ""
                if i == 0, let l = a.lead { before = l + before }
                if i == 0, let j = a.jumpFrom { before = j + before }
                if i == a.paragraphs.count - 1, let c = a.credit { after += " " + c }
                if i == a.paragraphs.count - 1, let j = a.jumpTo { after += j }
                out += lines(before: before, body: body, after: after, rng: &rng)
            }
            out.append("")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One paragraph as printed, possibly cut by a column break (a blank line, and in indented and
    /// wrapped pages an unindented continuation).
    func lines(before: String, body: String, after: String, rng: inout SeededRandom) -> [String] {
        let b = Array(body.unicodeScalars)
        let u = Array(before.unicodeScalars) + b + Array(after.unicodeScalars)
        var pieces: [[Unicode.Scalar]] = [u]
        if Double.random(in: 0..<1, using: &rng) < breakChance, let cut = breakPoint(b, rng: &rng) {
            let at = before.unicodeScalars.count + cut
            pieces = [Array(u[..<at]), Array(u[at...])]
        }
        var out: [String] = []
        for (i, piece) in pieces.enumerated() {
            if i > 0 { out.append("") }
            let indent = i == 0 && style != .blankLines && style != .hardWrappedFlush ? "　　" : ""
            switch style {
            case .blankLines, .indented:
                out.append(indent + String(String.UnicodeScalarView(piece)))
            case .hardWrapped, .hardWrappedFlush:
                out += wrap(piece, firstIndent: indent)
            }
        }
        return out
    }

    /// A cut where a column really ends: after the first comma (so the piece before it is no heading)
    /// and before the last two characters.
    func breakPoint(_ u: [Unicode.Scalar], rng: inout SeededRandom) -> Int? {
        guard let comma = u.firstIndex(where: { $0 == "，" || $0 == "," }), comma + 2 < u.count - 2 else { return nil }
        for _ in 0..<8 {
            let cut = Int.random(in: (comma + 2)..<(u.count - 2), using: &rng)
            // On a page of bare lines, a break right after 。 cannot be told from a paragraph end:
            // the reader keeps it as printed, so the generator does not make one.
            if style == .blankLines || style == .hardWrappedFlush, Markers.endsSentence(String(String.UnicodeScalarView(u[..<cut]))) { continue }
            return cut
        }
        return nil
    }

    func wrap(_ u: [Unicode.Scalar], firstIndent: String) -> [String] {
        var out: [String] = []
        var line = String.UnicodeScalarView(firstIndent.unicodeScalars)
        var width = firstIndent.unicodeScalars.reduce(0) { $0 + CharClass.displayWidth($1) }
        for s in u {
            let w = CharClass.displayWidth(s)
            // Closing punctuation hangs at the line end, as typesetters do (no line starts with 。).
            if width + w > wrapWidth * 2, !Markers.cannotStartBlock(s) || s == "的" || s == "了" || s == "着" || s == "地" || s == "得" || s == "们" || s == "之" {
                out.append(String(line))
                line = String.UnicodeScalarView()
                width = 0
            }
            line.append(s)
            width += w
        }
        if !line.isEmpty { out.append(String(line)) }
        return out
    }
}

extension GeneratedArticle {
    /// The specimen's gold articles with varied leads, bylines, stacks and markers, to print anew.
    static func fromSpecimen(rng: inout SeededRandom) throws -> [GeneratedArticle] {
        let leads = [
            "本报讯 记者王笑梅报道 ", "本报讯（记者王坤）", "本报北京3月4日电（记者李越、张三）", "新华社沈阳3月4日电（记者刘涛）",
            "本报讯 记者 曲宏 通讯员 李明 ",
        ]
        return try Fixtures.specimenArticles().enumerated().map { i, a in
            var g = GeneratedArticle(headline: a.headline ?? "无题", paragraphs: a.paragraphs)
            switch a.kind {
            case "continuation": g.jumpFrom = ["（上接第一版）", "(上接第1版)", "（紧接第一版）"].randomElement(using: &rng)!
            case "photo": g.credit = ["本报特约记者 杨忠军 摄", "（新华社记者 张三 摄）", "新华社发"].randomElement(using: &rng)!
            default:
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: g.byline = "本报记者 王敏娜 李越"
                default: g.lead = leads.randomElement(using: &rng)!
                }
                if i % 4 == 1 { g.subtitle = "——" + String(g.headline.prefix(8)) + "综述" }
                if i % 5 == 2 { g.kicker = "习近平在辽宁考察时强调" }
                if i % 3 == 0 { g.jumpTo = ["（下转第四版）", "（下转第4版）", "(转第三版)"].randomElement(using: &rng)! }
            }
            return g
        }
    }
}
