import Foundation

/// Stage 1: raw bytes → lines. Detects the encoding (BOM, UTF-8, UTF-16, GB18030, Big5) and the
/// line endings, hashes the bytes, and splits the text into numbered `SourceLine`s.
///
/// Only this stage can fail, and only on input that is not text at all. (UTF-8 with a few invalid bytes is text:
/// each such sequence is read as U+FFFD and its offset kept in `replacedByteOffsets`.)
public enum PageDecoder {
    /// Decodes `bytes`; `forced` skips detection.
    public static func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) throws(DecodeError) -> DecodedPage {
        let sha = SHA256.hex(bytes)
        var (encoding, bomLength) = (forced ?? .utf8, 0)
        if let bom = detectBOM(bytes) {
            if forced == nil || forced == bom.0 { (encoding, bomLength) = bom }
        }
        let body = bytes[bomLength...]
        let text: String
        var replaced: [Int] = []
        if forced != nil || bomLength > 0 {
            if let t = decode(body, as: encoding) {
                text = t
            } else if encoding == .utf8, let (t, offsets) = repairedUTF8(body) {
                (text, replaced) = (t, offsets)
            } else {
                throw DecodeError(
                    code: .undecodable, byteOffset: firstInvalidOffset(body, encoding) + bomLength,
                    message: "not valid \(encoding.rawValue)")
            }
        } else {
            (text, encoding, replaced) = try detect(body)
        }
        let (lines, ending) = splitLines(text)
        var page = DecodedPage(
            sha256: sha, byteCount: bytes.count, encoding: encoding, encodingForced: forced != nil,
            hadBOM: bomLength > 0, lineEnding: ending, lines: lines)
        page.replacedByteOffsets = replaced.map { $0 + bomLength }
        return page
    }

    /// UTF-8 text with a few bytes that are not (a copy cut inside a character at its end, a stray byte): each
    /// invalid sequence read as U+FFFD, with its offset in `body`. Nil unless the valid multi-byte characters
    /// outnumber the invalid sequences twenty to one (one alone is let through in a shorter text that has any) — a
    /// page in GB18030 or Big5 has hardly any of the former.
    ///
    /// Every GB18030 or Big5 page is asked this first, so the bytes are only counted, and no further than the
    /// rest could still make up for the sequences found; the text is made only for a page taken. (The parser's
    /// invalid sequences are those `String(decoding:as:)` reads as one U+FFFD each.)
    static func repairedUTF8(_ body: ArraySlice<UInt8>) -> (String, [Int])? {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = body.makeIterator()
        var offsets: [Int] = []
        var multibyte = 0
        var offset = 0
        parsing: while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let encoded):
                if encoded.count > 1 { multibyte += 1 }
                offset += encoded.count
            case .error(let length):
                offsets.append(offset)
                offset += length
                // (Each byte left could give one more multi-byte character at most.)
                if offsets.count > 20, offsets.count * 20 > multibyte + (body.count - offset) { return nil }
            case .emptyInput:
                break parsing
            }
        }
        guard !offsets.isEmpty, multibyte > 0, offsets.count * 20 <= max(multibyte, 20) else { return nil }
        return (String(decoding: body, as: UTF8.self), offsets)
    }

    // MARK: detection

    static func detectBOM(_ b: [UInt8]) -> (TextEncoding, Int)? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8, 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2) }
        if b.count >= 4, b[0] == 0x84, b[1] == 0x31, b[2] == 0x95, b[3] == 0x33 { return (.gb18030, 4) }
        return nil
    }

    static func detect(_ body: ArraySlice<UInt8>) throws(DecodeError) -> (String, TextEncoding, replaced: [Int]) {
        if let nul = body.firstIndex(of: 0) {
            if let wide = guessUTF16(body), let t = decode(body, as: wide) { return (t, wide, []) }
            throw DecodeError(code: .binary, byteOffset: nul - body.startIndex, message: "binary data (NUL byte)")
        }
        if let control = body.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1A }),
            controlShare(body) > 0.01
        {
            throw DecodeError(code: .binary, byteOffset: control - body.startIndex, message: "binary data (control bytes)")
        }
        if let t = String(validating: body, as: UTF8.self) { return (t, .utf8, []) }
        // UTF-8 but for a few bytes: read, the bytes marked (the stage after flags where they stand).
        if let (t, offsets) = repairedUTF8(body) { return (t, .utf8, offsets) }
        // Legacy Chinese encodings: decode with both and keep the one that reads like Chinese.
        let candidates: [(String, TextEncoding)] = [TextEncoding.gb18030, .big5].compactMap { enc in
            decode(body, as: enc).map { ($0, enc) }
        }
        if let best = candidates.max(by: { familiarity($0.0, $0.1) < familiarity($1.0, $1.1) }) { return (best.0, best.1, []) }
        throw DecodeError(
            code: .undecodable, byteOffset: firstInvalidOffset(body, .utf8),
            message: "not text in UTF-8, UTF-16, GB18030 or Big5 (invalid UTF-8)")
    }

    private static func controlShare(_ body: ArraySlice<UInt8>) -> Double {
        let sample = body.prefix(65536)
        let n = sample.reduce(0) { $0 + (($1 < 0x20 && $1 != 0x09 && $1 != 0x0A && $1 != 0x0D) ? 1 : 0) }
        return Double(n) / Double(max(sample.count, 1))
    }

    /// UTF-16 without a BOM shows zero bytes on one parity for ASCII and on neither for Han; we
    /// accept it when ASCII-range code units (zero high byte) dominate one side.
    static func guessUTF16(_ body: ArraySlice<UInt8>) -> TextEncoding? {
        guard body.count >= 2, body.count % 2 == 0 else { return nil }
        var evenZero = 0
        var oddZero = 0
        for (i, b) in body.prefix(8192).enumerated() where b == 0 {
            if i % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let pairs = min(body.count, 8192) / 2
        if oddZero > pairs / 10, evenZero < oddZero / 4 { return .utf16LE }
        if evenZero > pairs / 10, oddZero < evenZero / 4 { return .utf16BE }
        // Chinese text has few ASCII code units, and its indents (U+3000) put zeros on the other side: read the code
        // units both ways and take the order in which nine in ten or more are what such a page holds.
        func likely(_ u: UInt16) -> Bool {
            u == 0x0A || u == 0x0D || u == 0x09 || (0x20..<0x7F).contains(u) || u == 0xA0 || (0x2000...0x206F).contains(u)
                || (0x3000...0x303F).contains(u) || (0x3400...0x4DBF).contains(u) || (0x4E00...0x9FFF).contains(u) || (0xFF00...0xFFEF).contains(u)
        }
        var le = 0
        var be = 0
        var units = 0
        var i = body.startIndex
        while i + 1 < body.endIndex, units < 4096 {
            let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
            if likely(a | b << 8) { le += 1 }
            if likely(a << 8 | b) { be += 1 }
            units += 1
            i += 2
        }
        if le * 10 >= units * 9, le > be { return .utf16LE }
        if be * 10 >= units * 9, be > le { return .utf16BE }
        return nil
    }

    /// How much of a decoded text is common Chinese (simplified or traditional) rather than mojibake.
    static func familiarity(_ text: String, _ encoding: TextEncoding) -> Int {
        var score = 0
        var seen = 0
        for s in text.unicodeScalars {
            guard s.value >= 0x80 else { continue }
            seen += 1
            if seen > 20000 { break }
            if CommonHan.set.contains(s) { score += 2 } else if s.value == 0xFFFD || (0xE000...0xF8FF).contains(s.value) {
                score -= 3
            }
        }
        return score
    }

    // MARK: decoding

    static func decode(_ body: ArraySlice<UInt8>, as encoding: TextEncoding) -> String? {
        switch encoding {
        case .utf8:
            return String(validating: body, as: UTF8.self)
        case .utf16LE, .utf16BE:
            guard body.count % 2 == 0 else { return nil }
            var units = [UInt16]()
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex
            while i < body.endIndex {
                let (lo, hi) = encoding == .utf16LE ? (body[i], body[i + 1]) : (body[i + 1], body[i])
                units.append(UInt16(hi) << 8 | UInt16(lo))
                i += 2
            }
            return String(validating: units, as: UTF16.self)
        case .gb18030, .big5:
            // CoreFoundation encodings (kCFStringEncodingGB_18030_2000 0x0632, kCFStringEncodingBig5 0x0A03)
            // as NSStringEncoding: CFStringConvertEncodingToNSStringEncoding sets the top bit.
            let cf: UInt = encoding == .gb18030 ? 0x0632 : 0x0A03
            guard let s = NSString(data: Data(body), encoding: cf | 0x8000_0000) else { return nil }
            return s as String
        }
    }

    /// Offset of the first byte that is not valid in `encoding` (UTF-8 scan; 0 for the others).
    static func firstInvalidOffset(_ body: ArraySlice<UInt8>, _ encoding: TextEncoding) -> Int {
        guard encoding == .utf8 else { return 0 }
        var i = body.startIndex
        while i < body.endIndex {
            let b = body[i]
            let n: Int
            switch b {
            case 0x00...0x7F: n = 1
            case 0xC2...0xDF: n = 2
            case 0xE0...0xEF: n = 3
            case 0xF0...0xF4: n = 4
            default: return i - body.startIndex
            }
            if i + n > body.endIndex { return i - body.startIndex }
            for j in 1..<n where body[i + j] & 0xC0 != 0x80 { return i - body.startIndex }
            i += n
        }
        return body.count
    }

    // MARK: lines

    /// Splits on LF, CRLF and lone CR; reports which of them the text used. Works on the UTF-8 bytes.
    static func splitLines(_ text: String) -> ([SourceLine], LineEnding) {
        var text = text
        return text.withUTF8 { b in
            var lines: [SourceLine] = []
            var lf = 0
            var crlf = 0
            var cr = 0
            var start = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == 0x0A || c == 0x0D {
                    lines.append(SourceLine(number: lines.count + 1, utf8: UnsafeBufferPointer(rebasing: b[start..<i])))
                    if c == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A {
                        crlf += 1
                        i += 1
                    } else if c == 0x0D { cr += 1 } else { lf += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < b.count {
                lines.append(SourceLine(number: lines.count + 1, utf8: UnsafeBufferPointer(rebasing: b[start..<b.count])))
            }
            let kinds = [lf > 0, crlf > 0, cr > 0].filter { $0 }.count
            let ending: LineEnding = kinds > 1 ? .mixed : lf > 0 ? .lf : crlf > 0 ? .crlf : cr > 0 ? .cr : .none
            // (Most pages have no & and few spaces: one pass over the bytes spares them both passes over the lines.)
            var ampersands = 0
            var spaces = 0
            for c in b {
                if c == 0x26 { ampersands += 1 } else if c == 0x20 { spaces += 1 }
            }
            if ampersands > 0 { lines = withoutEntities(lines) }
            if spaces >= 12 { lines = withoutLetterSpacing(lines) }
            return (centredFlush(removingMargin(lines)), ending)
        }
    }

    /// HTML's character references, which a page scraped from a news site's source keeps (&nbsp;&nbsp;本报郑州1月7日电,
    /// &ldquo;…&rdquo;, &#12288;): each is the character it names, so the line reads as the page showed it, its
    /// leading no-break spaces measured as its indent. Only references HTML defines are read; any other & stays.
    /// Only on a page that shows it was escaped, with a reference no text prints of itself (&nbsp;, &ldquo;, &mdash;,
    /// &#12288;…): elsewhere R&amp;D may be what the page says.
    static func withoutEntities(_ lines: [SourceLine]) -> [SourceLine] {
        let marks = ["&nbsp;", "&ensp;", "&emsp;", "&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;", "&mdash;", "&hellip;", "&middot;", "&#"]
        guard lines.contains(where: { line in line.text.hasByte(0x26) && marks.contains(where: line.text.hasText) }) else { return lines }
        return lines.map { line in
            guard line.text.hasByte(0x26), var text = decodingEntities(line.text) else { return line }
            var decoded = text.withUTF8 { SourceLine(number: line.number, utf8: $0) }
            if !decoded.isBlank { decoded.indent += line.indent }
            decoded.trailingBlank = !decoded.isBlank && (decoded.trailingBlank || line.trailingBlank)
            return decoded
        }
    }

    static let namedEntities: [String: Unicode.Scalar] = [
        "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"",
        "apos": "'", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·",
        "times": "×", "divide": "÷", "deg": "°", "yen": "¥", "plusmn": "±", "permil": "‰", "bull": "•", "copy": "©", "reg": "®",
    ]

    /// `text` with its character references read, or nil when it has none.
    static func decodingEntities(_ text: String) -> String? {
        let u = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var changed = false
        var i = 0
        while i < u.count {
            if u[i] == "&", let semicolon = u[(i + 1)..<min(u.count, i + 10)].firstIndex(of: ";"), semicolon > i + 1 {
                let name = String(String.UnicodeScalarView(u[(i + 1)..<semicolon]))
                var scalar: Unicode.Scalar?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = namedEntities[name]
                }
                if let scalar {
                    out.append(scalar)
                    changed = true
                    i = semicolon + 1
                    continue
                }
            }
            out.append(u[i])
            i += 1
        }
        return changed ? String(out) : nil
    }

    /// PDF-to-text sets a space between every two characters of a page whose PDF spaced its text out
    /// (连 日 来 ， 河 南 、 山 东 …). On such a page — three lines of text or more, three in five of them
    /// with a single space between nearly every two characters — those spaces are no part of the text, as
    /// invisible characters are not: every line reads without them (本 报 记 者 　 刘 诗 瑶 is 本报记者　刘诗瑶).
    /// Latin words are spaced out too (C N　1 1 － 0 0 6 5), and the space between two words shows as a wider
    /// gap, which stays (two spaces or more). Pages with no such lines come back as they are.
    static func withoutLetterSpacing(_ lines: [SourceLine]) -> [SourceLine] {
        func isSpaced(_ line: SourceLine) -> Bool {
            let u = line.text.scalarArray
            let visible = u.lazy.filter { !CharClass.isSpace($0) }.count
            guard visible >= 6 else { return false }
            var gaps = 0
            for i in 1..<(u.count - 1) where u[i] == " " && !CharClass.isSpace(u[i - 1]) && !CharClass.isSpace(u[i + 1]) { gaps += 1 }
            return gaps * 5 >= (visible - 1) * 4
        }
        // (Only lines with a space can be spaced out: most pages have few, and are passed over at once.)
        let spaced = lines.lazy.filter { $0.text.utf8.count >= 12 && $0.text.hasByte(0x20) && isSpaced($0) }.count
        guard spaced >= 3 else { return lines }
        let text = lines.lazy.filter { $0.text.hasVisibleScalars(atLeast: 6) }.count
        guard spaced * 5 >= text * 3 else { return lines }
        return lines.map { line in
            guard line.text.hasByte(0x20) else { return line }
            let u = line.text.scalarArray
            var out = String.UnicodeScalarView()
            for (i, s) in u.enumerated() {
                if s == " ", i > 0, i + 1 < u.count, u[i - 1] != " ", u[i + 1] != " " { continue }
                out.append(s)
            }
            return line.withText(String(out))
        }
    }

    /// A left margin that every printed line shares (`pdftotext -layout` sets the page's text two or
    /// more spaces in) is no indent: each line's indent is measured from the margin, so a paragraph's
    /// first line is indented and its other lines are flush, as on a page printed without one.
    static func removingMargin(_ lines: [SourceLine]) -> [SourceLine] {
        var margin = Int.max
        for line in lines where !line.isBlank { margin = min(margin, line.indent) }
        guard margin > 0, margin < Int.max else { return lines }
        var lines = lines
        for i in lines.indices where !lines[i].isBlank { lines[i].indent -= margin }
        return lines
    }

    /// A heading that `pdftotext -layout` or an OCR layout export centred over its column (blanks set before it to
    /// the middle) is a flush heading, not an indented paragraph: a short line with no comma, full stop or semicolon in
    /// it, indented further than the page's paragraphs are, by a full-width character or more, and by three at least
    /// (a paragraph's usual indent is two, and a short first line of text may have no mark), is read with no indent
    /// and marked `centred`. The paragraphs' indent is the one most indented lines of text (a mark of a clause in them,
    /// or longer than a heading) share, of eight half-widths or fewer; none where no text is indented (a flush page,
    /// on which the centred lines are the only indented ones).
    /// ，。；,;: marks that no centred heading holds.
    static let centringBreaks: ScalarSet = ["，", "。", "；", ",", ";"]

    static func centredFlush(_ lines: [SourceLine]) -> [SourceLine] {
        func clauseMark(_ l: SourceLine) -> Bool { l.text.unicodeScalars.contains(where: centringBreaks.contains) }
        var indents: [Int: Int] = [:]
        var text = 0
        for line in lines where line.isIndented && (line.columns > 30 || clauseMark(line)) {
            text += 1
            if line.indent <= 8 { indents[line.indent, default: 0] += 1 }
        }
        let paragraph = indents.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }).flatMap { $0.value * 2 > text ? $0.key : nil } ?? 0
        var lines = lines
        for i in lines.indices where lines[i].indent >= max(paragraph, 4) + 2 && lines[i].columns <= 30 && !clauseMark(lines[i]) {
            lines[i].indent = 0
            lines[i].centred = true
        }
        // A stack's longer line, centred too but by no more blanks than a paragraph's indent, right under or over a
        // centred line with no blank between (    全省秋冬种工作进展顺利 | 小麦播种面积稳定在8500万亩以上): a heading's too.
        // (Short of the width, no mark of a clause: a paragraph's first line under a heading fills the line or has one.)
        var changed = true
        while changed {
            changed = false
            for i in lines.indices where !lines[i].centred && lines[i].isIndented && lines[i].columns <= 30 && !clauseMark(lines[i])
                && !lines[i].text.unicodeScalars.contains(where: { $0 == "：" || $0 == ":" })
            {
                let neighbour = i > 0 && lines[i - 1].centred && lines[i - 1].number == lines[i].number - 1
                    || i + 1 < lines.count && lines[i + 1].centred && lines[i + 1].number == lines[i].number + 1
                guard neighbour, lines[i].indent >= 4, !lines[i].text.unicodeScalars.contains(where: { CharClass.isSpace($0) }) else { continue }
                lines[i].indent = 0
                lines[i].centred = true
                changed = true
            }
        }
        return lines
    }
}

/// Why a page could not be read as text.
public struct DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case binary = "E101"
        case undecodable = "E102"
    }
    public var code: Code
    /// Offset of the first offending byte in the file.
    public var byteOffset: Int
    public var message: String

    public var description: String { "\(message) at byte offset \(byteOffset) [\(code.rawValue)]" }
}
