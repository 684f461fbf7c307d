/// Places: administrative divisions (full names and the short forms newspapers print), towns and
/// streets with the village after them, national new areas, regions and countries — each level on
/// its own (葫芦岛市南票区 → 葫芦岛市, 南票区), inside titles and organization names too, never
/// inside a person's name. A name several divisions share is resolved by the other places of the
/// text and the newspaper's home province (朝阳 in a Liaoning paper is 朝阳市).
enum PlaceExtractor {
    struct Candidate {
        var unit: Int
        var start: Int
        var end: Int
        var surface: String
        var divisions: [Int]
    }

    /// Characters after which a place name is part of a street or a building (南京路).
    static let notAfter: ScalarSet = ["路", "街", "巷", "桥", "胡", "弄", "里", "号", "站"]

    /// The place name ending at `k` is part of a street's or a building's (南京路, 寿光路口): a character of `notAfter` follows
    /// it, not as the street-side of the place itself (伦敦街头, 北京街巷: the streets of London, of Beijing).
    static func opensStreet(_ p: UnsafeBufferPointer<Unicode.Scalar>, at k: Int) -> Bool {
        guard k < p.count, notAfter.contains(p[k]) else { return false }
        return !(p[k] == "街" && k + 1 < p.count && (p[k + 1] == "头" || p[k + 1] == "巷"))
    }

    /// A province's one-character name before a quarter of the compass names a part of that province (鲁西北,
    /// 豫西南, 川西北): not the country's 西北.
    static let provinceShortNames: ScalarSet = [
        "京", "津", "沪", "渝", "冀", "豫", "滇", "辽", "黑", "湘", "皖", "鲁", "苏", "浙", "赣", "鄂", "桂", "甘", "晋", "蒙", "陕", "吉", "闽",
        "黔", "粤", "川", "蜀", "藏", "宁", "琼",
    ]
    static let compassRegions = ["东北", "西北", "东南", "西南"]
    /// What follows two countries' short names together (巴中两国, 巴中关系): ties, not a place.
    static let bilateralWords = ["两国", "关系", "合作", "友好", "友谊", "文化", "经贸", "贸易", "建交", "人民", "双方", "互利"]

    static func extract(_ text: EntityText, avoiding names: EntityText.Spans, homeProvince: String?) -> (places: [Entities.Place], mentions: [Mention]) {
        var found: [Candidate] = []
        let gazetteer = Gazetteer.index  // (read once, not at every position)
        var learned: [String: Int] = [:]  // county short names read after their province or city (寿光 → 寿光市)
        for (ui, u) in text.units.enumerated() {
            u.withUnsafeBufferPointer { p in
                var i = 0
                var placeEnd = 0  // where the last place found ends
                while i < p.count {
                    guard let (len, ids) = gazetteer.longest(in: p, at: i) else {
                        i += 1
                        continue
                    }
                    if names.overlaps(ui, i..<(i + len)) || opensStreet(p, at: i + len)
                        || EntityLexicon.placeCompounds.contains(where: { OrganizationExtractor.hasPrefix(p, i, $0) })
                        || EntityLexicon.wordsAroundPlaces.contains(where: { i >= $0.offset && OrganizationExtractor.hasPrefix(p, i - $0.offset, $0.word) })
                        // (A river's two banks, 浦江两岸, 长江两岸, are no 两岸 of the Strait.)
                        || len == 2 && p[i] == "两" && p[i + 1] == "岸" && i > 0 && "江河溪湖川渠".unicodeScalars.contains(p[i - 1])
                        || i > 0 && provinceShortNames.contains(p[i - 1]) && compassRegions.contains(where: { OrganizationExtractor.hasPrefix(p, i, $0) })
                        // (中欧 is China and Europe far more often than Central Europe, 中欧班列, 中欧关系: a region only before
                        // 国家, 地区 or 各国.)
                        || len == 2 && p[i] == "中" && p[i + 1] == "欧" && !["国家", "地区", "各国"].contains(where: { OrganizationExtractor.hasPrefix(p, i + 2, $0) })
                        || startsInsideWord(p, i, after: placeEnd, town: ids.allSatisfy { Gazetteer.divisions[$0].level == .town }, length: len)
                        // (A foreign place that starts inside a word, whose rest is a place itself: 首都柏林 names 柏林, no 都柏林.
                        // Not a division of China's: 在内蒙古 names 内蒙古.)
                        || len >= 3 && i > placeEnd && EntityText.isHan(p[i - 1]) && ids.allSatisfy({ Gazetteer.divisions[$0].code == nil })
                            && Words.info(p[(i - 1)...i]) != nil && gazetteer.longest(in: p, at: i + 1)?.length == len - 1
                        // (巴中 before two countries' ties is Brazil's or Pakistan's and China's: 巴中文化交流, 巴中两国.)
                        || len == 2 && p[i] == "巴" && p[i + 1] == "中" && Self.bilateralWords.contains(where: { OrganizationExtractor.hasPrefix(p, i + 2, $0) })
                    {
                        i += 1
                        continue
                    }
                    found.append(Candidate(unit: ui, start: i, end: i + len, surface: String(scalars: p[i..<(i + len)]), divisions: ids))
                    i += len
                    placeEnd = i
                    // 山东寿光, 北京海淀: a county's short name of two right after its own province or city. (Also where the
                    // name is a division elsewhere that lies in no place just named: 北京朝阳 is Beijing's 朝阳区, not the
                    // city of Liaoning; 辽宁朝阳 is that city, not its county.)
                    if let (county, clen) = Gazetteer.countyShort(in: p, at: i, after: ids),
                        gazetteer.longest(in: p, at: i).map({ m in m.length == clen && !m.payload.contains { Gazetteer.isWithin($0, ids) } }) ?? true,
                        !names.overlaps(ui, i..<(i + clen)), !opensStreet(p, at: i + clen)
                    {
                        let surface = String(scalars: p[i..<(i + clen)])
                        found.append(Candidate(unit: ui, start: i, end: i + clen, surface: surface, divisions: [county]))
                        if Words.info(surface).map({ $0.pos.hasPrefix("ns") && $0.logFrequency < 10 }) ?? true { learned[surface] = county }
                        i += clen
                        placeEnd = i
                    }
                    // A village right after a town or street: 朝阳镇下沟村.
                    if ids.contains(where: { Gazetteer.divisions[$0].level == .town }) {
                        var k = i
                        while k < p.count, k - i < 4, EntityText.isHan(p[k]), p[k] != "村" { k += 1 }
                        if k < p.count, p[k] == "村", k - i >= 2 {
                            found.append(Candidate(unit: ui, start: i, end: k + 1, surface: String(scalars: p[i..<(k + 1)]), divisions: []))
                            i = k + 1
                            placeEnd = i
                        }
                    }
                }
            }
        }
        if !learned.isEmpty { found = withLearnedShorts(found, learned, in: text, avoiding: names) }
        // Context: provinces of the places that are not ambiguous, and the paper's home.
        var context: Set<String> = []
        for c in found where c.divisions.count == 1 {
            if let pc = Gazetteer.divisions[c.divisions[0]].provinceCode { context.insert(pc) }
        }
        var places: [Entities.Place] = []
        var seen: Set<String> = []
        var mentions: [Mention] = []
        for c in found {
            let chosen = c.divisions.max { score($0, context, homeProvince) < score($1, context, homeProvince) }
            let d = chosen.map { Gazetteer.divisions[$0] }
            let code = d?.code
            mentions.append(Mention(kind: .place, text: c.surface, unit: c.unit, start: c.start, end: c.end, detail: code))
            let key = code ?? c.surface
            if seen.insert(key).inserted { places.append(Entities.Place(name: c.surface, code: code)) }
        }
        return (places, mentions)
    }

    /// Every other mention of the county short names `learned` after their province or city (山东寿光 … 走进寿光):
    /// where no place was found, no name stands, and the short name starts no street's name or word.
    static func withLearnedShorts(_ found: [Candidate], _ learned: [String: Int], in text: EntityText, avoiding names: EntityText.Spans) -> [Candidate] {
        let shorts = learned.map { (Array($0.key.unicodeScalars), $0.key, $0.value) }
        var all = found
        for (ui, u) in text.units.enumerated() {
            let taken = found.filter { $0.unit == ui }
            u.withUnsafeBufferPointer { p in
                guard p.count >= 2 else { return }
                for i in 0..<(p.count - 1) {
                    guard let (s, surface, county) = shorts.first(where: { $0.0[0] == p[i] && $0.0[1] == p[i + 1] }),
                        !taken.contains(where: { $0.start < i + s.count && i < $0.end }), !names.overlaps(ui, i..<(i + s.count)),
                        !opensStreet(p, at: i + s.count), !Gazetteer.opensLongerWord(p, at: i, length: s.count),
                        !startsInsideWord(p, i, after: taken.contains { $0.end == i } ? i : 0, town: false)
                    else { continue }
                    all.append(Candidate(unit: ui, start: i, end: i + s.count, surface: surface, divisions: [county]))
                }
            }
        }
        return all.sorted { ($0.unit, $0.start) < ($1.unit, $1.start) }
    }

    /// The place's first character ends a word that starts before it, a mountain's name (贺兰山|东麓), so no 山东 starts
    /// there. Words of three characters, or of two that name a place. (Not a word that starts inside the place before,
    /// 江苏|南通: 苏南 is none there. A river or lake the gazetteer names, 洞庭湖, 长江, is a place itself.) A town's
    /// name, often common words, starts inside any word of two: 其中|城镇 names no 中城镇.
    /// A place of two characters that a common word of three holds whole with the character before it (珠江出海口: 出海口
    /// names no 海口) is inside that word too.
    static func startsInsideWord(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, after placeEnd: Int, town: Bool, length: Int = 0) -> Bool {
        guard i > placeEnd, EntityText.isHan(p[i - 1]) else { return false }
        if i > placeEnd + 1, EntityText.isHan(p[i - 2]), Words.info(p[(i - 2)...i]) != nil { return true }
        if length == 2, i + 1 < p.count, let word = Words.info(p[(i - 1)...(i + 1)]), !word.pos.hasPrefix("ns"), !word.pos.hasPrefix("nr") {
            return true
        }
        guard let word = Words.info(p[(i - 1)...i]) else { return false }
        return town || word.pos.hasPrefix("ns")
    }

    static func score(_ i: Int, _ context: Set<String>, _ home: String?) -> Double {
        let d = Gazetteer.divisions[i]
        var s = -Double(d.rank)
        if let pc = d.provinceCode {
            if context.contains(pc) { s += 2 }
            if pc == home { s += 1.5 }
        }
        return s
    }
}
