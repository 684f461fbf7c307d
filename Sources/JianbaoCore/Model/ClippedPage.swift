/// Everything the pipeline read from one page.
public struct ClippedPage: Sendable {
    public var metadata: PageMetadata
    public var decoded: DecodedPage
    public var layout: PageLayout
    /// For hard-wrapped pages: the width the lines were wrapped at, from which line on (one region where one
    /// width holds for the page, more where columns differ; see `LayoutDetector.Result.regions`).
    public var wrapWidths: [LayoutDetector.WrapRegion]
    public var articles: [Article]
    public var dropped: [DroppedFragment]
    public var joins: [LineJoin]

    public init(
        metadata: PageMetadata, decoded: DecodedPage, layout: PageLayout, articles: [Article],
        dropped: [DroppedFragment], joins: [LineJoin], wrapWidths: [LayoutDetector.WrapRegion] = []
    ) {
        self.metadata = metadata
        self.decoded = decoded
        self.layout = layout
        self.wrapWidths = wrapWidths
        self.articles = articles
        self.dropped = dropped
        self.joins = joins
    }
}

/// Text that is on the page but in no article, and why.
public struct DroppedFragment: Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// A misplaced copy of text that stands in full in another article.
        case duplicate
        /// Running heads, editor credits, page numbers.
        case furniture = "page-furniture"
    }

    public var range: LineRange
    public var reason: Reason
    /// For duplicates: the id of the article holding the real copy.
    public var duplicateOf: String?
    public var text: String

    public init(range: LineRange, reason: Reason, duplicateOf: String? = nil, text: String) {
        self.range = range
        self.reason = reason
        self.duplicateOf = duplicateOf
        self.text = text
    }
}
