/// Renders what `EntityExtractor` found in a plain-text document (`jianbao extract`).
public enum EntityJSON {
    public static func write(_ e: Entities, line: Int, into w: inout JSONWriter) {
        w.beginObject()
        w.field("line", line)
        ClipJSON.writeEntities(e, into: &w)
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
        if !e.numbers.isEmpty { out += "  numbers " + e.numbers.map(\.text).joined(separator: " · ") + "\n" }
        return out
    }
}
