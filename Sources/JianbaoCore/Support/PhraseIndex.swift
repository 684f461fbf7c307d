/// Finds which of many phrases start at a position of a scalar array: phrases are bucketed by their
/// first two scalars (packed into one key), longest first, behind a bitset that rejects most
/// positions with one load. Phrases must be at least two scalars long.
public struct PhraseIndex<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        var scalars: [Unicode.Scalar]
        var payload: Payload
    }

    private var buckets: [UInt64: [Entry]] = [:]
    private var filter = [UInt64](repeating: 0, count: 1 << 14)  // 2^20 bits

    public init() {}

    @inline(__always)
    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    @inline(__always)
    static func bit(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 44) }

    public mutating func insert(_ phrase: String, _ payload: Payload) {
        let s = Array(phrase.unicodeScalars)
        guard s.count >= 2 else { return }
        let k = Self.key(s[0], s[1])
        let b = Self.bit(k)
        filter[b >> 6] |= 1 << UInt64(b & 63)
        // Kept longest first; insertion finds its place instead of re-sorting the bucket.
        let entry = Entry(scalars: s, payload: payload)
        var bucket = buckets.removeValue(forKey: k) ?? []
        let at = bucket.firstIndex { $0.scalars.count < s.count } ?? bucket.count
        bucket.insert(entry, at: at)
        buckets[k] = bucket
    }

    /// Every phrase that starts at `i`, longest first.
    @inline(__always)
    public func matches(in u: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> [(length: Int, payload: Payload)] {
        guard i + 1 < u.count else { return [] }
        let k = Self.key(u[i], u[i + 1])
        let b = Self.bit(k)
        guard filter[b >> 6] & (1 << UInt64(b & 63)) != 0, let entries = buckets[k] else { return [] }
        var out: [(Int, Payload)] = []
        for e in entries where i + e.scalars.count <= u.count {
            var ok = true
            for j in 2..<e.scalars.count where u[i + j] != e.scalars[j] {
                ok = false
                break
            }
            if ok { out.append((e.scalars.count, e.payload)) }
        }
        return out
    }

    /// The longest phrase that starts at `i` of an array.
    public func longest(in u: [Unicode.Scalar], at i: Int) -> (length: Int, payload: Payload)? {
        u.withUnsafeBufferPointer { longest(in: $0, at: i) }
    }

    /// The longest phrase that starts at `i`.
    @inline(__always)
    public func longest(in u: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> (length: Int, payload: Payload)? {
        guard i + 1 < u.count else { return nil }
        let k = Self.key(u[i], u[i + 1])
        let b = Self.bit(k)
        guard filter[b >> 6] & (1 << UInt64(b & 63)) != 0, let entries = buckets[k] else { return nil }
        for e in entries where i + e.scalars.count <= u.count {
            var ok = true
            for j in 2..<e.scalars.count where u[i + j] != e.scalars[j] {
                ok = false
                break
            }
            if ok { return (e.scalars.count, e.payload) }
        }
        return nil
    }
}
