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

    @Test func hasByteFindsAnASCIIByteAndNoByteOfAWiderCharacter() {
        for s in Self.samples {
            for b: UInt8 in [0x20, 0x26, 0x3A, 0x41, 0x80, 0xE6] {
                #expect(s.hasByte(b) == s.utf8.contains(b), "\(s) \(b)")
                #expect(String(s.dropFirst()).hasByte(b) == s.dropFirst().utf8.contains(b), "\(s) \(b)")
            }
        }
        #expect("本报 记者".hasByte(0x20))
        #expect(!"本报\u{3000}记者".hasByte(0x20))
    }

    @Test func startsAndEndsWithTextCompareBytes() {
        let pieces = ["", "本", "本报", "a", "新华社", "😀，", "5.8％", "王五）𝄞"]
        for s in Self.samples + pieces {
            for p in pieces + [s, s + "x"] {
                #expect(s.startsWithText(p) == s.utf8.starts(with: p.utf8), "\(s) \(p)")
                #expect(s.endsWithText(p) == Array(s.utf8.reversed()).starts(with: p.utf8.reversed()), "\(s) \(p)")
            }
        }
        #expect("本报讯（记者 王五）".startsWithText("本报讯"))
        #expect("新华社记者".endsWithText("记者"))
        #expect(!"记者".endsWithText("新华社记者"))
    }
}

extension UTF8SearchTests {
    /// The words grouped by their first character find what the list read in order finds.
    @Test func openingWordsFindTheFirstWordTheListWould() {
        let list = ["编者按", "【编者按】", "编者", "编后：", "文/", "文／", "■", "祝你", "祝你们"]
        let words = OpeningWords(list)
        for text in ["编者按：今天", "编者的话", "【编者按】", "编后：", "编后", "文/李明", "文／李明", "■　刘晓梅", "祝你们好", "", "本报讯", "编"] {
            #expect(words.first(opening: text) == list.first(where: text.startsWithText), "\(text)")
            #expect(words.opens(text) == list.contains(where: text.startsWithText), "\(text)")
        }
    }
}

extension UTF8SearchTests {
    @Test func hasSameBytesComparesBytesNotCanonicalForms() {
        for a in Self.samples {
            for b in Self.samples { #expect(a.hasSameBytes(as: b) == (Array(a.utf8) == Array(b.utf8)), "\(a) \(b)") }
        }
        #expect(!"é".hasSameBytes(as: "e\u{301}") && "é" == "e\u{301}")
        #expect(!"通知,要求".hasSameBytes(as: "通知，要求"))
    }
}
