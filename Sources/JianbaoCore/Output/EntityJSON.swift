/// Renders what `EntityExtractor` found in a plain-text document (`jianbao extract`).
public enum EntityJSON {
    public static func write(_ e: Entities, line: Int, into w: inout JSONWriter) {
        w.beginObject()
        w.field("line", line)
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
            w.key("rows")
            w.beginArray()
            for r in t.rows {
                w.beginObject()
                w.field("name", r.name)
                w.key("number")
                w.raw(r.number == r.number.rounded() && abs(r.number) < 1e15 ? String(Int(r.number)) : String(r.number))
                w.field("unit", r.unit)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("mentions")
        w.beginArray()
        for m in e.mentions {
            w.beginObject()
            w.field("kind", m.kind.rawValue)
            w.field("text", m.text)
            w.field("start", m.start)
            w.field("end", m.end)
            w.field("detail", m.detail)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// One readable line per entity.
    public static func text(_ e: Entities, line: Int) -> String {
        var out = "L\(line)\n"
        for p in e.people { out += "  person \(p.name)" + (p.titles.isEmpty ? "" : " (\(p.titles.joined(separator: "、")))") + "\n" }
        for p in e.places { out += "  place \(p.name) \(p.code ?? "-")\n" }
        for o in e.organizations { out += "  org \(o)\n" }
        for d in e.dates { out += "  date \(d.iso)\n" }
        for t in e.tables { out += "  table \(t.caption ?? "-"): " + t.rows.map { "\($0.name) \($0.number) \($0.unit)" }.joined(separator: "; ") + "\n" }
        return out
    }
}
