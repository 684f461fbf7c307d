/// How the reader runs: read-only unless an admin token is given; limits on what a request may ask.
public struct ServerOptions: Sendable {
    /// With a token, `POST /api/pages` ingests a page sent with `Authorization: Bearer TOKEN`.
    public var adminToken: String?
    /// Results per page at most (the `limit` parameter).
    public var maxPageSize = 100
    /// Largest request body accepted (a page to ingest), in bytes.
    public var maxBodyBytes = 10 << 20
    /// Answers kept in memory for repeated requests, per kind (searches with their facets, article
    /// pages); 0 turns the caches off. An answer is dropped as soon as the archive's files change.
    public var cacheEntries = 1024
    public init(adminToken: String? = nil) { self.adminToken = adminToken }
}
