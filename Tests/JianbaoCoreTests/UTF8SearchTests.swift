import Testing

@testable import JianbaoCore

/// The byte-level readers of text that the stages use in place of the standard library's slower views.
@Suite struct UTF8SearchTests {
    static let samples = ["", "a", "周波", "é", "A𠀀B", "本报讯（记者 王五）𝄞😀，\u{3000}5.8％", String(repeating: "新华社", count: 100)]

    @Test func scalarArrayAndCountAgreeWithTheUnicodeScalarView() {
        for s in Self.samples {
            #expect(s.scalarArray == Array(s.unicodeScalars), "\(s)")
            #expect(s.scalarCount == s.unicodeScalars.count, "\(s)")
            #expect(String(s.dropFirst()).scalarArray == Array(s.dropFirst().unicodeScalars), "\(s)")
        }
    }
}
