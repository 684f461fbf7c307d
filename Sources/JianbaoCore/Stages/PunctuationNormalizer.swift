/// ASCII , ; : ? ! ( ) standing next to Chinese text become their full-width forms (GB/T 15834), and an
/// ASCII full stop that ends a Chinese sentence (工作.省委, …会议.: `isChineseFullStop`) becomes 。 — not a
/// figure's point, a domain's dot, an ellipsis typed as ..., a reference's dots or a typed one's marks (`isReference`). Scalar
/// for scalar, so offsets and findings stay valid. Used twice: the stages read a copy of the page with
/// its lines normalised (`readingLines`), and at the end the articles are printed normalised (the
/// default) or, as printed, with every scalar taken back from the page's lines (`asPrinted`).
/// Digits on both sides (1,000 / 12:30) and Latin text keep ASCII, and so does :// in a URL.
/// Works on UTF-8 bytes: most paragraphs have no ASCII punctuation at all and pass untouched.
public enum PunctuationNormalizer {
    /// The ASCII marks `normalize` reads, the full stop and those `wide` maps, as bits of one word (all lie under
    /// 0x40): a byte is one of them when it is under 0x40 and its bit is set.
    static let asciiMarks: UInt64 = (0..<0x40).reduce(0) { marks, c in c == 0x2E || wide(UInt8(c)) != nil ? marks | 1 << UInt64(c) : marks }

    @inline(__always)
    static func isASCIIMark(_ c: UInt8) -> Bool { c < 0x40 && asciiMarks >> c & 1 == 1 }

    /// The full-width form's UTF-8 bytes after EF BC: ，8C ；9B ：9A ？9F ！81 （88 ）89.
    @inline(__always)
    static func wide(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x2C: return 0x8C
        case 0x3B: return 0x9B
        case 0x3A: return 0x9A
        case 0x3F: return 0x9F
        case 0x21: return 0x81
        case 0x28: return 0x88
        case 0x29: return 0x89
        default: return nil
        }
    }

    public static func normalize(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { b -> String in
            // (Most lines hold no ASCII mark at all: one pass over their bytes finds it so.)
            guard let first = b.firstIndex(where: isASCIIMark) else { return text }
            // (A reference in the manner of GB/T 7714, [1]习近平.发展…[J].求是,2024(11)., keeps its marks as the style sets
            // them: dots, commas, colons and brackets. One in Chinese marks, [1]王明：《…》，…, turns as text does.)
            if b.contains(0x5B), isTypedReference(text) { return text }
            // (A figure's point, 5.8, leaves the text as it is without copying it.)
            // (A reference keeps its dots: [1]王明.《…》.)
            let stops = b[first...].indices.contains(where: { b[$0] == 0x2E && isChineseFullStop(b, at: $0) }) && !isReference(text)
            guard stops || b[first...].contains(where: { wide($0) != nil }) else { return text }
            // The bytes between the marks that change are copied a run at a time.
            var out: [UInt8] = []
            var copied = 0
            func replace(_ i: Int, with wide: UInt8...) {
                if out.isEmpty { out.reserveCapacity(b.count + 32) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i]))
                out.append(contentsOf: wide)
                copied = i + 1
            }
            for i in first..<b.count where isASCIIMark(b[i]) {
                let c = b[i]
                if c == 0x2E {
                    if stops && isChineseFullStop(b, at: i) { replace(i, with: 0xE3, 0x80, 0x82) }
                    continue
                }
                let w = wide(c)!
                let prev = UTF8Bytes.scalar(endingAt: i, in: b)
                let next = UTF8Bytes.scalar(startingAt: i + 1, in: b)
                // (A circled figure is set as Chinese type is: 图①:4月6日 is 图①：4月6日.)
                let cjkSide = prev.map { CharClass.isCJK($0) || CharClass.circledNumber($0) != nil } == true || next.map(CharClass.isCJK) == true
                let latinBoth = prev.map(CharClass.isASCIIAlnum) == true && next.map(CharClass.isASCIIAlnum) == true
                let url = c == 0x3A && next == "/"
                if cjkSide && !latinBoth && !url || (c == 0x28 || c == 0x29) && enclosesChinese(b, at: i) {
                    replace(i, with: 0xEF, 0xBC, w)
                }
            }
            guard copied > 0 else { return text }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The ASCII full stop at `i` ends a Chinese sentence: a Han character before it (or a percent sign, a closing
    /// quote, bracket or title mark in full width: 增长12%.), and after it nothing, Han text, a blank (茶艺.　　龙　巍摄) or a
    /// closing quote or bracket (no figure's point, 5.8; no domain's dot, 人民网.cn; no ellipsis, 等等...).
    static func isChineseFullStop(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard let prev = UTF8Bytes.scalar(endingAt: i, in: b), CharClass.isHan(prev) || "%％”’」）》".unicodeScalars.contains(prev) else { return false }
        guard let next = UTF8Bytes.scalar(startingAt: i + 1, in: b) else { return true }
        // (A blank after it only after Chinese, not after an ASCII percent sign: GDP grew 5.2%. The rate.)
        return CharClass.isHan(next) || "”’」）)".unicodeScalars.contains(next) || CharClass.isSpace(next) && prev != "%"
    }

    /// A reference as GB/T 7714 sets it, whose dots part author, title and source: it opens with its number in
    /// brackets ([1], ［2］) or names its kind ([J], [M], [N], [EB/OL] …).
    static func isReference(_ text: String) -> Bool {
        let u = text.unicodeScalars
        if let first = u.first, first == "[" || first == "［", let close = u.firstIndex(where: { $0 == "]" || $0 == "］" }),
            u.distance(from: u.startIndex, to: close) >= 2, u[u.index(after: u.startIndex)..<close].allSatisfy(CharClass.isDigit)
        {
            return true
        }
        return isTypedReference(text)
    }

    /// A reference with its document's type in brackets, as GB/T 7714 sets it: …[J].求是,2024(11)., …[M].北京:人民出版社,2024.
    static func isTypedReference(_ text: String) -> Bool {
        ["[J]", "[M]", "[N]", "[C]", "[D]", "[R]", "[Z]", "[EB/OL]"].contains(where: text.hasText)
    }

    /// A bracket at `i` whose pair holds Chinese text, whatever stands at its sides: the note
    /// (2021年6月10日…会议通过) opens with a digit but is a Chinese bracket.
    static func enclosesChinese(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var j = i
        var steps = 0
        while steps < 180 {
            j += b[i] == 0x28 ? 1 : -1
            steps += 1
            guard j >= 0, j < b.count else { return false }
            let c = b[j]
            if c == 0x28 || c == 0x29 { return false }
            if c >= 0xE0, c < 0xF0, j + 2 < b.count, let s = UTF8Bytes.scalar(startingAt: j, in: b), CharClass.isHan(s) { return true }
        }
        return false
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

    // MARK: the reading copy

    /// The page's lines as the later stages read them: ASCII marks in Chinese text in full width, so that
    /// a page printed with 通知,要求 or (2021年6月10日…通过) reads as one printed with 通知，要求 and
    /// （…通过） — every rule about brackets, colons and line widths holds for both. Nil when no line
    /// changes (most pages).
    public static func readingLines(_ lines: [SourceLine]) -> [SourceLine]? {
        var out: [SourceLine]?
        for (i, line) in lines.enumerated() {
            let text = normalize(line.text)
            guard text != line.text else { continue }
            if out == nil { out = lines }
            out![i] = line.withText(text)
        }
        guard var out else { return nil }
        // A bracket that a wrap left alone at a line's edge takes the width of its pair on the next or the
        // previous line: 作者：张晓峰（某大学公共管理学院教授 | ).
        // (Only such lines are read as scalars: the byte test passes over the rest.)
        let nonBlank = out.indices.filter { !out[$0].isBlank }
        for (n, i) in nonBlank.enumerated() {
            let bytes = out[i].text.utf8
            if bytes.first == 0x29, n > 0 {
                let above = Array(out[nonBlank[n - 1]].text.unicodeScalars)
                if let open = above.lastIndex(where: { $0 == "（" || $0 == "(" }), above[open] == "（", !above[open...].contains(where: { $0 == "）" || $0 == ")" }) {
                    out[i] = out[i].withText("）" + String(out[i].text.unicodeScalars.dropFirst()))
                }
            } else if bytes.last == 0x28, n + 1 < nonBlank.count {
                let below = out[nonBlank[n + 1]].text.unicodeScalars
                if let close = below.firstIndex(where: { $0 == "）" || $0 == ")" || $0 == "（" || $0 == "(" }), below[close] == "）" {
                    out[i] = out[i].withText(String(out[i].text.unicodeScalars.dropLast()) + "（")
                }
            }
        }
        return out
    }

    /// Whether the reading copy changed page line `line` (1-based).
    @inline(__always)
    static func changed(_ line: Int, _ reading: [SourceLine], _ original: [SourceLine]) -> Bool {
        line >= 1 && line <= reading.count && reading[line - 1].text != original[line - 1].text
    }

    /// `text`, read from `lines` of the reading copy (a part of their texts joined as printed), with every
    /// scalar as the page prints it: the reading copy changes scalars one for one, so the same stretch of
    /// the original lines is the text as printed. Unchanged when `text` is not found there.
    /// (Text of several paragraphs, joined with line feeds, is taken back paragraph by paragraph.) `folded`: the
    /// copy is in simplified characters too (`ScriptFolder`), so any Han character may have changed.
    static func asPrinted(_ text: String, lines: [Int], reading: [SourceLine], original: [SourceLine], folded: Bool = false) -> String {
        // (Most text comes from lines the copy left as they were: nothing to take back then.)
        guard lines.contains(where: { changed($0, reading, original) }) else { return text }
        let t = Array(text.unicodeScalars)
        // (A copy in simplified characters may have changed any Han character; the punctuation's copy only marks.)
        guard !t.isEmpty, folded || t.contains(where: { $0.value >= 0xFF00 || $0 == "。" }) else { return text }
        if t.contains("\n") {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { asPrinted(String($0), lines: lines, reading: reading, original: original, folded: folded) }.joined(separator: "\n")
        }
        var n: [Unicode.Scalar] = []
        var o: [Unicode.Scalar] = []
        for l in lines where l >= 1 && l <= reading.count {
            n += reading[l - 1].text.unicodeScalars
            o += original[l - 1].text.unicodeScalars
        }
        guard n.count == o.count, n.count >= t.count else { return text }
        for start in 0...(n.count - t.count) where n[start] == t[0] {
            var k = 1
            while k < t.count, n[start + k] == t[k] { k += 1 }
            if k == t.count { return String(String.UnicodeScalarView(o[start..<(start + t.count)])) }
        }
        return text
    }

    /// A paragraph's text as printed, line by line: the stretch of the text that a line gave is that
    /// line's whole text, or (at a lead's or a credit's cut) a part of it found in it.
    static func asPrinted(_ p: Paragraph, reading: [SourceLine], original: [SourceLine], folded: Bool = false) -> String {
        guard p.lineStarts.contains(where: { changed($0.line, reading, original) }) else { return p.text }
        let scalars = Array(p.text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (j, start) in p.lineStarts.enumerated() {
            let end = j + 1 < p.lineStarts.count ? p.lineStarts[j + 1].offset : scalars.count
            guard start.offset <= end, end <= scalars.count else { return asPrinted(p.text, lines: p.lineStarts.map(\.line), reading: reading, original: original, folded: folded) }
            let part = scalars[start.offset..<end]
            let line = start.line - 1
            if !changed(start.line, reading, original) {
                out.append(contentsOf: part)
            } else if part.count == reading[line].text.unicodeScalars.count {
                out.append(contentsOf: original[line].text.unicodeScalars)
            } else if part.count == reading[line].text.unicodeScalars.count + 1, let blank = part.last, CharClass.isSpace(blank) {
                // (The line and the blank the reflower put back after it, between two names a wrap parted.)
                out.append(contentsOf: original[line].text.unicodeScalars)
                out.append(blank)
            } else {
                out.append(contentsOf: asPrinted(String(String.UnicodeScalarView(part)), lines: [start.line], reading: reading, original: original, folded: folded).unicodeScalars)
            }
        }
        return String(out)
    }

    /// An article whose references (`isTypedReference`) a wrap cut: each such paragraph as printed. Its lines were normalised
    /// one by one, and a line holding an entry's rest alone (…人民出 | 版社,2024:35.) reads as no reference.
    static func referencesAsPrinted(_ a: Article, reading: [SourceLine], original: [SourceLine]) -> Article {
        var a = a
        for i in a.paragraphs.indices where a.paragraphs[i].lineStarts.count > 1 {
            let text = a.paragraphs[i].text
            guard text.hasText("["), isTypedReference(text) else { continue }
            a.paragraphs[i].text = asPrinted(a.paragraphs[i], reading: reading, original: original)
        }
        return a
    }

    /// The article's headline stack, paragraphs and blocks as the page prints them (see `asPrinted`).
    static func asPrinted(_ a: Article, reading: [SourceLine], original: [SourceLine], folded: Bool = false) -> Article {
        var a = a
        let headingLines = a.blocks.filter { $0.kind == .heading }.flatMap(\.lines)
        a.kicker = a.kicker.map { asPrinted($0, lines: headingLines, reading: reading, original: original, folded: folded) }
        a.headline = a.headline.map { asPrinted($0, lines: headingLines, reading: reading, original: original, folded: folded) }
        a.subtitle = a.subtitle.map { asPrinted($0, lines: headingLines, reading: reading, original: original, folded: folded) }
        for i in a.paragraphs.indices {
            a.paragraphs[i].text = asPrinted(a.paragraphs[i], reading: reading, original: original, folded: folded)
        }
        return blocksAsPrinted(a, reading: reading, original: original, folded: folded)
    }

    /// The findings' quotes as the page prints them (a finding's text starts on its line): findings quote
    /// the page in either form.
    static func findingsAsPrinted(_ a: Article, reading: [SourceLine], original: [SourceLine], folded: Bool = false) -> Article {
        var a = a
        for i in a.findings.indices {
            let l = a.findings[i].line
            guard l >= 1, l <= original.count else { continue }
            a.findings[i].text = asPrinted(a.findings[i].text, lines: Array(l...min(l + 3, original.count)), reading: reading, original: original, folded: folded)
        }
        return a
    }

    /// The article's blocks as the page prints them, for `--punctuation as-printed`: a block's text is its
    /// lines' texts joined, so the page's lines give it back whole.
    static func blocksAsPrinted(_ a: Article, reading: [SourceLine], original: [SourceLine], folded: Bool = false) -> Article {
        var a = a
        for i in a.blocks.indices {
            let b = a.blocks[i]
            guard b.pieces.contains(where: { changed($0.line, reading, original) }) else { continue }
            let printed = b.pieces.map { original[$0.line - 1].text }.joined()
            a.blocks[i].text = printed.unicodeScalars.count == b.text.unicodeScalars.count
                ? printed : asPrinted(b.text, lines: b.pieces.map(\.line), reading: reading, original: original, folded: folded)
            a.blocks[i].body = b.body.map { asPrinted($0, lines: b.pieces.map(\.line), reading: reading, original: original, folded: folded) }
        }
        return a
    }

    /// A dropped fragment's text as the page prints it.
    static func asPrinted(_ d: DroppedFragment, reading: [SourceLine], original: [SourceLine], folded: Bool = false) -> DroppedFragment {
        var d = d
        d.text = asPrinted(d.text, lines: Array(d.range.first...d.range.last), reading: reading, original: original, folded: folded)
        return d
    }
}
