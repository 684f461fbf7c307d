import Foundation
import Testing

@testable import JianbaoCore

/// Pages printed in traditional characters read as the same pages in simplified ones do, and give their
/// text back as printed.
@Suite struct ScriptFolderTests {
    /// Simplified → one traditional form (the first in code order that folds back to it); characters that are
    /// themselves traditional forms (乾, 於) stay as they are.
    static let toTraditional: [Unicode.Scalar: Unicode.Scalar] = {
        var out: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (t, s) in ScriptFolder.table.sorted(by: { $0.key.value < $1.key.value }) where out[s] == nil && ScriptFolder.table[s] == nil {
            out[s] = t
        }
        return out
    }()

    static func traditional(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { toTraditional[$0] ?? $0 }))
    }

    static func clip(_ text: String, _ name: String) -> ClippedPage {
        let meta = Newspapers.metadata(fromFileName: name)
        return try! Pipeline().run(
            Array(text.utf8), metadata: PageMetadata(path: name, newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
    }

    /// Every hand-written page, each of its printings, converted to traditional characters one for one: the
    /// same articles, stacks, leads, reporters, paragraphs, jumps, entities and dropped lines, every text in
    /// the page's traditional characters.
    @Test(arguments: HandwrittenPageTests.names) func aTraditionalPrintingReadsAsTheSimplifiedOne(name: String) throws {
        for (directory, _) in HandwrittenPageTests.layouts {
            let url = HandwrittenPageTests.root.appendingPathComponent(directory).appendingPathComponent("\(name).txt")
            let data = try Data(contentsOf: url)
            // (The GB18030 and BOM printings are read as the decoder reads them.)
            let text = try PageDecoder.decode(Array(data)).lines.map(\.text).joined(separator: "\n")
            let simplified = Self.clip(text, "\(name).txt")
            let traditional = Self.clip(Self.traditional(text), "\(name).txt")
            let t = Self.traditional
            #expect(traditional.articles.count == simplified.articles.count, "\(directory)/\(name)")
            for (a, b) in zip(traditional.articles, simplified.articles) {
                #expect(a.kind == b.kind && a.range == b.range, "\(directory)/\(name) \(b.range)")
                #expect([a.kicker, a.headline, a.subtitle] == [b.kicker, b.headline, b.subtitle].map { $0.map(t) }, "\(directory)/\(name)")
                #expect(a.paragraphs.map(\.text) == b.paragraphs.map { t($0.text) }, "\(directory)/\(name) \(b.range)")
                #expect(a.reporters == b.reporters.map(t) && a.source == b.source.map(t), "\(directory)/\(name) \(b.range)")
                #expect(a.dateline?.date == b.dateline?.date && a.continuesOnPage == b.continuesOnPage && a.continuedFromPage == b.continuedFromPage)
                #expect(a.entities.people.map(\.name) == b.entities.people.map { t($0.name) }, "\(directory)/\(name) \(b.range)")
                #expect(a.entities.places.map(\.code) == b.entities.places.map(\.code), "\(directory)/\(name) \(b.range)")
            }
            #expect(traditional.dropped.map(\.text) == simplified.dropped.map { t($0.text) }, "\(directory)/\(name)")
        }
    }

    /// A page is read in simplified characters only when it is printed in traditional ones.
    @Test func tellsTheScript() {
        func lines(_ text: String) -> [SourceLine] { try! PageDecoder.decode(Array(text.utf8)).lines }
        #expect(ScriptFolder.isTraditional(lines("　　本報訊（記者　陳　明）特區政府統計處昨日公布，今年第三季本地生產總值按年實質增長。")))
        #expect(!ScriptFolder.isTraditional(lines("　　本报讯（记者　陈　明）乾隆年间的於姓人家，著名的生产总值按年实质增长。")))
        #expect(ScriptFolder.readingLines(lines("本报讯　国务院常务会议")) == nil)
    }

    /// Where the page prints one simplified character's two traditional forms (發, 髮), a name read in simplified
    /// characters takes the commoner back.
    @Test func namesTakeTheCommonerForm() {
        let original = try! PageDecoder.decode(Array("發展發電頭髮".utf8)).lines
        let reading = ScriptFolder.readingLines(original) ?? original.map { $0.withText(ScriptFolder.fold($0.text)) }
        let unfold = ScriptFolder.Unfolder(original: original, reading: reading)
        #expect(unfold("发展") == "發展")
        #expect(unfold("头发") == "頭發")
    }
}
