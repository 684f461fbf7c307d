/// Enumerations of (name, number, unit) — 沈阳市28例、大连市19例、鞍山市4例… — as tables: at least
/// three items joined by 、, each a name, a number and a unit; the clause before them is the caption.
enum TableExtractor {
    static let minimumRows = 3

    static func extract(_ text: EntityText) -> [(unit: Int, start: Int, table: Table)] {
        var out: [(Int, Int, Table)] = []
        for (ui, u) in text.units.enumerated() {
            var i = 0
            while i < u.count {
                // Only a run of Han characters followed by a digit can open a table, and only from its
                // last 11 characters (what `item` reads): find the run's end once, not from each start.
                guard EntityText.isHan(u[i]) else {
                    i += 1
                    continue
                }
                var k = i
                while k < u.count, EntityText.isHan(u[k]) { k += 1 }
                guard k < u.count, CharClass.isDigit(u[k]) else {
                    i = k
                    continue
                }
                i = max(i, k - 11)
                guard let first = item(u, at: i, first: true) else {
                    i = k
                    continue
                }
                var rows = [first.row]
                var end = first.end
                while end + 1 < u.count, u[end] == "、" || u[end] == "，" && rows.count < 2, let next = item(u, at: end + 1, first: false),
                    next.row.unit == first.row.unit
                {
                    rows.append(next.row)
                    end = next.end
                }
                if rows.count >= minimumRows {
                    out.append((ui, first.start, Table(caption: caption(u, before: first.start), rows: rows, line: 0)))
                    i = end
                } else {
                    i = first.end
                }
            }
        }
        return out
    }

    /// An item whose name starts at or after `i`: Han name, number, unit.
    static func item(_ u: [Unicode.Scalar], at i: Int, first: Bool) -> (row: Table.Row, start: Int, end: Int)? {
        var k = i
        while k < u.count, EntityText.isHan(u[k]), k - i <= 10 { k += 1 }
        guard k > i, k < u.count, CharClass.isDigit(u[k]) else { return nil }
        var start = i
        // A long first name run takes its last place name or its last few characters (其中鞍山市).
        if first, k - i > 4 {
            start = k - 4
            for s in i..<k {
                if let (len, _) = Gazetteer.index.longest(in: u, at: s), s + len == k {
                    start = s
                    break
                }
            }
        }
        var e = k
        while e < u.count, CharClass.isDigit(u[e]) || u[e] == "." { e += 1 }
        guard let number = Double(String(scalars: u[k..<e])) else { return nil }
        var ue = e
        while ue < u.count, ue - e < 2, EntityText.isHan(u[ue]) || u[ue] == "%" { ue += 1 }
        guard ue > e else { return nil }
        // The unit ends before the next separator; keep it to one or two characters.
        return (Table.Row(name: String(scalars: u[start..<k]), number: number, unit: String(scalars: u[e..<ue])), start, ue)
    }

    static func caption(_ u: [Unicode.Scalar], before start: Int) -> String? {
        var e = start
        while e > 0, ["，", ",", "：", ":", " "].contains(u[e - 1]) { e -= 1 }
        var s = e
        while s > 0, !["。", "；", "！", "？", "，", ","].contains(u[s - 1]) { s -= 1 }
        guard s < e else { return nil }
        return String(scalars: u[s..<e])
    }
}
