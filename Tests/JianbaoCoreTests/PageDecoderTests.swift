import Foundation
import Testing

@testable import JianbaoCore

@Suite struct PageDecoderTests {
    let text = "省委组织部通报\r\n\r\n　　本报讯 记者王笑梅报道\u{00A0}日前，\r\n"

    static func encode(_ s: String, cf: UInt) -> [UInt8] {
        Array((s as NSString).data(using: cf | 0x8000_0000)!)
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try PageDecoder.decode(Array(text.utf8))
        #expect(plain.encoding == .utf8)
        #expect(!plain.hadBOM)
        let bom = try PageDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(bom.encoding == .utf8)
        #expect(bom.hadBOM)
        #expect(bom.lines.map(\.text) == plain.lines.map(\.text))
        #expect(bom.sha256 != plain.sha256)
    }

    @Test func crlfLinesIndentationAndNoBreakSpaces() throws {
        let page = try PageDecoder.decode(Array(text.utf8))
        #expect(page.lineEnding == .crlf)
        #expect(page.lines.count == 3)
        #expect(page.lines[0].text == "省委组织部通报")
        #expect(page.lines[1].isBlank)
        #expect(page.lines[2].indent == 4)
        #expect(page.lines[2].isIndented)
        #expect(page.lines[2].text == "本报讯 记者王笑梅报道\u{00A0}日前，")
    }

    @Test func lineEndingKinds() throws {
        #expect(try PageDecoder.decode(Array("a\nb\n".utf8)).lineEnding == .lf)
        #expect(try PageDecoder.decode(Array("a\rb\r".utf8)).lineEnding == .cr)
        #expect(try PageDecoder.decode(Array("a\r\nb\nc".utf8)).lineEnding == .mixed)
        #expect(try PageDecoder.decode(Array("abc".utf8)).lineEnding == .none)
        #expect(try PageDecoder.decode(Array("a\rb\r".utf8)).lines.map(\.text) == ["a", "b"])
    }

    @Test func utf16WithBOM() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 {
            le += [UInt8(u & 0xFF), UInt8(u >> 8)]
            be += [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        #expect(try PageDecoder.decode(le).encoding == .utf16LE)
        #expect(try PageDecoder.decode(be).encoding == .utf16BE)
        #expect(try PageDecoder.decode(be).lines[0].text == "省委组织部通报")
    }

    /// UTF-16 without a BOM, in either byte order, also where the page's indents (U+3000) put zero bytes on the side
    /// that ASCII's do not and few ASCII characters stand: read by which order gives a Chinese page's code units. A
    /// binary file's zero bytes are still an error.
    @Test func utf16WithoutBOM() throws {
        let page = "冬季如何预防呼吸道疾病\n本报记者　孙秀艳\n　　入冬以来，流感等呼吸道疾病进入高发期。\n　　问：今年冬季呼吸道疾病流行有什么特点？\n"
        var le: [UInt8] = []
        var be: [UInt8] = []
        for u in page.utf16 {
            le += [UInt8(u & 0xFF), UInt8(u >> 8)]
            be += [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        #expect(try PageDecoder.decode(le).encoding == .utf16LE)
        #expect(try PageDecoder.decode(be).encoding == .utf16BE)
        #expect(try PageDecoder.decode(le).lines.map(\.text).first == "冬季如何预防呼吸道疾病")
        #expect(try PageDecoder.decode(be).lines.count == 4)
        #expect(throws: DecodeError.self) { try PageDecoder.decode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00]) }
    }

    @Test func gb18030AndBig5AreDetected() throws {
        let gb = try PageDecoder.decode(Self.encode(text + "辽宁省新增确诊病例，疫情防控工作。\n", cf: 0x0632))
        #expect(gb.encoding == .gb18030)
        #expect(gb.lines[0].text == "省委组织部通报")
        let traditional = "臺灣區醫院學習會議，國務院關於經濟發展的報告。\n"
        let big5 = try PageDecoder.decode(Self.encode(traditional, cf: 0x0A03))
        #expect(big5.encoding == .big5)
        #expect(big5.lines[0].text == traditional.trimmingCharacters(in: .newlines))
    }

    @Test func forcedEncoding() throws {
        let bytes = Self.encode("疫情防控\n", cf: 0x0632)
        let page = try PageDecoder.decode(bytes, forced: .gb18030)
        #expect(page.encodingForced)
        #expect(page.lines[0].text == "疫情防控")
        #expect(throws: DecodeError.self) { try PageDecoder.decode([0xFF, 0xFE, 0xFD], forced: .utf8) }
    }

    /// UTF-8 with a few bytes that are not (a copy cut inside its last character, a stray byte) is still the page:
    /// each such sequence reads as U+FFFD, its file offset kept for the warning, and the linter flags where it
    /// stands. A page in GB18030, whose bytes are almost never UTF-8, is still read as GB18030.
    @Test func aFewInvalidBytesInUTF8AreReadAsReplacementCharacters() throws {
        let text = Array("本版责编：常　晶　薛　原\n".utf8)
        let cut = try PageDecoder.decode(Array(text.dropLast(3)))
        #expect(cut.encoding == .utf8)
        #expect(cut.lines[0].text == "本版责编：常　晶　薛　\u{FFFD}")
        #expect(cut.replacedByteOffsets == [text.count - 4])
        #expect(cut.replacementWarning == "1 invalid UTF-8 byte sequence read as U+FFFD, the first at byte offset \(text.count - 4) [W201]")
        let stray = try PageDecoder.decode([0xEF, 0xBB, 0xBF] + Array("打通政策落地".utf8) + [0xFF] + Array("最后一公里\n".utf8))
        #expect(stray.lines[0].text == "打通政策落地\u{FFFD}最后一公里")
        #expect(stray.replacedByteOffsets == [3 + 18])
        let clean = try PageDecoder.decode(text)
        #expect(clean.replacedByteOffsets.isEmpty && clean.replacementWarning == nil)
        let gb = try PageDecoder.decode(Self.encode(self.text + "辽宁省新增确诊病例，疫情防控工作。\n", cf: 0x0632))
        #expect(gb.encoding == .gb18030 && gb.replacedByteOffsets.isEmpty)
        // (Bytes most of which are no UTF-8 are still no text.)
        #expect(throws: DecodeError.self) { try PageDecoder.decode([0xFF, 0xFE, 0xFD], forced: .utf8) }
        let findings = CorruptionLinter.replacementCharacters(Array("各级干部\u{FFFD}多到基层走走".unicodeScalars), line: { _ in 9 })
        #expect(findings.map(\.kind) == [.undecodable])
        #expect(findings.first?.text == "各级干部\u{FFFD}多到基层" && findings.first?.line == 9)
    }

    @Test func binaryInputNamesTheOffset() throws {
        let bytes: [UInt8] = Array("PK".utf8) + [0x03, 0x04, 0x00, 0x00, 0x08, 0x00] + Array(repeating: 0x90, count: 40)
        #expect(throws: DecodeError(code: .binary, byteOffset: 4, message: "binary data (NUL byte)")) {
            try PageDecoder.decode(bytes)
        }
        let error = DecodeError(code: .binary, byteOffset: 4, message: "binary data (NUL byte)")
        #expect(error.description == "binary data (NUL byte) at byte offset 4 [E101]")
    }

    @Test func emptyFileIsAPageWithNoLines() throws {
        let page = try PageDecoder.decode([])
        #expect(page.lines.isEmpty)
        let clipped = Pipeline().run(page, metadata: PageMetadata(path: "empty.txt"))
        #expect(clipped.articles.isEmpty)
        #expect(clipped.dropped.isEmpty)
    }

    /// A page spaced out by PDF-to-text (a space between every two characters) reads without those spaces; a wider
    /// gap stays, and so does a letter-spaced heading on a page whose text is not spaced out.
    @Test func letterSpacingIsNoPartOfTheText() throws {
        let spaced = "小 麦 冬 管 正 当 时\n本 报 记 者 　 刘 诗 瑶\n　　连 日 来 ， 河 南 、 山 东 等 地 农 民 抢 抓 有 利 天 气 。\n"
            + "　　今 年 ， R E N M I N   R I B A O 的 记 者 发 现 麦 苗 长 势 好 。\n　　2 0 2 4 年 产 量 达 到 1 4 1 3 0 亿 斤 。\n"
        #expect(try PageDecoder.decode(Array(spaced.utf8)).lines.map(\.text) == [
            "小麦冬管正当时", "本报记者　刘诗瑶", "连日来，河南、山东等地农民抢抓有利天气。", "今年，RENMIN   RIBAO的记者发现麦苗长势好。", "2024年产量达到14130亿斤。",
        ])
        let plain = "坚 定 不 移\n　　连日来，河南、山东等地农民抢抓有利天气。\n　　今年墒情好，麦苗长势不错。\n　　2023 年全国粮食产量 13908 亿斤。\n"
        #expect(try PageDecoder.decode(Array(plain.utf8)).lines.map(\.text).first == "坚 定 不 移")
        #expect(try PageDecoder.decode(Array(plain.utf8)).lines.map(\.text).last == "2023 年全国粮食产量 13908 亿斤。")
    }

    /// HTML's character references that a page scraped from a site's source keeps are the characters they name:
    /// leading &nbsp; make the indent, &ldquo; a quotation mark; an & that names nothing stays.
    @Test func characterReferencesAreTheirCharacters() throws {
        let page = "&nbsp;&nbsp;&nbsp;&nbsp;本报郑州1月7日电&nbsp;&nbsp;（记者刘诗瑶）&ldquo;好&rdquo;&#12288;&#x4E00;。\nR&D 投入&amp;产出 &unknown; &#;\n"
        let lines = try PageDecoder.decode(Array(page.utf8)).lines
        #expect(lines.map(\.text) == ["本报郑州1月7日电\u{00A0}\u{00A0}（记者刘诗瑶）“好”\u{3000}一。", "R&D 投入&产出 &unknown; &#;"])
        #expect(lines.first?.indent == 4 && lines.first?.isIndented == true)
        #expect(PageDecoder.decodingEntities("没有引用") == nil)
        // (A page that shows no sign of escaping keeps its &amp; as printed.)
        #expect(try PageDecoder.decode(Array("研发投入R&amp;D增长。\n".utf8)).lines.map(\.text) == ["研发投入R&amp;D增长。"])
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(repeating: UInt8(ascii: "a"), count: 1000)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // (FIPS 180-4's two-block message, and a million a's.)
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The SHA instructions' blocks (where this CPU has them) hash as the Swift code does, at every length around a block's.
    @Test func sha256InstructionsAgreeWithTheSwiftCode() {
        var rng = SeededRandom(seed: 256)
        for length in Array(0...200) + [1_000, 4_095, 4_096, 65_537] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(SHA256.hex(bytes, hardware: SHA256.hardware) == SHA256.hex(bytes, hardware: false), "\(length)")
        }
    }
}
