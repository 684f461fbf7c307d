import ArgumentParser
import Foundation
import JianbaoCore

struct Clip: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read page dumps and print the articles on them.",
        discussion: """
            PATH is a file, a directory (its *.txt files, recursively, in name order) or - for standard \
            input. Newspaper, date and page come from the options, else from a file name of the form \
            <paper>-YYYY-MM-DD-p<N>.txt (renmin-ribao-2019-10-24-p03.txt), else from the page's running \
            head, e-paper foot or masthead (人民日报　2021年3月8日　星期一　第5版), else they are null.

            Formats: json prints one document {"pages": [...]} in the clip contract (docs/clip-json.md); \
            jsonl prints one article a line as pages are read (for corpus pipelines); text prints a \
            readable dump of each page's articles with line numbers; tei prints TEI P5 XML, a teiCorpus with \
            one TEI document per article, people, places, organizations, dates and figures marked in the \
            text (docs/exports.md).

            Punctuation: by default ASCII , ; : ? ! ( ) next to Chinese text are printed full width \
            (GB/T 15834); --punctuation as-printed keeps every character as it was.

            Exit status: 0 when every page was read; 2 when a file could not be read or is not text \
            (the other files are still processed, and the error names the file and byte offset); \
            64 for bad options.
            """
    )

    @Argument(help: "Page files, directories, or - for standard input.")
    var paths: [String]

    @Option(help: "Output format: json, jsonl, text or tei.")
    var format: OutputFormat = .json

    @Option(help: "Newspaper name for every page (e.g. 人民日报).")
    var newspaper: String?

    @Option(name: .customLong("issue-date"), help: "Issue date for every page, YYYY-MM-DD.")
    var issueDate: String?

    @Option(help: "Page number for every page.")
    var page: Int?

    @Option(help: "Force the encoding: utf-8, utf-16le, utf-16be, gb18030 or big5 (default: detect).")
    var encoding: String?

    @Option(help: "full-width (default) or as-printed.")
    var punctuation: PipelineOptions.Punctuation = .fullWidth

    @Flag(help: "With --format json: one line, no indentation.")
    var compact = false

    func validate() throws {
        if let issueDate, IssueDate(iso: issueDate) == nil {
            throw ValidationError("--issue-date '\(issueDate)' is not a date of the form YYYY-MM-DD")
        }
        if let encoding, TextEncoding(rawValue: encoding.lowercased()) == nil {
            throw ValidationError("--encoding '\(encoding)' is not one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        var options = PipelineOptions()
        options.punctuation = punctuation
        options.encoding = encoding.flatMap { TextEncoding(rawValue: $0.lowercased()) }
        let pipeline = Pipeline(options: options)
        let out = StandardOutput()
        var failures = 0
        var pages: [ClippedPage] = []
        if format == .tei { out.write(TEIWriter.corpusStart(title: "jianbao clip")) }

        for input in PageInputs.expand(paths, failures: &failures) {
            let bytes: [UInt8]
            do {
                bytes = try input.read()
            } catch {
                PageInputs.report("\(input.path): \(error.localizedDescription)")
                failures += 1
                continue
            }
            let meta = metadata(for: input.path)
            let clipped: ClippedPage
            do {
                clipped = try pipeline.run(bytes, metadata: meta)
            } catch {
                PageInputs.report("\(input.path): \(error)")
                failures += 1
                continue
            }
            if let warning = clipped.decoded.replacementWarning { PageInputs.report("\(input.path): \(warning)") }
            switch format {
            case .json: pages.append(clipped)
            case .jsonl: out.write(bytes: ClipJSON.lines(clipped))
            case .text: out.write(PageDumper.dump(clipped) + "\n")
            case .tei: for a in clipped.articles { out.write(TEIWriter.article(TEIWriter.Record(a, on: clipped))) }
            }
        }
        if format == .json { out.write(ClipJSON.document(pages, pretty: !compact)) }
        if format == .tei { out.write(TEIWriter.corpusEnd) }
        out.flush()
        if failures > 0 { throw ExitCode(2) }
    }

    func metadata(for path: String) -> PageMetadata {
        Defaults(newspaper: newspaper, issueDate: issueDate, page: page).metadata(for: path)
    }

    /// Metadata given on the command line, else read from the file name.
    struct Defaults: Sendable {
        var newspaper: String?
        var issueDate: String?
        var page: Int?

        func metadata(for path: String) -> PageMetadata {
            let parsed: (newspaper: String?, date: IssueDate?, page: Int?) =
                path == "-" ? (nil, nil, nil) : Newspapers.metadata(fromFileName: path)
            return PageMetadata(
                path: path, newspaper: newspaper ?? parsed.newspaper,
                issueDate: issueDate.flatMap(IssueDate.init(iso:)) ?? parsed.date, page: page ?? parsed.page)
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, text, tei
}

extension PipelineOptions.Punctuation: ExpressibleByArgument {}
