import Foundation
import Testing

@testable import JianbaoCore

/// Test fixtures, snapshots and a deterministic random source.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static let specimenName = "liaoning-daily-2020-03-05-p2"

    static func specimenPage(options: PipelineOptions = PipelineOptions()) throws -> ClippedPage {
        let meta = PageMetadata(
            path: "\(specimenName).txt", newspaper: "辽宁日报", issueDate: IssueDate(year: 2020, month: 3, day: 5), page: 2)
        return try Pipeline(options: options).run(try bytes("\(specimenName).txt"), metadata: meta)
    }

    /// The clean articles of the specimen's gold file: headline and paragraphs, in page order.
    static func specimenArticles() throws -> [(headline: String?, kind: String, paragraphs: [String])] {
        let data = try Data(contentsOf: directory.appendingPathComponent("\(specimenName).expected.json"))
        let doc = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let page = (doc["pages"] as! [[String: Any]])[0]
        return (page["articles"] as! [[String: Any]]).map {
            ($0["headline"] as? String, $0["kind"] as! String, $0["paragraphs"] as! [String])
        }
    }
}

/// Compares `actual` with `Snapshots/<name>.txt`; `RECORD_SNAPSHOTS=1` writes it instead.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Fixtures.snapshots.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
        try FileManager.default.createDirectory(at: Fixtures.snapshots, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("snapshot \(name) was missing and has been recorded; commit it", sourceLocation: sourceLocation)
        }
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
        let want = first < e.count ? String(e[first]) : "<end>"
        let got = first < a.count ? String(a[first]) : "<end>"
        Issue.record(
            "snapshot \(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 re-records)",
            sourceLocation: sourceLocation)
    }
}

/// SplitMix64: a small seeded generator so generated pages are the same on every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Non-blank scalars in order: what reflow must keep.
func inkScalars(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.filter { !CharClass.isSpace($0) && $0 != "\n" && $0 != "\r" } }
