import Foundation
import JianbaoCore

/// JSON for what the archive answers, shared by `jianbao … --format json` and the reader's /api.
public enum ArchiveJSON {
    /// `total` and `hits` fields of an open object.
    public static func hits(_ r: SearchResult, into w: inout JSONWriter) {
        w.field("total", r.total)
        w.key("hits")
        w.beginArray()
        for h in r.hits {
            w.beginObject()
            w.field("articleId", Int(h.articleId))
            w.field("storyId", Int(h.storyId))
            w.field("newspaper", h.newspaper)
            w.field("date", h.date)
            w.field("page", h.page)
            w.field("kind", h.kind)
            w.field("headline", h.headline)
            w.field("snippet", h.snippet)
            w.key("score")
            w.raw(String(format: "%.4f", h.score))
            w.endObject()
        }
        w.endArray()
    }

    /// A person's report as an object.
    public static func person(_ p: PersonReport, into w: inout JSONWriter) {
        w.beginObject()
        w.field("name", p.name)
        w.field("articles", p.articles)
        w.field("firstSeen", p.firstSeen)
        w.field("lastSeen", p.lastSeen)
        w.key("titles")
        w.beginArray()
        for t in p.titles {
            w.beginObject()
            w.field("title", t.title)
            w.field("first", t.first)
            w.field("last", t.last)
            w.key("articleIds")
            w.beginArray()
            for id in t.articleIds { w.value(Int(id)) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// Keyword-in-context lines as an array.
    public static func concordance(_ lines: [(hit: SearchHit, left: String, match: String, right: String)], into w: inout JSONWriter) {
        w.beginArray()
        for l in lines {
            w.beginObject()
            w.field("articleId", Int(l.hit.articleId))
            w.field("date", l.hit.date)
            w.field("left", l.left)
            w.field("match", l.match)
            w.field("right", l.right)
            w.endObject()
        }
        w.endArray()
    }

    /// A frequency series as an array of {period key, count}.
    public static func counts(_ rows: [(period: String, count: Int)], key: String = "period", into w: inout JSONWriter) {
        w.beginArray()
        for r in rows {
            w.beginObject()
            w.field(key, r.period)
            w.field("count", r.count)
            w.endObject()
        }
        w.endArray()
    }

    /// Most named people, places or organizations as an array.
    public static func entityCounts(
        _ rows: [(name: String, detail: String?, articles: Int, mentions: Int)], kind: EntityKind, into w: inout JSONWriter
    ) {
        w.beginArray()
        for r in rows {
            w.beginObject()
            w.field("name", r.name)
            if kind == .place { w.field("code", r.detail) }
            w.field("articles", r.articles)
            w.field("mentions", r.mentions)
            w.endObject()
        }
        w.endArray()
    }
}
