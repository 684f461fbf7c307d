import ArgumentParser
import Foundation
import JianbaoCore

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find people, places, organizations, dates and tables in plain text.",
        discussion: """
            Reads PATH (a text file, or - for standard input) as one document, or with --lines one document \
            per non-empty line, and prints what the entity extractor finds, with character (Unicode scalar) \
            offsets into each document. Relative dates (3月4日) are resolved against --issue-date; \
            ambiguous place names prefer the province of --newspaper (辽宁日报 → Liaoning).
            """
    )

    @Argument(help: "A text file, or - for standard input.")
    var path: String

    @Flag(help: "One document per non-empty line instead of one for the whole input.")
    var lines = false

    @Option(help: "Output format: json, jsonl or text.")
    var format: Format = .json

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, text }

    @Option(name: .customLong("issue-date"), help: "Date the text was printed, YYYY-MM-DD (resolves 3月4日).")
    var issueDate: String?

    @Option(help: "Newspaper name; its province breaks ties between places of the same name.")
    var newspaper: String?

    @Option(help: "Force the encoding: utf-8, utf-16le, utf-16be, gb18030 or big5 (default: detect).")
    var encoding: String?

    func validate() throws {
        if let issueDate, IssueDate(iso: issueDate) == nil {
            throw ValidationError("--issue-date '\(issueDate)' is not a date of the form YYYY-MM-DD")
        }
        if let encoding, TextEncoding(rawValue: encoding.lowercased()) == nil {
            throw ValidationError("--encoding '\(encoding)' is not one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try PageInput(path: path).read()
        } catch {
            PageInputs.report("\(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let decoded: DecodedPage
        do {
            decoded = try PageDecoder.decode(bytes, forced: encoding.flatMap { TextEncoding(rawValue: $0.lowercased()) })
        } catch {
            PageInputs.report("\(path): \(error)")
            throw ExitCode(2)
        }
        let documents: [(line: Int, text: String)] =
            lines
            ? decoded.lines.filter { !$0.isBlank }.map { ($0.number, $0.text) }
            : [(1, decoded.lines.map(\.text).joined(separator: "\n"))]
        let date = issueDate.flatMap(IssueDate.init(iso:))
        let home = Gazetteer.homeProvince(ofNewspaper: newspaper)
        let out = StandardOutput()
        var all = JSONWriter(pretty: true)
        if format == .json {
            all.beginObject()
            all.key("documents")
            all.beginArray()
        }
        for doc in documents {
            let e = EntityExtractor.extract([doc.text], issueDate: date, homeProvince: home)
            switch format {
            case .json: EntityJSON.write(e, line: doc.line, into: &all)
            case .jsonl:
                var w = JSONWriter()
                EntityJSON.write(e, line: doc.line, into: &w)
                out.write(w.output + "\n")
            case .text: out.write(EntityJSON.text(e, line: doc.line))
            }
        }
        if format == .json {
            all.endArray()
            all.endObject()
            out.write(all.output + "\n")
        }
        out.flush()
    }
}
