import GRDB
import JianbaoCore

/// Near-duplicate articles across the archive — the same agency story in several papers, the same
/// article on two pages — by MinHash over character 5-gram shingles with LSH banding, confirmed on
/// the shingle sets themselves: Jaccard similarity, or containment for a short text inside a long one.
public enum NearDuplicates {
    public struct Options: Sendable {
        /// Articles shorter than this (characters) are left out.
        public var minimumCharacters = 80
        public var shingle = 5
        public var permutations = 64
        /// Rows per LSH band (permutations / rows bands).
        public var rowsPerBand = 2
        public var minimumJaccard = 0.5
        public var minimumContainment = 0.8
        public init() {}
    }

    public struct Member: Sendable, Equatable {
        public var articleId: Int64
        public var newspaper: String?
        public var date: String?
        public var page: Int?
        public var headline: String?
        /// Similarity to the cluster's first (longest) member: Jaccard, and containment of the shorter.
        public var jaccard: Double
        public var containment: Double
    }

    public static func clusters(in archive: SQLiteArchive, filters: SearchFilters = SearchFilters(), options: Options = Options()) throws -> [[Member]] {
        let (sql, args) = SQLiteArchive.filterSQL(filters)
        var ids: [Int64] = []
        var info: [(String?, String?, Int?, String?)] = []
        var sets: [[UInt64]] = []  // each article's shingle hashes, sorted and unique
        try archive.read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.id, n.name, a.date, a.pageNumber, a.headline, t.body FROM article a JOIN article_text t ON t.id = a.id
                    LEFT JOIN newspaper n ON n.id = a.newspaperId WHERE a.chars >= ?\(sql) ORDER BY a.chars DESC
                    """, arguments: [options.minimumCharacters] + args)
            while let r = try cursor.next() {
                let s = shingles(r["body"] ?? "", k: options.shingle)
                guard s.count >= 4 else { continue }
                ids.append(r["id"])
                info.append((r["name"], r["date"], r["pageNumber"], r["headline"]))
                sets.append(s)
            }
        }
        // MinHash signatures and LSH buckets.
        var rng: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next() -> UInt64 {
            rng &+= 0x9E37_79B9_7F4A_7C15
            var z = rng
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let seeds = (0..<options.permutations).map { _ in (next() | 1, next()) }
        var buckets: [UInt64: [Int]] = [:]
        let bands = options.permutations / options.rowsPerBand
        var signatures: [[UInt64]] = []
        signatures.reserveCapacity(sets.count)
        for (i, set) in sets.enumerated() {
            var sig = [UInt64](repeating: .max, count: options.permutations)
            for x in set {
                for (p, (a, b)) in seeds.enumerated() {
                    let h = a &* x &+ b
                    if h < sig[p] { sig[p] = h }
                }
            }
            signatures.append(sig)
            for band in 0..<bands {
                var h: UInt64 = UInt64(band) &* 0x100_0000_01B3
                for r in 0..<options.rowsPerBand { h = (h ^ sig[band * options.rowsPerBand + r]) &* 0x100_0000_01B3 }
                buckets[h, default: []].append(i)
            }
        }
        // Candidate pairs confirmed on the sets; union-find into clusters.
        var parent = Array(0..<sets.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func farApart(_ a: Int, _ b: Int) -> Bool {
            let n = options.permutations
            var agree = 0
            for p in 0..<n where signatures[a][p] == signatures[b][p] { agree += 1 }
            // An upper bound on the Jaccard similarity, four standard errors above the estimate, and the
            // containment that bound would imply for sets of these sizes.
            let estimate = Double(agree) / Double(n)
            let j = min(1, estimate + 4 * ((max(estimate, 1 / Double(n)) * (1 - estimate) / Double(n)).squareRoot()) + 1 / Double(n))
            let (large, small) = (Double(max(sets[a].count, sets[b].count)), Double(min(sets[a].count, sets[b].count)))
            let containment = j * (large + small) / (1 + j) / small
            return j < options.minimumJaccard && containment < options.minimumContainment
        }
        var checked: Set<UInt64> = []
        for members in buckets.values where members.count > 1 && members.count <= 200 {
            for x in 0..<members.count {
                for y in (x + 1)..<members.count {
                    let (a, b) = (members[x], members[y])
                    guard checked.insert(UInt64(a) << 32 | UInt64(b)).inserted else { continue }
                    // The signatures' estimate first: a pair whose Jaccard similarity, even four standard errors
                    // above the estimate, stays under both thresholds is not compared on its sets.
                    if farApart(a, b) { continue }
                    let (j, c) = similarity(sets[a], sets[b])
                    if j >= options.minimumJaccard || c >= options.minimumContainment {
                        let (ra, rb) = (find(a), find(b))
                        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in sets.indices { groups[find(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.sorted { $0.count > $1.count || $0.count == $1.count && $0[0] < $1[0] }.map { g in
            let head = g[0]
            return g.map { i in
                let (j, c) = i == head ? (1.0, 1.0) : similarity(sets[head], sets[i])
                return Member(articleId: ids[i], newspaper: info[i].0, date: info[i].1, page: info[i].2, headline: info[i].3, jaccard: j, containment: c)
            }
        }
    }

    /// Jaccard similarity and containment of the smaller set in the larger, for sets given as sorted arrays
    /// of unique hashes: one merge of the two, no hashing (the set lookups had been nine tenths of the time).
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> (Double, Double) {
        var common = 0
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                var i = 0
                var j = 0
                while i < pa.count, j < pb.count {
                    let x = pa[i]
                    let y = pb[j]
                    if x == y {
                        common += 1
                        i += 1
                        j += 1
                    } else if x < y {
                        i += 1
                    } else {
                        j += 1
                    }
                }
            }
        }
        let union = a.count + b.count - common
        return (Double(common) / Double(max(union, 1)), Double(common) / Double(max(min(a.count, b.count), 1)))
    }

    /// Hashes of the character k-grams of the text's Han, letters and digits (punctuation and blanks
    /// skipped), sorted and unique: the shingle set.
    static func shingles(_ text: String, k: Int) -> [UInt64] {
        let u = text.unicodeScalars.filter { CharClass.isHan($0) || CharClass.isASCIIAlnum($0) || CharClass.isDigit($0) }.map(\.value)
        guard u.count >= k else { return [] }
        var out = [UInt64]()
        out.reserveCapacity(u.count - k + 1)
        for i in 0...(u.count - k) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for j in i..<(i + k) { h = (h ^ UInt64(u[j])) &* 0x100_0000_01b3 }
            out.append(h)
        }
        out.sort()
        var unique = 1
        for i in 1..<out.count where out[i] != out[unique - 1] {
            out[unique] = out[i]
            unique += 1
        }
        out.removeLast(out.count - unique)
        return out
    }
}
