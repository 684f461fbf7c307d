/// Every tunable of the pipeline, with documented defaults. No stage hides a magic number.
public struct PipelineOptions: Sendable, Equatable {
    /// How ASCII punctuation between Chinese characters is printed in paragraphs.
    public enum Punctuation: String, Sendable, CaseIterable {
        /// Convert ASCII , ; : ? ! ( ) next to Chinese text to full width (GB/T 15834). The default.
        case fullWidth = "full-width"
        /// Keep every character exactly as printed.
        case asPrinted = "as-printed"
    }

    public var punctuation: Punctuation = .fullWidth
    /// Force an encoding instead of detecting it.
    public var encoding: TextEncoding? = nil

    /// Run the entity extractor (people, places, organizations, dates, tables).
    public var extractEntities = true

    // Layout detection.
    /// Narrowest and widest wrap width (full-width columns) that counts as hard-wrapped text.
    public var minWrapWidth = 12
    public var maxWrapWidth = 40
    /// Lines within this many columns of the wrap width count as full.
    public var wrapTolerance = 2
    /// A hard-wrapped line ending in 。 is a wrap (not a paragraph end) only this close to the wrap
    /// width: typesetting pushes or hangs one character.
    public var sentenceWrapTolerance = 1
    /// Columns of the paragraph indent that PDF-to-text may drop (two full-width spaces): a paragraph's
    /// first line short by this much still counts as full.
    public var droppedIndentColumns = 2
    /// Widest paragraph indent, in full-width columns: on a page whose headlines stand flush, a line
    /// indented this much or less is a paragraph however short; more is a centred heading.
    public var paragraphIndentColumns = 2
    /// Share of lines at the wrap width for a page to be hard-wrapped.
    public var hardWrapShare = 0.3
    /// Share of indented lines for a page to be indented.
    public var indentedShare = 0.25

    // Headings.
    /// Longest heading line, in full-width columns.
    public var maxHeadingColumns = 44
    /// A headline or kicker of two or three phrases set apart by ideographic spaces (`Markers.isSpacedTitle`) may be this
    /// wide on one line.
    public var maxSpacedTitleColumns = 80
    /// Longest headline that a hard wrap cut over a line of the stack below it, in full-width columns: a
    /// full line over a shorter one making more is a kicker over its headline.
    public var maxWrappedHeadlineColumns = 30
    /// A heading stack has at most this many lines (kicker, headline, subtitle).
    public var maxHeadingStack = 3
    /// How many lines ahead a heading looks for the lead that confirms it.
    public var headingLookahead = 3

    // Duplicates.
    /// Shortest misplaced duplicate (in non-blank scalars) that is moved to `dropped`.
    public var minDuplicateLength = 4

    // Findings.
    /// Longest run checked for immediate repetition (外贸外贸), in scalars.
    public var maxRepeatedRun = 12

    public init() {}
}
