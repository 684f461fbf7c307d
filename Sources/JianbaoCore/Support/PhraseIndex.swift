/// Finds which of many phrases start at a position of a scalar array: phrases are bucketed by their
/// first two scalars (packed into one key), longest first, behind a bitset that rejects most
/// positions with one load. Phrases must be at least two scalars long.
///
/// The bitset grows with the keys, about 32 bits a key (one key in 32 set, so about 3% of the
/// positions it does not reject are false alarms): the extractors ask some 28 indexes at every
/// position of a text, and their bitsets should stay in the core's cache (at a fixed 128 KiB each,
/// 3.5 MiB in all, they did not).
public struct PhraseIndex<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        var scalars: [Unicode.Scalar]
        var payload: Payload
    }

    private var buckets: [UInt64: [Entry]] = [:]
    private var filter = [UInt64](repeating: 0, count: Self.minimumWords)
    /// 64 minus the bitset's size in bits as a power of two: a key's bit is its hash's top bits.
    private var shift = 64 - (Self.minimumWords * 64).trailingZeroBitCount

    static var minimumWords: Int { 64 }  // 4,096 bits
    static var bitsPerKey: Int { 32 }

    public init() {}

    @inline(__always)
    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    @inline(__always)
    func bit(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift)) }

    @inline(__always)
    func mayHold(_ k: UInt64) -> Bool {
        let b = bit(k)
        return filter[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    private mutating func setBit(_ k: UInt64) {
        let b = bit(k)
        filter[b >> 6] |= 1 << UInt64(b & 63)
    }

    public mutating func insert(_ phrase: String, _ payload: Payload) {
        let s = Array(phrase.unicodeScalars)
        guard s.count >= 2 else { return }
        let k = Self.key(s[0], s[1])
        if buckets[k] == nil, (buckets.count + 1) * Self.bitsPerKey > filter.count * 64 {
            // Twice the bits, every key's bit set again.
            filter = [UInt64](repeating: 0, count: filter.count * 2)
            shift -= 1
            for key in buckets.keys { setBit(key) }
        }
        setBit(k)
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
        guard mayHold(k), let entries = buckets[k] else { return [] }
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
        guard mayHold(k), let entries = buckets[k] else { return nil }
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
