import Foundation
import Testing

@testable import JianbaoCore

/// Property tests: the specimen's clean articles printed anew in each layout with random column
/// breaks, leads, bylines, heading stacks and jump markers must come back exactly, and reflow
/// must never lose, add or reorder a non-blank character.
@Suite struct GeneratedPageTests {
    static let seeds: [UInt64] = Array(1...120)

    static func clip(_ text: String) -> ClippedPage {
        var o = PipelineOptions()
        o.punctuation = .asPrinted
        let meta = PageMetadata(path: "generated.txt", issueDate: IssueDate(year: 2020, month: 3, day: 5), page: 2)
        return try! Pipeline(options: o).run(Array(text.utf8), metadata: meta)
    }

    @Test(arguments: PageRenderer.Style.allCases, seeds)
    func reflowKeepsEveryCharacterInOrder(style: PageRenderer.Style, seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let text = PageRenderer(style: style, seed: seed).render(try GeneratedArticle.fromSpecimen(rng: &rng), rng: &rng)
        let decoded = try PageDecoder.decode(Array(text.utf8))
        let layout = LayoutDetector.detect(decoded.lines, options: PipelineOptions())
        let units = ParagraphReflower.reflow(decoded.lines, layout: layout, options: PipelineOptions())
        #expect(inkScalars(units.map(\.text).joined()) == inkScalars(text))
        // And the whole page: blocks of articles plus dropped fragments, in line order.
        let page = Self.clip(text)
        var pieces = page.articles.flatMap(\.blocks).map { ($0.range.first, $0.text) }
        pieces += page.dropped.map { ($0.range.first, $0.text) }
        #expect(inkScalars(pieces.sorted { $0.0 < $1.0 }.map(\.1).joined()) == inkScalars(text))
    }

    @Test(arguments: PageRenderer.Style.allCases, seeds)
    func generatedPageComesBackToItsArticles(style: PageRenderer.Style, seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let articles = try GeneratedArticle.fromSpecimen(rng: &rng)
        let text = PageRenderer(style: style, seed: seed).render(articles, rng: &rng)
        let page = Self.clip(text)
        if ProcessInfo.processInfo.environment["JIANBAO_KEEP_GENERATED"] != nil {
            try text.write(toFile: "/tmp/jianbao-gen-\(style)-\(seed).txt", atomically: true, encoding: .utf8)
        }
        let expectedLayout: PageLayout = style == .blankLines ? .blankLineBreaks : style == .indented ? .indented : .hardWrapped
        func paragraphEnds(_ paragraphs: [String]) -> [Int] {
            var total = 0
            return paragraphs.map { total += inkScalars($0).count; return total }
        }
        #expect(page.layout == expectedLayout)
        try #require(page.articles.count == articles.count, "\(style) seed \(seed):\n\(text)")
        for (want, got) in zip(articles, page.articles) {
            #expect(got.headline == want.headline, "\(style) seed \(seed)")
            #expect(got.kicker == want.kicker, "\(style) seed \(seed): \(want.headline)")
            #expect(got.subtitle == want.subtitle, "\(style) seed \(seed): \(want.headline)")
            // A break that fell on a space keeps no space (the dump had none): compare without blanks.
            if style == .hardWrappedFlush {
                // Without indents, a paragraph whose last line fills the column cannot be told from a wrap:
                // the text must be the same and every paragraph end the reader sees must be a real one.
                #expect(inkScalars(got.paragraphs.map(\.text).joined()) == inkScalars(want.paragraphs.joined()), "\(style) seed \(seed)")
                #expect(Set(paragraphEnds(got.paragraphs.map(\.text))).isSubset(of: paragraphEnds(want.paragraphs)), "\(style) seed \(seed): \(want.headline)")
            } else {
                #expect(got.paragraphs.map { inkScalars($0.text) } == want.paragraphs.map(inkScalars), "\(style) seed \(seed): \(want.headline)")
            }
            #expect((got.continuedFromPage != nil) == (want.jumpFrom != nil), "\(style) seed \(seed): \(want.headline)")
            #expect((got.continuesOnPage != nil) == (want.jumpTo != nil), "\(style) seed \(seed): \(want.headline)")
            if want.lead != nil || want.byline != nil { #expect(!got.reporters.isEmpty, "\(style) seed \(seed): \(want.headline)") }
            if want.credit != nil { #expect(got.kind == .photo) }
        }
    }
}

extension GeneratedPageTests {
    /// The hand-written pages' lines and a few e-paper furniture lines, cut at random places and run together with random
    /// marks between the pieces (a button row's word cut to one character, half a dateline, a bracket left open, a label
    /// over half a name), one to sixty lines a page, some indented, a third of the pages hard-wrapped: every page clips
    /// without a crash, and its blocks and dropped lines keep every non-blank character in order. (A rule that reads a
    /// run of buttons by their words crashed on such a cut, 放大缩, before it was committed; 200 seeds found it.)
    static let fragmentLines: [String] = {
        let directory = Fixtures.directory.appendingPathComponent("pages/indented")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        // (And the furniture and markers of other copies, which the pages lack: an e-paper's buttons and links.)
        let furniture = ["返回目录  放大缩小全文复制    上一篇  下一篇", "人民日报图文数据库(1946-2021)", "《 人民日报 》( 2024年02月19日   第 01 版)", "第01版:要闻"]
        return furniture + names.flatMap { name in
            ((try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }()

    @Test(arguments: Array(UInt64(1)...200))
    func fragmentsOfPagesLoseNothing(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let lines = Self.fragmentLines
        try #require(lines.count > 1000)
        let marks = ["", "", "", "　", " ", "，", "。", "、", "：", "（", "）", "“", "”", "——", "·", "1", "第", "版", "■", "电", "摄"]
        var page: [String] = []
        for _ in 0..<Int.random(in: 1...60, using: &rng) {
            if Int.random(in: 0..<10, using: &rng) == 0 { page.append(""); continue }
            var line = Int.random(in: 0..<3, using: &rng) == 0 ? "\u{3000}\u{3000}" : ""
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let source = Array((Int.random(in: 0..<8, using: &rng) == 0 ? lines[..<4] : lines[...]).randomElement(using: &rng)!.unicodeScalars)
                let start = Int.random(in: 0..<source.count, using: &rng)
                let end = Int.random(in: start...min(source.count, start + 40), using: &rng)
                line += String(String.UnicodeScalarView(source[start..<end])) + marks.randomElement(using: &rng)!
            }
            page.append(line)
        }
        // A third of the pages hard-wrapped at one width.
        if seed % 3 == 0 {
            let width = Int.random(in: 12...30, using: &rng)
            page = page.flatMap { line -> [String] in
                let u = Array(line.unicodeScalars)
                return u.isEmpty ? [""] : stride(from: 0, to: u.count, by: width).map { String(String.UnicodeScalarView(u[$0..<min(u.count, $0 + width)])) }
            }
        }
        let text = page.joined(separator: "\n")
        let clipped = Self.clip(text)
        var pieces = clipped.articles.flatMap(\.blocks).map { ($0.range.first, $0.text) }
        pieces += clipped.dropped.map { ($0.range.first, $0.text) }
        #expect(inkScalars(pieces.sorted { $0.0 < $1.0 }.map(\.1).joined()) == inkScalars(text), "seed \(seed):\n\(text)")
    }
}
