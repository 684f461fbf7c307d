import Testing

@testable import JianbaoCore

@Suite struct PunctuationNormalizerTests {
    @Test func asciiMarksInChineseTextBecomeFullWidth() {
        #expect(PunctuationNormalizer.normalize("通知,要求各地:一是") == "通知，要求各地：一是")
        #expect(PunctuationNormalizer.normalize("好不好?好!") == "好不好？好！")
        // Digits or Latin on both sides, and a URL's colon, keep ASCII.
        #expect(PunctuationNormalizer.normalize("增长1,000人,12:30开始") == "增长1,000人，12:30开始")
        #expect(PunctuationNormalizer.normalize("网址https://www.people.com.cn") == "网址https://www.people.com.cn")
        // A circled figure is set as Chinese type: the colon after a photo's number is the Chinese one.
        #expect(PunctuationNormalizer.normalize("图①:4月6日,游客在西湖游览。") == "图①：4月6日，游客在西湖游览。")
    }

    /// Marks at the line's very edges change too, and the bytes between them come through whole, in any script.
    @Test func marksAtTheEdgesAndTheTextBetweenThem() {
        #expect(PunctuationNormalizer.normalize("(通知)") == "（通知）")
        #expect(PunctuationNormalizer.normalize("!好,𠀀é好,") == "！好，𠀀é好，")
        #expect(PunctuationNormalizer.normalize("好.") == "好。")
        #expect(PunctuationNormalizer.normalize("5.8, 1:2 (a)") == "5.8, 1:2 (a)")
    }

    /// The bitset that finds a line's first mark holds exactly the full stop and the marks that have a full-width form.
    @Test func theMarkBitsetIsTheFullStopAndTheWideMarks() {
        for c in UInt8.min...UInt8.max {
            #expect(PunctuationNormalizer.isASCIIMark(c) == (c == 0x2E || PunctuationNormalizer.wide(c) != nil), "\(c)")
        }
    }

    /// An ASCII full stop that ends a Chinese sentence is 。; a figure's point, a domain's dot and an ellipsis typed
    /// as dots are not.
    @Test func anASCIIFullStopAfterChineseTextBecomesTheChineseOne() {
        #expect(PunctuationNormalizer.normalize("研究部署贯彻落实工作.省委书记刘宁主持会议.") == "研究部署贯彻落实工作。省委书记刘宁主持会议。")
        #expect(PunctuationNormalizer.normalize("同比增长12%.其中,出口增长.”他说.") == "同比增长12%。其中，出口增长。”他说。")
        #expect(PunctuationNormalizer.normalize("体验传统茶艺.　　龙　巍摄(人民视觉)") == "体验传统茶艺。　　龙　巍摄（人民视觉）")
        #expect(PunctuationNormalizer.normalize("增长5.8%,见人民网.cn,等等...") == "增长5.8%，见人民网.cn，等等...")
        #expect(PunctuationNormalizer.normalize("GDP grew 5.2%. The rate") == "GDP grew 5.2%. The rate")
        // A reference as GB/T 7714 sets it keeps its marks as the style sets them, dots, colons and commas alike (turning
        // the commas alone left 北京：人民出版社，2024. beside the dots).
        #expect(PunctuationNormalizer.normalize("[2]李明.新质生产力研究[M].北京:人民出版社,2024.") == "[2]李明.新质生产力研究[M].北京:人民出版社,2024.")
        #expect(PunctuationNormalizer.normalize("高质量发展的内在要求[J].求是,2024(11).") == "高质量发展的内在要求[J].求是,2024(11).")
        #expect(PunctuationNormalizer.normalize("［1］习近平.论党的自我革命[M].北京:中央文献出版社,2023.") == "［1］习近平.论党的自我革命[M].北京:中央文献出版社,2023.")
        // (A reference in Chinese marks, no document's type, turns as text does, its dots aside; so does text that merely
        // holds a bracket.)
        #expect(PunctuationNormalizer.normalize("[1]王明:《数字治理的理论与实践》,《公共管理学报》2021年第3期.") == "[1]王明：《数字治理的理论与实践》，《公共管理学报》2021年第3期.")
        #expect(PunctuationNormalizer.normalize("见附表[1],共计三项") == "见附表[1]，共计三项")
        // As printed, the page's own dot comes back.
        let original = [SourceLine(number: 1, text: "研究部署工作.省委书记主持会议.", indent: 0)]
        let reading = PunctuationNormalizer.readingLines(original)
        #expect(reading?.first?.text == "研究部署工作。省委书记主持会议。")
        #expect(reading.map { PunctuationNormalizer.asPrinted("研究部署工作。省委书记主持会议。", lines: [1], reading: $0, original: original) }
            == "研究部署工作.省委书记主持会议.")
    }

    /// A bracket pair holding Chinese text is Chinese, even where a digit stands inside it at both ends.
    @Test func bracketsAroundChineseTextBecomeFullWidth() {
        #expect(PunctuationNormalizer.normalize("(2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过)")
            == "（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）")
        #expect(PunctuationNormalizer.normalize("(1)") == "(1)")
        #expect(PunctuationNormalizer.normalize("f(x) = 2x") == "f(x) = 2x")
    }

    /// The reading copy: a bracket that a wrap left alone at a line's edge follows its pair.
    @Test func aBracketAloneAtALinesEdgeFollowsItsPair() throws {
        let lines = [
            SourceLine(number: 1, text: "作者:张晓峰(某大学公共管理学院教授", indent: 0), SourceLine(number: 2, text: ")", indent: 0),
            SourceLine(number: 3, text: "会议决定(", indent: 0), SourceLine(number: 4, text: "2024年3月4日)", indent: 0),
        ]
        let reading = try #require(PunctuationNormalizer.readingLines(lines))
        #expect(reading.map(\.text) == ["作者：张晓峰（某大学公共管理学院教授", "）", "会议决定（", "2024年3月4日）"])
        #expect(PunctuationNormalizer.readingLines([SourceLine(number: 1, text: "全国秋粮收获过九成。", indent: 2)]) == nil)
    }

    /// As printed: text read from the reading copy is taken back from the page's own lines, scalar for scalar.
    @Test func asPrintedTakesThePagesScalarsBack() throws {
        let original = [
            SourceLine(number: 1, text: "本报电(记者张鹏)记者从国家新闻", indent: 4), SourceLine(number: 2, text: "出版署获悉:图书30种,涵盖文学。", indent: 0),
        ]
        let reading = try #require(PunctuationNormalizer.readingLines(original))
        let read = "记者从国家新闻出版署获悉：图书30种，涵盖文学。"
        #expect(PunctuationNormalizer.asPrinted(read, lines: [1, 2], reading: reading, original: original) == "记者从国家新闻出版署获悉:图书30种,涵盖文学。")
        // (Two paragraphs joined with a line feed, as a dropped duplicate's text is.)
        #expect(PunctuationNormalizer.asPrinted("记者从国家新闻\n出版署获悉：图书30种", lines: [1, 2], reading: reading, original: original)
            == "记者从国家新闻\n出版署获悉:图书30种")
    }
}
