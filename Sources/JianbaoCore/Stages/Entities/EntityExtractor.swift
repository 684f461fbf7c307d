/// Stage 8: people with their titles, places with codes, organizations, dates, tables and figures in an
/// article's headline and body (not its lead or credit). Order matters: people first (a place or
/// organization never sits inside a name), then places, organizations (not inside title chains),
/// dates, tables and figures with their units.
public enum EntityExtractor {
    /// Extracts from text units (e.g. headline, then paragraphs). Mention offsets are scalar
    /// offsets into those units.
    public static func extract(_ texts: [String], issueDate: IssueDate?, homeProvince: String?) -> Entities {
        extract(EntityText(texts), issueDate: issueDate, homeProvince: homeProvince, tableLine: { _, _ in 0 })
    }

    static func extract(
        _ text: EntityText, issueDate: IssueDate?, homeProvince: String?, tableLine: (Int, Int) -> Int
    ) -> Entities {
        let people = PersonExtractor.extract(text)
        let places = PlaceExtractor.extract(text, avoiding: people.nameSpans, homeProvince: homeProvince)
        let orgs = OrganizationExtractor.extract(text, titles: people.titleSpans, names: people.nameSpans)
        let dates = DateExtractor.extract(text, issueDate: issueDate)
        let tables = TableExtractor.extract(text)
        let numbers = NumberExtractor.extract(text)
        // A sea, river or mountain heading an organization's name names the organization (渤海大学, 华山医院),
        // also where that organization only leads a title chain.
        let placeMentions = places.mentions.filter { m in
            guard Gazetteer.isFeature(m.text) else { return true }
            let u = text.units[m.unit]
            let suffix = u.withUnsafeBufferPointer { OrganizationExtractor.suffixIndex.longest(in: $0, at: m.end) }
            return (suffix?.length ?? 0) < 2
        }
        let kept = Set(placeMentions.map(\.text))
        var mentions = people.mentions + placeMentions + orgs.mentions + dates.mentions
        mentions.sort { ($0.unit, $0.start, $0.kind.nameOrder) < ($1.unit, $1.start, $1.kind.nameOrder) }
        return Entities(
            people: people.people, places: places.places.filter { kept.contains($0.name) }, organizations: orgs.organizations, dates: dates.dates,
            tables: tables.map { t in
                var table = t.table
                table.line = tableLine(t.unit, t.start)
                return table
            },
            numbers: numbers.map { n in
                var q = n.quantity
                q.line = tableLine(n.unit, n.start)
                return q
            }, mentions: mentions)
    }

    /// The article's entities, with table lines mapped back to the page.
    public static func extract(_ article: Article, issueDate: IssueDate?, homeProvince: String?) -> Entities {
        var texts: [String] = []
        var lines: [(Int) -> Int] = []
        for h in [article.kicker, article.headline, article.subtitle].compactMap({ $0 }) {
            texts.append(h)
            let line = article.range.first
            lines.append { _ in line }
        }
        for p in article.paragraphs {
            texts.append(p.text)
            lines.append(p.line(atScalarOffset:))
        }
        return extract(EntityText(texts), issueDate: issueDate, homeProvince: homeProvince) { lines[$0]($1) }
    }
}
