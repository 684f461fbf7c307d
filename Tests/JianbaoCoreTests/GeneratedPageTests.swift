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
