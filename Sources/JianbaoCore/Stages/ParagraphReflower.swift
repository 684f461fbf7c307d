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

        public var firstLine: Int { pieces.first!.line }
        public var lastLine: Int { pieces.last!.line }
        public var range: LineRange { LineRange(firstLine, lastLine) }
    }

    /// What the reflower knows about one non-blank line before deciding.
    struct Cue {
        var line: SourceLine
        var endsSentence: Bool
        var opensBlock: Bool   // lead, byline, jump-from, standalone jump-to, dateline note, furniture
        var standalone: Bool   // never joined to anything: furniture, standalone jump markers, notes, bylines
        var credit: Bool
        var headingShape: Bool
        /// Heading-shaped but for one comma: a heading only when a lead follows.
        var headingShapeWithComma: Bool
        var first: Unicode.Scalar
        var last: Unicode.Scalar
    }

    public static func reflow(_ lines: [SourceLine], layout: LayoutDetector.Result, options: PipelineOptions) -> [Unit] {
        let cues = lines.filter { !$0.isBlank }.map { cue($0, options: options) }
        guard !cues.isEmpty else { return [] }
        var units: [Unit] = []
        var current = start(0, cues, options)
        var currentCues = [0]
        var previousUnitCue: [Int]? = nil  // cues of the unit before `current`

        for k in 1..<cues.count {
            let gap = cues[k].line.number - cues[k - 1].line.number - 1
            let join = continues(
                unitCues: currentCues, previous: previousUnitCue, next: k, gap: gap, cues: cues, layout: layout,
                options: options, unitText: current.text)
            if join {
                append(&current, cues[k], recordJoin: gap > 0 || layout.layout != .hardWrapped)
                currentCues.append(k)
            } else {
                units.append(current)
                previousUnitCue = currentCues
                current = start(k, cues, options)
                currentCues = [k]
            }
        }
        units.append(current)
        return units
    }

    static func cue(_ line: SourceLine, options: PipelineOptions) -> Cue {
        let t = line.text
        let ends = Markers.endsSentence(t)
        let jumpTo = Markers.parseJumpTo(t)
        let standaloneJump = jumpTo.map { $0.markerStart == 0 } ?? false
        let furniture = Markers.isFurniture(t)
        let note = Markers.parseDatelineNote(t, issueDate: nil) != nil
        let lead = Markers.startsWithLead(t)
        let byline = lead && (Markers.parseLead(t, issueDate: nil).map { $0.bodyStart >= t.unicodeScalars.count } ?? false)
        let jumpFrom = Markers.parseJumpFrom(t) != nil
        let credit = Markers.parseCredit(t) != nil
        let first = t.unicodeScalars.first!
        let last = t.unicodeScalars.last!
        let plain = !lead && !jumpFrom && !standaloneJump && !furniture && !credit
        let heading = plain && Markers.isHeadingShaped(t, maxColumns: options.maxHeadingColumns)
        let headingWithComma = plain && Markers.isHeadingShaped(t, maxColumns: options.maxHeadingColumns, allowComma: true)
        return Cue(
            line: line, endsSentence: ends || standaloneJump || note,
            opensBlock: lead || jumpFrom || standaloneJump || note || furniture,
            standalone: furniture || standaloneJump || note || byline || Markers.isCommentaryByline(t), credit: credit,
            headingShape: heading, headingShapeWithComma: headingWithComma, first: first, last: last)
    }

    /// Whether line `next` continues the unit made of `unitCues`.
    static func continues(
        unitCues: [Int], previous: [Int]?, next k: Int, gap: Int, cues: [Cue], layout: LayoutDetector.Result,
        options: PipelineOptions, unitText: String
    ) -> Bool {
        let a = cues[unitCues.last!]
        let b = cues[k]
        if b.opensBlock || a.standalone || b.standalone || a.credit { return false }
        let bStartsArticle = startsArticle(k, cues: cues, options: options)
        let wrapWidth = layout.wrapWidth ?? Int.max
        let aFull = a.line.columns >= wrapWidth - options.wrapTolerance

        if a.endsSentence {
            // Only a hard wrap that happened to fall right after 。 continues.
            guard layout.layout == .hardWrapped, gap == 0, aFull, !b.line.isIndented, !bStartsArticle else { return false }
            return b.line.columns >= wrapWidth - options.wrapTolerance || b.endsSentence || !b.headingShape
        }
        if layout.layout != .blankLineBreaks, b.line.isIndented { return false }
        if Markers.cannotStartBlock(b.first) { return true }
        if unitCues.count == 1, isHeading(unitCues[0], previous: previous, cues: cues, layout: layout)
            || startsArticle(unitCues[0], cues: cues, options: options)
        {
            return false
        }
        if bStartsArticle { return false }
        if layout.layout == .hardWrapped, gap == 0 { return aFull }
        return true
    }

    /// A single-line unit that reads as a heading in its context: heading-shaped, after the end of
    /// a paragraph (or another heading, or the page top), and in indented pages not indented.
    static func isHeading(_ k: Int, previous: [Int]?, cues: [Cue], layout: LayoutDetector.Result) -> Bool {
        let c = cues[k]
        guard c.headingShape else { return false }
        if layout.layout != .blankLineBreaks, c.line.isIndented { return false }
        guard let previous else { return true }
        let p = cues[previous.last!]
        return p.endsSentence || p.standalone || p.credit || (previous.count == 1 && p.headingShape)
    }

    /// A heading-shaped line followed (through at most a few more heading lines) by a lead, a
    /// byline, a jump-from marker or a photo credit: the top of an article.
    static func startsArticle(_ k: Int, cues: [Cue], options: PipelineOptions) -> Bool {
        guard cues[k].headingShapeWithComma else { return false }
        var j = k + 1
        var stack = 1
        while j < cues.count {
            let c = cues[j]
            if c.opensBlock && !Markers.isFurniture(c.line.text) || c.credit { return true }
            if c.standalone { return true }
            guard c.headingShape, stack < options.maxHeadingStack + 1 else { return false }
            stack += 1
            j += 1
        }
        return false
    }

    static func start(_ k: Int, _ cues: [Cue], _ options: PipelineOptions) -> Unit {
        let c = cues[k]
        return Unit(
            text: c.line.text, pieces: [LineOffset(line: c.line.number, offset: 0)], joins: [], indented: c.line.isIndented,
            headingShaped: c.headingShape || c.headingShapeWithComma && startsArticle(k, cues: cues, options: options))
    }

    static func append(_ u: inout Unit, _ c: Cue, recordJoin: Bool) {
        let lastLine = u.pieces.last!.line
        if let l = u.text.unicodeScalars.last, CharClass.isASCIILetter(l), CharClass.isASCIILetter(c.first) {
            u.text.unicodeScalars.append(" ")
        }
        u.pieces.append(LineOffset(line: c.line.number, offset: u.text.unicodeScalars.count))
        u.text += c.line.text
        u.headingShaped = false
        if recordJoin { u.joins.append(LineJoin(lastLine, c.line.number)) }
    }
}
