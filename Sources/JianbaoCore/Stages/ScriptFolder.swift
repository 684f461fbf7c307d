/// Stage 1a: a page printed in traditional characters (a Hong Kong or Taiwan paper, most Big5 files) is read
/// in simplified ones. Every rule of the later stages is written in simplified characters (本报讯, 记者,
/// 新华社北京2月4日电, （下转第二版）), and so are the word list, the surnames and the gazetteer: 本報訊
/// and 記者 had read as text, and 陳明 as no name. The reading copy changes characters one for one
/// (OpenCC's table, `TraditionalData`), so every offset and width holds in both, and the text is given
/// back as printed: headings, paragraphs and blocks from the same stretch of the page's lines
/// (`PunctuationNormalizer.asPrinted`), names and the rest through `Unfolder`.
public enum ScriptFolder {
    /// Traditional character → its simplified form, one scalar each.
    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        var out: [Unicode.Scalar: Unicode.Scalar] = [:]
        for row in TSV.rows(TraditionalData.text) where row.count == 2 {
            guard let t = row[0].unicodeScalars.first, let s = row[1].unicodeScalars.first,
                row[0].unicodeScalars.count == 1, row[1].unicodeScalars.count == 1
            else { continue }
            out[t] = s
        }
        return out
    }()
    /// The characters `table` folds.
    public static let traditional = ScalarSet(table.keys)

    /// How much of a page is read to tell its script, and the share of its Han characters that must be
    /// traditional ones. (Traditional news text has one character in four or more that simplification
    /// changes; a simplified page has next to none: 乾隆, a surname 於.)
    static let sampleHan = 4000
    static let minimumShare = 0.08
    static let minimumCount = 8

    /// Whether the lines are printed in traditional characters.
    public static func isTraditional(_ lines: [SourceLine]) -> Bool {
        var han = 0
        var changed = 0
        outer: for line in lines {
            for s in line.text.unicodeScalars where CharClass.isHan(s) {
                han += 1
                if traditional.contains(s) { changed += 1 }
                if han >= sampleHan { break outer }
            }
        }
        return changed >= minimumCount && Double(changed) >= minimumShare * Double(han)
    }

    /// The lines in simplified characters, or nil where the page is not printed in traditional ones.
    public static func readingLines(_ lines: [SourceLine]) -> [SourceLine]? {
        guard isTraditional(lines) else { return nil }
        return lines.map { line in
            guard line.text.unicodeScalars.contains(where: traditional.contains) else { return line }
            return line.withText(fold(line.text))
        }
    }

    /// A traditional character's simplified form (陳 → 陈), any other scalar as it is: the archive's search
    /// tokens are folded so, and a query in either script finds text in either.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar { traditional.contains(s) ? table[s]! : s }

    /// `text` with every traditional character in its simplified form.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(fold(s)) }
        return String(out)
    }

    /// Gives text read in the simplified copy back in the page's characters where no stretch of the page
    /// says where it came from (a reporter's name, a place, a dateline): each simplified character as the
    /// page printed it most often (发 as 發, where the page also has 髮, is 發 if that is the commoner).
    public struct Unfolder: Sendable {
        var back: [Unicode.Scalar: Unicode.Scalar] = [:]

        /// From the page's lines as printed and as read.
        public init(original: [SourceLine], reading: [SourceLine]) {
            var counts: [Unicode.Scalar: [Unicode.Scalar: Int]] = [:]
            for (o, r) in zip(original, reading) where o.text != r.text {
                for (a, b) in zip(o.text.unicodeScalars, r.text.unicodeScalars) where a != b {
                    counts[b, default: [:]][a, default: 0] += 1
                }
            }
            for (folded, printed) in counts {
                back[folded] = printed.max { $0.value < $1.value || $0.value == $1.value && $0.key.value > $1.key.value }!.key
            }
        }

        public func callAsFunction(_ text: String) -> String {
            guard !back.isEmpty, text.unicodeScalars.contains(where: { back[$0] != nil }) else { return text }
            var out = String.UnicodeScalarView()
            for s in text.unicodeScalars { out.append(back[s] ?? s) }
            return String(out)
        }

        /// The article's names, source, dateline, credits and entities in the page's characters (its text
        /// is taken back from the page's lines before this).
        public func article(_ a: Article) -> Article {
            var a = a
            a.source = a.source.map(callAsFunction)
            a.dateline = a.dateline.map(dateline)
            a.reporters = a.reporters.map(callAsFunction)
            a.photographers = a.photographers.map(callAsFunction)
            for i in a.blocks.indices {
                a.blocks[i].photographers = a.blocks[i].photographers.map(callAsFunction)
                if var lead = a.blocks[i].lead {
                    lead.text = self(lead.text)
                    lead.source = lead.source.map(callAsFunction)
                    lead.dateline = lead.dateline.map(dateline)
                    lead.reporters = lead.reporters.map(callAsFunction)
                    a.blocks[i].lead = lead
                }
            }
            var e = a.entities
            e.people = e.people.map { Entities.Person(name: self($0.name), titles: $0.titles.map(callAsFunction)) }
            e.places = e.places.map { Entities.Place(name: self($0.name), code: $0.code) }
            e.organizations = e.organizations.map(callAsFunction)
            for i in e.tables.indices {
                e.tables[i].caption = e.tables[i].caption.map(callAsFunction)
                for j in e.tables[i].rows.indices {
                    e.tables[i].rows[j].name = self(e.tables[i].rows[j].name)
                    e.tables[i].rows[j].unit = self(e.tables[i].rows[j].unit)
                }
            }
            for i in e.numbers.indices {
                e.numbers[i].text = self(e.numbers[i].text)
                e.numbers[i].unit = e.numbers[i].unit.map(callAsFunction)
            }
            for i in e.mentions.indices { e.mentions[i].text = self(e.mentions[i].text) }
            a.entities = e
            for i in a.findings.indices { a.findings[i].suggestion = a.findings[i].suggestion.map(callAsFunction) }
            return a
        }

        func dateline(_ d: Dateline) -> Dateline {
            var d = d
            d.text = self(d.text)
            d.place = d.place.map(callAsFunction)
            return d
        }
    }
}
