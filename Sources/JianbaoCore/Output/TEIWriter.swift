/// TEI P5 XML for digital-humanities tools: a `teiCorpus` with one `TEI` document per article. Each
/// article's header names its newspaper, date, page, file and lines (`sourceDesc/bibl`), its authors
/// and photographers, and lists the people (with their titles as `occupation`), places (with their
/// GB/T 2260 codes), organizations and findings; its text gives the heading stack as `head`s, the
/// reporters as `byline`, the dateline as `dateline`, and each paragraph as a `p` whose `n` is its page
/// lines, with people, places, organizations, dates and figures marked inline (`persName`,
/// `placeName`, `orgName`, `date when`, `measure quantity unit`) as the entity extractor reads them.
/// Documented in docs/exports.md.
public enum TEIWriter {
    /// What the writer needs of one archived or clipped article.
    public struct Record: Sendable {
        public var id: String
        public var newspaper: String?
        public var issueDate: IssueDate?
        public var page: Int?
        public var path: String?
        public var kind: String
        public var kicker: String?
        public var headline: String?
        public var subtitle: String?
        public var source: String?
        public var dateline: String?
        public var reporters: [String]
        public var photographers: [String]
        public var lines: (Int, Int)?
        public var paragraphs: [(text: String, lines: (Int, Int)?)]
        public var continuedFromPage: Int?
        public var continuesOnPage: Int?
        public var findings: [(kind: String, text: String, line: Int, message: String?)]
        /// The `xml:id` of the story's first part, for a part of a jump-stitched story that is not the first.
        public var storyID: String?
        /// What the extractor found in the article as clipped, or nil to read it again from the text.
        public var entities: Entities?

        public init(id: String, kind: String, paragraphs: [(text: String, lines: (Int, Int)?)]) {
            self.id = id
            self.kind = kind
            self.reporters = []
            self.photographers = []
            self.paragraphs = paragraphs
            self.findings = []
        }

        /// An article of a clipped page.
        public init(_ a: Article, on page: ClippedPage) {
            self.init(id: a.id, kind: a.kind.rawValue, paragraphs: a.paragraphs.map { ($0.text, ($0.range.first, $0.range.last)) })
            newspaper = page.metadata.newspaper
            issueDate = page.metadata.issueDate
            self.page = page.metadata.page
            path = page.metadata.path
            (kicker, headline, subtitle) = (a.kicker, a.headline, a.subtitle)
            source = a.source
            dateline = a.dateline?.text
            reporters = a.reporters
            photographers = a.photographers
            lines = (a.range.first, a.range.last)
            continuedFromPage = a.continuedFromPage
            continuesOnPage = a.continuesOnPage
            findings = a.findings.map { ($0.kind.rawValue, $0.text, $0.line, $0.message) }
            entities = a.entities
        }
    }

    public static func corpusStart(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <teiCorpus xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>\(Markup.escape(title))</title></titleStmt>
              <publicationStmt><p>Exported by Jianbao (剪报).</p></publicationStmt>
              <sourceDesc><p>Newspaper pages clipped into articles by jianbao clip.</p></sourceDesc>
            </fileDesc>
          </teiHeader>

        """
    }

    public static let corpusEnd = "</teiCorpus>\n"

    /// One article as a `TEI` element (indented to sit inside `teiCorpus`).
    public static func article(_ r: Record) -> String {
        let headings = [r.kicker, r.headline, r.subtitle]
        let texts = headings.compactMap { $0 } + r.paragraphs.map(\.text)
        let text = EntityText(texts)
        let entities = r.entities ?? EntityExtractor.extract(
            text, issueDate: r.issueDate, homeProvince: Gazetteer.homeProvince(ofNewspaper: r.newspaper), tableLine: { _, _ in 0 })
        var marks = [[Mark]](repeating: [], count: texts.count)
        for m in entities.mentions {
            let tag: (String, String)
            switch m.kind {
            case .person: tag = ("persName", "")
            case .place: tag = ("placeName", m.detail.map { " key=\"\(Markup.escape($0))\"" } ?? "")
            case .organization: tag = ("orgName", "")
            case .date: tag = ("date", m.detail.map { " when=\"\($0)\"" } ?? "")
            case .title: continue
            }
            marks[m.unit].append(Mark(start: m.start, end: m.end, open: "<\(tag.0)\(tag.1)>", close: "</\(tag.0)>"))
        }
        for n in NumberExtractor.extract(text) {
            let q = n.quantity
            let unit = q.unit.map { " unit=\"\(Markup.escape($0))\"" } ?? ""
            let end = n.start + q.text.unicodeScalars.count
            marks[n.unit].append(Mark(start: n.start, end: end, open: "<measure quantity=\"\(JSONWriter.number(q.value))\"\(unit)>", close: "</measure>"))
        }

        var x = "  <TEI xml:id=\"\(Markup.escape(xmlID(r.id)))\">\n    <teiHeader>\n      <fileDesc>\n        <titleStmt>\n"
        x += "          <title>\(Markup.escape(r.headline ?? r.kicker ?? r.subtitle ?? r.paragraphs.first.map { String($0.text.prefix(20)) } ?? ""))</title>\n"
        for name in r.reporters { x += "          <author>\(Markup.escape(name))</author>\n" }
        for name in r.photographers { x += "          <respStmt><resp>photograph</resp><name>\(Markup.escape(name))</name></respStmt>\n" }
        x += "        </titleStmt>\n"
        x += "        <publicationStmt><p>Exported by Jianbao (剪报).</p></publicationStmt>\n"
        x += block("notesStmt", indent: 8, r.findings.map { f in
            "<note type=\"finding\" subtype=\"\(Markup.escape(f.kind))\" n=\"\(f.line)\"><quote>\(Markup.escape(f.text))</quote>"
                + (f.message.map { " " + Markup.escape($0) } ?? "") + "</note>"
        })
        x += "        <sourceDesc>\n          <bibl>"
        if let n = r.newspaper { x += "<title level=\"j\">\(Markup.escape(n))</title>" }
        if let d = r.issueDate { x += "<date when=\"\(d.iso)\"/>" }
        if let p = r.page { x += "<biblScope unit=\"page\">\(p)</biblScope>" }
        if let l = r.lines { x += "<biblScope unit=\"line\" from=\"\(l.0)\" to=\"\(l.1)\"/>" }
        if let p = r.path { x += "<idno type=\"path\">\(Markup.escape(p))</idno>" }
        if let s = r.storyID { x += "<idno type=\"story\">\(Markup.escape(xmlID(s)))</idno>" }
        x += "</bibl>\n        </sourceDesc>\n      </fileDesc>\n"
        x += "      <profileDesc>\n        <textClass><keywords><term>\(Markup.escape(r.kind))</term></keywords></textClass>\n"
        let people = block("listPerson", indent: 10, entities.people.map { p in
            "<person><persName>\(Markup.escape(p.name))</persName>" + p.titles.map { "<occupation>\(Markup.escape($0))</occupation>" }.joined() + "</person>"
        })
        let orgs = block("listOrg", indent: 10, entities.organizations.map { "<org><orgName>\(Markup.escape($0))</orgName></org>" })
        if !people.isEmpty || !orgs.isEmpty { x += "        <particDesc>\n" + people + orgs + "        </particDesc>\n" }
        let places = block("listPlace", indent: 10, entities.places.map { p in
            "<place><placeName>\(Markup.escape(p.name))</placeName>" + (p.code.map { "<idno type=\"GB/T 2260\">\($0)</idno>" } ?? "") + "</place>"
        })
        if !places.isEmpty { x += "        <settingDesc>\n" + places + "        </settingDesc>\n" }
        x += "      </profileDesc>\n    </teiHeader>\n"

        x += "    <text>\n      <body>\n        <div type=\"\(Markup.escape(r.kind))\">\n"
        var unit = 0
        for (heading, type) in zip(headings, ["kicker", nil, "sub"]) {
            guard let heading else { continue }
            x += "          <head" + (type.map { " type=\"\($0)\"" } ?? "") + ">" + marked(heading, marks[unit]) + "</head>\n"
            unit += 1
        }
        if let p = r.continuedFromPage { x += "          <note type=\"jump\" subtype=\"from\" n=\"\(p)\"/>\n" }
        if !r.reporters.isEmpty || r.source != nil {
            x += "          <byline>"
            if let s = r.source { x += "<orgName>\(Markup.escape(s))</orgName>" }
            for name in r.reporters { x += "<name type=\"person\">\(Markup.escape(name))</name>" }
            x += "</byline>\n"
        }
        if let d = r.dateline { x += "          <dateline>\(Markup.escape(d))</dateline>\n" }
        for p in r.paragraphs {
            x += "          <p" + (p.lines.map { " n=\"\($0.0)-\($0.1)\"" } ?? "") + ">" + marked(p.text, marks[unit]) + "</p>\n"
            unit += 1
        }
        if let p = r.continuesOnPage { x += "          <note type=\"jump\" subtype=\"to\" n=\"\(p)\"/>\n" }
        x += "        </div>\n      </body>\n    </text>\n  </TEI>\n"
        return x
    }

    /// `<tag>` over one item a line, indented two more, and `</tag>`; nothing when there are no items.
    static func block(_ tag: String, indent: Int, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        let pad = String(repeating: " ", count: indent)
        return pad + "<\(tag)>\n" + items.map { pad + "  " + $0 + "\n" }.joined() + pad + "</\(tag)>\n"
    }

    struct Mark {
        var start: Int
        var end: Int
        var open: String
        var close: String
    }

    /// `text` escaped, with the marks that nest (one inside another, or apart) as elements; a mark that
    /// crosses another's edge is left out, so the XML stays well formed.
    static func marked(_ text: String, _ marks: [Mark]) -> String {
        let u = Array(text.unicodeScalars)
        var kept: [Mark] = []
        var ends: [Int] = []
        for m in marks.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) where m.start < m.end && m.end <= u.count {
            while let last = ends.last, last <= m.start { ends.removeLast() }
            if let last = ends.last, m.end > last { continue }
            // (The same span twice — a place that is also an organization's whole name — is marked once.)
            if let k = kept.last, k.start == m.start, k.end == m.end { continue }
            kept.append(m)
            ends.append(m.end)
        }
        var out = ""
        var open: [Mark] = []
        var next = 0
        for (i, s) in u.enumerated() {
            while let last = open.last, last.end == i {
                out += last.close
                open.removeLast()
            }
            while next < kept.count, kept[next].start == i {
                out += kept[next].open
                open.append(kept[next])
                next += 1
            }
            Markup.append(s, to: &out)
        }
        for m in open.reversed() { out += m.close }
        return out
    }

    /// An article id as an XML name (ids start with a letter; others get one).
    static func xmlID(_ id: String) -> String {
        let clean = String(String.UnicodeScalarView(id.unicodeScalars.map { CharClass.isASCIIAlnum($0) || $0 == "-" || $0 == "." || $0 == "_" ? $0 : "_" }))
        return clean.first.map { $0.isLetter || $0 == "_" } == true ? clean : "a" + clean
    }
}
