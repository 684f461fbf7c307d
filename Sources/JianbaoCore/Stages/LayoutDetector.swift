/// Stage 2: decides per page whether lines are paragraphs (blank-line breaks or indented) or
/// hard wraps of a fixed width (PDF-to-text), and at which width.
public enum LayoutDetector {
    public struct Result: Sendable, Equatable {
        public var layout: PageLayout
        /// For hard-wrapped pages: the wrap width in full-width columns (where columns differ, the one most lines
        /// were wrapped at).
        public var wrapWidth: Int?
        /// Where a hard-wrapped page sets its text in columns of different widths (one article wrapped at 18
        /// characters, the next at 26, as PDF-to-text copies a page of several column widths): each width with the
        /// line it holds from, in page order. Empty where one width holds for the whole page.
        public var regions: [WrapRegion] = []

        public init(layout: PageLayout, wrapWidth: Int?, regions: [WrapRegion] = []) {
            self.layout = layout
            self.wrapWidth = wrapWidth
            self.regions = regions
        }

        /// Each wrap width with the line it holds from: `regions`, or the one width from line 1.
        public var wrapRegions: [WrapRegion] {
            guard layout == .hardWrapped, let wrapWidth else { return [] }
            return regions.isEmpty ? [WrapRegion(firstLine: 1, width: wrapWidth)] : regions
        }

        /// The wrap width that holds at line `number` (nil where the page is not hard-wrapped).
        public func wrapWidth(atLine number: Int) -> Int? {
            guard layout == .hardWrapped else { return nil }
            return regions.isEmpty ? wrapWidth : regions[region(atLine: number)].width
        }

        /// The index in `regions` of the region that holds line `number` (0 where one width holds).
        public func region(atLine number: Int) -> Int {
            regions.lastIndex(where: { $0.firstLine <= number }) ?? 0
        }
    }

    /// A stretch of a hard-wrapped page wrapped at one width, from `firstLine` (1-based) to the next region.
    public struct WrapRegion: Sendable, Equatable {
        public var firstLine: Int
        public var width: Int
    }

    public static func detect(_ lines: [SourceLine], options: PipelineOptions) -> Result {
        let text = lines.filter { !$0.isBlank }
        return detect(text: text, facts: LineFacts(text), options: options)
    }

    /// The layout of the non-blank lines `text`, with what was read of each (`facts`).
    static func detect(text: [SourceLine], facts: LineFacts, options: PipelineOptions) -> Result {
        guard text.count >= 3 else { return Result(layout: .blankLineBreaks, wrapWidth: nil) }
        if let regions = columnRegions(text, facts, options: options) {
            var lineCount: [Int: Int] = [:]
            for (r, region) in regions.enumerated() {
                let end = r + 1 < regions.count ? regions[r + 1].firstLine : Int.max
                lineCount[region.width, default: 0] += text.filter { $0.number >= region.firstLine && $0.number < end }.count
            }
            let main = lineCount.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })!.key
            return Result(layout: .hardWrapped, wrapWidth: main, regions: regions)
        }
        if let wrap = hardWrapWidth(text, facts, options: options) { return Result(layout: .hardWrapped, wrapWidth: wrap) }
        let indented = text.filter(\.isIndented).count
        if Double(indented) >= options.indentedShare * Double(text.count) {
            return Result(layout: .indented, wrapWidth: nil)
        }
        // A page of few, short articles under much furniture and many heading lines (a front page's
        // masthead, index box and heading stacks) has its text indented though that is not a quarter of
        // its lines; where lines are paragraphs without an indent, the text's lines stand flush.
        // (The rest of an indented paragraph that a column break cut, unindented under its first part, is no flush text.)
        let flushText = text.indices.filter { k in
            let l = text[k]
            // (Twenty characters, blanks not counted: an index line, ■全国两会前瞻　　　　第 2 版, is no text.)
            guard !l.isIndented, l.text.hasVisibleScalars(atLeast: 20), Markers.endsSentence(l.text)
            else { return false }
            return k == 0 || !(text[k - 1].isIndented && !Markers.endsSentence(text[k - 1].text))
        }.count
        if indented >= 3, indented > 2 * flushText {
            return Result(layout: .indented, wrapWidth: nil)
        }
        return Result(layout: .blankLineBreaks, wrapWidth: nil)
    }

    /// The width at which the non-blank lines `text` were hard-wrapped, or nil where they were not: many lines end
    /// at the same width and without closing punctuation. (Or a small page of short paragraphs.)
    static func hardWrapWidth(_ text: [SourceLine], _ facts: LineFacts, options: PipelineOptions) -> Int? {
        let width: (SourceLine) -> Int = Self.width
        var histogram: [Int: Int] = [:]
        // (Not furniture, which does not wrap: a masthead's date line may outnumber a small page's full lines; nor a
        // line padded with blanks, an index's ■全国两会前瞻　　　　第2版.)
        for (k, l) in text.enumerated() where width(l) >= options.minWrapWidth && !(facts.furniture[k] || l.columns <= 40 && isPadded(l.text)) {
            histogram[width(l), default: 0] += 1
        }
        if let (mode, modeCount) = histogram.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), mode <= options.maxWrapWidth {
            // Flush wraps of short paragraphs: their first lines, short by the dropped indent, may outnumber the
            // full lines; the wrap is the full width. Such lines open paragraphs: they stand under a line that
            // ends a sentence or is short, where a full line's wrap stands under a full line.
            let wider = mode + options.droppedIndentColumns
            let widerCount = histogram[wider] ?? 0
            func mostlyFirstLines() -> Bool {
                var firstLines = 0
                for k in text.indices.dropFirst() where width(text[k]) == mode {
                    let above = text[k - 1]
                    if facts.ends[k - 1] || width(above) < mode - options.wrapTolerance { firstLines += 1 }
                }
                return firstLines * 3 >= modeCount * 2
            }
            let wrap = wider <= options.maxWrapWidth && (widerCount * 2 >= modeCount || widerCount > 0 && mostlyFirstLines()) ? wider : mode
            let near = text.indices.filter { abs(width(text[$0]) - wrap) <= options.wrapTolerance }
            let open = near.filter { !facts.ends[$0] }.count
            let longer = text.filter { width($0) > wrap + options.wrapTolerance }.count
            // A small page's masthead and running heads (furniture, which does not wrap) are not counted against it.
            var counted = Double(text.count)
            if Double(near.count) < options.hardWrapShare * counted {
                counted -= Double(facts.furniture.filter { $0 }.count)
            }
            if Double(near.count) >= options.hardWrapShare * counted, open * 2 >= near.count,
                Double(longer) <= 0.05 * Double(text.count)
            {
                return wrap
            }
            // A small page of short paragraphs (questions and answers, list items) has few full lines, but no line
            // is wider than the wrap and most that reach it end open: one paragraph a line, no line stops at one
            // width so often mid-sentence.
            if longer == 0, near.count >= 5, Double(near.count) >= 0.15 * counted, open * 3 >= near.count * 2 {
                return wrap
            }
        }
        return nil
    }

    /// The regions of a hard-wrapped page set in columns of different widths, or nil where one width holds (or
    /// none). Each line is read under every width at which three lines or more of running text stop (`runsOpen`): a
    /// line longer than the width cannot stand under it, and a short line of running text that stops mid-sentence
    /// rarely does (a flush paragraph's first line may, short by the dropped indent); the cheapest sequence of widths,
    /// paying for each change (less after a blank line, and late rather than early), splits the page. A region must
    /// read as hard-wrapped on its own, eight lines or more with four lines of running text at its width, else it
    /// joins the one before it; neighbours whose widths differ by no more than the tolerance are one region.
    static func columnRegions(_ text: [SourceLine], _ facts: LineFacts, options: PipelineOptions) -> [WrapRegion]? {
        let slack = options.wrapTolerance + options.droppedIndentColumns
        let widths = text.map(width)
        // (Running text, cut mid-sentence: a line with a comma or a stop inside that does not end a sentence.
        // Headings, credits and a masthead's lines are short and open too, and stand together: they mark no width.
        // Only a line no wider than the widest wrap is asked: the count and the cost read it of no other.)
        let open = text.indices.map { widths[$0] <= options.maxWrapWidth && runsOpen(text[$0], ends: facts.ends[$0]) }
        // (At a width, most lines end open, and three of them are running text: a list of names cut at the width has no
        // comma, but the column's text has.)
        var atWidth: [Int: (all: Int, open: Int, running: Int)] = [:]
        for k in text.indices where widths[k] >= options.minWrapWidth && widths[k] <= options.maxWrapWidth {
            atWidth[widths[k], default: (0, 0, 0)].all += 1
            if !facts.ends[k] { atWidth[widths[k]]!.open += 1 }
            if open[k] { atWidth[widths[k]]!.running += 1 }
        }
        let candidates = atWidth.filter { $0.value.running >= 3 && $0.value.open * 2 >= $0.value.all }.keys.sorted()
        guard let narrowest = candidates.first, let widest = candidates.last, widest - narrowest > options.wrapTolerance else { return nil }
        // (A line that another stands right under, cut short of the width without ending a sentence, is a heading's or
        // a credit's in any column, but at a width's edge it is that width's wrap: 全面推进乡村振兴　加快农业农村现代化 | 步伐….)
        let cut = text.indices.map { k in k + 1 < text.count && text[k + 1].number == text[k].number + 1 && !facts.ends[k] }
        func cost(_ k: Int, _ w: Int) -> Int {
            if widths[k] > w + options.wrapTolerance { return 8 }
            guard widths[k] < w - options.wrapTolerance else { return 0 }
            // (Short by no more than a dropped indent, a flush paragraph's first line may stop so.)
            guard widths[k] < w - slack else { return open[k] || cut[k] ? 1 : 0 }
            return open[k] ? 2 : cut[k] ? 1 : 0
        }
        // The cheapest sequence of widths (Viterbi: total[c] is the least cost of the lines so far ending under
        // candidate c), as the lines where each width starts.
        func cheapest(_ candidates: [Int]) -> [Int] {
            var total = candidates.map { cost(0, $0) }
            var from = [[Int]](repeating: [], count: text.count)
            for k in text.indices.dropFirst() {
                let change = text[k].number - text[k - 1].number > 1 ? 5 : 6
                let best = total.indices.min(by: { total[$0] < total[$1] })!
                var next = total
                from[k] = candidates.indices.map { c in
                    let stay = total[c]
                    let moved = total[best] + change
                    next[c] = min(stay, moved) + cost(k, candidates[c])
                    return stay < moved ? c : best
                }
                total = next
            }
            var state = total.indices.min(by: { total[$0] < total[$1] })!
            var starts = [0]
            for k in text.indices.dropFirst().reversed() {
                let previous = from[k][state]
                if previous != state { starts.append(k) }
                state = previous
            }
            return starts.sorted()
        }
        // Each region's width, read on its own; regions that do not read as wrapped join the one before (the first,
        // the one after), and neighbours of about one width are one.
        func settled(_ starts: [Int]) -> (starts: [Int], widths: [Int])? {
            var bounds = starts
            func regionWidth(_ r: Int) -> Int? {
                let range = bounds[r]..<(r + 1 < bounds.count ? bounds[r + 1] : text.count)
                let lines = Array(text[range])
                guard lines.count >= 8, let w = hardWrapWidth(lines, facts[range], options: options) else { return nil }
                let fullOpen = range.filter { abs(widths[$0] - w) <= options.wrapTolerance && runsOpen(text[$0], ends: facts.ends[$0]) }.count
                return fullOpen >= 4 ? w : nil
            }
            var r = 0
            var found: [Int] = []
            while r < bounds.count, bounds.count >= 2 {
                if let w = regionWidth(r) {
                    found.append(w)
                    r += 1
                } else {
                    bounds.remove(at: r == 0 ? 1 : r)
                    if r > 0 { r -= 1; found.removeLast() }
                }
            }
            r = 1
            while r < bounds.count {
                guard abs(found[r] - found[r - 1]) <= options.wrapTolerance else {
                    r += 1
                    continue
                }
                bounds.remove(at: r)
                found.remove(at: r)
                guard let w = regionWidth(r - 1) else { return nil }
                found[r - 1] = w
            }
            return bounds.count >= 2 ? (bounds, found) : nil
        }
        guard var regions = settled(cheapest(candidates)) else { return nil }
        // Where first lines short by a dropped indent made a narrower width a candidate (21 read as 19), the text of a
        // column a little narrower (18) stood under it at no cost: read once more under the regions' own widths.
        if let again = settled(cheapest(Array(Set(regions.widths)).sorted())), again.widths == regions.widths { regions = again }
        return regions.starts.indices.map { WrapRegion(firstLine: text[regions.starts[$0]].number, width: regions.widths[$0]) }
    }

    /// Whether a line is running text that a wrap cut: a comma, enumeration comma or stop inside, no sentence end.
    static let clauseMarks: ScalarSet = ["，", "、", "。", "；", ",", ";"]

    static func runsOpen(_ l: SourceLine, ends: Bool) -> Bool {
        !ends && l.text.unicodeScalars.contains(where: clauseMarks.contains)
    }

    /// What the detector asks of each non-blank line more than once, read once a page: whether it ends a sentence
    /// (`Markers.endsSentence`), and whether it is furniture (of 40 columns or fewer, and `Markers.isFurniture`).
    struct LineFacts {
        var ends: [Bool]
        var furniture: [Bool]

        init(_ text: [SourceLine]) {
            ends = text.map(Self.endsSentence)
            furniture = text.map(Self.isFurniture)
        }

        static func endsSentence(_ line: SourceLine) -> Bool { Markers.endsSentence(line.text) }
        /// A line of page furniture: narrow enough for it (`Markers.fitsFurnitureWidth`) and shaped like it. The
        /// reflower's cues ask the same of their lines.
        static func isFurniture(_ line: SourceLine) -> Bool {
            Markers.fitsFurnitureWidth(line.text, columns: line.columns) && Markers.isFurniture(line.text)
        }

        /// The facts of `text`, taken from `known` (read of `other`) for every line that is the same there: the page's
        /// reading copy differs from its print only in the lines with ASCII marks.
        init(_ text: [SourceLine], like other: [SourceLine], _ known: LineFacts) {
            guard text.count == other.count else {
                self.init(text)
                return
            }
            var ends: [Bool] = []
            var furniture: [Bool] = []
            ends.reserveCapacity(text.count)
            furniture.reserveCapacity(text.count)
            for (k, line) in text.enumerated() {
                if line.number == other[k].number, line.columns == other[k].columns, line.text.hasSameBytes(as: other[k].text) {
                    ends.append(known.ends[k])
                    furniture.append(known.furniture[k])
                } else {
                    ends.append(Self.endsSentence(line))
                    furniture.append(Self.isFurniture(line))
                }
            }
            self.init(ends: ends, furniture: furniture)
        }

        init(ends: [Bool], furniture: [Bool]) {
            self.ends = ends
            self.furniture = furniture
        }

        /// The facts of the lines in `range`, counted from 0.
        subscript(range: Range<Int>) -> LineFacts { LineFacts(ends: Array(ends[range]), furniture: Array(furniture[range])) }
    }

    /// Which copy of a page's lines, measured how, its wraps were made in: the printed lines or their reading copy
    /// (`PunctuationNormalizer`), each character at its display width (a Han character one column, a digit half of
    /// one); or the lines with every character counted as one column, as a wrap that counts characters makes them
    /// (2024年1月 is seven characters wide, not five).
    public enum Measure: Sendable, Equatable {
        case printed, reading, characters
    }

    /// The layout of a page whose lines may also be read with their ASCII marks in full width (`reading`, see
    /// `PunctuationNormalizer.readingLines`), and the measure its lines must be read in (`Measure`). A dump wrapped by
    /// display width counted an ASCII comma as half a character, one wrapped in print counted it whole: the copy in
    /// which more lines end at exactly the wrap width is the one the wraps were made in.
    public static func detectMeasured(_ lines: [SourceLine], reading: [SourceLine]?, options: PipelineOptions) -> (Result, Measure) {
        let text = lines.filter { !$0.isBlank }
        let facts = LineFacts(text)
        let printed = detect(text: text, facts: facts, options: options)
        func atWidth(_ lines: [SourceLine], _ result: Result) -> Int {
            lines.filter { !$0.isBlank && width($0) == result.wrapWidth(atLine: $0.number) }.count
        }
        var best = (printed, Measure.printed, printed.wrapWidth == nil ? 0 : atWidth(text, printed))
        let readingText = reading?.filter { !$0.isBlank }
        if let readingText {
            let read = detect(text: readingText, facts: LineFacts(readingText, like: text, facts), options: options)
            if read.wrapWidth != nil {
                let n = atWidth(readingText, read)
                if printed.wrapWidth == nil || n > best.2 { best = (read, .reading, n) }
            }
        }
        // Counted in characters, the lines differ only where they hold a half-width character (the facts are theirs),
        // and only those lines tell the two measures apart: where the wrap counted characters, more of them stand
        // right at its width counted so than at the display width's, and none runs past it; where it counted display
        // columns, a full one with two figures or more runs past the width counted in characters. Only where
        // paragraphs are indented: on a flush page a paragraph's first line, short by the dropped indent, stands
        // at the full width counted in characters whenever it holds a year's four figures.
        // (Asked only where a wrap was found at the display width: a page of Han lines wrapped so shows it either way.)
        guard best.0.layout == .hardWrapped, text.count(where: \.isIndented) * 8 >= text.count else { return (best.0, best.1) }
        let counted = byCharacters(text)
        let differing = counted.indices.filter { counted[$0].columns != text[$0].columns && !facts.furniture[$0] }
        // (First at the widest width found: a page wrapped at its display width has a full line with figures past it
        // counted so, and is settled without a second reading.)
        let widest = best.0.wrapRegions.map(\.width).max() ?? 0
        guard differing.count >= 2, !differing.contains(where: { width(counted[$0]) > widest + options.wrapTolerance }) else { return (best.0, best.1) }
        let read = detect(text: counted, facts: facts, options: options)
        guard read.wrapWidth != nil else { return (best.0, best.1) }
        let shown = best.1 == .reading ? readingText! : text
        let at = differing.filter { width(counted[$0]) == read.wrapWidth(atLine: counted[$0].number) }.count
        let over = differing.contains { width(counted[$0]) > read.wrapWidth(atLine: counted[$0].number)! }
        let atShown = differing.filter { width(shown[$0]) == best.0.wrapWidth(atLine: shown[$0].number) }.count
        if at >= 2, at > atShown, !over { best = (read, .characters, at) }
        return (best.0, best.1)
    }

    /// The lines with every character of their text counted as one column (`Measure.characters`).
    public static func byCharacters(_ lines: [SourceLine]) -> [SourceLine] {
        lines.map { line in
            var l = line
            l.columns = line.text.unicodeScalars.count
            return l
        }
    }

    /// A line's width in full-width columns, its indent counted: where paragraphs are short, their indented
    /// first lines are many.
    static func width(_ l: SourceLine) -> Int { width(l, columns: l.columns) }

    /// The width of `l` with its text `columns` wide (its scalar count, where the wrap counted characters), its indent
    /// counted as `width` counts it.
    static func width(_ l: SourceLine, columns: Int) -> Int { columns + (l.indent + 1) / 2 }

    /// Whether blanks stand two or more together inside the text (an index's entry padded to its page number).
    static func isPadded(_ text: String) -> Bool {
        var run = 0
        for s in text.unicodeScalars {
            if CharClass.isSpace(s) {
                run += 1
                if run >= 2 { return true }
            } else {
                run = 0
            }
        }
        return false
    }
}
