/// Stage 6: finds misplaced duplicates — a copy of some article's last lines, starting
/// mid-paragraph, dropped between other articles (so it ends some other article or stands alone)
/// — and moves them to `dropped`, pointing at the article that holds the real copy. The real copy,
/// the one whose text runs on from the paragraph before, is never touched.
///
/// The copy may come as paragraphs of its own (one paragraph a line, blanks at the breaks), or glued to
/// the end of the paragraph above it where the layout reads an unindented line after a break as that
/// paragraph's rest (indented pages, hard wraps: …落地见效。 | 加强协同配合，抓好…): then it starts on a line
/// of its own right after a finished sentence, and is cut off there.
public enum Deduplicator {
    /// A copy within one paragraph (a part of the real copy's last paragraph, alone or glued to another)
    /// must be this long, in scalars, and start mid-sentence in the real copy: a shorter end, or a whole
    /// sentence, may be one that two articles share (会议还研究了其他事项。).
    static let minPartLength = 12

    public static func deduplicate(_ articles: [Article], options: PipelineOptions) -> (articles: [Article], dropped: [DroppedFragment]) {
        var articles = articles
        var dropped: [DroppedFragment] = []
        // Articles by the end of their last paragraph: a duplicate ends where the real copy ends.
        var byEnding: [UInt64: [Int]] = [:]
        for (i, a) in articles.enumerated() {
            if let last = a.paragraphs.last { byEnding[fingerprint(ending(last.text)), default: []].append(i) }
        }
        for x in articles.indices {
            let paras = articles[x].paragraphs
            guard let last = paras.last, let candidates = byEnding[fingerprint(ending(last.text))], candidates.count > 1 else { continue }
            // A headed article keeps at least its first paragraph (or the part of it before a glued copy); a headless
            // fragment may go whole.
            let earliest = articles[x].headline == nil && articles[x].continuedFromPage == nil ? 0 : 1
            search: for k in paras.indices {
                let rest = paras[(k + 1)...].map { folded($0.text) }
                // The tail from paragraph k whole, or from one of its later lines on, after a finished sentence.
                let scalars = Array(paras[k].text.unicodeScalars)
                let whole = k >= earliest ? [LineOffset(line: paras[k].range.first, offset: 0)] : []
                for start in whole + paras[k].lineStarts.filter({ $0.offset > 0 }) {
                    if start.offset > 0 {
                        guard start.offset < scalars.count else { continue }
                        // (Or after a foot byline: …悬索桥。（李　璐） | 加强协同配合，….)
                        let before = String(scalars: scalars[..<start.offset])
                        guard Markers.endsSentence(before) || Markers.trailingFootByline(before) != nil else { continue }
                    }
                    let head = start.offset == 0 ? folded(paras[k].text) : String(scalars: scalars[start.offset...])
                    let tail = [head] + rest
                    guard tail.reduce(0, { $0 + $1.unicodeScalars.count }) >= options.minDuplicateLength else { continue }
                    // (Within one paragraph: long enough, and cut mid-sentence in the real copy.)
                    let part = tail.count == 1 || start.offset > 0
                    if part, head.unicodeScalars.count < minPartLength { continue }
                    for y in candidates where y != x {
                        guard startsMidParagraph(tail, in: articles[y].paragraphs.map { folded($0.text) }, midSentence: part) else { continue }
                        let lines = LineRange(start.offset > 0 ? start.line : paras[k].range.first, last.range.last)
                        dropped.append(
                            DroppedFragment(
                                range: lines, reason: .duplicate, duplicateOf: articles[y].id,
                                text: ([head] + paras[(k + 1)...].map(\.text)).joined(separator: "\n")))
                        if start.offset > 0 { cut(&articles[x], paragraph: k, at: start) }
                        remove(from: &articles[x], lines: lines)
                        creditFoot(&articles[x])
                        break search
                    }
                }
            }
        }
        articles.removeAll { $0.paragraphs.isEmpty && $0.headline == nil && $0.blocks.isEmpty }
        return (articles, dropped)
    }

    /// The paragraphs `tail` end `paragraphs`, and the first of them starts strictly inside one of
    /// `paragraphs` (a fragment cut mid-paragraph, not a paragraph printed twice) — and, if `midSentence`,
    /// after no sentence's end there.
    static func startsMidParagraph(_ tail: [String], in paragraphs: [String], midSentence: Bool = false) -> Bool {
        guard tail.count <= paragraphs.count, let head = tail.first else { return false }
        let offset = paragraphs.count - tail.count
        for i in 1..<tail.count where tail[i] != paragraphs[offset + i] { return false }
        let host = paragraphs[offset]
        guard host.count > head.count, host.endsWithText(head) else { return false }
        guard midSentence else { return true }
        return !Markers.endsSentence(String(scalars: host.unicodeScalars.dropLast(head.unicodeScalars.count)))
    }

    /// The last few scalars of a paragraph: the key under which copies of an ending meet.
    static func ending(_ s: String) -> String { String(scalars: s.unicodeScalars.suffix(8)) }

    /// FNV-1a over the UTF-8 bytes: a cheap key for "same ending" (candidates are compared in full).
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

    /// An article that the duplicate had followed, and that has no reporters, takes them from what now ends it, as
    /// the segmenter reads an article's foot: （本报记者　刘　毅） at the end of its last paragraph, a letter's
    /// signature (河南郑州　王秀兰), an author's note (（作者：刘　强，系…）), a name alone (王　平).
    static func creditFoot(_ a: inout Article) {
        guard a.reporters.isEmpty, a.kind != .photo, let last = a.paragraphs.last else { return }
        if let foot = Markers.trailingFootByline(last.text) {
            a.reporters = foot.reporters
            if a.source == nil, a.dateline == nil { a.source = foot.source }
        } else if let writer = ArticleSegmenter.footSigner(a.paragraphs) {
            a.reporters = [writer]
        }
    }

    /// Ends paragraph `k` of the article, and the block it came from, before the line `start` opens.
    static func cut(_ a: inout Article, paragraph k: Int, at start: LineOffset) {
        var p = a.paragraphs[k]
        p.text = String(scalars: p.text.unicodeScalars.prefix(start.offset))
        p.lineStarts = p.lineStarts.filter { $0.offset < start.offset }
        p.range = LineRange(p.range.first, p.lineStarts.last?.line ?? p.range.first)
        a.paragraphs[k] = p
        guard let b = a.blocks.firstIndex(where: { $0.lines.contains(start.line) && $0.range.first < start.line }),
            let piece = a.blocks[b].pieces.first(where: { $0.line == start.line })
        else { return }
        var block = a.blocks[b]
        if let body = block.body { block.body = String(scalars: body.unicodeScalars.prefix(max(0, piece.offset - block.bodyOffset))) }
        block.text = String(scalars: block.text.unicodeScalars.prefix(piece.offset))
        block.lines = block.lines.filter { $0 < start.line }
        block.pieces = block.pieces.filter { $0.line < start.line }
        block.joins = block.joins.filter { $0.to < start.line }
        block.range = LineRange(block.range.first, block.lines.last ?? block.range.first)
        a.blocks[b] = block
    }
}
