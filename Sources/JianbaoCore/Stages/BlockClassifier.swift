/// Stage 4: says what each reflowed unit is (heading, lead, byline, body, caption, jump marker,
/// dateline note, furniture) and splits off what is not body: the lead, jump markers and credits.
/// Never fails: what it cannot place is body.
public enum BlockClassifier {
    public static func classify(_ units: [ParagraphReflower.Unit], issueDate: IssueDate?, options: PipelineOptions) -> [Block] {
        var blocks = split(units).map { classify($0, issueDate: issueDate, options: options) }
        // Page labels (要闻, 国际·综合) count as furniture only above the first article's text. (Also the label that a hard
        // wrap cut from its running head with the blank before it, which reads as an indented line: …第4版 | 　青年.)
        for i in blocks.indices {
            let cutLabel = blocks[i].kind == .body && blocks[i].indented && i > 0 && blocks[i - 1].kind == .furniture
                && blocks[i].range.first == blocks[i - 1].range.last + 1 && blocks[i].text.unicodeScalars.count <= 13
            guard blocks[i].kind == .heading || blocks[i].kind == .furniture || cutLabel else { break }
            if blocks[i].kind == .heading || cutLabel, blocks[i].pieces.count == 1, Markers.isSectionLabel(blocks[i].text) || isPageLabel(blocks, i) {
                blocks[i].kind = .furniture
                blocks[i].body = nil
            }
        }
        // A chart's title right over its source or its maker's credit (制造业PMI走势图 | 数据来源：国家统计局 | 制图：…),
        // or a blank above it where a blank follows every line: the chart's, not the headline of the article under it.
        // (Not a table's last row, 集成电路　　3800亿块　　10.1%, which is the table's.)
        for i in blocks.indices.dropLast() where blocks[i].kind == .heading && blocks[i + 1].kind == .furniture
            && blocks[i + 1].range.first <= blocks[i].range.last + 2 && Markers.isChartCredit(blocks[i + 1].text) && !Markers.isSpacedItems(blocks[i].text)
        {
            blocks[i].kind = .furniture
            blocks[i].body = nil
        }
        // A site's list of links under its label (相关新闻 | · 习近平举行仪式欢迎法国总统访华 | · 王毅会见法国外长): each
        // item is furniture like the label, not a headline. (Also a title with no bullet, read as a heading, right under
        // the label or the item above: 相关新闻 | “梦想”号大洋钻探船入列 | 我国深海科技取得新突破. The next article's
        // headline stands a blank apart.)
        var links = false
        var lastLabel: Int?  // the last list's label
        // (A headline right over its text, a lead or a paragraph, is the next article's.)
        func headsText(_ i: Int) -> Bool {
            i + 1 < blocks.count && blocks[i + 1].kind != .heading && blocks[i + 1].kind != .furniture
                && blocks[i + 1].range.first == blocks[i].range.last + 1
        }
        for i in blocks.indices {
            if blocks[i].kind == .furniture {
                links = Markers.isLinkListLabel(blocks[i].text)
                if links { lastLabel = i }
            } else if links,
                blocks[i].pieces.count == 1
                    && (Markers.isLinkItem(blocks[i].text)
                        || blocks[i].kind == .heading && blocks[i].range.first == blocks[i - 1].range.last + 1
                            && Markers.isLinkTitle(blocks[i].text.unicodeScalars) && !headsText(i))
            {
                blocks[i].kind = .furniture
                blocks[i].body = nil
            } else {
                links = false
            }
        }
        // (Titles under the label down to the page's foot, none indented as a paragraph or holding a sentence: the list,
        // however far apart its items stand or a wrap cut them, 相关新闻 | (blank) | 国务院办公厅印发《…若干措 | 施》 |
        // (blank) | 人社部：….)
        if let label = lastLabel,
            blocks[(label + 1)...].allSatisfy({
                $0.kind == .furniture || ($0.kind == .heading || $0.kind == .body) && !$0.indented && $0.text.unicodeScalars.count <= 120
                    && !$0.text.unicodeScalars.contains { Markers.sentenceStops.contains($0) }
            })
        {
            for i in (label + 1)..<blocks.count where blocks[i].kind != .furniture {
                blocks[i].kind = .furniture
                blocks[i].body = nil
            }
        }
        return blocks
    }

    /// A headline and its byline on one line (推动冬季文旅消费升温　本报记者　王　珂: the reflower's `Unit.bylineAt`) are two
    /// units of that line, the headline's and the byline's, as the stack would have printed them.
    static func split(_ units: [ParagraphReflower.Unit]) -> [ParagraphReflower.Unit] {
        var out: [ParagraphReflower.Unit] = []
        out.reserveCapacity(units.count)
        for u in units {
            // (Only a unit of one line holds `bylineAt`, or of that line and the rest of the byline's last name that the
            // wrap cut (…本报记者　郁静 | 娴): the reflower clears it when it appends any other line. Both halves open at
            // offset 0 of the first line; the headline keeps that line alone.)
            guard let k = u.bylineAt else {
                out.append(u)
                continue
            }
            let scalars = u.text.unicodeScalars
            let cut = scalars.index(scalars.startIndex, offsetBy: k)
            var top = u
            top.bylineAt = nil
            var bottom = top
            top.text = String(scalars[..<cut]).trimmedSpace
            top.scalarCount = top.text.scalarCount
            top.headingShaped = true
            top.pieces = [u.pieces[0]]
            top.joins = []
            bottom.text = String(scalars[cut...])
            bottom.scalarCount = bottom.text.scalarCount
            bottom.headingShaped = false
            bottom.pieces = u.pieces.map { LineOffset(line: $0.line, offset: max(0, $0.offset - k)) }
            out += [top, bottom]
        }
        return out
    }

    /// A page's label that no list names (巾帼风采), right under the running head and set apart from the first stack by a
    /// blank that the stack's own lines do not have between them: 3 | 巾帼风采 | (blank) | 让大山里的孩子… | ——记…. (A
    /// kicker stands right over its headline, or a blank apart from the head too: …第5版 | (blank) | 中国故事 | (blank) |
    /// stack; where a blank follows every line, none tells the two apart.) Also a section's name with its topic, a dot
    /// between (人民眼·乡村运营), the rest of a running head the hard wrap cut: …第13版　| 人民眼·乡村运营.
    /// So is a label between two lines of the head, whatever blanks stand around it (人民日报 | 2024年3月12日　星期二 | 公告 | 11):
    /// no kicker stands over a page's number.
    static func isPageLabel(_ blocks: [Block], _ i: Int) -> Bool {
        guard i > 0, i + 1 < blocks.count, blocks[i - 1].kind == .furniture else { return false }
        let parts = blocks[i].text.split { $0 == "·" || $0 == "・" }
        guard parts.count <= 2 && blocks[i].text.unicodeScalars.count <= 13
            && parts.allSatisfy({ p in (2...6).contains(p.unicodeScalars.count) && p.unicodeScalars.allSatisfy(CharClass.isHan) })
        else { return false }
        if blocks[i + 1].kind == .furniture, blocks[i + 1].range.first <= blocks[i].range.last + 2, blocks[i].range.first <= blocks[i - 1].range.last + 2 {
            return true
        }
        return i + 2 < blocks.count && blocks[i].range.first == blocks[i - 1].range.last + 1
            && blocks[i + 1].range.first > blocks[i].range.last + 1 && blocks[i + 2].range.first == blocks[i + 1].range.last + 1
    }

    /// The lead that opens a unit's `text` (the unit's text from its start), and where its body starts. A lead that
    /// fills the unit's first line, its reporters named bare at the line's end (新华社北京2月4日电　记者熊茂伶), ends with
    /// that line: read on into the text that a break joined to it, the last name would run into the text's first words
    /// (记者熊茂伶今年以来，…) and be lost. One name more than the whole text gave, and only that: a wrap that cut the
    /// text's first words (…通讯员 李明 由辽宁省委 | 网信办主办…) leaves a run that reads as two names set close (由辽, 宁省委).
    /// (Not where the last name is of two characters and Han text follows: the break may have cut a name of three,
    /// 记者陈求 | 发….)
    static func lead(_ text: String, of u: ParagraphReflower.Unit, issueDate: IssueDate?) -> (Lead, bodyStart: Int)? {
        // (Asked only where the whole text opens with a lead that ends inside the first line: its source and dateline
        // were read, its last name was not.)
        guard let whole = Markers.parseLead(text, issueDate: issueDate) else { return nil }
        // (Only across a break, not a hard wrap's line end, which may fall anywhere in a lead: a break is a join.)
        guard u.pieces.count >= 2, case let cut = u.pieces[1].offset, cut > 0, whole.bodyStart < cut, cut < text.scalarCount,
            u.joins.contains(LineJoin(u.pieces[0].line, u.pieces[1].line))
        else { return whole }
        let scalars = text.unicodeScalars
        guard let (first, end) = Markers.parseLead(String(scalars.prefix(cut)), issueDate: issueDate), end >= cut,
            first.reporters.count == whole.0.reporters.count + 1, first.reporters.starts(with: whole.0.reporters), let last = first.reporters.last,
            last.scalarCount >= 3 || !CharClass.isHan(scalars[scalars.index(scalars.startIndex, offsetBy: cut)])
        else { return whole }
        return (first, cut)
    }

    static func classify(_ u: ParagraphReflower.Unit, issueDate: IssueDate?, options: PipelineOptions) -> Block {
        let text = u.text
        var block = Block(
            kind: .body, text: text, body: text, range: u.range, lines: u.pieces.map(\.line), pieces: u.pieces, joins: u.joins,
            indented: u.indented)
        block.gapUnit = u.gapUnit

        // (Two pieces: a running head that the hard wrap cut, 人民日报　2021年3月8日　星期一　第5 | 版.)
        if u.pieces.count == 1 && Markers.isMasthead(text) || u.pieces.count <= 2 && Markers.isFurniture(text) {
            block.kind = .furniture
            block.body = nil
            return block
        }
        if let reporters = Markers.parseFootByline(text) {
            block.kind = .byline
            block.body = nil
            block.lead = Lead(text: text, source: Markers.footBylineSource(text), dateline: nil, reporters: reporters)
            return block
        }
        if let note = Markers.parseDatelineNote(text, issueDate: issueDate) {
            block.kind = .datelineNote
            block.body = nil
            block.lead = Lead(text: text, source: nil, dateline: note, reporters: [])
            return block
        }
        // Work with scalar indices into `text`: no copies unless something is cut off.
        let us = text.unicodeScalars
        var bodyStart = 0
        var start = us.startIndex
        var end = us.endIndex

        if let (page, offset) = Markers.parseJumpFrom(text) {
            block.continuedFromPage = page
            bodyStart = offset
            start = us.index(start, offsetBy: offset)
        }
        if let (page, markerLength) = Markers.parseJumpTo(text) {
            let markerStart = us.index(end, offsetBy: -markerLength)
            if markerStart >= start {
                block.continuesOnPage = page
                end = markerStart
            }
        }
        if start >= end {
            block.kind = .jumpMarker
            block.body = nil
            return block
        }
        let rest = start == us.startIndex && end == us.endIndex ? text : String(us[start..<end])
        // (A byline whose reporters took the pictures too, 本报记者　张　红　文并摄, is a byline: the lead's branch reads it.)
        if bodyStart == 0, !(rest.endsWithText("文并摄") && Markers.parseLead(rest, issueDate: issueDate) != nil),
            let photographers = Markers.isCreditOnly(rest)
        {
            // A credit on a line of its own: the caption is the text above it (the segmenter pairs them).
            block.kind = .caption
            block.photographers = photographers
            block.body = nil
            return block
        } else if bodyStart == 0, let (lead, leadEnd) = lead(rest, of: u, issueDate: issueDate) {
            block.lead = lead
            bodyStart = leadEnd
            start = us.index(start, offsetBy: leadEnd, limitedBy: end) ?? end
            // 文/南方日报记者　王　彪　图/南方日报记者　张　梓: the reporters' byline and the photographer's credit on one line.
            if start < end, !lead.reporters.isEmpty, us[start] == "图", let photographers = Markers.isCreditOnly(String(us[start..<end])) {
                block.photographers = photographers
                start = end
            } else if !lead.reporters.isEmpty, Markers.creditsPhotos(String(us[us.startIndex..<start])) {
                // 本报记者　张　红　文/图, 文／图　本报记者　郑　十, …文并摄: the reporters took the pictures too.
                block.photographers = lead.reporters
            }
            block.kind = start >= end ? .byline : .lead
        } else if Markers.isCommentaryByline(rest) {
            // (本报评论员　孙　东: the commentator named after the role is the author; the outlet before it, the source.)
            block.kind = .byline
            block.lead = Lead(
                text: rest, source: Markers.commentaryBylineSource(rest), dateline: nil, reporters: Markers.commentaryBylineNames(rest))
            start = end
        } else if let (photographers, creditLength) = Markers.parseCredit(rest) {
            block.kind = .caption
            block.photographers = photographers
            end = us.index(end, offsetBy: -creditLength)
        } else if bodyStart == 0, end == us.endIndex, u.headingShaped {
            block.kind = .heading
            // 推动高质量发展（上接第一版）: a continuation's headline with its jump marker set beside it.
            if let (page, markerLength) = Markers.trailingJumpFrom(text) {
                block.continuedFromPage = page
                end = us.index(end, offsetBy: -markerLength)
            }
        }
        while start < end, CharClass.isSpace(us[start]) {
            start = us.index(after: start)
            bodyStart += 1
        }
        while start < end, CharClass.isSpace(us[us.index(before: end)]) { end = us.index(before: end) }
        if start < end {
            block.body = start == us.startIndex && end == us.endIndex ? text : String(us[start..<end])
        } else {
            block.body = nil
        }
        block.bodyOffset = bodyStart
        return block
    }
}
