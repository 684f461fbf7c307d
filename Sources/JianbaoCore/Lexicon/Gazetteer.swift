/// Administrative divisions of China with GB/T 2260 codes (provinces, cities, counties), towns and
/// streets, national new areas, named regions, countries, capitals and other cities abroad — the place names the entity
/// extractor looks for, with the short forms newspapers print (沈阳 for 沈阳市).
public struct Division: Sendable, Equatable {
    public enum Level: String, Sendable {
        case province, city, county, town
        case newArea = "new-area"
        case region, country, capital
        /// A city abroad that is no capital (纽约, 圣保罗): no code, read as a capital is.
        case worldCity = "world-city"
    }

    /// GB/T 2260 code for Chinese divisions down to counties; nil for the rest.
    public var code: String?
    public var name: String
    public var short: String
    public var level: Level
    public var parent: String?

    /// A capital or another city abroad: read by its full name only, where no Chinese division holds that name.
    var isCityAbroad: Bool { level == .capital || level == .worldCity }

    /// The code of the province the division lies in.
    public var provinceCode: String? { code.map { String($0.prefix(2)) + "0000" } }

    /// Smaller is higher: province 0, city 1, county 2, the rest 3.
    var rank: Int {
        switch level {
        case .province, .country, .region: return 0
        case .city, .capital, .worldCity: return 1
        case .county, .newArea: return 2
        case .town: return 3
        }
    }
}

public enum Gazetteer {
    public static let divisions: [Division] = {
        TSV.rows(GazetteerData.text).compactMap { f in
            guard f.count == 5, let level = Division.Level(rawValue: f[3]) else { return nil }
            return Division(
                code: f[0] == "-" ? nil : f[0], name: f[1], short: f[2], level: level, parent: f[4] == "-" ? nil : f[4])
        }
    }()

    static let byCode: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, d) in divisions.enumerated() { if let c = d.code { m[c] = i } }
        return m
    }()

    public static func division(code: String) -> Division? { byCode[code].map { divisions[$0] } }

    /// Short names that are ordinary words in context (中非合作 is China–Africa, not the Central African Republic),
    /// and the names of districts that are words for any town's parts (老城区, 城区, 矿区; 经开区, 管理区, the short
    /// forms of many divisions): 洛阳市老城区 is still found by its city.
    static let notPlaces: Set<String> = ["示范区", "工业园", "航空港", "开发区", "高新区", "新区", "经开区", "管理区", "市直辖", "郊区", "城区", "矿区", "老城区", "新城区", "日照", "中非", "中华", "中央", "东方", "新华", "和平", "安全", "开发", "永安", "太平", "长安", "平安", "吉安", "城关", "红星", "胜利", "向阳", "光明", "前进", "建设", "人民", "团结", "解放", "新村", "东风", "红旗"]

    /// Every surface form → the divisions it may name.
    static let index: PhraseIndex<[Int]> = {
        var forms: [String: [Int]] = [:]
        func add(_ s: String, _ i: Int) {
            guard s.unicodeScalars.count >= 2, !notPlaces.contains(s) else { return }
            if !(forms[s]?.contains(i) ?? false) { forms[s, default: []].append(i) }
        }
        func ordinaryWord(_ s: String) -> Bool {
            guard let w = Words.info(s) else { return false }
            return !w.pos.hasPrefix("ns") && w.logFrequency >= 9
        }
        var known: Set<String> = []
        for (i, d) in divisions.enumerated() where d.level != .town && !d.isCityAbroad {
            add(d.name, i)
            known.insert(d.name)
            switch d.level {
            case .province, .country: add(d.short, i)
            case .city: add(d.short, i)  // jieba's tags call some cities adverbs (大连/d): trust the gazetteer
            case .county where d.short.unicodeScalars.count >= 3 && !ordinaryWord(d.short): add(d.short, i)
            default: break
            }
            known.insert(d.short)
        }
        for (i, d) in divisions.enumerated() where d.isCityAbroad && !known.contains(d.name) {
            add(d.name, i)
        }
        let townSuffixes = ["镇", "乡", "街道", "苏木"]
        for (i, d) in divisions.enumerated() where d.level == .town {
            guard let suffix = townSuffixes.first(where: { d.name.endsWithText($0) }) else { continue }
            let scalars = Array(d.name.unicodeScalars)
            let stemLength = scalars.count - suffix.unicodeScalars.count
            guard stemLength >= 2, !ordinaryWord(String(scalars: scalars[0..<stemLength])), !known.contains(d.name) else { continue }
            add(d.name, i)
        }
        var index = PhraseIndex<[Int]>()
        for (s, ids) in forms { index.insert(s, ids) }
        return index
    }()

    /// Two-character short names of counties and districts (寿光, 海淀, 义乌), which `index` leaves out: too many
    /// are words or are shared (平原, 长安, 新城). The place extractor reads one right after its own province or city
    /// (山东寿光, 北京海淀, 金华义乌), and then elsewhere in that text where it is no common word. (Not a district named
    /// after its lake: 杭州市西湖边, 嘉兴南湖 are the lakes.)
    static let countyShortIndex: PhraseIndex<[Int]> = {
        var forms: [String: [Int]] = [:]
        for (i, d) in divisions.enumerated()
        where d.level == .county && d.short.unicodeScalars.count == 2 && !notPlaces.contains(d.short) && d.short.unicodeScalars.last != "湖" {
            forms[d.short, default: []].append(i)
        }
        var index = PhraseIndex<[Int]>()
        for (s, ids) in forms { index.insert(s, ids) }
        return index
    }()

    /// The county or district whose two-character short name starts at `k` right after the place `ids` name, and
    /// which lies in that place (山东|寿光, 潍坊|寿光, 北京|海淀): its index and the short name's length.
    static func countyShort(in p: UnsafeBufferPointer<Unicode.Scalar>, at k: Int, after ids: [Int]) -> (county: Int, length: Int)? {
        guard let (len, counties) = countyShortIndex.longest(in: p, at: k) else { return nil }
        guard let county = counties.first(where: { isWithin($0, ids) }), !opensLongerWord(p, at: k, length: len) else { return nil }
        return (county, len)
    }

    /// Division `d` lies in one of the provinces or cities `ids` (朝阳区 of Beijing in 北京; 朝阳市 in 辽宁).
    static func isWithin(_ d: Int, _ ids: [Int]) -> Bool {
        ids.contains { i in
            guard divisions[i].level == .province || divisions[i].level == .city, let code = divisions[i].code else { return false }
            return code == divisions[d].parent || code == divisions[d].provinceCode
        }
    }

    /// A dictionary word longer than `length` starts at `k`: a short name there is that word's start (银川市贺兰山东麓 is
    /// the mountain, not 贺兰县).
    static func opensLongerWord(_ p: UnsafeBufferPointer<Unicode.Scalar>, at k: Int, length: Int) -> Bool {
        ((length + 1)...(length + 2)).contains { k + $0 <= p.count && Words.info(p[k..<(k + $0)]) != nil }
    }

    /// How far place names run from the start of `p`, one after another (河北邯郸 → 4, 浙江安吉 → 2).
    static func placesLength(_ p: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var k = 0
        while k < p.count, let (length, _) = index.longest(in: p, at: k) { k += length }
        return k
    }

    /// The length of another country's name starting at `k` (德国, 俄罗斯; not 中国), or nil.
    static func foreignCountryLength(_ p: UnsafeBufferPointer<Unicode.Scalar>, at k: Int) -> Int? {
        guard let (len, ids) = index.longest(in: p, at: k) else { return nil }
        return ids.contains { divisions[$0].level == .country && divisions[$0].short != "中国" && divisions[$0].name != "中国" } ? len : nil
    }

    /// A named region or natural feature (渤海, 长江, 东南亚) and nothing else by that name: no division code.
    public static func isFeature(_ name: String) -> Bool {
        let u = Array(name.unicodeScalars)
        guard let (len, ids) = index.longest(in: u, at: 0), len == u.count else { return false }
        return ids.allSatisfy { divisions[$0].level == .region }
    }

    /// The province a newspaper is published in (辽宁日报 → 辽宁省), from a province name in its title.
    public static func homeProvince(ofNewspaper name: String?) -> String? {
        guard let name else { return nil }
        if let code = provinceOfPaperNamedOtherwise[name] { return code }
        let u = Array(name.unicodeScalars)
        for len in stride(from: min(u.count, 8), through: 2, by: -1) {
            if let code = provinceByPrefix[String(scalars: u[0..<len])] { return code }
        }
        return nil
    }

    /// Papers of a province or city whose names do not name it (新华日报 is Jiangsu's, 大众日报 Shandong's).
    static let provinceOfPaperNamedOtherwise: [String: String] = [
        "新华日报": "320000", "南方日报": "440000", "羊城晚报": "440000", "大众日报": "370000", "解放日报": "310000", "文汇报": "310000",
        "新民晚报": "310000", "长江日报": "420000", "钱江晚报": "330000",
    ]

    /// Province and city names and short names → the province's code.
    static let provinceByPrefix: [String: String] = {
        var m: [String: String] = [:]
        for d in divisions where d.level == .city && d.short.unicodeScalars.count >= 2 {
            m[d.short] = d.provinceCode
            m[d.name] = d.provinceCode
        }
        for d in divisions where d.level == .province {
            m[d.short] = d.code
            m[d.name] = d.code
        }
        return m
    }()
}
