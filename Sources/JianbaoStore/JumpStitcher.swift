import GRDB
import JianbaoCore

extension SQLiteArchive {
    /// Links the two halves of jumped articles: an article with （下转第X版） on page P and one with
    /// （上接第P版） on page X of the same newspaper and issue. With one candidate the pair is linked;
    /// with several, the one whose headline shares most character bigrams with the jump's headline
    /// wins if it is clearly best; otherwise the jump is reported as ambiguous, not guessed. Works
    /// whichever page was ingested first; linked parts share a `storyId` (the first part's id).
    public func stitchJumps() throws -> JumpSummary {
        try pool.write { db in
            var summary = JumpSummary()
            let open = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.newspaperId, a.date, a.pageNumber, a.continuesOnPage, a.headline FROM article a
                    WHERE a.continuesOnPage IS NOT NULL AND a.date IS NOT NULL AND a.pageNumber IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM jump j WHERE j.fromArticleId = a.id AND j.status = 'linked')
                    """)
            for row in open {
                let from: Int64 = row["id"]
                let headline: String = row["headline"] ?? ""
                let candidates = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, headline FROM article WHERE newspaperId IS ? AND date = ? AND pageNumber = ? AND continuedFromPage = ?
                          AND NOT EXISTS (SELECT 1 FROM jump j WHERE j.toArticleId = article.id AND j.status = 'linked')
                        """,
                    arguments: [row["newspaperId"] as Int64?, row["date"] as String?, row["continuesOnPage"] as Int?, row["pageNumber"] as Int?])
                guard !candidates.isEmpty else { continue }
                let scored = candidates.map { ($0["id"] as Int64, Self.similarity(headline, $0["headline"] ?? "")) }
                    .sorted { $0.1 > $1.1 }
                let best = scored[0]
                let clear = scored.count == 1 || (best.1 >= 0.3 && best.1 - scored[1].1 >= 0.2)
                if clear {
                    try db.execute(sql: "DELETE FROM jump WHERE fromArticleId = ? AND status = 'ambiguous'", arguments: [from])
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO jump(fromArticleId, toArticleId, status, similarity) VALUES (?, ?, 'linked', ?)",
                        arguments: [from, best.0, best.1])
                    let story = try Int64.fetchOne(db, sql: "SELECT COALESCE(storyId, id) FROM article WHERE id = ?", arguments: [from]) ?? from
                    try db.execute(sql: "UPDATE article SET storyId = ? WHERE id IN (?, ?)", arguments: [story, from, best.0])
                    summary.linked += 1
                } else {
                    for (to, sim) in scored {
                        try db.execute(
                            sql: "INSERT OR REPLACE INTO jump(fromArticleId, toArticleId, status, similarity) VALUES (?, ?, 'ambiguous', ?)",
                            arguments: [from, to, sim])
                    }
                    summary.ambiguous.append(
                        "article \(from) 「\(headline)」 continues on page \(row["continuesOnPage"] as Int): \(scored.count) candidates \(scored.map { "\($0.0)" }.joined(separator: ", "))")
                }
            }
            return summary
        }
    }

    /// Dice coefficient of the character bigrams of two headlines (blanks and punctuation ignored).
    static func similarity(_ a: String, _ b: String) -> Double {
        func bigrams(_ s: String) -> [String: Int] {
            let u = Array(s.unicodeScalars.filter { CharClass.isHan($0) || CharClass.isASCIIAlnum($0) })
            var m: [String: Int] = [:]
            guard u.count >= 2 else { return u.isEmpty ? [:] : [String(String.UnicodeScalarView(u)): 1] }
            for i in 0..<(u.count - 1) { m[String(String.UnicodeScalarView(u[i...(i + 1)])), default: 0] += 1 }
            return m
        }
        let x = bigrams(a)
        let y = bigrams(b)
        let nx = x.values.reduce(0, +)
        let ny = y.values.reduce(0, +)
        guard nx + ny > 0 else { return 0 }
        let common = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
        return 2 * Double(common) / Double(nx + ny)
    }
}
