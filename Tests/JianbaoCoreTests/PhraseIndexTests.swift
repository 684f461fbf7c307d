import Testing

@testable import JianbaoCore

/// The phrase index finds, at every position, what reading its phrases one by one finds, however many
/// phrases it holds (its bitset grows with them).
@Suite struct PhraseIndexTests {
    /// Phrases of 2 to 5 characters drawn from some fifty, so that many share their first two and 5,000 of them have thousands of
    /// first pairs (the bitset doubles five times).
    static func phrases(_ count: Int, _ rng: inout SeededRandom) -> [String] {
        let alphabet = Array("周波省委书记长春市政府新华社中国人民共和党中央国务院主席总理部长厅局县乡镇村区州盟旗湖北南京上海天津重庆广东西藏青海宁夏".unicodeScalars)
        return (0..<count).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 2...5, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }))
        }
    }

    @Test(arguments: [1, 10, 200, 5_000])
    func longestAndMatchesAgreeWithTheListRead(count: Int) {
        var rng = SeededRandom(seed: UInt64(count))
        let list = Self.phrases(count, &rng)
        var index = PhraseIndex<String>()
        for p in list { index.insert(p, p) }
        let longestFirst = list.enumerated().sorted { ($0.element.unicodeScalars.count, -$0.offset) > ($1.element.unicodeScalars.count, -$1.offset) }.map(\.element)
        for text in Self.phrases(50, &rng).map({ $0 + "。" + $0 + $0 }) + list.prefix(50) {
            let u = Array(text.unicodeScalars)
            u.withUnsafeBufferPointer { p in
                for i in 0..<u.count {
                    let found = longestFirst.filter { i + $0.unicodeScalars.count <= u.count && Array(u[i..<(i + $0.unicodeScalars.count)]) == Array($0.unicodeScalars) }
                    #expect(index.longest(in: p, at: i)?.payload == found.first, "\(text) \(i)")
                    #expect(index.matches(in: p, at: i).map(\.payload) == found, "\(text) \(i)")
                }
            }
        }
    }
}
