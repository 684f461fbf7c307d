/// Suspected damage in the text: reported with its place, never silently repaired.
public struct Finding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A run written twice in a row (外贸外贸), or twice around 和/与 (X和X).
        case repetition
        /// An item repeated in an enumeration (可控、可治、可控).
        case repeatedListItem = "repeated-list-item"
        /// A Latin word inside Chinese prose (" and ").
        case foreignScript = "foreign-script"
        /// A name spelled differently from its other mentions in the same text (锦州 … 锦市).
        case inconsistentName = "inconsistent-name"
        /// An article that stops mid-sentence with no jump marker.
        case truncated
        /// A character OCR is known to read for another where only the other makes sense: 曰 after a figure (9月12曰电,
        /// for 日).
        case misreadCharacter = "misread-character"
        /// Bytes of the file that were not valid text, read as U+FFFD (a copy cut inside a character, a stray byte).
        case undecodable
    }

    public var kind: Kind
    /// The suspicious text as printed.
    public var text: String
    /// The page line it is on.
    public var line: Int
    public var suggestion: String?
    /// One sentence for people: why this was flagged.
    public var message: String

    public init(kind: Kind, text: String, line: Int, suggestion: String? = nil, message: String) {
        self.kind = kind
        self.text = text
        self.line = line
        self.suggestion = suggestion
        self.message = message
    }
}
