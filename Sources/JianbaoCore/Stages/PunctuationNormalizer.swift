/// Stage 8 (optional, on by default): ASCII , ; : ? ! ( ) standing next to Chinese text become
/// their full-width forms (GB/T 15834). Scalar for scalar, so offsets and findings stay valid.
/// Digits on both sides (1,000 / 12:30) and Latin text keep ASCII.
public enum PunctuationNormalizer {
    static let map: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    public static func normalize(_ text: String) -> String {
        let u = Array(text.unicodeScalars)
        guard u.contains(where: { map[$0] != nil }) else { return text }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(u.count)
        for (i, s) in u.enumerated() {
            guard let wide = map[s] else {
                out.append(s)
                continue
            }
            let prev: Unicode.Scalar? = i > 0 ? u[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < u.count ? u[i + 1] : nil
            let cjkSide = prev.map(CharClass.isCJK) == true || next.map(CharClass.isCJK) == true
                || (s == "(" && next.map(CharClass.isCJK) == true) || (s == ")" && prev.map(CharClass.isCJK) == true)
            let latinBoth = prev.map(CharClass.isASCIIAlnum) == true && next.map(CharClass.isASCIIAlnum) == true
            let urlish = s == ":" && next == "/"
            out.append(cjkSide && !latinBoth && !urlish ? wide : s)
        }
        return String(out)
    }

    /// The article with headline stack and paragraphs normalised.
    public static func normalize(_ a: Article) -> Article {
        var a = a
        a.kicker = a.kicker.map(normalize)
        a.headline = a.headline.map(normalize)
        a.subtitle = a.subtitle.map(normalize)
        for i in a.paragraphs.indices { a.paragraphs[i].text = normalize(a.paragraphs[i].text) }
        return a
    }
}
