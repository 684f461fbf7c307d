import Foundation

/// Where page bytes come from: files, directories of *.txt, or standard input.
struct PageInput {
    var path: String

    func read() throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        return Array(try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped))
    }
}

enum PageInputs {
    /// Files as given; directories become their *.txt files, recursively, in name order.
    /// A path that does not exist is reported and counted as a failure.
    static func expand(_ paths: [String], failures: inout Int) -> [PageInput] {
        var out: [PageInput] = []
        let fm = FileManager.default
        for p in paths {
            if p == "-" {
                out.append(PageInput(path: p))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                report("\(p): no such file or directory")
                failures += 1
                continue
            }
            if isDir.boolValue {
                let base = p.hasSuffix("/") ? String(p.dropLast()) : p
                let files = (fm.enumerator(atPath: p)?.compactMap { $0 as? String } ?? [])
                    .filter { $0.lowercased().hasSuffix(".txt") }
                    .sorted()
                out += files.map { PageInput(path: base + "/" + $0) }
            } else {
                out.append(PageInput(path: p))
            }
        }
        return out
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data("jianbao: \(message)\n".utf8))
    }
}

/// Buffered standard output.
final class StandardOutput {
    private var buffer: [UInt8] = []

    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 20 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
