import Foundation
import GRDB
import JianbaoCore
import Testing

@testable import JianbaoStore

/// Tests on a real SQLite file, a new one per test.
@Suite struct ArchiveTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let specimen = repository.appendingPathComponent("Samples/liaoning-daily-2020-03-05-p2.txt")

    static func temporaryArchive() throws -> (SQLiteArchive, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("archive.sqlite")
        return (try SQLiteArchive(path: path.path), dir)
    }

    static func item(_ text: String, newspaper: String = "测试日报", date: String = "2021-01-19", page: Int) throws -> IngestItem {
        let bytes = Array(text.utf8)
        let meta = PageMetadata(path: "test-\(date)-p\(page).txt", newspaper: newspaper, issueDate: IssueDate(iso: date), page: page)
        return IngestItem(page: try Pipeline().run(bytes, metadata: meta), raw: bytes)
    }

    static func specimenItem() throws -> IngestItem {
        let bytes = Array(try Data(contentsOf: specimen))
        let meta = PageMetadata(path: specimen.path, newspaper: "辽宁日报", issueDate: IssueDate(year: 2020, month: 3, day: 5), page: 2)
        return IngestItem(page: try Pipeline().run(bytes, metadata: meta), raw: bytes)
    }

    @Test func ingestSearchAndReingest() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try archive.ingest([try Self.specimenItem()])
        #expect(first.pagesAdded == 1 && first.articles == 14)
        // 周波: a two-character name the unicode61 and trigram tokenizers cannot find.
        let zhou = try archive.search(SearchRequest(query: "周波"))
        #expect(zhou.total == 1)
        #expect(zhou.hits.first?.headline == "全省农村人居环境整治会议在沈阳召开")
        #expect(zhou.hits.first?.snippet.contains("【周波】") == true)
        // The article is about the meeting of 2020-03-04.
        let stored = try #require(try archive.article(id: zhou.hits[0].articleId))
        #expect(stored.json.contains("\"dates\":[\"2020-03-04\"]"))
        // One character.
        #expect(try archive.search(SearchRequest(query: "疫")).total == 13)
        #expect(try archive.search(SearchRequest(query: "锋")).total >= 3)
        // Phrases, exclusion, OR, filters.
        #expect(try archive.search(SearchRequest(query: "\"农村人居环境整治\"")).total == 1)
        #expect(try archive.search(SearchRequest(query: "雷锋 -志愿")).total == 1)
        #expect(try archive.search(SearchRequest(query: "周波 OR 卢柯")).total == 2)
        var filtered = SearchRequest(query: "疫情")
        filtered.filters.person = "郝春荣"
        #expect(try archive.search(filtered).total == 2)
        filtered.filters = SearchFilters()
        filtered.filters.place = "沈阳"
        #expect(try archive.search(filtered).total >= 3)
        filtered.filters.kind = "continuation"
        #expect(try archive.search(filtered).hits.allSatisfy { $0.kind == "continuation" })
        // Re-ingest: nothing changes.
        let before = try archive.totals()
        let again = try archive.ingest([try Self.specimenItem()])
        #expect(again.pagesUnchanged == 1 && again.articles == 0)
        #expect(try archive.totals() == before)
        #expect(try archive.integrityCheck() == "ok")
    }

    /// Pages clipped by several threads, the storing one among them, are stored in their given
    /// order batch by batch; a page that cannot be read or decoded is reported with its path and the
    /// others are stored, one with a few bytes that are not text among them (with a warning).
    @Test(arguments: [1, 3, 64])
    func ingesterStoresPagesInOrder(batch: Int) throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let specimen = Array(try Data(contentsOf: Self.specimen))
        let sources = (1...17).map { n in
            PageSource(path: "paper-2021-01-\(n < 10 ? "0" : "")\(n)-p1.txt") {
                if n == 5 { return [0x00, 0xFF, 0xFE, 0x00, 0x01] + Array(repeating: 0x00, count: 64) }
                if n == 9 { throw CocoaError(.fileReadNoPermission) }
                if n == 12 { return specimen + Array("\n第\(n)页".utf8).dropLast(2) }  // a copy cut inside its last character
                return specimen + Array("\n第\(n)页\n".utf8)
            }
        }
        var reported: [Int] = []
        let outcome = try Ingester(archive: archive, batchSize: batch).run(sources, metadata: { path in
            PageMetadata(path: path, newspaper: "测试日报", issueDate: IssueDate(iso: String(path.dropFirst(6).prefix(10))), page: 1)
        }) { done, total, _ in
            #expect(total == 17)
            reported.append(done)
        }
        #expect(outcome.failures.map(\.path) == [sources[4].path, sources[8].path])
        #expect(outcome.warnings.map(\.path) == [sources[11].path])
        #expect(outcome.warnings.first?.message.hasSuffix("[W201]") == true)
        #expect(outcome.summary.pagesAdded == 15 && outcome.summary.articles == 15 * 14)
        #expect(reported == Array(stride(from: batch, to: 17, by: batch)) + [17])
        let paths = try archive.read { try String.fetchAll($0, sql: "SELECT path FROM page ORDER BY id") }
        #expect(paths == sources.map(\.path).enumerated().filter { $0.offset != 4 && $0.offset != 8 }.map(\.element))
    }

    /// The ingest's inserter binds text (an empty string as text, not NULL), integers and NULL
    /// as GRDB would, reports a failed insert as a DatabaseError and stays usable after it.
    @Test func rowInserterBindsAndFailsLikeGRDB() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a INTEGER NOT NULL, b TEXT, c INTEGER)")
            let insert = try RowInserter(db, sql: "INSERT INTO t(a, b, c) VALUES (?, ?, ?)")
            try insert.insert(.int(1), .text(""), .int(nil))
            try insert.insert(.int(2), .text("周波"), .int(-7))
            try insert.insert(.int(3), .text(nil), .int(Int64.max))
            #expect(throws: DatabaseError.self) { try insert.insert(.int(nil), .text("x"), .int(0)) }
            try insert.insert(.int(4), .text("疫情防控"), .int(0))
            let rows = try Row.fetchAll(db, sql: "SELECT a, b, typeof(b), c, typeof(c) FROM t ORDER BY a")
            #expect(rows.map { $0[0] as Int64 } == [1, 2, 3, 4])
            #expect(rows.map { $0[2] as String } == ["text", "text", "null", "text"])
            #expect(rows.map { $0[1] as String? } == ["", "周波", nil, "疫情防控"])
            #expect(rows.map { $0[4] as String } == ["null", "integer", "integer", "integer"])
            #expect(rows[2][3] as Int64 == Int64.max)
        }
    }

    /// Pages stored in separate transactions leave the index in several segments; optimizing merges
    /// them into one and every search answers as before.
    @Test func optimizingTheSearchIndexKeepsTheAnswers() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let specimen = try Self.specimenItem()
        _ = try archive.ingest([specimen])
        for day in 6...8 {
            var page = specimen.page
            page.metadata = PageMetadata(path: "copy-\(day).txt", newspaper: "辽宁日报", issueDate: IssueDate(year: 2020, month: 3, day: day), page: 2)
            _ = try archive.ingest([IngestItem(page: page, raw: specimen.raw + Array("\(day)".utf8))])
        }
        let queries = ["周波", "疫", "\"农村人居环境整治\"", "雷锋 -志愿", "周波 OR 卢柯"]
        let before = try queries.map { try archive.search(SearchRequest(query: $0)) }
        let (segments, merged) = try archive.optimizeSearchIndex()
        #expect(segments >= 2 && merged == 1)
        #expect(try queries.map { try archive.search(SearchRequest(query: $0)) } == before)
        #expect(before[0].total == 4)
        #expect(try archive.integrityCheck() == "ok")
    }

    @Test func changedPageReplacesTheOldOne() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try archive.ingest([try Self.item("旧标题\n\n本报讯 记者王坤报道 旧的正文提到周波。\n", page: 3)])
        let r = try archive.ingest([try Self.item("新标题\n\n本报讯 记者王坤报道 新的正文提到郝春荣。\n", page: 3)])
        #expect(r.pagesReplaced == 1)
        #expect(try archive.totals().pages == 1)
        #expect(try archive.search(SearchRequest(query: "周波")).total == 0)
        #expect(try archive.search(SearchRequest(query: "郝春荣")).total == 1)
        // The old article's tokens left the index with it (read back through article_text).
        #expect(try archive.integrityCheck() == "ok")
    }

    /// The search index keeps no copy of the text: `article_text` reads it back from the articles' JSON,
    /// and must give exactly the text that was indexed (else the index check fails, and deleting an
    /// article would remove other tokens than it added) — quotes, backslashes, tabs, characters
    /// outside the BMP and U+2028 included, which the JSON escapes.
    @Test func articleTextIsTheIndexedText() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let odd = "引题\n“反斜杠”\n\n本报讯 记者王坤报道 他说：\"好\"。路径C:\\data\t制表\u{2028}分隔𠀋𠀋字。\n\n第二段\u{1}控制字符。\n"
        let items = [try Self.specimenItem(), try Self.item(odd, page: 3)]
        _ = try archive.ingest(items)
        let stored = try archive.read { db in
            try Row.fetchAll(db, sql: "SELECT headline, body FROM article_text ORDER BY id").map { ($0[0] as String, $0[1] as String) }
        }
        let expected = items.flatMap { $0.page.articles.map { ArticleRows($0) } }.map { ($0.headlines, $0.body) }
        #expect(stored.map(\.0) == expected.map(\.0))
        #expect(stored.map(\.1) == expected.map(\.1))
        #expect(expected.contains { $0.1.contains("C:\\data\t") && $0.1.contains("𠀋") && $0.1.contains("\u{2028}") })
        #expect(try archive.integrityCheck() == "ok")
        #expect(ArticleText.joinedLines("[]") == "")
        #expect(ArticleText.joinedLines(#"[ "a\"b" , "\u00e9\ud840\udc0b" ]"#) == "a\"b\né𠀋")
        #expect(ArticleText.joinedLines("[\"open") == nil)
        #expect(ArticleText.joinedLines("{}") == nil)
    }

    /// An archive made before the index read its text from the JSON (v4: the index kept its own copy)
    /// is upgraded on opening: the copy is dropped and the index rebuilt, and search finds what it found.
    @Test func archiveWithItsOwnTextCopyIsUpgraded() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let pool = try DatabasePool(path: path, configuration: SQLiteArchive.configuration())
            try ArchiveSchema.migrator.migrate(pool, upTo: "v4-stitched-parts-index")
            let writer = try SQLiteArchive(path: dir.appendingPathComponent("writer.sqlite").path)
            let item = try Self.specimenItem()
            try pool.write { db in
                var summary = IngestSummary()
                try writer.store(item, db: db, summary: &summary)
            }
            #expect(try pool.read { try $0.tableExists("article_fts_content") })
        }
        let archive = try SQLiteArchive(path: path)
        #expect(try archive.read { try $0.tableExists("article_fts_content") } == false)
        #expect(try archive.search(SearchRequest(query: "周波")).total == 1)
        #expect(try archive.search(SearchRequest(query: "疫")).total == 13)
        #expect(try archive.integrityCheck() == "ok")
    }

    /// A new archive is made with 16 KiB pages; one made before with SQLite's 4 KiB keeps them and works as before.
    @Test func pageSizeOfNewAndOlderArchives() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try archive.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 16384)
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE made_before (x)")
            }
        }
        let old = try SQLiteArchive(path: path)
        _ = try old.ingest([Self.specimenItem()])
        #expect(try old.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 4096)
        #expect(try old.search(SearchRequest(query: "周波")).total == 1)
        #expect(try old.integrityCheck() == "ok")
    }

    static let front = """
        加大防控物资联合组织生产攻关力度
        本报讯 记者王坤报道 省长唐一军来到沈阳，调研防疫物资生产情况。（下转第二版）

        全省春耕备耕工作全面展开
        本报讯 记者李越报道 各地春耕备耕工作全面展开，农资供应充足。
        """
    static let second = """
        加大防控物资联合组织生产攻关力度
        （上接第一版）他一个环节一个环节查看生产流程。

        另一篇文章的标题
        本报讯 记者曲宏报道 这是另一篇文章的正文。
        """

    @Test(arguments: [false, true])
    func jumpsStitchInEitherOrder(secondFirst: Bool) throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = [try Self.item(Self.front, page: 1), try Self.item(Self.second, page: 2)]
        for p in secondFirst ? pages.reversed() : pages {
            _ = try archive.ingest([p])
            _ = try archive.stitchJumps()
        }
        let hit = try #require(try archive.search(SearchRequest(query: "唐一军")).hits.first)
        let story = try #require(try archive.article(id: hit.articleId))
        #expect(story.parts.count == 1)
        let other = try #require(try archive.article(id: story.parts[0]))
        #expect(other.page == 2)
        #expect(other.storyId == story.storyId)
        // One story: a term in both parts counts once, whether the ranking reads the index alone (no
        // filters, no facets) or the articles too, and the story's hit is the same part either way.
        let plain = try archive.search(SearchRequest(query: "防控物资"))
        #expect(plain.total == 1)
        let faceted = try archive.searchWithFacets(SearchRequest(query: "防控物资")).result
        #expect(faceted.total == 1)
        #expect(faceted.hits.map(\.articleId) == plain.hits.map(\.articleId))
        #expect(plain.hits.map(\.storyId) == [story.storyId])
        // In TEI the later part names the first: idno type="story".
        var tei = ""
        try Exporter.tei(archive, filters: SearchFilters()) { tei += $0 }
        #expect(tei.components(separatedBy: "<idno type=\"story\">a\(story.storyId)</idno>").count - 1 == 1)
    }

    @Test func ambiguousJumpsAreReportedNotGuessed() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page2 = """
            第一篇续文
            （上接第一版）续文甲的正文。

            第二篇续文
            （上接第一版）续文乙的正文。
            """
        _ = try archive.ingest([try Self.item(Self.front, page: 1), try Self.item(page2, page: 2)])
        let jumps = try archive.stitchJumps()
        #expect(jumps.linked == 0)
        #expect(jumps.ambiguous.count == 1)
    }

    @Test func malformedQueriesAreClearErrors() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (q, message) in [
            ("\"周波", "the quote opened here is never closed"), ("OR 周波", "OR needs a term on each side"),
            ("-沈阳", "the query only excludes: add a term to look for"), ("，。", "「，。」 has no character that can be searched"),
        ] {
            #expect(throws: SearchQueryError.self) { try archive.search(SearchRequest(query: q)) }
            do { _ = try SearchQuery.parse(q) } catch { #expect(error.message == message) }
        }
    }

    @Test func peopleTitlesOverTime() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try archive.ingest([
            try Self.item("会议召开\n\n本报讯 记者王坤报道 省委副书记周波出席会议。\n", date: "2019-05-01", page: 1),
            try Self.item("会议召开\n\n本报讯 记者王坤报道 省委副书记周波出席会议。\n", date: "2020-03-05", page: 1),
            try Self.item("会议召开\n\n本报讯 记者王坤报道 省委常委周波出席会议。\n", date: "2021-06-01", page: 1),
        ])
        let r = try archive.person(named: "周波")
        #expect(r.articles == 3)
        #expect(r.titles.map(\.title) == ["省委副书记", "省委常委"])
        #expect(r.titles[0].first == "2019-05-01" && r.titles[0].last == "2020-03-05")
        #expect(r.titles[1].first == "2021-06-01")
        #expect(r.firstSeen == "2019-05-01" && r.lastSeen == "2021-06-01")
        let counts = try archive.counts(SearchRequest(query: "周波"), by: .year)
        #expect(counts.map(\.period) == ["2019", "2020", "2021"])
    }

    @Test func tokenizer() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        try archive.read { db in
            let t = try db.makeTokenizer(HanTokenizer.tokenizerDescriptor())
            #expect(try t.tokenize(document: "周波说 5G").map(\.token) == ["周波", "波说", "说", "5g"])
            #expect(try t.tokenize(query: "周波说").map(\.token) == ["周波", "波说"])
            #expect(try t.tokenize(query: "疫").map(\.token) == ["疫"])
            #expect(try t.tokenize(query: "ＡＢＣ１").map(\.token) == ["abc1"])
            // Traditional characters fold to simplified ones, in documents and queries alike.
            #expect(try t.tokenize(document: "陳明說").map(\.token) == ["陈明", "明说", "说"])
            #expect(try t.tokenize(query: "陳").map(\.token) == ["陈"])
        }
    }

    /// A page printed in traditional characters is kept as printed and found by a query in either script.
    @Test func aTraditionalPageIsFoundInEitherScript() throws {
        let (archive, dir) = try Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "香港經濟穩步復甦\n本報記者　陳　明\n\n　　特區政府統計處昨日公布，今年第三季本地生產總值按年實質增長3.1%，連續多個季度錄得增長。\n"
        _ = try archive.ingest([try Self.item(page, newspaper: "大公報", page: 5)])
        for query in ["特区", "特區", "统计处", "統計處", "经济 增长"] {
            #expect(try archive.search(SearchRequest(query: query)).total == 1, "\(query)")
        }
        let hit = try archive.search(SearchRequest(query: "统计处")).hits.first
        #expect(hit?.headline == "香港經濟穩步復甦")
        #expect(hit?.snippet.contains("【統計處】") == true, "\(hit?.snippet ?? "")")
        let kwic = try archive.concordance(SearchRequest(query: "统计处"), width: 4)
        #expect(kwic.map { [$0.left, $0.match, $0.right] } == [["特區政府", "統計處", "昨日公布"]])
    }
}

@Suite struct ExportAndDupesTests {
    @Test func exportsAndNearDuplicates() throws {
        let (archive, dir) = try ArchiveTests.temporaryArchive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let item = try ArchiveTests.specimenItem()
        _ = try archive.ingest([item])
        // The same page printed in another paper the next day: every article has a twin.
        var page = item.page
        page.metadata = PageMetadata(path: "other.txt", newspaper: "另一日报", issueDate: IssueDate(year: 2020, month: 3, day: 6), page: 4)
        _ = try archive.ingest([IngestItem(page: page, raw: item.raw)])

        var lines: [String] = []
        try Exporter.jsonl(archive, filters: SearchFilters()) { lines.append($0) }
        #expect(lines.count == 28)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["archiveId"] as? Int != nil && first["newspaper"] as? String != nil && first["paragraphs"] as? [String] != nil)

        var tei = ""
        try Exporter.tei(archive, filters: SearchFilters()) { tei += $0 }
        #expect(tei.hasPrefix("<?xml") && tei.hasSuffix("</teiCorpus>\n"))
        #expect(tei.components(separatedBy: "<TEI xml:id=\"a").count - 1 == 28)
        #expect(tei.contains("<title level=\"j\">另一日报</title><date when=\"2020-03-06\"/><biblScope unit=\"page\">4</biblScope>"))
        #expect(tei.contains("<persName>周波</persName>"))

        var onlyOne = SearchFilters()
        onlyOne.newspaper = "另一日报"
        let csvDir = dir.appendingPathComponent("csv")
        #expect(try Exporter.csv(archive, filters: onlyOne, directory: csvDir) == 14)
        let articles = try Data(contentsOf: csvDir.appendingPathComponent("articles.csv"))
        #expect(Array(articles.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let people = try String(contentsOf: csvDir.appendingPathComponent("people.csv"), encoding: .utf8)
        #expect(people.contains("周波,省委副书记"))
        #expect(people.contains("杨志林,省人大常委会副主任、省总工会党组书记、主席"))
        let numberBytes = try Data(contentsOf: csvDir.appendingPathComponent("numbers.csv"))
        let numbers = String(decoding: numberBytes.dropFirst(3), as: UTF8.self)
        #expect(Array(numberBytes.prefix(3)) == [0xEF, 0xBB, 0xBF] && numbers.hasPrefix("archiveId,line,text,value,unit,approximate\r\n"))
        #expect(numbers.contains(",3万余支,30000,支,1\r\n"))

        let clusters = try NearDuplicates.clusters(in: archive)
        #expect(clusters.count == 14)
        #expect(clusters.allSatisfy { $0.count == 2 && Set($0.compactMap(\.newspaper)).count == 2 })
    }

    @Test func containmentFindsAShortTextInsideALongOne() {
        let long = NearDuplicates.shingles(String(repeating: "农村人居环境整治是实施乡村振兴战略的一场硬仗，事关全面建成小康社会。", count: 1) + "要切实增强责任感和紧迫感，按照党中央决策部署和省委具体安排扎实推进。", k: 5)
        let short = NearDuplicates.shingles("农村人居环境整治是实施乡村振兴战略的一场硬仗，事关全面建成小康社会。", k: 5)
        let (j, c) = NearDuplicates.similarity(long, short)
        #expect(j < 0.6)
        #expect(c == 1.0)
    }

    /// Shingle sets are sorted arrays of unique hashes, and their merge gives what set arithmetic gives.
    @Test func shingleSetsMergeAsSetsIntersect() {
        let sentences = ["农村人居环境整治是实施乡村振兴战略的一场硬仗。", "要切实增强责任感和紧迫感。", "按照党中央决策部署扎实推进。", "全省春耕生产有序展开。", "农村人居环境整治是实施乡村振兴战略的一场硬仗。"]
        var texts: [String] = []
        for i in 0..<sentences.count { for k in 1...3 { texts.append((0..<k).map { sentences[(i + $0 * 2) % sentences.count] }.joined()) } }
        for a in texts {
            let sa = NearDuplicates.shingles(a, k: 5)
            #expect(sa == sa.sorted() && Set(sa).count == sa.count)
            for b in texts {
                let sb = NearDuplicates.shingles(b, k: 5)
                let common = Set(sa).intersection(sb).count
                let (j, c) = NearDuplicates.similarity(sa, sb)
                #expect(j == Double(common) / Double(Set(sa).union(sb).count))
                #expect(c == Double(common) / Double(min(sa.count, sb.count)))
            }
        }
    }
}
