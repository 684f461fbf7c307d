import JianbaoCore

/// The OpenAPI 3 description of the JSON API, served at /openapi.json.
enum OpenAPI {
    struct Path {
        var method: String
        var path: String
        var summary: String
        var parameters: [(name: String, location: String, description: String)]
    }

    static let searchParameters: [(String, String, String)] = [
        ("q", "query", "terms, \"phrases\", -exclusion, OR"), ("newspaper", "query", "newspaper name"), ("from", "query", "YYYY-MM-DD"),
        ("to", "query", "YYYY-MM-DD"), ("page", "query", "page number of the paper"), ("kind", "query", "article kind"),
        ("person", "query", "a person named in the article"), ("place", "query", "a place named in the article"),
        ("limit", "query", "results per page, 1–100"), ("p", "query", "result page, from 1"),
    ]

    static let paths: [Path] = [
        Path(method: "get", path: "/api/newspapers", summary: "Archive totals and every issue", parameters: []),
        Path(method: "get", path: "/api/issue/{newspaper}/{date}", summary: "An issue's articles in page order",
             parameters: [("newspaper", "path", "newspaper id"), ("date", "path", "YYYY-MM-DD")]),
        Path(method: "get", path: "/api/article/{id}", summary: "An article in the clip contract's shape, with archive ids and story parts",
             parameters: [("id", "path", "article id")]),
        Path(method: "get", path: "/api/search", summary: "Full-text search with filters, BM25 ranking, snippets and facets", parameters: searchParameters),
        Path(method: "get", path: "/api/person/{name}", summary: "A person's titles over time with evidence", parameters: [("name", "path", "the name")]),
        Path(method: "get", path: "/api/place/{name}", summary: "A place's code, parent divisions and articles", parameters: [("name", "path", "the name")]),
        Path(method: "get", path: "/api/trends", summary: "Counts per month for up to 5 comma-separated terms", parameters: [("q", "query", "terms, comma-separated")]),
        Path(method: "get", path: "/api/kwic", summary: "Keyword-in-context lines for a query", parameters: searchParameters),
        Path(method: "post", path: "/api/pages", summary: "Ingest one page (admin token required; body: the page's bytes)",
             parameters: [("newspaper", "query", "newspaper name"), ("date", "query", "YYYY-MM-DD"), ("page", "query", "page number"), ("path", "query", "file name")]),
    ]

    static let document: String = {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.field("openapi", "3.0.3")
        w.key("info")
        w.beginObject()
        w.field("title", "Jianbao reader API")
        w.field("version", "1.0.0")
        w.field("description", "Read-only JSON over a Jianbao archive. Errors are {\"error\": {\"code\", \"message\"}} with a 4xx or 5xx status.")
        w.endObject()
        w.key("paths")
        w.beginObject()
        for p in paths {
            w.key(p.path)
            w.beginObject()
            w.key(p.method)
            w.beginObject()
            w.field("summary", p.summary)
            w.key("parameters")
            w.beginArray()
            for param in p.parameters {
                w.beginObject()
                w.field("name", param.name)
                w.field("in", param.location)
                w.key("required")
                w.value(param.location == "path")
                w.field("description", param.description)
                w.key("schema")
                w.beginObject()
                w.field("type", "string")
                w.endObject()
                w.endObject()
            }
            w.endArray()
            if p.method == "post" {
                w.key("requestBody")
                w.beginObject()
                w.key("content")
                w.beginObject()
                w.key("text/plain")
                w.beginObject()
                w.endObject()
                w.endObject()
                w.endObject()
            }
            w.key("responses")
            w.beginObject()
            for (code, text) in [("200", "JSON"), ("400", "malformed input"), ("404", "not found")] {
                w.key(code)
                w.beginObject()
                w.field("description", text)
                w.endObject()
            }
            w.endObject()
            w.endObject()
            w.endObject()
        }
        w.endObject()
        w.endObject()
        return w.output
    }()
}
