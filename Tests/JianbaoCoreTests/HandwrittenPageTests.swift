import Foundation
import Testing

@testable import JianbaoCore

/// Hand-written pages in the manner of a national daily (masthead, page labels, kicker / headline /
/// subtitle stacks, 本报北京…电（记者…）, 新华社…电, a commentary with 本报评论员, a credit on its own
/// line, 简讯, a pen name under a headline, spaced two-character names, a dateline note at the foot,
/// jumps both ways), each rendered in all three layouts (Scripts/render_layouts.py: indented UTF-8,
/// hard-wrapped CRLF at 42 columns, 36 and 52 columns, hard-wrapped without indents, the same with a blank line after every
/// paragraph, blank-line GB18030, a blank line after every
/// line in UTF-8 with BOM). Every rendering must come back to the same articles,
/// which are in `Fixtures/pages/NAME.expected.json` (checked by hand, text compared without blanks).
@Suite struct HandwrittenPageTests {
    static let root = Fixtures.directory.appendingPathComponent("pages")
    static let layouts: [(directory: String, layout: PageLayout)] = [
        ("indented", .indented), ("hard-wrapped", .hardWrapped), ("hard-wrapped-flush", .hardWrapped), ("hard-wrapped-apart", .hardWrapped),
        ("hard-wrapped-narrow", .hardWrapped), ("hard-wrapped-wide", .hardWrapped), ("blank-lines", .blankLineBreaks),
        ("blank-between", .blankLineBreaks),
    ]

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return files.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
    }

    static func clip(_ url: URL) throws -> ClippedPage {
        let name = url.lastPathComponent
        let meta = Newspapers.metadata(fromFileName: name)
        return try Pipeline().run(
            Array(try Data(contentsOf: url)),
            metadata: PageMetadata(path: name, newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
    }

    /// The articles of page `name`'s gold file.
    static func goldArticles(_ name: String) throws -> [[String: Any]] {
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("\(name).expected.json")))
        return (gold as! [String: Any])["articles"] as! [[String: Any]]
    }

    /// The lines of page `name` in its indented rendering, the source the other printings are made from.
    static func indentedSource(_ name: String) throws -> [String] {
        try String(contentsOf: root.appendingPathComponent("indented").appendingPathComponent("\(name).txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether `page` reads as the gold `articles`: headlines, reporters and paragraphs, blanks aside.
    static func reads(_ page: ClippedPage, as articles: [[String: Any]]) -> Bool {
        page.articles.count == articles.count
            && zip(page.articles, articles).allSatisfy { a, g in
                folded(a.headline) == folded(g["headline"] as? String) && a.reporters == g["reporters"] as? [String]
                    && a.paragraphs.map { folded($0.text)! } == (g["paragraphs"] as! [String]).map { folded($0)! }
            }
    }

    static func folded(_ s: String?) -> String? { s.map { String($0.unicodeScalars.filter { !CharClass.isSpace($0) }.map(Character.init)) } }

    @Test func thereAreFixtures() {
        #expect(Self.names.count >= 4)
    }

    /// The wrap width found is the one rendered (42, 36 and 52 columns: 21, 18 and 26 full-width), also
    /// where the paragraphs are short and their first lines, short by the dropped indent, are the commonest.
    @Test(arguments: names) func wrapWidthIsTheRenderedOne(name: String) throws {
        for (directory, width) in [("hard-wrapped", 21), ("hard-wrapped-flush", 21), ("hard-wrapped-apart", 21), ("hard-wrapped-narrow", 18), ("hard-wrapped-wide", 26)] {
            let url = Self.root.appendingPathComponent(directory).appendingPathComponent("\(name).txt")
            let decoded = try PageDecoder.decode(Array(try Data(contentsOf: url)))
            #expect(LayoutDetector.detect(decoded.lines, options: PipelineOptions()).wrapWidth == width, "\(directory)/\(name)")
        }
    }

    @Test(arguments: names) func everyLayoutReadsAsTheGoldSays(name: String) throws {
        let gold = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.root.appendingPathComponent("\(name).expected.json"))) as! [String: Any]
        let articles = gold["articles"] as! [[String: Any]]
        for (directory, layout) in Self.layouts {
            let page = try Self.clip(Self.root.appendingPathComponent(directory).appendingPathComponent("\(name).txt"))
            let at = "\(directory)/\(name)"
            #expect(page.layout == layout, "\(at)")
            try #require(page.articles.count == articles.count, "\(at): \(page.articles.map { $0.headline ?? "-" })")
            for (a, g) in zip(page.articles, articles) {
                func same(_ field: String, _ value: String?, sourceLocation: SourceLocation = #_sourceLocation) {
                    #expect(Self.folded(value) == Self.folded(g[field] as? String), "\(at) \(field)", sourceLocation: sourceLocation)
                }
                #expect(a.kind.rawValue == g["kind"] as? String, "\(at) kind of \(a.headline ?? a.id)")
                same("kicker", a.kicker)
                same("headline", a.headline)
                same("subtitle", a.subtitle)
                same("source", a.source)
                same("dateline", a.dateline?.text)
                #expect(a.reporters == g["reporters"] as? [String], "\(at) reporters")
                #expect(a.photographers == g["photographers"] as? [String], "\(at) photographers")
                #expect(a.continuedFromPage == g["continuedFromPage"] as? Int, "\(at) continuedFromPage")
                #expect(a.continuesOnPage == g["continuesOnPage"] as? Int, "\(at) continuesOnPage")
                #expect(a.paragraphs.map { Self.folded($0.text)! } == (g["paragraphs"] as! [String]).map { Self.folded($0)! }, "\(at) paragraphs")
            }
            #expect(page.dropped.map { Self.folded($0.text) } == (gold["dropped"] as! [String]).map { Self.folded($0) }, "\(at) dropped")
        }
    }

    /// Every rendering printed again with ASCII , : ; ( ) ? ! for the full-width marks and . for 。, as copies and OCR
    /// often give Chinese text (the specimen has no full-width comma at all), reads as the gold: wrapped
    /// lines are as full as in print, a bracketed note (2021年6月10日…通过) is a note. With
    /// `--punctuation as-printed` every paragraph is the page's own text, ASCII marks and all.
    @Test(arguments: names) func everyLayoutReadsTheSameWithASCIIPunctuation(name: String) throws {
        let articles = try Self.goldArticles(name)
        let ascii: [Unicode.Scalar: Unicode.Scalar] = ["，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!", "。": "."]
        func toASCII(_ s: String) -> String { String(String.UnicodeScalarView(s.unicodeScalars.map { ascii[$0] ?? $0 })) }
        func key(_ s: String?) -> String? { Self.folded(s).map(toASCII) }
        var asPrinted = PipelineOptions()
        asPrinted.punctuation = .asPrinted
        for (directory, _) in Self.layouts {
            let url = Self.root.appendingPathComponent(directory).appendingPathComponent("\(name).txt")
            let text = toASCII(try Self.reprinted(url))
            let meta = Newspapers.metadata(fromFileName: "\(name).txt")
            let metadata = PageMetadata(path: "\(name).txt", newspaper: meta.newspaper, issueDate: meta.date, page: meta.page)
            let page = try Pipeline().run(Array(text.utf8), metadata: metadata)
            let at = "\(directory)/\(name) in ASCII"
            try #require(page.articles.count == articles.count, "\(at): \(page.articles.map { $0.headline ?? "-" })")
            for (a, g) in zip(page.articles, articles) {
                #expect(key(a.headline) == key(g["headline"] as? String), "\(at) headline")
                #expect(a.reporters == g["reporters"] as? [String], "\(at) reporters")
                #expect(a.paragraphs.map { key($0.text)! } == (g["paragraphs"] as! [String]).map { key($0)! }, "\(at) paragraphs")
            }
            let printed = Self.folded(text.replacingOccurrences(of: "\n", with: ""))!
            for a in try Pipeline(options: asPrinted).run(Array(text.utf8), metadata: metadata).articles {
                for p in a.paragraphs { #expect(printed.contains(Self.folded(p.text)!), "\(at) as printed: \(p.text)") }
            }
        }
    }

    /// Every rendering set in a left margin of two spaces on every line, as `pdftotext -layout` prints a
    /// page, reads as the gold: the margin is no indent, so wrapped lines are not all paragraph starts.
    @Test(arguments: names) func everyLayoutReadsTheSameInAMargin(name: String) throws {
        try checkReprinted(name: name, as: "in a margin") { "  " + $0 }
    }

    /// The page with a space between each figure or Latin word and the Chinese beside it (2023 年, 增加 33), as
    /// PDF-to-text prints one where Chinese type sets its quarter-em gap, reads as the gold: one paragraph a
    /// line, indented, and hard-wrapped (at 21 and 26 characters; flush at 20 and 21) where each such space takes a
    /// quarter of a character (a line of prose with figures set apart is no table row, and a line so wrapped is full).
    @Test(arguments: names) func everyLayoutReadsTheSameWithSpacesBesideFigures(name: String) throws {
        try checkRewritten(name: name, as: "with spaces beside figures", flushWidths: [20, 21], Self.withSpacesBesideFigures)
    }

    /// The page with its dashes (——) as copies and OCR give them, one — or two ASCII hyphens, reads as the gold:
    /// a kicker ending in one (…充电难—) is a kicker, a subtitle opening with one (--国家发展改革委…) a subtitle.
    @Test(arguments: names) func everyLayoutReadsTheSameWithDashesAsCopiesGiveThem(name: String) throws {
        try checkRewritten(name: name, as: "with — for ——") { $0.replacingOccurrences(of: "——", with: "—") }
        try checkRewritten(name: name, as: "with -- for ——") { $0.replacingOccurrences(of: "——", with: "--") }
    }

    /// The page with invisible characters scattered in it, as web copies have them (a zero-width space after every
    /// seventh character, or a soft hyphen after every ninth), reads as the gold, and its text has none of them.
    @Test(arguments: names) func everyLayoutReadsTheSameWithInvisibleCharacters(name: String) throws {
        for (mark, every) in [("\u{200B}", 7), ("\u{00AD}", 9)] {
            try checkRewritten(name: name, as: "with U+\(String(mark.unicodeScalars.first!.value, radix: 16)) every \(every)", readsUnchanged: true) { line in
                var out = ""
                for (i, c) in line.enumerated() {
                    out.append(c)
                    if i % every == every - 1, c != "\u{3000}" { out += mark }
                }
                return out
            }
        }
    }

    /// A dump that prints two or three blank lines wherever the page has one (and more where it has more): every
    /// rendering reads as the gold, the gaps counted in the page's own blank unit (a letter's signature two blanks
    /// under it still signs it).
    @Test(arguments: names) func everyLayoutReadsTheSameWithBlankLinesDoubled(name: String) throws {
        for extra in ["\n", "\n\n"] {
            for (directory, layout) in Self.layouts {
                let text = try Self.reprinted(Self.root.appendingPathComponent(directory).appendingPathComponent("\(name).txt"))
                    .replacingOccurrences(of: "\n\n", with: "\n\n" + extra)
                try checkReading(text, name: name, layout: layout, at: "\(directory)/\(name) with \(extra.count + 1) blank lines for one")
            }
        }
    }

    /// Hard wraps as `pdftotext -layout` prints them, every kicker, headline and subtitle that is three characters or
    /// more short of the column centred over it with spaces (indented at 21 and 26 characters, flush at 18 and 21):
    /// a centred heading is a flush heading, not an indented paragraph, and no wrap's rest.
    @Test(arguments: names) func hardWrapsReadTheSameWithCentredHeadings(name: String) throws {
        let headings = Set(try Self.goldArticles(name).flatMap { a in
            ["kicker", "headline", "subtitle"].compactMap { (a[$0] as? String).flatMap(Self.folded) }
        })
        let source = try Self.indentedSource(name)
        for (width, flush) in [(21, false), (26, false), (18, true), (21, true)] {
            let text = source.flatMap { line -> [String] in
                let columns = line.unicodeScalars.reduce(0) { $0 + CharClass.displayWidth($1) }
                if !line.hasPrefix("\u{3000}"), let folded = Self.folded(line), headings.contains(folded), (2 * width - columns) / 2 >= 6 {
                    return [String(repeating: " ", count: (2 * width - columns) / 2) + line]
                }
                return Self.wrappedInType(line, width: width).map { flush ? String($0.drop { $0 == "\u{3000}" }) : $0 }
            }.joined(separator: "\n")
            try checkReading(text, name: name, layout: .hardWrapped, at: "\(name) wrapped at \(width)\(flush ? ", flush" : ""), headings centred")
        }
    }

    /// The page with every line changed by `change`: one paragraph a line, indented, and the indented page's
    /// lines so changed hard-wrapped (at 21 and 26 characters, and flush at `flushWidths`, widths where the page
    /// unchanged reads right) must read as the gold.
    /// (`readsUnchanged`: the text reads as the gold's own, not as the gold changed so.)
    func checkRewritten(
        name: String, as what: String, flushWidths: [Int] = [18, 21], readsUnchanged: Bool = false, _ change: @escaping (String) -> String
    ) throws {
        try checkReprinted(name: name, as: what, layouts: Self.layouts.filter { $0.layout != .hardWrapped }, readsUnchanged: readsUnchanged, change)
        let source = try Self.indentedSource(name)
        for (width, flush) in [(21, false), (26, false)] + flushWidths.map({ ($0, true) }) {
            let text = source
                .flatMap { Self.wrappedInType(change($0), width: width) }
                .map { flush ? String($0.drop { $0 == "\u{3000}" }) : $0 }.joined(separator: "\n")
            try checkReading(
                text, name: name, layout: .hardWrapped, at: "\(name) \(what) wrapped at \(width)\(flush ? ", flush" : "")",
                change: readsUnchanged ? { $0 } : change)
        }
    }

    static func withSpacesBesideFigures(_ line: String) -> String {
        let alnum: (Unicode.Scalar) -> Bool = { $0.isASCII && (CharClass.isDigit($0) || $0.properties.isAlphabetic) }
        var out = String.UnicodeScalarView()
        for s in line.unicodeScalars {
            if let last = out.last, CharClass.isHan(last) && alnum(s) || alnum(last) && CharClass.isHan(s) { out.append(" ") }
            out.append(s)
        }
        return String(out)
    }

    /// `line` wrapped at `width` characters as type sets it: a space between Chinese and a figure a quarter wide, an
    /// invisible character no width.
    static func wrappedInType(_ line: String, width: Int) -> [String] {
        let u = Array(line.unicodeScalars)
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var quarters = 0
        for (i, s) in u.enumerated() {
            let w = s == "\u{200B}" || s == "\u{00AD}" ? 0
                : s == " " && i > 0 && i + 1 < u.count && (CharClass.isHan(u[i - 1]) || CharClass.isHan(u[i + 1])) ? 1 : 2 * CharClass.displayWidth(s)
            if quarters + w > 4 * width {
                out.append(String(current))
                (current, quarters) = (String.UnicodeScalarView(), 0)
                if s == " " { continue }
            }
            current.append(s)
            quarters += w
        }
        return current.isEmpty && !out.isEmpty ? out : out + [String(current)]
    }

    /// Each rendering of `name` in `layouts` printed again with every line changed by `change` must read as the gold.
    func checkReprinted(
        name: String, as what: String, layouts: [(directory: String, layout: PageLayout)] = layouts, readsUnchanged: Bool = false,
        _ change: @escaping (String) -> String
    ) throws {
        for (directory, layout) in layouts {
            let text = try Self.reprinted(Self.root.appendingPathComponent(directory).appendingPathComponent("\(name).txt"), change: change)
            try checkReading(text, name: name, layout: layout, at: "\(directory)/\(name) \(what)", change: readsUnchanged ? { $0 } : change)
        }
    }

    /// `text`, a printing of page `name`, must read in `layout` with the gold's headlines, reporters and paragraphs.
    func checkReading(_ text: String, name: String, layout: PageLayout, at: String, change: (String) -> String = { $0 }) throws {
        let articles = try Self.goldArticles(name)
        let meta = Newspapers.metadata(fromFileName: "\(name).txt")
        let page = try Pipeline().run(
            Array(text.utf8), metadata: PageMetadata(path: "\(name).txt", newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
        #expect(page.layout == layout, "\(at)")
        try #require(page.articles.count == articles.count, "\(at): \(page.articles.map { $0.headline ?? "-" })")
        for (a, g) in zip(page.articles, articles) {
            #expect(Self.folded(a.headline) == Self.folded((g["headline"] as? String).map(change)), "\(at) headline")
            #expect(a.reporters == g["reporters"] as? [String], "\(at) reporters")
            #expect(a.paragraphs.map { Self.folded($0.text)! } == (g["paragraphs"] as! [String]).map { Self.folded(change($0))! }, "\(at) paragraphs")
        }
    }

    /// The page at `url` printed again in UTF-8 and LF, each line with its indent in full-width spaces and
    /// then changed by `change` (the GB18030 rendering is read through the decoder).
    static func reprinted(_ url: URL, change: (String) -> String = { $0 }) throws -> String {
        try PageDecoder.decode(Array(try Data(contentsOf: url))).lines.map {
            $0.isBlank ? "" : change(String(repeating: "\u{3000}", count: $0.indent / 2) + String(repeating: " ", count: $0.indent % 2) + $0.text)
        }.joined(separator: "\n")
    }

    /// One paragraph a line, as the specimen prints it, with a third of the paragraphs cut by a column
    /// break (a blank line) somewhere after their first comma: every cut is rejoined and the page
    /// reads as the gold says, for ten different sets of cuts.
    @Test(arguments: names) func columnBreaksOnAOneParagraphALinePage(name: String) throws {
        try checkColumnBreaks(name: name, anywhere: false)
    }

    /// The same with the cuts anywhere in the paragraph: right under a headline, a subhead or a pen
    /// name (钟声 | 当今世界正 | 经历…), inside a lead's dateline or its reporters' bracket, inside a
    /// number, one character before a comma (国家需 | 要，把…). Not cut: the first paragraph right under a
    /// headline with no lead, where a cut between two words leaves a line that reads as a subtitle
    /// (把论文写在祖国大地上 | 青年科技 | 工作者要…); cuts inside a word or before a sentence's short end there are in `ArticleSegmenterTests`.
    @Test(arguments: names) func columnBreaksAnywhereOnAOneParagraphALinePage(name: String) throws {
        try checkColumnBreaks(name: name, anywhere: true)
    }

    /// The other way round from the specimen: a blank line after every paragraph and heading, and a third of the
    /// longer paragraphs cut by a column break printed as a plain line end, anywhere but right after 。？！. The page
    /// reads the lines right under another as cut paragraphs (`PageHabits.breaksAreTight`): of six printings of
    /// every page, at most one in twenty reads otherwise (10 of 252; without the habit, 19). A cut under a short
    /// heading-shaped piece joins only where the break shows (a word across it, a line that cannot open a sentence):
    /// a headline may stand right over its text, as the next test prints it.
    @Test func columnBreaksAsLineEndsOnAPageOfParagraphsApart() throws {
        var (total, wrong) = (0, [String]())
        for name in Self.names {
            let articles = try Self.goldArticles(name)
            let source = try Self.indentedSource(name)
            for seed in UInt64(1)...6 {
                var rng = SeededRandom(seed: seed &* 7919 &+ UInt64(name.unicodeScalars.count) &+ 31337)
                var items: [String] = []
                for line in source where !line.isEmpty {
                    let u = Array(line.unicodeScalars.drop { $0 == "\u{3000}" })
                    let text = String(String.UnicodeScalarView(u))
                    guard line.hasPrefix("\u{3000}\u{3000}"), u.count > 28, Double.random(in: 0..<1, using: &rng) < 0.35 else {
                        items.append(text)
                        continue
                    }
                    let cut = Int.random(in: 4..<(u.count - 2), using: &rng)
                    if "。？！".unicodeScalars.contains(u[cut - 1]) {
                        items.append(text)
                        continue
                    }
                    items.append(String(String.UnicodeScalarView(u[..<cut])) + "\n" + String(String.UnicodeScalarView(u[cut...])))
                }
                let meta = Newspapers.metadata(fromFileName: "\(name).txt")
                let page = Pipeline().run(
                    try PageDecoder.decode(Array(items.joined(separator: "\n\n").utf8)),
                    metadata: PageMetadata(path: "\(name).txt", newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
                total += 1
                if !Self.reads(page, as: articles) { wrong.append("\(name) seed \(seed)") }
            }
        }
        #expect(total == 6 * Self.names.count)
        #expect(wrong.count * 20 <= total, "\(wrong.count) of \(total) read otherwise: \(wrong)")
    }

    /// The hand-written pages that no longer read as their gold once every line of the indented printing is
    /// printed again by `reprint` (its indent apart, and the indent's full-width blanks counted).
    static func pagesReadingOtherwise(reprinted reprint: (_ indent: Int, _ body: Substring) -> String) throws -> [String] {
        var wrong: [String] = []
        for name in names {
            let lines = try indentedSource(name).map { line -> String in
                let indent = line.prefix { $0 == "\u{3000}" }.count
                return reprint(indent, line.dropFirst(indent))
            }
            let meta = Newspapers.metadata(fromFileName: "\(name).txt")
            let page = Pipeline().run(
                try PageDecoder.decode(Array(lines.joined(separator: "\n").utf8)),
                metadata: PageMetadata(path: "\(name).txt", newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
            if !reads(page, as: try goldArticles(name)) { wrong.append(name) }
        }
        return wrong
    }

    /// A page whose PDF spaced its text out, PDF-to-text printing a space between every two characters (连 日 来 ，
    /// 河 南 …, Latin and digits too), reads as the page does: every hand-written page, indented so.
    @Test func aLetterSpacedPageReadsAsThePage() throws {
        let wrong = try Self.pagesReadingOtherwise { indent, body in
            String(repeating: "\u{3000}", count: indent) + body.map(String.init).joined(separator: " ")
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    /// A page scraped from a site's source, its indents and quotation marks written as character references
    /// (&nbsp;&nbsp;&nbsp;&nbsp;, &ldquo;…&rdquo;, &mdash;, &#12288;), reads as the page does: every hand-written page.
    @Test func aPageOfCharacterReferencesReadsAsThePage() throws {
        let wrong = try Self.pagesReadingOtherwise { indent, body in
            String(repeating: "&nbsp;&nbsp;", count: indent)
                + body.replacingOccurrences(of: "“", with: "&ldquo;").replacingOccurrences(of: "”", with: "&rdquo;")
                .replacingOccurrences(of: "—", with: "&mdash;").replacingOccurrences(of: "\u{3000}", with: "&#12288;")
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    /// Paragraphs a blank line apart, and every heading right over the text under it (no column breaks): the
    /// headlines stay headlines. Three pages read otherwise, as they did before `breaksAreTight` (a decree's and a
    /// letter's signatures, a notice under its title); taking every line right under a heading as a cut would
    /// have read 29 wrong.
    @Test func paragraphsApartWithHeadlinesRightOverTheirText() throws {
        var wrong: [String] = []
        for name in Self.names {
            let source = try Self.indentedSource(name).filter { !$0.isEmpty }
            var text = ""
            for (i, line) in source.enumerated() {
                text += String(line.drop { $0 == "\u{3000}" })
                let overText = i + 1 < source.count && !line.hasPrefix("\u{3000}\u{3000}") && source[i + 1].hasPrefix("\u{3000}\u{3000}")
                text += overText ? "\n" : "\n\n"
            }
            let articles = try Self.goldArticles(name)
            let meta = Newspapers.metadata(fromFileName: "\(name).txt")
            let page = Pipeline().run(
                try PageDecoder.decode(Array(text.utf8)),
                metadata: PageMetadata(path: "\(name).txt", newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
            if !Self.reads(page, as: articles) { wrong.append(name) }
        }
        #expect(wrong.count <= 3, "\(wrong)")
    }

    func checkColumnBreaks(name: String, anywhere: Bool) throws {
        let articles = try Self.goldArticles(name)
        let original = try String(contentsOf: Self.root.appendingPathComponent("indented/\(name).txt"), encoding: .utf8)
        for seed in UInt64(1)...10 {
            var rng = SeededRandom(seed: seed &* 7919 &+ UInt64(name.unicodeScalars.count) &+ (anywhere ? 104729 : 0))
            var lines: [String] = []
            var previous = ""
            for line in original.components(separatedBy: "\n") {
                let text = String(line.unicodeScalars.drop { $0 == "\u{3000}" })
                let u = Array(text.unicodeScalars)
                let underHeadline = !previous.isEmpty && !previous.hasPrefix("\u{3000}")
                if !line.isEmpty { previous = line }
                guard line.hasPrefix("\u{3000}\u{3000}"), u.count > 30, Double.random(in: 0..<1, using: &rng) < 0.35,
                    !(anywhere && underHeadline),
                    let from = anywhere ? 4 : u.firstIndex(of: "，").map({ $0 + 2 }), from < u.count - 2
                else {
                    lines.append(text)
                    continue
                }
                let cut = Int.random(in: from..<(u.count - 2), using: &rng)
                // A break right after 。 cannot be told from a paragraph end on such a page.
                if "。？！".unicodeScalars.contains(u[cut - 1]) {
                    lines.append(text)
                    continue
                }
                lines += [String(String.UnicodeScalarView(u[..<cut])), "", String(String.UnicodeScalarView(u[cut...]))]
            }
            let meta = Newspapers.metadata(fromFileName: "\(name).txt")
            let page = Pipeline().run(
                try PageDecoder.decode(Array(lines.joined(separator: "\n").utf8)),
                metadata: PageMetadata(path: "\(name).txt", newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
            try #require(page.articles.count == articles.count, "\(name) seed \(seed): \(page.articles.map { $0.headline ?? "-" })")
            for (a, g) in zip(page.articles, articles) {
                #expect(Self.folded(a.headline) == Self.folded(g["headline"] as? String), "\(name) seed \(seed)")
                #expect(a.paragraphs.map { Self.folded($0.text)! } == (g["paragraphs"] as! [String]).map { Self.folded($0)! }, "\(name) seed \(seed)")
                #expect(a.reporters == g["reporters"] as? [String], "\(name) seed \(seed) reporters")
            }
        }
    }

    /// Two pages hard-wrapped at different widths, one after the other on one page (the second without its
    /// running head), as PDF-to-text copies a page whose articles are set in columns of different widths: the
    /// detector finds both widths, each from where its page starts, and every pair that reads as its gold with both
    /// pages at one width reads so with the widths mixed, 18 and 26 characters or 18 and 21, either way round. (A pair
    /// that does not read right at one width is left out: putting two pages together costs the second its masthead.)
    @Test func aPageOfTwoColumnWidthsReadsAsPagesOfOneWidth() throws {
        let names = Self.names
        func wrapped(_ lines: [String], at width: Int) -> [String] { lines.flatMap { Self.wrappedInType($0, width: width) } }
        func mismatch(_ page: ClippedPage, _ articles: [[String: Any]]) -> String? {
            guard page.articles.count == articles.count else { return "articles \(page.articles.map { $0.headline ?? "-" })" }
            for (a, g) in zip(page.articles, articles) {
                if Self.folded(a.headline) != Self.folded(g["headline"] as? String) { return "headline \(a.headline ?? "-")" }
                if a.reporters != g["reporters"] as? [String] { return "reporters \(a.reporters)" }
                if a.paragraphs.map({ Self.folded($0.text)! }) != (g["paragraphs"] as! [String]).map({ Self.folded($0)! }) {
                    return "paragraphs of \(a.headline ?? "-")"
                }
            }
            return nil
        }
        var checked = 0
        for (k, first) in names.enumerated() {
            let second = names[(k + 1) % names.count]
            let (a, b) = (try Self.indentedSource(first), Array(try Self.indentedSource(second).dropFirst()))
            let articles = try Self.goldArticles(first) + Self.goldArticles(second)
            let meta = Newspapers.metadata(fromFileName: "\(first).txt")
            func clip(_ lines: [String]) throws -> ClippedPage {
                try Pipeline().run(
                    Array(lines.joined(separator: "\n").utf8),
                    metadata: PageMetadata(path: "\(first).txt", newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
            }
            var readsAt: [Int: Bool] = [:]
            for w in [18, 21, 26] { readsAt[w] = mismatch(try clip(wrapped(a, at: w) + [""] + wrapped(b, at: w)), articles) == nil }
            for (w1, w2) in [(18, 26), (26, 18), (18, 21), (21, 18)] {
                let lines = wrapped(a, at: w1) + [""] + wrapped(b, at: w2)
                let at = "\(first) at \(w1) + \(second) at \(w2)"
                let decoded = try PageDecoder.decode(Array(lines.joined(separator: "\n").utf8))
                let found = LayoutDetector.detect(decoded.lines, options: PipelineOptions())
                let page = try clip(lines)
                // Both widths are found (three columns apart they always are; at 18 and 21 a page that reads right at
                // one width may be taken as one) …
                #expect(found.regions.map(\.width) == [w1, w2] || abs(w1 - w2) <= 3 && found.regions.isEmpty && mismatch(page, articles) == nil, "\(at)")
                // … the second page's from after the first page's last line, and by its first line of running text.
                let start = wrapped(a, at: w1).count + 2
                let firstText = start + (wrapped(b, at: w2).firstIndex { $0.contains("，") } ?? b.count)
                #expect(found.regions.isEmpty || (start...firstText).contains(found.regions[1].firstLine), "\(at): \(found.regions), \(start)...\(firstText)")
                guard readsAt[w1]! && readsAt[w2]! else { continue }
                checked += 1
                #expect(page.layout == .hardWrapped && mismatch(page, articles) == nil, "\(at): \(mismatch(page, articles) ?? "")")
            }
        }
        #expect(checked >= 4 * names.count * 2 / 3, "pairs that read right at one width: \(checked / 4) of \(names.count)")
    }

    /// A misplaced duplicate, as the specimen has one: the end of an article's last paragraph, from after a comma
    /// past its middle, printed again after another article (one that ends in a finished sentence). In every
    /// layout — where it is a paragraph of its own (one paragraph a line) and where the layout glues it to the
    /// paragraph above (indented, hard-wrapped, flush) — it goes to `dropped` as a duplicate of the right article,
    /// every line is read once, and the page reads as the gold.
    @Test(arguments: names) func aMisplacedDuplicateIsDroppedInEveryLayout(name: String) throws {
        let articles = try Self.goldArticles(name)
        let source = try Self.indentedSource(name)
        let folded = source.map { Self.folded($0)! }
        func line(ofLastParagraph a: [String: Any]) -> Int? {
            guard let last = (a["paragraphs"] as! [String]).last.flatMap(Self.folded) else { return nil }
            let found = folded.indices.filter { folded[$0] == last }
            return found.count == 1 ? found[0] : nil
        }
        // The donor: the last news article of two paragraphs or more whose last one has a comma past its middle.
        var donor: (index: Int, fragment: String)?
        for (i, a) in articles.enumerated().reversed() where a["kind"] as? String == "news" && (a["paragraphs"] as! [String]).count >= 2 {
            guard let l = line(ofLastParagraph: a) else { continue }
            let u = Array(source[l].unicodeScalars.drop { $0 == "\u{3000}" })
            guard u.count >= 30, let comma = u[(u.count / 2)...].firstIndex(of: "，"), u.count - comma > 12 else { continue }
            donor = (i, String(String.UnicodeScalarView(u[(comma + 1)...])))
            break
        }
        // The host: the first other article that ends in a finished sentence, a blank line under it.
        guard let donor,
            let (host, hostLine) = articles.indices.lazy.compactMap({ i -> (Int, Int)? in
                guard i != donor.index, let l = line(ofLastParagraph: articles[i]), l + 1 < source.count, source[l + 1].isEmpty,
                    Markers.endsSentence(source[l])
                else { return nil }
                return (i, l)
            }).first
        else { return }
        _ = host
        let lines = Array(source[...hostLine]) + ["", donor.fragment] + Array(source[(hostLine + 1)...])
        let printings: [(String, String, PageLayout)] = [
            ("indented", lines.joined(separator: "\n"), .indented),
            ("one paragraph a line", lines.map { String($0.drop { $0 == "\u{3000}" }) }.joined(separator: "\n"), .blankLineBreaks),
            ("wrapped at 21", lines.flatMap { Self.wrappedInType($0, width: 21) }.joined(separator: "\n"), .hardWrapped),
            ("wrapped at 18", lines.flatMap { Self.wrappedInType($0, width: 18) }.joined(separator: "\n"), .hardWrapped),
            ("flush at 21", lines.flatMap { Self.wrappedInType($0, width: 21) }.map { String($0.drop { $0 == "\u{3000}" }) }.joined(separator: "\n"),
             .hardWrapped),
        ]
        for (what, text, layout) in printings {
            let at = "\(name) with a duplicate, \(what)"
            try checkReading(text, name: name, layout: layout, at: at)
            let meta = Newspapers.metadata(fromFileName: "\(name).txt")
            let page = try Pipeline().run(
                Array(text.utf8), metadata: PageMetadata(path: "\(name).txt", newspaper: meta.newspaper, issueDate: meta.date, page: meta.page))
            let duplicates = page.dropped.filter { $0.reason == .duplicate }
            #expect(duplicates.map { Self.folded($0.text)! } == [Self.folded(donor.fragment)!], "\(at)")
            if page.articles.count == articles.count { #expect(duplicates.first?.duplicateOf == page.articles[donor.index].id, "\(at)") }
            var seen: [Int: Int] = [:]
            for a in page.articles { for b in a.blocks { for l in b.lines { seen[l, default: 0] += 1 } } }
            for d in page.dropped { for l in d.range.first...d.range.last { seen[l, default: 0] += 1 } }
            for l in page.decoded.lines where !l.isBlank { #expect(seen[l.number] == 1, "\(at): line \(l.number)") }
        }
    }

    /// Nothing lost: every non-blank character of every rendering is in an article's blocks or in `dropped`.
    @Test(arguments: names) func nothingIsLost(name: String) throws {
        for (directory, _) in Self.layouts {
            let page = try Self.clip(Self.root.appendingPathComponent(directory).appendingPathComponent("\(name).txt"))
            var seen: [Int: Int] = [:]
            for a in page.articles { for b in a.blocks { for l in b.lines { seen[l, default: 0] += 1 } } }
            for d in page.dropped { for l in d.range.first...d.range.last { seen[l, default: 0] += 1 } }
            for l in page.decoded.lines where !l.isBlank { #expect(seen[l.number] == 1, "\(directory)/\(name) line \(l.number)") }
        }
    }
}
