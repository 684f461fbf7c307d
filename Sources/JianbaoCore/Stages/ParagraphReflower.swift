/// Stage 3: lines → paragraph-sized units. Rejoins what column breaks, page breaks and hard
/// wraps split (including a name split in two, 陈求|发), and keeps true paragraph breaks.
///
/// Invariant (tested on generated damage): the non-blank characters of the units, in order,
/// are exactly the non-blank characters of the page's lines, in order.
public enum ParagraphReflower {
    /// Lines rejoined into one paragraph-sized unit.
    public struct Unit: Sendable, Equatable {
        public var text: String
        /// Source lines and where their text starts in `text` (scalar offsets).
        public var pieces: [LineOffset]
        /// Rejoins across a break (blank lines between, or a new line in a line-per-paragraph layout).
        public var joins: [LineJoin]
        /// The first line was indented.
        public var indented: Bool
        /// A single line shaped like a kicker, headline or subtitle (the segmenter decides by context).
        public var headingShaped: Bool
        /// `text.unicodeScalars.count`, kept as lines are appended.
        public var scalarCount: Int
        /// The page's blank unit: 1, or 2 (or more) where the page prints two blank lines (or more) wherever
        /// others print one. Gaps between units are counted in it (`ArticleSegmenter.gap`).
        public var gapUnit = 1
        /// A headline and its byline on the unit's one line (推动冬季文旅消费升温　本报记者　王　珂): where the byline starts
        /// (`Markers.headlineBylineSplit`); the classifier makes them two blocks.
        public var bylineAt: Int?

        public var firstLine: Int { pieces.first!.line }
        public var lastLine: Int { pieces.last!.line }
        public var range: LineRange { LineRange(firstLine, lastLine) }
    }

    /// What the reflower knows about one non-blank line before deciding.
    struct Cue {
        var line: SourceLine
        var endsSentence: Bool
        var opensBlock: Bool   // lead, byline, jump-from, standalone jump-to, dateline note, furniture, editor's note
        var standalone: Bool   // never joined to anything: furniture, standalone jump markers, notes, bylines
        var credit: Bool
        var headingShape: Bool
        /// Heading-shaped but for one comma: a heading only when a lead follows.
        var headingShapeWithComma: Bool
        var first: Unicode.Scalar
        var last: Unicode.Scalar
        var scalarCount: Int
        /// Blank lines before this line (the first line of the page counts as after a blank).
        var gapBefore = 1
        /// Opens like a sentence inside a paragraph (会议指出, 他说, 此外 …) rather than a heading.
        var sentenceOpener: Bool
        /// The rest of a heading that the hard wrap cut at the column's width (see `markWrappedHeadings`).
        var continuesHeading = false
        /// A reporter's byline alone on its line (本报记者　赵刚), not a commentary's.
        var byline = false
        /// A lead's dateline (and reporters) with no text after it on the line: 本报北京10月13日电（记者刘志强）.
        var leadOnly = false
        /// A box label (核心阅读, 链接): it ends its line and never runs on from the line above.
        var box = false
        /// An index box's label (今日导读, 本版导读): never the rest of the paragraph above it.
        var indexLabel = false
        /// The rest of a byline that the wrap cut inside its last name (本报记者　孙 | 光): it joins the
        /// byline and nothing else.
        var continuesByline = false
        /// A row of a table (中国　24　14　12, or the header over such rows): a line of its own, never a heading.
        var tableRow = false
        /// Heading-shaped but for its last character, which ends a word a headline may end in (新成就):
        /// a heading only where a lead or byline under it confirms it (`confirmWordEndHeadings`).
        var wordEndHeading = false
        /// Ends in a jump marker (…问题。（下转第3版）): the article's text on this page ends here.
        var endsInJump = false
        /// A signature right under a finished paragraph (某市读者　李　红): no heading, and its text's end.
        var signOff = false
        /// Opens a quotation's source that the wrap cut (——…杭州市上城 | 区…书记　陈　岚): the source ends its paragraph.
        var attribution = false
        /// A later line of such a source (…书记　陈　| 岚): it joins the source, whatever the lines above read as alone.
        var attributionRest = false
        /// The rest of a running head that the wrap cut (… 第5 | 版).
        var runningHeadRest = false
        /// A letter's or speech's salutation on its line (同学们：, 尊敬的各位来宾：): a paragraph of its own.
        var salutation = false
        /// A translated report's lead and original title (【路透社北京12月3日电】题：…): a paragraph of its own, however it
        /// stands, once the wrap has left its rest.
        var reportTitle = false
        /// A headline and its byline on one line (推动冬季文旅消费升温　本报记者　王　珂): where the byline starts (a line
        /// of at most 64 characters; one byte keeps the cue small, as the reflower copies cues often).
        var bylineAt: UInt8?
        /// Opens an interview's turn whose speaker takes other turns on the page (问：…, 周明远：…; see
        /// `markInterviewTurns`): a paragraph of its own under a finished sentence, indented or not.
        var turn = false
        /// The width the hard wrap cut this line's column at (`LayoutDetector.Result.wrapWidth(atLine:)`), or
        /// `Int.max` where the page is not hard-wrapped.
        var wrap = Int.max
        /// A line of verse set flush (see `markVerse`): a paragraph of its own, never a heading.
        var verse = false
        /// The index of the region of one wrap width that holds this line (`LayoutDetector.Result.regions`; 0 where
        /// one width holds).
        var region = 0
        /// A row of a list of places set apart by blanks (北京市海淀区　天津市河西区, `Markers.isPlaceRow`): a line of its own.
        var placeRow = false
        /// A row of a list of names set apart by blanks (王　忠　马旭东　刘丽娟, `Markers.isNameListLine`).
        var nameRow = false
        /// The date a text was written or signed, alone or with its place (2019年12月于北京, `Markers.isWritingDate`).
        var writtenOn = false

        /// Marks the line as the rest of a byline that the wrap cut (`continuesByline`): no heading.
        mutating func markBylineRest() {
            continuesByline = true
            headingShape = false
            headingShapeWithComma = false
        }

        /// Marks the line as a signature that ends the text above it (`signOff`): no heading.
        mutating func markSignOff() {
            signOff = true
            headingShape = false
            headingShapeWithComma = false
        }

        /// The line, its indent counted (`LayoutDetector.width`), fills its column within `tolerance`.
        func fillsColumn(_ tolerance: Int) -> Bool { LayoutDetector.width(line) >= wrap - tolerance }
    }

    /// What the whole page says about its headings and paragraphs (where hard wraps differ in width, what each
    /// region of one width says about its paragraphs, indexed by `Cue.region`).
    struct PageHabits {
        /// Confirmed headings (followed by a lead) stand after a blank line: a line right under a
        /// paragraph is then no heading.
        var headingsFollowBlank: Bool
        /// Some line is indented: paragraphs show where they start. Otherwise (flush hard wraps) a
        /// full line ending in 。 before 会议指出，… is read as a paragraph end.
        var indents = true
        /// Many lines (one in four) stand right under another (one paragraph a line, blanks only at breaks), rather
        /// than a blank after every line: then only a blank line can cut a paragraph.
        var breaksAreBlank = false
        /// One paragraph a line with a blank after every paragraph, and the breaks plain line ends (the specimen's
        /// habit the other way round): a line right under another is the rest of a paragraph that a break cut.
        var breaksAreTight = false
        /// Hard wraps with a blank line after every paragraph: text right under a line that ends a sentence goes on.
        var blankAfterParagraphs = [false]
        /// Flush hard wraps whose paragraphs start short by the dropped indent: no line after a clear
        /// paragraph end fills the column, so a line that does is no paragraph's first line.
        var firstLinesShort = [false]
    }

    /// Whether lines a blank apart mostly end a sentence above the blank and lines right under another mostly do not:
    /// a page that sets paragraphs apart and prints its column breaks as plain line ends. (On the specimen's pages the
    /// lines right under another are paragraphs' ends; where a blank follows every line, none stands right under.)
    /// Only pairs under a line of text count: not under a heading-shaped line (a headline right over its text is
    /// no cut, and a page that prints its stacks so, paragraphs apart, keeps its headlines), nor with a line that
    /// stands alone.
    static func breaksAreTight(_ cues: [Cue], layout: LayoutDetector.Result) -> Bool {
        guard layout.layout == .blankLineBreaks else { return false }
        var (tight, tightOpen, apart, apartOpen) = (0, 0, 0, 0)
        for k in cues.indices.dropFirst() {
            let (a, b) = (cues[k - 1], cues[k])
            // (Nor the lines of a stanza, right under one another and ending no sentence: a poem over prose set one paragraph a
            // line had made a page of tight breaks, and the prose's paragraphs had run together.)
            guard !a.standalone, !b.standalone, !a.credit, !b.credit, !a.headingShapeWithComma, !(b.gapBefore == 0 && (a.verse || b.verse)) else { continue }
            if b.gapBefore == 0 {
                tight += 1
                if !a.endsSentence { tightOpen += 1 }
            } else {
                apart += 1
                if !a.endsSentence { apartOpen += 1 }
            }
        }
        return tight >= 2 && tightOpen * 4 >= tight * 3 && apart >= 4 && apartOpen * 2 <= apart
    }

    /// Whether a blank line follows every clear paragraph end (a short line ending a sentence), as pdftotext
    /// prints paragraphs apart: at least four such ends, at most one in four with text right under it (a column
    /// break may leave a paragraph's short rest right over the next paragraph).
    static func blankAfterParagraphs(_ cues: [Cue], options: PipelineOptions) -> Bool {
        var ends = 0
        var tight = 0
        var apartText = 0
        // (A list's items, ending in ； under a colon, may stand tight on a page that sets paragraphs apart: only
        // ends of sentences count.)
        for k in 0..<(cues.count - 1) where cues[k].endsSentence && !cues[k].standalone
            && cues[k].line.columns < cues[k].wrap - options.droppedIndentColumns - 1 && cues[k].scalarCount >= 4
            && !"；：;:".unicodeScalars.contains(cues[k].last)
        {
            let next = cues[k + 1]
            // (A credit, byline or lead right under a caption or paragraph is no text of it.)
            if next.standalone || next.credit || next.opensBlock { continue }
            ends += 1
            if next.gapBefore == 0 { tight += 1 } else if !next.headingShape { apartText += 1 }
        }
        // (A page of short pieces sets a blank before each next headline whether or not it sets its paragraphs
        // apart: text, not a heading, must stand after blanks more often than tight.)
        return ends >= 4 && tight * 4 <= ends && apartText > tight
    }

    /// Whether the lines after clear paragraph ends (a short line ending a sentence) stay short of the
    /// column by the dropped indent: at least three such ends, and at most one in ten followed by a full line.
    /// A small page with fewer ends, none followed by a full line, is taken to keep the common habit (paragraphs
    /// printed indented, the indent dropped by PDF-to-text).
    static func firstLinesAreShort(_ cues: [Cue], options: PipelineOptions) -> Bool {
        var ends = 0
        var full = 0
        for k in 0..<(cues.count - 1) where cues[k].endsSentence && cues[k].line.columns < cues[k].wrap - options.droppedIndentColumns - 1 {
            let next = cues[k + 1]
            guard next.gapBefore == 0, next.line.columns >= next.wrap - options.droppedIndentColumns - 1, !next.opensBlock,
                !next.headingShapeWithComma, !isWrappedSubhead(next.line.text),
                // (Nor a quotation's source, set flush under it: ——全国人大代表、….)
                !next.attribution, !next.signOff
            else { continue }
            ends += 1
            if next.line.columns >= next.wrap - options.sentenceWrapTolerance { full += 1 }
        }
        return ends >= 3 ? full * 10 <= ends : full == 0
    }

    public static func reflow(_ lines: [SourceLine], layout: LayoutDetector.Result, options: PipelineOptions) -> [Unit] {
        var cues = withoutStrayIndents(lines.filter { !$0.isBlank }).map { cue($0, options: options) }
        guard !cues.isEmpty else { return [] }
        for k in 1..<cues.count { cues[k].gapBefore = cues[k].line.number - cues[k - 1].line.number - 1 }
        // A page that prints two blank lines (or more) wherever others print one counts its gaps in that unit.
        let gapUnit = cues.dropFirst().lazy.map(\.gapBefore).filter { $0 > 0 }.min() ?? 1
        if gapUnit > 1 {
            for k in 1..<cues.count { cues[k].gapBefore = (cues[k].gapBefore + gapUnit - 1) / gapUnit }
        }
        // A running head that a dump of several pages left inside a paragraph (…冰雪经济正成为拉动消费 | 人民日报　2025年
        // 12月31日　星期三　3 | 的新增长点。…) is read around: the paragraph runs on across it, and it comes back as a
        // unit of its own.
        var interruptions: [SourceLine] = []
        // (Hard-wrapped, a page break's blanks may stand around it, under a line the wrap cut: those blanks are no break.)
        for k in interruptingHeads(cues, layout: layout, options: options).reversed() {
            cues[k + 1].gapBefore = cues[k].gapBefore == 0 && cues[k + 1].gapBefore == 0 || layout.layout == .hardWrapped ? 0 : cues[k + 1].gapBefore
            interruptions.append(cues.remove(at: k).line)
        }
        if layout.layout == .hardWrapped {
            for k in cues.indices {
                cues[k].wrap = layout.wrapWidth(atLine: cues[k].line.number) ?? Int.max
                cues[k].region = layout.region(atLine: cues[k].line.number)
            }
        }
        markTableRows(&cues)
        markVerse(&cues, options: options)
        // A letter's addressee under the line that brings the letter in (贺信全文如下： | 中国科学院： | 值此…) is its salutation,
        // whoever it names: no heading (a place's label, 河北石家庄：, may head a piece).
        for k in cues.indices.dropFirst() where cues[k].last == "：" && cues[k].scalarCount <= 24 && cues[k].gapBefore <= 1
            && cues[k - 1].line.text.hasSuffix("全文如下：")
            && !cues[k].line.text.unicodeScalars.dropLast().contains(where: Markers.salutationBreaks.contains)
        {
            cues[k].salutation = true
            cues[k].headingShape = false
            cues[k].headingShapeWithComma = false
        }
        // A number alone on its line (a page number's shape) over a line that opens with its unit (1996 | 年，师范毕业…):
        // a break cut the text after the number, which runs on. (Not the page's number in its head, under the running
        // head's lines and a label, over a column's name that opens with 人: 人民日报 | …星期二 | 评论 | 5 | 人民论坛.)
        for k in cues.indices.dropLast() where cues[k].standalone && cues[k].scalarCount <= 6 {
            let next = cues[k + 1]
            guard Markers.isNumberUnit(next.first), !next.opensBlock, !next.standalone, !next.credit,
                cues[k].line.text.unicodeScalars.allSatisfy({ CharClass.isDigit($0) || $0 == "." }),
                !(cues[k].scalarCount <= 3 && cues[..<k].contains(where: \.standalone)
                    && cues[..<k].allSatisfy({ $0.standalone || $0.scalarCount <= 8 && !$0.endsSentence }))
            else { continue }
            cues[k].standalone = false
            cues[k].opensBlock = false
        }
        // One line in four or more right under another: breaks are blank lines (else a blank follows every line) —
        // unless the lines right under another are the ones a break cut (a blank after every paragraph).
        let breaksAreTight = breaksAreTight(cues, layout: layout)
        let breaksAreBlank = !breaksAreTight && cues.filter { $0.gapBefore == 0 }.count * 4 > cues.count
        // A signature right under a finished paragraph (某市读者　李　红, set to the right) signs it: no heading,
        // and the end of its text. (Where a blank follows every line or every paragraph, one blank is still right under;
        // PDF-to-text may set a signature of a place and a name two blanks under, as a block of its own.)
        for k in cues.indices.dropFirst()
        where cues[k - 1].endsSentence && cues[k].scalarCount <= 30
            && (cues[k].gapBefore <= (breaksAreBlank && layout.layout == .blankLineBreaks ? 0 : 1)
                || cues[k].gapBefore == 2 && layout.layout == .hardWrapped && Markers.signatureName(cues[k].line.text) != nil)
        {
            // (So does a column's author's padded name alone over a blank or the page's end: …关键在于创新。 | 李　浩 | (blank).)
            if Markers.isSignOff(cues[k].line.text)
                || cues[k].scalarCount == 3 && (k + 1 == cues.count || cues[k + 1].gapBefore > 0) && isPaddedName(cues[k].line.text)
            {
                cues[k].markSignOff()
            } else if layout.layout == .hardWrapped, k + 1 < cues.count, cues[k + 1].gapBefore == 0, cues[k + 1].scalarCount <= 6,
                cues[k].line.centred || cues[k].fillsColumn(options.wrapTolerance),
                cues[k + 1].line.text.unicodeScalars.allSatisfy(CharClass.isHan), Markers.isSignOff(cues[k].line.text + cues[k + 1].line.text)
            {
                // (A signature set to the right that the wrap cut: …　本报编辑 | 部, …　本 | 报编辑部. It takes its rest and
                // nothing else.)
                cues[k].markSignOff()
                cues[k + 1].markBylineRest()
            }
        }
        // An excerpt's source under its finished text (…先进本质。 | ——摘自《中国式现代化的文明逻辑》（人民出版社2025年版）) ends
        // it, no headline of its own. (Short of the column in hard wraps, where the wrap may have cut it.)
        // (Its first mark read first: a dash, a bracket or the verb, 摘自, 选自, 原载.)
        for k in cues.indices.dropFirst() where cues[k].gapBefore <= 1 && cues[k - 1].endsSentence && Self.excerptOpenings.contains(cues[k].first)
            && Markers.isExcerptSource(cues[k].line.text)
            && (layout.layout != .hardWrapped || !cues[k].fillsColumn(options.wrapTolerance))
        {
            cues[k].markSignOff()
        }
        confirmWordEndHeadings(&cues, options: options)
        markInterviewTurns(&cues, options: options)
        markHeadlinesOverTurns(&cues)
        markColonKickers(&cues, options: options)
        if layout.layout == .hardWrapped {
            markIndexPageRests(&cues, options: options)
            markRunningHeadRests(&cues, options: options)
            markWrappedHeadings(&cues, options: options)
            // A full line that runs straight on into an unindented line is a wrap, not a heading.
            for k in 0..<(cues.count - 1) where cues[k].line.columns >= cues[k].wrap - options.wrapTolerance && !cues[k + 1].continuesHeading {
                let next = cues[k + 1]
                // (Unless a lead confirms the stack it heads: at a narrow wrap a headline may come within the
                // tolerance of the width, over a subtitle as wide: 信念坚定…担当作为 | 努力成为…栋梁之才 | lead.)
                // (A table's row is a line of its own: the line over it is no wrap.)
                // (Nor a document's title that fills the line: a line of its own, 关于召开…股东大会的通知.)
                if next.gapBefore == 0, !next.line.isIndented, !next.opensBlock, !next.tableRow, !(cues[k].standalone && cues[k].headingShape),
                    !next.headingShape || next.endsSentence || next.line.columns >= next.wrap - options.wrapTolerance,
                    !(cues[k].headingShape && cues[k].line.columns < cues[k].wrap - 1 && startsArticle(k, cues: cues, options: options)),
                    // (Nor a headline that fills the line over its dashed subtitle: 稳定和扩大消费　促进经济持续回升向好 | ——国家….)
                    !(cues[k].headingShape && Markers.isDash(next.first) && startsArticle(k, cues: cues, options: options)),
                    // (Nor a headline that fills the line at a heading's place over a subtitle that fills it too, right over
                    // a lead: 全国总工会部署开展职工技能提升行动 | 今年将培训一线职工500万人次以上 | 本报讯（记者…）. Text would
                    // have ended its sentence over the lead.)
                    !(cues[k].headingShape && next.headingShape && !next.endsSentence && k + 2 < cues.count
                        && cues[k + 2].gapBefore == 0 && cues[k + 2].opensBlock && !cues[k + 2].standalone && !Markers.isFurniture(cues[k + 2].line.text)
                        && (k == 0 || cues[k].gapBefore > 0 || cues[k - 1].standalone || cues[k - 1].endsSentence && cues[k - 1].line.columns < cues[k - 1].wrap - 1)),
                    // (Nor a kicker that ends as kickers end over a headline a lead confirms, both near the width:
                    // 习近平对…作出重要指示强调 | 坚决扛稳粮食安全重任　加快建设农业强国 | lead.)
                    !(cues[k].headingShape && ArticleSegmenter.endsAsKicker(cues[k].line.text) && next.headingShape && startsArticle(k + 1, cues: cues, options: options)),
                    // (Nor a title that fills the line over its note in brackets, which the wrap cut too and which closes
                    // over a blank, an indented paragraph or a numbered part: …常务主席名单 | （2024年3月4日…主席 | 团第一次会议通过）,
                    // …任免名单 | （…常务委员 | 会第十九次会议通过） | 一、免去…, …组织法 | （…） | 目　　录.)
                    !(cues[k].headingShape && next.first == "（" && next.line.columns >= next.wrap - 1 && k + 2 < cues.count
                        && cues[k + 2].gapBefore == 0 && cues[k + 2].last == "）" && noBracketOrStop(next.line.text.unicodeScalars.dropFirst())
                        && noBracketOrStop(cues[k + 2].line.text.unicodeScalars.dropLast())
                        && (k + 3 == cues.count || cues[k + 3].gapBefore > 0 || cues[k + 3].line.isIndented
                            || ArticleSegmenter.isNumberedPart(cues[k + 3].line.text)))
                {
                    cues[k].headingShape = false
                    cues[k].headingShapeWithComma = false
                }
            }
        }
        if layout.layout != .blankLineBreaks {
            // 奋斗，让青春更美丽: an unindented line with a comma but no sentence end, between a finished
            // paragraph and an indented one, is a heading (a paragraph's tail would end its sentence).
            // So is one over a blank and then an indented paragraph (小区停车难何时解决？ | | 　　我是…) when the line over it
            // closed its sentence or stood alone, as a break's rest under a cut line does not; and one right under a flush
            // heading (对话 | “乡村振兴，女性大有可为” | 　　记者：…): no paragraph's rest stands under a heading.
            for k in 0..<(cues.count - 1) where cues[k].headingShapeWithComma && !cues[k].headingShape && !cues[k].sentenceOpener {
                let next = cues[k + 1]
                let before = k == 0 || cues[k].gapBefore > 0 || cues[k - 1].endsSentence || cues[k - 1].standalone
                    || cues[k - 1].headingShape && !cues[k - 1].line.isIndented
                let closedAbove = k == 0 || cues[k - 1].endsSentence || cues[k - 1].standalone || cues[k - 1].headingShape
                // (An interview's question, 　　记者：…哪些作用？, opens a paragraph however it ends.)
                if before, !cues[k].line.isIndented, next.gapBefore == 0 || next.gapBefore == 1 && closedAbove, next.line.isIndented,
                    !next.headingShapeWithComma || Markers.interviewSpeaker(next.line.text) != nil
                {
                    cues[k].headingShape = true
                }
            }
        } else {
            // One paragraph a line: a dashed subtitle with its comma right under its headline (坚持全国“一盘棋” |
            // ——优化区域经济布局，促进区域协调发展) is a heading too, so no text runs into it.
            for k in 1..<max(1, cues.count) where isDashedSubtitleUnderHeadline(k, cues: cues) {
                cues[k].headingShape = true
            }
        }
        markCutLeads(&cues)
        markCutBylines(&cues, options: options)
        markQuoteAttributions(&cues, layout: layout, options: options)
        markCommaWrappedHeadlines(&cues, options: options)
        // (Again: a lead that a break cut inside its dateline, 新华社北京3 | 月1日电…, confirms a headline too.)
        confirmWordEndHeadings(&cues, options: options)
        var confirmed = cues.indices.filter { startsArticle($0, cues: cues, options: options) }
        // (A title over its author's name over indented text confirms it as well: 老屋前的那棵槐树 | 李晓东 | 　　老家….)
        func signedTitle(_ k: Int) -> Bool {
            k + 2 < cues.count && cues[k].headingShape && !cues[k].line.isIndented && cues[k + 1].gapBefore == 0 && !cues[k + 1].line.isIndented
                && ArticleSegmenter.authorNames(cues[k + 1].line.text) != nil && cues[k + 2].gapBefore <= 1 && cues[k + 2].line.isIndented
        }
        if layout.layout != .blankLineBreaks, confirmed.contains(where: { !cues[$0].line.isIndented }) || cues.indices.contains(where: signedTitle) {
            // Headlines flush, paragraphs indented: a line with a paragraph's indent (not a centred
            // heading's) is a paragraph however short — 核心阅读, a subhead set as a paragraph, a line of verse.
            // A pen name right under a headline (钟声) keeps its place in the stack, indented or not.
            // (Also under a headline the wrap cut, its rest on a line of its own: …更要“乐起来 | ” | 　　薛　原.)
            func penName(_ k: Int) -> Bool {
                guard k > 0 else { return false }
                var h = k - 1
                while h > 0, cues[h].continuesHeading { h -= 1 }
                return cues[h].headingShape && !cues[h].line.isIndented && ArticleSegmenter.authorNames(cues[k].line.text) != nil
            }
            // A title right over a dateline keeps its place too, indented as a brief's in its column may be
            // (科技短波 | 　　我国首颗降水测量卫星成功发射 | 　　本报北京9月19日电…).
            func overLead(_ k: Int) -> Bool {
                k + 1 < cues.count && cues[k].headingShape && cues[k + 1].gapBefore == 0 && cues[k + 1].opensBlock && !cues[k + 1].standalone
                    && Markers.parseLead(cues[k + 1].line.text, issueDate: nil)?.0.dateline != nil
            }
            // So does one right over its byline alone, no nearer to it than to the line above (a copy that indents every
            // block alike and sets a blank after each: 　　杨晓升：在现实中捕捉文学的亮光 | (blank) | 　　郑欣宜　中青报·中青网记者　宋宝颖).
            func overByline(_ k: Int) -> Bool {
                guard k > 0, k + 1 < cues.count, cues[k].headingShapeWithComma, !cues[k].sentenceOpener, cues[k + 1].gapBefore <= min(1, cues[k].gapBefore),
                    cues[k + 1].opensBlock, !cues[k + 1].standalone, cues[k - 1].endsSentence || cues[k - 1].standalone || cues[k - 1].headingShape,
                    let (lead, bodyStart) = Markers.parseLead(cues[k + 1].line.text, issueDate: nil), !lead.reporters.isEmpty
                else { return false }
                return bodyStart >= cues[k + 1].line.text.unicodeScalars.count
            }
            // A dashed subtitle right under its headline keeps its place too, indented as a paragraph or not
            // (　　　　山乡巨变看今朝 | 　　——来自湖南省十八洞村的蹲点报道 | 本报记者…).
            func dashedSubtitle(_ k: Int) -> Bool {
                k > 0 && cues[k].headingShape && cues[k].gapBefore == 0 && cues[k - 1].headingShape && Markers.opensWithDash(cues[k].line.text)
            }
            // So does a kicker ending in its dash right over a confirmed flush headline, indented as a paragraph
            // (　　全国冬季运动会开幕在即—— | 冰雪健儿蓄势待发 | 本报记者…): a paragraph cut by a break runs on
            // into text, not into a title that a byline or a lead confirms.
            func dashedKicker(_ k: Int) -> Bool {
                k + 1 < cues.count && cues[k].headingShape && Markers.endsWithDash(cues[k].line.text) && cues[k + 1].gapBefore <= 1
                    && cues[k + 1].headingShape && !cues[k + 1].line.isIndented && confirmed.contains(k + 1)
                    && (k == 0 || cues[k].gapBefore > 0 || cues[k - 1].endsSentence || cues[k - 1].standalone || cues[k - 1].headingShape)
            }
            var demoted = false
            for k in cues.indices
            where cues[k].line.isIndented && cues[k].line.indent <= options.paragraphIndentColumns * 2 && cues[k].headingShapeWithComma && !penName(k)
                && !overLead(k) && !overByline(k) && !dashedSubtitle(k) && !dashedKicker(k)
            {
                cues[k].headingShape = false
                cues[k].headingShapeWithComma = false
                demoted = true
            }
            if demoted { confirmed = cues.indices.filter { startsArticle($0, cues: cues, options: options) } }
        }
        var habits = PageHabits(
            headingsFollowBlank: confirmed.count >= 2 && confirmed.filter { cues[$0].gapBefore > 0 }.count * 5 >= confirmed.count * 4,
            indents: cues.contains { $0.line.isIndented },
            breaksAreBlank: breaksAreBlank, breaksAreTight: breaksAreTight)
        if layout.layout == .hardWrapped {
            let regions = (0..<max(1, layout.regions.count)).map { r in cues.filter { $0.region == r } }
            habits.firstLinesShort = regions.map { !habits.indents && firstLinesAreShort($0, options: options) }
            habits.blankAfterParagraphs = regions.map { blankAfterParagraphs($0, options: options) }
        }
        var units: [Unit] = []
        var current = start(0, cues, options)
        var currentCues = [0]
        var previousUnitCue: [Int]? = nil  // cues of the unit before `current`

        for k in 1..<cues.count {
            let gap = cues[k].gapBefore
            let join = continues(
                unitCues: currentCues, previous: previousUnitCue, next: k, gap: gap, cues: cues, layout: layout,
                habits: habits, options: options, unitText: current.text)
            if join {
                // (A hard wrap between two names of a list dropped the blank that set them apart: it comes back, lest the
                // names run together, 李培生 | 吴　俊 as 李培生吴　俊.)
                let blank = layout.layout == .hardWrapped && gap == 0 && cues[k - 1].nameRow
                    && wrapDroppedNameBlank(cues[k - 1].line.text, cues[k].line.text)
                append(&current, cues[k], recordJoin: gap > 0 || layout.layout != .hardWrapped, separator: blank ? "\u{3000}" : nil)
                // A bracket or quotation that a wrap or break cut, closed on this line (…项目。（本报记 | 者　刘硕阳）,
                // …也马虎不得。 | ”): whether it ends a sentence is read on the whole text.
                if !cues[k].endsSentence, cues[k].last == "）" || cues[k].last == ")" || Markers.closingQuotes.contains(cues[k].last),
                    Markers.endsSentence(current.text)
                {
                    cues[k].endsSentence = true
                }
                // (A heading cut twice by a narrow wrap takes both rests.)
                if cues[k].continuesHeading, currentCues.allSatisfy({ $0 == currentCues[0] || cues[$0].continuesHeading }) {
                    current.headingShaped = true
                }
                currentCues.append(k)
            } else {
                units.append(current)
                previousUnitCue = currentCues
                current = start(k, cues, options)
                if endsStack(currentCues, cues), !cues[k].opensBlock, !startsArticle(k, cues: cues, options: options),
                    !authorUnderDashedSubtitle(k, previous: currentCues, cues: cues)
                {
                    current.headingShaped = false
                }
                currentCues = [k]
            }
        }
        units.append(current)
        for line in interruptions {
            let unit = Unit(
                text: line.text, pieces: [LineOffset(line: line.number, offset: 0)], joins: [], indented: line.isIndented, headingShaped: false,
                scalarCount: line.text.unicodeScalars.count)
            units.insert(unit, at: units.firstIndex { $0.firstLine > line.number } ?? units.endIndex)
        }
        if gapUnit > 1 {
            for i in units.indices { units[i].gapUnit = gapUnit }
        }
        return units
    }

    /// Running heads inside a paragraph: right under a line that ends no sentence and is no heading, right over an
    /// unindented line that opens nothing of its own. Hard-wrapped, a blank or two may stand on either side where the line
    /// above fills the column: PDF-to-text sets a page's break so (…不落实也只是一纸空文 | (blank) | 人民日报　…　第5版 |
    /// (blank) | 。各级领导干部…).
    static func interruptingHeads(_ cues: [Cue], layout: LayoutDetector.Result, options: PipelineOptions) -> [Int] {
        guard cues.count > 2 else { return [] }
        var found: [Int] = []
        for k in 1..<(cues.count - 1) where cues[k].opensBlock {
            let (before, after) = (cues[k - 1], cues[k + 1])
            let tight = cues[k].gapBefore == 0 && after.gapBefore == 0
            guard tight || layout.layout == .hardWrapped && cues[k].gapBefore <= 2 && after.gapBefore <= 2
                && LayoutDetector.width(before.line) >= (layout.wrapWidth(atLine: before.line.number) ?? Int.max) - options.wrapTolerance
            else { continue }
            guard !before.endsSentence, !before.opensBlock, !before.standalone, !before.headingShape, !before.credit,
                !after.line.isIndented, !after.opensBlock, !after.standalone, !after.headingShape, !after.credit,
                Markers.isRunningHead(Array(cues[k].line.text.unicodeScalars))
            else { continue }
            found.append(k)
        }
        return found
    }

    /// A headline ending in 成就, 方向 or 研究所 (whose last characters also end cut lines: 就, 向, 所) is a
    /// heading when a lead, byline or credit confirms it, as `startsArticle` reads the lines under it; so is a photo's
    /// title over its caption (冬捕开始了 | 11月20日，…渔工们在湖面上收网。 | 本报记者　孟祥夫摄).
    /// So is a numbered subhead set flush between a finished paragraph and an indented one (…具有重要意义。 | 二、坚持问题导向 |
    /// 　　问题是时代的声音。…; a blank under it where one stands over it): a paragraph's rest that a break left would end in its
    /// stop, and a numbered paragraph's first line would be indented.
    static func confirmWordEndHeadings(_ cues: inout [Cue], options: PipelineOptions) {
        for k in cues.indices.dropFirst().dropLast() where cues[k].wordEndHeading && !cues[k].line.isIndented && cues[k - 1].endsSentence
            && cues[k + 1].line.isIndented && cues[k + 1].gapBefore <= cues[k].gapBefore && opensNumberedPart(cues[k].line.text)
            && Markers.innerPunctuationCount(cues[k].line.text).commas == 0
        {
            cues[k].headingShape = true
            cues[k].headingShapeWithComma = true
        }
        // (And any title that ends as a cut line may, 新规来了, 《民法典》来了, or holds a comma, 稳就业，这些举措很给力, set
        // flush between a finished paragraph (or the page's head) that stops short of its column and an indented one right under
        // it (or a blank under it where a blank stands over it, as where a blank follows every paragraph): a paragraph's rest
        // would end in its stop, a paragraph's first line would be indented.)
        for k in cues.indices.dropFirst().dropLast() where cues[k].wordEndHeading || cues[k].headingShapeWithComma && !cues[k].headingShape {
            let (above, c, below) = (cues[k - 1], cues[k], cues[k + 1])
            // (Or under the page's running head, the first title on the page: 人民日报 | … | 4 | 新规来了 | 　　….)
            let underHead = above.standalone && Markers.isFurniture(above.line.text)
            guard !c.line.isIndented, !c.verse, !c.turn, !c.sentenceOpener, !c.salutation, above.endsSentence || underHead,
                !above.fillsColumn(options.wrapTolerance), below.line.isIndented,
                below.gapBefore <= c.gapBefore, !below.headingShapeWithComma
            else { continue }
            cues[k].headingShape = Markers.innerPunctuationCount(c.line.text).commas == 0
            cues[k].headingShapeWithComma = true
        }
        for k in cues.indices where cues[k].wordEndHeading && !cues[k].headingShapeWithComma {
            let saved = cues[k]
            cues[k].headingShape = Markers.innerPunctuationCount(cues[k].line.text).commas == 0
            cues[k].headingShapeWithComma = true
            let overCaption = cues[k].headingShape && k + 1 < cues.count && cues[k + 1].gapBefore <= 1 && opensCaption(k + 1, cues: cues, creditApart: true)
            if !overCaption, !startsArticle(k, cues: cues, options: options) { cues[k] = saved }
        }
    }

    /// A kicker that ends in a colon (一季度经济数据前瞻： | 消费回暖　投资稳定 | 本报记者　王　观): a heading, no sentence's end,
    /// where the line right under it (a blank under it where a blank stands above it too) is a headline that a lead or a byline
    /// confirms. (Not a turn, a salutation or an editor's note's label.)
    static func markColonKickers(_ cues: inout [Cue], options: PipelineOptions) {
        for k in cues.indices.dropLast() where (cues[k].last == "：" || cues[k].last == ":") && cues[k].scalarCount <= 20 {
            let c = cues[k]
            let text = String(c.line.text.unicodeScalars.dropLast())
            guard !c.turn, !c.salutation, !c.opensBlock, !c.standalone, !c.credit, !c.line.isIndented, !Markers.isEditorsNote(c.line.text),
                Markers.interviewSpeaker(c.line.text) == nil, cues[k + 1].gapBefore <= min(c.gapBefore, 1), cues[k + 1].headingShape, !cues[k + 1].line.isIndented,
                Markers.isHeadingShaped(text, maxColumns: options.maxHeadingColumns), startsArticle(k + 1, cues: cues, options: options)
            else { continue }
            cues[k].headingShape = true
            cues[k].headingShapeWithComma = true
            cues[k].endsSentence = false
        }
    }

    /// An interview's turns (记者：… | 李明：…): where two or more lines open with the same speaker, one that
    /// a break cut short (李明：一些 | 成果停留在…) is a turn too, not a heading — unless a lead or byline
    /// under it confirms a headline (李明：让成果走出实验室 | 本报记者　张华). Each such line is marked `turn`.
    static func markInterviewTurns(_ cues: inout [Cue], options: PipelineOptions) {
        var turns: [String: Int] = [:]
        let speakers = cues.map { Markers.interviewSpeaker($0.line.text) }
        for case let s? in speakers { turns[s, default: 0] += 1 }
        // (问 and 答 take turns however few: one question and its answer are an exchange.)
        let exchange = turns["问"] != nil && turns["答"] != nil
        guard exchange || turns.values.contains(where: { $0 >= 2 }) else { return }
        for k in cues.indices {
            guard let s = speakers[k], turns[s]! >= 2 || exchange && (s == "问" || s == "答") else { continue }
            cues[k].turn = true
            // (A speaker's posts and name under it, cut from his colon, 记者：…？ | …呼吸科主任　李　明 | ：首先要…, confirm no
            // headline: that line is the next turn's.)
            // (A reporter's byline is no speaker: 李明：让科技成果走出实验室 | 本报记者　张　华 is a headline in his words.)
            let overSpeaker = k + 1 < cues.count && !cues[k + 1].byline && !cues[k + 1].opensBlock && isCredentialedLine(cues[k + 1].line.text)
            guard cues[k].headingShapeWithComma, overSpeaker || !startsArticle(k, cues: cues, options: options) else { continue }
            cues[k].headingShape = false
            cues[k].headingShapeWithComma = false
        }
    }

    /// A headline with a comma right under a column's label and right over an interview's first turn (问诊台 | 孩子反复咳嗽，
    /// 需要做CT吗 | 问：…, 对话 | “乡村振兴，女性大有可为” | 记者：…), indented or not: a turn opens its paragraph, so the
    /// line over it ends unfinished, and no paragraph's rest stands under a heading.
    static func markHeadlinesOverTurns(_ cues: inout [Cue]) {
        guard cues.count > 2 else { return }
        for k in 1..<(cues.count - 1) where cues[k].headingShapeWithComma && !cues[k].headingShape && !cues[k].sentenceOpener && !cues[k].turn {
            let (above, below) = (cues[k - 1], cues[k + 1])
            // (The turn may stand a blank under it where a blank follows every paragraph.)
            guard below.turn, below.gapBefore <= max(cues[k].gapBefore, 1), above.headingShape, !above.line.isIndented, !cues[k].line.isIndented else { continue }
            cues[k].headingShape = true
        }
    }

    /// Lines of a poem set flush, a line each (冬日的村庄 | 王　强 | (blank) | 雪落下来的时候 | 村庄安静得像一封信 | 炊烟是信上的
    /// 邮戳 | 盖在灰蓝色的天空 | (blank) | 我站在…): each line a paragraph of its own and none a heading (the stanzas had become
    /// the stacks and texts of made-up articles). A stanza is a run of short flush lines with no blank between, most of them
    /// ending no sentence and none filling a hard wrap's column: four lines or more under a title or its author's name (a blank
    /// apart, or right under the name; three under the name where none ends a sentence), or two or more a blank under
    /// another stanza. After it stands a note in brackets, a blank and a short line, or the page's end. (A heading stack has
    /// three lines and text under it.)
    static func markVerse(_ cues: inout [Cue], options: PipelineOptions) {
        func verseLike(_ c: Cue) -> Bool {
            !c.line.isIndented && !c.opensBlock && !c.standalone && !c.credit && !c.tableRow && !c.salutation && (2...20).contains(c.scalarCount)
                && c.line.columns < c.wrap - options.wrapTolerance && !c.line.text.unicodeScalars.contains(where: CharClass.isSpace)
        }
        var k = 1
        while k < cues.count {
            guard verseLike(cues[k]), cues[k].gapBefore > 0 || !verseLike(cues[k - 1]) else {
                k += 1
                continue
            }
            // (A photo's caption right under the last line, its credit under it, is no line of the poem: …望着我远去的背影 |
            // 题图：…乡村冬景。 | 新华社记者　陶　明摄.)
            var end = k + 1
            while end < cues.count, cues[end].gapBefore == 0, verseLike(cues[end]), !opensCaption(end, cues: cues) { end += 1 }
            // (A poem's author right under its title, the stanza right under him, 春　雨 | 王小川 | 春雨落在窗前 | …: the name
            // is no line of the poem.)
            // (So is a note on how many poems the title heads, between the title and the name: 山　居 | （外一首） | 王小川 | ….)
            var start = k
            let note = Markers.isPoemCountNote(cues[k].line.text) ? 1 : 0
            if end - k >= 4 + note, cues[k + note].scalarCount <= 4, !cues[k - 1].line.isIndented,
                cues[k - 1].headingShape || Markers.isLetterSpaced(cues[k - 1].line.text),
                ArticleSegmenter.authorNames(cues[k + note].line.text) != nil
            {
                start = k + note + 1
            }
            let n = end - start
            let above = cues[start - 1]
            // (Right under the line above only where that is the author's name: 王　强 | 雪落下来的时候 | ….)
            let author = ArticleSegmenter.authorNames(above.line.text) != nil
            let underTitle = !above.line.isIndented && !above.opensBlock && (cues[start].gapBefore > 0 ? above.headingShape || author : author)
            let ended = cues[start..<end].filter(\.endsSentence).count
            let open = ended * 2 <= n
            let closed = end == cues.count || cues[end].first == "（" || cues[end].first == "(" || cues[end].gapBefore > 0 && cues[end].scalarCount <= 20
                || opensCaption(end, cues: cues)
            // (Three lines under the name only where none ends a sentence: 王　军 | 共同富裕是…要求。 | 一、… | 共同富裕是全体人 is
            // an essay's text that breaks cut.)
            if open, closed, above.verse && n >= 2 || underTitle && (n >= 4 || n == 3 && author && ended == 0) {
                for i in start..<end {
                    cues[i].verse = true
                    cues[i].headingShape = false
                    cues[i].headingShapeWithComma = false
                    cues[i].wordEndHeading = false
                }
            }
            k = end
        }
    }

    /// Rows of a table (奖牌榜 | 国家　金牌　银牌　铜牌 | 中国　24　14　12 | …): three or more short cells
    /// apart on a line, two or more of them numbers, and the header right above such rows with as many
    /// cells; or two or more games' results together (辽宁本钢　108∶96　广东东阳光). Each row is a line of its own and no
    /// heading (they had become the heading stacks of made-up articles, and one took the caption under the table).
    static func markTableRows(_ cues: inout [Cue]) {
        func cells(_ c: Cue) -> [Substring.UnicodeScalarView]? {
            // (Nor a sentence's part: a cell holds no comma or stop, so the spaces that PDF-to-text set beside figures in
            // a line of prose, 监测到土著鱼类 227 种，比禁渔前增加 33, 建泉州举行。来自 40 多个…, are no gaps between cells.)
            guard c.scalarCount <= 48, !c.endsSentence, !c.opensBlock, !c.credit,
                c.line.text.unicodeScalars.contains(where: { CharClass.isSpace($0) }),
                !c.line.text.unicodeScalars.contains(where: { $0 == "，" || $0 == "；" || $0 == "。" })
            else { return nil }
            var parts: [Substring.UnicodeScalarView] = []
            for part in c.line.text.unicodeScalars[...].split(whereSeparator: CharClass.isSpace) {
                // (A space that PDF-to-text set between a figure and its unit is no gap between cells: （2022 年 5 月
                // 10 日）, （截至 2 月 7 日） are one note, not a row of numbers.)
                // (Not a side's name after a game's score: 88∶76　日本.)
                if let previous = parts.last, let last = previous.last, CharClass.isDigit(last), let first = part.first, Markers.isNumberUnit(first),
                    !Markers.isScore(previous)
                {
                    parts[parts.count - 1] = Substring(String(previous) + String(part)).unicodeScalars
                } else {
                    parts.append(part)
                }
            }
            // (A row's label may carry its unit: 发电量（亿千瓦时）.)
            guard parts.count >= 2, parts.allSatisfy({ $0.count <= 12 }) else { return nil }
            return parts
        }
        // (A time or mark with its units counts too: 9秒98, 2小时08分15秒, 8米35; and a range of temperatures, -8℃～2℃.)
        func isNumber(_ cell: Substring.UnicodeScalarView) -> Bool {
            cell.contains(where: CharClass.isDigit) && cell.allSatisfy { CharClass.isDigit($0) || ".:：%％-－+/∶秒分时小米′″℃～~".unicodeScalars.contains($0) }
        }
        // A game's result between its two sides (辽宁本钢　108∶96　广东东阳光): a row of a results table where two such
        // rows stand together.
        let lineCells = cues.map(cells)  // (each line split once)
        func isResult(_ k: Int) -> Bool {
            // (The first row may name the round before its game: CBA常规赛第18轮　辽宁本钢　102∶95　广东东阳光.)
            guard k >= 0, k < cues.count, let c = lineCells[k], c.count == 3 || c.count == 4 else { return false }
            return Markers.isScore(c[c.count - 2]) && !isNumber(c[c.count - 3]) && !isNumber(c[c.count - 1])
        }
        var rows: [Int: Int] = [:]  // cue → cell count, numeric rows
        for k in cues.indices {
            if isResult(k), isResult(k - 1) || isResult(k + 1) {
                rows[k] = lineCells[k]!.count
                continue
            }
            guard let c = lineCells[k], c.count >= 3, c.filter(isNumber).count >= 2 else { continue }
            rows[k] = c.count
        }
        // Three or more lines together of as many cells, each ending in a figure and holding no other, are a table's rows too,
        // with one figure a row (天气预报 | 城市　　天气　　气温 | 北京　　晴　　-8℃～2℃ | 天津　　多云　　-6℃～3℃ | …).
        // (Or two cells a row, a label and its figure, as a chart's data print: 1月　1.7% | 2月　1.5% | 3月　2.3%; the label may
        // be a month or a year, no figure alone.)
        func endsInFigure(_ k: Int) -> Bool {
            guard let c = lineCells[k], isNumber(c[c.count - 1]) else { return false }
            if c.count == 2 { return !isNumber(c[0]) && c[0].count <= 8 && c[0].contains(where: CharClass.isHan) }
            return c.dropLast().allSatisfy { !$0.contains(where: CharClass.isDigit) }
        }
        var k = 0
        while k < cues.count {
            guard endsInFigure(k) else {
                k += 1
                continue
            }
            var end = k + 1
            while end < cues.count, endsInFigure(end), lineCells[end]!.count == lineCells[k]!.count { end += 1 }
            if end - k >= 3 {
                for r in k..<end where rows[r] == nil { rows[r] = lineCells[r]!.count }
            }
            k = end
        }
        guard !rows.isEmpty else { return }
        for (k, n) in rows {
            cues[k].tableRow = true
            // The header: right above the first row (as close as the rows stand; a blank further where it names only its
            // columns, as pdftotext may set it apart: 贸易伙伴　进出口　同比（%） | (blank) | 东盟　45000　9.5), as many cells.
            let spacing = k + 1 < cues.count && rows[k + 1] != nil ? cues[k + 1].gapBefore : 0
            if k > 0, rows[k - 1] == nil, let header = lineCells[k - 1], header.count == n,
                cues[k].gapBefore <= spacing || cues[k].gapBefore == spacing + 1 && !header.contains(where: { $0.contains(where: CharClass.isDigit) })
            {
                cues[k - 1].tableRow = true
            }
        }
        for k in cues.indices where cues[k].tableRow {
            cues[k].headingShape = false
            cues[k].headingShapeWithComma = false
        }
    }

    /// What an excerpt's source opens with: a dash, a bracket, or its verb's first character (摘自, 选自, 节选自, 引自, 原载, 转自).
    static let excerptOpenings: ScalarSet = ["—", "－", "-", "（", "(", "摘", "选", "节", "引", "原", "转"]

    /// A page number that the wrap cut between a head's line and its rest: …第1 | 3版…, …第 | 13版….
    static func cutPageNumber(_ head: String, _ rest: String) -> Bool {
        let h = Array(head.unicodeScalars.reversed().prefix(4))
        let digits = h.prefix { CharClass.isDigit($0) }.count
        guard digits < h.count, h[digits] == "第" else { return false }
        let r = rest.unicodeScalars.drop { CharClass.isSpace($0) }
        let more = r.prefix { CharClass.isDigit($0) }.count
        return digits + more >= 1 && r.dropFirst(more).first == "版"
    }

    /// An index item's page that the wrap put on a line of its own (▶ 我国首艘大洋钻探船“梦想”号入列　　　| 第六版): the
    /// item's end, right under its full last line, not a page number of the page's furniture.
    static func markIndexPageRests(_ cues: inout [Cue], options: PipelineOptions) {
        // (Full with the blanks that the wrap cut at, which the line's text has lost: …号入列　　　 | 第六版.)
        for k in cues.indices.dropFirst() where cues[k].gapBefore == 0 && cues[k].last == "版" && cues[k].scalarCount <= 12
            && isPageNumber(cues[k].line.text.trimmedSpace)
            && (cues[k - 1].line.trailingBlank || cues[k - 1].fillsColumn(options.wrapTolerance))
        {
            // (The item opens with its bullet on the line above, or on the one above that: ▶ 国务院…发布《新时代的中 | 国绿色
            // 发展》白皮书….)
            let opens = Markers.leadBullets.contains(cues[k - 1].first)
                || k >= 2 && cues[k - 1].gapBefore == 0 && Markers.leadBullets.contains(cues[k - 2].first)
                    && cues[k - 2].fillsColumn(options.wrapTolerance)
            guard opens else { continue }
            cues[k].standalone = false
            cues[k].opensBlock = false
            cues[k].markBylineRest()
        }
    }

    /// The rest of a running head longer than the column (人民日报　2021年3月8日　星期一　第5 | 版): furniture
    /// with it, no heading — the page's section label under it (评论 | 人民时评 | headline) stands after furniture.
    static func markRunningHeadRests(_ cues: inout [Cue], options: PipelineOptions) {
        // (An editor line's address runs on in Latin letters: 本版责编：刘　峰　邮箱：hwbzgqs@ | 126.com.)
        // (Spaces do not count, nor those that PDF-to-text set beside figures: 星期 | 三　第 5 版. A narrow wrap leaves
        // longer rests: …　 | 星期三　第5版, …　版 | 式设计：蔡华伟.)
        // (An indented editor line fills the column with its indent: 　　本版责编：刘　涓　孟　哲　李　| 鑫.)
        // (Counted in characters too: a script that wrapped by counting them filled the line with the head's figures,
        // 人民日报　2023年4月20日　星期 | 四　第12版, though the page has too few figures to tell its measure.)
        // (A longer rest where the wrap cut the page number itself: …星期三　第1 | 3版　人民眼·乡村运营.)
        for k in 0..<(cues.count - 1) where cues[k + 1].gapBefore == 0
            && max(LayoutDetector.width(cues[k].line), LayoutDetector.width(cues[k].line, columns: cues[k].scalarCount)) >= cues[k].wrap - options.wrapTolerance
            && (!cues[k + 1].line.text.hasVisibleScalars(atLeast: 9)
                || cues[k + 1].scalarCount <= 30 && cues[k + 1].line.text.unicodeScalars.allSatisfy(\.isASCII)
                || cues[k + 1].scalarCount <= 24 && (cues[k].last == "第" || CharClass.isDigit(cues[k].last))
                    && Self.cutPageNumber(cues[k].line.text, cues[k + 1].line.text)
                || cues[k + 1].scalarCount <= 24 && Markers.opensReadersAddress(cues[k].line.text)
                // (And a page's hands that the wrap cut: 本版策划：王　浩　撰稿：李　明　本版图 | 片由安吉县委宣传部提供.)
                || cues[k + 1].scalarCount <= 24 && Markers.isStaffCredits(cues[k].line.text))
        {
            let rest = cues[k + 1].line.text
            // (Not the page's label under a whole running head: 人民日报　…　第4版 | 要闻.)
            // (A page number whole on its own is a rest too where the head stops at 第: …星期五　第 | 11版.)
            // (Nor a short headline under a head that ends in its whole page number and fills the column: 经济日报　…　第3版 |
            // 持续释放消费潜力. A bracket that closes the head is its rest: 《人民日报》（2025年01月04日 第04版 | ）.)
            // (So is the page number alone under a head that names none: 光明日报　2025年2月5日　星期三　文荟 | 　第13版.)
            let trimmed = rest.trimmedSpace
            let bracketOnly = trimmed == "）" || trimmed == ")"
            // (A blank the wrap cut after stays between them: …星期三　 | 理论　第6版 is …星期三　理论　第6版.)
            let whole = cues[k].line.text + (cues[k].line.trailingBlank ? "\u{3000}" : "") + rest
            // (Where readers write to, its rest the page's name: 来信请寄：…金台西路2号人民 | 日报社民生版.)
            let address = Markers.opensReadersAddress(cues[k].line.text)
            guard Markers.isFurniture(whole), !Markers.endsInPageReference(cues[k].line.text) || bracketOnly,
                !Markers.isFurniture(rest) || cues[k + 1].scalarCount <= 2 || cues[k].line.text.endsWithText("第")
                    || isPageNumber(trimmed) && !cues[k].line.text.hasText("版") || address,
                !Markers.isSectionLabel(rest) || address
            else { continue }
            cues[k + 1].runningHeadRest = true
            // (The head is furniture whole, nothing runs on into it across a blank, though cut it is not: an e-paper
            // foot, …深化。 | (blank) | 《 人民日报 》（ 2025年01月11日 01 | 版）.)
            for c in [k, k + 1] {
                cues[c].standalone = true
                cues[c].headingShape = false
                cues[c].headingShapeWithComma = false
            }
            cues[k].opensBlock = true
        }
    }

    /// A page's number alone: 第13版, 第五版.
    static func isPageNumber(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard u.count >= 3, u.count <= 6, u.first == "第", u.last == "版" else { return false }
        return u.dropFirst().dropLast().allSatisfy { CharClass.isDigit($0) || ChineseNumber.isNumeral($0) }
    }

    /// A byline that the wrap cut inside its last name (本报驻德国记者　张　明　本报记者　孙 | 光), or before
    /// its closing 报道 (本报记者　王　理　通讯员　陈　明 | 报道): the short rest is all Han characters, and read
    /// together the line names one more reporter, a longer last name, or the same ones. (A longer rest, up to
    /// 12, where it names one more reporter behind a role that the wrap cut: 中青报·中青网记者　王烨捷　见 | 习记者　李　然.)
    static func markCutBylines(_ cues: inout [Cue], options: PipelineOptions) {
        guard cues.count > 1 else { return }
        // A headline and its byline on one line that the wrap cut inside or before the last name, before which the
        // line names no one (各地扎实推进冬季农业生产　　本报记者　郁 | 静娴, …本报记者 | 　郁静娴, the name's space kept):
        // read together they split as one line would.
        for k in 0..<(cues.count - 1) where cues[k].bylineAt == nil && !cues[k].opensBlock && !cues[k].line.isIndented
            && cues[k + 1].gapBefore == 0 && cues[k + 1].scalarCount <= 3 && cues[k].scalarCount >= 8 {
            let rest = cues[k + 1].line.text
            guard rest.unicodeScalars.allSatisfy(CharClass.isHan), cues[k + 1].line.indent <= 2,
                let at = Markers.headlineBylineSplit(cues[k].line.text + rest, maxColumns: options.maxHeadingColumns),
                at < cues[k].scalarCount
            else { continue }
            cues[k].bylineAt = UInt8(at)
            cues[k].opensBlock = true
            cues[k].standalone = true
            cues[k + 1].markBylineRest()
        }
        // An author's posts and name that the wrap cut inside the name (答：北京某医院儿科主任医师　李 | 红): the line stands
        // alone with its rest, as the whole line would.
        // (Or right before the name, at the blank: 口述：某…公司董事长 | 陈立新.)
        for k in 0..<(cues.count - 1) where !cues[k].standalone && cues[k + 1].gapBefore == 0 && cues[k + 1].scalarCount <= 3 {
            let rest = cues[k + 1].line.text
            guard rest.unicodeScalars.allSatisfy(CharClass.isHan), cues[k].scalarCount <= 46,
                cues[k + 1].scalarCount <= 2 && isCredentialedLine(cues[k].line.text + rest) || isCredentialedLine(cues[k].line.text + "\u{3000}" + rest)
            else { continue }
            cues[k].standalone = true
            cues[k].headingShape = false
            cues[k].headingShapeWithComma = false
            cues[k + 1].markBylineRest()
        }
        // (So is a byline after its headline on one line: 各地扎实推进冬季农业生产　　本报记者　郁静 | 娴.)
        for k in 0..<(cues.count - 1) where cues[k].opensBlock && !cues[k].endsSentence && cues[k + 1].gapBefore == 0 {
            let rest = cues[k + 1].line.text
            let line = cues[k].bylineAt.map { String(cues[k].line.text.unicodeScalars.dropFirst(Int($0))) } ?? cues[k].line.text
            // (A rest indented under a flush byline opens a paragraph: 新华社记者　王　松 | 　　初冬时节 | ，黑龙江…. So does
            // one indented under an indented byline that opens with a role, a byline of its own: 　　本报记者　张守坤 |
            // 　　本报通讯员　李　想.)
            guard cues[k + 1].scalarCount <= 12, rest.unicodeScalars.allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) }),
                !cues[k + 1].line.isIndented || cues[k].line.isIndented && !Markers.isRoleAt(Array(rest.unicodeScalars.prefix(12)), 0),
                let (alone, aloneBody) = Markers.parseLead(line, issueDate: nil), !alone.reporters.isEmpty
            else { continue }
            let joined = line + rest
            guard let (lead, bodyStart) = Markers.parseLead(joined, issueDate: nil) else { continue }
            // (Or a photographer's credit after the byline, cut before the name: 文/…记者　王　彪　图/南方日报记者　 | 张　梓.)
            let tail = joined.unicodeScalars.dropFirst(bodyStart)
            let creditCut = tail.first == "图" && Markers.isCreditOnly(String(tail)) != nil
                && Markers.isCreditOnly(String(line.unicodeScalars.dropFirst(aloneBody))) == nil
            // (A name of two padded to three, set apart, 本报记者　张　洋, is whole: the line under it is the text's, 党的十九 |
            // 届四中全会…, cut by a break, not the name's rest. Not 本报记者　孙 | 光, cut after the family name.)
            let u = Array(line.unicodeScalars.suffix(4))
            let padded = u.count == 4 && CharClass.isSpace(u[0]) && u[2] == "\u{3000}" && CharClass.isHan(u[1]) && CharClass.isHan(u[3])
            guard bodyStart >= joined.unicodeScalars.count || creditCut,
                creditCut || lead.reporters.count > alone.reporters.count && !(padded && cues[k + 1].scalarCount <= 4 && !rest.hasText("\u{3000}"))
                    || cues[k + 1].scalarCount <= 4 && lead.reporters.count == alone.reporters.count
                        && (lead.reporters.last != alone.reporters.last || rest.trimmedSpace == "报道")
            else { continue }
            cues[k + 1].markBylineRest()
        }
    }

    /// An author's posts and name on a line of their own (全国政协委员、北京师范大学教授　周作宇), or an answer's expert so
    /// given (答：北京某医院儿科主任医师　李　红), or who told an account a reporter wrote down (口述：某公司董事长　陈立新).
    static func isCredentialedLine(_ t: String) -> Bool {
        if Markers.isCredentialedAuthor(t) { return true }
        let skip = t.startsWithText("答：") ? 2 : t.startsWithText("口述：") ? 3 : 0
        return skip > 0 && Markers.isCredentialedAuthor(String(t.unicodeScalars.dropFirst(skip)))
    }

    /// A headline printed over two lines, its first ending in a comma (从“一网通办”到“一网统管”， | 上海政务服务持续升级),
    /// right over a byline or lead that confirms it: the lines are one headline, not a paragraph's tail and a heading.
    /// (Flush lines: a paragraph's line is indented.)
    static func markCommaWrappedHeadlines(_ cues: inout [Cue], options: PipelineOptions) {
        guard cues.count > 2 else { return }
        // (What confirms a heading over it: a byline, or a lead.)
        func confirms(_ i: Int) -> Bool { cues[i].byline || cues[i].opensBlock && Markers.parseLead(cues[i].line.text, issueDate: nil) != nil }
        for k in 0..<(cues.count - 2) where (cues[k].last == "，" || cues[k].last == ",") && !cues[k].headingShapeWithComma && !cues[k].opensBlock && !cues[k].standalone {
            let (rest, under) = (cues[k + 1], cues[k + 2])
            // (Right under each other, or a blank after every line: 从…， | (blank) | 上海… | (blank) | ■本报首席记者….)
            guard !cues[k].line.isIndented, rest.gapBefore <= 1, under.gapBefore == rest.gapBefore, rest.gapBefore == 0 || cues[k].gapBefore > 0,
                !rest.line.isIndented, rest.headingShape, confirms(k + 2),
                cues[k].line.columns + rest.line.columns <= options.maxHeadingColumns,
                Markers.isHeadingShaped(String(cues[k].line.text.unicodeScalars.dropLast()), maxColumns: options.maxHeadingColumns)
            else { continue }
            cues[k].headingShape = true
            cues[k].headingShapeWithComma = true
            cues[k + 1].continuesHeading = true
        }
        // (So is one that the copy wrapped inside a list, after its 、, the rest right under it: 听取全国人大常委会、国务院、
        // 全国政协、最高人民法院、 | 最高人民检察院党组工作汇报　听取中央书记处工作报告 | (blank) | 中共中央总书记习近平主持会议 |
        // (blank) | 新华社北京1月7日电　…. A byline or lead right under it, or under a heading under it, confirms it; either
        // line may be as wide as a title of phrases.)
        for k in 0..<(cues.count - 2) where cues[k].last == "、" && !cues[k].opensBlock && !cues[k].standalone && !cues[k].line.isIndented {
            let (rest, under) = (cues[k + 1], cues[k + 2])
            guard rest.gapBefore == 0, !rest.line.isIndented, rest.headingShape, under.gapBefore <= 1,
                confirms(k + 2) || under.headingShape && k + 3 < cues.count && cues[k + 3].gapBefore <= 1 && confirms(k + 3),
                Markers.isHeadingShaped(String(cues[k].line.text.unicodeScalars.dropLast()), maxColumns: options.maxSpacedTitleColumns)
            else { continue }
            cues[k].headingShape = true
            cues[k].headingShapeWithComma = true
            cues[k + 1].continuesHeading = true
        }
    }

    /// A dashed subtitle right under its one-line headline, a blank between them or none (坚持全国“一盘棋” | ——优化区域经济
    /// 布局，促进区域协调发展): short, ending no sentence and not as a cut line or a list's item ends (…以下问题： | ——加装电梯，).
    static func isDashedSubtitleUnderHeadline(_ k: Int, cues: [Cue]) -> Bool {
        guard k > 0, k < cues.count else { return false }
        let (a, head) = (cues[k], cues[k - 1])
        guard a.gapBefore <= 1, Markers.opensWithDash(a.line.text), a.scalarCount <= 40, !a.endsSentence, !a.opensBlock, !a.standalone, !a.credit,
            head.headingShape, !head.endsSentence, !head.opensBlock, head.gapBefore > 0 || k == 1 || cues[k - 2].endsSentence || cues[k - 2].standalone,
            !Markers.opensWithDash(head.line.text)
        else { return false }
        return a.last != "：" && a.last != ":" && a.last != "，" && a.last != "," && a.last != "、" && a.last != "；"
    }

    /// A lead that a break or wrap cut inside its dateline (本报北京11月1 | 1日电（记者李晓）…): the
    /// line opens a block as a whole lead would, so its rest runs on and the heading above it is
    /// confirmed.
    static func markCutLeads(_ cues: inout [Cue]) {
        guard cues.count > 1 else { return }
        // (A rest that is a byline or lead of its own was never cut from the line above: 记者调查 | 本报记者　刘　涓溪 is a
        // column's name over its byline.)
        for k in 0..<(cues.count - 1) where !cues[k].opensBlock && !cues[k].endsSentence && cues[k + 1].gapBefore <= 1 && !cues[k + 1].opensBlock {
            let t = cues[k].line.text
            guard Markers.opensWithLeadOpening(t), t.scalarCount < Markers.maxLeadScalars else { continue }
            guard let (lead, _) = Markers.parseLead(t + cues[k + 1].line.text, issueDate: nil),
                lead.text.unicodeScalars.count > t.scalarCount
            else { continue }
            cues[k].opensBlock = true
            cues[k].headingShape = false
            cues[k].headingShapeWithComma = false
        }
    }

    /// Where paragraphs are indented by two full-width spaces (two in three indented lines or more), or
    /// on a flush page (none by two, few by one), a line that starts with just one (two half-widths), right under a line
    /// that stops mid-sentence, is no paragraph start: a wrap that fell on the space of a spaced name
    /// (（记者 | 　王　娜）多国…) or between a headline's parts. Its indent is dropped; the text is unchanged.
    static func withoutStrayIndents(_ lines: [SourceLine]) -> [SourceLine] {
        let lines = withoutNameRestIndents(lines)
        let indents = lines.lazy.filter(\.isIndented).map(\.indent)
        // (An indent of three half-widths, 　 plus a space, is a paragraph's indent typed short, never stray.)
        let wide = indents.filter { $0 >= 3 }.count
        // (Flush pages too, where no line is indented by two and a few by one: 加快…步伐 | 　夯实….)
        // (On a short page two such lines are already a tenth.)
        let flush = wide == 0 && (indents.count * 10 <= lines.count || indents.count <= 2)
        guard wide >= 3 && wide * 3 >= indents.count * 2 || flush, wide < indents.count else { return lines }
        var out = lines
        for k in 1..<out.count where out[k].indent == 2 {
            let above = out[k - 1]
            guard above.number == out[k].number - 1, !Markers.endsSentence(above.text) else { continue }
            out[k].indent = 0
        }
        return out
    }

    /// On any page, however its paragraphs are indented and whether or not a blank stands between: a line that opens
    /// with one full-width space's width right under a lead cut after a padded name's family name (本报讯　记者刘　洋
    /// 通讯员孙 | 　明　近日，…), or a given name of one alone under its family name (——访…院士王 | 　强), is the name's
    /// rest, no paragraph start: the lead reads on through it, and alone it stops before the line's end. (Where
    /// paragraphs are indented by two ASCII or no-break spaces, an indent of two half-widths is a paragraph's own, and
    /// `withoutStrayIndents` cannot tell.)
    static func withoutNameRestIndents(_ lines: [SourceLine]) -> [SourceLine] {
        var out = lines
        for k in out.indices.dropFirst() where out[k].indent == 2 {
            let above = out[k - 1]
            guard out[k].number - above.number <= 2, let f = out[k].text.unicodeScalars.first, CharClass.isHan(f), !Markers.endsSentence(above.text)
            else { continue }
            // (Or a given name of one alone on its line under a family name that ends the line above: …院士王 | 　强.)
            if out[k].text.unicodeScalars.count == 1, let last = above.text.unicodeScalars.last, Surnames.single.contains(last),
                Surnames.looksLikeName(String(scalars: [last, f]))
            {
                out[k].indent = 0
                continue
            }
            guard Markers.opensWithLeadOpening(above.text) else { continue }
            let n = above.text.scalarCount
            guard let alone = Markers.parseLead(above.text, issueDate: nil)?.0, alone.text.unicodeScalars.count < n,
                let joined = Markers.parseLead(above.text + "\u{3000}" + out[k].text, issueDate: nil)?.0, joined.text.unicodeScalars.count > n + 1
            else { continue }
            out[k].indent = 0
        }
        return out
    }

    /// A short note in brackets alone on its line: （2021年1月18日）, （摘编）.
    static func isBracketedNote(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard let first = u.first, let last = u.last, first == "（" && last == "）" || first == "(" && last == ")", u.count <= 20 else { return false }
        return noBracketOrStop(u.dropFirst().dropLast())
    }

    /// The last line of a notice's or an order's stack, its number: （第五号）, 第八十八号. The text comes under it.
    static func isStackNumber(_ text: String) -> Bool {
        if isBracketedNote(text) { return true }
        var u = Array(text.unicodeScalars)
        func numeral(_ s: Unicode.Scalar) -> Bool { ChineseNumber.isSmallHanNumeral(s) || "百千零".unicodeScalars.contains(s) || CharClass.isDigit(s) }
        // (The congress's term in brackets before it: 〔十四届〕第六号, as a standing committee's announcement is numbered.)
        if u.first == "〔" || u.first == "[", let close = u.firstIndex(where: { $0 == "〕" || $0 == "]" }), close >= 2, close <= 6,
            u[1..<close].allSatisfy({ numeral($0) || $0 == "届" })
        {
            u.removeFirst(close + 1)
        }
        guard u.count >= 3, u.count <= 8, u.first == "第", u.last == "号" else { return false }
        return u[1..<(u.count - 1)].allSatisfy(numeral)
    }

    /// No bracket and no full stop among the scalars: the inside of one note in brackets.
    static func noBracketOrStop<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Bool {
        !scalars.contains { $0 == "（" || $0 == "）" || $0 == "(" || $0 == ")" || $0 == "。" }
    }

    /// Headings longer than the column, hard-wrapped like the body. A heading stack is a run of
    /// unindented lines standing right under one another at a heading's place (page top, after a
    /// blank, a finished short paragraph line, a credit or a standalone line) and ending where stacks
    /// end (a blank, a lead, an indent, the page's end), every line heading-shaped — a line that fills
    /// the wrap width may end anywhere, the cut falls where it falls (推动…生态保护和 | 修复…), and a
    /// dashed subtitle may have a comma. In it, a line that fills the width over a shorter line (not
    /// a dashed subtitle) is one heading with its rest: kicker and headline may both be cut. A
    /// headline exactly as wide as the column over a subtitle without a dash reads as one heading:
    /// the rarer case. A rest may start with a particle (…会议上 | 的讲话), a note in brackets under a
    /// title may be cut (（…常 | 务委员会…通过）), a dashed subtitle may fill two lines where the stack
    /// ends under it, and a stack may end over a date in brackets (（2021年1月18日）).
    static func markWrappedHeadings(_ cues: inout [Cue], options: PipelineOptions) {
        guard cues.count > 1 else { return }
        // Chinese at both ends of the cut (a URL or a Latin run cut by the wrap is no headline).
        func isHeadingText(_ s: Unicode.Scalar) -> Bool { CharClass.isHan(s) || "“”《》「」‘’".unicodeScalars.contains(s) }
        func full(_ c: Cue) -> Bool { c.line.columns >= c.wrap - 1 }
        // A note in brackets under a title that the wrap cut: （2021年4月29日第十三届全国人民代表大会常 | 务委员会第二十八次会议通过）.
        // (An author's note at an article's end, （作者单位：…, is none.)
        func opensNote(_ c: Cue) -> Bool {
            full(c) && c.first == "（" && noBracketOrStop(c.line.text.unicodeScalars.dropFirst()) && !Markers.isAuthorNote(c.line.text)
        }
        // (Its rest may fill the line as well: the bracket closes it.)
        func closesNote(_ c: Cue) -> Bool { !c.line.isIndented && c.last == "）" && noBracketOrStop(c.line.text.unicodeScalars.dropLast()) }
        // A line that may stand in a stack at all: no indent, lead, jump, credit or line that stands alone.
        func mayStack(_ c: Cue) -> Bool { !c.line.isIndented && !c.opensBlock && !c.credit && !c.standalone }
        func inStack(_ c: Cue) -> Bool {
            guard mayStack(c) else { return false }
            if opensNote(c) { return true }
            if c.headingShape || Markers.isDash(c.first) && c.headingShapeWithComma { return true }
            return full(c) && Markers.isHeadingShaped(
                c.line.text, columns: c.line.columns, maxColumns: options.maxHeadingColumns, allowComma: Markers.isDash(c.first), cutAtEnd: true)
        }
        // A numbered part ends a stack: 数据安全法 | （…通过） | 目　　录 | 第一章　总　　则.
        func numberedPart(_ c: Cue) -> Bool { ArticleSegmenter.isNumberedPart(c.line.text) }
        // The rest of a full heading line, which may start with a word no heading starts with (…会议上 | 的讲话).
        // (A dashed subtitle's rest may fill the line too, where the stack ends under it: ——国家发展改革委有关负责人就《关 |
        // 于恢复和扩大消费的措施》答记者问 | (blank).)
        func isRest(_ c: Cue, mayFill: Bool = false) -> Bool {
            mayStack(c) && !c.line.centred && (mayFill || !full(c))
                && Markers.isHeadingShaped(c.line.text, columns: c.line.columns, maxColumns: options.maxHeadingColumns, cutAtStart: true)
        }
        func endsStackHere(_ end: Int) -> Bool { end == cues.count || cues[end].gapBefore > 0 || cues[end].opensBlock || cues[end].line.isIndented }
        // The line at `end` reads as no heading alone and stands right over a lead or byline, which confirms the stack over it:
        // there a heading's rest may fill the line too, short by the one column the wrap may leave (…印发《关 | 于进一步加强…的
        // 意见》 | 新华社北京…电; a subtitle that fills the line is a heading alone: 全国总工会部署… | 今年将培训… | 本报讯…).
        func restUnderConfirmed(_ end: Int) -> Bool {
            end + 1 < cues.count && !cues[end].headingShape && cues[end + 1].gapBefore == 0
                && (cues[end + 1].opensBlock && !cues[end + 1].standalone || cues[end + 1].byline) && !Markers.isFurniture(cues[end + 1].line.text)
        }
        // (Or a character or two that the wrap left: 稳定和扩大消费　促进经济持续回升向 | 好.)
        func shortRest(_ c: Cue) -> Bool {
            mayStack(c) && !c.line.centred && c.scalarCount <= 2 && !c.endsSentence && isHeadingText(c.last)
        }
        // The body that issued a document over the date it did, under its title (国家统计局 | 2020年2月28日): no title's rest.
        func issuerOverDate(_ i: Int) -> Bool {
            i + 1 < cues.count && cues[i + 1].gapBefore == 0 && ArticleSegmenter.isIssuerOverDate(cues[i].line.text, cues[i + 1].line.text)
        }
        var k = 0
        while k < cues.count {
            let c = cues[k]
            // A full line ending in 。 may be a wrap inside a paragraph: only a short one finishes it.
            let placed = k == 0 || c.gapBefore > 0 || cues[k - 1].standalone || cues[k - 1].credit
                || cues[k - 1].endsSentence && !full(cues[k - 1])
            guard placed, inStack(c) else {
                k += 1
                continue
            }
            var end = k + 1
            // (A note in brackets, （2021年1月18日）, （第五号）, is a stack's last line: the text may stand flush under it.)
            while end < cues.count, end - k < 2 * options.maxHeadingStack, cues[end].gapBefore == 0, !numberedPart(cues[end]),
                !isBracketedNote(cues[end - 1].line.text),
                inStack(cues[end]) || full(cues[end - 1]) && (isRest(cues[end]) || shortRest(cues[end]))
                    || full(cues[end - 1]) && Markers.isDash(cues[end - 1].first) && endsStackHere(end + 1) && isRest(cues[end], mayFill: true)
                    || full(cues[end - 1]) && restUnderConfirmed(end) && isRest(cues[end], mayFill: true)
                    || opensNote(cues[end - 1]) && closesNote(cues[end])
            {
                end += 1
            }
            // (A speech's date in brackets may stand under its title: …会议上 | 的讲话 | （2021年1月18日）.)
            // (Nor does a text under its author's name: …的讲话（摘要） | （2022年5月10日） | 习近平 | 青年是….)
            // (Nor does a document's under who issued it and when: …统计公报 | 国家统计局 | 2020年2月28日.)
            let closed = endsStackHere(end)
                || isBracketedNote(cues[end].line.text) || isBracketedNote(cues[end - 1].line.text) || numberedPart(cues[end])
                || issuerOverDate(end - 1)
                // (Nor over a byline or its author's posts and name: …第二次会议上 | 国务院总理　李克强.)
                || end < cues.count && cues[end].standalone && (cues[end].byline || isCredentialedLine(cues[end].line.text))
                || end - k >= 3 && ArticleSegmenter.authorNames(cues[end - 1].line.text) != nil
            guard closed, end - k >= 2 else {
                k = end
                continue
            }
            var i = k
            while i + 1 < end {
                let a = cues[i]
                let b = cues[i + 1]
                // The rest is a real end: a heading's own shape (or a character or two of a cut name).
                // (Not a heading set letter-spaced, 公　　告: the cut falls between words, never inside one so spaced.)
                // (Not a line centred over the column: the wrap cut no line that short.)
                let confirmedRest = i + 2 == end && restUnderConfirmed(i + 1)
                let mayFill = Markers.isDash(a.first) && i + 2 == end || confirmedRest
                let rest = (b.headingShape || b.scalarCount <= 2 && !b.endsSentence || isRest(b, mayFill: mayFill))
                    && !Markers.isLetterSpaced(b.line.text) && !b.line.centred
                // A kicker that happens to fill the line ends as kickers end (…会议在京召开时强调).
                // (A kicker ending in its dash, 读者来信反映…充电难——, introduces the headline under it.)
                let kicker = ArticleSegmenter.endsAsKicker(a.line.text)
                // (A dash subtitle may fill two lines when nothing of the stack follows it; a kicker may fill two
                // lines over the rest of the stack: 习近平在…（国家行政学院）中青 | 年干部…发表重要讲话强调 | 信念坚定….)
                // (No headline runs past the longest heading: a full line over a heading as long is a headline
                // the width of the column over its subtitle, 习近平回信勉励…毕业生 | 扎根边疆建功立业　在…无悔青春.)
                // (A note in brackets that closes the stack right under the rest is no more of the stack: a title as long as any
                // heading, and a rest that fills the line too, 在庆祝澳门回归祖国20周年大会暨澳门特 | 别行政区第五届政府就职典礼上的讲话 |
                // （2019年12月20日）.)
                let noteUnder = i + 3 == end && isBracketedNote(cues[i + 2].line.text)
                let fits = (!full(b) || noteUnder)
                    && (a.line.columns + b.line.columns <= (i + 2 < end && !noteUnder ? options.maxWrappedHeadlineColumns : options.maxHeadingColumns)
                        || Markers.isDash(a.first))
                    || Markers.isDash(a.first) && i + 2 == end && (b.headingShape || isRest(b, mayFill: true))
                    || confirmedRest && a.line.columns + b.line.columns <= options.maxHeadingColumns && isRest(b, mayFill: true)
                    || i + 2 < end && ArticleSegmenter.endsAsKicker(b.line.text)
                // (A stack's last line that names who acted, 王沪宁主持并讲话, 李强出席, is a subtitle of its own: no
                // wrap cuts a headline so that its rest opens with a whole name and its verb.)
                let actor = i + 2 == end && opensWithActor(b.line.text)
                // (Nor a stack's last line that is only its author's name, the text under it with no lead: 让每个孩子都能
                // 享有公平而有质量的教育 | 张志勇, not a rest 张志勇 of a headline that filled the line.)
                let author = i + 2 == end && end < cues.count && !cues[end].opensBlock && isAuthorLine(b.line.text, under: a.line.text)
                    || issuerOverDate(i + 1)
                // (A dashed subtitle that fills the line with the post of the one it visits or portrays runs on into
                // the name: ——访全国人大代表、中国科学院院士 | 王　强. Not an author under a subtitle that ends otherwise.)
                if full(a), Markers.isDash(a.first), i + 2 == end, EntityLexicon.endsWithTitle(a.line.text.unicodeScalars),
                    ArticleSegmenter.authorNames(b.line.text)?.count == 1
                {
                    cues[i + 1].continuesHeading = true
                    i += 2
                    continue
                }
                // (A kicker's dash the wrap put on a line of its own goes back to it: …充电难 | —— | 让….)
                // (Or its second dash: …充电难— | —.)
                let dashOnly = b.line.text.unicodeScalars.allSatisfy(Markers.isDash)
                // (A line of full-width characters one short of the width, with no word across into the next line, is
                // no wrap's: the wrap would have taken one more character. 前三季度我国外贸进出口增长较快 | 出口结构持续优化.
                // Not where the wrap may have cut at a blank, which the line then lost or the next one took: a heading
                // whose parts blanks set apart, 全面推进乡村振兴　加快农业农村现代化步伐　| 夯实粮食安全根基, a rest of a character
                // or two, …院士王　| 强, a line that a blank ended in print.)
                let shortByOne = a.line.columns == a.wrap - 1 && !a.line.trailingBlank && b.line.indent == 0 && b.scalarCount > 2
                    && !a.line.text.unicodeScalars.contains(where: { $0.isASCII || CharClass.isSpace($0) })
                    && !Words.bridges(a.line.text, b.line.text)
                // (A narrow wrap may cut one heading twice: two full lines over its rest, 习近平在中央党校（国家行政学院）中 |
                // 青年干部培训班开班式上发表重要讲话 | 强调, as long as a kicker over more of the stack, else any heading.)
                if i + 2 < end, full(a), full(b), !kicker, !ArticleSegmenter.endsAsKicker(b.line.text), isRest(cues[i + 2]) || cues[i + 2].headingShape,
                    isHeadingText(a.first), isHeadingText(a.last), isHeadingText(b.first), isHeadingText(b.last), isHeadingText(cues[i + 2].last),
                    !Markers.isDash(b.first), !Markers.isDash(cues[i + 2].first)
                {
                    let c = cues[i + 2]
                    let total = a.line.columns + b.line.columns + c.line.columns
                    if i + 3 < end ? ArticleSegmenter.endsAsKicker(c.line.text) && total <= options.maxHeadingColumns : total <= options.maxHeadingColumns {
                        cues[i + 1].continuesHeading = true
                        cues[i + 2].continuesHeading = true
                        cues[i].headingShape = true
                        cues[i].headingShapeWithComma = true
                        i += 3
                        continue
                    }
                }
                if opensNote(a) && closesNote(b) || full(a) && dashOnly && (Markers.isDash(a.last) || !kicker && isHeadingText(a.last))
                    || full(a) && fits && rest && !kicker && !actor && !author && !shortByOne && !Markers.isDash(b.first)
                        && (isHeadingText(a.first) || Markers.isDash(a.first) || Markers.leadBullets.contains(a.first))
                        && (isHeadingText(b.last) || endsInFigure(b.line.text) || Markers.isDash(b.last) || b.last == "）" && (a.line.text.hasText("（") || b.line.text.hasText("（"))
                            || endsInNoteMark(b.line.text))
                {
                    cues[i + 1].continuesHeading = true
                    cues[i].headingShape = true
                    cues[i].headingShapeWithComma = true
                    i += 2
                } else {
                    i += 1
                }
            }
            k = end
        }
    }

    static func cue(_ line: SourceLine, options: PipelineOptions) -> Cue {
        let t = line.text
        let count = t.scalarCount
        // A place's name and a colon alone on the line (河北邯郸：) is a brief's kicker: a heading, no sentence's end.
        let placeLabel = count <= 9 && Markers.isPlaceLabel(t)
        let ends = Markers.endsSentence(t) && !placeLabel
        let jumpTo = Markers.parseJumpTo(t)
        let standaloneJump = jumpTo.map { $0.markerLength == count } ?? false
        let furniture = LayoutDetector.LineFacts.isFurniture(line) || Markers.isSeparator(t)
        let note = Markers.parseDatelineNote(t, issueDate: nil) != nil
        let parsedLead = Markers.parseLead(t, issueDate: nil)
        let lead = parsedLead != nil
        // A foreign report's title after its lead (【路透社北京12月3日电】题：中国电动汽车出口势头强劲) ends where it ends, no
        // sentence's mark after it: the report's text opens under it.
        let reportTitle = parsedLead.map { Markers.isReportTitle(t.unicodeScalars.dropFirst($0.bodyStart)) } ?? false
        let commentaryByline = Markers.isCommentaryByline(t)
        // A byline opens with a role (本报记者　赵刚). A lead's source or dateline (据新华社日内瓦11月9日电,
        // 本报广州1月18日电（记者陈静）, 本报讯（记者X）) alone on its line is no byline: its text may follow a break.
        let byline = (parsedLead.map { $0.bodyStart >= count } ?? false)
            && Markers.role(Array(t.unicodeScalars.prefix(16)), at: Markers.leadPrefixLength(t)) != nil
        let jumpFrom = Markers.parseJumpFrom(t) != nil
        let credit = Markers.parseCredit(t) != nil
        let first = t.unicodeScalars.first!
        let last = t.unicodeScalars.last!
        // The date a text was written or signed, alone or with its place (2019年12月于北京, 2023年3月12日, 写于2019年冬), ends the
        // text as a full stop does.
        let writtenOn = count <= 18 && Markers.opensWritingDate(first) && Markers.isWritingDate(t)
        // The day of a diary's entry (2月1日　晴, 2月2日　星期日) is a line of its own over the entry's text: it ends there, and
        // heads no piece.
        let diaryDate = count <= 20 && (CharClass.isDigit(first) || ChineseNumber.isNumeral(first)) && Markers.isDiaryDate(t)
        let box = count <= 8 && Markers.isBoxLabel(t)
        // A place's label behind a list's mark (■山西太原) heads a brief of a column of them: it ends its line, as a box's label does.
        let markedPlace = count <= 10 && Markers.leadBullets.contains(first) && Markers.isPlaceOnlyLabel(ArticleSegmenter.withoutBullet(t))
        // An author's posts and name on a line of their own (全国政协委员、北京师范大学教授　周作宇): no heading, and a line
        // of its own.
        let credentialed = count <= 48 && isCredentialedLine(t)
        // A document's title (关于召开…股东大会的通知) is a line of its own, whatever fills the line.
        let documentTitle = !ends && Markers.isDocumentTitleLine(t)
        // A pointer to another page (（详见第二版）, 相关报道见第三版) ends its text, as a jump marker does: no heading.
        // (见 or 请看 searched for first: a byte search, where most short lines end in 。.)
        let crossReference = count <= 26 && (last == "）" || last == ")" || last == "版" || last == "。") && (t.hasText("见") || t.hasText("请看"))
            && Markers.isCrossReference(t)
        // (Nor a caption's first line, 图为… or 图②：…, however the wrap cut it: no headline opens so.)
        let plain = !lead && !diaryDate && !jumpFrom && !standaloneJump && !furniture && !credit && !box && !(ends && Markers.endsInPageReference(t)) && !credentialed
            && !crossReference
            && !(first == "图" && (t.startsWithText("图为") || ArticleSegmenter.opensNumberedCaption(t)))
        // A headline may end in ！ or ？ (这样的青春值得吗？, 冰雪季来了！ — a deed done, a verb and 了): like one with a comma,
        // it needs a lead to confirm it. (Not a letter's closing wish: 祝你们毕业顺利、前程似锦！)
        let exclaimed = (last == "！" || last == "？") && count > 2 && !Markers.isClosingWish(t)
            && Markers.isHeadingShaped(String(t.unicodeScalars.dropLast()), maxColumns: options.maxHeadingColumns, allowComma: true, wordEnd: true)
        // A letter-spaced heading (坚 定 不 移 …) is measured as its words.
        let unspaced = Markers.withoutLetterSpacing(t)
        // (A headline or kicker of phrases set apart by ideographic spaces, 中国共产党的优秀党员　我国水利事业的杰出领导者, may
        // run wider than one phrase would: `Markers.isSpacedTitle`.)
        let maxColumns = plain && !exclaimed && Markers.isSpacedTitle(t) ? options.maxSpacedTitleColumns : options.maxHeadingColumns
        let headingWithComma = plain
            && (exclaimed
                || Markers.isHeadingShaped(unspaced, columns: unspaced == t ? line.columns : nil, maxColumns: maxColumns, allowComma: true))
        let heading = headingWithComma && !exclaimed && Markers.innerPunctuationCount(t).commas == 0 || placeLabel
        // (One comma as a headline may hold, confirmed the same way: 人工智能进课堂，如何用好用对 | ——访… | 光明日报记者….)
        let wordEnd = plain && !headingWithComma && Markers.cannotEndHeading(last) && unspaced == t
            && Markers.isHeadingShaped(t, columns: line.columns, maxColumns: options.maxHeadingColumns, allowComma: true, wordEnd: true)
        // A dateline note that the wrap cut before its closing bracket (（本报内罗毕、里约热内卢2月20日电 | ）) opens a
        // block like a whole one; the bracket's rest closes it.
        let cutNote = !note && (first == "（" || first == "(") && (last == "电" || last == "讯")
            && Markers.parseDatelineNote(t + "）", issueDate: nil) != nil
        // An author's name behind its mark (□　刘晓梅, 文/李明) is a byline line: no break runs into it or on from it.
        let markedAuthor = count <= 24 && Markers.authorMark(t) != nil && ArticleSegmenter.authorNames(t) != nil
        // A headline and its byline on one line (推动冬季文旅消费升温　本报记者　王　珂) open a piece: nothing runs into them or
        // on from them (the classifier makes them two blocks). (A headline of up to about 30 characters, a byline of as many.)
        let bylineAt = lead || count < 8 || count > 64 || line.isIndented
            ? nil : Markers.headlineBylineSplit(t, maxColumns: options.maxHeadingColumns).map(UInt8.init)
        let headlineByline = bylineAt != nil
        return Cue(
            line: line, endsSentence: ends || jumpTo != nil || note || box || crossReference || markedPlace || writtenOn || diaryDate,
            opensBlock: lead || jumpFrom || standaloneJump || note || cutNote || furniture || headlineByline || Markers.isEditorsNote(t),
            // (A credit in brackets, （新华社记者　李学仁摄）, stands alone as a foot byline in brackets does.)
            standalone: furniture || standaloneJump || note || byline || commentaryByline || markedAuthor || credentialed || headlineByline
                || documentTitle || count <= 7 && isToBeContinued(t)
                || Markers.parseFootByline(t) != nil
                || credit && (first == "（" || first == "(") && (last == "）" || last == ")"),
            credit: credit,
            headingShape: heading, headingShapeWithComma: headingWithComma || placeLabel, first: first, last: last, scalarCount: count,
            sentenceOpener: headingWithComma && Markers.opensSentence(t), byline: byline && !commentaryByline,
            leadOnly: !byline && (parsedLead.map { $0.bodyStart >= count } ?? false), box: box,
            indexLabel: count <= 8 && ArticleSegmenter.isIndexLabel(t), wordEndHeading: wordEnd,
            endsInJump: jumpTo != nil, salutation: (last == "：" || last == ":" || last == "！") && Markers.isSalutation(t), reportTitle: reportTitle,
            bylineAt: bylineAt, placeRow: Markers.isPlaceRow(t), nameRow: Markers.isNameListLine(t), writtenOn: writtenOn)
    }

    /// Whether line `next` continues the unit made of `unitCues`.
    static func continues(
        unitCues: [Int], previous: [Int]?, next k: Int, gap: Int, cues: [Cue], layout: LayoutDetector.Result,
        habits: PageHabits, options: PipelineOptions, unitText: String
    ) -> Bool {
        let a = cues[unitCues.last!]
        let b = cues[k]
        // A running head longer than the column: 人民日报　2021年3月8日　星期一　第5 | 版.
        if b.runningHeadRest, unitCues.count == 1 { return true }
        // A bracketed credit cut after its bracket: 宣传防控知识。（ | 新华社记者 张三 摄） (the rest
        // opens with a role, like a byline); a credit whose agency went to the next line (龙　巍摄 | （人民视觉）); a jump marker
        // that the wrap cut inside its page's number (…防范旱涝灾害。转第 | 4版), whose rest reads as a page's number alone.
        if b.credit || b.scalarCount <= 5 && (a.last == "第" || CharClass.isDigit(a.last)), !a.standalone, splitsMarker(a.line.text, b.line.text) {
            return true
        }
        // A running head that the wrap cut and that has taken its rest is whole: nothing runs on from it
        // across a blank (人民日报　2021年1月20日　星期三　第2 | 版 | (blank) | 坚定不移推动高质量发展).
        if gap > 0, layout.layout == .hardWrapped, unitCues.count == 2, a.scalarCount <= 6, Markers.isFurniture(unitText) { return false }
        if a.tableRow || b.tableRow || a.verse || b.verse { return false }
        // An interview's turn right under a dashed subtitle (——全国工商联负责人答记者问 | 问：…) opens the text: the subtitle
        // is whole, whatever word it ends in.
        // (So does one right under a box's title, whatever word reads across the two: 普法问答 | 问：…, 答问.)
        if b.turn, unitCues.count == 1, Markers.opensWithDash(a.line.text) || a.headingShape && !a.turn { return false }
        // A quotation's speaker and his verb alone after the quotation, as their own sentence (“外贸稳中有进，展现出较强韧性。” |
        // (blank) | 海关总署统计分析司司长吕大良说。): no paragraph opens so; a break fell after the closing quote.
        if a.last == "”", !a.standalone, !a.credit, !b.opensBlock, !b.standalone, !b.credit, !b.line.isIndented || !a.line.isIndented,
            isSpeakerTail(b.line.text)
        {
            return true
        }
        // An ellipsis or a dash that a break or wrap cut between its two halves (改衣服… | …这些“小修小补”…, 从北京— | —上海):
        // one mark, so one paragraph.
        if splitsPairedMark(a.line.text, b.line.text), !a.standalone, !a.credit, !b.opensBlock, !b.standalone { return true }
        // A row of a list of names short of any wrap's width ends where it ends: the line under it is the next row
        // (委　员　丁仲礼　…　王　松 | 　　　　　　王小平　王友德…) or a heading of the list (缺席人员). Joined, the names at the cut
        // ran together (王　松王小平).
        // (So does a row of places, 北京市海淀区　天津市河西区　河北省石家庄市, and no such row is the rest of the line above it,
        // 附：第二批…实验区名单.)
        // (A row whose last name the wrap left a blank behind, …许　涛　 | 李培生…, came to the width: the blank counts.)
        if a.line.columns + (a.line.trailingBlank ? 1 : 0) < a.wrap - options.wrapTolerance, a.placeRow || a.nameRow {
            return false
        }
        if b.placeRow, b.line.columns < b.wrap - options.wrapTolerance { return false }
        // So does an item of a list of people, each a name set apart from its particulars in brackets (张富清　（男，汉族，…
        // 离休干部） | 申纪兰　（女，…）): the bracket closed, the next name opens the next item, and the item is whole (…副书记） |
        // 希望受到表彰的同志…).
        if a.last == "）" || a.last == ")",
            opensNameAndParticulars(b.line.text) || opensNameAndParticulars(unitText) && !leavesBracketOpen(unitText)
        {
            return false
        }
        // A numbered caption (图②：…) opens its line: no wrap or break leaves one inside a sentence, and the caption above
        // may end in its credit, which ends no sentence (…候车。　新华社记者　李　博摄 | 图②：…). (With its colon: a wrap may
        // leave 图①所示 at a line's start.)
        if b.first == "图", ArticleSegmenter.opensNumberedCaption(b.line.text) { return false }
        // So does an index box's item, its page before its title (3版　高校毕业生就业服务…).
        if Markers.isIndexItem(b.line.text) { return false }
        // A pen name right under its headline (月光下的小院 | 刘晓梅 | 小时候，…) is the author, not a paragraph's start
        // that a break cut before a word that cannot open a sentence.
        // (In hard wraps only a name and its mark, under a headline short of the column, whose rest no wrap left: 北方的雪 |
        // 刘家科 | 小时候，…; not a byline the wrap cut before its last name, 本报驻德国记者　张　明　本报记者 | 孙　光.)
        if unitCues.count == 1, let p = previous?.last, unitCues[0] == p + 1, cues[p].headingShape, !cues[p].line.isIndented,
            layout.layout != .hardWrapped || cues[p].line.columns < cues[p].wrap - options.wrapTolerance && a.scalarCount <= 6,
            !a.line.isIndented, isAuthorLine(a.line.text, under: cues[p].line.text, wrapped: false)
        {
            return false
        }
        // (So is a padded name right under a flush title, indented text right under it, on an indented page or in hard wraps:
        // 老屋 | 王　晖 | 　　老屋在村子的东头，…, a title under verse, which nothing confirms as a heading, had run into its author.
        // Not a title that ends in a post, before the name of the one it names: ——访全国人大代表、中国科学院院士 | 王　强.)
        if layout.layout != .blankLineBreaks, unitCues.count == 1, gap == 0, a.headingShape, !a.line.isIndented, !b.line.isIndented,
            !endsBeforeName(a.line.text),
            isPaddedName(b.line.text), k + 1 < cues.count, cues[k + 1].gapBefore <= 1, cues[k + 1].line.isIndented,
            ArticleSegmenter.authorNames(b.line.text) != nil
        {
            return false
        }
        // A blank after every paragraph and breaks as plain line ends: a line right under another is the rest of a
        // cut paragraph, unless it opens a block, stands alone or opens an article. (Under a heading-shaped line only
        // where the break shows: a word across it, or a line that cannot open a sentence. A headline may stand right
        // over its text.)
        if habits.breaksAreTight, gap == 0, !a.standalone, !a.credit, !b.opensBlock, !b.standalone, !b.credit,
            !a.headingShapeWithComma
                || !b.headingShapeWithComma
                    && (Words.bridges(a.line.text, b.line.text) || startsMidSentence(b.line.text) || Markers.opensWithParticle(b.line.text)),
            !startsArticle(k, cues: cues, options: options)
        {
            return true
        }
        // An editor's note's label alone on its line (编者按：, 【编者按】) runs on into the note, whatever stands between.
        if unitCues.count == 1, a.scalarCount <= 7, a.last == "：" || a.last == ":" || a.last == "】" || Markers.isEditorsNoteLabel(a.line.text),
            Markers.isEditorsNote(a.line.text),
            !b.opensBlock, !b.standalone, !b.credit
        {
            return true
        }
        // Any other label in lenticular brackets alone on its line (【专家提醒】) is a paragraph of its own, as an indented
        // page sets it: the line under it does not run on from it.
        if unitCues.count == 1, ArticleSegmenter.isBracketedLabel(a.line.text) { return false }
        // A document's title set letter-spaced (更　　正, 公　　告) continues nothing, whatever stands above it.
        if b.scalarCount <= 8, Markers.isDocumentTitle(b.line.text) { return false }
        // A byline's last name cut by the wrap takes its rest and nothing else.
        if b.continuesByline { return true }
        if a.continuesByline { return false }
        // A bracket that a break left open and the next line closes: …位置。（本报记者 | 刘　毅）,
        // 本报北京6月1日电（ | 记者陈立新、赵　阳）眼下… (the rest may read as a byline or a lead of its own).
        // (A colon inside the open bracket ends nothing: …期刊上。（作者： | 刘　强，系…研究员）.)
        if !a.endsSentence || a.last == "：" || a.last == ":", closesBracket(b.line.text), !a.standalone || a.byline, leavesBracketOpen(a.line.text),
            !Markers.isFurniture(b.line.text)
        {
            return true
        }
        // (So does an author's note that a break cut right after its opening, however long its rest runs to the bracket
        // that closes it: （作者： | 王晓明，系中国社会科学院世界经济与政治研究所研究员）.)
        if a.scalarCount <= 8, a.last == "：" || a.last == ":" || a.last == "系" || a.last == "为", Markers.isAuthorNote(a.line.text),
            b.last == "）" || b.last == ")", !b.line.text.unicodeScalars.contains(where: { $0 == "（" || $0 == "(" })
        {
            return true
        }
        // A lead whose reporters the break cut inside or before a role word (解放军报北京5月9日电　记者邹维荣、特约 |
        // 通讯员王　俊报道：近日…): the role's rest opens no byline of its own.
        if !a.endsSentence, Markers.cutsRole(a.line.text, b.line.text), let (_, bodyStart) = Markers.parseLead(unitText, issueDate: nil),
            unitText.unicodeScalars.count - bodyStart <= 5
        {
            return true
        }
        // A lead that a break cut right after its role word, the name on the next line (●本报讯　记者　 | 张　晨　11月18日，…):
        // the lead read alone has no reporters, the two together have.
        if unitCues.count == 1, !a.endsSentence, Markers.endsInRole(a.line.text), let (alone, _) = Markers.parseLead(unitText, issueDate: nil),
            alone.reporters.isEmpty, let (lead, _) = Markers.parseLead(unitText + b.line.text.trimmedSpace, issueDate: nil), !lead.reporters.isEmpty
        {
            return true
        }
        // A list of labels and their numbers (市民热线：12345 | 供热企业服务热线：96069): an item a line.
        if CharClass.isDigit(a.last), CharClass.isDigit(b.last), !CharClass.isDigit(b.first), Markers.endsInLabelledNumber(a.line.text),
            Markers.endsInLabelledNumber(b.line.text)
        {
            return false
        }
        // So is a line of contacts (中国建筑集团有限公司 | 地址：北京市海淀区三里河路15号 | 电话：010-88082888), which ends in its
        // number, address or site (…010-88082888 | (blank) | 遗失声明). (Not under a full line, nor across a blank: a wrap or a
        // break may cut a sentence before its site, …查看详情请登录 | 网址：http://…, and a site inside its figures.)
        let underShortLine = a.line.columns < a.wrap - options.wrapTolerance
        if underShortLine, gap == 0, b.scalarCount <= 40, Markers.contactLabels.opens(b.line.text), !a.line.text.endsWithText("联系") { return false }
        if underShortLine, unitCues.count == 1, a.scalarCount <= 40, CharClass.isASCIIDigit(a.last) || CharClass.isASCIILetter(a.last) || a.last == "号",
            Markers.contactLabels.opens(a.line.text)
        {
            return false
        }
        let wrapWidth = a.wrap
        let aFull = a.line.columns >= wrapWidth - options.wrapTolerance
        // (Hard wraps, the next line right under a line that fills the column.)
        let underFullLine = layout.layout == .hardWrapped && gap == 0 && aFull
        // A brief's credit that the wrap put on a line of its own, under a full line that ends the text
        // (…发布了一批健康科普优秀作品。 | （张　毅））: the credit closes that paragraph, as it was printed. So does a
        // translator's (…仍在抑制企业投资。 | （编译/刘　洋）).
        if underFullLine, a.endsSentence, !a.standalone, !a.credit, !a.opensBlock, !b.line.isIndented, b.scalarCount <= 12,
            Markers.parseFootByline(b.line.text) != nil || Markers.isTranslatorNote(b.line.text)
        {
            return true
        }
        // A wrap that left a number alone on its line (…已解除医学观察 | 2725 | 人，…): no page number.
        if underFullLine, !a.endsSentence, !a.standalone, b.line.text.unicodeScalars.allSatisfy(CharClass.isDigit) {
            return true
        }
        // (A number that a wrap left alone and that was taken back into its paragraph stands alone no more.)
        let aStandalone = a.standalone && !(unitCues.count > 1 && a.line.text.unicodeScalars.allSatisfy(CharClass.isDigit))
        // A foot byline or an agency's end mark that the wrap put at the start of a line under a full one: the
        // paragraph's end (…摆在压倒性位置。 | （本报记者　刘　毅）, …第563次飞行。 | （完）). So is an agency's note where
        // paragraphs are indented, as one of its own would be (…钻探能力。 | （据新华社电）).
        if underFullLine, !a.standalone, !a.credit, !b.line.isIndented,
            Markers.parseFootByline(b.line.text, bareNames: false) != nil
                || isEndMark(b) || habits.indents && isAgencyNote(b)
        {
            return true
        }
        // A story's title as a digest gives it (【…网站11月19日报道】题：美联储官员…分歧加大) takes the byline that a break put
        // under it, however far: （记者尼克·蒂米劳斯） closes the title's line, not the article.
        if !a.endsSentence, !a.standalone, !a.credit, b.first == "（" || b.first == "(", let title = unitText.range(of: "题："),
            Markers.agencyTitle(String(unitText[title.lowerBound...])) != nil, Markers.parseFootByline(b.line.text, bareNames: false) != nil
        {
            return true
        }
        // Paragraphs indented: an unindented foot byline under one, right under it or a blank further, is its end that a
        // column break pushed down (…共设10个比赛项目。 | （本报记者　刘硕阳）); one the page sets as a paragraph of its own
        // is indented.
        // (So is an agency's note or end mark: …尽快实现停火。 | (blank) | （据新华社电）, …（完）; a dateline note with its
        // place and date, （本报开罗5月11日电）, stands at the foot on its own.)
        if layout.layout == .indented, !a.standalone, !a.credit, cues[unitCues[0]].line.isIndented, !b.line.isIndented,
            Markers.parseFootByline(b.line.text, bareNames: false) != nil || isEndMark(b) || isAgencyNote(b)
        {
            return true
        }
        // A jump marker ends the article's text on this page: what stands after it (an index box under a
        // blank, 今日导读 | ■…) is no column break's rest.
        // (The wrap may have cut the marker: …问题。（下转 | 第3版）, or left its bracket open: …（下转第二版 | ）.)
        if !a.standalone, a.endsInJump && !leavesBracketOpen(a.line.text)
            || unitCues.count > 1 && (a.last == "）" || a.last == ")") && Markers.parseJumpTo(unitText) != nil
        {
            return false
        }
        // A signature under a letter or notice (某市读者　李　红) ends its text: what follows a blank is a new paragraph;
        // and it is no part of the sentence it stands under.
        if unitCues.count == 1 && a.signOff || b.signOff { return false }
        // (So does a quotation's source that the wrap cut, once whole.)
        if cues[unitCues[0]].attribution, !b.attributionRest, Markers.isQuoteAttribution(unitText) { return false }
        // A short note in brackets alone on its line over a blank (（2022年5月10日） under a speech's title) ends there.
        if gap > 0, unitCues.count == 1, isBracketedNote(a.line.text) { return false }
        // (And so does one the wrap cut, once closed: …任免名单 | （2019年12月16日…代表大 | 会常务委员会第十五次会议通过） | (blank) |
        // 一、任命….)
        if gap > 0, unitCues.count > 1, a.last == "）", unitText.first == "（", unitText.unicodeScalars.count <= 80,
            noBracketOrStop(unitText.unicodeScalars.dropFirst().dropLast())
        {
            return false
        }
        // (Right over the next line, too, unless a wrap may have cut it: 第七届全国道德模范名单 | （共58名，按姓氏笔画排序） |
        // 全国助人为乐模范（11名）. Not a part's number alone, （一）, nor a jump's marker over its text, （上接第一版）.)
        if gap == 0, layout.layout != .hardWrapped, unitCues.count == 1, !a.opensBlock, isBracketedNote(a.line.text), !opensNumberedPart(a.line.text) {
            return false
        }
        // One paragraph a line: a line of names is a paragraph of its own, and so is the line over it (全国助人为乐模范（11名） |
        // 王　忠　马旭东　…). In any layout, a group's label with its count (全国助人为乐模范（11名）) runs into no names under
        // it, however far.
        if gap == 0, layout.layout == .blankLineBreaks, unitCues.count == 1,
            a.nameRow || b.nameRow
        {
            return false
        }
        if unitCues.count == 1, a.last == "）", endsInGroupCount(a.line.text), b.nameRow { return false }
        // A salutation (中国石油大学（北京）克拉玛依校区的同学们：) is a paragraph of its own, however it stands.
        // (Unless a hard wrap cut the salutation: 中国石油大学（北京）克拉玛依校区的 | 同学们：.)
        if unitCues.count == 1 && a.salutation
            || b.salutation && !(underFullLine && !a.endsSentence && !a.standalone && !a.opensBlock && !a.credit && !b.line.isIndented)
        {
            return false
        }
        // So is the date an essay was written, with its place, at the essay's foot (…读书的好处吧。 | 2019年12月于北京 | (blank) |
        // 雪落乡村（组诗）): the text is over, and a title under it heads the next piece.
        if unitCues.count == 1, a.writtenOn, gap > 0 || b.headingShape || b.opensBlock || b.standalone { return false }
        // So is each line of an address set a line to each of its hearers (尊敬的各位来宾， | 亲爱的澳门同胞， | 同志们，朋友们：):
        // the comma ends the line, not a sentence that a break cut.
        // (The line under first: the unit may be a long paragraph.)
        if a.last == "，" || a.last == ",", b.last == "，" || b.last == "：" || b.last == "," || b.last == ":",
            Markers.isAddressLine(b.line.text), Markers.isAddressLine(unitText)
        {
            return false
        }
        // So is a translated report's lead and original title (【路透社北京12月3日电】题：中国电动汽车出口势头强劲): no
        // sentence's mark ends it, and the report's text opens under it.
        if cues[unitCues[0]].reportTitle, !underFullLine { return false }
        // An author's note, once closed, ends its article's text (（作者单位：… | ） | (blank) | the next headline).
        if Markers.isAuthorNote(unitText), a.last == "）" || a.last == ")" { return false }
        // So does an author's byline with the post in brackets, once closed (作者：李　明（中国社会科学院文学研究所 | 研究员）):
        // the text starts under it.
        if a.last == "）" || a.last == ")", unitText.utf8.count <= 150, Markers.authorMark(unitText) != nil,
            ArticleSegmenter.authorNames(unitText) != nil
        {
            return false
        }
        // An interview's speaker, his posts and name, that a break parted from his colon (…呼吸科主任　李　明 | ：首先要…):
        // the turn's rest, though the speaker's line alone reads as an author's.
        if unitCues.count == 1, b.first == "：" || b.first == ":", !b.opensBlock, isCredentialedLine(a.line.text) { return true }
        // A dateline alone over its reporters in brackets, which a break parted from the text they open (本报沈阳11月24日电 |
        // （记者胡婧怡） | (blank) | 辽宁省24日启动…): the bracket closes the lead, as a foot byline alone would close the text
        // above; the text runs on under the break. (It had gone as a brief of its own, the lead to the piece above.)
        // (The dateline takes the bracket first, though the bracket alone reads as a foot byline: the text under it opens no
        // piece.)
        if unitCues.count == 1, a.leadOnly, b.first == "（" || b.first == "(", k + 1 < cues.count, case let n = cues[k + 1],
            !n.line.isIndented || layout.layout == .blankLineBreaks, !n.opensBlock, !n.standalone, !n.credit, !n.headingShapeWithComma,
            let (alone, _) = Markers.parseLead(a.line.text, issueDate: nil), alone.reporters.isEmpty, alone.dateline != nil,
            Markers.parseFootByline(b.line.text) != nil, let (lead, bodyStart) = Markers.parseLead(unitText + b.line.text, issueDate: nil),
            bodyStart >= unitText.unicodeScalars.count + b.scalarCount, !lead.reporters.isEmpty
        {
            return true
        }
        if unitCues.count == 2, cues[unitCues[0]].leadOnly, a.last == "）" || a.last == ")", !b.line.isIndented, !b.opensBlock, !b.standalone,
            !b.credit, let (lead, bodyStart) = Markers.parseLead(unitText, issueDate: nil), bodyStart >= unitText.unicodeScalars.count,
            !lead.reporters.isEmpty, !startsArticle(k, cues: cues, options: options)
        {
            return true
        }
        if b.opensBlock || aStandalone || b.standalone || a.credit || b.box || b.indexLabel { return false }
        // The next item of a numbered list (1．苏炳添（广东）　10秒01 | 2．谢震业…) is no rest of the item above that a
        // break cut: its rest never opens with the next number. (Unless the items run in, one after another in a
        // paragraph, where a break may fall right before one.)
        // (Asked only of a line that opens with a numeral or a bracket: the test reads both lines.)
        if ChineseNumber.isNumeral(b.first) || b.first == "（" || b.first == "(",
            let (next, m) = numbering(b.line.text), let (form, n) = numbering(cues[unitCues[0]].line.text), next == form, m == n + 1,
            !continuesRunInSeries(unitCues[0], cues: cues)
        {
            return false
        }
        // A bulleted item (■ 稳住农业基本盘　第10版, ● 本报讯…) starts its own paragraph.
        if Markers.leadBullets.contains(b.first), b.scalarCount > 3 { return false }
        // Two short flush heading-shaped lines after a blank, right over an indented paragraph, are a
        // heading stack (读者来信 | 小区停车难何时解决 | 　　编辑同志：), not the rest of a line the break cut
        // (such a rest runs to its paragraph's end, and the next paragraph is indented). A list item
        // above without a sentence end (张晓燕　北京大学研究员) had taken them in.
        if layout.layout != .blankLineBreaks, gap > 0, !a.endsSentence, !b.line.isIndented, b.headingShape, k + 2 < cues.count {
            let next = cues[k + 1]
            let after = cues[k + 2]
            if b.line.columns < b.wrap - options.wrapTolerance, next.gapBefore == 0, !next.line.isIndented, next.headingShapeWithComma,
                next.line.columns < next.wrap - options.wrapTolerance, after.gapBefore == 0, after.line.isIndented
            {
                return false
            }
        }
        // A lead whose dateline (and reporters) fill the line, its text after a break: 本报北京10月13日电
        // （记者刘志强） | 住房和城乡建设部近日…
        // (Not where its last name stands bare at the line's end and the line below is indented, a paragraph's start:
        // 新华社北京2月4日电　记者王五 | 　　今年以来…, the name ends with the line.)
        if a.leadOnly, unitCues.count == 1, !startsArticle(k, cues: cues, options: options) {
            if b.line.isIndented, CharClass.isHan(a.last), let lead = Markers.parseLead(a.line.text, issueDate: nil),
                lead.0.reporters.last?.unicodeScalars.last == a.last
            {
                return false
            }
            return true
        }
        // A number cut by a break: 国家统计局1 | 5日发布数据…
        if gap > 0, CharClass.isDigit(a.last), CharClass.isDigit(b.first) { return true }
        // A figure cut from its unit (本赛季CBA常规赛将于4 | 月初结束，…, …同比增长12 | %): no heading ends in a bare figure.
        if gap > 0, CharClass.isDigit(a.last), Self.cutUnits.contains(b.first), !a.standalone, !a.credit, !b.opensBlock, !b.standalone {
            return true
        }
        // A date cut between its month and day: 本报3月 | 11日第6版…
        if gap > 0, a.last == "月", a.scalarCount >= 2, CharClass.isDigit(a.line.text.unicodeScalars.dropLast().last!), opensWithDay(b.line.text) {
            return true
        }
        // An ordinal cut from its measure: …常务委员会第二十九 | 次会议于….
        if Self.measures.contains(b.first), endsInOrdinal(a.line.text) { return true }
        // A wrapped heading takes its own rest and nothing else.
        if b.continuesHeading { return true }
        if a.continuesHeading { return false }
        // A letter-spaced line (书　　讯, 坚 定 不 移) is a heading's, never the rest of a paragraph.
        if b.scalarCount >= 4, b.scalarCount <= 16, Markers.isLetterSpaced(b.line.text) { return false }
        // A list's label (体育道德风尚奖运动员（5名）：) under the items of the list before it, set apart by spaces with no
        // sentence's mark (北京市代表团　天津市代表团　…): the next list, not the rest of that one.
        if b.last == "：" || b.last == ":", b.scalarCount <= 24, !b.line.text.unicodeScalars.contains(where: CharClass.isSpace),
            Markers.isSpacedItems(a.line.text)
        {
            return false
        }
        // Under verse (three or more lines, short, no sentence end; set as indented paragraphs on an indented
        // page, short of the wrap in hard wraps), a short line is the next stanza or poem (还是温的 | 夜读),
        // not the rest of a line a break cut.
        if unitCues.count == 1, k >= 3, b.headingShape, !b.line.isIndented || layout.layout != .indented,
            (k - 3..<k).allSatisfy({ isVerse(cues[$0], layout: layout, options: options) })
        {
            return false
        }
        // A jump marker or photo credit that a wrap or break cut in two.
        if splitsMarker(a.line.text, b.line.text) { return true }
        // A line that ends in 、 ends no paragraph and no heading: the line right under it is its rest, whatever it looks like
        // (a headline's list that the copy wrapped, 听取全国人大常委会、国务院、全国政协、最高人民法院、 | 最高人民检察院党组工作
        // 汇报　听取中央书记处工作报告, on a page that sets a blank after every paragraph). (Not an indented line under it
        // where indents open paragraphs.)
        if a.last == "、", gap == 0, !a.standalone, !a.credit, !b.opensBlock, !b.standalone, !b.credit,
            !b.line.isIndented || layout.layout == .blankLineBreaks
        {
            return true
        }
        let bStartsArticle = startsArticle(k, cues: cues, options: options)
        // A paragraph's first line may be short by the indent that PDF-to-text dropped (two full-width spaces).
        let aFullUnlessIndent = aFull || unitCues.count == 1 && !a.line.isIndented && a.line.columns >= wrapWidth - options.wrapTolerance - options.droppedIndentColumns
        // A paragraph's line that a break cut inside a word or a date (《长城的故事》，张　敏著，人 | (blank) |
        // 民教育出版社2025年10月出版 one paragraph a line, …人民教 | 育出版社… or …出版社20 | 25年… unindented on an indented
        // page) runs on into its rest, though that rest is heading-shaped: the stack a blank under it (诗路 |
        // 冬日小令（外二首） | □刘　川) confirms no headline over that blank. (On an indented page, where a break leaves its
        // rest unindented, also without a word across where the stack's lines stand closer to each other than to the rest:
        // …人民教育出版社 | 2025年10月出版; and so in hard wraps under a line that fills the column, or would with its indent.)
        if layout.layout == .blankLineBreaks && gap > 0 || layout.layout == .indented && !b.line.isIndented
            || layout.layout == .hardWrapped && aFullUnlessIndent && !b.line.isIndented,
            !a.endsSentence, !a.headingShapeWithComma, !a.opensBlock, !a.standalone, !a.credit, !b.opensBlock, !b.standalone, !b.credit,
            k + 1 == cues.count || cues[k + 1].gapBefore > 0,
            CharClass.isHan(a.last) && (Words.bridges(a.line.text, b.line.text) || placeBridges(a.line.text, b.line.text))
                || CharClass.isDigit(a.last) && (CharClass.isDigit(b.first) || Markers.isNumberUnit(b.first))
                || (a.last == "年" || a.last == "月") && opensWithMonthOrDay(b.line.text)
                || layout.layout != .blankLineBreaks
                    && (k + 1 == cues.count || cues[k + 1].gapBefore > gap || k + 2 < cues.count && cues[k + 2].gapBefore < cues[k + 1].gapBefore)
        {
            return true
        }

        // A URL cut by the break, or standing on its own line after 网址：.
        if isURLScalar(b.first), continuesURL(b.line.text), endsInURL(unitText) { return true }
        if a.last == "：" || a.last == ":", b.line.text.startsWithText("http") || b.line.text.startsWithText("www.") { return true }
        // After a colon the same paragraph goes on: with the quotation it introduces (任子威说： | “这枚金牌…”), with
        // what the reporter learned or the source gave (记者从文化和旅游部获悉： | 第三届…, 据中国驻外使领馆消息： | 近期，…),
        // with an interview's turn after its speaker (陈明华： | 四十多年了。…), with a count whose items run on in
        // one line (注意以下几点： | 一是科学佩戴口罩…；二是勤洗手…); a list opens its own paragraphs (分别是： | 一是…。).
        // (Not a place's name and its colon alone, a brief's kicker over its headline: 河北邯郸： | “家门口”的好学校越来越多.)
        if a.last == "：", !b.line.isIndented || layout.layout == .blankLineBreaks, !b.opensBlock, !b.standalone,
            !(unitCues.count == 1 && a.headingShape && Markers.isPlaceLabel(a.line.text)),
            b.first == "“" && (unitCues.count > 1 || a.scalarCount > 4)
                || !b.credit && !opensNumberedPart(b.line.text) && !bStartsArticle
                    && (["获悉：", "了解到："].contains(where: a.line.text.endsWithText) || citesSource(unitText) || opensInlineCount(b.line.text)
                        || unitCues.count == 1 && Markers.interviewSpeaker(a.line.text).map { $0.unicodeScalars.count + 1 == a.scalarCount } ?? false)
        {
            return true
        }

        // A title and the word for the work it names, which a break parted: …《春耕时节农事忙》 | 一文中，….
        if a.last == "》", ["一文", "一书", "一诗", "一剧"].contains(where: b.line.text.startsWithText), !a.standalone, !a.credit { return true }
        let firstIndented = cues[unitCues[0]].line.isIndented
        // A quotation closed at the break, its speaker after it: …两万多元。” | 何家枝说。
        // (Not where the quotation had its speaker before it, after his colon: 李女士说：“…很方便。” | (blank) | 电商平台相关
        // 负责人介绍，…: the next speaker opens a paragraph.)
        if Markers.closingQuotes.contains(a.last), a.last != "》", Markers.isSpeechAttribution(b.line.text),
            layout.layout == .blankLineBreaks ? gap > 0 || !habits.breaksAreBlank : !b.line.isIndented,
            !quotedAfterColon(unitText)
        {
            return true
        }
        // One paragraph a line, blanks only at breaks: a quotation alone on its line, closed at a break, goes on into
        // what follows it (“饭菜可口，价格实惠，子女也放心。” | 72岁的王阿姨几乎每天都来。): of the hand-written pages'
        // paragraphs that open with a quotation closed by its sentence's end, all 22 go on after it. (Not into another
        // quotation: a dialogue's turns are paragraphs.)
        if layout.layout == .blankLineBreaks, habits.breaksAreBlank, gap > 0, unitCues.count == 1, isWholeQuotation(a.line.text),
            b.first != "“", !b.opensBlock, !b.standalone, !b.credit, !b.headingShapeWithComma, !bStartsArticle
        {
            return true
        }
        // A decimal cut at its point by a break: 同比增长22. | 7%。
        if a.last == ".", CharClass.isDigit(b.first), a.scalarCount >= 2, CharClass.isDigit(a.line.text.unicodeScalars.dropLast().last!) { return true }
        // So is a figure cut from its percent sign (●2023年接待游客1500万人次，同比增长32 | %): no line opens with one.
        if CharClass.isDigit(a.last), b.first == "%" || b.first == "％" || b.first == "‰", !a.standalone, !a.credit, !a.tableRow { return true }
        // A line that opens with closing punctuation (”一位研究员说。, 。…) goes on from the line above, even where
        // that ended a sentence: a wrap or break fell before a closing quote.
        if Markers.closesSentenceOrQuote(b.first) || closesASCIIQuote(unitText, b.line.text, underFullLine: underFullLine), !a.standalone, !a.credit,
            !b.opensBlock
        {
            return true
        }
        // An author's note (（作者为…）, （作者单位：…）) after a finished sentence stands on its own.
        if a.endsSentence, Markers.isAuthorNote(b.line.text) { return false }
        // A list of ——items under its colon, on a page without indents: each item opens a paragraph (…解决以下问题： |
        // ——加装电梯，…； | ——改造雨污管网…). (With indents the items are indented; an unindented one is a wrap's.)
        if !habits.indents, a.last == "：" || a.last == "；", b.line.text.startsWithText("——"), !a.standalone { return false }
        // An enumeration that opened inside the paragraph goes on in it past a break after its ；
        // (…要注意以下几点：一是科学佩戴口罩；| 二是勤洗手…); one that opens paragraphs (一是…； | 二是…) may not.
        if a.last == "；", !b.line.isIndented, continuesEnumeration(unitText, b.line.text) { return true }
        // A clause ended by ； in a paragraph that has ended a sentence before it goes on past a break (…报3901.32点； |
        // 深证成指涨1.12%；…): an item of a list that sets one a paragraph (加强组织领导；) ends no sentence inside.
        if a.last == "；", !b.line.isIndented, !a.standalone, !b.opensBlock, !b.standalone, !b.credit, !b.headingShape, !b.turn,
            unitText.unicodeScalars.dropLast().contains("。"), !opensNumberedPart(b.line.text), !ArticleSegmenter.opensWithMark(b.line.text),
            !Markers.opensWithDash(b.line.text), !opensEnumeration(b.line.text)
        {
            return true
        }
        // In hard wraps where paragraphs start indented, the text under a subhead does too: a short line with unindented
        // text right under it is the rest of a line a column break cut (…过两成。 | 河南、安徽等主产省份 | 组织农机手…).
        func restOverText() -> Bool {
            firstIndented && k + 1 < cues.count && cues[k + 1].gapBefore == 0 && !cues[k + 1].line.isIndented && !cues[k + 1].opensBlock
                && !cues[k + 1].standalone && !cues[k + 1].credit && !cues[k + 1].headingShapeWithComma
        }
        if a.endsSentence {
            switch layout.layout {
            case .blankLineBreaks:
                return false
            case .hardWrapped where gap == 0 && habits.blankAfterParagraphs[a.region]:
                // Paragraphs apart by blanks: a line that fills the column (a first line may be short by the dropped
                // indent) and ends in 。 right over more text is a wrap, unless a heading, a new article or a
                // numbered part opens there.
                return a.line.columns >= wrapWidth - options.droppedIndentColumns - options.wrapTolerance && !a.box
                    && !b.line.isIndented && !bStartsArticle && !b.credit && !opensNumberedPart(b.line.text) && !b.turn
                    && (!b.headingShape || b.line.columns >= b.wrap - options.wrapTolerance || restOverText())
            case .hardWrapped where gap == 0:
                // A numbered subhead under a finished sentence (…的条件。 | 三、构建…) opens whether or not paragraphs are
                // indented, and however full the line above, and so does an interview's turn (…还亮。 | 问：…).
                if opensNumberedPart(b.line.text) || b.turn { return false }
                // So does a letter's closing wish (…贡献力量。 | 祝你们毕业顺利、前程似锦！), and the caption of one of
                // several photos (…壁画局部。 | 右图：…).
                // (And a table's title that names itself: …常住人口84843万人。 | 表1　2019年年末人口数及其构成.)
                if Markers.isClosingWish(b.line.text) || ArticleSegmenter.isNumberedCaption(b.line.text) || Markers.isTableTitle(b.line.text) { return false }
                // A wrap that happened to fall right after 。: the line is full to within one column (typesetting
                // pushes or hangs one character), or a paragraph's last line that ends near the edge would run on.
                // A paragraph's first line that ends in 。 short by the dropped indent, over a line that
                // fills the column (which no paragraph's first line does on this page): a wrap.
                // On such a page a full line ending in 。 likewise runs on into a line that fills the column,
                // and stops over one short by just the indent that goes on (a first line).
                if habits.firstLinesShort[a.region], !bStartsArticle {
                    let firstLineWidth = wrapWidth - options.droppedIndentColumns - options.sentenceWrapTolerance
                    let aFullLine = a.line.columns >= wrapWidth - options.sentenceWrapTolerance
                    if aFullLine || unitCues.count == 1 && a.line.columns >= firstLineWidth,
                        b.line.columns >= b.wrap - options.sentenceWrapTolerance
                    {
                        return true
                    }
                    // (A sentence's end that the wrap parted from its closing quotation mark, …不为不成。 | ”新征程上…, ends
                    // no sentence there.)
                    let bEndsSentence = b.endsSentence && !(k + 1 < cues.count && cues[k + 1].gapBefore == 0 && Markers.closingQuotes.contains(cues[k + 1].first))
                    if aFullLine, b.line.columns >= b.wrap - options.droppedIndentColumns - options.sentenceWrapTolerance, !bEndsSentence { return false }
                    // A first line short by just the indent that ends a sentence, over a short line that ends one too: a
                    // paragraph of two lines (…何家枝正带着 | …清理道路积雪。 is likelier than a one-line paragraph exactly
                    // that long followed by another of one line).
                    if unitCues.count == 1, !a.line.isIndented, a.line.columns == wrapWidth - options.droppedIndentColumns,
                        b.endsSentence, b.line.columns < b.wrap - options.droppedIndentColumns - options.sentenceWrapTolerance, !Markers.opensParagraph(b.line.text)
                    {
                        return true
                    }
                }
                // (An indented first line fills the column with its indent.)
                guard LayoutDetector.width(a.line) >= wrapWidth - options.sentenceWrapTolerance, !b.line.isIndented, !bStartsArticle
                else { return false }
                if !habits.indents, Markers.opensParagraph(b.line.text) { return false }
                // A short line that a column break cut off is followed by the unindented rest.
                let cutShort = k + 1 < cues.count && cues[k + 1].gapBefore > 0 && !cues[k + 1].line.isIndented
                    && !cues[k + 1].opensBlock
                    && (!cues[k + 1].headingShape || cues[k + 1].line.columns >= cues[k + 1].wrap - options.wrapTolerance)
                return b.line.columns >= b.wrap - options.wrapTolerance || b.endsSentence || !b.headingShape || cutShort || restOverText()
            case .indented, .hardWrapped:
                // A column break right after 。 in an indented paragraph: the next column goes on unindented —
                // a short piece too when more unindented text runs on right under it (a subhead's text is indented).
                let cutPiece = layout.layout == .indented && k + 1 < cues.count && cues[k + 1].gapBefore == 0
                    && !cues[k + 1].line.isIndented && !cues[k + 1].opensBlock && !cues[k + 1].headingShapeWithComma && !cues[k + 1].salutation
                // (Not a table's title over its rows: 奖牌榜（截至北京时间8月5日6时） | 国家　金牌　银牌　铜牌, nor one that
                // names itself under a finished sentence: …突破3200万辆。 | (blank) | 表：1月至2月新能源汽车产销情况.)
                let tableTitle = k + 1 < cues.count && cues[k + 1].tableRow || a.endsSentence && Markers.isTableTitle(b.line.text)
                // (Nor an interview's turn set flush in a box under the text: …比星星还亮。 | (blank) | 问：冬季如何预防流感？)
                return firstIndented && !b.line.isIndented && (!b.headingShapeWithComma || cutPiece) && !bStartsArticle && !b.credit
                    && !opensCaption(k, cues: cues) && !tableTitle && !b.turn
            }
        }
        if layout.layout != .blankLineBreaks, b.line.isIndented { return false }
        if Markers.opensWithParticle(b.line.text) { return true }
        // From … to … that a break cut (从“会种地” | 到“慧种地”，变化的是…): the rest is text, no heading.
        // (Or after its 到: 从“靠天吃饭”到 | “知天而作”，….)
        if a.line.text.startsWithText("从"), b.line.text.startsWithText("到") && !a.line.text.hasText("到") || a.line.text.endsWithText("到"),
            !a.opensBlock, !a.standalone, !a.endsSentence, !b.headingShapeWithComma
        {
            return true
        }
        // One paragraph a line: a part's number alone on its line (一) under the author's name under a headline, or under a
        // finished paragraph, numbers the part that opens under it: it runs into no text over a blank, whatever word the two
        // would make (山村的灯火 | 刘　醒　龙 | 一 | 小时候，…, not 一小时).
        if layout.layout == .blankLineBreaks, gap > 0, unitCues.count == 1, a.scalarCount <= 3, ArticleSegmenter.isNumberedPart(a.line.text),
            let p = previous, cues[p.last!].endsSentence && !cues[p.last!].standalone
                || p.count == 1 && p[0] > 0 && cues[p[0] - 1].headingShape && ArticleSegmenter.authorNames(cues[p[0]].line.text) != nil
        {
            return false
        }
        // The next line opens mid-sentence, with the last word of a cut clause (国家需 | 要，把…, 生态 | 宝库。…).
        if startsMidSentence(b.line.text), !a.opensBlock || unitCues.count > 1 || !a.endsSentence { return true }
        // A foreign name that the break cut at its dot (…经济学家尤尔根 | ·马蒂斯表示，…): the dot between Han characters
        // opens nothing. (Not a bullet under a finished line, nor one a space sets apart.)
        if CharClass.isHan(a.last), !a.standalone, !a.credit, b.first == "·" || b.first == "・",
            case let head = Array(b.line.text.unicodeScalars.prefix(3)), head.count == 3, CharClass.isHan(head[1]), CharClass.isHan(head[2])
        {
            return true
        }
        // A speaker's post and name, or where he spoke, before his verb (…国际关系学 | 教授奥凯奇说，…), under a line that
        // stops at a word's end: not under a label (【专家提醒】 | 主任医师王荃表示，…).
        if CharClass.isHan(a.last), !a.endsSentence, opensWithBareSpeaker(b.line.text) { return true }
        // A year and the verb of the sentence whose subject the line above holds (中国石油大学（北京）克拉玛依校区 |
        // 2015年开始招生，…): no paragraph opens so (2015年，… and 2015年开始，… do).
        if !a.opensBlock, !a.standalone, !a.endsSentence, CharClass.isHan(a.last) || a.last == "）", opensWithYearThenVerb(b.line.text) { return true }
        // A well-known name the break cut (…团结在以习 | 近平同志为核心的…, 红色是中国 | 共产党最鲜亮的底色): no heading
        // ends in half a name.
        if !a.opensBlock, !a.standalone, CharClass.isHan(a.last), CharClass.isHan(b.first),
            cutsKnownName(a.line.text, b.line.text) || cutsOrganization(a.line.text, b.line.text) || cutsDottedName(a.line.text, b.line.text)
        {
            return true
        }
        // A line under a heading, over a blank, that the break cut inside a word or a date is the start of
        // the text, not a subtitle: 青年科技工作者要立 | 足国家需要…, 国家统计 | 局15日…, 当地时间10 | 月22日….
        // (A heading's first line is never joined so: its text may start with anything.)
        if gap > 0, unitCues.count == 1, let p = previous, p.count == 1, cues[p[0]].headingShape, !a.opensBlock, !a.credit,
            !bStartsArticle,
            Words.bridges(a.line.text, b.line.text) || CharClass.isDigit(a.last) && Markers.isNumberUnit(b.first)
                || CharClass.isHan(a.last) && placeBridges(a.line.text, b.line.text)
                || CharClass.isHan(a.last) && opensWithDayThenVerb(b.line.text)
                || CharClass.isHan(a.last) && opensWithSentenceEnd(b.line.text)
        {
            return true
        }
        // A break between a title and the speaker's name after it: 海关总署新闻发言人 | 李魁文介绍，…,
        // 越南青年代表阮 | 文明说：… (no heading ends in a title), or before or inside the title: 海关总署新闻 | 发言人
        // 李魁文介绍，…, 中国驻越南 | 大使在致辞中表示，… (such titles follow the office they speak for and
        // never open a paragraph).
        // (After a title the speaker may advise or point out too: 中国疾控中心研究员 | 彭质斌建议，….)
        // (Whatever follows the name where the title opens with its place, which no subhead does: 江西省九江市某县退捕渔民 |
        // 李春生如今在当地…)
        if gap > 0, CharClass.isHan(a.last), !a.opensBlock, !a.credit, !a.standalone, !bStartsArticle,
            Markers.isSpeechAttribution(b.line.text) || endsBeforeName(a.line.text)
                && (opensWithNameAndVerbOfView(b.line.text) || opensWithPlace(a.line.text) && opensWithName(b.line.text, after: a.line.text)),
            endsBeforeName(a.line.text) || Self.titlesAfterTheirOffice.contains(where: b.line.text.startsWithText)
                // (Or after the speaker's institution, his post opening the line: 肯尼亚内罗毕大学 | 国际关系学教授奥凯奇说，….)
                || Self.institutionEndings.contains(where: a.line.text.endsWithText) && Markers.isSpeechAttribution(b.line.text)
        {
            return true
        }
        // A bulleted item under a finished one (a column of briefs: ■ …（新华） | ■ 2022年全国 | 跳水冠军赛将于…) is
        // text, not a subhead: cut by a break it runs on into its unbulleted rest.
        // (So does the column's first item under its label: 健康资讯 | ●国家卫生健康委 | 近日印发通知….)
        if gap > 0, unitCues.count == 1, !a.endsSentence, !a.opensBlock, Markers.leadBullets.contains(a.first), let p = previous,
            Markers.leadBullets.contains(cues[p[0]].first) && cues[p.last!].endsSentence
                || p.count == 1 && ArticleSegmenter.isBriefColumn(cues[p[0]].line.text),
            !Markers.leadBullets.contains(b.first),
            !b.opensBlock, !b.standalone, !b.credit, !bStartsArticle
        {
            return true
        }
        // Otherwise a short marked subhead (■ 电力负荷创新高) over a blank is a line of its own: its text follows.
        // (Not under a column of briefs' label, 体育简讯 | ■ 国际奥委会 | 主席巴赫…: its first item. Nor a brief's lead, its
        // text cut by a break: ●本报讯　记者　张　晨　11 | 月18日，….)
        if gap > 0, unitCues.count == 1, !a.endsSentence, !a.opensBlock, ArticleSegmenter.opensWithMark(a.line.text), a.scalarCount <= 16,
            !a.line.text.unicodeScalars.contains(where: Self.subheadBreaks.contains),
            !(previous.map { ArticleSegmenter.isBriefColumn(cues[$0[0]].line.text) } ?? false)
        {
            return false
        }
        // A blank after every line: a short line after a finished paragraph that a break cut inside a word
        // (推动经济高质 | 量发展，…) is a paragraph's start, not a headline. So is a long one over a short sentence's end alone
        // on its line (大会对荣获…的单位和个人 | 进行了表彰。): no headline of twenty characters has so short a text. So is one
        // over a line that points back (一些成员国和行业组织 | 对此表示欢迎，…): no article's text opens so.
        if layout.layout == .blankLineBreaks, !habits.breaksAreBlank, gap > 0, unitCues.count == 1, let p = previous,
            cues[p.last!].endsSentence, !a.opensBlock, !a.credit, !a.standalone, !bStartsArticle,
            Words.bridges(a.line.text, b.line.text) || CharClass.isHan(a.last) && opensWithSentenceEnd(b.line.text)
                || CharClass.isHan(a.last) && placeBridges(a.line.text, b.line.text)
                || CharClass.isHan(a.last) && a.scalarCount >= 20 && isShortSentenceEnd(b.line.text)
                || CharClass.isHan(a.last) && Markers.opensAnaphorically(b.line.text)
        {
            return true
        }
        // The first line under a summary box's label is the summary, never a heading: cut by a break it runs
        // on (核心阅读 | 科技成果 | 转化是创新链条上的关键一环。…).
        if layout.layout == .blankLineBreaks, gap > 0, unitCues.count == 1, let p = previous, p.count == 1,
            cues[p[0]].box && Markers.isSummaryLabel(cues[p[0]].line.text), !a.opensBlock, !a.credit, !a.standalone, !b.headingShape, !bStartsArticle
        {
            return true
        }
        // A lead or jump-from line whose text stops mid-sentence runs on. (Not a dateline alone over a stack that a lead
        // confirms, 新华社北京12月15日电 | (blank) | 中国共产党的优秀党员　… | 陈明远同志逝世 | 新华社北京12月15日电　…: it closes
        // the text above it, as a list's is closed.)
        if a.opensBlock, unitCues.count == 1, !Markers.isFurniture(a.line.text), !(a.leadOnly && bStartsArticle) { return true }
        if layout.layout == .hardWrapped, gap == 0, aFull, unitCues.count > 1 || firstIndented { return true }
        // One paragraph a line: a short line right under a finished paragraph, over a blank, is the
        // start of a paragraph that a break cut (要把握好共同 | 富裕的长期性…), not a heading — a
        // headline stands apart from the text above it, a subhead right over its text. (Under a running
        // head it is the page's section label: 民生 | (blank) | 读者来信 | ….)
        if layout.layout == .blankLineBreaks, habits.breaksAreBlank, unitCues.count == 1, gap > 0, a.gapBefore == 0,
            !a.opensBlock, !a.credit, !opensNumberedPart(a.line.text), !Markers.isBoxLabel(a.line.text), !isPaddedName(a.line.text),
            let p = previous, cues[p.last!].endsSentence || isSubhead(p, cues: cues), !cues[p.last!].standalone,
            !startsArticle(unitCues[0], cues: cues, options: options), !bStartsArticle
        {
            return true
        }
        // One paragraph a line, or a blank after every line: the first line under a pen name under its headline
        // is text that a break cut (合作共赢是人间正道 | 钟声 | 当今世界正 | 经历百年…), not one more heading —
        // unless it numbers the text's first part (山中记 | 张　瑾 | 一 | 进山那天…).
        // So is the first line under a part's number alone on its line (一 | 进山那天下着 | 小雨。…).
        if layout.layout == .blankLineBreaks, unitCues.count == 1, gap > 0, let p = previous, p.count == 1,
            p[0] > 0 && cues[p[0] - 1].headingShape && ArticleSegmenter.authorNames(cues[p[0]].line.text) != nil
                || cues[p[0]].scalarCount <= 3 && ArticleSegmenter.isNumberedPart(cues[p[0]].line.text),
            !a.opensBlock, !a.credit, !b.headingShape, !bStartsArticle, !ArticleSegmenter.isNumberedPart(a.line.text)
        {
            return true
        }
        // A numbered subhead that fills the line runs on into its short rest (三、构建…协调配 | 套的基础性制度安排).
        if layout.layout == .hardWrapped, gap == 0, aFull, unitCues.count == 1, isWrappedSubhead(a.line.text), !b.endsSentence,
            b.headingShape, !bStartsArticle, b.line.columns < b.wrap - options.wrapTolerance
        {
            return true
        }
        // So does a numbered item that gives a label and its value (一、会议召开时间：2025年12月29日（星期一） | 上午9:30): an
        // item, no subhead.
        if layout.layout == .hardWrapped, gap == 0, aFull, unitCues.count == 1, opensNumberedPart(a.line.text),
            a.line.text.unicodeScalars.contains(where: { $0 == "：" || $0 == ":" }), !b.opensBlock, !b.standalone, !b.credit,
            !opensNumberedPart(b.line.text), !bStartsArticle
        {
            return true
        }
        // A numbered item cut short, in a series whose items run in (（六）促进…融合发展。坚持… | （七）推动 | 农产品加工业
        // 优化升级。…): the item's rest, not a subhead's text. (Not a dashed point under an item that heads them: （二）基本原则 |
        // ——坚持党的领导。….)
        if unitCues.count == 1, !a.endsSentence, !a.opensBlock, !bStartsArticle, !b.headingShape, !opensNumberedPart(b.line.text),
            !Markers.opensWithDash(b.line.text), continuesRunInSeries(unitCues[0], cues: cues)
        {
            return true
        }
        if unitCues.count == 1, isHeading(unitCues[0], previous: previous, cues: cues, layout: layout, habits: habits, options: options)
            || startsArticle(unitCues[0], cues: cues, options: options)
        {
            return false
        }
        // A question a wrap cut (问：我家孩子…还没好，需 | 要做CT检查吗？ | 答：…): the rest of a full line of prose that ended no
        // sentence, however it ends itself and whatever stands under it.
        if bStartsArticle, layout.layout == .hardWrapped, gap == 0, aFull, !a.endsSentence, !a.standalone, !a.credit, !a.opensBlock,
            !b.line.isIndented, !b.opensBlock, !b.standalone, !b.credit, a.turn, Markers.innerPunctuationCount(unitText).commas > 0
        {
            return true
        }
        if bStartsArticle { return false }
        // A caption whose credit a break cut and that has taken its rest (…测量胸径。　　本报记 | 者　陈中秋　摄) is whole.
        if unitCues.count > 1, a.last == "摄", Markers.parseCredit(unitText) != nil { return false }
        // A numbered subhead wrapped over two lines (三、构建…|基础性制度安排) ends at its short last line.
        if layout.layout == .hardWrapped, !aFull, unitCues.count <= 2, isWrappedSubhead(unitText) { return false }
        // So does one that fills the line over a part it numbers in brackets (二、以经济高质量发展拓展社会性流动空间 | （四）推动…):
        // no subhead's words open so.
        if layout.layout == .hardWrapped, gap == 0, unitCues.count == 1, a.first != "（", a.first != "(", isWrappedSubhead(a.line.text),
            !a.endsSentence, b.first == "（" || b.first == "(", opensNumberedPart(b.line.text)
        {
            return false
        }
        // A row of names that the wrap left a blank behind came to the width (王　忠　…　吴　俊　 | 张　华…): the list runs on.
        if layout.layout == .hardWrapped, gap == 0, !aFull, a.line.trailingBlank, a.line.columns + 1 >= wrapWidth - options.wrapTolerance,
            a.nameRow, b.line.text.unicodeScalars.allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) })
        {
            return true
        }
        // A short line inside a paragraph (a column break) runs on unless a heading follows.
        if layout.layout == .hardWrapped, gap == 0 { return aFullUnlessIndent || (unitCues.count > 1 || firstIndented) && !b.headingShape }
        // One paragraph a line, blanks at the breaks: a short heading-shaped line right over the next
        // is a subhead over its text, not the start of a paragraph that a break cut.
        // (So is one that ends as a cut line may, 新规来了, or holds a comma, 稳就业，这些举措很给力, between two finished
        // paragraphs: a line that the copy broke would have its paragraph's start over it.)
        if layout.layout == .blankLineBreaks, gap == 0, habits.breaksAreBlank, unitCues.count == 1,
            a.headingShape || isNumberedWordEnd(a)
                || (a.wordEndHeading || a.headingShapeWithComma) && !a.sentenceOpener && previous.map({ cues[$0.last!].endsSentence }) == true && b.endsSentence
        {
            return false
        }
        return true
    }

    /// The line opens with a day of the month and a verb right after it (15日发布数据，…): the date of a
    /// sentence whose subject the line above holds, not a paragraph's start (which has 15日，…).
    static func opensWithDayThenVerb(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(5))
        let digits = u.prefix { CharClass.isDigit($0) }.count
        guard (1...2).contains(digits), digits + 2 < u.count, u[digits] == "日" else { return false }
        return CharClass.isHan(u[digits + 1]) && CharClass.isHan(u[digits + 2])
    }

    /// What follows an ordinal: 第二十九次, 第十四届, 第五条.
    static let measures: ScalarSet = ["次", "届", "条", "章", "节", "号", "版", "批", "期", "轮", "个", "年", "位", "名", "项", "件", "座"]

    /// The line ends in 第 and a number in Han numerals, its measure still to come (…第二十九).
    static func endsInOrdinal(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, ChineseNumber.isSmallHanNumeral(last) || last == "百" || last == "千" else { return false }
        let u = Array(text.unicodeScalars.suffix(6))
        var i = u.count - 1
        while i > 0, ChineseNumber.isSmallHanNumeral(u[i]) || u[i] == "百" || u[i] == "千" || u[i] == "零" { i -= 1 }
        return u[i] == "第" && i < u.count - 1
    }

    /// The line opens with a year, a verb and its object (2015年开始招生, 2019年建成投产) or a comma (1935年出生，): the
    /// predicate of a sentence whose subject the line above holds. (2015年开始，… opens one: from 2015 on.)
    static func opensWithYearThenVerb(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, f == "1" || f == "2" else { return false }
        let u = Array(text.unicodeScalars.prefix(8))
        guard u.count == 8, u[0] == "1" || u[0] == "2", u[0..<4].allSatisfy(CharClass.isDigit), u[4] == "年",
            u[5...6].allSatisfy(CharClass.isHan), CharClass.isHan(u[7]) || u[7] == "，" && String(scalars: u[5...6]) != "开始",
            Words.info(u[5...6])?.pos == "v"
        else { return false }
        return true
    }

    /// Titles printed after the office they belong to (海关总署新闻发言人, 中国驻越南大使): a line that opens
    /// with one goes on from the line above.
    static let titlesAfterTheirOffice = ["发言人", "负责人", "大使", "总领事"]

    /// The line ends in a title, or in a title and a surname (…新闻发言人, …青年代表阮): a name was cut off.
    static func endsBeforeName(_ text: String) -> Bool { nameStartAfterTitle(text) != nil }

    /// How many characters of a name stand after the title `text` ends with: 0 right after it (…新闻发言人), one or
    /// two where the break cut the name (…代表阮, …代表阮文); nil where no title ends the line.
    static func nameStartAfterTitle(_ text: String) -> Int? {
        let u = Array(text.unicodeScalars.suffix(12))
        guard let last = u.last, CharClass.isHan(last) else { return nil }
        if EntityLexicon.endsWithTitle(u) { return 0 }
        for cut in 1...2 where u.count > cut + 2 && Surnames.single.contains(u[u.count - cut]) {
            if EntityLexicon.endsWithTitle(Array(u.dropLast(cut))) { return cut }
        }
        return nil
    }

    /// One paragraph a line, a numbered subhead may end in a word whose last character a cut line ends in
    /// (（二）坚持问题导向); where lines wrap, such a line is as likely a numbered paragraph's cut first line.
    static func isNumberedWordEnd(_ c: Cue) -> Bool { c.wordEndHeading && ArticleSegmenter.isNumberedSubhead(c.line.text) }

    /// The line goes on with the next item (二是, 三要) of an enumeration that opened (一是, 一要) inside `text`, not
    /// at its start.
    /// One quotation and nothing else, closed after its sentence's end: “享受比赛，做好自己。”.
    static func isWholeQuotation(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard u.first == "“", u.last == "”", u.count >= 4, let stop = u.dropLast().last, stop == "。" || stop == "？" || stop == "！" else { return false }
        return u.filter { $0 == "“" || $0 == "”" }.count == 2
    }

    /// A source given before what it says, and nothing else, after a lead if there is one: 据中国驻外使领馆消息：,
    /// 本报电　据新华社报道：. No paragraph is only that.
    static func citesSource(_ text: String) -> Bool {
        var body = text
        if let (_, start) = Markers.parseLead(text, issueDate: nil) { body = String(scalars: text.unicodeScalars.dropFirst(start)).trimmedSpace }
        return body.unicodeScalars.count <= 24 && body.startsWithText("据")
            && ["消息：", "报道：", "介绍：", "统计：", "披露：", "通报："].contains(where: body.endsWithText)
    }

    /// A line that opens a count and holds its second item too (一是…；二是…): the count runs on in one paragraph.
    static func opensInlineCount(_ line: String) -> Bool {
        guard line.startsWithText("一是") || line.startsWithText("一要") else { return false }
        return line.hasText(line.startsWithText("一是") ? "二是" : "二要")
    }

    static func continuesEnumeration(_ text: String, _ line: String) -> Bool {
        let u = Array(line.unicodeScalars.prefix(2))
        guard opensEnumeration(line), u[0] != "一", u[1] != "方" else { return false }
        let opener = "一" + String(Character(u[1]))
        guard let r = text.range(of: opener) else { return false }
        return r.lowerBound > text.startIndex
    }

    /// The line opens with an item's count (一是, 二要, 三方面): an enumeration's item.
    static func opensEnumeration(_ line: String) -> Bool {
        let u = Array(line.unicodeScalars.prefix(2))
        return u.count == 2 && ChineseNumber.isSmallHanNumeral(u[0]) && (u[1] == "是" || u[1] == "要" || u[1] == "方")
    }

    /// A numbered subhead or item opens the line (二、…, （一）…, ■ …), not a count inside a sentence
    /// (一是…；二是…, which runs on in its paragraph).
    static func opensNumberedPart(_ text: String) -> Bool {
        guard ArticleSegmenter.isNumberedSubhead(text) else { return false }
        let after = text.unicodeScalars.drop { ChineseNumber.isNumeral($0) }.first
        return after != "是"
    }

    /// A subhead standing right under a finished paragraph: one line, heading-shaped or numbered.
    static func isSubhead(_ unit: [Int], cues: [Cue]) -> Bool {
        guard unit.count == 1, unit[0] > 0 else { return false }
        let c = cues[unit[0]]
        return c.gapBefore == 0 && cues[unit[0] - 1].endsSentence && (c.headingShape || ArticleSegmenter.isNumberedSubhead(c.line.text))
    }

    /// The line has a bracket or a quotation that it does not close (（本报记者, 本报北京6月1日电（, “我们的目标是…).
    /// (Quotation marks copied as ASCII, "以前…, open and close alike: an odd number of them leaves one open.)
    static func leavesBracketOpen(_ text: String) -> Bool {
        var depth = 0
        var quote = 0
        for s in text.unicodeScalars {
            switch s {
            case "（", "(", "【": depth += 1
            case "）", ")", "】": depth = max(0, depth - 1)
            case "“": quote += 1
            case "”": quote = max(0, quote - 1)
            default: break
            }
        }
        return depth > 0 || quote > 0 || oddQuotes(text)
    }

    /// An odd number of ASCII quotation marks: one of them is left open (or closes one opened before).
    static func oddQuotes(_ text: String) -> Bool { text.utf8.lazy.filter { $0 == 0x22 }.count % 2 == 1 }

    /// Quotation marks copied as ASCII open and close alike: the one that opens `line` closes the quotation that `above`
    /// left open where the line has an odd number of them and what follows is punctuation or its speaker ("一位研究员说。),
    /// or where the wrap carried it under a full line ("家住…读者刘先生在来信 | 中说。).
    /// (A quotation that runs over paragraphs opens each with the mark, and never closes there.)
    static func closesASCIIQuote(_ above: String, _ line: String, underFullLine: Bool) -> Bool {
        guard line.utf8.first == 0x22, oddQuotes(line), oddQuotes(above) else { return false }
        if underFullLine { return true }
        let rest = String(line.unicodeScalars.dropFirst())
        return rest.unicodeScalars.first.map(Markers.closesSentenceOrQuote) ?? true || Markers.isSpeechAttribution(rest)
    }

    /// The line closes a bracket or quotation within its first words before it opens one (刘　毅）…,
    /// 记者陈立新、赵　阳）…, 线的通道。”一位负责人介绍。) — a quotation that runs over paragraphs opens each
    /// of them with “ instead.
    static func closesBracket(_ text: String) -> Bool {
        // Bytes, not scalars: this is asked of every line. （ EF BC 88, ） EF BC 89, “ E2 80 9C, ” E2 80 9D.
        var scalars = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for b in text.utf8 {
            if b == 0x28 { return false }
            if b == 0x29 { return true }
            // (An ASCII quotation mark closes where the line has an odd number of them: "在这里住了….)
            if b == 0x22 { return oddQuotes(text) }
            // (【 E3 80 90 and 】 E3 80 91 too: 【德国《商报》11月18日文章 | 】题：….)
            if previous == (0xEF, 0xBC) && b == 0x88 || previous == (0xE2, 0x80) && b == 0x9C || previous == (0xE3, 0x80) && b == 0x90 { return false }
            if previous == (0xEF, 0xBC) && b == 0x89 || previous == (0xE2, 0x80) && b == 0x9D || previous == (0xE3, 0x80) && b == 0x91 { return true }
            if b & 0xC0 != 0x80 {
                scalars += 1
                if scalars > 24 { return false }
            }
            previous = (previous.1, b)
        }
        return false
    }

    /// The line opens with the end of a clause too short to open a paragraph: one character (要，把…)
    /// or a noun of two or three (宝库。近年来…, 基地，科研人员…, 新品种，…) or a verb of speech (介绍，…) before ，。、； — not an
    /// opener such as 目前，
    /// 同时， 对此， 比如， (time words, conjunctions, adverbs, verbs) nor 记者：.
    /// A heading line opening with a person's name and what they did: 王沪宁主持并讲话, 李强出席并致辞.
    static func opensWithActor(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(12))
        // (The person reader's test of a name opening a clause, its verb right after it.)
        guard let len = u.withUnsafeBufferPointer({ PersonExtractor.nameLength($0, 0, foreign: false, requireAction: true) }), len < u.count
        else { return false }
        let rest = String(scalars: u[len...])
        return actorVerbs.contains(where: rest.hasPrefix)
    }

    /// A heading line that is only its author's name (张志勇, 李　静), not the rest of the heading line `above`
    /// that filled the column: no word across the cut, and no common word that a name is not (…高质量 | 发展,
    /// …携手 | 向未来: 未来). Where no wrap cuts lines (`wrapped` false), a name whose surname and first given
    /// character make a word (王国平: 王国) is a name still: only a column break could have cut a heading there.
    static func isAuthorLine(_ text: String, under above: String, wrapped: Bool = true) -> Bool {
        guard let names = ArticleSegmenter.authorNames(text), names.count == 1, let name = names.first else { return false }
        // (A name set with a space, 李　静, is a byline's name: no wrap leaves a heading's rest so spaced.)
        if text != name { return true }
        guard !Words.bridges(above, text) else { return false }
        func word(_ w: String) -> Bool { Words.info(w).map { !$0.pos.hasPrefix("nr") && $0.logFrequency >= 6 } ?? false }
        let u = Array(name.unicodeScalars)
        return !word(name) && !(u.count == 3 && (word(String(scalars: u[1...])) || wrapped && word(String(scalars: u[..<2]))))
    }

    /// A headline's rest that ends in a figure with its percent sign (…同比增长5.8 | ％, …同比增 | 长5.8％).
    /// A name of two to four characters set apart from its particulars in brackets opens the line: 申纪兰　（女，汉族，…）.
    static func opensNameAndParticulars(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(8))
        guard let space = u.firstIndex(where: CharClass.isSpace), (2...4).contains(space), u[..<space].allSatisfy(CharClass.isHan) else { return false }
        let bracket = u[space...].firstIndex { !CharClass.isSpace($0) }
        return bracket.map { u[$0] == "（" || u[$0] == "(" } ?? false
    }

    /// A note's mark ends the text after Chinese: …统计公报[1], …公报①.
    static func endsInNoteMark(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        guard let last = u.last else { return false }
        if CharClass.circledNumber(last) != nil { return u.count >= 2 && CharClass.isHan(u[u.count - 2]) }
        guard last == "]" || last == "］", let open = u.lastIndex(where: { $0 == "[" || $0 == "［" }), open >= 1, u.count - open - 2 >= 1, u.count - open - 2 <= 2
        else { return false }
        return CharClass.isHan(u[open - 1]) && u[(open + 1)..<(u.count - 1)].allSatisfy(CharClass.isDigit)
    }

    static func endsInFigure(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard let last = u.last, last == "％" || last == "%" else { return false }
        return u.count == 1 || u.dropLast().last.map(CharClass.isDigit) == true
    }

    static let actorVerbs = ["主持", "出席", "会见", "会谈", "讲话", "致信", "致电", "致辞", "致贺", "发表", "考察", "看望", "参加", "作出", "批示", "签署", "通电话"]

    /// An author's name right under a dashed subtitle stays in the stack that subtitle ends: 书写新时代的山乡巨变 |
    /// ——读长篇小说《青山如许》 | 李　静.
    static func authorUnderDashedSubtitle(_ k: Int, previous: [Int], cues: [Cue]) -> Bool {
        Markers.isDash(cues[previous[0]].first) && ArticleSegmenter.authorNames(cues[k].line.text) != nil
    }

    /// The line opens with a place's name (江西省九江市…).
    static func opensWithPlace(_ text: String) -> Bool {
        Array(text.unicodeScalars.prefix(8)).withUnsafeBufferPointer { Gazetteer.index.longest(in: $0, at: 0) != nil }
    }

    /// The line opens with a person's name, as read right after the title `above` ends in (李春生如今…), or the
    /// rest of one the break cut after its first characters (…退捕渔民李 | 春生如今…).
    static func opensWithName(_ text: String, after above: String) -> Bool {
        let carried = nameStartAfterTitle(above) ?? 0
        let u = Array(above.unicodeScalars.suffix(carried)) + Array(text.unicodeScalars.prefix(12))
        guard let length = u.withUnsafeBufferPointer({ PersonExtractor.nameLength($0, 0, foreign: false, requireAction: false) }) else { return false }
        return length > carried
    }

    /// A name and a verb of view opening the line (彭质斌建议，…, 王五认为，…): the rest of a speaker's clause.
    static func opensWithNameAndVerbOfView(_ text: String) -> Bool {
        guard let head = Markers.speakerHead(text, within: 10, before: "，,：:") else { return false }
        return ["建议", "指出", "认为", "强调", "提醒"].contains { head.hasSuffix($0) && head.count - $0.count >= 2 && head.count - $0.count <= 4 }
    }

    /// The last words of a university's, an institute's or a government body's name, before the post of someone who
    /// works there (…内罗毕大学 | 国际关系学教授…, 海关总署 | 新闻发言人…, 联合国开发计划署 | 一位官员说).
    static let institutionEndings = ["大学", "学院", "研究院", "研究所", "研究中心", "科学院", "社科院", "局", "司", "厅", "署", "委员会"]

    static let bodySuffixWords: Set<String> = ["研究院", "研究所", "研究会", "委员会", "管理局", "管理处", "指挥部", "联合会", "促进会", "办公室", "办公厅"]

    /// The first characters `startsMidSentence` asks about, as sets: it is asked of every line.
    enum MidSentence {
        static let positionWords: ScalarSet = ["中", "上", "时"]
        static let bodyEnds = ScalarSet("局厅委部院所处署办会校馆站".unicodeScalars)
        static let bodySuffixInitials = ScalarSet(bodySuffixWords.compactMap(\.unicodeScalars.first))
        static let conjunctions: ScalarSet = ["和", "与", "及"]
        static let measureEnds: ScalarSet = ["率", "量", "额", "值"]
    }

    /// Marks that end a clause inside a sentence or the sentence: ，。、；.
    static let clauseEnds: ScalarSet = ["，", "。", "、", "；"]
    /// Marks that no marked subhead holds: ，。、；：,;:.
    static let subheadBreaks: ScalarSet = ["，", "。", "、", "；", "：", ",", ";", ":"]
    /// Marks that no wrapped subhead holds: 。；;！？!?：:.
    static let wrappedSubheadBreaks: ScalarSet = ["。", "；", ";", "！", "？", "!", "?", "：", ":"]

    /// A two-character name padded to three characters' width and nothing else (李　浩): a column's signature under its
    /// text, which no break cuts out of running text. (Not a word set so, as a label is: 简　讯, 链　接.)
    static func isPaddedName(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(4))
        guard u.count == 3, u[1] == "\u{3000}", CharClass.isHan(u[0]), CharClass.isHan(u[2]) else { return false }
        let pair = [u[0], u[2]]
        return Surnames.looksLikeName(String(scalars: pair)) && (Words.info(pair[...]).map { $0.pos.hasPrefix("nr") } ?? true)
    }

    /// A line that is a short sentence's end and nothing more: three to seven Han characters and a full stop (进行了表彰。).
    static func isShortSentenceEnd(_ text: String) -> Bool {
        let u = text.unicodeScalars
        return (4...8).contains(u.count) && u.last == "。" && u.dropLast().allSatisfy(CharClass.isHan)
    }

    /// A line that opens with the short end of a sentence, eight characters at most with its full stop and no
    /// mark of a clause before it, and goes on after it: 治理的基石。近年来，…, 发展的关键。要健全…. Under a
    /// short line that stops without a mark, it is that line's sentence, which a break cut: a paragraph seldom
    /// opens so (of the hand-written pages' 500 paragraphs, only 现予公告。, alone on its line).
    static func opensWithSentenceEnd(_ text: String) -> Bool {
        var n = 0
        for s in text.unicodeScalars {
            n += 1
            if s == "。" { return n >= 3 && n < text.unicodeScalars.count }
            if n >= 8 || !(CharClass.isHan(s) || CharClass.isDigit(s)) { return false }
        }
        return false
    }

    /// A quotation's source right under its finished quotation (“…新活力。” | ——全国人大代表、…党委书记　陈　岚: a box of
    /// voices) is no subtitle and signs its paragraph; in hard wraps the wrap may cut it (——…杭州市上城 | 区…书记　陈岚), and
    /// its lines are then no heading, the rest neither a wrapped heading's nor an author's line. (Read after the wrapped
    /// headings and the cut bylines are.)
    static func markQuoteAttributions(_ cues: inout [Cue], layout: LayoutDetector.Result, options: PipelineOptions) {
        for k in cues.indices.dropFirst() where cues[k].gapBefore <= 1 && Markers.opensWithDash(cues[k].line.text) {
            // (A wrap may leave the closing mark alone on its line: …成长更快。 | ”.)
            let alone = cues[k - 1].scalarCount < 2 && k >= 2 && cues[k - 1].gapBefore == 0
            let above = (alone ? cues[k - 2].line.text + cues[k - 1].line.text : cues[k - 1].line.text).unicodeScalars
            guard above.last == "”", above.count >= 2, "。！？".unicodeScalars.contains(above[above.index(above.endIndex, offsetBy: -2)]) else { continue }
            // (A wrap that cut the name leaves a name of two before its last character: ——…毕业生　李晓 | 燕. The full line
            // and a rest of one or two characters right under it read as the wrapped source below.)
            let cutName = layout.layout == .hardWrapped && k + 1 < cues.count && cues[k + 1].gapBefore == 0 && cues[k + 1].scalarCount <= 2
                && cues[k].fillsColumn(options.wrapTolerance)
                && cues[k + 1].line.text.unicodeScalars.allSatisfy(CharClass.isHan)
                && Markers.isQuoteAttribution(cues[k].line.text + cues[k + 1].line.text)
            if !cutName, Markers.isQuoteAttribution(cues[k].line.text) {
                cues[k].markSignOff()
            } else if layout.layout == .hardWrapped {
                // (Over up to three lines, each but the last full: …杭州市上城 | 区…党委书记　陈　| 岚.)
                var end = k
                var text = cues[k].line.text
                while end + 1 < cues.count, end - k < 2, cues[end + 1].gapBefore == 0, cues[end].line.columns >= cues[end].wrap - options.wrapTolerance {
                    end += 1
                    text += cues[end].line.text
                    if Markers.isQuoteAttribution(text) {
                        cues[k].attribution = true
                        for j in k...end {
                            cues[j].headingShape = false
                            cues[j].headingShapeWithComma = false
                            // (No wrapped subtitle's rest, nor an author's posts and name: the source's lines.)
                            cues[j].standalone = false
                            if j > k {
                                cues[j].continuesHeading = false
                                cues[j].attributionRest = true
                            }
                        }
                        break
                    }
                }
            }
        }
    }

    /// Nouns of a time that open sentences (小时候，…), which the lexicon reads as common nouns.
    static let timeNouns: Set<String> = ["小时候", "那时候", "这时候", "有时候", "到时候", "那会儿", "这会儿", "年轻时", "童年时"]

    /// What is said of a thing or doing named as a sentence's topic, right after its comma (读书，可以让人…, 运动，让我们…).
    static let topicComments = ["可以", "能够", "能让", "能使", "是", "让", "使", "会让", "不仅", "既是", "就是", "也是", "本身"]

    /// Verbs that open a paragraph before a comma: ways of citing, of giving an example, of concluding.
    static let verbOpeners: Set<String> = ["比如", "例如", "譬如", "可见", "看来", "听说", "试想", "想想", "你看", "请看", "看看", "回顾", "展望", "综上", "总结"]

    static let bareSpeakerVerbs = ["说", "表示", "指出", "介绍", "认为", "建议", "强调", "坦言", "透露", "解读说"].map { Array($0.unicodeScalars) }
    /// The posts a bare speaker may be named by: not everyday roles, nor 记者, 代表, 领导, 专家, 老师.
    static let bareSpeakerTitleWords = EntityLexicon.titles.filter {
        !EntityLexicon.everydayTitles.contains($0) && !["记者", "代表", "领导", "专家", "老师"].contains($0)
    }
    static let bareSpeakerTitleStarts = ScalarSet(bareSpeakerTitleWords.compactMap(\.unicodeScalars.first))
    static let bareSpeakerTitles = EntityText.index(bareSpeakerTitleWords)

    /// A serial's note that more follows, alone on its line: （未完待续）, （待续）. A line of its own, as the page sets it apart
    /// (right-aligned under the instalment's last paragraph), whatever the layout.
    static func isToBeContinued(_ text: String) -> Bool {
        ["（未完待续）", "(未完待续)", "（待续）", "(待续)"].contains(text)
    }

    /// An agency's end mark alone on its line: （完）.
    static func isEndMark(_ c: Cue) -> Bool { c.scalarCount == 3 && (c.line.text == "（完）" || c.line.text == "(完)") }

    /// An agency's note alone, with no place or date (（据新华社电）, （新华社综合报道）): a brief's source closing its text.
    static func isAgencyNote(_ c: Cue) -> Bool {
        guard c.scalarCount <= 10, c.last == "）" || c.last == ")", let note = Markers.parseDatelineNote(c.line.text, issueDate: nil) else { return false }
        return note.place == nil && note.date == nil
    }

    /// Units that follow a figure and open no line of their own: a date's, a time's, a share's, a large number's.
    static let cutUnits: ScalarSet = ["月", "日", "号", "时", "秒", "万", "亿", "%", "％", "‰", "倍"]

    /// A sentence of a speaker and his verb of speech alone, nothing said (海关总署统计分析司司长吕大良说。, 他笑着说。): what
    /// follows a quotation, never a paragraph's start.
    static func isSpeakerTail(_ text: String) -> Bool {
        let u = text.unicodeScalars.prefix(32)
        guard let stop = u.firstIndex(of: "。"), case let sentence = Array(u[..<stop]), sentence.count >= 2,
            sentence.allSatisfy({ CharClass.isHan($0) || $0 == "·" }), CharClass.isHan(sentence[0])
        else { return false }
        return bareSpeakerVerbs.contains { sentence.count > $0.count && sentence.suffix($0.count).elementsEqual($0) }
    }

    /// The text's last quotation opens right after a colon (李女士说：“在网上下单，…很方便。”): its speaker stands before it.
    static func quotedAfterColon(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard let open = u.lastIndex(of: "“"), open > u.startIndex else { return false }
        let before = u[u.index(before: open)]
        return before == "：" || before == ":"
    }

    /// A speaker's post and name, or only where he spoke, then his verb of speech and a comma or colon, with
    /// nothing naming whom he speaks for (…内罗毕大学国际关系学 | 教授奥凯奇说，…, …北京儿童医院 | 主任医师王荃表示，…,
    /// …部长阿利哈诺夫 | 在开幕式上说，…): the line above named it. A paragraph gives the body first (清华大学教授…).
    static func opensWithBareSpeaker(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "在" || bareSpeakerTitleStarts.contains(first) else { return false }
        let u = Array(text.unicodeScalars.prefix(28))
        func verbEnd(_ i: Int) -> Int? {
            for v in bareSpeakerVerbs where u.count > i + v.count && u[i..<(i + v.count)].elementsEqual(v) {
                return "，：".unicodeScalars.contains(u[i + v.count]) ? i + v.count : nil
            }
            return nil
        }
        // 在开幕式上, 在致辞中, 在接受采访时: where he spoke, before the verb.
        func spokeAt(_ i: Int) -> Bool {
            guard i < u.count, u[i] == "在" else { return false }
            var k = i + 1
            while k < u.count, k - i <= 13, CharClass.isHan(u[k]) {
                if k > i + 1, "上中时".unicodeScalars.contains(u[k]), verbEnd(k + 1) != nil { return true }
                k += 1
            }
            return false
        }
        if spokeAt(0) { return true }
        guard let (title, _) = bareSpeakerTitles.longest(in: u, at: 0) else { return false }
        for n in 2...4 where title + n < u.count && u[title..<(title + n)].allSatisfy(CharClass.isHan) {
            if verbEnd(title + n) != nil || spokeAt(title + n) { return true }
        }
        return false
    }

    static func startsMidSentence(_ text: String) -> Bool {
        // One word of three or four characters and the sentence's end (千家万户。把…): the last word of a cut sentence.
        let head = Array(text.unicodeScalars.prefix(5))
        if let stop = head.firstIndex(where: { $0 == "。" || $0 == "；" }), (3...4).contains(stop), head[..<stop].allSatisfy(CharClass.isHan),
            Words.info(head[..<stop]) != nil
        {
            return true
        }
        // A word of position right before a verb of speech (…大使在致辞 | 中表示，…, …在接受采访 | 时表示，…): the rest of the
        // clause 在 opened, which no sentence opens with.
        if head.count >= 3, MidSentence.positionWords.contains(head[0]),
            Markers.speechVerbs.contains(where: { text.unicodeScalars.dropFirst().starts(with: $0.unicodeScalars) })
        {
            return true
        }
        // A body's last character and what follows its name (市住房和城乡建设 | 局有关负责人介绍，…): the break
        // fell inside the name.
        // (Or inside the body's last word: 中国信息通信 | 研究院副院长魏亮表示，…; or before its head's title: 俄罗斯工业和贸易 |
        // 部部长….)
        let suffix = head.count >= 3 && MidSentence.bodyEnds.contains(head[0]) ? 1
            : head.count >= 5 && MidSentence.bodySuffixInitials.contains(head[0]) && bodySuffixWords.contains(String(scalars: head[..<3])) ? 3 : 0
        if suffix > 0,
            ["有关", "负责人", "党组", "新闻发言人", "发言人", "副", "部长", "局长", "厅长", "院长", "校长", "会长", "主任", "书记", "一位", "官员", "工作人员", "研究员", "教授", "院士"].contains(where: { text.unicodeScalars.dropFirst(suffix).starts(with: $0.unicodeScalars) })
        {
            return true
        }
        // A company's legal form (北京某某商贸 | 有限公司遗失营业执照…): the rest of its name, never a sentence's start.
        if head.count == 5, head[0] == "有" || head[0] == "股",
            ["有限公司", "有限责任公司", "股份有限公司"].contains(where: { text.unicodeScalars.starts(with: $0.unicodeScalars) })
        {
            return true
        }
        // A conjunction standing alone as a word (俄罗斯工业 | 和贸易部部长…说, not 和平, 与会, 及时): the rest of a name
        // or a list the break cut.
        if head.count >= 3, MidSentence.conjunctions.contains(head[0]), CharClass.isHan(head[1]),
            Words.info(head[..<2]) == nil, Words.info(head[..<3]) == nil
        {
            return true
        }
        // A bare percentage and a comma (…毛入园率 | 91.1％，…): the figure of a measure the break cut off, never a sentence's start.
        if head.first.map(CharClass.isDigit) == true {
            let figure = Array(text.unicodeScalars.prefix(10))
            let digits = figure.prefix { CharClass.isDigit($0) || $0 == "." }.count
            if digits + 1 < figure.count, figure[digits] == "％" || figure[digits] == "%", "，、；。".unicodeScalars.contains(figure[digits + 1]) {
                return true
            }
        }
        // A measure's last character and its figure (学前教育毛入园 | 率91.1％，…, 粮食总 | 量达…): no sentence opens with a rate.
        if head.count >= 2, MidSentence.measureEnds.contains(head[0]), CharClass.isDigit(head[1]) || "达为超".unicodeScalars.contains(head[1]) {
            return true
        }
        // Where someone is from (…同志是江苏 | 南通人，1953年参加工作): no paragraph opens with a native place.
        if let at = (2...3).first(where: { head.count > $0 + 1 && head[$0] == "人" && "，、。".unicodeScalars.contains(head[$0 + 1]) }),
            let (len, _) = Gazetteer.index.longest(in: head, at: 0), len == at
        {
            return true
        }
        // The copula with no subject (基层治理 | 是国家治理的基石。): no sentence opens so, nor a paragraph.
        if head.count >= 2, head[0] == "是", CharClass.isHan(head[1]), !"的啊呀否".unicodeScalars.contains(head[1]) { return true }
        var u: [Unicode.Scalar] = []
        for s in text.unicodeScalars.prefix(4) {
            if Self.clauseEnds.contains(s) {
                guard !u.isEmpty, u.allSatisfy(CharClass.isHan), !ChineseNumber.isNumeral(u[0]) else { return false }
                if u.count == 1 { return true }
                // A verb of speech without its speaker (负责人 | 介绍，…, 王强：报告 | 提出，…).
                if Markers.speechVerbs.contains(String(scalars: u)) { return true }
                let word = String(scalars: u)
                // A verb of speech made with 说 (…统计师董莉娟 | 解读说，…), not a modal's way of putting it (应该说，).
                if u.count == 3, u[2] == "说", case let stem = String(scalars: u[..<2]), Words.info(stem)?.pos == "v",
                    !Self.verbOpeners.contains(stem), !["应该", "应当", "能够", "必须", "只能"].contains(stem)
                {
                    return true
                }
                guard let pos = Words.info(word)?.pos else { return false }
                // (Not a thing or doing named as the topic, what it does or is after the comma: 读书，可以让人…, 学习，是一种…, as
                // an essay's paragraph opens.)
                let comment = text.unicodeScalars.dropFirst(u.count + 1)
                if s == "，", Self.topicComments.contains(where: { comment.starts(with: $0.unicodeScalars) }) { return false }
                // A verb with no subject (…数据 | 显示，…, 周建国同志1935年 | 出生，…, 只有扎根 | 实践，…): its subject is the
                // line above. Only a few verbs open a paragraph so, all of them ways of citing or giving an example
                // (据悉，比如，可见，).
                if pos == "v" { return u[0] != "据" && !Self.verbOpeners.contains(word) }
                // (A common noun of three, 种业企业加快推广 | 新品种，…, too; not a place's or a body's name, nor a time's,
                // 小时候，….)
                if Self.timeNouns.contains(word) { return false }
                return (u.count == 2 ? ["n", "nz", "ns", "nt", "ng", "vn"] : ["n", "nz", "vn"]).contains(pos)
            }
            u.append(s)
        }
        return false
    }

    /// `a` ends in a place and `b` opens with a place inside it (李明同志是广东 | 台山人，…, 江苏省南京市 | 建邺区推行…): one
    /// native place or address that a break cut, no heading's end.
    static func placeBridges(_ a: String, _ b: String) -> Bool {
        let u = Array(a.unicodeScalars.suffix(8))
        let v = Array(b.unicodeScalars.prefix(10))
        guard u.count >= 2, v.count >= 2, CharClass.isHan(v[0]) else { return false }
        for s in 0..<(u.count - 1) {
            guard let outer = Gazetteer.index.longest(in: u, at: s), outer.length == u.count - s else { continue }
            // (A county's short name too, 台山 of 广东.)
            if let inner = Gazetteer.index.longest(in: v, at: 0), inner.payload.contains(where: { Gazetteer.isWithin($0, outer.payload) }) { return true }
            return v.withUnsafeBufferPointer { Gazetteer.countyShort(in: $0, at: 0, after: outer.payload) } != nil
        }
        return false
    }

    /// `a` ends and `b` opens with the two parts of a well-known name of three or four characters (习 | 近平, 袁隆 | 平).
    /// (Names of two, 李 | 强化, are too easily made by chance; the whole name on either side is no cut: 习近平 | 同志.)
    static func cutsKnownName(_ a: String, _ b: String) -> Bool {
        spansName(a, b, of: knownPeople, starts: knownNameStarts, tail: 2, head: 3, lengths: 3...4)
    }

    /// A group's label in a list ends in its count in brackets: 全国助人为乐模范（11名）, 先进集体（二十个）.
    static func endsInGroupCount(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.suffix(8))
        guard u.last == "）", let open = u.lastIndex(of: "（"), open + 3 <= u.count - 1, "名人个位项家".unicodeScalars.contains(u[u.count - 2]) else { return false }
        return u[(open + 1)..<(u.count - 2)].allSatisfy { CharClass.isDigit($0) || ChineseNumber.isNumeral($0) }
    }

    /// A line of names (`Cue.nameRow`, which the caller asks) over the line a hard wrap carried its list on to, the wrap
    /// falling between two names (…许　涛　李培生 | 吴　俊　张　华…, …何　平 | 张国庆　…, …赵　刚 | 黄　莉): the blank that set
    /// them apart is lost. A two-character name is padded to three (吴　俊), so single characters pair up: where an odd run of
    /// them ends `a` or opens `b` (…李培生　吴 | 俊　…, …马旭 | 东　刘丽娟), the wrap cut a name, and nothing was lost.
    static func wrapDroppedNameBlank(_ a: String, _ b: String) -> Bool {
        guard let last = a.unicodeScalars.last, CharClass.isHan(last), let first = b.unicodeScalars.first, CharClass.isHan(first),
            b.unicodeScalars.allSatisfy({ CharClass.isHan($0) || CharClass.isSpace($0) })
        else { return false }
        let above = a.unicodeScalars.split(whereSeparator: CharClass.isSpace)
        let below = b.unicodeScalars.split(whereSeparator: CharClass.isSpace)
        guard let end = above.last, let start = below.first, end.count <= 3, start.count <= 3 else { return false }
        let trailingSingles = above.reversed().prefix { $0.count == 1 }.count
        let leadingSingles = below.prefix { $0.count == 1 }.count
        return trailingSingles % 2 == 0 && leadingSingles % 2 == 0 && (end.count >= 2 || trailingSingles > 0)
    }

    /// `a` ends in a transliterated name with its middle dot and part of the last name, `b` opens with the rest of it
    /// (联合国秘书长安东尼奥·古特 | 雷斯在会后…): a name the break cut, no heading's end. (The two parts together are five
    /// characters at most, and the rest gives way to a character no name is spelt with.)
    static func cutsDottedName(_ a: String, _ b: String) -> Bool {
        guard a.unicodeScalars.suffix(5).contains(where: PersonExtractor.nameDots.contains) else { return false }
        let u = Array(a.unicodeScalars.suffix(5))
        guard let dot = u.lastIndex(where: PersonExtractor.nameDots.contains), dot > 0, EntityLexicon.transliteration.contains(u[dot - 1])
        else { return false }
        let tail = u[(dot + 1)...]
        guard tail.count <= 3, tail.allSatisfy(EntityLexicon.transliteration.contains) else { return false }
        let v = Array(b.unicodeScalars.prefix(5))
        let head = v.prefix(while: EntityLexicon.transliteration.contains).count
        return head >= 1 && head < v.count && CharClass.isHan(v[head]) && (2...5).contains(tail.count + head)
    }

    /// Whether the break fell inside the name of a body of four characters or more that the lexicon knows whole
    /// (中国 | 共产党, 最高人民 | 法院, 国家发展 | 改革委): part of it ends `a`, the rest opens `b`.
    static func cutsOrganization(_ a: String, _ b: String) -> Bool {
        spansName(a, b, of: longOrganizations, starts: organizationStarts, tail: 5, head: 8, lengths: 4...13)
    }

    /// Whether one of `names` (whose first characters `starts` holds), of `lengths` characters, spans the break: up to
    /// `tail` of its characters end `a`, up to `head` open `b`, at least one on either side.
    /// (Asked of many lines: first whether any of `a`'s last characters may start such a name; then the names that
    /// start at each such character are read off the index, not built as Strings and looked up.)
    static func spansName(
        _ a: String, _ b: String, of names: PhraseIndex<String>, starts: ScalarSet, tail maxTail: Int, head maxHead: Int, lengths: ClosedRange<Int>
    ) -> Bool {
        let tail = Array(a.unicodeScalars.suffix(maxTail))
        guard tail.contains(where: starts.contains) else { return false }
        let joined = tail + b.unicodeScalars.prefix(maxHead)
        return joined.withUnsafeBufferPointer { p in
            for t in 1...tail.count where starts.contains(tail[tail.count - t]) {
                // (A name that runs past the tail's t characters into the head, which `joined` ends with.)
                if names.matches(in: p, at: tail.count - t).contains(where: { $0.length > t && lengths.contains($0.length) }) { return true }
            }
            return false
        }
    }

    static let longOrganizations = EntityText.index(EntityLexicon.fixedOrganizations.filter { $0.unicodeScalars.count >= 4 })
    static let organizationStarts = ScalarSet(EntityLexicon.fixedOrganizations.filter { $0.unicodeScalars.count >= 4 }.compactMap(\.unicodeScalars.first))

    static let knownPeople = EntityText.index(Array(EntityLexicon.knownPeople))
    static let knownNameStarts = ScalarSet(EntityLexicon.knownPeople.filter { $0.unicodeScalars.count >= 3 }.compactMap(\.unicodeScalars.first))

    /// Line `k` opens item n of a numbered series (（七）…, 七、…, 7.…) whose items run in: the nearest of n − 1,
    /// n − 2, … that can be told has a sentence and more text after it on its line (（六）促进…融合发展。坚持…) — or,
    /// for the series' first item or where none before can be told, the nearest of n + 1, n + 2, ….
    /// (An item cut short can't be told from a subhead; the series must count unbroken to one that can.) An item that ends
    /// in a semicolon is a list's clause, as a law's items under 享有下列权利： are (（一）依照… | …或者监事；): no subhead
    /// ends so.
    static func continuesRunInSeries(_ k: Int, cues: [Cue]) -> Bool {
        guard let (form, number) = numbering(cues[k].line.text) else { return false }
        func runsIn(_ text: String) -> Bool {
            let u = Array(text.unicodeScalars)
            return u.last == "；" || u.firstIndex(where: { $0 == "。" || $0 == "；" }).map { $0 + 8 < u.count } ?? false
        }
        for step in [-1, 1] {
            var n = number
            var j = k + step
            while j >= 0, j < cues.count, abs(k - j) <= 80 {
                if let (f, m) = numbering(cues[j].line.text), f == form {
                    guard m == n + step else { break }
                    if runsIn(cues[j].line.text) { return true }
                    n = m
                }
                j += step
            }
        }
        return false
    }

    /// The form and number of an item's numbering: （七） → ("（", 7), 七、 → ("、", 7), 7. → (".", 7).
    static func numbering(_ text: String) -> (Unicode.Scalar, Int)? {
        let u = Array(text.unicodeScalars.prefix(6))
        guard let f = u.first else { return nil }
        if f == "（" || f == "(" {
            guard let close = u.firstIndex(where: { $0 == "）" || $0 == ")" }), close > 1, let n = ChineseNumber.parse(u[1..<close]) else { return nil }
            return ("（", n)
        }
        guard ChineseNumber.isNumeral(f), let k = u.firstIndex(where: { !ChineseNumber.isNumeral($0) }), k + 1 < u.count,
            ["、", ".", "．"].contains(u[k]), !CharClass.isDigit(u[k + 1]), let n = ChineseNumber.parse(u[..<k])
        else { return nil }
        return (CharClass.isDigit(f) ? "." : "、", n)
    }

    /// A numbered subhead (一、 （二） ■) with no sentence punctuation, short enough for two lines.
    static func isWrappedSubhead(_ text: String) -> Bool {
        text.scalarCount <= 60 && ArticleSegmenter.isNumberedSubhead(text)
            && !text.unicodeScalars.contains(where: wrappedSubheadBreaks.contains)
    }

    /// A line of verse as the layout sets it: short with no sentence end, indented on an indented page,
    /// well short of the wrap in hard wraps.
    static func isVerse(_ c: Cue, layout: LayoutDetector.Result, options: PipelineOptions) -> Bool {
        guard Markers.isVerseLine(c.line.text), !c.opensBlock, !c.credit else { return false }
        switch layout.layout {
        case .indented: return c.line.isIndented
        case .hardWrapped: return c.line.columns < c.wrap - options.wrapTolerance - options.droppedIndentColumns
        case .blankLineBreaks: return true
        }
    }

    /// A dashed subtitle (——论…) or a reporter's byline on a line of its own ends its heading stack:
    /// what follows is text (改革是发展的强 | 大动力。…, 冬日的安徽省金寨县 | 大湾村… after a break),
    /// not one more heading.
    static func endsStack(_ unit: [Int], _ cues: [Cue]) -> Bool {
        guard unit.count == 1 else { return false }
        let c = cues[unit[0]]
        // (A byline under a finished sentence signs the text above it, 本报记者　张　三 at an article's foot: the
        // line under it may be the next headline. A label framed in dashes, ——记者手记——, is a column's name over its
        // headline, no subtitle.)
        return Markers.isDash(c.first) && c.headingShapeWithComma && !Markers.endsWithDash(c.line.text) || c.byline && !(unit[0] > 0 && cues[unit[0] - 1].endsSentence)
    }

    /// A single-line unit that reads as a heading in its context: heading-shaped, after the end of
    /// a paragraph (or another heading, or the page top), and in indented pages not indented.
    static func isHeading(
        _ k: Int, previous: [Int]?, cues: [Cue], layout: LayoutDetector.Result, habits: PageHabits, options: PipelineOptions
    ) -> Bool {
        let c = cues[k]
        guard c.headingShape || layout.layout == .blankLineBreaks && isNumberedWordEnd(c), !c.sentenceOpener else { return false }
        if layout.layout != .blankLineBreaks, c.line.isIndented { return false }
        guard let previous else { return true }
        let p = cues[previous.last!]
        // Under a line that stands alone (an author's posts and name), a short line whose last word runs on into the text
        // after the break is that text's first line, cut: 答：…主任医师　李　红 | 儿童咳嗽持续超过4周称 | (blank) |
        // 为慢性咳嗽。….
        if p.standalone, layout.layout == .blankLineBreaks, k + 1 < cues.count, case let n = cues[k + 1], !n.opensBlock, !n.standalone, !n.credit,
            !n.headingShapeWithComma, Words.bridges(c.line.text, n.line.text)
        {
            return false
        }
        // (A numbered subhead under the byline is the text's first: 本报记者　王　锦 | （一）坚持系统观念 | 各地要….)
        if endsStack(previous, cues), !startsArticle(k, cues: cues, options: options), !authorUnderDashedSubtitle(k, previous: previous, cues: cues),
            !(cues[previous[0]].byline && opensNumberedPart(c.line.text))
        {
            return false
        }
        // Under a paragraph that ends in a colon (…于2023年3月12日决定：) comes what it announces, not a heading —
        // unless numbered (如下： | 一、总体要求) or over a lead.
        if layout.layout == .blankLineBreaks, p.last == "：", !p.salutation, !opensNumberedPart(c.line.text), !startsArticle(k, cues: cues, options: options) {
            return false
        }
        // Under a note in brackets or a number that closes a stack (公　　告 | （第五号） | 中华人民共和国第十四届 | 全国人民代表大会…决定：,
        // 中华人民共和国主席令 | 第八十八号 | 《…数据安全法》已由中华人民共和国第十三届 | 全国人民代表大会…)
        // stands the text's first line, cut short by a break, not one more heading — as the segmenter reads it.
        if layout.layout == .blankLineBreaks, previous.count == 1, previous[0] > 0, cues[previous[0] - 1].headingShape, isStackNumber(p.line.text),
            k + 1 < cues.count, !cues[k + 1].headingShapeWithComma, !cues[k + 1].opensBlock, ArticleSegmenter.authorNames(c.line.text) == nil,
            !startsArticle(k, cues: cues, options: options)
        {
            return false
        }
        let afterHeading = (previous.count == 1 || p.continuesHeading) && p.headingShape
        if habits.headingsFollowBlank, c.gapBefore == 0, !afterHeading, !p.standalone, !p.credit { return false }
        // (A letter's signature, or a closed note at a text's end, （中华书局出版）, ends it as a full stop does: the next
        // piece's title may follow.)
        // (The note read whole where a break cut it: （本文系…重大项目“ | 新质生产力…阶段性成果）.)
        // (So does a poem's last line, a blank over the next piece's title: …每一条小路上 | (blank) | 故乡的年味 | 张　涛; and
        // a table's last row: …3　日本　20　12　13 | (blank) | 体坛观察 | 奥运精神的时代光彩 | 汪　洋.)
        return p.endsSentence || p.signOff || p.standalone || p.credit || afterHeading || (p.verse || p.tableRow) && c.gapBefore > 0
            || (p.last == "）" || p.last == ")") && Markers.isAuthorNote(previous.map { cues[$0].line.text }.joined())
    }

    /// A heading-shaped line followed (through at most a few more heading lines) by a lead, a
    /// byline, a jump-from marker, a photo credit or a letter's salutation: the top of an article.
    static func startsArticle(_ k: Int, cues: [Cue], options: PipelineOptions) -> Bool {
        guard cues[k].headingShapeWithComma else { return false }
        var j = k + 1
        var stack = 1
        while j < cues.count {
            let c = cues[j]
            // (A dateline note in brackets, （新华社北京2月3日电）, closes a text: the line over it was the text's last.)
            if c.opensBlock && !Markers.isFurniture(c.line.text) { return j > k + 1 || !isDatelineNote(c) }
            // A photo credit confirms a heading only without a comma (a caption's first words have one).
            if c.credit { return cues[k].headingShape }
            // (So does a letter's salutation: 小区停车难何时解决？ | 编辑同志：.)
            if c.standalone || c.salutation { return true }
            guard c.headingShape || c.continuesHeading, stack < options.maxHeadingStack + 1 else { return false }
            if !c.continuesHeading { stack += 1 }
            j += 1
        }
        return false
    }

    /// The line opens with a month or a day in figures: 10月, 11日, 3号.
    static func opensWithMonthOrDay(_ text: String) -> Bool { opensWithFigure(text, unit: "月日号") }

    /// The line opens with a day of the month in figures: 11日, 3号.
    static func opensWithDay(_ text: String) -> Bool { opensWithFigure(text, unit: "日号") }

    /// The line opens with one or two figures and one of the characters of `unit`.
    static func opensWithFigure(_ text: String, unit: String) -> Bool {
        let u = text.unicodeScalars
        let digits = u.prefix(while: CharClass.isDigit).count
        guard (1...2).contains(digits), let next = u.dropFirst(digits).first else { return false }
        return unit.unicodeScalars.contains(next)
    }

    static func isDatelineNote(_ c: Cue) -> Bool {
        (c.first == "（" || c.first == "(") && Markers.parseDatelineNote(c.line.text, issueDate: nil) != nil
    }

    /// A caption after a finished paragraph: 图为…, 左图：…, 图②：…, or a line whose next line is a credit on its own.
    /// (`creditApart`: the credit may stand a blank under a caption whose lines stand together, as where paragraphs stand
    /// apart.)
    static func opensCaption(_ k: Int, cues: [Cue], creditApart: Bool = false) -> Bool {
        let t = cues[k].line.text
        if ["图为", "上图", "下图", "图①", "图：", "图:"].contains(where: t.startsWithText) || ArticleSegmenter.isNumberedCaption(t) { return true }
        // (The caption may run over a few lines a wrap cut, and where a blank follows every line the credit stands a blank
        // under it: 11月27日，工人在…如东 | 县一处海上风电场作业。 | 新华社记者　季春鹏　摄.)
        var j = k
        // (With `creditApart`, a break may cut the unfinished caption: 11月20日， | (blank) | 吉林省松原市…。)
        while j + 1 < cues.count, j - k < 3, !cues[j].endsSentence, cues[j + 1].gapBefore == 0 || creditApart && cues[j + 1].gapBefore == 1,
            !cues[j + 1].credit, !cues[j + 1].line.isIndented
        {
            j += 1
        }
        guard j + 1 < cues.count, cues[j + 1].credit, cues[j + 1].gapBefore <= (creditApart ? max(cues[k].gapBefore, 1) : cues[k].gapBefore) else { return false }
        return Markers.isCreditOnly(cues[j + 1].line.text) != nil
    }

    /// The line ends in a URL (http…, www…) whose last character is not closing punctuation.
    static func endsInURL(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.suffix(200))
        guard let last = u.last, isURLScalar(last) else { return false }
        var i = u.count - 1
        while i > 0, isURLScalar(u[i - 1]) { i -= 1 }
        // (The run may start before the URL: 网址:http://… has an ASCII colon in front.)
        let token = String(scalars: u[i...])
        return token.hasText("http") || token.hasText("www.")
    }

    /// The line opens with the rest of a URL: URL characters to the line's end (c | om.cn/…), or a run
    /// of three or more that a blank or punctuation closes — not 3月3日… (a headline's date) under a
    /// finished URL.
    static func continuesURL(_ text: String) -> Bool {
        var n = 0
        for s in text.unicodeScalars {
            guard isURLScalar(s) else { return n >= 3 && !CharClass.isHan(s) }
            n += 1
        }
        return n > 0
    }

    static func isURLScalar(_ s: Unicode.Scalar) -> Bool {
        CharClass.isASCIIAlnum(s) || "/.-_~%?#=&:+".unicodeScalars.contains(s)
    }

    /// `a` ends in one half of an ellipsis or a dash and `b` opens with the other (…… and —— are printed as pairs; a
    /// kicker's whole —— over a subtitle's —— is two marks).
    static func splitsPairedMark(_ a: String, _ b: String) -> Bool {
        guard let last = a.unicodeScalars.last, last == "…" || last == "—", b.unicodeScalars.first == last else { return false }
        return a.unicodeScalars.dropLast().last != last && b.unicodeScalars.dropFirst().first != last
    }

    /// `b` completes a jump marker or credit that `a` began: （下转第四 | 版）, 本报特约记者 杨忠 | 军 摄,
    /// 龙　巍摄 | （人民视觉）.
    static func splitsMarker(_ a: String, _ b: String) -> Bool {
        guard b.utf8.count <= 48, b.unicodeScalars.count <= 12 else { return false }
        let joined = a + b
        let aLength = a.unicodeScalars.count
        if let (_, length) = Markers.parseJumpTo(joined), length > joined.unicodeScalars.count - aLength, Markers.parseJumpTo(a) == nil {
            return true
        }
        guard let (_, length) = Markers.parseCredit(joined), length > joined.unicodeScalars.count - aLength else { return false }
        // (A credit whose agency's bracket went to the next line, 龙　巍摄 | （人民视觉）, is one credit too.)
        guard let (_, alone) = Markers.parseCredit(a) else { return true }
        return length >= alone + joined.unicodeScalars.count - aLength
    }

    static func start(_ k: Int, _ cues: [Cue], _ options: PipelineOptions) -> Unit {
        let c = cues[k]
        return Unit(
            text: c.line.text, pieces: [LineOffset(line: c.line.number, offset: 0)], joins: [], indented: c.line.isIndented,
            headingShaped: c.headingShape || c.headingShapeWithComma && startsArticle(k, cues: cues, options: options),
            scalarCount: c.scalarCount, bylineAt: c.bylineAt.map(Int.init))
    }

    static func append(_ u: inout Unit, _ c: Cue, recordJoin: Bool, separator: Unicode.Scalar? = nil) {
        let lastLine = u.pieces.last!.line
        // Pieces are joined as printed, with nothing between: the dump kept no space at a break, and a
        // break inside a Latin run (a URL, an acronym, a number) is more common than between two words.
        // (But for the blank between two names of a list that a wrap dropped: `wrapDroppedNameBlank`.)
        if let separator {
            u.text.unicodeScalars.append(separator)
            u.scalarCount += 1
        }
        u.pieces.append(LineOffset(line: c.line.number, offset: u.scalarCount))
        u.scalarCount += c.scalarCount
        u.text += c.line.text
        u.headingShaped = false
        // (A headline and its byline keep their split where the line's rest is the byline's: …本报记者　郁静 | 娴.)
        if !c.continuesByline { u.bylineAt = nil }
        if recordJoin { u.joins.append(LineJoin(lastLine, c.line.number)) }
    }
}
