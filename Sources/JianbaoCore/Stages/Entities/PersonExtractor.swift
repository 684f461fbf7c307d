/// People: names after their titles (省委副书记周波, 省委常委、副省长陈向群), names opening a clause
/// before a verb of speech or action (周波指出, 唐一军十分关心), names in lists after a title
/// (省领导张雷、张福海), and well-known people (雷锋, 习近平总书记); then every other mention of them.
/// Where a name ends is decided by what follows it (孙承川|履职, not 孙承|川履).
enum PersonExtractor {
    struct Result {
        var people: [Entities.Person] = []
        var mentions: [Mention] = []
        /// The title chains of titled mentions: organizations inside them are not named "as such".
        var titleSpans = EntityText.Spans()
        var nameSpans = EntityText.Spans()
    }

    static let titleIndex = EntityText.index(EntityLexicon.titles)
    static let actionIndex = EntityText.index(EntityLexicon.actionWords)
    /// The first characters of the actions of three characters or more (通电话, 答记者问), to skip their test almost everywhere.
    static let longActionInitials = ScalarSet(EntityLexicon.actionWords.filter { $0.unicodeScalars.count >= 3 }.map { $0.unicodeScalars.first! })
    static let knownIndex = EntityText.index(Array(EntityLexicon.knownPeople.union(EntityLexicon.knownForeign)))
    static let postTitleIndex = EntityText.index(EntityLexicon.postTitles)

    static func extract(_ text: EntityText) -> Result {
        var result = Result()
        var order: [String] = []
        var titles: [String: [String]] = [:]
        let (knownIndex, titleIndex) = (Self.knownIndex, Self.titleIndex)  // (read once, not at every position)

        /// `length`: the scalars the name takes in the text, when more than its own (王　强).
        func record(_ name: String, unit: Int, at start: Int, titleChain: [String], titleStart: Int?, length: Int? = nil) {
            if titles[name] == nil {
                order.append(name)
                titles[name] = titleChain
            } else if titles[name]!.isEmpty, !titleChain.isEmpty {
                titles[name] = titleChain
            }
            let end = start + (length ?? name.unicodeScalars.count)
            result.mentions.append(Mention(kind: .person, text: name, unit: unit, start: start, end: end))
            result.nameSpans.add(unit, start..<end)
            if let t = titleStart { result.titleSpans.add(unit, t..<start) }
        }

        for (ui, u) in text.units.enumerated() {
            // A list of names set apart by spaces (赵乐际　李鸿忠　肖　捷…): every name in it.
            if u.contains(where: CharClass.isSpace), let names = Markers.listedNames(u) {
                for (range, name, title) in names {
                    record(name, unit: ui, at: range.lowerBound, titleChain: title.map { [$0] } ?? [], titleStart: nil, length: range.count)
                }
                continue
            }
            let dotted = u.contains { nameDots.contains($0) }
            u.withUnsafeBufferPointer { p in
                // Names listed with 、 after a name found here are people too: after a title they share its
                // titles (省领导张雷、张福海); after a known name they must be known or no dictionary word
                // (江泽民、李鹏、乔石). Returns where the list ends.
                func list(after end: Int, foreign: Bool, titles: [String], afterTitle: Bool) -> Int {
                    var k = end
                    // (A pair in sport is written with a slash: 中国组合范苏圆/凌智.)
                    // (A transliterated name with its dot may stand among them: 周强、帕巴拉·格列朗杰、何厚铧.)
                    while k + 1 < p.count, p[k] == "、" || p[k] == "/" || p[k] == "／",
                        let l2 = (dotted ? listedDottedName(p, k + 1) : nil) ?? nameLength(p, k + 1, foreign: foreign, requireAction: false)
                            ?? (afterTitle ? listedRareName(p, k + 1) : nil)
                    {
                        let name = String(scalars: p[(k + 1)..<(k + 1 + l2)])
                        guard afterTitle || knownIndex.longest(in: p, at: k + 1) != nil || Words.info(name) == nil else { break }
                        record(name, unit: ui, at: k + 1, titleChain: titles, titleStart: nil)
                        k += 1 + l2
                    }
                    return k
                }
                var i = 0
                while i < p.count {
                    if let (len, name) = knownIndex.longest(in: p, at: i) {
                        // 马克思主义, 列宁主义: a doctrine, not the person.
                        var after = i + len
                        while let (more, _) = knownIndex.longest(in: p, at: after) { after += more }  // 马克思列宁主义
                        if after + 1 < p.count, p[after] == "主", p[after + 1] == "义" {
                            i = after + 2
                            continue
                        }
                        var chain = titleChain(p, nameStart: i)
                        let post = postTitleIndex.longest(in: p, at: i + len)
                        if chain.titles.isEmpty, let post { chain = ([post.payload], nil) }
                        record(name, unit: ui, at: i, titleChain: chain.titles, titleStart: chain.start)
                        // 习近平总书记: the title after the name anchors nothing.
                        i = post == nil ? list(after: i + len, foreign: false, titles: [], afterTitle: false) : i + len + post!.length
                        continue
                    }
                    if let (tlen, title) = titleIndex.longest(in: p, at: i) {
                        let j = i + tlen
                        // 老师傅, 主席团, 书记处: a two-character title that starts a longer word is no title over a name.
                        if tlen == 2, j < p.count, EntityText.isHan(p[j]), Words.info(title + String(p[j])) != nil {
                            i += 1
                            continue
                        }
                        // 湖南省长沙县, 吉林省长春市, 上海市长宁区: the title's 长 opens a place, there is no 省长.
                        if p[j - 1] == "长", let (plen, _) = Gazetteer.index.longest(in: p, at: j - 1), plen >= 2 {
                            i += 1
                            continue
                        }
                        // 总统, or any title of a foreign country's or an international body's (欧盟委员会主席冯德莱恩).
                        let chain = titleChain(p, nameStart: j)
                        // （本报记者　刘　毅）, （新华社记者 王浩 摄） in the text: a byline or a credit, whose names are
                        // the article's reporters or photographers, not people it names.
                        let byline = title.endsWithText("记者") || title.endsWithText("通讯员") || title.endsWithText("实习生")
                        if byline, let cs = chain.start, cs > 0, p[cs - 1] == "（" || p[cs - 1] == "(" {
                            var k = j
                            while k < p.count, k - j < 30, p[k] != "）" && p[k] != ")" { k += 1 }
                            i = k
                            continue
                        }
                        let foreign = EntityLexicon.foreignTitles.contains(title) || foreignChain(p, start: chain.start)
                        // 开罗大学教授穆罕默德·哈桑: a dotted transliterated name after the title is read whole (穆 is
                        // also a surname, and 穆罕默 a Chinese name's shape).
                        if dotted, let len = dottedNameLength(p, j) {
                            record(String(scalars: p[j..<(j + len)]), unit: ui, at: j, titleChain: chain.titles, titleStart: chain.start)
                            i = list(after: j + len, foreign: true, titles: chain.titles, afterTitle: true)
                            continue
                        }
                        // 牧民巴特尔, 居民次仁卓玛: a Mongolian or Tibetan name, no family name at its head.
                        if let len = minorityNameLength(p, j) {
                            record(String(scalars: p[j..<(j + len)]), unit: ui, at: j, titleChain: chain.titles, titleStart: chain.start)
                            i = list(after: j + len, foreign: false, titles: chain.titles, afterTitle: true)
                            continue
                        }
                        // After an everyday role (村民, 学生, 队友) a name needs its verb or a separator after it, as a
                        // clause-opening one does: 市民宣传 is no name. (Or a photo's note of where the person stands:
                        // 队员李盈莹（右）扣球.)
                        let everyday = EntityLexicon.everydayTitles.contains(title)
                        // (记者连线, 记者查看: a family name that is far more often a verb, opening a common word, is that word.)
                        if j + 2 <= p.count, EntityLexicon.verbSurnames.contains(p[j]),
                            let w = Words.info(p[j..<(j + 2)]), !w.pos.hasPrefix("nr"), w.logFrequency >= 7,
                            j + 2 == p.count || !EntityText.isHan(p[j + 2])
                        {
                            i = j
                            continue
                        }
                        if let len = nameLength(p, j, foreign: foreign, requireAction: everyday)
                            ?? (everyday ? nameLength(p, j, foreign: foreign, requireAction: false).flatMap { len in
                                j + len < p.count && EntityLexicon.nameSeparators.contains(p[j + len]) || opensPositionNote(p, j + len) ? len : nil } : nil)
                        {
                            // (A monarch's regnal number is his name's: 国王查尔斯三世, 国王阿卜杜拉二世.)
                            let len = foreign ? len + regnalNumberLength(p, j + len) : len
                            record(String(scalars: p[j..<(j + len)]), unit: ui, at: j, titleChain: chain.titles, titleStart: chain.start)
                            i = list(after: j + len, foreign: foreign, titles: chain.titles, afterTitle: true)
                            continue
                        }
                        // 院士王　强: a two-character name printed with a space between to fill three characters' width.
                        if let name = paddedName(p, at: j) {
                            record(name, unit: ui, at: j, titleChain: chain.titles, titleStart: chain.start, length: 3)
                            i = j + 3
                            continue
                        }
                        // 国务院总理　李　强, 中华人民共和国主席　习近平: a signature or a list of office-holders, the
                        // title set off from the name by a space, the name standing alone after it. (本报特约记者　杨忠军　摄
                        // is a photo's credit: its name is the photographer's.)
                        if !byline, let (start, name, length) = spacedName(p, after: j, foreign: foreign) {
                            record(name, unit: ui, at: start, titleChain: chain.titles, titleStart: chain.start, length: length)
                            i = start + length
                            continue
                        }
                    }
                    // 会见了安东尼奥·古特雷斯: a transliterated name with its middle dot, wherever it stands.
                    // (Not a place or a thing named after a person: 罗兰·加洛斯球场.)
                    if dotted, i == 0 || !EntityLexicon.transliteration.contains(p[i - 1]), let len = dottedNameLength(p, i), !namesAThing(p, after: i + len) {
                        let chain = titleChain(p, nameStart: i)
                        record(String(scalars: p[i..<(i + len)]), unit: ui, at: i, titleChain: chain.titles, titleStart: chain.start)
                        i += len
                        continue
                    }
                    // 任命张志军为教育部副部长, 免去王建国的水利部副部长职务: the person an appointment names, with
                    // the post given (not the one taken away).
                    if let (start, len, post) = appointment(p, i) {
                        record(String(scalars: p[start..<(start + len)]), unit: ui, at: start, titleChain: post.map { [$0] } ?? [], titleStart: nil)
                        i = start + len
                        continue
                    }
                    // 出席会议的有：王忠林、李荣灿、张文兵等省领导 — names listed with 、 and closed by 等.
                    // (Also right after the body they belong to: 中国科学技术大学潘建伟、陆朝阳等组成的研究团队.)
                    if EntityText.isClauseStart(p, i) || i >= 2 && afterBody(p, i), isSurnameStart(p, i), let items = listedNames(p, i) {
                        for r in items { record(String(scalars: p[r]), unit: ui, at: r.lowerBound, titleChain: [], titleStart: nil) }
                        i = items.last!.upperBound
                        continue
                    }
                    // 伙同李某某等人: a name a court's report withholds stands wherever it stands.
                    if let len = anonymizedNameLength(p, i) {
                        record(String(scalars: p[i..<(i + len)]), unit: ui, at: i, titleChain: titleChain(p, nameStart: i).titles, titleStart: nil)
                        i = list(after: i + len, foreign: false, titles: [], afterTitle: true)
                        continue
                    }
                    // 陈晓红委员建议, 李斌代表在审议时说: a name with its title after it, opening a clause.
                    if EntityText.isClauseStart(p, i), isSurnameStart(p, i), let (len, title) = nameBeforeTitle(p, i) {
                        record(String(scalars: p[i..<(i + len)]), unit: ui, at: i, titleChain: [title], titleStart: nil)
                        i += len + title.unicodeScalars.count
                        continue
                    }
                    // 1.武大靖（中国）40秒264；2.黄大宪（韩国）…: a results list's entry, a name between its place and the country
                    // or team it stands for.
                    if let len = resultName(p, i) {
                        // (A name of two padded to three, 王　强, is recorded without its blank.)
                        record(String(scalars: p[i..<(i + len)].filter(CharClass.isHan)), unit: ui, at: i, titleChain: [], titleStart: nil, length: len)
                        i += len
                        continue
                    }
                    // 吴建华，男，汉族，1975年3月生: a name that a biography opens with, as notices of appointments print them.
                    if EntityText.isClauseStart(p, i), isSurnameStart(p, i), let len = biographyName(p, i) {
                        record(String(scalars: p[i..<(i + len)]), unit: ui, at: i, titleChain: [], titleStart: nil)
                        i += len
                        continue
                    }
                    // (Or right after a team's name: 广东队胡明轩得到全队最高的24分. Not where 队 and the next character make a word:
                    // 人才队伍建设.)
                    if EntityText.isClauseStart(p, i) || i >= 2 && p[i - 1] == "队" && EntityText.isHan(p[i - 2]) && Words.info(p[(i - 1)...i]) == nil,
                        isSurnameStart(p, i),
                        let len = nameLength(p, i, foreign: false, requireAction: true)
                    {
                        record(String(scalars: p[i..<(i + len)]), unit: ui, at: i, titleChain: [], titleStart: nil)
                        i += len
                        continue
                    }
                    i += 1
                }
            }
        }
        // Every other mention of the people found.
        let spelled = order.map { Array($0.unicodeScalars) }
        for (ui, u) in text.units.enumerated() {
            u.withUnsafeBufferPointer { p in
                for (name, n) in zip(order, spelled) {
                    let (first, length) = (n[0], n.count)
                    var i = 0
                    while i + length <= p.count {
                        if p[i] == first, (1..<length).allSatisfy({ p[i + $0] == n[$0] }), !result.nameSpans.overlaps(ui, i..<(i + length)) {
                            result.mentions.append(Mention(kind: .person, text: name, unit: ui, start: i, end: i + length))
                            result.nameSpans.add(ui, i..<(i + length))
                            i += length
                        } else {
                            i += 1
                        }
                    }
                }
            }
        }
        // 古特雷斯 and 安东尼奥·古特雷斯 in one text are one person: the full name stands for both.
        for full in order where full.unicodeScalars.contains("·") {
            guard let last = full.split(separator: "·").last.map(String.init), let k = order.firstIndex(of: last) else { continue }
            if titles[full]!.isEmpty { titles[full] = titles[last] }
            order.remove(at: k)
        }
        result.people = order.map { Entities.Person(name: $0, titles: titles[$0] ?? []) }
        result.mentions.sort { ($0.unit, $0.start) < ($1.unit, $1.start) }
        return result
    }

    /// A photo caption's note of where a person stands, in brackets at `i`: （右）, （左一）, （前排左三）, （中）.
    static func opensPositionNote(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard i + 2 < p.count, p[i] == "（" || p[i] == "(" else { return false }
        var k = i + 1
        while k < p.count, k - i <= 5, positionNoteCharacters.contains(p[k]) { k += 1 }
        return k > i + 1 && k < p.count && (p[k] == "）" || p[k] == ")")
    }

    static let positionNoteCharacters: ScalarSet = ["左", "右", "中", "前", "后", "排", "起", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// Second characters that make a family name's character into a measure's noun, no given name: 米价, 金价, 油量, 汇率 (米价也
    /// 高了 is no 米价 acting).
    static let measureNouns: ScalarSet = ["价", "量", "率", "额", "值", "费", "税"]
    /// Function words after which a clause-opening surname-and-given-name reads as a person (李明是学生).
    static let clauseFollowers: ScalarSet = ["是", "在", "和", "与", "同", "也", "曾", "已", "又", "都", "就", "正", "的"]

    /// A name a court's or police report withholds, its family name and 某 or 某某 (张某, 李某某): its length,
    /// or nil where 某 is "a certain" before a noun (于某种程度上, 向某地, 王某公司) or the family name ends a
    /// word (当时某).
    static func anonymizedNameLength(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int? {
        guard i + 1 < p.count, p[i + 1] == "某", Surnames.single.contains(p[i]), !EntityLexicon.weakSurnames.contains(p[i]),
            !EntityLexicon.verbSurnames.contains(p[i])
        else { return nil }
        if i > 0, EntityText.isHan(p[i - 1]), let w = Words.info(p[(i - 1)...i]), w.logFrequency >= 8 { return nil }
        let len = i + 2 < p.count && p[i + 2] == "某" ? 3 : 2
        let k = i + len
        guard k < p.count, EntityText.isHan(p[k]) else { return len }
        if anonymizedModified.contains(p[k]) { return nil }
        if k + 1 < p.count, let w = Words.info(p[k...(k + 1)]), w.pos.hasPrefix("n"), !w.pos.hasPrefix("nr"),
            w.logFrequency >= 9
        {
            return nil  // (某品牌, 某小区, 某银行; but 张某伙同, 张某持刀)
        }
        return len
    }

    /// What 某 modifies as "a certain": 某些, 某种, 某地, 某市, 某日 ….
    static let anonymizedModified: ScalarSet = [
        "些", "种", "个", "地", "省", "市", "县", "区", "镇", "乡", "村", "日", "年", "月", "天", "时", "人", "位", "项", "处", "一", "方",
        "家", "所", "件", "次", "类", "样", "点", "条", "国", "单", "公", "企", "部", "局", "厂", "校", "院", "店", "网", "号",
    ]

    static func isSurnameStart(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard i < p.count else { return false }
        if Surnames.single.contains(p[i]) { return true }
        return i + 1 < p.count && Surnames.compoundInitials.contains(p[i]) && Surnames.compound.contains(String(scalars: p[i..<(i + 2)]))
    }

    /// Titles printed after a name at a clause's start, as deputies, members and scholars are named (陈晓红委员, 李斌代表,
    /// 王强院士, 张伟教授).
    static let titlesAfterName = EntityText.index(["委员", "代表", "院士", "教授", "研究员", "同志", "老师", "医生", "律师", "法官", "检察官", "老人"])

    /// A name of two or three characters at `i` with one of `titlesAfterName` right after it, and after that a verb, 在, a
    /// word for the person's team, or punctuation (陈晓红委员建议, 钟南山院士团队): its length and the title.
    static func nameBeforeTitle(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> (Int, String)? {
        for len in [3, 2] where i + len + 2 <= p.count {
            guard (i..<(i + len)).allSatisfy({ EntityText.isHan(p[$0]) }), let (tlen, title) = titlesAfterName.longest(in: p, at: i + len) else { continue }
            let name = String(scalars: p[i..<(i + len)])
            if let w = Words.info(name), !w.pos.hasPrefix("nr") { continue }
            if len == 3, Words.info(p[i..<(i + 2)]).map({ !$0.pos.hasPrefix("nr") && $0.logFrequency >= 8 }) == true { continue }
            if titleIndex.longest(in: p, at: i + 1) != nil || Gazetteer.index.longest(in: p, at: i) != nil { continue }
            // (“向雷锋同志学习: a preposition before a known name, not a name of three.)
            if len > 2, knownIndex.longest(in: p, at: i + 1) != nil { continue }
            let k = i + len + tlen
            guard k == p.count || EntityText.isDelimiter(p[k]) || actionIndex.longest(in: p, at: k) != nil
                || p[k] == "在" || p[k] == "说" || p[k] == "表" && k + 1 < p.count && p[k + 1] == "示" || OrganizationExtractor.hasPrefix(p, k, "团队")
            else { continue }
            return (len, title)
        }
        return nil
    }

    /// A name of two or three characters at `i` that a biography opens with: its sex after a comma, and after that an
    /// ethnicity (…族) or a year of birth (吴建华，男，汉族，…; 李红，女，1980年5月生，…). Its length. (A list of people gives the
    /// particulars in brackets after a blank: 张富清　（男，汉族，1924年12月生，…）.)
    static func biographyName(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int? {
        func comma(_ k: Int) -> Bool { k < p.count && (p[k] == "，" || p[k] == ",") }
        for len in [3, 2] where i + len + 4 < p.count {
            var k = i + len
            guard (i..<k).allSatisfy({ EntityText.isHan(p[$0]) }) else { continue }
            if p[k] == "　" || p[k] == " " || p[k] == "（" || p[k] == "(" {
                while k < p.count, p[k] == "　" || p[k] == " " { k += 1 }
                guard k < p.count, p[k] == "（" || p[k] == "(" else { continue }
            } else if !comma(k) {
                continue
            }
            guard k + 4 < p.count, p[k + 1] == "男" || p[k + 1] == "女", comma(k + 2) else { continue }
            let rest = k + 3
            let ethnicity = (rest + 1..<min(p.count, rest + 5)).contains { p[$0] == "族" } && (rest..<min(p.count, rest + 2)).allSatisfy { EntityText.isHan(p[$0]) }
            let born = CharClass.isDigit(p[rest])
            return ethnicity || born ? len : nil
        }
        return nil
    }

    /// A name of two to four Han characters at `i` in a results list: right after a place's figure and its dot (1., 2．), right
    /// before the country, province or team it stands for in brackets (1.武大靖（中国）, 3.舒尔廷（荷兰）, 2.王　强（上海队）).
    /// Its length in the text.
    static func resultName(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int? {
        guard i >= 2, i + 5 < p.count, p[i - 1] == "." || p[i - 1] == "．", CharClass.isDigit(p[i - 2]),
            let open = ((i + 2)...(i + 4)).first(where: { p[$0] == "（" || p[$0] == "(" }),
            p[i..<open].allSatisfy(CharClass.isHan) || open - i == 3 && p[i + 1] == "\u{3000}" && CharClass.isHan(p[i]) && CharClass.isHan(p[i + 2]),
            open + 3 < p.count,
            let close = ((open + 2)..<min(open + 9, p.count)).first(where: { p[$0] == "）" || p[$0] == ")" }),
            p[(open + 1)..<close].allSatisfy(CharClass.isHan)
        else { return nil }
        // (The figure is a place's, not a decimal's: 1.5（…） is a number.)
        if i >= 3, CharClass.isDigit(p[i - 3]) || p[i - 3] == "." { return nil }
        let inner = UnsafeBufferPointer(rebasing: p[(open + 1)..<close])
        guard inner.last == "队" || Gazetteer.placesLength(inner) == inner.count else { return nil }
        return open - i
    }

    /// Two or more names listed with 、 and closed by 等 and a word for people (王忠林、李荣灿、张文兵等省领导),
    /// starting at `i`: each two or three Han characters after a surname, no common word.
    static func listedNames(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> [Range<Int>]? {
        var items: [Range<Int>] = []
        var k = i
        // An item: a family name and one or two characters, a dotted transliterated name (雪克来提·扎克尔), or, inside
        // a list already begun, four characters no dictionary word (洛桑江村) — before 、, 等, 和 or the list's verb.
        func ends(_ e: Int) -> Bool {
            e < p.count && (p[e] == "、" || p[e] == "等" || p[e] == "和" || p[e] == "与" || actionIndex.longest(in: p, at: e) != nil
                || !items.isEmpty && closesList(p, at: e))
        }
        while k < p.count {
            var len: Int
            // (A name of two before 等 and its verb is not one of three that takes the 等: 王毅等参加.)
            if isSurnameStart(p, k), let l = (k + 2 < p.count && p[k + 2] == "等" ? [2] : [3, 2]).first(where: { ends(k + $0) && (k..<(k + $0)).allSatisfy { EntityText.isHan(p[$0]) } }) {
                len = l
            } else if !items.isEmpty, let l = listedDottedName(p, k, ends: ends) ?? listedRareName(p, k, ends: ends) {
                len = l
            } else if items.count >= 2, ends(k + 4), (k..<(k + 4)).allSatisfy({ EntityText.isHan(p[$0]) }), Words.info(p[k..<(k + 4)]) == nil {
                len = 4
            } else {
                return nil
            }
            if len <= 3, let w = Words.info(p[k..<(k + len)]), !w.pos.hasPrefix("nr"), w.logFrequency >= 6 { return nil }
            items.append(k..<(k + len))
            k += len
            switch p[k] {
            case "等":
                // 等 and people (省领导, 同志, 3人, 专家): not 孔雀、白鹭等鸟类.
                // (A longer word may stand further on: 等组成的研究团队.)
                let near = String(scalars: p[(k + 1)..<min(p.count, k + 7)])
                let far = String(scalars: p[(k + 1)..<min(p.count, k + 9)])
                // (Names and 等 right before attending, as a report of a meeting closes: 王毅等参加上述活动, 王毅等陪同,
                // 丁薛祥、杨洁篪、王毅、何立峰等参加上述活动.)
                if attendanceWords.contains(where: { p[(k + 1)...].starts(with: $0.unicodeScalars) }) { return items }
                return items.count >= 2 && listPeopleWords.contains(where: { ($0.count >= 2 ? far : near).hasText($0) }) ? items : nil
            case "和", "与":
                // …、雪克来提·扎克尔和秘书长刘奇出席会议: the last one named with a title is the title's to read.
                if items.count >= 2, titleIndex.longest(in: p, at: k + 1) != nil { return items }
            case "、":
                break
            default:
                // The list's verb (…、王东峰出席会议), or what a clause says of them all after the last name
                // (王楚钦、孙颖莎在混双比赛中…, 樊振东、陈梦分别拿下…).
                return items.count >= 2 && (actionIndex.longest(in: p, at: k) != nil || closesList(p, at: k)) ? items : nil
            }
            k += 1
        }
        return nil
    }

    /// What a clause says of every person a list names, right after its last name: 在, 均, 都, 分别, 先后.
    static func closesList(_ p: UnsafeBufferPointer<Unicode.Scalar>, at k: Int) -> Bool {
        k < p.count && (listClosingCharacters.contains(p[k]) || listClosingWords.longest(in: p, at: k) != nil)
    }
    static let listClosingCharacters: ScalarSet = ["在", "均", "都"]
    static let listClosingWords = EntityText.index(["分别", "先后", "共同", "一起", "同时"])

    static let listPeopleWords = [
        "领导", "同志", "人", "负责", "代表", "专家", "院士", "委员", "嘉宾", "教授", "运动员", "选手", "队员", "作家", "干部", "团队", "课题组", "学者",
        "科学家", "一行",
    ]

    /// A university's, institute's or company's name ends right before `i` (…大学, …研究所, …公司), or a word for it (该校,
    /// 本校, 该院, 该所: 该校潘建伟、陆朝阳等组成的研究团队).
    static func afterBody(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard bodyEndings.contains(p[i - 1]) else { return false }
        return bodyWords.contains(UInt64(p[i - 2].value) << 32 | UInt64(p[i - 1].value))
    }

    /// The words `afterBody` reads, each as its two characters' values in one number.
    static let bodyWords = Set(["大学", "学院", "究所", "究院", "公司", "医院", "中心", "集团", "该校", "本校", "该院", "该所"].map { w in
        w.unicodeScalars.reduce(UInt64(0)) { $0 << 32 | UInt64($1.value) }
    })
    static let bodyEndings = ScalarSet(bodyWords.map { Unicode.Scalar(UInt32($0 & 0xFFFF_FFFF))! })

    /// Verbs that take 来 or 去 as a directional complement (起来, 下去, 出来).
    static let directionalVerbs: ScalarSet = ["起", "下", "上", "出", "过", "回", "进"]

    /// The middle dots between the parts of a transliterated name.
    static let nameDots: ScalarSet = ["·", "•", "・"]
    /// The hyphens inside a part of one (让-皮埃尔).
    static let nameHyphens: ScalarSet = ["-", "－", "‐", "‑"]

    /// What those named with 等 did at a meeting: 王毅等参加上述活动.
    static let attendanceWords = ["参加", "出席", "陪同", "一同", "会见"]

    /// Words after a dotted name that make it a place's or a thing's (罗兰·加洛斯球场, …大学, …奖).
    static let namedThings = ["球场", "体育场", "体育馆", "广场", "大街", "大道", "机场", "大桥", "公园", "中心", "大厦", "酒店", "剧院", "大学", "学院",
                              "医院", "基金会", "研究所", "博物馆", "纪念馆", "号", "奖", "杯", "定律", "效应"]

    static func namesAThing(_ p: UnsafeBufferPointer<Unicode.Scalar>, after end: Int) -> Bool {
        namedThings.contains { w in p[end...].starts(with: w.unicodeScalars) }
    }

    /// A transliterated name with middle dots starting at `j` (安东尼奥·古特雷斯): runs of transliteration
    /// characters, two or more each, joined by ·; Uyghur names' characters count too (阿不都热合曼·买买提), as
    /// only a name so dotted takes them.
    static func dottedNameLength(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int) -> Int? {
        // (A character any part may hold, the last part too.)
        func anyPart(_ c: Unicode.Scalar) -> Bool {
            EntityLexicon.transliteration.contains(c) || uyghurCharacters.contains(c) || dottedNameCharacters.contains(c)
        }
        var k = j
        var parts = 0
        while true {
            let start = k
            // (A French given name joined by a hyphen, 让-皮埃尔·拉法兰, 让-马克·艾罗: its first half, one character or more, and
            // the hyphen open the part.)
            var h = k
            while h < p.count, h - k < 3, anyPart(p[h]) || p[h] == "让" { h += 1 }
            if h > k, h + 1 < p.count, nameHyphens.contains(p[h]), anyPart(p[h + 1]) { k = h + 1 }
            // (A part a dot closes may hold the commoner characters too: 理查德·, 唐纳德·, 易卜拉欣·; the last part only
            // those that open no word after a name: 约翰逊说, not 拜登当选's 当.)
            var end = k
            while end < p.count, end - start < 8, anyPart(p[end]) || innerDottedNameCharacters.contains(p[end]) { end += 1 }
            if end + 1 < p.count, nameDots.contains(p[end]) {
                k = end
            } else {
                while k < p.count, k - start < 8, anyPart(p[k]) { k += 1 }
            }
            // A part too short after a dot: the name ends before that dot. (But for a particle between two dots, 本 of 穆罕默德·
            // 本·萨勒曼, 德 or 范.)
            let particle = k - start == 1 && parts >= 1 && "本德范冯".unicodeScalars.contains(p[start]) && k + 1 < p.count && nameDots.contains(p[k])
            guard k - start >= 2 || particle else { return parts >= 2 ? start - 1 - j : nil }
            parts += 1
            guard k + 1 < p.count, nameDots.contains(p[k]) else { break }
            k += 1
        }
        return parts >= 2 ? k - j : nil
    }

    /// A regnal number right after a name, 二世 or 三世 (查尔斯三世): its length, 2, or 0.
    static func regnalNumberLength(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int) -> Int {
        guard k + 1 < p.count, p[k + 1] == "世", "一二三四五六七八九十".unicodeScalars.contains(p[k]) else { return 0 }
        // (Not a word that opens with the numeral and 世: 一世英名.)
        return k + 2 < p.count && EntityText.isHan(p[k + 2]) && Words.info(p[k..<(k + 3)]) != nil ? 0 : 2
    }

    /// Tibetan names' parts (次仁, 卓玛: one or two make a name, 次仁卓玛) and Mongolian names (巴特尔, 其其格), which open
    /// with no family name.
    static let minorityNameIndex = EntityText.index([
        "次仁", "卓玛", "扎西", "多吉", "多杰", "格桑", "央金", "尼玛", "达瓦", "达娃", "拉姆", "平措", "德吉", "旦增", "丹增", "洛桑", "索朗",
        "强巴", "白玛", "顿珠", "巴桑", "益西", "边巴", "普布", "次旦", "曲珍", "群培", "旺堆", "嘉措", "加措", "仁青", "欧珠", "罗布",
        "泽仁", "泽旺", "才让", "卓嘎", "桑珠", "米玛", "贡嘎", "旺姆", "央宗", "次珍", "巴登", "德庆", "阿旺", "拉巴", "扎巴", "措姆",
        "巴特尔", "其其格", "乌力吉", "宝音", "图雅", "萨仁", "那仁", "苏和", "额尔敦", "朝鲁", "斯琴", "巴雅尔", "孟和", "阿拉坦",
        "敖特根", "其木格", "格日勒", "乌云",
    ])

    /// A Tibetan or Mongolian name at `j` after a title: one part or two (次仁卓玛, 扎西多吉|赶着牦牛).
    static func minorityNameLength(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int) -> Int? {
        guard let (first, _) = minorityNameIndex.longest(in: p, at: j) else { return nil }
        var len = first
        if let (second, _) = minorityNameIndex.longest(in: p, at: j + len) { len += second }
        return len
    }

    /// Characters of Western names' parts that the transliteration set lacks, too common alone to open a name there but
    /// whole in a dotted one (亚历山大·西尔韦拉, 大卫·卡梅伦, 马克·约翰逊, 约瑟夫·拜登).
    static let dottedNameCharacters: ScalarSet = ["历", "山", "大", "卫", "翰", "逊", "莉", "登", "珀", "廉", "卜", "珊", "妮", "嘉", "丝", "缪", "宾", "顿", "勃", "迭", "柳", "季"]

    /// Characters of Western and Arabic names' parts common enough to open the word after a name (文, 华, 当, 生, 金 …):
    /// a dotted name's part takes them only where a dot closes the part (史蒂文·, 爱德华·, 亚当·, 易卜拉欣·).
    static let innerDottedNameCharacters: ScalarSet = [
        "文", "华", "易", "理", "史", "当", "得", "根", "金", "摩", "白", "修", "唐", "治", "各", "明", "何", "肖", "朱", "怀", "刘", "墨", "考",
        "士", "侯", "因", "欣", "优", "素", "济", "冯", "叶", "思", "生", "铁",
    ]

    /// Characters of Uyghur names' parts that the transliteration set lacks (阿不都, 买买提, 吐尔逊, 孜).
    static let uyghurCharacters: ScalarSet = ["买", "提", "吐", "孜", "逊", "肯", "江", "依", "力", "吾", "木", "汗", "合", "都", "不", "尔", "克", "热", "古", "丽", "则", "地", "拉", "阿"]

    /// Two or three Han characters standing whole between the 、 of a list after a title, no common word: a name
    /// whose family name the lexicon lacks (…穆虹、咸辉、王东峰…); or four, a Tibetan name between two 、 (…张庆伟、洛桑江村、…).
    /// (`ends`: where else it may end: …、铁凝出席会议.)
    static func listedRareName(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int, ends: ((Int) -> Bool)? = nil) -> Int? {
        for len in [2, 3, 4] where j + len < p.count && (p[j + len] == "、" || len < 4 && ends?(j + len) == true) {
            guard (j..<(j + len)).allSatisfy({ EntityText.isHan(p[$0]) }) else { return nil }
            return Words.info(p[j..<(j + len)]).map { $0.pos.hasPrefix("nr") } ?? true ? len : nil
        }
        return nil
    }

    /// A name with middle dots standing whole between the 、 of a list (…周强、帕巴拉·格列朗杰、何厚铧…): Han
    /// parts of two to six characters joined by dots, up to the next 、 or the list's end.
    /// (`ends`: where else the last part may end, its length the shortest that ends there: …、雪克来提·扎克尔和秘书长….)
    static func listedDottedName(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int, ends: ((Int) -> Bool)? = nil) -> Int? {
        var k = j
        var part = 0
        var parts = 0
        while k < p.count {
            if EntityText.isHan(p[k]) {
                part += 1
            } else if nameDots.contains(p[k]) {
                guard (2...6).contains(part) else { return nil }
                parts += 1
                part = 0
            } else {
                break
            }
            k += 1
        }
        if parts >= 1, (2...6).contains(part), k == p.count || p[k] == "、" || EntityText.isDelimiter(p[k]) { return k - j }
        guard parts >= 1, let ends, let dot = (j..<k).last(where: { nameDots.contains(p[$0]) }) else { return nil }
        return (2...6).first { dot + 1 + $0 <= k && ends(dot + 1 + $0) }.map { dot + 1 + $0 - j }
    }

    /// The title chain starting at `start` opens with another country (美国驻华大使) or an international
    /// body (联合国秘书长, 欧盟委员会主席): a transliterated name may follow.
    static func foreignChain(_ p: UnsafeBufferPointer<Unicode.Scalar>, start: Int?) -> Bool {
        guard let start else { return false }
        if let (_, organization) = foreignBodyIndex.longest(in: p, at: start) { return !organization.isEmpty }
        return Gazetteer.foreignCountryLength(p, at: start) != nil
    }

    static let foreignBodyIndex = EntityText.index([
        "联合国", "欧盟", "北约", "东盟", "非盟", "非洲联盟", "阿盟", "世卫组织", "世界卫生组织", "世贸组织", "世界贸易组织", "国际货币基金组织",
        "世界银行", "国际奥委会", "国际原子能机构", "欧洲理事会", "欧洲议会", "欧洲央行", "欧洲中央银行", "二十国集团", "七国集团", "金砖国家",
    ])

    /// How long the name starting at `j` is (2–4), or nil when no name starts there. Scores each
    /// length by how well the text after it reads (a frequent word, a follower, punctuation).
    static func nameLength(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int, foreign: Bool, requireAction: Bool) -> Int? {
        guard j + 1 < p.count else { return nil }
        if let (len, _) = knownIndex.longest(in: p, at: j) { return len }  // 总理李克强: a known name wins
        if let len = anonymizedNameLength(p, j) { return len }  // 被告人张某|伙同…
        if foreign || EntityLexicon.transliteration.contains(p[j]), let len = dottedNameLength(p, j) { return len }
        if foreign, EntityLexicon.transliteration.contains(p[j]) {
            // 总统普京|通电话, 秘书长古特雷斯|对: a transliterated name runs while its characters do.
            var k = j
            while k < p.count, k - j < 8, EntityLexicon.transliteration.contains(p[k]) || p[k] == "·" { k += 1 }
            // (A part after the dot in characters the set lacks, 外交大臣索克·春森出席: the part runs to the verb after it, two
            // or three characters; a name never ends in its dot.)
            if k > j, p[k - 1] == "·" {
                var m = k
                while m < p.count, m - k < 3, EntityText.isHan(p[m]), actionIndex.longest(in: p, at: m) == nil { m += 1 }
                k = m - k >= 2 ? m : k - 1
            }
            if k - j >= 2, k - j <= 6 || p[j..<k].contains("·") { return k - j }
        }
        let lengths: [Int]
        if j + 1 < p.count, Surnames.compoundInitials.contains(p[j]), Surnames.compound.contains(String(scalars: p[j..<(j + 2)])) {
            lengths = [3, 4]
        } else if Surnames.single.contains(p[j]) {
            lengths = foreign ? [2, 3, 4] : [2, 3]
        } else if foreign, !EntityLexicon.nameFollowers.contains(p[j]), p[j] != "兼" {
            // (中国驻越南大使|在致辞中表示: a preposition after the title, no name; nor 兼 before the next post, 副首相兼外交大臣.)
            lengths = [2, 3, 4]
        } else {
            // 研究员依绍华表示: a family name the lexicon lacks, the name no word, its verb of speech right after it.
            return requireAction ? nil : rareFamilyNameLength(p, j)
        }
        // (于 after a title is a family name where a name of three and its verb follow, 首席统计师于卫宁解读称; else the
        // preposition, 副省长于12日….)
        if EntityLexicon.weakSurnames.contains(p[j]), !(p[j] == "于" && !requireAction && surnameYu(p, j)) { return nil }
        // The title's own verb right after it is no name: 专家支招, 专家解读, 专家强调. Nor a family name's character right before
        // a verb of two characters or more: 外方代表时表示 is 时 "when" and 表示, no 时表 or 时表示.
        if actionIndex.longest(in: p, at: j) != nil { return nil }
        if let (alen, _) = actionIndex.longest(in: p, at: j + 1), alen >= 2 { return nil }
        // A word the title opens runs on past it (领导班子监督): the title is that word's start, no name follows.
        if j >= 2, j + 2 <= p.count, let w = Words.info(p[(j - 2)..<(j + 2)]), !w.pos.hasPrefix("nr"), w.logFrequency >= 7 {
            return nil
        }
        // 欧方, 马方, 韩方: a country's side in talks, no family name (表示，欧方愿同中方…).
        if p[j + 1] == "方", sideInitials.contains(p[j]) { return nil }
        // A clause-opening name needs its verb right after it: look for that first, it is cheap.
        if requireAction {
            // (满 opening a clause is "full of": 满山都是树, 满眼都是绿.)
            if p[j] == "满" { return nil }
            let verbAt = { (k: Int) -> Bool in
                k < p.count && (p[k] == "说" || p[k] == "还" || clauseFollowers.contains(p[k]) || actionIndex.longest(in: p, at: k) != nil
                    || saysHow(p, k))
            }
            guard verbAt(j + 2) || verbAt(j + 3) || verbAt(j + 4) else { return nil }
        }
        // An org-like character right after a title is the rest of a word (总领事馆), not a name.
        if foreign, ["馆", "处", "会", "级", "团", "组", "部", "室", "办", "长", "员"].contains(p[j]) { return nil }
        var best: (length: Int, score: Double)?
        for len in lengths where j + len <= p.count {
            guard (j..<(j + len)).allSatisfy({ EntityText.isHan(p[$0]) }) else { break }
            // A name does not end in a particle or conjunction (拜登|与).
            // 表/指/强 only as the start of 表示/指出/强调 (周波|强调, but 李克强|主持).
            if len > 2, EntityLexicon.nameFollowers.contains(p[j + len - 1]),
                !["表", "指", "强"].contains(p[j + len - 1]) || actionIndex.longest(in: p, at: j + len - 1) != nil
            {
                continue
            }
            // (An action of three characters or more that the name's last character would open, 毛宁|答记者问, is the verb:
            // the name ends before it, though a frequent word, 记者, follows the longer reading.)
            if len > 2, longActionInitials.contains(p[j + len - 1]), let (alen, _) = actionIndex.longest(in: p, at: j + len - 1), alen >= 3 {
                continue
            }
            // (Nor a name of four after a foreign title whose last two characters are the verb: 外交部长王毅|举行会谈.)
            if len == 4, let (alen, _) = actionIndex.longest(in: p, at: j + 2), alen >= 2 { continue }
            // (Nor a name of three whose last character opens a frequent adverb with the next: 志愿者张丽|正在为…, 王建|一直…;
            // the name ends before it.)
            if len == 3, j + 4 <= p.count, let w = Words.info(p[(j + 2)..<(j + 4)]), w.pos == "d" || w.pos == "t" && p[j + 2] == "正",
                w.logFrequency >= 11
            {
                continue
            }
            // 富起|来: a verb's directional complement (起来, 下去) runs across the end, so no name ends there
            // (站起来、富起来、强起来).
            if j + len < p.count, directionalVerbs.contains(p[j + len - 1]), p[j + len] == "来" || p[j + len] == "去" { continue }
            let name = String(scalars: p[j..<(j + len)])
            if len == 3, p[j + 2] == "人", EntityLexicon.roleNouns.contains(name) { continue }
            // 龙场村的变化, 张村是…, 李庄镇今年…: without a title, a family name's character opening a village's or a town's name
            // is no person.
            if requireAction, settlementEndings.contains(p[j + len - 1]) { continue }
            // ■温馨提示, 文明提示：…: a common word the list tags as a name.
            if requireAction, len == 2, EntityLexicon.wordsTaggedAsNames.contains(name) { continue }
            if let w = Words.info(name) {
                if !w.pos.hasPrefix("nr"), w.logFrequency >= 8 || w.pos == "n" && w.logFrequency >= 7 { continue }
                // 二十国集团领导人|峰会: after a foreign title any characters may open a name, but not a word the list
                // tags as none.
                if foreign, !w.pos.hasPrefix("nr"), !Surnames.single.contains(p[j]) { continue }
                // 法国总统|通电话: three characters that make a word, a verb or a phrase, no name-tag marks, are that word.
                if len == 3, !w.pos.hasPrefix("nr") { continue }
                // 白皮书介绍, 黄金周期间: jieba tags some common words nr; without a title a three-character word is no name.
                if requireAction, len == 3, w.logFrequency >= 6 { continue }
                // 薄雾还未散去: without a title, a two-character word no name-tag marks opens no name.
                if requireAction, len == 2, !w.pos.hasPrefix("nr"), w.logFrequency >= 6 { continue }
            }
            if let (plen, _) = Gazetteer.index.longest(in: p, at: j), plen >= len { continue }
            if titleIndex.longest(in: p, at: j + len - 1) != nil, len > 2 { continue }  // 张主任: the title is not the name
            if len == 3, titleIndex.longest(in: p, at: j + 1)?.length == 2 { continue }  // 赵书记, 李老师: a family name and a title
            if len > 2, knownIndex.longest(in: p, at: j + 1) != nil { continue }  // 向雷锋: a known name inside
            if len > 2, let w = Words.info(p[j..<(j + 2)]), !w.pos.hasPrefix("nr"), w.logFrequency >= 10 || w.pos == "n" && w.logFrequency >= 7 {
                continue  // 关爱卡, 关于统: an ordinary word, not a family and given name; 总统专机|抵达: a noun
            }
            // 来书店, 向社会, 到基层: a verb or preposition before a noun, opening a clause without a title. After a
            // title too, where the noun closes the text: 院士谈科普 (jieba tags some such nouns nr: 科普).
            if len == 3, EntityLexicon.verbSurnames.contains(p[j]), let w = Words.info(p[(j + 1)..<(j + 3)]),
                w.logFrequency >= 8, requireAction ? !w.pos.hasPrefix("nr") : j + 3 >= p.count || EntityText.isDelimiter(p[j + 3])
            {
                continue
            }
            let k = j + len
            var follow: Double
            if k >= p.count || EntityText.isDelimiter(p[k]) {
                if requireAction { continue }
                follow = 10
            } else if let (alen, _) = actionIndex.longest(in: p, at: k) {
                follow = 14 + Double(alen) * 0.1
            } else if requireAction {
                if p[k] == "说" || p[k] == "还" || saysHow(p, k) {
                    follow = 9
                } else if clauseFollowers.contains(p[k]), Words.info(name) == nil, len == 2 || Words.info(p[j..<(j + 2)]) == nil,
                    !(len == 2 && measureNouns.contains(p[j + 1])), !(len == 2 && EntityLexicon.nameFollowers.contains(p[j + 1])),
                    !(len == 3 && isFrequentWord(p[(j + 1)..<(j + 3)]))
                {
                    // 李明是, 王小红和: no dictionary word starts here (jieba's "nr" also tags 孔雀, 卫星), and a
                    // function word follows. (Not where the name's second character is one itself: 井还在, 乡愁就在
                    // is 井 and 还在.)
                    follow = 7
                } else {
                    continue
                }
            } else {
                follow = 0
                if let (_, lf) = Words.bestWord(in: p, at: k) { follow = Double(lf) }
                if EntityLexicon.nameFollowers.contains(p[k]) { follow = max(follow, 8) }
                if postTitleIndex.longest(in: p, at: k) != nil || titleIndex.longest(in: p, at: k) != nil { follow = max(follow, 11) }
                // 等 closing a list of names after them (深圳市市长覃伟中等参加): the name ends there, whatever word the
                // character before 等 makes with it (中等).
                if p[k] == "等" { follow = max(follow, 12) }
                // 外交部发言人毛宁26日主持…: the day the person acted follows the name, which ends there.
                if CharClass.isDigit(p[k]) { follow = max(follow, 10) }
            }
            let prior: Double = len == 3 ? 1.5 : len == 4 ? (foreign ? 0.5 : -3) : 0
            let score = follow + prior
            // After a title a name is expected: a three-character name with an unknown word after it stands.
            let threshold = requireAction ? 6.0 : 1.5
            if score >= threshold, best == nil || score > best!.score { best = (len, score) }
        }
        return best?.length
    }

    /// A verb or noun too frequent to be a given name (云计算的, 云服务的, 云平台和: 云 and 计算, 服务, 平台); names that are
    /// words stay (刘胜利, 王和平, 李建国, 王红军: 胜利 vn 13, 和平 nz 13, 建国 ns 12, 红军 n 11 in jieba's list).
    static func isFrequentWord(_ given: UnsafeBufferPointer<Unicode.Scalar>.SubSequence) -> Bool {
        guard let w = Words.info(given) else { return false }
        switch w.pos {
        case "v", "n": return w.logFrequency >= 12
        case "vn": return w.logFrequency >= 14
        default: return false
        }
    }

    /// How a person said it, right after the name: 兴奋地说, 笑着说, 感慨地表示 (two characters and 地, or one and 着, then a
    /// verb of speech).
    static func saysHow(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int) -> Bool {
        func speech(_ i: Int) -> Bool { i < p.count && (p[i] == "说" || actionIndex.longest(in: p, at: i) != nil) }
        return k + 3 < p.count && p[k + 2] == "地" && EntityText.isHan(p[k]) && EntityText.isHan(p[k + 1]) && speech(k + 3)
            || k + 2 < p.count && p[k + 1] == "着" && EntityText.isHan(p[k]) && speech(k + 2)
    }

    /// How the names of villages, towns and counties end: 村, 镇, 乡, 县, 屯, 寨.
    static let settlementEndings: ScalarSet = ["村", "镇", "乡", "县", "屯", "寨"]

    /// A name of three or two Han characters at `j`, right after a title, whose family name the lexicon lacks (依绍华, 禹
    /// 明): no word or place starts it, and a verb of speech or action follows it (表示, 介绍, 指出).
    static func rareFamilyNameLength(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int) -> Int? {
        for len in [3, 2] where j + len < p.count && actionIndex.longest(in: p, at: j + len) != nil {
            guard p[j] != "某", Markers.isRareSurnameName(ArraySlice(p[j..<(j + len)])), !EntityLexicon.nameFollowers.contains(p[j]), Gazetteer.index.longest(in: p, at: j) == nil,
                actionIndex.longest(in: p, at: j) == nil, titleIndex.longest(in: p, at: j) == nil
            else { continue }
            return len
        }
        return nil
    }

    /// A name set off by one to three spaces after the title ending at `j` and standing alone, at the text's
    /// end or before a space or punctuation: 李　强 (a two-character name padded to three characters' width)
    /// or 习近平. Where it starts, the name, and the scalars it takes.
    static func spacedName(_ p: UnsafeBufferPointer<Unicode.Scalar>, after j: Int, foreign: Bool) -> (start: Int, name: String, length: Int)? {
        var k = j
        while k < p.count, k - j < 3, CharClass.isSpace(p[k]) { k += 1 }
        guard k > j, k + 1 < p.count else { return nil }
        if let name = paddedName(p, at: k) { return (k, name, 3) }
        guard let len = nameLength(p, k, foreign: foreign, requireAction: false), k + len == p.count || !EntityText.isHan(p[k + len])
        else { return nil }
        return (k, String(scalars: p[k..<(k + len)]), len)
    }

    /// 王　强 at `k`: a family name, a space, one Han character and no more — a two-character name printed
    /// with a space between to fill three characters' width. The name without its space.
    static func paddedName(_ p: UnsafeBufferPointer<Unicode.Scalar>, at k: Int) -> String? {
        guard k + 2 < p.count, Surnames.single.contains(p[k]), CharClass.isSpace(p[k + 1]), EntityText.isHan(p[k + 2]),
            k + 3 == p.count || !EntityText.isHan(p[k + 3])
        else { return nil }
        return String(scalars: [p[k], p[k + 2]])
    }

    /// An appointment at `i` (任命 or 提名 X 为 post, 免去 X 的 post 职务): where the name starts, its length, and the
    /// post given if it ends in a title.
    static func appointment(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> (start: Int, length: Int, post: String?)? {
        // (Asked at every character: scalars compared before anything is built.)
        guard i + 4 < p.count, p[i + 1] == "命" && (p[i] == "任") || p[i + 1] == "名" && p[i] == "提" || p[i + 1] == "去" && p[i] == "免"
        else { return nil }
        let start = i + 2
        let connector: Unicode.Scalar = p[i] == "免" ? "的" : "为"
        for len in [3, 2] where start + len < p.count && p[start + len] == connector {
            let name = String(scalars: p[start..<(start + len)])
            guard Surnames.looksLikeName(name), Words.info(name).map({ $0.pos == "nr" }) ?? true else { continue }
            guard connector == "为" else { return (start, len, nil) }
            var end = start + len + 1
            while end < p.count, !EntityText.isDelimiter(p[end]) { end += 1 }
            let post = Array(p[(start + len + 1)..<end])
            return (start, len, EntityLexicon.endsWithTitle(post) ? String(scalars: post) : nil)
        }
        return nil
    }

    /// 于 at `j` opens a name of three Han characters that no word starts and the speaker's verb follows (于卫宁解读称).
    static func surnameYu(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int) -> Bool {
        guard j + 3 < p.count, EntityText.isHan(p[j + 1]), EntityText.isHan(p[j + 2]), Words.info(p[j...(j + 1)]) == nil else { return false }
        return actionIndex.longest(in: p, at: j + 3) != nil || p[j + 3] == "称"
    }

    /// The titles printed before a name, split at 、 and commas: 省委常委、副省长陈向群 →
    /// ["省委常委", "副省长"]; also where the chain starts.
    static func titleChain(_ p: UnsafeBufferPointer<Unicode.Scalar>, nameStart: Int) -> (titles: [String], start: Int?) {
        var titles: [String] = []
        var end = nameStart
        var chainStart: Int?
        while end > 0 {
            var s = end
            while s > 0, !EntityText.isDelimiter(p[s - 1]) { s -= 1 }
            // A company's home in brackets inside its name (本源量子计算科技（合肥）股份有限公司董事长, …（中国）有限公司总裁):
            // the title runs on past it.
            while s >= 4, p[s - 1] == "）", let open = (max(0, s - 8)..<(s - 1)).last(where: { p[$0] == "（" }), open > 0,
                EntityText.isHan(p[open - 1]), case let inner = String(scalars: p[(open + 1)..<(s - 1)]),
                inner == "中国" || Gazetteer.index.longest(in: p, at: open + 1)?.length == s - 1 - open - 1,
                String(scalars: p[s..<end]).hasText("公司") || String(scalars: p[s..<end]).hasText("集团")
            {
                s = open
                while s > 0, !EntityText.isDelimiter(p[s - 1]) { s -= 1 }
            }
            let segment = Array(p[s..<end])
            guard let titleLength = EntityLexicon.titleSuffixLength(segment) else { break }
            // (Across a comma, a clause that ends in 记者 is who was told, no title: 排长刘洋告诉记者，上士王强说.)
            if !titles.isEmpty, p[end] == "，" || p[end] == ",", segment.count >= 2, segment[segment.count - 2] == "记", segment.last == "者" { break }
            // (A cut word inside the title is none: the 经 of 总经理.)
            var cut = s + lastCut(segment, before: segment.count - titleLength)
            // An interview's subtitle: ——访某研究院院长李明 (the 访 is no part of the title).
            if p[cut] == "访", cut + 1 < end, cut == 0 || p[cut - 1] == "—" || p[cut - 1] == "－" { cut += 1 }
            titles.insert(String(scalars: p[cut..<end]), at: 0)
            chainStart = cut
            guard cut == s, s > 1, p[s - 1] == "、" || p[s - 1] == "，" || p[s - 1] == "," else { break }
            end = s - 1
        }
        return (titles, chainStart)
    }

    /// The 和, 及 or 与 at `i` is inside a department's or a school's name (工业和信息化部, 住房和城乡建设厅, 发展和改革委员会,
    /// 劳工及福利局, 材料科学与工程学院, 新闻与传播学院, 人口与发展研究中心, a hospital's 呼吸与危重症医学科): two to five Han
    /// characters after it end in 委员会, or after 和 or 及 in 部, 厅 or 局, after 与 in 院, 系, 所, 科, 室 or 中心.
    /// (A ministry joined by 与 too, where a noun stands before it: 南非国际关系与合作部长; not 他与外交部长, where 与 is "with".)
    static func joinsDepartmentName(_ seg: [Unicode.Scalar], at i: Int) -> Bool {
        let nounBefore = seg[i] == "与" && i >= 2 && closesNoun(seg, at: i - 1)
        let ends: [Unicode.Scalar] = seg[i] == "与" ? ["院", "系", "所", "科", "室"] + (nounBefore ? ["部", "厅", "局"] : []) : ["部", "厅", "局"]
        var k = i + 1
        while k < seg.count, k - i <= 6, EntityText.isHan(seg[k]) {
            let n = k - i - 1  // Han characters between 和 and seg[k]
            if n >= 2, ends.contains(seg[k]) { return true }
            if n >= 2, seg[i] == "与", seg[k] == "中", k + 1 < seg.count, seg[k + 1] == "心" { return true }
            if n >= 2, seg[k] == "委", k + 2 < seg.count, seg[k + 1] == "员", seg[k + 2] == "会" { return true }
            k += 1
        }
        return false
    }

    /// The one-character cut word at `i` is the first of a noun or adjective inside the title's body
    /// (经济, 对外, 和平, 同济): part of a name, not a verb or preposition before the title.
    static func opensNoun(_ seg: [Unicode.Scalar], at i: Int, before limit: Int) -> Bool {
        guard i + 2 <= limit, let info = Words.info(seg[i..<(i + 2)]) else { return false }
        return info.pos.hasPrefix("n") || info.pos == "vn" || info.pos == "s" || info.pos == "a"
    }

    /// The one-character cut word at `i` is the last of a noun inside the title's body (华为, 数据): part of a name.
    static func closesNoun(_ seg: [Unicode.Scalar], at i: Int) -> Bool {
        guard i > 0, EntityText.isHan(seg[i - 1]), let info = Words.info(seg[(i - 1)...i]) else { return false }
        return info.pos.hasPrefix("n")
    }

    static let cutScalars = EntityLexicon.titleCuts.map { Array($0.unicodeScalars) }
    static let cutScalarsByFirst = Dictionary(grouping: cutScalars, by: { $0[0] })

    /// Countries' one-character names that with 方 make their side in talks (中方, 欧方, 马方, 韩方).
    static let sideInitials: ScalarSet = ["中", "美", "俄", "日", "英", "法", "德", "欧", "韩", "朝", "印", "巴", "澳", "加", "意", "越", "泰", "菲", "马", "新", "非", "阿", "以", "伊", "土", "蒙", "老", "柬", "缅", "哈", "乌", "希", "葡", "荷", "瑞", "奥", "波", "捷", "匈", "古", "墨", "智", "秘", "沙", "埃", "南"]

    /// Offset just after the last word in `seg`, ending at or before `limit`, at which a title chain is
    /// cut (会议由|副省长).
    static func lastCut(_ seg: [Unicode.Scalar], before limit: Int) -> Int {
        var cut = 0
        // (Each position asks only the cut words that open with its character; the answer is the furthest cut,
        // whatever order they are found in.)
        for i in 0..<max(0, limit) {
            guard let words = cutScalarsByFirst[seg[i]] else { continue }
            for ws in words where i + ws.count <= limit && (1..<ws.count).allSatisfy({ seg[i + $0] == ws[$0] }) {
                let one = ws.count == 1 ? ws[0] : nil
                if one == "和", i > 0, seg[i - 1] == "共" { continue }  // 中华人民共和国
                // (工业和信息化部部长, 科学与工程学院教授, and Hong Kong's bureaus joined by 及: 劳工及福利局局长.)
                if one == "和" || one == "与" || one == "及", joinsDepartmentName(seg, at: i) { continue }
                // (应 at the invitation of, 应哈萨克斯坦共和国总统托卡耶夫邀请, and 有 of 出席的有…; not inside a word,
                // 应急管理部部长, 有限公司董事长, 国有企业党委书记.)
                if one == "应" || one == "有", i + 2 <= limit && Words.info(seg[i..<(i + 2)]) != nil
                    || i > 0 && Words.info(seg[(i - 1)...i]) != nil
                {
                    continue
                }
                if ws.count == 1, opensNoun(seg, at: i, before: limit) { continue }  // 中国宏观经济研究院研究员, 和平区区长
                if ws.count == 1, closesNoun(seg, at: i) { continue }  // 华为技术有限公司常务董事, 大数据中心主任
                cut = max(cut, i + ws.count)
            }
        }
        return cut
    }
}
