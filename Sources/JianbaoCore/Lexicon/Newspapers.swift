/// File-name slugs of newspapers and their Chinese names (renmin-ribao → 人民日报).
public enum Newspapers {
    public static let bySlug: [String: String] = [
        "renmin-ribao": "人民日报", "rmrb": "人民日报", "people-daily": "人民日报", "peoples-daily": "人民日报",
        "renmin-ribao-haiwaiban": "人民日报海外版", "renmin-ribao-haiwai": "人民日报海外版", "rmrbhwb": "人民日报海外版",
        "people-daily-overseas": "人民日报海外版", "jingji-cankao-bao": "经济参考报", "xinhua-meiri-dianxun": "新华每日电讯",
        "nongmin-ribao": "农民日报", "farmers-daily": "农民日报", "xuexi-shibao": "学习时报", "study-times": "学习时报",
        "da-gong-bao": "大公报", "ta-kung-pao": "大公报",
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
        "renmin-zhengxie-bao": "人民政协报", "jiancha-ribao": "检察日报", "renmin-fayuan-bao": "人民法院报",
        "zhongguo-jijian-jiancha-bao": "中国纪检监察报", "zhongguo-funv-bao": "中国妇女报", "zhongguo-jiaoyu-bao": "中国教育报",
        "jiankang-bao": "健康报", "wenyi-bao": "文艺报", "zhongguo-wenhua-bao": "中国文化报", "zhongguo-xinwen": "中国新闻",
        "beijing-wanbao": "北京晚报", "xinmin-wanbao": "新民晚报", "yangcheng-wanbao": "羊城晚报", "qianjiang-wanbao": "钱江晚报",
        "shenzhen-tequbao": "深圳特区报", "changjiang-ribao": "长江日报", "zhongguo-qingnian-bao": "中国青年报",
        "xin-jing-bao": "新京报", "beijing-qingnian-bao": "北京青年报", "nanfang-dushi-bao": "南方都市报", "zhengquan-shibao": "证券时报",
        "zhongguo-huanjing-bao": "中国环境报",
    ].merging(dailiesByPlace, uniquingKeysWith: { first, _ in first })

    /// The party dailies of provinces and cities, by the place's pinyin: hubei-ribao and hubei-daily are 湖北日报;
    /// jiangsu-ribao 新华日报, guangdong-ribao 南方日报 and shandong-ribao 大众日报, as those provinces' papers are named.
    static let dailiesByPlace: [String: String] = {
        let places: [(String, String)] = [
            ("beijing", "北京日报"), ("tianjin", "天津日报"), ("hebei", "河北日报"), ("shanxi", "山西日报"), ("neimenggu", "内蒙古日报"),
            ("liaoning", "辽宁日报"), ("jilin", "吉林日报"), ("heilongjiang", "黑龙江日报"), ("jiangsu", "新华日报"), ("zhejiang", "浙江日报"),
            ("anhui", "安徽日报"), ("fujian", "福建日报"), ("jiangxi", "江西日报"), ("shandong", "大众日报"), ("henan", "河南日报"),
            ("hubei", "湖北日报"), ("hunan", "湖南日报"), ("guangdong", "南方日报"), ("guangxi", "广西日报"), ("hainan", "海南日报"),
            ("chongqing", "重庆日报"), ("sichuan", "四川日报"), ("guizhou", "贵州日报"), ("yunnan", "云南日报"), ("xizang", "西藏日报"),
            ("tibet", "西藏日报"), ("shaanxi", "陕西日报"), ("gansu", "甘肃日报"), ("qinghai", "青海日报"), ("ningxia", "宁夏日报"),
            ("xinjiang", "新疆日报"), ("guangzhou", "广州日报"), ("shenzhen", "深圳特区报"), ("hangzhou", "杭州日报"), ("nanjing", "南京日报"),
            ("wuhan", "长江日报"), ("chengdu", "成都日报"), ("xiamen", "厦门日报"), ("qingdao", "青岛日报"), ("dalian", "大连日报"),
            ("shenyang", "沈阳日报"), ("harbin", "哈尔滨日报"), ("xian", "西安日报"), ("changsha", "长沙晚报"), ("ningbo", "宁波日报"),
        ]
        var out: [String: String] = [:]
        for (place, paper) in places {
            out[place + "-ribao"] = paper
            out[place + "-daily"] = paper
        }
        return out
    }()

    /// The slugs with their hyphens taken out, for the spellings that join or split a name's syllables otherwise
    /// (zhongguo-funvbao, zhongguo-funv-bao).
    static let byJoinedSlug: [String: String] = Dictionary(
        bySlug.map { ($0.key.replacingOccurrences("-", with: ""), $0.value) }, uniquingKeysWith: { first, _ in first })

    /// Every Chinese name above, plus papers whose mastheads appear in dumps without a slug here.
    public static let names: Set<String> = Set(bySlug.values).union([
        "新华每日电讯", "中国纪检监察报", "学习时报", "农民日报", "中国妇女报", "人民政协报", "检察日报", "人民法院报", "中国青年报",
        "联合报", "南方周末",
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
        let newspaper = slug.isEmpty ? nil : bySlug[slug] ?? byJoinedSlug[slug.replacingOccurrences("-", with: "")] ?? (date != nil ? slug : nil)
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
