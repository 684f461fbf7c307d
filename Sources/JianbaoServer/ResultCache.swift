import Synchronization

/// A bounded least-recently-used cache of answers, each kept with the archive's file stamp it was
/// computed against: an answer from before the archive changed (an ingest by this process or
/// another) is never served. Thread-safe; the lock is held only to look up and to store.
final class ResultCache<Key: Hashable & Sendable, Value: Sendable, Stamp: Hashable & Sendable>: Sendable {
    private struct Entry {
        var value: Value
        var stamp: Stamp
        var used: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var clock: UInt64 = 0
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// The cached answer for `key` if it was computed at `stamp`, else `compute()`'s, stored.
    func value(for key: Key, stamp: Stamp, compute: () throws -> Value) rethrows -> Value {
        guard capacity > 0 else { return try compute() }
        let hit: Value? = state.withLock { s in
            guard var e = s.entries[key], e.stamp == stamp else { return nil }
            s.clock += 1
            e.used = s.clock
            s.entries[key] = e
            return e.value
        }
        if let hit { return hit }
        let value = try compute()
        state.withLock { s in
            s.clock += 1
            s.entries[key] = Entry(value: value, stamp: stamp, used: s.clock)
            if s.entries.count > capacity {
                // Evict the least recently used eighth at once, so eviction is rare.
                let drop = s.entries.sorted { $0.value.used < $1.value.used }.prefix(max(1, capacity / 8)).map(\.key)
                for k in drop { s.entries[k] = nil }
            }
        }
        return value
    }

    var count: Int { state.withLock { $0.entries.count } }
}
