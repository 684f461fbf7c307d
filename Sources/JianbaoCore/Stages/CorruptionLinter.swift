/// Stage 7: flags suspected damage as findings — runs written twice (外贸外贸, X和X), repeated
/// list items (可控、可治、可控), Latin function words inside Chinese prose (" and "), a place name
/// clipped to its first character (锦州 … 锦市中心), articles that stop mid-sentence. It never edits text.
public enum CorruptionLinter {
    public static func lint(_ article: Article, options: PipelineOptions) -> [Finding] {
        var findings: [Finding] = []
        var texts: [(text: String, line: (Int) -> Int)] = []
        // (Heading lines kept as paragraphs — a poem's stanza, a report's subheads — are read once, as paragraphs.)
        let paragraphStarts = Set(article.paragraphs.map(\.range.first))
        for b in article.blocks where b.kind == .heading && !paragraphStarts.contains(b.range.first) {
            let first = b.range.first
            texts.append((b.text, { _ in first }))
        }
        for p in article.paragraphs { texts.append((p.text, p.line(atScalarOffset:))) }
        let scalars = texts.map(\.text.scalarArray)
        let stems = placeStems(scalars)
        // (A lead's own words are read for misread characters too, 本报北京9月12曰电; the text after them is a paragraph's.)
        for b in article.blocks where b.kind == .lead {
            let lead = b.body == nil ? b.text.scalarArray : Array(b.text.unicodeScalars.prefix(b.bodyOffset))
            findings += misreadCharacters(lead, line: { offset in b.pieces.last { $0.offset <= offset }?.line ?? b.range.first })
        }
        var named: Set<[Unicode.Scalar]>?  // the cities' and counties' names the text gives, read where a misspelling may stand
        for ((_, line), u) in zip(texts, scalars) {
            findings += misspelledPlaceNames(u, texts: scalars, named: &named, line: line)
            findings += misreadCharacters(u, line: line)
            findings += repetitions(u, line: line, options: options)
            findings += repeatedListItems(u, line: line)
            findings += foreignWords(u, line: line)
            findings += clippedPlaceNames(u, stems: stems, texts: scalars, line: line)
            findings += replacementCharacters(u, line: line)
        }
        // (A text signed and dated ends on its date: 中华人民共和国主席　习近平 | 2021年4月29日; a letter on its
        // signature: 某省某县读者　刘　明; a box of voices on a quotation's source: ——…研究员　王建军; a review on its book's
        // note: 《…》，张　敏著，人民教育出版社2025年10月出版; a story on its pointer to more, ■相关新闻详见A7版; a results table on
        // its last game, 新疆伊力特　93∶90　深圳马可波罗; a column on its author's name, 王　平; a list of tips on its last item,
        // ●室内保持通风，定期清洗床上用品 under ●回家后…; a list of places on its last row, 山西省晋中市　内蒙古自治区包头市. An
        // index box, 本期导读 over its items, ends on a title.)
        if article.continuesOnPage == nil, article.kind != .photo, !isVerse(article), let last = article.paragraphs.last,
            !(article.kind == .other && article.headline.map(ArticleSegmenter.isIndexLabel) == true),
            let end = last.text.unicodeScalars.last, CharClass.isHan(end), !Markers.endsSentence(last.text),
            !Markers.isDateLine(last.text), !Markers.isSignOff(last.text), !isNameList(last.text),
            !Markers.isQuoteAttribution(last.text), !Markers.isBookNote(last.text), !Markers.isCrossReference(last.text),
            !Markers.isResultRow(last.text), ArticleSegmenter.footSigner(article.paragraphs).map(article.reporters.contains) != true,
            !endsBulletList(article.paragraphs), !endsItemList(article.paragraphs), !endsBookNoteInLines(article.paragraphs)
        {
            let tail = String(scalars: last.text.unicodeScalars.suffix(8))
            findings.append(
                Finding(kind: .truncated, text: tail, line: last.range.last, message: "the article stops mid-sentence with no jump marker"))
        }
        return findings
    }

    /// The text ends on a bulleted list's last item, its bullet the one the item above opens with (●外出时佩戴口罩 |
    /// ●室内保持通风，定期清洗床上用品): items of a list need no stop.
    static func endsBulletList(_ paragraphs: [Paragraph]) -> Bool {
        guard paragraphs.count >= 2, let bullet = paragraphs[paragraphs.count - 1].text.unicodeScalars.first, Markers.leadBullets.contains(bullet) else {
            return false
        }
        return paragraphs[paragraphs.count - 2].text.unicodeScalars.first == bullet
    }

    /// The text ends on a book's note set a line to each part (《故乡的河流》 | 刘亮程著 | 译林出版社): read as one, it is the note
    /// `Markers.isBookNote` takes.
    static func endsBookNoteInLines(_ paragraphs: [Paragraph]) -> Bool {
        for k in 2...4 where paragraphs.count >= k {
            let tail = paragraphs.suffix(k)
            if tail.first?.text.unicodeScalars.first == "《" { return Markers.isBookNote(tail.map(\.text).joined()) }
        }
        return false
    }

    /// The text ends on the last row of a list of places set apart by blanks, under a row of three or more items (北京市海淀区
    /// 　天津市河西区　河北省石家庄市 | 山西省晋中市　内蒙古自治区包头市): a row of two or more places needs no stop.
    static func endsItemList(_ paragraphs: [Paragraph]) -> Bool {
        guard paragraphs.count >= 2, Markers.isSpacedItems(paragraphs[paragraphs.count - 2].text) else { return false }
        return Markers.isPlaceRow(paragraphs[paragraphs.count - 1].text)
    }

    static func string(_ u: [Unicode.Scalar], _ r: Range<Int>) -> String { String(scalars: u[r]) }

    /// A list of names set apart by blanks, as a presidium's or a committee's is printed (赵乐际　李鸿忠　…　刘　奇): three
    /// or more names and nothing else, which ends no sentence and cuts none.
    /// (A two-character name padded to three characters' width, 肖　捷, counts as one; a dotted one, 雪克来提·扎克尔, too.)
    static func isNameList(_ text: String) -> Bool {
        guard text.utf8.count <= 6000 else { return false }
        let parts = text.unicodeScalars.split(whereSeparator: CharClass.isSpace)
        guard parts.count >= 3, parts.allSatisfy({ $0.allSatisfy { CharClass.isHan($0) || $0 == "·" } }) else { return false }
        var names = 0
        var named = 0  // those that read as a Chinese name or are dotted
        var k = 0
        while k < parts.count {
            if parts[k].count == 1 {
                guard k + 1 < parts.count, parts[k + 1].count == 1 else { return false }
                if Surnames.looksLikeName(String(scalars: Array(parts[k]) + Array(parts[k + 1]))) { named += 1 }
                k += 2
            } else {
                guard parts[k].count <= 4 || parts[k].contains("·") && parts[k].count <= 12 else { return false }
                if parts[k].contains("·") || Surnames.looksLikeName(String(scalars: Array(parts[k]))) { named += 1 }
                k += 1
            }
            names += 1
        }
        // (Most must read as names: 会议强调　要加快　推进 is text set apart, not a list.)
        return names >= 3 && named * 3 >= names * 2
    }

    /// U+FFFD: bytes the file held that were no text, as the decoder read them (or as an earlier copy did), with
    /// the characters around it so that the place can be found.
    static func replacementCharacters(_ u: [Unicode.Scalar], line: (Int) -> Int) -> [Finding] {
        var findings: [Finding] = []
        for (i, s) in u.enumerated() where s == "\u{FFFD}" && (i == 0 || u[i - 1] != "\u{FFFD}") {
            let context = max(0, i - 4)..<min(u.count, i + 5)
            findings.append(
                Finding(
                    kind: .undecodable, text: string(u, context), line: line(i),
                    message: "bytes here were not valid text and read as U+FFFD: the characters printed here are unknown"))
        }
        return findings
    }

    /// Characters OCR misreads, where no word of Chinese reads them so:
    /// - 曰 right after a figure (9月12曰电, 3曰上午): 日, since no word puts 曰 after a number;
    /// - a Latin O among figures (1O月, 3OO万吨: `Markers.ocrZeroFigure`): 0; a Latin l (l2月, l.5亿元: `Markers.ocrOneFigure`): 1;
    /// - 己 and 巳 for 已, and the reverse, in words no text spells so (`ocrWords`: 己经, 自已, 而己).
    static func misreadCharacters(_ u: [Unicode.Scalar], line: (Int) -> Int) -> [Finding] {
        var out: [Finding] = []
        var i = 1
        while i < u.count {
            defer { i += 1 }
            if u[i] == "曰", CharClass.isDigit(u[i - 1]) {
                var start = i - 1
                while start > 0, CharClass.isDigit(u[start - 1]) { start -= 1 }
                let text = string(u, start..<(i + 1))
                out.append(
                    Finding(kind: .misreadCharacter, text: text, line: line(i), suggestion: String(text.unicodeScalars.dropLast()) + "日",
                        message: "曰 after a figure: likely 日 misread by OCR"))
            } else if CharClass.isDigit(u[i - 1]), let r = Markers.ocrZeroFigure(u, at: i - 1) {
                out.append(misreadFigure(u, r, letter: "O", digit: "0", reading: Markers.withOCRZero, line: line))
                i = r.upperBound
            } else if u[i - 1] == "l" || CharClass.isDigit(u[i - 1]), let r = Markers.ocrOneFigure(u, at: i - 1) {
                out.append(misreadFigure(u, r, letter: "l", digit: "1", reading: Markers.withOCROne, line: line))
                i = r.upperBound
            } else if ocrWordInitials.contains(u[i - 1]), let (word, right) = ocrWords.first(where: { Markers.hasPrefix(u, $0.0, at: i - 1) }),
                !spansTwoWords(u, i - 1)
            {
                out.append(
                    Finding(kind: .misreadCharacter, text: word, line: line(i - 1), suggestion: right,
                        message: "\(word) is no word: likely \(right) misread by OCR"))
            }
        }
        return out
    }

    /// A figure in `r` that OCR printed with a Latin letter for a digit (3OO, l2): flagged with the figure as it should read.
    static func misreadFigure(
        _ u: [Unicode.Scalar], _ r: Range<Int>, letter: String, digit: String, reading: (Unicode.Scalar) -> Unicode.Scalar, line: (Int) -> Int
    ) -> Finding {
        Finding(
            kind: .misreadCharacter, text: string(u, r), line: line(r.lowerBound), suggestion: String(String.UnicodeScalarView(u[r].map(reading))),
            message: "a Latin \(letter) among figures: likely \(digit) misread by OCR")
    }

    /// Words OCR spells with 己 or 巳 for 已 (or 已 for 己) that no text spells so, and what is printed.
    static let ocrWords: [(String, String)] = [("己经", "已经"), ("巳经", "已经"), ("自已", "自己"), ("而己", "而已"), ("早己", "早已")]
    static let ocrWordInitials = ScalarSet(ocrWords.map { $0.0.unicodeScalars.first! })

    /// The two characters at `i` end one word and open the next, as printed: 自己|经常 (己 after a character it makes a word
    /// with), 各自|已经 (已 before one it makes a word with).
    static func spansTwoWords(_ u: [Unicode.Scalar], _ i: Int) -> Bool {
        if i > 0, Words.info(u[(i - 1)...i]) != nil { return true }
        return i + 2 < u.count && Words.info(u[(i + 1)...(i + 2)]) != nil
    }

    /// Lines of verse: three or more short paragraphs, none ending a sentence. Their last line needs no 。.
    static func isVerse(_ article: Article) -> Bool {
        article.paragraphs.count >= 3 && article.paragraphs.allSatisfy { Markers.isVerseLine($0.text) }
    }

    /// Reduplications that are ordinary Chinese (一个环节一个环节, 研究研究, 热闹热闹, 咕嘟咕嘟) are not damage.
    static let ordinaryRepeats: Set<String> = ["研究", "讨论", "商量", "考虑", "休息", "活动", "锻炼", "打扫", "收拾", "了解", "认识", "介绍", "比划", "琢磨", "溜达", "通红", "雪白", "冰凉", "很久", "很多", "好久", "许久",
        "非常", "特别", "谢谢", "加油",
        // Adjectives said twice to mean "a little" (热闹热闹, 暖和暖和). (Not a news verb such as 学习: 深入学习学习贯彻 is damage.)
        "热闹", "暖和", "凉快", "高兴", "舒服",
        // Sounds (咕嘟咕嘟, 哗啦哗啦, 叮咚叮咚), which prose writes twice over.
        "咕嘟", "哗啦", "叮咚", "叮当", "扑通", "嘀嗒", "滴答", "叽喳", "呼啦", "咯吱", "嘎吱", "轰隆", "噼啪", "啪嗒", "吧嗒", "咕噜",
        "呼噜", "哐当", "扑哧", "嘀咕", "叽里", "淅沥",
    ]

    /// Characters that write sounds: two of them said twice are a sound the list above lacks (吱呀吱呀, 咔嚓咔嚓, 咿呀咿呀).
    static let soundCharacters: ScalarSet = [
        "吱", "呀", "咿", "嗡", "哼", "嘿", "哟", "哎", "呦", "唧", "啾", "喳", "嘁", "喀", "嚓", "咔", "嗒", "哒", "嘟", "噜", "咚", "哗", "啦",
        "叮", "嘀", "咕", "呼", "噼", "啪", "咯", "嘎", "哐", "哧", "叽", "嘤", "嘶", "咩", "喵", "吧", "呜", "哇", "嗖", "咣", "铛", "咻",
    ]

    static func repetitions(_ u: [Unicode.Scalar], line: (Int) -> Int, options: PipelineOptions) -> [Finding] {
        var out: [Finding] = []
        let n = u.count
        u.withUnsafeBufferPointer { p in
            func same(_ a: Int, _ b: Int, _ len: Int) -> Bool {
                for k in 0..<len where p[a + k] != p[b + k] || !CharClass.isHan(p[a + k]) { return false }
                return true
            }
            var i = 0
            while i < n {
                let c = p[i]
                guard CharClass.isHan(c), c != "一", c != "每" else {
                    i += 1
                    continue
                }
                var advance = 1
                let longest = min(options.maxRepeatedRun, n - i - 1)
                // Only where c comes again can a run repeat: X X at k = i + len, X 和 X at k = i + len + 1
                // (in the order of growing len, the conjunction form of len before the plain form of len + 1).
                var k = i + 2
                let last = min(i + longest + 1, n - 1)
                while k <= last {
                    defer { k += 1 }
                    guard p[k] == c else { continue }
                    // X和X: the run on both sides of a conjunction.
                    let andLength = k - i - 1
                    let conj = p[k - 1]
                    if andLength >= 3, andLength <= longest, i + 2 * andLength + 1 <= n,
                        conj == "和" || conj == "与" || conj == "及" || conj == "或", same(i, k, andLength)
                    {
                        out.append(
                            Finding(kind: .repetition, text: string(u, i..<(i + 2 * andLength + 1)), line: line(i),
                                    message: "the same words on both sides of \(Character(conj))"))
                        advance = 2 * andLength + 1
                        break
                    }
                    // XX: the run written twice in a row.
                    let len = k - i
                    // (V着V着 is how Chinese says "went on V-ing": 读着读着, 走着走着.)
                    if len <= longest, i + 2 * len <= n, same(i, k, len), Set(p[i..<k]).count > 1,
                        !ordinaryRepeats.contains(string(u, i..<k)), !(len == 2 && p[i + 1] == "着"),
                        !(len == 2 && soundCharacters.contains(p[i]) && soundCharacters.contains(p[i + 1]))
                    {
                        out.append(
                            Finding(kind: .repetition, text: string(u, i..<(i + 2 * len)), line: line(i),
                                    message: "the same words twice in a row"))
                        advance = 2 * len
                        break
                    }
                }
                i += advance
            }
        }
        return out
    }

    /// Lists written with 、: an item that appears twice (one of them not at the list's ends, whose
    /// extent is guessed from their neighbours' length).
    static func repeatedListItems(_ u: [Unicode.Scalar], line: (Int) -> Int) -> [Finding] {
        var out: [Finding] = []
        var items: [Range<Int>] = []
        var itemStart = 0
        func isItemScalar(_ s: Unicode.Scalar) -> Bool { CharClass.isHan(s) || CharClass.isASCIIAlnum(s) || CharClass.isDigit(s) }
        func flushList(end: Int) {
            defer { items = [] }
            guard items.count >= 2 else { return }
            var ranges = items
            ranges.append(itemStart..<end)
            // The first and last items run into the surrounding prose: trim them to their neighbour's length.
            let secondLength = ranges[1].count
            ranges[0] = max(ranges[0].lowerBound, ranges[0].upperBound - secondLength)..<ranges[0].upperBound
            let beforeLast = ranges[ranges.count - 2].count
            let l = ranges.count - 1
            // (The last item is whole where the list ends right after it, as long as the item before: 稳中求进、以进促稳、稳中求进，.)
            let lastWhole = ranges[l].count == beforeLast
            ranges[l] = ranges[l].lowerBound..<min(ranges[l].upperBound, ranges[l].lowerBound + beforeLast)
            let words = ranges.map { string(u, $0) }
            for a in 0..<words.count {
                for b in (a + 1)..<words.count where words[a] == words[b] && !words[a].isEmpty {
                    // (The first item trimmed from the prose before it may match a last item trimmed from the prose after it by
                    // chance, 中国、美国、中国香港: the two ends count only where the last is whole.)
                    let interior = (1..<(words.count - 1)).contains(a) || (1..<(words.count - 1)).contains(b)
                    guard interior || lastWhole && b == l && words[a].unicodeScalars.count >= 2 else { continue }
                    let span = ranges[0].lowerBound..<ranges[l].upperBound
                    out.append(
                        Finding(kind: .repeatedListItem, text: string(u, span), line: line(span.lowerBound),
                                message: "「\(words[a])」 appears twice in one enumeration"))
                    return
                }
            }
        }
        var i = 0
        while i < u.count {
            let s = u[i]
            if s == "、" {
                if i - itemStart > 8 && !items.isEmpty { flushList(end: i) }
                items.append(itemStart..<i)
                itemStart = i + 1
            } else if !isItemScalar(s) {
                flushList(end: i)
                items = []
                itemStart = i + 1
            }
            i += 1
        }
        flushList(end: u.count)
        return out
    }

    static let chineseStops: ScalarSet = ["，", "。", "、", "；", "：", "！", "？"]

    /// English function words that only stand inside Chinese prose through damage.
    static let functionWords: Set<String> = ["and", "or", "the", "of", "in", "on", "to", "for", "with", "by", "at", "from", "is", "are", "was", "were", "be", "an", "as", "that", "this"]

    static func foreignWords(_ u: [Unicode.Scalar], line: (Int) -> Int) -> [Finding] {
        var out: [Finding] = []
        var i = 0
        while i < u.count {
            guard CharClass.isASCIILetter(u[i]), i == 0 || !CharClass.isASCIIAlnum(u[i - 1]) else {
                i += 1
                continue
            }
            var j = i
            while j < u.count, CharClass.isASCIILetter(u[j]) { j += 1 }
            let word = string(u, i..<j)
            var a = i - 1
            while a >= 0, CharClass.isSpace(u[a]) { a -= 1 }
            var b = j
            while b < u.count, CharClass.isSpace(u[b]) { b += 1 }
            // (Han on one side, Han or a Chinese stop or comma on the other: …急难愁盼问题 and ，让…; not a title in Latin
            // letters, AI for Science（…）.)
            if functionWords.contains(word), a >= 0, b < u.count,
                CharClass.isHan(u[a]) && (CharClass.isHan(u[b]) || chineseStops.contains(u[b])) || chineseStops.contains(u[a]) && CharClass.isHan(u[b])
            {
                out.append(
                    Finding(kind: .foreignScript, text: string(u, (a + 1)..<b), line: line(i),
                            message: "the English word 「\(word)」 inside Chinese text"))
            }
            i = j
        }
        return out
    }

    @inline(__always)
    static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// Two-character stems of places the text names in full (锦州 from 锦州市), packed as scalar pairs.
    static func placeStems(_ texts: [[Unicode.Scalar]]) -> Set<UInt64> {
        var stems: Set<UInt64> = []
        for u in texts where u.count > 2 {
            for i in 2..<u.count where u[i] == "市" || u[i] == "县" {
                if CharClass.isHan(u[i - 1]), CharClass.isHan(u[i - 2]) { stems.insert(pair(u[i - 2], u[i - 1])) }
            }
        }
        return stems
    }

    /// Words X市 that are ordinary (城市, 全市, 超市 …) and never a clipped place name.
    /// (沪市 and 深市 are the Shanghai and Shenzhen stock markets.)
    static let ordinaryCityWordList: [String] = ["沪市", "深市", "城市", "都市", "上市", "超市", "门市", "股市", "楼市", "车市", "全市", "该市", "本市", "我市", "各市", "夜市", "早市", "闹市", "集市", "菜市", "街市", "开市", "休市", "罢市", "黑市", "花市", "书市", "灯市", "市市", "省市", "县市", "分市", "新市", "主市", "湖市", "海市", "年市", "中市", "入市", "出市", "退市", "救市", "托市", "坊市", "同市", "两市", "多市", "三市", "四市", "五市", "外市", "他市", "此市", "在市", "到市", "由市", "和市", "与市", "及市", "地市", "级市", "建市", "撤市", "设市"]
    static let ordinaryCityWords: Set<UInt64> = Set(ordinaryCityWordList.map {
        let u = Array($0.unicodeScalars)
        return pair(u[0], u[1])
    })

    /// The two-character short names of prefecture-level cities (沈阳 for 沈阳市), packed as scalar pairs.
    static let cityStems: Set<UInt64> = Set(Gazetteer.divisions.compactMap { d in
        let u = Array(d.short.unicodeScalars)
        guard d.level == .city, u.count == 2, d.name == d.short + "市" else { return nil }
        return pair(u[0], u[1])
    })

    /// A city's short name that some text names, opening with `first` (沈阳 in 沈阳海关…, for 沈市).
    static func namedCity(startingWith first: Unicode.Scalar, in texts: [[Unicode.Scalar]]) -> UInt64? {
        for t in texts where t.count > 1 {
            for j in 0..<(t.count - 1) where t[j] == first && t[j + 1] != "市" {
                let stem = pair(t[j], t[j + 1])
                if cityStems.contains(stem) { return stem }
            }
        }
        return nil
    }

    /// 哈尔宾市 where the text elsewhere names 哈尔滨: a city's or county's name of two or three characters with one of them,
    /// not the first, another, before 市 or 县, where no place is called so.
    static func misspelledPlaceNames(_ u: [Unicode.Scalar], texts: [[Unicode.Scalar]], named: inout Set<[Unicode.Scalar]>?, line: (Int) -> Int) -> [Finding] {
        guard u.count > 2 else { return [] }
        var out: [Finding] = []
        for i in 2..<u.count where u[i] == "市" || u[i] == "县" {
            for len in [3, 2] where i >= len {
                let s = i - len
                // (Only a spelling one character away from some city's or county's name, `maskedShorts`, is read on: its
                // first character one that opens such a name, a bit's test, before the sets and the gazetteer.)
                guard shortFirsts.contains(u[s]), u[s..<i].allSatisfy(CharClass.isHan),
                    (1..<len).contains(where: { maskedShorts.contains(masked(u[s..<i], at: s + $0)) }),
                    (Gazetteer.index.longest(in: u, at: s)?.length ?? 0) < len
                else { continue }
                let variant = Array(u[s..<i])
                // (No word: not 成为 of 成为市级…, nor 成城 of 建成城市, where 城市 is the word and 建成 another.)
                guard Words.info(u[s..<i]) == nil, Words.info(u[(i - 1)...i]) == nil, s == 0 || !CharClass.isHan(u[s - 1]) || Words.info(u[(s - 1)...s]) == nil
                else { continue }
                // (Read only where a name may be misspelled: the names the text gives, once for the article.)
                if named == nil { named = namedPlaces(texts) }
                guard let right = named!.first(where: { n in
                    n.count == len && n[0] == variant[0] && zip(n, variant).filter { $0 != $1 }.count == 1
                }) else { continue }
                out.append(
                    Finding(kind: .inconsistentName, text: string(u, s..<(i + 1)), line: line(s), suggestion: nil,
                            message: "「\(string(u, s..<i))」 here, but the text elsewhere names \(String(scalars: right))"))
                break
            }
        }
        return out
    }

    /// A name of two or three characters with the one at index `k` masked, packed in one word (21 bits a character; a
    /// masked or missing one is 0): 哈尔宾 and 哈尔滨 both read 哈尔_.
    static func masked(_ name: ArraySlice<Unicode.Scalar>, at k: Int) -> UInt64 {
        var key: UInt64 = 0
        for j in name.indices { key = key << 21 | (j == k ? 0 : UInt64(name[j].value)) }
        return name.count == 2 ? key << 21 : key
    }

    /// The short name of division `id` where it is a city or county and the name has two or three characters (哈尔滨,
    /// 寿光): the names a misspelling is measured against.
    static func cityOrCountyShort(_ id: Int) -> [Unicode.Scalar]? {
        let d = Gazetteer.divisions[id]
        guard d.level == .city || d.level == .county else { return nil }
        let short = Array(d.short.unicodeScalars)
        return (2...3).contains(short.count) ? short : nil
    }

    /// The first characters of those names.
    static let shortFirsts = ScalarSet(Gazetteer.divisions.indices.compactMap { cityOrCountyShort($0)?.first })

    /// Every one of those names with one character but the first masked.
    static let maskedShorts: Set<UInt64> = {
        var out: Set<UInt64> = []
        for short in Gazetteer.divisions.indices.compactMap(cityOrCountyShort) {
            for k in 1..<short.count { out.insert(masked(short[...], at: k)) }
        }
        return out
    }()

    /// The short names of two or three characters of the cities and counties that `texts` name (哈尔滨, 寿光).
    static func namedPlaces(_ texts: [[Unicode.Scalar]]) -> Set<[Unicode.Scalar]> {
        var out: Set<[Unicode.Scalar]> = []
        for t in texts {
            var j = 0
            while j < t.count {
                guard let (length, ids) = Gazetteer.index.longest(in: t, at: j) else {
                    j += 1
                    continue
                }
                for short in ids.compactMap(cityOrCountyShort) where t[j..<min(t.count, j + length)].starts(with: short) {
                    out.insert(short)
                }
                j += length
            }
        }
        return out
    }

    /// 锦市 where the text elsewhere says 锦州市, or 沈市 where it names 沈阳: a place name with its second character lost.
    static func clippedPlaceNames(_ u: [Unicode.Scalar], stems: Set<UInt64>, texts: [[Unicode.Scalar]], line: (Int) -> Int) -> [Finding] {
        guard u.count > 1 else { return [] }
        var out: [Finding] = []
        for i in 0..<(u.count - 1) where u[i + 1] == "市" {
            if i > 0, CharClass.isHan(u[i - 1]) { continue }
            let key = pair(u[i], u[i + 1])
            if ordinaryCityWords.contains(key) || stems.contains(key) { continue }
            guard let full = stems.first(where: { UInt32($0 >> 32) == u[i].value }) ?? namedCity(startingWith: u[i], in: texts) else { continue }
            let second = Unicode.Scalar(UInt32(full & 0xFFFF_FFFF))!
            let end = min(u.count, i + 3)
            out.append(
                Finding(kind: .inconsistentName, text: string(u, i..<end), line: line(i), suggestion: nil,
                        message: "「\(string(u, i..<(i + 2)))」 here, but the text elsewhere names \(Character(u[i]))\(Character(second))市"))
        }
        return out
    }
}
