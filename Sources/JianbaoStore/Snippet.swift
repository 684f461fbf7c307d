import JianbaoCore

/// Snippets and hit marking done on the text itself: FTS5's snippet() marks token positions,
/// which for colocated character/bigram tokens would mark only the first character of a hit.
enum Snippet {
    /// Every occurrence of the terms in `u`, as scalar ranges, longest term first at each place: in either
    /// script, as the index matches them (统计处 marks 統計處).
    static func hits(_ text: [Unicode.Scalar], terms: [String]) -> [Range<Int>] {
        let u = text.map(ScriptFolder.fold)
        let ts = terms.map { $0.unicodeScalars.map(ScriptFolder.fold) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var out: [Range<Int>] = []
        var i = 0
        while i < u.count {
            var matched = 0
            for t in ts where i + t.count <= u.count && u[i] == t[0] && u[i..<(i + t.count)].elementsEqual(t) {
                matched = t.count
                break
            }
            if matched > 0 {
                out.append(i..<(i + matched))
                i += matched
            } else {
                i += 1
            }
        }
        return out
    }

    /// About `width` characters of `text` around its densest run of hits, hits in 【】, … where cut.
    static func make(_ text: String, terms: [String], width: Int = 60) -> String {
        var u = Array(text.unicodeScalars)
        for i in u.indices where u[i] == "\n" { u[i] = " " }
        let hits = hits(u, terms: terms)
        guard let first = hits.first else { return String(String.UnicodeScalarView(u.prefix(width))) + (u.count > width ? "…" : "") }
        // The window start with the most hits inside.
        var best = first.lowerBound
        var bestCount = 0
        for h in hits.prefix(64) {
            let count = hits.lazy.filter { $0.lowerBound >= h.lowerBound && $0.upperBound <= h.lowerBound + width }.count
            if count > bestCount {
                bestCount = count
                best = h.lowerBound
            }
        }
        let start = max(0, best - width / 4)
        let end = min(u.count, start + width)
        var out = String.UnicodeScalarView()
        if start > 0 { out.append("…") }
        var i = start
        for h in hits where h.lowerBound >= start && h.upperBound <= end {
            out.append(contentsOf: u[i..<h.lowerBound])
            out.append("【")
            out.append(contentsOf: u[h])
            out.append("】")
            i = h.upperBound
        }
        out.append(contentsOf: u[i..<end])
        if end < u.count { out.append("…") }
        return String(out)
    }
}
