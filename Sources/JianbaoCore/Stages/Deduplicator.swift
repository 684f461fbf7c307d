/// Stage 6: finds misplaced duplicates — a copy of some article's last lines, starting
/// mid-paragraph, dropped between other articles (so it ends some other article or stands alone)
/// — and moves them to `dropped`, pointing at the article that holds the real copy. The real copy,
/// the one whose text runs on from the paragraph before, is never touched.
public enum Deduplicator {
    public static func deduplicate(_ articles: [Article], options: PipelineOptions) -> (articles: [Article], dropped: [DroppedFragment]) {
        var articles = articles
        var dropped: [DroppedFragment] = []
        // Articles by their folded last paragraph: a duplicate ends where the real copy ends.
        var byEnding: [UInt64: [Int]] = [:]
        for (i, a) in articles.enumerated() {
            if let last = a.paragraphs.last { byEnding[fingerprint(last.text), default: []].append(i) }
        }
        for x in articles.indices {
            let paras = articles[x].paragraphs
            guard let last = paras.last, let candidates = byEnding[fingerprint(last.text)], candidates.count > 1 else { continue }
            // A headed article keeps at least its first paragraph; a headless fragment may go whole.
            let earliest = articles[x].headline == nil && articles[x].continuedFromPage == nil ? 0 : 1
            search: for k in earliest..<paras.count {
                let tail = paras[k...].map { folded($0.text) }
                let tailLength = tail.reduce(0) { $0 + $1.count }
                guard tailLength >= options.minDuplicateLength else { break }
                for y in candidates where y != x {
                    guard startsMidParagraph(tail, in: articles[y].paragraphs.map { folded($0.text) }) else { continue }
                    let lines = LineRange(paras[k].range.first, last.range.last)
                    dropped.append(
                        DroppedFragment(
                            range: lines, reason: .duplicate, duplicateOf: articles[y].id,
                            text: paras[k...].map(\.text).joined(separator: "\n")))
                    remove(from: &articles[x], lines: lines)
                    break search
                }
            }
        }
        articles.removeAll { $0.paragraphs.isEmpty && $0.headline == nil && $0.blocks.isEmpty }
        return (articles, dropped)
    }

    /// The paragraphs `tail` end `paragraphs`, and the first of them starts strictly inside one of
    /// `paragraphs` (a fragment cut mid-paragraph, not a paragraph printed twice).
    static func startsMidParagraph(_ tail: [String], in paragraphs: [String]) -> Bool {
        guard tail.count <= paragraphs.count, let head = tail.first else { return false }
        let offset = paragraphs.count - tail.count
        for i in 1..<tail.count where tail[i] != paragraphs[offset + i] { return false }
        let host = paragraphs[offset]
        return host.count > head.count && host.endsWithText(head)
    }

    /// FNV-1a over the UTF-8 bytes: a cheap key for "same paragraph" (candidates are compared in full).
    static func fingerprint(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Paragraph text as compared: pieces are joined with nothing between them, so copies of the same
    /// printed text are equal as they are.
    @inline(__always)
    static func folded(_ s: String) -> String { s }

    /// Takes the blocks within `lines` out of the article and recomputes its range.
    static func remove(from a: inout Article, lines: LineRange) {
        a.paragraphs.removeAll { lines.contains($0.range.first) }
        a.blocks.removeAll { lines.contains($0.range.first) }
        if let first = a.blocks.first {
            a.range = a.blocks.map(\.range).reduce(first.range) { $0.union($1) }
        }
    }
}
