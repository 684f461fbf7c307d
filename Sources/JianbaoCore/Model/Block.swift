/// A paragraph-sized unit of the page after reflow: one or more lines rejoined, then classified.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A short line with no closing punctuation: kicker, headline or subtitle (the segmenter decides which).
        case heading
        /// A lead that opens the body: 本报讯 记者X报道 …, 本报北京1月18日电（记者X）…, 新华社…电.
        case lead
        /// A byline on its own: 本报记者 张三 李四, 本报评论员.
        case byline
        /// Body text.
        case body
        /// A photo caption, with its credit (本报特约记者 杨忠军 摄).
        case caption
        /// A jump marker on its own line: （下转第四版）, （上接第一版）.
        case jumpMarker
        /// A dateline note at an article's foot: （本报河内10月23日电）.
        case datelineNote
        /// Page furniture: running heads, editor credits (责任编辑), page numbers.
        case furniture
    }

    public var kind: Kind
    /// The unit's text as printed, pieces rejoined; ASCII marks in Chinese text in full width, as the
    /// stages read them, unless the page is clipped `--punctuation as-printed` (see `PunctuationNormalizer`).
    public var text: String
    /// What belongs in the article body: `text` without lead, jump markers and credit; nil when nothing does.
    public var body: String?
    /// First and last line of the unit.
    public var range: LineRange
    /// The non-blank lines the unit was built from, in order.
    public var lines: [Int]
    /// Source lines and where their text starts in `text` (scalar offsets).
    public var pieces: [LineOffset]
    /// Where `body` starts in `text` (scalar offset).
    public var bodyOffset: Int = 0
    /// Rejoins across breaks inside this unit.
    public var joins: [LineJoin]
    /// The first line was indented.
    public var indented: Bool
    public var lead: Lead?
    public var continuedFromPage: Int?
    public var continuesOnPage: Int?
    public var photographers: [String]
    /// The page's blank unit (`ParagraphReflower.Unit.gapUnit`): gaps to this block are counted in it.
    public var gapUnit = 1

    public init(
        kind: Kind, text: String, body: String?, range: LineRange, lines: [Int], pieces: [LineOffset] = [], joins: [LineJoin] = [],
        indented: Bool = false, lead: Lead? = nil, continuedFromPage: Int? = nil, continuesOnPage: Int? = nil,
        photographers: [String] = []
    ) {
        self.kind = kind
        self.text = text
        self.body = body
        self.range = range
        self.lines = lines
        self.pieces = pieces.isEmpty ? [LineOffset(line: range.first, offset: 0)] : pieces
        self.joins = joins
        self.indented = indented
        self.lead = lead
        self.continuedFromPage = continuedFromPage
        self.continuesOnPage = continuesOnPage
        self.photographers = photographers
    }

    /// The body as a paragraph with its line provenance.
    public var paragraph: Paragraph? {
        guard let body else { return nil }
        let firstPiece = pieces.lastIndex(where: { $0.offset <= bodyOffset }) ?? 0
        let length = body.scalarCount
        var starts = [LineOffset(line: pieces[firstPiece].line, offset: 0)]
        for p in pieces[(firstPiece + 1)...] where p.offset - bodyOffset < length {
            starts.append(LineOffset(line: p.line, offset: p.offset - bodyOffset))
        }
        return Paragraph(text: body, range: LineRange(starts.first!.line, starts.last!.line), lineStarts: starts)
    }
}

/// What a lead or byline says about who reported what, from where, and when.
public struct Lead: Sendable, Equatable {
    /// The printed lead itself (本报讯 记者王笑梅报道).
    public var text: String
    /// 本报讯 | 本报 | 新华社 | 人民网 | … as printed, or nil.
    public var source: String?
    public var dateline: Dateline?
    public var reporters: [String]

    public init(text: String, source: String?, dateline: Dateline?, reporters: [String]) {
        self.text = text
        self.source = source
        self.dateline = dateline
        self.reporters = reporters
    }
}

/// 本报北京1月18日电 → text, place 北京, date 2020-01-18 (resolved against the issue date).
public struct Dateline: Sendable, Equatable {
    public var text: String
    public var place: String?
    public var date: IssueDate?
    public init(text: String, place: String?, date: IssueDate?) {
        self.text = text
        self.place = place
        self.date = date
    }
}
