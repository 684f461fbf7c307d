import Testing

@testable import JianbaoCore

@Suite struct MarkersTests {
    let issue = IssueDate(year: 2020, month: 1, day: 19)

    @Test(arguments: [
        ("本报讯 记者王笑梅报道 日前,省委", "本报讯", ["王笑梅"], "日前"),
        ("本报讯（记者王坤）3月4日，全省", "本报讯", ["王坤"], "3月4日"),
        ("本报讯 （记者 曲宏 通讯员 李明）近日", "本报讯", ["曲宏", "李明"], "近日"),
        ("本报讯 记者 曲宏 通讯员 李明 联防联控、助力", "本报讯", ["曲宏", "李明"], "联防联控"),
        ("本报北京1月18日电（记者张三、李四）　中共中央", "本报", ["张三", "李四"], "中共中央"),
        ("新华社北京2月4日电 (记者欧阳娜娜) 国务院", "新华社", ["欧阳娜娜"], "国务院"),
        ("新华社北京2月4日电 国务院总理", "新华社", [], "国务院"),
        ("本报记者 王敏娜 李越", "本报", ["王敏娜", "李越"], ""),
        ("本报讯 日前，省委", "本报讯", [], "日前"),
        ("本报记者　王　浩　罗珊珊", "本报", ["王浩", "罗珊珊"], ""),
        ("本报北京10月13日电　（记者刘志强）　住房", "本报", ["刘志强"], "住房"),
        ("本报北京10月13日电　（记者刘志强、王　浩）　住房", "本报", ["刘志强", "王浩"], "住房"),
        ("据新华社电　国家统计局今天发布", "新华社", [], "国家统计局"),
        ("本报电（记者李晓）　农业农村部", "本报", ["李晓"], "农业农村部"),
        ("本报电　（赵晓霞）第五届海外华文教育论坛", "本报", ["赵晓霞"], "第五届"),
        ("本报北京 1 月 18 日电（记者张三）　中共中央", "本报", ["张三"], "中共中央"),
        ("新华社北京 10 月 17 日电 国务院任免", "新华社", [], "国务院"),
        ("本报北京11月18日电（李　明）　国务院", "本报", ["李明"], "国务院"),
        ("本报电　（综合）　国务院", "本报", [], "（综合）"),
        ("人民日报记者　李　明", "人民日报", ["李明"], ""),
        ("经济日报讯（记者王　五）　国家统计局", "经济日报讯", ["王五"], "国家统计局"),
        ("光明日报讯 记者张三报道 教育部", "光明日报讯", ["张三"], "教育部"),
        ("中青报·中青网记者　张　三", "中青报·中青网", ["张三"], ""),
        ("本报北京5月9日电（中国青年报·中青在线记者　刘昶荣）　共青团", "本报", ["刘昶荣"], "共青团"),
        ("澎湃新闻记者　王　五", "澎湃新闻", ["王五"], ""),
        ("央视网消息（记者张三）：近日，某部发布通知。", "央视网消息", ["张三"], "近日"),
        ("本报首席记者　王　伟", "本报", ["王伟"], ""),
        ("本报特派记者　张　三", "本报", ["张三"], ""),
        ("人民网消息：近日，某部发布通知。", "人民网消息", [], "近日"),
        ("央视网消息（新闻联播）：近日，某部发布通知。", "央视网消息", [], "近日"),
        ("新华社北京1月1日电　综合新华社驻外记者报道：世界多地1日举行活动", "新华社", [], "世界多地"),
        ("文／图　本报记者　郑　十", "本报", ["郑十"], ""),
        ("□　本报记者　陈　一", "本报", ["陈一"], ""),
        ("文/本报记者　王　五", "本报", ["王五"], ""),
        ("文汇报记者　王　五", "文汇报", ["王五"], ""),
        ("人民政协报讯（记者李四）全国政协", "人民政协报讯", ["李四"], "全国政协"),
        ("【新华社北京1月18日电】国务院新闻办公室", "新华社", [], "国务院"),
        ("【本报讯】（记者王五）近日", "本报讯", ["王五"], "近日"),
        ("中国纪检监察报讯　记者钱七　近日", "中国纪检监察报讯", ["钱七"], "近日"),
        ("解放军报记者　褚　四　特约通讯员　卫　五", "解放军报", ["褚四", "卫五"], ""),
        ("本报讯　杨　帆、特约记者李　勇报道：12月24日，武警", "本报讯", ["杨帆", "李勇"], "12月24日"),
        ("本报讯　近日，省委召开会议，听取报道组汇报", "本报讯", [], "近日"),
        ("【美联社华盛顿12月14日电】美国商务部", "美联社", [], "美国商务部"),
        ("路透社北京12月15日电　中国汽车工业协会", "路透社", [], "中国汽车工业协会"),
        ("【日本《读卖新闻》12月15日报道】日本总务省", "日本《读卖新闻》", [], "日本总务省"),
        ("【英国《金融时报》网站12月15日文章】　题", "英国《金融时报》", [], "题"),
        ("【环球时报驻德国特派记者　王　强　环球时报记者　倪　浩】欧盟委员会8日宣布", "环球时报", ["王强", "倪浩"], "欧盟委员会"),
        ("【环球时报综合报道】据日本共同社9日报道", "环球时报", [], "据日本共同社"),
        ("光明日报驻华盛顿记者　王　缉思", "光明日报", ["王缉思"], ""),
        // Where the reporters filed from, before 报道: 中国环境报's lead.
        ("本报记者王　珏北京报道　生态环境部近日通报", "本报", ["王珏"], "生态环境部"),
        ("本报记者王珏、李强北京报道　生态环境部", "本报", ["王珏", "李强"], "生态环境部"),
        ("本报讯　记者王珏杭州报道　生态环境部", "本报讯", ["王珏"], "生态环境部"),
        // A city paper's short name before 讯 and before 记者 (南方都市报's), and where they filed from after the names.
        ("南都讯　记者　黄　慧　通讯员　穗铁宣　11月24日，记者从", "南都讯", ["黄慧", "穗铁宣"], "11月24日"),
        ("南都记者　朱　伟　发自广州", "南都", ["朱伟"], ""),
        ("每经记者　王　五　发自上海　近日", "每经", ["王五"], "近日"),
        ("本报讯　记者王五　发自北京　近日", "本报讯", ["王五"], "近日"),
        // A site's report and its day: 参考消息's lead.
        ("参考消息网11月21日报道　据路透社11月19日报道，欧盟委员会", "参考消息网", [], "据路透社"),
        // The reporter as the subject of the first sentence, which keeps him: 记者乔文汇从…获悉.
        ("本报乌鲁木齐11月20日电　记者乔文汇从新疆维吾尔自治区农业农村厅获悉，截至", "本报", ["乔文汇"], "记者乔文汇从"),
        ("本报讯　记者从教育部获悉，全国中小学", "本报讯", [], "记者从教育部"),
        // Two outlets joined by a dash (工人日报—中工网记者), and a paper's all-media reporter (法治日报全媒体记者).
        ("工人日报—中工网记者　李　丹　通讯员　王海峰", "工人日报—中工网", ["李丹", "王海峰"], ""),
        ("□法治日报全媒体记者　陈　磊", "法治日报", ["陈磊"], ""),
        ("本报全媒体记者　陈　磊　近日", "本报", ["陈磊"], "近日"),
        // The date right after the last name, where a hard wrap took the blank between them.
        ("南都讯　记者　黄　慧　通讯员　穗铁宣11月24日，记者从", "南都讯", ["黄慧", "穗铁宣"], "11月24日"),
    ])
    func leads(text: String, source: String, reporters: [String], bodyStart: String) throws {
        let (lead, start) = try #require(Markers.parseLead(text, issueDate: issue))
        #expect(lead.source == source)
        #expect(lead.reporters == reporters)
        let rest = String(String.UnicodeScalarView(Array(text.unicodeScalars)[start...]))
        #expect(rest.hasPrefix(bodyStart))
    }

    /// The place before 报道 is the lead's dateline, without a date.
    @Test func aPlaceBeforeReport() throws {
        let (lead, _) = try #require(Markers.parseLead("本报记者王　珏北京报道　生态环境部近日通报", issueDate: nil))
        #expect(lead.dateline == Dateline(text: "北京报道", place: "北京", date: nil))
        #expect(Markers.parseLead("本报记者王珏报道　生态环境部", issueDate: nil)?.0.dateline == nil)
    }

    /// Where a lead's reporters filed from, after their names (发自广州): its dateline, without a date.
    @Test func filedFrom() throws {
        let (lead, _) = try #require(Markers.parseLead("南都记者　朱　伟　发自广州", issueDate: nil))
        #expect(lead.dateline == Dateline(text: "发自广州", place: "广州", date: nil))
        // (A wire's short name is two to four characters, and reporters follow it: 通讯员 opens none.)
        #expect(Markers.parseLead("通讯员张三近日走访了", issueDate: nil)?.0.source == nil)
        #expect(Markers.parseLead("资讯平台记者发现，", issueDate: nil) == nil)
        let (site, _) = try #require(Markers.parseLead("参考消息网11月21日报道　据路透社报道", issueDate: IssueDate(year: 2025, month: 11, day: 21)))
        #expect(site.dateline?.date == IssueDate(year: 2025, month: 11, day: 21) && site.dateline?.place == nil)
        // (A sentence whose subject is the site runs on after 报道: no lead.)
        #expect(Markers.parseLead("环球网11月20日报道称，欧盟委员会", issueDate: nil) == nil)
    }

    /// Another paper's wire in lenticular brackets (【大公报讯】), as Hong Kong's papers print it: its source, and the
    /// reporters after it; the paper's name alone on a line is its masthead.
    @Test func anotherPapersWireInBrackets() throws {
        let text = "【大公报讯】记者李芳报道：连接广州与深圳的新高铁线昨日正式通车。"
        let (lead, start) = try #require(Markers.parseLead(text, issueDate: nil))
        #expect(lead.source == "大公报讯" && lead.reporters == ["李芳"])
        #expect(String(text.unicodeScalars.dropFirst(start)).hasPrefix("连接广州"))
        let (bare, bareStart) = try #require(Markers.parseLead("【香港商报讯】连接广州与深圳的新高铁线昨日正式通车。", issueDate: nil))
        #expect(bare.source == "香港商报讯" && bare.reporters.isEmpty && bareStart == 7)
        #expect(Markers.parseLead("【本报讯】（记者王五）国务院日前印发通知。", issueDate: nil)?.0.reporters == ["王五"])
        #expect(Markers.isMasthead("大公报") && Markers.isMasthead("南方周末"))
    }

    /// Notes that close an article: the author's, or the editor's about it.
    @Test func endNotes() {
        for note in [
            "（作者为中共中央党校教授）", "（作者单位：北京大学）", "（应受访者要求，文中人物均为化名）", "（本文图片由受访者提供）", "（注：数据截至6月底）", "（完）",
            "（本栏目主持：梁　睿）", "（本版数据来源：Wind）", "（编译／刘　洋）",
        ] {
            #expect(Markers.isAuthorNote(note), "\(note)")
        }
        for line in ["（上接第一版）", "（2021年1月18日）", "（第五号）", "（按姓氏笔画排序）", "作者为中共中央党校教授"] {
            #expect(!Markers.isAuthorNote(line), "\(line)")
        }
    }

    /// An international page's conventions: a partner agency's photo (新华社/法新), a dateline note with two
    /// places, a column label ending in 热点.
    @Test func internationalPageConventions() {
        #expect(Markers.isCreditOnly("新华社/法新") == [])
        #expect(Markers.isCreditOnly("新华社／路透") == [])
        #expect(Markers.isCreditOnly("法新社报道") == nil)
        let note = Markers.parseDatelineNote("（本报内罗毕、里约热内卢2月20日电）", issueDate: IssueDate(year: 2023, month: 2, day: 21))
        #expect(note?.place == "内罗毕、里约热内卢" && note?.date == IssueDate(year: 2023, month: 2, day: 20))
        #expect(ArticleSegmenter.isColumnLabel("环球热点"))
        // A digest of the foreign press dates a paper's story as it does an agency's; a paper named in prose is no lead.
        let report = Markers.parseLead("【日本《读卖新闻》12月15日报道】日本总务省公布", issueDate: IssueDate(year: 2025, month: 12, day: 16))?.0
        #expect(report?.dateline?.date == IssueDate(year: 2025, month: 12, day: 15) && report?.dateline?.text == "日本《读卖新闻》12月15日报道")
        #expect(Markers.parseLead("据英国《金融时报》网站12月15日报道，德国", issueDate: nil) == nil)
        #expect(Markers.parseLead("【《读卖新闻》称】日本总务省", issueDate: nil) == nil)
        #expect(Markers.parseLead("路透社报道称，美国", issueDate: nil) == nil)
    }

    /// A series' name with its column's after a dot, the column's name one of the endings alone
    /// (新时代新征程新伟业·走基层, 奋进新征程·一线见闻): a column label, so a kicker over its headline.
    @Test func aSeriesNameWithAColumnEndingAfterItsDot() {
        #expect(ArticleSegmenter.isColumnLabel("新时代新征程新伟业·走基层"))
        #expect(ArticleSegmenter.isColumnLabel("奋进新征程·见闻"))
        #expect(!ArticleSegmenter.isColumnLabel("走基层"))
        #expect(!ArticleSegmenter.isColumnLabel("·走基层"))
        #expect(ArticleSegmenter.assignStack(["新时代新征程新伟业·走基层", "山村来了“数字新农人”"]) == ("新时代新征程新伟业·走基层", "山村来了“数字新农人”", nil))
    }

    /// A top line that reports where a finding comes from (……报告显示, 调查表明, 记者从……获悉) leads into the headline
    /// under it: a kicker, not a headline over its subtitle.
    @Test func kickersThatIntroduceAFinding() {
        #expect(ArticleSegmenter.assignStack(["联合国粮农组织报告显示", "全球粮食价格指数连续两月上涨"]) == ("联合国粮农组织报告显示", "全球粮食价格指数连续两月上涨", nil))
        #expect(ArticleSegmenter.assignStack(["最新调查表明", "八成受访者愿意购买国货"]) == ("最新调查表明", "八成受访者愿意购买国货", nil))
        #expect(ArticleSegmenter.assignStack(["记者从国家发展改革委获悉", "今年将新开工一批重大水利工程"]) == ("记者从国家发展改革委获悉", "今年将新开工一批重大水利工程", nil))
        #expect(ArticleSegmenter.assignStack(["春耕备耕有序推进", "各地抢抓农时保生产"]) == (nil, "春耕备耕有序推进", "各地抢抓农时保生产"))
    }

    /// Columns ending in 解读, 链接 or 提醒 (健康解读, 新闻链接, 用药提醒) are kickers over a short headline; the words
    /// alone are no column.
    @Test func columnsEndingInReadingsLinksAndReminders() {
        #expect(ArticleSegmenter.assignStack(["健康解读", "冬季如何预防流感"]) == ("健康解读", "冬季如何预防流感", nil))
        #expect(ArticleSegmenter.isColumnLabel("新闻链接") && ArticleSegmenter.isColumnLabel("用药提醒"))
        #expect(!ArticleSegmenter.isColumnLabel("解读") && !ArticleSegmenter.isColumnLabel("链接"))
        // (A page's section over a headline, 国际新闻, is its kicker too.)
        #expect(ArticleSegmenter.assignStack(["国际新闻", "多国举行活动庆祝新年"]) == ("国际新闻", "多国举行活动庆祝新年", nil))
    }

    /// An evening paper's and a digest's conventions: columns ending in 热线, 连线 or 看中国 are kickers; a classified
    /// page's label is furniture, and so is the paper's advertising hotline at its foot (not a number in a text).
    @Test func hotlinesDigestsAndClassifieds() {
        #expect(ArticleSegmenter.assignStack(["12345热线", "“家门口的路灯坏了三个月”"]) == ("12345热线", "“家门口的路灯坏了三个月”", nil))
        #expect(ArticleSegmenter.assignStack(["外媒看中国", "中国新能源汽车出口势头强劲"]) == ("外媒看中国", "中国新能源汽车出口势头强劲", nil))
        #expect(ArticleSegmenter.isColumnLabel("记者连线") && !ArticleSegmenter.isColumnLabel("热线"))
        #expect(Markers.isSectionLabel("分类广告") && Markers.isSectionLabel("产业") && Markers.isSectionLabel("时评"))
        // (A page's head may set its label with a blank between the characters: 要 闻, 国　际; not a headline's words.)
        #expect(Markers.isSectionLabel("要 闻") && Markers.isSectionLabel("国　际") && !Markers.isSectionLabel("要 闻 2") && !Markers.isSectionLabel("好 人"))
        // A table's title in a text is none of a piece's headings.
        for title in ["表：1月至11月新能源汽车产销情况", "表1：主要指标", "表 2　各地区增长情况", "附表：名单"] {
            #expect(Markers.isTableTitle(title) && !Markers.isHeadingShaped(title, maxColumns: 80), "\(title)")
        }
        #expect(!Markers.isTableTitle("表彰先进　树立典型") && Markers.isHeadingShaped("表彰先进　树立典型", maxColumns: 80))
        #expect(Markers.isFurniture("广告热线：0531－85193000") && Markers.isFurniture("新闻热线　96999"))
        #expect(!Markers.isFurniture("举报电话：0531－12345678") && !Markers.isFurniture("广告热线：请拨打本报电话，我们将尽快处理。"))
        // A running head's date with OCR's 曰 for 日 after a figure is the page's date still; a sentence with one is not.
        #expect(Markers.isFurniture("2025年11月18曰 星期二") && Markers.isFurniture("2025年11月18曰"))
        // (A date that a label's colon gives is an item's, however short: 一、会议召开时间：2025年12月29日（星期一）.)
        #expect(!Markers.isFurniture("一、会议召开时间：2025年12月29日（星期一）") && Markers.isFurniture("2025年12月13日 星期六"))
        #expect(!Markers.isFurniture("本报北京11月17曰电　国家发展改革委17日召开新闻发布会。"))
        // The credit for a page's pictures at its foot; not a sentence about one.
        #expect(Markers.isFurniture("题图：《秋山图》（中国画）　吴冠中") && Markers.isFurniture("插图：张　丹"))
        #expect(!Markers.isFurniture("插图：孩子们在雪地里奔跑，笑声回荡在山谷。"))
        // (Nor a caption that the wrap cut before its full stop; a photo's credit after the label is a credit.)
        #expect(!Markers.isFurniture("题图：陕西省延安市宝塔区的乡村冬") && Markers.isFurniture("题图：新华社记者　陶　明摄"))
    }

    /// The reporters who helped with an article, named at its foot, alone or closing its last paragraph.
    @Test func contributorNotes() {
        #expect(Markers.contributorNote("（本报记者鲜敢、李卓尔参与采写）") == ["鲜敢", "李卓尔"])
        #expect(Markers.contributorNote("让疏解人员安心工作生活。（本报记者李　丹参与采写）") == ["李丹"])
        #expect(Markers.contributorNote("（参与采写：王　浩　李　明）") == ["王浩", "李明"])
        #expect(Markers.contributorNote("（记者张三参与采访）") == ["张三"])
        #expect(Markers.contributorNote("（本报记者　刘　毅）") == nil)
        #expect(Markers.contributorNote("欢迎读者参与采写活动（详见第三版）") == nil)
    }

    /// A science page's conventions: its label (a section's word with an epithet), a brief column ending in
    /// 短波, a brief's reporter as a bare two-character name unspaced, a column of who speaks on what.
    @Test func sciencePageConventions() {
        #expect(Markers.isSectionLabel("科技视野") && Markers.isSectionLabel("国际纵横") && !Markers.isSectionLabel("科技创新"))
        // (A page's number is no label: 人民日报　…　第 | 11版 is a running head the wrap cut.)
        #expect(Markers.isSectionLabel("文化周刊") && !Markers.isSectionLabel("11版"))
        #expect(ArticleSegmenter.isBriefColumn("科技短波") && ArticleSegmenter.isColumnLabel("科技短波"))
        #expect(Markers.trailingFootByline("大桥主跨达2300米。（李璐）")?.reporters == ["李璐"])
        #expect(Markers.trailingFootByline("大桥主跨达2300米。（李　璐）")?.reporters == ["李璐"])
        #expect(Markers.trailingFootByline("它叫做风云（上图）") == nil)
        // (A full stop copied as ASCII after Chinese ends the sentence too; a figure's point does not.)
        #expect(Markers.trailingFootByline("攀岩项目比赛日前在广东清远举行.(林晨)")?.reporters == ["林晨"])
        #expect(Markers.trailingFootByline("指数为3.(林晨)") == nil)
        #expect(ArticleSegmenter.assignStack(["院士谈科普", "让更多青少年爱上科学"]) == ("院士谈科普", "让更多青少年爱上科学", nil))
        #expect(!ArticleSegmenter.isColumnLabel("中美谈判"))
    }

    /// A full-width space is as wide as a character: a line of spaced names fills its column.
    @Test func fullWidthSpaceIsFullWidth() {
        #expect("赵　展".displayColumns == 3)
        // So are the symbols Chinese type sets on a full em though Unicode calls their width ambiguous: ◆, ■, ①, ∶, ※, ℃.
        #expect("◆■①∶※℃".displayColumns == 6 && "3∶0".displayColumns == 2)
        #expect(LayoutDetector.isPadded("■全国两会前瞻　　　第2版") && !LayoutDetector.isPadded("本报记者　王　浩"))
    }

    /// A reporter whose surname the lexicon lacks, right after the role: in a dateline's brackets, a byline, a credit.
    @Test func bracketedReportersWithAnUnknownSurname() {
        let lead = Markers.parseLead("本报上海10月19日电　（记者巨云鹏）记者从长三角区域合作办公室获悉：…", issueDate: nil)
        #expect(lead?.0.reporters == ["巨云鹏"] && lead?.0.text == "本报上海10月19日电　（记者巨云鹏）")
        #expect(Markers.parseLead("本报上海10月19日电　（记者王　浩、巨云鹏）记者获悉", issueDate: nil)?.0.reporters == ["王浩", "巨云鹏"])
        #expect(Markers.parseNames(Array("记者手记".unicodeScalars), from: 0).0.isEmpty)
        // (Nor what a credit's 摄 runs into: 新华社记者　李响　摄 | 简讯.)
        #expect(Markers.parseNames(Array("新华社记者　李响　摄简讯".unicodeScalars), from: 0).0 == ["李响"])
        #expect(Markers.parseNames(Array("本报记者　巨云鹏".unicodeScalars), from: 0).0 == ["巨云鹏"])
        #expect(Markers.isCreditOnly("新华社记者　巨云鹏摄") == ["巨云鹏"])
    }

    /// A dateline with its place and no date: 本报北京电, 新华社北京电.
    @Test func datelineWithoutADate() {
        let lead = Markers.parseLead("本报北京电　（记者李　婕）新闻中心16日开始运行。", issueDate: IssueDate(year: 2023, month: 10, day: 18))
        #expect(lead?.0.source == "本报" && lead?.0.dateline?.place == "北京" && lead?.0.dateline?.date == nil && lead?.0.reporters == ["李婕"])
        #expect(Markers.parseLead("新华社北京电　国务院日前印发通知。", issueDate: nil)?.0.dateline?.text == "新华社北京电")
        #expect(Markers.parseLead("本报电力行业记者王五", issueDate: nil)?.0.dateline == nil)
    }

    /// PDF-to-text sets figures apart by spaces: the dateline is read through them, as printed.
    @Test func datelineWithFiguresSetApart() {
        let lead = Markers.parseLead("本报北京 1 月 18 日电（记者张三）　中共中央", issueDate: issue)?.0
        #expect(lead?.dateline == Dateline(text: "本报北京 1 月 18 日电", place: "北京", date: IssueDate(year: 2020, month: 1, day: 18)))
        #expect(Markers.parseJumpTo("问题。（转第 3 版）")?.page == 3)
        #expect(Markers.parseJumpFrom("（上接第 1 版）")?.page == 1)
        // Running heads and a masthead's line with their figures set apart.
        #expect(Markers.isFurniture("2022 年 03 月 15 日 人民日报"))
        #expect(Markers.isFurniture("第 26588 期　今日 24 版"))
        #expect(Markers.headParts(Array("人民日报 2022年3月15日 星期二 要闻 2".unicodeScalars)).count == 5)
    }

    /// 喜报讯 with no reporter after it is no other paper's lead.
    @Test func otherPapersWireNeedsItsReporters() {
        #expect(Markers.parseLead("喜报讯息传来，全村沸腾。", issueDate: nil)?.bodyStart == nil)
        #expect(Markers.otherPaperWire(Array("工人日报讯　通讯员王五".unicodeScalars)) == 5)
        #expect(Markers.otherPaperWire(Array("本报本报讯（记者王五）".unicodeScalars)) == nil)
    }

    @Test func datelineResolvesAgainstTheIssueDate() throws {
        let (lead, _) = try #require(Markers.parseLead("本报北京1月18日电（记者X、Y）正文", issueDate: issue))
        #expect(lead.dateline == Dateline(text: "本报北京1月18日电", place: "北京", date: IssueDate(year: 2020, month: 1, day: 18)))
        let (december, _) = try #require(Markers.parseLead("新华社华盛顿12月30日电 正文", issueDate: issue))
        #expect(december.dateline?.date == IssueDate(year: 2019, month: 12, day: 30))
        #expect(december.dateline?.place == "华盛顿")
    }

    /// An agency's short name in brackets (（新华）) closes a brief's sentence and names no reporter.
    @Test func agencyCreditsCloseBriefs() {
        #expect(Markers.endsSentence("运动员对场馆和服务给予高度评价。（新华）"))
        #expect(Markers.endsSentence("（新华）"))
        #expect(Markers.parseFootByline("（新华）") == nil)
        #expect(Markers.parseFootByline("（李　拯）") == ["李拯"])
        // (Nor does a desk's name letter-spaced as a name is: （文　化）, （综　合）.)
        #expect(Markers.parseFootByline("（文　化）") == nil && Markers.parseFootByline("（综　合）") == nil)
        #expect(Markers.trailingFootByline("该书近日出版。（文　化）") == nil)
    }

    /// A foot byline's role names its source as a head byline's does.
    @Test func footBylineSources() {
        #expect(Markers.footBylineSource("（本报记者　张　三　本报通讯员　李　四）") == "本报")
        #expect(Markers.footBylineSource("（光明日报记者　李　晓　光明日报通讯员　王　明）") == "光明日报")
        #expect(Markers.footBylineSource("（新华社记者　王　五）") == "新华社")
        #expect(Markers.footBylineSource("（记者　王　五）") == nil)
        #expect(Markers.footBylineSource("（李　拯）") == nil)
    }

    /// The speaker after a quotation that a break closed: short (何家枝说。), or named by office in one
    /// clause that ends the sentence; a sentence of its own is no attribution.
    @Test func speechAttributions() {
        for yes in ["何家枝说。", "一位研究员表示，这很重要。", "埃及开罗大学教授穆罕默德·哈桑日前在接受本报记者采访时表示。", "种粮大户王　强说。"] {
            #expect(Markers.isSpeechAttribution(yes), "\(yes)")
        }
        for no in ["这是一个冬天的早晨，记者来到了村里。", "据介绍，全省已完成古籍普查登记。", "会议强调要坚定不移推进改革开放。", "他一个环节一个环节查看生产流程，详细了解情况。"] {
            #expect(!Markers.isSpeechAttribution(no), "\(no)")
        }
    }

    @Test func editorsNotes() {
        for t in ["编者按：乡村振兴，人才是关键。", "【编者按】本版推出系列报道。", "编者的话"] { #expect(Markers.isEditorsNote(t), "\(t)") }
        for t in ["编者认为", "按照编者按的要求"] { #expect(!Markers.isEditorsNote(t), "\(t)") }
    }

    @Test func boxLabelsAndPhotoCaptionSeries() {
        for t in ["核心阅读", "【链接】", "延伸阅读"] { #expect(Markers.isBoxLabel(t), "\(t)") }
        for t in ["链接世界", "阅读"] { #expect(!Markers.isBoxLabel(t), "\(t)") }
        for t in ["图①：医生为村民测量血压。", "图2：车队出发。", "上图：新建的大桥。"] { #expect(ArticleSegmenter.isNumberedCaption(t), "\(t)") }
        for t in ["图为医生为村民测量血压。", "图书馆开放", "上图书馆"] { #expect(!ArticleSegmenter.isNumberedCaption(t), "\(t)") }
    }

    @Test(arguments: ["日前，省委组织部通报", "本报告指出", "记者节到来之际", "新华社是国家通讯社"])
    func notLeads(text: String) {
        #expect(Markers.parseLead(text, issueDate: nil) == nil)
    }

    @Test(arguments: [
        ("（上接第一版）他一个环节", 1, "他一个环节"), ("(上接第1版)要促进", 1, "要促进"), ("上接第十二版 正文", 12, "正文"),
        ("（紧接第一版）会议", 1, "会议"), ("【接第２版】正文", 2, "正文"), ("（上接第二十版）", 20, ""),
    ])
    func jumpFrom(text: String, page: Int, rest: String) throws {
        let (p, start) = try #require(Markers.parseJumpFrom(text))
        #expect(p == page)
        #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[start...])) == rest)
    }

    @Test(arguments: [("全面发展。（下转第四版）", 4, 5), ("（下转第2版）", 2, 0), ("加快推进(转第三版)", 3, 4), ("见第5版", 5, 0)])
    func jumpTo(text: String, page: Int, start: Int) throws {
        let (p, length) = try #require(Markers.parseJumpTo(text))
        #expect(p == page)
        #expect(text.unicodeScalars.count - length == start)
    }

    @Test(arguments: ["第一版要闻", "翻转第二版", "转第三版面设计"])
    func notJumpTo(text: String) { #expect(Markers.parseJumpTo(text) == nil) }

    @Test(arguments: [
        ("宣传防控知识。 本报特约记者 杨忠军 摄", ["杨忠军"]), ("群众在排队。（新华社记者 张三 摄）", ["张三"]),
        ("工人在车间忙碌。 新华社发", []), ("春耕现场。李四摄", ["李四"]), ("图为工地。（王五供图）", ["王五"]),
        ("本报记者 王敏娜 李越摄", ["王敏娜", "李越"]), ("游客在参观。新华社记者　李　响摄", ["李响"]),
        ("工人在赶制订单。谢尚国摄（人民视觉）", ["谢尚国"]), ("油菜花开。汪　峰摄（影像中国）", ["汪峰"]), ("游客赏花。（视觉中国）", []),
        ("农民抢收水稻。　　本报记者　王　斌摄影报道", ["王斌"]), ("漫画　　新华社发（徐　骏作）", ["徐骏"]),
        // A cartoon's artist before the agency's release in brackets.
        ("漫画：“减负”？　商　海作（新华社发）", ["商海"]),
        // A caption ending in no mark, its credit after a blank.
        ("游客在冰雪大世界游玩　本报记者　苏　滨摄", ["苏滨"]), ("游客在冰雪大世界游玩　新华社记者　王　鹏　摄", ["王鹏"]),
    ])
    func credits(text: String, photographers: [String]) throws {
        let (names, length) = try #require(Markers.parseCredit(text))
        #expect(names == photographers)
        #expect(length < text.unicodeScalars.count || text.hasPrefix("本报"))
    }

    /// A line that is only a name, 摄 and an agency's bracket credits that name, common surname or not.
    @Test func aWholeLineCreditWithARareSurname() throws {
        #expect(Markers.parseCredit("水　从摄（人民视觉）").map { $0.photographers } == ["水从"])
        #expect(Markers.parseCredit("商　海作（新华社发）").map { $0.photographers } == ["商海"])
        #expect(Markers.parseCredit("周　亮摄（人民视觉）").map { $0.photographers } == ["周亮"])
        // Other picture agencies' brackets: 人民图片, 东方IC, CFP.
        #expect(Markers.parseCredit("苏　阳摄（人民图片）").map { $0.photographers } == ["苏阳"])
        #expect(Markers.parseCredit("游客在雪道上滑行。李　强摄（东方IC）").map { $0.photographers } == ["李强"])
        #expect(Markers.parseCredit("游客在雪道上滑行。（CFP）").map { $0.length } == 5)
        // (After the caption's last sentence, where a wrap joined them: the credit is the name on.)
        let joined = try #require(Markers.parseCredit("群峰在云雾中若隐若现。水　从摄（人民视觉）"))
        #expect(joined.photographers == ["水从"] && joined.length == "水　从摄（人民视觉）".unicodeScalars.count)
        // (Prose before it is no name: 他们在拍摄（人民视觉）… is none of this.)
        #expect(Markers.parseCredit("他们都在忙着拍摄（人民视觉）")?.photographers.isEmpty ?? true)
        #expect(Markers.isSectionLabel("视觉") && Markers.isSectionLabel("影像"))
    }

    @Test(arguments: ["他们拿起相机拍摄", "记者在现场拍摄", "这是一张摄影作品"])
    func notCredits(text: String) { #expect(Markers.parseCredit(text) == nil) }

    @Test func sentenceEnds() {
        #expect(Markers.endsSentence("被诫勉谈话。"))
        #expect(Markers.endsSentence("他说：“要抓落实。”"))
        #expect(!Markers.endsSentence("志愿者助力战“疫”"))
        #expect(Markers.endsSentence("这4起问题分别是:"))
        #expect(Markers.endsSentence("（本报河内10月23日电）"))
        #expect(Markers.endsSentence("网址: http://news.lnd.com.cn/index.shtml"))
        #expect(!Markers.endsSentence("给学校和地方"))
    }

    @Test func creditsOnTheirOwnLine() {
        #expect(Markers.isCreditOnly("新华社记者　李响　摄") == ["李响"])
        #expect(Markers.isCreditOnly("新华社发（高静摄）") == ["高静"])
        #expect(Markers.isCreditOnly("　　本报记者 张三摄") == ["张三"])
        #expect(Markers.isCreditOnly("本报记者　王五/摄") == ["王五"])
        #expect(Markers.isCreditOnly("市民在选购年货。新华社记者　李响　摄") == nil)
    }

    @Test func footBylines() {
        #expect(Markers.parseFootByline("（记者 张三 李四）") == ["张三", "李四"])
        // A family name set off from a given name of two by a blank, as web copies print a padded name: one name.
        #expect(Markers.parseFootByline("（记者 刘 志强）") == ["刘志强"] && Markers.parseFootByline("（记者 刘 毅）") == ["刘毅"])
        #expect(Markers.parseLead("本报北京10月8日电（记者 刘 志强）国庆假期全国出行人数创新高。", issueDate: nil)?.0.reporters == ["刘志强"])
        // One ideographic blank pads a two-character name, whatever follows: a hard wrap that cut the lead after its
        // last name ran the text on with no blank (林　佳以“内部消息”…, not 林佳以).
        #expect(Markers.parseLead("本报讯　记者　周　斌　通讯员　林　佳以“内部消息”为诱饵，诱骗被害人。", issueDate: nil)?.0.reporters == ["周斌", "林佳"])
        #expect(Markers.parseLead("本报讯　记者　周　斌以“内部消息”为诱饵。", issueDate: nil)?.0.reporters == ["周斌"])
        // (But a given name of two that ends the byline is the name's rest: 王　轶辰.)
        #expect(Markers.parseLead("本报记者　王　轶辰", issueDate: nil)?.0.reporters == ["王轶辰"])
        // (A local paper's mark before its byline: ◎本报记者　李　明, ▪本报记者 李明.)
        #expect(Markers.parseLead("◎本报记者　李　明　国家统计局16日发布数据。", issueDate: nil)?.0.reporters == ["李明"])
        #expect(Markers.parseLead("▪本报记者 李明 实习生 王芳　国家统计局16日发布数据。", issueDate: nil)?.0.reporters == ["李明", "王芳"])
        // (And so is one that ends its item in a list: 王　比学、李　林 names 王比学, and the list goes on.)
        #expect(Markers.parseLead("本报北京3月6日电　（记者王　比学、李　林）全国政协会议6日举行。", issueDate: nil)?.0.reporters == ["王比学", "李林"])
        #expect(Markers.parseLead("本报北京3月6日电　（记者李　林、王　浩）全国政协会议6日举行。", issueDate: nil)?.0.reporters == ["李林", "王浩"])
        #expect(Markers.parseLead("本报驻法国记者 尚 凯 本报记者 王 迪入冬以来，欧洲多国气价上涨。", issueDate: nil)?.0.reporters == ["尚凯", "王迪"])
        // (Not a name written twice, which is damage: 杨 杨忠军 摄 names no 杨杨.)
        #expect(Markers.parseCredit("本报特约记者 杨 杨忠军 摄") == nil)
        #expect(Markers.parseFootByline("（本报记者　王　浩）") == ["王浩"])
        #expect(Markers.parseFootByline("（记者从省卫健委获悉）") == nil)
        // A photo's credit in brackets names a photographer, no reporter.
        #expect(Markers.parseFootByline("（新华社记者　李学仁摄）") == nil && Markers.parseCredit("（新华社记者　李学仁摄）")?.photographers == ["李学仁"])
        #expect(Markers.parseFootByline("（本报河内10月23日电）") == nil)
    }

    @Test func mastheadsAndPageLabels() {
        #expect(Markers.isMasthead("人民日报"))
        #expect(Markers.isMasthead("辽 宁 日 报"))
        #expect(!Markers.isMasthead("日报社召开会议"))
        #expect(Markers.isSectionLabel("要闻"))
        #expect(Markers.isSectionLabel("国际·综合"))
        #expect(Markers.isSectionLabel("经济新闻"))
        #expect(!Markers.isSectionLabel("全省经济稳中向好"))
    }

    /// Bylines of other outlets' reporters, and a reporter who wrote the text and took the pictures.
    @Test func outletBylinesAndTextWithPictures() {
        let outlet = Markers.parseLead("经济日报记者　孙　亮", issueDate: nil)?.0
        #expect(outlet?.source == "经济日报")
        #expect(outlet?.reporters == ["孙亮"])
        #expect(Markers.parseLead("中国青年报记者　李　四　王　五", issueDate: nil)?.0.reporters == ["李四", "王五"])
        let both = Markers.parseLead("本报记者　赵　敏　文/图", issueDate: nil)
        #expect(both?.0.reporters == ["赵敏"])
        #expect(both?.bodyStart == "本报记者　赵　敏　文/图".unicodeScalars.count)
        #expect(Markers.parseLead("经济发展记录了新高", issueDate: nil) == nil)
        // What the reporters did closes the list: 整理, 采写 (spaced names too).
        #expect(Markers.parseFootByline("（本报记者　王　浩　李　四整理）") == ["王浩", "李四"])
        #expect(Markers.parseFootByline("（本报记者　张　三　整理）") == ["张三"])
        #expect(Markers.parseLead("本报记者　刘　洋　采写", issueDate: nil)?.0.reporters == ["刘洋"])
        #expect(Markers.parseLead("本报记者　刘洋采写", issueDate: nil)?.0.reporters == ["刘洋"])
    }

    /// A jump marker closing a lead's line ends it, arrow and all: the next article's headline is no
    /// part of it.
    @Test func jumpMarkersEndTheirLine() {
        #expect(Markers.parseJumpTo("要坚定信心。◀下转第二版")?.markerLength == 6)
        let page = Pipeline().run(
            try! PageDecoder.decode(Array("第一篇标题在这里\n本报北京1月18日电（记者王浩）要坚定信心。◀下转第二版\n\n第二篇标题在这里\n本报北京1月18日电（记者李四）要抓好各项工作。\n".utf8)),
            metadata: PageMetadata(path: "p.txt", newspaper: nil, issueDate: nil, page: 1))
        #expect(page.articles.map(\.headline) == ["第一篇标题在这里", "第二篇标题在这里"])
        #expect(page.articles.first?.continuesOnPage == 2)
        #expect(page.articles.first?.paragraphs.map(\.text) == ["要坚定信心。"])
    }

    /// Briefs in a list, each with its bullet before the lead.
    @Test func bulletedBriefs() {
        let lead = Markers.parseLead("■　本报北京7月5日电（记者王浩）全国首个数字乡村展在杭州开幕。", issueDate: nil)
        #expect(lead?.0.reporters == ["王浩"])
        #expect(lead?.bodyStart == "■　本报北京7月5日电（记者王浩）".unicodeScalars.count)
        #expect(Markers.parseLead("●本报讯　近日，某市举办招聘会。", issueDate: nil)?.0.source == "本报讯")
        #expect(Markers.parseLead("■　一线直击", issueDate: nil) == nil)
        // A desk's compilation.
        #expect(Markers.parseLead("本报综合报道　这是正文。", issueDate: nil)?.0.source == "本报")
        #expect(Markers.parseLead("本报综合报道　这是正文。", issueDate: nil)?.bodyStart == 7)
        // Any outlet's dateline, its name ending as outlets' names end and a known place after it.
        for (lead, outlet, reporters) in [
            ("法治日报北京12月3日讯　记者陈磊　", "法治日报", ["陈磊"]), ("中国青年报客户端北京12月3日电（中青报·中青网记者 王军利）", "中国青年报客户端", ["王军利"]),
            ("中国新闻网上海12月3日电（记者 李晓）", "中国新闻网", ["李晓"]), ("某报北京12月3日电　", "某报", []),
        ] {
            let parsed = Markers.parseLead(lead + "近日，多国人士积极评价全球发展倡议。", issueDate: nil)
            #expect(parsed?.0.source == outlet, "\(lead)")
            #expect(parsed?.0.dateline?.place == "北京" || parsed?.0.dateline?.place == "上海", "\(lead)")
            #expect(parsed?.0.reporters == reporters, "\(lead)")
            #expect(parsed?.bodyStart == lead.unicodeScalars.count, "\(lead)")
        }
        // Not a phrase with no place, a run written twice (damage, for the linter), a heading's rest over an agency's lead.
        for text in ["新闻发布会12月3日电　近日，多国。", "新华新华社北京12月3日电　近日，多国。", "记者问新华社北京2月3日电　（记者于文静"] {
            #expect(Markers.parseLead(text, issueDate: nil) == nil, "\(text)")
        }
        // Its reporters' abroad, and the colon after it (the text starts after the colon).
        for lead in ["综合本报驻外记者报道：", "本报记者综合报道：", "本报综合报道：", "本报综合消息：", "综合本报记者报道　"] {
            let parsed = Markers.parseLead(lead + "近日，多国人士积极评价全球发展倡议。", issueDate: nil)
            #expect(parsed?.0.source == "本报", "\(lead)")
            #expect(parsed?.bodyStart == lead.unicodeScalars.count, "\(lead)")
        }
    }

    /// Credits with their label first.
    @Test func labelledCredits() {
        #expect(Markers.parseCredit("1月17日，工人在江苏南京一处工地作业。　　摄影：李　四")?.photographers == ["李四"])
        #expect(Markers.parseCredit("1月17日，工人在江苏南京一处工地作业。　　摄影：李　四")?.length == 8)
        #expect(Markers.parseCredit("图片来源：视觉中国")?.photographers == [])
        #expect(Markers.parseCredit("他的爱好是摄影：拍山拍水，乐此不疲") == nil)
        // A drawing's maker, labelled with a slash or a colon: 漫画/高　岳 on its own line under a cartoon.
        #expect(Markers.parseCredit("漫画/高　岳")?.photographers == ["高岳"])
        #expect(Markers.parseCredit("漫画/高　岳")?.length == 6)
        #expect(Markers.parseCredit("插图：王　蕾")?.photographers == ["王蕾"])
        #expect(Markers.parseCredit("图/张鹏")?.photographers == ["张鹏"])
        // (Not a caption's own words after 图, nor a slash inside a word: 文/图 is the text's and the pictures' one maker.)
        #expect(Markers.parseCredit("示意图：北京城区") == nil)
        #expect(Markers.parseCredit("图/新华社") == nil)
    }

    @Test func furnitureAndNotes() {
        #expect(Markers.isFurniture("责任编辑：王某 版式设计：李某"))
        #expect(Markers.isFurniture("本版统筹：李　明") && Markers.isFurniture("本版编辑　马　力") && Markers.isFurniture("编辑：李明"))
        #expect(!Markers.isFurniture("编辑：把好每一道关口，让读者放心"))
        // (Prose that ends in 作 in brackets is no credit without an agency's line before it.)
        #expect(Markers.parseCredit("床前明月光。（李白作）") == nil)
        // (An outlet's role names a photographer, 经济日报记者　王　斌摄影报道; 本报 written twice is damage, no credit.)
        #expect(Markers.parseCredit("经济日报记者　王　斌摄影报道")?.photographers == ["王斌"])
        #expect(Markers.parseCredit("宣传防控知识。 本报特报特约记者 杨忠军 摄") == nil)
        #expect(Markers.authorNoteName("（作者：刘　强，系中国农业大学教授）") == "刘强")
        #expect(Markers.authorNoteName("（作者：李明）") == "李明")
        #expect(Markers.authorNoteName("（作者为中国农业大学教授）") == nil)
        #expect(Markers.authorNoteName("（作者：中国农业大学乡村振兴研究院）") == nil)
        #expect(Markers.isFurniture("2020年3月5日 星期四"))
        #expect(Markers.isFurniture("第2版"))
        #expect(!Markers.isFurniture("全省春季农业生产工作电视电话会议在沈召开"))
        #expect(Markers.isFurniture("《 人民日报 》（ 2021年01月19日 01 版）"))
        #expect(Markers.isFurniture("人民日报 2021年1月19日 第2版"))
        #expect(Markers.isFurniture("第2版　要闻"))
        #expect(Markers.isFurniture("要闻　第2版") && Markers.isFurniture("理论　第6版") && !Markers.isFurniture("见第2版"))
        #expect(!Markers.isFurniture("2021年1月19日，第2版刊发了评论。"))
        // The web page an article was copied from: its controls and labels, never the paper's text.
        for chrome in [
            "打印本页", "点击播报本文，约", "扫一扫，手机看新闻", "字号：大 中 小", "【纠错】", "推荐阅读", "相关新闻", "人民网－人民日报", "原标题：多地推进城市更新",
            "放大　缩小　默认", "人民网版权所有，未经书面授权禁止使用", "Copyright © 1997-2024 by www.people.com.cn. all rights reserved",
            "[点击查看大图]", "【查看原图】", "（点击图片查看大图）", "点击放大",
        ] {
            #expect(Markers.isFurniture(chrome), "\(chrome)")
        }
        #expect(!Markers.isFurniture("推荐阅读书目受到读者欢迎"))
        #expect(!Markers.isFurniture("放大招") && !Markers.isFurniture("作品版权所有人依法享有署名权。"))
        #expect(!Markers.isFurniture("相关新闻报道引发关注。") && !Markers.isFurniture("查看大图后，他笑了。") && !Markers.isFurniture("（本报记者　王　浩）"))
        #expect(!Markers.isFurniture("人民网记者走进基层"))
        // E-paper running heads in other orders, and the source under a chart.
        #expect(Markers.isFurniture("2022年03月15日 人民日报"))
        #expect(Markers.isFurniture("第04版：要闻"))
        #expect(Markers.isFurniture("人民日报　2022年3月15日　星期二"))
        #expect(Markers.isFurniture("数据来源：国家统计局"))
        // A chart's title and maker: the chart is not in the text.
        #expect(Markers.isFurniture("图表：前7月铁路投资情况") && Markers.isFurniture("制图：张丹峰"))
        #expect(Markers.isFurniture("本版图片均为资料图片"))
        #expect(Markers.isCreditOnly("谢尚国摄（人民视觉）") == ["谢尚国"])
        #expect(Markers.isCreditOnly("汪　峰摄（影像中国）") == ["汪峰"])
        #expect(!Markers.isFurniture("2022年03月15日 晴"))
        #expect(!Markers.isFurniture("2022年全国两会"))
        // What a news site prints around an article copied from it.
        for line in [
            "来源：人民网－人民日报", "2021年06月02日05:38", "2021-06-02 05:38:12", "分享到：", "分享让更多人看到", "返回顶部", "(责编：王震、初梓瑞)",
            "2025年05月06日05:32 | 来源：人民网－人民日报", "小字号", "大字号", "首页 > 时政 > 正文", "当前位置：首页＞新闻中心＞国内新闻",
            "人民网 >> 时政", "上一篇：国务院新闻办举行发布会", "下一篇：多地迎来秋收高峰",
            "2025-11-17 18:32:05　来源：新华网", "2025-11-17 18:32 | 来源：央视网", "光明网首页", "阅读剩余全文（）", "展开全文",
        ] {
            #expect(Markers.isFurniture(line), "\(line)")
        }
        #expect(!Markers.isFurniture("来源：国家统计局，数据显示工业增加值增长。"))
        #expect(!Markers.isFurniture("10:30"))
        #expect(!Markers.isFurniture("2025年05月06日05:32 | 记者王明") && !Markers.isFurniture("小字号的书"))
        #expect(!Markers.isFurniture("首页") && !Markers.isFurniture("2025-11-17 18:32 记者来源不明") && !Markers.isFurniture("展开全文的讨论。"))
        // A site's list of links under its label, item by item; no sentence is such an item.
        #expect(Markers.isLinkListLabel("相关新闻") && Markers.isLinkItem("· 王毅会见法国外长") && !Markers.isLinkItem("· 王毅会见法国外长，双方交换意见。"))
        #expect(!Markers.isFurniture("增速>5%") && !Markers.isFurniture("首页>时政，正文如下。") && !Markers.isFurniture("上一篇文章里，我们谈到了它。"))
        #expect(Markers.parseDatelineNote("（据新华社电）", issueDate: nil)?.text == "据新华社电")
        #expect(Markers.parseDatelineNote("（新华社供稿）", issueDate: nil) == nil)
        let note = Markers.parseDatelineNote("（本报河内10月23日电）", issueDate: IssueDate(year: 2020, month: 10, day: 24))
        #expect(note?.place == "河内")
        #expect(note?.date == IssueDate(year: 2020, month: 10, day: 23))
    }

    /// What a front page prints around its masthead (PDF-to-text keeps it, one item a line or several).
    @Test func mastheadFurniture() {
        for line in [
            "RENMIN RIBAO", "第26588期", "今日24版", "辛丑年正月廿五", "农历庚子年腊月初七", "农历正月十五", "代号1－1", "代号1-1",
            "国内统一连续出版物号", "CN 11－0065", "CN11-0065", "人民日报社出版", "人民网网址：http://www.people.com.cn",
            "第26637期　今日20版", "2021年1月19日", "星期二", "2021年1月19日　星期二　辛丑年正月初七",
            // Inner pages' running heads, whose page number may stand bare beside the label.
            "要闻　2", "2　要闻", "02　要闻　2021年1月19日", "2021.1.19", "国际 17",
            // An e-paper's links and placeholders, and rules between pieces.
            "上一篇　下一篇", "返回目录 | 上一版", "[图片]", "——————", "＊　＊　＊", "------", "◆◆◆",
            // A page's number at its foot, and a stray rule, as PDF-to-text and OCR leave them.
            "- 2 -", "—12—", "·2·", "第2页", "（第2页）", "丨",
        ] {
            #expect(Markers.isFurniture(line), "\(line)")
        }
        for line in [
            "正月十五闹元宵", "十月一日", "二月二", "第3期培训班开班", "今日说法", "周波", "APEC", "WTO", "人民日报社出版的图书",
            "2021年1月19日，国务院常务会议召开。", "庚子年的春天", "要闻 123", "2.44万亿元", "5G", "第3名",
            "……", "■　一线直击", "上一篇报道说", "返回家乡", "2-3", "-2", "2.5", "第2页显示", "丨丨",
        ] {
            #expect(!Markers.isFurniture(line), "\(line)")
        }
    }

    @Test func chineseNumbers() {
        #expect(ChineseNumber.parse("十二".unicodeScalars) == 12)
        #expect(ChineseNumber.parse("二十".unicodeScalars) == 20)
        #expect(ChineseNumber.parse("一百零五".unicodeScalars) == 105)
        #expect(ChineseNumber.parse("１２".unicodeScalars) == 12)
        #expect(ChineseNumber.parse("版".unicodeScalars) == nil)
    }

    @Test func fileNames() {
        let a = Newspapers.metadata(fromFileName: "in/renmin-ribao-2019-10-24-p03.txt")
        #expect(a.newspaper == "人民日报")
        #expect(a.date == IssueDate(year: 2019, month: 10, day: 24))
        #expect(a.page == 3)
        let b = Newspapers.metadata(fromFileName: "liaoning-daily-2020-03-05-p2.txt")
        #expect(b.newspaper == "辽宁日报")
        #expect(b.page == 2)
        let c = Newspapers.metadata(fromFileName: "notes.txt")
        #expect(c.newspaper == nil && c.date == nil && c.page == nil)
        let d = Newspapers.metadata(fromFileName: "some-paper_20200305_p12.txt")
        #expect(d.newspaper == "some-paper" && d.page == 12)
        // A slug of several words that begins with another paper's: the longer name.
        let e = Newspapers.metadata(fromFileName: "renmin-ribao-haiwaiban-2024-03-01-p05.txt")
        #expect(e.newspaper == "人民日报海外版" && e.page == 5)
        // A province's or city's daily by the place's pinyin, -ribao or -daily, under the name it is printed with.
        #expect(Newspapers.metadata(fromFileName: "hubei-ribao-2025-09-05-p03.txt").newspaper == "湖北日报")
        #expect(Newspapers.metadata(fromFileName: "jiangsu-daily-2025-09-05-p1.txt").newspaper == "新华日报")
        #expect(Gazetteer.homeProvince(ofNewspaper: "新华日报") == "320000" && Gazetteer.homeProvince(ofNewspaper: "湖北日报") == "420000")
        // A slug that joins or splits the name's syllables otherwise.
        #expect(Newspapers.metadata(fromFileName: "zhongguo-funvbao-2025-11-21-p03.txt").newspaper == "中国妇女报")
        #expect(Newspapers.metadata(fromFileName: "renminribao-2025-11-21-p03.txt").newspaper == "人民日报")
    }

    /// Letters, speeches and laws: what each of their set lines is.
    @Test func lettersSpeechesAndLaws() {
        for t in ["中国石油大学（北京）克拉玛依校区的同学们：", "亲爱的小朋友们：", "尊敬的各位来宾：", "编辑同志："] {
            #expect(Markers.isSalutation(t), "\(t)")
        }
        // A sentence before the colon, or the rest of a cut salutation, is none.
        for t in ["他告诉同学们：", "据介绍，同学们：", "学们：", "会议强调："] {
            #expect(!Markers.isSalutation(t), "\(t)")
        }
        #expect(Markers.isClosingWish("祝你们毕业顺利、前程似锦！"))
        #expect(!Markers.isClosingWish("祝贺神舟十三号载人飞行任务圆满成功！"))
        #expect(Markers.opensLawArticle("第三条　本法所称数据，是指…"))
        #expect(!Markers.opensLawArticle("第三条高速公路建成通车。"))
        #expect(ArticleSegmenter.isNumberedSubhead("第一章　总　　则"))
        #expect(ArticleSegmenter.isNumberedSubhead("第二部分　主要任务"))
        #expect(ArticleSegmenter.isNumberedSubhead("目　　录"))
        #expect(!ArticleSegmenter.isNumberedSubhead("第一章节奏很快"))
        #expect(!ArticleSegmenter.isNumberedSubhead("第三条　本法所称数据"))  // a law's article is a sentence
        #expect(ArticleSegmenter.isOfficeAndName("中华人民共和国主席　习近平"))
        #expect(ArticleSegmenter.isOfficeAndName("国务院总理　李　强"))
        #expect(!ArticleSegmenter.isOfficeAndName("坚定信心　稳中求进"))
    }

    /// Letters signed by a reader, or by place and name: the writer.
    @Test func letterSignatures() {
        #expect(Markers.signatureName("某省某县读者　刘　明") == "刘明")
        #expect(Markers.signatureName("河南郑州　王秀兰") == "王秀兰")
        #expect(Markers.signatureName("北京市朝阳区　李　明") == "李明")
        #expect(Markers.isSignOff("四川成都　赵永刚"))
        #expect(Markers.signatureName("本报记者　王秀兰") == nil)  // a role, not a place
        #expect(Markers.signatureName("坚定信心　稳中求进") == nil)
        #expect(Markers.signatureName("河南郑州") == nil)
        #expect(Markers.isSectionLabel("民生·来信"))
    }

    /// A book note's publisher in brackets closes it as an author's note does; 新书架 labels a column.
    @Test func bookNotes() {
        #expect(Markers.isAuthorNote("（中华书局出版）") && Markers.isAuthorNote("（人民出版社2024年1月出版）"))
        #expect(!Markers.isAuthorNote("（中华书局）") && !Markers.isAuthorNote("中华书局出版"))
        #expect(ArticleSegmenter.isColumnLabel("新书架") && !ArticleSegmenter.isColumnLabel("书架"))
        #expect(ArticleSegmenter.authorNames("李　静") == ["李静"])
    }

    /// Notices: 公　　告 over its number, signed by a body and dated where it was signed; a correction.
    @Test func noticesAndCorrections() {
        #expect(Markers.isDateLine("2023年3月12日于北京") && Markers.isDateLine("2023年3月12日　于北京"))
        #expect(!Markers.isDateLine("2023年3月12日于北京召开会议") && !Markers.isDateLine("2023年3月12日电"))
        #expect(Markers.isSignOff("中华人民共和国第十四届全国人民代表大会第一次会议主席团"))
        #expect(Markers.isSignOff("某某市人民政府"))
        for t in ["公　　告", "更　正", "讣告"] {
            #expect(Markers.isDocumentTitle(t), "\(t)")
            #expect(ArticleSegmenter.authorNames(t) == nil, "\(t)")  // 公 and 更 are family names too
        }
        #expect(ArticleSegmenter.authorNames("高　峰") == ["高峰"])
        #expect(Markers.isLetterSpaced("公　　告") && Markers.isLetterSpaced("坚 定 不 移") && !Markers.isLetterSpaced("小木耳　大产业"))
        // 第五号 is an ordinal and its measure, not 第五 (a compound family name) and a given name.
        #expect(!Surnames.looksLikeName("第五号") && !Surnames.looksLikeName("第五届") && Surnames.looksLikeName("第五伦"))
        // A title or quotation left open, or closed but never opened, is a cut, no heading.
        #expect(!Markers.isHeadingShaped("本报3月11日第6版《春耕时节", maxColumns: 44))
        #expect(!Markers.isHeadingShaped("农事忙》一文中", maxColumns: 44))
        #expect(Markers.isHeadingShaped("学习《数据安全法》", maxColumns: 44))
        #expect(Markers.isHeadingShaped("本报3月11日第6版《春耕时节", maxColumns: 44, cutAtEnd: true))
    }

    /// A line ending in 至 after a verb or as a preposition (诉至, 截至, 增至) is a sentence cut before the place, time or
    /// figure it reaches, never a heading; 冬至 and 夏至 end headings.
    @Test func aLineEndingInZhiBeforeItsObjectIsNoHeading() {
        for cut in ["王某将店铺经营者诉至", "截至", "全市常住人口增至", "活动时间延长至"] {
            #expect(!Markers.isHeadingShaped(cut, maxColumns: 44))
        }
        #expect(Markers.isHeadingShaped("今日冬至", maxColumns: 44))
        let page = ArticleSegmenterTests.clip(
            ["以案说法", "网购退货不能随意排除", "本报记者　张　璁", "2024年5月，消费者王某购买了一台笔记本电脑，店铺拒绝退货。", "王某将店铺经营者诉至", "北京互联网法院，请求判令对方退还货款。"]
                .joined(separator: "\n\n"))
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.paragraphs.last?.text == "王某将店铺经营者诉至北京互联网法院，请求判令对方退还货款。")
    }

    /// A three-character name letter-spaced at the end of a byline (本报记者 王 轶 辰, as OCR or PDF-to-text prints
    /// it) is one name; padded two-character names in a list are still pairs, and a credit's 摄 is no third character.
    @Test func aLetterSpacedThreeCharacterNameInAByline() {
        #expect(Markers.parseLead("本报记者 王 轶 辰", issueDate: nil)?.0.reporters == ["王轶辰"])
        #expect(Markers.parseFootByline("（本报记者　王　轶　辰）") == ["王轶辰"])
        #expect(Markers.parseLead("本报记者　王　浩　李　明", issueDate: nil)?.0.reporters == ["王浩", "李明"])
        #expect(Markers.parseLead("本报记者　王　浩", issueDate: nil)?.0.reporters == ["王浩"])
        let page = ArticleSegmenterTests.clip("我国新能源汽车产销连续10年位居全球第一\n本报记者 王 轶 辰\n本报北京12月9日讯 记者从中国汽车工业协会获悉，今年1至11月，我国新能源汽车产销分别完成1380万辆和1370万辆。")
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.reporters == ["王轶辰"])
    }

    /// A slash between a role and its names, as Guangdong's papers print a lead (南方日报讯　（记者/黄颖　通讯员/粤发改）):
    /// the lead with its reporters, not the text's first words; 文/图 before a byline still credits text and pictures.
    @Test func aSlashBetweenARoleAndItsNames() {
        let lead = Markers.parseLead("南方日报讯　（记者/黄颖　通讯员/粤发改）12日，记者从省发展改革委获悉。", issueDate: nil)
        #expect(lead?.0.reporters == ["黄颖", "粤发改"])
        #expect(lead.map { String("南方日报讯　（记者/黄颖　通讯员/粤发改）12日，记者从省发展改革委获悉。".unicodeScalars.dropFirst($0.bodyStart)) } == "12日，记者从省发展改革委获悉。")
        #expect(Markers.parseLead("文/图　南方日报记者　刘　力", issueDate: nil)?.0.reporters == ["刘力"])
        #expect(Markers.parseLead("本报记者　赵　敏　文/图", issueDate: nil)?.0.reporters == ["赵敏"])
    }
}

extension MarkersTests {
    /// Any role opens a byline lead, the paper's name left out: 见习记者　李　丽, 特约记者　王　强　张　伟 (not prose that opens
    /// with a role word and names no one).
    @Test func anyRoleOpensABylineLead() {
        #expect(Markers.parseLead("见习记者　李　丽", issueDate: nil)?.0.reporters == ["李丽"])
        #expect(Markers.parseLead("特约记者　王　强　张　伟", issueDate: nil)?.0.reporters == ["王强", "张伟"])
        #expect(Markers.parseLead("首席记者们都来了。", issueDate: nil) == nil)
    }
}

extension MarkersTests {
    /// City papers' reporters for all their media (广州日报讯（全媒体记者　李天研）, 本报讯（融媒体记者　王　芳）) are
    /// reporters, not a name 全媒体; an outlet joined to another by a slash or ending in 视频 is an outlet (扬子晚报/紫牛新闻记者,
    /// 大河报·豫视频记者); what the reporter did before a slash is not (文/南方日报记者　王　彪　图/南方日报记者　张　梓).
    @Test func allMediaReportersAndJoinedOutlets() {
        #expect(Markers.parseLead("广州日报讯（全媒体记者　李天研　通讯员　穗卫宣）广州市卫健委昨天发布消息。", issueDate: nil)?.0.reporters == ["李天研", "穗卫宣"])
        #expect(Markers.parseLead("本报讯（融媒体记者　王　芳）近日，本市首个托育点开园。", issueDate: nil)?.0.reporters == ["王芳"])
        #expect(Markers.parseLead("扬子晚报/紫牛新闻记者　沈　昭", issueDate: nil)?.0.source == "扬子晚报/紫牛新闻")
        #expect(Markers.parseLead("大河报·豫视频记者　李　岚", issueDate: nil)?.0.reporters == ["李岚"])
        let credit = Markers.parseLead("文/南方日报记者　王　彪　图/南方日报记者　张　梓", issueDate: nil)
        #expect(credit?.0.reporters == ["王彪"])
    }
}

extension MarkersTests {
    /// Every staff credit holds one of the marks the furniture check reads them under, so none goes unasked; and a
    /// line with a credit's mark but not the credit is no furniture for it.
    @Test func staffCreditsAreFiledUnderTheirMarks() {
        for credit in Markers.staffCredits {
            #expect(Markers.creditMarkList.contains { credit.unicodeScalars.contains($0) }, "\(credit)")
            #expect(Markers.isFurniture("\(credit)　李　明"), "\(credit)")
        }
        #expect(Markers.isFurniture("本版编辑：王　蕾"))
        #expect(!Markers.isFurniture("统计局数据显示"))
    }
}

extension MarkersTests {
    /// A signature is Han characters and blanks, or such in brackets with blanks around them; a mark anywhere else
    /// makes the line none.
    @Test func signaturesHoldHanCharactersAndBlanksOnly() {
        #expect(Markers.signatureName("　（河南周口　陈小红）　") == "陈小红")
        #expect(Markers.signatureName("（河南周口　陈小红）。") == nil && !Markers.isSignOff("（河南周口　陈小红）。"))
        #expect(Markers.signatureName("河北石家庄读者　刘　洋。") == nil && !Markers.isSignOff("河北石家庄读者，刘　洋"))
        #expect(Markers.isSignOff("河北石家庄读者　刘　洋"))
    }
}

extension MarkersTests {
    /// Names before the first role (李建文　本报特约记者　张　磊) are reporters too, where the whole line is names and roles;
    /// a role at the line's start keeps the ordinary reading, and no outlet's name ends in 本报 after a name
    /// (张守坤本报通讯员: 张守坤 and 本报通讯员).
    @Test func namesBeforeTheFirstRole() {
        let lead = Markers.parseLead("■李建文　本报特约记者　张　磊", issueDate: nil)?.0
        #expect(lead?.reporters == ["李建文", "张磊"] && lead?.source == "本报")
        #expect(Markers.parseLead("李建文　王　伟　本报记者　张　磊", issueDate: nil)?.0.reporters == ["李建文", "王伟", "张磊"])
        let ordinary = Markers.parseLead("本报记者　王　锦　通讯员　李　鹏", issueDate: nil)?.0
        #expect(ordinary?.reporters == ["王锦", "李鹏"] && ordinary?.source == "本报")
        #expect(Markers.parseLead("本报记者　张守坤本报通讯员　李　想", issueDate: nil)?.0.reporters == ["张守坤", "李想"])
        #expect(Markers.outletRole(Array("坤本报通讯员".unicodeScalars), at: 0) == nil)
        #expect(Markers.outletRole(Array("经济日报记者".unicodeScalars), at: 0) == "经济日报记者")
        // (Text that runs on past the names is no byline.)
        #expect(Markers.namesBeforeRole("李建文　本报记者　张磊说，训练场就是战场。") == nil)
    }

    /// A hard wrap that took the blank between a lead's last name and a text opening with a quote or a title mark
    /// (记者董凡超　| “3·15”…) leaves the name right before the mark: the name is still the reporter's.
    @Test func aReporterRightBeforeAnOpeningQuote() {
        let lead = Markers.parseLead("本报北京3月14日讯　记者董凡超“3·15”国际消费者权益日前夕，最高人民检察院发布典型案例。", issueDate: nil)
        #expect(lead?.0.reporters == ["董凡超"])
        #expect(Markers.parseLead("本报讯　记者王　强《民法典》实施以来，各地加强普法。", issueDate: nil)?.0.reporters == ["王强"])
    }

    /// An essay's author letter-spaced alone under its title (刘　醒　龙) is its author, as a padded two-character name is: it had
    /// read as the subtitle.
    @Test func aLetterSpacedAuthorAloneUnderATitle() {
        #expect(ArticleSegmenter.authorNames("刘　醒　龙") == ["刘醒龙"] && ArticleSegmenter.authorNames("王　干") == ["王干"])
        let page = ArticleSegmenterTests.clip(["大地漫笔", "山村的灯火", "刘　醒　龙", "　　小时候，山村的夜晚是黑的。一盏煤油灯，照着母亲缝补的身影。",
                                               "　　如今，路灯亮了，村里的年轻人在直播间里卖山货，灯火彻夜不熄。"].joined(separator: "\n"))
        #expect(page.articles.map(\.headline) == ["山村的灯火"])
        #expect(page.articles.first?.reporters == ["刘醒龙"] && page.articles.first?.subtitle == nil)
    }
}

extension MarkersTests {
    /// What a national daily's e-paper prints over each article, as a copy of its page keeps it: the link to the paper's
    /// archive and the row of buttons the copy ran together (放大缩小全文复制). Both had headed a piece of their own, over the
    /// article's real headline. Not a headline that opens like a button, nor a sentence naming the archive.
    @Test func ePaperButtonsAndArchiveLink() {
        // (放大缩: a run whose last button is cut to one character.)
        Self.expectFurniture(
            ["返回目录  放大缩小全文复制    上一篇  下一篇", "放大缩小全文复制", "人民日报图文数据库(1946-2021)", "人民日报图文数据库（1946-2021）"],
            not: ["放大招", "放大缩", "复制粘贴要不得", "返回家乡创业", "人民日报图文数据库上线，读者可免费查阅。"])
    }
}

extension MarkersTests {
    /// An e-paper app's head: its name (人民日报电子报), which had been read as a lead 人民日报电 over a text 子报…, and the
    /// paper's name, date and weekday run together (人民日报2025.12.22星期一), which had headed the page's first piece.
    @Test func ePaperAppHead() {
        #expect(Markers.parseLead("人民日报电子报", issueDate: nil) == nil)
        #expect(Markers.parseLead("新华社电视新闻", issueDate: nil) == nil)
        #expect(Markers.parseLead("新华社电　国务院日前印发通知。", issueDate: nil)?.0.source == "新华社")
        #expect(Markers.isMasthead("人民日报电子报"))
        Self.expectFurniture(
            ["人民日报2025.12.22星期一", "人民日报2025年12月22日星期一", "光明日报2025年12月22日"], not: ["人民日报2025年将推出新栏目", "人民日报2025.12.22刊发评论员文章"])
    }
}

extension MarkersTests {
    /// The time a site put an article online behind its label, with its source beside it (发布时间:2024-09-07 13:29:50 来源:
    /// sp20240907): furniture. It had stood as the subtitle of the page's first piece. Not a notice's time of a meeting.
    @Test func publishedTimeBehindItsLabel() {
        Self.expectFurniture(
            ["发布时间:2024-09-07 13:29:50 来源: sp20240907", "发布时间：2024年09月07日 13:29", "发布日期：2024-09-07 13:29:50　来源：中国青年报"],
            not: ["时间：2024年3月5日14:00", "发布时间：2024年3月5日，地点待定。"])
    }
}

extension MarkersTests {
    /// Names before an outlet's role, set apart by ideographic spaces (郑欣宜　中青报·中青网记者　宋宝颖), are a byline as
    /// they are with ASCII spaces: the search for the role had looked at the first 36 bytes only, twelve characters, and
    /// missed it behind the wider blank.
    @Test func namesBeforeAnOutletRoleWithIdeographicSpaces() {
        for line in ["郑欣宜 中青报·中青网记者 宋宝颖", "郑欣宜　中青报·中青网记者　宋宝颖", "郑欣宜、李　明　中青报·中青网记者　宋宝颖"] {
            #expect(Markers.parseLead(line, issueDate: nil)?.0.reporters.last == "宋宝颖", "\(line)")
            #expect(Markers.parseLead(line, issueDate: nil)?.0.reporters.first == "郑欣宜", "\(line)")
        }
    }
}

extension MarkersTests {
    /// Each of `furniture` is furniture and none of `text` is.
    static func expectFurniture(_ furniture: [String], not text: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for line in furniture { #expect(Markers.isFurniture(line), "\(line)", sourceLocation: sourceLocation) }
        for line in text { #expect(!Markers.isFurniture(line), "\(line)", sourceLocation: sourceLocation) }
    }
}
