import Testing

@testable import JianbaoCore

@Suite struct ArticleSegmenterTests {
    @Test func headingStacks() {
        #expect(ArticleSegmenter.assignStack(["全省会议召开"]) == (nil, "全省会议召开", nil))
        #expect(ArticleSegmenter.assignStack(["习近平在辽宁考察时强调", "推动东北全面振兴"]) == ("习近平在辽宁考察时强调", "推动东北全面振兴", nil))
        #expect(ArticleSegmenter.assignStack(["奋力开创新局面", "——论学习贯彻全会精神"]) == (nil, "奋力开创新局面", "——论学习贯彻全会精神"))
        // A meeting over its business is the kicker over the headline (中共中央政治局召开会议 | 分析研究…); who chaired it
        // stands under the headline as its subtitle.
        #expect(ArticleSegmenter.assignStack(["中共中央政治局召开会议", "分析研究当前经济形势和经济工作"])
            == ("中共中央政治局召开会议", "分析研究当前经济形势和经济工作", nil))
        #expect(ArticleSegmenter.assignStack(["李克强主持召开国务院常务会议", "部署进一步做好稳外资工作"])
            == ("李克强主持召开国务院常务会议", "部署进一步做好稳外资工作", nil))
        #expect(ArticleSegmenter.assignStack(["中共中央政治局召开会议", "中共中央总书记习近平主持会议"])
            == (nil, "中共中央政治局召开会议", "中共中央总书记习近平主持会议"))
        #expect(ArticleSegmenter.assignStack(["全国政协十三届常委会第十次会议在京开幕", "审议通过有关人事事项"])
            == (nil, "全国政协十三届常委会第十次会议在京开幕", "审议通过有关人事事项"))
        #expect(ArticleSegmenter.assignStack(["坚持稳中求进", "会议召开", "部署全年工作"]) == ("坚持稳中求进", "会议召开", "部署全年工作"))
        #expect(ArticleSegmenter.assignStack(["国际观察", "合作共赢是人间正道"]) == ("国际观察", "合作共赢是人间正道", nil))
        #expect(ArticleSegmenter.assignStack(["经济新方位", "夏粮丰收　增产增收"]) == ("经济新方位", "夏粮丰收　增产增收", nil))
        #expect(ArticleSegmenter.assignStack(["乡村振兴进行时", "小木耳　大产业"]) == ("乡村振兴进行时", "小木耳　大产业", nil))
        #expect(ArticleSegmenter.assignStack(["前三季度外贸增长较快", "结构持续优化"]) == (nil, "前三季度外贸增长较快", "结构持续优化"))
        // A warning or an appeal over what it says, and who issued a document over its title: kickers.
        #expect(ArticleSegmenter.assignStack(["中国驻日本大使馆提醒", "在日中国公民注意防范花粉症"]) == ("中国驻日本大使馆提醒", "在日中国公民注意防范花粉症", nil))
        #expect(ArticleSegmenter.assignStack(["国务院新闻办公室发布", "《新时代的中国国家安全》白皮书"]) == ("国务院新闻办公室发布", "《新时代的中国国家安全》白皮书", nil))
        #expect(ArticleSegmenter.assignStack(["新版药品目录正式发布", "新增91种药品"]) == (nil, "新版药品目录正式发布", "新增91种药品"))
        // Two characters over a full headline: a column's name (新论, 来信), not a headline over its subtitle.
        #expect(ArticleSegmenter.assignStack(["新论", "城市更新要留住“烟火气”"]) == ("新论", "城市更新要留住“烟火气”", nil))
        #expect(ArticleSegmenter.assignStack(["来　信", "快递“最后一公里”还需打通"]) == ("来　信", "快递“最后一公里”还需打通", nil))
        #expect(ArticleSegmenter.assignStack(["新论", "短评"]) == (nil, "新论", "短评"))
        // Three over a long one too (青年说); not over a short one.
        #expect(ArticleSegmenter.assignStack(["青年说", "在乡村振兴一线找到人生坐标"]) == ("青年说", "在乡村振兴一线找到人生坐标", nil))
        #expect(ArticleSegmenter.assignStack(["山河颂", "写在国庆节前夕"]) == (nil, "山河颂", "写在国庆节前夕"))
        // Four over one three times as long (案例精选); not over a shorter one.
        #expect(ArticleSegmenter.assignStack(["案例精选", "网购商品“七天无理由退货”被拒　法院判了"]) == ("案例精选", "网购商品“七天无理由退货”被拒　法院判了", nil))
        #expect(ArticleSegmenter.assignStack(["春耕时节", "各地抢抓农时推进春播"]) == (nil, "春耕时节", "各地抢抓农时推进春播"))
        // A series' name with the installment's number: a kicker.
        #expect(ArticleSegmenter.assignStack(["城市更新在行动①", "老旧小区改出“新滋味”"]) == ("城市更新在行动①", "老旧小区改出“新滋味”", nil))
        // A column in lenticular brackets, or a series name before a column's: kickers.
        #expect(ArticleSegmenter.assignStack(["【奋斗百年路　启航新征程】", "红船精神历久弥新"]) == ("【奋斗百年路　启航新征程】", "红船精神历久弥新", nil))
        #expect(ArticleSegmenter.assignStack(["“十四五”开局之年·一线见闻", "科技赋能　春耕提速"]) == ("“十四五”开局之年·一线见闻", "科技赋能　春耕提速", nil))
        #expect(ArticleSegmenter.assignStack(["中国·东盟博览会开幕", "合作共赢"]) == (nil, "中国·东盟博览会开幕", "合作共赢"))
    }

    @Test func documentTitleSetOverLinesIsOneHeadline() {
        // Its issuers over the rest, with the date of issue under it.
        #expect(ArticleSegmenter.assignStack(["中共中央　国务院", "关于扎实推进乡村全面振兴的意见", "（2024年1月1日）"])
            == (nil, "中共中央　国务院关于扎实推进乡村全面振兴的意见", "（2024年1月1日）"))
        // Cut where the line was full.
        #expect(ArticleSegmenter.assignStack(["中共中央　国务院关于学习运用“千村示范、万村整治”工程经验", "有力有效推进乡村全面振兴的意见"])
            == (nil, "中共中央　国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见", nil))
        // Who issued what.
        #expect(ArticleSegmenter.assignStack(["中共中央办公厅　国务院办公厅印发", "《关于进一步完善医疗卫生服务体系的意见》"])
            == (nil, "中共中央办公厅　国务院办公厅印发《关于进一步完善医疗卫生服务体系的意见》", nil))
        // A kicker, or a whole title over its subtitle, stays as it was.
        #expect(ArticleSegmenter.assignStack(["国务院关于加强数字政府建设的指导意见", "（2022年6月6日）"])
            == (nil, "国务院关于加强数字政府建设的指导意见", "（2022年6月6日）"))
        // (A label of four over a title three times as long is its kicker.)
        #expect(ArticleSegmenter.assignStack(["专家解读", "关于加强数字政府建设的意见"]) == ("专家解读", "关于加强数字政府建设的意见", nil))
        #expect(ArticleSegmenter.assignStack(["国务院新闻办发布会", "关于稳外贸的意见"]) == (nil, "国务院新闻办发布会", "关于稳外贸的意见"))
    }

    @Test func rulesBetweenPiecesAreFurniture() {
        let page = Self.clip(
            "标题一在这里\n本报北京5月3日电（记者王浩）　近日，某地举行活动。\n　　活动吸引了很多人参加。\n——————————\n"
                + "标题二也在这里\n本报北京5月3日电（记者李明）　近日，另一地举行活动。\n＊　＊　＊\n标题三\n　　第三篇文章的正文。\n　　……\n　　后文。\n")
        #expect(page.articles.map(\.headline) == ["标题一在这里", "标题二也在这里", "标题三"])
        #expect(page.articles.allSatisfy { $0.kicker == nil && $0.subtitle == nil })
        #expect(page.dropped.map(\.text) == ["——————————", "＊　＊　＊"])
        // An ellipsis alone marks a passage left out: it stays in the text.
        #expect(page.articles.last?.paragraphs.map(\.text).contains("……") == true)
    }

    /// A paragraph's indent typed short (U+3000 and a space) under a subhead is still an indent; only one
    /// full-width space under a line cut mid-sentence is a wrap's stray blank.
    @Test func anIndentTypedShortStillOpensAParagraph() {
        let page = Self.clip(
            "种业振兴的一线观察\n本报记者　李　强\n\n　　种子是农业的“芯片”。近年来，各地加大种质资源保护力度。\n夯实种质资源根基\n"
                + "\u{3000} 在海南南繁基地，科研人员正忙着记录试验田里的数据。\n　　“资源是育种的基础，保护好才能用得好。”一位研究员说。\n"
                + "加强联合攻关\n　　各地推动企业与科研院所联合攻关，一批新品种通过\n　审定。\n")
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "种子是农业的“芯片”。近年来，各地加大种质资源保护力度。", "夯实种质资源根基", "在海南南繁基地，科研人员正忙着记录试验田里的数据。",
            "“资源是育种的基础，保护好才能用得好。”一位研究员说。", "加强联合攻关", "各地推动企业与科研院所联合攻关，一批新品种通过审定。",
        ])
    }

    /// A notice: the session as kicker, 公　　告 as headline, its number in brackets as subtitle; the body
    /// that signs it and the date and place of signing close its text.
    @Test func aNoticeSignedByABody() throws {
        let page = Self.clip(
            "中华人民共和国第十四届全国人民代表大会第一次会议\n公　　告\n（第五号）\n"
                + "　　中华人民共和国第十四届全国人民代表大会第一次会议于2023年3月12日决定：\n　　任命某甲为国务院副总理。\n　　现予公告。\n"
                + "中华人民共和国第十四届全国人民代表大会第一次会议主席团\n2023年3月12日于北京\n\n更　　正\n"
                + "　　本报3月11日第6版《春耕时节农事忙》一文中，“王家村”应为“黄家村”。特此更正。\n")
        try #require(page.articles.count == 2)
        let notice = page.articles[0]
        #expect(notice.kicker == "中华人民共和国第十四届全国人民代表大会第一次会议")
        #expect(notice.headline == "公　　告" && notice.subtitle == "（第五号）" && notice.reporters.isEmpty)
        #expect(notice.paragraphs.suffix(2).map(\.text) == ["中华人民共和国第十四届全国人民代表大会第一次会议主席团", "2023年3月12日于北京"])
        #expect(page.articles[1].headline == "更　　正" && page.articles[1].paragraphs.count == 1)
    }

    @Test func headlinesEndingInAQuestionNeedTheirLead() {
        let page = Self.clip("这样的青春值得吗？\n\n本报记者 张三\n\n在西部，有这样一群年轻人。\n\n他们说：“值得吗？”\n\n当然值得。\n")
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.headline == "这样的青春值得吗？")
        #expect(page.articles.first?.paragraphs.count == 3)
    }

    @Test func commentaryBylineAboveAHeadingGoesWithIt() {
        let body = Self.clip("正文第一段。\n\n本报评论员\n\n以改革创新激发发展活力\n\n改革是发展的强大动力。\n")
        #expect(body.articles.last?.headline == "以改革创新激发发展活力")
        #expect(body.articles.last?.kind == .commentary)
        #expect(body.articles.first?.kind != .commentary)
        // At the page's end, with nothing under the heading yet, the byline still goes with it.
        let end = Self.clip("正文第一段。\n\n本报评论员\n\n论改革\n")
        #expect(end.articles.count == 2)
        #expect(end.articles.last?.range == LineRange(3, 5))
    }

    /// On a page whose headlines stand flush, a short line with a paragraph's indent (a subhead set
    /// as a paragraph, 核心阅读) stays in its article; a centred line (a wide indent) is still a heading.
    @Test func indentedShortLinesAreParagraphs() {
        let page = Self.clip("""
            种业振兴的一线观察
            本报记者　李　强
            　　种子是农业的“芯片”。各地加大种质资源保护力度。
            　　夯实种质资源根基
            　　在海南南繁基地，科研人员正忙着记录试验田里的数据。

            多地用电负荷创新高
            　　本报北京6月3日电（记者王明）入夏以来，多地用电负荷持续攀升。
            　　有关部门提醒，用户要科学合理用电。
            """)
        #expect(page.articles.map(\.headline) == ["种业振兴的一线观察", "多地用电负荷创新高"])
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "种子是农业的“芯片”。各地加大种质资源保护力度。", "夯实种质资源根基", "在海南南繁基地，科研人员正忙着记录试验田里的数据。",
        ])
        let centred = Self.clip("""
            种业振兴的一线观察
            本报记者　李　强
            　　种子是农业的“芯片”。各地加大种质资源保护力度，育种创新能力持续提升。

            　　　　　　多地用电负荷创新高
            　　本报北京6月3日电（记者王明）入夏以来，多地用电负荷持续攀升。
            """)
        #expect(centred.articles.map(\.headline) == ["种业振兴的一线观察", "多地用电负荷创新高"])
    }

    /// Where headings stand apart with blank lines, a single short lead-less heading right under the
    /// text (no blank) is a subhead of the article; the same heading after a blank opens an article.
    @Test func aSingleSubheadRightUnderTheTextStaysInItsArticle() {
        let text = """
            种业振兴的一线观察

            本报记者　李　强

            种子是农业的“芯片”。近年来，各地加大种质资源保护力度。
            夯实种质资源根基
            当地建立了种质资源库，保存作物种质资源数万份。

            多地夏季用电负荷创历史新高

            入夏以来，多地用电负荷持续攀升。
            有关部门提醒，用户要科学合理用电。
            """
        let page = Self.clip(text)
        #expect(page.articles.map(\.headline) == ["种业振兴的一线观察", "多地夏季用电负荷创历史新高"])
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "种子是农业的“芯片”。近年来，各地加大种质资源保护力度。", "夯实种质资源根基", "当地建立了种质资源库，保存作物种质资源数万份。",
        ])
        let apart = Self.clip(text.replacingOccurrences(of: "力度。\n夯实", with: "力度。\n\n夯实"))
        #expect(apart.articles.map(\.headline) == ["种业振兴的一线观察", "夯实种质资源根基", "多地夏季用电负荷创历史新高"])
    }

    /// A reporter's byline or a dashed subtitle ends the heading stack: a paragraph's first words
    /// that a column break cut off under it are text, not one more heading.
    @Test func aBreakUnderABylineOrDashedSubtitleCutsText() {
        let byline = Self.clip("让农村更美丽\n\n本报记者　赵刚\n\n冬日的安徽省金寨县\n\n大湾村，青山环抱，白墙黛瓦。\n村党支部书记正带着村民清理道路积雪。\n")
        #expect(byline.articles.count == 1)
        #expect(byline.articles.first?.reporters == ["赵刚"])
        #expect(byline.articles.first?.paragraphs.first?.text == "冬日的安徽省金寨县大湾村，青山环抱，白墙黛瓦。")
        let dashed = Self.clip("以改革创新激发发展活力\n——论深入贯彻中央经济工作会议精神\n\n改革是发展的强\n\n大动力。我们要坚定不移全面深化改革。\n")
        #expect(dashed.articles.count == 1)
        #expect(dashed.articles.first?.subtitle == "——论深入贯彻中央经济工作会议精神")
        #expect(dashed.articles.first?.paragraphs.map(\.text) == ["改革是发展的强大动力。我们要坚定不移全面深化改革。"])
    }

    /// A lead that a column break cut — after its reporters, or inside its date — still opens its
    /// article, and its text runs on from the next line.
    @Test func leadsCutByABreak() {
        let page = Self.clip("""
            简讯

            　　本报上海1月18日电（记者张伟）上海市日前发布促进消费十条措施。
            　　本报广州1月18日电（记者陈静）
            广东省今年将新建5G基站4万个。

            全国冬小麦播种基本结束
            　　本报北京11月1
            1日电（记者李晓）农业农村部最新农情调度显示，全国冬小麦播种已基本结束。
            """)
        #expect(page.articles.map(\.reporters) == [["张伟"], ["陈静"], ["李晓"]])
        #expect(page.articles.map { $0.paragraphs.map(\.text) } == [
            ["上海市日前发布促进消费十条措施。"], ["广东省今年将新建5G基站4万个。"], ["农业农村部最新农情调度显示，全国冬小麦播种已基本结束。"],
        ])
        #expect(page.articles.last?.headline == "全国冬小麦播种基本结束")
        // A dateline and its reporters named bare, alone on their line, the text after a break: the last name ends with
        // the line (not 熊茂伶今年以来). A last name of two characters over Han text may be a name of three that the break
        // cut (陈求 | 发): that line is read on into the text as before.
        for (byline, reporters, text) in [
            ("新华社北京2月4日电　记者熊茂伶", ["熊茂伶"], "今年以来，各地区各部门认真贯彻落实党中央决策部署。"),
            ("本报北京2月4日电　记者刘志强、熊茂伶", ["刘志强", "熊茂伶"], "今年以来，各地区各部门认真贯彻落实党中央决策部署。"),
            ("新华社北京2月4日电　记者陈求", [], "记者陈求发今年以来，各地区各部门认真贯彻落实党中央决策部署。"),
        ] {
            let bare = Self.clip("推进高质量发展取得新成效\n\n\(byline)\n\n\(text.hasPrefix("记者") ? "发" : "")今年以来，各地区各部门认真贯彻落实党中央决策部署。\n")
            #expect(bare.articles.map(\.reporters) == [reporters], "\(byline)")
            #expect(bare.articles.first?.paragraphs.map(\.text) == [text], "\(byline)")
        }
        // Where the text under it is indented, a paragraph's start, a last name of two ends with the line too.
        let indented = Self.clip("推进高质量发展取得新成效\n\n新华社北京2月4日电　记者王浩\n\n　　今年以来，各地认真贯彻落实党中央决策部署。\n")
        #expect(indented.articles.map(\.reporters) == [["王浩"]])
        #expect(indented.articles.first?.paragraphs.map(\.text) == ["今年以来，各地认真贯彻落实党中央决策部署。"])
    }

    /// A break that leaves a sentence's short end (eight characters at most, its full stop, no clause mark) at
    /// the head of the next line cut a paragraph's first line, which reads like a heading but is not one:
    /// under a headline, one paragraph a line (科技创新是推动高质量 | 发展的关键。…), and after a finished
    /// paragraph, a blank after every line (基层治理是国家 | 治理的基石。…). A paragraph that opens with a
    /// longer sentence, or a short one alone on its line, stays a paragraph of its own.
    @Test func breaksBeforeASentencesShortEndCutText() {
        func read(_ text: String) -> [(String?, [String])] { Self.clip(text).articles.map { ($0.headline, $0.paragraphs.map(\.text)) } }
        let underHeadline = read("让科技创新更好服务高质量发展\n科技创新是推动高质量\n\n发展的关键。要健全科技创新体系，加快关键核心技术攻关。\n")
        #expect(underHeadline.map(\.0) == ["让科技创新更好服务高质量发展"])
        #expect(underHeadline.first?.1 == ["科技创新是推动高质量发展的关键。要健全科技创新体系，加快关键核心技术攻关。"])
        let apart = read("""
            以数字化赋能基层治理

            编者按：数字技术正在深刻改变基层治理的方式。

            基层治理是国家

            治理的基石。近年来，各地积极运用大数据、云计算等技术。

            一方面，数字平台打通了部门之间的信息壁垒。
            """)
        #expect(apart.map(\.0) == ["以数字化赋能基层治理"])
        #expect(apart.first?.1 == [
            "编者按：数字技术正在深刻改变基层治理的方式。", "基层治理是国家治理的基石。近年来，各地积极运用大数据、云计算等技术。",
            "一方面，数字平台打通了部门之间的信息壁垒。",
        ])
        #expect(ParagraphReflower.opensWithSentenceEnd("治理的基石。近年来，") && ParagraphReflower.opensWithSentenceEnd("学者在会上发言。商务部…"))
        #expect(!ParagraphReflower.opensWithSentenceEnd("现予公告。") && !ParagraphReflower.opensWithSentenceEnd("青年是国家的希望。一百年来，")
            && !ParagraphReflower.opensWithSentenceEnd("好转，要坚持稳中求进。") && !ParagraphReflower.opensWithSentenceEnd("。开头"))
    }

    /// A blank after every line: a break right after the body a speaker speaks for (海关总署 | 新闻发言人李魁文介绍，…,
    /// 联合国开发计划署 | 一位官员说，…) runs on, as one after a university does (…内罗毕大学 | 国际关系学教授…说).
    @Test func breaksAfterASpeakersBodyRunOnWhereABlankFollowsEveryLine() {
        let page = Self.clip("""
            前三季度我国外贸进出口增长较快

            海关总署10月13日发布数据，前三季度我国货物贸易进出口总值增长22.7%。

            海关总署

            新闻发言人李魁文介绍，我国对主要贸易伙伴进出口均保持增长。

            联合国开发计划署

            一位官员说，倡议聚焦减贫、粮食安全等领域。
            """)
        #expect(page.articles.map(\.headline) == ["前三季度我国外贸进出口增长较快"])
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "海关总署10月13日发布数据，前三季度我国货物贸易进出口总值增长22.7%。", "海关总署新闻发言人李魁文介绍，我国对主要贸易伙伴进出口均保持增长。",
            "联合国开发计划署一位官员说，倡议聚焦减贫、粮食安全等领域。",
        ])
    }

    /// A blank after every line: a line that opens with a verb and a comma (…公布的数据 | 显示，…, 周建国同志1935年 | 出生，…)
    /// has its subject on the line above, however much that line looks like a heading; a paragraph opens with a verb
    /// and a comma only to cite or give an example (据悉，比如，).
    @Test func aLineThatOpensWithAVerbAndACommaRunsOnWhereABlankFollowsEveryLine() {
        let page = Self.clip("""
            德国通胀率继续回落

            德国联邦统计局日前公布的数据

            显示，1月德国通胀率为8.7%。

            周建国同志1935年

            出生，江苏无锡人。

            比如，能源价格回落明显。
            """)
        #expect(page.articles.map(\.headline) == ["德国通胀率继续回落"])
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "德国联邦统计局日前公布的数据显示，1月德国通胀率为8.7%。", "周建国同志1935年出生，江苏无锡人。", "比如，能源价格回落明显。",
        ])
        #expect(ParagraphReflower.startsMidSentence("显示，1月") && ParagraphReflower.startsMidSentence("出生，江苏"))
        #expect(!ParagraphReflower.startsMidSentence("比如，能源") && !ParagraphReflower.startsMidSentence("据悉，日前")
            && !ParagraphReflower.startsMidSentence("同时，各地"))
        // A verb of speech made with 说, not a modal's way of putting it; a year and its verb before a comma.
        #expect(ParagraphReflower.startsMidSentence("解读说，5月份") && !ParagraphReflower.startsMidSentence("应该说，这次"))
        #expect(ParagraphReflower.opensWithYearThenVerb("1935年出生，江苏无锡人") && !ParagraphReflower.opensWithYearThenVerb("2019年，我们来到"))
        // A native place: no paragraph opens with where someone is from.
        #expect(ParagraphReflower.startsMidSentence("南通人，1953年参加工作") && !ParagraphReflower.startsMidSentence("南通市民踊跃参与，"))
        #expect(!Markers.isHeadingShaped("首都医科大学附属", maxColumns: 40))
    }

    /// A notice signed by its body with the date under it and a note in brackets under that (国务院 | 2025年3月1日 |
    /// （此件公开发布）): all three close the notice; and a dashed subtitle indented as a paragraph right under its
    /// centred headline stays the subtitle.
    @Test func aNoticesCloseWithItsNoteAndAnIndentedDashedSubtitle() {
        let notice = Self.clip("""
            国务院关于印发《2025年政府工作报告》任务分工的通知
            国发〔2025〕5号
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            　　现将《2025年政府工作报告》任务分工印发给你们，请认真贯彻落实。
            国务院
            2025年3月1日
            　　（此件公开发布）
            """)
        #expect(notice.articles.map(\.headline) == ["国务院关于印发《2025年政府工作报告》任务分工的通知"])
        #expect(notice.articles.first?.paragraphs.suffix(3).map(\.text) == ["国务院", "2025年3月1日", "（此件公开发布）"])
        #expect(notice.dropped.isEmpty)
        let story = Self.clip("""
            　　　　新春走基层
            　　　　山乡巨变看今朝
            　　——来自湖南省十八洞村的蹲点报道
            本报记者　王　浩　李　强
            　　初春时节，走进湖南省花垣县十八洞村，青石板路干净整洁。
            　　“现在住上了新房子。”村民施成富笑着说。
            """)
        #expect(story.articles.count == 1)
        #expect(story.articles.first?.subtitle == "——来自湖南省十八洞村的蹲点报道" && story.articles.first?.reporters == ["王浩", "李强"])
        #expect(story.articles.first?.paragraphs.count == 2)
    }

    /// A column of briefs' label behind a bullet (■ 新闻速览) under a finished brief heads a column of its own, as
    /// 新闻速览 would; it is no marked subhead of the brief above.
    @Test func aBulletedBriefColumnLabelHeadsItsColumn() {
        let page = Self.clip("""
            本报北京电　（记者寇江泽）生态环境部日前发布《2024中国生态环境状况公报》。

            ■ 新闻速览
            ■ 全国铁路暑运将于7月1日启动，预计发送旅客9.5亿人次。（记者韩鑫）
            ■ 我国首艘大洋钻探船“梦想”号近日完成首次试航。（据新华社电）
            """)
        #expect(page.articles.count == 2)
        #expect(page.articles.last?.kicker == "■ 新闻速览" && page.articles.last?.kind == .brief)
        #expect(page.articles.last?.paragraphs.count == 2 && page.articles.first?.paragraphs.count == 1)
        #expect(ArticleSegmenter.isBriefColumn("■ 新闻速览") && !ArticleSegmenter.isBriefColumn("■ 一线直击"))
    }

    /// An indented page: a headline that asks or exclaims (小区停车难何时解决？), flush over a blank and an indented
    /// paragraph, heads its text with no lead to confirm it — whether the page sets its paragraphs a blank apart or
    /// not. A paragraph's rest that a break cut (…小区的停车难题 | | 究竟何时解决？) still runs on. On a flush page a
    /// letter's salutation under it confirms it.
    @Test func aQuestionHeadlineOverABlankHeadsAnIndentedText() {
        let letter = Self.clip("""
            读者来信

            小区停车难何时解决？

            　　编辑同志：
            　　我是北京市朝阳区某小区居民，小区停车位严重不足，晚上常常找不到车位。希望有关部门能够重视。
            """)
        #expect(letter.articles.map(\.headline) == ["小区停车难何时解决？"])
        #expect(letter.articles.first?.paragraphs.count == 2)
        // One paragraph a line, nothing indented: the letter's salutation confirms the headline over it, as a lead would.
        let flush = Self.clip("读者来信\n\n小区停车难何时解决？\n\n编辑同志：\n\n我是北京市朝阳区某小区居民，小区停车位严重不足。希望有关部门能够重视。\n")
        #expect(flush.articles.map(\.headline) == ["小区停车难何时解决？"] && flush.articles.first?.paragraphs.count == 2)
        let apart = Self.clip("""
            小区停车难何时解决？

            　　我是北京市朝阳区某小区居民，小区停车位严重不足。居民们不禁要问：小区的停车难题

            究竟何时解决？

            　　有关部门表示，将尽快研究解决。
            """)
        #expect(apart.articles.map(\.headline) == ["小区停车难何时解决？"])
        #expect(apart.articles.first?.paragraphs.map(\.text) == [
            "我是北京市朝阳区某小区居民，小区停车位严重不足。居民们不禁要问：小区的停车难题究竟何时解决？", "有关部门表示，将尽快研究解决。",
        ])
    }

    /// A credit in brackets at a text's foot, under a paragraph that is no caption, credits the text's pictures: its
    /// name is the text's photographer, and the text keeps its last paragraph. Under a caption (图为…) it still closes
    /// a photo piece of its own.
    @Test func aBracketedCreditAtATextsFootCreditsTheText() {
        let page = Self.clip("""
            全国人大常委会举行第十七次会议闭幕会

            　　新华社北京9月1日电　十四届全国人大常委会第十七次会议1日下午在北京人民大会堂闭幕。
            　　国务院副总理张国清，最高人民法院院长张军等列席会议。

            （新华社记者　李学仁摄）
            """)
        #expect(page.articles.count == 1 && page.articles.first?.paragraphs.count == 2)
        #expect(page.articles.first?.photographers == ["李学仁"] && page.articles.first?.reporters == [])
        let captioned = Self.clip("""
            全国人大常委会举行第十七次会议闭幕会

            　　新华社北京9月1日电　十四届全国人大常委会第十七次会议1日下午在北京人民大会堂闭幕。
            　　国务院副总理张国清，最高人民法院院长张军等列席会议。
            　　图为闭幕会现场。
            （新华社记者　李学仁摄）
            """)
        #expect(captioned.articles.map(\.kind) == [.news, .photo] && captioned.articles.last?.photographers == ["李学仁"])
        // Hard-wrapped, right under a full line: the credit in brackets stands alone, as a foot byline in brackets does.
        let wrapped = Self.clip("""
            全国人大常委会举行第十七次会议闭幕会
            　　新华社北京9月1日电　十四届全国人大常委
            会第十七次会议1日下午在北京人民大会堂闭幕
            。赵乐际委员长主持闭幕会并讲话。
            　　国务院副总理张国清，最高人民法院院长张
            军，最高人民检察院检察长应勇等列席会议。
            （新华社记者　李学仁摄）
            """)
        #expect(wrapped.layout == .hardWrapped && wrapped.articles.count == 1 && wrapped.articles.first?.paragraphs.count == 2)
        #expect(wrapped.articles.first?.photographers == ["李学仁"])
    }

    /// Hard-wrapped briefs behind ◆: a symbol Chinese type sets on a full em fills its line as a character does, so
    /// an item's full first line runs on into its rest.
    @Test func bulletedBriefsWrapWhole() {
        let page = Self.clip("""
            中国女排3∶0战胜日本队
            　　本报北京8月19日电　（记者季芳）19日晚
            ，2025年世界女排联赛总决赛在北京进行。中国
            女排以3∶0战胜日本队，晋级四强。
            　　主教练赵勇赛后表示，队员们顶住了压力，
            发挥出了应有水平。

            体坛快讯
            　　◆国际奥委会18日宣布，2025年世界青年运
            动会将于9月在南京举行。
            　　◆中国田径协会19日公布了世锦赛参赛名单
            ，共有52名运动员入选。
            """)
        #expect(page.layout == .hardWrapped)
        #expect(page.articles.last?.paragraphs.map(\.text) == [
            "◆国际奥委会18日宣布，2025年世界青年运动会将于9月在南京举行。", "◆中国田径协会19日公布了世锦赛参赛名单，共有52名运动员入选。",
        ])
    }

    /// A blank after every line: a line that opens with a speaker's post and name, or only where he spoke, before his
    /// verb of speech (…国际关系学 | 教授奥凯奇说，…, …阿利哈诺夫 | 在开幕式上说，…) has whom he speaks for on the line above.
    @Test func aLineThatOpensWithABareSpeakerRunsOnWhereABlankFollowsEveryLine() {
        let page = Self.clip("""
            全球发展倡议为国际合作注入新动力

            肯尼亚内罗毕大学国际关系学

            教授奥凯奇说，倡议提出以来，已有多个国家参与。

            俄罗斯工业和贸易部部长阿利哈诺夫

            在开幕式上说，俄方重视同各国的合作。
            """)
        #expect(page.articles.map(\.headline) == ["全球发展倡议为国际合作注入新动力"])
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "肯尼亚内罗毕大学国际关系学教授奥凯奇说，倡议提出以来，已有多个国家参与。", "俄罗斯工业和贸易部部长阿利哈诺夫在开幕式上说，俄方重视同各国的合作。",
        ])
        #expect(ParagraphReflower.opensWithBareSpeaker("主任医师王荃表示，儿童") && ParagraphReflower.opensWithBareSpeaker("在接受本报记者采访时表示，"))
        #expect(!ParagraphReflower.opensWithBareSpeaker("清华大学教授张明说，") && !ParagraphReflower.opensWithBareSpeaker("专家表示，")
            && !ParagraphReflower.opensWithBareSpeaker("在会上，他说") && !ParagraphReflower.opensWithBareSpeaker("村民李强说，"))
    }

    /// One paragraph a line, blanks only at breaks: a quotation alone on its line before a break goes on into what
    /// follows (“享受比赛，做好自己。” | 这是许多年轻选手…), as paragraphs that open with a quotation do; a dialogue's next
    /// turn, or a page with a blank after every line, keeps it a paragraph of its own.
    @Test func aQuotationAloneOnItsLineGoesOnPastABreak() {
        func read(_ text: String) -> [[String]] { Self.clip(text).articles.map { $0.paragraphs.map(\.text) } }
        let cut = "年轻选手展现新气象\n本届奥运会，一批小将崭露头角。\n“享受比赛，做好自己。”\n\n这是许多年轻选手挂在嘴边的一句话。\n他们心态从容。\n"
        #expect(read(cut) == [["本届奥运会，一批小将崭露头角。", "“享受比赛，做好自己。”这是许多年轻选手挂在嘴边的一句话。", "他们心态从容。"]])
        let dialogue = "年轻选手展现新气象\n本届奥运会，一批小将崭露头角。\n“享受比赛，做好自己。”\n\n“我们还会回来。”\n他们心态从容。\n"
        #expect(read(dialogue) == [["本届奥运会，一批小将崭露头角。", "“享受比赛，做好自己。”", "“我们还会回来。”", "他们心态从容。"]])
        let apart = "年轻选手展现新气象\n\n本届奥运会，一批小将崭露头角。\n\n“享受比赛，做好自己。”\n\n这是许多年轻选手挂在嘴边的一句话。\n\n他们心态从容。\n"
        #expect(read(apart) == [["本届奥运会，一批小将崭露头角。", "“享受比赛，做好自己。”", "这是许多年轻选手挂在嘴边的一句话。", "他们心态从容。"]])
        #expect(ParagraphReflower.isWholeQuotation("“享受比赛，做好自己。”") && !ParagraphReflower.isWholeQuotation("“好”“坏”之分。”")
            && !ParagraphReflower.isWholeQuotation("他说：“好。”"))
    }

    /// One paragraph a line, blanks at the breaks: after a colon the paragraph goes on past a break where what
    /// stands before it is a source alone (据中国驻外使领馆消息： | 近期，…) or what follows holds a whole count (以下几点：
    /// | 一是…；二是…), and a title goes on into the word for its work (…《春耕时节农事忙》 | 一文中，…). A count whose
    /// items are paragraphs of their own stays so.
    @Test func breaksAfterAColonOrATitleCutText() {
        func read(_ text: String) -> [(String?, [String])] { Self.clip(text).articles.map { ($0.headline, $0.paragraphs.map(\.text)) } }
        let source = read("中国驻多国使领馆举办“中国节”活动\n本报电　据中国驻外使领馆消息：\n\n近期，中国驻法国、意大利等国使领馆陆续举办“中国节”活动。\n")
        #expect(source.first?.1 == ["据中国驻外使领馆消息：近期，中国驻法国、意大利等国使领馆陆续举办“中国节”活动。"])
        let count = read("科学防护　守护健康\n专家建议，做好个人防护要注意以下几点：\n\n一是科学佩戴口罩；二是勤洗手、常通风；三是适当运动。\n")
        #expect(count.first?.1 == ["专家建议，做好个人防护要注意以下几点：一是科学佩戴口罩；二是勤洗手、常通风；三是适当运动。"])
        let items = read("科学防护　守护健康\n专家建议，做好个人防护要注意以下几点：\n\n一是科学佩戴口罩。\n二是勤洗手、常通风。\n")
        #expect(items.first?.1 == ["专家建议，做好个人防护要注意以下几点：", "一是科学佩戴口罩。", "二是勤洗手、常通风。"])
        let notice = read("更　　正\n本报3月11日第6版《春耕时节农事忙》\n\n一文中，“王家村”应为“黄家村”。特此更正。\n")
        #expect(notice.map(\.0) == ["更　　正"])
        #expect(notice.first?.1 == ["本报3月11日第6版《春耕时节农事忙》一文中，“王家村”应为“黄家村”。特此更正。"])
    }

    /// One paragraph a line, blanks at the breaks: a break right under a headline, a subhead or a pen
    /// name, inside a bracket, a number or a word leaves text, not one more heading.
    @Test func breaksRightUnderHeadingsCutText() {
        func paragraphs(_ text: String) -> [[String]] { Self.clip(text).articles.map { $0.paragraphs.map(\.text) } }
        // Inside a word (立 | 足) or a name of an office (统计 | 局), or before a date's unit (10 | 月).
        #expect(paragraphs("把论文写在祖国大地上\n\n青年科技工作者要立\n\n足国家需要，把个人理想融入伟大事业。\n只有扎根实践，才能服务发展。\n")
            == [["青年科技工作者要立足国家需要，把个人理想融入伟大事业。", "只有扎根实践，才能服务发展。"]])
        #expect(paragraphs("一季度国民经济开局良好\n国家统计\n\n局15日发布数据，一季度国内生产总值同比增长4.8%。\n")
            == [["国家统计局15日发布数据，一季度国内生产总值同比增长4.8%。"]])
        // After a day of the month (国家统计局15日 | 发布数据…): no heading ends in one.
        #expect(paragraphs("一季度国民经济开局良好\n国家统计局15日\n\n发布数据，一季度国内生产总值同比增长4.8%。\n")
            == [["国家统计局15日发布数据，一季度国内生产总值同比增长4.8%。"]])
        #expect(Markers.endsInDayOfMonth("国家统计局15日") && !Markers.endsInDayOfMonth("北京冬奥会第9日") && !Markers.endsInDayOfMonth("世界读书日"))
        // Before a day of the month and its verb (国家统计局 | 15日发布数据…), and between a colon and the quotation.
        #expect(paragraphs("一季度国民经济开局良好\n国家统计局\n\n15日发布数据，一季度国内生产总值同比增长4.8%。\n")
            == [["国家统计局15日发布数据，一季度国内生产总值同比增长4.8%。"]])
        #expect(paragraphs("任子威夺得金牌\n\n这是中国代表团获得的第二枚金牌。赛后，任子威说：\n\n“这枚金牌属于整个团队。”\n匈牙利选手被判犯规。\n")
            == [["这是中国代表团获得的第二枚金牌。赛后，任子威说：“这枚金牌属于整个团队。”", "匈牙利选手被判犯规。"]])
        #expect(paragraphs("中越青年友好交流活动举行\n\n当地时间10\n\n月22日，中越青年友好交流活动在河内举行。\n")
            == [["当地时间10月22日，中越青年友好交流活动在河内举行。"]])
        // Between a date's month and its day (本报3月 | 11日第6版…), under a notice's title.
        #expect(paragraphs("更　　正\n本报3月\n\n11日第6版《春耕时节农事忙》一文中，“王家村”应为“黄家村”。特此更正。\n")
            == [["本报3月11日第6版《春耕时节农事忙》一文中，“王家村”应为“黄家村”。特此更正。"]])
        // Inside the name of a body the lexicon knows (中国 | 共产党): no heading ends in half of it.
        #expect(paragraphs("用好红色资源　赓续红色血脉\n红色是中国\n\n共产党最鲜亮的底色。在党史学习教育中，要用好红色资源。\n")
            == [["红色是中国共产党最鲜亮的底色。在党史学习教育中，要用好红色资源。"]])
        #expect(ParagraphReflower.cutsOrganization("红色是中国", "共产党最鲜亮的底色") && ParagraphReflower.cutsOrganization("最高人民", "法院工作报告"))
        #expect(!ParagraphReflower.cutsOrganization("倾听中国", "的声音") && !ParagraphReflower.cutsOrganization("中国共产党", "人的初心"))
        // One character (要，) or a noun (宝库。) before the first punctuation opens no paragraph.
        #expect(paragraphs("推动长江生态保护修复\n\n长江流域是我国重要的生态\n\n宝库。近年来，水质持续向好。\n")
            == [["长江流域是我国重要的生态宝库。近年来，水质持续向好。"]])
        // Under a subhead, and under a pen name.
        let subhead = "坚持以人民为中心推进共同富裕\n王　军\n\n共同富裕是社会主义的本质要求。\n一、深刻把握共同富裕的科学内涵\n共同富裕是全体人\n\n民的富裕，不是少数人的富裕。\n要把握好共同富裕的长期性。\n"
        #expect(paragraphs(subhead) == [[
            "共同富裕是社会主义的本质要求。", "一、深刻把握共同富裕的科学内涵", "共同富裕是全体人民的富裕，不是少数人的富裕。", "要把握好共同富裕的长期性。",
        ]])
        let pen = Self.clip("合作共赢是人间正道\n\n钟声\n\n当今世界正\n\n经历百年未有之大变局，各国利益深度交融。\n合作共赢是人间正道。\n开放合作是大势所趋。\n团结协作是必由之路。\n")
        #expect(pen.articles.map(\.reporters) == [["钟声"]])
        #expect(pen.articles.first?.paragraphs.first?.text == "当今世界正经历百年未有之大变局，各国利益深度交融。")
        // A lead cut inside its reporters' bracket, or right after it.
        let leads = Self.clip("""
            美联储官员释放放缓加息信号
            新华社华盛顿11月9日电（记者邓仙来　

            熊茂伶）美国联邦储备委员会多名官员日前表示，美联储可能放缓加息步伐。

            本报北京10月13日电　（记者刘志强）

            住房和城乡建设部近日印发通知，要求各地加强城市更新项目管理。
            """)
        #expect(leads.articles.map(\.reporters) == [["邓仙来", "熊茂伶"], ["刘志强"]])
        #expect(leads.articles.map { $0.paragraphs.map(\.text) } == [
            ["美国联邦储备委员会多名官员日前表示，美联储可能放缓加息步伐。"], ["住房和城乡建设部近日印发通知，要求各地加强城市更新项目管理。"],
        ])
        // A run written twice inside the bracket is damage, not two names.
        #expect(Markers.parseLead("本报北京3月16日电（记者李越、张福海福海）由辽宁省委主办。", issueDate: nil)?.0.reporters != ["李越", "张福", "海福海"])
    }

    /// A commentary column's author signs at its foot with the name alone, in brackets; the photo
    /// caption after it is not joined to it.
    @Test func aBareNameInBracketsSignsACommentary() {
        let page = Self.clip("""
            今日谈
            冰雪运动正当时
            　　北京冬奥会进入“北京时间”，冰雪运动热度持续攀升。
            　　（许　凯）

            图为1月18日，运动员在张家口赛区训练。
            新华社记者　鞠　鹏摄
            """)
        #expect(page.articles.map(\.reporters) == [["许凯"], []])
        #expect(page.articles.first?.kind == .commentary)
        #expect(page.articles.last?.paragraphs.map(\.text) == ["图为1月18日，运动员在张家口赛区训练。"])
        #expect(Markers.trailingFootByline("这是一个事实（王府井）") == nil)
    }

    /// Briefs signed with the bare name after their last sentence (（李　刚）), a 链接 box under the
    /// last one (its label never runs on from the line above), a column label over a headline.
    @Test func briefsSignedByNameAndABoxUnderThem() {
        let page = Self.clip("""
            一线见闻
            山区孩子的“第二课堂”
            　　本报记者　刘　军
            　　走进贵州省毕节市七星关区的一所乡村小学，孩子们正在上美术课。

            简　讯

            　　本报电　日前，全国首个数字乡村展在杭州开幕。展览面积2万平方米，展期3天。（李　刚）
            　　本报电　近日，2021年全国科技活动周在北京启动。（吴月辉）

            链接
            　　新型政党制度具有三个鲜明特点。
            """)
        #expect(page.articles.map(\.reporters) == [["刘军"], ["李刚"], ["吴月辉"]])
        #expect(page.articles.first?.kicker == "一线见闻")
        #expect(page.articles.first?.headline == "山区孩子的“第二课堂”")
        #expect(page.articles.last?.paragraphs.map(\.text) == ["近日，2021年全国科技活动周在北京启动。（吴月辉）", "链接", "新型政党制度具有三个鲜明特点。"])
    }

    /// A literary page's author lines with their marks (□ 刘　明, 文/张晓燕) are bylines, not subtitles.
    @Test func authorMarksUnderAHeadline() {
        let page = Self.clip("""
            故乡的老槐树
            □ 刘　明

            　　村口那棵老槐树，已经站了一百多年。
            　　（作者单位：河北省作家协会）

            山中岁月
            文/张晓燕

            　　清晨，雾气还没有散去，山里的鸟就开始唱歌了。
            """)
        #expect(page.articles.map(\.reporters) == [["刘明"], ["张晓燕"]])
        #expect(page.articles.map(\.subtitle) == [nil, nil])
        // A military paper's commentary marks its author with ■ (兵　言 | 练兵就要… | ■马　骏).
        let marked = Self.clip("""
            兵　言
            练兵就要练到“刀刃”上
            　　■马　骏
            　　训练场上，有的单位追求场面好看、动作漂亮，这种“花架子”要不得。
            　　（作者单位：武警江苏总队）
            """)
        #expect(marked.articles.map(\.reporters) == [["马骏"]])
        #expect(marked.articles.first?.paragraphs.first?.text.hasPrefix("训练场上") == true)
        // Not a brief's first words behind its ■, cut by a break (■ 国际奥 | (blank) | 委会主席…).
        let brief = Self.clip("""
            体育简讯
            　　■ 国际奥

            委会主席巴赫7日在北京表示，北京冬奥会各项赛事组织有序。（新华）
            　　■ 2022年全国跳水冠军赛将于4月在武汉举行。（本报记者　刘硕阳）
            """)
        #expect(brief.articles.first?.paragraphs.first?.text == "■ 国际奥委会主席巴赫7日在北京表示，北京冬奥会各项赛事组织有序。（新华）")
    }

    /// Hard wraps at 18 characters without indents: a headline wrapped on the space between its parts
    /// (…步伐 | 　夯实…), a byline cut inside its last name (…本报记者　孙 | 光) or before its closing 报道.
    @Test func narrowFlushWrapsCutHeadlinesAndBylines() {
        let page = Self.clip("""
            全面推进乡村振兴　加快农业现代化步伐
            　夯实粮食安全根基

            本报驻德国记者　张　明　本报记者　孙
            　光
            入冬以来，欧洲多国天然气价格居高不下。
            德国政府日前宣布新一轮能源救助计划，
            规模达数百亿欧元，覆盖居民和企业的用
            能支出。
            分析人士指出，能源价格高企正在拖累欧
            洲经济增长，制造业面临减产压力，前景
            不容乐观。
            德国联邦统计局数据显示，今年前三季度，
            德国工业生产同比下降，其中化工、钢铁等
            高耗能行业降幅明显。不少企业表示，能源
            成本上升已严重影响经营。
            欧盟委员会日前提出一揽子应对措施，包括
            联合采购天然气、设定价格上限等，但成员
            国之间仍存在分歧，相关谈判仍在进行中。
            业内人士认为，欧洲能源转型任重道远。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.headline?.withoutSpaces == "全面推进乡村振兴加快农业现代化步伐夯实粮食安全根基")
        #expect(page.articles.first?.paragraphs.count == 5)
        #expect(page.articles.first?.reporters == ["张明", "孙光"])
        #expect(page.articles.first?.paragraphs.first?.text.hasPrefix("入冬以来") == true)
        // A provincial daily's byline closing with 报道, cut before it.
        let closing = Self.clip("""
            全省春耕生产有序推进
            　　本报记者　王　理　通讯员　陈　明
            　报道
            　　惊蛰过后，荆楚大地春意盎然。在襄
            阳市襄州区，农民们抢抓农时，忙着播种
            。
            　　据省农业农村厅介绍，全省已备足春
            耕所需种子、化肥等农资，春耕生产有序
            推进，各地农民正在抢抓农时开展播种。
            """)
        #expect(closing.articles.first?.reporters == ["王理", "陈明"])
        #expect(closing.articles.first?.paragraphs.first?.text.hasPrefix("惊蛰过后") == true)
        // Cut inside the second reporter's role (…王烨捷　见 | 习记者　李　然), flush: the rest names one more reporter.
        let role = Self.clip("""
            高校毕业生就业“百日冲刺”行动启动
            中青报·中青网记者　王烨捷　见
            习记者　李　然
            11月19日，教育部在上海启动2026
            届高校毕业生就业“百日冲刺”行动。
            教育部副部长吴岩在启动仪式上表示，
            各地各高校要把促就业摆在更加突出的位
            置。
            """)
        #expect(role.articles.first?.reporters == ["王烨捷", "李然"])
        #expect(role.articles.first?.paragraphs.first?.text.hasPrefix("11月19日") == true)
    }

    /// Hard wraps at 18 characters cut the page's head (…第2 | 版), a dash subtitle that then fills two
    /// lines, a title whose rest starts with a particle (…会议上 | 的讲话) over its date in brackets; at 21,
    /// a long note in brackets under a law's title. Each stays whole and in its place.
    @Test func hardWrapsCutHeadsTitlesAndNotes() {
        let page = Self.clip("""
            人民日报　2021年1月20日　星期三　第2
            版

            坚定不移推动高质量发展
            ——习近平总书记在中央经济工作会议上的
            重要讲话在各地干部群众中引发热烈反响
            　　本报北京1月19日电　（记者张三、
            李四）连日来，习近平总书记的重要讲话
            在各地干部群众中引发热烈反响。大家表
            示，要把思想和行动统一到党中央决策部
            署上来。
            　　“我们要坚定信心，迎难而上。”江苏
            省发展改革委主任王五说。

            在全国政协十三届常委会第十五次会议上
            的讲话
            （2021年1月18日）
            汪　洋
            　　各位常委：
            　　这次常委会会议的主要任务是，学习
            贯彻中央经济工作会议精神，协商讨论有
            关议题。
            　　同志们，新的一年，让我们更加紧密
            地团结在以习近平同志为核心的党中央周
            围，奋力谱写新篇章。

            """)
        #expect(page.dropped.map(\.text) == ["人民日报　2021年1月20日　星期三　第2版"])
        #expect(page.articles.map(\.headline) == ["坚定不移推动高质量发展", "在全国政协十三届常委会第十五次会议上的讲话"])
        // An e-paper's foot the wrap cut, under a blank: furniture whole, nothing runs on into it.
        let foot = Self.clip("""
            习近平同法国总统通电话
            　　新华社北京1月10日电　1月10日晚，
            国家主席习近平应约同法国总统马克龙通
            电话。
            　　习近平指出，中法关系保持稳定发展
            势头，双方各领域合作不断深化。

            《 人民日报 》（ 2025年01月11日 01
            版）

            全国春运今日启动
            　　本报北京1月10日电　（记者赵　展）
            记者从交通运输部获悉：春运将于1月14
            日开始。交通运输部有关负责人表示，将
            加强运输组织，保障旅客平安有序出行。
            """)
        #expect(foot.articles.map(\.headline) == ["习近平同法国总统通电话", "全国春运今日启动"])
        #expect(foot.articles.first?.paragraphs.last?.text == "习近平指出，中法关系保持稳定发展势头，双方各领域合作不断深化。")
        #expect(foot.dropped.map(\.text) == ["《 人民日报 》（ 2025年01月11日 01版）"])
        #expect(page.articles.map(\.subtitle) == ["——习近平总书记在中央经济工作会议上的重要讲话在各地干部群众中引发热烈反响", "（2021年1月18日）"])
        #expect(page.articles.last?.reporters == ["汪洋"])
        let law = Self.clip("""
            中华人民共和国反食品浪费法
            （2021年4月29日第十三届全国人民代表大会常
            务委员会第二十八次会议通过）
            　　第一条　为了防止食品浪费，保障国家粮食
            安全，弘扬中华民族传统美德，践行社会主义核
            心价值观，节约资源，保护环境，促进经济社会
            可持续发展，根据宪法，制定本法。

            """)
        #expect(law.articles.map(\.headline) == ["中华人民共和国反食品浪费法"])
        #expect(law.articles.first?.subtitle == "（2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过）")
    }

    /// A blank line after every paragraph, and breaks that look the same: a break between a title and
    /// the speaker's name (…新闻发言人 | 李魁文介绍，…, …代表阮 | 文明说：…) or inside a word (高质 | 量) cut a
    /// paragraph; the short piece is no headline.
    @Test func breaksThatLookLikeParagraphEnds() {
        let page = Self.clip("""
            前三季度我国外贸进出口增长较快

            本报记者　王　浩

            海关总署10月13日发布数据，前三季度我国货物贸易进出口总值增长22.7%。

            海关总署新闻发言人

            李魁文介绍，我国对主要贸易伙伴进出口均保持增长。

            商务部新闻

            发言人束珏婷表示，外贸保持韧性。

            中国驻越南

            大使在致辞中表示，青年是两国友好事业的生力军。

            就业连着

            千家万户。把稳就业摆在更加突出的位置。

            种业企业加快推广

            新品种，建设良种繁育基地。

            越南青年代表阮

            文明说：“我更加了解中国的发展成就。”

            推动经济高质

            量发展，要坚持稳中求进。

            “我们的目标是打通从实验室到生产

            线的通道。”一位负责人介绍。

            联合国开发计划署一位官员

            说，倡议聚焦减贫。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "海关总署10月13日发布数据，前三季度我国货物贸易进出口总值增长22.7%。", "海关总署新闻发言人李魁文介绍，我国对主要贸易伙伴进出口均保持增长。",
            "商务部新闻发言人束珏婷表示，外贸保持韧性。", "中国驻越南大使在致辞中表示，青年是两国友好事业的生力军。",
            "就业连着千家万户。把稳就业摆在更加突出的位置。", "种业企业加快推广新品种，建设良种繁育基地。",
            "越南青年代表阮文明说：“我更加了解中国的发展成就。”", "推动经济高质量发展，要坚持稳中求进。",
            "“我们的目标是打通从实验室到生产线的通道。”一位负责人介绍。", "联合国开发计划署一位官员说，倡议聚焦减贫。",
        ])
    }

    /// A blank line after every paragraph, and a break that cut a short piece off where no heading can
    /// stand: under a pen name under its headline (钟声 | 当今世界正经历 | …), under a summary box's label
    /// (核心阅读 | 科技成果 | 转化是…), or an interview's turn (李明：一些 | 成果停留在…) where the same
    /// speaker opens other turns. A headline in the speaker's words over its byline stays a headline.
    @Test func shortPiecesWhereNoHeadingStands() {
        let page = Self.clip("""
            国际观察

            合作共赢是人间正道

            钟声

            当今世界正经历

            百年未有之大变局，各国利益深度交融，命运紧密相连。

            历史反复证明，零和博弈只会导致两败俱伤。

            李明：让科技成果走出实验室

            本报记者　张　华

            核心阅读

            科技成果

            转化是创新链条上的关键一环。记者采访了某研究院院长李明。

            记者：当前科技成果转化面临哪些难点？

            李明：一些

            成果停留在实验室阶段，与市场需求对接不够紧密。

            记者：下一步有哪些打算？

            李明：我们将建设中试基地，完善收益分配机制。
            """)
        #expect(page.articles.map(\.headline) == ["合作共赢是人间正道", "李明：让科技成果走出实验室"])
        #expect(page.articles.map(\.reporters) == [["钟声"], ["张华"]])
        #expect(page.articles.map { $0.paragraphs.map(\.text) } == [
            ["当今世界正经历百年未有之大变局，各国利益深度交融，命运紧密相连。", "历史反复证明，零和博弈只会导致两败俱伤。"],
            [
                "核心阅读", "科技成果转化是创新链条上的关键一环。记者采访了某研究院院长李明。", "记者：当前科技成果转化面临哪些难点？",
                "李明：一些成果停留在实验室阶段，与市场需求对接不够紧密。", "记者：下一步有哪些打算？", "李明：我们将建设中试基地，完善收益分配机制。",
            ],
        ])
    }

    /// 编者按 standing unindented after a finished paragraph of an indented page is no column break's
    /// continuation of it; under a headline it is the article's first paragraph.
    @Test func editorsNoteIsAParagraphOfItsOwn() {
        let page = Self.clip("""
            美国确诊病例超过两千四百万

            　　本报华盛顿1月18日电　记者李明报道：美国累计确诊病例超过两千四百万例。
            　　专家表示，疫苗接种进度仍慢于预期。

            编者按：乡村振兴，人才是关键。本版今起推出系列报道。

            返乡青年的新农事

            　　本报记者　王　浩
            　　清晨，村头的合作社已经忙碌起来。
            　　“回来是对的。”他说。

            返乡创业的新故事
            编者按：本版推出系列报道。
            　　清晨，合作社已经忙碌起来。

            """)
        #expect(page.articles.count == 3)
        #expect(page.articles[0].paragraphs.map(\.text).allSatisfy { !$0.contains("编者按") })
        #expect(page.articles[2].headline == "返乡创业的新故事")
        #expect(page.articles[2].paragraphs.map(\.text) == ["编者按：本版推出系列报道。", "清晨，合作社已经忙碌起来。"])
    }

    /// A front page's index: each item ends at its page reference, and a bulleted item starts its own
    /// paragraph, in one-paragraph-a-line pages and indented ones.
    @Test func indexItemsEndAtTheirPage() {
        let items = ["国家统计局发布2020年国民经济数据（2版）", "多地推出就地过年暖心举措（详见第四版）", "■ 稳住农业基本盘　　第10版", "■ 欧洲多国能源价格持续上涨　　第17版"]
        for indent in ["", "　　"] {
            let page = Self.clip("今日导读\n" + items.map { indent + $0 }.joined(separator: "\n") + "\n")
            #expect(page.articles.map { $0.paragraphs.map(\.text) } == [items], "indent \(indent.count)")
        }
        #expect(Markers.endsSentence("让农村更美丽　让农民更富裕（5版）"))
        #expect(!Markers.endsSentence("这篇文章刊登在第2版"))
    }

    /// Large type that PDF-to-text prints letter-spaced is read as words in the heading stack, a long
    /// headline too; the wider gap between two phrases stays.
    @Test func letterSpacedHeadings() {
        let page = Self.clip(
            "习近平在参加青海代表团审议时强调\n坚 定 不 移 走 高 质 量 发 展 之 路\n\n　　本报北京3月7日电（记者张晔）会议强调，要坚定不移走高质量发展之路。\n\n"
                + "全 面 推 进 乡 村 振 兴　加 快 农 业 农 村 现 代 化\n\n　　本报北京3月7日电（记者李林宝）会议强调，要全面推进乡村振兴。\n")
        #expect(page.articles.map(\.headline) == ["坚定不移走高质量发展之路", "全面推进乡村振兴　加快农业农村现代化"])
        #expect(page.articles.first?.kicker == "习近平在参加青海代表团审议时强调")
        #expect(Markers.withoutLetterSpacing("春 风 化 雨") == "春风化雨")
        for kept in ["坚定信心　稳中求进", "王　强", "张 晓燕", "1 月 18 日"] { #expect(Markers.withoutLetterSpacing(kept) == kept) }
    }

    /// A letter's signature under its last paragraph, with nothing after it, closes the letter rather
    /// than heading an article of its own — one paragraph a line, or a blank after every line.
    @Test func signatureUnderTheLastParagraphStaysWithIt() {
        let lines = ["小区停车难何时解决", "编辑同志：", "我家住在河北省石家庄市某小区，小区车位严重不足，希望有关部门尽快解决。", "河北石家庄　李　明"]
        for separator in ["\n", "\n\n"] {
            let page = Self.clip(lines.joined(separator: separator) + "\n")
            #expect(page.articles.count == 1, "separator \(separator.count)")
            #expect(page.articles.first?.paragraphs.last?.text == "河北石家庄　李　明")
        }
        // A headline further off than the paragraphs stand, or over text of its own, is still a headline.
        let apart = Self.clip(lines.dropLast().joined(separator: "\n") + "\n\n春风化雨\n")
        #expect(apart.articles.count == 2)
    }

    /// A poem's second stanza, a blank line under the first, is more of the poem, not an article headed
    /// by its first line; an essay after it with its own headline and author is still an article.
    @Test func laterStanzasStayWithTheirPoem() {
        let page = Self.clip("""
            夏日
            李　梅
            蝉声落满了午后
            风从麦田那边赶来
            母亲的草帽
            在田埂上

            那是我见过
            最美的波浪

            读书的灯
            张晓东
            　　我读小学的时候，村里还没有通电。每天晚上，母亲点起一盏煤油灯。

            """)
        #expect(page.articles.map(\.headline) == ["夏日", "读书的灯"])
        #expect(page.articles.first?.paragraphs.map(\.text).suffix(2) == ["那是我见过", "最美的波浪"])
        // A blank after every line: the essay's title over its author's name and prose still opens a piece.
        let spaced = Self.clip(
            ["夏日", "李　梅", "蝉声落满了午后", "风从麦田那边赶来", "母亲的草帽", "在田埂上", "读书的灯", "张晓东", "我读小学的时候，村里还没有通电。每天晚上，母亲点起一盏煤油灯。"]
                .joined(separator: "\n\n") + "\n")
        #expect(spaced.articles.map(\.headline) == ["夏日", "读书的灯"])
        #expect(spaced.articles.last?.reporters == ["张晓东"])
        // Prose above the short lines: they are a headline, not a stanza.
        let prose = Self.clip("夏日\n李　梅\n　　蝉声落满了午后，风从麦田那边赶来。\n\n那是我见过\n最美的波浪\n")
        #expect(prose.articles.count == 2)
    }

    /// A decree's signature and date close its text; a full date alone at the page's top is still the
    /// page's head. One paragraph a line, or a blank after every line.
    @Test func signedDateClosesTheText() {
        let lines = [
            "2021年4月30日", "", "中华人民共和国主席令", "第七十八号", "《中华人民共和国反食品浪费法》已于2021年4月29日通过，现予公布，自公布之日起施行。",
            "中华人民共和国主席　习近平", "2021年4月29日", "", "中华人民共和国反食品浪费法", "第一条　为了防止食品浪费，保障国家粮食安全，制定本法。",
        ]
        for separator in ["\n", "\n\n"] {
            let page = Self.clip(lines.joined(separator: separator) + "\n")
            #expect(page.articles.map(\.headline) == ["中华人民共和国主席令", "中华人民共和国反食品浪费法"], "separator \(separator.count)")
            #expect(page.articles.first?.paragraphs.map(\.text).suffix(2) == ["中华人民共和国主席　习近平", "2021年4月29日"])
            #expect(page.dropped.map(\.text) == ["2021年4月30日"])
            // Ending on its date is no sign of a cut.
            #expect(page.articles.first?.findings.contains { $0.kind == .truncated } == false)
        }
        // A title right under the text with a date and its speaker under it opens the next piece.
        let speech = Self.clip(
            "中华人民共和国主席令\n《中华人民共和国反食品浪费法》已于2021年4月29日通过，现予公布。\n在全国政协常委会上的讲话\n2021年1月18日\n汪　洋\n各位常委：这次会议的主要任务是协商讨论有关议题。\n")
        #expect(speech.articles.map(\.headline) == ["中华人民共和国主席令", "在全国政协常委会上的讲话"])
    }

    /// A table under its title is one piece, a row a paragraph; the caption under it keeps its own
    /// piece. One paragraph a line, or a blank after every line.
    @Test func aTableIsOnePiece() {
        let lines = [
            "苏炳添跑出9秒83", "本报东京8月1日电（记者刘硕阳）1日晚，苏炳添在男子100米半决赛中跑出9秒83，刷新亚洲纪录。", "", "奖牌榜（截至8月1日）", "国家　金牌　银牌　铜牌",
            "中国　24　14　12", "美国　20　23　16", "日本　17　6　10", "", "8月1日，中国队选手在女子双人10米跳台决赛中。", "本报记者　陈尚文摄",
        ]
        for separator in ["\n", "\n\n"] {
            let page = Self.clip(lines.joined(separator: separator) + "\n")
            #expect(page.articles.map(\.headline) == ["苏炳添跑出9秒83", "奖牌榜（截至8月1日）", nil], "separator \(separator.count)")
            #expect(page.articles.dropFirst().first?.paragraphs.map(\.text) == ["国家　金牌　银牌　铜牌", "中国　24　14　12", "美国　20　23　16", "日本　17　6　10"])
            #expect(page.articles.last?.kind == .photo)
        }
    }

    /// Games' results between their two sides (辽宁本钢　108∶96　广东东阳光) are a table's rows under its title, not
    /// headings of pieces of their own: one paragraph a line, or a blank after every line.
    @Test func resultsAreATablesRows() {
        let lines = [
            "中国女排3∶1逆转对手", "新华社东京12月30日电（记者王子）中国队以3∶1逆转战胜日本队，取得两连胜。", "", "CBA常规赛第22轮战报",
            "辽宁本钢　108∶96　广东东阳光", "浙江稠州　87∶90　上海久事", "北京首钢　101∶99　山东高速", "", "体坛速递", "",
            "■2026年全国田径室内锦标赛将于2月在天津举行。",
        ]
        for separator in ["\n", "\n\n"] {
            let page = Self.clip(lines.joined(separator: separator) + "\n")
            #expect(page.articles.map(\.headline) == ["中国女排3∶1逆转对手", "CBA常规赛第22轮战报", nil], "separator \(separator.count)")
            #expect(page.articles.dropFirst().first?.paragraphs.map(\.text) == ["辽宁本钢　108∶96　广东东阳光", "浙江稠州　87∶90　上海久事", "北京首钢　101∶99　山东高速"])
        }
    }

    /// A headline may end in a word whose last character cut lines end in (成就, 方向, 研究所) when a
    /// byline confirms it; a line cut after such a word, with no lead under it, still runs on. A
    /// picture-source line under the text is furniture, not a credit taking the paragraph as a caption.
    @Test func headlinesEndingInWordsThatCutLinesEndIn() {
        let page = Self.clip("""
            多国专家学者积极评价中国抗疫成就
            　　本报驻埃及记者　黄培昭
            　　“中国为全球抗疫作出了重要贡献。”埃及开罗大学教授哈桑日前表示。

            坚持正确方向
            　　本报记者　李志伟
            　　这是第二篇文章的正文内容。
            　　根据计划，援助资金将重点用于应对气候变化。
            　　图片来源：视觉中国

            """)
        #expect(page.articles.map(\.headline) == ["多国专家学者积极评价中国抗疫成就", "坚持正确方向"])
        #expect(page.articles.last?.paragraphs.last?.text == "根据计划，援助资金将重点用于应对气候变化。")
        #expect(page.dropped.map(\.text) == ["图片来源：视觉中国"])
        let cut = Self.clip("种业振兴的一线观察\n\n本报北京6月3日电（记者王浩）今年以来，各地推动企业与科研院所\n\n联合攻关，一批新品种通过审定。\n")
        #expect(cut.articles.count == 1)
        #expect(cut.articles.first?.paragraphs.map(\.text) == ["今年以来，各地推动企业与科研院所联合攻关，一批新品种通过审定。"])
    }

    /// In an indented page a list item without a sentence end does not take in the flush heading
    /// stack under it (读者来信 | 小区停车难何时解决 over an indented letter) as its own rest.
    @Test func listItemDoesNotSwallowTheStackBelow() {
        let page = Self.clip("""
            我国科技创新能力稳步提升
            　　本报北京5月30日电（记者喻思南）科技部30日发布数据显示，研发投入持续增长。

            获奖者名单
            　　王　强　中国科学院院士
            　　张晓燕　北京大学研究员

            读者来信
            小区停车难何时解决
            　　编辑同志：
            　　我家住在河北省石家庄市某小区，小区车位严重不足。

            """)
        // (Without a lead to confirm it, the stack itself still reads as a paragraph of the list's article.)
        #expect(page.articles.dropFirst().first?.paragraphs.prefix(2).map(\.text) == ["王　强　中国科学院院士", "张晓燕　北京大学研究员"])
    }

    /// Opinion columns (人民论坛, 评论员观察) make their pieces commentary; 评论员观察 is the column's
    /// name (a kicker), not an author's byline like 本报评论员 under it.
    @Test func opinionColumnsAreCommentary() {
        let page = Self.clip("""
            人民论坛
            以钉钉子精神抓落实
            何　民
            　　抓落实，贵在持之以恒。一分部署，九分落实。

            评论员观察
            筑牢高质量发展的人才根基
            本报评论员
            　　人才是第一资源。

            """)
        #expect(page.articles.map(\.kind) == [.commentary, .commentary])
        #expect(page.articles.map(\.kicker) == ["人民论坛", "评论员观察"])
        #expect(page.articles.first?.reporters == ["何民"])
        #expect(!Markers.isCommentaryByline("评论员观察") && Markers.isCommentaryByline("本报评论员"))
        // The outlet its byline names is the commentary's source, as a reporter's role names it (本报 for 本报评论员).
        #expect(page.articles.map(\.source) == [nil, "本报"])
        #expect(Markers.commentaryBylineSource("新华社评论员") == "新华社" && Markers.commentaryBylineSource("本报特约评论员") == "本报")
        #expect(Markers.commentaryBylineSource("社论") == nil && Markers.commentaryBylineSource("本报评论部") == "本报")
    }

    /// A picture's headline over a caption of two short paragraphs, the first dated as captions are, and one credit under
    /// the last: one photo with its headline and both paragraphs, not a news piece and a photo without a headline. (A
    /// feature's last paragraph over a credit is still the caption alone.)
    @Test func aPicturesHeadlineOverACaptionOfTwoParagraphs() {
        let page = Self.clip(
            ["冰雪运动乐趣多", "　　12月28日，游客在吉林省吉林市北大湖滑雪场滑雪。", "　　冬季以来，各地冰雪旅游持续升温，吸引大批游客前来体验。", "　　本报记者　孟祥夫摄", "",
             "　　12月27日，小朋友在黑龙江省哈尔滨市松花江冰面上体验冰上自行车。", "　　新华社记者　谢剑飞摄"].joined(separator: "\n"))
        #expect(page.articles.map(\.kind) == [.photo, .photo])
        #expect(page.articles.map(\.headline) == ["冰雪运动乐趣多", nil])
        #expect(page.articles.map(\.paragraphs.count) == [2, 1])
        #expect(page.articles.map(\.photographers) == [["孟祥夫"], ["谢剑飞"]])
        let feature = Self.clip(
            ["山村里的冬天", "本报记者　王　明", "　　村里的老人们坐在墙根下晒太阳，说起今年的收成，个个笑逐颜开。", "　　12月28日，村民在晾晒玉米。", "　　本报记者　孟祥夫摄"]
                .joined(separator: "\n"))
        #expect(feature.articles.map(\.kind) == [.news, .photo])
        #expect(ArticleSegmenter.isDatedCaption("12月28日，游客在…") && !ArticleSegmenter.isDatedCaption("12月28日上午，") && !ArticleSegmenter.isDatedCaption("2025年12月"))
    }

    /// An interview's first turn right under its dashed subtitle, where a blank follows every line: the subtitle is whole
    /// (——…答记者问 ends in 问, a verb), the turn opens the text.
    @Test func aTurnUnderADashedSubtitle() {
        let page = Self.clip(
            ["推动民营经济高质量发展", "——全国工商联负责人答记者问", "问：今年以来，民营经济发展呈现哪些特点？", "答：今年以来，民营经济发展总体平稳。前11个月，全国新设民营企业超过800万户。",
             "问：下一步将采取哪些措施？", "答：我们将推动促进民营经济发展的各项政策落地。", "（本报记者　李心萍）"].joined(separator: "\n\n"))
        #expect(page.articles.map(\.subtitle) == ["——全国工商联负责人答记者问"])
        #expect(page.articles.first?.paragraphs.first?.text == "问：今年以来，民营经济发展呈现哪些特点？")
    }

    /// An account told by one person and written down by a reporter, both on the byline's line (口述：张　颖　整理：本报记者
    /// 吴月辉): the reporter signs it, and its headline is confirmed, not the rest of the paragraph above; a portrait's
    /// column whose name ends in 素描 or 速写 is the kicker over its headline.
    @Test func aToldAccountsBylineAndAPortraitsColumn() {
        let page = Self.clip(
            ["扎根大山三十年的乡村医生", "本报记者　李　纵", "　　清晨6点，卫生室亮起了灯。", "　　【人物简介】王德明，1967年生，贵州纳雍人，曾获称号。", "",
             "我的“追星”之路", "口述：张　颖　整理：本报记者　吴月辉", "　　我是一名天文爱好者。", "", "人物素描", "“大国工匠”的坚守", "　　在车间里，总能看到刘伯鸣忙碌的身影。",
             "　　（本报记者　刘成友）"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["扎根大山三十年的乡村医生", "我的“追星”之路", "“大国工匠”的坚守"])
        #expect(page.articles.map(\.reporters) == [["李纵"], ["吴月辉"], ["刘成友"]])
        #expect(page.articles.map(\.kicker) == [nil, nil, "人物素描"])
        #expect(page.articles.first?.paragraphs.last?.text == "【人物简介】王德明，1967年生，贵州纳雍人，曾获称号。")
        #expect(Markers.tellerBeforeWriter("口述：张　颖　整理：本报记者　吴月辉") == "口述：张　颖　整理：" && Markers.tellerBeforeWriter("口述：我的一生") == nil)
    }

    /// A headline that ends in a word the list lacks, 奋发有为 (有为 ends it, not the preposition 为), is a headline where a
    /// byline confirms it, not the rest of the paragraph above that a column break left unindented.
    @Test func aHeadlineEndingInYouwei() {
        for byline in ["本报评论员", "本报记者　王　明"] {
            let page = Self.clip(
                ["（上接第一版）", "　　会议指出，做好明年经济工作。", "　　出席会议的还有中央和国家机关有关部门负责同志。", "", "凝心聚力　奋发有为", byline,
                 "　　新征程上，我们要更加紧密地团结在党中央周围。"].joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == [nil, "凝心聚力　奋发有为"], "\(byline)")
            #expect(page.articles.first?.paragraphs.last?.text == "出席会议的还有中央和国家机关有关部门负责同志。", "\(byline)")
        }
    }

    /// A headline with its commentary's author in front (新华社评论员：…) is the headline of a
    /// commentary of its own, not a byline under the article above.
    @Test func authorInFrontOfAHeadline() {
        let page = Self.clip("""
            把科技自立自强作为国家发展的战略支撑
            本报记者　王浩
            　　这是一篇通讯的正文，写得足够长以便成为一个段落。

            新华社评论员：坚定不移走好中国道路
            　　这是一篇评论的正文，写得足够长以便成为一个段落。

            """)
        #expect(page.articles.map(\.headline) == ["把科技自立自强作为国家发展的战略支撑", "新华社评论员：坚定不移走好中国道路"])
        #expect(page.articles.map(\.kind) == [.news, .commentary])
        #expect(!Markers.isCommentaryByline("新华社评论员：坚定不移走好中国道路") && Markers.isCommentaryByline("新华社评论员"))
    }

    /// A theory page's numbered subheads, one paragraph a line (with and without a blank after every
    /// line): （二）坚持问题导向 ends in 向, a character cut lines end in, and is still a subhead.
    @Test func numberedSubheadsEndingInAWord() {
        let page = """
            深刻把握新发展阶段的历史方位
            王　明
            进入新发展阶段，是中华民族伟大复兴历史进程的大跨越。我们要深刻认识新发展阶段的历史方位，准确把握新发展阶段的新特征新要求。
            一、新发展阶段是社会主义初级阶段中的一个阶段
            社会主义初级阶段不是一个静态、一成不变、停滞不前的阶段，而是一个动态、积极有为、始终洋溢着蓬勃生机活力的过程，是一个阶梯式递进、不断发展进步、日益接近质的飞跃的量的积累和发展变化的过程。
            二、新发展阶段是我们党带领人民迎来从站起来、富起来到强起来历史性跨越的新阶段
            经过新中国成立以来特别是改革开放40多年的不懈奋斗，我们已经拥有开启新征程、实现新的更高目标的雄厚物质基础。
            （一）坚持系统观念
            系统观念是具有基础性的思想和工作方法。必须从系统观念出发加以谋划和解决，全面协调推动各领域工作和社会主义现代化建设。
            （二）坚持问题导向
            问题是时代的声音。要增强问题意识，聚焦实践遇到的新问题、改革发展稳定存在的深层次问题。
            （作者单位：中国人民大学马克思主义学院）

            以高质量党建引领基层治理
            李　华
            基层是党的执政之基、力量之源。近年来，各地坚持以党建引领基层治理，取得了明显成效。
            强化政治功能
            基层党组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。
            创新方式方法
            各地积极探索网格化管理、精细化服务、信息化支撑的基层治理平台。
            （作者为中共中央党校教授）

            """
        let spaced = page.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\n")
        for text in [page, spaced] {
            let clipped = Self.clip(text)
            #expect(clipped.articles.map(\.headline) == ["深刻把握新发展阶段的历史方位", "以高质量党建引领基层治理"])
            #expect(clipped.articles.first?.paragraphs.count == 10)
            #expect(clipped.articles.first?.paragraphs.contains { $0.text == "（二）坚持问题导向" } == true)
        }
    }

    /// Hard-wrapped without indents: an author's note that the wrap cut before its bracket closes
    /// ends the article above (it is no heading of the next), and a numbered subhead opens its own
    /// paragraph under a line that ends in 。 even where that line fills the column.
    @Test func authorNoteAndNumberedSubheadsOnAFlushWrappedPage() {
        let page = Self.clip("""
            深刻把握新发展阶段的历史方位
            王　明
            进入新发展阶段，是中华民族伟大复兴历史
            进程的大跨越。我们要深刻认识新发展阶段的历
            史方位，准确把握新发展阶段的新特征新要求。
            一、新发展阶段是社会主义初级阶段中的一
            个阶段
            社会主义初级阶段不是一个静态、一成不变
            、停滞不前的阶段，而是一个动态、积极有为、
            始终洋溢着蓬勃生机活力的过程，是一个阶梯式
            递进、不断发展进步、日益接近质的飞跃的量的
            积累和发展变化的过程。
            二、新发展阶段是我们党带领人民迎来从站
            起来、富起来到强起来历史性跨越的新阶段
            经过新中国成立以来特别是改革开放40多年
            的不懈奋斗，我们已经拥有开启新征程、实现新
            的更高目标的雄厚物质基础。
            （一）坚持系统观念
            系统观念是具有基础性的思想和工作方法。
            必须从系统观念出发加以谋划和解决，全面协调
            推动各领域工作和社会主义现代化建设。
            （二）坚持问题导向
            问题是时代的声音。要增强问题意识，聚焦
            实践遇到的新问题、改革发展稳定存在的深层次
            问题。
            （作者单位：中国人民大学马克思主义学院
            ）

            以高质量党建引领基层治理
            李　华
            基层是党的执政之基、力量之源。近年来，
            各地坚持以党建引领基层治理，取得了明显成效
            。
            强化政治功能
            基层党组织是党在社会基层组织中的战斗堡
            垒，是党的全部工作和战斗力的基础。
            创新方式方法
            各地积极探索网格化管理、精细化服务、信
            息化支撑的基层治理平台。
            （作者为中共中央党校教授）

            """)
        #expect(page.layout == .hardWrapped)
        #expect(page.articles.map(\.headline) == ["深刻把握新发展阶段的历史方位", "以高质量党建引领基层治理"])
        let first = page.articles.first?.paragraphs.map(\.text) ?? []
        #expect(first.last == "（作者单位：中国人民大学马克思主义学院）")
        #expect(first.contains("一、新发展阶段是社会主义初级阶段中的一个阶段"))
        #expect(first.contains("（二）坚持问题导向"))
        #expect(page.articles.last?.reporters == ["李华"])
    }

    /// A letters page: the reader's signature set to the right under the letter (某市读者　李　红) signs it
    /// and the reporter's follow-up under a blank stays in the same piece; the section label under the
    /// running head (民生 | (blank) | 读者来信) does not run on into the stack. Indented, hard-wrapped (the
    /// signature on one line with its spaces), one paragraph a line, a blank after every line.
    @Test func lettersPageSignatureAndFollowUp() {
        let indented = """
            人民日报　2021年12月3日　星期五　第19版
            民生

            读者来信
            小区加装电梯　何时不再难
            　　编辑同志：
            　　我家住在某市一个老旧小区，楼里多是老年人，上下楼很不方便。大家都盼着加装电梯，可一楼住户担心采光受影响，意见难以统一。希望有关部门帮忙协调。
            　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　某市读者　李　红

            　　记者调查：记者就此采访了当地住房和城乡建设局。该局负责人表示，将出台加装电梯补贴办法，并建立协商机制，引导居民充分沟通。
            　　（本报记者　张　文）

            网友留言
            　　网友“山城小雨”：我们小区去年装上了电梯，老人出门方便多了，感谢社区的协调！
            　　网友“青青河边草”：建议对一楼住户给予适当补偿，这样更容易达成一致。

            链接
            　　截至今年10月底，全国累计开工改造城镇老旧小区5.3万个，惠及居民900多万户。

            记者手记
            多一些耐心　多一分理解
            　　加装电梯，是一件好事，也是一件难事。难就难在利益协调。只要多一些耐心、多一分理解，好事就能办好。

            """
        let wrapped = """
            人民日报　2021年12月3日　星期五　第19版
            民生

            读者来信
            小区加装电梯　何时不再难
            　　编辑同志：
            　　我家住在某市一个老旧小区，楼里多是老年
            人，上下楼很不方便。大家都盼着加装电梯，可
            一楼住户担心采光受影响，意见难以统一。希望
            有关部门帮忙协调。
            　　　　　　　　　　　某市读者　李　红

            　　记者调查：记者就此采访了当地住房和城乡
            建设局。该局负责人表示，将出台加装电梯补贴
            办法，并建立协商机制，引导居民充分沟通。
            　　（本报记者　张　文）

            网友留言
            　　网友“山城小雨”：我们小区去年装上了电梯
            ，老人出门方便多了，感谢社区的协调！
            　　网友“青青河边草”：建议对一楼住户给予适
            当补偿，这样更容易达成一致。

            链接
            　　截至今年10月底，全国累计开工改造城镇老
            旧小区5.3万个，惠及居民900多万户。

            记者手记
            多一些耐心　多一分理解
            　　加装电梯，是一件好事，也是一件难事。难
            就难在利益协调。只要多一些耐心、多一分理解
            ，好事就能办好。

            """
        let flush = indented.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.unicodeScalars.drop { $0 == "\u{3000}" }) }.joined(separator: "\n")
        let spaced = flush.split(separator: "\n").joined(separator: "\n\n")
        for text in [indented, wrapped, flush, spaced] {
            let page = Self.clip(text)
            #expect(page.articles.map(\.headline) == ["小区加装电梯　何时不再难", "网友留言", "多一些耐心　多一分理解"], "\(page.layout)")
            let letter = page.articles.first
            #expect(letter?.paragraphs.map(\.text).contains("某市读者　李　红") == true, "\(page.layout)")
            #expect(letter?.paragraphs.last?.text.hasPrefix("记者调查") == true, "\(page.layout)")
            #expect(letter?.reporters == ["张文"])
            #expect(letter?.entities.people.isEmpty == true, "\(String(describing: letter?.entities.people))")
        }
    }

    /// A section's column of briefs (体育简讯) over ■ items without leads: one brief piece under the column's label.
    @Test func sectionBriefColumn() {
        let page = Self.clip("""
            中国女排3∶1战胜日本队
            　　本报东京6月20日电　（记者季芳）20日，中国女排以3∶1战胜日本队。

            体育简讯
            　　■第十四届全运会群众赛事活动乒乓球比赛15日在陕西西安落幕。
            　　■2021年全国田径锦标赛19日在四川绵阳开赛。

            """)
        #expect(page.articles.map(\.kind) == [.news, .brief])
        #expect(page.articles.last?.kicker == "体育简讯" && page.articles.last?.headline == nil)
        #expect(page.articles.last?.paragraphs.count == 2)
        // A column of items under their titles in 【】 (经济新闻速览, 文化速递) is one brief too, each item whole.
        let digest = Self.clip("""
            经济新闻速览
            　　【全国春播粮食已完成六成】本报北京4月19日电　（记者郁静娴）　截至目前，全国春播粮食已完成六成。
            　　【一季度铁路货运量创新高】本报北京4月19日电　（记者韩　鑫）　一季度铁路货运量同比增长5.2%。
            """)
        #expect(digest.articles.map(\.kind) == [.brief])
        #expect(digest.articles.first?.kicker == "经济新闻速览" && digest.articles.first?.paragraphs.count == 2)
    }

    /// A list of names on a page without indents — heading-shaped lines with no text under any of them —
    /// is one piece under its first line, not a row of empty articles; one a line or a blank after each.
    @Test func aListOfNamesIsOnePiece() {
        let lines = ["第一届全国创新争先奖获奖者名单", "（按姓氏笔画排序）", "王　强　中国科学院院士", "刘晓明　清华大学教授", "张晓燕　北京大学研究员"]
        for separator in ["\n", "\n\n"] {
            let page = Self.clip(lines.joined(separator: separator) + "\n\n\n小区停车难何时解决\n编辑同志：\n我家住在某小区，车位严重不足。\n")
            #expect(page.articles.first?.headline == lines[0], "separator \(separator.count)")
            #expect(page.articles.first?.paragraphs.map(\.text) == Array(lines.dropFirst()))
            #expect(page.articles.count == 2)
        }
    }

    /// A page's label over a full stack (kicker, headline, dashed subtitle) is no fourth line of it: it is
    /// dropped as the page's label, whatever its words.
    @Test func aLabelOverAFullStackIsThePages() {
        let page = Self.clip("人民日报　2023年9月21日　星期四　第19版\n\n前沿观潮\n\n我国科研团队成功构建新型光量子计算原型机\n“九章三号”刷新光量子计算纪录\n——求解速度比最快的超级计算机快一亿亿倍\n\n　　本报合肥9月20日电　（记者吴月辉）研究团队成功构建了原型机。\n")
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.kicker == "我国科研团队成功构建新型光量子计算原型机")
        #expect(page.articles.first?.headline == "“九章三号”刷新光量子计算纪录")
        #expect(page.dropped.map(\.text).contains("前沿观潮"))
    }

    /// A short title indented as the brief's text is, right over its dateline, is the brief's headline.
    @Test func anIndentedTitleOverADatelineIsAHeadline() {
        let page = Self.clip("科技短波\n\n　　我国首颗降水测量卫星成功发射\n　　本报北京9月19日电　（记者刘诗瑶）9月19日，风云三号G星发射升空。\n\n院士谈科普\n让更多青少年爱上科学\n王　赤\n\n　　科学普及是重要基础性工作。\n")
        #expect(page.articles.map(\.headline) == ["我国首颗降水测量卫星成功发射", "让更多青少年爱上科学"])
        #expect(page.articles.first?.kicker == "科技短波" && page.articles.first?.reporters == ["刘诗瑶"])
    }

    /// A health page's conventions, on a page without indents: 【专家提醒】 between two paragraphs is the running
    /// article's subhead; 健康知识 over a headline is its column; 健康资讯 over ● items credited each at its
    /// end is a column of briefs whose reporters are all the items'.
    @Test func aHealthPagesSubheadsAndColumns() {
        let page = Self.clip("""
            科学防护　守护健康
            本报记者　白剑峰
            进入秋冬季节，呼吸道疾病进入高发期。
            【专家提醒】
            主任医师王荃表示，家长要密切关注孩子的身体状况。

            健康知识
            冬季进补要因人而异
            李　霞
            俗话说“冬令进补，来年打虎”。但进补并非人人适宜。

            健康资讯
            ●国家卫生健康委近日印发通知，推进“无陪护”病房试点工作。（记者申少铁）
            ●第二届中国医院健康科普大会日前在北京举行。（张　毅）
            """)
        #expect(page.articles.map(\.headline) == ["科学防护　守护健康", "冬季进补要因人而异", nil])
        #expect(page.articles.first?.paragraphs.map(\.text).contains("【专家提醒】") == true)
        #expect(page.articles.map(\.kicker) == [nil, "健康知识", "健康资讯"])
        #expect(page.articles.last?.kind == .brief && page.articles.last?.reporters == ["申少铁", "张毅"])
    }

    /// Breaks on a one-paragraph-a-line page inside an enumeration that opened mid-paragraph, between a title
    /// and the name that advises, inside an answer (答：…消化 | 不良…) and after a column's first bullet.
    @Test func breaksInsideEnumerationsAnswersAndBullets() {
        let page = Self.clip("""
            科学防护　守护健康

            本报记者　白剑峰

            研究员彭质斌建议，做好防护要注意以下几点：一是科学佩戴口罩；

            二是勤洗手、常通风；三是保证充足睡眠。

            中国疾控中心研究员

            王五建议，老年人应尽早接种疫苗。

            问：哪些人不适合盲目进补？

            答：脾胃虚弱、消化

            不良的人，都不宜盲目进补。

            健康资讯

            ●国家卫生健康委

            近日印发通知，推进“无陪护”病房试点工作。（记者申少铁）
            """)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "研究员彭质斌建议，做好防护要注意以下几点：一是科学佩戴口罩；二是勤洗手、常通风；三是保证充足睡眠。",
            "中国疾控中心研究员王五建议，老年人应尽早接种疫苗。", "问：哪些人不适合盲目进补？", "答：脾胃虚弱、消化不良的人，都不宜盲目进补。",
        ])
        #expect(page.articles.last?.kicker == "健康资讯" && page.articles.last?.paragraphs.count == 1)
        #expect(ParagraphReflower.continuesEnumeration("要注意以下几点：一是戴口罩；", "二是勤洗手。"))
        #expect(!ParagraphReflower.continuesEnumeration("一是戴口罩；", "二是勤洗手。"))
    }

    /// A brief's credit that a hard wrap put alone under a full line ending the text closes that paragraph.
    @Test func aCreditWrappedOntoItsOwnLine() {
        let page = Self.clip("""
            健康资讯
            　　●第二届中国医院健康科普大会日前在北
            京举行，大会发布了一批健康科普优秀作品。
            （张　毅）
            　　●国家卫生健康委近日印发通知，要求各
            地进一步改善护理服务，推进病房试点工作。
            　　●某市启动健康科普进社区活动，首批二十
            个社区参与，覆盖居民十余万人，反响良好。
            """)
        #expect(page.articles.first?.paragraphs.first?.text.hasSuffix("（张　毅）") == true)
        #expect(page.articles.first?.reporters == ["张毅"])
    }

    /// An editor line whose e-mail address the wrap carried onto a line of its own: the rest is the
    /// furniture's, not the last article's.
    @Test func anEditorLinesAddressCutByTheWrap() {
        let page = Self.clip("""
            李明同志逝世
            　　新华社北京11月18日电　中国共产党
            的优秀党员，原国务院侨务办公室副主任
            李明同志，因病医治无效，于2024年11月
            10日在北京逝世，享年92岁。李明同志是
            广东台山人，1950年参加工作，1952年加
            入中国共产党，曾任多个职务，贡献卓著。

            　　本版责编：刘　峰　邮箱：hwbzgqs@
            126.com
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.last?.text.hasSuffix("贡献卓著。") == true)
        #expect(page.dropped.map(\.text) == ["本版责编：刘　峰　邮箱：hwbzgqs@126.com"])
    }

    /// A caption's credit whose agency's bracket the wrap carried to the next line: one credit, not a
    /// piece of its own.
    @Test func aCreditsAgencyCutByTheWrap() {
        let page = Self.clip("""
            　　本报记者日前专访了北京语言大学教授周
            晓明，请他谈谈留学生群体的变化和教学。

            ▲11月18日，来自20多个国家的留学生在浙江
            省杭州市西湖边体验传统茶艺。　　龙　巍摄
            （人民视觉）

            “丝路书香”工程新增30种图书
            　　本报电　（记者张　鹏）记者从国家新闻
            出版署获悉：2024年度“丝路书香”工程新增
            资助图书30种，涵盖文学、历史等领域。
            """)
        #expect(page.articles.map(\.kind) == [.other, .photo, .news])
        #expect(page.articles.dropFirst().first?.photographers == ["龙巍"])
        #expect(page.articles.last?.headline == "“丝路书香”工程新增30种图书")
    }

    /// A lead whose reporters the wrap cut inside a role word or right before one: the role's rest
    /// opens no byline of its own, and every reporter is the lead's.
    @Test(arguments: [
        ("　　解放军报北京5月9日电　记者邹维荣、特约", "通讯员王　俊报道：近日，某部组织新训骨干集训，200"),
        ("　　解放军报北京5月9日电　记者邹维荣、", "特约通讯员王　俊报道：近日，某部组织新训骨干集训，"),
    ])
    func aLeadsRoleWordCutByTheWrap(first: String, second: String) {
        let page = Self.clip("""
            某部开展新训骨干集训
            \(first)
            \(second)
            余名骨干参加。集训围绕组训能力、带兵方法等
            内容展开，注重实战化考核。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.reporters == ["邹维荣", "王俊"])
        #expect(page.articles.first?.paragraphs.first?.text.hasPrefix("近日，某部") == true)
    }

    /// Figures that PDF-to-text set apart by spaces: a speech's date in brackets is its stack's note, not a
    /// row of a table ((2022 年 5 月 10 日) had read as cells with two numbers); an index item's page
    /// (第 2 版) ends it; a running head the wrap cut before its spaced page number is furniture whole.
    @Test func notesIndexItemsAndRunningHeadsWithFiguresSetApart() {
        let speech = Self.clip("""
            在庆祝中国共产主义青年团成立 100 周年大会上的讲话（摘要）
            （2022 年 5 月 10 日）
            习近平
            　　青年是国家的希望。一百年来，共青团始终与党同心、跟党奋斗。
            　　新征程上，广大团员青年要坚定理想信念，厚植爱国情怀。
            """)
        #expect(speech.articles.count == 1)
        #expect(speech.articles.first?.subtitle == "（2022 年 5 月 10 日）")
        #expect(speech.articles.first?.reporters == ["习近平"])
        #expect(speech.articles.first?.paragraphs.first?.text.hasPrefix("青年是国家的希望") == true)

        let index = Self.clip("""
            今日导读
            ■全国两会前瞻　第 2 版
            ■一季度经济开局良好　第 4 版

            坚定信心　开拓进取
            　　本报北京 3 月 1 日电（记者张三）　近日，各地扎实推进各项工作。
            """)
        #expect(index.articles.map(\.headline) == ["今日导读", "坚定信心　开拓进取"])
        #expect(index.articles.first?.paragraphs.map(\.text) == ["■全国两会前瞻　第 2 版", "■一季度经济开局良好　第 4 版"])

        let head = Self.clip("""
            人民日报海外版　2024 年 11 月 20 日　星期
            三　第 5 版

            海外侨胞共话中华文化传承
            　　本报电　（赵晓霞）第五届海外华文教育论
            坛日前在福建泉州举行。来自 40 多个国家和地
            区的 200 余名华文学校校长和教师参加论坛，
            围绕华文教育数字化、华裔青少年文化认同等议
            题展开交流。
            　　与会代表表示，华文教育是海外华侨华人的
            “留根工程”。
            """)
        #expect(head.articles.map(\.headline) == ["海外侨胞共话中华文化传承"])
        #expect(head.dropped.map(\.text) == ["人民日报海外版　2024 年 11 月 20 日　星期三　第 5 版"])
    }

    /// Quotation marks copied as ASCII: one that a break or wrap put at a line's start closes the quotation
    /// above when an odd number of them stands on that line and its speaker or punctuation follows, or when
    /// the line above is full; a quotation that opens paragraphs one after another is not joined.
    @Test func asciiQuotationMarksAtALinesStart() {
        let page = Self.clip("""
            种业振兴的一线观察
            本报记者　常　钦
            种子是农业的"芯片"。近年来,各地加大种质资源保护力度。
            "资源是育种的基础,保护好才能用得好。
            "一位研究员说。
            "第一,要保护好种质资源。
            "第二,要加快联合攻关。"这位研究员补充道。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            #"种子是农业的"芯片"。近年来，各地加大种质资源保护力度。"#, #""资源是育种的基础，保护好才能用得好。"一位研究员说。"#,
            #""第一，要保护好种质资源。"#, #""第二，要加快联合攻关。"这位研究员补充道。"#,
        ])
    }

    /// Captions of several photos (左图：… | 右图：… | credit) under an article's last paragraph: a piece of
    /// their own, not a column break's rest of that paragraph, and each caption its own paragraph where the
    /// wrap filled the line before the next.
    @Test func leftAndRightCaptionsUnderAnArticle() {
        let indented = Self.clip("""
            “博物馆热”持续升温
            　　本报记者　郑海鸥
            　　国庆假期，全国各地博物馆迎来参观高峰。
            　　据统计，假期期间全国博物馆接待观众超过5000万人次。（图片由受访者提供）

            左图：敦煌莫高窟第220窟壁画局部。
            右图：数字化修复后的壁画。
            敦煌研究院供图
            """)
        #expect(indented.articles.map(\.kind) == [.news, .photo])
        #expect(indented.articles.first?.paragraphs.last?.text == "据统计，假期期间全国博物馆接待观众超过5000万人次。（图片由受访者提供）")
        #expect(indented.articles.last?.paragraphs.map(\.text) == ["左图：敦煌莫高窟第220窟壁画局部。", "右图：数字化修复后的壁画。"])

        let wrapped = Self.clip("""
            “博物馆热”持续升温
            　　本报记者　郑海鸥
            　　国庆假期，全国各地博物馆迎来参观
            高峰。故宫博物院、国家博物馆等热门场馆
            一票难求。

            左图：敦煌莫高窟第220窟壁画局部。
            右图：数字化修复后的壁画。
            敦煌研究院供图
            """)
        #expect(wrapped.articles.last?.paragraphs.map(\.text) == ["左图：敦煌莫高窟第220窟壁画局部。", "右图：数字化修复后的壁画。"])
    }

    /// An author's note that the wrap cut right after its colon (…（作者： | 刘　强，系…研究员）): the colon inside
    /// the open bracket ends nothing, so the rest is the note's, not a byline opening a piece of its own.
    @Test func anAuthorsNoteCutAfterItsColon() {
        let page = Self.clip("""
            我国量子计算研究取得新进展
            　　央视网消息（记者操秀英）：记者日前从中
            国科学院获悉，我国科学家在量子计算领域取得
            新进展。
            　　相关成果发表在国际学术期刊上。（作者：
            刘　强，系中国科学院研究员）

            某部开展新训骨干集训
            　　解放军报北京6月11日电　记者邹维荣、特
            约通讯员王　俊报道：近日，某部组织新训骨干
            集训，200余名骨干参加。
            """)
        #expect(page.articles.count == 2)
        #expect(page.articles.first?.paragraphs.last?.text == "相关成果发表在国际学术期刊上。（作者：刘　强，系中国科学院研究员）")
        // (Cut right after its opening on a line of its own, where the rest runs long before its bracket closes.)
        let alone = Self.clip("""
            光明论坛
            以高水平开放促进高质量发展
            　　面向未来，要稳步扩大制度型开放，以高水平开放推动高质量发展。
            　　（作者：
            王晓明，系中国社会科学院世界经济与政治研究所研究员）
            """)
        #expect(alone.articles.first?.paragraphs.last?.text == "（作者：王晓明，系中国社会科学院世界经济与政治研究所研究员）")
        #expect(alone.articles.first?.reporters == ["王晓明"])
    }

    static func clip(_ text: String) -> ClippedPage {
        Pipeline().run(try! PageDecoder.decode(Array(text.utf8)), metadata: PageMetadata(path: "t.txt", issueDate: IssueDate(year: 2020, month: 1, day: 19)))
    }

    @Test func indentedPageWithKickerSubtitleDatelineAndJump() {
        let page = Self.clip("""
            习近平在中央政治局会议时强调
            坚定信心 稳中求进
            　　本报北京1月18日电（记者张三、李四）　中共中央政治局1月18日召开会议，分析研究当前经济形势，部署今年经济工作。
            　　会议认为，今年以来，面对复杂严峻的国际环境，各地区各部门
            坚持稳中求进工作总基调，经济运行总体平稳。（下转第二版）
            责任编辑：王某

            奋力开创新局面
            ——论学习贯彻全会精神
            　　本报评论员
            　　全会的召开，具有重大意义。我们要深刻领会。
            """)
        #expect(page.layout == .indented)
        #expect(page.articles.count == 2)
        let a = page.articles[0]
        #expect(a.kicker == "习近平在中央政治局会议时强调")
        #expect(a.headline == "坚定信心 稳中求进")
        #expect(a.source == "本报")
        #expect(a.dateline?.place == "北京")
        #expect(a.dateline?.date == IssueDate(year: 2020, month: 1, day: 18))
        #expect(a.reporters == ["张三", "李四"])
        #expect(a.continuesOnPage == 2)
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs[1].text.hasSuffix("经济运行总体平稳。"))
        #expect(page.joins == [LineJoin(4, 5)])
        #expect(page.dropped.map(\.reason) == [.furniture])
        let c = page.articles[1]
        #expect(c.kind == .commentary)
        #expect(c.subtitle == "——论学习贯彻全会精神")
        #expect(c.paragraphs.map(\.text) == ["全会的召开，具有重大意义。我们要深刻领会。"])
    }

    @Test func briefsWithoutHeadlinesAndNumberedSubheads() {
        let page = Self.clip("""
            本报讯 记者王坤报道 全省会议召开。

            本报讯 记者李越报道 全省春耕开始。

            推进乡村振兴
            本报讯 记者刘涛报道 全省推进乡村振兴。
            一、加强组织领导
            各地要加强组织领导。
            """)
        #expect(page.articles.map(\.kind) == [.brief, .brief, .news])
        #expect(page.articles[2].paragraphs.map(\.text) == ["全省推进乡村振兴。", "一、加强组织领导", "各地要加强组织领导。"])
    }

    /// Quotations and colons at a break: 据介绍， after a closed quotation names no speaker and opens a
    /// paragraph; what the reporter learned (获悉：) and an interview's turn after its speaker run on; a closing quote that a wrap pushed onto a
    /// line of its own still ends the sentence. A heading under an author's note opens the next piece,
    /// never a subhead of the one the note closed.
    @Test func quotationsColonsAndAuthorNotesAtBreaks() {
        let blank = Self.clip("""
            修复古籍

            “修复一册古籍，往往需要好几个月。”修复师赵玉兰说，“急不得，也马虎不得。”

            据介绍，全省已完成古籍普查登记。

            记者从文化和旅游部获悉：

            第三届全国非遗曲艺周将于5月在济南举办。

            陈明华：

            四十多年了。

            记者：现在愿意学的年轻人多吗？

            陈明华：这几年多起来了。
            """)
        #expect(blank.articles.first?.paragraphs.map(\.text) == [
            "“修复一册古籍，往往需要好几个月。”修复师赵玉兰说，“急不得，也马虎不得。”", "据介绍，全省已完成古籍普查登记。",
            "记者从文化和旅游部获悉：第三届全国非遗曲艺周将于5月在济南举办。", "陈明华：四十多年了。", "记者：现在愿意学的年轻人多吗？",
            "陈明华：这几年多起来了。",
        ])

        let wrapped = Self.clip("""
            推进古籍保护利用
            本报记者　张　贺

            古籍是中华文明的重要载体。近年来，各地加
            强古籍保护，推进古籍数字化，让更多珍贵典籍走
            近大众，走进日常生活。
            走进省图书馆古籍修复室，几位修复师正俯身
            在工作台前忙碌。纸张脱落、虫蛀霉变的古籍，经
            过清洗、补洞、压平等工序，逐渐恢复原貌。
            “修复一册破损严重的古籍，往往需要好几个
            月。”修复师赵玉兰说，“急不得，也马虎不得。
            ”
            据介绍，全省已完成古籍普查登记，建立了分
            级保护名录，对珍贵古籍实行重点保护。
            在线上，读者输入书名或作者，就能浏览古籍
            的高清影像。省图书馆副馆长孙建军介绍，馆藏古
            籍已有三成完成数字化，今年将再上线一批地方文
            献。
            """)
        #expect(wrapped.layout == .hardWrapped)
        #expect(wrapped.articles.first?.paragraphs.map(\.text) == [
            "古籍是中华文明的重要载体。近年来，各地加强古籍保护，推进古籍数字化，让更多珍贵典籍走近大众，走进日常生活。",
            "走进省图书馆古籍修复室，几位修复师正俯身在工作台前忙碌。纸张脱落、虫蛀霉变的古籍，经过清洗、补洞、压平等工序，逐渐恢复原貌。",
            "“修复一册破损严重的古籍，往往需要好几个月。”修复师赵玉兰说，“急不得，也马虎不得。”",
            "据介绍，全省已完成古籍普查登记，建立了分级保护名录，对珍贵古籍实行重点保护。",
            "在线上，读者输入书名或作者，就能浏览古籍的高清影像。省图书馆副馆长孙建军介绍，馆藏古籍已有三成完成数字化，今年将再上线一批地方文献。",
        ])

        let notes = Self.clip("""
            书香里的小城

            周　鹏

            小城不大，书店却不少。街角的一家老书店，开了三十多年。

            我常想，一座城有了书香，便有了底气。

            （作者为某大学文学院教授）

            一部讲述乡村教师的好书

            近日，长篇小说《山那边的学校》出版。

            曲艺周下月开幕

            第三届全国非遗曲艺周将于5月在济南举办。
            """)
        #expect(notes.articles.map(\.headline) == ["书香里的小城", "一部讲述乡村教师的好书", "曲艺周下月开幕"])
    }

    /// Bylines of other papers and with a mark before them (中青报·中青网记者, 文／图　本报记者, □　本报记者) sign the
    /// article under them: they had read as a subtitle, or taken the text under them as their own.
    @Test func bylinesWithMarksAndOtherOutlets() {
        let page = Self.clip("""
            春耕生产有序展开

            中青报·中青网记者　张　三

            　　全省春耕生产有序展开。

            冬储蔬菜供应充足

            　　文／图　本报记者　郑　十

            　　全省冬储有序展开。

            秋粮收购进度过半

            　　□　本报记者　陈　一

            　　全省秋粮收购进度过半。
            """)
        #expect(page.articles.map(\.headline) == ["春耕生产有序展开", "冬储蔬菜供应充足", "秋粮收购进度过半"])
        #expect(page.articles.map(\.reporters) == [["张三"], ["郑十"], ["陈一"]])
        #expect(page.articles.map(\.source) == ["中青报·中青网", "本报", "本报"])
        #expect(page.articles.map { $0.paragraphs.map(\.text) } == [["全省春耕生产有序展开。"], ["全省冬储有序展开。"], ["全省秋粮收购进度过半。"]])
    }

    /// Flush hard wraps (23 characters, the indent dropped) of a page of short pieces, a blank before each
    /// headline: those blanks do not make it a page that sets its paragraphs apart, so the short last line of a
    /// paragraph (…1000万吨。) no longer runs on into the next, nor does a full line ending in 。 over a first line
    /// short by just the indent (…新动力。 | 联合国开发计划署…). And a small page, with too few clear paragraph ends
    /// to show whether its first lines are short by the dropped indent, is taken to keep that habit
    /// (…可靠供应。 | 有关部门提醒…, which had run on).
    @Test func flushWrapsOfShortPieces() {
        let page = Self.clip("""
            国际

            美国通胀压力持续
            本报驻美国记者　李志伟

            美国劳工部近日公布的数据显示，10月份美国消
            费者价格指数同比上涨7.7%，通胀水平仍处于高位，
            给普通家庭生活带来较大压力。

            多国人士积极评价全球发展倡议
            据新华社日内瓦11月9日电　（记者　王　娜）
            多国人士日前在接受采访时表示，全球发展倡议为推
            动落实联合国2030年可持续发展议程注入了新动力。
            联合国开发计划署一位官员说，倡议聚焦减贫、
            粮食安全、卫生等领域，回应了发展中国家的迫切需
            求。

            欧洲能源危机持续发酵
            本报驻德国记者　张　明　本报记者　孙　光
            入冬以来，欧洲多国天然气价格居高不下。德国
            政府日前宣布新一轮能源救助计划，规模达数百亿欧
            元。
            分析人士指出，能源价格高企正在拖累欧洲经济
            增长，制造业面临减产压力。

            中老铁路开通运营一年
            累计发送旅客超850万人次
            新华社昆明11月9日电　记者从中国铁路昆明局
            集团有限公司获悉，中老铁路开通运营一年来，累计
            发送旅客超850万人次，发送货物超1000万吨。
            中老铁路的开通运营，为沿线地区经济社会发展
            注入了强劲动力。

            美联储官员释放放缓加息信号
            新华社华盛顿11月9日电（记者邓仙来　熊茂伶
            ）美国联邦储备委员会多名官员日前表示，美联储可
            能在未来几次会议上放缓加息步伐，但仍将保持紧缩
            的货币政策立场。
            分析人士认为，美联储激进加息已推高企业和家
            庭的融资成本，美国经济陷入衰退的风险上升。
            """)
        #expect(page.layout == .hardWrapped)
        #expect(page.articles.map(\.headline) == ["美国通胀压力持续", "多国人士积极评价全球发展倡议", "欧洲能源危机持续发酵", "中老铁路开通运营一年", "美联储官员释放放缓加息信号"])
        #expect(page.articles.map { $0.paragraphs.count } == [1, 2, 2, 2, 2])
        #expect(page.articles[1].paragraphs.last?.text == "联合国开发计划署一位官员说，倡议聚焦减贫、粮食安全、卫生等领域，回应了发展中国家的迫切需求。")
        #expect(page.articles[3].paragraphs.last?.text == "中老铁路的开通运营，为沿线地区经济社会发展注入了强劲动力。")

        let small = Self.clip("""
            种业振兴的一线观察
            本报记者　李　强

            种子是农业的“芯片”。近年来，各地加大种质
            资源保护力度，育种创新能力持续提升，一批优良品
            种走进田间地头。
            夯实种质资源根基
            在海南南繁基地，科研人员正忙着记录试验田里
            的数据。当地建立了种质资源库，保存作物种质资源
            数万份，为育种提供了材料。
            “资源是育种的基础，保护好才能用得好。”一
            位研究员说。
            加强联合攻关
            各地推动企业与科研院所联合攻关，围绕玉米、
            大豆等作物开展协作育种，一批新品种通过审定。
            推进成果转化
            种业企业加快推广新品种，建设良种繁育基地，
            让好种子尽快用到田里，为粮食增产提供有力支撑。

            多地夏季用电负荷创历史新高　电网企业全力保障供
            应

            入夏以来，多地用电负荷持续攀升。电网企业加
            强设备巡检，优化调度安排，确保电力可靠供应。
            有关部门提醒，用户要科学合理用电，避免用电
            高峰时段集中使用大功率电器。
            """)
        #expect(small.layout == .hardWrapped)
        #expect(small.articles.last?.paragraphs.map(\.text) == [
            "入夏以来，多地用电负荷持续攀升。电网企业加强设备巡检，优化调度安排，确保电力可靠供应。",
            "有关部门提醒，用户要科学合理用电，避免用电高峰时段集中使用大功率电器。",
        ])
    }

    /// Hard wraps narrower than the common ones (17 characters) cut heading lines more: a kicker of 36
    /// characters fills two lines over its rest (…中 | 青年干部…讲话 | 强调), which is one kicker over the headline and
    /// subtitle; and a dashed subtitle that fills the line with the post of the one it visits runs on into the name
    /// under it (——访…中国科学院院士 | 王　强), which had been read as a headline under a kicker. (15 and 17 characters.)
    @Test func headingsCutTwiceByANarrowWrap() {
        let stack = Self.clip("""
            习近平在中央党校（国家行政学院）中
            青年干部培训班开班式上发表重要讲话
            强调
            信念坚定对党忠诚实事求是担当作为
            努力成为可堪大用能担重任的栋梁之才
            　　新华社北京3月1日电　中共中央总
            书记、国家主席、中央军委主席习近平
            3月1日上午在中央党校（国家行政学院
            ）中青年干部培训班开班式上发表重要
            讲话强调，年轻干部是党和国家事业接
            班人。
            　　习近平指出，我们党干革命、搞建
            设、抓改革，从来都是为了解决中国的
            现实问题。（下转第3版）
            """)
        #expect(stack.layout == .hardWrapped)
        #expect(stack.articles.count == 1)
        #expect(stack.articles.first?.kicker == "习近平在中央党校（国家行政学院）中青年干部培训班开班式上发表重要讲话强调")
        #expect(stack.articles.first?.headline == "信念坚定对党忠诚实事求是担当作为")
        #expect(stack.articles.first?.subtitle == "努力成为可堪大用能担重任的栋梁之才")

        let interview = Self.clip("""
            让科技创新成为发展新引擎
            ——访全国人大代表、中国科学院院士
            王　强

            　　本报记者　孙　亮

            　　记者：今年政府工作报告对科技创
            新作出了哪些部署？
            　　王强：报告提出，要强化国家战略
            科技力量，实施好关键核心技术攻关工
            程。这些部署切中要害，令人振奋。
            　　记者：如何激发科研人员的创新活
            力？
            　　王强：关键是要改革科技评价体系
            ，让科研人员把更多精力投入到科研一
            线。
            """)
        #expect(interview.articles.count == 1)
        #expect(interview.articles.first?.kicker == nil)
        #expect(interview.articles.first?.headline == "让科技创新成为发展新引擎")
        #expect(interview.articles.first?.subtitle == "——访全国人大代表、中国科学院院士王　强")
        #expect(interview.articles.first?.reporters == ["孙亮"])

        // A headline's last character alone under it (…回升向 | 好, …抗疫成 | 就), and a dashed subtitle whose rest fills
        // the line too where a blank ends the stack (…就《关 | 于恢复…》答记者问): each had broken the stack into text.
        let cutTwice = Self.clip("""
            稳定和扩大消费　促进经济持续回升向
            好
            ——国家发展改革委有关负责人就《关
            于恢复和扩大消费的措施》答记者问

            　　新华社北京8月9日电　（记者刘　
            晨）国家发展改革委有关负责人9日就
            《关于恢复和扩大消费的措施》答记者
            问。
            """)
        #expect(cutTwice.articles.count == 1)
        #expect(cutTwice.articles.first?.headline == "稳定和扩大消费　促进经济持续回升向好")
        #expect(cutTwice.articles.first?.subtitle == "——国家发展改革委有关负责人就《关于恢复和扩大消费的措施》答记者问")
        #expect(cutTwice.articles.first?.reporters == ["刘晨"])
        let oneCharacter = Self.clip("""
            多国专家学者积极评价中国抗疫成
            就
            　　本报驻埃及记者　黄培昭
            　　“中国为全球抗疫作出了重要
            贡献。”埃及开罗大学教授穆罕默
            德·哈桑日前在接受本报记者采访
            时表示。
            """)
        #expect(oneCharacter.articles.map(\.headline) == ["多国专家学者积极评价中国抗疫成就"])
        #expect(oneCharacter.articles.first?.reporters == ["黄培昭"])
        // A kicker's rest that ends in its dash (…充电 | 难——): the kicker's, not a headline of its own.
        let dashed = Self.clip("""
            读者来信反映部分小区电动自行车充电
            难——
            让“充电难”变成“充电易”
            本报记者　李家鼎

            　　编者按：电动自行车是不少群众日
            常出行的重要工具。近期，本报陆续收
            到读者来信，反映一些老旧小区充电设
            施不足、私拉电线充电存在安全隐患等
            问题。记者就此进行了调查。
            """)
        #expect(dashed.articles.first?.kicker == "读者来信反映部分小区电动自行车充电难——")
        #expect(dashed.articles.first?.headline == "让“充电难”变成“充电易”")
    }

    /// A narrow wrap (16 and 17 characters) cuts lines that a wider one leaves whole: a letter's salutation
    /// (…克拉玛依校区的 | 同学们：) is still one paragraph, and an indented editor line, which fills the column with
    /// its indent, takes the last character of a name as its rest (…李　| 鑫) instead of leaving it as text, and
    /// so do running heads and editor lines whose rests are up to eight characters long.
    @Test func linesCutByANarrowWrap() {
        let letter = Self.clip("""
            习近平的回信
            中国石油大学（北京）克拉玛依校区的
            同学们：
            　　你们好！来信收到了。得知你们即
            将毕业奔赴新疆各地工作，我很欣慰。
            　　希望你们继续发扬老一辈石油人的
            优良传统，在边疆基层的广阔天地里施
            展才华，为建设美丽新疆贡献力量。
            　　祝你们毕业顺利、前程似锦！
            　　习近平
            　　2022年5月2日
            """)
        #expect(letter.articles.first?.headline == "习近平的回信")
        #expect(letter.articles.first?.paragraphs.first?.text == "中国石油大学（北京）克拉玛依校区的同学们：")
        let foot = Self.clip("""
            党的优秀党员，久经考验的忠诚的共产
            主义战士，我国水利事业的杰出领导者
            ，水利部原部长周建国同志，因病医治
            无效，于2023年10月12日在北京逝世，
            享年88岁。
            　　周建国同志1935年出生，江苏无锡
            人，1956年加入中国共产党。

            　　本版责编：刘　涓　孟　哲　李　
            鑫
            """)
        #expect(foot.articles.count == 1)
        #expect(foot.articles.first?.paragraphs.count == 2)
        #expect(foot.dropped.map(\.range) == [LineRange(9, 10)])
        #expect(foot.dropped.first?.reason == .furniture)
        // (16 characters: the rests of furniture are longer, 星期三　第5版 and 式设计：蔡华伟.)
        let head = Self.clip("""
            人民日报海外版　2024年11月20日　
            星期三　第5版

            中国故事

            让更多海外青年读懂中国
            ——访北京语言大学教授周晓明
            本报记者　林　丽

            　　近年来，来华留学的海外青年越
            来越多。他们在中国学习、生活，用
            自己的眼睛观察中国。如何帮助他们
            更好地了解中国？本报记者日前专访
            了北京语言大学教授周晓明。
            """)
        #expect(head.articles.map(\.headline) == ["让更多海外青年读懂中国"])
        #expect(head.dropped.first?.range == LineRange(1, 2))
        let credits = Self.clip("""
            　　科学家应当走出实验室，用通俗
            易懂的语言讲好科学故事。学校也要
            为学生动手实践创造条件，让好奇心
            成长为创新力。
            　　（作者为中国科学院院士、中国
            科学院国家空间科学中心主任）

            　　本版责编：赵　展　张　洋　版
            式设计：蔡华伟
            """)
        #expect(credits.articles.count == 1)
        #expect(credits.dropped.map(\.range) == [LineRange(8, 9)])
        // A head that ends in its whole page number is whole, though it fills the column: the short headline under it
        // is no rest of it.
        let whole = Self.clip("""
            经济日报　2024年11月20日　星期三　第3版
            持续释放消费潜力
            前10个月社会消费品零售总额同比增长3.5%
            本报北京11月19日讯（记者冯其予）国家统计
            局日前发布数据显示，前10个月，社会消费品零
            售总额达到39.9万亿元，同比增长3.5%。其
            中，10月份社会消费品零售总额同比增长4.8%，
            增速比上月加快1.6个百分点。
            　　商务部有关负责人表示，消费市场回暖态
            势明显，以旧换新相关商品销售快速增长。
            """)
        #expect(whole.articles.map(\.headline) == ["持续释放消费潜力"])
        #expect(whole.dropped.map(\.range) == [LineRange(1, 1)])
    }

    /// Hard wraps at 20 characters: a headline of 19 full-width characters, no word running across into the line
    /// under it, is no wrap (the wrap would have taken one more character): its subtitle stays a subtitle. Where a
    /// blank ended the printed line (`SourceLine.trailingBlank`) the wrap may have cut there: one headline.
    @Test func headlineOneShortOfTheWidth() {
        let page = Self.clip("""
            前三季度全国规模以上工业增加值增长较快
            高技术制造业增势良好

            　　本报北京10月18日电（记者王珂）国家统
            计局18日发布数据，前三季度，全国规模以上
            工业增加值同比增长4.0%。其中，高技术制造
            业增加值增长较快。
            　　国家统计局新闻发言人表示，工业生产总
            体保持恢复态势，企业预期有所改善。
            """)
        #expect(page.layout == .hardWrapped)
        #expect(page.articles.first?.headline == "前三季度全国规模以上工业增加值增长较快")
        #expect(page.articles.first?.subtitle == "高技术制造业增势良好")
        let spaced = Self.clip("""
            多地夏季用电负荷创历史新高　
            电网企业全力保障供应

            　　入夏以来，多地用电负荷持
            续攀升。电网企业加强设备巡检
            ，优化调度安排，确保电力可靠
            供应。
            """)
        #expect(spaced.articles.first?.headline == "多地夏季用电负荷创历史新高电网企业全力保障供应")
    }

    /// Hard wraps at 23 characters, paragraphs indented, over a column break: the wrap ended a line at 。 and the
    /// break cut the next one short (…过两成。 | 河南、安徽等主产省份 | 组织农机手…). The short line is no subhead, since the
    /// text under a subhead would be indented: one paragraph, as printed or with a blank after every paragraph.
    @Test func shortRestOfACutLineInIndentedWraps() {
        let wrapped = """
            　　本报北京6月1日电（记者陈立新、赵　阳）眼下
            正是“三夏”大忙时节，各地抢抓晴好天气，组织农
            机跨区作业，确保夏粮颗粒归仓。
            　　农业农村部有关负责人介绍，截至5月31日，全
            国已投入联合收割机二十余万台，麦收进度过两成。
            河南、安徽等主产省份
            组织农机手连续作业，做到应收尽收。
            　　各地还加强气象服务，提前发布天气预警，指导
            农民适时抢收、科学晾晒，减少损失。
            """
        let more = "　　记者了解到，今年夏粮长势良好。\n　　专家表示，丰收已成定局。"
        // (With a blank after each of four paragraph ends the page reads as one that sets its paragraphs apart.)
        let apart = (wrapped + "\n" + more).replacingOccurrences(of: "。\n　　", with: "。\n\n　　")
            .replacingOccurrences(of: "应收尽收。\n", with: "应收尽收。\n\n")
        for text in [wrapped + "\n" + more, apart] {
            let page = Self.clip("测试标题\n\n" + text)
            #expect(page.layout == .hardWrapped)
            #expect(page.articles.first?.paragraphs.map(\.text) == [
                "眼下正是“三夏”大忙时节，各地抢抓晴好天气，组织农机跨区作业，确保夏粮颗粒归仓。",
                "农业农村部有关负责人介绍，截至5月31日，全国已投入联合收割机二十余万台，麦收进度过两成。河南、安徽等主产省份组织农机手连续作业，做到应收尽收。",
                "各地还加强气象服务，提前发布天气预警，指导农民适时抢收、科学晾晒，减少损失。",
                "记者了解到，今年夏粮长势良好。",
                "专家表示，丰收已成定局。",
            ])
        }
    }

    /// Flush hard wraps at 25 characters: a paragraph's first line, short by the dropped indent, ends a sentence
    /// (…白墙黛瓦。) over a short line that ends one too. That is one paragraph of two lines, likelier than a
    /// one-line paragraph exactly that long followed by another of one line.
    @Test func firstLineEndingASentenceOverAShortLastLine() {
        let page = Self.clip("""
            2021年1月19日　星期二
            要闻　2

            （上接第一版）
            在四川，成都市加快建设西部科学城，一批重大科技
            基础设施开工建设。在辽宁，沈阳市推动老工业基地振兴
            ，装备制造业产值同比增长
            百分之八点二。
            专家认为，随着各项政策效应持续释放，我国经济将
            保持稳定恢复态势。

            让农村更美丽　让农民更富裕

            本报记者　赵刚

            冬日的安徽省金寨县大湾村，青山环抱，白墙黛瓦。
            村党支部书记何家枝正带着村民清理道路积雪。
            “这几年，村里发展茶叶和乡村旅游，人均年收入从
            不到三千元涨到两万多元。”何家枝说。
            记者了解到，金寨县去年共接待游客一千二百万人次
            ，旅游综合收入突破七十亿元。
            """)
        #expect(page.layout == .hardWrapped)
        #expect(page.articles.last?.paragraphs.map(\.text) == [
            "冬日的安徽省金寨县大湾村，青山环抱，白墙黛瓦。村党支部书记何家枝正带着村民清理道路积雪。",
            "“这几年，村里发展茶叶和乡村旅游，人均年收入从不到三千元涨到两万多元。”何家枝说。",
            "记者了解到，金寨县去年共接待游客一千二百万人次，旅游综合收入突破七十亿元。",
        ])
    }

    /// A flush hard wrap whose line ends a sentence right at the column's edge: a numbered subhead under it
    /// (三、构建…) opens, and so does a reader's signature (某省某县读者　刘　明), which had run on into the text.
    @Test func fullLinesOverSubheadsAndSignatures() {
        let page = Self.clip("""
            坚持以人民为中心推进共同富裕

            共同富裕是全体人民的富裕，是人民群
            众物质生活和精神生活都富裕，不是少数人
            的富裕，也不是整齐划一的平均主义。
            要把握好共同富裕的长期性、艰巨性、
            复杂性，既尽力而为又量力而行，稳步朝着
            这个目标迈进。
            二、在高质量发展中促进共同富裕
            发展是解决一切问题的基础和关键。要
            坚持在发展中保障和改善民生，把推动高质
            量发展放在首位，为人民提高受教育程度、
            增强发展能力创造更加普惠公平的条件。
            三、构建初次分配、再分配、三次分配协调
            配套的基础性制度安排
            要加大税收、社保、转移支付等调节力
            度并提高精准性，扩大中等收入群体比重，
            增加低收入群体收入，形成中间大、两头小
            的橄榄型分配结构。

            快递“最后一公里”还需打通
            编辑同志：
            我家住在某县一个山村，网购的商品常
            常只能送到镇上，取件要跑十几公里。希望
            有关部门推动快递进村，方便村民生活。
            某省某县读者　刘　明
            """)
        #expect(page.layout == .hardWrapped)
        #expect(page.articles.count == 2)
        #expect(page.articles.first?.paragraphs.map(\.text).suffix(3) == [
            "发展是解决一切问题的基础和关键。要坚持在发展中保障和改善民生，把推动高质量发展放在首位，为人民提高受教育程度、增强发展能力创造更加普惠公平的条件。",
            "三、构建初次分配、再分配、三次分配协调配套的基础性制度安排",
            "要加大税收、社保、转移支付等调节力度并提高精准性，扩大中等收入群体比重，增加低收入群体收入，形成中间大、两头小的橄榄型分配结构。",
        ])
        #expect(page.articles.last?.paragraphs.map(\.text).suffix(2) == [
            "我家住在某县一个山村，网购的商品常常只能送到镇上，取件要跑十几公里。希望有关部门推动快递进村，方便村民生活。", "某省某县读者　刘　明",
        ])
    }

    /// A literary page: an essay in numbered parts under its author's name, a poem with a second one
    /// under its own title (（外一首）), then a brief. Flush and one paragraph a line, as PDF-to-text and
    /// e-paper dumps give it, and indented.
    @Test func anEssayInPartsAPoemAndABrief() {
        let essay = ["山中记", "张　瑾", "", "一", "", "进山那天下着小雨。雾从谷底慢慢升上来。", "", "二", "", "如今，满山都是树。"]
        let poem = ["春天的田野（外一首）", "刘　芳", "", "风从南边来", "把麦苗一行行吹绿", "父亲弯下腰", "", "母亲在田埂上等他", "还是温的", "", "夜读",
            "灯下翻开一本旧书", "书页泛黄", "我读着读着"]
        let brief = ["书　　讯", "《山河记忆》近日出版。该书收录散文四十余篇。"]
        let flush = (essay + [""] + poem + [""] + brief).joined(separator: "\n")
        let indented = flush.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let t = String(line)
            return t.isEmpty || ["山中记", "张　瑾", "一", "二", "春天的田野（外一首）", "刘　芳", "夜读", "书　　讯"].contains(t) ? t : "　　" + t
        }.joined(separator: "\n")
        for (name, text) in [("flush", flush), ("indented", indented)] {
            let page = Self.clip(text)
            #expect(page.articles.map(\.headline) == ["山中记", "春天的田野（外一首）", "书　　讯"], "\(name)")
            #expect(page.articles.map(\.reporters) == [["张瑾"], ["刘芳"], []], "\(name)")
            #expect(page.articles.first?.paragraphs.map(\.text) == ["一", "进山那天下着小雨。雾从谷底慢慢升上来。", "二", "如今，满山都是树。"], "\(name)")
            #expect(page.articles.dropFirst().first?.paragraphs.count == 9, "\(name)")
            #expect(page.articles.first?.entities.people.isEmpty == true, "\(name): 满山 is no one")
            #expect(page.articles.allSatisfy { $0.findings.isEmpty }, "\(name)")
        }
        #expect(ArticleSegmenter.isNumberedSubhead("三") && ArticleSegmenter.isNumberedSubhead("十二") && !ArticleSegmenter.isNumberedSubhead("2"))
    }

    /// Hard wraps without indents, paragraphs apart but a list's ——items tight under their colon: each item
    /// is a paragraph (not the colon's line run on), the page still sets paragraphs apart (a line ending in
    /// 。” short by the dropped indent runs on), and the editor's note closing the report stays with it.
    @Test func aTightListOnAPageOfParagraphsApart() {
        let page = Self.clip("""
            老旧小区改造让居民住得更舒心
            本报记者　孙　悦

            走进某市东城区的光明小区，新铺的
            沥青路面平整干净，楼道里装上了声控灯
            ，几部新装的电梯正在调试。

            “以前下雨天院里全是积水，现在好
            多了。”在这里住了三十多年的居民刘大
            爷说。

            据了解，今年该市计划改造老旧小区
            一百二十个，重点解决以下问题：
            ——加装电梯，方便老年人上下楼；
            ——改造雨污管网，解决积水问题；
            ——增设停车位和充电桩，缓解停车
            难；
            ——完善养老托育设施，打造“15分
            钟生活圈”。

            市住房和城乡建设局有关负责人介绍
            ，改造前，工作人员逐户上门征求意见，
            改什么、怎么改，由居民说了算。

            （应受访者要求，文中人物均为化名
            ）

            社区食堂办到家门口

            本报记者　吴　楠
            中午11点半，某街道社区食堂里已经
            坐满了人。两荤两素一汤，老年人只需花
            12元。

            “饭菜可口，价格实惠，子女也放心
            。”72岁的王阿姨几乎每天都来。
            """)
        #expect(page.articles.map(\.headline) == ["老旧小区改造让居民住得更舒心", "社区食堂办到家门口"])
        let first = page.articles.first?.paragraphs.map(\.text) ?? []
        #expect(first.count == 9)
        #expect(first.dropFirst(2).first == "据了解，今年该市计划改造老旧小区一百二十个，重点解决以下问题：")
        #expect(first.dropFirst(3).first == "——加装电梯，方便老年人上下楼；")
        #expect(first.last == "（应受访者要求，文中人物均为化名）")
        #expect(page.articles.last?.paragraphs.dropFirst().first?.text == "“饭菜可口，价格实惠，子女也放心。”72岁的王阿姨几乎每天都来。")
    }

    /// A theory page's stack: a column in 【】, the headline, the author after 作者： with his post in brackets; the
    /// editor's note right under it is the article's first paragraph, not carried to the next headline; the
    /// page label 理论·实践 is furniture; an enumeration's 一是… is a clause, not a subhead.
    @Test func aTheoryPagesStackAuthorAndEditorsNote() {
        #expect(ArticleSegmenter.authorNames("作者：张晓峰（某大学公共管理学院教授）") == ["张晓峰"])
        #expect(ArticleSegmenter.authorNames("作者：李海青（中共中央党校（国家行政学院）教授）") == ["李海青"])
        #expect(ArticleSegmenter.authorNames("张晓峰（某大学教授）") == nil)
        // A bare name of four characters where a compound family name opens it (欧阳晓玲), not otherwise (春到江南).
        #expect(ArticleSegmenter.authorNames("欧阳晓玲") == ["欧阳晓玲"] && ArticleSegmenter.authorNames("春到江南") == nil)
        #expect(Self.clip("春到江南的故事\n欧阳晓玲\n　　江南的春天，是从一场细雨开始的。\n").articles.first?.reporters == ["欧阳晓玲"])
        #expect(Markers.isSectionLabel("理论·实践") && !Markers.isSectionLabel("理论与实践相结合"))
        #expect(Markers.opensSentence("一是保护好传统") && !Markers.opensSentence("一、保护好传统村落"))
        #expect(ParagraphReflower.startsMidSentence("是国家治理的基石。") && !ParagraphReflower.startsMidSentence("是否实行新政，要看效果。"))
        // A body's name cut before its last character: 市住房和城乡建设 | 局有关负责人介绍，….
        #expect(ParagraphReflower.startsMidSentence("局有关负责人介绍，改造前，工作人员逐户上门。"))
        #expect(!ParagraphReflower.startsMidSentence("局面总体稳定，发展态势良好。") && !ParagraphReflower.startsMidSentence("部分地区出现降雨。"))
        #expect(ParagraphReflower.opensWithActor("王沪宁主持并讲话") && ParagraphReflower.opensWithActor("李强出席并致辞"))
        #expect(!ParagraphReflower.opensWithActor("班式上发表重要讲话强调") && !ParagraphReflower.opensWithActor("修复工作取得新进展"))
        #expect(ParagraphReflower.startsMidSentence("研究院副院长魏亮表示，要加快构建评测体系。"))
        #expect(!ParagraphReflower.startsMidSentence("研究院成立于1956年。") && !ParagraphReflower.startsMidSentence("委员会认为，方案可行。"))
        let page = Self.clip("""
            理论·实践

            【学术随笔】
            以数字化赋能基层治理
            作者：张晓峰（某大学公共管理学院教授）

            编者按：数字技术正在深刻改变基层治理的方式。

            基层治理是国家治理的基石。

            让乡村文化振兴落地生根

            作者：刘　涛

            乡村振兴，既要塑形，也要铸魂。

            一是保护好传统村

            落和乡土文化。二是丰富农民群众的精神文化生活。
            """)
        #expect(page.articles.map(\.headline) == ["以数字化赋能基层治理", "让乡村文化振兴落地生根"])
        #expect(page.articles.map(\.kicker) == ["【学术随笔】", nil])
        #expect(page.articles.map(\.reporters) == [["张晓峰"], ["刘涛"]])
        #expect(page.articles.first?.paragraphs.first?.text == "编者按：数字技术正在深刻改变基层治理的方式。")
        #expect(page.articles.last?.paragraphs.last?.text == "一是保护好传统村落和乡土文化。二是丰富农民群众的精神文化生活。")
        #expect(page.dropped.map(\.text) == ["理论·实践"])
    }

    /// A dateline note at a report's foot that the wrap cut before its bracket closes is the article's
    /// dateline, not the rest of its last paragraph, even after a line that fills the column with 。.
    @Test func aDatelineNoteCutByTheWrap() {
        let page = Self.clip("""
            德国通胀率有所回落
            本报驻德国记者　张　明

            德国联邦统计局日前公布的数据显示，1
            月德国通胀率为8.7%，较去年12月有所回
            落。分析人士指出，能源价格回落是通胀率
            下降的主要原因，居民生活成本压力不减。
            （本报内罗毕、里约热内卢2月20日电
            ）
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.count == 1)
        #expect(page.articles.first?.paragraphs.first?.text.hasSuffix("压力不减。") == true)
        #expect(page.articles.first?.dateline?.text == "本报内罗毕、里约热内卢2月20日电")
    }

    /// A small page of questions and answers hard-wrapped at 25 characters, paragraphs apart: few lines fill
    /// the column, but none is wider and most that reach it end open, so the page is read as wrapped; the
    /// headline over its dashed subtitle cut by the wrap and the lead under them are one article.
    @Test func aSmallPageOfQuestionsAndAnswersHardWrapped() throws {
        let text = """
            稳定和扩大消费　促进经济持续回升向好
            ——国家发展改革委有关负责人就《关于恢复和扩大消费
            的措施》答记者问

            新华社北京8月9日电　（记者刘　晨）国家发展改革
            委有关负责人9日就《关于恢复和扩大消费的措施》答记
            者问。

            问：出台《措施》的背景是什么？

            答：消费是经济增长的重要引擎。今年以来，消费市
            场逐步恢复，但仍面临一些制约因素。出台《措施》，就
            是要进一步释放消费潜力。

            问：《措施》提出了哪些主要举措？

            答：主要包括以下几个方面：
            1．稳定大宗消费，优化汽车购买使用管理；
            2．扩大服务消费，丰富文化和旅游消费；
            3．促进农村消费，完善农村商业体系。

            问：下一步如何抓好落实？

            答：我们将会同有关部门加强统筹协调，推动各项措
            施落地见效。

            """
        let decoded = try PageDecoder.decode(Array(text.utf8))
        #expect(LayoutDetector.detect(decoded.lines, options: PipelineOptions()) == LayoutDetector.Result(layout: .hardWrapped, wrapWidth: 25))
        let page = Self.clip(text)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.subtitle == "——国家发展改革委有关负责人就《关于恢复和扩大消费的措施》答记者问")
        #expect(page.articles.first?.reporters == ["刘晨"])
        #expect(page.articles.first?.paragraphs.map(\.text).filter { $0.hasPrefix("问：") }.count == 3)
    }

    /// A continuation's headline with its jump marker set beside it on the same line: the headline without
    /// the marker, continued from that page.
    @Test func jumpMarkerBesideAHeadline() {
        let page = Self.clip("""
            推动高质量发展（上接第一版）
            　　各地区各部门要狠抓落实，确保各项部署落地见效。

            稳中求进（上接1版）
            　　会议要求，要扎实推进高质量发展。
            """)
        #expect(page.articles.map(\.headline) == ["推动高质量发展", "稳中求进"])
        #expect(page.articles.map(\.continuedFromPage) == [1, 1])
        #expect(page.articles.map(\.kind) == [.continuation, .continuation])
        #expect(Markers.trailingJumpFrom("推动高质量发展（上接第一版）")! == (1, 7))
        #expect(Markers.trailingJumpFrom("（上接第一版）") == nil && Markers.trailingJumpFrom("全省推进（试点）") == nil)
    }

    /// A front page's banner over an editorial: 社论, or a column's name (人民时评), under the banner heads the piece under
    /// it, and the banner is a piece of its own — not the editorial's headline, nor a kicker over 人民时评.
    @Test func aColumnsNameUnderABannerHeadsThePieceBelow() {
        for label in ["社论", "人民时评"] {
            let page = Self.clip("""
                热烈庆祝中华人民共和国成立76周年

                \(label)

                伟大祖国繁荣昌盛

                　　今天，我们迎来中华人民共和国成立76周年。
                　　76年来，中国人民创造了两大奇迹。
                """)
            #expect(page.articles.map(\.headline) == ["热烈庆祝中华人民共和国成立76周年", "伟大祖国繁荣昌盛"], "\(label)")
            #expect(page.articles.last?.kind == .commentary && page.articles.last?.paragraphs.count == 2, "\(label)")
        }
    }

    /// An agency's release with its photographer after a caption (…参观。（新华社发　张三摄）, …参观。新华社发　张三摄)
    /// closes a photo piece credited to that photographer.
    @Test func anAgencysReleaseCreditsItsPhotographer() {
        for credit in ["（新华社发　张三摄）", "新华社发　张三摄"] {
            let page = Self.clip("标题一\n\n　　新华社北京9月30日电　正文内容在这里。\n\n图为9月30日，游客在天安门广场参观。\(credit)\n")
            #expect(page.articles.map(\.kind) == [.news, .photo] && page.articles.last?.photographers == ["张三"], "\(credit)")
        }
        #expect(Markers.parseCredit("新华社发　张三摄")?.photographers == ["张三"])
    }

    /// A jump marker alone on its line over the continuation's repeated headline goes with what is under that headline:
    /// one continuation, headed, continued from page 1 — not an empty piece of its own and an article from nowhere.
    @Test func jumpMarkerOverAHeadline() {
        let page = Self.clip("""
            （上接第一版）

            坚定不移推动高质量发展

            　　各地区各部门要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。
            　　会议强调，要加快构建新发展格局。

            另一条新闻的标题

            　　本报北京9月1日电　（记者王浩）这是另一条新闻。
            """)
        #expect(page.articles.map(\.headline) == ["坚定不移推动高质量发展", "另一条新闻的标题"])
        #expect(page.articles.map(\.continuedFromPage) == [1, nil] && page.articles.first?.kind == .continuation)
        #expect(page.articles.first?.range.first == 1 && page.articles.first?.paragraphs.count == 2)
    }

    /// A byline without brackets at an article's foot (本报记者　张　三 under the last paragraph) signs that
    /// article; the headline under it opens the next one (it had read as a subhead of the first).
    @Test func bylineAtTheFootThenTheNextHeadline() {
        let page = Self.clip("""
            全省春耕生产有序展开

            　　连日来，全省各地抢抓农时，春耕生产有序展开。
            　　本报记者　张　三

            全省夏粮收购进度过半

            　　截至目前，全省夏粮收购进度过半。
            　　本报记者　李　四　通讯员　王　五

            全省秋粮收购开局良好
            本报记者　赵　六
            　　截至目前，全省秋粮收购开局良好。
            """)
        #expect(page.articles.map(\.headline) == ["全省春耕生产有序展开", "全省夏粮收购进度过半", "全省秋粮收购开局良好"])
        #expect(page.articles.map(\.reporters) == [["张三"], ["李四", "王五"], ["赵六"]])
        #expect(page.articles.map(\.paragraphs.count) == [1, 1, 1])
    }

    /// A kicker ending in its dash is a kicker even where it fills the wrapped line, and the dash the wrap put
    /// on a line of its own (or its second half) goes back to it; a letter signed by place and name ends there,
    /// and the next letter's title opens the next piece.
    @Test func aDashedKickerAndSignedLettersHardWrapped() {
        let page = Self.clip("""
            读者来信反映部分小区电动自行车充电难—
            —
            让“充电难”变成“充电易”
            本报记者　李家鼎

            　　“楼下只有两个充电桩，每天晚上都要
            排队。”读者刘先生在来信中说。

            楼道堆物问题应重视
            　　楼道里经常堆放杂物，存在较大安全隐
            患。建议相关部门加强巡查。
            河南郑州　王秀兰

            公交站台遮雨棚亟待修缮
            　　村口的公交站台遮雨棚被大风刮坏，至
            今没有修好。希望有关部门尽快修缮。
            四川成都　赵永刚
            """)
        #expect(page.articles.map(\.kicker) == ["读者来信反映部分小区电动自行车充电难——", nil, nil])
        #expect(page.articles.map(\.headline) == ["让“充电难”变成“充电易”", "楼道堆物问题应重视", "公交站台遮雨棚亟待修缮"])
        #expect(page.articles.map(\.reporters) == [["李家鼎"], ["王秀兰"], ["赵永刚"]])
        #expect(page.articles.last?.paragraphs.last?.text == "四川成都　赵永刚")
    }

    /// Letters printed together under one label, each signed under its text by place and name: every writer is the
    /// piece's, in order, the signatures left as printed. So where PDF-to-text set a signature two blanks under its
    /// text, as a block of its own: it signs the letter above and runs into nothing under it.
    @Test func lettersPrintedTogetherNameEveryWriter() {
        let indented = Self.clip("""
            来信摘编
            　　●近日，笔者在某地乡镇看到，一些村级公共服务设施建成后长期闲置。建议有关部门加强统筹。
            　　　　　　　　　　　　　　　　　　　　四川成都　李　明
            　　●一些商场停车场收费标准不透明。希望市场监管部门加强检查。
            　　　　　　　　　　　　　　　　　　　　河南郑州　赵丽华

            人民时评
            以钉钉子精神抓好落实
            何　鼎
            　　一分部署，九分落实。
            """)
        #expect(indented.articles.map(\.headline) == ["来信摘编", "以钉钉子精神抓好落实"])
        #expect(indented.articles.map(\.reporters) == [["李明", "赵丽华"], ["何鼎"]])
        #expect(indented.articles[0].paragraphs.map(\.text).filter { $0.hasPrefix("●") == false } == ["四川成都　李　明", "河南郑州　赵丽华"])
        let apart = Self.clip("""
            来信摘编
            ●近日，笔者在某地乡镇看到，一些村级公
            共服务设施建成后长期闲置。建议有关部门加强
            统筹，提高设施使用效率。


            四川成都　李　明
            ●一些商场停车场收费标准不透明，有的甚
            至存在乱收费现象。希望市场监管部门加强检查
            。


            河南郑州　赵丽华


            人民时评
            以钉钉子精神抓好落实
            何　鼎
            一分部署，九分落实。再好的蓝图，只有落
            到实处才有意义。

            抓落实，要有钉钉子精神。钉钉子往往不是
            一锤子就能钉好的，而是要一锤一锤接着敲，直
            到把钉子钉实钉牢。

            （作者为本报评论部编辑）
            """)
        #expect(apart.articles.map(\.headline) == ["来信摘编", "以钉钉子精神抓好落实"])
        #expect(apart.articles[0].paragraphs.last?.text == "河南郑州　赵丽华")
        #expect(apart.articles.map(\.reporters) == [["李明", "赵丽华"], ["何鼎"]])
    }

    /// One paragraph a line: a break after a title that opens with its place (…某县退捕渔民 | 李春生如今…), or inside
    /// the name after it (…退捕渔民李 | 春生如今…), runs on; the title is no headline.
    @Test func aBreakBetweenAPlacedTitleAndItsName() {
        for (above, below) in [("江西省九江市某县退捕渔民", "李春生如今在当地一家合作社工作。"), ("江西省九江市某县退捕渔民李", "春生如今在当地一家合作社工作。")] {
            let page = Self.clip("""
                长江十年禁渔成效初显

                本报记者　寇江泽

                禁渔以来，沿江各地帮助退捕渔民转产就业。

                \(above)

                \(below)

                专家表示，长江生态修复是一项长期工程。
                """)
            #expect(page.articles.count == 1)
            #expect(page.articles.first?.paragraphs.map(\.text) == ["禁渔以来，沿江各地帮助退捕渔民转产就业。", "江西省九江市某县退捕渔民李春生如今在当地一家合作社工作。", "专家表示，长江生态修复是一项长期工程。"])
        }
    }

    /// One paragraph a line: an editor's note's label that a break left alone on its line (编者按：) runs on into the note.
    @Test func anEditorsNoteLabelCutFromItsNote() {
        let page = Self.clip("""
            让“充电难”变成“充电易”

            本报记者　李家鼎

            编者按：

            电动自行车是不少群众日常出行的重要工具。近期，本报陆续收到读者来信。

            “楼下只有两个充电桩，每天晚上都要排队。”读者刘先生说。
            """)
        #expect(page.articles.first?.paragraphs.map(\.text) == ["编者按：电动自行车是不少群众日常出行的重要工具。近期，本报陆续收到读者来信。", "“楼下只有两个充电桩，每天晚上都要排队。”读者刘先生说。"])
    }

    /// An editor's note under a bullet with no colon (■　编者按) over a column's headline: the note opens the
    /// article below, not the end of the commentary above it.
    @Test func aBulletedEditorsNoteOverAColumn() {
        let page = Self.clip("""
            推动经济运行持续好转
            　　□　金观平
            　　当前，我国经济运行呈现恢复向好态势，但内生动力还不强。
            　　要更好统筹国内循环和国际循环，着力提振消费。

            ■　编者按
            　　今年以来，各地扎实推进高质量发展。即日起，本报推出专栏，敬请关注。

            产业集群“链”出新动能
            　　经济日报记者　王　轶
            　　走进安徽合肥新站高新区，一座座现代化厂房拔地而起。
            """)
        #expect(page.articles.count == 2)
        // (金观平 signs 经济日报's commentaries.)
        #expect(page.articles.map(\.kind) == [.commentary, .news])
        #expect(page.articles.first?.paragraphs.last?.text == "要更好统筹国内循环和国际循环，着力提振消费。")
        #expect(page.articles.last?.paragraphs.first?.text == "■　编者按今年以来，各地扎实推进高质量发展。即日起，本报推出专栏，敬请关注。")
        #expect(page.articles.last?.reporters == ["王轶"])
    }

    /// Hard-wrapped: an author's name under a headline that filled the line is the author, not the headline's rest
    /// (…有质量的教育 | 张志勇); a rest that is a word (…推动 | 高质量…, …携手 | 向未来) is no name.
    @Test func anAuthorUnderAHeadlineThatFillsTheLine() {
        #expect(ParagraphReflower.isAuthorLine("张志勇", under: "让每个孩子都能享有公平而有质量的教育"))
        #expect(ParagraphReflower.isAuthorLine("李　静", under: "书写新时代山乡巨变的壮阔画卷与时代强音"))
        #expect(!ParagraphReflower.isAuthorLine("高质量", under: "以科技创新引领现代化产业体系建设推动"))
        #expect(!ParagraphReflower.isAuthorLine("向未来", under: "共建“一带一路”合作新平台　携手同行"))
        #expect(!ParagraphReflower.isAuthorLine("的讲话", under: "在庆祝中国共产党成立一百周年大会上"))
        let page = Self.clip("""
            让每个孩子都能享有公平而有质量的教育
            张志勇

            　　教育公平是社会公平的重要基础。近
            年来，各地加大投入力度，义务教育阶段
            学校办学条件持续改善，城乡差距不断缩
            小。
            　　（作者为北京师范大学教育学部教授）
            """)
        #expect(page.articles.map(\.headline) == ["让每个孩子都能享有公平而有质量的教育"])
        #expect(page.articles.map(\.reporters) == [["张志勇"]])
    }

    /// One paragraph a line, a blank after every line: breaks that fell after a number alone (1996 | 年，…), inside a
    /// figure (…学校4 | 9.83万所), before a rate's last character (…毛入园 | 率91.1％), before a lone conjunction
    /// (俄罗斯工业 | 和贸易部…) or a head's title (…和贸易 | 部部长…), after a modal verb (各国应当 | 携手合作…) or a wish's
    /// addressee (希望你们 | 继续…), before a year and its verb (…克拉玛依校区 | 2015年开始招生，…), and
    /// between a quotation and its speaker given with his age (…世界。” | 21岁的学生艾哈迈德说，…) run on.
    @Test func breaksInsideFiguresNamesAndClauses() {
        #expect(Markers.isSpeechAttribution("21岁的学生艾哈迈德说，他希望毕业后到中资企业工作。"))
        #expect(!Markers.isSpeechAttribution("21岁那年，他来到北京。"))
        #expect(ParagraphReflower.startsMidSentence("和贸易部部长阿利哈诺夫在开幕式上说，俄方重视合作。"))
        #expect(!ParagraphReflower.startsMidSentence("和平发展是时代主题。") && !ParagraphReflower.startsMidSentence("与会代表认为，谈判进展顺利。"))
        #expect(ParagraphReflower.startsMidSentence("率91.1％，九年义务教育巩固率95.7％。") && !ParagraphReflower.startsMidSentence("率先实现碳达峰。"))
        // (…毛入园率 | 91.1％，…: a bare percentage and its comma; 30％的受访者… may open a sentence.)
        #expect(ParagraphReflower.startsMidSentence("91.1％，九年义务教育巩固率95.7％。") && !ParagraphReflower.startsMidSentence("30％的受访者表示满意。"))
        #expect(ParagraphReflower.startsMidSentence("部部长阿利哈诺夫在开幕式上说，俄方重视合作。"))
        #expect(!Markers.isHeadingShaped("各国应当", maxColumns: 40) && Markers.isHeadingShaped("勇于担当", maxColumns: 40))
        // (Nor a title's prefix, 东盟秘书处副 | 秘书长…, nor 在 and a place with no word of position, 在乒乓球 | 男子单打决赛中，….)
        #expect(!Markers.isHeadingShaped("东盟秘书处副", maxColumns: 40) && !Markers.isHeadingShaped("在乒乓球", maxColumns: 40))
        #expect(!Markers.isHeadingShaped("在七星农场的智慧农业", maxColumns: 40) && Markers.isHeadingShaped("在广袤田野上书写丰收答卷", maxColumns: 40))
        #expect(!Markers.isHeadingShaped("《山河记忆》近日", maxColumns: 40) && !Markers.isHeadingShaped("希望你们", maxColumns: 40))
        #expect(!Markers.isHeadingShaped("希望你们继续", maxColumns: 40) && !Markers.isHeadingShaped("当地通过", maxColumns: 40)
            && Markers.isHeadingShaped("经济运行持续", maxColumns: 40))
        #expect(Markers.isHeadingShaped("在希望的田野上", maxColumns: 40) && Markers.isHeadingShaped("在奋斗中绽放青春", maxColumns: 40))
        let page = Self.clip("""
            躬耕教坛　强国有我

            本报记者　王　锦

            早上6点半，马红梅已经站在了教室门口。

            1996

            年，师范毕业的马红梅回到家乡，成为一名乡村教师。

            全国共有各级各类学校4

            9.83万所，在校生2.93亿人。

            学前教育毛入园

            率91.1％，九年义务教育巩固率95.7％。

            俄罗斯工业

            和贸易部部长阿利哈诺夫在开幕式上说，俄方重视合作。

            各国应当

            携手合作，维护多边贸易体制。

            希望你们

            继续发扬老一辈石油人的优良传统。

            中国石油大学（北京）克拉玛依校区

            2015年开始招生，首届毕业生共有700余人。

            “学习中文让我看到了更广阔的世界。”

            21岁的学生艾哈迈德说，他希望毕业后到中资企业工作。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "早上6点半，马红梅已经站在了教室门口。", "1996年，师范毕业的马红梅回到家乡，成为一名乡村教师。", "全国共有各级各类学校49.83万所，在校生2.93亿人。",
            "学前教育毛入园率91.1％，九年义务教育巩固率95.7％。", "俄罗斯工业和贸易部部长阿利哈诺夫在开幕式上说，俄方重视合作。", "各国应当携手合作，维护多边贸易体制。",
            "希望你们继续发扬老一辈石油人的优良传统。", "中国石油大学（北京）克拉玛依校区2015年开始招生，首届毕业生共有700余人。",
            "“学习中文让我看到了更广阔的世界。”21岁的学生艾哈迈德说，他希望毕业后到中资企业工作。",
        ])
    }

    /// Hard-wrapped: a kicker that ends as kickers end (…强调) within the tolerance of the width, over a headline as
    /// wide that a lead confirms, stays the kicker; an author's note naming a commentator (（作者为本报评论员）) is the
    /// text's last paragraph, not a commentary's byline.
    @Test func aKickerNearTheWidthAndACommentatorsNote() {
        #expect(!Markers.isCommentaryByline("（作者为本报评论员）") && Markers.isCommentaryByline("本报评论员"))
        let page = Self.clip("""
            习近平对推进粮食安全工作作出重要指示强调
            坚决扛稳粮食安全重任　加快建设农业强国

            　　新华社北京10月8日电　中共中央总书记、
            国家主席、中央军委主席习近平近日对推进粮食
            安全工作作出重要指示指出，粮食安全是“国之
            大者”。今年以来，各地区各部门认真落实党中
            央决策部署，粮食生产形势总体良好。

            今日谈
            让“金秋”更有“金”味
            　　秋收时节，各地农民抢抓农时收获晚秋作
            物。丰收的喜悦背后，是农业科技的有力支撑。
            　　（作者为本报评论员）
            """)
        #expect(page.articles.map(\.kicker) == ["习近平对推进粮食安全工作作出重要指示强调", "今日谈"])
        #expect(page.articles.map(\.headline) == ["坚决扛稳粮食安全重任　加快建设农业强国", "让“金秋”更有“金”味"])
        #expect(page.articles.last?.paragraphs.last?.text == "（作者为本报评论员）")
    }

    /// A table's title right under a paragraph stands over its rows: it is no column break's rest of the paragraph
    /// (indented), nor a wrap into the rows (hard-wrapped at 18 characters, the title filling the line).
    @Test func aTablesTitleUnderAParagraph() {
        let rows = "国家　金牌　银牌　铜牌\n中国　19　15　12\n美国　19　26　26\n法国　12　15　18"
        let indented = """
            中国体育代表团再添三金
            　　本报巴黎8月4日电　（记者季芳、刘硕阳）4日，巴黎奥运会进入第九个比赛日。中国体育代表团在乒乓球、跳水和射击项目中收获3枚金牌。
            　　截至当天，中国体育代表团已获得19金15银12铜。

            奖牌榜（截至北京时间8月5日6时）
            """
        let wrapped = """
            中国体育代表团再添三金
            　　本报巴黎8月4日电　（记者季芳、刘
            硕阳）4日，巴黎奥运会进入第九个比赛
            日。中国体育代表团在乒乓球、跳水和射
            击项目中收获3枚金牌。
            　　在乒乓球男子单打决赛中，樊振东以
            4∶1战胜瑞典选手莫雷高德，夺得冠军。
            赛后，樊振东说：“这块金牌属于所有支
            持我的人。”
            　　截至当天，中国体育代表团已获得19
            金15银12铜。

            奖牌榜（截至北京时间8月5日6时）
            """
        for text in [indented, wrapped] {
            let page = Self.clip(text + "\n" + rows)
            #expect(page.articles.first?.paragraphs.last?.text == "截至当天，中国体育代表团已获得19金15银12铜。")
            #expect(page.articles.last?.headline == "奖牌榜（截至北京时间8月5日6时）")
            #expect(page.articles.last?.paragraphs.count == 4)
        }
    }

    /// A report's unnumbered subheads set apart by blanks, with a photo between two of its sections, stay the report's:
    /// the photo is a piece of its own and does not end the series.
    @Test func subheadsAroundAPhoto() {
        let page = Self.clip("""
            智慧农业助力粮食丰产丰收
            本报记者　郝迎灿

            　　金秋时节，黑龙江建三江垦区稻浪翻滚，一台台收割机在田间来回穿梭。

            科技赋能　种粮更省心
            　　在七星农场的智慧农业指挥中心，大屏幕上实时显示着每块田地的苗情。

            　　图为10月12日，收割机在七星农场收获水稻。
            　　本报记者　郝迎灿摄

            延伸链条　增收有门路
            　　稻谷收获后，经过烘干、加工，变成一袋袋精米，销往全国各地。
            """)
        #expect(page.articles.map(\.kind) == [.news, .photo])
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "金秋时节，黑龙江建三江垦区稻浪翻滚，一台台收割机在田间来回穿梭。", "科技赋能　种粮更省心", "在七星农场的智慧农业指挥中心，大屏幕上实时显示着每块田地的苗情。",
            "延伸链条　增收有门路", "稻谷收获后，经过烘干、加工，变成一袋袋精米，销往全国各地。",
        ])
    }

    /// Hard-wrapped: a headline ending in a figure that the wrap cut at its point (…同比增长5. | 8％) or before it
    /// (…同比增长 | 5.8％) is one headline: a point after digits ends no Chinese sentence and a decimal numbers no part.
    /// One paragraph a line: from … to … cut by a break runs on; a speaker named by his post runs on from his quotation.
    @Test func figuresInHeadlinesAndLongSpeakers() {
        #expect(!Markers.endsSentence("前三季度我国规模以上工业增加值同比增长5.") && Markers.endsSentence("He said so."))
        #expect(!ArticleSegmenter.isNumberedSubhead("5.8％") && ArticleSegmenter.isNumberedSubhead("5.加强联合攻关"))
        #expect(Markers.isSpeechAttribution("农场管理区主任李志刚说，通过物联网设备，农户在手机上就能掌握田间情况。"))
        #expect(Markers.isSpeechAttribution("经营一家面馆的李红梅说。"))
        #expect(Markers.isSpeechAttribution("中国科学院自动化研究所研究员王金桥说，通用大模型需要与行业知识深度融合。"))
        #expect(Markers.isSpeechAttribution("中国疾控中心一位研究员说，流感进入高发期。") && !Markers.isSpeechAttribution("联合国开发计划署近日发布报告说，全球减贫进展放缓。"))
        // A break inside a body's name before a post (联合国开发计划 | 署一位官员说，…), or after an institution before
        // its scholar's post and name (肯尼亚内罗毕大学 | 国际关系学教授奥凯奇说，…), runs on.
        let speakers = Self.clip("""
            多国人士积极评价全球发展倡议

            据新华社日内瓦11月9日电　多国人士日前表示，全球发展倡议注入了新动力。

            联合国开发计划

            署一位官员说，倡议聚焦减贫、粮食安全、卫生等领域。

            肯尼亚内罗毕大学

            国际关系学教授奥凯奇说，倡议提出以来，已有100多个国家表示支持。
            """)
        #expect(speakers.articles.first?.paragraphs.map(\.text) == [
            "多国人士日前表示，全球发展倡议注入了新动力。", "联合国开发计划署一位官员说，倡议聚焦减贫、粮食安全、卫生等领域。",
            "肯尼亚内罗毕大学国际关系学教授奥凯奇说，倡议提出以来，已有100多个国家表示支持。",
        ])
        for (cut, rest) in [("前三季度我国规模以上工业增加值同比增长5.", "8％"), ("前三季度我国规模以上工业增加值同比增长", "5.8％")] {
            let page = Self.clip("""
                从“会种地”到“慧种地”，变化的是
                手段，不变的是农民对土地的热爱。

                \(cut)
                \(rest)
                　　本报北京10月14日电　（记者刘志强）
                国家统计局14日发布数据，前三季度，全国
                规模以上工业增加值同比增长5.8％。
                """)
            #expect(page.articles.last?.headline == "前三季度我国规模以上工业增加值同比增长5.8％")
        }
        let page = Self.clip("""
            丰收背后的底气

            走进建三江，最直观的感受是“大”。

            从“会种地”

            到“慧种地”，变化的是手段，不变的是农民对土地的热爱。

            从“靠天吃饭”到

            “知天而作”，农业现代化的步伐越走越快。

            “过去种地靠经验，现在种地靠数据。”

            农场管理区主任李志刚说，通过物联网设备，农户在手机上就能掌握田间情况。
            """)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "走进建三江，最直观的感受是“大”。", "从“会种地”到“慧种地”，变化的是手段，不变的是农民对土地的热爱。", "从“靠天吃饭”到“知天而作”，农业现代化的步伐越走越快。",
            "“过去种地靠经验，现在种地靠数据。”农场管理区主任李志刚说，通过物联网设备，农户在手机上就能掌握田间情况。",
        ])
    }

    /// A document's full text, one paragraph a line with a blank after every line: a numbered item cut short in a series
    /// whose items run in (（七）推动 | 农产品加工业优化升级。…) runs on — where the series' items are subheads it stands
    /// (（一）坚持系统观念 | 各地要…); so does a well-known name a break cut (…以习 | 近平同志…); and the last line over
    /// the dateline note at the foot (…贡献！ | （新华社北京2月3日电）) ends the text, not a headline over a lead.
    @Test func aDocumentsRunInItemsCutNameAndFootNote() {
        #expect(ParagraphReflower.opensWithYearThenVerb("2015年开始招生，首届毕业生共有700余人。"))
        #expect(!ParagraphReflower.opensWithYearThenVerb("2015年开始，学校面向全国招生。") && !ParagraphReflower.opensWithYearThenVerb("2015年9月，学校开始招生。"))
        #expect(ParagraphReflower.cutsKnownName("团结在以习", "近平同志为核心") && ParagraphReflower.cutsKnownName("袁隆", "平院士"))
        #expect(!ParagraphReflower.cutsKnownName("旅客的行李", "强化安检") && !ParagraphReflower.cutsKnownName("习近平", "同志"))
        #expect(ParagraphReflower.numbering("（七）推动") ?? ("?", 0) == ("（", 7) && ParagraphReflower.numbering("12.加强") ?? ("?", 0) == (".", 12))
        #expect(ParagraphReflower.numbering("5.8％的增长") == nil && ParagraphReflower.numbering("一是加强") == nil)
        let document = Self.clip("""
            中共中央　国务院

            关于扎实推进乡村全面振兴的意见

            （2024年1月1日）

            推进中国式现代化，必须坚持不懈夯实农业基础，推进乡村全面振兴。

            一、确保国家粮食安全

            （一）抓好

            粮食生产。扎实推进新一轮千亿斤粮食产能提升行动，稳定粮食播种面积。

            （二）严格落实耕地保护制度。健全耕地数量、质量、生态保护制度体系。

            （三）推动

            农产品加工业优化升级。推进农产品生产和初加工、精深加工协同发展。

            让我们紧密团结在以习

            近平同志为核心的党中央周围，加快建设农业强国，作出新的贡献！

            （新华社北京2月3日电）
            """)
        #expect(document.articles.map(\.headline) == ["中共中央　国务院关于扎实推进乡村全面振兴的意见"])
        #expect(document.articles.first?.subtitle == "（2024年1月1日）")
        #expect(document.articles.first?.source == "新华社")
        #expect(document.articles.first?.paragraphs.map(\.text).dropFirst(2).first == "（一）抓好粮食生产。扎实推进新一轮千亿斤粮食产能提升行动，稳定粮食播种面积。")
        #expect(document.articles.first?.paragraphs.map(\.text).suffix(2) == [
            "（三）推动农产品加工业优化升级。推进农产品生产和初加工、精深加工协同发展。", "让我们紧密团结在以习近平同志为核心的党中央周围，加快建设农业强国，作出新的贡献！",
        ])
        let subheads = Self.clip("""
            坚持系统观念　推动高质量发展

            本报记者　王　锦

            （一）坚持系统观念

            各地要统筹发展和安全，把握好整体推进和重点突破的关系。

            （二）坚持问题导向

            各地要聚焦突出问题，拿出务实管用的举措。
            """)
        #expect(subheads.articles.first?.paragraphs.map(\.text) == [
            "（一）坚持系统观念", "各地要统筹发展和安全，把握好整体推进和重点突破的关系。", "（二）坚持问题导向", "各地要聚焦突出问题，拿出务实管用的举措。",
        ])
    }

    /// Numbered captions under one headline, each with its own credit (图①：… | 龙　巍摄（人民视觉） | 图②：… | …): one
    /// piece of photos with every photographer. Unnumbered photos each stay a piece of their own.
    @Test func numberedCaptionsEachWithACredit() {
        let page = Self.clip("""
            清明假期　文旅消费活力足

            　　图①：4月6日，游客在浙江省杭州市西湖景区游览。
            　　龙　巍摄（人民视觉）
            　　图②：4月5日，市民在北京市朝阳区一处公园踏青赏花。
            　　本报记者　张武军摄
            　　图③：4月6日，游客在四川省成都市宽窄巷子游览。
            　　新华社记者　刘坤摄

            　　4月7日，在河北省邯郸市肥乡区一处种植基地，工作人员在查看蔬菜长势。
            　　新华社记者　王　晓摄
            """)
        #expect(page.articles.map(\.kind) == [.photo, .photo])
        #expect(page.articles.map(\.headline) == ["清明假期　文旅消费活力足", nil])
        #expect(page.articles.first?.photographers == ["龙巍", "张武军", "刘坤"])
        #expect(page.articles.first?.paragraphs.count == 3)
        #expect(page.articles.last?.photographers == ["王晓"])
    }

    /// A blank after every line: the first line under a notice's bracketed number, cut short by a break, is its text's
    /// (公　　告 | （第五号） | 中华人民共和国第十四届 | 全国人民代表大会第一次会议…决定：), and so is a line under a
    /// paragraph that ends in a colon (…决定： | 任命某甲为中华人民 | 共和国国务院总理…): neither is a headline.
    @Test func linesUnderANoticesNumberAndUnderAColon() {
        let page = Self.clip("""
            中华人民共和国第十四届全国人民代表大会第一次会议

            公　　告

            （第五号）

            中华人民共和国第十四届

            全国人民代表大会第一次会议于2023年3月12日决定：

            任命某甲为中华人民

            共和国国务院总理，某乙、某丙为国务院副总理。

            现予公告。

            国务院任免国家工作人员

            新华社北京3月12日电　国务院任免国家工作人员。
            """)
        #expect(page.articles.map(\.headline) == ["公　　告", "国务院任免国家工作人员"])
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "中华人民共和国第十四届全国人民代表大会第一次会议于2023年3月12日决定：", "任命某甲为中华人民共和国国务院总理，某乙、某丙为国务院副总理。", "现予公告。",
        ])
        // An order's number closes its stack as the bracketed one does; an ordinal runs on into its measure.
        #expect(ParagraphReflower.isStackNumber("第八十八号") && !ParagraphReflower.isStackNumber("第八十八号文件"))
        #expect(ParagraphReflower.endsInOrdinal("常务委员会第二十九") && !ParagraphReflower.endsInOrdinal("质量第一位") && !ParagraphReflower.endsInOrdinal("二十九"))
        let order = Self.clip("""
            中华人民共和国主席令
            第八十八号
            《中华人民共和国数据安全法》已由中华人民共和国第十三届全国人民代表大会常务委员会第二十九

            次会议于2021年6月10日通过，现予公布，自2021年9月1日起施行。
            中华人民共和国主席　习近平
            2021年6月10日
            """)
        #expect(order.articles.first?.paragraphs.first?.text
            == "《中华人民共和国数据安全法》已由中华人民共和国第十三届全国人民代表大会常务委员会第二十九次会议于2021年6月10日通过，现予公布，自2021年9月1日起施行。")
    }

    /// A book's brief cut after its first words (《诗词里的中国》 | 本书精选历代 | 诗词百余首，…): 本书 opens a sentence, not a
    /// subtitle.
    @Test func aBookBriefCutAfterItsFirstWords() {
        #expect(Markers.opensSentence("本书精选历代") && Markers.opensSentence("该书以") && !Markers.opensSentence("书香中国"))
        let page = Self.clip("""
            《乡村振兴十讲》

            本书由多位专家学者撰写，阐释了乡村振兴的理论与实践。

            （中国农业出版社出版）

            《诗词里的中国》

            本书精选历代

            诗词百余首，带领读者领略诗词之美。

            （中华书局出版）
            """)
        #expect(page.articles.map(\.headline) == ["《乡村振兴十讲》", "《诗词里的中国》"])
        #expect(page.articles.map(\.subtitle) == [nil, nil])
        #expect(page.articles.last?.paragraphs.first?.text == "本书精选历代诗词百余首，带领读者领略诗词之美。")
    }

    /// An agency story printed without a headline, its title on the dateline's line (新华社北京1月9日电　题：…): that
    /// title is its headline; with a headline of its own, or with a sentence after 题：, the line stays text.
    @Test func anAgencyTitleOnTheDatelineIsTheHeadline() {
        #expect(Markers.agencyTitle("题：坚定信心　开拓进取——写在新春佳节之际")! == ("坚定信心　开拓进取", "——写在新春佳节之际"))
        #expect(Markers.agencyTitle("题：以更大力度推动科技创新")! == ("以更大力度推动科技创新", nil))
        #expect(Markers.agencyTitle("题：以更大力度推动科技创新。专家表示…") == nil)
        #expect(Markers.agencyTitle("题材丰富") == nil)
        let page = Self.clip("""
            　　新华社北京1月9日电　题：以更大力度推动科技创新
            　　新华社记者　张　华　李　明
            　　科技创新是发展新质生产力的核心要素。
            　　专家表示，要进一步完善科技创新体系。

            冰雪旅游持续升温
            　　新华社哈尔滨1月9日电　题：冰城迎客来
            　　进入1月，哈尔滨冰雪大世界游人如织。
            """)
        #expect(page.articles.map(\.headline) == ["以更大力度推动科技创新", "冰雪旅游持续升温"])
        #expect(page.articles.map(\.kind) == [.news, .news])
        #expect(page.articles[0].reporters == ["张华", "李明"])
        #expect(page.articles[0].paragraphs.map(\.text) == ["科技创新是发展新质生产力的核心要素。", "专家表示，要进一步完善科技创新体系。"])
        #expect(page.articles[1].paragraphs.first?.text == "题：冰城迎客来")
    }

    /// An essay's author under its title on a page without indents (月光下的小院 | 刘晓梅 | 小时候，…), bare or behind a
    /// mark (□　刘晓梅, ◎张远): the author, not a paragraph's start that a break cut before 小时候 — one line a paragraph
    /// and with a blank after every line.
    @Test func aPenNameUnderItsTitleOnAFlushPage() {
        for author in ["刘晓梅", "□　刘晓梅", "◎张远"] {
            for gap in ["\n", "\n\n"] {
                let page = Self.clip(
                    ["月光下的小院", author, "小时候，家里的小院是我最喜欢的地方。夏夜，奶奶摇着蒲扇，给我讲牛郎织女的故事。",
                     "如今奶奶已经离开多年，小院也翻修一新。"].joined(separator: gap))
                #expect(page.articles.count == 1)
                #expect(page.articles.first?.reporters == [author.hasSuffix("张远") ? "张远" : "刘晓梅"], "\(author)")
                #expect(page.articles.first?.paragraphs.first?.text == "小时候，家里的小院是我最喜欢的地方。夏夜，奶奶摇着蒲扇，给我讲牛郎织女的故事。")
            }
        }
    }

    /// A theory page's standing columns over an essay's title (新知新觉, 思想纵横) and an opinion page's (来论, 人民观点):
    /// kickers, not headlines with the title as their subtitle.
    @Test func theoryAndOpinionColumnsAreKickers() {
        for column in ["新知新觉", "思想纵横", "学思践悟", "来论", "人民观点", "暖闻热评"] {
            let page = Self.clip("""
                深刻把握新质生产力的实践要求
                王立新
                　　发展新质生产力是推动高质量发展的内在要求。

                \(column)
                以数字化赋能基层治理
                赵晓峰
                　　数字技术的广泛应用，使基层治理从经验判断向数据分析转变。
                """)
            #expect(page.articles.count == 2)
            #expect(page.articles.last?.kicker == column)
            #expect(page.articles.last?.headline == "以数字化赋能基层治理")
            #expect(page.articles.last?.subtitle == nil)
        }
    }

    /// A chart's title over its source and its maker (制造业PMI走势图 | 数据来源：国家统计局 | 制图：王子萱) is the chart's,
    /// dropped with its credits, not the headline of the report under it; a column's label behind a bullet over a
    /// headline (■ 经济快评) is that piece's kicker, not the last paragraph of the piece above, and 快评 marks commentary.
    @Test func aChartsTitleAndABulletedColumn() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "制造业PMI走势图", "数据来源：国家统计局", "制图：王子萱", "", "前三季度我国货物贸易进出口增长4%", "本报记者　冯其予",
                    "海关总署11月6日发布数据显示，前三季度，我国货物贸易进出口总值33.61万亿元，同比增长4%。", "",
                    "■ 经济快评", "消费新场景激发市场活力", "周　琳", "今年以来，各地积极培育消费新场景，有效激发了市场活力。",
                ].joined(separator: gap))
            #expect(page.articles.map(\.headline) == ["前三季度我国货物贸易进出口增长4%", "消费新场景激发市场活力"])
            #expect(page.articles.map(\.subtitle) == [nil, nil])
            #expect(page.articles.map(\.kicker) == [nil, "■ 经济快评"])
            #expect(page.articles.map(\.kind) == [.news, .commentary])
            #expect(page.articles.first?.paragraphs.count == 1)
            #expect(page.dropped.map(\.text) == ["制造业PMI走势图", "数据来源：国家统计局", "制图：王子萱"])
        }
    }

    /// A box's label in lenticular brackets between an article's paragraphs (【专家提醒】) is a paragraph of its own on a
    /// flush page too, as the indented page sets it: the advice under it does not run on from it.
    @Test func aBracketedLabelOnAFlushPageStandsAlone() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "冬季如何预防呼吸道疾病", "本报记者　孙秀艳", "入冬以来，流感等呼吸道疾病进入高发期。", "接种流感疫苗是预防流感最有效的手段。",
                    "【专家提醒】", "老年人、儿童和慢性病患者是流感的高危人群，应尽早接种疫苗。",
                ].joined(separator: gap))
            #expect(page.articles.first?.paragraphs.map(\.text)
                == ["入冬以来，流感等呼吸道疾病进入高发期。", "接种流感疫苗是预防流感最有效的手段。", "【专家提醒】", "老年人、儿童和慢性病患者是流感的高危人群，应尽早接种疫苗。"])
        }
    }

    /// A box's label right over a title with text under it (…潜力。 | 延伸阅读 | 什么是新能源汽车下乡 | …) is the kicker of
    /// a piece of its own, however the page sets it apart; over text alone (链接 | 今年前10个月…) it is a paragraph of
    /// the text above.
    @Test func aBoxLabelOverATitleHeadsAPieceOfItsOwn() {
        for printing in [
            "新能源汽车下乡活动启动\n　　工业和信息化部副部长辛国斌表示，新能源汽车下乡有利于释放农村消费潜力。\n链接\n　　今年前10个月，我国新能源汽车产销两旺。\n延伸阅读\n什么是新能源汽车下乡\n　　新能源汽车下乡活动自2020年起连续举办。",
            "新能源汽车下乡活动启动\n工业和信息化部副部长辛国斌表示，新能源汽车下乡有利于释放农村消费潜力。\n链接\n今年前10个月，我国新能源汽车产销两旺。\n\n延伸阅读\n什么是新能源汽车下乡\n新能源汽车下乡活动自2020年起连续举办。",
        ] {
            let page = Self.clip(printing)
            #expect(page.articles.map(\.headline) == ["新能源汽车下乡活动启动", "什么是新能源汽车下乡"])
            #expect(page.articles.map(\.kicker) == [nil, "延伸阅读"])
            #expect(page.articles.first?.paragraphs.map(\.text)
                == ["工业和信息化部副部长辛国斌表示，新能源汽车下乡有利于释放农村消费潜力。", "链接", "今年前10个月，我国新能源汽车产销两旺。"])
        }
        #expect(ArticleSegmenter.assignStack(["相关链接", "什么是新质生产力"]) == ("相关链接", "什么是新质生产力", nil))
    }

    /// A running head that a dump of several pages left inside a paragraph is read around: the paragraph runs on
    /// across it, and the head is dropped as furniture.
    @Test func aRunningHeadInsideAParagraph() {
        let page = Self.clip("""
            人民日报　2025年12月31日　星期三　3
            要闻

            冬季旅游市场持续升温
            　　本报北京12月30日电　（记者王珂）记者
            从文化和旅游部获悉：入冬以来，全国冰雪旅
            游持续升温，哈尔滨、长春、乌鲁木齐等地接
            待游客人次同比增长超过20%。
            　　业内人士表示，冰雪经济正成为拉动消费
            人民日报　2025年12月31日　星期三　3
            的新增长点。各地推出一批冰雪旅游线路，丰
            富产品供给。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.last?.text == "业内人士表示，冰雪经济正成为拉动消费的新增长点。各地推出一批冰雪旅游线路，丰富产品供给。")
        #expect(page.dropped.map(\.range.first) == [1, 2, 10])
    }

    /// A news site's copy: the time and source under the headline (2025-11-17 18:32:05　来源：新华网) and its list of
    /// links under 相关新闻 are furniture, not a subtitle and an article of link titles.
    @Test func aSitesTimeAndItsListOfLinksAreFurniture() {
        let page = Self.clip("""
            习近平同法国总统马克龙会谈
            2025-11-17 18:32:05　来源：新华网
            　　新华社北京11月17日电（记者孙楠）国家主席习近平17日在人民大会堂同法国总统马克龙举行会谈。
            分享到：
            相关新闻
            · 习近平举行仪式欢迎法国总统访华
            · 王毅会见法国外长
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.subtitle == nil)
        #expect(page.dropped.map(\.text).suffix(2) == ["· 习近平举行仪式欢迎法国总统访华", "· 王毅会见法国外长"])
        // Titles with no bullet right under the label are links too; the next article's headline, right over its lead,
        // is not.
        let bare = Self.clip("""
            我国首艘大洋钻探船完成首次科考任务
            新华社广州12月30日电（记者 胡林果）我国首艘大洋钻探船圆满完成首次科学考察任务。（完）
            相关新闻
            “梦想”号大洋钻探船入列
            我国深海科技取得新突破
            我国深海科技取得新突破
            新华社北京12月30日电（记者 张三）我国深海科技日前取得新突破。
            """)
        #expect(bare.articles.map(\.headline) == ["我国首艘大洋钻探船完成首次科考任务", "我国深海科技取得新突破"])
        #expect(bare.articles.map(\.subtitle) == [nil, nil])
        #expect(bare.dropped.map(\.text) == ["相关新闻", "“梦想”号大洋钻探船入列", "我国深海科技取得新突破"])
    }

    /// A kicker ending in its dash, indented as the paragraphs are, right over a flush headline that a byline confirms
    /// (　　全国冬季运动会开幕在即—— | 冰雪健儿蓄势待发 | 本报记者　季　芳) is the kicker, in every printing of the
    /// indented page, not a paragraph of its own; a law page's 以案说法 over a headline is its column's name.
    @Test func anIndentedDashedKickerAndALawColumn() {
        for printing in [
            "体育\n　　全国冬季运动会开幕在即——\n冰雪健儿蓄势待发\n本报记者　季　芳\n　　距离全国冬季运动会开幕还有不到两个月，各代表团正抓紧备战。",
            "体育\n\n　　全国冬季运动会开幕在即——\n\n冰雪健儿蓄势待发\n本报记者　季　芳\n\n　　距离全国冬季运动会开幕还有不到两个月，各代表团正抓紧备战。",
            "体育\n　　全国冬季运动会开幕在即——\n冰雪健儿蓄势待发\n本报记者　季　芳\n　　距离全国冬季运动会开幕还有不到\n两个月，各代表团正抓紧备战。",
        ] {
            let page = Self.clip(printing)
            #expect(page.articles.count == 1)
            #expect(page.articles.first?.kicker == "全国冬季运动会开幕在即——")
            #expect(page.articles.first?.headline == "冰雪健儿蓄势待发")
            #expect(page.articles.first?.reporters == ["季芳"])
        }
        let law = Self.clip("以案说法\n网购“七天无理由退货”不能随意排除\n本报记者　张　璁\n　　【案情】\n　　2024年5月，消费者王某在网上购买了一台笔记本电脑。")
        #expect(law.articles.first?.kicker == "以案说法")
        #expect(law.articles.first?.headline == "网购“七天无理由退货”不能随意排除")
        #expect(law.articles.first?.subtitle == nil)
    }

    /// A body's name signing a document with the date right under it (全国人民代表大会常务委员会 | 2025年4月30日), a blank
    /// under the text and a blank over the next document's title: the first document's close, not the second's kicker
    /// over a date dropped as the page's head — also where a blank follows every paragraph but none the title's lines.
    @Test func anIssuingBodysSignatureClosesItsDocument() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                "中华人民共和国第十四届全国人民代表大会常务委员会公告\n第八十号\n\n"
                    + ["　　《中华人民共和国民营经济促进法》已由第十四届全国人民代表大会常务委员会第十五次会议通过，现予公布。", "　　现予公告。", ""]
                    .joined(separator: gap)
                    + "\n全国人民代表大会常务委员会\n2025年4月30日\n\n国务院关于进一步优化营商环境的意见\n国发〔2025〕18号\n\n"
                    + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n　　为进一步优化营商环境，现提出如下意见。")
            #expect(page.articles.map(\.headline) == ["中华人民共和国第十四届全国人民代表大会常务委员会公告", "国务院关于进一步优化营商环境的意见"])
            #expect(page.articles.first?.paragraphs.suffix(2).map(\.text) == ["全国人民代表大会常务委员会", "2025年4月30日"])
            #expect(page.articles.last?.kicker == nil)
            #expect(page.dropped.isEmpty)
        }
    }

    /// An index box's label, flush, a blank under the last paragraph of an indented page's article (…确保麦苗安全越冬。 |
    /// (blank) | 今日导读 | ■ 加快构建新发展格局　第五版): the box's, not the rest of that paragraph after a column break.
    @Test func anIndexLabelUnderAParagraphHeadsItsBox() {
        let page = Self.clip("""
            全国冬小麦播种基本结束
            　　本报北京12月8日电　（记者郁静娴）记者从农业农村部获悉：截至目前，全国冬小麦播种基本结束。
            　　农业农村部有关负责人表示，将指导各地加强冬前田间管理，确保麦苗安全越冬。

            今日导读
            ■ 加快构建新发展格局　　　　第五版
            ■ 让更多年轻人爱上传统文化　　　　第十二版
            """)
        #expect(page.articles.map(\.headline) == ["全国冬小麦播种基本结束", "今日导读"])
        #expect(page.articles.first?.paragraphs.last?.text == "农业农村部有关负责人表示，将指导各地加强冬前田间管理，确保麦苗安全越冬。")
    }

    /// A headline ending in a verb and 对 done right (如何用好用对), with a comma or not, flush a blank under an indented
    /// page's finished paragraph and confirmed by the byline under its stack: the headline of an article of its own, not
    /// the rest of that paragraph after a column break.
    @Test func aHeadlineEndingInVerbAndDui() {
        for stack in ["人工智能进课堂，如何用好用对\n——访北京师范大学教授余胜泉", "人工智能进课堂要用好用对"] {
            let page = Self.clip(
                "教育\n\n　　这是上一篇文章的最后一段。\n\n\(stack)\n光明日报记者　邓　晖\n\n　　记者：人工智能进入课堂，会给教学带来哪些改变？")
            #expect(page.articles.count == 2)
            #expect(page.articles.first?.paragraphs.map(\.text) == ["这是上一篇文章的最后一段。"])
            #expect(page.articles.last?.headline == stack.split(separator: "\n").first.map(String.init))
            #expect(page.articles.last?.reporters == ["邓晖"])
        }
    }

    @Test func aBriefCreditedAtItsFootEndsBeforeTheTitlesUnderIt() {
        let page = Self.clip("""
            综合

            ■简讯
            　　本报讯　近日，青岛港集装箱吞吐量突破3000万标准箱，创历史新高。（记者　赵　琳）
            　　本报讯　12月17日，全省乡村振兴创新创业大赛决赛在潍坊举行，30个项目获奖。（记者　马　超）

            讣　告
            　　山东省政协原副主席王建国同志，因病医治无效，于2025年12月16日在济南逝世，享年89岁。

            天气预报
            　　据山东省气象台预报，19日夜间到20日白天，全省天气晴。
            """)
        #expect(page.articles.map(\.headline) == [nil, nil, "讣　告", "天气预报"])
        #expect(page.articles.map(\.reporters) == [["赵琳"], ["马超"], [], []])
        #expect(page.articles.map(\.paragraphs.count) == [1, 1, 1, 1])
    }

    @Test func anInterviewsTurnsSetFlushUnderAFinishedParagraphAreParagraphs() {
        let page = Self.clip("""
            记者手记
            　　采访结束时，天已经黑了。那一刻，他的眼睛比星星还亮。

            问：冬季如何预防流感？
            答：专家建议，及时接种流感疫苗，勤洗手、常通风。
            """)
        #expect(page.articles.map { $0.paragraphs.map(\.text) } == [[
            "采访结束时，天已经黑了。那一刻，他的眼睛比星星还亮。", "问：冬季如何预防流感？", "答：专家建议，及时接种流感疫苗，勤洗手、常通风。",
        ]])
        // (A flush line under a finished paragraph is still its rest after a column break where it opens no turn.)
        let rest = Self.clip("记者手记\n　　采访结束时，天已经黑了。\n\n问题是，他的眼睛比星星还亮。")
        #expect(rest.articles.map { $0.paragraphs.map(\.text) } == [["采访结束时，天已经黑了。问题是，他的眼睛比星星还亮。"]])
    }

    /// Hard wraps: an interview's turn opens its paragraph under a full line that ends a sentence (…星星还亮。 | 问：…),
    /// where paragraphs are indented and where they are not.
    @Test func anInterviewsTurnOpensItsParagraphUnderAFullLine() {
        let text = """
            “我想让更多孩子看到星空”
            本报记者　孙　震
            　　在云南丽江的一所乡村小学，每到周五晚上，操场上
            总会架起几台天文望远镜。孩子们排着队，等着看月亮上
            的环形山。
            　　架起望远镜的，是天文科普志愿者周明远。过去8年
            ，他带着望远镜走进了120多所乡村学校。
            　　采访结束时，天已经黑了。周明远抬头看了看天空，
            说今晚能看到猎户座。那一刻，他的眼睛比星星还亮。
            问：冬季如何预防流感？
            答：专家建议，及时接种流感疫苗，勤洗手、常通风，出
            现发热症状及时就医。
            """
        for page in [text, text.replacingOccurrences(of: "　　", with: "")] {
            let last = Self.clip(page).articles.last?.paragraphs.suffix(3).map(\.text)
            #expect(last == ["采访结束时，天已经黑了。周明远抬头看了看天空，说今晚能看到猎户座。那一刻，他的眼睛比星星还亮。",
                "问：冬季如何预防流感？", "答：专家建议，及时接种流感疫苗，勤洗手、常通风，出现发热症状及时就医。"])
        }
    }

    /// A pen name under a title under a column's name, one paragraph a line: the author, though its surname and
    /// first given character make a word (王国平: 王国) — no wrap cut that title.
    @Test func aPenNameWhoseFirstCharactersMakeAWord() {
        let page = Self.clip("大地\n\n金台随笔\n\n读书的温度\n\n王国平\n\n读书是有温度的。一本好书，能让人感到温暖。\n\n有人说，现在是读图时代。")
        #expect(page.articles.first?.reporters == ["王国平"])
        #expect(page.articles.first?.paragraphs.map(\.text) == ["读书是有温度的。一本好书，能让人感到温暖。", "有人说，现在是读图时代。"])
    }

    /// Another paper's wire alone on its line, a break under it (南方日报讯 | (blank) | （记者/刘　倩　通讯员/穗发改）…), is
    /// the lead that the break cut, as 本报讯 alone is: its reporters and text follow, no subtitle.
    @Test func anotherPapersWireAloneOverABreak() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip("一批重大项目集中开工\n南方日报讯\(gap)（记者/刘　倩　通讯员/穗发改）11月30日，广州南沙新区举行重大项目集中开工活动。\n")
            #expect(page.articles.first?.subtitle == nil)
            #expect(page.articles.first?.source == "南方日报讯" && page.articles.first?.reporters == ["刘倩", "穗发改"])
            #expect(page.articles.first?.paragraphs.map(\.text) == ["11月30日，广州南沙新区举行重大项目集中开工活动。"])
        }
    }

    /// A translated report's conventions (参考消息), flush with a blank after every paragraph: the original title after
    /// the lead (【路透社北京12月3日电】题：…) is a paragraph of its own, though no sentence's mark ends it; the site's note at
    /// the foot (（参考消息网12月4日报道）) ends the report, no headline of the next; a break before a line that points back
    /// (…行业组织 | 对此表示欢迎，…) cut a paragraph, no headline over it.
    @Test func aTranslatedReportsTitleNoteAndABreakBeforeAPointerBack() {
        let page = Self.clip("""
            欧盟拟推迟实施新数字规则

            【法新社布鲁塞尔12月2日电】欧盟委员会2日提议，将部分数字领域新规的实施时间推迟一年。

            欧委会发言人说，这一调整旨在减轻企业负担。

            一些成员国和行业组织

            对此表示欢迎，但也有议员批评称，这将削弱对消费者的保护。

            中国新能源汽车出口持续增长

            【路透社北京12月3日电】题：中国电动汽车出口势头强劲

            中国汽车工业协会3日公布的数据显示，中国新能源汽车出口量同比增长约40%。

            （参考消息网12月4日报道）

            德国经济预计明年小幅增长

            本报讯　据德国之声电台网站12月2日报道，德国经济研究所预测，德国经济明年将增长0.9%。
            """)
        #expect(page.articles.map(\.headline) == ["欧盟拟推迟实施新数字规则", "中国新能源汽车出口持续增长", "德国经济预计明年小幅增长"])
        #expect(page.articles.first?.paragraphs.last?.text == "一些成员国和行业组织对此表示欢迎，但也有议员批评称，这将削弱对消费者的保护。")
        #expect(page.articles[1].paragraphs.map(\.text) == ["题：中国电动汽车出口势头强劲", "中国汽车工业协会3日公布的数据显示，中国新能源汽车出口量同比增长约40%。"])
        #expect(page.articles[1].source == "路透社")
        #expect(Markers.parseDatelineNote("（参考消息网12月4日报道）", issueDate: nil)?.text == "参考消息网12月4日报道")
    }

    /// A translator's credit that the hard wrap put on a line of its own under a full line ending the text (…企业投资。 |
    /// （编译/刘　洋）) closes that paragraph, as a brief's credit does.
    @Test func aTranslatorsCreditTheWrapPutAlone() {
        let page = Self.clip("""
            美媒：美制造业活动连续萎缩
            　　据美联社12月1日报道，美国供应管理协会1日公布的数
            据显示，11月美国制造业采购经理人指数为48.2，连续第九
            个月低于荣枯线。
            　　报道称，关税政策带来的不确定性仍在抑制企业投资。
            （编译/刘　洋）

            日本研发新型固态电池
            　　【共同社东京12月3日电】日本一家汽车制造商3日宣布
            ，已成功研发出续航里程超过1000公里的新型固态电池，计
            划于2028年投入量产。
            　　该电池采用新型电解质材料，充电时间可缩短至十分钟
            以内。
            """)
        #expect(page.articles.map(\.headline) == ["美媒：美制造业活动连续萎缩", "日本研发新型固态电池"])
        #expect(page.articles.first?.paragraphs.last?.text == "报道称，关税政策带来的不确定性仍在抑制企业投资。（编译/刘　洋）")
        #expect(Markers.isTranslatorNote("（编译/刘　洋）") && Markers.isTranslatorNote("（编译：刘洋　李明）") && !Markers.isTranslatorNote("（编译组）"))
    }

    /// A theory page's conventions. References set as GB/T 7714 sets them keep their marks as printed, whole or cut by
    /// the hard wrap (…北京:人民出 | 版社,2024:35.); a column's name ending in 新视野 over a headline is its kicker; an
    /// excerpt's source under its text (——摘自《…》（…2025年版）) ends the piece, no headline of its own, even with no
    /// blank between paragraphs.
    @Test func aTheoryPagesReferencesColumnAndExcerptSource() {
        let wrapped = Self.clip("""
            深刻把握新质生产力的实践要求
            　　发展新质生产力是推动高质量发展的内在要求和重要着力点。必
            须从理论和实践的结合上，深刻理解新质生产力的科学内涵，把握其
            实践要求。
            　　参考文献：
            　　[1]习近平.发展新质生产力是推动高质量发展的内在要求和重要
            着力点[J].求是,2024(11).
            　　[2]李建平.论新质生产力[M].北京:人民出版社,2024:35.
            """)
        #expect(wrapped.articles.first?.paragraphs.suffix(2).map(\.text) == [
            "[1]习近平.发展新质生产力是推动高质量发展的内在要求和重要着力点[J].求是,2024(11).", "[2]李建平.论新质生产力[M].北京:人民出版社,2024:35.",
        ])
        let excerpt = Self.clip("""
            学术争鸣
            数字经济与实体经济如何深度融合
            推动数字经济和实体经济深度融合，是把握新一轮科技革命和产业变革新机遇的战略选择。
            理论新视野
            中国式现代化的文明意蕴
            中国式现代化深深植根于中华优秀传统文化，体现科学社会主义的先进本质。
            ——摘自《中国式现代化的文明逻辑》（人民出版社2025年版）
            """)
        #expect(excerpt.articles.map(\.kicker) == ["学术争鸣", "理论新视野"])
        #expect(excerpt.articles.map(\.headline) == ["数字经济与实体经济如何深度融合", "中国式现代化的文明意蕴"])
        #expect(excerpt.articles.last?.paragraphs.last?.text == "——摘自《中国式现代化的文明逻辑》（人民出版社2025年版）")
        #expect(Markers.isExcerptSource("（选自《人民日报》2025年3月1日）") && !Markers.isExcerptSource("——摘自《中国式现代化的"))
    }

    /// A front page's index in hard wraps: an item's page that the wrap put on a line of its own, under the item's full
    /// last line (…号入列　　　 | 第六版, …号入 | 列　　　第六版 is whole), is the item's end, not the page's furniture.
    @Test func anIndexItemsPageTheWrapPutAlone() {
        let wide = """
            坚定信心\u{3000}乘势而上
            本报评论员
            \u{3000}\u{3000}信心比黄金更重要。中央经济工作会议对明
            年经济工作作出全面部署，为做好经济工作指明
            了方向。
            \u{3000}\u{3000}（下转第四版）

            导读
            ▶ 国务院新闻办公室发布《新时代的中国绿色
            发展》白皮书\u{3000}\u{3000}\u{3000}第三版
            ▶ 我国首艘大洋钻探船“梦想”号入列\u{3000}\u{3000}\u{3000}
            第六版

            \u{3000}\u{3000}12月5日，“梦想”号大洋钻探船在广州南
            沙入列。这是我国首艘自主设计建造的大洋钻探
            船。
            \u{3000}\u{3000}新华社记者\u{3000}刘大伟摄
            """
        let narrow = """
            坚定信心\u{3000}乘势而上
            本报评论员
            \u{3000}\u{3000}信心比黄金更重要。中央经济工作会
            议对明年经济工作作出全面部署，为做好
            经济工作指明了方向。
            \u{3000}\u{3000}（下转第四版）

            导读
            ▶ 国务院新闻办公室发布《新时代的中
            国绿色发展》白皮书\u{3000}\u{3000}\u{3000}第三版
            ▶ 我国首艘大洋钻探船“梦想”号入列
            \u{3000}\u{3000}\u{3000}第六版

            \u{3000}\u{3000}12月5日，“梦想”号大洋钻探船在
            广州南沙入列。这是我国首艘自主设计建
            造的大洋钻探船。
            \u{3000}\u{3000}新华社记者\u{3000}刘大伟摄
            """
        for text in [wide, narrow] {
            let page = Self.clip(text)
            #expect(page.articles[1].paragraphs.last?.text.withoutSpaces == "▶我国首艘大洋钻探船“梦想”号入列第六版")
            #expect(page.dropped.isEmpty)
        }
    }

    /// A poem under a column's label the list knows (新诗 | 山路 | 李　琦 | lines), with a photo's caption and credit right
    /// under its last line and no blank between: the label is the kicker, the title the headline, the name the author,
    /// every line of verse the poem's, and the caption a picture of its own. So too with a blank after every line.
    @Test func aPoemUnderAColumnsLabelOverACaption() {
        let lines = ["新诗", "山路", "李　琦", "山路弯弯", "绕过一座又一座山", "母亲站在村口", "望着我远去的背影", "题图：陕西省延安市宝塔区的乡村冬景。", "新华社记者　陶　明摄"]
        for text in [lines.joined(separator: "\n"), lines.joined(separator: "\n\n"), lines.dropFirst().joined(separator: "\n")] {
            let page = Self.clip(text)
            #expect(page.articles.map(\.headline) == ["山路", nil])
            #expect(page.articles.first?.reporters == ["李琦"])
            #expect(page.articles.first?.paragraphs.map(\.text) == ["山路弯弯", "绕过一座又一座山", "母亲站在村口", "望着我远去的背影"])
            #expect(page.articles.last?.kind == .photo && page.articles.last?.photographers == ["陶明"])
        }
        #expect(Self.clip(lines.joined(separator: "\n")).articles.first?.kicker == "新诗")
    }

    /// A commentary page: a column named by its pen name (仲音) or ending in 锐评 stands over commentary, and a cartoon
    /// credited 商　海作（新华社发） under its caption is a picture by that artist, not the commentary's last paragraph.
    @Test func aPenNameColumnAndACartoonCreditedBeforeTheAgency() {
        let page = Self.clip("""
            仲音
            让群众办事更便捷
            　　便民服务没有终点。要从群众需求出发，让数据多跑路、群众少跑腿。

            金台锐评
            别让“过度包装”掏空消费者钱包
            　　治理过度包装，既要靠监管，也要靠引导。相关部门应加大抽检力度。

            　　漫画：“减负”？
            　　商　海作（新华社发）
            """)
        #expect(page.articles.map(\.kind) == [.commentary, .commentary, .photo])
        #expect(page.articles.last?.photographers == ["商海"])
        #expect(page.articles.last?.paragraphs.map(\.text) == ["漫画：“减负”？"])
    }

    /// Paragraphs indented: an unindented foot byline under a brief is the brief's end that a column break pushed
    /// down, a blank between them or none.
    @Test func aFootBylineAColumnBreakPushedDownABlankUnder() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip("""
                ■简讯
                　　本报讯　近日，青岛港集装箱吞吐量突破3000万标准箱，创历史新高。\(gap)（记者　赵　琳　通讯员　孙　伟）
                　　本报讯　12月17日，全省创新创业大赛决赛在潍坊举行，30个项目获奖。（记者　马　超）
                """)
            #expect(page.articles.map { $0.paragraphs.map(\.text) } == [
                ["近日，青岛港集装箱吞吐量突破3000万标准箱，创历史新高。（记者　赵　琳　通讯员　孙　伟）"], ["12月17日，全省创新创业大赛决赛在潍坊举行，30个项目获奖。（记者　马　超）"],
            ])
            #expect(page.articles.map(\.reporters) == [["赵琳", "孙伟"], ["马超"]])
        }
    }

    /// A body's signature a blank under its notice's text, on a flush page, signs it: no piece of its own.
    @Test func aSignatureABlankUnderANoticeSignsIt() {
        let page = Self.clip("""
            要闻

            国务院任免国家工作人员
            新华社北京12月21日电　国务院任免国家工作人员。
            任命王晓东为国家发展和改革委员会副主任；任命李红梅为教育部副部长。
            免去张建国的国家统计局副局长职务；免去刘志强的商务部部长助理职务。

            更　　正
            本报12月20日第3版《推动冬季农业生产提质增效》一文中，“副厅长王敏”应为“副厅长王明”。特此更正。

            本报编辑部
            """)
        #expect(page.articles.count == 2)
        #expect(page.articles.last?.paragraphs.last?.text == "本报编辑部")
    }

    /// Hard-wrapped, paragraphs apart: a headline's last character wrapped onto a line of its own, then a blank, then
    /// its ——subtitle. The subtitle stays in the stack: no piece opens with one.
    @Test func aDashedSubtitleABlankUnderAWrappedHeadlineStaysInItsStack() {
        let page = Self.clip(
            "创新驱动　成果转化\n让实验室里的“金点子”变成车间里的“金果子\n”\n\n——江苏推进科技成果转化工作综述\n本报记者　过国忠\n"
                + "今年以来，江苏省科技厅围绕产业链部署创\n新链，全省技术合同成交额达到3800亿元，同比\n增长21.3%。\n\n"
                + "在苏州工业园区，一家从南京大学孵化出来的\n企业，用3年时间把一项技术从论文变成了产品\n。\n")
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.kicker == "创新驱动　成果转化")
        #expect(page.articles.first?.headline == "让实验室里的“金点子”变成车间里的“金果子”")
        #expect(page.articles.first?.subtitle == "——江苏推进科技成果转化工作综述")
        #expect(page.articles.first?.reporters == ["过国忠"])
    }

    /// Hard-wrapped without indents: a caption's first line (图为…) is no headline, however the wrap cut it.
    @Test func aCaptionsFirstLineIsNoHeadline() {
        let page = Self.clip(
            "国家发展改革委副主任李春临介绍，规划建\n议提出了未来五年经济社会发展的主要目标\n。\n（下转第四版）\n\n"
                + "图为福建省福州市一处老旧小区改\n造后的景象。（资料图片）\n")
        #expect(page.articles.last?.kind == .photo)
        #expect(page.articles.last?.headline == nil)
        #expect(page.articles.last?.paragraphs.first?.text.hasPrefix("图为福建省福州市一处老旧小区改造后的景象。") == true)
    }

    /// Hard-wrapped without indents: a numbered caption opens its line though the caption above ends in its credit, which
    /// the wrap cut (…候车。　新华 | 社记者　李　博摄 | 图②：…).
    @Test func aNumberedCaptionOpensItsLine() {
        let page = Self.clip(
            "为应对客流高峰，铁路部门加开旅客列车1500余列。\n　\n图①：9月30日，旅客在江苏南京南站候车。　新华\n社记者　李　博摄\n"
                + "图②：10月1日，游客在浙江杭州西湖景区游览。　\n视觉中国供图\n图③：10月1日，市民在广东广州越秀公园赏花。　\n本报记者　罗艾桦摄\n")
        #expect(page.articles.last?.paragraphs.map(\.text) == [
            "图①：9月30日，旅客在江苏南京南站候车。", "图②：10月1日，游客在浙江杭州西湖景区游览。", "图③：10月1日，市民在广东广州越秀公园赏花。",
        ])
        #expect(page.articles.last?.photographers == ["李博", "罗艾桦"])
    }

    /// Hard-wrapped: a headline and a subtitle that each fill the line, right over the lead, are its stack (text over a
    /// lead would have ended its sentence).
    @Test func aHeadlineAndSubtitleThatFillTheLineOverALead() {
        let page = Self.clip(
            "工人日报\n\n全国总工会部署开展职工技能提升行动\n今年将培训一线职工500万人次以上\n　　本报讯（记者 赵剑影 通讯员 孟\n"
                + "　辉）10月14日，全国总工会召开职工\n技能提升行动推进会。记者从会上获悉\n，今年全国各级工会将围绕先进制造业\n"
                + "、现代服务业等领域，培训一线职工50\n0万人次以上。\n　　会议要求，到2027年，全国职工创新\n工作室数量要达到15万家。\n")
        #expect(page.articles.map(\.headline) == ["全国总工会部署开展职工技能提升行动"])
        #expect(page.articles.first?.subtitle == "今年将培训一线职工500万人次以上")
        #expect(page.articles.first?.reporters == ["赵剑影", "孟辉"])
        #expect(page.articles.first?.paragraphs.count == 2)
    }

    /// One paragraph a line with a blank after every line: the next item of a numbered list is no rest of the item
    /// above, though that item ends in no full stop (a results table: 1．苏炳添（广东）　10秒01).
    @Test func theNextItemOfANumberedListOpensItsLine() {
        let page = Self.clip("体育\n\n男子100米决赛成绩\n\n1．苏炳添（广东）　10秒01\n\n2．谢震业（浙江）　10秒05\n\n3．陈冠锋（福建）　10秒12\n")
        #expect(page.articles.first?.paragraphs.map(\.text) == ["1．苏炳添（广东）　10秒01", "2．谢震业（浙江）　10秒05", "3．陈冠锋（福建）　10秒12"])
        // (Items that run in, one after another in a paragraph, may still be cut right before the next one.)
        let runIn = Self.clip("""
            要闻

            （一）稳就业，各地要落实政策，确保就业稳定，

            （二）保民生。各地要兜牢底线，确保群众生活稳定；（三）促发展。各地要推动高质量发展。
            """)
        #expect(runIn.articles.first?.paragraphs.count == 1)
    }
}

extension ArticleSegmenterTests {
    /// A brief's lead cut by a break: right after its role word (●本报讯　记者　 | 张　晨　11月18日…), the name comes
    /// from the next line; inside its text (…张　晨　11 | 月18日…), the bullet makes no subhead of it.
    @Test func aBriefsLeadCutByABreak() {
        let briefs = ["●本报讯　记者　张　晨　11月18日，司法部召开全国公共法律服务体系建设推进会。", "●本报讯　记者　马　超　公安部交通管理局日前通报，全国共查处酒驾醉驾违法行为31.5万起。"]
        for (head, rest) in [("●本报讯　记者　", "张　晨　11月18日，"), ("●本报讯　记者　张　晨　11", "月18日，")] {
            let page = Self.clip("法治动态\n　　\(head)\n\n\(rest)司法部召开全国公共法律服务体系建设推进会。\n　　\(briefs[1])\n")
            #expect(page.articles.map(\.reporters) == [["张晨"], ["马超"]], "\(head)")
            #expect(page.articles.first?.paragraphs.map(\.text) == ["11月18日，司法部召开全国公共法律服务体系建设推进会。"], "\(head)")
        }
    }

    /// An indented line under a flush byline opens the text, however short: 新华社记者　王　松 | 　　初冬时节 | ，….
    @Test func anIndentedLineUnderAFlushBylineOpensTheText() {
        let page = Self.clip("""
            新闻·深度

            从“一粒种”到“一桌饭”
            ——黑龙江建三江垦区粮食生产全链条观察
            新华社记者　王　松　杨思琪　强　勇
            　　初冬时节
            ，黑龙江建三江垦区的黑土地上，秋收已经结束，晒场上的稻谷堆成了小山。
            　　建三江垦区是我国重要的商品粮基地，耕地面积1100多万亩。
            """)
        #expect(page.articles.first?.reporters == ["王松", "杨思琪", "强勇"])
        #expect(page.articles.first?.paragraphs.first?.text == "初冬时节，黑龙江建三江垦区的黑土地上，秋收已经结束，晒场上的稻谷堆成了小山。")
    }
}

extension ArticleSegmenterTests {
    /// A marked line over a headline and its dashed subtitle (■对话 | “让群众…” | ——访…) is that stack's kicker, whatever its
    /// words, not a subhead closing the article above.
    @Test func aMarkedLineOverAHeadlineAndItsSubtitle() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "北京新闻", "", "本市今冬明春将新增供热面积1500万平方米", "　　本报讯（记者　曹　政）昨天，记者从市城市管理委获悉，本市今冬明春将新增供热面积。",
                    "　　据了解，市民可拨打12345热线反映供热问题。", "", "■对话", "“让群众在家门口享受优质医疗”", "——访北京市卫生健康委主任刘　清",
                    "　　记者：今年本市在推进分级诊疗方面有哪些新举措？", "　　刘清：今年我们重点推进紧密型医联体建设。",
                ].joined(separator: gap))
            #expect(page.articles.map(\.kicker) == [nil, "■对话"], "\(gap.count)")
            #expect(page.articles.map(\.subtitle) == [nil, "——访北京市卫生健康委主任刘　清"], "\(gap.count)")
            #expect(page.articles.first?.paragraphs.count == 2, "\(gap.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A box's list of hotlines, flush (链接 | 本市供热服务热线 | 市民热线：12345 | 供热企业服务热线：96069): a label and its
    /// number is an item, no headline, and each stands on its line.
    @Test func aListOfHotlinesUnderABoxLabel() {
        #expect(!Markers.isHeadingShaped("市民热线：12345", maxColumns: 60))
        #expect(!Markers.isHeadingShaped("服务电话：010-65123456", maxColumns: 60))
        #expect(Markers.isHeadingShaped("前三季度我国货物贸易进出口增长4%", maxColumns: 60))
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "北京新闻", "", "冬季供暖也是民生温度计", "张　东", "让每一户居民都能温暖过冬，是城市应有的温度。", "",
                    "链接", "本市供热服务热线", "市民热线：12345", "供热企业服务热线：96069",
                ].joined(separator: gap))
            #expect(page.articles.map(\.headline) == ["冬季供暖也是民生温度计", "本市供热服务热线"], "\(gap.count)")
            #expect(page.articles.last?.paragraphs.map(\.text) == ["市民热线：12345", "供热企业服务热线：96069"], "\(gap.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// Text under the reporters that signed an article at its foot (（本报记者　贾平凡整理） | 问：…) is a piece of its own,
    /// with its own foot source (（据新华社电）), whether a blank stands between or not.
    @Test func textUnderAFootBylineIsAPieceOfItsOwn() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "要闻", "", "海外华侨华人热议中国高质量发展", "　　本报电　近日，多国华侨华人接受本报采访时表示，高质量发展为世界经济注入了确定性。",
                    "　　美国华人经济学者陈志武表示，中国持续扩大高水平对外开放。", "　　（本报记者　贾平凡整理）", "",
                    "问：外籍人士来华就医有哪些便利？", "答：目前全国已有超过200家医院开设国际医疗部。", "（据新华社电）",
                ].joined(separator: gap))
            #expect(page.articles.map(\.headline) == ["海外华侨华人热议中国高质量发展", nil], "\(gap.count)")
            #expect(page.articles.map(\.paragraphs.count) == [2, 2], "\(gap.count)")
            #expect(page.articles.map(\.reporters) == [["贾平凡"], []], "\(gap.count)")
            #expect(page.articles.last?.dateline?.text == "据新华社电", "\(gap.count)")
        }
    }

    /// A numbered caption's first line with its colon (图②：外国游客在上海外滩 | 拍照留念。) is never a headline, however a
    /// break cut it.
    @Test func aNumberedCaptionCutByABreakIsNoHeadline() {
        let page = Self.clip("要闻\n\n图①：外国游客在北京故宫博物院参观。　　本报记者　张武军摄\n图②：外国游客在上海外滩\n\n拍照留念。　　新华社记者　王　翔摄\n")
        #expect(page.articles.allSatisfy { $0.headline == nil })
        #expect(page.articles.flatMap(\.paragraphs).map(\.text).last == "图②：外国游客在上海外滩拍照留念。")
    }
}

extension ArticleSegmenterTests {
    /// A page of members' opinions: 委员心声 is a column's name over the headline, and an author's posts and name on a
    /// line of their own (全国政协委员、北京师范大学教授　周作宇) are neither a subtitle nor a headline, flush or indented.
    @Test func membersOpinionsUnderTheirColumn() {
        #expect(Markers.isCredentialedAuthor("全国政协委员、北京师范大学教授　周作宇"))
        #expect(Markers.isCredentialedAuthor("全国政协委员、民盟中央副主席　李　薇"))
        #expect(!Markers.isCredentialedAuthor("全国政协委员　周作宇说"))
        #expect(!Markers.isCredentialedAuthor("乡村振兴　教育先行"))
        for indent in ["　　", ""] {
            let page = Self.clip(
                [
                    "要闻", "", "委员心声", "让乡村教师“留得住”“教得好”", "\(indent)全国政协委员、北京师范大学教授　周作宇",
                    "\(indent)乡村振兴，教育是基础。建议进一步提高乡村教师待遇，让乡村教师安心从教。", "",
                    "\(indent)全国政协委员、民盟中央副主席　李　薇", "\(indent)职业教育要坚持面向市场、服务发展、促进就业的办学方向。",
                ].joined(separator: "\n"))
            #expect(page.articles.map(\.kicker) == ["委员心声"], "\(indent.count)")
            #expect(page.articles.map(\.headline) == ["让乡村教师“留得住”“教得好”"], "\(indent.count)")
            #expect(page.articles.first?.paragraphs.count == 4, "\(indent.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A headline printed over two lines, its first ending in a comma, right over its byline (从“一网通办”到“一网统管”， |
    /// 上海政务服务持续升级 | ■本报首席记者　顾　杰): one headline, not the tail of the paragraph above and a heading,
    /// whether the lines stand close or a blank after each.
    @Test func aHeadlineOverTwoLinesTheFirstEndingInAComma() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "上海新闻", "", "浦东引领区建设再迎新突破", "■本报记者　徐晶卉", "　　昨天，浦东新区举行重大项目集中签约仪式。",
                    "　　据悉，签约项目中外资项目占比达四成。", "", "一座城市的“温度”", "从“一网通办”到“一网统管”，", "上海政务服务持续升级",
                    "■本报首席记者　顾　杰", "　　“以前办营业执照要跑好几个窗口，现在手机上就能搞定。”张女士感慨道。",
                ].joined(separator: gap))
            #expect(page.articles.map(\.subtitle) == [nil, "从“一网通办”到“一网统管”，上海政务服务持续升级"], "\(gap.count)")
            #expect(page.articles.first?.paragraphs.count == 2, "\(gap.count)")
            #expect(page.articles.map(\.reporters) == [["徐晶卉"], ["顾杰"]], "\(gap.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A column of news from the regions: a place's name and a colon alone on a line (河北邯郸：) is each brief's kicker over
    /// its headline, not a sentence introducing the quotation under it; the column's label (基层速递) joins the first
    /// kicker, and a section's label (新闻·基层) is the page's.
    @Test func placeLabelsOverTheBriefsOfAColumn() {
        #expect(Markers.isPlaceLabel("河北邯郸：") && Markers.isPlaceLabel("四川凉山：") && Markers.isPlaceLabel("深圳前海：") && Markers.isPlaceLabel("浙江安吉："))
        #expect(!Markers.isPlaceLabel("他说：") && !Markers.isPlaceLabel("记者获悉："))
        let page = Self.clip(
            [
                "中国教育报", "2025年11月19日　星期三", "3", "新闻·基层", "", "基层速递", "河北邯郸：", "“家门口”的好学校越来越多",
                "　　本报讯（记者　周洪松）近年来，河北省邯郸市新建、改扩建中小学86所。", "四川凉山：", "“一村一幼”让山里娃赢在起点",
                "　　本报讯（记者　倪秀）截至目前，四川省凉山彝族自治州已建成“一村一幼”幼教点3000余个。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.kicker) == ["基层速递 河北邯郸：", "四川凉山："])
        #expect(page.articles.map(\.headline) == ["“家门口”的好学校越来越多", "“一村一幼”让山里娃赢在起点"])
        #expect(page.articles.map(\.reporters) == [["周洪松"], ["倪秀"]])
        #expect(page.dropped.map(\.text).contains("新闻·基层"))
    }
}

extension ArticleSegmenterTests {
    /// A commentator named after the role (本报评论员　孙　东) is the commentary's author; the role alone names no one. A
    /// marked column's name over a place's label and a headline (■党风政风监督 | 湖南： | 开展…) is the kicker.
    @Test func aNamedCommentatorAndAMarkedColumnOverAPlaceLabel() {
        #expect(Markers.commentaryBylineNames("本报评论员　孙　东") == ["孙东"])
        #expect(Markers.commentaryBylineNames("本报评论员").isEmpty)
        let page = Self.clip(
            [
                "要闻", "", "清风观察", "以严的基调强化正风肃纪", "　　本报评论员　孙　东", "　　作风建设永远在路上。", "　　纪检监察机关要坚持严的基调。", "",
                "■党风政风监督", "湖南：", "开展群众身边不正之风和腐败问题集中整治", "　　本报讯（通讯员　谭　琳）湖南省纪委监委近日部署开展集中整治。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.reporters) == [["孙东"], ["谭琳"]])
        #expect(page.articles.map(\.kicker) == ["清风观察", "■党风政风监督 湖南："])
        #expect(page.articles.first?.paragraphs.count == 2)
    }
}

extension ArticleSegmenterTests {
    /// An author's byline with the post in brackets, which a hard wrap cut (作者：李　明（中国社会科学院文学研究所 |
    /// 研究员）), is still the byline, indented or flush, and the text starts under it.
    @Test func anAuthorsBylineWithItsPostCutByTheWrap() {
        for indent in ["　　", ""] {
            let page = Self.clip(
                [
                    "评论", "", "光明论坛", "以文化繁荣助力中国式现代化", "\(indent)作者：李　明（中国社会科学院文学研究所", "研究员）",
                    "\(indent)文化是民族的血脉，是人民的精神家园。推", "进中国式现代化，必须坚持物质文明和精神文明", "相协调。",
                    "\(indent)面向未来，要坚持守正创新，推动中华优秀传", "统文化创造性转化、创新性发展。",
                ].joined(separator: "\n"))
            #expect(page.articles.map(\.reporters) == [["李明"]], "\(indent.count)")
            #expect(page.articles.first?.paragraphs.first?.text == "文化是民族的血脉，是人民的精神家园。推进中国式现代化，必须坚持物质文明和精神文明相协调。", "\(indent.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A label in lenticular brackets over a letter's salutation, a blank under a commentary (…现象。 | 【来信】 | 编辑同志：
    /// | …), heads the letter's own piece, signed at its foot; it is no subhead of the commentary.
    @Test func aBracketedLabelOverALetter() {
        for indent in ["　　", ""] {
            let page = Self.clip(
                [
                    "评论", "", "光明时评", "让“银发经济”成色更足", "　　□　张　凯", "　　发展银发经济，既要满足老年人多样化需求，也要防止“坑老”现象。", "",
                    "\(indent)【来信】", "\(indent)编辑同志：", "\(indent)我家小区附近的一条道路年久失修，希望有关部门尽快维修。",
                    "　　　　　　河北石家庄读者　王志刚",
                ].joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["让“银发经济”成色更足", "【来信】"], "\(indent.count)")
            #expect(page.articles.map(\.reporters) == [["张凯"], ["王志刚"]], "\(indent.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A byline and a photographer's credit on one line (文/南方日报记者　王　彪　图/南方日报记者　张　梓), whole or cut by
    /// the wrap before the photographer's name; a page's number with its section's letter (A05) is furniture; a place's
    /// label may end in an area's name the gazetteer lacks (深圳前海：).
    @Test func aBylineWithItsPhotographersCredit() {
        #expect(Markers.isFurniture("A05") && Markers.isFurniture("B3") && !Markers.isFurniture("APEC"))
        for byline in ["文/南方日报记者　王　彪　图/南方日报记者　张　梓", "文/南方日报记者　王　彪　图/南方日报记者　\n张　梓"] {
            let page = Self.clip(
                [
                    "南方日报", "A05", "广东新闻", "", "粤港澳大湾区“轨道上的城市群”加速成形", byline,
                    "11月13日，广州至珠海（澳门）高铁江门至珠海段进入联调联试阶段。", "", "深圳前海：", "新增港澳青年创业团队120个",
                    "南方日报讯（记者　吴　涛）今年以来，深圳前海新增港澳青年创业团队120个。",
                ].joined(separator: "\n"))
            #expect(page.articles.map(\.reporters) == [["王彪"], ["吴涛"]], "\(byline)")
            #expect(page.articles.first?.photographers == ["张梓"], "\(byline)")
            #expect(page.articles.first?.paragraphs.count == 1, "\(byline)")
            #expect(page.articles.map(\.kicker) == [nil, "深圳前海："], "\(byline)")
            #expect(page.dropped.map(\.text).contains("A05"))
        }
    }
}

extension ArticleSegmenterTests {
    /// A sports page: its masthead (中国体育报) is furniture; a results table whose marks carry their units (1　陈佳鹏　广东
    /// 9秒98) is rows of the report, flush or indented; a compiled report's foot note (（本报综合消息）) closes the briefs
    /// above it, a blank after every paragraph or not.
    @Test func aResultsTableWithTimesAndACompiledFootNote() {
        #expect(Markers.isMasthead("中国体育报") && Markers.isMasthead("中国纪检监察报"))
        #expect(Markers.parseDatelineNote("（本报综合消息）", issueDate: nil)?.text == "本报综合消息")
        for (indent, gap) in [("　　", "\n"), ("", "\n"), ("", "\n\n")] {
            let page = Self.clip(
                [
                    "中国体育报", "4", "", "全运会男子100米决赛", "\(indent)本报广州11月11日电　记者　李　雪　十五运会田径男子100米决赛11日晚在广州进行。",
                    "\(indent)表：十五运会田径男子100米决赛前三名", "\(indent)名次　姓名　代表队　成绩", "\(indent)1　陈佳鹏　广东　9秒98",
                    "\(indent)2　谢震业　浙江　10秒05", "\(indent)3　严海滨　福建　10秒12", "", "体坛短波",
                    "\(indent)■中国女排11日公布了参加世俱杯的14人名单。", "\(indent)■全国马拉松锦标赛将于11月16日在江苏南京举行。", "\(indent)（本报综合消息）",
                ].joined(separator: gap))
            #expect(page.articles.map(\.headline) == ["全运会男子100米决赛", nil], "\(indent.count) \(gap.count)")
            #expect(page.articles.first?.paragraphs.count == 6, "\(indent.count) \(gap.count)")
            #expect(page.articles.last?.dateline?.text == "本报综合消息", "\(indent.count) \(gap.count)")
            #expect(page.dropped.map(\.text).contains("中国体育报"), "\(indent.count) \(gap.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// An obituary page: a life (赵某某同志生平), a notice (讣　告) and a correction (更　正), each under its title and
    /// set a blank apart, are pieces of their own, not subheads of the report above them.
    @Test func aLifeAndNoticesAreNoSubheads() {
        let page = Self.clip(
            [
                "人民日报", "4", "要闻", "　", "原全国人大常委会副委员长赵某某同志逝世",
                "　　新华社北京11月11日电　赵某某同志的遗体，11月10日在北京八宝山革命公墓火化。", "　　赵某某同志因病医治无效，于2025年11月3日在北京逝世。", "　",
                "赵某某同志生平", "　　赵某某，1933年5月生于河北省保定市，1952年11月加入中国共产党。", "　", "讣　告",
                "　　原国务院某部原部长钱某某同志，因病医治无效，于2025年11月5日在北京逝世。", "　　　　　　　　钱某某同志治丧小组", "　", "更　正",
                "　　本报11月10日第6版一文中，“46.2%”应为“46.8%”。特此更正。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["原全国人大常委会副委员长赵某某同志逝世", "赵某某同志生平", "讣　告", "更　正"])
        // The funeral committee that signs the notice is its last line, no headline.
        #expect(page.articles[2].paragraphs.last?.text == "钱某某同志治丧小组")
        #expect(Markers.isSignOff("钱某某同志治丧小组") && Markers.isSignOff("中央文化和旅游领导小组"))
    }

    /// A page's label that no list names (巾帼风采) under the running head, set a blank apart from the first stack, is
    /// furniture, not that stack's kicker; a kicker right over its headline stays one.
    @Test func anUnlistedPageLabelOverABlank() {
        let rest = ["让大山里的孩子看见更远的世界", "——记乡村小学校长杨秀梅", "本报记者　周　韵", "　　清晨6点，杨秀梅已经站在学校门口。"]
        let apart = Self.clip((["中国妇女报", "3", "巾帼风采", "　"] + rest).joined(separator: "\n"))
        #expect(apart.articles.map(\.kicker) == [nil])
        #expect(apart.dropped.map(\.text).contains("巾帼风采"))
        let kicker = Self.clip((["中国妇女报", "3", "巾帼风采"] + rest).joined(separator: "\n"))
        #expect(kicker.articles.map(\.kicker) == ["巾帼风采"])
    }

    /// A running head that the hard wrap cut before its page's label, a section's name and topic with a dot between
    /// (…第13版　| 人民眼·乡村运营), or inside the page number (…第1 | 3版　人民眼·乡村运营): furniture whole, not the
    /// headline of the stack under it nor a piece of its own.
    @Test func aRunningHeadCutBeforeItsLabelOrInsideItsNumber() {
        let body = ["\u{3000}\u{3000}乡村运营，是推动乡村全面振兴的一种新探", "索。各地引入专业团队，盘活闲置资源，让乡村", "有了新业态、新活力。",
            "\u{3000}\u{3000}怎样运营好乡村？记者走进浙江、四川等地", "进行了调研。"]
        let stack = ["", "让乡村“活”起来“火”起来", "本报记者\u{3000}顾仲阳\u{3000}王\u{3000}浩"]
        for head in [["人民日报\u{3000}2025年12月3日\u{3000}星期三\u{3000}第13版\u{3000}", "人民眼·乡村运营"],
            ["人民日报\u{3000}2025年12月3日\u{3000}星期三\u{3000}第1", "3版\u{3000}人民眼·乡村运营"]]
        {
            let page = Self.clip((head + stack + body).joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["让乡村“活”起来“火”起来"], "\(head)")
            #expect(page.articles.first?.kicker == nil && page.articles.first?.subtitle == nil, "\(head)")
            #expect(page.dropped.map(\.text).joined().withoutSpaces == head.joined().withoutSpaces, "\(head)")
        }
        // (Also where the wrap left the blank before the label at the line's start, an indent's look: …第4版 | 　青年.)
        let indented = Self.clip((["中国青年报\u{3000}2025年12月23日\u{3000}星期二\u{3000}第4版", "\u{3000}青年"] + stack + body).joined(separator: "\n"))
        #expect(indented.articles.map(\.headline) == ["让乡村“活”起来“火”起来"])
        #expect(indented.dropped.map(\.text).joined().withoutSpaces == "中国青年报2025年12月23日星期二第4版青年")
        #expect(ParagraphReflower.cutPageNumber("星期三　第1", "3版　人民眼") && ParagraphReflower.cutPageNumber("星期三　第", "13版"))
        #expect(!ParagraphReflower.cutPageNumber("星期三　第13版", "人民眼") && !ParagraphReflower.cutPageNumber("他排名第1", "3名选手"))
    }

    /// An interview's headline that is one quotation with a comma, flush under its label and over indented turns: the
    /// label is its kicker (marked or not), the quotation its headline — not a paragraph, nor a subhead of the piece above.
    @Test func aQuotedHeadlineWithACommaUnderALabel() {
        for label in ["对话", "■对话"] {
            let page = Self.clip(
                [
                    "让大山里的孩子看见更远的世界", "本报记者　周　韵", "　　清晨6点，杨秀梅已经站在学校门口，迎接走山路来上学的孩子。", "　", label,
                    "“乡村振兴，女性大有可为”", "　　记者：您认为乡村女性在产业发展中能发挥哪些作用？", "　　王秀兰：女性心细、能吃苦，在电商等领域有独特优势。",
                ].joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["让大山里的孩子看见更远的世界", "“乡村振兴，女性大有可为”"], "\(label)")
            #expect(page.articles.map(\.kicker) == [nil, label], "\(label)")
        }
    }

    /// A headline that ends in a verb and 了 (法院判了, 新规来了), right over its lead, is a headline, its two halves
    /// apart or not; a cut line ending so, under text, is no heading.
    @Test func aHeadlineEndingInLe() {
        for headline in ["网购商品“七天无理由退货”被拒　法院判了", "法院判了"] {
            let page = Self.clip(["人民法院报", "", headline, "　　本报讯（记者　林　平）消费者在网店购买的商品符合条件。"].joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == [headline])
        }
        let cut = Self.clip(["　　消费者在网店购买的商品，商家却拒", "绝了", "　　法院审理认为，商家应当退货。"].joined(separator: "\n"))
        #expect(cut.articles.allSatisfy { $0.headline == nil })
    }
}

extension ArticleSegmenterTests {
    /// A Q&A column: its headline with a comma, under the column's label and over the first turn, is the headline on a
    /// page without indents too (问诊台 | 孩子反复咳嗽，需要做CT吗 | 问：…); the expert named after 答： stands on their
    /// own line, not run into the answer.
    @Test func aQuestionColumnWithoutIndents() {
        for indent in ["　　", ""] {
            let page = Self.clip(
                [
                    "问诊台", "孩子反复咳嗽，需要做CT吗", "\(indent)问：我家孩子5岁，咳嗽两周了还没好，需要做CT检查吗？", "\(indent)答：北京某医院儿科主任医师　李　红",
                    "\(indent)儿童咳嗽持续超过4周称为慢性咳嗽。一般情况下不建议首先做CT检查。",
                ].joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["孩子反复咳嗽，需要做CT吗"], "\(indent.count)")
            #expect(page.articles.map(\.kicker) == ["问诊台"], "\(indent.count)")
            #expect(page.articles.first?.paragraphs.count == 3, "\(indent.count)")
        }
    }

    /// A sentence whose note's number follows the stop (…增产1.6%。［2］, …强国。①) ends there: the next line (注释：) is no
    /// rest of it on a page without indents.
    @Test func aNoteNumberAfterTheStop() {
        #expect(Markers.endsSentence("全年粮食产量70650万吨，增产1.6%。［2］") && Markers.endsSentence("就不可能全面建成社会主义现代化强国。①"))
        #expect(Markers.endsSentence("党的二十大报告指出，“没有坚实的物质技术基础”。[3]"))
        #expect(!Markers.endsSentence("中华人民共和国2024年国民经济和社会发展统计公报［1］") && !Markers.endsSentence("见图①"))
        let page = Self.clip(
            ["统计公报", "本报讯　全年粮食种植面积11932万公顷。", "全年粮食产量70650万吨，增产1.6%。［2］", "注释：", "［2］粮食产量数据为国家统计局发布数据。"]
                .joined(separator: "\n"))
        #expect(page.articles.first?.paragraphs.map(\.text).contains("注释：") == true)
    }

    /// A line that ends in a count before what it counts (●最高人民法院日前发布一批) is a cut sentence, never a heading.
    @Test func aCountEndsNoHeading() {
        #expect(!Markers.isHeadingShaped("●最高人民法院日前发布一批", maxColumns: 60) && !Markers.isHeadingShaped("各地推出一系列", maxColumns: 60))
        #expect(Markers.isHeadingShaped("第一批国家级非遗名录公布", maxColumns: 60))
        // (So a letter's first line that a break cut after 一个, under its headline: no subtitle.)
        let page = Self.clip(
            ["老旧小区加装电梯要兼顾各方诉求", "我家住在一个", "", "建于上世纪90年代的老旧小区，楼里住着不少老人。", "经过多次协商，最终达成一致。", "江苏南京　王建国"]
                .joined(separator: "\n"))
        #expect(page.articles.map(\.subtitle) == [nil])
        #expect(page.articles.first?.paragraphs.first?.text == "我家住在一个建于上世纪90年代的老旧小区，楼里住着不少老人。")
        #expect(Markers.isHeadingShaped("中国女排公布新一期集训名单", maxColumns: 60) && Markers.isHeadingShaped("他获得第一名", maxColumns: 60))
    }
}

extension ArticleSegmenterTests {
    /// A prosecutors' page: a marked column's label over a headline and its author's posts and name (■检察官说法 | 非法采砂
    /// 为何构成犯罪 | 某市…检察官　陈　静) is that piece's kicker, not a subhead closing the feature above; a marked label
    /// of briefs (■案件快递) over ▲ items heads them as a piece of their own.
    @Test func aMarkedColumnOverAnAuthorsPiece() {
        let page = Self.clip(
            [
                "以“检察蓝”守护“生态绿”", "　　本报记者　蒋长顺　通讯员　刘　蕾", "　　2023年以来，某省检察机关共办理公益诉讼案件1260件。", "　", "■检察官说法",
                "非法采砂为何构成犯罪", "　　某市人民检察院第二检察部检察官　陈　静", "　　根据刑法规定，未取得采矿许可证擅自采矿，情节严重的，构成非法采矿罪。", "　",
                "■案件快递", "　　▲浙江省温州市某区检察院近日提起刑事附带民事公益诉讼。", "　　▲江苏省南京市人民检察院开展长江禁渔专项行动。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["以“检察蓝”守护“生态绿”", "非法采砂为何构成犯罪", nil])
        #expect(page.articles.map(\.kicker) == [nil, "■检察官说法", "■案件快递"])
        #expect(page.articles.last?.paragraphs.count == 2)
    }
}

extension ArticleSegmenterTests {
    /// A city paper: its masthead (新京报) is furniture, and so is the editor and proofreader line under each article
    /// (编辑　刘　茜　校对　赵　琳), which names no person and ends no article mid-sentence.
    @Test func aCityPapersEditorLines() {
        #expect(Markers.isMasthead("新京报") && Markers.isFurniture("编辑　刘　茜　校对　赵　琳") && Markers.isFurniture("责编／王　五"))
        #expect(!Markers.isFurniture("编辑部日前收到读者来信"))
        let page = Self.clip(
            [
                "新京报", "A06", "", "北京今冬首场降雪或于周末到来", "　　新京报讯（记者　邓　琦）记者从北京市气象台获悉，本周末北京将迎来今冬首场降雪。",
                "　　编辑　刘　茜　校对　赵　琳", "　", "朝阳区新增15处“口袋公园”", "　　新京报讯（记者　吴　婷）今年以来，朝阳区新建改造“口袋公园”15处。",
                "　　编辑　刘　茜　校对　张　彦",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["北京今冬首场降雪或于周末到来", "朝阳区新增15处“口袋公园”"])
        #expect(page.articles.allSatisfy { $0.paragraphs.count == 1 && $0.findings.isEmpty && $0.entities.people.isEmpty })
        #expect(Newspapers.metadata(fromFileName: "xinjingbao-2025-11-28-p06.txt").newspaper == "新京报")
    }
}

extension ArticleSegmenterTests {
    /// One paragraph a line with blanks at the breaks: a clause ended by ； in a paragraph that ended a sentence before it
    /// runs on past a break (…报3901.32点； | (blank) | 深证成指涨1.12%…), while items a list sets one a paragraph
    /// (加强组织领导； | 完善工作机制；) stay apart; and a short line under an expert's posts and name whose last word runs on
    /// across the break (…4周称 | (blank) | 为慢性咳嗽。) is the text's first line, no headline.
    @Test func breaksAfterASemicolonAndUnderAnExpert() {
        let clause = Self.clip(
            [
                "A股三大指数集体收涨", "证券时报记者　李　明", "11月26日，A股三大指数集体收涨。截至收盘，上证指数涨0.86%，报3901.32点；", "",
                "深证成指涨1.12%；创业板指涨1.75%。", "", "会议要求：", "", "加强组织领导；", "", "完善工作机制；", "", "强化督促检查。",
            ].joined(separator: "\n"))
        #expect(clause.articles.first?.paragraphs.map(\.text) == [
            "11月26日，A股三大指数集体收涨。截至收盘，上证指数涨0.86%，报3901.32点；深证成指涨1.12%；创业板指涨1.75%。", "会议要求：", "加强组织领导；",
            "完善工作机制；", "强化督促检查。",
        ])
        let expert = Self.clip(
            [
                "问诊台", "", "孩子反复咳嗽，需要做CT吗", "", "问：我家孩子5岁，咳嗽两周了还没好，需要做CT检查吗？", "", "答：北京某医院儿科主任医师　李　红", "",
                "儿童咳嗽持续超过4周称", "", "为慢性咳嗽。一般情况下不建议首先做CT检查。",
            ].joined(separator: "\n"))
        #expect(expert.articles.map(\.headline) == ["孩子反复咳嗽，需要做CT吗"])
        #expect(expert.articles.first?.paragraphs.last?.text == "儿童咳嗽持续超过4周称为慢性咳嗽。一般情况下不建议首先做CT检查。")
    }
}

extension ArticleSegmenterTests {
    /// A Q&A column hard-wrapped at 17 characters, flush or with a blank after every paragraph: the question cut by the
    /// wrap (…还没好，需 | 要做CT检查吗？) is one paragraph, not a headline over the expert; the expert's line cut inside the
    /// name (…主任医师　李 | 红) stands alone with its rest; a quoted headline keeps its kicker over a turn a blank below.
    @Test func aWrappedQuestionColumn() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "人民日报　2025年11月18日　第4版", "问诊台", "孩子反复咳嗽，需要做CT吗", "问：我家孩子5岁，咳嗽两周了还没好，需\n要做CT检查吗？",
                    "答：北京某医院儿科主任医师　李\n红", "儿童咳嗽持续超过4周称为慢性咳\n嗽。一般情况下不建议首先做CT检查，\n可先做血常规、胸片等检查。",
                ].joined(separator: gap))
            #expect(page.articles.map(\.headline) == ["孩子反复咳嗽，需要做CT吗"], "\(gap.count)")
            #expect(page.articles.first?.paragraphs.map(\.text) == [
                "问：我家孩子5岁，咳嗽两周了还没好，需要做CT检查吗？", "答：北京某医院儿科主任医师　李红", "儿童咳嗽持续超过4周称为慢性咳嗽。一般情况下不建议首先做CT检查，可先做血常规、胸片等检查。",
            ], "\(gap.count)")
        }
        let quoted = Self.clip(
            ["对话", "“乡村振兴，女性大有可为”", "", "记者：您认为乡村女性在产业发展中能发挥\n哪些作用？", "", "王秀兰：女性心细、能吃苦，在电商、手工\n等领域有独特优势。", "", "记者：下一步有什么打算？"]
                .joined(separator: "\n"))
        #expect(quoted.articles.map(\.kicker) == ["对话"])
        #expect(quoted.articles.map(\.headline) == ["“乡村振兴，女性大有可为”"])
    }
}

extension ArticleSegmenterTests {
    /// A PDF-to-text page that centres its headings with blanks: a stack's longer line, centred by no more blanks than a
    /// paragraph's indent, right under a centred line, is the stack's too (no paragraph with no sentence's end); a zone's
    /// label (郑州航空港区：) is a brief's kicker.
    @Test func centredStacksOnAWrappedPage() {
        #expect(Markers.isPlaceLabel("郑州航空港区：") && Markers.isPlaceLabel("深圳前海：") && !Markers.isPlaceLabel("北京市民反映情况："))
        let page = Self.clip(
            [
                "河南日报　2025年11月20日　星期四　第3版", "", "      全省秋冬种工作进展顺利", "    小麦播种面积稳定在8500万亩以上", "",
                "                 本报记者　李　晖", "　　本报讯　眼下，全省小麦播种已基本结束", "，苗情长势总体良好。截至11月18日，全省已", "播种小麦8520万亩。", "",
                "        郑州航空港区：", "    跨境电商进出口增长两成", "", "　　本报讯（记者　王　平）今年前10个月，", "郑州航空港区跨境电商进出口额达186亿元。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["全省秋冬种工作进展顺利", "跨境电商进出口增长两成"])
        #expect(page.articles.map(\.subtitle) == ["小麦播种面积稳定在8500万亩以上", nil])
        #expect(page.articles.map(\.kicker) == [nil, "郑州航空港区："])
        #expect(page.articles.first?.paragraphs.count == 1)
    }
}

extension ArticleSegmenterTests {
    /// A photo's caption set flush under an indented article's last paragraph is the caption of the credit under it, not
    /// that paragraph's rest after a column break: where a blank follows every line, and where a wrap cut the caption.
    @Test func aFlushCaptionOverItsCreditUnderAnIndentedArticle() {
        let apart = Self.clip(
            [
                "全国冬小麦播种基本结束", "　　本报北京11月27日电　（记者郁静娴）记者从农业农村部获悉：截至目前，全国冬小麦播种基本结束。",
                "　　今年秋冬种期间，各地加强农机调度，播种质量总体好于上年。", "11月27日，工人在江苏省南通市如东县一处海上风电场作业。", "新华社记者　季春鹏　摄",
            ].joined(separator: "\n\n"))
        #expect(apart.articles.map(\.paragraphs.count) == [2, 1])
        #expect(apart.articles.last?.photographers == ["季春鹏"])
        let wrapped = Self.clip(
            [
                "全国冬小麦播种基本结束", "　　本报北京11月27日电　（记者郁静娴）记者", "从农业农村部获悉：截至目前，全国冬小麦播", "种基本结束。", "　　今年秋冬种期间，各地加强农机调度，播", "种质量总体好于上年。",
                "11月27日，工人在江苏省南通市如东县一", "处海上风电场作业。", "新华社记者　季春鹏　摄",
            ].joined(separator: "\n"))
        #expect(wrapped.articles.map(\.paragraphs.count) == [2, 1])
        #expect(wrapped.articles.last?.paragraphs.first?.text == "11月27日，工人在江苏省南通市如东县一处海上风电场作业。")
    }
}

extension ArticleSegmenterTests {
    /// A column's short name set a blank apart over a longer line, where the text's paragraphs stand together
    /// (理论新视野 | (blank) | 中国式现代化的文明意蕴), is the kicker over the headline: a headline and its subtitle stand
    /// together. Where every line has a blank under it, the blank tells nothing.
    @Test func aColumnsNameABlankAboveItsHeadline() {
        let page = Self.clip(
            [
                "理论新视野", "　", "中国式现代化的文明意蕴", "　　赵　林", "　　中国式现代化，深深植根于中华优秀传统文化。",
                "　　一方面，中国式现代化打破了“现代化＝西方化”的迷思。", "　", "浦江两岸", "　", "徐汇滨江又添一座美术馆", "　　■本报记者　吴　越",
                "　　昨天，位于徐汇滨江的西岸美术馆二期正式向公众开放。", "　", "推进高质量发展", "中国式现代化的文明意蕴", "　　赵　林", "　　中国式现代化，深深植根于中华优秀传统文化。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.kicker) == ["理论新视野", "浦江两岸", nil])
        #expect(page.articles.map(\.headline) == ["中国式现代化的文明意蕴", "徐汇滨江又添一座美术馆", "推进高质量发展"])
        #expect(ArticleSegmenter.assignStack(["理论新视野", "中国式现代化的文明意蕴"], topApart: true) == ("理论新视野", "中国式现代化的文明意蕴", nil))
        #expect(ArticleSegmenter.assignStack(["推进高质量发展", "中国式现代化的文明意蕴"]) == (nil, "推进高质量发展", "中国式现代化的文明意蕴"))
        // (A column's name by its ending, 新视野, needs no blank.)
        #expect(ArticleSegmenter.assignStack(["理论新视野", "中国式现代化的文明意蕴"]) == ("理论新视野", "中国式现代化的文明意蕴", nil))
        // (Nor does one that names who speaks, 企业家谈, over what he says.)
        #expect(ArticleSegmenter.assignStack(["企业家谈", "“把产品做到极致”"]) == ("企业家谈", "“把产品做到极致”", nil))
        // (A credit's rest is no column's name: 者 杨忠军 摄.)
        #expect(ArticleSegmenter.assignStack(["者 杨忠军 摄", "省妇联开展5项巾帼学雷锋活动"], topApart: true).kicker == nil)
    }

    /// A column's note under the last article where blanks set the pieces apart (（本栏目主持：梁　睿）) is that article's
    /// last paragraph, no headline of a piece of its own; a package's credits at the page's foot (统筹：南都记者　刘　珊,
    /// 采写：…) are furniture, and end no article mid-sentence.
    @Test func columnNotesAndPackageCredits() {
        let note = Self.clip(
            [
                "数字经济赋能传统产业", "本报记者 黄 鑫", "在山东省潍坊市一家农机企业的智能工厂里，机械臂挥舞，AGV小车穿梭。", "",
                "企业还通过工业互联网平台，实时掌握2万多台农机的运行状况。", "", "(本栏目主持:梁 睿)",
            ].joined(separator: "\n"))
        #expect(note.articles.count == 1)
        #expect(note.articles.first?.paragraphs.last?.text == "（本栏目主持：梁 睿）")
        let credits = Self.clip(
            [
                "南都观察", "“一老一小”服务需要更多温度", "　　南都评论员　李　蕾", "　　近日，广州市发布社区嵌入式服务设施建设方案。", "　", "　　统筹：南都记者　刘　珊",
                "　　采写：南都记者　黄　慧　朱　伟",
            ].joined(separator: "\n"))
        #expect(credits.articles.count == 1 && credits.articles[0].paragraphs.count == 1 && credits.articles[0].findings.isEmpty)
        #expect(credits.dropped.map(\.text) == ["统筹：南都记者　刘　珊", "采写：南都记者　黄　慧　朱　伟"])
        #expect(Markers.isFurniture("字体：小 中 大") && !Markers.isFurniture("统筹：要统筹发展和安全，"))
    }
}

extension ArticleSegmenterTests {
    /// A site's list of links under its label at a web copy's foot: every title down to the page's end, with no text under
    /// any, is furniture, however far apart the items stand (a blank after every line) or where a wrap cut one.
    @Test func aLinkListDownToThePagesFoot() {
        let body = ["国务院常务会议研究部署稳就业工作", "　　新华社北京11月20日电　国务院总理主持召开国务院常务会议，研究部署进一步做好稳就业工作。", "　　会议还研究了其他事项。"]
        let apart = Self.clip((body + ["相关新闻", "国务院办公厅印发《关于进一步稳就业的若干措施》", "人社部：前10月城镇新增就业1102万人"]).joined(separator: "\n\n"))
        let cut = Self.clip((body + ["相关新闻", "国务院办公厅印发《关于进一步稳就业的若干措", "施》", "人社部：前10月城镇新增就业1102万人"]).joined(separator: "\n"))
        for page in [apart, cut] {
            #expect(page.articles.map(\.headline) == ["国务院常务会议研究部署稳就业工作"])
            #expect(page.articles.first?.paragraphs.count == 2)
            #expect(page.dropped.first?.text == "相关新闻" && page.dropped.map(\.text).joined().hasSuffix("人社部：前10月城镇新增就业1102万人"))
        }
    }
}

extension ArticleSegmenterTests {
    /// Notes and brackets a break cut: a project note cut in two (（本文系…重大项目“ | 新质生产力…成果）) ends its text as
    /// the whole note does, so the next piece's label and headline stand as a stack; an author's unit in lenticular
    /// brackets (【作者单位：…】) is a note, no headline; a digest's lead cut inside its brackets (【德国《商报》11月18日文章 |
    /// 】题：…) runs on; and the byline a break put under a digest's title (题：…分歧加大 | (blank) | （记者尼克·蒂米劳斯）)
    /// closes the title's line, not the article.
    @Test func notesAndBracketsABreakCut() {
        let note = Self.clip(
            [
                "深入学习贯彻党的二十届四中全会精神", "　　要深化科技评价改革，让科研人员把主要精力放在科研上。", "　　（本文系国家社科基金重大项目“",
                "新质生产力的理论与实践研究”阶段性成果）", "　", "光明论坛", "让文化遗产在新时代焕发光彩", "　　李　静", "　　文化遗产是中华文明的重要载体。",
            ].joined(separator: "\n"))
        #expect(note.articles.map(\.headline) == ["深入学习贯彻党的二十届四中全会精神", "让文化遗产在新时代焕发光彩"])
        #expect(note.articles.last?.kicker == "光明论坛")
        #expect(Markers.isAuthorNote("【作者单位：复旦大学马克思主义学院】") && Markers.interviewSpeaker("【问】某区住建局干部张某…") == "问")
        // (A hard-wrapped page, its paragraphs a blank apart.)
        let unit = Self.clip(
            [
                "理论新视野", "　", "", "中国式现代化的文明意蕴", "赵　林", "中国式现代化，深深植根于中华优秀传统文", "化，体现科学社会主义的先进本质，借鉴吸收一", "切人类优秀文明成果，代表人类文明进步的发展", "方向。", "", "一方面，中国式现代化打破了“现代化＝西", "方化”的迷思；另一方面，它展现了现代化的另", "一幅图景，拓展了发展中国家走向现代化的路径", "选择。", "", "【作者单位：复旦大学马克思主义学院】", "　", "", "本版责编：孙　明　王　琳", ""
            ].joined(separator: "\n"))
        #expect(unit.articles.count == 1 && unit.articles[0].paragraphs.last?.text == "【作者单位：复旦大学马克思主义学院】" && unit.articles[0].kicker == "理论新视野")
        let digest = Self.clip(
            [
                "外媒关注", "美联储官员对12月降息现分歧", "【美国《华尔街日报》网站11月19日报道】题：美联储官员在降息问题上分歧加大", "", "（记者尼克·蒂米劳斯）",
                "美联储本周公布的会议纪要显示，官员们在12月是否再次降息的问题上存在明显分歧。", "", "德国经济学家：对华合作符合德国利益", "【德国《商报》11月18日文章",
                "】题：德国不能离开中国市场（作者　马库斯·施密特）", "德国企业在中国市场的投资仍在增加。",
            ].joined(separator: "\n"))
        #expect(digest.articles.map(\.headline) == ["美联储官员对12月降息现分歧", "德国经济学家：对华合作符合德国利益"])
        #expect(digest.articles.first?.paragraphs.first?.text == "题：美联储官员在降息问题上分歧加大（记者尼克·蒂米劳斯）")
        #expect(digest.articles.last?.source == "德国《商报》")
    }
}

extension ArticleSegmenterTests {
    /// An index box (本期导读 over its items with their pages) ends on a title: no article stopped mid-sentence.
    @Test func anIndexBoxEndsOnATitle() {
        let page = Self.clip(
            [
                "【奋进强国路　阔步新征程】",
                "让古籍“活”起来",
                "——国家古籍数字化工程建设综述",
                "　　光明日报记者　李　韵",
                "　　古籍是中华文明的重要载体。截至目前，全国古籍数字资源发布总量已超过13万部（件）。",
                "　　“中华古籍智慧化服务平台”上线一年来，累计访问量突破2000万人次。国家图书馆馆长熊远明说，要让书写在古籍里的文字活起来。",
                "　",
                "光明时评",
                "　",
                "守护好孩子们的“第一口饭”",
                "　　张　翼",
                "　　校园食品安全关系千家万户。近日，多地开展校园食品安全专项检查，发现并整改问题1200余个。",
                "　　守护好孩子们的“第一口饭”，既要严格监管，也要让家长参与监督。",
                "　",
                "本期导读",
                "　　3版　高校毕业生就业服务“暖心”又“贴心”",
                "　　6版　让非遗在现代生活中焕发新彩",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.kind) == [.news, .commentary, .other])
        // Its items, a page's number and 版 before each title, are no headlines and no rest of the line above, on a small
        // page and printed flush too.
        #expect(Markers.isIndexItem("3版　高校毕业生就业服务“暖心”又“贴心”") && Markers.isIndexItem("第5版 AI大模型如何守住数据安全底线"))
        #expect(!Markers.isIndexItem("3版面") && !Markers.isIndexItem("12月5日"))
        // (Behind a bullet too, the page in Han numerals after 第: ■第二版　澳门特别行政区…, as 今日导读 lists them.)
        #expect(Markers.isIndexItem("■第二版　澳门特别行政区第六届政府主要官员名单") && Markers.isIndexItem("▶第十二版　冰雪经济“热”起来"))
        #expect(!Markers.isIndexItem("■第二批国家级非遗名录公布") && !Markers.isIndexItem("第二版"))
        for items in [["　　3版　高校毕业生就业服务“暖心”又“贴心”", "　　6版　让非遗在现代生活中焕发新彩"], ["3版　高校毕业生就业服务“暖心”又“贴心”", "6版　让非遗在现代生活中焕发新彩"],
            ["■第三版　高校毕业生就业服务“暖心”又“贴心”", "■第六版　让非遗在现代生活中焕发新彩"]]
        {
            let small = Self.clip(
                (["光明时评", "　", "守护好孩子们的“第一口饭”", "　　张　翼", "　　校园食品安全关系千家万户。近日，多地开展校园食品安全专项检查。", "　", "本期导读"] + items)
                    .joined(separator: "\n"))
            #expect(small.articles.map(\.headline) == ["守护好孩子们的“第一口饭”", "本期导读"])
            #expect(small.articles.last?.paragraphs.count == 2)
        }
        #expect(page.articles.allSatisfy { $0.findings.isEmpty })
    }
}

extension ArticleSegmenterTests {
    /// A headline opening with 在 that a noun phrase closes (在万米高空“把脉”的人) is a headline under its column's name, while
    /// 在 and a place cut by a break (在七星农场的智慧 | 农业指挥中心，…) stays the text's start.
    @Test func aHeadlineOpeningWithZai() {
        let page = Self.clip(
            [
                "劳动者之歌", "　", "在万米高空“把脉”的人", "　　工人日报—中工网记者　赵　航", "　　凌晨3点，首都机场的停机坪上灯火通明。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.kicker) == ["劳动者之歌"] && page.articles.map(\.headline) == ["在万米高空“把脉”的人"])
        #expect(page.articles.first?.reporters == ["赵航"])
        #expect(!Markers.isHeadingShaped("在七星农场的智慧", maxColumns: 60) && Markers.isHeadingShaped("在万米高空“把脉”的人", maxColumns: 60))
    }
}

extension ArticleSegmenterTests {
    /// Reporters named in a note at the text's foot as having helped (（本报记者鲜敢、李卓尔参与采写）) are the article's
    /// reporters too, after its own byline's: the note alone on its line is a foot byline, one that closes the last
    /// paragraph stays in its text. A page's picture credit at its foot (题图：…) is furniture, not the last piece's end.
    @Test func contributorsAtTheFootAndAPictureCredit() {
        let page = Self.clip(
            [
                "让文物“活”起来", "本报记者　郑海鸥", "　　今年以来，各地博物馆推出一系列精品展览，吸引大批观众走进展厅。",
                "　　（本报记者鲜敢、李卓尔参与采写）", "　", "书香里的城市", "　　□张　伟", "　　一座城市的气质，藏在它的书店里。", "　",
                "邯郸：钢铁产业向“绿”而行", "本报记者　刘　剑", "　　近年来，邯郸市推动钢铁企业超低排放改造。（本报记者李　丹参与采写）", "　",
                "　　题图：《秋山图》（中国画）　吴冠中",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.reporters) == [["郑海鸥", "鲜敢", "李卓尔"], ["张伟"], ["刘剑", "李丹"]])
        #expect(page.articles[0].paragraphs.map(\.text) == ["今年以来，各地博物馆推出一系列精品展览，吸引大批观众走进展厅。"])
        #expect(page.articles[0].range.last == 4)
        #expect(page.articles[1].paragraphs.map(\.text) == ["一座城市的气质，藏在它的书店里。"])
        #expect(page.articles[2].paragraphs.map(\.text) == ["近年来，邯郸市推动钢铁企业超低排放改造。（本报记者李　丹参与采写）"])
        #expect(page.dropped.map(\.text) == ["题图：《秋山图》（中国画）　吴冠中"])
        // (A single helper alone on the line: 鲜敢, not 鲜敢参与.)
        let one = Self.clip(["让文物“活”起来", "本报记者　郑海鸥", "　　今年以来，各地博物馆推出一系列精品展览。", "　　（本报记者鲜敢参与采写）"].joined(separator: "\n"))
        #expect(one.articles.map(\.reporters) == [["郑海鸥", "鲜敢"]])
    }

    /// A letters column: its label over the editor's note (读者来信 | 编者按：…) is no letter's signature (来信 is a word, no
    /// name), and a letter's signature (河北石家庄读者　刘　洋) is no headline over the next letter, whatever stands around it.
    @Test func aLettersColumnItsLabelAndItsSignatures() {
        #expect(Markers.signatureName("读者来信") == nil)
        #expect(Markers.signatureName("河北石家庄读者　刘　洋") == "刘洋")
        #expect(!Markers.isHeadingShaped("河北石家庄读者　刘　洋", maxColumns: 80) && !Markers.isHeadingShaped("江苏南京　陈　静", maxColumns: 80))
        let page = Self.clip(
            [
                "让文物活起来", "　　本报记者　郑海鸥", "　　今年以来，各地博物馆推出一系列精品展览。", "　　（本报记者鲜敢参与采写）", "　", "读者来信", "　",
                "编者按：近期，本版收到多封读者来信。现选登两封。", "　", "图书馆能否晚上开放", "　　我是一名上班族，建议图书馆延长开放时间。", "　",
                "河北石家庄读者　刘　洋", "　", "社区文化站别成“摆设”", "　　希望有关部门加强管理。", "　　　　　　江苏南京读者　陈　静",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["让文物活起来", "读者来信", "图书馆能否晚上开放", "社区文化站别成“摆设”"])
        #expect(page.articles.map(\.reporters) == [["郑海鸥", "鲜敢"], [], ["刘洋"], ["陈静"]])
    }

    /// A list's items set apart by spaces (北京市代表团　天津市代表团　…) end their paragraph before the next list's label
    /// (…运动员（5名）：) where no indent says so; names with their homes in brackets (张雨霏（广东）　汪顺（浙江）　…) are a
    /// list's line, no headline; a table's last row over its source (集成电路　　3800亿块　　10.1% | 数据来源：…) is the
    /// table's, not a chart's title; 简　讯 over a brief is its column's label, no author's name.
    @Test func listsTablesAndABriefColumnsSpacedLabel() {
        let page = Self.clip(
            [
                "王明德同志逝世", "新华社北京11月29日电　原国家石油化学工业部部长王明德同志，因病医治无效，于2025年11月20日在北京逝世，享年96岁。",
                "王明德同志逝世后，有关领导同志前往医院看望或以各种方式表示慰问和哀悼。", "", "第十五届全国运动会组织委员会", "关于表彰体育道德风尚奖的决定",
                "各有关单位：", "第十五届全国运动会于2025年11月9日至21日在广东、香港、澳门举行。经研究，决定授予以下代表团和运动员体育道德风尚奖。",
                "体育道德风尚奖代表团（4个）：", "北京市代表团　天津市代表团　河北省代表团　山西省代表团", "体育道德风尚奖运动员（5名）：",
                "张雨霏（广东）　汪顺（浙江）　苏炳添（广东）　朱婷（河南）　武大靖（黑龙江）", "第十五届全国运动会组织委员会", "2025年11月28日", "", "简　讯",
                "■本报北京11月29日电　（记者丁怡婷）国家能源局29日发布数据，截至10月底，全国累计发电装机容量约37.5亿千瓦，同比增长17.3%。",
                "■本报北京11月29日电　（记者刘温馨）中国人民银行29日开展1000亿元逆回购操作，利率为1.4%。", "", "数说", "前10个月主要工业产品产量",
                "产品　　产量　　同比增长", "新能源汽车　　1290万辆　　31.5%", "集成电路　　3800亿块　　10.1%", "数据来源：国家统计局", "制图：沈亦伶",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["王明德同志逝世", "第十五届全国运动会组织委员会关于表彰体育道德风尚奖的决定", nil, nil, "数说"])
        let list = page.articles[1].paragraphs.map(\.text)
        #expect(list.contains("北京市代表团　天津市代表团　河北省代表团　山西省代表团") && list.contains("体育道德风尚奖运动员（5名）："))
        #expect(page.articles[1].entities.people.map(\.name) == ["张雨霏", "汪顺", "苏炳添", "朱婷", "武大靖"])
        #expect(page.articles[2].kicker == "简　讯" && page.articles[2].reporters == ["丁怡婷"])
        #expect(page.articles[4].paragraphs.last?.text == "集成电路　　3800亿块　　10.1%")
        #expect(Markers.isNameListLine("张雨霏（广东）　汪顺（浙江）　苏炳添（广东）　朱婷（河南）"))
    }

    /// Standing labels of a graphic or a box of figures (一图读懂, 数说, 图解) are a kicker over the headline under them.
    @Test func aGraphicsLabelIsAKicker() {
        let page = Self.clip(
            ["一图读懂", "消费市场加快回暖", "本报记者　罗珊珊", "商务部最新数据显示，10月份，社会消费品零售总额同比增长2.9%。"].joined(separator: "\n\n"))
        #expect(page.articles.map(\.kicker) == ["一图读懂"])
        #expect(page.articles.map(\.headline) == ["消费市场加快回暖"])
    }
}

extension ArticleSegmenterTests {
    /// A photo's title that ends as a deed done (冬捕开始了: a verb and 了, the way a cut line ends too) is the title over its
    /// caption and credit, flush or with its credit a blank under the caption as where paragraphs stand apart.
    @Test func aPhotosTitleEndingInLe() {
        let lines = ["冬捕开始了", "11月20日，吉林省松原市查干湖冰雪渔猎文化旅游节开幕，渔工们在湖面上收网。", "本报记者　孟祥夫摄", "", "秋收好时节",
                     "近日，江苏省兴化市农民驾驶收割机在田间收获水稻。", "周社根摄（人民视觉）"]
        let flush = Self.clip(lines.joined(separator: "\n"))
        #expect(flush.articles.map(\.headline) == ["冬捕开始了", "秋收好时节"])
        #expect(flush.articles.map(\.kind) == [.photo, .photo])
        let apart = Self.clip(
            ["冬捕开始了", "11月20日，吉林省松原市查干湖冰雪渔猎文", "化旅游节开幕，渔工们在湖面上收网。", "", "本报记者　孟祥夫摄", "", "秋收好时节",
             "近日，江苏省兴化市农民驾驶收割机在田间", "收获水稻。", "", "周社根摄（人民视觉）"].joined(separator: "\n"))
        #expect(apart.articles.map(\.headline) == ["冬捕开始了", "秋收好时节"])
        #expect(apart.articles.map(\.photographers) == [["孟祥夫"], ["周社根"]])
        // (Also where a break cut the caption before it ends: 11月20日，吉林省…开 | (blank) | 幕，渔工们…。)
        let cut = Self.clip(
            ["冬捕开始了", "11月20日，吉林省松原市查干湖冰雪渔猎文化旅游节开", "", "幕，渔工们在湖面上收网。", "本报记者　孟祥夫摄", "", "秋收好时节",
             "近日，江苏省兴化市农民驾驶收割机在田间收获水稻。", "周社根摄（人民视觉）"].joined(separator: "\n"))
        #expect(cut.articles.map(\.headline) == ["冬捕开始了", "秋收好时节"])
        #expect(cut.articles.first?.paragraphs.map(\.text) == ["11月20日，吉林省松原市查干湖冰雪渔猎文化旅游节开幕，渔工们在湖面上收网。"])
    }
}

extension ArticleSegmenterTests {
    /// Who told the story a reporter wrote down (口述：张桂兰（…学员）), under the headline and over the reporter's byline: the
    /// text's first line, on a flush page as on an indented one, never the headline's subtitle.
    @Test func anOralAccountsTeller() {
        let lines = ["我的“银发”课堂", "　　口述：张桂兰（北京市海淀区某社区老年大学学员）", "　　本报记者　刘　静　采访整理",
                     "　　退休后，我报名参加了社区老年大学的智能手机课。一开始连微信都不会用，现在能自己网上挂号了。", "　　老师特别耐心，现在我每周都盼着上课。"]
        for page in [lines, lines.map { String($0.drop { $0 == "\u{3000}" }) }].map({ Self.clip($0.joined(separator: "\n")) }) {
            #expect(page.articles.map(\.headline) == ["我的“银发”课堂"])
            #expect(page.articles.map(\.subtitle) == [nil])
            #expect(page.articles.first?.paragraphs.first?.text == "口述：张桂兰（北京市海淀区某社区老年大学学员）")
            #expect(page.articles.map(\.reporters) == [["刘静"]])
        }
    }
}

extension ArticleSegmenterTests {
    /// A poem's author behind his mark, under a column's label and the title, a blank over the verse (诗路 | 冬日小令（外二首） |
    /// □刘　川 | (blank) | 落叶…): the author, and the verse the poem's text, not a headline of its own.
    @Test func aPoetsNameUnderAColumnLabel() {
        let page = Self.clip(
            ["北方的雪", "刘家科", "小时候，最盼望的就是下雪。一夜北风过后，院子里白茫茫一片。", "如今我在城里生活多年，每逢下雪，总会想起那个清晨。", "",
             "诗路", "冬日小令（外二首）", "□刘　川", "", "落叶把秋天送走", "北风把冬天带来", "我在窗前", "等一场雪"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["北方的雪", "冬日小令（外二首）"])
        #expect(page.articles.map(\.kicker) == [nil, "诗路"])
        #expect(page.articles.map(\.subtitle) == [nil, nil])
        #expect(page.articles.map(\.reporters) == [["刘家科"], ["刘川"]])
        #expect(page.articles.last?.paragraphs.map(\.text) == ["落叶把秋天送走", "北风把冬天带来", "我在窗前", "等一场雪"])
    }

    /// A paragraph's line that a break cut inside a word or a date runs on into its rest, though the rest is heading-shaped
    /// and a stack stands a blank under it (…张　敏著，人 | (blank) | 民教育出版社2025年10月出版 | (blank) | 诗路 | 冬日小令…):
    /// one paragraph a line, and on an indented page, where the rest is unindented (…人民教 | 育出版社…, …出版社20 | 25年…,
    /// and there also without a word across, …出版社 | 2025年10月出版).
    @Test func aBreakInsideAWordOverAStackABlankBelow() {
        let note = "《长城的故事》，张　敏著，人民教育出版社2025年10月出版"
        let poem = ["诗路", "冬日小令（外二首）", "□刘　川", "", "落叶把秋天送走", "北风把冬天带来", "我在窗前", "等一场雪"]
        let blank = Self.clip(
            (["书窗", "一部讲给孩子的长城史", "王　雁", "《长城的故事》是一部面向少年儿童的历史读物。", "全书语言浅显生动，配有200余幅手绘插图。",
              "（作者系中国人民大学历史学院教授）", "", "《长城的故事》，张　敏著，人", "", "民教育出版社2025年10月出版", ""] + poem).joined(separator: "\n"))
        #expect(blank.articles.map(\.headline) == ["一部讲给孩子的长城史", "冬日小令（外二首）"])
        #expect(blank.articles.first?.paragraphs.last?.text == note)
        for cut in [["人民教", "育出版社2025年10月出版"], ["人民教育出版社20", "25年10月出版"], ["人民教育出版社", "2025年10月出版"]] {
            let indented = Self.clip(
                (["书窗", "一部讲给孩子的长城史", "　　王　雁", "　　《长城的故事》是一部面向少年儿童的历史读物。作者以长城为线索，讲述了历史变迁。",
                  "　　全书语言浅显生动，配有200余幅手绘插图。", "　　（作者系中国人民大学历史学院教授）", "　", "　　《长城的故事》，张　敏著，" + cut[0], cut[1], "　",
                  "诗路", "冬日小令（外二首）", "　　□刘　川", "　", "　　落叶把秋天送走", "　　北风把冬天带来", "　　我在窗前", "　　等一场雪"]).joined(separator: "\n"))
            #expect(indented.articles.map(\.headline) == ["一部讲给孩子的长城史", "冬日小令（外二首）"], "\(cut)")
            #expect(indented.articles.first?.paragraphs.last?.text == note, "\(cut)")
        }
    }

    /// In hard wraps, a pen name under a headline short of the column is the author (北方的雪 | 刘家科 | 小时候，…), not the
    /// start of the paragraph under it: no wrap left it there. (A byline the wrap cut before its last name still takes it.)
    @Test func aPenNameUnderAShortHeadlineInHardWraps() {
        let page = Self.clip("""
            北方的雪
            刘家科
            小时候，最盼望的就是下雪。一夜
            北风过后，推开门，院子里白茫茫一片
            ，父亲早已扫出一条通向街门的小路。
            雪后的村庄格外安静。屋檐下挂着
            长长的冰凌，麻雀在雪地上跳来跳去，
            留下一行行细小的爪印。母亲说，瑞
            雪兆丰年，明年的麦子准能丰收。
            """)
        #expect(page.articles.map(\.headline) == ["北方的雪"])
        #expect(page.articles.map(\.reporters) == [["刘家科"]])
        #expect(page.articles.first?.paragraphs.first?.text.hasPrefix("小时候") == true)
        #expect(!ParagraphReflower.startsMidSentence("小时候，最盼望的就是下雪。") && ParagraphReflower.startsMidSentence("新品种，产量"))
    }

    /// A box of voices: quotations each over its source (——全国人大代表、…党委书记　陈　岚). The source is no subtitle of a
    /// piece of its own but ends its quotation's paragraph, in one piece under the box's label; in hard wraps too, where the
    /// wrap cut the source over three lines (——…杭州市上城 | 区…书记　陈　| 岚: the pad at the line's end is gone).
    @Test func aBoxOfVoices() {
        let printed = Self.clip("""
            声音
            　　“城市更新不是简单的拆旧建新，而是要留住城市记忆，让老街区焕发新活力。”
            ——全国人大代表、浙江省杭州市上城区小营街道小营巷社区党委书记　陈　岚
            　　“每一粒种子都关系国家粮食安全，我们要把种业‘芯片’牢牢攥在自己手中。”
            ——中国农业科学院作物科学研究所研究员　王建军
            """)
        #expect(printed.articles.map(\.headline) == ["声音"])
        #expect(printed.articles.first?.paragraphs.count == 4)
        #expect(printed.articles.first?.findings.isEmpty == true)
        #expect(printed.articles.first?.entities.people.map(\.name) == ["陈岚", "王建军"])
        let wrapped = Self.clip("""
            干字当头，实干为要。回望过去一年
            ，从田间地头到工厂车间，从实验室到
            建设工地，广大干部群众撸起袖子加油
            干，用汗水浇灌收获。

            声音
            　　“城市更新不是简单的拆旧建新，
            而是要留住城市记忆，让老街区焕发新
            活力。”
            ——全国人大代表、浙江省杭州市上城
            区小营街道小营巷社区党委书记　陈　
            岚
            　　“每一粒种子都关系国家粮食安全
            ，我们要把种业‘芯片’牢牢攥在自己
            手中。”
            ——中国农业科学院作物科学研究所研
            究员　王建军
            """)
        #expect(wrapped.articles.map(\.headline) == [nil, "声音"])
        #expect(wrapped.articles.last?.paragraphs.map(\.text) == [
            "“城市更新不是简单的拆旧建新，而是要留住城市记忆，让老街区焕发新活力。”", "——全国人大代表、浙江省杭州市上城区小营街道小营巷社区党委书记　陈岚",
            "“每一粒种子都关系国家粮食安全，我们要把种业‘芯片’牢牢攥在自己手中。”", "——中国农业科学院作物科学研究所研究员　王建军",
        ])
    }
}

extension ArticleSegmenterTests {
    /// In flush hard wraps, a quotation's source set flush under it (——全国人大代表、…) is no paragraph's first line that
    /// fills the column: the page's first lines stay short by the dropped indent, so a line ending in 。 one short of
    /// the column ends its paragraph over the next one's first line (…价格可承受。 | 民生无小事，…). And a sentence's end
    /// that the wrap parted from its closing quotation mark (…不为不成。 | ”新征程上…) ends no paragraph there.
    @Test func firstLinesInHardWrapsWithQuotationsSources() {
        let voices = Self.clip([
                "人民时评",
                "让“一老一小”幸福感更足",
                "李　思",
                "养老托育，一头连着夕阳红，一头",
                "连着朝阳升。近日，多地出台支持社区",
                "嵌入式服务设施建设的措施，把托育点",
                "、助餐点建到居民家门口。",
                "“以前接孩子、给老人送饭，两头",
                "跑。现在楼下就有托育点和老年食堂，",
                "省心多了。”一位在北京朝阳区工作的",
                "年轻妈妈这样说。群众的切身感受，是",
                "检验民生工作成效的重要标尺。",
                "办好民生实事，贵在精准。要摸清",
                "需求底数，做到“按需配置”；要用好",
                "存量资源，盘活闲置用房；要完善运营",
                "机制，让服务可持续、价格可承受。",
                "民生无小事，枝叶总关情。把好事",
                "办好、实事办实，群众的获得感、幸福",
                "感、安全感就会更加充实、更有保障、",
                "更可持续。",
                "　",
                "声音",
                "“城市更新不是简单的拆旧建新，",
                "而是要留住城市记忆，让老街区焕发新",
                "活力。”",
                "——全国人大代表、浙江省杭州市上城",
                "区小营街道小营巷社区党委书记　陈　",
                "岚",
                "“每一粒种子都关系国家粮食安全",
                "，我们要把种业‘芯片’牢牢攥在自己",
                "手中。”",
                "——中国农业科学院作物科学研究所研",
                "究员　王建军",
                "　",
            ].joined(separator: "\n"))
        #expect(voices.articles.map(\.headline) == ["让“一老一小”幸福感更足", "声音"])
        #expect(voices.articles.first?.paragraphs.map(\.range.first) == [4, 8, 13, 17])
        let forum = Self.clip([
                "人民论坛",
                "在实干中书写新篇章",
                "仲　音",
                "干字当头，实干为要。回望过去一年，从田",
                "间地头到工厂车间，从实验室到建设工地，广大",
                "干部群众撸起袖子加油干，用汗水浇灌收获。",
                "“道虽迩，不行不至；事虽小，不为不成。",
                "”新征程上，唯有以钉钉子精神抓落实，才能把",
                "蓝图一步步变为现实。",
                "　",
                "声音",
                "“城市更新不是简单的拆旧建新，而是要留",
                "住城市记忆，让老街区焕发新活力。”",
                "——全国人大代表、浙江省杭州市上城区小营街",
                "道小营巷社区党委书记　陈　岚",
                "“每一粒种子都关系国家粮食安全，我们要",
                "把种业‘芯片’牢牢攥在自己手中。”",
                "——中国农业科学院作物科学研究所研究员　王",
                "建军",
                "　",
            ].joined(separator: "\n"))
        #expect(forum.articles.first?.paragraphs.map(\.range.first) == [4, 7])
        #expect(forum.articles.first?.paragraphs.last?.text == "“道虽迩，不行不至；事虽小，不为不成。”新征程上，唯有以钉钉子精神抓落实，才能把蓝图一步步变为现实。")
    }
}

extension ArticleSegmenterTests {
    /// In hard wraps with indents, a pen name indented under a headline that the wrap cut, its rest on a line of its own
    /// (…更要“乐起来 | ” | 　　薛　原), is the author, as right under a whole headline: no paragraph.
    @Test func aPenNameUnderAWrappedHeadline() {
        let page = Self.clip([
                "中国女排3∶1击败巴西队",
                "世界女排联赛总决赛晋级四强",
                "　　本报记者　季　芳",
                "　　12月3日，2025年世界女排联赛总",
                "决赛在宁波进行四分之一决赛。中国女",
                "排以3∶1（25∶21、23∶25、25∶18、",
                "25∶20）战胜巴西队，晋级四强。",
                "　　比赛中，主攻手李盈莹拿下全场最",
                "高的26分，副攻手王媛媛拦网得分5分",
                "。主教练赵勇赛后表示：“队员们打出",
                "了气势，下一场我们会全力以赴。”",
                "　　半决赛中，中国女排将迎战意大利",
                "队。",
                "　",
                "体坛观察",
                "青少年体育要“动起来”更要“乐起来",
                "”",
                "　　薛　原",
                "　　近年来，各地中小学积极落实每天",
                "综合体育活动时间不低于2小时的要求",
                "，校园体育氛围日益浓厚。",
                "　　让孩子爱上运动，关键在于激发兴",
                "趣。学校可以多开设篮球、足球、武术",
                "、跳绳等项目，让每个孩子都能找到自",
                "己喜欢的运动。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["中国女排3∶1击败巴西队", "青少年体育要“动起来”更要“乐起来”"])
        #expect(page.articles.map(\.reporters) == [["季芳"], ["薛原"]])
        #expect(page.articles.last?.paragraphs.first?.text.hasPrefix("近年来") == true)
    }
}

extension ArticleSegmenterTests {
    /// In hard wraps, a notice's numbered item that gives a label and its value (一、会议召开时间：2025年12月29日（星期一） |
    /// 上午9:30) is an item, never the page's running head nor a subhead over a headline: it runs on into its rest.
    @Test func aNoticesItemWithADateInHardWraps() {
        let page = Self.clip([
                "中国某某银行股份有限公司关于召开2025年第二",
                "次临时股东大会的公告",
                "",
                "本行董事会及全体董事保证本公告内容不存在任",
                "何虚假记载、误导性陈述或者重大遗漏，并对其",
                "内容的真实性、准确性和完整性承担法律责任。",
                "",
                "一、会议召开时间：2025年12月29日（星期一）",
                "上午9:30",
                "",
                "二、会议地点：北京市西城区某某大街1号本行",
                "总部",
                "",
                "三、会议审议事项：关于选举本行非执行董事的",
                "议案",
                "",
                "特此公告。",
                "",
                "中国某某银行股份有限公司董事会",
                "",
                "2025年12月12日",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["中国某某银行股份有限公司关于召开2025年第二次临时股东大会的公告"])
        #expect(page.articles.first?.paragraphs.dropFirst().first?.text == "一、会议召开时间：2025年12月29日（星期一）上午9:30")
        #expect(page.dropped.isEmpty)
    }
}

extension ArticleSegmenterTests {
    /// Where a blank follows every line, a break after 在 and what the speaker did (中国驻越南大使在致辞 | (blank) | 中表示，…)
    /// leaves the rest of the clause, a word of position and the verb of speech, which no sentence opens with: the line above
    /// is no headline but the paragraph's start.
    @Test func aBreakInsideAClauseOfPositionBeforeItsVerbOfSpeech() {
        let page = Self.clip(
            ["中越两国青年友好交流活动在河内举行", "", "当地时间10月22日，中越青年友好交流活动在越南首都河内举行。", "", "中国驻越南大使在致辞", "",
             "中表示，青年是两国友好事业的生力军。", "", "越南青年代表阮文明说：“我结交了许多中国朋友。”"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["中越两国青年友好交流活动在河内举行"])
        #expect(page.articles.first?.paragraphs.dropFirst().first?.text == "中国驻越南大使在致辞中表示，青年是两国友好事业的生力军。")
        #expect(ParagraphReflower.startsMidSentence("时表示，要加快发展。") && !ParagraphReflower.startsMidSentence("中国表示，愿加强合作。"))
    }
}

extension ArticleSegmenterTests {
    /// A list's foot dateline alone on its line (新华社北京12月15日电), a blank over an obituary's stack whose kicker is
    /// two epithets set apart by an ideographic space, wider than a heading of one phrase, over ……同志逝世 and its lead:
    /// the dateline closes the list, and the epithets are the kicker, not a headline over a subtitle.
    @Test func aListsFootDatelineOverAnObituarysStack() {
        let page = Self.clip(
            ["全国人民代表大会常务委员会任免名单", "（2025年12月15日第十四届全国人民代表大会常务委员会第十九次会议通过）", "一、免去王建国的全国人民代表大会常务委员会副秘书长职务。",
             "二、任命李志军为全国人民代表大会宪法和法律委员会委员。", "新华社北京12月15日电", "", "中国共产党的优秀党员　我国水利事业的杰出领导者", "陈明远同志逝世",
             "新华社北京12月15日电　水利部原部长陈明远同志，因病医治无效，于2025年12月8日在北京逝世，享年91岁。",
             "陈明远同志是江苏无锡人，历任水利部规划司司长、副部长、部长等职。"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["全国人民代表大会常务委员会任免名单", "陈明远同志逝世"])
        #expect(page.articles.map(\.kicker) == [nil, "中国共产党的优秀党员　我国水利事业的杰出领导者"])
        #expect(page.articles.first?.dateline?.text == "新华社北京12月15日电")
        #expect(page.articles.first?.paragraphs.count == 2)
        #expect(ArticleSegmenter.assignStack(["中国共产党的优秀党员　久经考验的忠诚的共产主义战士", "原全国人大常委会副委员长赵某某同志逝世"]).kicker
            == "中国共产党的优秀党员　久经考验的忠诚的共产主义战士")
        #expect(Markers.isSpacedTitle("多地夏季用电负荷创历史新高　电网企业全力保障供应") && !Markers.isSpacedTitle("赵乐际　李鸿忠　肖　捷"))
    }

    /// A law's title that fills a hard wrap's line over its note in brackets, which the wrap cut too, right over its
    /// table of contents or a numbered item: title and note, not a paragraph. A law's items that end in semicolons (（一）依照…；)
    /// are a list's clauses: one that a break cut runs on into its rest, though the cut falls after 依照.
    @Test func aLawsTitleOverItsNoteAndItemsCutByBreaks() {
        let wrapped = Self.clip([
                "2025年12月15日", "", "中华人民共和国农村集体经济组织法", "（2025年12月15日第十四届全国人民代", "表大会常务委员会第十九次会议通过）",
                "目　　录", "第一章　总　　则", "第二章　成　　员", "第一章　总　　则", "　　第一条　为了维护农村集体经济组", "织及其成员的合法权益，规范农村集体经",
                "济组织及其运行管理，制定本法。", "　　第二条　本法所称农村集体经济组织", "，是指以土地集体所有为基础的区域性经", "济组织。",
            ].joined(separator: "\n"))
        #expect(wrapped.articles.map(\.headline) == ["中华人民共和国农村集体经济组织法"])
        #expect(wrapped.articles.first?.subtitle == "（2025年12月15日第十四届全国人民代表大会常务委员会第十九次会议通过）")
        let cut = Self.clip([
                "中华人民共和国农村集体经济组织法", "", "第五条　农村集体经济组织成员享有下列权利：", "", "（一）依照", "",
                "法律法规和农村集体经济组织章程选举和被选举为成员代表、理事会成员或者监事；", "", "（二）依照法律法规和农村集体经济组织章程参加成员大会，参与表决决定重大事项；",
                "", "（三）法律法规和农村集体经济组织章程规定的其他权利。", "", "第六条　农村集体经济组织应当依法办理登记。",
            ].joined(separator: "\n"))
        #expect(cut.articles.count == 1)
        #expect(cut.articles.first?.paragraphs.map(\.text).dropFirst().first == "（一）依照法律法规和农村集体经济组织章程选举和被选举为成员代表、理事会成员或者监事；")
        let listed = Self.clip([
                "中华人民共和国农村集体经济组织法", "", "第五条　农村集体经济组织成员享有下列权利：", "", "（一）依照法律法规和农村集体经济", "",
                "组织章程选举和被选举为成员代表、理事会成员或者监事；", "", "（二）依照法律法规和农村集体经济组织章程参加成员大会，参与表决决定重大事项；",
                "", "（三）法律法规和农村集体经济组织章程规定的其他权利。", "", "第六条　农村集体经济组织应当依法办理登记。",
            ].joined(separator: "\n"))
        #expect(listed.articles.first?.paragraphs.map(\.text).dropFirst().first == "（一）依照法律法规和农村集体经济组织章程选举和被选举为成员代表、理事会成员或者监事；")
    }
}

extension ArticleSegmenterTests {
    /// An evening paper's page: its section's label under the page's letter and number (A5 | 上海新闻), a headline that opens
    /// with a word whose first character is a particle's (地铁…), a pointer to more on another page (■相关新闻详见A7版),
    /// a photo's credit under a paragraph that goes on with the text (据了解，…), and the page's hands at its foot.
    @Test func anEveningPapersPage() {
        let page = Self.clip([
                "新民晚报", "2025年12月17日　星期三", "A5", "上海新闻", "", "地铁18号线二期明年将开通", "沿线6个车站主体结构全部完工",
                "　　本报讯（记者　金　旻）记者今天从申通地铁集团获悉，轨道交通18号线二期工程沿线6个车站主体结构已全部完工。",
                "　　“地铁通了能省半小时。”家住宝山区的市民陈女士说。", "", "寒潮来袭　申城明晨最低气温零下2℃",
                "　　本报讯（记者　杨　硕）受强冷空气影响，今天起本市气温大幅下降。", "　　■相关新闻详见A7版", "", "社区食堂“上新”老人吃得更舒心",
                "　　□本报记者　方　翔", "　　中午11点，长宁区新华路街道社区食堂里已经坐满了前来就餐的老人。", "　　“一荤两素一汤，只要15元。”82岁的王阿婆笑着说。",
                "　　据了解，今年以来，长宁区新增社区食堂12家。", "　　本报记者　方　翔　摄", "", "编辑：王　蕾　　视觉：黄　娟",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["地铁18号线二期明年将开通", "寒潮来袭　申城明晨最低气温零下2℃", "社区食堂“上新”老人吃得更舒心"])
        #expect(page.articles.first?.subtitle == "沿线6个车站主体结构全部完工")
        #expect(page.dropped.map(\.text) == ["新民晚报", "2025年12月17日　星期三", "A5", "上海新闻", "编辑：王　蕾　　视觉：黄　娟"])
        #expect(page.articles.dropFirst().first?.findings.isEmpty == true)
        #expect(page.articles.last?.photographers == ["方翔"])
        #expect(page.articles.last?.paragraphs.last?.text == "据了解，今年以来，长宁区新增社区食堂12家。")
        #expect(Markers.isCrossReference("（相关报道见第三版）") && !Markers.isCrossReference("详见附件"))
        #expect(!Markers.isStaffCredits("编辑：王　蕾") && Markers.isStaffCredits("责编：李　明　校对：张　华"))
    }

    /// A headline that ends in a verb in quotation marks and 了 (西湖边的这棵老樟树“体检”了) is confirmed by the byline
    /// under it, and is no paragraph's rest; a caption whose credit a break cut takes its rest and nothing more.
    @Test func aHeadlineEndingInAQuotedVerbAndLe() {
        let page = Self.clip([
                "杭州今年新增“口袋公园”100个", "　　本报记者　张　苗", "　　走出小区，步行5分钟就能到达一个小公园。",
                "　　“以前这里是一块荒地，现在变成了公园。”拱墅区居民李大伯说。", "", "西湖边的这棵老樟树“体检”了", "　　本报记者　王　湛",
                "　　昨天上午，杭州市园林部门对西湖景区内的古树名木开展冬季“体检”。", "　　图为工作人员正在为古樟树测量胸径。　　本报记", "", "者　陈中秋　摄",
                "", "【记者手记】", "　　古树是城市的“活文物”。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["杭州今年新增“口袋公园”100个", "西湖边的这棵老樟树“体检”了", nil, "【记者手记】"])
        #expect(page.articles.first?.paragraphs.last?.text == "“以前这里是一块荒地，现在变成了公园。”拱墅区居民李大伯说。")
        #expect(page.articles.dropFirst(2).first?.photographers == ["陈中秋"])
    }
}

extension ArticleSegmenterTests {
    /// A city daily's page, one paragraph a line and a blank after each: the page's letter and number beside its section
    /// (A4 要闻) is the running head; a photo's credit under a quotation credits the article (a caption opens no quotation);
    /// a marked label over a question and an interview (■问答 | …如何做好防护？ | 记者：…) is the interview's kicker, not the
    /// last line of the text above; a graphic's credit at the foot (制图/…) is furniture.
    @Test func aCityDailysPageWithAnInterview() {
        let page = Self.clip([
                "广州日报", "", "A4 要闻", "", "广州南沙", "", "国际航运枢纽建设提速", "", "今年南沙港区集装箱吞吐量有望突破2000万标准箱", "",
                "广州日报讯（全媒体记者 王 楠 通讯员 穗港宣）记者昨日从广州港集团获悉，今年以来南沙港区新开通国际航线12条。", "",
                "据介绍，南沙港区四期全自动化码头已实现满负荷运转。", "", "“现在货物从下船到装车，最快只要半个小时。”一家物流企业负责人告诉记者。", "",
                "广州日报全媒体记者 苏俊杰 摄", "", "■问答", "", "冬季流感高发 如何做好防护？", "", "记者：近期流感进入高发期，市民应如何防护？", "",
                "广州医科大学附属第一医院呼吸科主任 李 明：首先要接种流感疫苗。", "", "记者：出现发热症状应该怎么办？", "", "李 明：出现发热症状应及时就医。", "",
                "（全媒体记者 张 华）", "", "制图/广州日报全媒体记者 刘 岚",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["国际航运枢纽建设提速", "冬季流感高发 如何做好防护？"])
        #expect(page.articles.map(\.kicker) == ["广州南沙", "■问答"])
        #expect(page.articles.first?.photographers == ["苏俊杰"])
        #expect(page.articles.first?.paragraphs.count == 3)
        #expect(page.dropped.map(\.text) == ["广州日报", "A4 要闻", "制图/广州日报全媒体记者 刘 岚"])
        #expect(Markers.isFurniture("A04版：上海新闻") && !Markers.isFurniture("A4纸打印"))
    }

    /// An interviewee's posts and name that a break parted from his colon (…呼吸科主任　李　明 | (blank) | ：首先要…) run on
    /// into the turn, and the question over them is no headline.
    @Test func aSpeakerPartedFromHisColon() {
        let page = Self.clip([
                "冬季流感高发 如何做好防护？", "　　记者：近期流感进入高发期，市民应如何防护？", "　　广州医科大学附属第一医院呼吸科主任 李 明", "",
                "：首先要接种流感疫苗，其次要勤洗手、戴口罩。", "　　记者：出现发热症状应该怎么办？", "　　李 明：出现发热症状应及时就医。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["冬季流感高发 如何做好防护？"])
        #expect(page.articles.first?.subtitle == nil)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "记者：近期流感进入高发期，市民应如何防护？", "广州医科大学附属第一医院呼吸科主任 李 明：首先要接种流感疫苗，其次要勤洗手、戴口罩。",
            "记者：出现发热症状应该怎么办？", "李 明：出现发热症状应及时就医。",
        ])
    }
}

extension ArticleSegmenterTests {
    /// A column's short name over a title and its author's name alone (史海钩沉 | 宋代的“快递”有多快 | 李　然, 清风话廉 | 家风正则
    /// 民风淳 | 吴　涛) is the kicker over the headline, not a headline over its subtitle; over a reporter's byline such a stack
    /// is read as before.
    @Test func aColumnsNameOverATitleAndItsAuthor() {
        let page = Self.clip([
                "史海钩沉", "宋代的“快递”有多快", "李　然", "　　宋代驿传制度发达，其中急脚递日行四百里。", "　", "春运开启", "回家的路更顺畅了许多", "　　本报记者　王　浩",
                "　　今年春运从1月14日开始，为期40天。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.kicker) == ["史海钩沉", nil])
        #expect(page.articles.map(\.headline) == ["宋代的“快递”有多快", "春运开启"])
        #expect(ArticleSegmenter.assignStack(["清风话廉", "家风正则民风淳"], overAuthor: true).kicker == "清风话廉")
        #expect(ArticleSegmenter.assignStack(["清风话廉", "家风正则民风淳"]).kicker == nil)
    }
}

extension ArticleSegmenterTests {
    /// A table under an indented text, flush, its rows' labels with their units (发电量（亿千瓦时）　　84000　　2.8): each row is
    /// a line of its own, the table's title no paragraph's rest, and the last row no kicker over the next headline.
    @Test func aTableWhoseRowsNameTheirUnits() {
        let page = Self.clip([
                "前11个月全国规模以上工业增加值同比增长5.8%", "　　本报北京12月19日电　（记者王　珂）国家统计局19日发布数据，全国规模以上工业增加值同比增长5.8%。",
                "　　国家统计局新闻发言人付凌晖表示，工业生产总体平稳。", "　", "表：1—11月份主要工业产品产量", "产品　　产量　　同比增长（%）",
                "发电量（亿千瓦时）　　84000　　2.8", "粗钢（万吨）　　90000　　-1.5", "新能源汽车（万辆）　　1300　　28.6", "　", "数据来源：国家统计局", "　",
                "“十五五”开局看新动能", "数字经济赋能千行百业", "　　本报记者　韩　鑫", "　　走进位于江苏苏州的一家智能工厂，机械臂精准抓取零件。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.kicker) == [nil, nil])
        #expect(page.articles.map(\.headline) == ["前11个月全国规模以上工业增加值同比增长5.8%", "“十五五”开局看新动能"])
        #expect(page.articles.first?.paragraphs.map(\.text).suffix(5) == [
            "表：1—11月份主要工业产品产量", "产品　　产量　　同比增长（%）", "发电量（亿千瓦时）　　84000　　2.8", "粗钢（万吨）　　90000　　-1.5",
            "新能源汽车（万辆）　　1300　　28.6",
        ])
    }
}

extension ArticleSegmenterTests {
    /// A letters page: letters printed together sign in brackets, set to the right ((河南周口　陈小红)), which ends each
    /// letter and is no headline over the next; a column's name after a dot ending in 追踪 is the kicker over its
    /// headline (读者点题·记者追踪); where readers write to, at the page's foot, is furniture.
    @Test func lettersSignedInBracketsAndTheirPagesAddress() {
        #expect(Markers.signatureName("　　　　（河南周口　陈小红）") == "陈小红" && Markers.isSignOff("（江苏南京　孙　明）"))
        #expect(Markers.signatureName("（本报记者　张　三）") == nil && !Markers.isSignOff("（河南周口）"))
        #expect(Markers.isFurniture("来信请寄：北京市朝阳区金台西路2号人民日报社读者来信版") && Markers.isFurniture("电子邮箱：rmrbdzlx@peopledaily.com.cn"))
        #expect(!Markers.isFurniture("来信请寄的读者，请写明地址，我们将尽快回复。"))
        #expect(Markers.isFurniture("本版邮箱：dadi@people.cn") && !Markers.isFurniture("本版邮箱收到读者来信，我们将逐一回复。"))
        let page = Self.clip(
            [
                "读者点题·记者追踪", "老旧小区加装电梯　如何让好事办好", "　　编辑同志：", "　　我家住在一个老小区，楼高6层，没有电梯。希望有关部门帮忙协调。",
                "　　　　　　　　河北石家庄读者　刘建国", "　", "来信摘登", "快递进村还需打通“最后一公里”", "　　希望快递企业加快完善农村寄递网络。",
                "　　　　　　　　（河南周口　陈小红）", "　", "建议规范校外培训收费", "　　一些校外培训机构要求家长一次性预交大额费用。建议有关部门加强监管。",
                "　　　　　　　　（江苏南京　孙　明）", "　", "　　本版责编：李　智", "　　来信请寄：北京市朝阳区金台西路2号人民日报社读者来信版",
                "　　电子邮箱：rmrbdzlx@peopledaily.com.cn",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["老旧小区加装电梯　如何让好事办好", "快递进村还需打通“最后一公里”", "建议规范校外培训收费"])
        #expect(page.articles.map(\.kicker) == ["读者点题·记者追踪", "来信摘登", nil])
        #expect(page.articles.map(\.reporters) == [["刘建国"], ["陈小红"], ["孙明"]])
        #expect(page.dropped.count == 3)
        // (Nor is such a signature, or an e-mail address a break parted from its label, the heading over what follows.)
        #expect(!Markers.isHeadingShaped("（河南周口　陈小红）", maxColumns: 80) && !Markers.isHeadingShaped("河南周口　陈小红", maxColumns: 80))
        #expect(!Markers.isHeadingShaped("rmrbdzlx@peopledaily.com.cn", maxColumns: 80) && !Markers.isHeadingShaped("http://news.lnd.com.cn/in", maxColumns: 80))
        #expect(Markers.isAddressAlone("www.people.com.cn") && !Markers.isAddressAlone("5G@home") && !Markers.isAddressAlone("IMT-2030"))
    }

    /// A results table whose first row names the round before its game (CBA常规赛第18轮　辽宁本钢　102∶95　广东东阳光) is rows
    /// under its label, on a flush page too: the first row is no headline under 赛果 as kicker.
    @Test func aResultsTableWithTheRoundBeforeItsFirstGame() {
        let page = Self.clip(
            [
                "辽宁队主场力克广东队", "本报沈阳12月21日电　（记者王　辉）辽宁本钢队在主场以102∶95战胜广东东阳光队。", "", "赛果",
                "CBA常规赛第18轮　辽宁本钢　102∶95　广东东阳光", "北京首钢　88∶85　上海久事", "新疆伊力特　93∶90　深圳马可波罗",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["辽宁队主场力克广东队", "赛果"])
        #expect(page.articles.last?.paragraphs.count == 3)
    }
}

extension ArticleSegmenterTests {
    /// A report's subheads of one shape (改路：… | 改业：… | 改心：…) are its sections however long each is: 改心：“等靠要”变成“比学赶”
    /// (14 characters) is no headline of a piece of its own. Briefs from two provinces (湖南：… | 湖北：…) share no such shape.
    @Test func subheadsOfOneLabelledShape() {
        let page = Self.clip(
            [
                "一个山村的“逆袭”之路", "　　本报记者　苏　滨", "　　初冬时节，走进龙场村，村民们正忙着修剪枝条。", "　", "改路：山沟通了“致富路”",
                "　　2016年，龙场村修通了硬化路。", "　", "改业：小果子做成大产业", "　　如今，全村猕猴桃种植面积达到3000亩。", "　",
                "改心：“等靠要”变成“比学赶”", "　　产业兴了，村民的精气神也变了。", "　", "气象服务助力农业生产", "　　本报记者　王　浩",
                "　　在周口市的一片麦田里，一座自动气象站正在监测墒情。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["一个山村的“逆袭”之路", "气象服务助力农业生产"])
        #expect(page.articles.first?.paragraphs.count == 7)
        let briefs = Self.clip(
            [
                "各地推进冬季农业生产", "　　本报记者　王　浩", "　　入冬以来，各地抓好冬季农业生产。", "　", "湖南：全面推进油菜冬季田间管理工作",
                "　　湖南省组织农技人员下田指导。", "　", "湖北：大力推广小麦冬季防冻减灾技术", "　　湖北省发布小麦防冻技术意见。",
            ].joined(separator: "\n"))
        #expect(briefs.articles.count == 3)
    }
}

extension ArticleSegmenterTests {
    /// A headline that tells a deed done and exclaims it (冰雪季来了！: a verb, 了 and ！), flush after a blank under a finished
    /// paragraph, is a heading where a byline confirms it: before, it ran on into the paragraph above as its last words.
    @Test func anExclaimedHeadlineEndingInADeedDone() {
        let page = Self.clip(
            [
                "标题一", "　　本报记者　李　涛", "　　周末的上海武康路，年轻人边走边拍。", "　", "冰雪季来了！", "　　本报记者　刘　洋",
                "　　12月20日，冰雪大世界开园迎客。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["标题一", "冰雪季来了！"])
        #expect(page.articles.first?.paragraphs.map(\.text) == ["周末的上海武康路，年轻人边走边拍。"])
    }
}

extension ArticleSegmenterTests {
    /// A weather table's rows hold one figure each (北京　　晴　　-8℃～2℃): three or more lines together of as many cells, each
    /// ending in a figure, are rows under their header, also where a blank follows every line — not a headline and a
    /// subtitle, nor the kicker and the headline of the next article.
    @Test func aWeatherTableWithOneFigureARow() {
        let page = Self.clip(
            [
                "今晚气温低至零下8℃", "", "本报讯（记者　刘　苏）今晚气温将降至零下8℃左右。", "", "天气预报", "", "城市　　天气　　气温", "",
                "北京　　晴　　-8℃～2℃", "", "天津　　多云　　-6℃～3℃", "", "石家庄　　晴　　-5℃～5℃", "", "元旦假期地铁延长运营", "",
                "本报讯（记者　王　谦）地铁多条线路将延长运营。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["今晚气温低至零下8℃", "天气预报", "元旦假期地铁延长运营"])
        #expect(page.articles[1].paragraphs.count == 4)
    }
}

extension ArticleSegmenterTests {
    /// A name the lexicon knows whole spans a break wherever the break cuts it (each split within the tail and head
    /// read), with any text before and after it; the whole name on one side is no cut.
    @Test func everySplitOfAKnownNameOrOrganizationSpansTheBreak() {
        let people = EntityLexicon.knownPeople.filter { (3...4).contains($0.unicodeScalars.count) }.sorted()
        let bodies = EntityLexicon.fixedOrganizations.filter { (4...13).contains($0.unicodeScalars.count) }.sorted()
        #expect(people.count > 10 && bodies.count > 10)
        for (names, tail, head, cuts) in [
            (people, 2, 3, ParagraphReflower.cutsKnownName), (bodies, 5, 8, ParagraphReflower.cutsOrganization),
        ] {
            for name in names {
                let u = Array(name.unicodeScalars)
                for t in 1..<u.count where t <= tail && u.count - t <= head {
                    let a = "会议指出，" + String(String.UnicodeScalarView(u[..<t]))
                    let b = String(String.UnicodeScalarView(u[t...])) + "，要求"
                    #expect(cuts(a, b), "\(name) \(t)")
                }
                #expect(!cuts("会议指出，" + name, "，要求"), "\(name)")
            }
        }
    }
}

extension ArticleSegmenterTests {
    /// A poem set flush, a line each, under its title and its author's name (a blank apart or right under the name), in
    /// stanzas a blank apart, its author's note under it: one piece, each line a paragraph; the stanzas had become the
    /// heading stacks of made-up articles. A heading stack of three lines over its text stays one.
    @Test func aPoemSetFlushIsOnePieceALineAParagraph() {
        let poem = [
            "冬日的村庄", "王　强", "", "雪落下来的时候", "村庄安静得像一封信", "炊烟是信上的邮戳", "盖在灰蓝色的天空", "", "我站在老槐树下", "听见母亲喊我回家",
            "　　（作者为中国作家协会会员）", "", "故乡的年味", "李　华", "　　小时候，最盼望的就是过年。腊月二十三一过，家家户户就开始忙碌起来。",
        ]
        for lines in [poem, poem.enumerated().filter { $0.offset != 2 }.map(\.element)] {
            let page = Self.clip(lines.joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["冬日的村庄", "故乡的年味"])
            #expect(page.articles.first?.reporters == ["王强"])
            #expect(page.articles.first?.paragraphs.map(\.text) == [
                "雪落下来的时候", "村庄安静得像一封信", "炊烟是信上的邮戳", "盖在灰蓝色的天空", "我站在老槐树下", "听见母亲喊我回家", "（作者为中国作家协会会员）",
            ])
        }
        // (A first stanza of three lines under the author's name.)
        let three = Self.clip(poem.filter { $0 != "盖在灰蓝色的天空" }.joined(separator: "\n"))
        #expect(three.articles.map(\.headline) == ["冬日的村庄", "故乡的年味"])
        #expect(three.articles.first?.paragraphs.count == 6)
        let stack = Self.clip(["要闻", "", "习近平在会见外方嘉宾时强调", "以开放包容的胸怀", "推动构建人类命运共同体", "　　新华社北京12月3日电　国家主席习近平3日在人民大会堂会见外方嘉宾。"].joined(separator: "\n"))
        #expect(stack.articles.map(\.headline) == ["以开放包容的胸怀"])
    }
}

extension ArticleSegmenterTests {
    /// Two rows of a list of names, the second indented under the first's names, stay two paragraphs, and so does a heading
    /// under them (缺席人员): joined, the names at the cut ran together (王　松王小平, read as 松王小平). A post heading a row is
    /// the title of the names after it.
    @Test func rowsOfAListOfNamesStayApart() {
        let page = Self.clip(
            [
                "常务委员会会议", "出席人员名单", "　　委员长　赵乐际", "　　委　员　丁仲礼　于忠福　马　伟　王　刚　王　松", "　　　　　　王小平　王友德　王水法　王世涛",
                "　　缺席人员", "　　郝明金　何　维", "", "国务院任免国家工作人员", "　　新华社北京12月12日电　国务院任免国家工作人员。",
            ].joined(separator: "\n"))
        #expect(page.articles.count == 2)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "委员长　赵乐际", "委　员　丁仲礼　于忠福　马　伟　王　刚　王　松", "王小平　王友德　王水法　王世涛", "缺席人员", "郝明金　何　维",
        ])
        #expect(page.articles.first?.entities.people.map(\.name).contains("王小平") == true)
        #expect(page.articles.first?.findings.isEmpty == true)
    }
}

extension ArticleSegmenterTests {
    /// An essay signed under its title whose flush subheads run longer than a report's (深刻把握新质生产力的科学内涵) and whose
    /// last part ends in an author's note naming no one (（作者为…研究员）) is one piece, its subheads paragraphs; a piece
    /// whose note names its writer (（作者：刘　强，系…）) stands on its own.
    @Test func anEssaysLongSubheadsRunOnToItsAuthorsNote() {
        let essay = [
            "以新质生产力推动高质量发展", "张立群", "　　发展新质生产力是推动高质量发展的内在要求和重要着力点。", "深刻把握新质生产力的科学内涵",
            "　　新质生产力是创新起主导作用，摆脱传统经济增长方式的先进生产力质态。", "因地制宜发展新质生产力", "　　各地资源禀赋、产业基础、科研条件等不同，不能一哄而上。",
            "以科技创新引领产业创新", "　　科技创新是发展新质生产力的核心要素。", "　　（作者为国务院发展研究中心研究员）", "", "深化理论研究　服务决策实践", "本报记者　王晓燕",
            "　　11月29日，学术研讨会在北京举行。",
        ]
        let page = Self.clip(essay.joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["以新质生产力推动高质量发展", "深化理论研究　服务决策实践"])
        #expect(page.articles.first?.paragraphs.count == 8)
        let named = Self.clip(
            essay.map { $0 == "　　（作者为国务院发展研究中心研究员）" ? "　　（作者：刘　强，系中国农业大学教授）" : $0 }.joined(separator: "\n"))
        #expect(named.articles.count > 2)
    }
}

extension ArticleSegmenterTests {
    /// A headline and its byline on one line, set apart by spaces (推动冬季文旅消费升温　本报记者　王　珂), open a piece: the
    /// headline is its headline, the byline its reporters, and no line runs into it or on from it, indented or a blank
    /// apart. A byline of two roles, or a sentence before the byline, is no headline.
    @Test func aHeadlineAndItsBylineOnOneLine() {
        let lines = [
            "推动冬季文旅消费升温　本报记者　王　珂", "　　入冬以来，各地推出冰雪旅游、温泉康养等产品，文旅消费持续升温。",
            "　　文化和旅游部数据显示，元旦假期全国国内出游1.35亿人次。", "县城消费如何再升级　本报记者　罗珊珊　王　珂",
            "　　走进河南省兰考县的一家商场，年货区人头攒动。",
        ]
        for separator in ["\n", "\n\n"] {
            let page = Self.clip(lines.joined(separator: separator) + "\n")
            #expect(page.articles.map(\.headline) == ["推动冬季文旅消费升温", "县城消费如何再升级"], "\(separator.count)")
            #expect(page.articles.map(\.reporters) == [["王珂"], ["罗珊珊", "王珂"]] && page.articles.map(\.source) == ["本报", "本报"])
            #expect(page.articles.map { $0.paragraphs.count } == [2, 1])
        }
        #expect(Markers.headlineBylineSplit("推动冬季文旅消费升温　本报记者　王　珂", maxColumns: 48) == 11)
        #expect(Markers.headlineBylineSplit("本报驻德国记者　张　明　本报记者　孙　光", maxColumns: 48) == nil)
        #expect(Markers.headlineBylineSplit("文旅消费持续升温。　本报记者　王　珂", maxColumns: 48) == nil)
        #expect(Markers.headlineBylineSplit("推动冬季文旅消费升温　本报记者　王珂说，今年", maxColumns: 48) == nil)
        // (A caption and its photographer's credit: a photo, no headline.)
        #expect(Markers.headlineBylineSplit("游客在冰雪大世界游玩　新华社记者　王　鹏　摄", maxColumns: 48) == nil)
        let photo = Self.clip("冰雪旅游持续升温\n　　入冬以来，各地推出冰雪旅游产品。\n游客在冰雪大世界游玩　新华社记者　王　鹏　摄\n")
        #expect(photo.articles.map(\.kind) == [.news, .photo] && photo.articles.last?.photographers == ["王鹏"])
        #expect(photo.articles.last?.paragraphs.map(\.text) == ["游客在冰雪大世界游玩"] && photo.articles.last?.headline == nil)
    }
}

extension ArticleSegmenterTests {
    /// A poem whose last stanza ends the poem with no note under it, a blank over the next piece's title and author's name
    /// (…都说了出来 | (blank) | 故乡的年味 | 张　涛 | (blank) | 　　腊月一到…): the title heads a piece of its own, as it does
    /// under a finished sentence; it had run on into its author's name as one more paragraph of the poem.
    @Test func aTitleUnderAPoemThatEndsInNoNote() {
        let lines = [
            "冬夜读书记", "王　蒙", "", "　　冬夜漫长，最宜读书。窗外北风呼啸，屋里一盏台灯，便是人间好时节。", "　　（作者为作家）", "", "雪", "李　琦", "",
            "雪落在北方的屋顶上", "落在母亲的白发上", "落在我走过的", "每一条小路上", "", "雪落无声", "却把整个冬天", "都说了出来", "", "故乡的年味", "张　涛", "",
            "　　腊月一到，故乡的年味就浓了起来。母亲开始蒸馒头、炸丸子，父亲则忙着写春联。", "　　小时候，最盼的就是过年。",
        ]
        let page = Self.clip(lines.joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["冬夜读书记", "雪", "故乡的年味"])
        #expect(page.articles.map(\.reporters) == [["王蒙"], ["李琦"], ["张涛"]])
        #expect(page.articles[1].paragraphs.map(\.text) == ["雪落在北方的屋顶上", "落在母亲的白发上", "落在我走过的", "每一条小路上", "雪落无声", "却把整个冬天", "都说了出来"])
        #expect(page.articles.last?.paragraphs.count == 2)
    }

    /// A column of briefs, each headline behind a bullet over its dated lead (■工信部：加快推进5G网络建设 | 本报北京2月5日讯
    /// （记者黄　鑫）…): each brief a piece under its headline. The bullet had read as a subhead's, so each headline after
    /// the first closed the brief above as its last paragraph.
    @Test func bulletedHeadlinesOverDatedLeads() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "【新闻速览】", "", "■工信部：加快推进5G网络建设", "本报北京2月5日讯　（记者黄　鑫）工业和信息化部日前表示，今年将新建5G基站40万个以上。", "",
                    "■春节假期全国消费市场活跃", "本报北京2月5日讯　（记者冯其予）商务部监测数据显示，春节假期前4天，全国重点零售和餐饮企业销售额同比增长4.1%。", "",
                    "■我国首艘大型邮轮完成第二个商业航次", "本报上海2月5日讯　（记者李治国）记者从中国船舶集团获悉，我国首艘国产大型邮轮日前完成第二个商业航次。",
                ].joined(separator: gap))
            #expect(page.articles.map(\.headline) == ["■工信部：加快推进5G网络建设", "■春节假期全国消费市场活跃", "■我国首艘大型邮轮完成第二个商业航次"], "\(gap.count)")
            #expect(page.articles.map(\.reporters) == [["黄鑫"], ["冯其予"], ["李治国"]], "\(gap.count)")
            #expect(page.articles.map(\.paragraphs.count) == [1, 1, 1], "\(gap.count)")
        }
        // (A marked section head over the running article's text stays its subhead.)
        let report = Self.clip(
            ["乡村振兴见闻", "本报记者　程　焕", "　　清晨，山坡上的李子树整齐排列。", "■规划先行", "　　2019年起，乡里请来专家逐村调查。"].joined(separator: "\n"))
        #expect(report.articles.count == 1 && report.articles.first?.paragraphs.count == 3)
    }
}

extension ArticleSegmenterTests {
    /// A headline that the wrap cut so that its rest fills the line too, short by one column, right over the lead
    /// (中共中央办公厅　国务院办公厅印发《关 | 于进一步加强青少年体育工作的意见》 | 　　新华社北京…电): one headline, the lead
    /// confirming the stack; it had run on as a column break's rest into the paragraph above, a blank over it, and the
    /// piece had no headline.
    @Test func aWrappedHeadlineWhoseRestFillsTheLineOverItsLead() {
        let page = Self.clip("""
            　　答：今年以来，我国经济持续回升向
            好，主要指标表现良好。

            中共中央办公厅　国务院办公厅印发《关
            于进一步加强青少年体育工作的意见》
            　　新华社北京2月12日电　近日，中
            共中央办公厅、国务院办公厅印发了《关
            于进一步加强青少年体育工作的意见》，
            并发出通知，要求各地区各部门结合实际
            认真贯彻落实。

            """)
        #expect(page.articles.map(\.headline) == [nil, "中共中央办公厅　国务院办公厅印发《关于进一步加强青少年体育工作的意见》"])
        #expect(page.articles.first?.paragraphs.map(\.text) == ["答：今年以来，我国经济持续回升向好，主要指标表现良好。"])
        #expect(page.articles.last?.dateline?.place == "北京")
    }
}

extension ArticleSegmenterTests {
    /// An ellipsis (……) or a dash (——) that a break cut between its halves, one paragraph a line (…改衣服… | …这些…): one
    /// mark, one paragraph; each half had ended or opened a paragraph of its own. A kicker's whole —— over a subtitle's
    /// —— stays two.
    @Test func anEllipsisOrADashCutBetweenItsHalves() {
        #expect(ParagraphReflower.splitsPairedMark("配钥匙、修鞋、改衣服…", "…这些“小修小补”看似不起眼。"))
        #expect(ParagraphReflower.splitsPairedMark("从北京—", "—上海的高铁"))
        #expect(!ParagraphReflower.splitsPairedMark("全国冬季运动会开幕在即——", "——冰雪健儿蓄势待发"))
        #expect(!ParagraphReflower.splitsPairedMark("他说……", "…"))
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "“小修小补”温暖大民生", "本报记者　李心萍", "配钥匙、修鞋、改衣服…", "…这些“小修小补”看似不起眼，却与百姓生活息息相关。",
                    "北京市西城区的一家便民维修店里，65岁的王师傅正在修鞋。",
                ].joined(separator: gap))
            #expect(page.articles.first?.paragraphs.map(\.text) == [
                "配钥匙、修鞋、改衣服……这些“小修小补”看似不起眼，却与百姓生活息息相关。", "北京市西城区的一家便民维修店里，65岁的王师傅正在修鞋。",
            ], "\(gap.count)")
        }
    }

    /// A report's subheads of two phrases a blank apart, the first as long in each (规划先行　因地制宜选产业 | … | 利益联结
    /// 群众共享发展红利), on a page that sets them as its paragraphs: one series, though the last runs past the length of a
    /// lone subhead. The last had opened a piece of its own with the paragraph under it.
    @Test func subheadsOfTwoPhrasesABlankApart() {
        let page = Self.clip(
            [
                "山沟沟里长出“金果果”", "本报记者　程　焕", "清晨，阴底乡的山坡上，一排排李子树整齐排列。", "过去，阴底乡山高坡陡，群众以种玉米为主。",
                "规划先行　因地制宜选产业", "2019年起，乡里请来省农科院专家，对全乡土壤、气候逐村调查。", "科技赋能　品质提升卖好价",
                "在果园里，记者看到一套水肥一体化设备正在运转。", "利益联结　群众共享发展红利", "乡里探索“合作社＋基地＋农户”模式，群众以土地入股。", "",
                "一季度农产品出口形势向好", "本报北京2月2日电　（记者李　婕）海关总署日前发布数据，今年1月，我国农产品出口额同比增长6.2%。",
            ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["山沟沟里长出“金果果”", "一季度农产品出口形势向好"])
        #expect(page.articles.first?.paragraphs.count == 8)
    }

    /// A running head at the foot that the wrap cut before its closing bracket (《人民日报》（2025年01月04日 第04版 | ）):
    /// furniture whole, not a paragraph ）.
    @Test func aRunningHeadsBracketCutByTheWrap() {
        let page = Self.clip("""
            加快建设农业强国
            　　本报北京1月3日电　（记者常　钦）20
            24年，全国粮食总产量首次突破1.4万亿
            斤。农业农村部有关负责人介绍，新一轮千
            亿斤粮食产能提升行动加快实施。
            《人民日报》（2025年01月04日 第04版
            ）

            """)
        #expect(page.articles.first?.paragraphs.map(\.text) == ["2024年，全国粮食总产量首次突破1.4万亿斤。农业农村部有关负责人介绍，新一轮千亿斤粮食产能提升行动加快实施。"])
        #expect(page.dropped.map(\.text) == ["《人民日报》（2025年01月04日 第04版）"])
    }
}

extension ArticleSegmenterTests {
    /// A headline and its byline on one line that the wrap cut inside the last name (各地扎实推进冬季农业生产　　本报记者　郁静 |
    /// 娴): the rest completes the name, and the piece keeps its headline and text. The rest had headed a piece of its own
    /// (headline 娴), the reporter read as 郁静.
    @Test func aHeadlineAndBylineCutInsideTheLastName() {
        let page = Self.clip(
            "推动冬季文旅消费升温　本报记者　王　珂\r\n　　入冬以来，各地推出冰雪旅游、温泉康养等\r\n特色产品，冬季文旅消费持续升温。\r\n　　文化和旅游部数据显示，11月份全国国内旅\r\n"
                + "游出游人次同比增长12.5%。\r\n\r\n各地扎实推进冬季农业生产　　本报记者　郁静\r\n娴\r\n　　连日来，各地抓好冬小麦田间管理，确保越\r\n冬安全。\r\n")
        #expect(page.articles.map(\.headline) == ["推动冬季文旅消费升温", "各地扎实推进冬季农业生产"])
        #expect(page.articles.map(\.reporters) == [["王珂"], ["郁静娴"]])
        #expect(page.articles.last?.paragraphs.map(\.text) == ["连日来，各地抓好冬小麦田间管理，确保越冬安全。"])
        #expect(page.articles.last?.range == LineRange(7, 10))
        #expect(page.articles.last?.blocks.map(\.range) == [LineRange(7, 7), LineRange(7, 8), LineRange(9, 10)])
    }
}

extension ArticleSegmenterTests {
    /// A running head that a narrow wrap cut before its page number (光明日报　2025年2月5日　星期三　文荟 | 　第13版) is one
    /// piece of furniture, as a head cut anywhere else is.
    @Test func aRunningHeadCutBeforeItsPageNumber() {
        let page = Self.clip("光明日报　2025年2月5日　星期三　文荟\n　第13版\n\n冬夜读书记\n王　蒙\n　　冬夜漫长，最宜读书。窗外北风呼啸，屋\n里一盏台灯，便是人间好时节。\n")
        #expect(page.dropped.map(\.range) == [LineRange(1, 2)])
        #expect(page.articles.map(\.headline) == ["冬夜读书记"])
        #expect(ParagraphReflower.isPageNumber("第13版") && ParagraphReflower.isPageNumber("第五版") && !ParagraphReflower.isPageNumber("第13版：要闻"))
    }

    /// A clause that opens with 它 (它由技术革命性突破、生产 | (blank) | 要素创新性配置…) is a sentence that a break cut, not a
    /// headline with an enumeration's comma.
    @Test func aClauseOpeningWithItIsNoHeadline() {
        #expect(Markers.opensSentence("它由技术革命性突破、生产"))
        let page = Self.clip(
            ["深刻把握新质生产力的内涵要求", "", "张　军", "", "新质生产力是先进生产力质态。", "", "它由技术革命性突破、生产", "", "要素创新性配置、产业深度转型升级而催生。", "",
             "二、发展新质生产力的实践路径", "", "要加强基础研究和原始创新。"].joined(separator: "\n"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text).contains("它由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生。") == true)
    }
}

extension ArticleSegmenterTests {
    /// A pointer to another page under a brief (（详见第二版）), a blank over a photo's caption: the brief's last paragraph in
    /// every layout, as the indented page reads it. One paragraph a line, it had been read as the photo's headline.
    @Test func aPointerToAnotherPageEndsItsText() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip(
                [
                    "全国春播粮食面积稳中有增", "本报北京2月20日电　（记者郁静娴）记者从农业农村部获悉：今年全国春播粮食面积预计稳中有增。", "（详见第二版）", "",
                    "图为2月20日，江西省南昌县农民在田间作业。", "新华社记者　彭昭之摄",
                ].joined(separator: gap))
            #expect(page.articles.map(\.headline) == ["全国春播粮食面积稳中有增", nil], "\(gap.count)")
            #expect(page.articles.first?.paragraphs.last?.text == "（详见第二版）", "\(gap.count)")
            #expect(page.articles.last?.kind == .photo && page.articles.last?.photographers == ["彭昭之"], "\(gap.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// An e-paper site's head with the paper's name and its word for the site (经济日报数字报 | 返回目录 | …): furniture, not a
    /// headline that made the real one its subtitle.
    @Test func anEPapersNameIsFurniture() {
        #expect(Markers.isMasthead("经济日报数字报") && Markers.isMasthead("光明日报电子版") && Markers.isMasthead("中国纪检监察报数字报"))
        #expect(!Markers.isMasthead("数字报") && !Markers.isMasthead("推动数字报刊转型发展"))
        let page = Self.clip(
            ["经济日报数字报", "返回目录", "第05版：产经", "", "新能源汽车出口量持续攀升", "", "本报记者　杨忠阳", "", "　　中国汽车工业协会最新数据显示，1月份我国新能源汽车出口18.2万辆。"]
                .joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["新能源汽车出口量持续攀升"] && page.articles.first?.subtitle == nil)
        #expect(page.dropped.first?.text == "经济日报数字报")
    }
}

extension ArticleSegmenterTests {
    /// Two habits of e-paper sites: the list of the page's stories under 本版新闻 (•全国两会新闻中心启用 | •春耕备耕进展顺利)
    /// is the site's, dropped, not an article headed by its first item; and a byline behind 作者： (作者：本报记者　王　斯)
    /// names the reporter, not a subtitle. 作者：张晓峰（某大学教授） still signs as an author.
    @Test func anEPapersStoryListAndItsAuthorLine() {
        let index = Self.clip(
            ["第01版：要闻", "本版新闻", "•全国两会新闻中心启用", "•春耕备耕进展顺利", "", "全国两会新闻中心启用", "本报记者　张　璁", "",
             "　　本报北京2月25日电　全国两会新闻中心25日启用，将为中外记者采访报道提供服务。"].joined(separator: "\n"))
        #expect(index.articles.map(\.headline) == ["全国两会新闻中心启用"])
        #expect(index.dropped.map(\.text) == ["第01版：要闻", "本版新闻", "•全国两会新闻中心启用", "•春耕备耕进展顺利"])
        let author = Self.clip(
            ["文化产业高质量发展迈出新步伐", "作者：本报记者　王　斯", "　　记者从文化和旅游部获悉，2024年全国规模以上文化企业营业收入增长7.1%。"].joined(separator: "\n"))
        #expect(author.articles.first?.reporters == ["王斯"] && author.articles.first?.subtitle == nil && author.articles.first?.source == "本报")
        let signed = Self.clip(["以新质生产力推动高质量发展", "作者：张晓峰（某大学教授）", "　　新质生产力是创新起主导作用的先进生产力质态。"].joined(separator: "\n"))
        #expect(signed.articles.first?.reporters == ["张晓峰"] && signed.articles.first?.subtitle == nil)
    }
}

extension ArticleSegmenterTests {
    /// A column's label ending in 调研 over a headline (一线调研 | 一条老街的“新生”) is the kicker, not a headline over a
    /// subtitle.
    @Test func aColumnOfFieldResearchIsAKicker() {
        #expect(ArticleSegmenter.isColumnLabel("一线调研") && ArticleSegmenter.isColumnLabel("蹲点调研"))
        let page = Self.clip(["一线调研", "一条老街的“新生”", "本报记者　方　敏", "　　早上8点，杭州市上城区的小河直街已经热闹起来。"].joined(separator: "\n"))
        #expect(page.articles.first?.kicker == "一线调研" && page.articles.first?.headline == "一条老街的“新生”" && page.articles.first?.subtitle == nil)
    }
}

extension ArticleSegmenterTests {
    /// A note's mark that a narrow wrap carried onto a line of its own (…而是方法。” | ②) ends the sentence above it: no
    /// headline of a piece.
    @Test func aNoteMarkAloneOnItsLineEndsTheSentence() {
        #expect(Markers.isNoteMarkAlone("②") && Markers.isNoteMarkAlone("［12］") && Markers.isNoteMarkAlone("[3]"))
        #expect(!Markers.isNoteMarkAlone("①治理") && !Markers.isNoteMarkAlone("[图]"))
        let page = Self.clip("""
            马克思主义中国化时代化的理论逻辑
            作者：张志强

            　　中国共产党人始终坚持把马克思主义
            基本原理同中国具体实际相结合。恩格斯
            说：“马克思的整个世界观不是教义，而
            是方法，是立场观点方法的有机统一体。”
            ②
            　　实践没有止境，理论创新也没有止境
            ，我们要继续推进理论创新和实践创新。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "中国共产党人始终坚持把马克思主义基本原理同中国具体实际相结合。恩格斯说：“马克思的整个世界观不是教义，而是方法，是立场观点方法的有机统一体。”②",
            "实践没有止境，理论创新也没有止境，我们要继续推进理论创新和实践创新。",
        ])
    }
}

extension ArticleSegmenterTests {
    /// A table's title that names itself (表：…) a blank under a finished sentence of a hard-wrapped page opens its own
    /// paragraph: it had been read as the rest of a column break.
    @Test func aTableTitleUnderAFinishedSentenceIsNoRest() {
        // (The wrap cut the header row, so no rows are seen under the title.)
        let page = Self.clip("""
            新能源汽车产销两旺
            本报记者　杨忠阳

            　　从细分市场看，插电式混合动力汽车表现亮
            眼。1月至2月，插电混动车型销量同比增长78.2
            %，占新能源汽车销量的比重提升至40.6%。
            　　陈士华预计，今年汽车市场将继续保持稳中
            向好发展态势，全年汽车销量有望突破3200万辆
            。

            表：2025年1月至2月新能源汽车产销情况
            类别　　产量（万辆）　　销量（万辆）　　同
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text).dropFirst().first == "陈士华预计，今年汽车市场将继续保持稳中向好发展态势，全年汽车销量有望突破3200万辆。")
    }
}

extension ArticleSegmenterTests {
    /// A wrap inside a padded name leaves a line that opens with one full-width space (通讯员孙 | 　明　近日…, …院士王 |
    /// 　强). Where paragraphs are indented by two ASCII or no-break spaces, that is as wide as a paragraph's indent; the
    /// lead that reads on through it, or a given name of one under its family name, says it is the name's rest.
    @Test func aPaddedNamesRestUnderAnIndentOfTwoHalfWidths() {
        let lead = Self.clip("""
            法院审结一起网络诈骗案
              本报讯　记者刘　洋　见习记者赵　静　通讯员孙
            　明　近日，某市中级人民法院审结一起网络诈骗案，
            依法判处被告人有期徒刑十年。
            """)
        #expect(lead.articles.first?.reporters == ["刘洋", "赵静", "孙明"])
        #expect(lead.articles.first?.paragraphs.map(\.text) == ["近日，某市中级人民法院审结一起网络诈骗案，依法判处被告人有期徒刑十年。"])
        let subtitle = Self.clip("""
            让科技创新成为发展新引擎
            ——访全国人大代表、中国科学院院士王
            　强

              本报记者　孙　亮

              记者：今年政府工作报告对科技创新
            作出了哪些部署？
              王强：报告提出，要强化国家战略科
            技力量，实施好关键核心技术攻关工程。
            这些部署切中要害，令人振奋。
            """)
        #expect(subtitle.articles.map(\.headline) == ["让科技创新成为发展新引擎"])
        #expect(subtitle.articles.first?.subtitle?.replacingOccurrences(of: "\u{3000}", with: "") == "——访全国人大代表、中国科学院院士王强")
        #expect(subtitle.articles.first?.paragraphs.first?.text == "记者：今年政府工作报告对科技创新作出了哪些部署？")
    }
}

extension ArticleSegmenterTests {
    /// A page hard-wrapped by a script that counts characters, not display columns (every 22 characters, a digit as
    /// wide as a Han character): a line with figures that fills the column so is short of it by display width, and had
    /// read as a paragraph's end (■ 国际奥委会主席巴赫7日在北京表示，北 | 京冬奥会…). The detector finds which
    /// measure the wraps were made in, and the lines are read in it.
    @Test func aPageWrappedByCountingCharacters() throws {
        let source = [
            "北京冬奥会短道速滑男子1000米决赛",
            "中国选手任子威夺得金牌",
            "　　本报北京2月7日电　（记者季芳、孙龙飞）　7日晚，北京冬奥会短道速滑男子1000米决赛在首都体育馆举行，中国选手任子威以1分26秒768的成绩夺得金牌，队友李文龙获得银牌。",
            "　　这是中国代表团在本届冬奥会上获得的第二枚金牌。赛后，任子威说：“这枚金牌属于整个团队。”",
            "　　匈牙利选手刘少林在比赛中被判犯规，成绩被取消。",
            "",
            "图为任子威（中）在比赛中。",
            "本报记者　陈晓根摄",
            "",
            "冰壶混双循环赛",
            "中国组合战胜瑞士组合",
            "　　新华社北京2月7日电　（记者王镜宇）　北京冬奥会冰壶混双循环赛7日继续进行，中国组合范苏圆/凌智以7∶6战胜瑞士组合。",
            "　　比赛中，双方比分交替上升。最后一局，中国组合稳住局面，以一分优势取胜。",
            "",
            "体育简讯",
            "　　■ 国际奥委会主席巴赫7日在北京表示，北京冬奥会各项赛事组织有序，运动员对场馆和服务给予高度评价。（新华）",
            "　　■ 2022年全国跳水冠军赛将于4月在武汉举行，共设10个比赛项目。（本报记者　刘硕阳）",
        ]
        let text = Self.wrapped(source) { _ in 2 }
        let decoded = try PageDecoder.decode(Array(text.utf8))
        let (found, measure) = LayoutDetector.detectMeasured(decoded.lines, reading: PunctuationNormalizer.readingLines(decoded.lines), options: PipelineOptions())
        #expect(found.layout == .hardWrapped && found.wrapWidth == 22 && measure == .characters)
        let page = Self.clip(text)
        #expect(page.articles.last?.paragraphs.map(\.text) == [
            "■ 国际奥委会主席巴赫7日在北京表示，北京冬奥会各项赛事组织有序，运动员对场馆和服务给予高度评价。（新华）",
            "■ 2022年全国跳水冠军赛将于4月在武汉举行，共设10个比赛项目。（本报记者　刘硕阳）",
        ])
        // (The same lines wrapped at their display width, a digit half a column, are read in that measure.)
        let display = Self.wrapped(source) { CharClass.displayWidth($0) == 2 ? 2 : 1 }
        let displayed = try PageDecoder.decode(Array(display.utf8))
        let (atDisplay, displayMeasure) = LayoutDetector.detectMeasured(displayed.lines, reading: nil, options: PipelineOptions())
        #expect(atDisplay.layout == .hardWrapped && displayMeasure == .printed)
        #expect(Self.clip(display).articles.last?.paragraphs.count == 2)
    }

    /// Each line of `source` cut where its width, each character as many half-columns as `halves` gives, would pass 44.
    static func wrapped(_ source: [String], halves: (Unicode.Scalar) -> Int) -> String {
        var out: [String] = []
        for text in source {
            var line = ""
            var width = 0
            for c in text.unicodeScalars {
                let w = halves(c)
                if width + w > 44 {
                    out.append(line)
                    (line, width) = ("", 0)
                }
                line.unicodeScalars.append(c)
                width += w
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}

extension ArticleSegmenterTests {
    /// A running head that a wrap counting characters cut (人民日报　2023年4月20日　星期 | 四　第12版) fills the line
    /// so counted, though by display width its figures leave it short: its rest is furniture with it, also where the
    /// page holds too few figures to tell the measure of its wraps.
    @Test func aRunningHeadCutByAWrapThatCountsCharacters() {
        let page = Self.clip("""
            人民日报　2023年4月20日　星期
            四　第12版

            文化

            推进古籍保护利用
            让典籍里的文字“活”起来
            本报记者　张　贺　刘　阳

            　　古籍是中华文明的重要载体。近年来
            ，各地加强古籍保护，推进古籍数字化，
            让更多珍贵典籍走近大众，走进日常生活
            。
            """)
        #expect(page.articles.map(\.headline) == ["推进古籍保护利用"])
        #expect(page.dropped.first?.text == "人民日报　2023年4月20日　星期四　第12版" && page.articles.first?.kicker == nil)
    }
}

extension ArticleSegmenterTests {
    /// A headline and its byline on one line that the wrap cut inside the last name, before which the line names no one
    /// (各地扎实推进冬季农业生产　　本报记者　郁 | 静娴): a headline and a reporter, as the whole line gives them.
    @Test func aHeadlineAndBylineCutBeforeTheNamesRest() {
        let page = Self.clip("""
            推动冬季文旅消费升温　本报记者　王　珂
            　　入冬以来，各地推出冰雪旅游、温泉康养
            等特色产品，冬季文旅消费持续升温。
            　　文化和旅游部数据显示，11月份全国国内
            旅游出游人次同比增长12.5%。

            各地扎实推进冬季农业生产　　本报记者　郁
            静娴
            　　连日来，各地抓好冬小麦田间管理，确保
            越冬安全。
            """)
        #expect(page.articles.map(\.headline) == ["推动冬季文旅消费升温", "各地扎实推进冬季农业生产"])
        #expect(page.articles.map(\.reporters) == [["王珂"], ["郁静娴"]])
        #expect(page.articles.last?.paragraphs.map(\.text) == ["连日来，各地抓好冬小麦田间管理，确保越冬安全。"])
    }

    /// Under hard wraps with indented paragraphs, a dateline note or an agency's end mark alone on a line under a full
    /// one (…钻探能力。 | （据新华社电）, …第563次飞行。 | （完）) is that paragraph's end that the wrap pushed down.
    @Test func aNoteOrEndMarkUnderAFullLineEndsTheParagraph() {
        let page = Self.clip("""
            国内要闻速览
            　　■ 我国首艘大洋钻探船“梦想”号入列。该船
            由我国自主设计建造，具备海域11000米钻探能力。
            （据新华社电）
            　　■ 2024年全国铁路完成固定资产投资8506亿元
            ，投产新线3113公里。（据新华社电）

            我国成功发射卫星互联网低轨卫星
            　　新华社酒泉3月6日电　（记者李国利、张汨汨）
            3月6日10时许，我国在酒泉卫星发射中心使用长征
            二号丁运载火箭，成功将卫星互联网低轨卫星发射
            升空，卫星顺利进入预定轨道。
            　　这次任务是长征系列运载火箭的第563次飞行。
            （完）
            """)
        #expect(page.articles.first?.paragraphs.first?.text == "■ 我国首艘大洋钻探船“梦想”号入列。该船由我国自主设计建造，具备海域11000米钻探能力。（据新华社电）")
        #expect(page.articles.last?.paragraphs.last?.text == "这次任务是长征系列运载火箭的第563次飞行。（完）")
    }

    /// A quotation's speaker and verb alone as a sentence after it (“外贸稳中有进，展现出较强韧性。” | 海关总署…吕大良说。)
    /// belong to the quotation's paragraph: no paragraph opens so.
    @Test func aSpeakerAloneAfterAQuotationEndsItsParagraph() {
        let page = Self.clip("""
            稳外贸政策效应持续显现
            本报记者 罗珊珊
            海关总署 12 月 10 日发布数据，今年前
            11 个月，我国货物贸易进出口总值 39.79
            万亿元，同比增长 4.9%。其中，出口 22.53
            万亿元，增长 6.7%。
            “外贸稳中有进，展现出较强韧性。”
            海关总署统计分析司司长吕大良说。

            数字经济赋能实体经济
            本报记者 刘温馨
            工业和信息化部 12 月 12 日发布消息，
            我国已建成 5G 基站超 410 万个，5G 用户
            普及率超过 70%。
            """)
        #expect(page.articles.first?.paragraphs.last?.text == "“外贸稳中有进，展现出较强韧性。”海关总署统计分析司司长吕大良说。")
        #expect(ParagraphReflower.isSpeakerTail("海关总署统计分析司司长吕大良说。据介绍，…") && ParagraphReflower.isSpeakerTail("他笑着说。"))
        #expect(!ParagraphReflower.isSpeakerTail("对此，他表示。") && !ParagraphReflower.isSpeakerTail("说。") && !ParagraphReflower.isSpeakerTail("他说，"))
    }

    /// A blank after every line: a break before a foreign name's dot (…经济学家尤尔根 | ·马蒂斯表示，…) or between a figure and
    /// its unit (…将于4 | 月初结束，…) cuts a paragraph; the first part is no headline.
    @Test func aBreakAtANamesDotOrAFiguresUnitCutsAParagraph() {
        let page = Self.clip("""
            中德经贸合作持续深化

            本报记者　李　强

            德国联邦统计局日前公布的数据显示，2024年中国连续第九年成为德国最大贸易伙伴。

            德国经济研究所经济学家尤尔根

            ·马蒂斯表示，德国企业普遍看好中国市场。

            CBA联赛常规赛进入冲刺阶段

            本报记者　范佳元

            中国男子篮球职业联赛（CBA）常规赛11日继续进行。辽宁本钢队客场以98∶87战胜北京首钢队。

            本赛季CBA常规赛将于4

            月初结束，排名前十二的球队将晋级季后赛。
            """)
        #expect(page.articles.map(\.headline) == ["中德经贸合作持续深化", "CBA联赛常规赛进入冲刺阶段"])
        #expect(page.articles.first?.paragraphs.last?.text == "德国经济研究所经济学家尤尔根·马蒂斯表示，德国企业普遍看好中国市场。")
        #expect(page.articles.last?.paragraphs.last?.text == "本赛季CBA常规赛将于4月初结束，排名前十二的球队将晋级季后赛。")
    }
}

extension ArticleSegmenterTests {
    /// （紧接第二版） at the foot of a front page's piece points on, as （下转第二版） does: closing the last paragraph, or alone
    /// on the line under it where a wrap pushed it; （紧接第一版） over a continuation's text still points back.
    @Test func aTightJumpAtThePagesFootPointsOn() {
        for foot in ["上来。（紧接第二版）", "上来。\n（紧接第二版）"] {
            let page = Self.clip("人民日报　2024年12月7日　星期六　1\n\n奋力开创高质量发展新局面\n\n本报评论员\n\n　　做好明年经济工作，意义重大。各地区各部门要把思想和行动统一到党中央决策部署\(foot)\n")
            #expect(page.articles.count == 1, "\(foot)")
            #expect(page.articles.first?.continuesOnPage == 2 && page.articles.first?.continuedFromPage == nil, "\(foot)")
            #expect(page.articles.first?.paragraphs.map(\.text) == ["做好明年经济工作，意义重大。各地区各部门要把思想和行动统一到党中央决策部署上来。"], "\(foot)")
        }
        let back = Self.clip("人民日报　2024年12月7日　星期六　2\n\n（紧接第一版）\n　　各地区各部门要结合实际，把会议精神落到实处。\n")
        #expect(back.articles.first?.continuedFromPage == 1 && back.articles.first?.continuesOnPage == nil)
        #expect(Markers.parseJumpTo("上来。（紧接第二版）")?.page == 2 && Markers.parseJumpTo("（紧接第二版）") == nil)
    }
}

extension ArticleSegmenterTests {
    /// A document's title that fills a hard-wrapped line (关于召开…股东大会的通知) heads the notice: the line under it is the
    /// notice's text, not the title's rest.
    @Test func aDocumentsTitleThatFillsTheLineHeadsItsText() {
        let page = Self.clip("""
            广告


            关于召开2024年第三次临时股东大会的通知
            本公司及董事会全体成员保证信息披露内容
            的真实、准确和完整，没有虚假记载、误导性陈
            述或重大遗漏。

            一、会议召开的基本情况
            1.会议时间：2024年12月30日14:30
            2.会议地点：北京市朝阳区建国路88号公司
            会议室
            二、会议审议事项
            审议《关于修订公司章程的议案》。

            特此公告。
            """)
        #expect(page.articles.first?.headline == "关于召开2024年第三次临时股东大会的通知")
        #expect(page.articles.first?.paragraphs.first?.text == "本公司及董事会全体成员保证信息披露内容的真实、准确和完整，没有虚假记载、误导性陈述或重大遗漏。")
        #expect(Markers.isDocumentTitleLine("国务院关于加快发展银发经济的意见") && !Markers.isDocumentTitleLine("《关于加强新时代乡村人才队伍建设的意见"))
        #expect(!Markers.isDocumentTitleLine("关于这件事，他发表了意见") && !Markers.isDocumentTitleLine("关于的通知"))
    }

    /// A blank after every line: a break before a company's legal form (北京某某商贸 | 有限公司遗失…) or an institute's
    /// researcher (…财经战略 | 研究院研究员依绍华认为，…) cuts a name; the first part is no subtitle or headline.
    @Test func aBreakInsideABodysNameUnderAHeadline() {
        let page = Self.clip("""
            遗失声明

            北京某某商贸

            有限公司遗失营业执照副本，统一社会信用代码：91110105MA01ABCD12，声明作废。

            县城消费如何再升级？

            本报记者　王　珂

            县城是扩大内需的重要发力点。

            中国社会科学院财经战略

            研究院研究员依绍华认为，县城消费潜力巨大。
            """)
        #expect(page.articles.map(\.headline) == ["遗失声明", "县城消费如何再升级？"])
        #expect(page.articles.first?.subtitle == nil)
        #expect(page.articles.first?.paragraphs.map(\.text) == ["北京某某商贸有限公司遗失营业执照副本，统一社会信用代码：91110105MA01ABCD12，声明作废。"])
        #expect(page.articles.last?.paragraphs.last?.text == "中国社会科学院财经战略研究院研究员依绍华认为，县城消费潜力巨大。")
    }

    /// A headline and byline on one line that the wrap cut right after the role, the name's space kept on the rest
    /// (各地扎实推进冬季农业生产　　本报记者 | 　郁静娴): the headline alone, the name the reporter's.
    @Test func aHeadlineAndBylineCutAfterTheRole() {
        let page = Self.clip("""
            推动冬季文旅消费升温　本报记者　王　珂
            　　入冬以来，各地推出冰雪旅游、温泉康养
            等特色产品，冬季文旅消费持续升温。

            各地扎实推进冬季农业生产　　本报记者
            　郁静娴
            　　连日来，各地抓好冬小麦田间管理，
            确保越冬安全。
            """)
        #expect(page.articles.map(\.headline) == ["推动冬季文旅消费升温", "各地扎实推进冬季农业生产"])
        #expect(page.articles.last?.reporters == ["郁静娴"])
    }
}

extension ArticleSegmenterTests {
    /// A column of briefs labelled by what its news is of (国际要闻 over ● items) is one brief under that label, as 国际简讯
    /// is; an agency's note that a column break pushed under a blank, unindented (…尽快实现停火。 | (blank) | （据新华社电）),
    /// closes its item. (要闻 alone is a page's label.)
    @Test func aColumnOfNewsBriefsAndAnAgencysNotePushedDown() {
        let page = Self.clip("""
            国际要闻
            　　●联合国安理会19日就中东局势举行公开会，多国代表呼吁尽快实现停火。

            （据新华社电）
            　　●东盟与中日韩（10+3）财长和央行行长会议20日以视频方式举行。（本报记者　刘　旭）
            　　●世界气象组织19日发布报告说，2024年全球平均气温较工业化前水平高出约1.55摄氏度。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.kind == .brief && page.articles.first?.kicker == "国际要闻" && page.articles.first?.headline == nil)
        #expect(page.articles.first?.paragraphs.first?.text == "●联合国安理会19日就中东局势举行公开会，多国代表呼吁尽快实现停火。（据新华社电）")
        #expect(!ArticleSegmenter.isBriefColumn("要闻") && ArticleSegmenter.isBriefColumn("经济要闻"))
        #expect(ArticleSegmenter.isBriefColumn("文化时讯") && ArticleSegmenter.isBriefColumn("新闻集锦"))
    }
}

extension ArticleSegmenterTests {
    /// A poem under its genre's label, its title and its author right over the stanza with no blank (诗歌 | 春　雨 | 王小川 |
    /// 春雨落在窗前 | …): the label is the kicker, the name the author, not a line of the poem; each line a paragraph.
    @Test func aPoemsAuthorRightOverTheStanza() {
        for stack in ["诗歌\n春　雨", "春　雨"] {
            let page = Self.clip("大地\n春到江南\n刘　军\n　　三月的江南，草长莺飞。沿着运河一路走去，两岸的油菜花开得正艳。\n\n\(stack)\n王小川\n春雨落在窗前\n落在我的书页上\n一行行文字\n开始发芽\n")
            #expect(page.articles.count == 2, "\(stack)")
            #expect(page.articles.last?.kicker == (stack.hasPrefix("诗歌") ? "诗歌" : nil), "\(stack)")
            #expect(page.articles.last?.headline?.withoutSpaces == "春雨", "\(stack)")
            #expect(page.articles.last?.reporters == ["王小川"], "\(stack)")
            #expect(page.articles.last?.paragraphs.map(\.text) == ["春雨落在窗前", "落在我的书页上", "一行行文字", "开始发芽"], "\(stack)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A column's name framed in dashes (——记者手记——) over its headline and the author's name is the kicker: the
    /// headline under it had run into the name as the text's first paragraph, as under a dashed subtitle.
    @Test func aColumnNameFramedInDashes() {
        let page = Self.clip("""
            ——记者手记——
            小小快递车跑出乡村振兴加速度
            韩　鑫
            　　清晨6点，山东省临沂市郯城县的快递分拣中心已是一派忙碌景象。
            　　快递进村，打通的是城乡循环的“毛细血管”。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.kicker == "——记者手记——")
        #expect(page.articles.first?.headline == "小小快递车跑出乡村振兴加速度")
        #expect(page.articles.first?.reporters == ["韩鑫"])
        #expect(page.articles.first?.paragraphs.count == 2)
    }

    /// An account told by someone and written down by a reporter: 口述：(posts)　(name) over 整理：(role)　(name). The
    /// reporter who wrote it down is the byline's; the teller's line stays whole in every layout, also where a hard wrap
    /// cut it right before the name (it had made the name a headline of its own).
    @Test func anAccountToldAndWrittenDown() {
        let indented = """
            企业家说
            创新是企业发展的不竭动力
            　　口述：某新能源科技股份有限公司董事长　陈立新
            　　整理：经济日报记者　杨　阳
            　　我们公司成立于2010年，最初只有十几个人。这些年，我们始终坚持把创新放在第一位，每年研发投入占营业收入的比重都在8%以上。
            　　去年，我们的新一代固态电池实现了小批量生产。
            """
        let wrapped = """
            企业家说
            创新是企业发展的不竭动力
            　　口述：某新能源科技股份有限公司董事长
            陈立新
            　　整理：经济日报记者　杨　阳
            　　我们公司成立于2010年，最初只有十几
            个人。这些年，我们始终坚持把创新放在第一
            位，每年研发投入占营业收入的比重都在8%
            以上。
            　　去年，我们的新一代固态电池实现了小批
            量生产。
            """
        for text in [indented, wrapped] {
            let page = Self.clip(text)
            #expect(page.articles.count == 1)
            #expect(page.articles.first?.headline == "创新是企业发展的不竭动力")
            #expect(page.articles.first?.reporters == ["杨阳"])
            #expect(page.articles.first?.paragraphs.first?.text.withoutSpaces == "口述：某新能源科技股份有限公司董事长陈立新")
        }
    }

    /// A note on how many poems a title heads (山　居 | （外一首） | 王小川 | …) between the title and the author's name:
    /// the name is the author, not the poem's first line, and the note stays in the stack.
    @Test func aPoemCountNoteBetweenTitleAndAuthor() {
        let page = Self.clip("春到江南\n刘　军\n　　三月的江南，草长莺飞。\n\n山　居\n（外一首）\n王小川\n山风吹过松林\n吹过我童年的梦\n那些远去的日子\n像一只只归巢的鸟\n")
        #expect(page.articles.count == 2)
        #expect(page.articles.last?.headline?.withoutSpaces == "山居")
        #expect(page.articles.last?.subtitle == "（外一首）")
        #expect(page.articles.last?.reporters == ["王小川"])
        #expect(page.articles.last?.paragraphs.map(\.text) == ["山风吹过松林", "吹过我童年的梦", "那些远去的日子", "像一只只归巢的鸟"])
        #expect(Markers.isPoemCountNote("（外二首）") && Markers.isPoemCountNote("（组诗）") && !Markers.isPoemCountNote("（二）"))
    }
}

extension ArticleSegmenterTests {
    /// A local page's place label without its colon (贵州黔东南, 四川成都, 浙江安吉) over the headline is the kicker, as
    /// 贵州黔东南： is; not a headline over its subtitle. A province with what it did (广东出台) is no label.
    @Test func aPlaceLabelWithoutItsColon() {
        for label in ["贵州黔东南", "四川成都", "浙江安吉", "内蒙古鄂尔多斯"] {
            let page = Self.clip("\(label)\n“村超”带火乡村旅游\n　　本报记者　王永战\n　　记者从贵州省文化和旅游厅获悉，游客超过300万人次。\n")
            #expect(page.articles.first?.kicker == label, "\(label)")
            #expect(page.articles.first?.headline == "“村超”带火乡村旅游", "\(label)")
        }
        #expect(!Markers.isPlaceOnlyLabel("广东出台") && !Markers.isPlaceOnlyLabel("北京") && Markers.isPlaceOnlyLabel("上海浦东"))
        // Under a city, a district's or zone's name: a place the word list lacks (前海) or knows (南沙), not a thing (成都火锅).
        #expect(Markers.isPlaceOnlyLabel("深圳前海") && Markers.isPlaceOnlyLabel("广州南沙") && !Markers.isPlaceOnlyLabel("成都火锅"))
        #expect(!Markers.isPlaceOnlyLabel("深圳发布") && !Markers.isPlaceOnlyLabel("杭州好"))
        let page = Self.clip("深圳前海\n跨境金融服务再上新台阶\n文/图　南方日报记者　王　彤\n　　记者从前海管理局获悉，前海累计注册港资企业超过1.2万家。\n")
        #expect(page.articles.first?.kicker == "深圳前海" && page.articles.first?.headline == "跨境金融服务再上新台阶")
    }

    /// A box's label letter-spaced (链　接) is the label as 链接 is, not an author's name signing the text above: a results
    /// table under its own title over it stays a piece of its own.
    @Test func aLetterSpacedBoxLabel() {
        let page = Self.clip("""
            苏迪曼杯羽毛球混合团体赛
            中国队小组赛全胜晋级
            　　本报厦门4月14日电　（记者季　芳）小组赛最后一轮，中国队以5∶0战胜英格兰队，以小组第一身份晋级八强。

            CBA常规赛最后一轮战报
            辽宁本钢　98∶87　广东东阳光
            上海久事　102∶99　北京首钢

            链　接
            　　苏迪曼杯是世界羽联主办的世界羽毛球混合团体锦标赛，首届比赛于1989年举行。
            """)
        #expect(page.articles.map(\.headline) == ["苏迪曼杯羽毛球混合团体赛", "CBA常规赛最后一轮战报"])
        #expect(Markers.isBoxLabel("链　接"))
    }
}

extension ArticleSegmenterTests {
    /// A short column signed at its foot by its author's name alone (…目标任务。 | 王　平): the name is its author, the
    /// piece no "stops mid-sentence" finding, and the name no headline of a piece of its own where a blank follows every
    /// line and the next piece stands as close.
    @Test func aColumnSignedByItsAuthorsNameAlone() {
        let indented = "今日谈\n守好“米袋子”\n　　春播时节，田野里处处是繁忙景象。\n　　粮食安全是“国之大者”。各地要压实责任，确保完成全年粮食生产目标任务。\n　　王　平\n\n评论员观察\n以高水平开放促进深层次改革\n　　本报评论员\n　　开放是当代中国的鲜明标识。\n"
        let apart = indented.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.drop(while: { $0 == "\u{3000}" }) }.joined(separator: "\n\n") + "\n"
        for text in [indented, apart] {
            let page = Self.clip(text)
            #expect(page.articles.map(\.headline) == ["守好“米袋子”", "以高水平开放促进深层次改革"])
            #expect(page.articles.first?.reporters == ["王平"])
            #expect(page.articles.first?.paragraphs.last?.text == "王　平")
            #expect(page.articles.first?.findings.contains { $0.kind == .truncated } == false)
        }
    }
}

extension ArticleSegmenterTests {
    /// A desk's name in brackets closing a brief (（文　化）) names no reporter, and a blank above it, as pdftotext sets
    /// paragraphs apart, makes it no headline of a piece of its own: it signs the brief.
    @Test func aDeskSignsABrief() {
        for gap in ["\n", "\n\n"] {
            let page = Self.clip("书　讯\n《中华文明探源》近日由人民出版社出版。\n该书系统梳理了中华文明起源、形成和发展的历\n史脉络。\n\(gap)（文　化）\n")
            #expect(page.articles.count == 1, "\(gap.count)")
            #expect(page.articles.first?.reporters == [], "\(gap.count)")
            #expect(page.articles.first?.paragraphs.last?.text.withoutSpaces == "（文化）", "\(gap.count)")
        }
    }
}

extension ArticleSegmenterTests {
    /// An interviewed expert's note at a text's end (（受访专家：…主任医师　王　刚）) closes the text: the flush line a blank
    /// under it is no rest of it that a break pushed. A topic's tips box under it (健康小贴士 over ● items) is the text's,
    /// in every layout, and its last item needs no stop.
    @Test func anExpertsNoteAndATipsBox() {
        let indented = """
            春季如何预防过敏？
            　　本报记者　王美华
            　　问：出现过敏症状怎么办？
            　　答：应及时就医，在医生指导下用药，不要自行购买抗过敏药物。
            　　（受访专家：首都医科大学附属北京同仁医院变态反应科主任医师　王　刚）

            健康小贴士
            　　●外出时佩戴口罩、眼镜
            　　●室内保持通风，定期清洗床上用品
            """
        let flush = indented.replacingOccurrences(of: "\u{3000}\u{3000}", with: "")
        for text in [indented, flush] {
            let page = Self.clip(text)
            #expect(page.articles.count == 1)
            #expect(page.articles.first?.paragraphs.map { $0.text.withoutSpaces } == [
                "问：出现过敏症状怎么办？", "答：应及时就医，在医生指导下用药，不要自行购买抗过敏药物。",
                "（受访专家：首都医科大学附属北京同仁医院变态反应科主任医师王刚）", "健康小贴士", "●外出时佩戴口罩、眼镜", "●室内保持通风，定期清洗床上用品",
            ])
            #expect(page.articles.first?.findings.contains { $0.kind == .truncated } == false)
        }
    }
}

extension ArticleSegmenterTests {
    /// A byline a blank under a signed text's finished paragraph, over text of its own (…订单增加。 | (blank) | 文/图　本报记者
    /// 吴佳佳 | 走进…): it signs the next piece, whose title is lost or was a picture, not the text above a second time.
    /// (At a text's foot, with nothing under it, a byline still signs the text above.)
    @Test func aBylineOverTextOfItsOwnAfterABlank() {
        let page = Self.clip("""
            稳外贸政策效应持续显现
            　　本报记者　冯其予
            　　商务部数据显示，一季度我国货物贸易进出口总值10.3万亿元。
            　　外贸企业订单增加。

            　　文/图　本报记者　吴佳佳
            　　走进位于浙江义乌的国际商贸城，各色商品琳琅满目。
            　　来自世界各地的采购商络绎不绝。
            """)
        #expect(page.articles.count == 2)
        #expect(page.articles.map(\.reporters) == [["冯其予"], ["吴佳佳"]])
        #expect(page.articles.last?.paragraphs.first?.text == "走进位于浙江义乌的国际商贸城，各色商品琳琅满目。")
        let foot = Self.clip("稳外贸政策效应持续显现\n　　商务部数据显示，一季度我国货物贸易进出口总值10.3万亿元。\n　　外贸企业订单增加。\n\n　　本报记者　冯其予\n")
        #expect(foot.articles.count == 1 && foot.articles.first?.reporters == ["冯其予"])
    }
}

extension ArticleSegmenterTests {
    /// A column's name that opens with a role word (记者调查) right over a byline is the piece's title: it had been read as a
    /// lead a break cut (记者调查 + 本报记者　刘　涓溪 parses as one), and the piece ran into the letter above it.
    @Test func aColumnNameOpeningWithARoleOverItsByline() {
        let page = Self.clip("""
            老旧小区加装电梯难在哪
            　　编辑同志：
            　　我所在的小区建于上世纪90年代，大家都盼着加装电梯。
            　　（湖北武汉　陈小红）

            记者调查
            　　本报记者　刘　涓溪
            　　针对读者反映的问题，记者进行了调查。
            """)
        #expect(page.articles.map(\.headline) == ["老旧小区加装电梯难在哪", "记者调查"])
        #expect(page.articles.map(\.reporters) == [["陈小红"], ["刘涓溪"]])
    }
}

extension ArticleSegmenterTests {
    /// A byline that names a unit's writer without a role before the paper's correspondent (■李建文　本报特约记者　张　磊,
    /// as 解放军报 prints it) names both: it had been read as the subtitle, the dashed subtitle above it as the headline and
    /// the headline as the kicker.
    @Test func aBylineWithANameBeforeTheRole() {
        let page = Self.clip("""
            练兵场上的“尖刀连”
            ——第71集团军某旅“钢八连”实战化训练见闻
            ■李建文　本报特约记者　张　磊
            　　盛夏时节，苏北某训练场硝烟弥漫。随着一声令下，“钢八连”官兵驾驶步战车向“敌”阵地发起冲击。
            """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.headline == "练兵场上的“尖刀连”")
        #expect(page.articles.first?.subtitle == "——第71集团军某旅“钢八连”实战化训练见闻")
        #expect(page.articles.first?.reporters == ["李建文", "张磊"])
        #expect(page.articles.first?.source == "本报")
    }

    /// Two indented byline lines, each with its role (　　本报记者　张守坤 | 　　本报通讯员　李　想), are two paragraphs'
    /// worth of byline, not one cut by a wrap: both reporters are named and the lines are not joined. (Read together they
    /// had lost 张守坤, whom 坤本报通讯员 had taken for an outlet's correspondent.)
    @Test func twoIndentedBylinesEachWithItsRole() {
        let page = Self.clip("""
            “职业闭店人”帮商家逃债被判刑
            　　本报记者　张守坤
            　　本报通讯员　李　想
            　　近日，北京市朝阳区人民法院审结一起诈骗案。
            """)
        #expect(page.articles.first?.reporters == ["张守坤", "李想"])
        #expect(page.articles.first?.paragraphs.map(\.text) == ["近日，北京市朝阳区人民法院审结一起诈骗案。"])
        #expect(page.joins.isEmpty)
    }
}

extension ArticleSegmenterTests {
    /// A blank after every paragraph, and a break that left a sentence's short end alone under a long line
    /// (大会对荣获…的单位和个人 | (blank) | 进行了表彰。): the two are one paragraph, not a headline with a text of six
    /// characters.
    @Test func aLongLineOverAShortSentenceEndAfterABlank() {
        let page = Self.clip("""
            全国五一劳动奖和全国工人先锋号表彰大会在京举行

            本报北京4月27日电　（记者郑莉）全国五一劳动奖和全国工人先锋号表彰大会27日在北京举行。王东明出席并讲话。

            大会对荣获2025年全国五一劳动奖和全国工人先锋号的单位和个人

            进行了表彰。

            劳模风采

            巧手“绣”出大国重器

            ——记全国五一劳动奖章获得者、中国一重集团高级技师刘伯鸣

            本报记者　彭冰　柳姗姗

            在中国一重的万吨水压机前，刘伯鸣一干就是30多年。

            如今，刘伯鸣创新工作室已培养出高级技师18名。
            """)
        #expect(page.articles.map(\.headline) == ["全国五一劳动奖和全国工人先锋号表彰大会在京举行", "巧手“绣”出大国重器"])
        #expect(page.articles.first?.paragraphs.last?.text == "大会对荣获2025年全国五一劳动奖和全国工人先锋号的单位和个人进行了表彰。")
    }
}

extension ArticleSegmenterTests {
    /// A quotation's source in hard wraps whose wrap cut the name after two of its three characters (——…毕业生　李晓 | 燕):
    /// the line alone reads as a whole source (李晓), but with its full line's rest it is 李晓燕, one paragraph, and the rest
    /// is no headline of a piece of its own.
    @Test func aQuotationsSourceWithItsNameCutByTheWrap() {
        let wrapped = Self.clip("""
            　　教育部有关负责人表示，将继续实施“三支
            一扶”计划、大学生志愿服务西部计划等基层项
            目。

            青年说
            　　“回到家乡，把所学用在这片土地上，是我
            最大的心愿。”
            　　——西北农林科技大学2025届毕业生　李晓
            燕
            　　“基层虽然艰苦，但机会更多，成长更快。
            ”
            　　——中国人民大学2025届毕业生　张　骁
            """)
        #expect(wrapped.articles.map(\.headline) == [nil, "青年说"])
        #expect(wrapped.articles.last?.paragraphs.map(\.text) == [
            "“回到家乡，把所学用在这片土地上，是我最大的心愿。”", "——西北农林科技大学2025届毕业生　李晓燕",
            "“基层虽然艰苦，但机会更多，成长更快。”", "——中国人民大学2025届毕业生　张　骁",
        ])
        // (Flush, the wrap leaving a quotation's closing mark alone on its line over the source: …成长更快。 | ” | ——….)
        let flush = Self.clip("""
            青年说
            “基层虽然艰苦，但机会更多，成长更快。
            ”
            ——中国人民大学2025届毕业生　张　骁

            外交部：中方愿同各方加强沟通协调
            中青报·中青网记者　陈小茹
            在7日举行的外交部例行记者会上，有记者
            问：近期，多国领导人呼吁加强全球治理合作，
            中方对此有何评论？
            """)
        #expect(flush.articles.map(\.headline) == ["青年说", "外交部：中方愿同各方加强沟通协调"])
        #expect(flush.articles.first?.paragraphs.last?.text == "——中国人民大学2025届毕业生　张　骁")
    }

    /// A pointer to a text printed in full on another page (（讲话全文见第二版）, 公报全文见第三版, （名单见第四版）) ends
    /// its article as （相关报道见第三版） does: with a blank after every paragraph it is no headline of a piece of its own.
    @Test func aPointerToATextInFullOnAnotherPage() {
        #expect(Markers.isCrossReference("（讲话全文见第二版）") && Markers.isCrossReference("公报全文见第三版"))
        #expect(Markers.isCrossReference("（名单见第四版）") && !Markers.isCrossReference("（他说全文见报）"))
        let page = Self.clip("""
            纪念大会隆重举行

            习近平发表重要讲话

            本报北京9月3日电　（记者杜尚泽、李林蔚）纪念大会3日上午在北京天安门广场隆重举行。

            习近平出席大会并发表重要讲话。

            （讲话全文见第二版）

            黄山云海

            9月1日，游客在安徽黄山风景区观赏云海。
            """)
        #expect(page.articles.first?.paragraphs.last?.text == "（讲话全文见第二版）")
        #expect(page.articles.map(\.headline) == ["纪念大会隆重举行", "黄山云海"])
    }
}

extension ArticleSegmenterTests {
    /// A poem whose first stanza has two lines and whose second, a blank under it, has three with nothing under them
    /// (雪 | 李　琦 | 雪落在北方的屋顶上 | 落在母亲的白发上 | (blank) | 雪落无声 | 却把整个冬天 | 都说了出来): the second
    /// stanza is more of the poem, not a piece of kicker, headline and subtitle with no text; and the poem draws no
    /// "stops mid-sentence" finding.
    @Test func aPoemWhoseFirstStanzaHasTwoLines() {
        let page = Self.clip("""
            雪
            李　琦

            雪落在北方的屋顶上
            落在母亲的白发上

            雪落无声
            却把整个冬天
            都说了出来

            故乡的年味
            张　涛

            　　腊月一到，故乡的年味就浓了起来。母亲开始蒸馒头、炸丸子，父亲则忙着写春联。
            　　小时候，最盼的就是过年。
            """)
        #expect(page.articles.map(\.headline) == ["雪", "故乡的年味"])
        #expect(page.articles.first?.paragraphs.map(\.text) == ["雪落在北方的屋顶上", "落在母亲的白发上", "雪落无声", "却把整个冬天", "都说了出来"])
        #expect(page.articles.first?.findings.isEmpty == true)
    }
}

extension ArticleSegmenterTests {
    /// A column signed at its foot by the author's padded name (…关键在于创新。 | 李　浩), over a blank and a photo's
    /// caption: one paragraph a line, the name had run into the caption (李　浩11月24日，…) as a break's cut paragraph;
    /// flush in hard wraps it had become the photo's title. It signs the column in every printing.
    @Test func aPaddedNameSigningAColumnOverACaption() {
        let lines = [
            "今日谈", "让“冷资源”释放“热效应”", "冰雪资源是宝贵的财富。近年来，各地把冰天雪地转化为金山银山，冰雪经济持续升温。",
            "用好冷资源，关键在于创新。", "李　浩", "", "11月24日，游客在吉林省长春市一家滑雪场滑雪。", "新华社记者　颜麟蕴摄",
        ]
        let oneALine = Self.clip(lines.joined(separator: "\n"))
        let flush = Self.clip("""
            今日谈
            让“冷资源”释放“热效应”
            冰雪资源是宝贵的财富。近年来，各地把冰
            天雪地转化为金山银山，冰雪经济持续升温
            。
            用好冷资源，关键在于创新。
            李　浩

            11月24日，游客在吉林省长春市一家滑雪场
            滑雪。
            新华社记者　颜麟蕴摄
            """)
        for page in [oneALine, flush] {
            #expect(page.articles.map(\.headline) == ["让“冷资源”释放“热效应”", nil])
            #expect(page.articles.first?.reporters == ["李浩"])
            #expect(page.articles.last?.paragraphs.map(\.text) == ["11月24日，游客在吉林省长春市一家滑雪场滑雪。"])
        }
        // (A word letter-spaced as a label is, 简　讯, is no name.)
        #expect(ParagraphReflower.isPaddedName("李　浩") && !ParagraphReflower.isPaddedName("简　讯"))
    }
}

extension ArticleSegmenterTests {
    /// A signature set to the right that the hard wrap cut (…　本 | 报编辑部, …　本报编辑 | 部) signs the correction above it
    /// whole (本报编辑部): its pieces are no headline and subtitle of a piece of their own.
    @Test func aRightSetSignatureCutByTheWrap() {
        let page = Self.clip("""
            全国冬季农业生产全面展开
            　　本报北京11月19日电　（记者郁静娴）小雪
            时节，各地抢抓农时开展冬季农业生产。在山东
            省德州市，麦田里一台台喷灌机正在作业，冬小
            麦长势良好。
            　　“今年冬小麦长势不错，明年丰收有盼头。
            ”种粮大户张立新说。据农业农村部统计，全国
            冬小麦播种已基本结束，面积稳中有增。
            
            更　正
            　　本报11月18日第4版《秋粮收购有序推进》
            一文中，“河南省”应为“湖南省”。特此更正
            。
            　　　　　　　　　　　　　　　　　　　　本
            报编辑部
            """)
        #expect(page.articles.count == 2)
        #expect(page.articles.last?.paragraphs.map(\.text) == ["本报11月18日第4版《秋粮收购有序推进》一文中，“河南省”应为“湖南省”。特此更正。", "本报编辑部"])
    }

    /// A numbered subhead set flush between a finished paragraph and an indented one is a subhead, whatever word it ends in
    /// (导向, whose last character also ends cut lines), not the rest of the paragraph above that a break left unindented.
    @Test func aNumberedSubheadEndingInACutWord() {
        let lines = ["深刻把握改革的方法论", "李　军", "", "　　深入学习领会其中蕴含的方法论，具有重要意义。", "一、坚持守正创新", "　　守正才能不迷失方向。",
                     "　　坚持守正创新，要求我们勇于创新。", "二、坚持问题导向", "　　问题是时代的声音。", "三、坚持系统观念", "　　全面深化改革是一项系统工程。"]
        let page = Self.clip(lines.joined(separator: "\n"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text) == lines.dropFirst(3).map { $0.trimmingCharacters(in: .whitespaces) })
        // (Where the line under it is no paragraph's start, it is a numbered paragraph's first line: 二、坚持问题导向 | 的原则….)
        let cut = Self.clip(["深刻把握改革的方法论", "李　军", "", "　　深入学习领会其中蕴含的方法论。", "二、坚持问题导向", "的原则，推进改革。"].joined(separator: "\n"))
        #expect(cut.articles.first?.paragraphs.map(\.text) == ["深入学习领会其中蕴含的方法论。", "二、坚持问题导向的原则，推进改革。"])
    }

    /// A table's last row ends as a sentence does: the stack a blank under it (kicker, headline, the author's bare name) is
    /// the next piece's, not one paragraph of the table's piece.
    @Test func aStackUnderATable() {
        let page = Self.clip(["奥运金牌榜（截至8月11日）", "排名　国家/地区　金　银　铜", "1　美国　40　44　42", "2　中国　40　27　24", "3　日本　20　12　13", "",
                              "体坛观察", "奥运精神的时代光彩", "汪　洋", "", "　　奥运赛场上，运动员们挑战自我、超越极限，展现了“更快、更高、更强——更团结”的奥林匹克精神。",
                              "　　中国体育健儿在赛场上顽强拼搏，为祖国赢得了荣誉，也赢得了世界的尊重。", "",
                              "　　图为郑钦文在比赛中。　　　新华社记者　高　静摄"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["奥运金牌榜（截至8月11日）", "奥运精神的时代光彩", nil])
        #expect(page.articles.dropFirst().first?.kicker == "体坛观察")
        #expect(page.articles.dropFirst().first?.reporters == ["汪洋"])
    }

    /// A page's label between two lines of its head (人民日报 | date | 公告 | 11) is the page's, not the first piece's kicker,
    /// whether or not a list of sections knows it, and where a blank follows every line too.
    @Test func aPageLabelBetweenTheHeadsLines() {
        for label in ["公告", "区域经济"] {
            let head = ["人民日报", "2024年3月12日　星期二", label, "11"]
            let stack = ["", "更　正", "　　本报3月10日第6版一文中，“周口市”应为“驻马店市”。特此更正。"]
            for between in [false, true] {
                let lines = head + stack
                let text = between ? lines.filter { !$0.isEmpty }.joined(separator: "\n\n") : lines.joined(separator: "\n")
                let page = Self.clip(text)
                #expect(page.articles.map(\.kicker) == [nil], "\(label) \(between)")
                #expect(page.dropped.map(\.text).contains(label), "\(label) \(between)")
            }
        }
    }

    /// An agency's credit alone after a caption, 视觉中国 or 光明图片/视觉中国, credits the photo: the caption is a photo's, and
    /// the credit is no sentence the article stops in. (Not 视觉中国 inside a sentence's words.)
    @Test func agencyCreditsOfPictures() {
        for credit in ["视觉中国", "光明图片/视觉中国"] {
            let page = Self.clip(["光明图片", "　　10月20日，江苏省南京市玄武湖公园，市民在赏秋。", "　　\(credit)"].joined(separator: "\n"))
            #expect(page.articles.map(\.kind) == [.photo], "\(credit)")
            #expect(page.articles.first?.paragraphs.map(\.text) == ["10月20日，江苏省南京市玄武湖公园，市民在赏秋。"], "\(credit)")
            #expect(Markers.parseCredit("市民在赏秋。　\(credit)") != nil)
        }
        #expect(Markers.parseCredit("走进视觉中国") == nil && Markers.parseCredit("光明图片") == nil)
    }

    /// A figure that a wrap cut from its percent sign (…同比增长32 | %) runs on: no line opens with one.
    @Test func aPercentSignCutFromItsFigure() {
        let page = Self.clip(["发展。村里成立了刺绣合作社，吸纳200多名妇", "女就业。", "雷山县委书记潘宏说，下一步将推动民宿产", "业提档升级，让更多群众吃上“旅游饭”。", "",
                              "数读", "●全县民宿达到1200余家，床位1.8万张", "●2023年接待游客1500万人次，同比增长32", "%", "●旅游综合收入达到150亿元", "", "本版责编：吴　刚　何　欣"].joined(separator: "\n"))
        #expect(page.articles.last?.paragraphs.map(\.text) == ["●全县民宿达到1200余家，床位1.8万张", "●2023年接待游客1500万人次，同比增长32%", "●旅游综合收入达到150亿元"])
    }

    /// A box's contributor in brackets at its foot (（全国科学技术名词审定委员会供稿）) ends its text as a full stop does: the
    /// stack a blank under it (前沿观察 | 芯片产业要补短板锻长板 | 刘　诗) is the next piece's, not a paragraph of the box.
    @Test func aContributorsNoteEndsABox() {
        let page = Self.clip(["科技名词", "　　量子计算：一种遵循量子力学规律调控量子信息单元进行计算的新型计算模式。", "　　（全国科学技术名词审定委员会供稿）", "",
                              "前沿观察", "芯片产业要补短板锻长板", "刘　诗", "", "　　芯片是信息产业的核心。近年来，我国芯片产业快速发展。"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["科技名词", "芯片产业要补短板锻长板"])
        #expect(page.articles.last?.kicker == "前沿观察")
        #expect(page.articles.last?.reporters == ["刘诗"])
    }

    /// A kicker that ends in a colon over a headline that a byline confirms (一季度经济数据前瞻： | 消费回暖　投资稳定 | 本报记者　王　观)
    /// is the next piece's kicker, not the last words of the paragraph above; also where a blank follows every line.
    @Test func aKickerEndingInAColon() {
        let lines = ["新能源车下乡，火了！", "　　本报北京3月19日电　（记者韩鑫）工业和信息化部等部门19日宣布，新能源汽车下乡活动正式启动。",
                     "　　据介绍，活动将在全国多个县域举办，推动新能源汽车在农村地区普及。", "", "一季度经济数据前瞻：", "消费回暖　投资稳定", "本报记者　王　观",
                     "　　多家机构预测，一季度国内生产总值同比增长5%左右。"]
        for between in [false, true] {
            let text = between ? lines.filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n\n") : lines.joined(separator: "\n")
            let page = Self.clip(text)
            #expect(page.articles.map(\.kicker) == [nil, "一季度经济数据前瞻："], "\(between)")
            #expect(page.articles.map(\.headline) == ["新能源车下乡，火了！", "消费回暖　投资稳定"], "\(between)")
            #expect(page.articles.first?.paragraphs.last?.text == "据介绍，活动将在全国多个县域举办，推动新能源汽车在农村地区普及。", "\(between)")
        }
    }

    /// A first line ending in 时 inside a word (春耕备耕正当时, 恰逢其时) is a headline over its subtitle; ending in 时 as "when"
    /// (…在江苏考察时) it is a kicker.
    @Test func aStackWhoseFirstLineEndsInShi() {
        #expect(ArticleSegmenter.assignStack(["春耕备耕正当时", "各地抢抓农时推进春播"]) == (nil, "春耕备耕正当时", "各地抢抓农时推进春播"))
        #expect(ArticleSegmenter.assignStack(["文旅融合恰逢其时", "多地推出特色旅游线路"]) == (nil, "文旅融合恰逢其时", "多地推出特色旅游线路"))
        #expect(ArticleSegmenter.assignStack(["习近平在江苏考察时", "因地制宜发展新质生产力"]) == ("习近平在江苏考察时", "因地制宜发展新质生产力", nil))
    }

    /// A jump marker without brackets that the wrap cut inside its page's number (…防范旱涝灾害。转第 | 4版) is the marker whole:
    /// the article continues on page 4, and 4版 is no page number of the page's own.
    @Test func anUnbracketedJumpMarkerCutByTheWrap() {
        let page = Self.clip(["秋粮长势总体良好", "　　本报讯　农业农村部19日表示，目前秋粮作物长势总体良好，丰收", "有基础。",
                              "　　各地正加强田间管理，防范旱涝灾害。转第", "4版"].joined(separator: "\n"))
        #expect(page.articles.first?.continuesOnPage == 4)
        #expect(page.articles.first?.paragraphs.last?.text == "各地正加强田间管理，防范旱涝灾害。")
        #expect(page.dropped.isEmpty)
    }

    /// A byline whose last reporter's family name is also a preposition (新华社记者　胡　璐　于文静) names them both; a
    /// wrap that cut a lead's text after a byline (通讯员 李明 由辽 | 宁省委…) still leaves the text's first words out.
    @Test func aBylineWhoseLastNameOpensWithYu() {
        let page = Self.clip(["在希望的田野上", "——夏粮主产区麦收见闻", "新华社记者　胡　璐　于文静", "", "　　芒种时节，中原大地麦浪翻滚。"].joined(separator: "\n"))
        #expect(page.articles.first?.reporters == ["胡璐", "于文静"])
        #expect(page.articles.first?.paragraphs.map(\.text) == ["芒种时节，中原大地麦浪翻滚。"])
        #expect(Markers.parseNames(Array("通讯员 李明 由辽".unicodeScalars), from: 0).0 == ["李明"])
        #expect(Markers.parseNames(Array("记者 李明 于近日".unicodeScalars), from: 0).0 == ["李明"])
    }

    /// The page's number in its head over a column's name that opens with 人 (评论 | 5 | (blank) | 人民论坛) is furniture, not a
    /// figure whose unit a break put on the next line (1996 | 年，…).
    @Test func aPageNumberOverAColumnOpeningWithRen() {
        let page = Self.clip(["人民日报", "2024年6月18日　星期二", "评论", "5", "", "人民论坛", "以钉钉子精神抓落实", "李　斌", "",
                              "　　抓落实，贵在实、重在干。一分部署，九分落实。"].joined(separator: "\n"))
        #expect(page.articles.first?.kicker == "人民论坛" && page.articles.first?.headline == "以钉钉子精神抓落实")
        #expect(page.articles.first?.reporters == ["李斌"])
        #expect(page.dropped.map(\.text).contains("5"))
    }

    /// A doing or thing named as the topic, what it does or is after the comma (读书，可以让人…), opens a paragraph: one paragraph
    /// a line, the headline right over it stays a headline. A verb with no subject before other text is still a cut (…数据 |
    /// 显示，今年…).
    @Test func aTopicAndItsCommentOpenAParagraph() {
        #expect(!ParagraphReflower.startsMidSentence("读书，可以让人在喧嚣中找到一份宁静。"))
        #expect(!ParagraphReflower.startsMidSentence("学习，是一种快乐。"))
        #expect(ParagraphReflower.startsMidSentence("显示，今年前5个月全国社会消费品零售总额增长4.1%。"))
        let page = Self.clip(["上一篇的标题", "上一篇正文说完了。", "", "金台随笔", "书香伴我成长", "读书，可以让人在喧嚣中找到一份宁静。", "一本好书，往往能够影响一个人的一生。"]
            .joined(separator: "\n"))
        #expect(page.articles.last?.kicker == "金台随笔" && page.articles.last?.headline == "书香伴我成长")
        #expect(page.articles.last?.paragraphs.first?.text == "读书，可以让人在喧嚣中找到一份宁静。")
    }

    /// A label in lenticular brackets right under a stack's byline, over text (外卖骑手受伤，谁来担责？ | 本报记者　张　璁 |
    /// 【案情】 | …), is the article's first paragraph, set flush as well as indented: no headline of a piece of its own.
    @Test func aBracketedLabelUnderTheByline() {
        for indent in ["　　", ""] {
            let page = Self.clip(["以案说法", "外卖骑手受伤，谁来担责？", "本报记者　张　璁", "", "\(indent)【案情】",
                                  "\(indent)2023年5月，外卖骑手王某在送餐途中与行人发生碰撞，导致行人受伤。", "\(indent)【说法】",
                                  "\(indent)法院审理认为，应由用人单位承担侵权责任。"].joined(separator: "\n"))
            #expect(page.articles.count == 1, "\(indent.isEmpty)")
            #expect(page.articles.first?.headline == "外卖骑手受伤，谁来担责？", "\(indent.isEmpty)")
            #expect(page.articles.first?.paragraphs.first?.text == "【案情】", "\(indent.isEmpty)")
        }
    }

    /// A foot byline with the text-and-picture mark (本报记者　刘　杨　文/图) under a short paragraph set apart from an article its
    /// own reporters signed at its head: that paragraph is a picture story's caption, a piece of its own.
    @Test func aTextAndPictureBylineUnderASignedArticle() {
        let page = Self.clip(["一线职工的“充电站”", "本报记者　李　娜　本报通讯员　王　强", "", "　　6月15日，在职工书屋里，几名刚下夜班的职工正在翻阅书籍。",
                              "　　据了解，该公司已建成职工书屋12个，藏书超过3万册。", "", "　　6月16日，浙江省杭州市一家企业的职工在参加技能比武。",
                              "本报记者　刘　杨　文/图"].joined(separator: "\n"))
        #expect(page.articles.count == 2)
        #expect(page.articles.first?.reporters == ["李娜", "王强"])
        #expect(page.articles.first?.paragraphs.count == 2)
        #expect(page.articles.last?.kind == .photo)
        #expect(page.articles.last?.photographers == ["刘杨"])
        #expect(page.articles.last?.paragraphs.map(\.text) == ["6月16日，浙江省杭州市一家企业的职工在参加技能比武。"])
    }

    /// An interview's first turn right under a box's title (普法问答 | 问：…) opens the text, where a blank follows every line too,
    /// though a word reads across the two (答问).
    @Test func aTurnUnderABoxTitle() {
        let lines = ["守护好群众的“钱袋子”", "本报记者　金　歆", "“老人家，这款保健品能治百病！”这样的话术，让不少老年人上当受骗。", "普法问答",
                     "问：网购商品出现质量问题，消费者可以要求哪些赔偿？", "答：经营者有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失。",
                     "问：直播带货中买到假货，主播要担责吗？", "答：主播明知商品不符合要求仍为其推销的，应当依法承担连带责任。", "（本报记者　亓　玉整理）"]
        let page = Self.clip(lines.joined(separator: "\n\n"))
        #expect(page.articles.map(\.headline) == ["守护好群众的“钱袋子”", "普法问答"])
        #expect(page.articles.last?.paragraphs.first?.text == "问：网购商品出现质量问题，消费者可以要求哪些赔偿？")
    }

    /// 社论 over an editorial's headline is the stack's kicker, the column's label, not a byline naming no one; over a banner's
    /// piece too.
    @Test func anEditorialsLabelIsItsKicker() {
        let page = Self.clip(["社论", "奋力谱写中国式现代化新篇章", "　　改革是决定当代中国命运的关键一招。", "　　让我们奋力谱写中国式现代化新篇章。"].joined(separator: "\n"))
        #expect(page.articles.first?.kicker == "社论" && page.articles.first?.headline == "奋力谱写中国式现代化新篇章")
        #expect(page.articles.first?.kind == .commentary && page.articles.first?.reporters == [])
    }

    /// Where readers write to, cut by the wrap before the page's name (来信请寄：…金台西路2号人民 | 日报社民生版), is one line of
    /// furniture: the rest is no headline of a piece of its own.
    @Test func aReadersAddressCutByTheWrap() {
        for (first, rest) in [("　　来信请寄：北京市朝阳区金台西路2号人民", "日报社民生版"), ("　　来信请寄：北京市朝阳区金台西路2", "号人民日报社民生版")] {
            let width = first.unicodeScalars.count
            let body = "　　针对读者反映的问题，记者近日进行了调查。北京市住房和城乡建设委员会有关负责人介绍，截至今年6月底，全市老旧小区累计加装电梯超过4000部。"
            var lines = ["加装电梯，如何凝聚共识", "本报记者　贺　勇", ""]
            var u = Array(body.unicodeScalars)
            while !u.isEmpty { lines.append(String(String.UnicodeScalarView(u.prefix(width)))); u.removeFirst(min(width, u.count)) }
            lines += ["", first, rest, "　　电子邮箱：msb@people.cn"]
            let page = Self.clip(lines.joined(separator: "\n"))
            #expect(page.articles.count == 1, "\(rest)")
            #expect(page.dropped.contains { $0.text == "来信请寄：北京市朝阳区金台西路2号人民日报社民生版" }, "\(rest)")
        }
    }

    /// A standing committee's announcement numbered with its term in brackets (〔十四届〕第六号) closes its stack: the text's
    /// first line under it, cut by a break, is no subtitle; its signature's date under it closes the text, also where a blank
    /// follows every line and the next piece's 社论 stands under it.
    @Test func anAnnouncementNumberedWithItsTerm() {
        #expect(ParagraphReflower.isStackNumber("〔十四届〕第六号") && ParagraphReflower.isStackNumber("第八十八号"))
        #expect(!ParagraphReflower.isStackNumber("〔通知〕第六号"))
        let lines = ["全国人民代表大会常务委员会公告", "〔十四届〕第六号", "《中华人民共和国农村集体经济组织法》已由中华人民共和国第十四届全国人民代表大会", "",
                     "常务委员会第十次会议于2024年6月28日通过，现予公布，自2025年5月1日起施行。", "特此公告。", "全国人民代表大会常务委员会", "2024年6月28日", "",
                     "社论", "奋力谱写中国式现代化新篇章", "改革是决定当代中国命运的关键一招。在新的历史起点上，我们要以更大的决心和勇气推进全面深化改革。"]
        let page = Self.clip(lines.joined(separator: "\n"))
        #expect(page.articles.first?.headline == "全国人民代表大会常务委员会公告" && page.articles.first?.subtitle == "〔十四届〕第六号")
        #expect(page.articles.first?.paragraphs.first?.text.hasPrefix("《中华人民共和国农村集体经济组织法》已由") == true)
        let between = Self.clip(lines.filter { !$0.isEmpty }.joined(separator: "\n\n"))
        #expect(between.articles.first?.paragraphs.last?.text == "2024年6月28日")
        #expect(between.articles.last?.kicker == "社论")
    }

    /// A results table under its title (中国男篮亚洲杯预选赛赛果 | 第一轮　中国　88∶76　日本 | …): every game is a row, the first
    /// one too, whose second side opens with a unit's character (日本: 日 is no unit of 76 here); no row is a subtitle.
    @Test func aResultsTableWhoseFirstRowEndsInRiben() {
        let page = Self.clip(["中国男篮晋级亚洲杯八强", "　　本报记者　刘硕阳", "　　9日晚，中国男篮以88∶76战胜日本队，提前锁定小组第一。", "",
                              "中国男篮亚洲杯预选赛赛果", "第一轮　中国　88∶76　日本", "第二轮　中国　95∶60　关岛", "第三轮　中国　79∶71　蒙古"].joined(separator: "\n"))
        #expect(page.articles.last?.headline == "中国男篮亚洲杯预选赛赛果" && page.articles.last?.subtitle == nil)
        #expect(page.articles.last?.paragraphs.map(\.text) == ["第一轮　中国　88∶76　日本", "第二轮　中国　95∶60　关岛", "第三轮　中国　79∶71　蒙古"])
    }

    /// A column of local briefs, each under a place's label behind a list's mark (地方快讯 | ■山西太原 | 古城墙修缮工程完工 | …):
    /// the label is the brief's kicker (with the column's name over the first), the next brief's label no truncated paragraph of
    /// the one above, also where a blank follows every line.
    @Test func localBriefsUnderMarkedPlaceLabels() {
        let lines = ["地方快讯", "■山西太原", "古城墙修缮工程完工", "　　太原市古县城城墙修缮工程近日完工，修缮城墙总长约3.6公里。", "　　（本报记者　乔　栋）",
                     "■广西桂林", "漓江生态保护取得新成效", "　　桂林市加强漓江流域生态保护修复，今年上半年漓江水质持续保持优良。", "　　（本报记者　庞革平）"]
        for between in [false, true] {
            let text = between ? lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n\n") : lines.joined(separator: "\n")
            let page = Self.clip(text)
            #expect(page.articles.map(\.headline) == ["古城墙修缮工程完工", "漓江生态保护取得新成效"], "\(between)")
            #expect(page.articles.map(\.kicker) == ["地方快讯 ■山西太原", "■广西桂林"], "\(between)")
            #expect(page.articles.first?.paragraphs.map(\.text) == ["太原市古县城城墙修缮工程近日完工，修缮城墙总长约3.6公里。"], "\(between)")
        }
    }

    /// A place at a line's end and one inside it at the next line's start (李明同志是广东 | 台山人，…, 江苏省南京市 | 建邺区推行…) are
    /// one native place or address that a break cut, where a blank follows every line: no headline.
    @Test func aPlaceAndAPlaceInsideItAcrossABreak() {
        #expect(ParagraphReflower.placeBridges("李明同志是广东", "台山人，1950年参加工作") && ParagraphReflower.placeBridges("江苏省南京市", "建邺区推行"))
        #expect(!ParagraphReflower.placeBridges("绿色发展看浙江", "北京推进新型工业化") && !ParagraphReflower.placeBridges("李明同志是广东", "人，1950年"))
        let page = Self.clip(["李明同志逝世", "新华社北京11月19日电　李明同志因病医治无效，于2024年11月10日在北京逝世，享年90岁。", "李明同志是广东",
                              "台山人，1950年参加工作，1952年加入中国共产党。"].joined(separator: "\n\n"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.last?.text == "李明同志是广东台山人，1950年参加工作，1952年加入中国共产党。")
    }

    /// A table's header that names only its columns stands a blank above its rows, as pdftotext may print it
    /// (贸易伙伴　进出口　同比（%） | (blank) | 东盟　45000　9.5): it is the table's header, no subtitle.
    @Test func aTableHeaderABlankAboveItsRows() {
        let page = Self.clip(["前8个月我国主要贸易伙伴进出口情况", "贸易伙伴　进出口　同比（%）", "", "东盟　45000　9.5", "欧盟　37000　-1.8", "美国　31000　4.6"]
            .joined(separator: "\n"))
        #expect(page.articles.first?.headline == "前8个月我国主要贸易伙伴进出口情况" && page.articles.first?.subtitle == nil)
        #expect(page.articles.first?.paragraphs.first?.text == "贸易伙伴　进出口　同比（%）")
    }

    /// Short columns' names ending in 关注 or 名片 (侨界关注, 城市名片) over a headline are kickers, not headlines over a subtitle;
    /// a digest's title a blank over its first part's headline (…大会发言摘登 | (blank) | 推动新质生产力加快发展) is its kicker.
    @Test func columnsEndingInGuanzhuOrMingpianAndADigestsTitle() {
        #expect(ArticleSegmenter.assignStack(["侨界关注", "海外侨胞点赞中国发展"]) == ("侨界关注", "海外侨胞点赞中国发展", nil))
        #expect(ArticleSegmenter.assignStack(["城市名片", "千年古城焕发新活力"]) == ("城市名片", "千年古城焕发新活力", nil))
        #expect(ArticleSegmenter.assignStack(["全国政协十四届二次会议大会发言摘登", "推动新质生产力加快发展"], topApart: true)
            == ("全国政协十四届二次会议大会发言摘登", "推动新质生产力加快发展", nil))
        #expect(ArticleSegmenter.assignStack(["全国政协十四届二次会议大会发言摘登", "推动新质生产力加快发展"]) == (nil, "全国政协十四届二次会议大会发言摘登", "推动新质生产力加快发展"))
    }

    /// Hard-wrapped, a page's running head that PDF-to-text repeated inside a paragraph with a blank on either side, under a
    /// line the wrap cut (…不落实也只是一纸空文 | (blank) | 人民日报　…　第5版 | (blank) | 。各级领导干部…), is read around: the
    /// paragraph runs on across it, and the head is furniture.
    @Test func aRunningHeadInsideAParagraphBetweenBlanks() {
        let lines = ["人民论坛", "以钉钉子精神抓落实", "李　斌", "", "\u{a0}\u{a0}抓落实，贵在实、重在干。一分部署，九分", "落实。再好的蓝图，不落实也只是一纸空文",
                     "", "人民日报　2024年6月18日　星期二　第5版", "", "。各级领导干部要把心思用在干事业上，把功", "夫下在抓落实上。",
                     "\u{a0}\u{a0}钉钉子往往不是一锤子就能钉好的，而是要", "一锤一锤接着敲，直到把钉子钉实钉牢。"]
        let page = Self.clip(lines.joined(separator: "\r\n"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.first?.text == "抓落实，贵在实、重在干。一分部署，九分落实。再好的蓝图，不落实也只是一纸空文。各级领导干部要把心思用在干事业上，把功夫下在抓落实上。")
        #expect(page.dropped.map(\.text) == ["人民日报　2024年6月18日　星期二　第5版"])
    }

    /// A photo page's one credit for all its pictures (本版摄影：王　东) under its numbered captions credits the photographer: the
    /// captions are a photo piece, and the credit no headline of a piece of its own where paragraphs are flush.
    @Test func aPhotoPagesOneCredit() {
        #expect(Markers.parseCredit("本版摄影：王　东")?.photographers == ["王东"])
        for indent in ["　　", ""] {
            let page = Self.clip(["绿水青山入画来", "\(indent)图①：浙江省湖州市安吉县余村风光。", "\(indent)图②：江西省婺源县篁岭村的梯田。", "\(indent)本版摄影：王　东", "",
                                  "让美丽中国底色更亮", "本报记者　寇江泽", "", "\(indent)6月5日是环境日。"].joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["绿水青山入画来", "让美丽中国底色更亮"], "\(indent.isEmpty)")
            #expect(page.articles.first?.kind == .photo && page.articles.first?.photographers == ["王东"], "\(indent.isEmpty)")
        }
    }

    /// A list of names that a break cut after the next one's family name (丁薛祥、杨洁篪、王毅、何 | 立峰等参加上述活动。), where a
    /// blank follows every line, runs on: the line is no headline, as a heading's list of single characters (德、智、体、美、劳) is.
    @Test func aListOfNamesCutAfterAFamilyName() {
        #expect(Markers.endsInCutListItem("丁薛祥、杨洁篪、王毅、何") && !Markers.endsInCutListItem("德、智、体、美、劳"))
        #expect(!Markers.isHeadingShaped("丁薛祥、杨洁篪、王毅、何", maxColumns: 44) && Markers.isHeadingShaped("德、智、体、美、劳", maxColumns: 44))
        let page = Self.clip(["习近平同法国总统马克龙举行会谈", "新华社上海11月5日电　（记者孙奕、郑明达）11月5日下午，国家主席习近平在上海同法国总统马克龙举行会谈。",
                              "会谈后，两国元首共同见证签署多项双边合作文件。", "丁薛祥、杨洁篪、王毅、何", "立峰等参加上述活动。（下转第三版）"].joined(separator: "\n\n"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.last?.text == "丁薛祥、杨洁篪、王毅、何立峰等参加上述活动。")
    }

    /// A document's title over the body that issued it and the date (…统计公报[1] | 国家统计局 | 2020年2月28日) over its text:
    /// issuer and date are the text's first lines, not a subtitle and the page's date; hard-wrapped, the title's rest with its
    /// note's mark (公报[1]) goes back to it and the issuer stays no rest of it.
    @Test func aDocumentsIssuerAndDateUnderItsTitle() {
        let indented = ["中华人民共和国2019年国民经济和社会发展统计公报[1]", "国家统计局", "2020年2月28日",
                        "　　2019年，各地区各部门坚持稳中求进工作总基调，经济运行总体平稳，发展质量稳步提升。", "一、综合",
                        "　　初步核算，全年国内生产总值990865亿元，比上年增长6.1%。"]
        let wrapped = ["中华人民共和国2019年国民经济和社会发展统计", "公报[1]", "国家统计局", "2020年2月28日", "　　2019年，各地区各部门坚持稳中求进工作总基",
                       "调，经济运行总体平稳，发展质量稳步提升。", "一、综合", "　　初步核算，全年国内生产总值990865亿元，", "比上年增长6.1%。"]
        for lines in [indented, wrapped] {
            let page = Self.clip(lines.joined(separator: "\n"))
            #expect(page.articles.count == 1 && page.dropped.isEmpty, "\(lines.count)")
            #expect(page.articles.first?.headline == "中华人民共和国2019年国民经济和社会发展统计公报[1]" && page.articles.first?.subtitle == nil, "\(lines.count)")
            #expect(page.articles.first?.paragraphs.prefix(2).map(\.text) == ["国家统计局", "2020年2月28日"], "\(lines.count)")
        }
    }

    /// A text's own note on where its figures come from (资料来源：本公报中人口数据来自…) is a paragraph of it, also where a break
    /// cut it, not a chart's source line (数据来源：国家统计局), which is furniture; hard-wrapped, a table's title under a full line
    /// ending a sentence (…84843万人。 | 表1　2019年年末人口数及其构成) opens its own paragraph.
    @Test func aTextsNoteOnItsSourcesAndATableTitleUnderAFullLine() {
        #expect(Markers.isFurniture("数据来源：国家统计局") && !Markers.isFurniture("资料来源：本公报中人口数据来自国家统计局人口和就业统计司。"))
        #expect(!Markers.isFurniture("资料来源：本公报中人口数据来自国家统计局人"))
        let page = Self.clip(["全年经济运行稳中有进", "　　年末全国大陆总人口140005万人，比上年末", "增加467万人，其中城镇常住人口84843万人。",
                              "表1　2019年年末人口数及其构成", "指标　年末数（万人）　比重（%）", "全国总人口　140005　100.0", "城镇　84843　60.60",
                              "　　全年粮食种植面积11606万公顷，比上年减", "少97万公顷。全年粮食产量66384万吨，比上年", "增加594万吨，增产0.9%。"].joined(separator: "\n"))
        #expect(page.articles.first?.paragraphs.prefix(2).map(\.text) == ["年末全国大陆总人口140005万人，比上年末增加467万人，其中城镇常住人口84843万人。", "表1　2019年年末人口数及其构成"])
    }

    /// A white paper's title over who issued it and the month (新时代的中国与世界 | 中华人民共和国国务院新闻办公室 | 2019年9月) and
    /// its 前　　言: issuer, month and the part's name are the text's first paragraphs, not a kicker, headline and subtitle
    /// over a piece titled 前　　言.
    @Test func aWhitePapersIssuerMonthAndPreface() {
        let page = Self.clip(["新时代的中国与世界", "中华人民共和国国务院新闻办公室", "2019年9月", "前　　言", "　　中华人民共和国成立70年来，中国人民创造了人类发展史上的伟大奇迹。",
                              "一、中国发展是世界发展的机遇", "　　新中国成立以来，中国发展成为世界第二大经济体。"].joined(separator: "\n"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.headline == "新时代的中国与世界" && page.articles.first?.kicker == nil && page.articles.first?.subtitle == nil)
        #expect(page.articles.first?.paragraphs.prefix(3).map(\.text) == ["中华人民共和国国务院新闻办公室", "2019年9月", "前　　言"])
    }

    /// Items of a list of people, each a name set apart from its particulars in brackets (张富清　（男，…离休干部） | 申纪兰　（女，…）),
    /// where a blank follows every paragraph and a break cut an item: the closed bracket ends the item, the next name or the
    /// text after the list opens a paragraph.
    @Test func itemsOfAListOfPeopleWithParticulars() {
        let page = Self.clip(["关于授予“人民英雄”国家荣誉称号的决定", "决定授予下列人士“人民英雄”国家荣誉称号：", "张富清　（男，汉族，1924年12月生，中共党",
                              "员，陕西汉中人，湖北省来凤县原建设银行离休干部）", "申纪兰　（女，汉族，1929年12月生，", "",
                              "中共党员，山西平顺人，山西省平顺县西沟村党总支副书记）", "希望受到表彰的同志珍惜荣誉，再接再厉。"].joined(separator: "\n\n")
            .replacingOccurrences(of: "生，\n\n\n\n", with: "生，\n\n"))
        #expect(page.articles.first?.paragraphs.map(\.text) == [
            "决定授予下列人士“人民英雄”国家荣誉称号：", "张富清　（男，汉族，1924年12月生，中共党员，陕西汉中人，湖北省来凤县原建设银行离休干部）",
            "申纪兰　（女，汉族，1929年12月生，中共党员，山西平顺人，山西省平顺县西沟村党总支副书记）", "希望受到表彰的同志珍惜荣誉，再接再厉。",
        ])
    }

    /// Hard-wrapped, a report's dashed subtitle that the wrap cut (——2019年3月5日在第十三届全国人民代表大会 | 第二次会议上) over its
    /// author's office and name (国务院总理　李克强) is one subtitle: the author closes the stack. A speech's address between its
    /// paragraphs (各位代表！) stands alone under a full line that ends a sentence.
    @Test func aReportsWrappedSubtitleOverItsAuthorAndItsAddress() {
        #expect(Markers.isSalutation("各位代表！") && Markers.isSalutation("同志们！") && !Markers.isSalutation("加油！") && !Markers.isSalutation("大家好！"))
        let lines = ["政府工作报告", "——2019年3月5日在第十三届全国人民代表大会", "第二次会议上", "国务院总理　李克强", "各位代表：",
                     "现在，我代表国务院，向大会报告政府工作，请予", "审议，并请全国政协委员提出意见。", "就业规模持续扩大。调查失业率稳定在5%左右的较", "低水平，城镇新增就业1361万人，比上年增多。",
                     "各位代表！", "过去一年取得的成绩，是全国各族人民团结奋斗的", "结果。"]
        let page = Self.clip(lines.joined(separator: "\n"))
        #expect(page.articles.first?.headline == "政府工作报告" && page.articles.first?.kicker == nil)
        #expect(page.articles.first?.subtitle == "——2019年3月5日在第十三届全国人民代表大会第二次会议上")
        #expect(page.articles.first?.paragraphs.map(\.text).contains("各位代表！") == true)
    }

    /// An advertisement's contacts (地址：… | 电话：…) are a line each, not one run-on paragraph, and an advertising licence's
    /// number (广告经营许可证：…) is the page's furniture.
    @Test func anAdvertisementsContactsAndLicence() {
        #expect(Markers.isFurniture("广告经营许可证：京东工商广字第0001号"))
        let page = Self.clip(["奋进新时代　建功新征程", "中国建筑集团有限公司", "地址：北京市海淀区三里河路15号", "电话：010-88082888", "",
                              "遗失声明", "　　北京某某科技有限公司遗失营业执照副本，统一社会信用代码：91110108MA01234567，声明作废。",
                              "　　张三遗失身份证，证号：110101198001011234，声明作废。"].joined(separator: "\n"))
        #expect(page.articles.first?.paragraphs.suffix(2).map(\.text) == ["地址：北京市海淀区三里河路15号", "电话：010-88082888"])
    }

    /// A column's name ending in 网评 (海外网评) over a headline marks commentary, as one ending in 时评 or 快评 does.
    @Test func aColumnEndingInWangpingIsCommentary() {
        let page = Self.clip(["海外网评", "开放合作才能共赢", "　　□ 李　涵", "　　开放带来进步，封闭必然落后。", "　　（作者系海外网评论员）"].joined(separator: "\n"))
        #expect(page.articles.first?.kicker == "海外网评" && page.articles.first?.kind == .commentary)
    }

    /// A chart's data in rows of a label and its figure (1月　1.7% | 2月　1.5% | 3月　2.3%) under its title are a table's rows,
    /// not a kicker, headline and subtitle over a row dropped as furniture; a pointer to a video behind a QR code (扫描二维码，
    /// 观看相关视频) is furniture, not the text's last paragraph.
    @Test func aChartsRowsOfTwoCellsAndAQRCodePrompt() {
        #expect(Markers.isFurniture("扫描二维码，观看相关视频") && !Markers.isFurniture("扫码支付已成为群众日常生活的一部分。"))
        let page = Self.clip(["10月份CPI同比上涨3.8%", "　　本报北京11月9日电　（记者陆娅楠）国家统计局9日发布数据，10月份全国居民消费价格同比上涨3.8%。",
                              "　　扫描二维码，观看相关视频", "", "2019年1—10月全国居民消费价格涨跌幅", "1月　1.7%", "2月　1.5%", "3月　2.3%", "数据来源：国家统计局"]
            .joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["10月份CPI同比上涨3.8%", "2019年1—10月全国居民消费价格涨跌幅"])
        #expect(page.articles.last?.paragraphs.map(\.text) == ["1月　1.7%", "2月　1.5%", "3月　2.3%"])
        #expect(page.dropped.map(\.text) == ["扫描二维码，观看相关视频", "数据来源：国家统计局"])
    }

    /// A serial's note that more follows (（未完待续）), flush under its instalment's last indented paragraph, is a paragraph of
    /// its own, as every other layout reads it; it had run into the paragraph on indented pages.
    @Test func aSerialsNoteThatMoreFollows() {
        let page = Self.clip(["长篇连载", "山河新颜（七）", "何建明", "　　村口那棵老槐树下，又聚起了一群人。", "　　那一年，村里家家户户都动了起来。", "（未完待续）", "",
                              "晨读", "刘庆邦", "　　清晨五点，城市还在沉睡。"].joined(separator: "\n"))
        #expect(page.articles.first?.paragraphs.map(\.text) == ["村口那棵老槐树下，又聚起了一群人。", "那一年，村里家家户户都动了起来。", "（未完待续）"])
    }

    /// A court's name signing its notice (北京市朝阳区人民法院) ends the notice's text as an office's does: the next notice's title
    /// a blank under it (注销公告) is a headline, not the signature's rest. So does a company's liquidators' (…清算组).
    @Test func aCourtSignsItsNotice() {
        #expect(Markers.isSignOff("北京市朝阳区人民法院") && Markers.isSignOff("北京某某科技有限公司清算组") && !Markers.isSignOff("人民法院审理"))
        let page = Self.clip(["法院公告", "　　张某某：本院受理原告李某某诉你民间借贷纠纷一案，现依法向你公告送达民事判决书。", "　　北京市朝阳区人民法院",
                              "　　王某：本院受理原告赵某诉你离婚纠纷一案，自公告之日起经过60日即视为送达。", "　　上海市浦东新区人民法院", "",
                              "注销公告", "　　北京某某科技有限公司经股东会决议，决定注销本公司。", "　　特此公告。"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["法院公告", "注销公告"])
        #expect(page.articles.first?.paragraphs.last?.text == "上海市浦东新区人民法院")
    }

    /// A title over its author's padded name right under it, indented text under that (老屋 | 王　晖 | 　　老屋在…), is a piece of
    /// its own, under a poem's last line set as an indented paragraph or under a list's item that ends no sentence: the title
    /// had run into its author's name as the last piece's paragraph (老屋王　晖).
    @Test func aTitleOverItsAuthorsPaddedNameUnderVerseOrAList() {
        let verse = Self.clip(["冬日", "李　琦", "　　窗外的雪落了一夜", "　　城市安静下来", "　　像一本合上的书", "　　被一只麻雀翻开", "",
                               "老屋", "王　晖", "　　老屋在村子的东头，三间瓦房。"].joined(separator: "\n"))
        #expect(verse.articles.map(\.headline) == ["冬日", "老屋"])
        #expect(verse.articles.last?.reporters == ["王晖"])
        let list = Self.clip(["名单", "　　张晓燕　北京大学研究员", "　　李明　清华大学教授", "", "老屋", "王　晖", "　　老屋在村子的东头，三间瓦房。"]
            .joined(separator: "\n"))
        #expect(list.articles.map(\.headline) == ["名单", "老屋"])
        #expect(list.articles.first?.paragraphs.map(\.text) == ["张晓燕　北京大学研究员", "李明　清华大学教授"])
    }

    /// A work's title over its maker's padded name with nothing under it (书香（书法） | 张　海, a calligraphy at a 副刊's
    /// foot): the name is the author's, not a subtitle.
    @Test func aWorksTitleOverItsMakerAlone() {
        let page = Self.clip(["秋　思", "　　秋天来了，落叶铺满了小路。", "", "书香（书法）", "张　海", "", "　　本版责编：刘　静"].joined(separator: "\n"))
        #expect(page.articles.last?.headline == "书香（书法）" && page.articles.last?.subtitle == nil && page.articles.last?.reporters == ["张海"])
    }

    /// One paragraph a line, blanks between pieces: a poem's lines set tight, ending no sentence, say nothing of how the page
    /// prints its breaks. The prose under the poem keeps its paragraphs (read as a page whose lines right under another are
    /// a break's, they had run together as one).
    @Test func versesLinesDoNotMakeBreaksTight() {
        let page = Self.clip(["冬日（外一首）", "李　琦", "窗外的雪落了一夜", "城市安静下来", "像一本合上的书", "等待某个清晨", "被一只麻雀翻开", "",
                              "在故乡", "故乡的炊烟还是那样慢", "慢得像母亲的叮咛", "我站在村口", "认不出自己的影子", "", "老屋", "王　晖",
                              "老屋在村子的东头，三间瓦房，一个小院。", "小时候，我最喜欢在院子里的枣树下乘凉。",
                              "如今，老屋已经空了多年。每次回乡，我都要去看一看。", "", "（作者为中国作家协会会员）", "", "书香（书法）", "张　海"]
            .joined(separator: "\n"))
        #expect(page.articles.first { $0.headline == "老屋" }?.paragraphs.map(\.text) == [
            "老屋在村子的东头，三间瓦房，一个小院。", "小时候，我最喜欢在院子里的枣树下乘凉。", "如今，老屋已经空了多年。每次回乡，我都要去看一看。",
            "（作者为中国作家协会会员）",
        ])
    }

    /// An editor's note right under a letter's signature, a blank over the next piece's headline (…河北石家庄读者　刘　洋 |
    /// 编者按：… | (blank) | 微议录): the editor's word on the letter, not the note that introduces the piece under it.
    @Test func anEditorsNoteUnderALetter() {
        let page = Self.clip(["来信", "快递包装应尽快“瘦身”", "　　编辑同志：", "　　最近网购，我收到的一件小商品，外面裹了好几层纸箱和塑料膜。",
                              "　　河北石家庄读者　刘　洋", "　　编者按：快递包装减量化已纳入相关规划，本报将持续关注。", "",
                              "微议录", "　　■村里修了新路，更要修好“心路”。（王　军）", "　　■节约粮食，从每一餐做起。（张　敏）"].joined(separator: "\n"))
        #expect(page.articles.first?.paragraphs.last?.text == "编者按：快递包装减量化已纳入相关规划，本报将持续关注。")
        #expect(page.articles.last?.headline == "微议录" && page.articles.last?.paragraphs.count == 2)
        // (Two or more bulleted items, each credited at its end, and nothing else: every credit is the piece's.)
        #expect(page.articles.last?.reporters == ["王军", "张敏"])
    }

    /// A dateline alone on its line over its reporters in brackets that a break parted from the text they open (本报沈阳11月24日电 |
    /// 　　（记者胡婧怡） | (blank) | 辽宁省24日启动…): one lead over its text, a brief of its own. The bracket alone had read as
    /// a foot byline closing the piece above, which took the dateline and the reporter, and the text had gone alone.
    @Test func aDatelineOverItsReportersThatABreakPartedFromTheText() {
        let page = Self.clip(["山西太原：", "地热供暖覆盖新城区", "本报记者　乔　欣", "　　太原市地热供暖面积已达到500万平方米，覆盖多个新建小区。", "",
                              "本报沈阳11月24日电", "　　（记者胡婧怡）", "", "辽宁省24日启动冰雪旅游季，推出冰雪旅游线路50条。",
                              "　　今冬，辽宁将举办各类冰雪活动300余项。"].joined(separator: "\n"))
        #expect(page.articles.count == 2)
        #expect(page.articles.first?.reporters == ["乔欣"] && page.articles.first?.dateline == nil)
        #expect(page.articles.last?.reporters == ["胡婧怡"] && page.articles.last?.dateline?.place == "沈阳")
        #expect(page.articles.last?.paragraphs.map(\.text) == ["辽宁省24日启动冰雪旅游季，推出冰雪旅游线路50条。", "今冬，辽宁将举办各类冰雪活动300余项。"])
    }

    /// A short title over text that ends in an agency's note (人民币汇率中间价 | 12月9日，…上调43个基点。（据新华社）), under a report
    /// with a lead, is a piece of its own, not the report's subhead (with the box under it, 数　说, it had made a series of two
    /// subheads and both had run into the report); the note names its source, as （据新华社电） on its own line does.
    @Test func aTitleOverTextEndingInAnAgencysNoteIsAPieceOfItsOwn() {
        #expect(Markers.parseDatelineNote("（据新华社）", issueDate: nil) != nil && Markers.parseDatelineNote("（新华社）", issueDate: nil) == nil)
        let page = Self.clip(["沪深股市小幅上涨", "　　本报北京12月9日电　（记者屈信明）9日，沪深两市小幅上涨。两市成交额合计4628亿元。", "",
                              "人民币汇率中间价", "　　12月9日，人民币对美元汇率中间价为7.0395，较前一交易日上调43个基点。（据新华社）", "",
                              "数　说", "　　■1-10月，全国规模以上工业企业实现利润总额50151.9亿元，同比下降2.9%。",
                              "　　■10月份，社会消费品零售总额38104亿元，同比增长7.2%。"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["沪深股市小幅上涨", "人民币汇率中间价", "数　说"])
        let rate = page.articles.first { $0.headline == "人民币汇率中间价" }
        #expect(rate?.source == "新华社" && rate?.paragraphs.last?.text.hasSuffix("（据新华社）") == true)
    }

    /// A padded name of two under its role (本报记者　张　洋) is whole: the short line a break cut under it (党的十九 | (blank) |
    /// 届四中全会…) is the text's first, not the name's rest (it had been taken for one and left alone as a paragraph).
    @Test func aBreakRightUnderAPaddedName() {
        let page = Self.clip(["坚持和完善中国特色社会主义制度", "本报记者　张　洋", "党的十九", "", "届四中全会审议通过的《决定》，是一篇马克思主义的纲领性文献。",
                              "各地干部群众表示，要认真学习贯彻全会精神。", "", "把制度优势更好转化为治理效能", "本报记者　王　浩",
                              "连日来，全会精神在各地干部群众中引起热烈反响。"].joined(separator: "\n"))
        #expect(page.articles.first?.reporters == ["张洋"])
        #expect(page.articles.first?.paragraphs.first?.text == "党的十九届四中全会审议通过的《决定》，是一篇马克思主义的纲领性文献。")
    }

    /// An appendix's title (附：…名单) and the rows of places set apart by blanks under it are the text's last paragraphs, a row
    /// each, one paragraph a line as indented: they had become a piece of their own, the title its kicker and the rows its headline
    /// and subtitle.
    @Test func anAppendixsListOfPlacesStaysWithItsText() {
        #expect(Markers.isPlaceRow("北京市海淀区　天津市河西区　河北省石家庄市") && Markers.isPlaceRow("山西省晋中市　内蒙古自治区包头市")
            && !Markers.isPlaceRow("坚定信心　稳中求进　奋发有为"))
        let rows = ["附：第二批全国中小学劳动教育实验区名单", "北京市海淀区　天津市河西区　河北省石家庄市", "山西省晋中市　内蒙古自治区包头市"]
        let page = Self.clip((["教育部公布第二批全国中小学劳动教育实验区名单", "本报北京12月12日电　（记者赵婀娜）教育部12日公布第二批全国中小学劳动教育实验区名单。",
                               "教育部有关负责人表示，各实验区要积极探索劳动教育的有效途径。"] + rows + ["", "校园里的“小农场”", "本报记者　丁雅诵",
                               "在江苏省南京市某小学，学生们每周都会到学校的“小农场”劳动一次。"]).joined(separator: "\n"))
        #expect(page.articles.count == 2)
        #expect(page.articles.first?.paragraphs.suffix(3).map(\.text) == rows)
    }

    /// A body's name that the column cut in two, each line a body's, over the date, under a report's last sentence
    /// (特此报告。 | 全国人民代表大会常务委员会 | 代表资格审查委员会 | 2019年12月16日), signs the report: its last lines, set right under
    /// one another or a blank after every line. They had become a piece of their own (a headline and its subtitle), and the
    /// date had been dropped as the page's.
    @Test func aSignatureOfTwoLinesOverItsDate() {
        let lines = ["第十三届全国人民代表大会代表资格审查委员会", "关于个别代表的代表资格的报告", "　　全国人民代表大会常务委员会：",
                     "　　本届全国人民代表大会代表中，有1名代表因工作调动已经辞去代表职务。", "　　特此报告。", "全国人民代表大会常务委员会",
                     "代表资格审查委员会", "2019年12月16日", "", "　　本版责编：孟　祥　张　璁"]
        for separator in ["\n", "\n\n"] {
            let page = Self.clip(lines.joined(separator: separator))
            #expect(page.articles.count == 1)
            #expect(page.articles.first?.paragraphs.suffix(3).map(\.text) == ["全国人民代表大会常务委员会", "代表资格审查委员会", "2019年12月16日"])
        }
    }

    /// A document's title whose issuers fill more than a line (第十三届全国人民代表大会代表资格审查 | 委员会 | 关于…的报告, a narrow
    /// wrap) is one headline, as it is when they fit on one.
    @Test func aDocumentsIssuersOverTwoLines() {
        let stack = ArticleSegmenter.assignStack(["第十三届全国人民代表大会代表资格审查", "委员会", "关于个别代表的代表资格的报告"])
        #expect(stack.headline == "第十三届全国人民代表大会代表资格审查委员会关于个别代表的代表资格的报告" && stack.subtitle == nil && stack.kicker == nil)
    }

    /// A note in brackets under a title that a hard wrap cut, closed over a blank (（2019年12月16日…代表大 | 会常务委员会…会议通过） |
    /// (blank) | 一、任命…), ends there: the list's first item had run into it.
    @Test func aWrappedNoteInBracketsClosedOverABlank() {
        let page = Self.clip(["王建军同志简历", "王建军，男，汉族，1963年9月生，山东平", "度人，1985年7月参加工作，1984年6月加入中国", "共产党，研究生学历，经济学博士。", "",
                              "历任山东省统计局副局长，国家统计局综合", "司司长，国家统计局副局长。", "", "现任国家统计局局长、党组书记。", "", "（新华社北京12月16日电）", "",
                              "", "全国人大常委会任免名单", "（2019年12月16日第十三届全国人民代表大", "会常务委员会第十五次会议通过）", "",
                              "一、任命王建军为全国人民代表大会常务委", "员会副秘书长。", "", "二、免去李飞的全国人民代表大会常务委员", "会副秘书长职务。", "",
                              "三、任命赵明、孙立新为全国人民代表大会", "宪法和法律委员会委员。", ""].joined(separator: "\n"))
        let list = page.articles.first { $0.headline == "全国人大常委会任免名单" }
        #expect(list?.paragraphs.prefix(2).map(\.text) == ["（2019年12月16日第十三届全国人民代表大会常务委员会第十五次会议通过）", "一、任命王建军为全国人民代表大会常务委员会副秘书长。"])
    }

    /// A document's parts, one paragraph a line: the dashed points under a numbered item that heads them (（二）基本原则 |
    /// ——坚持党的领导。…) are paragraphs of their own, not the rest of a run-in item the line had been taken for.
    /// Hard-wrapped, a numbered part that fills the line over an item numbered in brackets (二、以经济高质量发展拓展社会性流动空间 |
    /// （四）推动…) is a line of its own: the item had run into it.
    @Test func aDocumentsNumberedPartsAndDashedPoints() {
        let lines = ["《意见》全文如下。", "一、总体要求", "（一）指导思想。以新时代中国特色社会主义思想为指导，坚持以人民为中心的发展思想。", "（二）基本原则",
                     "——坚持党的领导。把党的领导贯穿劳动力和人才社会性流动全过程。", "——坚持市场主导。充分发挥市场在人力资源配置中的决定性作用。",
                     "（三）主要目标。到2025年，劳动力和人才社会性流动体制机制更加健全。"]
        let page = Self.clip((["关于促进劳动力和人才社会性流动体制机制改革的意见", "新华社北京12月25日电　近日，中共中央办公厅、国务院办公厅印发了《意见》。"] + lines)
            .joined(separator: "\n"))
        #expect(page.articles.first?.paragraphs.dropFirst().map(\.text) == lines)
        let wrapped = Self.clip(["源市场体系。", "（三）主要目标。到2025年，劳动力和人才", "社会性流动体制机制更加健全，流动渠道更加畅", "通。",
                                 "二、以经济高质量发展拓展社会性流动空间", "（四）推动区域协调发展促进流动。实施区", "域协调发展战略，促进中西部地区加快发展。",
                                 "（五）推进新型城镇化增强流动。全面取消", "城区常住人口300万以下的城市落户限制。", "三、组织实施", "（六）加强组织领导。各级党委和政府要高",
                                 "度重视，建立健全工作机制，细化工作措施。", "（七）营造良好环境。加强政策宣传解读，", "营造全社会关心支持社会性流动的良好氛围。"]
            .joined(separator: "\n"))
        #expect(wrapped.articles.first?.paragraphs.map(\.text).contains("二、以经济高质量发展拓展社会性流动空间") == true)
        #expect(wrapped.articles.first?.paragraphs.map(\.text).contains("（四）推动区域协调发展促进流动。实施区域协调发展战略，促进中西部地区加快发展。") == true)
    }

    /// A break inside a transliterated name with its middle dot (联合国秘书长安东尼奥·古特 | (blank) | 雷斯在会后…), a blank between
    /// paragraphs: one paragraph, not a headline over the name's rest.
    @Test func aBreakInsideADottedName() {
        #expect(ParagraphReflower.cutsDottedName("联合国秘书长安东尼奥·古特", "雷斯在会后发表声明说") && !ParagraphReflower.cutsDottedName("联合国秘书长古特", "雷斯在会后")
            && !ParagraphReflower.cutsDottedName("会见联合国秘书长安东尼奥·古特雷斯", "巴西总统表示"))
        let page = Self.clip(["联合国气候变化大会在马德里闭幕", "", "本报马德里12月15日电　（记者姜波、颜欢）《联合国气候变化框架公约》第二十五次缔约方大会15日在西班牙马德里闭幕。", "",
                              "联合国秘书长安东尼奥·古特", "", "雷斯在会后发表声明说，他对此次大会的结果感到失望。", "",
                              "智利环境部长卡罗琳娜·施密特表示，各方应在明年的会议上取得更大进展。"].joined(separator: "\n"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.map(\.text) == ["《联合国气候变化框架公约》第二十五次缔约方大会15日在西班牙马德里闭幕。",
                                                                 "联合国秘书长安东尼奥·古特雷斯在会后发表声明说，他对此次大会的结果感到失望。",
                                                                 "智利环境部长卡罗琳娜·施密特表示，各方应在明年的会议上取得更大进展。"])
    }

    /// A column's name over a title, the author's name under them (长篇小说连载 | 山河之间（连载之十二） | 孙　敏, 心香一瓣 | 怀念老师 |
    /// 刘　军): kicker and headline, whatever their lengths; an essay's subtitle has its dash.
    @Test func aColumnsNameOverATitleOverItsAuthor() {
        let serial = ArticleSegmenter.assignStack(["长篇小说连载", "山河之间（连载之十二）"], overAuthor: true)
        #expect(serial.kicker == "长篇小说连载" && serial.headline == "山河之间（连载之十二）" && serial.subtitle == nil)
        let column = ArticleSegmenter.assignStack(["心香一瓣", "怀念老师"], overAuthor: true)
        #expect(column.kicker == "心香一瓣" && column.headline == "怀念老师")
        #expect(ArticleSegmenter.assignStack(["心香一瓣", "怀念老师"]).subtitle == "怀念老师")
        let page = Self.clip(["心香一瓣", "怀念老师", "　　刘　军", "　　我的老师姓陈，教我们语文。他个子不高，戴一副黑框眼镜。", "　　（作者单位：河南省洛阳市第一中学）"]
            .joined(separator: "\n"))
        #expect(page.articles.first?.kicker == "心香一瓣" && page.articles.first?.headline == "怀念老师" && page.articles.first?.reporters == ["刘军"])
    }

    /// A list of names in groups, each group's label with its count (第七届全国道德模范名单 | （共58名，按姓氏笔画排序） |
    /// 全国助人为乐模范（11名） | 王　忠　马旭东　… | 全国见义勇为模范（11名） | 王　军　…): one piece, the note, the labels and the
    /// lines of names its paragraphs. The note had run into the first label, and the second label had headed a piece of its
    /// own. Hard-wrapped, the blank a wrap dropped between two names comes back (李培生 | 吴　俊 had read 李培生吴　俊, and the
    /// names 李培生吴, 俊张…).
    @Test func aListOfNamesInGroups() {
        #expect(ParagraphReflower.endsInGroupCount("全国助人为乐模范（11名）") && ParagraphReflower.endsInGroupCount("先进集体（二十个）")
            && !ParagraphReflower.endsInGroupCount("（共58名，按姓氏笔画排序）"))
        #expect(ParagraphReflower.wrapDroppedNameBlank("王　忠　马旭东　刘丽娟　许　涛　李培生", "吴　俊　张　华")
            && ParagraphReflower.wrapDroppedNameBlank("王　军　孙　浩　李　强　杨　帆　何　平", "张国庆　陈　亮")
            && !ParagraphReflower.wrapDroppedNameBlank("王　忠　马旭东　刘丽娟　许　涛　李培生　吴", "俊　张　华")
            && !ParagraphReflower.wrapDroppedNameBlank("王　忠　刘丽娟　许　涛　李培生　马旭", "东　刘丽娟"))
        let rows = ["（共58名，按姓氏笔画排序）", "全国助人为乐模范（11名）", "王　忠　马旭东　刘丽娟　许　涛　李培生　吴　俊　张　华　陈　静　周　敏　赵　刚　黄　莉",
                    "全国见义勇为模范（11名）", "王　军　孙　浩　李　强　杨　帆　何　平　张国庆　陈　亮　林　峰　胡　斌　贾　涛　谢　勇"]
        let report = ["全国道德模范颁奖仪式在京举行", "　　本报北京12月20日电　（记者王珏）第七届全国道德模范颁奖仪式20日在北京举行。"]
        let indented = Self.clip((["第七届全国道德模范名单", rows[0], rows[1], "　　" + rows[2], rows[3], "　　" + rows[4], ""] + report).joined(separator: "\n"))
        #expect(indented.articles.map(\.headline) == ["第七届全国道德模范名单", "全国道德模范颁奖仪式在京举行"])
        #expect(indented.articles.first?.paragraphs.map(\.text) == rows)
        let wrapped = Self.clip(["第七届全国道德模范名单", "（共58名，按姓氏笔画排序）", "全国助人为乐模范（11名）", "王　忠　马旭东　刘丽娟　许　涛　李培生",
                                 "吴　俊　张　华　陈　静　周　敏　赵　刚　", "黄　莉", "全国见义勇为模范（11名）", "王　军　孙　浩　李　强　杨　帆　何　平",
                                 "张国庆　陈　亮　林　峰　胡　斌　贾　涛　", "谢　勇", "", "全国道德模范颁奖仪式在京举行", "本报北京12月20日电　（记者王珏）第七届",
                                 "全国道德模范颁奖仪式20日在北京举行。", "仪式上，58名全国道德模范受到表彰，254", "名全国道德模范提名奖获得者受到通报表扬。",
                                 "中宣部、中央文明办、全国总工会、共青团", "中央、全国妇联、中央军委政治工作部联合主办", "了此次评选表彰活动。"].joined(separator: "\n"))
        #expect(wrapped.articles.first?.paragraphs.map(\.text) == rows)
        #expect(wrapped.articles.first?.entities.people.map(\.name).contains("李培生") == true && wrapped.articles.first?.entities.people.map(\.name).contains("吴俊") == true)
    }

    /// A book's note under its review set a line to each part (《故乡的河流》 | 刘亮程著 | 译林出版社) closes the review: no piece of
    /// its own (flush, it had read as kicker, headline and subtitle with no text) and no sign of a text cut short (indented, its
    /// publisher had been flagged truncated).
    @Test func aBooksNoteInLinesUnderItsReview() {
        let note = ["《故乡的河流》", "刘亮程著", "译林出版社"]
        let review = ["读书", "在文字里重返故乡", "——读《故乡的河流》", "张　健", "《故乡的河流》是作家刘亮程的新作。书中，作者以细腻的笔触，描写了故乡的山川河流。",
                      "读这本书，仿佛跟着作者重返故乡。那些熟悉的场景，一一浮现在眼前。"]
        let next = ["", "文化时评", "让传统节日焕发新光彩", "杨　雪", "传统节日是中华优秀传统文化的重要载体。"]
        let flush = Self.clip((review + note + next).joined(separator: "\n"))
        #expect(flush.articles.map(\.headline) == ["在文字里重返故乡", "让传统节日焕发新光彩"])
        #expect(flush.articles.first?.paragraphs.suffix(3).map(\.text) == note)
        let indented = Self.clip((review.prefix(4) + (review.dropFirst(4) + note).map { "　　" + $0 }).joined(separator: "\n"))
        #expect(indented.articles.first?.paragraphs.suffix(3).map(\.text) == note && indented.articles.first?.findings.isEmpty == true)
    }

    /// An essay's subheads run on to the author's note that closes it, and no further: a column under the note (观点集萃 over
    /// ■ items) is a piece of its own. The column's heading, short and over body only, had counted as one more subhead, so the
    /// series no longer ended at the note and the essay's subheads (one of 13 characters) had each headed a piece.
    @Test func anEssaysSubheadsEndAtItsAuthorsNote() {
        let essay = ["坚持和完善中国特色社会主义制度", "推进国家治理体系和治理能力现代化", "李　明",
                     "党的十九届四中全会审议通过的《决定》，系统总结了我国国家制度和国家治理体系的显著优势。",
                     "把握制度优势的科学内涵", "我国国家制度和国家治理体系具有多方面的显著优势。坚持党的集中统一领导，保持政治稳定。",
                     "推动制度优势转化为治理效能", "制度的生命力在于执行。要强化制度执行力，加强制度执行的监督。",
                     "（作者为北京大学马克思主义学院教授）"]
        let column = ["", "观点集萃", "■　加强基层治理体系建设，关键在于把党的领导贯穿基层治理全过程。（摘自《求是》2019年第23期，作者：王　强）",
                      "■　推进国家治理现代化，必须坚持守正创新。（摘自《光明日报》12月20日，作者：陈　华）"]
        let page = Self.clip((essay + column).joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["坚持和完善中国特色社会主义制度", "观点集萃"])
        #expect(page.articles.first?.paragraphs.map(\.text) == Array(essay.dropFirst(3)))
    }

    /// A speech's title that a hard wrap cut over its date in brackets is one headline, however long, and its rest may fill
    /// the line too: the note closes the stack. At 21 characters it had read as kicker and headline (a headline cut over more
    /// of the stack is at most 30 columns); at 18, where the rest is one short of the width, title, rest and date had run
    /// together as a paragraph with no headline, and the speaker's name headed the speech.
    @Test func aSpeechsTitleCutOverItsDate() {
        let speech = ["尊敬的各位来宾，", "亲爱的澳门同胞，", "同志们，朋友们：",
                      "今天，我们在这里隆重集会，庆祝澳门回归祖国20周年，出席澳门特别行政区第五届政府就职典礼。",
                      "首先，我向全体澳门居民，致以诚挚的问候！向澳门特别行政区第五届政府主要官员宣誓就职，表示热烈的祝贺！",
                      "20年来，在祖国大力支持下，澳门经济快速增长，民生持续改善，社会稳定和谐，对外交往日益活跃。"]
        let title = "在庆祝澳门回归祖国20周年大会暨澳门特别行政区第五届政府就职典礼上的讲话"
        for cut in [21, 18] {
            let u = Array(title)
            // (The text wrapped at the same width, its paragraphs indented: a hard-wrapped page.)
            let body = speech.flatMap { p -> [String] in
                let line = Array("　　" + p)
                return stride(from: 0, to: line.count, by: cut).map { String(line[$0..<min($0 + cut, line.count)]) }
            }
            let page = Self.clip(([String(u[..<cut]), String(u[cut...]), "（2019年12月20日）", "习近平"] + body).joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == [title])
            #expect(page.articles.first?.subtitle == "（2019年12月20日）" && page.articles.first?.reporters == ["习近平"])
        }
    }

    /// A speech's address set a line to each of its hearers (尊敬的各位来宾， | 亲爱的澳门同胞， | 同志们，朋友们：) is a paragraph a
    /// line in every printing: flush, the comma had run each line into the next, as a break's cut.
    @Test func aSpeechsAddressLineByLine() {
        #expect(Markers.isAddressLine("尊敬的各位来宾，") && Markers.isAddressLine("同志们，朋友们：") && Markers.isAddressLine("女士们、先生们：")
            && !Markers.isAddressLine("他告诉同学们，") && !Markers.isAddressLine("今天，我们在这里隆重集会，"))
        let address = ["尊敬的各位来宾，", "亲爱的澳门同胞，", "同志们，朋友们：", "今天，我们在这里隆重集会，庆祝澳门回归祖国20周年。"]
        let page = Self.clip((["在庆祝澳门回归祖国20周年大会上的讲话", "习近平"] + address).joined(separator: "\n\n"))
        #expect(page.articles.first?.paragraphs.map(\.text) == address)
    }

    /// A letter's addressee under the line that brings the letter in (贺信全文如下： | 中国科学院：) is the letter's salutation,
    /// whatever it names: flush with a blank after every line, it had headed a piece of its own, or run into the letter's text.
    @Test func aLettersAddresseeUnderItsIntroduction() {
        let text = ["中国科学院学部成立六十五周年之际，国家主席习近平发来贺信，向广大院士致以诚挚问候。", "贺信全文如下：", "中国科学院：",
                    "值此中国科学院学部成立六十五周年之际，我代表党中央，向中国科学院学部和广大院士致以热烈的祝贺和诚挚的问候！",
                    "希望广大院士继续发扬科学精神，勇攀科技高峰，为建设世界科技强国作出新的更大的贡献。"]
        let page = Self.clip((["习近平致信祝贺中国科学院学部成立六十五周年", "新华社北京12月20日电　" + text[0]] + text.dropFirst()).joined(separator: "\n\n"))
        #expect(page.articles.map(\.headline) == ["习近平致信祝贺中国科学院学部成立六十五周年"])
        #expect(page.articles.first?.paragraphs.dropFirst().map(\.text) == Array(text.dropFirst()))
    }

    /// The editor's word after a report (编后 | 养老服务驿站虽小，…) speaks of the report above it: a box's label, a paragraph of
    /// the report, never a piece of its own (编后 had headed one) nor a note carried to the headline under it (编后语 had been).
    @Test func anAfterwordClosesTheReportAboveIt() {
        #expect(Markers.isAfterword("编后") && Markers.isAfterword("编后语：把服务送到群众家门口。") && !Markers.isAfterword("编者按：近年来，"))
        for label in ["编后", "编后语"] {
            let report = ["“小院”里的大民生", "本报记者　王　浩", "走进北京市东城区东四街道的一处小院，几位老人正在晒太阳、聊家常。",
                          "“在家门口就能吃上热乎饭，还有人陪着聊天。”72岁的张大爷说。", label, "养老服务驿站虽小，却连着千家万户。"]
            let next = ["冬季供暖保障工作有序推进", "本报北京12月20日电（记者陈鹏）记者从国家发展改革委获悉，今冬供暖保障工作总体平稳有序。"]
            let page = Self.clip((report + next).joined(separator: "\n\n"))
            #expect(page.articles.map(\.headline) == ["“小院”里的大民生", "冬季供暖保障工作有序推进"])
            #expect(page.articles.first?.paragraphs.suffix(2).map(\.text) == Array(report.suffix(2)))
        }
    }

    /// The date an essay was written, with its place, at its foot (2019年12月于北京) ends the essay as a full stop does: on an
    /// indented page the poem under it (雪落乡村（组诗） | 李　松 | 初雪 | lines) had run into it as one paragraph, title, author
    /// and all, and the essay had taken the poem.
    @Test func anEssaysDateOfWritingEndsIt() {
        #expect(Markers.isDateLine("2019年12月于北京") && Markers.isDateLine("2023年3月12日于北京") && Markers.isDateLine("2019年12月于京") && !Markers.isDateLine("2019年12月于北京召开"))
        let essay = ["冬夜读书", "王　蒙", "　　冬夜漫长，最宜读书。窗外北风呼啸，屋里炉火正旺。", "　　书读得多了，人也就变得宽厚了。这大概就是读书的好处吧。",
                     "　　2019年12月于北京"]
        let poem = ["", "雪落乡村（组诗）", "李　松", "初雪", "一夜之间", "村庄披上了白色的棉袄", "炊烟升起来", "", "守岁", "灯笼挂满屋檐", "母亲在灶台前忙碌"]
        let page = Self.clip((essay + poem).joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["冬夜读书", "雪落乡村（组诗）"])
        #expect(page.articles.first?.paragraphs.last?.text == "2019年12月于北京" && page.articles.last?.reporters == ["李松"])
    }

    /// So does the date in its other forms: a year and a month or a season alone (2019年12月, 2019年冬于北京), after 写于, in
    /// Chinese numerals, or in brackets. (Not a sentence's start that a blank cut: 2019年12月于北京召开 | 的会议上….)
    @Test func anEssaysDateOfWritingInItsForms() {
        #expect(Markers.isWritingDate("2019年冬于北京") && Markers.isWritingDate("写于2019年12月") && Markers.isWritingDate("（2019年12月于北京）")
            && Markers.isWritingDate("二〇一九年十二月") && !Markers.isWritingDate("2019年12月于北京召开") && !Markers.isWritingDate("2019年全年"))
        for date in ["2019年12月", "2019年冬于北京", "写于2019年12月", "二〇一九年十二月于北京", "（2019年12月于北京）"] {
            let page = Self.clip(["冬夜读书", "王　蒙", "　　冬夜漫长，最宜读书。窗外北风呼啸，屋里炉火正旺。", "　　少年时读书，贪多求快；如今读书，却愿意慢下来。",
                                  "　　书读得多了，人也就变得宽厚了。这大概就是读书的好处吧。", "　　" + date, "",
                                  "雪落乡村（组诗）", "李　松", "初雪", "一夜之间", "村庄披上了白色的棉袄", "炊烟升起来"].joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["冬夜读书", "雪落乡村（组诗）"], "\(date)")
            #expect(page.articles.first?.paragraphs.last?.text == date, "\(date)")
        }
    }

    /// The day of a diary's entry over its text (2月1日　晴, 2月2日　阴) is a paragraph of its own: with a blank after every
    /// paragraph the first had run into the entry's text and the second had headed a piece of its own.
    @Test func aDiarysDayOverItsEntry() {
        #expect(Markers.isDiaryDate("2月1日　晴") && Markers.isDiaryDate("2020年2月1日　星期六　多云") && Markers.isDiaryDate("1月28日（周二）　雨转阴")
            && !Markers.isDiaryDate("2月1日") && !Markers.isDiaryDate("2月1日　晴朗的早晨") && !Markers.isDiaryDate("星期六"))
        let diary = ["2月1日　晴", "今天是进驻病区的第七天。早上交班时，护士长说又有两位患者可以出院了，大家都很高兴。", "2月2日　阴",
                     "凌晨三点，一位老人突然血氧下降。我们迅速调整治疗方案，两个小时后，他的情况终于稳定下来。", "（作者为武汉大学人民医院护士）"]
        let page = Self.clip((["一线医护人员的“战地日记”", "本报记者　申少铁"] + diary).joined(separator: "\n\n"))
        #expect(page.articles.map(\.headline) == ["一线医护人员的“战地日记”"])
        #expect(page.articles.first?.paragraphs.map(\.text) == diary)
    }

    /// A box under an interview, labelled 人物简介 (or 人物小传, 新闻链接, 知识链接, 背景资料), belongs to it: with a blank after
    /// every paragraph the label had headed a piece of its own.
    @Test func aProfileBoxUnderAnInterview() {
        let text = ["记者：戏曲如何吸引更多年轻观众？", "巴图：一方面要守正，保持戏曲的本体特征；另一方面要创新，用年轻人喜欢的方式讲好戏曲故事。",
                    "人物简介", "巴图，蒙古族，1965年生，现任中国戏曲学院院长、教授。"]
        let next = ["“守艺人”的坚守", "杨雪梅", "在山西平遥，有一位做了五十年推光漆器的老艺人。他每天清晨走进工坊，一坐就是一整天。"]
        let page = Self.clip((["让传统戏曲“活”在当下", "——访中国戏曲学院院长巴　图", "本报记者　郑海鸥"] + text + next).joined(separator: "\n\n"))
        #expect(page.articles.map(\.headline) == ["让传统戏曲“活”在当下", "“守艺人”的坚守"])
        #expect(page.articles.first?.paragraphs.map(\.text) == text)
    }

    /// A part's number alone on its line (一) under the author's name, with a blank after every paragraph, numbers the
    /// essay's first part: it had run into the text under it (一小时候，…: 一小时 is a word), while 二 and 三 stood alone.
    @Test func anEssaysFirstPartNumberUnderItsAuthor() {
        let text = ["一", "小时候，山村的夜晚是黑的。一盏煤油灯，照着母亲缝补的身影。", "二", "后来，村里通了电。父亲买回第一台电视机，全村的人都挤到我家院子里来看。",
                    "三", "如今，路灯亮了，村里的年轻人在直播间里卖山货，灯火彻夜不熄。"]
        let page = Self.clip((["大地漫笔", "山村的灯火", "刘醒龙"] + text).joined(separator: "\n\n"))
        #expect(page.articles.map(\.headline) == ["山村的灯火"])
        #expect(page.articles.first?.paragraphs.map(\.text) == text)
    }

    /// A special page's report, unsigned but for its dashed subtitle that names its long form (——…推进乡村振兴纪实), keeps
    /// its subheads (余村的变化, 竹产业的新生) as a signed report does: with a blank after every paragraph each had headed a piece.
    /// (Without such a subtitle the two short pieces stay pieces: a report without a lead is as common as a subhead.)
    @Test func subheadsOfALongFormReportUnsigned() {
        let text = ["安吉县地处浙江西北部，是“绿水青山就是金山银山”理念的诞生地。", "近年来，安吉县坚持生态优先、绿色发展，全县森林覆盖率达到70%以上。", "余村的变化",
                    "余村曾经靠开矿致富，但环境遭到严重破坏。2005年，村里关停了矿山，发展乡村旅游。", "竹产业的新生", "安吉是著名的“中国竹乡”。当地企业开发竹纤维、竹饮料等新产品。"]
        let page = Self.clip((["绿色发展　美丽乡村", "——浙江省安吉县推进乡村振兴纪实"] + text).joined(separator: "\n\n"))
        #expect(page.articles.map(\.headline) == ["绿色发展　美丽乡村"])
        #expect(page.articles.first?.paragraphs.map(\.text) == text)
        let plain = Self.clip((["绿色发展　美丽乡村", "——浙江省安吉县推进乡村振兴"] + text).joined(separator: "\n\n"))
        #expect(plain.articles.count == 3)
    }

    /// A page's hands that a hard wrap cut (本版策划：王　浩　撰稿：李　明　本版图 | 片由安吉县委宣传部提供) are furniture whole:
    /// the rest had headed a piece of its own.
    @Test func aPagesHandsCutByTheWrap() {
        #expect(Markers.isStaffCredits("本版策划：王　浩　撰稿：李　明"))
        let lines = ["绿色发展　美丽乡村", "　　安吉县地处浙江西北部，是“绿水青山就是", "金山银山”理念的诞生地。", "　　近年来，安吉县坚持生态优先、绿色发展，",
                     "全县森林覆盖率达到70%以上，农村居民人均可", "支配收入达到33488元。", "", "　　本版策划：王　浩　撰稿：李　明　本版图", "片由安吉县委宣传部提供"]
        let page = Self.clip(lines.joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["绿色发展　美丽乡村"])
        #expect(page.dropped.contains { $0.range.last == 9 && $0.reason == .furniture })
    }

    /// With a blank after every paragraph, a quotation whose speaker stands before it (李女士说：“…很方便。”) is over at its
    /// closing mark: the next speaker and his verb (电商平台相关负责人介绍，…) open the next paragraph. They had run on, as the
    /// speaker of a quotation that has none before it does (“…。” | 吕大良介绍，…).
    @Test func aQuotationWithItsSpeakerBeforeItEndsItsParagraph() {
        let text = ["临近春节，不少消费者选择“网购年货”。商务部数据显示，全国网络零售额同比增长超过两成。", "在北京工作的李女士说：“在网上下单，老家的父母第二天就能收到，很方便。”",
                    "电商平台相关负责人介绍，今年年货节期间，农产品、老字号商品销量增长明显。"]
        let page = Self.clip((["“网购年货”成新风尚", "本报记者　罗珊珊"] + text).joined(separator: "\n\n"))
        #expect(page.articles.first?.paragraphs.map(\.text) == text)
    }

    /// A body that publishes what the line under it reports (中央纪委国家监委网站公布 | 2019年全国纪检监察机关处分60.4万人) is
    /// the kicker, the report the headline: the two had read as headline and subtitle. What was published (…名单公布 | …) is
    /// a headline still.
    @Test func aPublisherOverWhatItPublished() {
        #expect(ArticleSegmenter.assignStack(["中共中央纪委国家监委网站公布", "2019年全国纪检监察机关处分60.4万人"]) == ("中共中央纪委国家监委网站公布", "2019年全国纪检监察机关处分60.4万人", nil))
        #expect(ArticleSegmenter.assignStack(["国家统计局发布", "2019年国内生产总值增长6.1%"]).kicker == "国家统计局发布")
        #expect(ArticleSegmenter.assignStack(["第二批全国中小学劳动教育实验区名单公布", "共有60个地区入选"]) == (nil, "第二批全国中小学劳动教育实验区名单公布", "共有60个地区入选"))
    }

    /// A byline that credits its reporters with the pictures too (本报记者　张　红　文/图, 文／图　本报记者　郑　十, …文并摄)
    /// names them as the article's photographers as well as its reporters: they had been reporters only.
    @Test func aTextAndPictureBylineNamesThePhotographers() {
        for byline in ["本报记者　张　红　文/图", "文／图　本报记者　张　红", "本报记者　张　红文并摄"] {
            let page = Self.clip(["冬日里的“冰雪经济”", byline, "　　连日来，吉林省长春市的冰雪旅游持续升温。", "　　“今年冬天，我们接待的游客比去年同期增长了两成。”景区负责人王建说。"]
                .joined(separator: "\n"))
            #expect(page.articles.first?.reporters == ["张红"] && page.articles.first?.photographers == ["张红"], "\(byline)")
        }
        let plain = Self.clip("冬日里的“冰雪经济”\n本报记者　张　红\n　　连日来，吉林省长春市的冰雪旅游持续升温。")
        #expect(plain.articles.first?.photographers == [])
    }
}

extension ArticleSegmenterTests {
    /// A title that opens with a word of 在 (在线教育平台迎来用户高峰, 在建…, 在校…) heads its piece: it had been taken for a
    /// clause a break cut after 在 and run into the paragraph above, on an indented page and a hard-wrapped one alike.
    @Test func aTitleOpeningWithAWordOfZai() {
        let page = Self.clip("""
            人民日报

            春季学期各地陆续开学
            本报记者　王　明
            　　第一段文字很长很长，说了很多事情，这是正文内容。
            　　第二段文字也很长，说了很多事情，这是正文内容。

            在线教育平台迎来用户高峰
            本报记者　赵永新
            　　受疫情影响，各地中小学推迟开学。在线教育平台用户量激增。
            　　网课卡顿的问题仍然存在，多家平台表示已紧急扩容服务器。
            """)
        #expect(page.articles.map(\.headline) == ["春季学期各地陆续开学", "在线教育平台迎来用户高峰"])
        #expect(page.articles.last?.reporters == ["赵永新"])
    }

    /// A hard-wrapped page of narrow columns: a line that names a web address inside its sentence (…网络云平台（网址：
    /// www.eduyun.cn）已) is the paragraph's, not a masthead's site line, which had dropped it as furniture; and a title
    /// behind a brief's mark that the wrap cut (■　我国首颗X射线天文卫星发布首批成 | 果) is a heading with its rest, which
    /// had run into the brief above as a paragraph and left 果 heading a piece.
    @Test func aNarrowWrapKeepsASentenceWithAnAddressAndAMarkedTitle() {
        let page = Self.clip([
            "在线教育平台迎来用户高峰",
            "　　本报记者　赵永新",
            "　　受疫情影响，各地中小学推迟开学。",
            "“停课不停学”期间，钉钉、腾讯课堂、",
            "学而思网校等在线教育平台用户量激增。",
            "据QuestMobile统计，2月份在线教育App",
            "日活跃用户数突破1.2亿。",
            "　　“网课卡顿、画面不清晰的问题仍然",
            "存在。”北京市海淀区一位初二学生家长",
            "王女士说。对此，多家平台表示已紧急扩",
            "容服务器，保障高峰时段的流畅使用。",
            "　　教育部有关负责人介绍，国家中小学",
            "网络云平台（网址：www.eduyun.cn）已",
            "于2月17日开通，免费提供各学科课程资",
            "源，学生和家长也可通过电子邮箱kefu@e",
            "duyun.cn反馈问题。",
            "",
            "科技视点",
            "■　嫦娥四号进入第十五个月昼工作期",
            "　　本报北京3月9日电　（记者余建斌）",
            "记者从国家航天局获悉：嫦娥四号着陆器",
            "和玉兔二号月球车分别于3月3日8时和3月",
            "2日20时57分结束寒冷的月夜，“自然唤",
            "醒”，进入第十五个月昼工作期。截至目",
            "前，玉兔二号月球车累计行驶里程达到40",
            "5.13米。",
            "■　我国首颗X射线天文卫星发布首批成",
            "果",
            "　　本报北京3月9日电　（记者吴月辉）",
            "“慧眼”硬X射线调制望远镜卫星科学团",
            "队日前发布首批成果，观测到了迄今最强",
            "的中子星表面磁场，约10亿特斯拉。",
            "",
            "　　本版责编：胡　洁　余建斌　冯华",
        ].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["在线教育平台迎来用户高峰", "■　嫦娥四号进入第十五个月昼工作期", "■　我国首颗X射线天文卫星发布首批成果"])
        #expect(page.articles.first?.paragraphs.last?.text.hasPrefix("教育部有关负责人介绍，国家中小学网络云平台（网址：www.eduyun.cn）已于2月17日开通") == true)
        #expect(page.dropped.allSatisfy { !$0.text.contains("eduyun") })
        #expect(Markers.isMastheadLine(Array("人民网网址：http://www.people.com.cn".unicodeScalars)))
        #expect(!Markers.isMastheadLine(Array("网络云平台（网址：www.eduyun.cn）已".unicodeScalars)))
    }
}

extension ArticleSegmenterTests {
    /// A title with no byline or lead under it that ends as a cut line may (新规来了, “云端”课堂开课了) or holds a comma (稳就业，
    /// 这些举措很给力), set flush between a finished paragraph and an indented one: the title of a piece, with or without a
    /// blank over it. It had run into the paragraph above. A title that says how a thing was made with 是…的 (口罩生产线是怎样
    /// 炼成的) is one too where its byline confirms it.
    @Test func aFlushTitleBetweenIndentedParagraphsNeedsNoByline() {
        let above = ["春季学期各地陆续开学", "本报记者　王　明", "　　第一段文字很长很长，说了很多事情，这是正文内容，各地做了大量工作。",
                     "　　第二段文字也很长，说了很多事情，这是正文内容，群众普遍表示满意。"]
        let text = ["　　近日，记者来到这里采访，看到群众正在忙着各种事情，到处是一派繁忙景象。", "　　“我们有信心把今年的工作做得更好。”当地负责人张建华说。"]
        for title in ["新规来了", "《民法典》来了", "“云端”课堂开课了", "稳就业，这些举措很给力", "七十年，我们这样走来"] {
            for gap in [[], [""]] {
                let page = Self.clip((above + gap + [title] + text).joined(separator: "\n"))
                #expect(page.articles.map(\.headline) == ["春季学期各地陆续开学", title], "\(title) \(gap)")
                #expect(page.articles.last?.paragraphs.count == 2, "\(title) \(gap)")
            }
        }
        // (Hard-wrapped too, where the paragraph above ends on a flush line short of the column.)
        let long = ["　　第一段文字很长很长，说了很多事情，这是正文内容，各地做了大量工作，学校按照要求做好各项准备，确保师生平安返校。",
                    "　　第二段文字也很长，说了很多事情，这是正文内容，群众普遍表示满意，家长们纷纷为学校的细致安排点赞。"]
        let longText = ["　　近日，记者来到这里采访，看到群众正在忙着各种事情，到处是一派繁忙景象，田间地头、车间厂房都是干劲十足的人们。",
                        "　　“我们有信心把今年的工作做得更好。”当地负责人张建华说，今年将继续加大投入力度，让群众的日子越过越红火。"]
        for title in ["新规来了", "口罩生产线是怎样炼成的"] {
            let lines = Array(above.prefix(2)) + long + ["", title] + longText
            let page = Self.clip(lines.flatMap { HandwrittenPageTests.wrappedInType($0, width: 21) }.joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["春季学期各地陆续开学", title], "\(title) wrapped")
        }
        let made = Self.clip((above + ["", "口罩生产线是怎样炼成的", "本报记者　李　强"] + text).joined(separator: "\n"))
        #expect(made.articles.map(\.headline) == ["春季学期各地陆续开学", "口罩生产线是怎样炼成的"])
        #expect(made.articles.last?.reporters == ["李强"])
    }
}

extension ArticleSegmenterTests {
    /// A reporter's name of two parts with its dot, five or six characters long (买买提·艾力, 约翰·史密斯), is one name in a
    /// byline or a lead: it had been cut in two as two names a break ran together (买买提·, 艾力).
    @Test func aDottedNameInABylineIsOneName() {
        for (byline, names) in [("本报记者　买买提·艾力", ["买买提·艾力"]), ("本报记者　约翰·史密斯", ["约翰·史密斯"]), ("本报记者　李　强　阿不都·艾力", ["李强", "阿不都·艾力"])] {
            let page = Self.clip("春耕备耕正当时\n\(byline)\n　　近日，记者来到这里采访，看到群众正在忙着各种事情。")
            #expect(page.articles.first?.reporters == names, "\(byline)")
        }
        let lead = Self.clip("春耕备耕正当时\n　　本报乌鲁木齐4月7日电　（记者买买提·艾力）近日，记者来到这里采访。")
        #expect(lead.articles.first?.reporters == ["买买提·艾力"])
        #expect(Markers.parseNames(Array("本报记者　邓仙来熊茂伶".unicodeScalars), from: 0).0 == ["邓仙来", "熊茂伶"])
    }
}

extension ArticleSegmenterTests {
    /// A chart maker's credit (图表制作：赵　刚, 图表设计：…) under a report's text is the page's furniture, like 制图：…: it had
    /// headed a piece of its own that took the next article's byline and text, or run into the next article's stack.
    @Test func aChartMakersCreditIsFurniture() {
        let a = ["春季学期各地陆续开学", "　　第一段文字很长很长，说了很多事情，这是正文内容，各地做了大量工作。", "　　第二段文字也很长，说了很多事情，这是正文内容，群众普遍表示满意。"]
        let b = ["春耕备耕正当时", "本报记者　王　明", "　　近日，记者来到这里采访，看到群众正在忙着各种事情，到处是一派繁忙景象。"]
        for credit in ["图表制作：赵　刚", "图表设计：赵　刚"] {
            for lines in [a + [credit, ""] + b, b + [""] + a + [credit]] {
                let page = Self.clip(lines.joined(separator: "\n"))
                #expect(Set(page.articles.map(\.headline)) == ["春季学期各地陆续开学", "春耕备耕正当时"], "\(credit)")
                #expect(page.articles.map(\.paragraphs.count).sorted() == [1, 2], "\(credit)")
                #expect(page.dropped.contains { $0.text == credit }, "\(credit)")
            }
        }
    }
}

extension ArticleSegmenterTests {
    /// Where a blank follows every line of an indented page, a flush title that ends as a cut line may (新规来了) between a
    /// finished paragraph and an indented one is a heading, and a numbered subhead (一、坚持问题导向) stays its article's
    /// paragraph: both had run into the paragraph above (…群众普遍表示满意。新规来了), the rule having asked for no blank under
    /// them.
    @Test func aFlushTitleWhereABlankFollowsEveryLine() {
        let above = ["春季学期各地陆续开学", "本报记者　王　明", "　　第一段文字很长很长，说了很多事情，这是正文内容，各地做了大量工作。",
                     "　　第二段文字也很长，说了很多事情，这是正文内容，群众普遍表示满意。"]
        let text = ["　　第三段文字很长很长，说了很多事情，这是正文内容，企业生产逐步恢复。", "　　第四段文字也很长，说了很多事情，这是正文内容，市场供应总体充足。"]
        let titled = Self.clip((above + ["新规来了"] + text).joined(separator: "\n\n"))
        #expect(titled.articles.map(\.headline) == ["春季学期各地陆续开学", "新规来了"])
        #expect(titled.articles.map(\.paragraphs.count) == [2, 2])
        let numbered = Self.clip((above + ["一、坚持问题导向"] + text).joined(separator: "\n\n"))
        #expect(numbered.articles.count == 1)
        #expect(numbered.articles.first?.paragraphs.map(\.text).contains("一、坚持问题导向") == true)
    }
}

extension ArticleSegmenterTests {
    /// On a page of one paragraph a line, a short line between two finished paragraphs that ends as a cut line may (新规来了)
    /// or holds a comma (稳就业，这些举措很给力) is a line of its own: it had run into the paragraph under it (新规来了第三段…),
    /// as a paragraph's start that a break cut would.
    @Test func aShortLineBetweenFinishedParagraphsRunsIntoNothing() {
        for line in ["新规来了", "稳就业，这些举措很给力", "口罩生产线是怎样炼成的"] {
            let text = ["第一段文字很长很长，说了很多事情，这是正文内容，各地做了大量工作。", "第二段文字也很长，说了很多事情，这是正文内容，群众普遍表示满意。", line,
                        "第三段文字很长很长，说了很多事情，这是正文内容，企业生产逐步恢复。", "第四段文字也很长，说了很多事情，这是正文内容，市场供应总体充足。"]
            let page = Self.clip((["人民日报", "2020年4月8日　星期三", "要闻", "4", "", "春季学期各地陆续开学", "本报记者　王　明"] + text).joined(separator: "\n"))
            #expect(page.articles.flatMap { $0.paragraphs.map(\.text) } == text, "\(line)")
        }
    }
}

extension ArticleSegmenterTests {
    /// The page's first title right under its running head, with no byline or lead under it, that ends as a cut line may
    /// (新规来了, 口罩生产线是怎样炼成的) heads its piece over its indented text, with or without a blank under the head: it had
    /// been read as the first paragraph of a piece with no headline.
    @Test func theFirstTitleUnderTheRunningHeadNeedsNoByline() {
        let text = ["　　近日，记者来到这里采访，看到群众正在忙着各种事情，到处是一派繁忙景象。", "　　“我们有信心把今年的工作做得更好。”当地负责人张建华说。"]
        for title in ["新规来了", "口罩生产线是怎样炼成的", "《民法典》来了"] {
            for gap in [[], [""]] {
                let page = Self.clip((["人民日报", "2020年4月8日　星期三", "要闻", "4"] + gap + [title] + text).joined(separator: "\n"))
                #expect(page.articles.map(\.headline) == [title], "\(title) \(gap)")
                #expect(page.articles.first?.paragraphs.count == 2, "\(title) \(gap)")
            }
        }
    }
}

extension ArticleSegmenterTests {
    /// A headline's list that the copy wrapped after its 、 (听取全国人大常委会、…最高人民法院、 | 最高人民检察院党组工作汇报　听取
    /// 中央书记处工作报告), under the meeting's kicker and over who chaired it, is one headline: its first line had been read as
    /// a paragraph of a piece headed by the kicker, its rest as the headline of the real article, on an indented page, on one
    /// with a blank after every block (as e-paper copies come) and on one of one paragraph a line.
    @Test func aHeadlineWrappedAfterItsListCommaIsOneHeadline() {
        let stack = ["中共中央政治局常务委员会召开会议", "听取全国人大常委会、国务院、全国政协、最高人民法院、", "最高人民检察院党组工作汇报　听取中央书记处工作报告",
                     "中共中央总书记习近平主持会议"]
        let text = ["新华社北京1月7日电　中共中央政治局常务委员会1月7日全天召开会议，听取中央书记处工作报告。中共中央总书记习近平主持会议并发表重要讲话。",
                    "会议指出，坚持党的领导，首先要坚定维护党中央权威和集中统一领导。", "会议强调，各地区各部门要切实履行职责，确保各项任务落到实处。"]
        let head = ["人民日报", "2020年1月8日　星期三", "要闻", "1", ""]
        let printings = [
            head + stack + text.map { "\u{3000}\u{3000}" + $0 },
            head + [stack[0], ""] + stack[1...2] + ["", stack[3], ""] + text.flatMap { [$0, ""] },
            head + stack + text,
        ]
        for (n, lines) in printings.enumerated() {
            let page = Self.clip(lines.joined(separator: "\n"))
            #expect(page.articles.count == 1, "printing \(n)")
            #expect(page.articles.first?.kicker == stack[0], "printing \(n)")
            #expect(page.articles.first?.headline == stack[1] + stack[2], "printing \(n)")
            #expect(page.articles.first?.subtitle == stack[3], "printing \(n)")
            #expect(page.articles.first?.paragraphs.count == 3, "printing \(n)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A national daily's e-paper article as its copy comes (the page's label, the archive's link, the date, the buttons run
    /// together, the stack, the paper's citation line, the text indented by two blanks, a blank after every block): one article
    /// under its own stack. The link and the buttons had headed a piece of their own over the real headline.
    @Test func anEPaperArticleCopyReadsAsItsArticle() {
        let lines = ["第01版:要闻", "", "人民日报图文数据库(1946-2021)", "", "人民日报 2024年02月19日 星期一", "", "返回目录  放大缩小全文复制    上一篇  下一篇", "",
                     "国务院新闻办公室举行新闻发布会", "", "《 人民日报 》( 2024年02月19日   第 01 版)", "",
                     "  新华社北京2月18日电  国务院新闻办公室18日举行新闻发布会,介绍春节假期消费市场情况。", "",
                     "  商务部有关负责人表示,春节假期全国消费市场繁荣活跃,重点零售和餐饮企业销售额同比增长8.5%。"]
        let page = Self.clip(lines.joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["国务院新闻办公室举行新闻发布会"])
        #expect(page.articles.first?.kicker == nil)
        #expect(page.articles.first?.paragraphs.count == 2)
    }
}

extension ArticleSegmenterTests {
    /// On a page of one paragraph a line, with or without a blank after every line, a dashed subtitle that holds a comma
    /// right under its headline (坚持全国“一盘棋” | ——优化区域经济布局，促进区域协调发展) is the subtitle: it had run into
    /// the first paragraph under it, as a line that ends no sentence does.
    @Test func aDashedSubtitleWithACommaOnAFlatPage() {
        let text = ["区域协调发展是中国式现代化的内在要求。", "我国幅员辽阔、人口众多，各地区自然资源禀赋差别之大在世界上是少有的。", "习近平总书记指出，要在发展中促进相对平衡。"]
        let stack = ["坚持全国“一盘棋”", "——优化区域经济布局，促进区域协调发展"]
        for separator in ["\n", "\n\n"] {
            let page = Self.clip((["人民日报", "2025年12月22日　星期一", "要闻", "1"] + stack + text).joined(separator: separator))
            #expect(page.articles.count == 1)
            #expect(page.articles.first?.headline == stack[0])
            #expect(page.articles.first?.subtitle == stack[1])
            #expect(page.articles.first?.paragraphs.map(\.text) == text)
        }
    }
}

extension ArticleSegmenterTests {
    /// A jump marker of 紧转 (goes on at once on that page) at the text's foot, on its own line or closing the paragraph:
    /// the article continues on that page and the marker is no part of the text. It had stayed in the last paragraph.
    @Test func aJumpMarkerOfJinZhuan() {
        #expect(Markers.parseJumpTo("群众普遍表示满意。（紧转第二版）")?.page == 2)
        #expect(Markers.parseJumpTo("紧转第3版")?.page == 3)
        let text = ["　　第一段文字很长很长，说了很多事情，这是正文内容，各地做了大量工作。", "　　第二段文字也很长，说了很多事情，这是正文内容，群众普遍表示满意。"]
        for foot in [["（紧转第二版）"], []] {
            var lines = ["人民日报", "2020年4月8日　星期三", "第一版", "1", "", "春季学期各地陆续开学", "本报记者　王　明"] + text + foot
            if foot.isEmpty { lines[lines.count - 1] += "（紧转第二版）" }
            let page = Self.clip(lines.joined(separator: "\n"))
            #expect(page.articles.first?.continuesOnPage == 2, "\(foot)")
            #expect(page.articles.first?.paragraphs.last?.text == "第二段文字也很长，说了很多事情，这是正文内容，群众普遍表示满意。", "\(foot)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A byline with a colon after the reporter's role (本报记者：李强, 记者：王　明) gives its reporter, on an indented page
    /// and on one of one paragraph a line: it had been read as an interview's turn, the article with no reporter. An
    /// interview's turn (记者：请问…) stays one.
    @Test func aBylineWithAColonAfterTheRole() {
        #expect(Markers.parseLead("本报记者：李强", issueDate: nil)?.0.reporters == ["李强"])
        #expect(Markers.parseLead("记者：王　明", issueDate: nil)?.0.reporters == ["王明"])
        #expect(Markers.parseLead("记者：请问今年的工作重点是什么？", issueDate: nil)?.0.reporters.isEmpty ?? true)
        let text = ["近日，记者来到这里采访，看到群众正在忙着各种事情，到处是一派繁忙景象。", "“我们有信心把今年的工作做得更好。”当地负责人张建华说。"]
        for indent in ["\u{3000}\u{3000}", ""] {
            let page = Self.clip((["人民日报", "2020年4月8日　星期三", "要闻", "4", "", "春耕备耕正当时", "本报记者：李强"] + text.map { indent + $0 }).joined(separator: "\n"))
            #expect(page.articles.map(\.headline) == ["春耕备耕正当时"], "\(indent.isEmpty)")
            #expect(page.articles.first?.reporters == ["李强"], "\(indent.isEmpty)")
            #expect(page.articles.first?.paragraphs.map(\.text) == text, "\(indent.isEmpty)")
        }
    }
}

extension ArticleSegmenterTests {
    /// A copy that indents every block alike, a blank after each (a youth daily's e-paper article): a title right over its
    /// byline alone, no nearer to it than to the paragraph above (  杨晓升：在现实中捕捉文学的亮光 | (blank) |   郑欣宜 中青报·
    /// 中青网记者 宋宝颖), heads its piece under the flush title of the package. It had been read as a paragraph of the piece
    /// above, which took its byline.
    @Test func anIndentedTitleOverItsBylineHeadsItsPiece() {
        let lines = ["文学里的真实镜像", "", "发布时间:2024-09-07 13:29:50 来源: sp20240907", "", "  以独特的视角和敏锐的观察力记录社会的真实风貌，是文学的价值和特点。", "",
                     "  _______________", "",
                     "  杨晓升：在现实中捕捉文学的亮光", "", "  郑欣宜 中青报·中青网记者 宋宝颖", "",
                     "  谈起自己的文学之路，杨晓升给出的答案是“在繁忙的公务与个人创作的夹缝中艰难跋涉”。", "",
                     "  “作家的内心有一台情感的雷达，能随时捕捉外界的细波微澜。”缘起于热爱，坚定于使命。"]
        let page = Self.clip(lines.joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["文学里的真实镜像", "杨晓升：在现实中捕捉文学的亮光"])
        #expect(page.articles.map(\.reporters) == [[], ["郑欣宜", "宋宝颖"]])
        #expect(page.articles.last?.paragraphs.count == 2)
    }
}
