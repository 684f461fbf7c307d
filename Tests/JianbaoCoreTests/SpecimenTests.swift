import Foundation
import Testing

@testable import JianbaoCore

/// The real page with its gold file: golden dump, and the shared scorer's verdict.
@Suite struct SpecimenTests {
    @Test func dumpMatchesGolden() throws {
        try assertSnapshot(PageDumper.dump(try Fixtures.specimenPage()), named: "specimen-dump")
    }

    @Test func jsonMatchesGolden() throws {
        try assertSnapshot(ClipJSON.document([try Fixtures.specimenPage()]), named: "specimen-clip")
    }

    @Test func structureAsTheGoldFileSays() throws {
        let page = try Fixtures.specimenPage()
        #expect(page.articles.count == 14)
        #expect(page.layout == .blankLineBreaks)
        #expect(page.joins.count == 17)
        #expect(page.joins.contains(LineJoin(98, 100)))  // 陈求|发
        #expect(page.articles.filter { $0.kind == .continuation }.map(\.continuedFromPage) == [1, 1, 1])
        let photo = try #require(page.articles.first { $0.kind == .photo })
        #expect(photo.photographers == ["杨忠军"])
        #expect(photo.paragraphs.last?.text.hasSuffix("宣传防控知识。") == true)
        #expect(page.dropped.map(\.range) == [LineRange(106, 108)])
        let duplicateOf = page.dropped[0].duplicateOf
        #expect(page.articles.first { $0.id == duplicateOf }?.range == LineRange(119, 130))
        #expect(Set(page.articles.flatMap(\.findings).map(\.kind.rawValue)) == ["repetition", "repeated-list-item", "foreign-script", "inconsistent-name"])
        #expect(page.articles.flatMap(\.findings).count == 5)
    }

    /// Every non-blank line of the page is inside an article or a dropped fragment, once.
    @Test func nothingOnThePageIsLost() throws {
        let page = try Fixtures.specimenPage()
        var owner: [Int: Int] = [:]
        for (i, a) in page.articles.enumerated() { for b in a.blocks { for l in b.lines { owner[l, default: 0] += 1; _ = i } } }
        for d in page.dropped { for l in d.range.first...d.range.last where !page.decoded.line(l).isBlank { owner[l, default: 0] += 1 } }
        for l in page.decoded.lines where !l.isBlank { #expect(owner[l.number] == 1, "line \(l.number)") }
    }

    /// The shared scorer (../shared/tools/score_clip.py) must give 1.0 on the clip metrics.
    @Test func sharedScorerGivesFullMarks() throws {
        let scorer = Fixtures.repository.deletingLastPathComponent().appendingPathComponent("shared/tools/score_clip.py")
        let gold = Fixtures.directory.appendingPathComponent("\(Fixtures.specimenName).expected.json")
        try #require(FileManager.default.fileExists(atPath: scorer.path), "the shared scorer is beside the repository")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-specimen-\(UUID()).json")
        try ClipJSON.document([try Fixtures.specimenPage()]).write(to: out, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: out) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", scorer.path, out.path, gold.path, "--json"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let result = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let m = result["metrics"] as! [String: [String: Any]]
        #expect(m["articles"]!["f1"] as? Double == 1.0)
        #expect(m["paragraphExact"]!["rate"] as? Double == 1.0)
        #expect(m["joins"]!["f1"] as? Double == 1.0)
        #expect(m["dropped"]!["recall"] as? Double == 1.0)
        #expect(m["reporters"]!["f1"] as? Double == 1.0)
        #expect(m["photographers"]!["f1"] as? Double == 1.0)
        #expect(m["findings"]!["recall"] as? Double == 1.0)
        #expect(m["falseFindings"]!["false"] as? Int == 0)
        // Entities (issue 4): F1 >= 0.95 and titles exact for >= 0.95 of matched people.
        for key in ["people", "places", "organizations", "dates"] { #expect((m[key]!["f1"] as? Double ?? 0) >= 0.95, "\(key)") }
        #expect((m["peopleTitles"]!["accuracy"] as? Double ?? 0) >= 0.95)
        #expect((m["placeCodes"]!["accuracy"] as? Double ?? 0) >= 0.95)
    }
}
