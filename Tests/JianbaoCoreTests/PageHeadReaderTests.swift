import Testing

@testable import JianbaoCore

/// Newspaper, date and page from what the page prints: running heads, e-paper feet, a front page's masthead.
@Suite struct PageHeadReaderTests {
    func head(_ text: String) -> PageHeadReader.Head {
        PageHeadReader.read(try! PageDecoder.decode(Array(text.utf8)).lines)
    }

    @Test func runningHeadsAndFeet() {
        let d = IssueDate(year: 2021, month: 3, day: 8)
        #expect(head("人民日报　2021年3月8日　星期一　第5版\n\n让科技创新成为发展新引擎\n") == .init(newspaper: "人民日报", issueDate: d, page: 5))
        // Cut by the wrap: … 第5 | 版.
        #expect(head("人民日报　2021年3月8日　星期一　第5\n版\n\n国际\n") == .init(newspaper: "人民日报", issueDate: d, page: 5))
        #expect(head("第04版：要闻\n2022年03月15日 人民日报\n\n标题\n")
            == .init(newspaper: "人民日报", issueDate: IssueDate(year: 2022, month: 3, day: 15), page: 4))
        // An e-paper copy's foot.
        #expect(head("标题\n　　正文。\n《 人民日报 》（ 2023年05月16日 第 04 版）\n")
            == .init(newspaper: "人民日报", issueDate: IssueDate(year: 2023, month: 5, day: 16), page: 4))
        #expect(head("2021年1月19日　星期二\n要闻　2\n\n标题\n") == .init(newspaper: nil, issueDate: IssueDate(year: 2021, month: 1, day: 19), page: 2))
        // A news site's time of posting: the day and the hour stay apart (01, not 0110).
        #expect(head("标题\n2025-12-01 10:32:15　来源：新华网\n\n新华社北京12月1日电　正文。\n").issueDate == IssueDate(year: 2025, month: 12, day: 1))
    }

    /// A head that PDF-to-text's layout mode spread across the column, its page number bare at one end: the blanks
    /// between its items are no text (the head is furniture however wide), and the bare number is the page.
    @Test func headsSpreadAcrossTheColumn() {
        let d = IssueDate(year: 2024, month: 10, day: 9)
        let body = "\n优化营商环境　激发市场活力\n　　本报讯（记者王　轶）记者从国家市场监督管理总局获悉：截至今年8月底，全国登记在册经营主体达1.89亿户。\n"
        for (line, paper, page) in [
            ("综合" + String(repeating: "\u{3000}", count: 22) + "经济日报　2024年10月9日　星期三　5", "经济日报", 5),
            ("综合" + String(repeating: " ", count: 28) + "经济日报  2024年10月9日  星期三  5", "经济日报", 5),
            ("05　综合" + String(repeating: "\u{3000}", count: 10) + "光明日报　2024年10月9日", "光明日报", 5),
        ] {
            #expect(head(line + body) == .init(newspaper: paper, issueDate: d, page: page), "\(line)")
            let page = try! Pipeline().run(Array((line + body).utf8), metadata: PageMetadata(path: "spread.txt"))
            #expect(page.articles.map(\.headline) == ["优化营商环境　激发市场活力"], "\(line)")
            #expect(page.dropped.map(\.range) == [LineRange(1, 1)], "\(line)")
        }
        // (A number at the end of a line that is no head is no page: 2024年10月9日 has no items around it.)
        #expect(PageHeadReader.barePage("2024年10月9日　5") == nil)
    }

    /// A front page: the masthead alone on the first line; 今日12版 counts the issue's pages, and an index
    /// box's pointers (■ 稳住农业基本盘　第10版) name other pages.
    @Test func frontPage() {
        let h = head("光明日报\nGUANGMING DAILY\n2021年3月2日　星期二　农历辛丑年正月十九\n今日12版\n■ 稳住农业基本盘　第10版\n\n标题\n")
        #expect(h == .init(newspaper: "光明日报", issueDate: IssueDate(year: 2021, month: 3, day: 2), page: 1))
        // The paper's name over the date and a page number of their own: that page.
        #expect(head("人民日报\n2021年3月8日\n第5版\n\n标题\n") == .init(newspaper: "人民日报", issueDate: IssueDate(year: 2021, month: 3, day: 8), page: 5))
    }

    /// A running head set a line to each item, the page's number bare on its line beside the page's label (光明日报 |
    /// 2019年12月30日　星期一 | 教育新闻 | 7, or 中国青年报 | … | 3 | 综合新闻): that page. It had read as the front page, the paper's
    /// name alone on the first line.
    @Test func aHeadSetALineToEachItem() {
        let d = IssueDate(year: 2019, month: 12, day: 30)
        #expect(head("光明日报\n2019年12月30日　星期一\n教育新闻\n7\n\n乡村教师的坚守\n") == .init(newspaper: "光明日报", issueDate: d, page: 7))
        #expect(head("中国青年报\n2019年12月30日　星期一\n03\n综合新闻\n\n标题\n") == .init(newspaper: "中国青年报", issueDate: d, page: 3))
        // (A number under the date with no label beside it is no page's: the front page's masthead stands.)
        #expect(head("光明日报\n2019年12月30日　星期一\n\n12\n标题\n").page == 1)
    }

    @Test func nothingSaidNothingTaken() {
        #expect(head("稳住农业基本盘\n　　本报记者　郁静娴\n　　2021年10月13日，秋收时节，第3版刊登了…\n") == .init())
        #expect(head("") == .init())
    }

    /// The pipeline takes what the options and the file name left open; a dateline then gets its year.
    @Test func pipelineFillsOnlyWhatIsMissing() throws {
        let text = "人民日报　2021年3月8日　星期一　第5版\n\n全国冬小麦播种基本结束\n　　本报北京3月7日电（记者李晓）农业农村部7日发布消息，全国冬小麦播种基本结束。\n"
        let page = try Pipeline().run(Array(text.utf8), metadata: PageMetadata(path: "page.txt"))
        #expect(page.metadata.newspaper == "人民日报" && page.metadata.page == 5)
        #expect(page.articles.first?.dateline?.date == IssueDate(year: 2021, month: 3, day: 7))
        let given = try Pipeline().run(Array(text.utf8), metadata: PageMetadata(path: "p.txt", newspaper: "某某日报", page: 6))
        #expect(given.metadata.newspaper == "某某日报" && given.metadata.page == 6 && given.metadata.issueDate == IssueDate(year: 2021, month: 3, day: 8))
    }
}
