import Testing

@testable import JianbaoCore

/// The word list's lookups by packed characters answer as a lookup by String would.
@Suite struct WordsTests {
    @Test func aWordIsFoundByItsCharactersAndByItsString() throws {
        let info = try #require(Words.info("统计"))
        let scalars = Array("国家统计局".unicodeScalars)
        #expect(Words.info(scalars[2..<4])?.logFrequency == info.logFrequency)
        #expect(Words.info(scalars[2..<4])?.pos == info.pos)
        scalars.withUnsafeBufferPointer { p in
            #expect(Words.info(p[2..<4])?.logFrequency == info.logFrequency)
            #expect(Words.bestWord(in: p, at: 0)?.length == 2)  // 国家, the likeliest word at the start
        }
    }

    @Test func whatTheKeyCannotHoldIsNoWordOrItsCanonicalForm() {
        #expect(Words.info("统") == nil)  // one character: the list starts at two
        #expect(Words.info("一丝不苟地") == nil)  // five characters: the key holds four
        #expect(Words.info("") == nil)
        #expect(Words.info("统\u{0}计") == nil)  // U+0000 is not read as the key's padding
        #expect(Words.info("𠀀计") == nil)  // beyond the BMP
        #expect(Words.key("统计".unicodeScalars) != Words.key("\u{0}统计".unicodeScalars))
        // U+F934 is canonically the unified 老 (U+8001): with it 老人 is still the word, as a String key compared it.
        let compatibility = "\u{F934}人"
        #expect(compatibility.unicodeScalars.first?.value == 0xF934)
        let word = Words.info("老人")
        #expect(word != nil)
        #expect(Words.info(compatibility)?.logFrequency == word?.logFrequency)
        #expect(Words.info(Array(compatibility.unicodeScalars)[...])?.logFrequency == word?.logFrequency)
    }
}
