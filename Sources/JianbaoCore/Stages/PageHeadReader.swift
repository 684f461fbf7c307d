/// Stage 1b: what a page says about itself. Its running head or e-paper foot (人民日报　2021年3月8日　星期一
/// 第5版, 第04版：要闻 | 2022年03月15日 人民日报, 《 人民日报 》（ 2023年05月16日 第 04 版）) or a front page's
/// masthead (人民日报 | RENMIN RIBAO | 2021年1月19日　星期二) names the newspaper, the issue date and the page.
/// The pipeline takes them only where the options and the file name gave none.
public enum PageHeadReader {
    public struct Head: Sendable, Equatable {
        public var newspaper: String?
        public var issueDate: IssueDate?
        public var page: Int?
    }

    /// Lines looked at: the first few and the last few with text (the head, and an e-paper copy's foot).
    static let headLines = 6
    static let footLines = 3

    public static func read(_ lines: [SourceLine]) -> Head {
        let text = lines.filter { !$0.isBlank }
        var head = Head()
        guard !text.isEmpty else { return head }
        // The first lines and the last, each with the short rest a wrap may have cut off it (… 第5 | 版).
        var candidates: [String] = []
        let picked = Set(Array(text.indices.prefix(headLines)) + Array(text.indices.suffix(footLines)))
        for k in picked.sorted() {
            var t = text[k].text
            if k + 1 < text.count, text[k + 1].number == text[k].number + 1, text[k + 1].text.unicodeScalars.count <= 6,
                Markers.isFurniture(t + text[k + 1].text)
            {
                t += text[k + 1].text
            }
            candidates.append(t)
        }
        for t in candidates {
            guard Markers.furnitureLength(t) <= 48, Markers.isFurniture(t) || Markers.isMasthead(t) else { continue }
            let u = withoutSpaces(t)
            let paper = newspaper(in: u)
            let day = date(in: u)
            if head.newspaper == nil { head.newspaper = paper }
            if head.issueDate == nil { head.issueDate = day }
            // A page number on the running head (with the date or the paper's name), or beside the page's label
            // (第04版：要闻, 要闻　2) — not an index box's pointer (■ 稳住农业基本盘　第10版).
            if head.page == nil {
                head.page = labelledPage(t) ?? (paper != nil || day != nil ? page(in: u) ?? barePage(t) : nil)
                    ?? Markers.wholePageNumber(u)  // 第5版 alone
            }
        }
        // A running head set a line to each item (光明日报 | 2019年12月30日　星期一 | 教育新闻 | 7): the page's number alone on
        // its line, right beside the page's label, in the head's first lines.
        if head.page == nil, head.newspaper != nil || head.issueDate != nil {
            let top = Array(text.prefix(headLines))
            for k in top.indices where (1...3).contains(top[k].text.unicodeScalars.count) && top[k].text.unicodeScalars.allSatisfy(CharClass.isDigit) {
                let beside = [k - 1, k + 1].filter { top.indices.contains($0) && abs(top[$0].number - top[k].number) == 1 }
                if beside.contains(where: { Markers.isSectionLabel(top[$0].text.trimmedSpace) }), let n = ChineseNumber.parse(top[k].text.unicodeScalars[...]), n > 0 {
                    head.page = n
                    break
                }
            }
        }
        // A masthead at the top, the paper's name alone on the first line: the front page.
        if head.page == nil, Newspapers.names.contains(text[0].text.withoutSpaces), head.issueDate != nil {
            head.page = 1
        }
        return head
    }

    /// The line without its blanks and 《》, except a blank between two figures, which stays as a bar so that the figures
    /// stay apart (2025-12-01 10:32:15: the day is 01, not 0110).
    static func withoutSpaces(_ t: String) -> [Unicode.Scalar] {
        let all = Array(t.unicodeScalars)
        var u: [Unicode.Scalar] = []
        u.reserveCapacity(all.count)
        for (k, s) in all.enumerated() {
            if CharClass.isSpace(s) {
                if let before = u.last, CharClass.isDigit(before), let after = all[(k + 1)...].first(where: { !CharClass.isSpace($0) }), CharClass.isDigit(after) {
                    u.append("|")
                }
            } else if s != "《" && s != "》" {
                u.append(s)
            }
        }
        return u
    }

    /// The longest newspaper name the line holds (人民日报海外版 over 人民日报, where both are known).
    static func newspaper(in u: [Unicode.Scalar]) -> String? {
        let s = String(scalars: u[...])
        return Newspapers.names.filter { s.hasText($0) }.max { $0.unicodeScalars.count < $1.unicodeScalars.count }
    }

    /// 2021年3月8日 (digits, full-width digits or Chinese numerals), 2021-03-08, 2021.3.8, 2021/3/8.
    static func date(in u: [Unicode.Scalar]) -> IssueDate? {
        func number(_ k: inout Int) -> Int? {
            let start = k
            while k < u.count, ChineseNumber.isNumeral(u[k]) { k += 1 }
            return k > start ? ChineseNumber.parse(u[start..<k]) : nil
        }
        var i = 0
        while i < u.count {
            guard ChineseNumber.isNumeral(u[i]), i == 0 || !ChineseNumber.isNumeral(u[i - 1]) else {
                i += 1
                continue
            }
            var k = i
            i += 1
            guard let year = number(&k), (1900...2100).contains(year), k < u.count else { continue }
            let separator = u[k]
            guard ["年", "-", ".", "/"].contains(separator) else { continue }
            k += 1
            guard let month = number(&k), k < u.count, u[k] == (separator == "年" ? "月" : separator) else { continue }
            k += 1
            guard let day = number(&k), separator != "年" || k < u.count && u[k] == "日" else { continue }
            if let d = IssueDate(year: year, month: month, day: day) { return d }
        }
        return nil
    }

    /// The page number beside the page's label and nothing else: 要闻　2, 02　要闻, 第04版：要闻.
    static func labelledPage(_ text: String) -> Int? {
        let parts = Markers.headParts(Array(text.unicodeScalars)).flatMap { $0.split { $0 == "：" || $0 == ":" }.map(Array.init) }
        guard parts.count == 2, let label = parts.firstIndex(where: {
            Markers.parsePageNumber($0, 0) == nil && Markers.isSectionLabel(String(scalars: $0[...]))
        }) else { return nil }
        let number = parts[1 - label]
        if number.count <= 3, number.allSatisfy(CharClass.isDigit) { return ChineseNumber.parse(number) }
        return Markers.wholePageNumber(number)
    }

    /// A page number printed bare at either end of a running head of three items or more, set apart by blanks:
    /// 综合　　…　经济日报　2024年10月9日　星期三　5, 05　综合　…　光明日报　2024年10月9日.
    static func barePage(_ text: String) -> Int? {
        let parts = Markers.headParts(Array(text.unicodeScalars))
        guard parts.count >= 3 else { return nil }
        for number in [parts[0], parts[parts.count - 1]] where (1...3).contains(number.count) && number.allSatisfy(CharClass.isDigit) {
            if let n = ChineseNumber.parse(number[...]), n > 0 { return n }
        }
        return nil
    }

    /// 第5版, 第 04 版, 第四版, 01版 anywhere in the line (its blanks taken out).
    static func page(in u: [Unicode.Scalar]) -> Int? {
        for k in u.indices {
            guard u[k] == "版", k > 0 else { continue }
            var start = k
            while start > 0, ChineseNumber.isNumeral(u[start - 1]) { start -= 1 }
            guard start < k, let n = ChineseNumber.parse(u[start..<k]), (1...400).contains(n) else { continue }
            // Not the issue's count of pages (今日12版, 共24版, 本期8版).
            if start > 0, u[start - 1] == "共" || start > 1 && ["今日", "本期"].contains(String(scalars: u[(start - 2)..<start])) { continue }
            return n
        }
        return nil
    }
}
