/// A readable dump of what the pipeline saw on a page — blocks with their line ranges and kinds,
/// then articles — for people checking a page (`jianbao clip --format text`) and for golden tests.
public enum PageDumper {
    public static func dump(_ p: ClippedPage) -> String {
        var out = "page \(p.metadata.path)\n"
        out += "  newspaper \(p.metadata.newspaper ?? "-")  date \(p.metadata.issueDate?.iso ?? "-")  page \(p.metadata.page.map(String.init) ?? "-")\n"
        // (Hard wraps: the width, or each width from its line: hard-wrapped at 18 columns from line 1, at 26 from line 64.)
        let wraps = p.wrapWidths.count == 1
            ? " at \(p.wrapWidths[0].width) columns"
            : p.wrapWidths.enumerated().map { i, r in " at \(r.width)\(i == 0 ? " columns" : "") from line \(r.firstLine)" }.joined(separator: ",")
        out += "  \(p.decoded.encoding.rawValue), \(p.decoded.lineEnding.rawValue) line endings, \(p.layout.rawValue)\(wraps), \(p.decoded.lines.count) lines, \(p.articles.count) articles\n"
        for a in p.articles {
            out += "\n[\(a.range)] \(a.kind.rawValue) \(a.id)\n"
            if let k = a.kicker { out += "  kicker:    \(k)\n" }
            if let h = a.headline { out += "  headline:  \(h)\n" }
            if let s = a.subtitle { out += "  subtitle:  \(s)\n" }
            var meta: [String] = []
            if let s = a.source { meta.append("source \(s)") }
            if let d = a.dateline { meta.append("dateline \(d.text) (\(d.place ?? "-"), \(d.date?.iso ?? "-"))") }
            if !a.reporters.isEmpty { meta.append("reporters \(a.reporters.joined(separator: "、"))") }
            if !a.photographers.isEmpty { meta.append("photographers \(a.photographers.joined(separator: "、"))") }
            if let n = a.continuedFromPage { meta.append("continued from page \(n)") }
            if let n = a.continuesOnPage { meta.append("continues on page \(n)") }
            if !meta.isEmpty { out += "  " + meta.joined(separator: "; ") + "\n" }
            for para in a.paragraphs {
                out += "  ¶ [\(para.range)] \(para.text)\n"
            }
            for e in a.entities.people { out += "  person \(e.name)" + (e.titles.isEmpty ? "" : " (\(e.titles.joined(separator: "、")))") + "\n" }
            for e in a.entities.places { out += "  place \(e.name) \(e.code ?? "-")\n" }
            for e in a.entities.organizations { out += "  org \(e)\n" }
            for e in a.entities.dates { out += "  date \(e.iso)\n" }
            for t in a.entities.tables {
                out += "  table L\(t.line) \(t.caption ?? "-"): " + t.rows.map { "\($0.name) \($0.number) \($0.unit)" }.joined(separator: "; ") + "\n"
            }
            if !a.entities.numbers.isEmpty { out += "  numbers " + a.entities.numbers.map { "L\($0.line) \($0.text)" }.joined(separator: " · ") + "\n" }
            for f in a.findings { out += "  ! L\(f.line) \(f.kind.rawValue) 「\(f.text)」 \(f.message)\n" }
        }
        for d in p.dropped {
            out += "\n[\(d.range)] dropped \(d.reason.rawValue)" + (d.duplicateOf.map { " of \($0)" } ?? "") + "\n"
            for l in d.text.split(separator: "\n") { out += "  × \(l)\n" }
        }
        if !p.joins.isEmpty {
            out += "\njoins " + p.joins.map { "\($0.from)→\($0.to)" }.joined(separator: " ") + "\n"
        }
        return out
    }
}
