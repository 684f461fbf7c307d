/// Renders clipped pages in the clip JSON contract (docs/clip-json.md): `{"pages": [...]}` for
/// `--format json`, one article a line for `--format jsonl`.
public enum ClipJSON {
    /// The whole document for `--format json`.
    public static func document(_ pages: [ClippedPage], pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.key("pages")
        w.beginArray()
        for p in pages { write(p, into: &w) }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }

    /// One JSON object a line, one line per article, each with its page's identity: the UTF-8 bytes, which go to the output
    /// as they are (a String made of them would be checked as UTF-8 and copied twice on its way out).
    public static func lines(_ page: ClippedPage) -> [UInt8] {
        var w = JSONWriter()
        for a in page.articles {
            w.beginObject()
            w.field("path", page.metadata.path)
            w.field("sha256", page.decoded.sha256)
            w.field("newspaper", page.metadata.newspaper)
            w.field("issueDate", page.metadata.issueDate?.iso)
            w.field("page", page.metadata.page)
            writeArticleFields(a, into: &w)
            w.endObject()
            w.endLine()
        }
        return w.utf8
    }

    /// One article as a compact JSON object in the contract's shape.
    public static func article(_ a: Article) -> String {
        var w = JSONWriter()
        w.beginObject()
        writeArticleFields(a, into: &w)
        w.endObject()
        return w.output
    }

    public static func write(_ p: ClippedPage, into w: inout JSONWriter) {
        w.beginObject()
        w.key("source")
        w.beginObject()
        w.field("path", p.metadata.path)
        w.field("sha256", p.decoded.sha256)
        w.field("encoding", p.decoded.encoding.rawValue)
        w.field("lineEnding", p.decoded.lineEnding.rawValue)
        w.field("layout", p.layout.rawValue)
        w.field("bytes", p.decoded.byteCount)
        w.field("lineCount", p.decoded.lines.count)
        w.endObject()
        w.field("newspaper", p.metadata.newspaper)
        w.field("issueDate", p.metadata.issueDate?.iso)
        w.field("page", p.metadata.page)
        w.key("articles")
        w.beginArray()
        for a in p.articles {
            w.beginObject()
            writeArticleFields(a, into: &w)
            w.endObject()
        }
        w.endArray()
        w.key("dropped")
        w.beginArray()
        for d in p.dropped {
            w.beginObject()
            w.field("lines", pair: (d.range.first, d.range.last))
            w.field("reason", d.reason.rawValue)
            w.field("duplicateOf", d.duplicateOf)
            w.field("text", d.text)
            w.endObject()
        }
        w.endArray()
        w.key("joins")
        w.beginArray()
        for j in p.joins { w.pair((j.from, j.to)) }
        w.endArray()
        w.endObject()
    }

    static func writeArticleFields(_ a: Article, into w: inout JSONWriter) {
        w.field("id", a.id)
        w.field("kind", a.kind.rawValue)
        w.field("kicker", a.kicker)
        w.field("headline", a.headline)
        w.field("subtitle", a.subtitle)
        w.field("continuedFromPage", a.continuedFromPage)
        w.field("continuesOnPage", a.continuesOnPage)
        w.field("source", a.source)
        w.key("dateline")
        if let d = a.dateline {
            w.beginObject()
            w.field("text", d.text)
            w.field("place", d.place)
            w.field("date", d.date?.iso)
            w.endObject()
        } else {
            w.value(nil as String?)
        }
        w.field("reporters", strings: a.reporters)
        w.field("photographers", strings: a.photographers)
        w.field("paragraphs", strings: a.paragraphs.map(\.text))
        w.field("lines", pair: (a.range.first, a.range.last))
        w.key("paragraphLines")
        w.beginArray()
        for p in a.paragraphs { w.pair((p.range.first, p.range.last)) }
        w.endArray()
        writeEntities(a.entities, into: &w)
        w.key("findings")
        w.beginArray()
        for f in a.findings {
            w.beginObject()
            w.field("kind", f.kind.rawValue)
            w.field("text", f.text)
            w.field("line", f.line)
            w.field("suggestion", f.suggestion)
            w.field("message", f.message)
            w.endObject()
        }
        w.endArray()
    }

    /// people, places, organizations, dates, tables and numbers — shared by the clip contract and `jianbao extract`.
    public static func writeEntities(_ e: Entities, into w: inout JSONWriter) {
        w.key("people")
        w.beginArray()
        for p in e.people {
            w.beginObject()
            w.field("name", p.name)
            w.field("titles", strings: p.titles)
            w.endObject()
        }
        w.endArray()
        w.key("places")
        w.beginArray()
        for p in e.places {
            w.beginObject()
            w.field("name", p.name)
            w.field("code", p.code)
            w.endObject()
        }
        w.endArray()
        w.field("organizations", strings: e.organizations)
        w.field("dates", strings: e.dates.map(\.iso))
        w.key("tables")
        w.beginArray()
        for t in e.tables {
            w.beginObject()
            w.field("caption", t.caption)
            w.field("line", t.line)
            w.key("rows")
            w.beginArray()
            for r in t.rows {
                w.beginObject()
                w.field("name", r.name)
                w.field("number", number: r.number)
                w.field("unit", r.unit)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("numbers")
        w.beginArray()
        for n in e.numbers {
            w.beginObject()
            w.field("text", n.text)
            w.field("value", number: n.value)
            w.field("unit", n.unit)
            w.field("approximate", n.approximate)
            w.field("line", n.line)
            w.endObject()
        }
        w.endArray()
    }
}
