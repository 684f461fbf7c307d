import Foundation
import Testing

@testable import JianbaoCore

/// The hand-annotated sentences of Fixtures/entities-annotated.json (the traps of issue 4), scored
/// per entity type; and the specimen's entity fields through the shared scorer (SpecimenTests).
@Suite struct EntityExtractorTests {
    struct Gold {
        var text: String
        var issueDate: IssueDate?
        var people: [(String, [String])]
        var places: [(String, String?)]
        var organizations: [String]
        var dates: [String]
        var note: String
    }

    static func gold() throws -> [Gold] {
        let data = try Data(contentsOf: Fixtures.directory.appendingPathComponent("entities-annotated.json"))
        let doc = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (doc["sentences"] as! [[String: Any]]).map { s in
            Gold(
                text: s["text"] as! String, issueDate: IssueDate(iso: s["issueDate"] as! String),
                people: (s["people"] as! [[String: Any]]).map { ($0["name"] as! String, $0["titles"] as! [String]) },
                places: (s["places"] as! [[Any]]).map { ($0[0] as! String, $0[1] as? String) },
                organizations: s["organizations"] as! [String], dates: s["dates"] as! [String], note: s["note"] as! String)
        }
    }

    struct Tally {
        var tp = 0
        var predicted = 0
        var gold = 0
        var f1: Double {
            let p = predicted == 0 ? 1 : Double(tp) / Double(predicted)
            let r = gold == 0 ? 1 : Double(tp) / Double(gold)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        mutating func add(_ got: [String], _ want: [String]) {
            predicted += got.count
            gold += want.count
            var rest = want
            for g in got { if let i = rest.firstIndex(of: g) { rest.remove(at: i); tp += 1 } }
        }
    }

    static func foldPlace(_ s: String) -> String {
        for suffix in ["自治区", "省", "市", "区", "县"] where s.hasSuffix(suffix) && s.count > suffix.count { return String(s.dropLast(suffix.count)) }
        return s
    }

    @Test func annotatedSentences() throws {
        var people = Tally(), places = Tally(), orgs = Tally(), dates = Tally()
        var titlesExact = 0, titlesTotal = 0, codesRight = 0, codesTotal = 0
        var misses: [String] = []
        for g in try Self.gold() {
            let e = EntityExtractor.extract([g.text], issueDate: g.issueDate, homeProvince: "210000")
            let before = (people.tp, places.tp, orgs.tp, dates.tp)
            people.add(e.people.map(\.name), g.people.map(\.0))
            places.add(e.places.map { Self.foldPlace($0.name) }, g.places.map { Self.foldPlace($0.0) })
            orgs.add(e.organizations, g.organizations)
            dates.add(e.dates.map(\.iso), g.dates)
            for (name, titles) in g.people {
                if let p = e.people.first(where: { $0.name == name }) {
                    titlesTotal += 1
                    if Set(p.titles) == Set(titles) { titlesExact += 1 } else { misses.append("titles \(name): \(p.titles) ≠ \(titles)") }
                }
            }
            for (name, code) in g.places where code != nil {
                if let p = e.places.first(where: { Self.foldPlace($0.name) == Self.foldPlace(name) }) {
                    codesTotal += 1
                    if p.code == code { codesRight += 1 } else { misses.append("code \(name): \(p.code ?? "nil") ≠ \(code!)") }
                }
            }
            let after = (people.tp, places.tp, orgs.tp, dates.tp)
            let wanted = g.people.count + g.places.count + g.organizations.count + g.dates.count
            let got = e.people.count + e.places.count + e.organizations.count + e.dates.count
            let hits = (after.0 - before.0) + (after.1 - before.1) + (after.2 - before.2) + (after.3 - before.3)
            if hits != wanted || got != wanted {
                misses.append("\(g.text) — people \(e.people.map(\.name)) places \(e.places.map(\.name)) orgs \(e.organizations) dates \(e.dates.map(\.iso)) [\(g.note)]")
            }
        }
        let report = "people F1 \(people.f1), places F1 \(places.f1), organizations F1 \(orgs.f1), dates F1 \(dates.f1), titles \(titlesExact)/\(titlesTotal), codes \(codesRight)/\(codesTotal)\n" + misses.joined(separator: "\n")
        #expect(people.f1 >= 0.95, "\(report)")
        #expect(places.f1 >= 0.95, "\(report)")
        #expect(orgs.f1 >= 0.95, "\(report)")
        #expect(dates.f1 == 1.0, "\(report)")
        #expect(Double(titlesExact) >= 0.95 * Double(titlesTotal), "\(report)")
        #expect(codesRight == codesTotal, "\(report)")
    }

    /// A 和 inside a department's name (工业和信息化部) does not cut the title chain; one between
    /// two titles does (省委书记和省长).
    @Test func titlesThroughDepartmentNamesWithHe() {
        let cases: [(String, String, [String])] = [
            ("——访工业和信息化部部长肖亚庆", "肖亚庆", ["工业和信息化部部长"]),
            ("住房和城乡建设厅厅长王刚说，要加快建设。", "王刚", ["住房和城乡建设厅厅长"]),
            ("国家发展和改革委员会主任何立峰表示，经济向好。", "何立峰", ["国家发展和改革委员会主任"]),
            ("省委书记和省长王某出席会议。", "王某", ["省长"]),
            // (The 经 of 总经理 cuts no chain, as 经 before a title does.)
            ("昆明某物流公司总经理张建国说。", "张建国", ["昆明某物流公司总经理"]),
            // (Nor a one-character cut word that opens a noun inside the body's name: 经济, 对外, 和平.)
            ("中国宏观经济研究院研究员张林山说。", "张林山", ["中国宏观经济研究院研究员"]),
            ("对外经济贸易大学校长赵忠秀表示。", "赵忠秀", ["对外经济贸易大学校长"]),
            ("会议由副省长王某主持。", "王某", ["副省长"]),
            // (A squad's leader, 班长, is a title too.)
            ("国网南昌供电公司抢修班班长邓文华接到报修电话后赶赴现场。", "邓文华", ["国网南昌供电公司抢修班班长"]),
        ]
        for (text, name, titles) in cases {
            let people = EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people
            #expect(people.first { $0.name == name }?.titles == titles, "\(text): \(people)")
        }
    }

    /// A foreign place that starts inside a word, its rest a place itself (德国首都柏林), is the shorter place: 柏林, no
    /// 都柏林; a division of China's stays whole (在内蒙古鄂尔多斯). Two countries' short names before their ties (巴中文化交流,
    /// 巴中两国) name no 巴中 of Sichuan; 四川巴中 still does.
    @Test func placesInsideWordsAndTwoCountriesTies() {
        let names = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).places.map(\.name) }
        #expect(names("在德国首都柏林，一名工作人员布置展台。") == ["德国", "柏林"])
        #expect(names("矿车在内蒙古鄂尔多斯投入运营。").contains("内蒙古"))
        #expect(names("巴西圣保罗州州长说，巴中文化交流源远流长。") == ["巴西", "圣保罗"])
        #expect(names("四川巴中的红叶正红。").contains("巴中"))
    }

    /// A verb after a title over the noun that closes the line is no name: 院士谈科普 names no one.
    @Test func aTitleOverAVerbAndItsNounNamesNoOne() {
        #expect(EntityExtractor.extract(["院士谈科普"], issueDate: nil, homeProvince: nil).people.isEmpty)
        #expect(EntityExtractor.extract(["院士谈家栋说，要重视科普。"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["谈家栋"])
        // Three characters that make a word no name-tag marks (通电话): the word, not a name, after a title with no name.
        let call = EntityExtractor.extract(["习近平同法国总统通电话", "国家主席习近平应约同法国总统马克龙通电话。"], issueDate: nil, homeProvince: nil)
        #expect(call.people.map(\.name) == ["习近平", "马克龙"], "\(call.people)")
        // A preposition after a title over another country's post opens no name (中国驻越南大使|在致辞中表示).
        #expect(EntityExtractor.extract(["中国驻越南大使在致辞中表示，青年是生力军。"], issueDate: nil, homeProvince: nil).people.isEmpty)
    }

    /// Names listed right after their university, closed by 等 and the team they form.
    @Test func namesListedAfterTheirBody() {
        let e = EntityExtractor.extract(["中国科学技术大学潘建伟、陆朝阳等组成的研究团队取得突破。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["潘建伟", "陆朝阳"])
        #expect(!e.places.contains { $0.name == "朝阳" })
    }

    /// 等 closing a list of office-holders ends the name before it, whatever word the name's last character makes
    /// with 等 (覃伟中等参加: not 覃伟 and 中等); a two-character name before 等 stays two (王平等).
    @Test func aNameBeforeTheListsCloseEndsThere() {
        let e = EntityExtractor.extract(["外交部部长王毅，深圳市市长覃伟中等参加会见。", "副市长王平等陪同。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["王毅", "覃伟中", "王平"], "\(e.people)")
    }

    /// A sports report names its players by what they score (李盈莹贡献18分, 张伟打进两球); 中国队夺得冠军 names no one.
    @Test func playersBeforeSportsVerbs() {
        let e = EntityExtractor.extract(["李盈莹贡献18分，张伟打进两球。中国队夺得冠军。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["李盈莹", "张伟"])
    }

    /// After an everyday role (队友, 学生, 组合) a name needs its verb or a separator: 队友李文龙获得银牌,
    /// 学生王小雨说, a pair 中国组合范苏圆/凌智以7∶6…; 市民宣传 and 村民安置 name no one.
    @Test func namesAfterEverydayRoles() {
        let people = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people }
        #expect(people("队友李文龙获得银牌。").map(\.name) == ["李文龙"])
        #expect(people("五年级学生王小雨说。").map(\.titles) == [["五年级学生"]])
        #expect(people("中国组合范苏圆/凌智以7∶6战胜瑞士组合。").map(\.name) == ["范苏圆", "凌智"])
        #expect(people("志愿者向市民宣传防控知识，村民安置工作有序推进。").isEmpty)
        #expect(people("在湖北省宜昌市从事巡护工作的退捕渔民周德华说。").map(\.titles) == [["退捕渔民"]])
        #expect(people("律师王建平指出，合同无效。").map(\.name) == ["王建平"])
        #expect(people("工人安置工作有序推进。").isEmpty)
        // A photo caption's note of where the person stands is as good a sign: 队员李盈莹（右）扣球; a player's post
        // is a title (主攻手李盈莹连续得分).
        #expect(people("图为比赛中，中国队队员李盈莹（右）扣球。").map(\.name) == ["李盈莹"])
        #expect(people("队员王磊（前排左三）与队友合影。").map(\.name) == ["王磊"])
        #expect(people("随后，主攻手李盈莹连续得分。").map(\.titles) == [["主攻手"]])
        #expect(people("队员训练（左）").isEmpty && people("队员们（右）在训练。").isEmpty)
        // The heads of a ministry's department, of an administration, of a brigade (司长, 署长, 旅长) are titles too.
        #expect(people("海关总署统计分析司司长吕大良表示，外贸稳步增长。").map(\.titles) == [["海关总署统计分析司司长"]])
        #expect(people("海关总署署长孙梅君出席。").map(\.name) == ["孙梅君"] && people("公司长期坚持创新。").isEmpty)
    }

    /// A line of names set apart by spaces names every one (肖　捷 is 肖捷, 铁　凝 铁凝); names listed with 、 after a title
    /// share it, with a dotted name (帕巴拉·格列朗杰) or a family name the lexicon lacks (咸辉) among them.
    @Test func listsOfNames() {
        let people = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people }
        #expect(people("赵乐际　李鸿忠　肖　捷　铁　凝　洛桑江村　雪克来提·扎克尔").map(\.name) == ["赵乐际", "李鸿忠", "肖捷", "铁凝", "洛桑江村", "雪克来提·扎克尔"])
        #expect(!Markers.isNameListLine("坚定信心　稳中求进") && !Markers.isNameListLine("学习　思考　实践　创新　发展"))
        #expect(!Markers.isHeadingShaped("赵乐际　李鸿忠　王东明　肖　捷　郑建邦", maxColumns: 60))
        let listed = people("全国政协副主席石泰峰、帕巴拉·格列朗杰、穆虹、咸辉、王东峰出席会议。")
        #expect(listed.map(\.name) == ["石泰峰", "帕巴拉·格列朗杰", "穆虹", "咸辉", "王东峰"])
        #expect(listed.allSatisfy { $0.titles == ["全国政协副主席"] })
    }

    /// Names listed with 、 and closed by 等 and a word for people are people (出席会议的有：王忠林、李荣灿、张文兵等省领导);
    /// common words so listed are not (孔雀、白鹭等鸟类, 江苏、浙江等地).
    @Test func listsClosedByDeng() {
        let names = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.map(\.name) }
        #expect(names("出席会议的有：王忠林、李荣灿、张文兵等省领导。") == ["王忠林", "李荣灿", "张文兵"])
        #expect(names("张伟、李娜等3人获奖。") == ["张伟", "李娜"])
        #expect(names("孔雀、白鹭等鸟类在此栖息。").isEmpty)
        #expect(names("江苏、浙江等地气温偏高。").isEmpty)
    }

    /// Names listed with 、 and closed by the list's verb, or by 和 and one more named with a title, are people — a
    /// dotted name, a four-character one or a family name the lexicon lacks among them (…洛桑江村、雪克来提·扎克尔和
    /// 秘书长刘奇出席会议); common words so listed are not (江苏、浙江、上海参加比赛).
    @Test func listsClosedByTheirVerb() {
        let names = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.map(\.name) }
        #expect(names("李鸿忠、王东明、肖捷、何维、铁凝、洛桑江村、雪克来提·扎克尔和秘书长刘奇出席会议。")
            == ["李鸿忠", "王东明", "肖捷", "何维", "铁凝", "洛桑江村", "雪克来提·扎克尔", "刘奇"])
        #expect(names("王忠林、李荣灿出席。") == ["王忠林", "李荣灿"] && names("李鸿忠、王东明、铁凝出席会议。") == ["李鸿忠", "王东明", "铁凝"])
        #expect(names("江苏、浙江、上海参加比赛。").isEmpty && names("老师、学生、家长参加活动。").isEmpty)
        // (So is the first of a list that a body's members open, 委员长会议组成人员李鸿忠、…: 组成人员 is their title.)
        #expect(names("委员长会议组成人员李鸿忠、王东明、肖捷出席会议。") == ["李鸿忠", "王东明", "肖捷"])
        #expect(names("国务院组成人员名单公布。").isEmpty)
    }

    @Test func trapsAreNotEntities() {
        for text in ["白皮书介绍，制度有三个特点。", "落实惠农政策", "由20万平方米扩大", "全面从严治党", "要高度警惕", "较大安全隐患", "经贸合作成果", "会议在沈召开", "各级党组织", "有关部门",
            "迎来了从站起来、富起来到强起来的伟大飞跃", "如今，来书店的年轻人又多了起来。", "双方签署合作协议。", "会议作出部署。", "形成新发展格局",
            "清晨的湿地公园，薄雾还未散去。", "老城区、矿区和管理区的道路都已修通。"] {
            let e = EntityExtractor.extract([text], issueDate: nil, homeProvince: "210000")
            #expect(e.people.isEmpty && e.places.isEmpty && e.organizations.isEmpty, "\(text): \(e)")
        }
        // A province's or city's name over a place that opens with 长 names no 省长 or 市长.
        for text in ["湖南省长沙县的农民在晾晒稻谷。", "吉林省长春市举办冰雪节。", "上海市长宁区新建一座公园。"] {
            #expect(EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.isEmpty, "\(text)")
        }
        #expect(EntityExtractor.extract(["湖南省省长毛伟明出席。"], issueDate: nil, homeProvince: nil).people.map(\.titles) == [["湖南省省长"]])
    }

    /// Appointments name people: 任命 X 为 post gives the post as the title, 免去 X 的 post 职务 the name alone; a
    /// name the dictionary knows as one (张志军) counts.
    @Test func appointments() {
        let e = EntityExtractor.extract(["国务院任免国家工作人员。", "任命张志军为教育部副部长；任命李明华为国家统计局副局长。", "免去王建国的水利部副部长职务。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["张志军", "李明华", "王建国"])
        #expect(e.people.map(\.titles) == [["教育部副部长"], ["国家统计局副局长"], []])
        #expect(EntityExtractor.extract(["任命制度不断完善。"], issueDate: nil, homeProvince: nil).people.isEmpty)
    }

    /// A one-character suffix that ends a common word (签署, 格局) ends no organization.
    @Test func suffixesInsideWords() {
        let e = EntityExtractor.extract(["云南大学与老挝国立大学签署合作协议，国家统计局部署调查。"], issueDate: nil, homeProvince: nil)
        #expect(e.organizations == ["云南大学", "老挝国立大学", "国家统计局"])
        // No body's name holds a particle: 新中国在西藏建立的第一所综合性大学 names none.
        let particle = EntityExtractor.extract(["西藏大学是新中国在西藏建立的第一所综合性大学。"], issueDate: nil, homeProvince: nil)
        #expect(particle.organizations == ["西藏大学"])
    }

    /// A byline or credit in brackets inside the text names the article's reporters or photographers,
    /// not people of the text; a reporter the text itself names is one.
    @Test func bracketedBylinesNameNoPeople() {
        for text in ["专家表示，要坚持生态优先。（本报记者　刘　毅）", "专家表示，要坚持生态优先。（本报记者刘毅）", "游客在湖边游览。（新华社记者 王浩 摄）"] {
            #expect(EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.isEmpty, "\(text)")
        }
        #expect(EntityExtractor.extract(["新华社记者王浩在现场看到，工人们正在施工。"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["王浩"])
    }

    @Test func doctrinesAndInterviewSubtitles() {
        let doctrine = EntityExtractor.extract(["学习马克思主义理论，坚持马克思列宁主义。"], issueDate: nil, homeProvince: nil)
        #expect(doctrine.people.isEmpty, "\(doctrine.people)")
        let interview = EntityExtractor.extract(["——访某研究院院长李明"], issueDate: nil, homeProvince: nil)
        #expect(interview.people.map(\.name) == ["李明"])
        #expect(interview.people.first?.titles == ["某研究院院长"])
        // A two-character name spaced to three characters' width after its title.
        let spaced = EntityExtractor.extract(["——访全国人大代表、中国科学院院士王　强"], issueDate: nil, homeProvince: nil)
        #expect(spaced.people.map(\.name) == ["王强"])
        #expect(spaced.people.first?.titles == ["全国人大代表", "中国科学院院士"])
        #expect(spaced.mentions.first { $0.kind == .person }.map { $0.end - $0.start } == 3)
        // A body's name ends before its head's title (草原局|副局长), not inside it.
        let dismissed = EntityExtractor.extract(["免去赵明远的国家林业和草原局副局长职务。水利部长期关注此事。"], issueDate: nil, homeProvince: nil)
        #expect(dismissed.organizations == ["国家林业和草原局", "水利部"])
        // A signature: the office set off from its holder's name by a space, the name padded or not.
        let signed = EntityExtractor.extract(["国务院总理　李　强", "中华人民共和国主席　习近平", "2023年3月1日"], issueDate: nil, homeProvince: nil)
        #expect(signed.people.map(\.name) == ["李强", "习近平"])
        #expect(signed.people.map(\.titles) == [["国务院总理"], ["中华人民共和国主席"]])
        // A photo's credit names its photographer, no person the text is about.
        let credit = EntityExtractor.extract(["会场一角。　　本报特约记者　杨忠军　摄"], issueDate: nil, homeProvince: nil)
        #expect(credit.people.isEmpty)
    }

    /// An international page: names with a middle dot wherever they stand (the surname alone elsewhere
    /// is the same person), transliterated names after the titles of other countries and international
    /// bodies (欧盟委员会主席冯德莱恩, not 冯德莱), a Chinese diplomat's name as usual, international bodies.
    @Test func foreignPeopleAndBodies() {
        let e = EntityExtractor.extract(
            [
                "联合国秘书长古特雷斯呼吁加强合作",
                "联合国秘书长安东尼奥·古特雷斯9日在纽约表示，各国应加强合作。欧盟委员会主席冯德莱恩表示，欧盟将提供援助。",
                "中国常驻联合国代表张军在安理会会议上发言。上海合作组织和非洲联盟代表出席会议。",
            ], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["安东尼奥·古特雷斯", "冯德莱恩", "张军"])
        #expect(e.people.map(\.titles) == [["联合国秘书长"], ["欧盟委员会主席"], ["中国常驻联合国代表"]])
        // 联合国 stands only inside titles here: no organization "as such".
        #expect(Set(e.organizations) == ["欧盟", "安理会", "上海合作组织", "非洲联盟"], "\(e.organizations)")
        // A dotted name after a Chinese-looking title is read whole, not as a Chinese name (穆罕默).
        let cairo = EntityExtractor.extract(["埃及开罗大学教授穆罕默德·哈桑日前在接受本报记者采访时表示。"], issueDate: nil, homeProvince: nil)
        #expect(cairo.people.map(\.name) == ["穆罕默德·哈桑"])
        // (烈, 列, 占 and 旺 write transliterations too: 安德烈亚·伦达, not 安德烈; 达旺·占塔拉.)
        let brussels = EntityExtractor.extract(
            ["欧洲政策研究中心研究员安德烈亚·伦达认为，细则寻求平衡。老挝国家工商会副主席达旺·占塔拉说，铁路带来机遇。"], issueDate: nil, homeProvince: nil)
        #expect(brussels.people.map(\.name) == ["安德烈亚·伦达", "达旺·占塔拉"])
        // (So do 历, 山, 大 and 卫, though only in a dotted name: 亚历山大·西尔韦拉, not 亚历山; 大卫·卡梅伦.)
        let dotted = EntityExtractor.extract(
            ["巴西矿产和能源部长亚历山大·西尔韦拉日前表示，巴西将新增装机。英国前首相大卫·卡梅伦说，合作很重要。"], issueDate: nil, homeProvince: nil)
        #expect(dotted.people.map(\.name) == ["亚历山大·西尔韦拉", "大卫·卡梅伦"])
        // (And the rest the set lacks, 翰, 逊, 登 …; commoner ones, 文, 华, 当, only where a dot closes the part, so that a
        // word after the name stays out: 约瑟夫·拜登当选; a particle between dots, 本, stays in.)
        let more = EntityExtractor.extract(
            ["某跨国公司总裁马克·约翰逊说，约瑟夫·拜登当选。演员史蒂文·斯皮尔伯格表示，泰勒·斯威夫特生日当天，穆罕默德·本·萨勒曼会见了他。"],
            issueDate: nil, homeProvince: nil)
        #expect(more.people.map(\.name) == ["马克·约翰逊", "约瑟夫·拜登", "史蒂文·斯皮尔伯格", "泰勒·斯威夫特", "穆罕默德·本·萨勒曼"], "\(more.people.map(\.name))")
        // A crown prince (王储) is a foreign title as a king is: the name after it needs no Chinese family name.
        let prince = EntityExtractor.extract(["沙特王储穆罕默德·本·萨勒曼会见了他。约旦王储侯赛因表示，合作很重要。"], issueDate: nil, homeProvince: nil)
        #expect(prince.people.map(\.name) == ["穆罕默德·本·萨勒曼", "侯赛因"])
        #expect(prince.people.map(\.titles) == [["沙特王储"], ["约旦王储"]])
        // A monarch's regnal number is his name's (查尔斯三世), not a word that opens with it (一世英名).
        let kings = EntityExtractor.extract(["英国国王查尔斯三世说，约旦国王阿卜杜拉二世表示，合作很重要。"], issueDate: nil, homeProvince: nil)
        #expect(kings.people.map(\.name) == ["查尔斯三世", "阿卜杜拉二世"])
        // Sports bodies by the short names the press gives them (中国足协, 国际乒联), which no suffix marks.
        let sport = EntityExtractor.extract(["中国足协日前公布新赛季赛程。国际乒联3月10日发布最新世界排名。"], issueDate: nil, homeProvince: nil)
        #expect(sport.organizations == ["中国足协", "国际乒联"], "\(sport.organizations)")
        // A press secretary's and a spokeswoman's names (佩斯科夫, 扎哈罗娃, not 扎哈罗); 外交部发言人 over
        // a headline's words names no one.
        let moscow = EntityExtractor.extract(
            ["外交部发言人就有关问题答记者问", "俄罗斯总统新闻秘书佩斯科夫说，俄方对此表示关注。俄罗斯外交部发言人扎哈罗娃当天表示反对。"],
            issueDate: nil, homeProvince: nil)
        #expect(moscow.people.map(\.name) == ["佩斯科夫", "扎哈罗娃"])
        // (歇 is a transliteration's too: 法国参议院议长拉尔歇, not 拉尔.)
        let paris = EntityExtractor.extract(["全国政协主席王沪宁11日会见法国参议院议长拉尔歇。", "拉尔歇表示，法方愿加强交流合作。"], issueDate: nil, homeProvince: nil)
        #expect(paris.people.map(\.name) == ["王沪宁", "拉尔歇"])
        #expect(paris.mentions.filter { $0.kind == .person }.map(\.text) == ["王沪宁", "拉尔歇", "拉尔歇"])
        // A match's verb ends the title before a player's name: 以4∶1战胜瑞典选手莫雷高德 (title 瑞典选手).
        let match = EntityExtractor.extract(["樊振东以4∶1战胜瑞典选手莫雷高德，夺得冠军。"], issueDate: nil, homeProvince: nil)
        #expect(match.people.first { $0.name == "莫雷高德" }?.titles == ["瑞典选手"])
    }

    /// Posts of culture and scholarship before a name: an interview's 研究馆员, a lecturer, an heir of a craft, a
    /// calligrapher; and the everyday 工作人员 before the one quoted.
    @Test func postsOfCultureAndScholarship() {
        let e = EntityExtractor.extract(
            ["本报记者专访了国家图书馆研究馆员陈红彦。", "北京大学讲师王晓雨、国家级非遗传承人李桂英和书法家张海出席活动。", "“每一页都要反复校色。”工作人员王莉说。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["陈红彦", "王晓雨", "李桂英", "张海", "王莉"])
        #expect(e.people.first?.titles == ["国家图书馆研究馆员"])
    }

    /// A volleyball team's positions before a player's name (副攻袁心玥, 自由人王梦洁), as a sports report prints them.
    @Test func playersPositions() {
        let e = EntityExtractor.extract(["本场比赛，副攻袁心玥贡献14分，自由人王梦洁多次救起险球。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["袁心玥", "王梦洁"])
        #expect(e.people.map(\.titles) == [["副攻"], ["自由人"]])
    }

    /// A civil-affairs, finance or postal bureau (北京市民政局, 市财政局) is an organization though 政局 is a common word;
    /// so is a customs district (石家庄海关).
    @Test func bureausWhoseNamesEndInACommonWord() {
        let e = EntityExtractor.extract(["记者从北京市民政局获悉，市财政局将安排专项资金。", "当前国际政局复杂多变。"], issueDate: nil, homeProvince: nil)
        #expect(e.organizations == ["北京市民政局", "市财政局"])
        // A customs district is named by its city and 海关 (石家庄海关).
        let customs = EntityExtractor.extract(["记者从石家庄海关获悉，前10个月我省外贸进出口增长6.8%。"], issueDate: nil, homeProvince: nil)
        #expect(customs.organizations == ["石家庄海关"])
    }

    /// A company whose name is a common word (小米, 联想) only where a word naming a company follows it; a quarter
    /// of the compass after a province's one-character name (鲁西北) is part of that province, not the 西北 region.
    @Test func companiesNamedByCommonWordsAndQuartersOfAProvince() {
        let e = EntityExtractor.extract(
            ["锅里的小米粥咕嘟咕嘟地冒着热气，这让人联想到童年。", "小米集团和联想电脑的新品同日发布。", "最低气温：鲁西北零下8摄氏度，西北地区有大风。"],
            issueDate: nil, homeProvince: nil)
        // (小米集团 is named with its suffix, as printed.)
        #expect(e.organizations == ["小米集团", "联想"])
        #expect(e.mentions.filter { $0.kind == .organization }.map(\.unit) == [1, 1])
        #expect(e.mentions.filter { $0.kind == .place }.map(\.text) == ["西北"])
        #expect(e.mentions.first { $0.kind == .place }?.unit == 2)
        // A column's name after a role (记者连线) is no reporter's name; a village school is no organization.
        let other = EntityExtractor.extract(["记者连线：已修复", "在云南丽江的一所乡村小学，每到周五晚上，记者连线：王强介绍。"], issueDate: nil, homeProvince: nil)
        #expect(other.people.map(\.name) == ["王强"] && other.organizations.isEmpty, "\(other.people) \(other.organizations)")
        // (A body anchored before 农村 or 乡村 keeps its name whole.)
        let institute = EntityExtractor.extract(["华中师范大学中国农村研究院发布报告。"], issueDate: nil, homeProvince: nil)
        #expect(institute.organizations == ["华中师范大学中国农村研究院"])
    }

    /// A science page's people: a company's chief officer (首席技术官李明), and names listed after a word for the
    /// university (该校潘建伟、陆朝阳等组成的研究团队) — whose 朝阳 is then no place.
    @Test func chiefOfficersAndNamesAfterTheSchool() {
        let e = EntityExtractor.extract(
            ["某科技公司首席技术官李明在发布会上介绍新模型。", "记者从中国科学技术大学获悉，该校潘建伟、陆朝阳等组成的研究团队构建了量子计算原型机。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["李明", "潘建伟", "陆朝阳"])
        #expect(e.people.first?.titles == ["某科技公司首席技术官"])
        #expect(!e.places.map(\.name).contains("朝阳"))
    }

    /// An organization both fixed and found by its suffix (省委组织部, 省委) is one mention where it is printed.
    @Test func eachOrganizationIsMentionedOnceWhereItIsPrinted() {
        let e = EntityExtractor.extract(["省委组织部通报4起问题。省委、省政府工作要求。党中央决策。"], issueDate: nil, homeProvince: nil)
        #expect(e.mentions.filter { $0.kind == .organization }.map(\.text) == ["省委组织部", "省委", "省政府", "党中央"])
    }

    /// Central enterprises and bodies by the short names the press gives them (中国海油, 国铁集团, 中央农办), no suffix marking
    /// them; and none inside a longer word (全国航空 holds 国航, which is left out).
    @Test func centralEnterprisesByTheirShortNames() {
        let e = EntityExtractor.extract(
            ["记者从中国海油、中国中车、国铁集团、中粮集团获悉，全国航空客运量增长。中国证监会、中央农办负责人答记者问。"], issueDate: nil, homeProvince: nil)
        #expect(e.organizations == ["中国海油", "中国中车", "国铁集团", "中粮集团", "中国证监会", "中央农办"])
    }

    @Test func mentionsCarryOffsets() {
        let e = EntityExtractor.extract(["省委副书记周波出席会议。", "周波指出，沈阳要抓落实。"], issueDate: nil, homeProvince: nil)
        let people = e.mentions.filter { $0.kind == .person }
        #expect(people.map { [$0.unit, $0.start, $0.end] } == [[0, 5, 7], [1, 0, 2]])
        #expect(e.mentions.first { $0.kind == .place }.map { [$0.unit, $0.start] } == [1, 5])
    }

    /// A court's report withholds names (张某, 李某某): they are people wherever they stand, and the body the
    /// accused set up starts after the verb that founded it. 某 as "a certain" (某种, 某地, 某银行) names no one.
    @Test func withheldNamesAndTheBodyAfterItsFoundingVerb() {
        let e = EntityExtractor.extract(
            ["2023年3月至2024年5月，张某伙同李某某等人注册成立杭州某信息科技有限公司，以诈骗罪判处被告人张某有期徒刑十二年。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["张某", "李某某"])
        #expect(e.organizations == ["杭州某信息科技有限公司"])
        let none = EntityExtractor.extract(["在某种程度上，向某地转移，存入某银行账户，当时某人来电。"], issueDate: nil, homeProvince: nil)
        #expect(none.people.isEmpty)
    }

    /// Another country's ministries are named with their country (法国外交部, 美国国务院: not China's 外交部, 国务院), as
    /// are ministries only other countries have (德国联邦经济和气候保护部, Japan's 外务省); a list closed by 等国 is no
    /// one body, and 西部, 干部, a Vietnamese province name no ministry.
    @Test func otherCountriesMinistries() {
        func orgs(_ text: String) -> [String] { EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).organizations }
        #expect(orgs("法国外交部和美国国务院12月22日宣布，中国外交部表示欢迎。") == ["法国外交部", "美国国务院", "外交部"])
        #expect(orgs("据德国联邦经济和气候保护部称，日本外务省当天发表声明。") == ["德国联邦经济和气候保护部", "日本外务省"])
        #expect(orgs("德国、法国、意大利等国政府出台措施，俄罗斯西部和越南广宁省，英国干部。").isEmpty)
        #expect(EntityExtractor.extract(["肯尼亚交通部长基普丘巴·穆尔科门在会上表示"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["基普丘巴·穆尔科门"])
    }

    /// A title runs on through names that hold a word at which titles are cut: a school's name joined by 与
    /// (材料科学与工程学院), as a ministry's joined by 和 does, and a noun ending in one (华为, 埃及). A 与 between two
    /// people still cuts it, and a title that opens a longer word (老师傅) is none.
    @Test func titlesRunThroughNamesHoldingACutWord() {
        let e = EntityExtractor.extract(["项目负责人、浙江大学材料科学与工程学院教授陈立新说，他与研究员王明一起工作。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["陈立新", "王明"])
        #expect(e.people.first?.titles == ["项目负责人", "浙江大学材料科学与工程学院教授"])
        #expect(e.people.last?.titles == ["研究员"])
        // (So does a hospital's department joined by 与: 呼吸与危重症医学科.)
        let h = EntityExtractor.extract(["北京协和医院呼吸与危重症医学科主任医师张力建议，尽早接种疫苗。"], issueDate: nil, homeProvince: nil)
        #expect(h.people.map(\.titles) == [["北京协和医院呼吸与危重症医学科主任医师"]])
        // (Nor is a noun that ends in a cut word a cut: 华为, 埃及, 数据.)
        let g = EntityExtractor.extract(["华为技术有限公司常务董事汪涛介绍，埃及总统塞西表示欢迎。"], issueDate: nil, homeProvince: nil)
        #expect(g.people.map(\.titles) == [["华为技术有限公司常务董事"], ["埃及总统"]])
        #expect(EntityExtractor.extract(["第十四届全国人民代表大会第三次会议在北京开幕。"], issueDate: nil, homeProvince: nil).organizations == ["全国人民代表大会"])
        // (A title that opens a longer word, 老师傅, is none: 傅经验 is no name.)
        let f = EntityExtractor.extract(["以前加工精度全凭老师傅经验，现在有了数字孪生系统。厂长刘建国说。"], issueDate: nil, homeProvince: nil)
        #expect(f.people.map(\.name) == ["刘建国"])
    }

    /// 特区政府 and 自治区政府 are bodies of their own, not the 区政府 inside them (大公報's 特區政府 had given 區政府);
    /// a 管委会 is named whole, not cut at its 委.
    @Test func governmentsNamedWhole() {
        let e = EntityExtractor.extract(["特区政府宣布，自治区政府表示，雄安新区管委会发布通知。"], issueDate: nil, homeProvince: nil)
        #expect(e.organizations == ["特区政府", "自治区政府", "雄安新区管委会"])
        // A body under a named one is named whole (国务院新闻办公室); every body under it (国务院各部委) is none.
        let f = EntityExtractor.extract(["国务院新闻办公室12月30日举行发布会，国务院各部委负责人出席。"], issueDate: nil, homeProvince: nil)
        #expect(f.organizations == ["国务院新闻办公室", "国务院"])
    }

    /// A site's name ends in 网, but no body ends inside a word of 网 (一起网络诈骗案): the court is named, not a run up to 网.
    @Test func noBodyEndsInsideAWordOfItsSuffix() {
        let e = EntityExtractor.extract(["湖南省长沙市岳麓区人民法院近日审结一起网络诈骗案。人民网记者报道。"], issueDate: nil, homeProvince: nil)
        #expect(e.organizations == ["湖南省长沙市岳麓区人民法院", "人民网"])
        // (Nor does a meeting's name end in a body's suffix: 专题协商会 is no 商会.)
        let h = EntityExtractor.extract(["全国政协召开专题协商会。温州商会负责人出席。"], issueDate: nil, homeProvince: nil)
        #expect(h.organizations == ["全国政协", "温州商会"])
        // (Nor does one end in a verb of 网: 并网发电 names no site.)
        let g = EntityExtractor.extract(["我国首台深远海漂浮式风电机组4日在广东阳江海域并网发电。国家电网负责调度。"], issueDate: nil, homeProvince: nil)
        #expect(g.organizations == ["国家电网"])
        // (Nor in a word of 网 newer than the lexicon: 网购, 网店, 网约车.)
        let n = EntityExtractor.extract(["现在村里人网购越来越多，不少农户开起了网店。新华网报道。"], issueDate: nil, homeProvince: nil)
        #expect(n.organizations == ["新华网"])
    }

    /// A name with its title after it opens a clause, as deputies and members are named (陈晓红委员建议, 李斌代表在审议时说);
    /// not a word before such a title (全体代表, 学生代表, 马上代表), nor a preposition before a known name (“向雷锋同志同志学习, the corpus's damage).
    @Test func namesWithTheirTitleAfterThem() {
        let e = EntityExtractor.extract(
            ["陈晓红委员建议，加快发展智慧养老。李斌代表在审议时说，要加大投入。全体代表审议了报告。学生代表说，要珍惜时光。马上代表全家发言。主题为“向雷锋同志同志学习”。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["陈晓红", "李斌", "雷锋"])
        #expect(e.people.first?.titles == ["委员"])
    }

    /// Museums, libraries, exchanges, sub-district offices and research centres are bodies (故宫博物院, 上海证券交易所,
    /// 三里屯街道办事处, 国家并行计算机工程技术研究中心), and so is 全国学联.
    @Test func museumsExchangesAndOffices() {
        let e = EntityExtractor.extract(
            ["故宫博物院今年接待观众超过1700万人次。上海证券交易所发布规则。北京市朝阳区三里屯街道办事处组织活动。共青团中央、全国学联发出倡议。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.organizations == ["故宫博物院", "上海证券交易所", "北京市朝阳区三里屯街道办事处", "共青团中央", "全国学联"])
    }

    /// A Uyghur name's dotted parts hold characters the transliteration set lacks (阿不都热合曼·买买提); the text after
    /// it is none of it.
    @Test func uyghurNamesWithTheirDots() {
        let e = EntityExtractor.extract(["托克扎克镇的农民阿不都热合曼·买买提展示自己种植的西瓜。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["阿不都热合曼·买买提"])
        // (Not a title's rest before a foreign name: 开罗大学教授穆罕默德·哈桑.)
        let f = EntityExtractor.extract(["埃及开罗大学教授穆罕默德·哈桑说，中国经验值得借鉴。"], issueDate: nil, homeProvince: nil)
        #expect(f.people.map(\.name) == ["穆罕默德·哈桑"])
    }

    /// A place that starts where a mountain's name ends is none (贺兰山|东麓 gives no 山东; 黄河 is named itself); a place right
    /// after another is read as before (江苏南通: 苏南 is no word there).
    @Test func noPlaceStartsInsideAMountainsOrRiversName() {
        let e = EntityExtractor.extract(["银川市贺兰山东麓葡萄酒产区位于黄河南岸。"], issueDate: nil, homeProvince: nil)
        #expect(e.places.map(\.name) == ["银川市", "黄河"])
        let f = EntityExtractor.extract(["陈光明同志是江苏南通人。"], issueDate: nil, homeProvince: nil)
        #expect(f.places.map(\.name) == ["江苏", "南通"])
    }

    /// Mongolian and Tibetan names after a title, no family name at their head: 牧民巴特尔, 居民次仁卓玛.
    @Test func mongolianAndTibetanNamesAfterATitle() {
        let e = EntityExtractor.extract(["正蓝旗牧民巴特尔正在给羊群喂草料。八廓街道的居民次仁卓玛说，生活越来越好了。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["巴特尔", "次仁卓玛"])
        // (Whatever follows: their names come from a list.)
        let f = EntityExtractor.extract(["囊谦县的牧民扎西多吉赶着牦牛转场。"], issueDate: nil, homeProvince: nil)
        #expect(f.people.map(\.name) == ["扎西多吉"])
    }

    /// Leaders in the news of late are known by name (印度外长苏杰生, not 苏杰), and 道德模范 is a title.
    @Test func recentLeadersAndModels() {
        let e = EntityExtractor.extract(["印度外长苏杰生当天抵达北京。全国道德模范张桂梅在华坪女子高级中学任校长。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["苏杰生", "张桂梅"])
        #expect(e.people.last?.titles == ["全国道德模范"])
    }

    /// Farmers' and customers' roles name the person after them as 村民 does, with a verb or 一边 after the name:
    /// 种植户刘长海一边…, 茶农陈建华介绍. (Not the role alone: 菜农增收.)
    @Test func farmersAndCustomersRoles() {
        let e = EntityExtractor.extract(["种植户刘长海一边查看烘干塔，一边算着收成账。茶农陈建华介绍，今年春茶品质上乘。菜农增收的关键在于打通销售渠道。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["刘长海", "陈建华"])
        #expect(e.people.first?.titles == ["种植户"])
    }

    /// A family name's character before a measure's noun opens no name (米价也高了, 金价也涨了), though a name so opening a
    /// clause with its function word stays one (李明也来了).
    @Test func aPriceIsNoPerson() {
        let e = EntityExtractor.extract(["“品牌响了，米价也高了。”种植户王秀英说。金价也涨了。李明也来了。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["王秀英", "李明"])
    }

    /// 中东部 is the middle and east of a country, not the Middle East.
    @Test func middleAndEastIsNoMiddleEast() {
        let e = EntityExtractor.extract(["预计我国中东部大部地区气温将下降6至10摄氏度。"], issueDate: nil, homeProvince: nil)
        #expect(e.places.isEmpty)
        let f = EntityExtractor.extract(["中东局势持续紧张。"], issueDate: nil, homeProvince: nil)
        #expect(f.places.map(\.name) == ["中东"])
    }

    /// 博士生导师 and 副总设计师 are titles: 浙江大学教授、博士生导师张宏建.
    @Test func supervisorsAndDesignersAreTitles() {
        let e = EntityExtractor.extract(["浙江大学教授、博士生导师张宏建长期从事相关研究。探测器系统副总设计师彭兢介绍了任务情况。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["张宏建", "彭兢"])
        #expect(e.people.first?.titles == ["浙江大学教授", "博士生导师"])
    }

    /// Titles of offices and trades that had been missing: 行政长官, 劳动模范, 高级技师, 统计师.
    @Test func moreTitles() {
        let e = EntityExtractor.extract(
            ["香港特区行政长官李家超在施政报告中提出多项措施。全国劳动模范、中铁十一局集团有限公司高级技师张华说，劳动最光荣。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["李家超", "张华"])
        #expect(e.people.last?.titles == ["全国劳动模范", "中铁十一局集团有限公司高级技师"])
        // (A champion is named after the title: 北京冬奥会冠军谷爱凌. A country's side in talks is no one: 欧方愿同中方….)
        let c = EntityExtractor.extract(["北京冬奥会冠军谷爱凌出席活动。欧盟委员会主席冯德莱恩表示，欧方愿同中方加强合作。"], issueDate: nil, homeProvince: nil)
        #expect(c.people.map(\.name) == ["谷爱凌", "冯德莱恩"])
        // (A family name and a title after a title is no name: 县委书记赵书记.)
        #expect(EntityExtractor.extract(["河北省邢台市威县县委书记赵书记对记者说，要让群众得实惠。"], issueDate: nil, homeProvince: nil).people.isEmpty)
    }

    @Test func tables() {
        let e = EntityExtractor.extract(["全省125例确诊病例中，沈阳市28例、大连市19例、鞍山市4例、本溪市3例。"], issueDate: nil, homeProvince: nil)
        #expect(e.tables.count == 1)
        #expect(e.tables.first?.caption == "全省125例确诊病例中")
        #expect(e.tables.first?.rows.map(\.name) == ["沈阳市", "大连市", "鞍山市", "本溪市"])
        #expect(e.tables.first?.rows.map(\.number) == [28, 19, 4, 3])
        #expect(e.tables.first?.rows.map(\.unit) == ["例", "例", "例", "例"])
    }

    /// Figures with their units: multipliers applied, 多/余/约/左右 marking a rounded figure, and no dates,
    /// times, ordinals, codes or unitless figures.
    @Test func figuresWithTheirUnits() {
        func figures(_ text: String) -> [String] {
            EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).numbers.map { q in
                "\(q.text)=\(JSONWriter.number(q.value))\(q.unit ?? "")" + (q.approximate ? "~" : "")
            }
        }
        #expect(figures("2024年，全国居民人均可支配收入41314元，比上年名义增长5.3%，粮食总产量1.4万亿斤。")
            == ["41314元=41314元", "5.3%=5.3%", "1.4万亿斤=1400000000000斤"])
        #expect(figures("元旦假期累计接待游客300多万人次，约800亿欧元，增长0.5个百分点，1,000辆车，10亿以上。")
            == ["300多万人次=3000000人次~", "约800亿欧元=80000000000欧元~", "0.5个百分点=0.5个百分点", "1,000辆=1000辆", "10亿=1000000000"])
        #expect(figures("建团100周年，3000人左右参加，全年12个月。") == ["100周年=100周年", "3000人左右=3000人~", "12个月=12个月"])
        // Energy in gigawatt- and megawatt-hours is no power: 548.4吉瓦时 is read whole, not 548.4吉瓦.
        #expect(figures("动力电池累计装车量548.4吉瓦时，储能电站容量120兆瓦时，发电量3.2万亿千瓦时。")
            == ["548.4吉瓦时=548.4吉瓦时", "120兆瓦时=120兆瓦时", "3.2万亿千瓦时=3200000000000千瓦时"])
        // Dates, times, ordinals, codes and bare figures are none.
        #expect(figures("1月9日8时30分，第5版刊登G20峰会消息，5G网络覆盖，1月份数据，比上年增长1.6，2023年。").isEmpty)
        // The spaces PDF-to-text prints between figures and Chinese are read through, dates and ordinals still none.
        #expect(figures("前 11 个月，建成 5G 基站超 410 万个，12 月 10 日第 5 版，2024 年。") == ["11 个月=11个月", "410 万个=4100000个"])
        // A decade counts nothing (上世纪90年代, 1980年代); five years before 代表 are years.
        #expect(figures("小区建成于上世纪90年代，1980年代末扩建，他连续5年代表学校参赛。") == ["5年=5年"])
    }

    /// Dates with the spaces PDF-to-text prints between figures and Chinese (2024 年 12 月 18 日, 12 月 10 日, 3 日) are days.
    @Test func datesSetApartByPDFSpaces() {
        let issue = IssueDate(year: 2024, month: 12, day: 18)
        let e = EntityExtractor.extract(["海关总署 12 月 10 日发布数据，2024 年 11 月 3 日至 5 日举行，16 日闭幕。"], issueDate: issue, homeProvince: nil)
        #expect(e.dates.map(\.iso) == ["2024-12-10", "2024-11-03", "2024-11-05", "2024-12-16"])
    }

    /// Mentions that start at one place are listed in the alphabetical order of their kinds' names, compared as numbers.
    @Test func mentionKindsCompareInTheOrderOfTheirNames() {
        for a in Mention.Kind.allCases {
            for b in Mention.Kind.allCases {
                #expect((a.nameOrder < b.nameOrder) == (a.rawValue < b.rawValue), "\(a) \(b)")
            }
        }
    }
}

extension EntityExtractorTests {
    /// A town's name that starts inside a word (其中|城镇: no 中城镇), a count of schools (多所大学: no body), and the words
    /// before a title that are no part of it (应…邀请, 出席的有…), while 应急 and 国有 inside a title stay.
    @Test func townsInsideWordsCountsAndInvitations() {
        #expect(EntityExtractor.extract(["年末全国人口140828万人，其中城镇常住人口94350万人。"], issueDate: nil, homeProvince: nil).places.isEmpty)
        #expect(EntityExtractor.extract(["近年来，匈牙利已有多所大学开设中文专业。"], issueDate: nil, homeProvince: nil).organizations.isEmpty)
        let e = EntityExtractor.extract(
            ["应哈萨克斯坦共和国总统托卡耶夫邀请，习近平进行国事访问。应急管理部部长王祥喜出席会议。出席的有国务院副总理张国清。某国有企业原党委书记王某受到处分。"],
            issueDate: nil, homeProvince: nil)
        let titles = Dictionary(uniqueKeysWithValues: e.people.map { ($0.name, $0.titles) })
        #expect(titles["托卡耶夫"] == ["哈萨克斯坦共和国总统"])
        #expect(titles["王祥喜"] == ["应急管理部部长"])
        #expect(titles["张国清"] == ["国务院副总理"])
        #expect(titles["王某"] == ["某国有企业原党委书记"])
        // The title's own verb after it is no name (专家支招: no 支招), a name after the title is.
        #expect(EntityExtractor.extract(["秋冬季流感高发，专家支招科学防护。专家强调要接种疫苗。"], issueDate: nil, homeProvince: nil).people.isEmpty)
        // A word the title opens runs on past it (领导班子): no name after it (班子监), and 执委会 ends a body's name.
        let team = EntityExtractor.extract(["南昌市纪委监委聚焦“一把手”和领导班子监督。长三角生态绿色一体化发展示范区执委会发布消息。"], issueDate: nil, homeProvince: nil)
        #expect(team.people.isEmpty)
        #expect(team.organizations.contains("长三角生态绿色一体化发展示范区执委会"))
        // A company's home in brackets inside its name stays in the title (…（合肥）股份有限公司董事长); 中小学 is no school.
        let company = EntityExtractor.extract(
            ["本源量子计算科技（合肥）股份有限公司董事长郭国平说，平台已投入使用。全国中小学“人工智能+教育”试点工作21日启动。"], issueDate: nil,
            homeProvince: nil)
        #expect(company.people.map(\.titles) == [["本源量子计算科技（合肥）股份有限公司董事长"]])
        #expect(!company.organizations.contains("全国中小学"))
        // A river's two banks are no place; the Strait's two sides are.
        #expect(!EntityExtractor.extract(["浦江两岸新添美术馆，长江两岸绿意浓。"], issueDate: nil, homeProvince: nil).places.map(\.name).contains("两岸"))
        #expect(EntityExtractor.extract(["两岸同胞是一家人。"], issueDate: nil, homeProvince: nil).places.map(\.name) == ["两岸"])
        // (Not a bracket that names no place: 某某（试行）公司 — the title starts after it.)
        #expect(EntityExtractor.extract(["暂行办法（试行）有限公司董事长李明说，"], issueDate: nil, homeProvince: nil).people.first?.titles.first?.hasPrefix("暂行") != true)
        #expect(EntityExtractor.extract(["专家李红提醒，要及时就医。"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["李红"])
        // 于 after a title: the family name before a name and its verb, the preposition before a time.
        #expect(EntityExtractor.extract(["国家统计局工业司首席统计师于卫宁解读称，利润保持增长。"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["于卫宁"])
        #expect(EntityExtractor.extract(["副省长于12日主持会议。所长于是决定出发。局长于今年退休。"], issueDate: nil, homeProvince: nil).people.isEmpty)
    }

    /// A court's roles named by what the person does (公诉人指出, 辩护人认为) are no one's name; a company named after its
    /// home (宁德时代, 贵州茅台) names no place.
    @Test func courtRolesAndCompaniesNamedAfterPlaces() {
        let e = EntityExtractor.extract(
            ["公诉人指出，被告人行为已构成诈骗罪。辩护人认为，被告人系初犯。审判长王建国当庭宣判。宁德时代股价上涨3%，贵州茅台成交额超过50亿元。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["王建国"])
        #expect(e.places.isEmpty)
        #expect(EntityExtractor.extract(["福建省宁德市发布暴雨预警。"], issueDate: nil, homeProvince: nil).places.map(\.name) == ["福建省", "宁德市"])
    }
}

extension EntityExtractorTests {
    /// A county's or district's two-character short name, which is read nowhere on its own (平原, 长安 are words), right
    /// after its own province or city (山东寿光, 北京海淀, 张家口崇礼) and then elsewhere in that text; not inside a longer
    /// word (贺兰山), before a street's 路, in another province, or where it names a lake (杭州市西湖边).
    @Test func countyShortNamesAfterTheirProvinceOrCity() {
        let e = EntityExtractor.extract(["山东寿光蔬菜种业发展调查。", "走进寿光蔬菜种业集团，寿光路上车来车往。"], issueDate: nil, homeProvince: nil)
        #expect(e.places.map(\.name) == ["山东", "寿光"])
        #expect(e.places.map(\.code) == ["370000", "370783"])
        #expect(e.mentions.filter { $0.kind == .place }.map(\.text) == ["山东", "寿光", "寿光"])
        let more = EntityExtractor.extract(["北京海淀的科技企业，浙江义乌的小商品，2026冰雪季在张家口崇礼启动。"], issueDate: nil, homeProvince: nil)
        #expect(more.places.map { $0.code ?? "-" } == ["110000", "110108", "330000", "330782", "130700", "130709"])
        // (A full name is read as before: 北京海淀区.)
        #expect(EntityExtractor.extract(["北京海淀区"], issueDate: nil, homeProvince: nil).places.map(\.name) == ["北京", "海淀区"])
        let not = EntityExtractor.extract(["银川市贺兰山东麓的葡萄酒，游客在浙江省杭州市西湖边品茶，河南寿光路口。"], issueDate: nil, homeProvince: nil)
        #expect(not.places.map(\.name) == ["银川市", "浙江省", "杭州市", "河南"])
        // Without its province or city a short name is no place.
        #expect(EntityExtractor.extract(["走进寿光蔬菜种业集团。"], issueDate: nil, homeProvince: nil).places.isEmpty)
        // A short name that is a city elsewhere is the district of the place just named (北京朝阳医院: Beijing's 朝阳区, not
        // 朝阳市 of Liaoning); after its own province it is still that city, not the county of the same name.
        let chaoyang = EntityExtractor.extract(["首都医科大学附属北京朝阳医院专家表示，辽宁朝阳的患者也可预约。"], issueDate: nil, homeProvince: nil)
        #expect(chaoyang.places.map { "\($0.name) \($0.code ?? "-")" } == ["北京 110000", "朝阳 110105", "辽宁 210000", "朝阳 211300"])
    }

    /// Cities abroad that are no capitals are places as capitals are (纽约, 圣保罗); a place before 街头 is the place whose
    /// streets they are (伦敦街头, 济南市街头), where before 街 or 路 alone it is a street's name (南京路). Not 汉堡, which is
    /// a hamburger as often as Hamburg, nor 洛桑, which opens Tibetan names.
    @Test func citiesAbroadAndStreetsOfAPlace() {
        let e = EntityExtractor.extract(["图为在美国纽约联合国总部，人们在英国伦敦街头购物，巴西圣保罗举行活动。"], issueDate: nil, homeProvince: nil)
        #expect(e.places.map(\.name) == ["美国", "纽约", "英国", "伦敦", "巴西", "圣保罗"])
        #expect(EntityExtractor.extract(["环卫工人在山东省济南市街头清扫积雪。"], issueDate: nil, homeProvince: nil).places.map(\.name) == ["山东省", "济南市"])
        #expect(EntityExtractor.extract(["他在南京路上开了一家汉堡店。"], issueDate: nil, homeProvince: nil).places.isEmpty)
        // (Nor 洛桑, which opens Tibetan names as often, here after a name a wrap ran into it: 张庆伟洛桑江村.)
        #expect(EntityExtractor.extract(["彭清华　张庆伟洛桑江村　刘　奇"], issueDate: nil, homeProvince: nil).places.isEmpty)
    }

    /// A name right before the day its bearer acted (外交部发言人毛宁26日主持…) ends there; a clause-opening name's second
    /// character is no adverb that opens the clause's verb (井还在 is 井 and 还在); a Tibetan name of four stands between
    /// the 、 of a list after a title (…张庆伟、洛桑江村、雪克来提·扎克尔，秘书长刘奇…).
    @Test func namesBeforeDaysAdverbsAndTibetanNamesInLists() {
        #expect(EntityExtractor.extract(["外交部发言人毛宁26日主持例行记者会。"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["毛宁"])
        #expect(EntityExtractor.extract(["外交部发言人林剑26日表示，"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["林剑"])
        #expect(EntityExtractor.extract(["井还在，乡愁就在。"], issueDate: nil, homeProvince: nil).people.isEmpty)
        #expect(EntityExtractor.extract(["李明还在工地上。"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["李明"])
        // A family name the lexicon lacks, right after a title and before the verb of speech (研究员依绍华表示); not a word
        // there (研究员们表示, 专家普遍表示, 局长亲自介绍) nor a withheld name (执行主席某丁主持).
        #expect(EntityExtractor.extract(["财经战略研究院研究员依绍华表示，要完善物流体系。"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["依绍华"])
        #expect(EntityExtractor.extract(["研究员们表示，专家普遍表示，局长亲自介绍，院长一行表示，大会执行主席某丁主持会议。"], issueDate: nil, homeProvince: nil).people.isEmpty)
        // After a foreign body's title any characters may open a name, but not a word that names none (峰会).
        #expect(EntityExtractor.extract(["二十国集团领导人峰会在约翰内斯堡开幕。"], issueDate: nil, homeProvince: nil).people.isEmpty)
        #expect(EntityExtractor.extract(["世界贸易组织总干事伊维拉出席会议。"], issueDate: nil, homeProvince: nil).people.map(\.name) == ["伊维拉"])
        let list = EntityExtractor.extract(["常委会副委员长李鸿忠、张庆伟、洛桑江村、雪克来提·扎克尔，秘书长刘奇出席会议。"], issueDate: nil, homeProvince: nil)
        #expect(list.people.map(\.name) == ["李鸿忠", "张庆伟", "洛桑江村", "雪克来提·扎克尔", "刘奇"])
    }
}

extension EntityExtractorTests {
    /// A biography's first words name its subject, as notices of appointments print them: 吴建华，男，汉族，…, 李红，女，1980年5月生；
    /// not a word before a sex (考生，男，…) nor a name with no ethnicity or birth after it.
    @Test func namesThatOpenABiography() {
        let e = EntityExtractor.extract(["吴建华，男，汉族，1975年3月生，浙江绍兴人，现任省发展和改革委员会副主任。", "李红，女，1980年5月生，研究生学历。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["吴建华", "李红"])
        #expect(EntityExtractor.extract(["考生，男，身高1.75米。"], issueDate: nil, homeProvince: nil).people.isEmpty)
    }

    /// A list of people with their particulars in brackets after a blank (张富清　（男，汉族，1924年12月生，…）), as a decision
    /// awarding honours prints them, names each.
    @Test func namesBeforeTheirParticularsInBrackets() {
        let e = EntityExtractor.extract(["张富清　（男，汉族，1924年12月生，中共党员，陕西汉中人，湖北省来凤县原建设银行离休干部）",
                                         "申纪兰（女，汉族，1929年12月生，中共党员，山西平顺人）"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["张富清", "申纪兰"])
    }
}

extension EntityExtractorTests {
    /// A city's name of two that a common word holds whole with the character before it (珠江出海口, 长江入海口: 出海口 and
    /// 入海口 are estuaries) is no place there; the city's own name still is (海口市和海南).
    @Test func aCityInsideAWordForAnEstuary() {
        let e = EntityExtractor.extract(["南沙港区位于珠江出海口，长江入海口的上海，海口市和海南。"], issueDate: nil, homeProvince: nil)
        #expect(e.places.map(\.name) == ["珠江", "长江", "上海", "海口市", "海南"])
    }

    /// 发展中国家 (developing countries) holds no 中国; 中国家庭 and 在中国家喻户晓 do. Words and idioms that hold a city's
    /// short name (各位来宾, 朝阳产业, 长治久安, 普洱茶) name no city; after its province the city stands (广西来宾).
    @Test func developingCountriesAndCitiesInsideWordsAreNoPlaces() {
        let places = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).places.map(\.name) }
        #expect(places("倡议契合发展中国家的迫切需求。").isEmpty)
        #expect(places("中国家庭的消费升级。这首歌在中国家喻户晓。") == ["中国"])
        // Words and idioms that hold a city's short name: guests, a sunrise industry, an idiom, a tea, a wish, an ideal.
        #expect(places("各位来宾欢聚一堂。发展朝阳产业。实现长治久安。发挥新乡贤作用。普洱茶香。祝愿幸福安康。世界大同的理想。大同小异。中山装。").isEmpty)
        #expect(places("广西来宾、山西大同、陕西安康，辽宁朝阳。") == ["广西", "来宾", "山西", "大同", "陕西", "安康", "辽宁", "朝阳"])
    }
}

extension EntityExtractorTests {
    /// Foreign companies by the names the press gives them (苹果公司, 特斯拉公司, 微软, 三星电子) are organizations; 苹果
    /// alone is a fruit, and 航空客运 holds no 空客.
    @Test func foreignCompaniesByTheirPressNames() {
        let e = EntityExtractor.extract(["苹果公司新品销量增长，特斯拉公司发布新车，微软和谷歌跟进，三星电子发布财报。"], issueDate: nil, homeProvince: nil)
        #expect(e.organizations == ["苹果公司", "特斯拉公司", "微软", "谷歌", "三星电子"])
        #expect(EntityExtractor.extract(["苹果丰收，航空客运量增长。"], issueDate: nil, homeProvince: nil).organizations.isEmpty)
    }
}

extension EntityExtractorTests {
    /// Names listed with 、 before what a clause says of them all (王楚钦、孙颖莎在…, 樊振东、陈梦分别拿下…) are people, every one;
    /// a player before his assists (赵继伟送出12次助攻) too. Places listed so (黄山、泰山都在安徽) are no people.
    @Test func namesListedBeforeWhatTheyAllDid() {
        let people = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.map(\.name) }
        #expect(people("王楚钦、孙颖莎在混双比赛中先声夺人，樊振东、陈梦分别拿下男单和女单。") == ["王楚钦", "孙颖莎", "樊振东", "陈梦"])
        #expect(people("本场比赛，赵继伟送出12次助攻。") == ["赵继伟"])
        #expect(people("黄山、泰山都在安徽。").isEmpty)
        // (Right after a team's name too, 广东队胡明轩得到…; not inside a word with 队, 人才队伍建设.)
        #expect(people("广东队胡明轩得到全队最高的24分。") == ["胡明轩"])
        #expect(people("关于加强新时代乡村人才队伍建设的意见。这一做法得到群众好评。").isEmpty)
    }
}

extension EntityExtractorTests {
    /// A place that a conjunction joins to the words before a body's suffix is a list's item, no head of the body (埃及、泰国和
    /// 国际月球天文台协会 names no 泰国和…协会); 中国和平发展基金会 holds the word 和平, and 上海市人民政府 after 北京和 stands.
    @Test func aPlaceJoinedByAConjunctionHeadsNoBody() {
        let orgs = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).organizations }
        #expect(orgs("将搭载来自埃及、泰国和国际月球天文台协会的载荷。").isEmpty)
        #expect(orgs("中国和平发展基金会成立。") == ["中国和平发展基金会"])
        #expect(orgs("北京和上海市人民政府签署协议。") == ["上海市人民政府"])
    }
}

extension EntityExtractorTests {
    /// A village's or a town's name that opens with a family name's character (龙场村的变化, 张村是…, 李庄镇今年…) is no person
    /// where no title stands before it; 王建国是… still is.
    @Test func villagesAndTownsAreNoPeople() {
        let people = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.map(\.name) }
        #expect(people("龙场村的变化，离不开一个好的带头人。张村是个好地方。").isEmpty)
        #expect(people("王建国是个好村干部。") == ["王建国"])
    }
}

extension EntityExtractorTests {
    /// A name before how the person said it (兴奋地说, 笑着说, 感慨地表示) is a person, after an everyday role too (五年级学生
    /// 杨小花兴奋地说, 容城县居民李秀英高兴地说); 大家高兴地说 and 会场热烈地讨论 name no one.
    @Test func namesBeforeHowTheySaidIt() {
        let people = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people }
        #expect(people("五年级学生杨小花兴奋地说。").map(\.name) == ["杨小花"])
        #expect(people("王小红笑着说，日子越来越好。").map(\.name) == ["王小红"])
        #expect(people("大家高兴地说。会场热烈地讨论。").isEmpty)
    }
}

extension EntityExtractorTests {
    /// Common words that jieba's list tags as names open no person's name before an action's verb where no title stands
    /// before them (■温馨提示, 文明提示：…, 权威解读); a name after a title still stands.
    @Test func commonWordsTaggedAsNamesAreNoPeople() {
        let people = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.map(\.name) }
        #expect(people("温馨提示：请勿酒后驾车。文明提示：请排队。权威解读来了。").isEmpty)
        #expect(people("校长王明提示，请注意安全。") == ["王明"])
    }
}

extension EntityExtractorTests {
    /// A name running left from a suffix stops at a word of time (哈尔滨市今年|完成老旧供热管网 and 上海市今年|建成博物馆 name no
    /// body), and a network of pipes or roads, or a site's own page, ends in no site's 网 (供热管网, 城市路网, 国家统计局官网 → 国家
    /// 统计局); 人民网, 环球网 and 南方电网 stand.
    @Test func timeWordsAndNetworksEndNoBody() {
        let orgs = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).organizations }
        #expect(orgs("哈尔滨市今年完成老旧供热管网改造600公里。").isEmpty)
        #expect(orgs("上海市今年建成博物馆5座。浙江省近日新建医院12所。广东省去年新增联盟3个。").isEmpty)
        #expect(orgs("北京市已建成城市路网。").isEmpty)
        #expect(orgs("截至2024年底，全国共有博物馆6833家，全省现有医院320家。").isEmpty)
        #expect(orgs("国家统计局官网显示，数据平稳。") == ["国家统计局"])
        #expect(orgs("据人民网、环球网报道，南方电网加快建设。") == ["人民网", "环球网", "南方电网"])
        #expect(orgs("上海市人民政府今年出台办法。") == ["上海市人民政府"])
    }
}

extension EntityExtractorTests {
    /// A post standing in a list of names (副委员长　李鸿忠　王　东…, 委　员　丁仲礼…) is no person: the names after it hold it.
    @Test func postsInAListOfNamesAreTheirTitles() {
        let e = EntityExtractor.extract(["副委员长　李鸿忠　王　东　肖　捷　郑建邦", "委　员　丁仲礼　于忠福　马　伟　王　刚"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["李鸿忠", "王东", "肖捷", "郑建邦", "丁仲礼", "于忠福", "马伟", "王刚"])
        #expect(e.people.map(\.titles) == Array(repeating: ["副委员长"], count: 4) + Array(repeating: ["委员"], count: 4))
    }
}

extension EntityExtractorTests {
    /// A spokesman's name before 答记者问 or 答问 ends before the verb (毛宁|答记者问, not 毛宁答), also where the frequent word
    /// 记者 would follow the longer reading.
    @Test func namesBeforeAnsweringReporters() {
        let people = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.map(\.name) }
        #expect(people("外交部发言人毛宁答记者问。") == ["毛宁"])
        #expect(people("外交部发言人汪文斌答记者问。商务部新闻发言人何亚东答问。") == ["汪文斌", "何亚东"])
    }
}

extension EntityExtractorTests {
    /// Ministries by the names they had (文化部, 卫生部, 农业部) and by short names (住建部) are bodies; 部 running on into
    /// 部署 or into 部分 before no word of 分 is none (加快建设部分重点工程, 做好人事部署, 中央财政部分资金), while
    /// 农业部|分析 and 卫生部|分管 are the ministries.
    @Test func formerMinistriesAndWordsAfterTheirSuffix() {
        let orgs = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).organizations }
        #expect(orgs("该计划由文化部于2007年启动，住建部随后发布通知。") == ["文化部", "住建部"])
        #expect(orgs("要加快建设部分重点工程，做好人事部署，中央财政部分资金已下达，环保部门加强督查。").isEmpty)
        #expect(orgs("农业部分析指出，卫生部分管领导出席。") == ["农业部", "卫生部"])
        // Full names hold the short ones: 住房和城乡建设部, not 建设部; 国家卫生健康委员会, not 国家卫生健康委.
        #expect(orgs("住房和城乡建设部、国家卫生健康委员会联合印发通知。") == ["住房和城乡建设部", "国家卫生健康委员会"])
    }

    /// A common noun after a title is no name (首相官邸, 总统专机, 书记信箱, 首相府邸): the title stands alone there.
    @Test func nounsAfterATitleAreNoNames() {
        let people = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).people.map(\.name) }
        #expect(people("日本首相石破茂当天在首相官邸对记者表示。") == ["石破茂"])
        #expect(people("他乘坐总统专机抵达。开通书记信箱后，院长信箱收到来信。首相府邸外有人抗议。").isEmpty)
        // A bureau's name joined by 及 is one title (劳工及福利局局长), as 和 joins 工业和信息化部's.
        let e = EntityExtractor.extract(["劳工及福利局局长孙玉菡指出，政制及内地事务局局长曾国卫表示支持。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["孙玉菡", "曾国卫"] && e.people.map(\.titles) == [["劳工及福利局局长"], ["政制及内地事务局局长"]])
        // 但 opening a clause is "but", though a family name too.
        #expect(people("主教练王宝泉表示，球队表现出色，但一传还需加强。") == ["王宝泉"])
    }
}

extension EntityExtractorTests {
    /// 中欧 is China and Europe (中欧班列, 中欧关系), a region only before 国家 or 地区; a games' organizing committee is
    /// named whole (杭州亚运会组委会, not …组委).
    @Test func chinaAndEuropeAndOrganizingCommittees() {
        let e = EntityExtractor.extract(["中欧班列今年开行1.9万列，中欧关系稳定。中欧国家代表出席。杭州亚运会组委会发布通知。"], issueDate: nil, homeProvince: nil)
        #expect(e.places.map(\.name) == ["中欧", "杭州"])
        // (北京时间 is a clock's time, no place.)
        #expect(EntityExtractor.extract(["北京时间1月10日，国际奥委会主席巴赫发表讲话。"], issueDate: nil, homeProvince: nil).places.isEmpty)
        // (The one 中欧 mention is the one before 国家, 21 characters in.)
        #expect(e.mentions.filter { $0.kind == .place }.map(\.start) == [21, 30] && e.organizations == ["杭州亚运会组委会"])
    }
}

extension EntityExtractorTests {
    /// Banks by the names the press gives them (招商银行, 中国银行), none where 银行业 is the industry; a company's press
    /// name takes its company suffix (阿里巴巴集团, 小米集团), and stands alone as before (比亚迪, 腾讯).
    @Test func banksAndCompaniesWithTheirSuffixes() {
        let orgs = { (text: String) in EntityExtractor.extract([text], issueDate: nil, homeProvince: nil).organizations }
        #expect(orgs("招商银行、中国银行相继下调存款利率。") == ["招商银行", "中国银行"])
        #expect(orgs("中国银行业总资产稳步增长。").isEmpty)
        #expect(orgs("阿里巴巴集团、小米集团加大投入，比亚迪、腾讯也是。") == ["阿里巴巴集团", "小米集团", "比亚迪", "腾讯"])
    }
}

extension EntityExtractorTests {
    /// A unit's officers and ranks as the military press names them (指导员陈磊, 教导员, 排长, 参谋, 上士): the name after
    /// the title is a person with it; a rank inside a word is none (集中将力量: no 中将).
    @Test func militaryPostsAndRanks() {
        let e = EntityExtractor.extract(
            ["指导员陈磊介绍，连队还把教育融入训练全过程。教导员李明说，排长刘洋告诉记者，上士王强说，我们有信心。要集中将力量用于主战场。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["陈磊", "李明", "刘洋", "王强"])
        #expect(e.people.map(\.titles) == [["指导员"], ["教导员"], ["排长"], ["上士"]])
    }

    /// A dotted name before a venue's or an institution's word names that place or thing, not a person (罗兰·加洛斯球场);
    /// a dotted name before a verb or a stop is the person's.
    @Test func dottedNamesOfPlacesAndThings() {
        let e = EntityExtractor.extract(
            ["决赛在罗兰·加洛斯球场举行，研究人员到场观看。会见了安东尼奥·古特雷斯。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["安东尼奥·古特雷斯"])
    }

    /// One name and 等 before attending (王毅等参加上述活动) names that person, as a list of two does; one name and 等 before
    /// anything else names no one (孔雀等鸟类).
    @Test func oneNameAndDengBeforeAttending() {
        let e = EntityExtractor.extract(["会谈后，两国元首签署联合声明。王毅等参加上述活动。", "湿地里，白鹭等鸟类成群栖息。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["王毅"])
    }

    /// Names listed with 、 and closed by 等 before attending (丁薛祥、杨洁篪、王毅、何立峰等参加上述活动) are all people, also
    /// those the lexicon does not know (杨洁篪, 王毅).
    @Test func listedNamesAndDengBeforeAttending() {
        let e = EntityExtractor.extract(["会谈后，两国元首共同见证签署合作文件。", "丁薛祥、杨洁篪、王毅、何立峰等参加上述活动。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["丁薛祥", "杨洁篪", "王毅", "何立峰"])
    }

    /// A villager or a townsman quoted in a feature is named after the everyday title where a verb of telling or doing follows
    /// the name (村民杨秀英回忆, 北京市民张秀兰报名参加); the same title before a word is no name (村民安置).
    @Test func everydayTitlesBeforeVerbsOfFeatures() {
        let e = EntityExtractor.extract(
            ["“那时候村里年轻人都出去打工了。”村民杨秀英回忆。", "65岁的北京市民张秀兰报名参加了一个研学团。", "村民安置工作有序推进。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["杨秀英", "张秀兰"])
        #expect(e.people.map(\.titles) == [["村民"], ["北京市民"]])
    }

    /// A ministry whose name joins two nouns by 与 (南非国际关系与合作部长) is the title whole; 与 after a name or a pronoun is
    /// "with", before the title (他与外交部长王毅会谈).
    @Test func aMinistryJoinedByYu() {
        let e = EntityExtractor.extract(
            ["南非国际关系与合作部长纳勒迪·潘多尔认为，金砖国家扩员注入了新动力。", "会后，他与外交部长王毅举行会谈。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["纳勒迪·潘多尔", "王毅"])
        #expect(e.people.map(\.titles) == [["南非国际关系与合作部长"], ["外交部长"]])
    }

    /// A character that may be a family name right before a verb of two characters after a title (外方代表时表示: 时 is "when")
    /// names no one; a name whose own second character opens no verb stands (代表王强表示).
    @Test func aFamilyNamesCharacterBeforeAVerb() {
        let e = EntityExtractor.extract(
            ["国务院总理李强29日在人民大会堂会见来华出席会议的外方代表时表示，中国将坚定不移推进高水平对外开放。", "人大代表王强表示，要加强立法。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["李强", "王强"])
    }

    /// 大臣 is a foreign government's title, alone or after its ministry (日本外务大臣上川阳子, 教育部大臣韩春纳洛); 兼 after a title
    /// opens the next post, no name (副首相兼外交大臣孙占托); and a dotted name whose part after the dot is in characters the
    /// transliteration set lacks runs on to its verb, never ending in the dot (外交大臣索克·春森出席).
    @Test func ministersOfOtherGovernments() {
        let e = EntityExtractor.extract(
            ["日本外务大臣上川阳子表示，将加强合作。", "柬埔寨副首相兼外交大臣孙占托表示欢迎。", "柬埔寨教育部大臣韩春纳洛出席仪式并致辞。",
             "柬埔寨外交大臣索克·春森出席。"],
            issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["上川阳子", "孙占托", "韩春纳洛", "索克·春森"])
        #expect(e.people.first?.titles == ["日本外务大臣"])
        #expect(!e.people.contains { $0.name.hasSuffix("·") || $0.name.hasPrefix("兼") })
    }
}

extension EntityExtractorTests {
    /// 天皇 and 亲王 are titles of other countries' people, before a name that need not open with a Chinese family name
    /// (日本天皇德仁).
    @Test func emperorAndPrinceAreForeignTitles() {
        let e = EntityExtractor.extract(["日本天皇德仁22日在东京皇宫举行即位大典。", "王子涵说，她很喜欢这本书。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name).contains("德仁") && e.people.first { $0.name == "德仁" }?.titles == ["日本天皇"])
    }
}

extension EntityExtractorTests {
    /// A compatriot abroad quoted in a report is named after 侨胞 or 侨领 where a verb of telling follows (旅居意大利的侨胞陈建平说).
    @Test func compatriotsAbroadQuoted() {
        let e = EntityExtractor.extract(["“中国市场的大门越开越大。”旅居意大利的侨胞陈建平说。", "侨胞聚会在罗马举行。"], issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["陈建平"] && e.people.first?.titles == ["侨胞"])
    }
}

extension EntityExtractorTests {
    /// A results list names its people between their places and the country, province or team they stand for (1.武大靖（中国）
    /// 40秒264；2.黄大宪（韩国）…; 3.舒尔廷（荷兰）): none of them had been found. A decimal before a bracket is no place (1.5（…）),
    /// nor a bracket that names no place or team.
    @Test func peopleOfAResultsList() {
        let e = EntityExtractor.extract(["男子500米决赛：1.武大靖（中国）40秒264；2.黄大宪（韩国）40秒301；3.孔德（匈牙利）40秒598。",
                                         "女子组：1.王　强（上海队）；2.舒尔廷（荷兰）。", "增长1.5倍（同比）。", "1.加强管理（试行）。"],
                                        issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["武大靖", "黄大宪", "孔德", "王强", "舒尔廷"])
    }
}

extension EntityExtractorTests {
    /// A French given name joined by a hyphen (让-皮埃尔·拉法兰) is the name's first part: the name had been cut at the
    /// hyphen (皮埃尔·拉法兰).
    @Test func aHyphenatedFirstNameInADottedOne() {
        let e = EntityExtractor.extract(["法国前总理让-皮埃尔·拉法兰日前在接受本报记者采访时表示，中法合作潜力巨大。", "法国前总理让-马克·艾罗出席。"],
                                        issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["让-皮埃尔·拉法兰", "让-马克·艾罗"])
    }
}

extension EntityExtractorTests {
    /// A name of two before a frequent adverb (志愿者张丽正在为…, 站长李明一直…) ends before it: 张丽正 had been taken for a name
    /// of three, beside 张丽 of the next sentence.
    @Test func aNameOfTwoBeforeAnAdverb() {
        let e = EntityExtractor.extract(["候车大厅一角，志愿者张丽正在为一位旅客冲泡奶粉。", "“驿站提供免费热水。”张丽说。", "站长李明一直在现场服务。", "志愿者王建国在现场服务。"],
                                        issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["张丽", "李明", "王建国"])
    }
}

extension EntityExtractorTests {
    /// A family name's character before a frequent verb or noun (云计算的, 云服务的, 云平台和) is no name of three: 云计算 had
    /// been a person. Names that are words of other kinds, or rarer nouns, stay (刘胜利的, 王红军是).
    @Test func aFrequentVerbIsNoGivenName() {
        let e = EntityExtractor.extract(["业内专家指出，5G与AI、IoT、云计算的深度融合，将推动制造业转型。", "云服务的价格持续下降。", "云平台和大数据中心建设加快。", "刘胜利的事迹在当地广为流传。", "王红军是村里的致富带头人。"],
                                        issueDate: nil, homeProvince: nil)
        #expect(e.people.map(\.name) == ["刘胜利", "王红军"])
    }
}
