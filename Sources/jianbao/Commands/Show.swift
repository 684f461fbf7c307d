import ArgumentParser
import Foundation
import JianbaoCore
import JianbaoStore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an archived article (and the other parts of its story) with its provenance.")

    @Argument(help: "Article id (as search prints it).")
    var id: Int64

    @OptionGroup var archive: ArchiveOption

    @Option(help: "Output format: text or json (the clip contract's article object plus archive ids).")
    var format: TextOrJSON = .text

    func run() throws {
        let store = try archive.open()
        guard let a = try store.article(id: id) else {
            PageInputs.report("no article \(id) in \(archive.path)")
            throw ExitCode(1)
        }
        if format == .json {
            print("{\"archiveId\": \(a.id), \"storyId\": \(a.storyId), \"parts\": [\(a.parts.map(String.init).joined(separator: ", "))], \"article\": \(a.json)}")
            return
        }
        let obj = try JSONSerialization.jsonObject(with: Data(a.json.utf8)) as? [String: Any] ?? [:]
        print("#\(a.id)  \(a.newspaper ?? "-") \(a.date ?? "-") 第\(a.page.map(String.init) ?? "?")版  \(a.pagePath)  lines \(obj["lines"] ?? "")")
        for key in ["kicker", "headline", "subtitle"] { if let v = obj[key] as? String { print("\(key): \(v)") } }
        if let s = obj["source"] as? String { print("source: \(s)") }
        if let r = obj["reporters"] as? [String], !r.isEmpty { print("reporters: \(r.joined(separator: "、"))") }
        print("")
        for p in obj["paragraphs"] as? [String] ?? [] { print("　　\(p)") }
        if !a.parts.isEmpty { print("\nother parts of this story: \(a.parts.map { "#\($0)" }.joined(separator: ", "))") }
    }
}
