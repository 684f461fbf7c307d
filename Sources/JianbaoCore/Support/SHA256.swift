import CJianbaoSHA256

/// SHA-256 (FIPS 180-4) of a byte buffer, as lowercase hex. Small and dependency-free so the
/// core stays pure. Where the CPU has the SHA instructions (x86-64 with SHA-NI) the blocks go through
/// them (CJianbaoSHA256); this Swift code is the reference and the rest.
public enum SHA256 {
    /// Whether this machine's CPU compresses blocks with its SHA instructions.
    static let hardware = jianbao_sha256_hardware_available() != 0

    /// The round constants, from the C target that the SHA instructions' code shares them with.
    private static let k: [UInt32] = withUnsafeBytes(of: jianbao_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }

    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 { hex(bytes, hardware: hardware) }

    /// (`hardware: false` takes the Swift code, as tests compare the two.)
    static func hex<C: Collection>(_ bytes: C, hardware: Bool) -> String where C.Element == UInt8 {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
        )
        let total = bytes.count
        let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            digest(buffer, total: total, into: &h, hardware: hardware)
            return true
        }
        if done == nil { Array(bytes).withUnsafeBufferPointer { digest($0, total: total, into: &h, hardware: hardware) } }
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for word in [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7] {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Hashes full blocks straight from `data`, then the padded tail.
    private static func digest(
        _ data: UnsafeBufferPointer<UInt8>, total: Int, into h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
        hardware: Bool
    ) {
        var w = [UInt32](repeating: 0, count: 64)
        w.withUnsafeMutableBufferPointer { w in
            let full = data.count / 64
            if hardware, full > 0, let base = data.baseAddress {
                var state = [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7]
                jianbao_sha256_hardware_blocks(&state, base, full)
                h = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            } else {
                for block in 0..<full { compress(UnsafeBufferPointer(rebasing: data[(block * 64)..<(block * 64 + 64)]), &w, &h) }
            }
            var tail = Array(data[(full * 64)...])
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            let bits = UInt64(total) &* 8
            for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bits >> (UInt64(i) * 8))) }
            tail.withUnsafeBufferPointer { t in
                for block in 0..<(t.count / 64) { compress(UnsafeBufferPointer(rebasing: t[(block * 64)..<(block * 64 + 64)]), &w, &h) }
            }
        }
    }

    @inline(__always)
    private static func compress(
        _ m: UnsafeBufferPointer<UInt8>, _ w: inout UnsafeMutableBufferPointer<UInt32>,
        _ h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    ) {
        for i in 0..<16 {
            let j = i * 4
            w[i] = UInt32(m[j]) << 24 | UInt32(m[j + 1]) << 16 | UInt32(m[j + 2]) << 8 | UInt32(m[j + 3])
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = h
        k.withUnsafeBufferPointer { k in
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                hh = g
                g = f
                f = e
                e = d &+ t1
                d = c
                c = b
                b = a
                a = t1 &+ t2
            }
        }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
