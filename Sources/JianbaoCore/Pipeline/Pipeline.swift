/// The one orchestrator: raw page bytes in, articles out. Each stage's output is the next one's input.
///
/// 1. `PageDecoder` — bytes → numbered lines (encoding, line endings, hash); `PageHeadReader` — newspaper,
///    date and page from the running head, where the options and the file name gave none
/// 2. `LayoutDetector` — blank-line breaks, indented or hard-wrapped
/// 3. `ParagraphReflower` — lines → paragraph units, rejoining column/page breaks and wraps
/// 4. `BlockClassifier` — units → heading / lead / byline / body / caption / jump marker / note / furniture
/// 5. `ArticleSegmenter` — blocks → articles (headline stack, lead, body), furniture dropped
/// 6. `Deduplicator` — misplaced copies of an article's ending → dropped
/// 7. `CorruptionLinter` — suspected damage → findings
/// 8. `EntityExtractor` — people, places, organizations, dates (when enabled)
/// 9. `PunctuationNormalizer` — ASCII punctuation in Chinese text → full width (unless as-printed)
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
        if metadata.newspaper == nil || metadata.issueDate == nil || metadata.page == nil {
            // What the options and the file name left open, the page's running head may say.
            let head = PageHeadReader.read(decoded.lines)
            metadata.newspaper = metadata.newspaper ?? head.newspaper
            metadata.issueDate = metadata.issueDate ?? head.issueDate
            metadata.page = metadata.page ?? head.page
        }
        let layout = LayoutDetector.detect(decoded.lines, options: options)
        let units = ParagraphReflower.reflow(decoded.lines, layout: layout, options: options)
        let blocks = BlockClassifier.classify(units, issueDate: metadata.issueDate, options: options)
        let pageID = String(decoded.sha256.prefix(12))
        let segmented = ArticleSegmenter.segment(blocks, pageID: pageID, options: options)
        var (articles, dropped) = Deduplicator.deduplicate(segmented.articles, options: options)
        dropped += segmented.dropped
        let home = Gazetteer.homeProvince(ofNewspaper: metadata.newspaper)
        for i in articles.indices {
            articles[i].findings = CorruptionLinter.lint(articles[i], options: options)
            if options.extractEntities {
                articles[i].entities = EntityExtractor.extract(articles[i], issueDate: metadata.issueDate, homeProvince: home)
            }
            if options.punctuation == .fullWidth { articles[i] = PunctuationNormalizer.normalize(articles[i]) }
        }
        dropped.sort { $0.range < $1.range }
        return ClippedPage(
            metadata: metadata, decoded: decoded, layout: layout.layout, articles: articles, dropped: dropped,
            joins: units.flatMap(\.joins))
    }
}
