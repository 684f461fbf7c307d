/// Text as XML or HTML character data and attribute values, for the TEI writer and the reader's pages:
/// & < > " ' as entities, and the control characters XML 1.0 forbids (all but tab, line feed and carriage
/// return, and U+FFFE, U+FFFF) as U+FFFD.
public enum Markup {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars { append(c, to: &out) }
        return out
    }

    @inline(__always)
    public static func append(_ c: Unicode.Scalar, to out: inout String) {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out.unicodeScalars.append("\u{FFFD}")
        default: out.unicodeScalars.append(c)
        }
    }
}
