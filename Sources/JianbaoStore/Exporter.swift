import Foundation
import GRDB
import JianbaoCore

/// Streams archived articles out: JSONL in the clip contract's article shape plus archive ids, CSV
/// files (articles, people, places, mentions), UTF-8 with a BOM so spreadsheets read Chinese, or TEI XML.
public enum Exporter {
    /// The columns of each CSV file, documented in docs/exports.md.
    public static let articleColumns = [
        "archiveId", "storyId", "newspaper", "issueDate", "page", "kind", "kicker", "headline", "subtitle", "source", "dateline",
        "reporters", "photographers", "continuedFromPage", "continuesOnPage", "firstLine", "lastLine", "characters", "body",
    ]
    public static let peopleColumns = ["archiveId", "name", "titles"]
    public static let placeColumns = ["archiveId", "name", "code"]
    public static let mentionColumns = ["archiveId", "kind", "name", "code", "titles", "mentions"]
    public static let numberColumns = ["archiveId", "line", "text", "value", "unit", "approximate"]

    static func articleRows(_ archive: SQLiteArchive, _ filters: SearchFilters, _ body: (Row) throws -> Void) throws {
        let (sql, args) = SQLiteArchive.filterSQL(filters)
        try archive.read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.id, COALESCE(a.storyId, a.id) AS story, n.name AS newspaper, a.date, a.pageNumber, p.path, a.json
                    FROM article a JOIN page p ON p.id = a.pageId LEFT JOIN newspaper n ON n.id = a.newspaperId
                    WHERE 1\(sql) ORDER BY a.date, n.name, a.pageNumber, a.ordinal
                    """, arguments: args)
            while let row = try cursor.next() { try body(row) }
        }
    }

    /// The stored article object (the clip contract's), as Foundation reads JSON.
    static func articleJSON(_ row: Row) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data((row["json"] as String).utf8))) as? [String: Any] ?? [:]
    }

    /// One JSON object a line: archive ids and page identity, then the article's contract fields.
    public static func jsonl(_ archive: SQLiteArchive, filters: SearchFilters, write: (String) -> Void) throws {
        try articleRows(archive, filters) { row in
            var w = JSONWriter()
            w.beginObject()
            w.field("archiveId", Int(row["id"] as Int64))
            w.field("storyId", Int(row["story"] as Int64))
            w.field("newspaper", row["newspaper"] as String?)
            w.field("issueDate", row["date"] as String?)
            w.field("page", row["pageNumber"] as Int?)
            w.field("path", row["path"] as String)
            w.endObject()
            let head = w.output.dropLast()  // drop the closing brace
            let json: String = row["json"]
            write(head + "," + json.dropFirst() + "\n")
        }
    }

    /// TEI P5 XML: a `teiCorpus` with one `TEI` per article (TEIWriter; docs/exports.md), its `xml:id`
    /// the archive id, entities read again from the stored text so they can be marked inline.
    public static func tei(_ archive: SQLiteArchive, filters: SearchFilters, write: (String) -> Void) throws {
        write(TEIWriter.corpusStart(title: "Jianbao archive export"))
        try articleRows(archive, filters) { row in
            let a = articleJSON(row)
            func pair(_ v: Any?) -> (Int, Int)? {
                guard let p = v as? [Int], p.count == 2 else { return nil }
                return (p[0], p[1])
            }
            let texts = a["paragraphs"] as? [String] ?? []
            let lines = a["paragraphLines"] as? [Any] ?? []
            var r = TEIWriter.Record(
                id: "a\(row["id"] as Int64)", kind: a["kind"] as? String ?? "other",
                paragraphs: texts.enumerated().map { ($0.element, $0.offset < lines.count ? pair(lines[$0.offset]) : nil) })
            let story: Int64 = row["story"]
            if story != row["id"] as Int64 { r.storyID = "a\(story)" }
            r.newspaper = row["newspaper"]
            r.issueDate = (row["date"] as String?).flatMap(IssueDate.init(iso:))
            r.page = row["pageNumber"]
            r.path = row["path"]
            r.kicker = a["kicker"] as? String
            r.headline = a["headline"] as? String
            r.subtitle = a["subtitle"] as? String
            r.source = a["source"] as? String
            r.dateline = (a["dateline"] as? [String: Any])?["text"] as? String
            r.reporters = a["reporters"] as? [String] ?? []
            r.photographers = a["photographers"] as? [String] ?? []
            r.lines = pair(a["lines"])
            r.continuedFromPage = a["continuedFromPage"] as? Int
            r.continuesOnPage = a["continuesOnPage"] as? Int
            r.findings = (a["findings"] as? [[String: Any]] ?? []).map {
                ($0["kind"] as? String ?? "", $0["text"] as? String ?? "", $0["line"] as? Int ?? 0, $0["message"] as? String)
            }
            write(TEIWriter.article(r))
        }
        write(TEIWriter.corpusEnd)
    }

    /// Writes articles.csv, people.csv, places.csv, mentions.csv and numbers.csv into `directory`.
    public static func csv(_ archive: SQLiteArchive, filters: SearchFilters, directory: URL) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let articles = try CSVFile(directory.appendingPathComponent("articles.csv"), columns: articleColumns)
        let people = try CSVFile(directory.appendingPathComponent("people.csv"), columns: peopleColumns)
        let places = try CSVFile(directory.appendingPathComponent("places.csv"), columns: placeColumns)
        let mentions = try CSVFile(directory.appendingPathComponent("mentions.csv"), columns: mentionColumns)
        let numbers = try CSVFile(directory.appendingPathComponent("numbers.csv"), columns: numberColumns)
        var count = 0
        try articleRows(archive, filters) { row in
            let id = String(row["id"] as Int64)
            let a = articleJSON(row)
            func s(_ k: String) -> String { (a[k] as? String) ?? "" }
            func n(_ k: String) -> String { (a[k] as? Int).map(String.init) ?? "" }
            let lines = a["lines"] as? [Int] ?? []
            let paragraphs = a["paragraphs"] as? [String] ?? []
            let dateline = (a["dateline"] as? [String: Any])?["text"] as? String ?? ""
            articles.row([
                id, String(row["story"] as Int64), row["newspaper"] ?? "", row["date"] ?? "", (row["pageNumber"] as Int?).map(String.init) ?? "",
                s("kind"), s("kicker"), s("headline"), s("subtitle"), s("source"), dateline,
                (a["reporters"] as? [String] ?? []).joined(separator: "、"), (a["photographers"] as? [String] ?? []).joined(separator: "、"),
                n("continuedFromPage"), n("continuesOnPage"), lines.first.map(String.init) ?? "", lines.last.map(String.init) ?? "",
                String(paragraphs.reduce(0) { $0 + $1.count }), paragraphs.joined(separator: "\n"),
            ])
            for p in a["people"] as? [[String: Any]] ?? [] {
                people.row([id, p["name"] as? String ?? "", (p["titles"] as? [String] ?? []).joined(separator: "、")])
            }
            for p in a["places"] as? [[String: Any]] ?? [] { places.row([id, p["name"] as? String ?? "", p["code"] as? String ?? ""]) }
            for q in a["numbers"] as? [[String: Any]] ?? [] {
                numbers.row([
                    id, (q["line"] as? Int).map(String.init) ?? "", q["text"] as? String ?? "",
                    (q["value"] as? Double).map(JSONWriter.number) ?? "", q["unit"] as? String ?? "", (q["approximate"] as? Bool) == true ? "1" : "0",
                ])
            }
            count += 1
        }
        let (sql, args) = SQLiteArchive.filterSQL(filters)
        try archive.read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT e.articleId, e.kind, e.name, e.code, e.titles, e.mentions FROM entity e
                    JOIN article a ON a.id = e.articleId LEFT JOIN newspaper n ON n.id = a.newspaperId
                    WHERE 1\(sql) ORDER BY e.articleId
                    """, arguments: args)
            while let r = try cursor.next() {
                mentions.row([
                    String(r["articleId"] as Int64), r["kind"], r["name"], r["code"] ?? "", r["titles"] ?? "", String(r["mentions"] as Int),
                ])
            }
        }
        for f in [articles, people, places, mentions, numbers] { try f.close() }
        return count
    }
}

/// An RFC 4180 CSV file, UTF-8 with a byte-order mark, written through a buffer.
final class CSVFile {
    let handle: FileHandle
    var buffer: [UInt8] = [0xEF, 0xBB, 0xBF]

    init(_ url: URL, columns: [String]) throws {
        // (Where the file cannot be made, opening it below throws the error that names it.)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        row(columns)
    }

    func row(_ fields: [String]) {
        var line = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { line += "," }
            if f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                line += "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                line += f
            }
        }
        buffer.append(contentsOf: (line + "\r\n").utf8)
        if buffer.count > 1 << 20 { flush() }
    }

    func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        try handle.close()
    }
}
