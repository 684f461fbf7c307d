import Testing

@testable import JianbaoCore

@Suite struct TEIWriterTests {
    /// The specimen as TEI: well formed, one TEI document per article, the header's source and lists, and
    /// people, places, organizations, dates and figures marked in the text, each once.
    @Test func specimenAsTEI() throws {
        let page = try Fixtures.specimenPage()
        let xml = TEIWriter.corpusStart(title: "specimen") + page.articles.map { TEIWriter.article(TEIWriter.Record($0, on: page)) }.joined()
            + TEIWriter.corpusEnd
        #expect(XMLCheck.problem(xml) == nil, "\(XMLCheck.problem(xml) ?? "")")
        #expect(xml.components(separatedBy: "<TEI xml:id=").count - 1 == 14)
        #expect(xml.contains("<title level=\"j\">辽宁日报</title><date when=\"2020-03-05\"/><biblScope unit=\"page\">2</biblScope>"))
        #expect(xml.contains("<person><persName>孙承川</persName><occupation>庄河市营商环境建设局党组书记</occupation><occupation>局长</occupation></person>"))
        #expect(xml.contains("<place><placeName>庄河市</placeName><idno type=\"GB/T 2260\">210283</idno></place>"))
        #expect(xml.contains("<p n=\"6-6\"><placeName key=\"210283\">庄河市</placeName>营商环境建设局党组书记、局长<persName>孙承川</persName>履职不力问题。"))
        #expect(xml.contains("<orgName>省委组织部</orgName>通报<measure quantity=\"4\" unit=\"起\">4起</measure>"))
        #expect(!xml.contains("<orgName><orgName>"))
        #expect(xml.contains("<note type=\"finding\" subtype=\"repetition\""))
        #expect(xml.contains("<date when=\"2020-03-04\">"))
    }

    /// Marks that nest become nested elements; one that crosses another's edge is left out; text is escaped.
    @Test func marksNestOrAreLeftOut() {
        let marks = [
            TEIWriter.Mark(start: 0, end: 5, open: "<orgName>", close: "</orgName>"),
            TEIWriter.Mark(start: 0, end: 2, open: "<placeName>", close: "</placeName>"),
            TEIWriter.Mark(start: 4, end: 7, open: "<x>", close: "</x>"),
        ]
        #expect(TEIWriter.marked("辽宁省总工会<&>", marks) == "<orgName><placeName>辽宁</placeName>省总工</orgName>会&lt;&amp;&gt;")
        #expect(TEIWriter.xmlID("12-3") == "a12-3" && TEIWriter.xmlID("p1-3") == "p1-3")
        #expect(XMLCheck.problem("<a><b></a></b>") != nil && XMLCheck.problem("<a>x & y</a>") != nil && XMLCheck.problem("<a b=\"1\">&amp;&#39;</a>") == nil)
        #expect(Markup.escape("他说'好'\u{1}&") == "他说&#39;好&#39;\u{FFFD}&amp;")
    }
}
