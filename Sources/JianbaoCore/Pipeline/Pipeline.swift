/// The one orchestrator: raw page bytes in, articles out. Each stage's output is the next one's input.
///
/// 1. `PageDecoder` — bytes → numbered lines (encoding, line endings, hash); `ScriptFolder` — a page in
///    traditional characters is read in simplified ones, and its text given back as printed at the end;
///    `PageHeadReader` — newspaper, date and page from the running head, where the options and the file
///    name gave none
/// 2. `LayoutDetector` — blank-line breaks, indented or hard-wrapped
/// 3. `ParagraphReflower` — lines → paragraph units, rejoining column/page breaks and wraps
/// 4. `BlockClassifier` — units → heading / lead / byline / body / caption / jump marker / note / furniture
/// 5. `ArticleSegmenter` — blocks → articles (headline stack, lead, body), furniture dropped
/// 6. `Deduplicator` — misplaced copies of an article's ending → dropped
/// 7. `CorruptionLinter` — suspected damage → findings
/// 8. `PunctuationNormalizer` — ASCII punctuation in Chinese text → full width (unless as-printed); the
///    stages from 2 on read a copy of the lines already normalised, and as-printed takes the page's
///    own scalars back here
/// 9. `EntityExtractor` — people, places, organizations, dates (when enabled), from the text as output
public struct Pipeline: Sendable {
    public var options: PipelineOptions

    public init(options: PipelineOptions = PipelineOptions()) { self.options = options }

    /// Reads one page. Throws only when the bytes are not text (see `DecodeError`).
    public func run(_ bytes: [UInt8], metadata: PageMetadata) throws(DecodeError) -> ClippedPage {
        let decoded = try PageDecoder.decode(bytes, forced: options.encoding)
        return run(decoded, metadata: metadata)
    }

    /// Reads one already decoded page. Never throws: odd text becomes `other` articles and findings.
    public func run(_ decoded: DecodedPage, metadata given: PageMetadata) -> ClippedPage {
        var metadata = given
        // The stages read the lines with ASCII marks in Chinese text in full width (通知,要求 as 通知，要求):
        // a page copied or OCR'd with ASCII punctuation reads as its print does; and a page in traditional
        // characters in simplified ones (本報訊 as 本报讯). Both copies change scalars one for one.
        // (The wrap width is found in whichever copy the wraps were made in, and lines are measured in it.)
        let punctuated = PunctuationNormalizer.readingLines(decoded.lines)
        let folded = ScriptFolder.readingLines(punctuated ?? decoded.lines)
        let unfold = folded.map { ScriptFolder.Unfolder(original: punctuated ?? decoded.lines, reading: $0) }
        let reading = folded ?? punctuated
        if metadata.newspaper == nil || metadata.issueDate == nil || metadata.page == nil {
            // What the options and the file name left open, the page's running head may say.
            let head = PageHeadReader.read(folded ?? decoded.lines)
            metadata.newspaper = metadata.newspaper ?? head.newspaper.map { unfold?($0) ?? $0 }
            metadata.issueDate = metadata.issueDate ?? head.issueDate
            metadata.page = metadata.page ?? head.page
        }
        var lines = reading ?? decoded.lines
        let (layout, measure) = LayoutDetector.detectMeasured(decoded.lines, reading: reading, options: options)
        switch measure {
        case .printed where reading != nil: for i in lines.indices { lines[i].columns = decoded.lines[i].columns }
        case .characters: lines = LayoutDetector.byCharacters(lines)
        default: break
        }
        let units = ParagraphReflower.reflow(lines, layout: layout, options: options)
        let blocks = BlockClassifier.classify(units, issueDate: metadata.issueDate, options: options)
        let pageID = String(decoded.sha256.prefix(12))
        let segmented = ArticleSegmenter.segment(blocks, pageID: pageID, options: options)
        var (articles, dropped) = Deduplicator.deduplicate(segmented.articles, options: options)
        dropped += segmented.dropped
        let home = Gazetteer.homeProvince(ofNewspaper: metadata.newspaper)
        for i in articles.indices {
            articles[i].findings = CorruptionLinter.lint(articles[i], options: options)
            if let reading { articles[i] = PunctuationNormalizer.findingsAsPrinted(articles[i], reading: reading, original: decoded.lines, folded: folded != nil) }
            // (Names are taken from the text in the form it is printed in: 日本电产（大连）有限公司, or as printed.)
            // (Names are read in simplified characters, as the lexicons hold them, and given back as printed.)
            let simplified = folded != nil && options.extractEntities ? PunctuationNormalizer.normalize(articles[i]) : nil
            if options.punctuation == .fullWidth {
                if let folded { articles[i] = PunctuationNormalizer.asPrinted(articles[i], reading: folded, original: punctuated ?? decoded.lines, folded: true) }
                // (A reference that a wrap cut keeps the marks its style sets, as a whole line of one does.)
                if let punctuated { articles[i] = PunctuationNormalizer.referencesAsPrinted(articles[i], reading: punctuated, original: decoded.lines) }
                // (The text came from the normalised copy; this pass is for a mark at a line's end whose Chinese
                // neighbour stood on the next line, 1, | 中…, and finds nothing else to change.)
                articles[i] = PunctuationNormalizer.normalize(articles[i])
            } else if let reading {
                articles[i] = PunctuationNormalizer.asPrinted(articles[i], reading: reading, original: decoded.lines, folded: folded != nil)
            }
            if options.extractEntities {
                articles[i].entities = EntityExtractor.extract(simplified ?? articles[i], issueDate: metadata.issueDate, homeProvince: home)
            }
            if let unfold { articles[i] = unfold.article(articles[i]) }
        }
        // (Dropped text stays as printed in either form.)
        if let reading { dropped = dropped.map { PunctuationNormalizer.asPrinted($0, reading: reading, original: decoded.lines, folded: folded != nil) } }
        dropped.sort { $0.range < $1.range }
        // (A duplicate that a break had glued to the paragraph above it is no longer joined to it.)
        let glued = dropped.filter { $0.reason == .duplicate }.map(\.range)
        let joins = units.flatMap(\.joins).filter { j in !glued.contains { $0.first == j.to && !$0.contains(j.from) } }
        return ClippedPage(
            metadata: metadata, decoded: decoded, layout: layout.layout, articles: articles, dropped: dropped,
            joins: joins, wrapWidths: layout.wrapRegions)
    }
}
