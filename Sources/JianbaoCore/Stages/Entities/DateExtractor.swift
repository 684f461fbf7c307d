/// Days the text names, resolved against the issue date: 3月4日 → 2020-03-04, 2019年12月30日, a
/// 12月 date in a January issue → last year, 3月3日至5日 → both days, 18日 → the issue's month (or the
/// month before when the day lies ahead). Months, years and vague terms (日前, 近日) are not days. PDF-to-text's spaces
/// around the figures are read through (12 月 10 日).
enum DateExtractor {
    static func extract(_ text: EntityText, issueDate: IssueDate?) -> (dates: [IssueDate], mentions: [Mention]) {
        var dates: [IssueDate] = []
        var mentions: [Mention] = []
        func add(_ d: IssueDate?, _ unit: Int, _ r: Range<Int>, _ u: [Unicode.Scalar]) {
            guard let d else { return }
            if !dates.contains(d) { dates.append(d) }
            mentions.append(Mention(kind: .date, text: String(scalars: u[r]), unit: unit, start: r.lowerBound, end: r.upperBound, detail: d.iso))
        }
        for (ui, u) in text.units.enumerated() {
            var i = 0
            var lastMonth: (year: Int?, month: Int)?
            while i < u.count {
                guard ChineseNumber.isNumeral(u[i]) || CharClass.isDigit(u[i]), i == 0 || !(CharClass.isDigit(u[i - 1]) || ChineseNumber.isNumeral(u[i - 1])) else {
                    i += 1
                    continue
                }
                let (n1, figureEnd) = number(u, i)
                let e1 = skipGap(u, figureEnd)
                guard let n1, e1 < u.count else {
                    i = max(e1, i + 1)
                    continue
                }
                // YYYY年M月D日
                if u[e1] == "年", n1 >= 1900, n1 <= 2100, let (m, em) = numberThen(u, e1 + 1, "月"), let (d, ed) = numberThen(u, em, "日") {
                    add(IssueDate(year: n1, month: m, day: d), ui, i..<ed, u)
                    lastMonth = (n1, m)
                    i = ed
                    continue
                }
                // M月D日 (also 号)
                if u[e1] == "月", (1...12).contains(n1), let (d, ed) = numberThen(u, e1 + 1, "日") ?? numberThen(u, e1 + 1, "号") {
                    add(issueDate?.resolve(month: n1, day: d), ui, i..<ed, u)
                    lastMonth = (nil, n1)
                    i = ed
                    continue
                }
                // D日: after 至/到/— it continues the month just named; alone, it is in the issue's month.
                if u[e1] == "日", (1...31).contains(n1), !isCJKNumeralWord(u, i, figureEnd) {
                    let before = i > 1 && u[i - 1] == " " ? i - 2 : i - 1  // (至 5 日: past PDF-to-text's space)
                    let afterRange = before >= 0 && ["至", "到", "—", "-", "～", "、", "和"].contains(u[before])
                    if afterRange, let lm = lastMonth {
                        add(lm.year.flatMap { IssueDate(year: $0, month: lm.month, day: n1) } ?? issueDate?.resolve(month: lm.month, day: n1), ui, i..<(e1 + 1), u)
                    } else if let issue = issueDate, CharClass.isDigit(u[i]) {
                        var month = issue.month
                        var year = issue.year
                        if n1 > issue.day + 1 {
                            month -= 1
                            if month == 0 { (month, year) = (12, year - 1) }
                        }
                        add(IssueDate(year: year, month: month, day: n1), ui, i..<(e1 + 1), u)
                    }
                    i = e1 + 1
                    continue
                }
                i = e1
            }
        }
        return (dates, mentions)
    }

    /// Chinese-numeral days only inside a date (三日 alone is usually "three days").
    static func isCJKNumeralWord(_ u: [Unicode.Scalar], _ s: Int, _ e: Int) -> Bool {
        !(s..<e).allSatisfy { CharClass.isDigit(u[$0]) }
    }

    static func number(_ u: [Unicode.Scalar], _ i: Int) -> (Int?, Int) {
        var e = i
        let digits = CharClass.isDigit(u[i])
        while e < u.count, e - i < 4, digits ? CharClass.isDigit(u[e]) : ChineseNumber.isNumeral(u[e]) { e += 1 }
        return (ChineseNumber.parse(u[i..<e]), e)
    }

    static func numberThen(_ u: [Unicode.Scalar], _ start: Int, _ unit: Unicode.Scalar) -> (Int, Int)? {
        let i = skipGap(u, start)
        guard i < u.count, CharClass.isDigit(u[i]) || ChineseNumber.isNumeral(u[i]) else { return nil }
        let (n, figureEnd) = number(u, i)
        let e = skipGap(u, figureEnd)
        guard let n, e < u.count, u[e] == unit else { return nil }
        return (n, e + 1)
    }

    /// Past the one ASCII space that PDF-to-text prints between a figure and the Chinese around it (12 月 10 日,
    /// 2024 年): where the date goes on (`Markers.skipFigureSpace`, before anything but another blank).
    static func skipGap(_ u: [Unicode.Scalar], _ i: Int) -> Int {
        Markers.skipFigureSpace(u, i) { !CharClass.isSpace($0) }
    }
}
