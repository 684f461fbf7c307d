/// File-name slugs of newspapers and their Chinese names (renmin-ribao → 人民日报).
public enum Newspapers {
    public static let bySlug: [String: String] = [
        "renmin-ribao": "人民日报", "rmrb": "人民日报", "people-daily": "人民日报", "peoples-daily": "人民日报",
        "renmin-ribao-haiwaiban": "人民日报海外版", "renmin-ribao-haiwai": "人民日报海外版", "rmrbhwb": "人民日报海外版",
        "people-daily-overseas": "人民日报海外版", "jingji-cankao-bao": "经济参考报", "xinhua-meiri-dianxun": "新华每日电讯",
        "nongmin-ribao": "农民日报", "farmers-daily": "农民日报", "xuexi-shibao": "学习时报", "study-times": "学习时报",
        "liaoning-daily": "辽宁日报", "liaoning-ribao": "辽宁日报", "lnrb": "辽宁日报",
        "guangming-daily": "光明日报", "guangming-ribao": "光明日报", "gmrb": "光明日报",
        "jingji-ribao": "经济日报", "economic-daily": "经济日报", "jjrb": "经济日报",
        "jiefangjun-bao": "解放军报", "pla-daily": "解放军报", "jfjb": "解放军报",
        "xinhua-daily": "新华日报", "xinhua-ribao": "新华日报",
        "beijing-daily": "北京日报", "beijing-ribao": "北京日报", "bjrb": "北京日报",
        "jiefang-daily": "解放日报", "jiefang-ribao": "解放日报",
        "wenhui-bao": "文汇报", "nanfang-daily": "南方日报", "nanfang-ribao": "南方日报",
        "zhejiang-daily": "浙江日报", "zhejiang-ribao": "浙江日报", "sichuan-daily": "四川日报",
        "hubei-daily": "湖北日报", "hunan-daily": "湖南日报", "henan-daily": "河南日报", "hebei-daily": "河北日报",
        "shandong-daily": "大众日报", "dazhong-ribao": "大众日报", "jilin-daily": "吉林日报",
        "heilongjiang-daily": "黑龙江日报", "china-youth-daily": "中国青年报", "zhongguo-qingnianbao": "中国青年报",
        "workers-daily": "工人日报", "gongren-ribao": "工人日报", "keji-ribao": "科技日报",
        "science-and-technology-daily": "科技日报", "fazhi-ribao": "法治日报", "legal-daily": "法治日报",
        "qiushi": "求是", "cankao-xiaoxi": "参考消息", "huanqiu-shibao": "环球时报", "global-times": "环球时报",
    ]

    /// Every Chinese name above, plus papers whose mastheads appear in dumps without a slug here.
    public static let names: Set<String> = Set(bySlug.values).union([
        "新华每日电讯", "中国纪检监察报", "学习时报", "农民日报", "中国妇女报", "人民政协报", "检察日报", "人民法院报", "中国青年报",
    ])

    /// Reads `<paper>-YYYY-MM-DD-p<N>.txt` (also `_` separators, `p03`, `page3`): the paper's
    /// name (slug mapped to Chinese where known, else the slug), the date and the page.
    public static func metadata(fromFileName name: String) -> (newspaper: String?, date: IssueDate?, page: Int?) {
        var stem = name
        if let slash = stem.lastIndex(of: "/") { stem = String(stem[stem.index(after: slash)...]) }
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
        let parts = stem.replacingOccurrences("_", with: "-").split(separator: "-").map(String.init)
        var date: IssueDate?
        var page: Int?
        var paper: [String] = []
        var i = 0
        while i < parts.count {
            let p = parts[i]
            if date == nil, p.count == 4, let y = Int(p), i + 2 < parts.count, let m = Int(parts[i + 1]), let d = Int(parts[i + 2]),
                let day = IssueDate(year: y, month: m, day: d)
            {
                date = day
                i += 3
                continue
            }
            if date == nil, p.count == 8, let _ = Int(p),
                let day = IssueDate(year: Int(p.prefix(4))!, month: Int(p.dropFirst(4).prefix(2))!, day: Int(p.suffix(2))!)
            {
                date = day
                i += 1
                continue
            }
            let lower = p.lowercased()
            for prefix in ["page", "p"] where lower.hasPrefix(prefix) {
                if let n = Int(lower.dropFirst(prefix.count)), date != nil { page = n }
            }
            if page == nil, date == nil { paper.append(p) }
            i += 1
        }
        let slug = paper.joined(separator: "-").lowercased()
        let newspaper = slug.isEmpty ? nil : bySlug[slug] ?? (date != nil ? slug : nil)
        return (newspaper, date, page)
    }
}

extension String {
    func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
