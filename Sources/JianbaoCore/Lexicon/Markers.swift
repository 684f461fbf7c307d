/// The printed conventions of Chinese newspapers that mark structure: sentence ends, leads and
/// datelines, bylines, jump markers, photo credits and page furniture. Pure functions on text;
/// the reflower asks the cheap questions, the classifier the full parses.
public enum Markers {
    // MARK: sentence ends

    /// Punctuation that can close a paragraph.
    static let closers: ScalarSet = ["。", "！", "？", "…", "；", "：", ".", "!", "?", ";", ":", "」", "』"]
    static let closingQuotes: ScalarSet = ["”", "’", "\"", "'", "」", "』", "》"]

    /// The text ends in digits and a point after a Han character: 增长5., 达22.
    static func cutDecimal(_ text: String) -> Bool {
        let u = text.unicodeScalars.dropLast()
        let digits = u.reversed().prefix(while: CharClass.isDigit).count
        guard (1...6).contains(digits), let before = u.dropLast(digits).last else { return false }
        return CharClass.isHan(before)
    }

    /// True when `text` ends where a paragraph may end: 。！？…；： (also inside a closing quote),
    /// a bracketed note such as （完） or （本报河内10月23日电）, or a URL — not a decimal cut at its point (…增长5.).
    public static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return true }
        // A decimal that a wrap or break cut at its point (…同比增长5. | 8％): Chinese ends no sentence so.
        if last == ".", cutDecimal(text) { return false }
        if closers.contains(last) { return true }
        if last == "版" { return endsInPageReference(text) }
        if CharClass.isHan(last) { return false }
        let u = Array(text.unicodeScalars.suffix(64))
        if closingQuotes.contains(last) {
            // ……。” closes; 战“疫” does not.
            if u.count >= 2, closers.contains(u[u.count - 2]) { return true }
            return false
        }
        // A note's number after the stop: …增产1.6%。［2］, …现代化强国”①, …作出部署。[3].
        if last == "］" || last == "]" || CharClass.circledNumber(last) != nil {
            var k = u.count - 1
            if last == "］" || last == "]" {
                guard let open = u.lastIndex(where: { $0 == "［" || $0 == "[" }), open < k - 1, u[(open + 1)..<k].allSatisfy(CharClass.isDigit) else { return false }
                k = open
            }
            guard k > 0 else { return false }
            return closers.contains(u[k - 1]) || closingQuotes.contains(u[k - 1]) && k > 1 && closers.contains(u[k - 2])
        }
        if last == "）" || last == ")" {
            guard let open = u.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return false }
            let inside = String(scalars: u[(open + 1)..<(u.count - 1)])
            if open > 0, closers.contains(u[open - 1]) || isPageReference(Array(u[(open + 1)..<(u.count - 1)])) { return true }
            // (Or who ran the column: （本栏目主持：梁　睿）.)
            return ["完", "电", "据", "记者", "摄", "供图", "新华社", "作者", "来源", "编译", "整理", "主持"].contains { inside.hasText($0) }
                || agencyCredits.contains(inside)
        }
        if let space = u.lastIndex(where: { CharClass.isSpace($0) || CharClass.isCJK($0) }) {
            let tail = String(scalars: u[(space + 1)...])
            if tail.startsWithText("http") || tail.startsWithText("www.") { return true }
        }
        return false
    }

    /// An agency's short name closing a brief in brackets: （新华）, （中新）.
    static let agencyCredits: Set<String> = ["新华", "中新", "人民网", "新华网", "央视", "央视新闻", "光明网", "中新网"]

    /// Characters that almost never end a heading: particles, prepositions, conjunctions.
    static let cannotEndHeading: ScalarSet = [
        "的", "和", "与", "及", "或", "对", "在", "把", "被", "将", "为", "向", "从", "由", "以", "等", "、", "，", ",", "了",
        "是", "而", "并", "但", "于", "其", "之", "所", "给", "让", "使", "就", "都", "也", "还", "又", "要", "更", "最", "某", "各", "每", "副",
        "《", "“", "（", "(",
    ]
    /// Words that a verb must follow, never a heading's end: 各国应当 | 携手合作，… is a cut sentence.
    /// (Nor a wish with its addressee and no verb yet, 希望你们 | 继续发扬…, nor the time of a verb to come, 《山河记忆》近日 |
    /// 由人民文学出版社出版。)
    static let auxiliaryEndings = [
        "应当", "应该", "必须", "能够", "正在", "已经", "进一步", "不仅", "希望你们", "希望大家", "希望他们", "希望同学们", "希望广大", "近日", "日前",
        // Adverbs and prepositions that a verb or its object must follow (希望你们继续 | 发扬…, 通过 | 数字平台…).
        "继续", "不断", "更加", "始终", "一直", "共同", "通过", "为了", "只有", "关于", "随着", "按照", "根据",
        // (Laws' items too: （一）依照 | 法律法规和…章程选举….)
        "依照", "遵照", "对于", "基于", "鉴于",
        // (And 附属 before the body it belongs to: 首都医科大学附属 | 北京儿童医院….)
        "附属",
        // 至 after a verb or as a preposition, before the place, time or figure it reaches (王某将经营者诉至 | 北京互联网
        // 法院…, 截至 | 11月底…): never 冬至 or 夏至.
        "截至", "直至", "甚至", "乃至", "以至", "诉至", "增至", "降至", "升至", "延长至", "提高至", "扩大至", "延伸至", "推迟至", "调整至",
        // A count before the thing it counts (…日前发布一批 | 涉民营企业…典型案例, 我家住在一个 | 建于上世纪90年代的老旧小区).
        // (Not 一名 nor 一位, as in 第一名, a place won.)
        "一批", "一系列", "一项", "一些", "若干", "一个", "一种", "一座", "一场", "一支",
    ]
    static let auxiliaryLasts = ScalarSet(auxiliaryEndings.compactMap(\.unicodeScalars.last))
    static func endsInAuxiliary(_ text: String, last: Unicode.Scalar) -> Bool {
        auxiliaryLasts.contains(last) && auxiliaryEndings.contains(where: text.endsWithText)
    }

    /// Characters that almost never start a paragraph or heading: particles, closing punctuation.
    static let cannotStart: ScalarSet = [
        "的", "了", "着", "地", "得", "们", "之", "，", "、", "。", "；", "：", "？", "！", "）", "”", "’", "》", ",", ";",
        ":", ")", ".", "…", "」", "』",
    ]

    public static func cannotEndHeading(_ s: Unicode.Scalar) -> Bool { cannotEndHeading.contains(s) }
    public static func cannotStartBlock(_ s: Unicode.Scalar) -> Bool { cannotStart.contains(s) }

    /// The line opens with a particle or closing punctuation, as the rest of a cut line does (…积极 | 地推进, …目标 | 。):
    /// not with a word whose first character is such a particle's (地铁, 地区, 着力, 得益于, 之所以, 了解, 的确).
    public static func opensWithParticle(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, cannotStart.contains(first) else { return false }
        return !particleInitialWords.opens(text)
    }

    /// Words that open with a particle's character and may open a headline or a paragraph.
    static let particleInitialWords: OpeningWords = [
        "地铁", "地区", "地方", "地球", "地震", "地下", "地理", "地质", "地图", "地产", "地域", "地块", "地标", "地面", "地名", "地貌", "地热",
        "地市", "地级", "地委", "地处", "地摊", "地道", "地瓜", "着力", "着眼", "着重", "着手", "着实", "得益", "得到", "得知", "得分", "之所以",
        "了解", "了不起", "的确",
    ]

    /// Closing quotes and sentence or clause punctuation: a line that opens with one is the rest of the line above.
    public static func closesSentenceOrQuote(_ s: Unicode.Scalar) -> Bool { lineOpeningClosers.contains(s) }
    static let lineOpeningClosers: ScalarSet = ["，", "、", "。", "；", "？", "！", "”", "’", "」", "』", "》"]

    /// Sentence punctuation inside a line: how body-like it is. Counts ，。；！？ and ASCII , ; (between Han).
    public static func innerPunctuationCount(_ text: String) -> (commas: Int, stops: Int) {
        var commas = 0
        var stops = 0
        // On bytes: ， EF BC 8C, ； EF BC 9B, 。 E3 80 82.
        var prev2: UInt8 = 0
        var prev1: UInt8 = 0
        for c in text.utf8 {
            switch c {
            case 0x2C: commas += 1
            case 0x3B: stops += 1
            case 0x8C where prev2 == 0xEF && prev1 == 0xBC: commas += 1
            case 0x9B where prev2 == 0xEF && prev1 == 0xBC: stops += 1
            case 0x82 where prev2 == 0xE3 && prev1 == 0x80: stops += 1
            default: break
            }
            prev2 = prev1
            prev1 = c
        }
        return (commas, stops)
    }

    /// A line whose last character is one a cut line ends in (就, 向, 与, 都 …) but whose last word is a
    /// noun or an adjective that a headline may end in: 新成就, 正确方向, 首都, 大使, 研究所, 新作为.
    /// A break falls after such a word as often, so only a lead or byline under the line confirms it.
    static func endsInWord(_ text: String) -> Bool {
        let u = text.unicodeScalars
        // A deed done, told as headlines tell it: 法院判了, 新规来了 (a verb and 了, the way a cut line ends too), also a verb in
        // quotation marks (老樟树“体检”了).
        if u.count >= 4, u.last == "了", let verb = u.dropLast().last,
            CharClass.isHan(verb) && !cannotEndHeading.contains(verb) || closingQuotes.contains(verb) && u.dropLast(2).last.map(CharClass.isHan) == true
        {
            return true
        }
        // What a thing is made of or how, told with 是…的 (口罩生产线是怎样炼成的, 好日子是干出来的): 是 a few characters before
        // the 的, a verb between.
        if u.count >= 6, u.last == "的", let shi = u.dropLast().suffix(6).lastIndex(of: "是"), u.distance(from: shi, to: u.endIndex) >= 4,
            !"们我你他她它".unicodeScalars.contains(u[u.index(u.endIndex, offsetBy: -2)])
        {
            return true
        }
        for n in [3, 2] where u.count > n {
            let word = String(String.UnicodeScalarView(u.suffix(n)))
            if headingEndWords.contains(word) { return true }
            if let info = Words.info(word), ["n", "nr", "ns", "nt", "nz", "ng", "vn", "an", "a", "b"].contains(info.pos) { return true }
        }
        return false
    }

    /// Headline endings the word list reads as verbs or does not hold (担当作为, 新作为, 奋发有为; a verb and 对 done right,
    /// 如何用好用对).
    static let headingEndWords: Set<String> = ["作为", "可为", "有为", "首都", "用对", "做对", "选对", "走对", "找对", "答对"]
    /// A dash in any form copies give it: ——, —, ――, ─, －－, or two ASCII hyphens, --.
    public static func isDash(_ s: Unicode.Scalar) -> Bool { s == "—" || s == "―" || s == "─" || s == "－" || s == "-" }
    /// A subtitle's dash at the start of `text` (——论…; one ASCII hyphen is no dash, two are).
    public static func opensWithDash(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isDash(first) else { return false }
        return first != "-" || text.utf8.starts(with: "--".utf8)
    }
    /// A kicker's dash at the end of `text` (…充电难——), as `opensWithDash` reads one.
    public static func endsWithDash(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, isDash(last) else { return false }
        return last != "-" || text.utf8.reversed().starts(with: "--".utf8)
    }

    /// Short, no sentence punctuation, no closing punctuation, no particle at either end: what a
    /// kicker, headline or subtitle looks like. A comma is allowed only where a lead confirms the
    /// heading (`allowComma`); on its own a line with a comma reads as prose.
    /// `cutAtEnd`: the line is a heading's first line that a wrap cut anywhere (推动…生态保护和 | 修复…),
    /// so it may end in a word that no heading ends in; `cutAtStart`: the line is the rest of such a line
    /// (…会议上 | 的讲话), so it may start with one.
    /// `wordEnd`: the line may end in a word whose last character a cut line ends in (see `endsInWord`).
    public static func isHeadingShaped(
        _ text: String, columns: Int? = nil, maxColumns: Int, allowComma: Bool = false, cutAtEnd: Bool = false, cutAtStart: Bool = false,
        wordEnd: Bool = false
    ) -> Bool {
        guard (columns ?? text.displayColumns) <= maxColumns else { return false }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        guard cutAtStart || !opensWithParticle(text), !endsSentence(text), !isAuthorNote(text), !opensLawArticle(text) else { return false }
        // A table's title in the text (表：1月至11月新能源汽车产销情况, 表1　…) titles rows of the article, not a piece; so does
        // an appendix's (附：第二批…实验区名单), and a row of places set apart by blanks is a list's (北京市海淀区　天津市河西区).
        if first == "表" || first == "附", isTableTitle(text) || text.startsWithText("附：") || text.startsWithText("附件：") { return false }
        if isPlaceRow(text) { return false }
        // A note's mark alone (②, [3]) is a sentence's end that a wrap carried to a line of its own.
        if CharClass.circledNumber(first) != nil || first == "[" || first == "［", isNoteMarkAlone(text) { return false }
        // Who told the story a reporter wrote down (口述：张桂兰（…学员）): the text's first line, no subtitle.
        if first == "口", text.startsWithText("口述：") || text.startsWithText("口述:") { return false }
        // An e-mail or web address alone (rmrbdzlx@peopledaily.com.cn, http://news.lnd.com.cn/…): a contact line's rest, no title.
        if first.value < 0x80, isAddressAlone(text) { return false }
        // An index box's item, the page before the title (3版　高校毕业生就业服务…): no title of a piece here.
        if isIndexItem(text) { return false }
        // A label and its number, as a box lists hotlines (市民热线：12345, 服务电话：010-65123456): an item, no title.
        if CharClass.isDigit(last), endsInLabelledNumber(text) { return false }
        let (commas, stops) = innerPunctuationCount(text)
        guard stops == 0 && commas <= (allowComma ? 1 : 0) else { return false }
        // A title or quotation left open (本报3月11日第6版《春耕时节) or closed that never opened (农事忙》一文): a cut.
        let (opened, closed) = unpairedQuotes(text)
        guard cutAtEnd || !opened, cutAtStart || !closed else { return false }
        // (The word list last: it is the dear test. A line of a list of names, 赵乐际　李鸿忠　肖　捷…, is none.)
        // (A place after 在 with no word of position, 在乒乓球 | 男子单打决赛中，…, is a clause the break cut.)
        // (Nor 在七星农场的智慧农业 | 指挥中心，….)
        // (But a noun phrase closed by 的 and a person or a thing of one character is a title: 在万米高空“把脉”的人; not
        // 在七星农场的智慧 | 农业指挥中心.)
        // (在线, 在建, 在校 … open a word, no clause: 在线教育平台迎来用户高峰 is a title.)
        if !cutAtEnd, first == "在", text.unicodeScalars.count <= 12, !text.unicodeScalars.contains(where: { "上中里下前后间边内外时".unicodeScalars.contains($0) }),
            !attributiveZaiWords.contains(String(String.UnicodeScalarView(text.unicodeScalars.prefix(2)))),
            !(text.unicodeScalars.dropLast().last == "的" && "人她他你我家事路梦".unicodeScalars.contains(last))
        {
            return false
        }
        // (Nor a letter's signature, 河北石家庄读者　刘　洋, 河南郑州　王秀兰, （河南周口　陈小红）.)
        return (cutAtEnd || !cannotEndHeading.contains(last) && !endsInDayOfMonth(text) && !endsInAuxiliary(text, last: last) && !endsInCutListItem(text)
            || wordEnd && endsInWord(text)) && !isNameListLine(text)
            && !(text.unicodeScalars.contains(where: CharClass.isSpace) && (endsInShortPart(text) && signatureName(text) != nil || isListOfLikes(text)))
    }

    /// Words that open with 在 and say what a thing is, not where (在线教育, 在建项目, 在校学生): no preposition's clause.
    static let attributiveZaiWords: Set<String> = ["在线", "在建", "在校", "在职", "在读", "在岗", "在押", "在编", "在册", "在野", "在售", "在研"]

    /// Only a note's mark or marks: ②, ①②, [3], ［12］.
    static func isNoteMarkAlone(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.filter { !CharClass.isSpace($0) })
        if !u.isEmpty, u.count <= 3, u.allSatisfy({ CharClass.circledNumber($0) != nil }) { return true }
        guard u.count >= 3, u.count <= 4, u.first == "[" && u.last == "]" || u.first == "［" && u.last == "］" else { return false }
        return u.dropFirst().dropLast().allSatisfy(CharClass.isDigit)
    }

    /// The line ends in one Han character after a 、 that closes a longer item (丁薛祥、杨洁篪、王毅、何): a list a
    /// break cut inside its next item, a name after its family name; a heading's list of single characters ends so
    /// whole (德、智、体、美、劳).
    static func endsInCutListItem(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard let last = u.last, CharClass.isHan(last) else { return false }
        var i = u.index(before: u.endIndex)
        guard i > u.startIndex else { return false }
        i = u.index(before: i)
        guard u[i] == "、" else { return false }
        var item = 0
        while i > u.startIndex {
            i = u.index(before: i)
            guard CharClass.isHan(u[i]) else { break }
            item += 1
            if item >= 2 { return true }
        }
        return false
    }

    /// The part after the line's last space is one to three characters (刘　洋, 王秀兰, and a bracket closing a signature:
    /// 陈小红）): a signature's name may end it.
    static func endsInShortPart(_ text: String) -> Bool {
        let u = text.unicodeScalars
        var n = 0
        for s in u.reversed() where !(n == 0 && (s == "）" || s == ")")) {
            if CharClass.isSpace(s) { return n >= 1 }
            n += 1
            if n > 3 { return false }
        }
        return false
    }

    /// Three or more items set apart by spaces that end alike, a list's line (北京市代表团　天津市代表团　河北省代表团).
    static func isListOfLikes(_ text: String) -> Bool {
        guard let items = spacedItems(text) else { return false }
        let end = items[0].unicodeScalars.suffix(2)
        return items.allSatisfy { $0.unicodeScalars.count > 2 && $0.unicodeScalars.suffix(2).elementsEqual(end) }
    }

    /// A Latin O that OCR printed for a 0 among figures (1O月): the dateline reads it as 0, the linter flags it.
    static func isOCRZero(_ s: Unicode.Scalar) -> Bool { s == "O" || s == "o" }

    /// `s` as the figure OCR misread: 0 for a Latin O (`isOCRZero`), else itself.
    static func withOCRZero(_ s: Unicode.Scalar) -> Unicode.Scalar { isOCRZero(s) ? "0" : s }

    /// `s` as the figure OCR misread: 1 for a Latin l (`ocrOneFigure`), else itself.
    static func withOCROne(_ s: Unicode.Scalar) -> Unicode.Scalar { s == "l" ? "1" : s }

    /// A figure OCR printed with a Latin O for a 0 (1O月, 3OO万吨, 2O24年), starting at `start`: its range, where it starts
    /// no later than the run of figures and O's it stands in, holds a digit and an O, and no Latin letter touches it (CO2,
    /// O2O, 5G are no figures misread); nil otherwise.
    static func ocrZeroFigure(_ u: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        func figureOrO(_ s: Unicode.Scalar) -> Bool { CharClass.isASCIIDigit(s) || isOCRZero(s) }
        guard start < u.count, CharClass.isASCIIDigit(u[start]),
            start == 0 || !(CharClass.isASCIILetter(u[start - 1]) || CharClass.isASCIIDigit(u[start - 1]))
        else { return nil }
        var end = start
        var digits = 0
        var zeros = 0
        while end < u.count, figureOrO(u[end]) {
            if CharClass.isDigit(u[end]) { digits += 1 } else { zeros += 1 }
            end += 1
        }
        // (Read as a figure only before Chinese or a figure's mark: 1O月, 3OO万吨, 2O%, not a code's 1O-B.)
        guard digits > 0, zeros > 0, end < u.count, CharClass.isHan(u[end]) || u[end] == "%" || u[end] == "％" else { return nil }
        return start..<end
    }

    /// A figure in which OCR read 1 as a Latin l (l2月, 20l5年, l.5亿元), starting at `start` (a figure or the l) and followed
    /// by Chinese or a percent sign, as `ocrZeroFigure` reads an O: the range of the figure, or nil. (Not inside a Latin
    /// word or code: html5, Al2O3.)
    static func ocrOneFigure(_ u: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        let figure = CharClass.isASCIIDigit
        guard start < u.count, figure(u[start]) || u[start] == "l",
            start == 0 || !(CharClass.isASCIILetter(u[start - 1]) || figure(u[start - 1]) || u[start - 1] == ".")
        else { return nil }
        var end = start
        var digits = 0
        var ells = 0
        while end < u.count {
            if figure(u[end]) {
                digits += 1
            } else if u[end] == "l" {
                ells += 1
            } else if !(u[end] == "." && end > start && end + 1 < u.count && figure(u[end + 1])) {
                break
            }
            end += 1
        }
        guard digits > 0, ells > 0, end < u.count, CharClass.isHan(u[end]) || u[end] == "%" || u[end] == "％" else { return nil }
        return start..<end
    }

    /// A headline and its byline on one line, set apart by spaces (推动冬季文旅消费升温　本报记者　王　珂), as a copy that
    /// ran the stack's lines together prints them: where the byline starts, after the spaces. Nil unless the text
    /// before the spaces is heading-shaped and no byline itself (本报驻德国记者　张　明　本报记者　孙　光), and the
    /// rest is a reporter's role and names, nothing more: a role holding 记者 (a byline of 通讯员 alone is not looked for).
    static func headlineBylineSplit(_ text: String, maxColumns: Int) -> Int? {
        // (Asked of every short line: one byte search first, for the role word every such byline holds.)
        guard text.utf8.count <= 200, text.hasText("记者"), text.hasText("　") || text.utf8.contains(0x20) else { return nil }
        let u = text.scalarArray
        guard let f = u.first, !CharClass.isSpace(f) else { return nil }
        for k in 4..<max(4, u.count) where CharClass.isSpace(u[k - 1]) && !CharClass.isSpace(u[k]) {
            guard role(Array(u[k..<min(u.count, k + 16)]), at: 0) != nil else { continue }
            let byline = String(scalars: u[k...])
            // (Not a photographer's credit after a caption: 游客在冰雪大世界游玩　新华社记者　王　鹏　摄.)
            guard let (lead, bodyStart) = parseLead(byline, issueDate: nil), bodyStart >= u.count - k, !lead.reporters.isEmpty,
                parseCredit(byline) == nil
            else { return nil }
            var e = k
            while e > 0, CharClass.isSpace(u[e - 1]) { e -= 1 }
            let headline = String(scalars: u[..<e])
            guard e >= 4, parseLead(headline, issueDate: nil) == nil, role(Array(u[..<min(e, 16)]), at: 0) == nil,
                isHeadingShaped(headline, maxColumns: maxColumns)
            else { return nil }
            return k
        }
        return nil
    }

    /// `text` with 曰 after a figure read as 日 (18曰 → 18日), as OCR misreads it; the linter flags each.
    static func withOCRDays(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for s in text.unicodeScalars {
            out.append(s == "曰" && previous.map(CharClass.isDigit) == true ? "日" : s)
            previous = s
        }
        return String(out)
    }

    /// An index box's item: a page's number and 版, then a blank and the title (3版　高校毕业生…, 第5版　AI大模型…), behind
    /// a bullet too, the number in Han numerals after 第 (■第二版　澳门特别行政区…).
    /// (Asked of every line: its first character first.)
    static func isIndexItem(_ text: String) -> Bool {
        var u = text.unicodeScalars[...]
        guard let f = u.first, CharClass.isDigit(f) || f == "第" || leadBullets.contains(f) else { return false }
        if leadBullets.contains(f) { u = u.dropFirst().drop(while: CharClass.isSpace) }
        let ordinal = u.first == "第"
        if ordinal { u = u.dropFirst() }
        var digits = u.prefix(while: CharClass.isDigit).count
        if digits == 0, ordinal { digits = u.prefix(while: { ChineseNumber.isSmallHanNumeral($0) }).count }
        guard (1...3).contains(digits) else { return false }
        u = u.dropFirst(digits)
        guard u.first == "版", let blank = u.dropFirst().first, CharClass.isSpace(blank) else { return false }
        return u.dropFirst(2).contains(where: CharClass.isHan)
    }

    /// Whether the text ends in a colon and a number of three digits or more, hyphens and blanks between allowed:
    /// 市民热线：12345, 服务电话：010-65123456.
    static func endsInLabelledNumber(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard let colon = u.lastIndex(where: { $0 == "：" || $0 == ":" }), colon != u.startIndex else { return false }
        let rest = u[u.index(after: colon)...]
        return rest.filter(CharClass.isDigit).count >= 3 && rest.allSatisfy { CharClass.isDigit($0) || $0 == "-" || $0 == "－" || CharClass.isSpace($0) }
    }

    /// Two or more places set apart by blanks and nothing else, a row of a list of them (北京市海淀区　天津市河西区　河北省石家庄市,
    /// 山西省晋中市　内蒙古自治区包头市). (Asked of lines with an ideographic space: a byte search first.)
    static func isPlaceRow(_ text: String) -> Bool {
        guard text.utf8.count <= 240, text.hasText("\u{3000}") else { return false }
        let items = text.unicodeScalars.split(whereSeparator: CharClass.isSpace)
        return items.count >= 2 && items.allSatisfy { item in
            let u = Array(item)
            return (3...16).contains(u.count) && u.withUnsafeBufferPointer { Gazetteer.placesLength($0) } == u.count
        }
    }

    /// A table's title as a text prints it over the table: 表：…, 表1：…, 表 2　…, 附表：….
    static func isTableTitle(_ text: String) -> Bool {
        var u = text.unicodeScalars[...]
        if u.first == "附" { u = u.dropFirst() }
        guard u.first == "表" else { return false }
        u = u.dropFirst()
        let digits = u.prefix { CharClass.isDigit($0) || $0 == " " }
        u = u.dropFirst(digits.count)
        guard let mark = u.first else { return false }
        return mark == "：" || mark == ":" || mark == "　" && digits.contains(where: CharClass.isDigit)
    }

    /// Whether 《 or “ is left open at the end of `text`, and whether 》 or ” closes one opened before it.
    static func unpairedQuotes(_ text: String) -> (opened: Bool, closed: Bool) {
        var book = 0
        var quote = 0
        var closed = false
        for s in text.unicodeScalars {
            switch s {
            case "《": book += 1
            case "》": if book == 0 { closed = true } else { book -= 1 }
            case "“": quote += 1
            case "”": if quote == 0 { closed = true } else { quote -= 1 }
            default: break
            }
        }
        return (book > 0 || quote > 0, closed)
    }

    /// The line ends in a day of the month after a name (国家统计局15日): a lead sentence's subject and date that
    /// a break cut off its verb, never a heading's end (第3日 counts days, and may end one).
    static func endsInDayOfMonth(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard u.last == "日" else { return false }
        let digits = u.dropLast().reversed().prefix { CharClass.isDigit($0) }.count
        guard (1...2).contains(digits) else { return false }
        let before = u.dropLast(digits + 1).last
        return before.map { CharClass.isHan($0) && $0 != "第" } ?? false
    }

    /// A letter's or notice's signature on a line of its own: 某市读者　李　红, 张三同志治丧委员会, 本报编辑部,
    /// 某某市人民政府办公室, 中华人民共和国第十四届全国人民代表大会第一次会议主席团; a court's under its notice (北京市朝阳区人民法院),
    /// a company's liquidators' (…有限公司清算组), a paper's under its own notice (人民日报社); a desk's, （文　化）.
    public static func isSignOff(_ text: String) -> Bool {
        // (Asked of every short line under a paragraph: thirty-two Han characters and a few spaces at most.)
        guard text.utf8.count <= 120 else { return false }
        // (A desk's name in brackets, （文　化）, signs a brief as a writer's does.)
        if let inner = bracketedSignature(text) { return signatureName(inner) != nil || deskSignatures.contains(inner.withoutSpaces) }
        guard let s = signatureCharacters(text) else { return false }
        if ["治丧委员会", "治丧小组", "编辑部", "办公室", "办公厅", "主席团", "人民政府", "组委会", "指挥部", "领导小组", "人民法院", "人民检察院", "清算组",
            "报社", "杂志社"]
            .contains(where: s.hasSuffix)
        {
            return true
        }
        return name(inSignature: text, characters: s) != nil
    }

    /// A signature's characters without its blanks: 3 to 32 Han characters, and nothing but blanks besides. (Read on
    /// the text before a copy without the blanks is made: most lines asked hold other marks.)
    static func signatureCharacters(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) }) else { return nil }
        let s = text.withoutSpaces
        return (3...32).contains(s.unicodeScalars.count) ? s : nil
    }

    /// A quotation's source on the line under it, as a box of voices prints it: a dash, the speaker's posts and, after a
    /// blank, his name (——全国人大代表、浙江省杭州市上城区小营街道小营巷社区党委书记　陈　岚). Not a subtitle's
    /// portrait or visit (——记…教授　张福锁, ——访…院士　王　强).
    public static func isQuoteAttribution(_ text: String) -> Bool {
        guard opensWithDash(text), text.utf8.count <= 240 else { return false }
        let body = Array(text.unicodeScalars.drop(while: isDash))
        guard let first = body.first, CharClass.isHan(first), !body.contains(where: { "。！？；".unicodeScalars.contains($0) }),
            !subtitleOpeners.contains(where: { body.starts(with: $0.unicodeScalars) })
        else { return false }
        var parts = body.split(whereSeparator: CharClass.isSpace).map(Array.init)
        joinPaddedName(&parts)
        guard parts.count >= 2, let name = parts.last, (2...3).contains(name.count), name.allSatisfy(CharClass.isHan) else { return false }
        return Surnames.looksLikeName(String(scalars: name)) && EntityLexicon.endsWithTitle(parts[parts.count - 2])
    }

    /// What a dashed subtitle opens with where it portrays, visits or reviews (——记…, ——访…, ——读…).
    static let subtitleOpeners = ["记", "访", "读", "评", "写在", "来自", "追记", "专访", "对话", "走进", "探访", "聚焦"]

    /// A title of two or three phrases of Han characters, four or more each, set apart by ideographic spaces, as headlines
    /// and kickers print parallel phrases (多地夏季用电负荷创历史新高　电网企业全力保障供应, 中国共产党的优秀党员　我国水利事业的
    /// 杰出领导者): it may be wider than a heading of one phrase. (No name stands alone between the spaces: parts that short
    /// are a list's.)
    public static func isSpacedTitle(_ text: String) -> Bool {
        // (Asked of every line: its bytes first, which a Swift string counts without a pass.)
        guard text.utf8.count <= 120 else { return false }
        let u = text.unicodeScalars
        guard u.count <= 40, u.contains("\u{3000}") else { return false }
        let parts = u.split(whereSeparator: { $0 == "\u{3000}" })
        return (2...3).contains(parts.count) && parts.allSatisfy { $0.count >= 4 && $0.allSatisfy(CharClass.isHan) }
    }

    /// A line of names set apart by spaces, as lists of members and delegates print them (赵乐际　李鸿忠　肖　捷　…,
    /// maybe cut by a wrap at either end): four or more parts, each a name's shape — a family name and one to three
    /// Han characters and no common word, a two-character name padded to three characters' width (肖　捷), a
    /// transliterated name with its dot or a four-character one (洛桑江村) —, save one cut part at either end. (Two
    /// single characters in a row are a padded name whatever the family name: 铁　凝.) A name may have its unit or home in
    /// brackets after it: 张雨霏（广东）　汪顺（浙江）　…. A post among them (副委员长, 委　员) is no name: the names after it
    /// hold it.
    public static func isNameListLine(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: CharClass.isSpace) else { return false }
        return listedNames(Array(text.unicodeScalars)) != nil
    }

    /// The names of a line of names (`isNameListLine`): where each stands and the name without its padding (肖捷).
    public static func listedNames(_ u: [Unicode.Scalar]) -> [(range: Range<Int>, name: String, title: String?)]? {
        var parts: [Range<Int>] = []
        var k = 0
        while k < u.count {
            if CharClass.isSpace(u[k]) {
                k += 1
                continue
            }
            let start = k
            while k < u.count, !CharClass.isSpace(u[k]) {
                // A name's unit or home in brackets after it, as a list of prize-winners prints them (张雨霏（广东）):
                // the name is the part before the bracket.
                if u[k] == "（", k > start, let close = u[k...].prefix(12).firstIndex(of: "）"), close > k + 1,
                    u[(k + 1)..<close].allSatisfy(CharClass.isHan), close + 1 == u.count || CharClass.isSpace(u[close + 1])
                {
                    parts.append(start..<k)
                    k = close + 1
                    break
                }
                guard CharClass.isHan(u[k]) || u[k] == "·" else { return nil }
                k += 1
            }
            if parts.last?.lowerBound != start { parts.append(start..<k) }
        }
        guard parts.count >= 4 else { return nil }
        var names: [(range: Range<Int>, name: String, title: String?)] = []
        var counted = 0
        var title: String?  // the post the names after it hold (副委员长　李鸿忠　王　东…, 委　员　丁仲礼…)
        k = 0
        while k < parts.count {
            let p = u[parts[k]]
            let text = String(scalars: p)
            if p.count == 1, k + 1 < parts.count, parts[k + 1].count == 1 {
                let pair = text + String(scalars: u[parts[k + 1]])
                if isPost(pair) {
                    title = pair
                } else {
                    names.append((parts[k].lowerBound..<parts[k + 1].upperBound, pair, title))  // 肖　捷
                }
                counted += 2
                k += 2
                continue
            }
            if isPost(text) {
                title = text
                counted += 1
            } else if p.contains("·") && p.count >= 3 || p.count == 4 && Words.info(text) == nil
                || (2...3).contains(p.count) && Surnames.looksLikeName(text) && (Words.info(text).map { $0.pos.hasPrefix("nr") || $0.logFrequency < 8 } ?? true)
            {
                names.append((parts[k], text, title))
                counted += 1
            }
            k += 1
        }
        return counted + 2 >= parts.count && counted >= 3 ? names : nil
    }

    /// A post standing whole in a list of names, over the names after it (委员长, 副委员长, 秘书长, 委员 set 委　员).
    static func isPost(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        guard u.count >= 2, let n = EntityLexicon.titleSuffixLength(u) else { return false }
        return n == u.count || n == u.count - 1 && u[0] == "副"
    }

    /// A line of three or more items set apart by spaces, no sentence's or clause's mark among them: a list's (北京市代表团
    /// 　天津市代表团　河北省代表团, 张雨霏（广东）　汪顺（浙江）　…) or a table's row (集成电路　　3800亿块　　10.1%).
    static func isSpacedItems(_ text: String) -> Bool { spacedItems(text) != nil }

    /// The items of a line `isSpacedItems` accepts, or nil.
    static func spacedItems(_ text: String) -> [Substring]? {
        let u = text.unicodeScalars
        guard u.count >= 8, !u.contains(where: { "，。；、！？,;".unicodeScalars.contains($0) }) else { return nil }
        let items = text.split { CharClass.isSpace($0.unicodeScalars.first!) }
        return items.count >= 3 && items.allSatisfy({ (2...16).contains($0.unicodeScalars.count) }) ? items : nil
    }

    /// The lines under a chart or a table: its source (数据来源：国家统计局) or who drew it (制图：王子萱).
    static func isChartCredit(_ text: String) -> Bool { chartCredits.opens(text) }
    /// A source line that says where a text's figures come from rather than naming a chart's sources, also where a break
    /// cut it before its full stop: 资料来源：本公报中人口数据来自国家统计局…, 数据来源：文中数据均为….
    static func describesSources(_ text: String) -> Bool {
        guard let colon = text.unicodeScalars.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let rest = String(text.unicodeScalars[text.unicodeScalars.index(after: colon)...])
        return rest.hasPrefix("本") || rest.hasPrefix("文中") || rest.hasText("来自") || rest.hasText("均为") || rest.hasText("均来")
    }
    /// What opens a chart's source or its maker's credit.
    static let chartCredits: OpeningWords = [
        "数据来源：", "数据来源:", "资料来源：", "资料来源:", "制图：", "制图:", "制图/", "制图／", "图表制作：", "图表制作:", "图表设计：", "图表设计:",
    ]

    /// An author's line that gives the author's posts before the name, set apart by a blank: 全国政协委员、北京师范大学教授
    /// 　周作宇, 全国政协委员、民盟中央副主席　李　薇 (as a page of deputies' opinions signs each). Posts and names only: no
    /// sentence's punctuation.
    static func isCredentialedAuthor(_ text: String) -> Bool {
        // (Asked of every short line: the cheap tests first, on the text itself.)
        let u = text.unicodeScalars
        guard let l = u.last, CharClass.isHan(l), u.contains(where: CharClass.isSpace), (6...48).contains(u.count) else { return false }
        var parts = text.split { CharClass.isSpace($0.unicodeScalars.first!) }.map { Array($0.unicodeScalars) }
        joinPaddedName(&parts)
        guard parts.count == 2, (2...3).contains(parts[1].count), Surnames.looksLikeName(String(scalars: parts[1])) else { return false }
        let posts = parts[0]
        guard posts.count >= 4, posts.allSatisfy({ CharClass.isHan($0) || $0 == "、" || $0 == "·" }) else { return false }
        return EntityLexicon.endsWithTitle(posts)
    }

    /// Parts of a line split at its blanks, a two-character name padded to three characters' width at its end joined
    /// again (河南郑州　李　明 → 河南郑州, 李明).
    static func joinPaddedName(_ parts: inout [[Unicode.Scalar]]) {
        if parts.count >= 3, parts[parts.count - 1].count == 1, parts[parts.count - 2].count == 1 {
            parts[parts.count - 2] += parts.removeLast()
        }
    }

    /// Marks that an author's name follows on a supplement's or a feature's byline line (□　刘晓梅, ◎张远, 文/李明,
    /// 作者：张晓峰).
    static let authorMarks: OpeningWords = ["□", "■", "◎", "文/", "文／", "文｜", "文|", "作者：", "作者:", "撰文：", "撰文/"]

    /// The author's mark the text opens with, if any.
    static func authorMark(_ text: String) -> String? { authorMarks.first(opening: text) }

    /// What a signature in brackets holds (（河南周口　陈小红） → 河南周口　陈小红), as letters printed together sign.
    static func bracketedSignature(_ text: String) -> String? {
        // (Asked of every short line: its first and last marks are read before a trimmed copy is made.)
        let scalars = text.unicodeScalars
        guard let f = scalars.first(where: { !CharClass.isSpace($0) }), f == "（" || f == "(",
            let l = scalars.last(where: { !CharClass.isSpace($0) }), l == "）" || l == ")"
        else { return nil }
        let u = text.trimmedSpace.unicodeScalars
        guard u.count > 2 else { return nil }
        return String(String.UnicodeScalarView(u.dropFirst().dropLast()))
    }

    /// The writer a letter's signature names: 某市读者　李　红, or a place and a name set apart by a space, 河南郑州　王秀兰,
    /// 北京市朝阳区　李　明 (every part before the name place names and nothing else). Letters printed together sign in
    /// brackets: （河南周口　陈小红）.
    public static func signatureName(_ text: String) -> String? {
        guard text.utf8.count <= 120 else { return nil }
        if let inner = bracketedSignature(text) { return signatureName(inner) }
        guard let s = signatureCharacters(text) else { return nil }
        return name(inSignature: text, characters: s)
    }

    /// The writer a signature (not in brackets) names, its characters `s` without blanks (`signatureCharacters`).
    static func name(inSignature text: String, characters s: String) -> String? {
        if let reader = s.range(of: "读者", options: .backwards) {
            // (Not 读者来信, a column's label: 来信 is a word, no name.)
            let name = String(s[reader.upperBound...])
            return Surnames.looksLikeName(name) && !(Words.info(name).map { !$0.pos.hasPrefix("nr") && $0.logFrequency >= 8 } ?? false) ? name : nil
        }
        var parts = text.split { CharClass.isSpace($0.unicodeScalars.first!) }.map { Array($0.unicodeScalars) }
        guard parts.count >= 2, parts.count <= 4 else { return nil }
        joinPaddedName(&parts)
        let name = String(scalars: parts.last!)
        guard parts.count >= 2, parts.last!.count <= 3, Surnames.looksLikeName(name) else { return nil }
        let places = parts.dropLast().allSatisfy { place in
            place.withUnsafeBufferPointer { p in
                let k = Gazetteer.placesLength(p)
                return k == p.count && k >= 2
            }
        }
        return places ? name : nil
    }

    /// A place's name and a colon alone on a line, over a brief's headline in a column of news from the regions (河北邯郸：,
    /// 四川凉山：): a kicker, no sentence's end. The line opens with a place the gazetteer knows; a county's or an area's
    /// name of two or three characters may follow it (浙江安吉：, 深圳前海：), as the gazetteer reads no county so short, or
    /// a zone's of up to five that ends in 区 (郑州航空港区：).
    static func isPlaceLabel(_ text: String) -> Bool {
        // (Asked of every short line: the colon first, before any copy.)
        guard let last = text.unicodeScalars.last, last == "：" || last == ":" else { return false }
        let u = Array(text.unicodeScalars)
        guard (3...9).contains(u.count), u.dropLast().allSatisfy(CharClass.isHan) else { return false }
        return u.withUnsafeBufferPointer { b in
            let k = Gazetteer.placesLength(UnsafeBufferPointer(rebasing: b[0..<(b.count - 1)]))
            let rest = b.count - 1 - k
            return k >= 2 && (rest <= 3 || rest <= 5 && b[b.count - 2] == "区")
        }
    }

    /// A place's label without its colon over a local page's headline (浙江安吉, 贵州黔东南, 四川成都 | “村超”带火乡村旅游):
    /// a province's name and a place within it, or a short county's name the gazetteer does not hold (安吉) — no word that
    /// says what it did (广东出台 is a headline's start). (One name alone may be a headline's word.)
    static func isPlaceOnlyLabel(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        guard (4...9).contains(u.count), u.allSatisfy(CharClass.isHan) else { return false }
        return u.withUnsafeBufferPointer { b in
            guard let (first, ids) = Gazetteer.index.longest(in: b, at: 0), first < u.count else { return false }
            let province = ids.contains(where: { Gazetteer.divisions[$0].level == .province })
            guard province || ids.contains(where: { Gazetteer.divisions[$0].level == .city }) else { return false }
            let k = Gazetteer.placesLength(b)
            guard k < u.count else { return true }
            // (The rest a county's short name: no verb nor adjective, 出台, 发布, 好. Under a city, 深圳前海, 广州南沙, a
            // district's or a zone's name the word list lacks or knows as a place: not 成都火锅.)
            let rest = b[k...]
            let info = Words.info(rest)
            return k == first && (2...3).contains(rest.count)
                && !(info.map { $0.pos.hasPrefix("v") || $0.pos.hasPrefix("a") || $0.pos.hasPrefix("d") } ?? false)
                && (province || info.map { $0.pos == "ns" } ?? true)
        }
    }

    /// The kind of a document as its title, letter-spaced or not: 公　　告, 更　正, 通知, 讣告. (公告 and 高峰 are both
    /// a family name and a given name's shape: only this tells the title from an author's name.)
    static func isDocumentTitle(_ text: String) -> Bool { documentTitles.contains(text.withoutSpaces) }

    /// A document's title on its own line (关于召开2024年第三次临时股东大会的通知, 国务院关于…的意见): 关于 near its start,
    /// 的 and the document's kind at its end, no sentence's mark between, nor a book title's brackets (《关于…的意见 | 》 is a
    /// title the wrap cut). Nothing runs on from it, whatever fills the line.
    static func isDocumentTitleLine(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, documentKindEnds.contains(last), text.utf8.count <= 150 else { return false }
        let u = Array(text.unicodeScalars)
        guard u.count >= 8, u.count <= 48, let about = (0...min(16, u.count - 2)).first(where: { u[$0] == "关" && u[$0 + 1] == "于" }),
            !u.contains(where: { salutationBreaks.contains($0) && $0 != "“" && $0 != "”" || $0 == "《" || $0 == "》" })
        else { return false }
        return documentKinds.contains { kind in
            u.count - about > kind.count + 3 && u[u.count - kind.count - 1] == "的" && u.suffix(kind.count).elementsEqual(kind)
        }
    }

    static let documentKinds = ["通知", "决定", "意见", "公告", "通告", "办法", "规定", "批复", "报告", "决议", "方案", "规划", "条例", "细则"]
        .map { Array($0.unicodeScalars) }
    static let documentKindEnds = ScalarSet(documentKinds.compactMap(\.last))

    static let documentTitles: Set<String> = [
        "公告", "通告", "通知", "通报", "公报", "公示", "声明", "启事", "更正", "讣告", "决定", "决议", "命令", "说明", "致歉", "告示",
        "贺电", "唁电", "贺信", "倡议书", "公开信", "布告", "简报", "喜报", "捷报",
    ]

    /// Marks that no salutation's name holds (a clause, a quotation).
    static let salutationBreaks: ScalarSet = ["，", "。", "；", "！", "？", "、", "“", "”", "：", ":", ",", ";", "!", "?"]

    /// A salutation alone on its line, at a letter's or speech's head: 中国石油大学（北京）克拉玛依校区的同学们：,
    /// 亲爱的小朋友们：, 尊敬的各位来宾：, 编辑同志：. No sentence before the colon (他告诉同学们： introduces a quotation).
    static func isSalutation(_ text: String) -> Bool {
        let u = text.unicodeScalars
        // (Or a speech's address between its paragraphs: 各位代表！)
        guard let last = u.last, (last == "：" || last == ":") && (4...32).contains(u.count) || isSpeechAddress(text) else { return false }
        let body = String(String.UnicodeScalarView(u.dropLast()))
        guard !body.unicodeScalars.contains(where: salutationBreaks.contains) else { return false }
        if sayingWords.contains(where: body.hasText) { return false }
        if body.startsWithText("亲爱的") || body.startsWithText("尊敬的") { return true }
        return hearerEndings.contains(where: body.hasSuffix)
    }

    /// Words of saying or telling, which no salutation or address holds (他告诉同学们：, 他向代表们表示，): the line introduces
    /// what is said.
    static let sayingWords = ["说", "告诉", "问", "道", "表示", "指出", "强调", "介绍", "称", "向", "对", "给"]
    /// How the name of those a salutation or an address speaks to ends: 同学们, 编辑同志, 各位来宾.
    static let hearerEndings = ["们", "同志", "先生", "女士", "朋友", "同学", "老师", "来宾", "代表"]

    /// A line of a speech's or letter's address, each of its hearers named and nothing else, ending in a comma or a colon:
    /// 尊敬的各位来宾， | 亲爱的澳门同胞， | 同志们，朋友们：, 女士们、先生们：. No word of saying (他告诉同学们，).
    static func isAddressLine(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard let last = u.last, "，：,:".unicodeScalars.contains(last), (3...32).contains(u.count) else { return false }
        let parts = u.dropLast().split(whereSeparator: { $0 == "，" || $0 == "、" || $0 == "," })
        guard (1...4).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            guard (2...16).contains(part.count), part.allSatisfy(CharClass.isHan) else { return false }
            let name = String(String.UnicodeScalarView(part))
            if sayingWords.contains(where: name.hasText) { return false }
            return name.startsWithText("亲爱的") || name.startsWithText("尊敬的") || name.startsWithText("各位")
                || hearerEndings.contains(where: name.hasSuffix)
        }
    }

    /// A speech's address to its hearers alone on its line, between its paragraphs: 各位代表！, 同志们！, 亲爱的朋友们！
    static func isSpeechAddress(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard u.last == "！", (4...10).contains(u.count) else { return false }
        let body = String(String.UnicodeScalarView(u.dropLast()))
        return body.unicodeScalars.allSatisfy(CharClass.isHan) && ["们", "代表", "同志", "朋友", "来宾", "委员"].contains(where: body.hasSuffix)
    }

    /// A letter's closing wish: 祝你们毕业顺利、前程似锦！, 祝您健康长寿！, 祝大家新春快乐！
    static func isClosingWish(_ text: String) -> Bool { closingWishes.opens(text) }
    /// What opens a letter's closing wish.
    static let closingWishes: OpeningWords = ["祝你", "祝您", "祝大家", "祝各位", "祝同学"]

    /// A rule between pieces, as copies of a page print it: ——————, ＊　＊　＊, ------, ◆◆◆. (Not an
    /// ellipsis alone, ……, which marks a passage left out of a text.)
    static func isSeparator(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, separatorMarks.contains(first) else { return false }
        var marks = 0
        for s in text.unicodeScalars {
            if separatorMarks.contains(s) {
                marks += 1
            } else if !CharClass.isSpace(s) {
                return false
            }
        }
        return marks >= 3
    }

    static let separatorMarks: ScalarSet = [
        "—", "－", "-", "─", "━", "=", "＝", "_", "＿", "~", "～", "*", "＊", "※", "·", "•", "◆", "◇", "■", "□", "★", "☆", "●", "○", "#", "＃",
    ]

    /// The division of a law or rules that opens the line, set off by a space: 章 (第一章　总　　则), 节, 编,
    /// 部分 (第二部分　主要任务), 条 (第三条　本法所称…); nil for anything else (第一章节奏很快, 第三条高速公路).
    static func lawDivision(_ text: String) -> String? {
        guard text.unicodeScalars.first == "第" else { return nil }
        let u = Array(text.unicodeScalars.dropFirst().prefix(8))
        let k = u.firstIndex { !ChineseNumber.isNumeral($0) } ?? u.count
        guard k > 0, k < u.count else { return nil }
        let unit = ["部分", "章", "节", "编", "条"].first { w in
            w.unicodeScalars.elementsEqual(u[k...].prefix(w.unicodeScalars.count))
        }
        guard let unit, k + unit.unicodeScalars.count < u.count, CharClass.isSpace(u[k + unit.unicodeScalars.count]) else { return nil }
        return unit
    }

    /// 第三条　…: an article of a law or rules — a sentence, however short a break leaves it.
    static func opensLawArticle(_ text: String) -> Bool { lawDivision(text) == "条" }

    /// An author's or editor's note at an article's end: （作者为中共中央党校教授）, （作者单位：…）,
    /// （应受访者要求，文中人物均为化名）, （本文图片由…提供）, （注：…）, （完）, （本栏目主持：梁　睿）, （本版数据来源：Wind）,
    /// （编译／刘　洋）, （本报记者鲜敢、李卓尔参与采写）, （受访专家：…主任医师　王　刚）, （资料来源：国家统计局）, （摘自《…》）.
    static func isAuthorNote(_ text: String) -> Bool {
        // (Or in lenticular brackets: 【作者单位：复旦大学马克思主义学院】.)
        guard let f = text.unicodeScalars.first, f == "（" || f == "(" || f == "【" && text.unicodeScalars.last == "】" else { return false }
        let rest = text.unicodeScalars.dropFirst()
        // (Or the reporters who helped, alone in the note: （本报记者鲜敢、李卓尔参与采写）.)
        if text.hasText("参与采"), !rest.contains(where: { $0 == "（" || $0 == "(" }), contributorNote(text) != nil { return true }
        // (A book note's publisher closes it as well: （中华书局出版）, （人民出版社2024年1月出版）; so does a box's
        // contributor: （全国科学技术名词审定委员会供稿）.)
        return endNoteOpenings.contains { rest.starts(with: $0.unicodeScalars) }
            || rest.count <= 40 && ["出版）", "出版)", "供稿）", "供稿)"].contains(where: text.endsWithText)
    }

    /// An excerpt's source under its text: ——摘自《中国式现代化的文明逻辑》（人民出版社2025年版）, （选自《…》）, 原载《…》.
    static func isExcerptSource(_ text: String) -> Bool {
        // (Asked of every line under a finished one: a byte search for the verb's 自 or 原载 before any copy.)
        guard text.utf8.count <= 240, text.hasText("自") || text.hasText("原载") else { return false }
        var u = Substring(text.trimmedSpace).unicodeScalars
        let bracketed = u.first == "（" || u.first == "("
        if bracketed {
            guard u.last == "）" || u.last == ")" else { return false }
            u = u.dropFirst().dropLast()
        } else {
            u = u.drop(while: isDash)
        }
        guard u.count >= 4, u.count <= 80, let verb = ["摘自", "选自", "节选自", "摘编自", "引自", "原载", "转自"].first(where: { u.starts(with: $0.unicodeScalars) })
        else { return false }
        // (Whole: its title closed and the line ending there or in the edition's bracket, not cut by a break.)
        let rest = u.dropFirst(verb.unicodeScalars.count)
        guard let last = rest.last, bracketed || last == "》" || last == "）" || last == ")", rest.contains("》") else { return false }
        return rest.prefix(16).contains("《") && !rest.contains { "。！？；".unicodeScalars.contains($0) }
    }

    /// A book's note under its review, with no stop: its title, author and publisher (《长城的故事》，张　敏著，人民教育出版社
    /// 2025年10月出版).
    static func isBookNote(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard u.first == "《", u.count <= 80, u.contains("》") else { return false }
        return text.endsWithText("出版") || text.endsWithText("出版社") || text.endsWithText("著") || text.endsWithText("译")
    }

    /// The author an author's note names: （作者：刘　强，系中国农业大学教授）, （作者：李明）. Nil for one that gives only
    /// the post (（作者为…）, （作者单位：…）).
    public static func authorNoteName(_ text: String) -> String? {
        guard text.utf8.count <= 150, text.startsWithText("（作者：") || text.startsWithText("(作者:") || text.startsWithText("（作者:"),
            text.endsWithText("）") || text.endsWithText(")")
        else { return nil }
        let u = Array(text.unicodeScalars.dropFirst(4).dropLast())
        let (names, end) = parseNames(u, from: 0, bare: true)
        guard names.count == 1, case let k = skipSpaces(u, end), k == u.count || u[k] == "，" || u[k] == "," else { return nil }
        return names[0]
    }

    static let endNoteOpenings = [
        "作者", "应受访者", "受访者", "受访专家", "受访嘉宾", "文中", "本文", "注：", "注:", "编者注", "完）", "完)", "本栏目", "本版", "本期", "编译",
        "资料来源", "数据来源", "摘自",
    ]

    /// A heading set letter-spaced: 坚 定 不 移, or a pair, 公　　告, 来　信. Such a line is a heading of its own,
    /// never a wrap's rest.
    static func isLetterSpaced(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard let first = u.first, let last = u.last, u.count >= 3, CharClass.isSpace(u[u.index(after: u.startIndex)]) else { return false }
        if CharClass.isHan(first), CharClass.isHan(last), u.dropFirst().dropLast().allSatisfy(CharClass.isSpace) { return true }
        return withoutLetterSpacing(text) != text
    }

    /// A heading set letter-spaced, as PDF-to-text prints large type (坚 定 不 移 走 高 质 量 发 展 之 路),
    /// read as words: the spaces between single characters go, a wider gap between two phrases
    /// (坚 定 信 心　　稳 中 求 进) stays as one U+3000. Anything else (坚定信心　稳中求进, 王　强) is returned as is.
    public static func withoutLetterSpacing(_ text: String) -> String {
        guard let second = text.unicodeScalars.dropFirst().first, CharClass.isSpace(second) else { return text }
        let u = Array(text.unicodeScalars)
        var chars: [Unicode.Scalar] = []
        var gaps: [Int] = []  // the width of the gap before each character after the first
        var k = 0
        while k < u.count {
            var gap = 0
            while k < u.count, CharClass.isSpace(u[k]) {
                gap += u[k] == "\u{3000}" ? 2 : 1
                k += 1
            }
            guard k < u.count else { break }
            if !chars.isEmpty { gaps.append(gap) }
            // Every character stands alone: a run of two touching characters is no letter-spacing.
            if k + 1 < u.count, !CharClass.isSpace(u[k + 1]) { return text }
            chars.append(u[k])
            k += 1
        }
        guard chars.count >= 3, let narrow = gaps.min() else { return text }
        var out = String.UnicodeScalarView()
        for (i, c) in chars.enumerated() {
            if i > 0, gaps[i - 1] > narrow { out.append("\u{3000}") }
            out.append(c)
        }
        return String(out)
    }

    /// Words that open a sentence inside a report and almost never a heading: 会议指出, 他说, 此外 ….
    static let sentenceOpeners = [
        "会议指出", "会议强调", "会议要求", "会议认为", "会议提出", "他指出", "他强调", "他说", "她说", "他表示", "她表示", "据了解", "据悉",
        "据介绍", "记者了解到", "记者从", "此外", "同时，", "同时,", "目前，", "目前,", "近年来", "截至", "其中，", "其中,", "另外", "随后",
        "为此", "对此", "因此", "但是", "然而", "并且", "此次", "本次", "该项目", "该同志", "他们", "我们", "大家", "这是", "这些",
        "它由", "它是", "它的", "它们",
        "本书", "该书", "全书",
    ]

    /// Words that point back to what was said before them (对此, 为此, 此外, 但是): no article's text opens with one, so a
    /// line that does continues the text above it.
    static let anaphoricOpeners = ["对此", "为此", "因此", "此外", "另外", "然而", "但是", "并且", "而且", "与此同时", "除此之外", "尽管如此"]

    static func opensAnaphorically(_ text: String) -> Bool { anaphoricOpeners.contains { text.startsWithText($0) } }

    /// Also an enumeration's 一是…, 二是… (a clause, never a subhead's numbering).
    public static func opensSentence(_ text: String) -> Bool {
        let u = text.unicodeScalars
        if let f = u.first, ChineseNumber.isSmallHanNumeral(f), u.dropFirst().first == "是" { return true }
        return sentenceOpeners.contains { text.startsWithText($0) }
    }

    /// The speaker after a quotation: 何家枝说。/ 一位研究员表示，… — the rest of the paragraph whose
    /// quotation ended the line before.
    /// A longer speaker named by office, in one clause ending the sentence, counts too (埃及开罗大学教授
    /// 穆罕默德·哈桑日前在接受本报记者采访时表示。).
    public static func isSpeechAttribution(_ text: String) -> Bool {
        // The speaker's age before his post and name: 21岁的学生艾哈迈德说，….
        let digits = text.unicodeScalars.prefix { CharClass.isDigit($0) }.count
        if (1...3).contains(digits), text.unicodeScalars.dropFirst(digits).first == "岁" {
            let rest = text.unicodeScalars.dropFirst(digits + 1)
            return isSpeechAttribution(String(rest.first == "的" ? rest.dropFirst() : rest))
        }
        let verbs = ["说", "表示", "介绍", "坦言", "感慨", "告诉记者"]
        if let head = speakerHead(text, within: 26, before: "。，,：:") {
            let n = head.unicodeScalars.count
            // 据介绍， names no speaker: it opens a new paragraph after a quotation as often as not.
            if n <= 10 { return head.first != "据" && verbs.contains { head.hasSuffix($0) && head.count > $0.count } }
            // A longer one names its speaker by post: 农场管理区主任李志刚说，…, 中国科学院自动化研究所研究员王金桥说，… (a title,
            // a name of two or three or none, the verb: 联合国开发计划署一位官员说，…).
            if let verb = verbs.first(where: head.hasSuffix) {
                let speaker = head.unicodeScalars.dropLast(verb.unicodeScalars.count)
                if [0, 2, 3].contains(where: { speaker.count > $0 && EntityLexicon.endsWithTitle(speaker.dropLast($0)) }) { return true }
            }
        }
        let u = Array(text.unicodeScalars.prefix(41))
        var i = 0
        // (A spaced two-character name may stand in it: 种粮大户王　强说。)
        while i < u.count, CharClass.isHan(u[i]) || u[i] == "·" || CharClass.isDigit(u[i]) || i > 0 && CharClass.isSpace(u[i]) { i += 1 }
        guard i >= 6, i < u.count, u[i] == "。" else { return false }
        let clause = String(scalars: u[0..<i])
        return verbs.contains { clause.hasSuffix($0) }
    }

    static let speechVerbs = ["指出", "强调", "表示", "认为", "要求", "介绍", "提出", "说", "了解到", "获悉", "透露", "显示", "宣布"]

    /// Words that typically open a paragraph of a report: a named speaker and a verb of speech before
    /// a comma or colon (会议指出，/ 周波强调，). 他说， and 此外， open sentences inside paragraphs as often.
    public static func opensParagraph(_ text: String) -> Bool {
        if let f = text.unicodeScalars.first, "他她我这该其".unicodeScalars.contains(f) { return false }
        if interviewSpeaker(text) != nil { return true }
        // A long head names its speaker by office (海关总署新闻发言人李魁文介绍，).
        guard let head = speakerHead(text, within: 14, before: "，,：:")
            ?? speakerHead(text, within: 22, before: "，,：:").flatMap({ ["发言人", "负责人"].contains(where: $0.hasText) ? $0 : nil })
        else { return false }
        return speechVerbs.contains { head.hasSuffix($0) && head.count > $0.count }
    }

    /// A Q&A column's turns, in brackets.
    static let bracketedTurns: OpeningWords = ["【问】", "【答】", "［问］", "［答］", "[问]", "[答]"]

    /// The speaker of an interview's turn (记者：…, 王强：…, 问：…), or nil.
    public static func interviewSpeaker(_ text: String) -> String? {
        if let f = text.unicodeScalars.first, f == "问" || f == "答", let c = text.unicodeScalars.dropFirst().first, c == "：" || c == ":" {
            return String(f)
        }
        // (In brackets, as a Q&A column prints the turns: 【问】…, 【答】….)
        if let turn = bracketedTurns.first(opening: text) {
            return String(turn.unicodeScalars.dropFirst().prefix(1))
        }
        guard let head = speakerHead(text, within: 6, before: "：:"), head.unicodeScalars.count <= 4,
            ["记者", "主持人"].contains(head) || Surnames.looksLikeName(head) && Words.info(head) == nil
        else { return nil }
        return head
    }

    /// The run of two or more Han characters that opens `text` within its first `within` scalars and
    /// stops at one of `before`: the speaker and verb in 周波强调，/ 何家枝说。/ 巴赫7日表示，.
    static func speakerHead(_ text: String, within: Int, before: String) -> String? {
        let u = text.unicodeScalars
        var i = u.startIndex
        var n = 0
        // (A date may stand in it: 巴赫7日在北京表示，)
        while i < u.endIndex, n < within, CharClass.isHan(u[i]) || n > 0 && CharClass.isDigit(u[i]) {
            u.formIndex(after: &i)
            n += 1
        }
        guard n >= 2, n < within, i < u.endIndex, before.unicodeScalars.contains(u[i]) else { return nil }
        return String(u[u.startIndex..<i])
    }

    // MARK: sources, datelines and bylines

    static let maxLeadScalars = 120
    static let leadBullets: ScalarSet = ["■", "□", "△", "▲", "●", "○", "◆", "◇", "★", "☆", "▶", "•", "◎", "▪", "►", "▷"]

    /// Agencies and papers that open a lead with a dateline (新华社北京2月4日电).
    static let agencies = [
        "据新华社", "新华社", "本报", "人民日报", "中新社", "中新网", "人民网", "新华网", "央视网", "央视新闻", "光明日报",
        "经济日报", "解放军报", "法制日报", "法治日报", "工人日报", "中国日报", "科技日报", "国际在线", "央广网", "中央广电总台",
        // Foreign agencies, as a digest of the foreign press dates their stories: 【美联社华盛顿12月14日电】.
        "美联社", "路透社", "法新社", "塔斯社", "共同社", "彭博社", "埃菲社", "韩联社", "德新社", "安莎社", "俄新社", "拉美社",
        "中东社", "越通社", "俄罗斯卫星通讯社", "卫星通讯社",
    ]
    /// Role words before reporter names in bylines.
    static let roles = [
        "本报特约记者", "本报特约通讯员", "本报见习记者", "本报首席记者", "本报特派记者", "本报全媒体记者", "本报实习生", "本报通讯员", "本报记者", "新华社记者",
        "人民日报记者", "特约记者", "特约通讯员", "见习记者", "首席记者", "特派记者", "摄影记者", "实习记者", "实习生", "通讯员", "记者",
        // (City papers' reporters for all their media: 广州日报讯（全媒体记者　李天研）.)
        "全媒体记者", "融媒体记者",
    ]

    /// Parses a lead at the start of `text`: 本报讯 记者X报道 …, 本报讯（记者X）…, 本报北京1月18日电（记者X、Y）…,
    /// 新华社北京2月4日电 (记者X) …, 本报记者 X …. Returns the lead and where the body starts
    /// (scalar offset), or nil when `text` does not open with a lead.
    public static func parseLead(_ text: String, issueDate: IssueDate?) -> (Lead, bodyStart: Int)? {
        guard let f = text.unicodeScalars.first else { return nil }
        // ■　本报北京7月5日电…, ●本报讯…: a brief in a list, its bullet before the lead; 文／图　本报记者　郑　十:
        // what the reporter did, before the byline.
        if leadBullets.contains(f) || "文图作整采口".unicodeScalars.contains(f), case let skip = leadPrefixLength(text), skip > 0 {
            guard let (lead, start) = parseLead(String(text.unicodeScalars.dropFirst(skip)), issueDate: issueDate) else { return nil }
            return (lead, start + skip)
        }
        // 【新华社北京1月18日电】国务院…: a dateline in lenticular brackets, as web copies print it.
        // (Read without the brackets, so reporters after them count: 【本报讯】（记者王五）….)
        if f == "【", let close = text.unicodeScalars.prefix(40).firstIndex(of: "】") {
            let scalars = text.unicodeScalars
            let inner = String(scalars[scalars.index(after: scalars.startIndex)..<close])
            let innerCount = inner.unicodeScalars.count
            let rest = String(scalars[scalars.index(after: close)...])
            // 【日本《读卖新闻》12月15日报道】…: a foreign paper's story and the day it ran, its source the paper as printed.
            if let (source, date) = publicationReport(Array(inner.unicodeScalars), issueDate: issueDate) {
                let start = skipSpaces(Array(text.unicodeScalars.prefix(maxLeadScalars)), innerCount + 2)
                return (Lead(text: inner, source: source, dateline: Dateline(text: inner, place: nil, date: date), reporters: []), start)
            }
            // 【大公报讯】记者李芳报道：…, 【香港商报讯】…: another paper's wire in the brackets, read as it is read unbracketed,
            // with its reporters after it, or as the source alone.
            if innerCount >= 3, innerCount <= 12, inner.unicodeScalars.last == "讯", inner.unicodeScalars.dropLast().last == "报",
                inner.unicodeScalars.first != "本", inner.unicodeScalars.allSatisfy(CharClass.isHan)
            {
                if let (lead, start) = parseLead(inner + "\u{3000}" + rest, issueDate: issueDate), start > innerCount { return (lead, start + 1) }
                return (Lead(text: inner, source: inner, dateline: nil, reporters: []), skipSpaces(Array(text.unicodeScalars.prefix(maxLeadScalars)), innerCount + 2))
            }
            guard let (whole, _) = parseLead(inner, issueDate: issueDate), whole.text.unicodeScalars.count >= innerCount else { return nil }
            guard let (lead, start) = parseLead(inner + rest, issueDate: issueDate) else {
                // (A byline in the brackets, 【环球时报驻德国特派记者　王　强　环球时报记者　倪　浩】欧盟委员会…: read alone, as a byline
                // line is, since the text after it runs on past a byline's length.)
                return (whole, skipSpaces(Array(text.unicodeScalars.prefix(maxLeadScalars)), innerCount + 2))
            }
            return (lead, start + 2)
        }
        // 参考消息网11月21日报道　据路透社…: a site's report and its day, its source the site.
        if CharClass.isHan(f), text.hasText("网", inFirst: 24), case let u = Array(text.unicodeScalars.prefix(24)),
            let (site, end, date) = siteReport(u, issueDate: issueDate)
        {
            let report = String(scalars: u[0..<end])
            return (Lead(text: report, source: site, dateline: Dateline(text: report, place: nil, date: date), reporters: []), skipSpaces(u, end))
        }
        if let byline = namesBeforeRole(text) { return byline }
        // 经济日报记者　孙　亮: another paper's or outlet's reporter, on a byline line of its own.
        guard opensWithLeadOpening(text)
            || CharClass.isHan(f) && text.utf8.count <= 90 && (text.hasText("记者", inFirst: 48) || text.hasText("通讯员", inFirst: 48))
                && outletRole(Array(text.unicodeScalars.prefix(14)), at: 0) != nil
            || CharClass.isHan(f) && text.hasText("讯", inFirst: 36) && otherPaperWire(Array(text.unicodeScalars.prefix(20))) != nil
            || CharClass.isHan(f) && text.hasText("综合", inFirst: 30) && outletCompiled(Array(text.unicodeScalars.prefix(16))) != nil
            || CharClass.isHan(f) && text.hasText("月", inFirst: 72) && outletDateline(Array(text.unicodeScalars.prefix(30)), issueDate: issueDate) != nil
        else { return nil }
        // A lead is short: reading its first scalars is enough, and keeps long paragraphs cheap.
        let u = Array(text.unicodeScalars.prefix(maxLeadScalars))
        var i = 0
        var source: String?
        var dateline: Dateline?
        if hasPrefix(u, "本报讯") || hasPrefix(u, "本报电") {
            // (本报电, like 新华社电, is the paper without place and date: its source is 本报.)
            source = hasPrefix(u, "本报讯") ? "本报讯" : "本报"
            i = 3
        } else if let compiled = compiledReports.first(where: { hasPrefix(u, $0) }) {
            // 本报综合报道: the desk compiled it from several sources (综合本报驻外记者报道: from its reporters abroad).
            source = compiled.hasPrefix("综合新华社") ? "新华社" : "本报"
            i = compiled.unicodeScalars.count
        } else if let agency = agencies.first(where: { hasPrefix(u, $0) }), let dl = parseDateline(u, from: agency.unicodeScalars.count, issueDate: issueDate) {
            source = agency == "据新华社" ? "新华社" : agency
            let textEnd = dl.end
            dateline = Dateline(
                text: String(scalars: u[0..<textEnd]), place: dl.place, date: dl.date)
            i = textEnd
        } else if let agency = agencies.first(where: { hasPrefix(u, $0) }), u.count > agency.unicodeScalars.count,
            u[agency.unicodeScalars.count] == "电", agency != "本报",
            !(u.count > agency.unicodeScalars.count + 1 && "子视话影".unicodeScalars.contains(u[agency.unicodeScalars.count + 1]))
        {
            // 据新华社电, 新华社电: the agency without place and date. (Not the word 电 opens, as in the e-paper's name, 人民日报
            // 电子报, 新华社电视…: no lead.)
            source = agency == "据新华社" ? "新华社" : agency
            i = agency.unicodeScalars.count + 1
        } else if let agency = agencies.first(where: { hasPrefix(u, $0) }), agency != "本报", agency != "据新华社",
            u.count > agency.unicodeScalars.count, u[agency.unicodeScalars.count] == "讯"
        {
            // 经济日报讯（记者王五）, 光明日报讯: another paper's 本报讯, its source as printed.
            source = agency + "讯"
            i = agency.unicodeScalars.count + 1
        } else if let agency = agencies.first(where: { hasPrefix(u, $0) }), agency != "本报", agency != "据新华社",
            hasPrefix(u, "消息", at: agency.unicodeScalars.count)
        {
            // 央视网消息（记者张三）：…, 人民网消息：…: a site's news item, its source as printed.
            source = agency + "消息"
            i = agency.unicodeScalars.count + 2
        } else if let (outlet, dl) = outletDateline(u, issueDate: issueDate) {
            // 法治日报北京12月3日讯, 中国青年报客户端北京12月3日电: any outlet's dateline.
            source = outlet
            dateline = Dateline(text: String(scalars: u[0..<dl.end]), place: dl.place, date: dl.date)
            i = dl.end
        } else if let (outlet, end) = outletCompiled(u) {
            // 环球时报综合报道: another outlet's desk compiled it.
            source = outlet
            i = end
        } else if let n = otherPaperWire(u) {
            // 人民政协报讯（记者李四）, 中国纪检监察报讯　记者钱七: any paper's 本报讯 with its reporters.
            source = String(scalars: u[0..<n])
            i = n
        } else if let role = role(u, at: 0) {
            // A byline lead: 本报记者 张三 李四 (then maybe body on the same line); any role opens one, 见习记者　李　丽 too.
            let (names, end) = parseNames(u, from: 0)
            guard !names.isEmpty else { return nil }
            source = roleSource(role, u, at: 0)
            let (dateline, after) = datelineAfterNames(u, end: end)
            let leadText = String(scalars: u[0..<after]).trimmedSpace
            return (Lead(text: leadText, source: source, dateline: dateline, reporters: names), skipSpaces(u, after))
        } else {
            return nil
        }
        // After the source or dateline: optional reporters, bracketed or as 记者X报道.
        var reporters: [String] = []
        var j = skipSpaces(u, i)
        if j < u.count, u[j] == "（" || u[j] == "(" {
            if let close = u[j...].firstIndex(where: { $0 == "）" || $0 == ")" }), close - j <= 60 {
                let inner = Array(u[(j + 1)..<close])
                var (names, _) = parseNames(inner, from: 0)
                // 本报电（赵晓霞）: a correspondent's name alone in the bracket, no role before it, filling it.
                if names.isEmpty, case let (bare, end) = parseNames(inner, from: 0, bare: true), skipSpaces(inner, end) == inner.count {
                    names = bare
                }
                if !names.isEmpty {
                    reporters = names
                    j = close + 1
                } else if source?.hasSuffix("消息") == true, close - j <= 12, case let k = skipSpaces(u, close + 1), k < u.count,
                    u[k] == "：" || u[k] == ":"
                {
                    // 央视网消息（新闻联播）：…: the programme that carried the item, the lead's to its colon.
                    j = close + 1
                }
            }
        } else if dateline != nil, j < u.count, u[j] == "综", let desk = datelineDesks.first(where: { hasPrefix(u, $0, at: j) }) {
            // 新华社北京1月1日电　综合新华社驻外记者报道：…: the desk compiled the dispatch, the lead's to its colon.
            j += desk.unicodeScalars.count
        } else if isRoleAt(u, j) {
            let (names, end) = parseNames(u, from: j)
            if names.isEmpty, let name = reporterInSentence(u, at: j) {
                // (记者乔文汇从…获悉: the reporter is the sentence's subject, and the sentence keeps him.)
                reporters = [name]
            } else if !names.isEmpty {
                reporters = names
                j = end
                if dateline == nil { (dateline, j) = datelineAfterNames(u, end: end) }
            }
        } else if case let (names, end) = parseNames(u, from: j, bare: true), !names.isEmpty, end >= j + 3,
            hasPrefix(u, "报道", at: end - 2) || hasPrefix(u, "报道", at: end - 3) && (u[end - 1] == "：" || u[end - 1] == ":")
        {
            // 本报讯　杨　帆、特约记者李　勇报道：: a correspondent named without a role first, as 解放军报 prints them.
            reporters = names
            j = end
        }
        // (A site's 消息 is followed by a colon: 央视网消息（记者张三）：近日…; so is a compiled report, 综合本报驻外记者报道：….)
        if source?.hasSuffix("消息") == true || j >= 2 && (hasPrefix(u, "报道", at: j - 2) || hasPrefix(u, "消息", at: j - 2)),
            case let k = skipSpaces(u, j), k < u.count, u[k] == "：" || u[k] == ":"
        {
            j = k + 1
        }
        let bodyStart = skipSpaces(u, j)
        let leadText = String(scalars: u[0..<min(j, u.count)]).trimmedSpace
        return (Lead(text: leadText, source: source, dateline: dateline, reporters: reporters), bodyStart)
    }

    /// A byline line that names a contributor without a role before the paper's reporters (李建文　本报特约记者　张　磊,
    /// as 解放军报 prints a unit's writer beside its own correspondent): the whole line names and roles, a role after the
    /// first names, each bare name a likely one. The reporters are every name, in the order printed.
    static func namesBeforeRole(_ text: String) -> (Lead, bodyStart: Int)? {
        // (Asked of every line: its bytes first, which a Swift string counts without a pass.)
        // (The role anywhere in the line: a byte count of 36 held twelve characters, too few for 郑欣宜　中青报·中青网记者 with
        // its ideographic space.)
        guard text.utf8.count <= 120, let f = text.unicodeScalars.first, CharClass.isHan(f), text.unicodeScalars.count <= 36,
            text.hasText("记者") || text.hasText("通讯员")
        else { return nil }
        let u = Array(text.unicodeScalars)
        // (The first role opens the line's second part: one at the line's start is an ordinary byline's.)
        guard !isRoleAt(u, 0), !opensWithLeadOpening(text),
            let roleStart = (1..<u.count).first(where: { CharClass.isSpace(u[$0 - 1]) || u[$0 - 1] == "、" ? isRoleAt(u, $0) : false }),
            let role = role(u, at: roleStart)
        else { return nil }
        let head = Array(u[0..<roleStart])
        let (bare, bareEnd) = parseNames(head, from: 0, bare: true)
        guard !bare.isEmpty, head[bareEnd...].allSatisfy({ CharClass.isSpace($0) || $0 == "、" }),
            bare.allSatisfy(Surnames.looksLikeName)
        else { return nil }
        let (names, end) = parseNames(u, from: 0, bare: true)
        guard names.count > bare.count, names.starts(with: bare), skipSpaces(u, end) == u.count else { return nil }
        return (Lead(text: text.trimmedSpace, source: roleSource(role, u, at: roleStart), dateline: nil, reporters: names), u.count)
    }

    /// The source a byline's role names (`role`, read at `i` of `u`): 本报, 新华社 or 人民日报 by its first words, else the
    /// outlet of an outlet's role (经济日报 of 经济日报记者), else none (见习记者).
    static func roleSource(_ role: String, _ u: [Unicode.Scalar], at i: Int) -> String? {
        if let paper = ["本报", "新华社", "人民日报"].first(where: role.startsWithText) { return paper }
        return outletRole(u, at: i).map(outletName)
    }

    /// A foreign publication's story and its day, as a digest prints it in lenticular brackets: 日本《读卖新闻》12月15日报道,
    /// 英国《金融时报》网站12月15日文章. Returns the source (日本《读卖新闻》, the country and title before the date)
    /// and the date, or nil.
    static func publicationReport(_ u: [Unicode.Scalar], issueDate: IssueDate?) -> (source: String, date: IssueDate?)? {
        guard u.count <= 30, let open = u.firstIndex(of: "《"), open <= 6, u[..<open].allSatisfy(CharClass.isHan),
            let close = u[open...].firstIndex(of: "》"), close - open >= 2
        else { return nil }
        var i = close + 1
        if let medium = ["网站", "网", "杂志", "周刊", "月刊"].first(where: { hasPrefix(u, $0, at: i) }) { i += medium.unicodeScalars.count }
        guard let (month, day, end) = monthAndDay(u, at: i), ["报道", "文章", "电", "消息"].contains(String(scalars: u[end...])) else { return nil }
        return (String(scalars: u[...close]), issueDate?.resolve(month: month, day: day))
    }

    /// A month and day at `i` (11月21日, 十一月二十一日): the two numbers and where the text after 日 starts.
    static func monthAndDay(_ u: [Unicode.Scalar], at start: Int) -> (month: Int, day: Int, end: Int)? {
        var i = start
        while i < u.count, ChineseNumber.isNumeral(u[i]) { i += 1 }
        guard i > start, i < u.count, u[i] == "月", let month = ChineseNumber.parse(u[start..<i]) else { return nil }
        i += 1
        let dayStart = i
        while i < u.count, ChineseNumber.isNumeral(u[i]) { i += 1 }
        guard i > dayStart, i < u.count, u[i] == "日", let day = ChineseNumber.parse(u[dayStart..<i]) else { return nil }
        return (month, day, i + 1)
    }

    /// A reporter named as the subject of the lead's first sentence (本报乌鲁木齐11月20日电　记者乔文汇从新疆…获悉，…): the
    /// name after the role and before 从, where the sentence goes on to say what the reporter learned.
    static func reporterInSentence(_ u: [Unicode.Scalar], at j: Int) -> String? {
        guard let r = role(u, at: j), r.hasSuffix("记者") else { return nil }
        let k = j + r.unicodeScalars.count
        for len in [3, 2] where k + len < u.count && u[k + len] == "从" {
            let name = String(scalars: u[k..<(k + len)])
            guard u[k..<(k + len)].allSatisfy(CharClass.isHan), Surnames.looksLikeName(name) else { continue }
            let rest = String(scalars: u[(k + len)..<min(u.count, k + len + 48)])
            if ["获悉", "了解到", "得知"].contains(where: rest.hasText) { return name }
        }
        return nil
    }

    /// A site's report and its day at the start of `u` (参考消息网11月21日报道, 环球网11月20日消息): the site, where the report
    /// ends, and the date. The site's name is two to seven Han characters ending in 网.
    static func siteReport(_ u: [Unicode.Scalar], issueDate: IssueDate?) -> (site: String, end: Int, date: IssueDate?)? {
        guard let net = u.prefix(7).firstIndex(of: "网"), net >= 1, u[..<net].allSatisfy(CharClass.isHan),
            let (month, day, i) = monthAndDay(u, at: net + 1)
        else { return nil }
        guard let word = ["报道", "消息", "电", "讯"].first(where: { hasPrefix(u, $0, at: i) }) else { return nil }
        let end = i + word.unicodeScalars.count
        // (A clause runs on where a word follows: 环球网11月20日报道称 is a sentence's subject and verb.)
        guard end == u.count || CharClass.isSpace(u[end]) || u[end] == "　" || u[end] == "】" else { return nil }
        return (String(scalars: u[...net]), end, issueDate?.resolve(month: month, day: day))
    }

    /// Another paper's 本报讯 (人民政协报讯, 中国纪检监察报讯): a name of two to ten Han characters ending in
    /// 报, or a paper's short name (南都讯, 金羊网讯), then 讯, then its reporters — （记者李四）, 记者钱七. Returns the
    /// length through 讯.
    static func otherPaperWire(_ u: [Unicode.Scalar]) -> Int? {
        // (本报本报讯 is 本报讯 with a run written twice, for the linter to flag.)
        guard u.first != "本", let wire = u.prefix(12).firstIndex(of: "讯"), wire >= 3 && u[wire - 1] == "报" || (2...4).contains(wire),
            u[..<wire].allSatisfy(CharClass.isHan)
        else { return nil }
        var j = skipSpaces(u, wire + 1)
        // (A paper's wire alone on its line, 南方日报讯, as 本报讯 alone is: its reporters and text may follow a break.)
        if j == u.count, u.count <= 20, wire >= 3, u[wire - 1] == "报" { return wire + 1 }
        if j < u.count, u[j] == "（" || u[j] == "(" { j += 1 }
        return isRoleAt(u, j) ? wire + 1 : nil
    }

    /// A translator's credit in brackets at a translated report's foot: （编译/刘　洋）, （编译：刘洋　李明）, （翻译　王五）.
    static func isTranslatorNote(_ text: String) -> Bool {
        guard let inner = bracketedSignature(text) else { return false }
        let u = Array(inner.unicodeScalars)
        guard let label = ["编译", "翻译", "译"].first(where: { hasPrefix(u, $0) }) else { return false }
        var i = label.unicodeScalars.count
        if i < u.count, u[i] == "/" || u[i] == "／" || u[i] == "：" || u[i] == ":" { i += 1 }
        return namesFilling(u, from: skipSpaces(u, i)) != nil
    }

    /// The bare names read from `start` where they fill the rest of `u` but blanks (李　明　王　芳), else nil.
    static func namesFilling(_ u: [Unicode.Scalar], from start: Int) -> [String]? {
        let (names, end) = parseNames(u, from: start, bare: true)
        return !names.isEmpty && skipSpaces(u, end) == u.count ? names : nil
    }

    /// A translated report's original title, as 参考消息 prints it after the report's lead: 题：中国电动汽车出口势头强劲 —
    /// short, no sentence's mark in it.
    static func isReportTitle(_ u: Substring.UnicodeScalarView) -> Bool {
        let count = u.count
        guard count >= 4, count <= 48, u.first == "题", let colon = u.dropFirst().first, colon == "：" || colon == ":" else { return false }
        return !u.dropFirst(2).contains { closers.contains($0) || $0 == "，" }
    }

    /// An editor's note (编者按：…, 【编者按】…, 编者的话): a paragraph of its own, never the rest of
    /// the paragraph above it.
    public static func isEditorsNote(_ text: String) -> Bool {
        let t = unbulleted(text)
        return editorsNoteOpenings.opens(t)
    }
    /// What opens an editor's note.
    static let editorsNoteOpenings: OpeningWords = ["编者按", "【编者按】", "［编者按］", "[编者按]", "编者的话", "【编者的话】", "编后：", "编后语"]

    /// A note under a poem's title on how many poems it heads, or what they are: （外一首）, （外二首）, （二首）, （组诗）,
    /// （节选）.
    public static func isPoemCountNote(_ text: String) -> Bool {
        guard let inner = bracketedSignature(text), inner.count <= 4 else { return false }
        if ["组诗", "节选", "组章"].contains(inner) { return true }
        var t = Substring(inner)
        if t.hasPrefix("外") { t = t.dropFirst() }
        return t.count == 2 && t.hasSuffix("首") && t.first.map { "一二三四五六七八九十两".contains($0) } == true
    }

    /// An editor's note's label alone on its line, without a colon after it (■　编者按, 编者的话): the note
    /// follows on the next.
    public static func isEditorsNoteLabel(_ text: String) -> Bool {
        ["编者按", "编者的话"].contains(unbulleted(text).trimmedSpace)
    }

    /// The editor's word after an article (编后, 编后语：…, 【编后】…): it speaks of the article above it, never
    /// introduces the one under it.
    public static func isAfterword(_ text: String) -> Bool {
        let t = unbulleted(text)
        return t.startsWithText("编后") || t.startsWithText("【编后")
    }

    /// `text` without a bullet and the blanks after it (■　编者按 → 编者按), as a lead is read after one.
    static func unbulleted(_ text: String) -> String {
        guard let f = text.unicodeScalars.first, leadBullets.contains(f) else { return text }
        let skip = leadPrefixLength(text)
        return skip == 0 ? text : String(scalars: text.unicodeScalars.dropFirst(skip))
    }

    /// The label of a box set inside an article (核心阅读 over a summary, 链接 over background, 编后 over the editor's word
    /// after it): a paragraph of its own, never a heading however short.
    public static func isBoxLabel(_ text: String) -> Bool {
        // (Or a topic's tips, 健康小贴士, 安全小提示.)
        boxLabel(text).map {
            summaryLabels.contains($0) || ["链接", "相关链接", "背景链接", "新闻链接", "知识链接", "背景资料", "延伸阅读", "小贴士", "名词解释", "人物简介", "人物小传", "编后", "编后语", "编后记"].contains($0)
                || $0.count <= 8 && ["小贴士", "小提示"].contains(where: $0.hasSuffix)
        } ?? false
    }

    /// The title an agency gives a story on its dateline's line (新华社北京1月9日电　题：以更大力度推动科技创新): the
    /// headline, and a subtitle after ——, or nil when the paragraph is no such title (a sentence runs on after it).
    /// 。！？；: what ends a sentence or a clause that stands as one.
    static let sentenceStops: ScalarSet = ["。", "！", "？", "；"]

    public static func agencyTitle(_ text: String) -> (headline: String, subtitle: String?)? {
        let u = Array(text.unicodeScalars)
        guard u.count >= 4, u.count <= 64, u[0] == "题", u[1] == "：" || u[1] == ":" else { return nil }
        let rest = String(scalars: u.dropFirst(2)).trimmedSpace
        guard rest.unicodeScalars.count >= 2, !rest.unicodeScalars.contains(where: sentenceStops.contains) else { return nil }
        guard let dash = rest.range(of: "——"), dash.lowerBound > rest.startIndex else { return (rest, nil) }
        return (String(rest[..<dash.lowerBound]).trimmedSpace, String(rest[dash.lowerBound...]))
    }

    /// The label of a box over the article's summary (核心阅读, 内容提要): prose follows it, never a title
    /// (链接 or 名词解释 may stand over one).
    public static func isSummaryLabel(_ text: String) -> Bool { boxLabel(text).map(summaryLabels.contains) ?? false }

    static let summaryLabels = ["核心阅读", "阅读提示", "内容提要", "内容摘要", "核心提示"]

    static func boxLabel(_ text: String) -> String? {
        guard text.utf8.count <= 40 else { return nil }
        // (Letter-spaced as a short label often is: 链　接.)
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !"【】［］[]〖〗■◆●".unicodeScalars.contains($0) && !CharClass.isSpace($0) }))
    }

    /// A desk's compiled report opening a text: from several sources, or its own reporters' (综合本报驻外记者报道).
    static let compiledReports = [
        "本报综合报道", "本报综合消息", "综合新华社电", "综合本报驻外记者报道", "综合本报驻外记者电", "综合本报记者报道", "本报记者综合报道",
        "本报驻外记者综合报道", "本报综合",
    ]
    /// A desk's compilation named after a dateline (新华社北京1月1日电　综合新华社驻外记者报道：…).
    static let datelineDesks = ["综合新华社驻外记者报道", "综合新华社记者报道", "综合本报驻外记者报道", "综合本报记者报道", "综合外电报道", "综合外电"]
    /// Every lead starts with one of these (a source, an agency or a role word).
    static let leadOpenings = ["本报", "综合新华社电", "综合本报"] + agencies.filter { !$0.hasPrefix("本报") } + roles.filter { !$0.hasPrefix("本报") }
    static let leadInitials = ScalarSet(leadOpenings.map { $0.unicodeScalars.first! })
    /// `leadOpenings` by their first character: a line is matched against the few that open as it does (many lines open
    /// with 全 or 新, few leads).
    static let leadOpeningsByInitial = Dictionary(grouping: leadOpenings) { $0.unicodeScalars.first! }

    /// Whether the line opens with one of `leadOpenings`.
    static func opensWithLeadOpening(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, leadInitials.contains(f), let openings = leadOpeningsByInitial[f] else { return false }
        return openings.contains(where: text.startsWithText)
    }

    /// After an agency name: optional place, then M月D日电 or M月D日讯. Returns the end offset.
    static func parseDateline(_ u: [Unicode.Scalar], from start: Int, issueDate: IssueDate?) -> (end: Int, place: String?, date: IssueDate?)? {
        var i = start
        let placeStart = i
        // (Two places: 本报内罗毕、里约热内卢2月20日电.)
        while i < u.count, i - placeStart <= 20, CharClass.isHan(u[i]) || u[i] == "·" || u[i] == "、" && i > placeStart { i += 1 }
        let placeEnd = i
        // (PDF-to-text sets figures apart by a space: 本报北京 1 月 18 日电.)
        func figureSpace(_ k: Int) -> Int { skipFigureSpace(u, k) { ChineseNumber.isNumeral($0) || $0 == "月" || $0 == "日" } }
        i = figureSpace(i)
        // (OCR prints a Latin O for a 0 at times, 本报北京1O月8日电: the figure is read with its 0, and the linter flags the O.)
        func figureEnd(_ k: Int) -> Int {
            var e = k
            while e < u.count, ChineseNumber.isNumeral(u[e]) || e > k && CharClass.isDigit(u[k]) && isOCRZero(u[e]) { e += 1 }
            return e
        }
        func figure(_ r: Range<Int>) -> Int? { ChineseNumber.parse(u[r].map(withOCRZero)) }
        let monthStart = i
        i = figureEnd(i)
        let monthEnd = i
        if i > monthStart { i = figureSpace(i) }
        guard monthEnd > monthStart, i < u.count, u[i] == "月", let month = figure(monthStart..<monthEnd) else {
            // 本报北京电　（记者王五）, 新华社北京电: a place and no date.
            if i == monthStart, (3...9).contains(placeEnd - placeStart), u[placeEnd - 1] == "电",
                placeEnd == u.count || CharClass.isSpace(u[placeEnd]) || u[placeEnd] == "（" || u[placeEnd] == "(",
                !u[placeStart..<(placeEnd - 1)].contains("电"), !u[placeStart..<(placeEnd - 1)].contains("、")
            {
                return (placeEnd, String(scalars: u[placeStart..<(placeEnd - 1)]), nil)
            }
            return nil
        }
        i = figureSpace(i + 1)
        let dayStart = i
        i = figureEnd(i)
        let dayEnd = i
        if i > dayStart { i = figureSpace(i) }
        // (OCR reads 日 as 曰 at times, 9月12曰电: the lead is read, and the linter flags the character.)
        guard dayEnd > dayStart, i + 1 < u.count, u[i] == "日" || u[i] == "曰", u[i + 1] == "电" || u[i + 1] == "讯",
            let day = figure(dayStart..<dayEnd)
        else { return nil }
        // The place never ends with the month's digits; a Han place may be empty (新华社1月2日电).
        let place = placeEnd > placeStart ? String(scalars: u[placeStart..<placeEnd]) : nil
        let date = issueDate?.resolve(month: month, day: day)
        return (i + 2, place, date)
    }

    /// Past the one space at `k` that PDF-to-text set beside a figure, when what follows it is `next`'s
    /// (a figure, or the figure's unit: 第 3 版, 1 月 18 日); else `k`.
    static func skipFigureSpace(_ u: [Unicode.Scalar], _ k: Int, _ next: (Unicode.Scalar) -> Bool) -> Int {
        k + 1 < u.count && u[k] == " " && next(u[k + 1]) ? k + 1 : k
    }

    static func hasPrefix(_ u: [Unicode.Scalar], _ p: String, at: Int = 0) -> Bool {
        var i = at
        for s in p.unicodeScalars {
            guard i < u.count, u[i] == s else { return false }
            i += 1
        }
        return true
    }

    static func isRoleAt(_ u: [Unicode.Scalar], _ i: Int) -> Bool { role(u, at: i) != nil }

    /// Whether the text ends in a role word, blanks after it allowed (●本报讯　记者　): a byline that a break cut before
    /// its first name.
    static func endsInRole(_ text: String) -> Bool {
        // (Asked of many lines: the last character first, without a copy of the text.)
        let u = text.unicodeScalars
        guard let end = u.lastIndex(where: { !CharClass.isSpace($0) }), u[end] == "者" || u[end] == "员" || u[end] == "生" else { return false }
        let tail = Array(u[...end].suffix(8))
        return roles.contains { hasSuffix(tail, $0) }
    }

    /// Whether a break between `a` and `b` fell inside a role word or right before one after 、 or ，
    /// (记者邹维荣、特约 | 通讯员王　俊报道, 本报特 | 约记者, 记者张三、 | 通讯员李四报道): `b` then opens with the
    /// role's rest, which reads as a byline of its own.
    static func cutsRole(_ a: String, _ b: String) -> Bool {
        let head = Array(b.unicodeScalars.prefix(8))
        // (Every role ends in 记者, 通讯员 or 实习生: without one of their last characters near its start, `b` opens none.)
        guard let first = head.first, CharClass.isHan(first), head.contains(where: { $0 == "者" || $0 == "员" || $0 == "生" }) else { return false }
        let tail = Array(a.unicodeScalars.suffix(5))
        for k in 0...tail.count {
            let piece = Array(tail.suffix(k))
            if k == 0 {
                guard let last = tail.last, last == "、" || last == "，" || last == "," else { continue }
            } else if !piece.allSatisfy(CharClass.isHan) {
                break
            }
            if let r = role(piece + head, at: 0), r.unicodeScalars.count > k { return true }
        }
        return false
    }

    /// The role word at `i`: one of `roles`, or a correspondent's, 本报驻美国记者, 新华社驻柏林记者.
    static func role(_ u: [Unicode.Scalar], at i: Int) -> String? {
        // (Asked at every character of a byline: the lists only where one of their words can open.)
        guard i < u.count else { return nil }
        guard roleInitials.contains(u[i]) else { return outletRole(u, at: i) }
        if let r = roles.first(where: { hasPrefix(u, $0, at: i) }) { return r }
        guard let posted = postedRoles.first(where: { hasPrefix(u, $0, at: i) }) else { return outletRole(u, at: i) }
        let start = i + posted.unicodeScalars.count
        var k = start
        while k < u.count, k - start <= 8, CharClass.isHan(u[k]) {
            for r in ["特约记者", "首席记者", "记者"] where k - start >= 1 && hasPrefix(u, r, at: k) {
                return String(scalars: u[i..<(k + r.unicodeScalars.count)])
            }
            k += 1
        }
        return nil
    }

    /// An outlet's reporter: a paper's, agency's, site's, station's or app's name (2–10 characters ending in
    /// 报, 社, 网, 台, 视, 线, 闻, 刊, 端 or 频) and 记者 / 特约记者 / 通讯员 — 经济日报记者, 中国青年报记者, 中新社记者,
    /// 央视记者, 澎湃新闻记者, 人民日报客户端记者, and two outlets as one (中青报·中青网记者, 中国青年报·中青在线记者).
    /// Its correspondent abroad too, the outlet's name, 驻, the place and the role (环球时报驻德国特派记者).
    static func outletRole(_ u: [Unicode.Scalar], at i: Int) -> String? {
        // (A paper known by a short name that ends so in none of them: 南都记者, 每经记者.)
        if i < u.count, shortOutletInitials.contains(u[i]) {
            for outlet in shortOutlets where hasPrefix(u, outlet, at: i) {
                let k = i + outlet.unicodeScalars.count
                for r in outletRoles where hasPrefix(u, r, at: k) { return String(scalars: u[i..<(k + r.unicodeScalars.count)]) }
            }
        }
        var k = i + 2
        // (Two outlets joined by a dot, a dash or a slash: 中青报·中青网记者, 工人日报—中工网记者, 扬子晚报/紫牛新闻记者; the first
        // an outlet's name, not what the reporter did: 图/南方日报记者.)
        while k < u.count, k - i <= 12,
            CharClass.isHan(u[k - 1]) || outletJoiners.contains(u[k - 1]) && outletEndings.contains(u[k - 2]) && CharClass.isHan(u[k])
        {
            // (No outlet's name ends in 本报 after Han text: 张守坤本报通讯员 is a name run into this paper's role, 本报通讯员.)
            if outletEndings.contains(u[k - 1]), u[k - 1] != "报" || u[k - 2] != "本" || k - 3 < i || !CharClass.isHan(u[k - 3]) {
                for r in outletRoles where hasPrefix(u, r, at: k) { return String(scalars: u[i..<(k + r.unicodeScalars.count)]) }
                if u[k] == "驻" {
                    var m = k + 2
                    while m < u.count, m - k <= 9, CharClass.isHan(u[m - 1]) {
                        for r in outletRoles.dropLast() where hasPrefix(u, r, at: m) { return String(scalars: u[i..<(m + r.unicodeScalars.count)]) }
                        m += 1
                    }
                }
            }
            k += 1
        }
        return nil
    }

    /// A correspondent's role opens so, before the place: 本报驻美国记者, 新华社驻柏林记者.
    static let postedRoles = ["本报驻", "人民日报驻", "新华社驻"]

    /// The first characters of `roles` and `postedRoles`.
    static let roleInitials = ScalarSet((roles + postedRoles).compactMap(\.unicodeScalars.first))

    /// The first characters of `shortOutlets`.
    static let shortOutletInitials = ScalarSet(shortOutlets.compactMap(\.unicodeScalars.first))

    static let outletRoles = ["特约记者", "特派记者", "首席记者", "见习记者", "全媒体记者", "融媒体记者", "记者", "通讯员"]

    /// Outlets whose reporters sign with a short name: 南方都市报's 南都, 每日经济新闻's 每经, 第一财经, 财新.
    static let shortOutlets = ["南都", "每经", "第一财经", "财新", "北青"]

    /// The outlet an outlet's role names: 经济日报 of 经济日报记者, 环球时报 of 环球时报驻德国特派记者.
    static func outletName(_ role: String) -> String {
        if let posted = role.firstIndex(of: "驻") { return String(role[..<posted]) }
        guard let cut = outletRoles.first(where: role.hasSuffix) else { return role }
        return String(role.dropLast(cut.count))
    }

    /// Any outlet's dateline at the start of `u` (法治日报北京12月3日讯, 中国青年报客户端北京12月3日电): a name of two to twelve
    /// Han characters ending as outlets' names end (报, 网, 社, 端 …), then a place the gazetteer knows, the day, and 电 or 讯.
    /// The outlet and the dateline; nil where no such place follows any such name (新闻发布会12月3日电 names none), or where
    /// the text opens with a reporter's role.
    static func outletDateline(_ u: [Unicode.Scalar], issueDate: IssueDate?) -> (outlet: String, dateline: (end: Int, place: String?, date: IssueDate?))? {
        var k = 2
        while k < u.count, k <= 12, CharClass.isHan(u[k - 1]) {
            if outletEndings.contains(u[k - 1]), CharClass.isHan(u[k]), let (len, _) = Gazetteer.index.longest(in: u, at: k),
                k + len < u.count, CharClass.isDigit(u[k + len]) || ChineseNumber.isNumeral(u[k + len]) || u[k + len] == " ",
                let dl = parseDateline(u, from: k, issueDate: issueDate), dl.place?.unicodeScalars.count == len
            {
                // (A name with a run written twice, 新华新华社, is damage for the linter to flag in the text, no outlet's; one that
                // ends in an agency's name with words before it, 记者问新华社, is a heading's rest over a lead; and a byline's
                // role, 记者…, opens no outlet's name however it goes on.)
                let name = Array(u[0..<k])
                guard !holdsRunTwice(name[...]), !agencies.contains(where: { name.count > $0.unicodeScalars.count && hasSuffix(name, $0) }),
                    role(u, at: 0) == nil
                else { return nil }
                return (String(scalars: name), dl)
            }
            k += 1
        }
        return nil
    }

    /// Whether a run of two characters or more stands twice in a row in `u` (新华新华社).
    static func holdsRunTwice(_ u: ArraySlice<Unicode.Scalar>) -> Bool {
        let s = u.startIndex
        for a in s..<u.endIndex {
            var n = 2
            while a + 2 * n <= u.endIndex {
                if u[a..<(a + n)].elementsEqual(u[(a + n)..<(a + 2 * n)]) { return true }
                n += 1
            }
        }
        return false
    }

    /// An outlet's compiled report at the start of `u` (环球时报综合报道, 中新网综合报道): the outlet and where the text
    /// after it starts.
    static func outletCompiled(_ u: [Unicode.Scalar]) -> (String, Int)? {
        var k = 2
        while k < u.count, k <= 10, CharClass.isHan(u[k - 1]) {
            if outletEndings.contains(u[k - 1]), hasPrefix(u, "综合报道", at: k) || hasPrefix(u, "综合消息", at: k) { return (String(scalars: u[0..<k]), k + 4) }
            k += 1
        }
        return nil
    }

    static let outletEndings: ScalarSet = ["报", "社", "网", "台", "视", "线", "闻", "刊", "端", "频"]
    static let outletJoiners: ScalarSet = ["·", "—", "/", "／"]

    static func skipSpaces(_ u: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < u.count, CharClass.isSpace(u[j]) { j += 1 }
        return j
    }

    /// A game's score as a results table prints it: digits, a colon (∶, :, ：) and digits (108∶96).
    public static func isScore<S: Collection>(_ cell: S) -> Bool where S.Element == Unicode.Scalar {
        guard let colon = cell.firstIndex(where: { $0 == "∶" || $0 == ":" || $0 == "：" }) else { return false }
        let before = cell[..<colon], after = cell[cell.index(after: colon)...]
        return !before.isEmpty && before.allSatisfy(CharClass.isDigit) && !after.isEmpty && after.allSatisfy(CharClass.isDigit)
    }

    /// A row of a results table: a game's two sides with the score between them, set apart by blanks (北京首钢　88∶85　上海久事;
    /// a round's name may stand before them). It ends no sentence and cuts none.
    public static func isResultRow(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let parts = text.unicodeScalars.split(whereSeparator: CharClass.isSpace)
        guard parts.count == 3 || parts.count == 4, parts.allSatisfy({ $0.count <= 12 }) else { return false }
        return isScore(parts[parts.count - 2])
    }

    /// A unit or date part written right after a number: 月, 日, 年, %, 万, 元, 个 ….
    public static func isNumberUnit(_ s: Unicode.Scalar) -> Bool {
        "年月日号时点分秒%％‰万亿千百元个名人家岁吨米倍项件座次条".unicodeScalars.contains(s)
    }

    /// What may stand before a lead or byline: a list's bullet (■　本报讯…) or what the reporter did
    /// (文／图　本报记者　郑　十), with the blanks after it; its length in scalars, or 0.
    public static func leadPrefixLength(_ text: String) -> Int {
        let u = text.unicodeScalars
        guard let f = u.first else { return 0 }
        var mark = 0
        if leadBullets.contains(f) {
            mark = 1
        } else if let m = (textAndPhotoMarks + ["文｜图"]).first(where: text.startsWithText) {
            mark = m.unicodeScalars.count
            guard u.dropFirst(mark).first.map(CharClass.isSpace) ?? false else { return 0 }
        } else if let m = ["文/", "文／", "文｜", "作者：", "作者:", "整理：", "整理:", "采写：", "采写:"].first(where: text.startsWithText)
            ?? tellerBeforeWriter(text)
        {
            // 文/本报记者　王　五: the text's author, a role right after the mark (作者：本报记者　王　斯, as a site prints it;
            // 整理：经济日报记者　杨　阳 under an account told by someone else, 口述：…; on one line with who told it, 口述：张　颖
            // 整理：本报记者　吴月辉, the reporter who wrote it down signs it).
            mark = m.unicodeScalars.count
            let rest = Array(u.dropFirst(mark).prefix(16))
            guard role(rest, at: skipSpaces(rest, 0)) != nil else { return 0 }
        } else {
            return 0
        }
        let skip = mark + u.dropFirst(mark).prefix { CharClass.isSpace($0) }.count
        return skip < mark + 3 && skip < u.count ? skip : 0
    }

    /// Who told an account and the mark of who wrote it down, on one line before the writer's role: 口述：张　颖　整理： in
    /// 口述：张　颖　整理：本报记者　吴月辉 (the teller's name of two to four characters, blanks between allowed), or nil.
    static func tellerBeforeWriter(_ text: String) -> String? {
        guard text.startsWithText("口述：") || text.startsWithText("口述:") else { return nil }
        let u = Array(text.unicodeScalars.prefix(24))
        guard let k = (3..<max(3, u.count - 2)).first(where: { hasPrefix(u, "整理：", at: $0) || hasPrefix(u, "整理:", at: $0) }) else { return nil }
        let teller = u[3..<k].filter { !CharClass.isSpace($0) }
        guard (2...4).contains(teller.count), teller.allSatisfy(CharClass.isHan) else { return nil }
        return String(scalars: u[..<(k + 3)])
    }

    /// Text and photographs by the same reporter, printed before the byline or after its names.
    static let textAndPhotoMarks = ["文/图", "文／图", "图/文", "图／文"]

    /// The byline credits its reporters with the pictures as well as the text: a text-and-picture mark before it or after
    /// its names (文/图　本报记者　郑　十, 本报记者　张　红　文/图), or 文并摄 after them.
    static func creditsPhotos(_ byline: String) -> Bool { photoCreditingMarks.contains { byline.hasText($0) } }
    static let photoCreditingMarks = textAndPhotoMarks + ["文并摄"]

    /// What reporters who helped with an article did, after their names or before them (…参与采写, 参与采写：…).
    static let helperVerbs = ["参与采写", "参与采访"]

    /// What reporters did, printed after their names: 文/图, 整理, 采写, 参与采写 ….
    static func nameCloser(_ u: [Unicode.Scalar], at i: Int) -> String? {
        guard i < u.count, "文图整采编执综参".unicodeScalars.contains(u[i]) else { return nil }
        return (textAndPhotoMarks + ["文并摄", "文图", "采访整理", "整理", "采写", "编译", "执笔", "综合报道", "综述"] + helperVerbs)
            .first { hasPrefix(u, $0, at: i) }
    }

    /// Some two characters occur twice in `u` (张福海福海).
    static func repeatsPair(_ u: ArraySlice<Unicode.Scalar>) -> Bool {
        let a = Array(u)
        guard a.count >= 4 else { return false }
        for i in 0..<(a.count - 1) {
            for k in (i + 1)..<(a.count - 1) where a[i] == a[k] && a[i + 1] == a[k + 1] { return true }
        }
        return false
    }

    /// A name of two or three characters right after a role whose surname the lexicon lacks (记者　巨云鹏,
    /// 逄锦涛): no dictionary word (记者手记, 记者调查), and no function word or time word first.
    static func isRareSurnameName(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (2...3).contains(name.count), name.allSatisfy(CharClass.isHan), !"在从对向把被将于为以及与和自由近今日等也都就还又上下中本该其每各摄文图报".unicodeScalars.contains(name.first!)
        else { return false }
        return Words.info(name) == nil && Words.info(name.prefix(2)) == nil
    }

    /// A place's name and 报道 at `k` (北京报道, 杭州报导): where the reporters before it filed from. Its length.
    static func placeReportLength(_ u: [Unicode.Scalar], at k: Int) -> Int? {
        guard k + 3 < u.count, CharClass.isHan(u[k]), let (len, _) = Gazetteer.index.longest(in: u, at: k),
            hasPrefix(u, "报道", at: k + len) || hasPrefix(u, "报导", at: k + len)
        else { return nil }
        return len + 2
    }

    /// Where a lead's reporters filed from, read after their names that end at `end`: the place before 报道 (…王　珏北京报道,
    /// `reportDateline`) or 发自 and the place after them (…朱　伟　发自广州, `filedFrom`). Returns the dateline, or nil, and
    /// where the lead's text ends.
    static func datelineAfterNames(_ u: [Unicode.Scalar], end: Int) -> (Dateline?, Int) {
        if let report = reportDateline(u, end: end) { return (report, end) }
        if let (filed, after) = filedFrom(u, at: skipSpaces(u, end)) { return (filed, after) }
        return (nil, end)
    }

    /// Where a lead's reporters filed from, printed after their names as 发自 and the place (南都记者　朱　伟　发自广州): the
    /// dateline, without a date, and where it ends.
    static func filedFrom(_ u: [Unicode.Scalar], at k: Int) -> (Dateline, Int)? {
        guard hasPrefix(u, "发自", at: k), let (len, _) = Gazetteer.index.longest(in: u, at: k + 2), len >= 2 else { return nil }
        let end = k + 2 + len
        guard end == u.count || !CharClass.isHan(u[end]) else { return nil }
        return (Dateline(text: String(scalars: u[k..<end]), place: String(scalars: u[(k + 2)..<end]), date: nil), end)
    }

    /// The place a lead's reporters filed from, printed before the 报道 that ends their list at `end`
    /// (本报记者王　珏北京报道): its dateline, without a date.
    static func reportDateline(_ u: [Unicode.Scalar], end: Int) -> Dateline? {
        guard end >= 4, hasPrefix(u, "报道", at: end - 2) || hasPrefix(u, "报导", at: end - 2) else { return nil }
        for k in max(0, end - 8)..<(end - 3) where placeReportLength(u, at: k) == end - k {
            return Dateline(text: String(scalars: u[k..<end]), place: String(scalars: u[k..<(end - 2)]), date: nil)
        }
        return nil
    }

    /// Reads "记者王笑梅、李四 通讯员张三报道" from `start`: role words, then names of 2–4 Han characters
    /// separated by 、，和 or blanks, up to 报道/报导/摄 or the first thing that is not a name.
    static func parseNames(_ u: [Unicode.Scalar], from start: Int, bare: Bool = false) -> ([String], end: Int) {
        var names: [String] = []
        var i = start
        var end = start
        var afterRole = false  // a role word before: the names it lists may have any surname
        var roleEnd = -1  // right after the last role word
        while i < u.count {
            let j = skipSpaces(u, i)
            if let role = role(u, at: j) {
                afterRole = true
                i = j + role.unicodeScalars.count
                end = i
                roleEnd = i
                continue
            }
            if j < u.count, u[j] == "、" || u[j] == "，" || u[j] == "," || u[j] == "和" && !names.isEmpty {
                i = j + 1
                continue
            }
            // 记者/黄颖　通讯员/粤发改: a slash between a role and its names, as Guangdong's papers print them.
            if j < u.count, u[j] == "/" || u[j] == "／", j == roleEnd {
                i = j + 1
                continue
            }
            // 本报记者：李强: a colon there, where names and nothing else follow it to the line's end (记者：请问… is an
            // interview's turn).
            if j < u.count, u[j] == "：" || u[j] == ":", j == roleEnd, names.isEmpty, !bare,
                case let (after, afterEnd) = parseNames(u, from: j + 1, bare: true), !after.isEmpty, skipSpaces(u, afterEnd) == u.count
            {
                i = j + 1
                continue
            }
            // 本报记者　赵　敏　文/图, （本报记者　张　三整理）: what the reporters did closes the list.
            if !names.isEmpty, let closer = nameCloser(u, at: j) {
                i = j + closer.unicodeScalars.count
                end = i
                break
            }
            // (记者王　珏北京报道: where the reporters filed from, before 报道.)
            let report = names.isEmpty ? nil : placeReportLength(u, at: j)
            if hasPrefix(u, "报道", at: j) || hasPrefix(u, "报导", at: j) || report != nil {
                i = j + (report ?? 2)
                if i < u.count, u[i] == "：" || u[i] == ":" { i += 1 }
                end = i
                break
            }
            // A name: Han (or ·) run up to a separator; it must be 2–4 characters (foreign names up to 8 with ·).
            var k = j
            while k < u.count, CharClass.isHan(u[k]) || u[k] == "·" {
                if hasPrefix(u, "报道", at: k) || hasPrefix(u, "报导", at: k) || k >= j + 2 && placeReportLength(u, at: k) != nil { break }
                if k > j, nameCloser(u, at: k) != nil { break }
                if names.count > 0 || k > j, isRoleAt(u, k) { break }
                k += 1
            }
            // 王　浩: a two-character name printed with a space between to fill a three-character width.
            if k - j == 1, k < u.count, CharClass.isSpace(u[k]) {
                var m = k
                while m < u.count, m - k < 3, CharClass.isSpace(u[m]) { m += 1 }
                // 王 轶 辰: a three-character name letter-spaced (OCR, PDF-to-text), the line's last characters: three
                // single characters, a family name first, nothing after them but a bracket or the line's end (a list of
                // padded names pairs them: 王　浩　李　明). Bare, after no role, the three are all the line holds (an essay's
                // author under its title: 刘　醒　龙).
                let listed = end > start || !names.isEmpty || isRoleAt(u, start)
                if m + 1 < u.count, CharClass.isHan(u[m]), CharClass.isSpace(u[m + 1]), Surnames.single.contains(u[j]),
                    listed || bare && skipSpaces(u, start) == j
                {
                    let m2 = skipSpaces(u, m + 1)
                    if m2 < u.count, m2 - m - 1 <= 3, CharClass.isHan(u[m2]), !isRoleAt(u, m2), nameCloser(u, at: m2) == nil,
                        skipSpaces(u, m2 + 1) >= u.count || listed && (u[m2 + 1] == "）" || u[m2 + 1] == ")"),
                        Surnames.looksLikeName(String(scalars: [u[j], u[m], u[m2]]))
                    {
                        names.append(String(scalars: [u[j], u[m], u[m2]]))
                        i = m2 + 1
                        end = m2 + 1
                        continue
                    }
                }
                // 刘 志强: a family name set off from a given name of two by a blank, as web copies print a padded one.
                let closedThree = m + 2 >= u.count || isRoleAt(u, m + 2) || nameCloser(u, at: m + 2) != nil
                    || "、，,）)".unicodeScalars.contains(u[m + 2])
                let spacedThree = m + 1 < u.count && CharClass.isHan(u[m]) && CharClass.isHan(u[m + 1])
                    && (closedThree || !CharClass.isHan(u[m + 2]) && !CharClass.isSpace(u[m + 2]))
                    && (end > start || !names.isEmpty || isRoleAt(u, start)) && Surnames.single.contains(u[j])
                    && !Surnames.looksLikeName(String(scalars: [u[m], u[m + 1]])) && Surnames.looksLikeName(String(scalars: [u[j], u[m], u[m + 1]]))
                // (One ideographic blank is the padding itself, unless a given name of two ends the text or the list there
                // (王　轶辰, 王　比学、李　林): a hard wrap that cut the lead after 林　佳　 ran the text on with no blank, 林　佳以“内部消息”….
                // So is one half-width blank before text that runs on longer than a name, 王 迪入冬以来…; not 杨 杨忠军 摄,
                // a name written twice.)
                var run = m + 1
                while run < u.count, run - m <= 4, CharClass.isHan(u[run]) { run += 1 }
                let padded = m == k + 1 && (u[k] == "\u{3000}" ? !(spacedThree && closedThree) : !spacedThree && run - m > 4)
                if m < u.count, CharClass.isHan(u[m]), m + 1 >= u.count || !CharClass.isHan(u[m + 1]) || isRoleAt(u, m + 1)
                    || hasPrefix(u, "报道", at: m + 1) || hasPrefix(u, "摄", at: m + 1) || nameCloser(u, at: m + 1) != nil || padded,
                    bare || end > start || !names.isEmpty || isRoleAt(u, start), Surnames.looksLikeName(String(scalars: [u[j], u[m]]))
                {
                    names.append(String(scalars: [u[j], u[m]]))
                    i = m + 1
                    end = m + 1
                    continue
                }
                if spacedThree {
                    names.append(String(scalars: [u[j], u[m], u[m + 1]]))
                    i = m + 2
                    end = m + 2
                    continue
                }
            }
            let len = k - j
            // 邓仙来熊茂伶）: two names that a break between them ran together, at the end of the list — not a
            // run written twice (张福海福海, 记者王者王敏娜), which is damage for the linter to show.
            // (Not a name with its dot, 买买提·艾力, 约翰·史密斯: one name of two parts.)
            if (5...6).contains(len), k >= u.count || u[k] == "）" || u[k] == ")", !names.isEmpty || isRoleAt(u, start),
                !repeatsPair(u[max(0, j - 1)..<k]), !u[j..<k].contains("·"),
                let cut = [3, 2, 4].first(where: { len - $0 >= 2 && len - $0 <= 3 && Surnames.looksLikeName(String(scalars: u[j..<(j + $0)]))
                    && Surnames.looksLikeName(String(scalars: u[(j + $0)..<k])) })
            {
                names.append(String(scalars: u[j..<(j + cut)]))
                names.append(String(scalars: u[(j + cut)..<k]))
                i = k
                end = k
                continue
            }
            let hasDot = u[j..<k].contains("·")
            let followedOK = k >= u.count || CharClass.isSpace(u[k]) || u[k] == "、" || u[k] == "，" || u[k] == "," || u[k] == "）"
                || u[k] == ")" || hasPrefix(u, "报道", at: k) || hasPrefix(u, "报导", at: k) || isRoleAt(u, k) || nameCloser(u, at: k) != nil
                || placeReportLength(u, at: k) != nil
                // (The text's date right after the last name, where a hard wrap took the blank between: …通讯员　穗铁宣11月24日，….
                // So an opening quote or title mark: 记者董凡超　| “3·15”国际消费者权益日前夕，….)
                || (CharClass.isDigit(u[k]) || u[k] == "“" || u[k] == "《") && (afterRole || !names.isEmpty)
            // 通讯员 李明 由辽 | 宁省委…: at the text's end (a wrap may have cut it) a "name" whose surname
            // is also a preposition (由, 在, 从 …) is the body's first words.
            // (Not 于 or 向 as a family name before a given name of two, 新华社记者　胡　璐　于文静: no place, time word or role
            // after it, as 由辽 | 宁省委, 于近日 | 召开 and 向记者 | 介绍 have.)
            let cutByWrap = k >= u.count && j < k && !names.isEmpty && "由在从向对把被将于为以及与和自".unicodeScalars.contains(u[j])
                && !(k - j == 3 && (u[j] == "于" || u[j] == "向") && Gazetteer.index.longest(in: u, at: j + 1) == nil && !isRoleAt(u, j + 1)
                    && !EntityLexicon.wordsOutsideNames.contains(String(scalars: u[(j + 1)..<k])))
            guard len >= 2, len <= 4 || hasDot && len <= 10, followedOK, bare || end > start || !names.isEmpty || isRoleAt(u, start),
                !cutByWrap, EntityLexicon.isNameOrKnownPerson(String(scalars: u[j..<k])) || afterRole && isRareSurnameName(u[j..<k])
            else {
                break
            }
            names.append(String(scalars: u[j..<k]))
            i = k
            end = k
        }
        return (names, end)
    }

    // MARK: jump markers

    /// （上接第一版） / (上接第1版) / 上接第一版 / （接第一版）/ （紧接第一版）at the start: the page and the
    /// body start offset.
    public static func parseJumpFrom(_ text: String) -> (page: Int, bodyStart: Int)? {
        guard let f = text.unicodeScalars.first, f == "（" || f == "(" || f == "【" || f == "[" || f == "上" || f == "紧" || f == "接" || f == "续"
        else { return nil }
        let u = Array(text.unicodeScalars.prefix(24))
        var i = 0
        let bracket = i < u.count && (u[i] == "（" || u[i] == "(" || u[i] == "【" || u[i] == "[")
        if bracket { i += 1 }
        i = skipSpaces(u, i)
        var matched = false
        for w in ["上接", "紧接", "接", "续"] where hasPrefix(u, w, at: i) {
            i += w.unicodeScalars.count
            matched = true
            break
        }
        guard matched, let (page, end) = parsePageNumber(u, i) else { return nil }
        i = skipSpaces(u, end)
        if bracket {
            guard i < u.count, u[i] == "）" || u[i] == ")" || u[i] == "】" || u[i] == "]" else { return nil }
            i += 1
        }
        return (page, skipSpaces(u, i))
    }

    /// A marker of 紧接 (（紧接第二版）), which may point either way: from the page the text came from, over its rest, or
    /// to the page it goes on to, under its start.
    static func isTightJump(_ text: String) -> Bool {
        let body = text.unicodeScalars.drop { $0 == "（" || $0 == "(" || CharClass.isSpace($0) }
        return body.starts(with: "紧接".unicodeScalars)
    }

    /// A jump-from marker set at the end of a line (推动高质量发展（上接第一版）): the page and the marker's length
    /// in scalars.
    public static func trailingJumpFrom(_ text: String) -> (page: Int, markerLength: Int)? {
        guard let l = text.unicodeScalars.last, l == "）" || l == ")" else { return nil }
        let tail = Array(text.unicodeScalars.suffix(12))
        guard let open = tail.lastIndex(where: { $0 == "（" || $0 == "(" }), open > 0 || tail.count < text.unicodeScalars.count else { return nil }
        let marker = String(scalars: tail[open...])
        guard let (page, end) = parseJumpFrom(marker), end == tail.count - open else { return nil }
        return (page, tail.count - open)
    }

    /// （下转第二版） / 下转第2版 / (转第3版) / 转第三版 / （紧转第二版） at the end: the page and the marker's length in
    /// scalars (it ends the text, possibly followed by blanks).
    public static func parseJumpTo(_ text: String) -> (page: Int, markerLength: Int)? {
        guard let l = text.unicodeScalars.last(where: { !CharClass.isSpace($0) }),
            l == "版" || l == "）" || l == ")" || l == "】" || l == "]"
        else { return nil }
        let u = Array(text.unicodeScalars.suffix(24))
        guard var e = u.lastIndex(where: { !CharClass.isSpace($0) }) else { return nil }
        let bracket = u[e] == "）" || u[e] == ")" || u[e] == "】" || u[e] == "]"
        if bracket { e -= 1 }
        guard e >= 0, u[e] == "版" else { return nil }
        // Walk back over the number and 第 (and the spaces PDF-to-text sets a figure apart by: 转第 3 版).
        if e >= 2, u[e - 1] == " ", CharClass.isDigit(u[e - 2]) { e -= 1 }
        var s = e - 1
        while s >= 0, ChineseNumber.isNumeral(u[s]) { s -= 1 }
        guard s < e - 1, s >= 0 else { return nil }
        guard let page = ChineseNumber.parse(u[(s + 1)..<e]) else { return nil }
        if s >= 1, u[s] == " ", u[s - 1] == "第" { s -= 1 }
        if u[s] == "第" { s -= 1 }
        guard s >= 0 else { return nil }
        var start: Int
        var closesText = false
        if s >= 1, u[s - 1] == "下" || u[s - 1] == "紧", u[s] == "转" {
            // (紧转第二版: goes on at once on that page.)
            start = s - 1
        } else if bracket, s >= 1, u[s - 1] == "紧", u[s] == "接" {
            // （紧接第二版） closing a paragraph's text: the article goes on overleaf. (Alone on its line it is read as a
            // jump from that page, as （紧接第一版） over a continuation is.)
            closesText = true
            start = s - 1
        } else if u[s] == "转" || u[s] == "见", s == 0 || !CharClass.isHan(u[s - 1]) {
            start = s
        } else {
            return nil
        }
        if bracket {
            var b = start - 1
            while b >= 0, CharClass.isSpace(u[b]) { b -= 1 }
            guard b >= 0, u[b] == "（" || u[b] == "(" || u[b] == "【" || u[b] == "[" else { return nil }
            start = b
            if closesText, u[..<start].allSatisfy(CharClass.isSpace), text.unicodeScalars.count <= u.count { return nil }
        } else if start > 0, "◀▶◁▷←→↓■●▲▼◆★".unicodeScalars.contains(u[start - 1]) {
            start -= 1  // ◀下转第二版: the arrow belongs to the marker
        }
        return (page, u.count - start)
    }

    /// An index item's page at the end of its line: 国家统计局发布2020年国民经济数据（2版）, …（详见第五版）,
    /// 稳住农业基本盘　　第10版 (set apart by spaces). Such a line ends there and is no heading.
    static func endsInPageReference(_ u: [Unicode.Scalar]) -> Bool {
        guard let last = u.last else { return false }
        if last == "）" || last == ")" {
            guard let open = u.lastIndex(where: { $0 == "（" || $0 == "(" }), open > 0 else { return false }
            return isPageReference(Array(u[(open + 1)..<(u.count - 1)]))
        }
        // (Not at a space that PDF-to-text set beside the page's figure: 稳住农业基本盘　第 10 版.)
        func figureSpace(_ k: Int) -> Bool {
            u[k] == " " && (CharClass.isDigit(u[k + 1]) && u[k - 1] == "第" || CharClass.isDigit(u[k - 1]) && u[k + 1] == "版")
        }
        guard last == "版", let space = u.indices.dropFirst().dropLast().last(where: { CharClass.isSpace(u[$0]) && !figureSpace($0) }) else { return false }
        return isPageReference(Array(u[(space + 1)...]))
    }

    public static func endsInPageReference(_ text: String) -> Bool {
        endsInPageReference(Array(text.unicodeScalars.suffix(16)))
    }

    /// A line that points to more on another page: ■相关新闻详见A7版, 相关报道见第三版, （更多报道请看第5版）. Behind a bullet or
    /// in brackets; what is there, then 详见, 见 or 请看 and the page, its section's letter before the figure.
    public static func isCrossReference(_ text: String) -> Bool {
        guard text.utf8.count <= 120 else { return false }
        var u = Array(text.withoutSpaces.unicodeScalars)
        guard u.count <= 24 else { return false }
        if let f = u.first, leadBullets.contains(f) { u.removeFirst() }
        if let f = u.first, let l = u.last, f == "（" && l == "）" || f == "(" && l == ")" || f == "[" && l == "]" || f == "【" && l == "】" {
            u = Array(u.dropFirst().dropLast())
        }
        if let l = u.last, l == "。" { u.removeLast() }
        let s = String(scalars: u)
        guard let see = ["详见", "请看", "见"].lazy.compactMap({ s.range(of: $0) }).first else { return false }
        let what = s[..<see.lowerBound]
        // (Or a text printed in full on another page: （讲话全文见第二版）, 公报全文见第三版, （名单见第四版）.)
        let inFull = what.hasSuffix("全文") && what.count <= 10 && what.unicodeScalars.allSatisfy(CharClass.isHan)
        guard what.isEmpty || inFull || Self.referencedItems.contains(String(what)) else { return false }
        var page = Array(s[see.upperBound...].unicodeScalars)
        if page.first == "本" && page.dropFirst().first == "报" { page.removeFirst(2) }
        // (The section's letter before the figure, 第A7版 or A7版, is read past; the page as `parsePageNumber` reads one.)
        let letter = page.first == "第" ? 1 : 0
        if letter < page.count, page[letter].value >= 0x41, page[letter].value <= 0x5A { page.remove(at: letter) }
        return parsePageNumber(page, 0)?.1 == page.count
    }

    /// What a pointer says is on the other page: 相关报道见第三版, 名单见第四版.
    static let referencedItems: Set<String> = [
        "相关新闻", "相关报道", "相关阅读", "相关评论", "更多报道", "更多内容", "详细报道", "详细内容", "更多新闻", "名单", "配套评论", "相关图片", "更多图片",
    ]

    /// 2版, 第十版, 见第5版, 详见第三版: a reference to a page, nothing more.
    static func isPageReference(_ u: [Unicode.Scalar]) -> Bool {
        var i = 0
        if u.starts(with: "详见".unicodeScalars) { i = 2 } else if u.first == "见" { i = 1 }
        guard let (_, end) = parsePageNumber(u, i) else { return false }
        return end == u.count
    }

    static func parsePageNumber(_ u: [Unicode.Scalar], _ start: Int) -> (Int, Int)? {
        var i = start
        if i < u.count, u[i] == "第" { i += 1 }
        // (PDF-to-text sets a figure apart by spaces: 第 3 版.)
        i = skipFigureSpace(u, i, CharClass.isDigit)
        let numStart = i
        while i < u.count, ChineseNumber.isNumeral(u[i]) { i += 1 }
        let numEnd = i
        if i > numStart { i = skipFigureSpace(u, i) { $0 == "版" } }
        guard numEnd > numStart, i < u.count, u[i] == "版", let n = ChineseNumber.parse(u[numStart..<numEnd]) else { return nil }
        return (n, i + 1)
    }

    /// A page number and nothing else (第5版, 04版): its number.
    static func wholePageNumber(_ u: [Unicode.Scalar]) -> Int? {
        parsePageNumber(u, 0).flatMap { $0.1 == u.count ? $0.0 : nil }
    }

    // MARK: photo credits

    /// Credits without a photographer's name. (新华社/法新: a partner agency's photo that the agency distributes.)
    static let fixedCredits = [
        "新华社发", "资料图片", "视觉中国供图", "供图", "新华社记者摄", "人民视觉", "光明图片/视觉中国", "光明图片／视觉中国", "视觉中国", "影像中国",
        "本报资料图片", "人民图片", "东方IC", "CFP", "图虫创意",
    ]
        + ["法新", "路透", "美联", "欧新", "卫星"].flatMap { ["新华社/" + $0, "新华社／" + $0] }

    /// A credit at the end of a caption: 本报特约记者 杨忠军 摄 / （新华社记者 X 摄）/ 新华社发 / X摄 /
    /// 资料图片 / 视觉中国供图. Returns the photographers and the credit's length in scalars (it ends the text).
    public static func parseCredit(_ text: String) -> (photographers: [String], length: Int)? {
        if let labelled = labelledCredit(text) { return labelled }
        guard let l = text.unicodeScalars.last(where: { !CharClass.isSpace($0) }),
            l == "摄" || l == "发" || l == "图" || l == "片" || l == "影" || l == "觉" || l == "）" || l == ")" || l == "C" || l == "P" || l == "意"
                || l == "国" && text.endsWithText("视觉中国")
                || "新透联星".unicodeScalars.contains(l) && text.hasText("新华社") || l == "道" && text.endsWithText("摄影报道")
        else { return nil }
        var u = Array(text.unicodeScalars.suffix(40))
        let original = u.count
        var end = u.count
        while end > 0, CharClass.isSpace(u[end - 1]) { end -= 1 }
        u = Array(u[0..<end])
        guard !u.isEmpty else { return nil }
        var bracketed = false
        if u.last == "）" || u.last == ")" {
            bracketed = true
            u.removeLast()
        }
        // (本报记者　张　红　文并摄: the text and the picture by the same hand; the names end before 文并, which is read as
        // though the line ended …张　红　摄. The credit's start, and so its length, stand before it.)
        if hasSuffix(u, "文并摄") { u.removeSubrange((u.count - 3)..<(u.count - 1)) }
        var photographers: [String] = []
        var s: Int
        if let f = fixedCredits.first(where: { hasSuffix(u, $0) }) {
            s = u.count - f.unicodeScalars.count
            // (An agency's name stands apart from the caption, as no word of a sentence does: …市民在赏秋。　视觉中国.)
            // (影像中国 alone is a picture column's label as often: no credit where the line ends in it.)
            if f == "视觉中国", !creditStandsApart(u, at: s) { return nil }
            // "新华社发 张三摄" is handled by the 摄 branch; here "（张三供图）" keeps the name.
            if f == "供图" {
                var k = s
                while k > 0, CharClass.isHan(u[k - 1]), s - k < 8 { k -= 1 }
                if s - k >= 2 {
                    let (names, _) = parseNames(Array(u[k..<s]), from: 0, bare: true)
                    photographers = names
                    s = k
                }
            }
        } else if u.last == "摄" || hasSuffix(u, "摄影") || hasSuffix(u, "摄影报道")
            || bracketed && u.last == "作" && (text.hasText("新华社发") || text.hasText("中新社发"))
        {
            // (本报记者　王　斌摄影报道: a photo report, its pictures and text by one reporter; 新华社发（徐　骏作）: a
            // cartoon's, its artist in the bracket.)
            s = u.count - (u.last == "摄" || u.last == "作" ? 1 : u.last == "影" ? 2 : 4)
            // 本报记者　王五/摄: a slash before the verb.
            if s > 0, u[s - 1] == "/" || u[s - 1] == "／" { s -= 1 }
            // Names and role words back to a sentence end, bracket or the start.
            var k = s
            while k > 0 {
                let c = u[k - 1]
                if CharClass.isHan(c) || CharClass.isSpace(c) || c == "、" || c == "·" || c == "/" || c == "／" { k -= 1 } else { break }
            }
            // The names and role words from `k` to the verb, or nil where other words stand among them.
            func creditNames(from k: Int) -> (names: [String], roleChars: Int)? {
                let credit = Array(u[k..<s])
                let creditText = String(scalars: credit)
                // (An agency's release before the name, 新华社发　张三摄, is read past.)
                let release = agencyReleases.first(where: creditText.startsWithText).map { skipSpaces(credit, $0.unicodeScalars.count) } ?? 0
                let (names, _) = parseNames(credit, from: release, bare: true)
                // Names must cover the credit up to role words and blanks, or it is prose ending in 摄.
                let nameChars = names.reduce(0) { $0 + $1.unicodeScalars.count }
                // (An outlet's role counts as one: 经济日报记者　王　斌摄影报道. Not the paper's own 本报, whose roles are
                // listed: 本报特报特约记者 is one written twice, damage for the linter.)
                let outlet = outletRole(credit, at: skipSpaces(credit, 0)).flatMap { $0.hasPrefix("本报") ? nil : $0 }
                let roleChars = max(
                    roles.filter { r in creditText.hasText(r) }.map { $0.unicodeScalars.count }.max() ?? 0,
                    outlet?.unicodeScalars.count ?? 0)
                // (An agency's release, 新华社发　张三摄, counts whole.)
                let agency = (agencyReleases + ["本报", "新华社", "人民日报", "中新社"]).first(where: creditText.startsWithText)?.unicodeScalars.count ?? 0
                let otherHan = credit.filter(CharClass.isHan).count - nameChars - roleChars - (roleChars > 0 ? 0 : agency)
                guard !names.isEmpty, names.count <= 4, otherHan <= 0 else { return nil }
                return (names, roleChars)
            }
            var found = creditNames(from: k)
            // A caption that ends in no mark, its credit after a blank (游客在冰雪大世界游玩　本报记者　苏　滨摄): the credit
            // starts after the first blank from which a role opens it.
            if found == nil {
                for j in (k + 1)..<max(k + 1, s) where CharClass.isSpace(u[j - 1]) && !CharClass.isSpace(u[j]) && role(u, at: j) != nil {
                    if let credit = creditNames(from: j) {
                        found = credit
                        k = j
                    }
                    break
                }
            }
            guard let (names, roleChars) = found else { return nil }
            photographers = names
            // The credit must stand apart.
            if !creditStandsApart(u, at: k) {
                if roleChars == 0 { return nil }
            }
            s = k
        } else {
            return nil
        }
        if bracketed {
            guard let open = u[..<s].lastIndex(where: { $0 == "（" || $0 == "(" }), s - open <= 3 else {
                return bracketed && s == 0 ? (photographers, original) : nil
            }
            s = open
        }
        while s > 0, CharClass.isSpace(u[s - 1]) { s -= 1 }
        // 新华社发（高静摄）: the agency line before a bracketed credit belongs to it.
        if bracketed, let agency = (agencyReleases + ["人民视觉", "视觉中国", "本报记者", "新华社记者"]).first(where: { hasSuffix(Array(u[..<s]), $0) }) {
            s -= agency.unicodeScalars.count
            while s > 0, CharClass.isSpace(u[s - 1]) { s -= 1 }
        }
        // 谢尚国摄（人民视觉）: the photographer's credit before the agency's bracket belongs to it; so does a cartoon's
        // artist before the agency's release, 徐　骏作（新华社发）.
        let drawn = s > 0 && u[s - 1] == "作" && agencyReleases.contains(where: { hasSuffix(u, $0) })
        if bracketed, photographers.isEmpty, s > 0, u[s - 1] == "摄" || drawn {
            if let (names, length) = parseCredit(String(scalars: u[..<s])), !names.isEmpty {
                photographers = names
                s -= length
            } else if let start = bareNameStart(u, before: s - 1, lineStart: original == text.unicodeScalars.count) {
                // (水　从摄（人民视觉）: a name alone, on its line or after the caption's last sentence, then 摄 and the
                // agency's bracket credits that name, whether or not the surname is a common one.)
                photographers = [String(scalars: u[start..<(s - 1)].filter(CharClass.isHan))]
                s = start
            }
        }
        return (photographers, original - s)
    }

    /// A credit starting at `k` stands apart from the caption: at the start, or after a blank, a sentence's end, a bracket or
    /// a closing quote.
    static func creditStandsApart(_ u: [Unicode.Scalar], at k: Int) -> Bool {
        k == 0 || CharClass.isSpace(u[k - 1]) || closers.contains(u[k - 1]) || u[k - 1] == "（" || u[k - 1] == "(" || closingQuotes.contains(u[k - 1])
    }

    /// An agency's release of a picture, before its photographer (新华社发　张三摄) or his credit in brackets (新华社发（高静摄））.
    static let agencyReleases = ["新华社发", "中新社发"]

    /// Where a name of two or three characters (spaces between allowed) starts that ends at `end`: after a sentence's
    /// end or closing quote, or at the line's start.
    static func bareNameStart(_ u: [Unicode.Scalar], before end: Int, lineStart: Bool) -> Int? {
        guard end > 0, let after = u[..<end].lastIndex(where: { closers.contains($0) || closingQuotes.contains($0) }).map({ $0 + 1 }) ?? (lineStart ? 0 : nil)
        else { return nil }
        var start = after
        while start < end, CharClass.isSpace(u[start]) { start += 1 }
        guard (2...5).contains(end - start), CharClass.isHan(u[start]), u[start..<end].allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) }),
            (2...3).contains(u[start..<end].filter(CharClass.isHan).count)
        else { return nil }
        return start
    }

    /// A credit with its label first, at the text's end: 摄影：李　四, 图片来源：视觉中国, or a drawing's, 漫画/高　岳,
    /// 插图：王　蕾, 图/张　鹏 — standing apart (at the start, or after a blank or a sentence's end).
    static func labelledCredit(_ text: String) -> (photographers: [String], length: Int)? {
        // Asked of every line: it ends in a name or an agency's, so a line ending in punctuation is none.
        guard let last = text.unicodeScalars.last(where: { !CharClass.isSpace($0) }), CharClass.isHan(last),
            text.hasText("摄影", inLast: 160) || text.hasText("图", inLast: 160) || text.hasText("画", inLast: 160)  // (图片来源 too)
        else { return nil }
        var u = Array(text.unicodeScalars.suffix(40))
        // (Every label ends in its colon or slash.)
        guard u.contains(where: { $0 == "：" || $0 == ":" || $0 == "/" || $0 == "／" }) else { return nil }
        let original = u.count
        while let last = u.last, CharClass.isSpace(last) { u.removeLast() }
        for (label, l) in creditLabelScalars {
            guard u.count > l.count, let at = (0...(u.count - l.count)).last(where: { u[$0..<($0 + l.count)].elementsEqual(l) }) else { continue }
            guard at == 0 || CharClass.isSpace(u[at - 1]) || closers.contains(u[at - 1]) else { return nil }
            let rest = Array(u[(at + l.count)...])
            var photographers: [String] = []
            if !label.hasPrefix("图片来源") {
                // (A role may stand before the names: 图/南方日报记者　张　梓.)
                let from = role(rest, at: 0).map { skipSpaces(rest, $0.unicodeScalars.count) } ?? 0
                let (names, end) = parseNames(rest, from: from, bare: true)
                guard !names.isEmpty, skipSpaces(rest, end) == rest.count else { return nil }
                photographers = names
            } else {
                guard !rest.isEmpty, rest.count <= 12, !rest.contains(where: { closers.contains($0) }) else { return nil }
            }
            var s = at
            while s > 0, CharClass.isSpace(u[s - 1]) { s -= 1 }
            return (photographers, original - s)
        }
        return nil
    }

    /// The labels before a picture's maker: a photographer's, a cartoonist's, an illustrator's.
    /// (A photo page's one credit for all its pictures comes first, 本版摄影：王　东, as the page's own label holds 摄影.)
    static let creditLabels = ["本版摄影", "本版图片", "摄影", "漫画", "插图", "插画", "绘图", "图"].flatMap { [$0 + "：", $0 + ":", $0 + "/", $0 + "／"] }
    /// `labelledCredit`'s labels in the order it tries them, with their scalars.
    static let creditLabelScalars = (["图片来源：", "图片来源:"] + creditLabels).map { ($0, Array($0.unicodeScalars)) }

    static func hasSuffix(_ u: [Unicode.Scalar], _ p: String) -> Bool {
        let ps = Array(p.unicodeScalars)
        guard u.count >= ps.count else { return false }
        return Array(u[(u.count - ps.count)...]) == ps
    }

    // MARK: furniture and notes

    /// Running heads and editor lines: 责任编辑：X, 版式设计：Y, 2020年3月5日 星期四, 第2版, a lone number.
    /// The marks `isFurniture` looks for in one pass: those of its patterns, and the comma and full stop.
    static let furnitureMarks: ScalarSet = [
        "编", "版", "校", "星", "计", "图", "年", "源", "享", "顶", "窗", "【", "期", "号", "址", "历", "扫", "，", "。", ">", "＞", "»", "›",
    ]

    /// An e-mail or web address and nothing else: ASCII only, no blank, with an @ between a name and a dotted domain, or
    /// opening with www. or http.
    static func isAddressAlone(_ text: String) -> Bool {
        let b = text.utf8
        guard let f = b.first, f < 0x80, b.count >= 6, b.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
        if b.starts(with: "www.".utf8) || b.starts(with: "http://".utf8) || b.starts(with: "https://".utf8) { return b.contains(UInt8(ascii: ".")) }
        guard let at = b.firstIndex(of: UInt8(ascii: "@")), at != b.startIndex else { return false }
        let domain = b[b.index(after: at)...]
        return domain.contains(UInt8(ascii: ".")) && domain.last != UInt8(ascii: ".") && !domain.contains(UInt8(ascii: "@"))
    }

    /// Where readers write to opens the line: 来信请寄：, 电子邮箱：, 本版邮箱：.
    static func opensReadersAddress(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, f == "来" || f == "电" || f == "投" || f == "本" && text.startsWithText("本版") else { return false }
        return ["来信请寄：", "来稿请寄：", "来信请寄:", "电子邮箱：", "电子信箱：", "投稿邮箱：", "来信邮箱：", "电子邮箱:", "投稿邮箱:", "本版邮箱：", "本版邮箱:", "本版信箱：", "本版投稿邮箱："]
            .contains(where: text.startsWithText)
    }

    /// What opens the paper's own numbers at a page's foot, a chart's title and the source of a page's pictures.
    static let footNumbers: OpeningWords = ["新闻热线", "广告热线", "发行热线", "订阅热线", "读者热线", "广告许可证", "广告经营许可证", "邮发代号"]
    static let chartTitles: OpeningWords = ["图表：", "图表:", "图解：", "图解:"]
    static let pictureSources: OpeningWords = ["图片来源：", "图片来源:", "图片来源 "]
    /// What opens a pointer to what a QR code beside the text holds: 扫描二维码，观看相关视频.
    static let qrPrompts: OpeningWords = ["扫描二维码", "扫描下方二维码", "扫描上方二维码", "扫码", "扫一扫", "请扫描"]
    /// What opens a line of an advertisement's or a notice's contacts: 地址：…, 电话：…, 网址：….
    static let contactLabels: OpeningWords = [
        "地址：", "地址:", "电话：", "电话:", "网址：", "网址:", "邮编：", "邮编:", "传真：", "传真:", "联系电话：", "联系电话:", "联系人：", "联系人:",
        "邮箱：", "邮箱:", "咨询电话：", "咨询电话:", "服务热线：", "服务热线:",
    ]

    /// An editor's or designer's credit on a page (责任编辑, 版式设计, 校对：, 本期统筹), under each mark it holds.
    static let staffCredits = ["责任编辑", "责编", "版式设计", "版式：", "版式:", "美编", "校对：", "图片编辑", "视觉设计", "制图：", "本版编辑", "本版统筹", "本期统筹", "本版主编", "本版策划"]
    static let creditMarkList: [Unicode.Scalar] = ["编", "版", "校", "计", "图", "期"]
    static let staffCreditsByMark = creditMarkList.map { mark in staffCredits.filter { $0.unicodeScalars.contains(mark) } }

    /// Whether a line of `columns` display columns is narrow enough for furniture (40 columns; a page's head, footer,
    /// credits). Runs of blanks count as one blank: PDF-to-text's layout mode spreads a head's items across the whole
    /// column (综合　　　　　　　　　　经济日报　2024年10月9日　星期三　5).
    public static func fitsFurnitureWidth(_ text: String, columns: Int) -> Bool {
        if columns <= maxFurnitureColumns { return true }
        guard columns <= 3 * maxFurnitureColumns else { return false }
        // (The half-width units of the blanks after each run's first, read on the bytes: most lines here are a hard
        // wrap's, none of them furniture.)
        var text = text
        let extra = text.withUTF8 { b in
            var extra = 0
            var blank = false
            var i = 0
            while i < b.count {
                if let (width, length) = UTF8Blank.at(b, i) {
                    if blank { extra += width }
                    blank = true
                    i += length
                } else {
                    blank = false
                    i += 1
                }
            }
            return extra
        }
        return columns - extra / 2 <= maxFurnitureColumns
    }

    static let maxFurnitureColumns = 40

    /// The length of a line as `isFurniture` measures it: its scalars, a run of blanks counted once.
    public static func furnitureLength(_ text: String) -> Int {
        var n = 0
        var blank = false
        for s in text.unicodeScalars {
            let isBlank = CharClass.isSpace(s)
            if !(isBlank && blank) { n += 1 }
            blank = isBlank
        }
        return n
    }

    /// What a page's picture credit names after its label (题图：…): the work's title (《秋山图》（中国画）　吴冠中), a
    /// photo's credit (新华社记者　陶　明摄, 视觉中国) or its maker's names (张　丹) — not a scene.
    static func isPictureCredit(_ content: String) -> Bool {
        let t = content.trimmedSpace
        guard let first = t.unicodeScalars.first else { return true }
        if first == "《" || first == "〈" || parseCredit(t) != nil { return true }
        return namesFilling(Array(t.unicodeScalars), from: 0) != nil
    }

    public static func isFurniture(_ text: String) -> Bool {
        guard text.utf8.count <= 240 else { return false }
        if isSeparator(text) { return true }
        // 2025年11月18曰　星期二: a running head's date with OCR's 曰 for 日 after a figure is read as the date it is.
        if text.utf8.count <= 60, text.hasText("曰"), case let day = withOCRDays(text), day != text { return isFurniture(day) }
        // Every furniture pattern has one of these, or is all digits (and - : / of a date and time): one pass
        // rules most lines out.
        var trigger = false
        var digitsOnly = true
        var digit = false
        // (Which of the marks that the checks below look for the line holds, so that each check is asked only
        // where it can succeed; and whether it has a comma or a full stop, which no head or label line has.)
        // 编, 版, 校, 计, 图, 期: an editor's or designer's credit (责编, 版式设计, 校对, 制图, 本期统筹); which of them the line
        // holds, as bits in the order of `creditMarkList`.
        var creditMarks = 0
        var ban = false
        var xing = false
        var prose = false
        var crumb = false  // > ＞ » ›: a site's trail of links
        // (Scalars, a run of blanks counted once: PDF-to-text's layout mode spreads a head's items across the column,
        // 综合　　　　…　　经济日报　2024年10月9日　星期三　5.)
        var n = 0
        var blank = false
        for s in text.unicodeScalars {
            guard furnitureMarks.contains(s) else {
                if CharClass.isSpace(s) {
                    if !blank { n += 1 }
                    blank = true
                    continue
                }
                n += 1
                blank = false
                if CharClass.isDigit(s) {
                    digit = true
                } else if !(s == "-" || s == ":" || s == "/") {
                    digitsOnly = false
                }
                continue
            }
            n += 1
            blank = false
            switch s {
            case "编", "校", "计", "图", "期":
                trigger = true
                creditMarks |= 1 << creditMarkList.firstIndex(of: s)!
            case "版":
                trigger = true
                creditMarks |= 1 << creditMarkList.firstIndex(of: s)!
                ban = true
            case "星":
                trigger = true
                xing = true
            case "，", "。": prose = true
            case ">", "＞", "»", "›":
                trigger = true
                crumb = true
            default: trigger = true  // 年, 源, 享, 顶, 窗, 【, 号, 址, 历, 扫
            }
            digitsOnly = false
        }
        // The paper's name in Latin letters under its masthead: RENMIN RIBAO, GUANGMING DAILY.
        if let first = text.unicodeScalars.first, first.value >= 0x41, first.value <= 0x5A, text.utf8.count <= 30,
            text.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A || $0 == " " || $0 == "'" || $0 == "’" }),
            text.split(separator: " ").count >= 2, text.unicodeScalars.filter({ $0 != " " && $0 != "'" && $0 != "’" }).count >= 8
        {
            return true
        }
        if n <= 60, isWebChrome(text, scalars: n) || n <= 30 && isNavigation(text) { return true }
        // A site's copyright line: Copyright © 1997-2024 by www.people.com.cn. all rights reserved.
        if text.utf8.starts(with: "Copyright".utf8) || text.utf8.starts(with: "COPYRIGHT".utf8) || text.unicodeScalars.first == "©" { return true }
        // A stray rule that OCR read as a character: 丨, |.
        if n == 1, let s = text.unicodeScalars.first, "丨|｜¦".unicodeScalars.contains(s) { return true }
        // A page's number with its section's letter, alone on its line: A05, B3; or with the section's label beside it (A4　要闻,
        // A04版：上海新闻).
        if n <= 20, digit, let first = text.unicodeScalars.first, first.value >= 0x41, first.value <= 0x5A {
            let rest = text.unicodeScalars.dropFirst()
            let figures = rest.prefix(while: CharClass.isDigit).count
            if (1...3).contains(figures) {
                if figures == rest.count { return true }
                var label = rest.dropFirst(figures)
                if label.first == "版" { label = label.dropFirst() }
                if label.first == "：" || label.first == ":" { label = label.dropFirst() }
                let t = String(String.UnicodeScalarView(label)).trimmedSpace
                // (Set apart from the figure by 版, a colon or a space: A4纸 is no page's number.)
                let setApart = label.count < rest.count - figures || t.unicodeScalars.count < label.count
                if !t.isEmpty, setApart, isSectionLabel(t) { return true }
            }
        }
        // The paper's own numbers at a page's foot: 广告热线：0531－85193000, 新闻热线　96999, 邮发代号：1－1.
        if n <= 40, digit, !prose, footNumbers.opens(text) {
            return true
        }
        // Where readers write to, at a letters page's foot: 来信请寄：北京市朝阳区金台西路2号…, 电子邮箱：rmrbdzlx@…, 本版邮箱：
        // dadi@people.cn.
        if n <= 60, !prose, opensReadersAddress(text) {
            return true
        }
        // A package's credits at a page's foot (统筹：南都记者　刘　珊, 采写：南都记者　黄　慧　朱　伟, 设计：…): names and
        // roles only.
        if n <= 40, !prose, let colon = text.unicodeScalars.firstIndex(where: { $0 == "：" || $0 == ":" }),
            ["统筹", "策划", "监制", "出品", "设计", "执行", "采写", "文字"].contains(String(text.unicodeScalars[..<colon])),
            text.unicodeScalars[text.unicodeScalars.index(after: colon)...].allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) || $0 == "、" })
        {
            return true
        }
        // A short line with a digit may be a running head whose only mark is its page number (要闻　2).
        guard trigger || digitsOnly || n <= 12 && digit || text.utf8.starts(with: "CN".utf8) else { return false }
        guard n <= 60 else { return false }
        if crumb, isBreadcrumb(text) { return true }
        // (Only the credits whose mark the line holds: 计 of 统计 asks for 视觉设计 and 版式设计 alone.)
        if creditMarks != 0, creditMarkList.indices.contains(where: { creditMarks & 1 << $0 != 0 && staffCreditsByMark[$0].contains(where: text.hasText) }) {
            return true
        }
        // 编辑：李　明 alone on its line (names after the colon, no sentence), or with the page's other hands (编辑：王　蕾　　视觉：
        // 黄　娟　　校对：…).
        if n <= 16, text.startsWithText("编辑：") || text.startsWithText("编辑:"),
            text.unicodeScalars.dropFirst(3).allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) || $0 == "、" })
        {
            return true
        }
        if n <= 48, creditMarks != 0, isStaffCredits(text) { return true }
        // An article's editor and proofreader under its text, set apart by blanks (编辑　刘　茜　校对　赵　琳), as city papers
        // print them.
        if n <= 40, text.startsWithText("编辑") || text.startsWithText("责编") || text.startsWithText("校对"),
            let third = text.unicodeScalars.dropFirst(2).first, CharClass.isSpace(third) || third == "/" || third == "／",
            text.unicodeScalars.allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) || $0 == "、" || $0 == "/" || $0 == "／" })
        {
            return true
        }
        // A site's rights notice: 人民网版权所有，未经书面授权禁止使用.
        if n <= 40, text.hasText("版权所有"), !text.hasText("。") { return true }
        // A note on the page's pictures: 本版图片均为资料图片, 本版图片由受访者提供.
        if text.startsWithText("本版图片") || text.startsWithText("本版照片") { return true }
        // The source under a chart or table: 数据来源：国家统计局. (Not a text's own note on its sources, a sentence:
        // 资料来源：本公报中人口数据来自国家统计局人口和就业统计司。)
        if !prose, isChartCredit(text), !describesSources(text) { return true }
        // The credit for a page's pictures at its foot: 题图：《秋山图》（中国画）　吴冠中, 插图：张　丹.
        // (Not a caption the wrap cut before its full stop: 题图：陕西省延安市宝塔区的乡村冬 | 景。)
        if n <= 40, !prose, let label = ["题图", "插图", "配图", "插画", "本版插图", "本版题图"].first(where: { text.startsWithText($0 + "：") || text.startsWithText($0 + ":") }) {
            return isPictureCredit(String(text.unicodeScalars.dropFirst(label.unicodeScalars.count + 1)))
        }
        // A chart's title (图表：前7月铁路投资情况), whose chart the text does not hold: no kicker of the article below.
        if n <= 40, chartTitles.opens(text) { return true }
        // Where the page's pictures come from (图片来源：视觉中国): no credit that takes the paragraph above as its caption.
        if n <= 30, pictureSources.opens(text) { return true }
        // A pointer to a video or page behind a QR code printed beside the text: 扫描二维码，观看相关视频, 扫码看更多.
        if n <= 30, qrPrompts.opens(text), !text.hasText("。") { return true }
        // The time an article copied from a news site went online: 2021年06月02日05:38.
        // (Behind its label too, as a site prints it: 发布时间:2024-09-07 13:29:50 来源: sp20240907.)
        let timed = timeLabels.first(where: text.startsWithText).map { String(text.unicodeScalars.dropFirst($0.unicodeScalars.count)) } ?? text
        if n <= 30, isDateTime(timed) { return true }
        // The same with the source beside it, after a bar or a space: 2025年05月06日05:32 | 来源：人民网－人民日报,
        // 2025-11-17 18:32:05　来源：新华网.
        if n <= 66, isDateTimeAndSource(Array(timed.unicodeScalars)) { return true }
        let u = Array(text.unicodeScalars)
        // (A comma or a full stop rules out every check but the page's foot: no running head, masthead line, page
        // label or date line holds one.)
        if prose { return n <= 12 && isPageFooter(u) }
        if n <= 40, isRunningHead(u) || isMastheadLine(u) { return true }
        if digitsOnly, u.allSatisfy({ CharClass.isDigit($0) || CharClass.isSpace($0) }) { return true }
        if n <= 12, isPageFooter(u) { return true }
        if n <= 8, wholePageNumber(u) != nil { return true }
        // (Not a date a label's colon gives: 一、会议召开时间：2025年12月29日（星期一）, a notice's item that a wrap cut.)
        if n <= 30, xing, text.hasText("星期"), text.hasText("年"), text.hasText("日"),
            !(u.firstIndex(where: CharClass.isDigit).map { $0 > 0 && (u[$0 - 1] == "：" || u[$0 - 1] == ":") } ?? false)
        {
            return true
        }
        // 《 人民日报 》（ 2021年01月19日 01 版）, 人民日报 2021年1月19日 第2版: a running head or an e-paper foot.
        if n <= 44, ban, text.hasText("年"), text.hasText("月"), text.hasText("日") {
            return true
        }
        // 第2版　要闻, 第04版：要闻
        if let (_, end) = parsePageNumber(u, 0) {
            let rest = String(scalars: u[end...].drop { CharClass.isSpace($0) || $0 == "：" || $0 == ":" }).trimmedSpace
            if rest.isEmpty || isSectionLabel(rest) { return true }
        }
        // 要闻　第2版, 文荟　第13版: the label first (a running head's rest that a wrap cut off).
        if n <= 14, u.last == "版", let at = u.lastIndex(of: "第"), at > 0, let (_, end) = parsePageNumber(u, at), end == u.count,
            isSectionLabel(String(scalars: u[..<at]).trimmedSpace)
        {
            return true
        }
        return false
    }

    /// The controls and labels of the web page an article was copied from (来源：人民网－人民日报, 分享到：, 返回顶部,
    /// 点击播报本文，约, 扫一扫，手机看新闻, 字号：大 中 小, 【纠错】, 推荐阅读, 人民网－人民日报, 原标题：…): never the paper's text.
    static func isWebChrome(_ text: String, scalars n: Int) -> Bool {
        guard let first = text.unicodeScalars.first, webChromeInitials.contains(first) else { return false }
        if n <= 30, ["来源：", "来源:"].contains(where: text.startsWithText), !text.hasText("。") { return true }
        if n <= 24, ["分享到", "分享让更多人看到", "返回顶部", "打印本页", "关闭窗口", "【字号", "字号：", "字号:", "字体：", "字体:", "【字体", "【纠错】", "扫一扫", "点击播报本文"]
            .contains(where: text.startsWithText)
        {
            return true
        }
        if ["原标题：", "原标题:"].contains(where: text.startsWithText) { return true }
        // A link to the site's article before or after this one: 上一篇：国务院新闻办举行发布会.
        if ["上一篇：", "下一篇：", "上一篇:", "下一篇:", "上一条：", "下一条：", "上一条:", "下一条:"].contains(where: text.startsWithText) { return true }
        // A link to the paper's archive, as its e-paper prints it over each article: 人民日报图文数据库(1946-2021).
        if n <= 30, text.hasText("图文数据库"), !text.hasText("。"), !text.hasText("，") { return true }
        guard n <= 12 else { return false }
        let t = text.withoutSpaces
        // (A site's link home, 光明网首页, and its button for the rest of the text, 阅读剩余全文.)
        if ["阅读剩余全文", "展开全文", "阅读全文"].contains(String(t.unicodeScalars.filter { !"（）()>》…".unicodeScalars.contains($0) }))
            || t.count <= 8 && t.count > 2 && t.hasSuffix("网首页")
        {
            return true
        }
        // (A picture's link to its larger copy: [点击查看大图], 【查看原图】, （点击图片查看大图）.)
        if t.count >= 4, ["点击查看大图", "查看大图", "点击看大图", "点击图片查看大图", "点击查看原图", "查看原图", "点击放大"]
            .contains(String(t.unicodeScalars.filter { !"[]【】（）()<>".unicodeScalars.contains($0) }))
        {
            return true
        }
        // (小字号 and 大字号: the buttons that set the type's size.)
        return isLinkListLabel(t) || ["人民网－人民日报", "人民网-人民日报", "人民网—人民日报", "小字号", "大字号"].contains(t)
    }

    /// A printed page's number as PDF-to-text leaves it at the foot: - 2 -, —2—, ·2·, 第2页, （第2页）.
    static func isPageFooter(_ u: [Unicode.Scalar]) -> Bool {
        let marks = "-－—–·•.。（）()第页".unicodeScalars
        let t = u.filter { !CharClass.isSpace($0) }
        let digits = t.filter(CharClass.isDigit)
        guard (1...3).contains(digits.count), digits.count < t.count, t.allSatisfy({ CharClass.isDigit($0) || marks.contains($0) }) else { return false }
        // (The digits stand together: 2-3 is a range, 2.5 a number.)
        guard let a = t.firstIndex(where: CharClass.isDigit), let b = t.lastIndex(where: CharClass.isDigit), b - a + 1 == digits.count else { return false }
        // Set off on both sides alike (2- or -2 is no page's foot).
        let before = a
        let after = t.count - b - 1
        return before > 0 && before == after
    }

    /// An e-paper's links and placeholders, alone or in a row: 上一篇　下一篇, 返回目录 | 上一版, 放大　缩小　默认, [图片].
    static func isNavigation(_ text: String) -> Bool {
        // (Asked of every short line: the first character rules almost all out before any splitting.)
        guard let first = text.unicodeScalars.first, navigationInitials.contains(first) else { return false }
        var any = false
        // (Scalars, not characters; and no token is longer than five, so a headline that starts like one, 上海…, is
        // ruled out before any lookup.)
        for token in text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "|" || $0 == "｜" || $0 == "\u{A0}" }) {
            guard token.count <= 5 && navigationTokens.contains(String(token)) || token.count <= 12 && isNavigationRun(token) else { return false }
            any = true
        }
        return any
    }

    /// Buttons that the copy ran together with no blank between them (放大缩小全文复制, an e-paper's 放大 | 缩小 | 全文复制):
    /// the run is covered by navigation tokens, each taken as long as it goes.
    static func isNavigationRun(_ run: Substring.UnicodeScalarView) -> Bool {
        var rest = run[...]
        while !rest.isEmpty {
            guard rest.count >= 2, let n = (2...min(5, rest.count)).reversed().first(where: { navigationTokens.contains(String(scalars: rest.prefix($0))) })
            else { return false }
            rest = rest.dropFirst(n)
        }
        return true
    }

    static let navigationInitials = ScalarSet(navigationTokens.compactMap(\.unicodeScalars.first))

    static let navigationTokens: Set<String> = [
        "上一篇", "下一篇", "上一版", "下一版", "上一期", "下一期", "返回目录", "返回本版", "返回首页", "返回", "版面导航", "本版导航", "往期回顾",
        "放大", "缩小", "默认", "打印", "收藏", "关闭", "全文复制", "复制",
        "[图片]", "【图片】", "（图片）", "(图片)", "<图片>", "[图]", "【图】", "[视频]", "【视频】",
    ]

    static let webChromeInitials: ScalarSet = [
        "来", "分", "返", "打", "关", "【", "字", "扫", "点", "原", "推", "相", "人", "小", "大", "上", "下", "阅", "展",
        "光", "新", "央", "中", "环", "经", "求", "查", "[", "（", "(",
    ]

    /// A site's trail of links to the page: 首页 > 时政 > 正文, 当前位置：首页 > 新闻中心, 人民网 >> 时政频道 — two parts or
    /// more between > (＞, », ›), each short and no sentence, the first the site's home or a place's label, or the last 正文.
    static func isBreadcrumb(_ text: String) -> Bool {
        let parts = text.unicodeScalars.split { $0 == ">" || $0 == "＞" || $0 == "»" || $0 == "›" }
            .map { String(scalars: $0[...]).trimmedSpace }.filter { !$0.isEmpty }
        guard parts.count >= 2, parts.allSatisfy({ $0.unicodeScalars.count <= 12 && !$0.hasText("，") && !$0.hasText("。") }) else { return false }
        let labels = ["首页", "当前位置", "您的位置", "您现在的位置", "所在位置", "位置："]
        return labels.contains(where: parts[0].startsWithText) || parts[0].hasSuffix("网") || parts.last == "正文"
    }

    /// A site's label over its list of links to other articles, furniture itself: 相关新闻, 相关阅读, 推荐阅读.
    static func isLinkListLabel(_ text: String) -> Bool {
        // (本版新闻 heads an e-paper site's list of the page's stories: paper.people.com.cn.)
        ["相关新闻", "相关阅读", "推荐阅读", "相关文章", "本版新闻", "本版文章"].contains(text.withoutSpaces)
    }

    /// One link of such a list: a bullet and a title, no sentence (· 王毅会见法国外长).
    static func isLinkItem(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "·•●▪・".unicodeScalars.contains(first) else { return false }
        return isLinkTitle(text.unicodeScalars.dropFirst())
    }

    /// A link's title, with its bullet or without (a site that prints none): 59 scalars at most, no sentence stop and no
    /// comma.
    static func isLinkTitle<S: Collection<Unicode.Scalar>>(_ title: S) -> Bool {
        title.count <= 59 && !title.contains { sentenceStops.contains($0) || $0 == "，" }
    }

    /// A date and time, a bar or a space, and the source: 2025年05月06日05:32 | 来源：人民网－人民日报.
    static func isDateTimeAndSource(_ u: [Unicode.Scalar]) -> Bool {
        guard u.count >= 4, let source = (1..<(u.count - 1)).first(where: { u[$0] == "来" && u[$0 + 1] == "源" }) else { return false }
        let bar: (Unicode.Scalar) -> Bool = { $0 == "|" || $0 == "｜" }
        let before = u[..<source].filter { !CharClass.isSpace($0) }
        guard before.last.map(bar) == true || CharClass.isSpace(u[source - 1]) else { return false }
        return isDateTime(String(scalars: before.filter { !bar($0) }))
    }

    /// The labels a site sets before the time an article went online.
    static let timeLabels = ["发布时间：", "发布时间:", "发布日期：", "发布日期:"]

    /// 2021年06月02日05:38, 2021-06-02 05:38:12: a date with a time of day, nothing else.
    static func isDateTime(_ text: String) -> Bool {
        guard text.hasByte(UInt8(ascii: ":")) || text.hasText("：") else { return false }
        let u = Array(text.unicodeScalars.filter { !CharClass.isSpace($0) })
        guard let colon = u.firstIndex(where: { $0 == ":" || $0 == "：" }), colon >= 8,
            u[..<colon].allSatisfy({ CharClass.isDigit($0) || "年月日-/.".unicodeScalars.contains($0) }),
            u[(colon + 1)...].allSatisfy({ CharClass.isDigit($0) || $0 == ":" || $0 == "：" }), u.count - colon >= 3
        else { return false }
        return u[..<colon].filter { !CharClass.isDigit($0) }.count >= 2
    }

    /// A running head made only of a date (2022年03月15日), a weekday, the paper's name, a page
    /// number and a page label, in any order: 2022年03月15日 人民日报, 人民日报 2022年3月15日 星期二.
    static func isRunningHead(_ u: [Unicode.Scalar]) -> Bool {
        let parts = headParts(u)
        guard parts.count >= 2, parts.count <= 5 else { return false }
        var dated = false
        var section = false
        var number = false
        for p in parts {
            if isDate(p) || isNumericDate(p) {
                dated = true
                continue
            }
            let t = String(scalars: p[...])
            if isWeekday(p) || isMasthead(t) { continue }
            if isSectionLabel(t) {
                section = true
                continue
            }
            if wholePageNumber(p) != nil { continue }
            // The page number printed bare beside the page's label: 要闻　2, 02　要闻.
            if p.count <= 2, p.allSatisfy(CharClass.isDigit) {
                number = true
                continue
            }
            return false
        }
        return dated || section && number
    }

    /// The items of a page's head line, split at blanks and bars (2021年1月19日　星期二 | 要闻). A space that
    /// PDF-to-text set beside a figure splits nothing: 2022 年 03 月 15 日, 第 26588 期, 今日 24 版 are one item each.
    static func headParts(_ u: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var v = u
        if u.contains(" ") {
            func unit(_ k: Int) -> Bool { k < u.count && "年月日期版号".unicodeScalars.contains(u[k]) }
            v = []
            for (i, s) in u.enumerated() {
                if s == " ", i > 0, i + 1 < u.count {
                    if CharClass.isDigit(u[i - 1]), unit(i + 1) { continue }
                    if CharClass.isDigit(u[i + 1]) {
                        var k = i + 1
                        while k < u.count, CharClass.isDigit(u[k]) { k += 1 }
                        if k < u.count, u[k] == " " { k += 1 }
                        if "第年月".unicodeScalars.contains(u[i - 1]) || unit(k) && u[k] != "年" && u[k] != "月" && u[k] != "日" { continue }
                    }
                }
                v.append(s)
            }
        }
        return v.split { CharClass.isSpace($0) || $0 == "|" || $0 == "｜" }.map(Array.init)
    }

    /// 2021.1.19, 2021-01-19, 2021/1/19.
    static func isNumericDate(_ p: [Unicode.Scalar]) -> Bool {
        let fields = p.split { $0 == "." || $0 == "-" || $0 == "/" }
        guard fields.count == 3, p.count - fields.reduce(0, { $0 + $1.count }) == 2, fields[0].count == 4,
            fields[1].count <= 2, fields[2].count <= 2
        else { return false }
        return fields.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } }
    }

    /// What a front page prints around its masthead, alone on a line or several to a line: 第26637期,
    /// 今日20版, 辛丑年正月廿五 (the lunar date), 代号1-1, 国内统一连续出版物号　CN 11-0065, 人民日报社出版,
    /// 人民网网址：http://www.people.com.cn — with dates, weekdays and the paper's name beside them.
    static let mastheadBreaks: ScalarSet = ["，", "。", "、", "；", "！", "？", "“", "”"]

    static func isMastheadLine(_ u: [Unicode.Scalar]) -> Bool {
        // Most lines fail at once: sentence punctuation, or a run longer than any masthead item but the address.
        var run = 0
        var longest = 0
        for s in u {
            if mastheadBreaks.contains(s) { return false }
            run = CharClass.isSpace(s) ? 0 : run + 1
            longest = max(longest, run)
        }
        guard longest <= 12 || u.contains(where: { $0 == "址" }) || longest <= 24 && isGluedHead(u) else { return false }
        let parts = headParts(u)
        guard !parts.isEmpty, parts.count <= 6 else { return false }
        var distinct = false
        for p in parts {
            let t = String(scalars: p[...])
            if isIssueNumber(p) || isLunarDate(p) || t.hasSuffix("社出版") && p.count <= 10
                || (t.hasPrefix("代号") || t.hasPrefix("邮发代号")) && p.drop(while: { !CharClass.isDigit($0) }).allSatisfy(isCodeScalar)
                || t.hasPrefix("国内统一连续出版物号") || t.hasPrefix("国际标准连续出版物号")
                || t.hasPrefix("CN") && p.dropFirst(2).allSatisfy(isCodeScalar)
                || isSiteAddressItem(p)
            {
                distinct = true
                continue
            }
            if p.allSatisfy(isCodeScalar) || isMasthead(t) { continue }
            // A full date or a weekday stands alone on a line only in a page's head (2021年1月19日 | 星期二).
            if isDate(p) || isNumericDate(p) || isWeekday(p) {
                distinct = distinct || parts.count == 1
                continue
            }
            if isGluedHead(p) {
                distinct = true
                continue
            }
            return false
        }
        return distinct
    }

    /// The paper's name, the date and the weekday that a copy ran together with no blank (人民日报2025.12.22星期一,
    /// 人民日报2025年12月22日星期一): an e-paper's head.
    static func isGluedHead(_ p: [Unicode.Scalar]) -> Bool {
        guard p.count >= 10, let digit = p.firstIndex(where: CharClass.isDigit), digit >= 3, isMasthead(String(scalars: p[..<digit])) else { return false }
        var date = Array(p[digit...])
        if date.count > 3, isWeekday(Array(date.suffix(3))) { date.removeLast(3) }
        return isDate(date) || isNumericDate(date)
    }

    /// 星期二, 周二.
    static func isWeekday(_ p: [Unicode.Scalar]) -> Bool {
        let day = p.last.map { "一二三四五六日天".unicodeScalars.contains($0) } ?? false
        return day && (p.count == 3 && p[0] == "星" && p[1] == "期" || p.count == 2 && p[0] == "周")
    }

    /// A site's name and address as a masthead prints it, the address last (人民网网址：http://www.people.com.cn):
    /// no sentence that names an address inside it (平台（网址：www.eduyun.cn）已于2月17日开通).
    static func isSiteAddressItem(_ p: [Unicode.Scalar]) -> Bool {
        guard let k = p.indices.dropLast().first(where: { p[$0] == "网" && p[$0 + 1] == "址" }), k <= 8,
            p[..<k].allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) })
        else { return false }
        let address = p[(k + 2)...].drop { $0 == "：" || $0 == ":" || CharClass.isSpace($0) }
        let a = String(scalars: address)
        return (a.hasPrefix("http") || a.hasPrefix("www.")) && address.allSatisfy { $0.isASCII && !CharClass.isSpace($0) }
    }

    /// 1-1, 11-0065, ：1－1: what follows 代号 or CN.
    static func isCodeScalar(_ s: Unicode.Scalar) -> Bool {
        CharClass.isDigit(s) || s == "-" || s == "－" || s == "—" || s == "：" || s == ":"
    }

    /// 第26637期, 总第26637期, 今日20版, 今日24个版.
    static func isIssueNumber(_ p: [Unicode.Scalar]) -> Bool {
        var i = 0
        if p.starts(with: "总第".unicodeScalars) { i = 2 } else if p.first == "第" { i = 1 }
        let today = i == 0 && p.starts(with: "今日".unicodeScalars)
        if today { i = 2 }
        guard i > 0 else { return false }
        let start = i
        while i < p.count, CharClass.isDigit(p[i]) { i += 1 }
        guard i > start else { return false }
        if today, i < p.count, p[i] == "个" { i += 1 }
        return i + 1 == p.count && p[i] == (today ? "版" : "期")
    }

    /// 辛丑年正月廿五, 农历辛丑年腊月初八, 农历正月十五: a date of the lunar calendar, alone.
    static func isLunarDate(_ p: [Unicode.Scalar]) -> Bool {
        var i = 0
        let lunar = p.starts(with: "农历".unicodeScalars)
        if lunar { i = 2 }
        var year = false
        if i + 2 < p.count, "甲乙丙丁戊己庚辛壬癸".unicodeScalars.contains(p[i]), "子丑寅卯辰巳午未申酉戌亥".unicodeScalars.contains(p[i + 1]),
            p[i + 2] == "年"
        {
            i += 3
            year = true
        }
        var month = false
        let monthStart = i
        if i < p.count, p[i] == "闰" { i += 1 }
        if i + 2 < p.count, p[i] == "十", p[i + 1] == "一" || p[i + 1] == "二", p[i + 2] == "月" {
            i += 3
            month = true
        } else if i + 1 < p.count, "正一二三四五六七八九十冬腊".unicodeScalars.contains(p[i]), p[i + 1] == "月" {
            i += 2
            month = true
        } else {
            i = monthStart
        }
        var day = false
        if month, i + 1 < p.count, "初十廿二三卅".unicodeScalars.contains(p[i]), ChineseNumber.isSmallHanNumeral(p[i + 1]) {
            i += 2
            day = true
        }
        guard i == p.count, year || month else { return false }
        return lunar || year || day
    }

    /// A line of verse: short, and ending no sentence (蝉声落满了午后).
    static func isVerseLine(_ text: String) -> Bool {
        // (A paragraph's bytes bound its length: long prose is never counted out.)
        text.utf8.count <= 96 && text.scalarCount <= 24 && !endsSentence(text)
    }

    /// A full date alone on a line, blanks aside (2021年4月29日, 2021年 4月29日), or with where it was signed or written
    /// (2023年3月12日于北京; an essay's foot, 2019年12月于北京).
    static func isDateLine(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.filter { !CharClass.isSpace($0) })
        if let at = u.firstIndex(of: "于") {
            guard at >= 4, isPlaceOfSigning(u[(at + 1)...]) else { return false }
            return u[at - 1] == "日" ? isDate(Array(u[..<at])) : u[at - 1] == "月" && isDate(Array(u[..<at]) + ["1", "日"])
        }
        return isDate(u)
    }

    /// Where a text was signed or written, after 于 on its date's line: a place's name, or its one-character short name (于京);
    /// not a verb after it (于北京召开).
    static func isPlaceOfSigning<C: Collection<Unicode.Scalar>>(_ place: C) -> Bool {
        guard (1...5).contains(place.count), place.allSatisfy(CharClass.isHan) else { return false }
        return place.count == 1 || Array(place).withUnsafeBufferPointer { Gazetteer.placesLength($0) } == place.count
    }

    /// What such a date's line may open with: a figure, a Chinese numeral, a bracket, 写于 or 作于 (a cheap test first).
    static func opensWritingDate(_ s: Unicode.Scalar) -> Bool {
        CharClass.isDigit(s) || ChineseNumber.isNumeral(s) || s == "（" || s == "写" || s == "作"
    }

    /// When and where a text was written, alone on the line at its foot: a date line (2019年12月28日, 2019年12月于北京), a year
    /// and a month or a season (2019年12月, 2019年冬于北京), after 写于 or 作于 (写于2019年12月), or all of it in brackets
    /// (（2019年12月于北京）).
    static func isWritingDate(_ text: String) -> Bool {
        var u = Substring(text.trimmedSpace)
        if u.hasPrefix("（"), u.hasSuffix("）") { u = u.dropFirst().dropLast() }
        for verb in ["写于", "作于"] where u.hasPrefix(verb) { u = u.dropFirst(verb.count) }
        guard let year = u.firstIndex(of: "年"), u[..<year].count >= 2 else { return false }
        var when = u
        if let at = u.firstIndex(of: "于"), at > year {
            guard isPlaceOfSigning(u[u.index(after: at)...].unicodeScalars) else { return false }
            when = u[..<at]
        }
        let w = String(when)
        if isDateLine(w) || isYearAndMonth(w) { return true }
        // (A season or the year's turn: 2019年冬, 2019年岁末.)
        return ["春", "夏", "秋", "冬", "初", "末", "底", "岁末", "初春", "深秋", "隆冬", "仲夏", "秋日", "冬日", "春节"].contains(String(when[when.index(after: year)...]))
            && isDate(Array(when[..<year].unicodeScalars) + ["年", "1", "月", "1", "日"])
    }

    /// The day of a diary's entry, over its text: a date with its weekday, its weather or both (2月1日　晴, 2020年2月1日　星期六
    /// 多云, 1月28日（周二）　雨转阴). Not a date alone (a timeline's item may follow it) nor a weekday alone (a page's head).
    static func isDiaryDate(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.filter { !CharClass.isSpace($0) })
        guard let day = u.firstIndex(of: "日"), day >= 3, day + 1 < u.count, u.count <= 20 else { return false }
        let date = Array(u[...day])
        guard isDate(date) || isDate(Array("2000年".unicodeScalars) + date) else { return false }
        var rest = Array(u[(day + 1)...])
        // (Its weekday, bare or in brackets: 星期六, （周六）.)
        if rest[0] == "（" || rest[0] == "(", let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }), isWeekday(Array(rest[1..<close])) {
            rest.removeFirst(close + 1)
        } else if let n = [3, 2].first(where: { rest.count >= $0 && isWeekday(Array(rest.prefix($0))) }) {
            rest.removeFirst(n)
        }
        return rest.isEmpty || isWeather(String(scalars: rest))
    }

    /// A day's weather as a diary gives it: 晴, 多云, 小雨, 雨夹雪, 晴转多云.
    static func isWeather(_ text: String) -> Bool {
        let parts = text.components(separatedBy: "转")
        return (1...2).contains(parts.count) && parts.allSatisfy(weatherWords.contains)
    }

    static let weatherWords: Set<String> = [
        "晴", "阴", "雨", "雪", "雾", "霾", "风", "多云", "晴朗", "阴天", "小雨", "中雨", "大雨", "暴雨", "阵雨", "雷阵雨", "小雪", "中雪", "大雪", "暴雪",
        "雨夹雪", "大风", "沙尘", "晴天", "雨天", "雪天", "小到中雨", "中到大雨",
    ]

    /// A year and a month alone on a line (2025年5月, 二〇二五年五月), as a white paper is dated.
    static func isYearAndMonth(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.filter { !CharClass.isSpace($0) })
        guard u.last == "月" else { return false }
        return isDate(u + ["1", "日"])
    }

    /// 2022年03月15日 (digits, full-width digits or Chinese numerals).
    static func isDate(_ p: [Unicode.Scalar]) -> Bool {
        var i = 0
        for unit in ["年", "月", "日"] as [Unicode.Scalar] {
            let start = i
            while i < p.count, CharClass.isDigit(p[i]) || ChineseNumber.isNumeral(p[i]) { i += 1 }
            guard i > start, i < p.count, p[i] == unit else { return false }
            i += 1
        }
        return i == p.count
    }

    /// A page's hands, each role behind its colon and names after it, two roles or more: 编辑：王　蕾　　视觉：黄　娟, 责编：…　校对：….
    /// (`isFurniture` asks it of lines that name an editor's, designer's or proofreader's task: 编, 校, 计, 图, 期 or 版.)
    static func isStaffCredits(_ text: String) -> Bool {
        // (Two colons at least, counted on the bytes before any split: ： is EF BC 9A.)
        guard text.utf8.lazy.filter({ $0 == 0x9A || $0 == 0x3A }).count >= 2 else { return false }
        let parts = text.split(whereSeparator: { $0 == "：" || $0 == ":" })
        guard parts.count >= 3, text.unicodeScalars.last != "：", text.unicodeScalars.last != ":" else { return false }
        // Each part but the first and last is one role's names, a space, and the next role; the first is a role alone.
        var role = String(parts[0]).withoutSpaces
        for (i, part) in parts.dropFirst().enumerated() {
            guard staffRoles.contains(role) else { return false }
            let isLast = i == parts.count - 2
            let words = part.split(whereSeparator: { CharClass.isSpace($0.unicodeScalars.first!) })
            guard let last = words.last, words.count >= (isLast ? 1 : 2),
                part.unicodeScalars.allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) || $0 == "、" })
            else { return false }
            role = String(last)
        }
        return true
    }

    static let staffRoles: Set<String> = ["编辑", "责编", "责任编辑", "本版编辑", "校对", "视觉", "美编", "设计", "版式", "组版", "审读", "制图", "排版", "签发", "主编", "统筹", "策划", "本版策划", "撰稿"]

    /// The paper's name alone on a line (人民日报, 辽宁日报, 文汇报, 参考消息): the masthead or a running head; also with the
    /// e-paper's word after it, as a site's head prints it (经济日报数字报, 光明日报电子版).
    public static func isMasthead(_ text: String) -> Bool {
        // 3 to 9 Han characters and spaces only (12 with the e-paper's word): decided on the first few scalars, before any copy.
        var han = 0
        for s in text.unicodeScalars where !CharClass.isSpace(s) {
            guard CharClass.isHan(s), han < 12 else { return false }
            han += 1
        }
        guard han >= 3 else { return false }
        var t = text.withoutSpaces
        if let edition = ePaperWords.first(where: { t.hasSuffix($0) }) {
            t = String(t.unicodeScalars.dropLast(edition.unicodeScalars.count))
            han -= edition.unicodeScalars.count
        }
        guard (3...9).contains(han) else { return false }
        if Newspapers.names.contains(t) { return true }
        return mastheadEndings.contains { t.hasSuffix($0) }
    }

    /// What an e-paper site calls itself after the paper's name: 经济日报数字报, 光明日报电子版.
    static let ePaperWords = ["数字报", "电子版", "数字版", "电子报", "数字报刊", "网络版"]

    /// How papers' names end (人民日报, 中国体育报, 法治日报, 中国纪检监察报): a line of 3 to 9 Han characters ending so is a
    /// masthead or running head.
    static let mastheadEndings = [
        "日报", "晚报", "时报", "青年报", "商报", "农民报", "体育报", "教育报", "妇女报", "健康报", "科技报", "经济报", "环境报", "文化报",
        "旅游报", "证券报", "法治报", "法制报", "检察报", "监察报", "政协报", "导报", "都市报", "晨报", "侨报", "少年报", "老年报", "周报",
        "快报", "京报",
    ]

    /// Page labels printed above the first article: 要闻, 国际, 评论·观点, 经济新闻, 文化周刊.
    static let sectionWords: Set<String> = [
        "要闻", "综合", "国内", "国际", "评论", "观点", "理论", "经济", "社会", "文化", "体育", "副刊", "专版", "专题", "视点",
        "地方", "时政", "新闻", "民生", "科技", "教育", "法治", "生态", "三农", "党建", "财经", "产经", "环球", "特别报道", "广告",
        "读者来信", "大地", "健康", "旅游", "金融", "区域", "城市", "农村", "政治", "纪实", "深度", "聚焦",
        "实践", "前沿", "思想", "学术", "文艺", "读书", "书评", "人物", "军事", "两岸", "港澳台", "海外", "市场", "数据", "调查", "智库",
        "文荟", "家园", "公益", "史学", "哲学", "来信", "生活", "农业", "环境", "能源", "交通", "消费", "就业", "文旅", "艺术",
        "美术", "影视", "人文", "青年", "周末", "图片", "视觉", "影像", "分类广告", "分类信息", "产业", "工业", "商业", "企业", "公司", "时评", "资讯",
        "县域", "乡村振兴", "外交", "国防", "基层", "各地",
    ]

    static let sectionEpithets: Set<String> = ["视野", "纵横", "广角", "万象", "天地", "前沿", "视窗", "瞭望", "在线"]

    public static func isSectionLabel(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 12 else { return false }
        // (Set with a blank between its characters, as a page's head may print it: 要 闻, 国　际.)
        let trimmed = text.trimmedSpace
        if isLetterSpaced(trimmed) { return isSectionLabel(trimmed.withoutSpaces) }
        let parts = text.split { "·・／/|｜　 -—".contains($0) }.map(String.init)
        guard !parts.isEmpty, parts.count <= 3 else { return false }
        return parts.allSatisfy { p in
            sectionWords.contains(p)
                // 科技视野, 国际纵横: a section's word with a page's epithet.
                || p.count == 4 && sectionWords.contains(String(p.prefix(2))) && sectionEpithets.contains(String(p.suffix(2)))
                || (p.count >= 3 && p.count <= 6 && ["新闻", "专版", "专刊", "周刊", "特刊", "版"].contains { p.hasSuffix($0) }
                    && p.unicodeScalars.allSatisfy(CharClass.isHan))
        }
    }

    /// A photo credit standing alone on its line (新华社记者　李响　摄, 本报记者 张三摄, 新华社发).
    public static func isCreditOnly(_ text: String) -> [String]? {
        guard let (names, length) = parseCredit(text) else { return nil }
        return length >= text.unicodeScalars.count - text.unicodeScalars.prefix { CharClass.isSpace($0) }.count ? names : nil
    }

    /// （记者 张三 李四）/（本报记者 王　浩）on its own at an article's foot: the reporters; on a line of its
    /// own also a commentary author's bare name (（许　凯）), when `bareNames`.
    public static func parseFootByline(_ text: String, bareNames: Bool = true) -> [String]? {
        guard text.utf8.count <= 120, let f = text.unicodeScalars.first, f == "（" || f == "(" else { return nil }
        let u = Array(text.unicodeScalars)
        // (Four scalars: a two-character name unspaced, （李璐）.)
        guard u.count >= 4, u.last == "）" || u.last == ")" else { return nil }
        let inner = Array(u[1..<(u.count - 1)])
        // (（新华） credits an agency, not a reporter.)
        if agencyCredits.contains(String(scalars: inner)) { return nil }
        // (（新华社记者　李学仁摄） credits a photo: its name is the photographer's.)
        if inner.last == "摄" || String(scalars: inner).hasSuffix("摄影") { return nil }
        // A commentary's author signs with the name alone: （许　凯）, （李　拯）.
        let bare = !isRoleAt(inner, 0)
        if bare, !bareNames { return nil }
        let (names, end) = parseNames(inner, from: 0, bare: bare)
        guard !names.isEmpty, skipSpaces(inner, end) == inner.count else { return nil }
        if bare, names.count > 2 || names.contains(where: { $0.unicodeScalars.count > 3 || $0.unicodeScalars.contains("·") }) { return nil }
        // (A desk signs a brief with its own name, letter-spaced as a name is: （文　化）, （综　合）.)
        if bare, names.count == 1, deskSignatures.contains(names[0]) { return nil }
        return names
    }

    /// The desks that sign a brief or a compiled item with their names in brackets, （文　化）, （综　合）: no reporter's name.
    static let deskSignatures: Set<String> = [
        "文化", "经济", "综合", "国际", "体育", "社会", "科技", "教育", "法治", "理论", "要闻", "时政", "财经", "文教", "政文", "农村",
        "卫生", "健康", "生态", "环球", "军事", "新闻", "地方", "文艺", "副刊",
    ]

    /// The note of where a text came from, in brackets closing its last sentence on the same line: an agency's (…上调43个基点。
    /// （据新华社）) or a dateline's (…（本报北京12月9日电）). A piece's foot, as a brief's credit is. (Read without the page's
    /// date, which the segmenter's steps that ask do not hold.)
    static func trailingDatelineNote(_ text: String) -> Dateline? {
        let tail = text.unicodeScalars.suffix(24)
        guard let last = tail.last, last == "）" || last == ")", let open = tail.lastIndex(where: { $0 == "（" || $0 == "(" }),
            open != text.unicodeScalars.startIndex, "。！？”".unicodeScalars.contains(text.unicodeScalars[text.unicodeScalars.index(before: open)])
        else { return nil }
        return parseDatelineNote(String(String.UnicodeScalarView(tail[open...])), issueDate: nil)
    }

    /// A foot byline closing an article's last paragraph on the same line (…摆在压倒性位置。（本报记者
    /// 刘　毅））: the reporters, and the source the role names (本报, 新华社) if it names one.
    public static func trailingFootByline(_ text: String) -> (reporters: [String], source: String?)? {
        let tail = text.unicodeScalars.suffix(40)
        guard let last = tail.last, last == "）" || last == ")",
            let open = tail.lastIndex(where: { $0 == "（" || $0 == "(" }), open != text.unicodeScalars.startIndex
        else { return nil }
        let byline = String(String.UnicodeScalarView(tail[open...]))
        // A bare name (（李　刚）) right after a sentence's end: a brief's reporter.
        // (The end may be copied as ASCII: …举行.(林晨), a full stop after Chinese, not a figure's point.)
        let u = text.unicodeScalars
        let end = u.index(before: open)
        let afterSentence = u[end] == "。" || u[end] == "." && end != u.startIndex && CharClass.isHan(u[u.index(before: end)])
        guard let names = parseFootByline(byline, bareNames: afterSentence) else { return nil }
        return (names, footBylineSource(byline))
    }

    /// The reporters who helped with an article, named in a note at its foot, alone or closing its last paragraph:
    /// （本报记者鲜敢、李卓尔参与采写）, （参与采写：王　浩　李　明）.
    public static func contributorNote(_ text: String) -> [String]? {
        guard text.hasText("参与采", inLast: 90) else { return nil }
        let tail = text.unicodeScalars.suffix(40)
        guard let last = tail.last, last == "）" || last == ")", let open = tail.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        var inner = Array(tail[tail.index(after: open)..<tail.index(before: tail.endIndex)])
        var bare = false
        if let verb = helperVerbs.first(where: { hasPrefix(inner, $0, at: 0) }), inner.count > 5, inner[4] == "：" || inner[4] == ":" {
            inner.removeFirst(verb.unicodeScalars.count + 1)
            bare = true
        } else if let verb = helperVerbs.first(where: { inner.count > 4 && hasPrefix(inner, $0, at: inner.count - 4) }) {
            inner.removeLast(verb.unicodeScalars.count)
            bare = !isRoleAt(inner, 0)
        } else {
            return nil
        }
        let (names, end) = parseNames(inner, from: 0, bare: bare)
        guard !names.isEmpty, skipSpaces(inner, end) == inner.count else { return nil }
        return names
    }

    /// The source a foot byline's role names: 本报 in （本报记者　刘　毅）, 光明日报 in （光明日报记者　李晓）, else nil.
    public static func footBylineSource(_ byline: String) -> String? {
        agency(opening: byline.unicodeScalars.dropFirst(), before: ["记者", "特约记者"])
    }

    /// The agency or paper that opens `u` right before one of `roles` (本报 in 本报记者…, 新华社 in 新华社评论员), or nil.
    static func agency(opening u: Substring.UnicodeScalarView, before roles: [String]) -> String? {
        agencies.first { a in
            u.starts(with: a.unicodeScalars) && roles.contains { u.dropFirst(a.unicodeScalars.count).starts(with: $0.unicodeScalars) }
        }
    }

    /// （本报河内10月23日电） on its own: a dateline printed at an article's foot.
    public static func parseDatelineNote(_ text: String, issueDate: IssueDate?) -> Dateline? {
        guard text.utf8.count <= 120, let f = text.unicodeScalars.first, f == "（" || f == "(" else { return nil }
        let u = Array(text.unicodeScalars)
        guard u.count >= 6, u.first == "（" || u.first == "(", u.last == "）" || u.last == ")" else { return nil }
        let inner = Array(u[1..<(u.count - 1)])
        guard let agency = agencies.first(where: { hasPrefix(inner, $0) }) else {
            // （参考消息网12月4日报道）: a site's report, as a translated piece's foot names where it first ran.
            guard let site = siteReport(inner, issueDate: issueDate), site.end == inner.count else { return nil }
            return Dateline(text: String(scalars: inner), place: nil, date: site.date)
        }
        // （据新华社电）: the agency alone, no place or date (also without 电, （据新华社）).
        let rest = inner[agency.unicodeScalars.count...].filter { !CharClass.isSpace($0) }
        // (（本报综合消息）, （新华社综合报道）: the desk compiled it, no place or date either.)
        if rest == ["电"] || rest.isEmpty && agency.hasPrefix("据") || rest == Array("综合消息".unicodeScalars) || rest == Array("综合报道".unicodeScalars) {
            return Dateline(text: String(scalars: inner), place: nil, date: nil)
        }
        guard let dl = parseDateline(inner, from: agency.unicodeScalars.count, issueDate: issueDate), dl.end == inner.count
        else { return nil }
        return Dateline(text: String(scalars: inner), place: dl.place, date: dl.date)
    }

    /// The source a dateline names: 本报 for 本报河内10月23日电, else the agency (新华社).
    public static func source(ofDateline text: String) -> String? {
        if text.startsWithText("本报") { return "本报" }
        return agencies.first { text.startsWithText($0) }.map { $0 == "据新华社" ? "新华社" : $0 }
    }

    /// The names after a commentator's role on a commentary's byline (本报评论员　孙　东 → 孙东); none when the role stands
    /// alone (本报评论员, 新华社评论员) or what follows is no list of names.
    static func commentaryBylineNames(_ text: String) -> [String] {
        guard let role = text.range(of: "评论员") else { return [] }
        let u = Array(text[role.upperBound...].unicodeScalars)
        let start = skipSpaces(u, 0)
        guard start < u.count else { return [] }
        return namesFilling(u, from: start) ?? []
    }

    /// The outlet a commentary's byline names before its role, as a reporter's byline does (本报 for 本报评论员 and
    /// 本报特约评论员, 新华社 for 新华社评论员, 经济日报 for 经济日报评论员), else nil (社论, 任仲平).
    static func commentaryBylineSource(_ text: String) -> String? {
        agency(opening: text.unicodeScalars.drop { $0 == "□" || $0 == "■" || CharClass.isSpace($0) }, before: ["评论员", "特约评论员", "评论部"])
    }

    /// A byline for a commentary: 本报评论员, 人民日报评论员, 本报特约评论员, 社论.
    public static func isCommentaryByline(_ text: String) -> Bool {
        // Asked of every line: the byte searches first, the scalar count only for the few that pass.
        guard text.utf8.count <= 80 else { return false }
        if text == "社论" { return true }
        let critic = text.hasText("评论员")
        let department = text.hasText("本报评论部")
        // (评论员观察 and 评论员文章 name the column, not its author; 新华社评论员：坚定不移走好中国道路 is a
        // headline with its author in front.)
        // (Nor an author's note at the text's end: （作者为本报评论员）.)
        guard critic || department, text.unicodeScalars.count <= 20, !text.hasText("："), !text.hasText(":"), !isAuthorNote(text) else { return false }
        return department || !text.hasSuffix("观察") && !text.hasSuffix("文章")
    }
}
