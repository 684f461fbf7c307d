/// Stage 5: blocks → articles. A heading stack (kicker / headline / subtitle), a lead, a jump-from
/// marker or a photo caption opens an article; body blocks follow it; furniture is dropped.
public enum ArticleSegmenter {
    public struct Result: Sendable {
        public var articles: [Article]
        public var dropped: [DroppedFragment]
    }

    /// An article while it is being put together.
    struct Draft {
        var headings: [Block] = []
        var blocks: [Block] = []
        var paragraphs: [Paragraph] = []
        var lead: Lead?
        var dateline: Dateline?
        var photographers: [String] = []
        var continuedFromPage: Int?
        var continuesOnPage: Int?
        var isPhoto = false
        var isCommentary = false

        var hasBody: Bool { !paragraphs.isEmpty }
        /// Heading lines and nothing else: no text, lead, caption or jump under them.
        var isHeadingsOnly: Bool {
            !headings.isEmpty && blocks.count == headings.count && lead == nil && !isPhoto && continuedFromPage == nil && continuesOnPage == nil
        }
    }

    public static func segment(_ blocks: [Block], pageID: String, options: PipelineOptions) -> Result {
        var drafts: [Draft] = []
        var dropped: [DroppedFragment] = []
        var pending: [Block] = []

        func open(_ draft: Draft = Draft()) {
            var d = draft
            d.headings = pending
            d.blocks = pending
            // (推动高质量发展（上接第一版）: the stack carries the jump.)
            if d.continuedFromPage == nil { d.continuedFromPage = pending.lazy.compactMap(\.continuedFromPage).first }
            pending = []
            drafts.append(d)
        }
        func needsNew(forLead: Bool) -> Bool {
            guard let d = drafts.last else { return true }
            if d.isPhoto { return true }
            return forLead ? d.hasBody : false
        }

        var carried: Block?  // a commentary byline, an editor's note or a jump-from marker printed above the heading it belongs under
        // After a pen name under a title, over short lines: verse, whose lines stand as close as the
        // name stands to them (a wider gap starts the next piece).
        var verseGap: Int?
        for (index, original) in blocks.enumerated() {
            var b = original
            if b.kind == .heading, let g = verseGap, pending.isEmpty, let last = drafts.last?.blocks.last, last.kind == .byline || gap(last, b) <= g,
                index + 1 == blocks.count || ![.lead, .byline].contains(blocks[index + 1].kind) && !opensSignedPiece(blocks, index)
                    && !opensProse(blocks, index),
                !Markers.isLetterSpaced(b.text)
            {
                // (A heading over a lead starts the next article however close it stands, and so does a
                // title over its author's name and prose, 读书的灯 | 张晓东 | 我读小学的时候，…, or over prose
                // alone, or set letter-spaced: 书　　讯.)
                b.kind = .body
            } else if verseGap != nil, b.kind != .body || !Markers.isVerseLine(b.text) {
                // (Prose ends the verse: 山中记 | 张　瑾 | 一 | 进山那天…。 is an essay in parts.)
                verseGap = nil
            }
            // 田野上的歌 | 李　青 | 风吹过麦田 | …: a spaced pen name under one title, then lines of verse.
            // (Under a column's label too, behind the author's mark: 诗路 | 冬日小令（外二首） | □刘　川 | (blank) | 落叶….; or a
            // label the list knows without it: 新诗 | 山路 | 李　琦 | 山路弯弯 | ….)
            if b.kind == .heading, pending.count == 1 || pending.count == 2, index + 1 < blocks.count, blocks[index + 1].kind == .heading,
                !isNumberedPart(blocks[index + 1].text), b.text.unicodeScalars.contains(where: CharClass.isSpace), let names = authorNames(b.text), names.count == 1,
                pending.count == 1 || Markers.authorMark(b.text) != nil || isColumnLabel(pending[0].text)
            {
                signs(&b, names)
                let second = index + 2 < blocks.count && blocks[index + 2].kind == .heading ? index + 2 : index + 1
                verseGap = gap(blocks[second - 1], blocks[second])
            }
            // 钟声 under a headline, right before the text (or its first part, 一): the author's name, not a subtitle.
            // (Behind its mark, the author's post in brackets may run past a heading's width, and a wrap may cut it:
            // 作者：李　明（中国社会科学院文学研究所 | 研究员）.)
            if b.kind == .heading || b.kind == .body && Markers.authorMark(b.text) != nil, !pending.isEmpty,
                index + 1 < blocks.count,
                [.body, .lead].contains(blocks[index + 1].kind) || blocks[index + 1].kind == .heading && isNumberedPart(blocks[index + 1].text),
                let names = authorNames(b.text)
            {
                signs(&b, names)
            }
            // 书香（书法） | 张　海 with no text under it, the page's end, its furniture or a blank further than the two stand
            // apart under it: a work's title (calligraphy, a painting, a photo) over its maker's padded name, not a subtitle.
            if b.kind == .heading, pending.count == 1, b.text.unicodeScalars.contains("\u{3000}"), let names = authorNames(b.text), names.count == 1,
                index + 1 == blocks.count || blocks[index + 1].kind == .furniture
                    || blocks[index + 1].kind == .heading && gap(b, blocks[index + 1]) > gap(pending[0], b)
            {
                signs(&b, names)
            }
            // 国家统计局 | 2020年2月28日 under a document's title (…统计公报), over its text: who issued it and when, the text's
            // first lines, not a subtitle and the page's date.
            if b.kind == .furniture || b.kind == .heading, pending.count >= 2, index + 1 < blocks.count,
                issuedUnderTitle(issuer: pending[pending.count - 1].text, date: b.text, next: blocks[index + 1])
            {
                let issuer = pending.removeLast()
                open()
                for var line in [issuer, b] {
                    line.kind = .body
                    line.body = line.text
                    line.bodyOffset = 0
                    drafts[drafts.count - 1].blocks.append(line)
                    if let para = line.paragraph { drafts[drafts.count - 1].paragraphs.append(para) }
                }
                continue
            }
            // 中华人民共和国主席　习近平 | 2021年4月29日 under a decree's text: its close, not the page's head (a
            // date alone reads as furniture, one with its place, 2023年3月12日于北京, as a heading).
            if b.kind == .furniture || b.kind == .heading && Markers.isDateLine(b.text), let i = drafts.indices.last,
                let date = closingDate(b, under: drafts[i], signature: pending, next: index + 1 < blocks.count ? blocks[index + 1] : nil)
            {
                for line in pending + [date] {
                    drafts[i].blocks.append(line)
                    if let para = line.paragraph { drafts[i].paragraphs.append(para) }
                }
                pending = []
                continue
            }
            switch b.kind {
            case .furniture:
                dropped.append(DroppedFragment(range: b.range, reason: .furniture, text: b.text))
                continue
            case .heading:
                // A numbered subhead inside the running article, or right under its author's name: a paragraph.
                // (Not a column of briefs' label behind its mark, ■ 新闻速览, nor a column's over a headline, ■ 经济快评 |
                // 消费新场景激发市场活力: it heads the next piece.)
                // (Nor a marked line that is a stack's kicker: `marksStack`, nor one over a dateline, ■工信部：加快… |
                // 本报北京2月5日讯　（记者…）…: a list's brief has its headline marked.)
                if isNumberedSubhead(b.text), !isBriefColumn(b.text), pending.isEmpty, let d = drafts.last, !d.isPhoto,
                    !(index + 1 < blocks.count && blocks[index + 1].kind == .heading && isColumnLabel(withoutBullet(b.text))),
                    !marksStack(blocks, index), !(index + 1 < blocks.count && blocks[index + 1].lead?.dateline != nil),
                    d.hasBody || !d.headings.isEmpty && d.blocks.last?.kind == .byline
                {
                    break
                }
                // A group's label in a list of names, between the lines of names (…　赵　刚　黄　莉 | 全国见义勇为模范（11名） |
                // 王　军　孙　浩　…) or under the list's title and its note (…名单 | （共58名，按姓氏笔画排序） | 全国助人为乐模范（11名）):
                // the list's paragraph, not a headline over a piece of names.
                if pending.isEmpty, b.pieces.count == 1, b.text.unicodeScalars.count <= 30, let d = drafts.last, !d.isPhoto, d.hasBody,
                    let above = d.paragraphs.last?.text,
                    Markers.isNameListLine(above) || d.headings.last?.text.hasSuffix("名单") == true && d.paragraphs.count == 1,
                    index + 1 < blocks.count, blocks[index + 1].kind == .body,
                    Markers.isNameListLine(blocks[index + 1].text), gap(d.blocks[d.blocks.count - 1], b) <= paragraphSpacing(d)
                {
                    break
                }
                // 【专家提醒】 between two paragraphs of the running article: its subhead (a kicker stands over a
                // headline or a lead, 【学术随笔】 | 以数字化赋能基层治理).
                // (Not over a letter's salutation, 【来信】 | 编辑同志：: the letter is a piece of its own.) So is one right under the
                // stack's byline, over text (外卖骑手受伤，谁来担责？ | 本报记者　张　璁 | 【案情】 | 2023年5月，…).
                if isBracketedLabel(b.text), pending.isEmpty, let d = drafts.last, !d.isPhoto,
                    d.hasBody || !d.headings.isEmpty && d.blocks.last?.kind == .byline, index + 1 < blocks.count,
                    blocks[index + 1].kind == .body, blocks[index + 1].continuedFromPage == nil, !Markers.isSalutation(blocks[index + 1].text)
                {
                    break
                }
                // A numbered part right under a stack (数据安全法 | 目　　录, 文章标题 | 一、…) is the stack's
                // first paragraph: no headline, kicker or subtitle is numbered so.
                if !pending.isEmpty, isNumberedPart(b.text) {
                    open()
                    break
                }
                // A note in brackets or a number closes a stack (公　　告 | （第五号）, 主席令 | 第八十八号): a line right
                // under it is the text's first, cut short by a break (中华人民共和国 | 第十四届…决定：), unless it names
                // the author. (Over more heading-shaped lines it is the first of a list: 名单 | （按姓氏笔画排序） |
                // 王　强　院士 | ….) (Right under it: as close as the stack's own lines stand, where a blank follows
                // every line.)
                if pending.count >= 2, let note = pending.last, gap(note, b) <= min(1, gap(pending[pending.count - 2], note)),
                    ParagraphReflower.isStackNumber(note.text),
                    authorNames(b.text) == nil, index + 1 < blocks.count, blocks[index + 1].kind == .body
                {
                    open()
                    break
                }
                // A column's name under a stack opens a stack of its own over the headline under it (热烈庆祝… | 人民时评 |
                // 伟大祖国繁荣昌盛): it stands over its headline, never under one.
                if !pending.isEmpty, isColumnLabel(b.text), index + 1 < blocks.count, blocks[index + 1].kind == .heading {
                    open()
                    pending.append(b)
                    continue
                }
                // 科技视野 | kicker | headline | ——subtitle at the page's top: a stack holds three lines, so the
                // short line a fourth up is the page's label.
                if pending.count == options.maxHeadingStack, Markers.opensWithDash(b.text),
                    pending[0].text.withoutSpaces.count <= 8, !drafts.contains(where: \.hasBody)
                {
                    dropped.append(DroppedFragment(range: pending[0].range, reason: .furniture, text: pending[0].text))
                    pending.removeFirst()
                }
                // A stack whose lines stand close ends at a wider gap: what follows it is another piece. So does
                // a line right under text, before a letter-spaced title a blank further (…书页泛黄 | 我读着读着 |
                // (blank) | 书　　讯): it was the text's last line. (A document's title set over lines counts as one.)
                // A ——subtitle opens no piece, so it stays under its stack a blank further, as pdftotext prints a wrapped
                // headline's last line (…“金果子 | ” | (blank) | ——江苏推进…综述) apart from what follows.
                if pending.count >= options.maxHeadingStack && joiningDocumentTitle(pending.map(\.text)).count >= options.maxHeadingStack
                    || pending.count >= 2 && gap(pending[pending.count - 1], b) > gap(pending[pending.count - 2], pending[pending.count - 1])
                        && !Markers.opensWithDash(b.text)
                    || pending.count == 1 && b.text.unicodeScalars.count >= 4 && Markers.isLetterSpaced(b.text)
                        && drafts.last?.blocks.last.map({ gap($0, pending[0]) < gap(pending[0], b) }) == true
                {
                    open()
                }
                pending.append(b)
                continue
            case .lead:
                if !pending.isEmpty || needsNew(forLead: true) { open() }
            case .byline:
                // 本报评论员 above a heading belongs to the article below it. (A column's name, 社论, under a stack of its own —
                // a front page's banner, 热烈庆祝… | 社论 | 伟大祖国繁荣昌盛 — heads the editorial, as a column's name read as a
                // heading does: the banner is a piece of its own.)
                if pending.isEmpty || isColumnLabel(b.text), carried == nil, index + 1 < blocks.count, blocks[index + 1].kind == .heading,
                    Markers.isCommentaryByline(b.text)
                {
                    if !pending.isEmpty { open() }
                    carried = b
                    continue
                }
                // A byline under a headline, or at the foot of the article it signs. (Not one further from a signed text's
                // finished paragraph than its paragraphs stand apart, over text of its own: …订单增加。 | (blank) | 文/图　本报记者
                // 吴佳佳 | 走进…. That signs the next piece, whose title is lost or was a picture.)
                if !pending.isEmpty || needsNew(forLead: false) {
                    open()
                } else if let d = drafts.last, d.lead?.reporters.isEmpty == false, let last = d.blocks.last, last.kind == .body,
                    Markers.endsSentence(last.text), gap(last, b) > paragraphSpacing(d), index + 1 < blocks.count, blocks[index + 1].kind == .body
                {
                    open()
                } else if var d = drafts.last, let photo = captionSignedApart(d, b) {
                    // A text's and picture's maker (…　文/图) under a short paragraph of an article its own reporters signed
                    // at its head: that paragraph is the caption of a picture story of its own (一线职工的“充电站” | 本报记者　李　娜
                    // … | 6月16日，…职工在参加技能比武。 | 本报记者　刘　杨　文/图).
                    drafts.removeLast()
                    d.blocks.removeLast()
                    d.paragraphs.removeLast()
                    drafts.append(d)
                    drafts.append(photo)
                }
            case .caption where b.body == nil && pending.isEmpty && drafts.last.map(awaitsCredit) == true:
                // 图②：… | 新华社记者　刘坤摄, taken into the series of 图①: its credit.
                break
            case .caption where b.body == nil && pending.isEmpty && drafts.last.map({ creditsTheArticle(b, $0) }) == true:
                // （新华社记者　李学仁摄） at a text's foot, under no caption: the text's photographer.
                break
            case .caption where b.body == nil && pending.isEmpty:
                // A credit on its own line: the short paragraph just above it is the caption.
                if var d = drafts.last, !d.isPhoto, d.paragraphs.count > 1 || d.lead == nil && d.continuedFromPage == nil,
                    let last = d.blocks.last, last.kind == .body, last.pieces.count <= 8, (last.body?.count ?? 0) <= 250,
                    last.paragraph != nil
                {
                    // 图①：… 图②：… over one credit: the numbered captions go with it together.
                    var take = 1
                    while isNumberedCaption(last.text), take < d.paragraphs.count, take < d.blocks.count {
                        let previous = d.blocks[d.blocks.count - 1 - take]
                        guard previous.kind == .body, previous.pieces.count <= 8, previous.paragraph != nil, isNumberedCaption(previous.text) else { break }
                        take += 1
                    }
                    if take == 1, d.paragraphs.count >= 2, isPictureHeadlineOverCaption(d, adding: 0) { take = d.paragraphs.count }
                    drafts.removeLast()
                    if d.paragraphs.count == take {
                        d.isPhoto = true
                        drafts.append(d)
                    } else {
                        let captions = Array(d.blocks.suffix(take))
                        d.blocks.removeLast(take)
                        d.paragraphs.removeLast(take)
                        drafts.append(d)
                        drafts.append(Draft(blocks: captions, paragraphs: captions.compactMap(\.paragraph), isPhoto: true))
                    }
                } else {
                    open(Draft(isPhoto: true))
                }
            case .caption where pending.isEmpty && b.body.flatMap({ body in drafts.last.map { isPictureHeadlineOverCaption($0, adding: body.count) } }) == true:
                // The last paragraph of a caption with its credit, under the caption's first under the picture's headline.
                drafts[drafts.count - 1].isPhoto = true
            case .caption:
                if !pending.isEmpty || !(drafts.last.map { continuesCaptionSeries($0, b) } ?? false) { open(Draft(isPhoto: true)) }
            case .jumpMarker where b.continuedFromPage != nil && pending.isEmpty && drafts.last?.hasBody == true
                && Markers.isTightJump(b.text) && blocks[(index + 1)...].allSatisfy({ $0.kind == .furniture }):
                // （紧接第二版） alone at the page's foot, under text: that text goes on overleaf; nothing here goes on from it.
                b.continuesOnPage = b.continuedFromPage
                b.continuedFromPage = nil
            case .jumpMarker where b.continuedFromPage != nil:
                // （上接第一版） alone over a headline: the continuation goes on under its headline, repeated.
                if pending.isEmpty, carried == nil, b.paragraph == nil, index + 1 < blocks.count, blocks[index + 1].kind == .heading {
                    carried = b
                    continue
                }
                if !pending.isEmpty || needsNew(forLead: true) { open() }
            case .jumpMarker, .datelineNote:
                if !pending.isEmpty || drafts.isEmpty { open() }
            case .body where pending.isEmpty && carried == nil && index + 1 < blocks.count && blocks[index + 1].kind == .heading
                && Markers.isEditorsNote(b.text) && !Markers.isAfterword(b.text) && !(drafts.last.map { !$0.hasBody && !$0.headings.isEmpty && !$0.isPhoto } ?? false)
                && !(index > 0 && gap(blocks[index - 1], b) < gap(b, blocks[index + 1])):
                // 编者按 printed above a headline introduces the article under it — unless it stands right under a
                // stack with no text yet, whose first paragraph it is, or closer to the text above than to the headline
                // (…河北石家庄读者　刘　洋 | 编者按：… | (blank) | the next headline: the editor's word on the letter above). An
                // afterword, 编后语：…, is always the word on the article above.
                carried = b
                continue
            case .body where pending.isEmpty && carried == nil && b.pieces.count == 1 && isBracketedLabel(b.text) && index + 1 < blocks.count
                && blocks[index + 1].kind == .body && Markers.isSalutation(blocks[index + 1].text) && drafts.last?.hasBody == true:
                // A label in lenticular brackets over a letter's salutation (…现象。 | 【来信】 | 编辑同志： | …): the letter's own
                // piece, the label over it, not a subhead of the text above.
                b.kind = .heading
                pending.append(b)
                continue
            case .body where pending.isEmpty && carried == nil && b.pieces.count == 1 && Markers.isBoxLabel(b.text) && index + 2 < blocks.count
                && blocks[index + 1].kind == .heading && [.body, .lead, .byline].contains(blocks[index + 2].kind) && drafts.last?.hasBody == true
                && !(blocks[index + 1].text.unicodeScalars.first.map(Markers.leadBullets.contains) ?? false):
                // A box's label right over a title with text under it (…潜力。 | 延伸阅读 | 什么是新能源汽车下乡 | …): the
                // kicker of a piece of its own, not the last line of the text above. (Over text alone, 链接 | 今年前10个月…,
                // it is a paragraph of the text; so over its list's first item, 健康小贴士 | ●外出时佩戴口罩.)
                b.kind = .heading
                pending.append(b)
                continue
            case .body:
                if !pending.isEmpty || b.continuedFromPage != nil || needsNew(forLead: false) && !(drafts.last.map { continuesCaptionSeries($0, b) } ?? false) {
                    open()
                } else if let last = drafts.last?.blocks.last, last.kind == .byline, Markers.parseFootByline(last.text) != nil {
                    // Text under the reporters that signed the article at its foot, （本报记者　贾平凡整理） | 问：…: a piece of its
                    // own, untitled (a box, a Q&A).
                    open()
                }
            }
            var d = drafts.removeLast()
            if let c = carried, opensBelow(d, c) {
                prepend(c, to: &d)
                carried = nil
            }
            d.blocks.append(b)
            absorbLead(b, into: &d)
            if let p = b.continuedFromPage, d.continuedFromPage == nil { d.continuedFromPage = p }
            if let p = b.continuesOnPage { d.continuesOnPage = p }
            d.photographers += b.photographers.filter { !d.photographers.contains($0) }
            if let para = b.paragraph { d.paragraphs.append(para) }
            drafts.append(d)
        }
        if !pending.isEmpty { open() }
        if let c = carried {
            // The page ended under the heading it stood above: it goes with that heading, or alone, never lost.
            if !opensBelow(drafts.last, c) { drafts.append(Draft()) }
            prepend(c, to: &drafts[drafts.count - 1])
        }
        return Result(
            articles: keepingStrayLines(keepingStanzas(mergingHeadingRuns(keepingSubheadSeries(drafts)))).map { finish($0, pageID: pageID) },
            dropped: dropped)
    }

    /// Heading-shaped lines with no text anywhere under them, more than a stack holds and as close together
    /// as a stack's lines (名单 | （按姓氏笔画排序） | 王　强　中国科学院院士 | 刘晓明　清华大学教授 …, on a
    /// page without indents): one piece, its first line the headline, the others its paragraphs. Each
    /// stack of three had become an article with no text.
    static func mergingHeadingRuns(_ drafts: [Draft]) -> [Draft] {
        var out: [Draft] = []
        var lastIsRun = false  // out.last is a run merged here, which may take more
        for d in drafts {
            guard var host = out.last, host.isHeadingsOnly || lastIsRun, d.isHeadingsOnly, let last = host.blocks.last, let first = d.blocks.first
            else {
                out.append(d)
                lastIsRun = false
                continue
            }
            guard gap(last, first) <= spacing(host), lastIsRun || host.headings.count + d.headings.count > 3 else {
                out.append(d)
                lastIsRun = false
                continue
            }
            if host.isHeadingsOnly {
                host.paragraphs = host.headings.dropFirst().compactMap(\.paragraph)
                host.headings = [host.headings[0]]
            }
            host.blocks += d.blocks
            host.paragraphs += d.headings.compactMap(\.paragraph)
            out[out.count - 1] = host
            lastIsRun = true
        }
        return out
    }

    /// Makes `b`, a line that names its text's author alone (a pen name under a title, a poet's, a work's maker's), that
    /// author's byline.
    static func signs(_ b: inout Block, _ names: [String]) {
        b.kind = .byline
        b.body = nil
        b.lead = Lead(text: b.text, source: nil, dateline: nil, reporters: names)
    }

    /// A stack's last line (`issuer`, under the title) the body that issued the document titled above it (…统计公报 |
    /// 国家统计局, 新时代的中国与世界 | 中华人民共和国国务院新闻办公室), with the date it was issued on the line under it and
    /// text under that (or the document's first part: 前　　言, 一、…).
    static func issuedUnderTitle(issuer: String, date: String, next: Block) -> Bool {
        guard [.body, .lead].contains(next.kind) || next.kind == .heading && isNumberedPart(next.text) else { return false }
        return isIssuerOverDate(issuer, date)
    }

    /// The body that issued a document over the date it did (国家统计局 | 2020年2月28日, or a white paper's 2019年9月): the
    /// segmenter's and the reflower's one test of it.
    static func isIssuerOverDate(_ issuer: String, _ date: String) -> Bool {
        (Markers.isDateLine(date) || Markers.isYearAndMonth(date)) && isIssuerList(issuer)
    }

    /// A full date alone on a line is a page's head at its top, but under an article's text — right under
    /// a signature line (中华人民共和国主席　习近平, an office's name under 特此公告。) or as close under the
    /// text as its paragraphs stand — it is the date the text was signed: returned as a body block.
    /// Not when text, a lead or an author's name follows as close: then the line above was a title.
    /// (A body's name the column cut in two signs so too, each line a body's: 全国人民代表大会常务委员会 | 代表资格审查委员会 |
    /// 2019年12月16日.)
    static func closingDate(_ b: Block, under d: Draft, signature: [Block], next: Block?) -> Block? {
        guard d.hasBody, !d.isPhoto, d.continuesOnPage == nil, b.pieces.count == 1,
            signature.count <= 1
                || signature.count == 2 && gap(signature[0], signature[1]) <= paragraphSpacing(d) && signature.allSatisfy({ isIssuerList($0.text) }),
            Markers.isDateLine(b.text), let last = d.blocks.last
        else { return nil }
        let spacing = paragraphSpacing(d)
        // (A note in brackets under the date closes the text with it: 国务院 | 2025年3月1日 | （此件公开发布）. So does the next
        // piece's 社论 or 本报评论员 over its headline, where a blank follows every line.)
        if let n = next, gap(b, n) <= spacing,
            [.body, .lead, .byline].contains(n.kind) && !ParagraphReflower.isBracketedNote(n.text) && !Markers.isCommentaryByline(n.text)
                || n.kind == .heading && authorNames(n.text) != nil
        {
            return nil
        }
        // (An office and its holder's name, 中华人民共和国主席　习近平, signs the text, and the date under it is
        // the signing's, even a blank further than the paragraphs stand, as where every paragraph has one under it.)
        if let sign = signature.last, let top = signature.first {
            // (A bare name or a body's only with the date right under it: 习近平 | 2022年5月2日, …主席团 | 2023年3月12日于北京,
            // 全国人民代表大会常务委员会 | 2025年4月30日.)
            let slack = isOfficeAndName(sign.text)
                || gap(sign, b) == 0 && (signsAlone(sign.text) || Markers.isSignOff(sign.text) || isIssuerList(sign.text)) ? 1 : 0
            // (A body's name may run long: 中华人民共和国第十四届全国人民代表大会第一次会议主席团.)
            guard signature.allSatisfy({ $0.pieces.count <= 2 && $0.text.unicodeScalars.count <= 32 }), gap(sign, b) <= spacing, gap(last, top) <= spacing + slack
            else { return nil }
        } else {
            let slack = last.kind == .body && (isOfficeAndName(last.text) || signsAlone(last.text)) ? 1 : 0
            guard gap(last, b) <= spacing + slack else { return nil }
        }
        var date = b
        date.kind = .body
        date.body = b.text
        return date
    }

    /// One name alone on its line (习近平, 李　红): a signature when a date stands right under it.
    static func signsAlone(_ text: String) -> Bool { authorNames(text)?.count == 1 }

    /// 中华人民共和国主席　习近平, 国务院总理　李　强: a title, a space, a name.
    static func isOfficeAndName(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        guard let space = u.firstIndex(where: CharClass.isSpace), space > 1 else { return false }
        let name = String(String.UnicodeScalarView(u[space...].filter { !CharClass.isSpace($0) }))
        return EntityLexicon.endsWithTitle(Array(u[..<space])) && EntityLexicon.isNameOrKnownPerson(name)
    }

    /// A poem's later stanzas (那是我见过 | 最美的波浪, a blank line under the first stanza): short lines with
    /// nothing under them, up to two blanks further from a piece whose text is verse — three or more short
    /// lines and no sentence end — than its lines stand from each other, are more of its lines, not an article
    /// whose headline is the stanza's first line. So are lines of verse under a title of their own, with no
    /// author's name: the author's next poem (春天的田野（外一首） | … | 夜读 | 灯下翻开一本旧书 | …).
    static func keepingStanzas(_ drafts: [Draft]) -> [Draft] {
        func isVerse(_ p: Paragraph) -> Bool { Markers.isVerseLine(p.text) }
        var out: [Draft] = []
        for d in drafts {
            // (Most pieces have text of their own: that is decided first.)
            // (Or lines under a title of their own, the next poem of the author's: 夜读 | 灯下翻开一本旧书 | ….)
            let versesOnly = d.lead == nil && !d.isPhoto && d.continuedFromPage == nil && d.continuesOnPage == nil
                && d.blocks.allSatisfy { [.heading, .body].contains($0.kind) && Markers.isVerseLine($0.text) }
            // (A first stanza of two lines is verse enough where two or more such lines follow with nothing under them:
            // 雪落在北方的屋顶上 | 落在母亲的白发上 | (blank) | 雪落无声 | 却把整个冬天 | 都说了出来.)
            guard d.isHeadingsOnly || versesOnly, var host = out.last,
                host.paragraphs.count >= 3 || host.paragraphs.count == 2 && d.isHeadingsOnly && d.headings.count >= 2,
                !host.isPhoto, host.continuesOnPage == nil,
                let last = host.blocks.last, let first = d.blocks.first, gap(last, first) <= spacing(host) + 2,
                host.paragraphs.allSatisfy(isVerse), d.headings.allSatisfy({ $0.paragraph.map(isVerse) ?? false })
            else {
                out.append(d)
                continue
            }
            host.blocks += d.blocks
            host.paragraphs += d.headings.compactMap(\.paragraph) + d.paragraphs
            out[out.count - 1] = host
        }
        return out
    }

    /// A short line that read as a heading but has nothing under it — the page ends, or the next piece
    /// stands further off — and stands as close under an article's text as that text's paragraphs stand
    /// to each other (a body's signature, …编辑部, one blank further) is the article's last paragraph: a
    /// letter's signature (河北石家庄　李　明), a closing line. A headline with no text of its own is no
    /// article. (A damaged credit, 本 本报特约记者 杨忠军 摄, is left where it stands.)
    static func keepingStrayLines(_ drafts: [Draft]) -> [Draft] {
        var out: [Draft] = []
        for (i, d) in drafts.enumerated() {
            // (So is a book's note set a line to each part under its review, 《故乡的河流》 | 刘亮程著 | 译林出版社: its lines.)
            if var host = out.last, host.hasBody, !host.isPhoto, host.continuesOnPage == nil, d.isHeadingsOnly, (2...4).contains(d.headings.count),
                d.headings[0].text.hasPrefix("《"), Markers.isBookNote(d.headings.map(\.text).joined()), let last = host.blocks.last,
                gap(last, d.headings[0]) <= paragraphSpacing(host)
            {
                host.blocks += d.headings
                host.paragraphs += d.headings.compactMap(\.paragraph)
                out[out.count - 1] = host
                continue
            }
            guard var host = out.last, host.hasBody, !host.isPhoto, host.continuesOnPage == nil, d.isHeadingsOnly, d.headings.count == 1,
                let line = d.headings.first,
                line.text.unicodeScalars.count <= 20, !line.text.hasText("记者"), !line.text.hasSuffix("摄"), let para = line.paragraph,
                let last = host.blocks.last
            else {
                out.append(d)
                continue
            }
            let into = gap(last, line)
            let next = i + 1 < drafts.count ? drafts[i + 1].blocks.first.map { gap(line, $0) } : nil
            // (A body's signature may stand a blank further: 特此更正。 | (blank) | 本报编辑部.)
            // (An author's name alone under a finished sentence signs it even where the next piece stands as close, a blank
            // after every line: …目标任务。 | 王　平 | 评论员观察 (an author's name stands under a headline, not over one); and it
            // stands as close as the paragraphs do, whatever the stack's lines.)
            let signer = host.paragraphs.last.map { Markers.endsSentence($0.text) } == true && footSigner(host.paragraphs + [para]) != nil
            guard into <= spacing(host) || into <= spacing(host) + 1 && Markers.isSignOff(line.text) || signer && into <= paragraphSpacing(host),
                next.map({ $0 > into || signer && $0 == into }) ?? true
            else {
                out.append(d)
                continue
            }
            host.blocks.append(line)
            host.paragraphs.append(para)
            out[out.count - 1] = host
        }
        return out
    }

    /// Unnumbered subheads of a long report (夯实种质资源根基 … 推进育种创新): two or more short
    /// single-line headings in a row, each over body only (no lead, byline, dateline, stack, jump or
    /// caption), right after an article that has a lead or byline and does not jump away, are that
    /// article's subheads, kept as its paragraphs. One such heading alone is a subhead only where
    /// the page sets its headings apart with a blank line (two or more do, and at most half as many
    /// stand right under text) and it stands right under the text with none: otherwise it opens an
    /// article, since a short report without a lead is as common as a feature with a single subhead.
    static func keepingSubheadSeries(_ drafts: [Draft]) -> [Draft] {
        // (The page's first heading stands apart: the page top separates it.)
        func gapBefore(_ k: Int) -> Int? {
            if k == 0 { return 1 }
            guard let first = drafts[k].blocks.first, let last = drafts[k - 1].blocks.last else { return nil }
            return gap(last, first)
        }
        let gaps = drafts.indices.filter { !drafts[$0].headings.isEmpty }.compactMap(gapBefore)
        let apart = gaps.filter { $0 > 0 }.count
        let headlinesAfterBlank = apart >= 2 && (gaps.count - apart) * 2 <= apart
        func isSubhead(_ d: Draft, maxLength: Int = 12) -> Bool {
            guard d.headings.count == 1, d.lead == nil, d.dateline == nil, !d.isPhoto, !d.isCommentary, d.continuedFromPage == nil,
                d.hasBody, d.blocks.allSatisfy({ $0.kind == .heading || $0.kind == .body })
            else { return false }
            let text = d.headings[0].text
            // (A notice's title, 讣　告 or 更　正, and a life's, 赵某某同志生平, head pieces of their own. So does a title over text
            // that ends in where it came from, a brief's foot: 人民币汇率中间价 | 12月9日，…上调43个基点。（据新华社）.)
            return (2...maxLength).contains(text.unicodeScalars.count) && !isBriefColumn(text) && !isColumnLabel(text) && !signed(d)
                && !Markers.isDocumentTitle(text) && !text.hasSuffix("生平")
                && !(d.paragraphs.last.map { Markers.trailingDatelineNote($0.text) != nil } ?? false)
        }
        // Subheads of one series may be longer where they share a label's shape: 改路：山沟通了“致富路” | … | 改心：“等靠要”变成
        // “比学赶” (a word of the same opening and a colon after it, at the same place), or two phrases a blank apart, the
        // first as long in each (规划先行　因地制宜选产业 | … | 利益联结　群众共享发展红利). Another such within eight drafts makes
        // a series.
        func labelShape(_ d: Draft) -> String? {
            guard d.headings.count == 1 else { return nil }
            let u = Array(d.headings[0].text.unicodeScalars)
            guard u.count <= 20, let colon = u.firstIndex(where: { $0 == "：" || $0 == ":" || $0 == "　" }), (1...4).contains(colon),
                colon + 2 < u.count,
                u[..<colon].allSatisfy(CharClass.isHan)
            else { return nil }
            if u[colon] == "　" { return colon >= 2 && u[(colon + 1)...].allSatisfy(CharClass.isHan) ? "　" + String(colon) : nil }
            // (Not a place's name: 湖南：… | 湖北：… are briefs from two provinces.)
            if u[..<colon].withUnsafeBufferPointer({ Gazetteer.placesLength($0) }) >= 2 { return nil }
            return String(u[0]) + String(colon)
        }
        func isLabelledSubhead(_ j: Int) -> Bool {
            guard let shape = labelShape(drafts[j]), isSubhead(drafts[j], maxLength: 20) else { return false }
            return (max(0, j - 8)..<min(drafts.count, j + 8)).contains { $0 != j && labelShape(drafts[$0]) == shape && isSubhead(drafts[$0], maxLength: 20) }
        }
        // (A report whose dashed subtitle names its long form, ——浙江省安吉县推进乡村振兴纪实, hosts subheads as a signed
        // one does, though no lead or byline opens it: a special page's report is often unsigned.)
        func isLongForm(_ d: Draft) -> Bool {
            d.headings.dropFirst().contains { h in
                Markers.opensWithDash(h.text) && Self.longFormGenres.contains { h.text.hasSuffix($0) }
            }
        }
        // (A letter signed at its foot, 河南郑州　王秀兰, is a piece of its own and closes its piece.)
        func signed(_ d: Draft) -> Bool { d.paragraphs.last.map { Markers.signatureName($0.text) != nil } ?? false }
        // (An author's note, （作者为…）, closes its piece; so do the reporters credited at its foot, …（记者　马　超）.)
        func closedByNote(_ d: Draft) -> Bool {
            d.paragraphs.last.map { Markers.isAuthorNote($0.text) || Markers.trailingFootByline($0.text) != nil } ?? false
        }
        var out: [Draft] = []
        var i = 0
        while i < drafts.count {
            var host = drafts[i]
            i += 1
            // (An author's note, （作者为…）, closes its piece: a heading under it opens the next. So do the reporters
            // credited at its foot, …30个项目获奖。（记者　马　超） | 讣　告 | text: a brief is over.)
            guard host.lead != nil || isLongForm(host), !host.isPhoto, host.hasBody, host.continuesOnPage == nil,
                !closedByNote(host),
                !signed(host)
            else {
                out.append(host)
                continue
            }
            // (Under verse, a title over prose is another piece: 春天的田野（外一首） | 刘　芳 | lines | 夜读 | lines | 书　　讯 | text.)
            let verse = host.paragraphs.allSatisfy { Markers.isVerseLine($0.text) }
            // (A photo set between two of the report's sections, its caption and credit, stays a piece of its own and
            // does not end the series: …增收 | 科技赋能　种粮更省心 | text | 图为… | 本报记者　X摄 | 延伸链条　增收有门路 | text.)
            func series(maxLength: Int) -> (parts: [Int], photos: [Int]) {
                var j = i
                var parts: [Int] = []
                var photos: [Int] = []
                while j < drafts.count {
                    if isSubhead(drafts[j], maxLength: maxLength) || isLabelledSubhead(j),
                        !verse || drafts[j].paragraphs.allSatisfy({ Markers.isVerseLine($0.text) })
                    {
                        parts.append(j)
                        // (A part that an author's note closes ends the series, as it ends a host: the heading under
                        // it opens the next piece, …（作者为北京大学教授） | 观点集萃 | ■　… .)
                        if closedByNote(drafts[j]) { break }
                    } else if drafts[j].isPhoto, j + 1 < drafts.count, isSubhead(drafts[j + 1], maxLength: maxLength) || isLabelledSubhead(j + 1) {
                        photos.append(j)
                    } else {
                        break
                    }
                    j += 1
                }
                return (parts, photos)
            }
            var (parts, photos) = series(maxLength: 12)
            // (An essay signed under its title, 以新质生产力推动高质量发展 | 张立群 | text, whose parts run on to an author's note
            // that names no one, （作者为国务院发展研究中心研究员）, is one piece however long its subheads: the note closes the
            // essay its author signed. A note that names its writer, （作者：刘　强，系…）, signs a piece of its own.)
            if let l = host.lead, l.source == nil, l.dateline == nil, !l.reporters.isEmpty, case let long = series(maxLength: 20),
                let last = long.parts.last, long.parts.count > parts.count, let note = drafts[last].paragraphs.last?.text,
                Markers.isAuthorNote(note), Markers.authorNoteName(note) == nil
            {
                (parts, photos) = long
            }
            if let last = parts.last, parts.count >= 2 || parts.count == 1 && (verse || headlinesAfterBlank && gapBefore(parts[0]) == 0) {
                for d in parts.map({ drafts[$0] }) {
                    host.blocks += d.blocks
                    if let para = d.headings[0].paragraph { host.paragraphs.append(para) }
                    host.paragraphs += d.paragraphs
                    if let p = d.continuesOnPage { host.continuesOnPage = p }
                    host.photographers += d.photographers.filter { !host.photographers.contains($0) }
                }
                out.append(host)
                out += photos.filter { $0 < last }.map { drafts[$0] }
                i = last + 1
                continue
            }
            out.append(host)
        }
        return out
    }

    /// What a feature's dashed subtitle calls it (——…推进乡村振兴纪实, ——…的调研报告): a report at length, which subheads
    /// divide.
    static let longFormGenres = ["纪实", "侧记", "综述", "调查", "调研报告", "见闻", "观察", "巡礼", "记事", "扫描", "蹲点报道", "故事"]

    /// The marked line at `index` is the kicker of the stack under it, not a subhead of the text above: over a headline and
    /// its dashed subtitle (■对话 | “让群众…” | ——访…), over a place's label and a headline (■党风政风监督 | 湖南： | 开展…),
    /// over a headline that is one quotation (■对话 | “乡村振兴，女性大有可为” | text), or over a headline and its author's
    /// posts and name (■检察官说法 | 非法采砂为何构成犯罪 | 某市…检察官　陈　静).
    static func marksStack(_ blocks: [Block], _ index: Int) -> Bool {
        guard opensWithMark(blocks[index].text), index + 1 < blocks.count, blocks[index + 1].kind == .heading else { return false }
        // (A place's label behind the mark over a headline, as a column of local briefs heads each: ■山西太原 | 古城墙修缮工程完工.)
        if isQuotedTitle(blocks[index + 1].text) || Markers.isPlaceOnlyLabel(withoutBullet(blocks[index].text)) { return true }
        guard index + 2 < blocks.count else { return false }
        let third = blocks[index + 2]
        return third.kind == .heading && (Markers.opensWithDash(third.text) || Markers.isPlaceLabel(blocks[index + 1].text))
            || Markers.isCredentialedAuthor(third.text)
    }

    /// A title that is one quotation and nothing else, no sentence ended inside: “乡村振兴，女性大有可为”.
    static func isQuotedTitle(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard u.first == "“", u.last == "”", u.count >= 4 else { return false }
        return !u.dropFirst().dropLast().contains { $0 == "“" || $0 == "”" || $0 == "。" }
    }

    /// The heading at `index` stands over an author's name and a paragraph of prose (a sentence's end,
    /// or longer than a line of verse): the title of a signed piece.
    static func opensSignedPiece(_ blocks: [Block], _ index: Int) -> Bool {
        guard index + 2 < blocks.count, blocks[index + 1].kind == .heading, authorNames(blocks[index + 1].text) != nil else { return false }
        let text = blocks[index + 2]
        return [.body, .lead].contains(text.kind) && !Markers.isVerseLine(text.text)
    }

    /// The heading at `index` stands right over prose (a paragraph that is no line of verse nor an author's
    /// note): a title, not one more line of the verse above it (…多年前的自己 | 书　　讯 | 《山河记忆》近日…。).
    /// (Not a photo's caption over its credit on a line of its own, …望着我远去的背影 | 题图：…乡村冬景。 | 新华社记者　陶　明摄:
    /// the caption is a piece of its own, and the line over it the poem's last.)
    static func opensProse(_ blocks: [Block], _ index: Int) -> Bool {
        guard index + 1 < blocks.count, blocks[index + 1].kind == .body else { return false }
        if index + 2 < blocks.count, blocks[index + 2].kind == .caption, blocks[index + 2].body == nil { return false }
        let text = blocks[index + 1].text
        return !Markers.isVerseLine(text) && !Markers.isAuthorNote(text)
    }

    /// The draft starts below `byline`: it is the article a byline printed above its heading belongs to.
    static func opensBelow(_ d: Draft?, _ byline: Block) -> Bool {
        d?.blocks.first.map { $0.range.first > byline.range.first } == true
    }

    /// Puts a byline, an editor's note or a jump-from marker printed above the heading at the head of its article.
    static func prepend(_ block: Block, to d: inout Draft) {
        d.blocks.insert(block, at: 0)
        // 社论 over a headline (and its dashed subtitle) names no author: it is the column's label, the stack's kicker.
        if block.text == "社论", d.headings.count == 1 || d.headings.count == 2 && Markers.opensWithDash(d.headings[1].text) {
            var label = block
            label.kind = .heading
            d.headings.insert(label, at: 0)
        }
        if let p = block.continuedFromPage, d.continuedFromPage == nil { d.continuedFromPage = p }
        absorbLead(block, into: &d)
        if let para = block.paragraph { d.paragraphs.insert(para, at: 0) }
    }

    /// The photo piece that `byline` makes of `d`'s last paragraph: a foot byline with the text-and-picture mark (本报记者　刘　杨
    /// 文/图) naming none of the reporters who signed `d` at its head, under a short finished paragraph after others. Or nil.
    static func captionSignedApart(_ d: Draft, _ byline: Block) -> Draft? {
        guard !d.isPhoto, d.paragraphs.count >= 2, let reporters = d.lead?.reporters, !reporters.isEmpty,
            let names = byline.lead?.reporters, !names.isEmpty, !names.contains(where: reporters.contains),
            Markers.textAndPhotoMarks.contains(where: byline.text.hasSuffix),
            let last = d.blocks.last, last.kind == .body, let caption = last.paragraph, caption.text.unicodeScalars.count <= 200,
            Markers.endsSentence(last.text)
        else { return nil }
        var photo = Draft(blocks: [last], paragraphs: [caption], isPhoto: true)
        photo.photographers = names
        return photo
    }

    /// Takes what a lead, byline or dateline note says into the article.
    static func absorbLead(_ b: Block, into d: inout Draft) {
        if let lead = b.lead {
            if b.kind == .datelineNote {
                d.dateline = d.dateline ?? lead.dateline
            } else if d.lead == nil {
                d.lead = lead
            } else {
                d.lead!.reporters += lead.reporters.filter { !d.lead!.reporters.contains($0) }
                if d.lead!.dateline == nil { d.lead!.dateline = lead.dateline }
                if d.lead!.source == nil { d.lead!.source = lead.source }
            }
            if Markers.isCommentaryByline(lead.text) { d.isCommentary = true }
        }
    }

    /// A heading line that is only one or two personal names of two or three characters (钟声, 李　明),
    /// as the byline parser reads them.
    /// An author's mark before the name (□ 刘　明, 文/张晓燕, 作者：王强) allows a four-character name too, and the
    /// author's post in brackets after it (作者：张晓峰（某大学教授）).
    static func authorNames(_ text: String) -> [String]? {
        var u = Array(text.unicodeScalars)
        let mark = Markers.authorMark(text)
        if let mark { u = Array(u[Markers.skipSpaces(u, mark.unicodeScalars.count)...]) }
        // After the mark, the author's post in brackets may follow: 作者：张晓峰（某大学公共管理学院教授）.
        if mark != nil, u.last == "）" || u.last == ")", let open = u.firstIndex(where: { $0 == "（" || $0 == "(" }), open >= 2, u.count - open <= 40 {
            u = Array(u[..<open])
        }
        let (names, end) = Markers.parseNames(u, from: 0, bare: true)
        // (Four characters where a compound family name opens the name: 欧阳晓玲.)
        guard (1...2).contains(names.count), Markers.skipSpaces(u, end) == u.count,
            names.allSatisfy({ $0.count <= (mark == nil && !Surnames.compound.contains(String($0.prefix(2))) ? 3 : 4) })
        else {
            return nil
        }
        // ■ marks a brief or a subhead too, which a break may cut after a word's first characters (■ 国际奥 | 委会主席…):
        // behind it a name set close must not open with a common word (国际) that is no name.
        if mark == "■", !u.contains(where: CharClass.isSpace),
            names.contains(where: { Words.info(String($0.prefix(2))).map { !$0.pos.hasPrefix("nr") } ?? false })
        {
            return nil
        }
        // (简　讯, 快　讯: a column of briefs labelled, spaced as a two-character name is, over its first brief. Asked
        // last: most lines are no names, and these two read the whole line.)
        if Markers.isDocumentTitle(text) || isBriefColumn(text) { return nil }
        return names
    }

    /// Blank lines between two blocks, counted in the page's blank unit (two blank lines are one where the page
    /// prints two wherever others print one).
    static func gap(_ a: Block, _ b: Block) -> Int {
        let lines = b.range.first - a.range.last - 1
        return b.gapUnit == 1 ? lines : (lines + b.gapUnit - 1) / b.gapUnit
    }

    /// How close a draft's blocks stand to each other: 0 when one a line, 1 with a blank after every line.
    static func spacing(_ d: Draft) -> Int { zip(d.blocks, d.blocks.dropFirst()).map { gap($0, $1) }.min() ?? 0 }

    /// How close a draft's paragraphs stand, where it has two or more: its stack's lines may stand closer (a blank after
    /// every paragraph, none between headline and subtitle).
    static func paragraphSpacing(_ d: Draft) -> Int {
        let body = d.blocks.filter { $0.kind == .body }
        return zip(body, body.dropFirst()).map { gap($0, $1) }.min() ?? spacing(d)
    }

    /// The next numbered caption under a photo's (图① … 摄 | 图② …): one piece of photos, whoever took each.
    static func continuesCaptionSeries(_ d: Draft, _ b: Block) -> Bool {
        guard d.isPhoto, let n = captionNumber(b.text), n > 1, let last = d.paragraphs.last else { return false }
        return captionNumber(last.text) == n - 1
    }

    /// A photo piece whose last line is a numbered caption taken into its series, its credit still to come.
    static func awaitsCredit(_ d: Draft) -> Bool {
        guard d.isPhoto, let last = d.blocks.last, last.kind == .body else { return false }
        return captionNumber(last.text) != nil
    }

    /// 图①：… → 1, 图2：… → 2, 图三：… → 3.
    static func captionNumber(_ text: String) -> Int? {
        guard isNumberedCaption(text) else { return nil }
        let s = Array(text.unicodeScalars.prefix(3))[1]
        if let n = CharClass.circledNumber(s) { return n }
        if (0x2776...0x277F).contains(s.value) { return Int(s.value - 0x2776) + 1 }
        return ChineseNumber.parse([s])
    }

    /// A credit in brackets on its own line (（新华社记者　李学仁摄）, （本报记者　张三　摄）) at the foot of a report — a
    /// lead or more than one paragraph — whose last paragraph is no caption (图为…, 图①：…, 上图：…, …。图为…): it credits
    /// the report's pictures, as a foot byline signs its words. (Under a headline and one paragraph it closes a photo.)
    /// (Unbracketed, 本报记者　方　翔　摄, only where the paragraph over it goes on with the text, as no caption opens:
    /// 据了解，…, 此外，…, or a quotation, “现在货物…”一家物流企业负责人告诉记者。)
    static func creditsTheArticle(_ credit: Block, _ d: Draft) -> Bool {
        guard let first = credit.text.unicodeScalars.first, !d.isPhoto, d.lead != nil || d.paragraphs.count > 1,
            let last = d.blocks.last, last.kind == .body, let text = last.paragraph?.text
        else { return false }
        guard first == "（" || first == "(" || d.paragraphs.count > 1 && (Markers.opensSentence(text) || text.unicodeScalars.first == "“") else {
            return false
        }
        return !text.hasPrefix("图") && !isNumberedCaption(text) && !text.hasText("图为")
    }

    /// A caption of one of several photos: 图①：…, 图2：…, 上图：…, 左图为….
    static func isNumberedCaption(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(3))
        guard u.count == 3 else { return false }
        if "上下左右中".unicodeScalars.contains(u[0]), u[1] == "图" { return u[2] == "：" || u[2] == ":" || u[2] == "为" }
        guard u[0] == "图" else { return false }
        return CharClass.circledNumber(u[1]) != nil || (0x2776...0x277F).contains(u[1].value)
            || (CharClass.isDigit(u[1]) || ChineseNumber.isNumeral(u[1])) && (u[2] == "：" || u[2] == ":" || CharClass.isDigit(u[2]))
    }

    /// A numbered caption with its colon (图②：…), which opens its line: a wrap may leave 图①所示 at a line's start, never that.
    static func opensNumberedCaption(_ text: String) -> Bool {
        isNumberedCaption(text) && text.unicodeScalars.prefix(5).contains { $0 == "：" || $0 == ":" }
    }

    /// ■ 一线直击: a section head marked, not numbered (such a mark may also set off a kicker or column name).
    static func opensWithMark(_ text: String) -> Bool {
        text.unicodeScalars.first.map { "■□◆◇●○▲△★☆▶►◎".unicodeScalars.contains($0) } ?? false
    }

    /// A short label in lenticular brackets alone on its line: 【专家提醒】, 【学术随笔】.
    static func isBracketedLabel(_ text: String) -> Bool {
        let u = text.unicodeScalars
        return u.first == "【" && u.last == "】" && u.count <= 14 && !u.dropFirst().dropLast().contains { $0 == "【" || $0 == "】" }
    }

    /// A section head numbered, not marked (一、…, （二）…, 第一章　…, 目　　录): never a line of a heading stack.
    static func isNumberedPart(_ text: String) -> Bool { isNumberedSubhead(text) && !opensWithMark(text) }

    /// A document's parts that bear no number (前　　言, 结束语): read as its numbered parts are, in its text.
    static let documentParts: Set<String> = ["前言", "结束语", "结语", "序言", "引言"]

    /// 一、… / （一）… / 1. … / ■ … / 二 alone: a numbered or marked section head inside an article; also a law's
    /// parts, set off by a space (第一章　总　　则), and its 目　　录. (A law's articles, 第三条　…, are sentences:
    /// cut short by a break, one is no heading.)
    static func isNumberedSubhead(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(6))
        guard let f = u.first else { return false }
        if f == "第" { return Markers.lawDivision(text).map { $0 != "条" } ?? false }
        if f == "目", text.unicodeScalars.count <= 6, text.withoutSpaces == "目录" { return true }
        // (A document's unnumbered parts: 前　　言, 结束语.)
        if "前结序引".unicodeScalars.contains(f), text.unicodeScalars.count <= 7, documentParts.contains(text.withoutSpaces) { return true }
        if opensWithMark(text) { return true }  // ■ 一线直击
        if f == "（" || f == "(" {
            return u.count > 2 && ChineseNumber.isNumeral(u[1]) && u[1...].contains { $0 == "）" || $0 == ")" }
        }
        if ChineseNumber.isNumeral(f) {
            // A numeral alone on its line (一, 十二): an essay's part, as literary pages number them.
            let bare = text.unicodeScalars.filter { !CharClass.isSpace($0) }
            // (Not a digit: a page's number stands so.)
            if bare.count <= 3, bare.allSatisfy(ChineseNumber.isSmallHanNumeral) { return true }
            let k = u.firstIndex { !ChineseNumber.isNumeral($0) } ?? u.count
            // (A decimal is no number of a part: 5.8％, the rest of a headline the wrap cut.)
            if k + 1 < u.count, u[k] == "." || u[k] == "．", CharClass.isDigit(u[k + 1]) { return false }
            return k < u.count && ["、", ".", "．", "是"].contains(u[k])
        }
        return false
    }

    static func finish(_ d: Draft, pageID: String) -> Article {
        // (A heading's body is its text but for a jump marker set beside it.)
        // (A stack of two whose first line stands further from the second than the text's paragraphs stand from each
        // other: `assignStack`'s `topApart`.)
        let topApart = d.headings.count == 2 && gap(d.headings[0], d.headings[1]) > paragraphSpacing(d)
        // (Over an author's name alone, a pen name or a writer's with no paper's source: `assignStack`'s `overAuthor`.)
        let overAuthor = d.blocks.count > d.headings.count && d.blocks[d.headings.count].kind == .byline
            && d.blocks[d.headings.count].lead.map { $0.source == nil && $0.dateline == nil && $0.reporters.count == 1 } == true
        var stack = assignStack(
            d.headings.map { Markers.withoutLetterSpacing($0.continuedFromPage == nil ? $0.text : $0.body ?? $0.text) }, topApart: topApart,
            overAuthor: overAuthor)
        // 简讯 over a run of briefs labels the column; the brief under it has no headline of its own.
        if d.headings.count == 1, let h = stack.headline, isBriefColumn(h) {
            stack = (h, nil, nil)
        }
        let range = d.blocks.map(\.range).reduce(d.blocks[0].range) { $0.union($1) }
        var lead = d.lead
        // 新华社北京1月9日电　题：以更大力度推动科技创新 over an agency story printed without a headline: the title
        // the agency gave it is its headline (its line stays in the article's blocks).
        var paragraphs = d.paragraphs
        if stack.headline == nil, lead?.dateline != nil, paragraphs.count >= 2, let title = Markers.agencyTitle(paragraphs[0].text) {
            stack = (stack.kicker, title.headline, title.subtitle ?? stack.subtitle)
            paragraphs.removeFirst()
        }
        // （本报记者　刘　毅） at the end of the last paragraph (before a box such as 链接): the reporters, the
        // text left as printed.
        let box = paragraphs.firstIndex { Markers.isBoxLabel($0.text) } ?? paragraphs.endIndex
        // (A column of briefs, 健康资讯 over ● items, credits each item at its end: all of them are its reporters. So does any
        // piece of two or more such items and nothing else, under a column's name the list does not hold: 微议录 | ■村里修了
        // 新路，…。（王　军） | ■节约粮食，…。（张　敏）.)
        let briefColumn = stack.headline == nil && stack.kicker.map(Self.isBriefColumn) == true
        let creditedItems = box >= 2 && paragraphs[..<box].allSatisfy { p in
            p.text.unicodeScalars.first.map(Markers.leadBullets.contains) == true && Markers.trailingFootByline(p.text) != nil
        }
        if lead?.reporters.isEmpty ?? true, !d.isPhoto,
            case let feet = (briefColumn || creditedItems ? paragraphs[..<box] : paragraphs[..<box].suffix(1)).compactMap({ Markers.trailingFootByline($0.text) }),
            let foot = feet.last
        {
            var reporters: [String] = []
            for name in feet.flatMap(\.reporters) where !reporters.contains(name) { reporters.append(name) }
            lead = Lead(
                text: lead?.text ?? "", source: lead?.source ?? (d.dateline == nil ? foot.source : nil), dateline: lead?.dateline,
                reporters: reporters)
        } else if lead?.reporters.isEmpty ?? true, !d.isPhoto, let writer = Self.footSigner(paragraphs) {
            // A letter signed at its foot (河南郑州　王秀兰), a column signed by its author's name alone (王　平), or a piece
            // whose author's note names him (（作者：刘　强，系中国农业大学教授）): its writer is its author, the text left as
            // printed. Letters printed together (来信摘编) sign each under its text: all their writers.
            lead = Lead(
                text: lead?.text ?? "", source: lead?.source, dateline: lead?.dateline,
                reporters: Self.letterSigners(paragraphs).filter { $0 != writer } + [writer])
        }
        // （本报记者鲜敢、李卓尔参与采写） at the text's foot: reporters too, after the article's own.
        if !d.isPhoto, let last = paragraphs[..<box].last, let helpers = Markers.contributorNote(last.text) {
            var l = lead ?? Lead(text: "", source: nil, dateline: nil, reporters: [])
            for name in helpers where !l.reporters.contains(name) { l.reporters.append(name) }
            lead = l
        }
        let kind: Article.Kind
        let commentary = d.isCommentary || stack.subtitle.map { Markers.opensWithDash($0) && $0.hasText("论") } == true
            || d.headings.contains { ["社论", "评论员文章", "短评", "时评", "人民时评"].contains(where: $0.text.hasText) }
            || d.headings.contains { h in
                let name = h.text.withoutSpaces
                return commentaryColumns.contains(name) || commentaryPenNames.contains(name)
            }
            || stack.headline.map(Self.isAuthoredHeadline) == true
            || stack.kicker.map { k in k.count <= 8 && ["论坛", "时评", "评论", "快评", "锐评", "热评", "短评", "网评"].contains(where: k.hasSuffix) } == true
            || lead?.reporters.contains(where: commentaryPenNames.contains) == true
        if d.isPhoto {
            kind = .photo
        } else if d.continuedFromPage != nil {
            kind = .continuation
        } else if commentary {
            kind = .commentary
        } else if stack.headline == nil, lead != nil, paragraphs.reduce(0, { $0 + $1.text.count }) <= 300 {
            kind = .brief
        } else if briefColumn {
            // 体育简讯 over ■ items without leads: the column's briefs in one piece.
            kind = .brief
        } else if lead == nil, stack.headline.map(Self.isIndexLabel) == true {
            // 今日导读 over ■ items with their pages: the index, not news.
            kind = .other
        } else if stack.headline != nil || lead != nil {
            kind = .news
        } else {
            kind = .other
        }
        // An agency's note closing the last paragraph (…上调43个基点。（据新华社）) names the source as one on a line of its own
        // does: the text left as printed. (Only a note without place or date: one with them is read where the page's date is
        // known; nor in a column of briefs, where it closes the last item alone.)
        let dateline = lead?.dateline ?? d.dateline
            ?? (lead?.source == nil && !briefColumn && !creditedItems
                ? paragraphs[..<box].last.flatMap { Markers.trailingDatelineNote($0.text) } : nil)
                .flatMap { $0.place == nil && $0.date == nil ? $0 : nil }
        return Article(
            id: "\(pageID)-\(range.first)", kind: kind, kicker: stack.kicker, headline: stack.headline,
            subtitle: stack.subtitle, continuedFromPage: d.continuedFromPage, continuesOnPage: d.continuesOnPage,
            source: lead?.source ?? dateline.flatMap { Markers.source(ofDateline: $0.text) }, dateline: dateline, reporters: lead?.reporters ?? [],
            photographers: d.photographers, paragraphs: paragraphs, blocks: d.blocks, range: range)
    }

    /// Who signed a text at its foot, its last paragraph: a letter's writer with his place (河南郑州　王秀兰), an author's note
    /// (（作者：刘　强，系…）), or a name alone under a finished sentence, as a short column signs (…目标任务。 | 王　平).
    static func footSigner(_ paragraphs: [Paragraph]) -> String? {
        guard let last = paragraphs.last else { return nil }
        if let writer = Markers.signatureName(last.text) ?? Markers.authorNoteName(last.text) { return writer }
        guard paragraphs.count >= 2, last.text.unicodeScalars.count <= 8, Markers.endsSentence(paragraphs[paragraphs.count - 2].text),
            Markers.authorMark(last.text) == nil, let names = authorNames(last.text), names.count == 1
        else { return nil }
        return names[0]
    }

    /// The writers of the letters a piece prints together, above its last (●近日，笔者… | 四川成都　李　明 | ●一些商场… |
    /// 河南郑州　赵丽华): each signature of a place and a name right under a finished paragraph, in order, none twice.
    static func letterSigners(_ paragraphs: [Paragraph]) -> [String] {
        var names: [String] = []
        for k in paragraphs.indices.dropFirst().dropLast()
        where Markers.endsSentence(paragraphs[k - 1].text) {
            if let name = Markers.signatureName(paragraphs[k].text), !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A picture's headline over the first paragraphs of its caption, the first dated as a caption is (冰雪运动乐趣多 |
    /// 12月28日，游客在…滑雪。 | 冬季以来，各地…。 | 本报记者　孟祥夫摄): short paragraphs, no lead or jump, `adding`
    /// characters more still to come. The credit under the last makes all of them the picture's.
    static func isPictureHeadlineOverCaption(_ d: Draft, adding: Int) -> Bool {
        guard !d.isPhoto, d.lead == nil, d.continuedFromPage == nil, !d.headings.isEmpty, (1...3).contains(d.paragraphs.count),
            case let text = d.blocks.dropFirst(d.headings.count), text.count == d.paragraphs.count,
            text.allSatisfy({ $0.kind == .body && $0.pieces.count <= 8 })
        else { return false }
        return d.paragraphs.reduce(adding, { $0 + $1.text.count }) <= 250 && isDatedCaption(d.paragraphs[0].text)
    }

    /// A caption's opening, the day the picture was taken and a comma: 12月28日，游客在…, 1月5日, ….
    static func isDatedCaption(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(7))
        var i = 0
        for unit in ["月", "日"] as [Unicode.Scalar] {
            let start = i
            while i < u.count, CharClass.isDigit(u[i]) { i += 1 }
            guard (1...2).contains(i - start), i < u.count, u[i] == unit else { return false }
            i += 1
        }
        return i < u.count && (u[i] == "，" || u[i] == ",")
    }

    /// An obituary's headline: ……同志逝世, ……同志生平, ……同志遗体在京火化.
    static func isObituaryHeadline(_ text: String) -> Bool {
        let t = text.withoutSpaces
        guard t.count <= 40, let comrade = t.range(of: "同志", options: .backwards) else { return false }
        let rest = t[comrade.upperBound...]
        return rest == "逝世" || rest == "生平" || rest.hasPrefix("遗体") && rest.hasSuffix("火化")
    }

    /// Words that end a kicker leading into the headline below it (……时强调), or into the finding it reports
    /// (联合国粮农组织报告显示, 调查表明, 记者从国家发展改革委获悉), or the warning or appeal it gives (中国驻日本大使馆提醒 |
    /// 在日中国公民注意防范花粉症).
    static let kickerEndings = strongKickerEndings + ["要求", "提出", "时", "期间", "显示", "表明", "获悉", "提醒", "呼吁", "倡议", "透露"]
    /// The line ends in one of `kickerEndings`, 时 only as "when" (…在江苏考察时), not inside a word (春耕备耕正当时, 恰逢其时,
    /// 及时: a headline's) — unless a place's label opens it, as kickers open (黑龙江建三江：秋收正当时 | 智慧农业助力粮食丰产丰收).
    static func endsInKickerWord(_ text: String) -> Bool {
        // (A body that publishes what the headline under it reports, 中央纪委国家监委网站公布 | 2019年全国纪检监察机关处分
        // 60.4万人, 国家统计局发布: the body's last character right before the verb. Not what was published, 名单公布.)
        if let verb = ["公布", "发布", "通报"].first(where: text.endsWithText) {
            let u = Array(text.unicodeScalars.dropLast(verb.unicodeScalars.count))
            return u.count >= 3 && publisherEndings.contains(u[u.count - 1])
        }
        guard let ending = kickerEndings.first(where: text.endsWithText) else { return false }
        guard ending == "时", !text.hasText("：") else { return true }
        let u = Array(text.unicodeScalars.suffix(2))
        return u.count == 2 && Words.info(u) == nil
    }
    /// A meeting held over what it took up (中共中央政治局常务委员会召开会议 | 研究加强…疫情防控工作, 李克强主持召开国务院常务
    /// 会议 | 部署…, …举行第二次全体会议 | 听取…工作报告): the meeting is the kicker, its business the headline. (Who chaired it,
    /// 中共中央总书记习近平主持会议, stands under the headline as its subtitle: no business verb opens it.)
    static func isMeetingOverAgenda(_ meeting: String, _ business: String) -> Bool {
        let m = meeting.withoutSpaces
        guard m.hasSuffix("会议"), m.hasText("召开") || m.hasText("举行") else { return false }
        return agendaVerbs.contains(where: business.startsWithText)
    }
    /// What a meeting does with its business: 研究, 部署, 审议, 听取, 分析, ….
    static let agendaVerbs = ["研究", "部署", "审议", "听取", "分析", "讨论", "确定", "审查", "传达", "学习贯彻", "决定"]
    /// How the name of a body that publishes ends: 局, 部, 委, 网站's 站, 院, 办, 署, 厅, 社.
    static let publisherEndings: ScalarSet = ["局", "部", "委", "站", "院", "办", "署", "厅", "社"]
    /// Those of them that a wrap seldom cuts a line after (a body's line may end in 时 or 要求 anywhere): where a line
    /// that fills the column ends so, it is a kicker still. (So is one ending in a dash: `endsAsKicker`.)
    static let strongKickerEndings = ["强调", "指出", "表示", "之际", "：", ":"]
    /// A kicker's end that introduces the headline under it (…会议在京召开时强调, …之际, 读者来信反映…充电难——): a strong
    /// kicker ending, or a dash in any form.
    static func endsAsKicker(_ text: String) -> Bool { Markers.endsWithDash(text) || strongKickerEndings.contains(where: text.endsWithText) }

    /// A column of briefs: 简讯, 要闻简报, or a section's (体育简讯, 经济快讯), also behind a bullet (■ 新闻速览).
    static func isBriefColumn(_ text: String) -> Bool {
        // (Every label ends in one of a few characters: a line that does not is none, read without copying it.)
        guard let last = text.unicodeScalars.last(where: { !CharClass.isSpace($0) }), briefColumnEndings.contains(last) else { return false }
        let t = withoutBullet(text)
        // (要闻 only behind what the news is of, 国际要闻, 经济要闻: alone it is a page's label.)
        return briefColumnLabels.contains(t) || t.count <= 8 && briefColumnSuffixes.contains(where: t.hasSuffix)
            || (4...8).contains(t.count) && t.hasSuffix("要闻")
    }

    static let briefColumnSuffixes = [
        "简讯", "快讯", "短讯", "速览", "速递", "简报", "短波", "资讯", "快递", "快报", "播报", "动态", "时讯", "集锦",
    ]
    static let briefColumnEndings = ScalarSet((briefColumnLabels.map { $0 } + briefColumnSuffixes + ["要闻"]).map { $0.unicodeScalars.last! })

    /// A label without its lead bullet and its spaces (■ 新闻速览 → 新闻速览).
    static func withoutBullet(_ text: String) -> String {
        let t = text.withoutSpaces
        guard let f = t.unicodeScalars.first, Markers.leadBullets.contains(f) else { return t }
        return String(t.unicodeScalars.dropFirst())
    }

    static let briefColumnLabels: Set<String> = ["简讯", "快讯", "短讯", "要闻简报", "新闻速览", "简明新闻", "本版简讯", "新闻简讯", "综合简讯", "资讯", "速读"]

    /// A headline with its commentary's author in front: 新华社评论员：坚定不移走好中国道路, 本报评论员：…
    static func isAuthoredHeadline(_ text: String) -> Bool {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let author = text[..<colon]
        return author.count <= 10 && (author.hasSuffix("评论员") || author.hasSuffix("评论部"))
    }

    /// The label of an issue's or page's index box: 今日导读, 本版导读, 今日要目.
    static func isIndexLabel(_ text: String) -> Bool {
        let t = text.withoutSpaces
        return t.count <= 6 && (t.hasSuffix("导读") || t.hasSuffix("要目") || t == "今日看点" || t == "本期看点")
    }

    /// The pen names a national daily signs its commentaries with (钟声 on world affairs, 任仲平, 国纪平, 仲音, 和音),
    /// read as the byline's names. (本报评论员 names no one; the headings decide for it.)
    static let commentaryPenNames: Set<String> = [
        "钟声", "任仲平", "国纪平", "仲音", "和音", "宣言", "任理轩",
        // 经济日报's and 新华社's.
        "金观平", "郭言", "辛识平",
    ]

    /// Columns of opinion: what stands under them is commentary.
    static let commentaryColumns: Set<String> = ["人民论坛", "评论员观察", "人民观察", "今日谈", "望海楼", "钟声", "国际论坛", "快评", "新华时评", "金台随笔", "新论", "来论", "人民观点", "暖闻热评"]

    /// Standing columns' names, whole (今日谈, 人民时评, 以案说法).
    static let columnNames: Set<String> = [
        "今日谈", "人民论坛", "望海楼", "人民时评", "评论员观察", "快评", "短评", "编者按", "记者手记", "新华时评", "钟声", "大家谈", "金台随笔", "社论",
        "评论员文章", "人民观点", "暖闻热评", "新知新觉", "思想纵横", "学思践悟", "以案说法", "以案释法", "法官说法", "律师说法", "案例评析",
        "图片报道", "图片新闻", "新闻速递", "权威发布", "人民眼", "微镜头", "现场直击", "热点解读", "政策解读", "数据看点", "环球走笔", "影像中国",
        "一图读懂", "图解", "数说", "数读", "问答", "对话", "访谈", "诗歌", "新诗", "诗词", "散文", "随笔", "杂文", "小说", "书评",
    ]

    /// How standing columns' names end (国际观察, 人民时评, 一线调查, 新春走基层).
    static let columnEndings = [
        "观察", "时评", "论坛", "随笔", "视点", "聚焦", "调查", "一线", "纪事", "走基层", "新气象", "特写", "手记", "速览", "综述", "专访",
        "访谈", "快讯", "简讯", "短波", "资讯", "知识", "课堂", "讲堂", "百科", "贴士", "扫描", "茶座", "点睛", "见闻", "新方位", "进行时", "面对面", "热点",
        "摘登", "选登", "摘编", "来信", "追踪", "书架", "荐书", "书单", "快评", "热线", "连线", "看中国", "心声", "建言", "说法", "问答",
        "解读", "链接", "提醒", "新闻", "调研", "新视野", "争鸣",
    ]

    /// Standing column names printed above a headline: 国际观察, 人民时评, 今日谈, 一线调查, 新春走基层.
    /// A column's name in lenticular brackets (【奋斗百年路　启航新征程】), or a series name before one
    /// (“十四五”开局之年·一线见闻) counts too.
    static func isColumnLabel(_ text: String) -> Bool {
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, first == "【" && last == "】" || first == "〖" && last == "〗",
            text.unicodeScalars.count <= 24
        {
            return true
        }
        // (After the series' name the column's may be an ending alone: 新时代新征程新伟业·走基层.)
        if let dot = text.lastIndex(where: { $0 == "·" || $0 == "•" || $0 == "・" }), text.count <= 24 {
            let column = String(text[text.index(after: dot)...])
            return isColumnLabel(column) || dot != text.startIndex && column.count >= 2 && columnEndings.contains(column)
        }
        guard (2...7).contains(text.count) else { return false }
        // 绿色家园, 文艺走笔, 人物素描, 一线速写, 侨界关注, 城市名片: a short label whose ending a longer headline may end in too (守护好我们的美丽家园).
        if text.count <= 5, ["家园", "园地", "驿站", "走笔", "札记", "漫谈", "杂谈", "随感", "絮语", "素描", "速写", "剪影", "关注", "名片"].contains(where: { text.hasSuffix($0) && text.count > 2 }) {
            return true
        }
        // 院士谈科普, 专家谈健康: who speaks, 谈, and on what; or who alone, 企业家谈, 专家谈.
        if let t = text.firstIndex(of: "谈"), text[..<t].count >= 2, text[..<t].count <= 3,
            ["院士", "专家", "学者", "名家", "大家", "委员", "代表", "局长", "书记", "校长", "老师", "医生", "法官", "检察官", "企业家", "科学家", "艺术家", "作家"]
                .contains(String(text[..<t]))
        {
            return true
        }
        return columnNames.contains(text) || columnEndings.contains { text.hasSuffix($0) && text.count > $0.count }
    }

    /// A document's title set over two or three lines is one headline: its issuers over the rest (中共中央　国务院 |
    /// 关于……的意见), or the title cut where the line was full (……关于学习运用 | ……推进乡村全面振兴的意见), or who
    /// issued what (中共中央办公厅　国务院办公厅印发 | 《关于……的意见》). A kicker over a headline never reads on so.
    static func joiningDocumentTitle(_ h: [String]) -> [String] {
        guard h.count >= 2 else { return h }
        for i in 0..<(h.count - 1) where !isDocumentTitle(h[i]) {
            for j in (i + 1)..<min(h.count, i + 3) {
                let joined = h[i...j].joined()
                guard isDocumentTitle(joined) else { continue }
                // The first line is issuers only, or opens the title (关于…), or announces it (…印发 | 《…》).
                let first = h[i].withoutSpaces
                let opensTitle = first.range(of: "关于").map { $0.lowerBound == first.startIndex || isIssuerList(String(first[..<$0.lowerBound])) } ?? false
                // (The issuers themselves may fill more than a line: 第十三届全国人民代表大会代表资格审查 | 委员会 | 关于….)
                let opens = opensTitle || isIssuerList(h[i]) && h[i + 1].hasPrefix("关于") || first.hasSuffix("印发") && h[i + 1].hasPrefix("《")
                    || j == i + 2 && h[j].hasPrefix("关于") && isIssuerList(h[i] + h[i + 1])
                guard opens, !h[(i + 1)..<j].contains(where: isDocumentTitle) else { continue }
                return Array(h[..<i]) + [joined] + Array(h[(j + 1)...])
            }
        }
        return h
    }

    /// 关于……的意见, 中共中央　国务院关于……的决定, ……印发《关于……的通知》: a document's title.
    static func isDocumentTitle(_ text: String) -> Bool {
        var t = text.withoutSpaces
        if t.hasSuffix("》") { t.removeLast() }
        guard let about = t.range(of: "关于"), t.count <= 80 else { return false }
        let head = String(t[..<about.lowerBound])
        let issuer = head.isEmpty || isIssuerList(head) || head.hasSuffix("印发《") && isIssuerList(String(head.dropLast(3)))
        return issuer && documentKinds.contains(where: t.hasSuffix)
    }

    static let documentKinds = ["意见", "通知", "决定", "决议", "办法", "规定", "条例", "方案", "公报", "规划", "纲要", "通告", "公告", "批复", "说明", "报告", "指南"]

    /// 中共中央　国务院, 中共中央办公厅　国务院办公厅, 全国人民代表大会常务委员会: bodies that issue documents.
    static func isIssuerList(_ text: String) -> Bool {
        let t = text.withoutSpaces
        guard t.count >= 2, t.count <= 30, t.unicodeScalars.allSatisfy(CharClass.isHan) else { return false }
        return ["中央", "国务院", "办公厅", "委员会", "常委会", "办公室", "人民政府", "政府", "部", "委", "局", "署", "总局", "法院", "检察院", "中央军委"].contains(where: t.hasSuffix)
    }

    /// Which lines of a heading stack are kicker, headline and subtitle. `topApart`: the first of two lines stands a blank
    /// further from the second than the text's paragraphs stand from each other. `overAuthor`: the stack stands over its
    /// author's name alone (王立新, 李　然), as essays and columns print it.
    public static func assignStack(_ lines: [String], topApart: Bool = false, overAuthor: Bool = false) -> (kicker: String?, headline: String?, subtitle: String?) {
        let h = joiningDocumentTitle(lines)
        switch h.count {
        case 0: return (nil, nil, nil)
        case 1: return (nil, h[0], nil)
        case 2:
            if Markers.opensWithDash(h[1]) { return (nil, h[0], h[1]) }
            // (Who issued a document over its title: 国务院新闻办公室发布 | 《新时代的中国国家安全》白皮书.)
            let issuer = ["发布", "公布", "印发", "出版"].contains(where: h[0].endsWithText) && h[1].hasPrefix("《")
            if Markers.endsWithDash(h[0]) || endsInKickerWord(h[0]) || issuer || isMeetingOverAgenda(h[0], h[1]) || isColumnLabel(h[0])
                || Markers.isBoxLabel(h[0])
                || Markers.isPlaceLabel(h[0]) || Markers.isPlaceOnlyLabel(withoutBullet(h[0])) && h[1].withoutSpaces.count > h[0].count
            {
                return (h[0], h[1], nil)
            }
            // Two characters over a full headline are a column's name (新论, 来信), not a headline over its subtitle, and so
            // are three over a long one (青年说 | 在乡村振兴一线找到人生坐标).
            // (And four over one three times as long, 案例精选 | 网购商品“七天无理由退货”被拒　法院判了.)
            let (top, under) = (h[0].withoutSpaces.count, h[1].withoutSpaces.count)
            if top == 2 && under >= 6 || top == 3 && under >= 9 || top == 4 && under >= 12 && h[0].unicodeScalars.allSatisfy(CharClass.isHan) {
                return (h[0], h[1], nil)
            }
            // An obituary's headline (……同志逝世) takes no subtitle: the epithets over it are its kicker (中国共产党的优秀党员　…
            // | 陈明远同志逝世).
            if isObituaryHeadline(h[1]) { return (h[0], h[1], nil) }
            // A series' name with the installment's number (城市更新在行动① | 老旧小区改出“新滋味”) stands over the headline.
            if let last = h[0].unicodeScalars.last, CharClass.circledNumber(last) != nil, under >= 4 { return (h[0], h[1], nil) }
            // A column's short name set apart by a blank over a longer line (理论新视野 | (blank) | 中国式现代化的文明意蕴): a
            // headline and its subtitle stand together.
            if topApart, (2...6).contains(top), under > top, h[0].unicodeScalars.allSatisfy(CharClass.isHan) { return (h[0], h[1], nil) }
            // (So is a digest's title over its first part, however long, 全国政协…大会发言摘登 | (blank) | 推动新质生产力加快发展.)
            if topApart, ["摘登", "选登", "摘编"].contains(where: h[0].hasSuffix) { return (h[0], h[1], nil) }
            // So is a column's short name over a title and its author's name (史海钩沉 | 宋代的“快递”有多快 | 李　然, 心香一瓣 | 怀念老师 |
            // 刘　军, 长篇小说连载 | 山河之间（连载之十二） | 孙　敏), whatever the title's length: an essay's subtitle has its dash.
            if overAuthor, (2...6).contains(top), under >= 2, h[0].unicodeScalars.allSatisfy(CharClass.isHan) { return (h[0], h[1], nil) }
            // Otherwise the first line is the headline and the second its subtitle (副题), the commoner
            // stack in national dailies; a kicker announces itself (……时强调, a column name).
            return (nil, h[0], h[1])
        default:
            // A place's label over the headline (基层速递 | 河北邯郸： | “家门口”的好学校越来越多): the lines down to it are the
            // kicker, the line under it the headline. (So is one behind a list's mark: 地方快讯 | ■山西太原 | 古城墙修缮工程完工.)
            if let i = h.indices.dropLast().last(where: {
                Markers.isPlaceLabel(h[$0]) || h[$0] != withoutBullet(h[$0]) && Markers.isPlaceOnlyLabel(withoutBullet(h[$0]))
            }) {
                return (h[...i].joined(separator: " "), h[i + 1], i + 2 < h.count ? h[(i + 2)...].joined(separator: " ") : nil)
            }
            return (h[0], h[1], h[2...].joined(separator: " "))
        }
    }
}
