import Dispatch
import Foundation
import JianbaoCore

/// Where one page's bytes come from.
public struct PageSource: Sendable {
    public var path: String
    public var read: @Sendable () throws -> [UInt8]

    public init(path: String, read: @escaping @Sendable () throws -> [UInt8]) {
        self.path = path
        self.read = read
    }

    /// A file on disk (memory-mapped).
    public static func file(_ path: String) -> PageSource {
        PageSource(path: path) { Array(try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)) }
    }
}

/// Clips pages on all cores and stores them batch by batch, one transaction a batch, so an
/// interrupted run leaves whole batches behind and a second run skips what is there.
public struct Ingester {
    public var archive: SQLiteArchive
    public var pipeline: Pipeline
    public var batchSize: Int

    public init(archive: SQLiteArchive, pipeline: Pipeline = Pipeline(), batchSize: Int = 64) {
        self.archive = archive
        self.pipeline = pipeline
        self.batchSize = max(1, batchSize)
    }

    public struct Outcome: Sendable {
        public var summary = IngestSummary()
        public var jumps = JumpSummary()
        public var failures: [(path: String, message: String)] = []
        /// Pages stored with a warning (a few bytes that were not text, read as U+FFFD).
        public var warnings: [(path: String, message: String)] = []
    }

    /// Ingests `sources` in their order; `progress(done, total, summary)` is called after each
    /// batch is stored.
    ///
    /// Work-conserving on every core: clipping threads (one core fewer than the machine has, at
    /// least one) run up to two batches ahead of the store, and the calling thread, which stores
    /// each batch in turn, clips the pages of the next batch that no one has taken yet while it
    /// waits for that batch. So neither the store nor the clipping leaves a core idle while the
    /// other has work.
    public func run(
        _ sources: [PageSource], metadata: @escaping @Sendable (String) -> PageMetadata,
        progress: (Int, Int, IngestSummary) -> Void = { _, _, _ in }
    ) throws -> Outcome {
        var outcome = Outcome()
        let work = ClipWork(sources: sources, pipeline: pipeline, metadata: metadata, lookahead: 2 * batchSize)
        let threads = (0..<min(Self.clipWorkers, sources.count)).map { n in
            let thread = Thread { work.clipAhead() }
            thread.name = "jianbao-clip-\(n)"
            return thread
        }
        threads.forEach { $0.start() }
        defer { work.stop() }
        for start in stride(from: 0, to: sources.count, by: batchSize) {
            let end = min(start + batchSize, sources.count)
            var items: [IngestItem] = []
            for (i, result) in zip(start..<end, work.results(start..<end)) {
                switch result {
                case .success(let item):
                    if let warning = item.page.decoded.replacementWarning { outcome.warnings.append((sources[i].path, warning)) }
                    items.append(item)
                case .failure(let message): outcome.failures.append((sources[i].path, message))
                }
            }
            outcome.summary = outcome.summary + (try archive.ingest(items))
            progress(end, sources.count, outcome.summary)
        }
        outcome.jumps = try archive.stitchJumps()
        return outcome
    }

    /// Threads that clip ahead of the store: one core fewer than the machine has (at least one);
    /// the storing thread clips too whenever its next batch is not ready.
    static var clipWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount - 1) }

    enum Result {
        case success(IngestItem)
        case failure(String)
    }

    /// The pages of one ingest, clipped in any order by any thread and handed to the store in
    /// their order. Pages are claimed one at a time; the clipping threads claim no page more than
    /// `lookahead` pages past the batch being stored, which bounds memory.
    final class ClipWork: @unchecked Sendable {
        let sources: [PageSource]
        let pipeline: Pipeline
        let metadata: @Sendable (String) -> PageMetadata
        let lookahead: Int
        let condition = NSCondition()
        var slots: [Result?]
        var claimed = 0
        var delivered = 0
        var stopped = false

        init(sources: [PageSource], pipeline: Pipeline, metadata: @escaping @Sendable (String) -> PageMetadata, lookahead: Int) {
            self.sources = sources
            self.pipeline = pipeline
            self.metadata = metadata
            self.lookahead = max(1, lookahead)
            slots = Array(repeating: nil, count: sources.count)
        }

        /// A clipping thread's loop: claim the next page within the lookahead, clip it, repeat.
        func clipAhead() {
            while true {
                condition.lock()
                while !stopped, claimed < sources.count, claimed >= delivered + lookahead { condition.wait() }
                guard !stopped, claimed < sources.count else {
                    condition.unlock()
                    return
                }
                let i = claimed
                claimed += 1
                condition.unlock()
                finish(i, clip(i))
            }
        }

        /// The results for `range` (the next batch), clipping its unclaimed pages on this thread.
        func results(_ range: Range<Int>) -> [Result] {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if range.allSatisfy({ slots[$0] != nil }) { break }
                if claimed < range.upperBound {
                    let i = claimed
                    claimed += 1
                    condition.unlock()
                    let result = clip(i)
                    condition.lock()
                    slots[i] = result
                } else {
                    condition.wait()
                }
            }
            let out = range.map { slots[$0]! }
            for i in range { slots[i] = nil }
            delivered = range.upperBound
            condition.broadcast()
            return out
        }

        func finish(_ i: Int, _ result: Result) {
            condition.lock()
            slots[i] = result
            condition.broadcast()
            condition.unlock()
        }

        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }

        func clip(_ i: Int) -> Result {
            let source = sources[i]
            do {
                let bytes = try source.read()
                do {
                    return .success(IngestItem(page: try pipeline.run(bytes, metadata: metadata(source.path)), raw: bytes))
                } catch {
                    return .failure("\(error)")
                }
            } catch {
                return .failure(error.localizedDescription)
            }
        }
    }
}
