import Testing

@testable import JianbaoCore

@Suite struct CorruptionLinterTests {
    func findings(_ paragraphs: [String], headline: String? = nil) -> [Finding] {
        let paras = paragraphs.enumerated().map { i, t in
            Paragraph(text: t, range: LineRange(line: i + 10), lineStarts: [LineOffset(line: i + 10, offset: 0)])
        }
        var blocks: [Block] = []
        if let headline { blocks.append(Block(kind: .heading, text: headline, body: nil, range: LineRange(line: 1), lines: [1])) }
        let a = Article(id: "t", kind: .news, headline: headline, paragraphs: paras, blocks: blocks, range: LineRange(1, 20))
        return CorruptionLinter.lint(a, options: PipelineOptions())
    }

    @Test func flagsDamage() {
        let f = findings([
            "稳住外贸外贸基本盘。", "统筹推进农村人居环境整治和农村人居环境整治会议。", "在疫情可测、可防、可控、可治、可控方面合力攻关。",
            "沈阳、大连、锦州3个中心（沈阳中心6人、锦市中心2人）。锦州市1例。",
        ], headline: "研究疫情防控 and 稳定经济工作")
        #expect(f.map(\.kind) == [.foreignScript, .repetition, .repetition, .repeatedListItem, .inconsistentName])
        #expect(f.map(\.text) == [" and ", "外贸外贸", "农村人居环境整治和农村人居环境整治", "可测、可防、可控、可治、可控", "锦市中"])
        #expect(f.map(\.line) == [1, 10, 11, 12, 13])
    }

    /// A city's name with one character other than its own (哈尔宾市 where the text names 哈尔滨) is flagged, with the name
    /// the text gives; a word before 市 that starts like a named city is not (成为市级, 建成城市), nor a place of its own
    /// (锦江区 beside 锦州).
    @Test func aCitysNameSpelledAnotherWay() {
        let f = findings(["走进哈尔滨冰雪大世界，游客们在冰雕间穿梭拍照。", "哈尔宾市将推出冰雪旅游产品100余项。"])
        #expect(f.map(\.kind) == [.inconsistentName] && f.first?.text == "哈尔宾市" && f.first?.line == 11, "\(f)")
        #expect(f.first?.message.hasText("哈尔滨") == true)
        let ordinary = findings(["成都市将成为市级示范区，建成城市更新样板。", "锦州市和成都市锦江区签约。", "成城市民广场开放。"])
        #expect(ordinary.isEmpty, "\(ordinary)")
    }

    /// 曰 after a figure is OCR's 日: flagged with its suggestion, in the text and in a lead's dateline, which is still
    /// read as one (its text left as printed). 子曰 is no damage.
    @Test func misreadDayAfterAFigure() {
        let f = findings(["截至9月3曰，秋粮收获过六成。", "子曰：学而时习之。"])
        #expect(f.map(\.kind) == [.misreadCharacter] && f.first?.text == "3曰" && f.first?.suggestion == "3日" && f.first?.line == 10)
        let page = Pipeline().run(
            try! PageDecoder.decode(Array("秋粮收获进度过六成\n\n　　本报北京9月12曰电　（记者郁静娴）全国秋粮收获进度过六成。\n".utf8)),
            metadata: PageMetadata(path: "t.txt", issueDate: IssueDate(year: 2025, month: 9, day: 13)))
        let a = page.articles.first
        #expect(a?.dateline?.text == "本报北京9月12曰电" && a?.dateline?.date == IssueDate(year: 2025, month: 9, day: 12) && a?.reporters == ["郁静娴"])
        #expect(a?.findings.map(\.text) == ["12曰"] && a?.findings.first?.line == 3)
        #expect(a?.paragraphs.map(\.text) == ["全国秋粮收获进度过六成。"])
        // The lead's own words are read once for it, the text after them once as the paragraph: each 曰 flagged once.
        let both = Pipeline().run(
            try! PageDecoder.decode(Array("秋粮\n\n　　本报北京9月12曰电　（记者郁静娴）截至9月3曰，全国秋粮收获进度过六成。\n".utf8)),
            metadata: PageMetadata(path: "t.txt", issueDate: nil))
        #expect(both.articles.first?.findings.map(\.text) == ["12曰", "3曰"])
    }

    /// A Latin O among figures (1O月, 3OO万吨, 2O24年) is OCR's 0, and 己经, 自已 are OCR's 已经, 自己: flagged with what
    /// is printed, the dateline read with its 0. CO2, O2O, 5G, a code's 1O-B, 据为己有 and 自己 are no damage.
    @Test func misreadZerosAndSelfForAlready() {
        let f = findings(["截至1O月7日，收购秋粮3OO万吨，工作己经展开。", "他自已说，2O24年增长2O%。"])
        #expect(f.map(\.text) == ["1O", "3OO", "己经", "自已", "2O24", "2O"])
        #expect(f.map { $0.suggestion ?? "" } == ["10", "300", "已经", "自己", "2024", "20"])
        #expect(f.allSatisfy { $0.kind == .misreadCharacter } && f.map(\.line) == [10, 10, 10, 11, 11, 11])
        #expect(findings(["CO2排放下降，O2O模式兴起，5G基站，编号1O-B，据为己有，他自己说，早已如此。"]).isEmpty)
        // Two words as printed: 自己|经常, 知己|经过, 各自|已经.
        #expect(findings(["他自己经常下乡，知己经过此地，大家各自已经完成任务。"]).isEmpty)
        let page = Pipeline().run(
            try! PageDecoder.decode(Array("秋粮收购进展顺利\n\n　　本报北京1O月8日电　（记者郁静娴）全国秋粮收购进展顺利。\n".utf8)),
            metadata: PageMetadata(path: "t.txt", issueDate: IssueDate(year: 2025, month: 10, day: 9)))
        let a = page.articles.first
        #expect(a?.dateline?.text == "本报北京1O月8日电" && a?.dateline?.date == IssueDate(year: 2025, month: 10, day: 8) && a?.reporters == ["郁静娴"])
        #expect(a?.findings.map(\.text) == ["1O"] && a?.paragraphs.map(\.text) == ["全国秋粮收购进展顺利。"])
    }

    @Test func leavesOrdinaryChineseAlone() {
        let f = findings([
            "他一个环节一个环节查看生产流程，扎扎实实抓好工作，高高飘扬。", "我们要研究研究这个问题。", "吃、住、行、车间管理等环节。",
            "全省城市、县城和农村。推进5G网络和App建设。", "沈阳市28例、大连市19例、鞍山市4例。全市上下。", "会议还研究了其他事项。",
            "锅里的小米粥咕嘟咕嘟地冒着热气。", "过年了，大家热闹热闹。", "雨哗啦哗啦地下个不停。",
            // Two characters that write sounds, said twice (the list of sounds lacks these).
            "扁担吱呀吱呀地响。", "树枝咔嚓咔嚓地断了。", "婴儿咿呀咿呀地学说话。",
        ])
        #expect(f.isEmpty, "\(f)")
    }

    @Test func soundsAreNoLicenceForOtherRuns() {
        // (Only where both characters write sounds: 哗啦 is one, 外贸 and 呼吁 are not.)
        #expect(findings(["外贸外贸稳中有进。", "专家呼吁呼吁加强保护。"]).map(\.text) == ["外贸外贸", "呼吁呼吁"])
    }

    @Test func verseAndItsStanzaHeadings() {
        // V着V着 is ordinary Chinese ("went on reading"), not a run written twice.
        #expect(findings(["灯下翻开一本旧书", "我读着读着", "就读到了多年前的自己"]).isEmpty)
        // A heading line kept as a paragraph (a stanza's first line) is read once, not once as each.
        let paras = ["外贸外贸。"].map { t in Paragraph(text: t, range: LineRange(line: 3), lineStarts: [LineOffset(line: 3, offset: 0)]) }
        let blocks = [
            Block(kind: .heading, text: "标题", body: nil, range: LineRange(line: 1), lines: [1]),
            Block(kind: .heading, text: "外贸外贸。", body: nil, range: LineRange(line: 3), lines: [3]),
        ]
        let a = Article(id: "t", kind: .news, headline: "标题", paragraphs: paras, blocks: blocks, range: LineRange(1, 3))
        #expect(CorruptionLinter.lint(a, options: PipelineOptions()).map(\.kind) == [.repetition])
    }

    @Test func truncatedArticle() {
        let f = findings(["会议强调，要加快推进"])
        #expect(f.map(\.kind) == [.truncated])
        // A letter ends on its signature, not mid-sentence.
        #expect(findings(["编辑同志：", "希望有关部门推动快递进村。", "某省某县读者　刘　明"]).isEmpty)
        // A list of names set apart by blanks ends nothing mid-sentence (padded names and dotted ones among them).
        #expect(findings(["大会主席团常务主席名单", "赵乐际　李鸿忠　肖　捷　洛桑江村　雪克来提·扎克尔　刘　奇"]).isEmpty)
        #expect(findings(["会议强调　要加快　推进"]).map(\.kind) == [.truncated])
        // A box of voices ends on a quotation's source, and a review on its book's note.
        #expect(findings(["“每一粒种子都关系国家粮食安全。”", "——中国农业科学院作物科学研究所研究员　王建军"]).isEmpty)
        #expect(findings(["全书语言浅显生动。", "《长城的故事》，张　敏著，人民教育出版社2025年10月出版"]).isEmpty)
        #expect(findings(["全书语言浅显生动。", "《长城的故事》，张　敏著，人民教育"]).map(\.kind) == [.truncated])
        // A results table ends on its last game: two sides and the score between them.
        #expect(findings(["CBA常规赛第18轮　辽宁本钢　102∶95　广东东阳光", "新疆伊力特　93∶90　深圳马可波罗"]).isEmpty)
        #expect(findings(["新疆伊力特　93比90　深圳马可波罗"]).map(\.kind) == [.truncated])
        // A list of places ends on its last row, of two items under a row of three; a notice on its paper's name.
        let list = ["教育部12日公布第二批全国中小学劳动教育实验区名单，北京市海淀区等20个地区入选。", "附：第二批全国中小学劳动教育实验区名单",
                    "北京市海淀区　天津市河西区　河北省石家庄市"]
        #expect(findings(list + ["山西省晋中市　内蒙古自治区包头市"]).isEmpty)
        #expect(findings(list + ["会议强调　要加快推进"]).map(\.kind) == [.truncated])
        #expect(findings(["为方便读者，本报自2020年1月1日起调整部分版面。敬请关注。", "人民日报社"]).isEmpty)
    }

    /// Lines of verse need no 。 at the end, and 很久很久 is emphasis, not a run written twice.
    @Test func verseIsNotTruncated() {
        #expect(findings(["风吹过麦田", "金色的波浪一直涌到天边", "父亲站在田埂上", "看了很久很久"]).isEmpty)
        #expect(findings(["风吹过麦田", "父亲站在田埂上"]).map(\.kind) == [.truncated])
    }
}

extension CorruptionLinterTests {
    /// A city named by its short name (沈阳) and clipped elsewhere in the text (沈市海关): flagged, as 锦市 is where the text
    /// says 锦州市. 深市 and 沪市 are the stock markets, flagged nowhere.
    @Test func aCityClippedWhereTheTextNamesItsShortName() {
        let f = findings(["沈阳海关数据显示，1月份沈阳地区进出口增长5.1%。", "沈市海关将继续优化通关服务。"])
        #expect(f.map(\.kind) == [.inconsistentName] && f.first?.text == "沈市海" && f.first?.line == 11)
        #expect(findings(["深圳企业表现活跃。", "当日，沪市、深市成交额均有增加。"]).isEmpty)
        #expect(findings(["沈阳市民踊跃参加活动。"]).isEmpty)
    }

    /// An enumeration of three whose last item repeats the first (稳中求进、以进促稳、稳中求进): the last item is whole, ended by
    /// the comma, so the repeat is the text's. A first item cut from the prose before it matching a last item cut from the
    /// prose after it (中国、美国、中国香港) is none.
    @Test func anEnumerationWhoseLastItemRepeatsTheFirst() {
        let f = findings(["外贸发展要坚持稳中求进、以进促稳、稳中求进，不断增强发展韧性。"])
        #expect(f.map(\.kind) == [.repeatedListItem] && f.first?.text == "稳中求进、以进促稳、稳中求进")
        #expect(findings(["中国、美国、中国香港等地的代表出席会议。", "会议邀请了北京、上海、北京大学的专家。"]).isEmpty)
    }
}

extension CorruptionLinterTests {
    /// A Latin l among figures (l2月, l.5亿元, 20l5年) is OCR's 1: flagged with the figure as it should read. Not inside a
    /// Latin word or a chemical formula (html5, Al2O3), nor a letter alone before Chinese (l型).
    @Test func aLatinLAmongFigures() {
        let f = findings(["截至2024年l2月底，全省完成投资l.5亿元，20l5年起步。"])
        #expect(f.map(\.text) == ["l2", "l.5", "20l5"] && f.map(\.suggestion) == ["12", "1.5", "2015"])
        #expect(f.allSatisfy { $0.kind == .misreadCharacter })
        #expect(findings(["支持html5页面，Al2O3材料，l型结构。"]).isEmpty)
    }
}

extension CorruptionLinterTests {
    /// A box of voices whose last quotation's source is a graduate (——中国人民大学2025届毕业生　张　骁) ends on that source:
    /// no "stops mid-sentence" finding, and the speakers are people with their descriptions.
    @Test func aBoxOfVoicesEndingOnAGraduate() throws {
        let page = try Pipeline().run(Array("""
            青年说
            　　“回到家乡，把所学用在这片土地上，是我最大的心愿。”
            　　——西北农林科技大学2025届毕业生　李晓燕
            　　“基层虽然艰苦，但机会更多，成长更快。”
            　　——中国人民大学2025届毕业生　张　骁
            """.utf8), metadata: PageMetadata(path: "voices.txt"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.findings.filter { $0.kind == .truncated }.isEmpty == true)
        #expect(page.articles.first?.entities.people.map(\.name) == ["李晓燕", "张骁"])
        #expect(Markers.isQuoteAttribution("——中国人民大学2025届毕业生　张　骁"))
    }

    /// An English function word between Chinese text and a Chinese comma or stop is damage too (…盼问题 and ，让…); between
    /// Latin words it is a name's or a title's (AI for Science（…）, 《Rock and Roll》).
    @Test func aFunctionWordBesideAChineseComma() {
        let f = findings(["着力解决群众急难愁盼问题 and ，让改革发展成果惠及全体人民。", "AI for Science（人工智能驱动的科学研究）正成为新范式。", "歌曲《Rock and Roll》走红。"])
        #expect(f.map(\.kind) == [.foreignScript])
        #expect(f.map(\.line) == [10])
    }
}
