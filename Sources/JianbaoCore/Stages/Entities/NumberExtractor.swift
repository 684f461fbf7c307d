/// Figures with their units, as the text prints them: 41314元, 5.3%, 1.4万亿斤, 300多万人次, 1,000辆, 0.5个百分点.
/// Arabic figures only (ASCII or full width), with a multiplier (万, 亿, 万亿 …) and a unit from a closed list
/// right after them, or a per cent sign; 多 or 余 after the figure, 约 or 近 before it, or 左右 after the unit
/// make it approximate. Not numbers: dates and times (2024年, 1月, 9日, 8时 — the date extractor's),
/// ordinals (第5版), figures inside Latin words or codes (G20, 5G), and figures with no unit.
enum NumberExtractor {
    /// Units a figure may carry; where one starts another the longest printed wins (平方公里, not 平方米 or 米).
    static let units: [String] = [
        // money
        "元人民币", "美元", "欧元", "日元", "英镑", "港元", "卢布", "韩元", "元",
        // shares of a whole
        "个百分点", "百分点", "个基点", "基点", "成",
        // people and things counted
        "人次", "人", "名", "位", "户", "家", "个", "项", "件", "次", "批", "例", "起", "条", "座", "所", "间", "套", "台",
        "辆", "架", "艘", "列", "只", "头", "株", "棵", "本", "册", "部", "篇", "首", "场", "届", "期", "支", "枚", "颗", "块",
        "张", "份", "种", "类", "款", "处", "栋", "层", "级", "集", "幅", "门", "宗", "笔", "单", "箱", "袋", "瓶",
        // time
        "个多月", "个月", "小时", "分钟", "周年", "年", "天", "周", "秒",
        // size, weight, energy
        "平方公里", "平方千米", "平方米", "立方米", "公顷", "千米", "公里", "厘米", "毫米", "米", "亩", "公斤", "千克", "克", "吨",
        "斤", "升", "毫升", "千瓦时", "千瓦", "兆瓦时", "兆瓦", "吉瓦时", "吉瓦", "太瓦时", "瓦", "度", "摄氏度", "℃", "标准箱", "标箱", "岁", "倍", "分",
    ]
    /// The units of two or more characters (a phrase index holds no shorter ones), and those of one.
    static let unitIndex: PhraseIndex<String> = {
        var index = PhraseIndex<String>()
        for u in units where u.unicodeScalars.count >= 2 { index.insert(u, u) }
        return index
    }()
    static let singleUnits = ScalarSet(units.filter { $0.unicodeScalars.count == 1 }.map { $0.unicodeScalars.first! })
    /// Multipliers between a figure and its unit.
    static let multipliers: [(String, Double)] = [("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4), ("千", 1e3)]

    static let powersOfTen: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    static func extract(_ text: EntityText) -> [(unit: Int, start: Int, quantity: Quantity)] {
        var out: [(Int, Int, Quantity)] = []
        for (ui, u) in text.units.enumerated() {
            var i = 0
            while i < u.count {
                guard CharClass.isDigit(u[i]), i == 0 || !isFigureOrLatin(u[i - 1]) else {
                    i += 1
                    continue
                }
                if let (q, end) = quantity(u, at: i) {
                    out.append((ui, q.start, q.quantity))
                    i = end
                } else {
                    while i < u.count, CharClass.isDigit(u[i]) || u[i] == "." || u[i] == "．" { i += 1 }
                }
            }
        }
        return out
    }

    /// The figure starting at `i` with its unit, or nil when it carries none or is a date, time or ordinal.
    static func quantity(_ u: [Unicode.Scalar], at i: Int) -> ((start: Int, quantity: Quantity), end: Int)? {
        // The figure: digits, a decimal point, and thousands set apart by an ASCII comma (1,000).
        var e = i
        var mantissa = 0.0
        var decimals = 0
        var isDecimal = false
        while e < u.count {
            let s = u[e]
            if CharClass.isDigit(s) {
                mantissa = mantissa * 10 + Double(s.value >= 0xFF10 ? s.value - 0xFF10 : s.value - 0x30)
                if isDecimal { decimals += 1 }
            } else if s == "." || s == "．", !isDecimal, e + 1 < u.count, CharClass.isDigit(u[e + 1]) {
                isDecimal = true
            } else if s == ",", !isDecimal, e + 3 < u.count, (1...3).allSatisfy({ CharClass.isDigit(u[e + $0]) }),
                e + 4 >= u.count || !CharClass.isDigit(u[e + 4])
            {
                // (1,000 and 12,345,678: a comma with three digits after it.)
            } else {
                break
            }
            e += 1
        }
        // (Divided once by a power of ten, the figure is the double nearest to what is printed: 5.3, not 5.300000000000001.)
        var value = decimals == 0 ? mantissa : mantissa / Self.powersOfTen[min(decimals, Self.powersOfTen.count - 1)]
        guard e < u.count else { return nil }
        var start = i
        // 第5版, 第3名: an ordinal; G20, 5G, 2A: part of a code.
        if i > 0, u[i - 1] == "第" || u[i - 1] == " " && i > 1 && u[i - 2] == "第" { return nil }
        if isLetter(u[e]) { return nil }
        let digitsEnd = e
        // (The one space PDF-to-text prints between a figure and its unit, 410 万个, 11 个月, is read through.)
        e = Markers.skipFigureSpace(u, e, CharClass.isHan)
        // Dates and times, the date extractor's: 2024年, 12月 (1月份), 9日, 5号, 8时, 8点; and decades (上世纪90年代,
        // 1980年代末), which count nothing.
        if !isDecimal {
            switch u[e] {
            case "年":
                if digitsEnd - i == 4, value >= 1000, value <= 2100 { return nil }
                // (A decade is a multiple of ten: 连续5年代表学校 counts five years.)
                if e + 1 < u.count, u[e + 1] == "代", value.truncatingRemainder(dividingBy: 10) == 0 { return nil }
            case "月": if value >= 1, value <= 12 { return nil }
            case "日", "号": if value >= 1, value <= 31 { return nil }
            case "时", "点": if value <= 24 { return nil }
            default: break
            }
        }
        var approximate = false
        if i > 0, u[i - 1] == "约" || u[i - 1] == "近" || u[i - 1] == "逾" {
            approximate = true
            start = i - 1
        }
        var k = e
        if u[k] == "多" || u[k] == "余" {
            approximate = true
            k += 1
        }
        var multiplied = false
        for (word, factor) in multipliers where Markers.hasPrefix(u, word, at: k) {
            value *= factor
            k += word.unicodeScalars.count
            multiplied = true
            break
        }
        if k < u.count, u[k] == "多" || u[k] == "余" {
            approximate = true
            k += 1
        }
        let unit: String
        if k < u.count, u[k] == "%" || u[k] == "％" || u[k] == "‰" {
            unit = u[k] == "‰" ? "‰" : "%"
            k += 1
        } else if let (len, word) = u.withUnsafeBufferPointer({ unitIndex.longest(in: $0, at: k) }) {
            unit = word
            k += len
        } else if k < u.count, singleUnits.contains(u[k]) {
            // 8时30分: a time.
            if u[k] == "分", i > 0, u[i - 1] == "时" || u[i - 1] == "点" { return nil }
            unit = String(u[k])
            k += 1
        } else if multiplied {
            // 1.4万亿 with no unit after it: a count.
            unit = ""
        } else {
            return nil
        }
        if k + 1 < u.count, u[k] == "左", u[k + 1] == "右" {
            approximate = true
            k += 2
        }
        let text = String(scalars: u[start..<k])
        return ((start, Quantity(text: text, value: value, unit: unit.isEmpty ? nil : unit, approximate: approximate, line: 0)), k)
    }

    static func isFigureOrLatin(_ s: Unicode.Scalar) -> Bool {
        CharClass.isDigit(s) || isLetter(s) || s == "." || s == "．" || s == "-" || s == "/" || s == ":"
    }

    /// A Latin letter, half or full width (G20, ５Ｇ).
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        CharClass.isASCIILetter(s) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
    }
}
