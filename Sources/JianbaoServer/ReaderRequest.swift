import Hummingbird
import JianbaoCore
import JianbaoStore

/// The search parameters shared by the HTML and JSON routes, read and checked from the query string.
struct ReaderRequest {
    var search: SearchRequest
    var page: Int

    static let pageSize = 20

    init(_ request: Request, options: ServerOptions) throws {
        let p = request.uri.queryParameters
        func value(_ k: String) -> String? {
            guard let v = p[k[...]].map({ String($0).replacingAll("+", with: " ") }), !v.isEmpty else { return nil }
            return v
        }
        let q = value("q") ?? ""
        guard q.unicodeScalars.count <= SearchQuery.maxLength else {
            throw APIError.badRequest("the query is longer than \(SearchQuery.maxLength) characters", code: "query-too-long")
        }
        search = SearchRequest(query: q)
        var f = SearchFilters()
        f.newspaper = value("newspaper")
        for (key, keyPath) in [("from", \SearchFilters.from), ("to", \SearchFilters.to)] {
            if let v = value(key) {
                guard let d = IssueDate(iso: v) else { throw APIError.badRequest("\(key)=\(v) is not a date of the form YYYY-MM-DD") }
                f[keyPath: keyPath] = d
            }
        }
        if let v = value("page") {
            guard let n = Int(v) else { throw APIError.badRequest("page=\(v) is not a number") }
            f.page = n
        }
        if let v = value("kind") {
            guard Article.Kind(rawValue: v) != nil else { throw APIError.badRequest("kind=\(v) is not a kind of article") }
            f.kind = v
        }
        f.person = value("person")
        f.place = value("place")
        search.filters = f
        var limit = Self.pageSize
        if let v = value("limit") {
            guard let n = Int(v), n >= 1, n <= options.maxPageSize else {
                throw APIError.badRequest("limit must be a number from 1 to \(options.maxPageSize)")
            }
            limit = n
        }
        page = 1
        if let v = value("p") {
            guard let n = Int(v), n >= 1, n <= 10_000 else { throw APIError.badRequest("p must be a page number from 1 to 10000") }
            page = n
        }
        search.limit = limit
        search.offset = (page - 1) * limit
    }

    /// The filters as query-string pairs, for links that keep them.
    var filterPairs: [(String, String)] {
        let f = search.filters
        return [("newspaper", f.newspaper), ("from", f.from?.iso), ("to", f.to?.iso), ("page", f.page.map(String.init)), ("kind", f.kind),
                ("person", f.person), ("place", f.place)].compactMap { k, v in v.map { (k, $0) } }
    }

    func link(q: String? = nil, adding extra: [(String, String)] = [], p: Int? = nil) -> String {
        var pairs = [("q", q ?? search.query)] + filterPairs
        for (k, v) in extra {
            pairs.removeAll { $0.0 == k }
            pairs.append((k, v))
        }
        if let p { pairs.append(("p", String(p))) }
        return "/search?" + pairs.filter { !$0.1.isEmpty }.map { "\($0.0)=\(HTML.q($0.1))" }.joined(separator: "&")
    }
}
