import Foundation
import Hummingbird
import JianbaoCore
import JianbaoStore
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@testable import JianbaoServer

/// The reader in a real headless browser (Debian's chromium, which .ci/run installs): search 周波,
/// open the article about the 2020-03-04 meeting, check the DOM shows its headline and the marked
/// name, and save screenshots to ci-artifacts/ for people to look at.
@Suite struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    static func run(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium!)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=zh-CN"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func waitUntilServing(_ url: URL) async throws {
        for _ in 0..<100 {
            if let (_, response) = try? await URLSession.shared.data(from: url), (response as? HTTPURLResponse)?.statusCode == 200 { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        Issue.record("the server did not answer at \(url)")
    }

    @Test(.enabled(if: chromium != nil || required, "needs chromium (apt-get install chromium); CI installs it"))
    func searchAndOpenTheArticleInChromium() async throws {
        try #require(Self.chromium != nil, "chromium is not installed")
        let (archive, dir) = try ReaderTests.archive()
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = Int.random(in: 20000..<40000)
        let app = buildApplication(archive: archive, options: ServerOptions(), host: "127.0.0.1", port: port)
        let server = Task { try await app.run() }
        defer { server.cancel() }
        let base = "http://127.0.0.1:\(port)"
        try await Self.waitUntilServing(URL(string: base + "/")!)

        let artifacts = ReaderTests.repository.appendingPathComponent("ci-artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let searchURL = base + "/search?q=%E5%91%A8%E6%B3%A2"
        let searchDOM = try Self.run(["--dump-dom", searchURL])
        #expect(searchDOM.contains("<mark>周波</mark>"))
        #expect(searchDOM.contains("全省农村人居环境整治会议在沈阳召开"))
        _ = try Self.run(["--screenshot=\(artifacts.appendingPathComponent("search.png").path)", "--window-size=1280,900", searchURL])

        // Open the result about the 2020-03-04 meeting, as a reader would.
        let pattern = #"href="/article/[0-9]+">全省农村人居环境整治会议在沈阳召开"#
        let link = try #require(searchDOM.range(of: pattern, options: .regularExpression).map { String(searchDOM[$0]) })
        let path = String(link.dropFirst(6).prefix { $0 != "\"" })
        let articleDOM = try Self.run(["--dump-dom", base + path])
        #expect(articleDOM.contains("全省农村人居环境整治会议在沈阳召开"))
        #expect(articleDOM.contains("class=\"e-person\""))
        #expect(articleDOM.contains(">周波</a>"))
        #expect(articleDOM.contains("2020-03-04"))
        _ = try Self.run(["--screenshot=\(artifacts.appendingPathComponent("article.png").path)", "--window-size=1280,1100", base + path])
        #expect(FileManager.default.fileExists(atPath: artifacts.appendingPathComponent("article.png").path))
    }
}
