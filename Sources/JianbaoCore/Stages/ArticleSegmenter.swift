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
    }

    public static func segment(_ blocks: [Block], pageID: String, options: PipelineOptions) -> Result {
        var drafts: [Draft] = []
        var dropped: [DroppedFragment] = []
        var pending: [Block] = []

        func open(_ draft: Draft = Draft()) {
            var d = draft
            d.headings = pending
            d.blocks = pending
            pending = []
            drafts.append(d)
        }
        func needsNew(forLead: Bool) -> Bool {
            guard let d = drafts.last else { return true }
            if d.isPhoto { return true }
            return forLead ? d.hasBody : false
        }

        for b in blocks {
            switch b.kind {
            case .furniture:
                dropped.append(DroppedFragment(range: b.range, reason: .furniture, text: b.text))
                continue
            case .heading:
                if isNumberedSubhead(b.text), pending.isEmpty, let d = drafts.last, d.hasBody, !d.isPhoto {
                    break  // a numbered subhead inside the running article: keep it as a paragraph
                }
                if pending.count == options.maxHeadingStack { open() }
                pending.append(b)
                continue
            case .lead:
                if !pending.isEmpty || needsNew(forLead: true) { open() }
            case .byline:
                // A byline under a headline, or at the foot of the article it signs.
                if !pending.isEmpty || needsNew(forLead: false) { open() }
            case .caption:
                open(Draft(isPhoto: true))
            case .jumpMarker where b.continuedFromPage != nil:
                if !pending.isEmpty || needsNew(forLead: true) { open() }
            case .jumpMarker, .datelineNote:
                if !pending.isEmpty || drafts.isEmpty { open() }
            case .body:
                if !pending.isEmpty || b.continuedFromPage != nil || needsNew(forLead: false) { open() }
            }
            var d = drafts.removeLast()
            d.blocks.append(b)
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
            if let p = b.continuedFromPage, d.continuedFromPage == nil { d.continuedFromPage = p }
            if let p = b.continuesOnPage { d.continuesOnPage = p }
            d.photographers += b.photographers.filter { !d.photographers.contains($0) }
            if let para = b.paragraph { d.paragraphs.append(para) }
            drafts.append(d)
        }
        if !pending.isEmpty { open() }
        return Result(articles: drafts.map { finish($0, pageID: pageID) }, dropped: dropped)
    }

    /// 一、… / （一）… / 1. …: a numbered section head inside an article.
    static func isNumberedSubhead(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(6))
        guard let f = u.first else { return false }
        if f == "（" || f == "(" {
            return u.count > 2 && ChineseNumber.isNumeral(u[1]) && u[1...].contains { $0 == "）" || $0 == ")" }
        }
        if ChineseNumber.isNumeral(f) {
            let k = u.firstIndex { !ChineseNumber.isNumeral($0) } ?? u.count
            return k < u.count && ["、", ".", "．", "是"].contains(u[k])
        }
        return false
    }

    static func finish(_ d: Draft, pageID: String) -> Article {
        let stack = assignStack(d.headings.map(\.text))
        let range = d.blocks.map(\.range).reduce(d.blocks[0].range) { $0.union($1) }
        let lead = d.lead
        let kind: Article.Kind
        let commentary = d.isCommentary || stack.subtitle.map { $0.startsWithText("—") && $0.hasText("论") } == true
            || d.headings.contains { ["社论", "评论员文章", "短评", "时评", "人民时评"].contains(where: $0.text.hasText) }
        if d.isPhoto {
            kind = .photo
        } else if d.continuedFromPage != nil {
            kind = .continuation
        } else if commentary {
            kind = .commentary
        } else if stack.headline == nil, lead != nil, d.paragraphs.reduce(0, { $0 + $1.text.count }) <= 300 {
            kind = .brief
        } else if stack.headline != nil || lead != nil {
            kind = .news
        } else {
            kind = .other
        }
        return Article(
            id: "\(pageID)-\(range.first)", kind: kind, kicker: stack.kicker, headline: stack.headline,
            subtitle: stack.subtitle, continuedFromPage: d.continuedFromPage, continuesOnPage: d.continuesOnPage,
            source: lead?.source, dateline: lead?.dateline ?? d.dateline, reporters: lead?.reporters ?? [],
            photographers: d.photographers, paragraphs: d.paragraphs, blocks: d.blocks, range: range)
    }

    /// Words that end a kicker leading into the headline below it (……时强调).
    static let kickerEndings = ["强调", "指出", "表示", "要求", "提出", "时", "之际", "期间", "：", ":", "——"]

    /// Which lines of a heading stack are kicker, headline and subtitle.
    public static func assignStack(_ h: [String]) -> (kicker: String?, headline: String?, subtitle: String?) {
        switch h.count {
        case 0: return (nil, nil, nil)
        case 1: return (nil, h[0], nil)
        case 2:
            if h[1].startsWithText("—") || h[1].startsWithText("－") { return (nil, h[0], h[1]) }
            if kickerEndings.contains(where: h[0].endsWithText) { return (h[0], h[1], nil) }
            // The main headline is the most concise line of the stack.
            return h[0].count <= h[1].count ? (nil, h[0], h[1]) : (h[0], h[1], nil)
        default:
            return (h[0], h[1], h[2...].joined(separator: " "))
        }
    }
}
