/// Stage 2: decides per page whether lines are paragraphs (blank-line breaks or indented) or
/// hard wraps of a fixed width (PDF-to-text), and at which width.
public enum LayoutDetector {
    public struct Result: Sendable, Equatable {
        public var layout: PageLayout
        /// For hard-wrapped pages: the wrap width in full-width columns.
        public var wrapWidth: Int?
    }

    public static func detect(_ lines: [SourceLine], options: PipelineOptions) -> Result {
        let text = lines.filter { !$0.isBlank }
        guard text.count >= 3 else { return Result(layout: .blankLineBreaks, wrapWidth: nil) }
        // Hard wraps: many lines end at the same width and without closing punctuation.
        let width = Self.width
        var histogram: [Int: Int] = [:]
        // (Not furniture, which does not wrap: a masthead's date line may outnumber a small page's full lines; nor a
        // line padded with blanks, an index's ■全国两会前瞻　　　　第2版.)
        for l in text where width(l) >= options.minWrapWidth && !(l.columns <= 40 && (Markers.isFurniture(l.text) || isPadded(l.text))) {
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
                    if Markers.endsSentence(above.text) || width(above) < mode - options.wrapTolerance { firstLines += 1 }
                }
                return firstLines * 3 >= modeCount * 2
            }
            let wrap = wider <= options.maxWrapWidth && (widerCount * 2 >= modeCount || widerCount > 0 && mostlyFirstLines()) ? wider : mode
            let near = text.filter { abs(width($0) - wrap) <= options.wrapTolerance }
            let open = near.filter { !Markers.endsSentence($0.text) }.count
            let longer = text.filter { width($0) > wrap + options.wrapTolerance }.count
            // A small page's masthead and running heads (furniture, which does not wrap) are not counted against it.
            var counted = Double(text.count)
            if Double(near.count) < options.hardWrapShare * counted {
                counted -= Double(text.filter { $0.columns <= 40 && Markers.isFurniture($0.text) }.count)
            }
            if Double(near.count) >= options.hardWrapShare * counted, open * 2 >= near.count,
                Double(longer) <= 0.05 * Double(text.count)
            {
                return Result(layout: .hardWrapped, wrapWidth: wrap)
            }
            // A small page of short paragraphs (questions and answers, list items) has few full lines, but no line
            // is wider than the wrap and most that reach it end open: one paragraph a line, no line stops at one
            // width so often mid-sentence.
            if longer == 0, near.count >= 5, Double(near.count) >= 0.15 * counted, open * 3 >= near.count * 2 {
                return Result(layout: .hardWrapped, wrapWidth: wrap)
            }
        }
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
            guard !l.isIndented, l.text.unicodeScalars.lazy.filter({ !CharClass.isSpace($0) }).count >= 20, Markers.endsSentence(l.text)
            else { return false }
            return k == 0 || !(text[k - 1].isIndented && !Markers.endsSentence(text[k - 1].text))
        }.count
        if indented >= 3, indented > 2 * flushText {
            return Result(layout: .indented, wrapWidth: nil)
        }
        return Result(layout: .blankLineBreaks, wrapWidth: nil)
    }

    /// The layout of a page whose lines are also read with their ASCII marks in full width (`reading`,
    /// see `PunctuationNormalizer.readingLines`). A dump wrapped by display width counted an ASCII comma as
    /// half a character, one wrapped in print or by characters counted it whole: the measure in which more
    /// lines end at exactly the wrap width is the one the wraps were made in. Returns the layout and whether
    /// it was measured in the reading copy (then its widths tell a full line, else the printed ones do).
    public static func detect(_ lines: [SourceLine], reading: [SourceLine]?, options: PipelineOptions) -> (Result, inReading: Bool) {
        let printed = detect(lines, options: options)
        guard let reading else { return (printed, false) }
        let read = detect(reading, options: options)
        guard let w2 = read.wrapWidth else { return (printed, false) }
        guard let w1 = printed.wrapWidth else { return (read, true) }
        func atWidth(_ lines: [SourceLine], _ w: Int) -> Int { lines.filter { !$0.isBlank && width($0) == w }.count }
        return atWidth(reading, w2) > atWidth(lines, w1) ? (read, true) : (printed, false)
    }

    /// A line's width in full-width columns, its indent counted: where paragraphs are short, their indented
    /// first lines are many.
    static func width(_ l: SourceLine) -> Int { l.columns + (l.indent + 1) / 2 }

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
