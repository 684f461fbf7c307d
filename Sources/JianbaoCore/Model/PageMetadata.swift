/// What is known about a page before reading it: where it came from and which issue it belongs to.
public struct PageMetadata: Sendable, Equatable {
    /// The path as the user gave it (or `-` for standard input).
    public var path: String
    /// The newspaper's Chinese name (辽宁日报), or nil.
    public var newspaper: String?
    public var issueDate: IssueDate?
    public var page: Int?

    public init(path: String, newspaper: String? = nil, issueDate: IssueDate? = nil, page: Int? = nil) {
        self.path = path
        self.newspaper = newspaper
        self.issueDate = issueDate
        self.page = page
    }
}
