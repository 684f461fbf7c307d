/// Organizations named as such: fixed names (党中央, 国务院, 团省委, 省委), and names running left
/// from a suffix (…厅, …委, …协会, …有限公司) to the word before them, kept when their head is a
/// place, a level (省, 市, 国家 …) or, for companies, any proper name — not generic references
/// (各级党组织, 有关部门, 全省工会), not occurrences that only lead a person's title. A company's
/// core name counts when printed alone (日本电产 from 日本电产株式会社).
enum OrganizationExtractor {
    static let fixedIndex = EntityText.index(EntityLexicon.fixedOrganizations)
    static let suffixIndex = EntityText.index(EntityLexicon.organizationSuffixes)
    static let singleSuffixes = ScalarSet(
        EntityLexicon.organizationSuffixes.filter { $0.unicodeScalars.count == 1 }.map { $0.unicodeScalars.first! })
    static let maxLength = 22

    struct Span {
        var unit: Int
        var range: Range<Int>
        var name: String
        var company: Bool
    }

    static func extract(_ text: EntityText, titles: EntityText.Spans, names: EntityText.Spans) -> (organizations: [String], mentions: [Mention]) {
        var spans: [Span] = []
        let (fixedIndex, suffixIndex) = (Self.fixedIndex, Self.suffixIndex)  // (read once, not at every position)
        for (ui, u) in text.units.enumerated() {
            u.withUnsafeBufferPointer { p in
                var skipUntil = 0
                for i in 0..<p.count {
                    if let (len, name) = fixedIndex.longest(in: p, at: i), i >= skipUntil {
                        if isGenericBefore(p, i) || endsInsideWord(p, i + len) || commonWordCompanies.contains(name) && !namesTheCompany(p, i + len) {
                            skipUntil = i + len  // 各团市委: neither 团市委 nor the 市委 inside it
                        } else {
                            // 法国外交部, 美国国务院: another country's ministry, not China's.
                            let start = foreignCountryBefore(p, i) ?? i
                            // 阿里巴巴集团, 比亚迪股份有限公司: a company's name as the press gives it, and its company suffix.
                            var end = i + len
                            if let (slen, suffix) = suffixIndex.longest(in: p, at: end), EntityLexicon.companySuffixes.contains(suffix) {
                                end += slen
                            }
                            spans.append(Span(unit: ui, range: start..<end, name: String(scalars: p[start..<end]), company: false))
                        }
                    }
                    guard i >= skipUntil else { continue }
                    var suffix: (Int, String)?
                    if let (len, s) = suffixIndex.longest(in: p, at: i) {
                        suffix = (len, s)
                    } else if singleSuffixes.contains(p[i]) {
                        suffix = (1, String(p[i]))
                    }
                    // 德国联邦经济和气候保护部, 日本外务省: another country's ministry, its country at its head.
                    if suffix == nil, foreignBodySuffixes.contains(p[i]), !endsInsideWord(p, i + 1), !startsInsideWord(p, i),
                        let start = foreignBodyStart(p, suffixStart: i)
                    {
                        spans.append(Span(unit: ui, range: start..<(i + 1), name: String(scalars: p[start...i]), company: false))
                        continue
                    }
                    guard let (slen, s) = suffix, !endsInsideWord(p, i + slen), slen > 1 || !startsInsideWord(p, i),
                        !(i > 0 && longSuffixesInsideWords[s]?.contains(p[i - 1]) == true), let start = organizationStart(p, suffixStart: i, suffix: s)
                    else { continue }
                    let end = i + slen
                    spans.append(Span(unit: ui, range: start..<end, name: String(scalars: p[start..<end]), company: EntityLexicon.companySuffixes.contains(s)))
                }
            }
        }
        // A fixed name that also runs left from its suffix (省委组织部: fixed, and …部 after 省委) is one span.
        var seen = Set<[Int]>()
        spans = spans.filter { seen.insert([$0.unit, $0.range.lowerBound, $0.range.upperBound]).inserted }
        // Keep the outermost spans; drop those inside a title chain or a name.
        spans = spans.filter { a in
            !spans.contains { b in
                b.unit == a.unit && b.range != a.range && b.range.lowerBound <= a.range.lowerBound && a.range.upperBound <= b.range.upperBound
            }
        }
        var kept = spans.filter { !titles.contains($0.unit, $0.range) && !names.overlaps($0.unit, $0.range) }
        // Company cores printed alone.
        var cores: [String] = []
        for s in spans where s.company {
            var core = s.name
            for suffix in EntityLexicon.companySuffixes.sorted(by: { $0.count > $1.count }) where core.hasSuffix(suffix) {
                core = String(core.dropLast(suffix.count))
                break
            }
            if let open = core.firstIndex(where: { $0 == "(" || $0 == "（" }) { core = String(core[..<open]) }
            if core.count >= 2, !cores.contains(core), Gazetteer.index.longest(in: Array(core.unicodeScalars), at: 0)?.length != core.unicodeScalars.count {
                cores.append(core)
            }
        }
        for core in cores {
            let c = Array(core.unicodeScalars)
            for (ui, u) in text.units.enumerated() where u.count >= c.count {
                for i in 0...(u.count - c.count) where u[i] == c[0] && u[i..<(i + c.count)].elementsEqual(c) {
                    let r = i..<(i + c.count)
                    if !spans.contains(where: { $0.unit == ui && $0.range.overlaps(r) }) {
                        kept.append(Span(unit: ui, range: r, name: core, company: false))
                    }
                }
            }
        }
        kept.sort { ($0.unit, $0.range.lowerBound) < ($1.unit, $1.range.lowerBound) }
        var names: [String] = []
        for s in kept where !names.contains(s.name) { names.append(s.name) }
        let mentions = kept.map { Mention(kind: .organization, text: $0.name, unit: $0.unit, start: $0.range.lowerBound, end: $0.range.upperBound) }
        return (names, mentions)
    }

    /// The match runs on into a longer word: 商务部|门, 草原局副局|长, 一起网|络诈骗案, 村里人网|购 (a site is …网 before no word of 网),
    /// 做好人事部|署, 加快建设部|分工程 (部分 before no word of 分; 农业部|分析 is the ministry), 中国银行|业 (the banking
    /// industry).
    static func endsInsideWord(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ end: Int) -> Bool {
        guard end < p.count, end > 0 else { return false }
        return p[end - 1] == "部" && (p[end] == "门" || p[end] == "署" || p[end] == "分" && !(end + 1 < p.count && Words.info(p[end...(end + 1)]) != nil))
            || p[end - 1] == "局" && (p[end] == "面" || p[end] == "势" || p[end] == "限") || p[end - 1] == "行" && p[end] == "业"
            || p[end - 1] == "委" && p[end] == "员"
            || p[end - 1] == "网" && EntityText.isHan(p[end]) && (Words.info(p[(end - 1)...end]) != nil || newNetWordSeconds.contains(p[end]))
            || p[end] == "长" && headedSuffixes.contains(p[end - 1]) && !(end + 1 < p.count && zhangWordSeconds.contains(p[end + 1]))
    }

    /// Words of 网 newer than the lexicon (村里人网|购, 开网|店, 上网|课, 网|约车): no site's name ends before them.
    static let newNetWordSeconds = ScalarSet("购店红课约速银剧恋签".unicodeScalars)

    /// Companies whose names are common words (小米 millet, 联想 to be reminded of): a company only where a word
    /// that names one follows (小米集团, 联想电脑), not in 小米粥 or 让人联想到.
    static let commonWordCompanies: Set<String> = ["小米", "联想"]
    static let companyWords = ["集团", "公司", "科技", "手机", "汽车", "电脑", "控股", "品牌", "旗下"]

    static func namesTheCompany(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ end: Int) -> Bool {
        companyWords.contains { hasPrefix(p, end, $0) }
    }

    /// Another country's name ends right before `i`, and a word ends before it (法国|外交部, 据美国|国务院): where it starts.
    static func foreignCountryBefore(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int? {
        for len in [2, 3, 4, 5] where i >= len {
            let k = i - len
            if Gazetteer.foreignCountryLength(p, at: k) == len, k == 0 || !EntityText.isHan(p[k - 1]) || EntityLexicon.leftBoundaries.contains(p[k - 1]) {
                return k
            }
        }
        return nil
    }

    /// The ends of another country's ministries (…部, and Japan's …省), which no Chinese body of that name shares.
    static let foreignBodySuffixes: ScalarSet = ["部", "省"]

    /// Where a ministry of another country ending at `suffixStart` begins: the rightmost country's name in the run of
    /// Han characters before it that opens a word (德国联邦经济和气候保护部); 省 only after 日本 (日本外务省, not a
    /// Vietnamese province's 越南广宁省). Nil where the character before the suffix makes a word with it (西部, 干部,
    /// 总部) or no country heads the run.
    static func foreignBodyStart(_ p: UnsafeBufferPointer<Unicode.Scalar>, suffixStart: Int) -> Int? {
        guard suffixStart >= 3, Words.info(p[(suffixStart - 1)...suffixStart]) == nil else { return nil }
        if suffixStart + 1 < p.count, Words.info(p[suffixStart...(suffixStart + 1)]) != nil { return nil }  // 部门, 省份
        var r = suffixStart
        while r > 0, suffixStart - r < maxLength, EntityText.isHan(p[r - 1]), p[r - 1] != "的", p[r - 1] != "了" { r -= 1 }
        let japan = p[suffixStart] == "省"
        for k in stride(from: suffixStart - 3, through: r, by: -1) where k == r || EntityLexicon.leftBoundaries.contains(p[k - 1]) {
            if japan {
                if hasPrefix(p, k, "日本") { return k }
                continue
            }
            if let len = Gazetteer.foreignCountryLength(p, at: k), k + len < suffixStart - 1 { return k }
        }
        return nil
    }

    /// `EntityLexicon.wordsOutsideNames` as pairs of characters, and their second characters, to skip the pairs' test almost
    /// everywhere.
    static let timePairs = Set(EntityLexicon.wordsOutsideNames.map { w in
        let u = Array(w.unicodeScalars)
        return UInt64(u[0].value) << 32 | UInt64(u[1].value)
    })
    static let timeSeconds = ScalarSet(EntityLexicon.wordsOutsideNames.map { $0.unicodeScalars.last! })

    /// The last characters of `EntityLexicon.verbsBeforeOrganization`, to skip the words' test almost everywhere.
    static let verbLasts = ScalarSet(EntityLexicon.verbsBeforeOrganization.map { $0.last! })

    /// What 等 closing a list of places goes on with (等国, 等地, 等省).
    static let etcetera: ScalarSet = ["国", "地", "省", "市", "县", "区"]

    /// Suffixes that with 长 make the title of the body's head (局长, 厅长, 部长, 署长).
    static let headedSuffixes: ScalarSet = ["局", "厅", "部", "署", "处", "科"]
    /// 长期, 长远, 长效: 长 opening a word of its own after the body's name (水利部长期…).
    static let zhangWordSeconds: ScalarSet = ["期", "远", "久", "效", "足", "年", "时", "达", "度"]

    /// A one-character suffix that ends a common word (签署, 部署, 格局, 大厅): no organization ends there
    /// (老挝国立大学签署 had been one).
    /// (Not 政局 in a bureau's name: 民政局, 财政局, 邮政局 — 北京市民政局 had been none.)
    static func startsInsideWord(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let pair = (p[i - 1], p[i])
        if pair == ("政", "局"), i >= 2, bureauInitials.contains(p[i - 2]) { return false }
        return suffixWords.contains { $0.0 == pair.0 && $0.1 == pair.1 }
    }

    /// A longer suffix whose first character ends a word with the one before it: a meeting's name, no body's (全国政协召开专题协商会,
    /// 磋商会 — not 商会).
    static let longSuffixesInsideWords: [String: ScalarSet] = ["商会": ["协", "磋"]]

    /// 民政局, 财政局, 邮政局: the character before 政局 that makes a bureau of it.
    static let bureauInitials: ScalarSet = ["民", "财", "邮"]

    static let suffixWords: [(Unicode.Scalar, Unicode.Scalar)] = EntityLexicon.wordsEndingInASuffix.map { w in
        let u = Array(w.unicodeScalars)
        return (u[0], u[1])
    }

    /// 各, 全, 该, 每 before a name: every such body, not one (各团市委, 全省工会).
    static let genericDeterminers: ScalarSet = ["各", "全", "该", "每"]

    static func isGenericBefore(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        i > 0 && genericDeterminers.contains(p[i - 1])
    }

    /// Where the organization ending in the suffix at `suffixStart` begins: the rightmost start after
    /// a boundary word whose head is a place, a level or (companies) any name; nil if none.
    static func organizationStart(_ p: UnsafeBufferPointer<Unicode.Scalar>, suffixStart: Int, suffix: String) -> Int? {
        var r = suffixStart
        var depth = 0
        while r > 0, suffixStart - r < maxLength {
            let c = p[r - 1]
            if c == "）" || c == ")" {
                depth += 1
            } else if c == "（" || c == "(" {
                guard depth > 0 else { break }
                depth -= 1
            } else if depth == 0, !EntityText.isHan(c) || c == "的" || c == "了" || c == "等" && etcetera.contains(p[r]) {
                // (Nor 等 closing a list: 德国、法国、意大利等国政府 is no one body.)
                // (No body's name holds a particle: 新中国在西藏建立的第一所综合性大学 names none.)
                break
            } else if depth == 0, r >= 2, timeSeconds.contains(c), timePairs.contains(UInt64(p[r - 2].value) << 32 | UInt64(c.value)) {
                break  // (哈尔滨市今年|完成老旧供热管网: the name starts after the time word, if anywhere.)
            }
            r -= 1
        }
        guard r < suffixStart else { return nil }
        // Specific company suffixes take any name; 公司 and 集团 alone need an anchored head.
        let company = EntityLexicon.companySuffixes.contains(suffix) && suffix != "公司" && suffix != "集团"
        if genericModifiers.contains(where: { m in hasSuffix(p, suffixStart, m) }) { return nil }
        // 中小学 is schools of two levels, no one school (全国中小学“人工智能+教育”试点).
        if suffix == "小学", suffixStart > 0, p[suffixStart - 1] == "中" { return nil }
        // Candidate starts: the region's start, and every position after a boundary character.
        var starts = [r]
        // A boundary character inside a noun is none (华为|技术有限公司 is not 华|为…; but 来到|辽宁…).
        for k in (r + 1)..<suffixStart where EntityLexicon.leftBoundaries.contains(p[k - 1])
            && !(k >= 2 && EntityText.isHan(p[k - 2]) && Words.info(p[(k - 2)..<k])?.pos.hasPrefix("n") == true)
        {
            starts.append(k)
        }
        // 注册成立|杭州某信息科技有限公司: a verb that founds, joins or sues a body is no part of its name.
        for k in stride(from: r + 2, to: suffixStart, by: 1)
        where verbLasts.contains(p[k - 1]) && EntityLexicon.verbsBeforeOrganization.contains(where: { hasSuffix(p, k, $0) }) {
            starts.append(k)
        }
        starts.sort()
        for k in starts.reversed() {
            if isGenericBefore(p, k) { return nil }
            if headIsAnchored(p, k, suffixStart) { return k }
            if EntityLexicon.genericHeads.contains(where: { hasPrefix(p, k, $0) }) { continue }
            if company, suffixStart - k >= 2 { return k }
        }
        return nil
    }

    static func headIsAnchored(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int, _ suffixStart: Int) -> Bool {
        // (乡村 is the countryside, not a township's 乡: 一所乡村小学 names no school; 中国农村研究院 is anchored by 中国.)
        if hasPrefix(p, k, "乡村") { return false }
        if EntityLexicon.levelHeads.contains(where: { hasPrefix(p, k, $0) }) { return true }
        // (Not a place a conjunction joins to the rest, a list's item: 埃及、泰国和国际月球天文台协会. 中国和平发展基金会 holds
        // 和平, a word.)
        if let (len, _) = Gazetteer.index.longest(in: p, at: k), k + len <= suffixStart {
            let joined = k + len < suffixStart && (p[k + len] == "和" || p[k + len] == "与" || p[k + len] == "及")
                && (Words.bestWord(in: p, at: k + len)?.length ?? 1) < 2
            return !joined
        }
        // (A body under a named one: 国务院新闻办公室, 全国人大常委会办公厅. Not two bodies joined: 清华大学和复旦大学.)
        if let (len, _) = fixedIndex.longest(in: p, at: k), k + len < suffixStart, !EntityLexicon.leftBoundaries.contains(p[k + len]),
            !genericDeterminers.contains(p[k + len])
        {
            return true  // (nor every body under one: 国务院各部委)
        }
        return false
    }

    static let genericModifiers = EntityLexicon.genericModifiers.map { Array($0.unicodeScalars) }

    /// `w` ends right before `end`.
    static func hasSuffix(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ end: Int, _ w: [Unicode.Scalar]) -> Bool {
        guard end >= w.count else { return false }
        for k in 0..<w.count where p[end - w.count + k] != w[k] { return false }
        return true
    }

    static func hasPrefix(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int, _ w: String) -> Bool {
        var i = k
        for s in w.unicodeScalars {
            guard i < p.count, p[i] == s else { return false }
            i += 1
        }
        return true
    }
}
