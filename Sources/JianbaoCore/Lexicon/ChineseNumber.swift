/// Numbers as newspapers print them in markers: 第一版, 第十二版, 第3版, 第１２版.
public enum ChineseNumber {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// True for scalars that may appear in a number: ASCII and full-width digits, 〇零一…九十百.
    @inline(__always)
    public static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "0"..."9", "０"..."９", "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百": return true
        default: return false
        }
    }

    /// 一 to 十: the numerals that number parts (二 alone), enumerations (三是) and lunar days (初九).
    @inline(__always)
    public static func isSmallHanNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }

    /// Parses "12", "１２", "十二", "二十", "一百零五"; nil for anything else.
    public static func parse<S: Sequence>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        let a = Array(scalars)
        guard !a.isEmpty else { return nil }
        if a.allSatisfy(CharClass.isDigit) {
            var n = 0
            for s in a {
                let v = s.value >= 0xFF10 ? s.value - 0xFF10 : s.value - 0x30
                n = n * 10 + Int(v)
                if n > 1_000_000 { return nil }
            }
            return n
        }
        var total = 0
        var current = 0
        for s in a {
            if let d = digits[s] {
                current = current * 10 + d
            } else if s == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else if s == "百" {
                total += (current == 0 ? 1 : current) * 100
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }
}
