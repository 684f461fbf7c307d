/// A calendar day (proleptic Gregorian), as printed on a newspaper issue or named in its text.
public struct IssueDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil unless the day exists (2020-02-30 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= IssueDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The day a text printed in an issue of `self` means by "M月D日": this year's, or last year's
    /// when the month lies well after the issue's (a 12月 date in a January issue).
    public func resolve(month: Int, day: Int) -> IssueDate? {
        var y = year
        if month - self.month > 6 { y -= 1 } else if self.month - month > 9 { y += 1 }
        return IssueDate(year: y, month: month, day: day)
    }

    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (a: IssueDate, b: IssueDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
