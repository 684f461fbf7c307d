import Foundation

/// Where page bytes come from: files, directories of *.txt, or standard input.
struct PageInput {
    var path: String

    /// The file's bytes, read straight into the array the pipeline takes (no `Data` and no copy of it: for a
    /// day's pages that is a visible share of ingesting them).
    func read() throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(code: errno) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw ReadError(code: EISDIR) }
        var failure: Int32 = 0
        // The size the file has now, then whatever it grew by since.
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(info.st_size), 0)) { buffer, count in
            count = Self.fill(fd, buffer, &failure)
        }
        while failure == 0 {
            let more = [UInt8](unsafeUninitializedCapacity: 1 << 16) { buffer, count in count = Self.fill(fd, buffer, &failure) }
            if more.isEmpty { break }
            bytes += more
        }
        guard failure == 0 else { throw ReadError(code: failure) }
        return bytes
    }

    /// Reads into `buffer` until it is full or the file ends; the count read. An error's code goes to `failure`.
    static func fill(_ fd: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>, _ failure: inout Int32) -> Int {
        var n = 0
        while n < buffer.count {
            let r = Foundation.read(fd, buffer.baseAddress! + n, buffer.count - n)
            if r > 0 {
                n += r
            } else if r == 0 {
                break
            } else if errno != EINTR {
                failure = errno
                break
            }
        }
        return n
    }

    struct ReadError: LocalizedError {
        var code: Int32
        var errorDescription: String? { String(cString: strerror(code)) }
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

    func write(_ s: String) { write(bytes: s.utf8) }

    func write<S: Sequence>(bytes: S) where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count > 1 << 20 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
