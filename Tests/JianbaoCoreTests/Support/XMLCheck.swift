/// A strict check of the XML Jianbao writes (no DTDs, comments or CDATA in it): every tag closes in order,
/// attributes are quoted, and text holds no raw < or & outside an entity. Returns the first problem, or nil.
/// (FoundationXML would need libxml2 on the test machine; this needs nothing.)
enum XMLCheck {
    static func problem(_ xml: String) -> String? {
        let u = Array(xml.unicodeScalars)
        var stack: [String] = []
        var i = 0
        var roots = 0
        while i < u.count {
            if u[i] == "&" {
                // (A predefined entity, or a decimal character reference: &#39;.)
                guard let semi = u[i...].prefix(8).firstIndex(of: ";"), case let ref = String(String.UnicodeScalarView(u[i...semi])),
                    ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(ref) || ref.count > 3 && ref.hasPrefix("&#") && ref.dropFirst(2).dropLast().allSatisfy(\.isASCII) && ref.dropFirst(2).dropLast().allSatisfy(\.isNumber)
                else { return "bare & at \(i)" }
                i = semi + 1
                continue
            }
            guard u[i] == "<" else {
                if u[i] == ">" { return "bare > at \(i)" }
                i += 1
                continue
            }
            guard let close = u[i...].firstIndex(of: ">") else { return "unclosed tag at \(i)" }
            let tag = String(String.UnicodeScalarView(u[(i + 1)..<close]))
            i = close + 1
            if tag.hasPrefix("?") { continue }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let body = selfClosing ? String(tag.dropLast()) : tag
            let name = String(body.prefix { $0 != " " })
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == ":" || $0 == "_" || $0 == "-" }) else { return "bad tag <\(tag)>" }
            // Attributes: name="value" pairs, values without < or raw quotes.
            var rest = Substring(body.dropFirst(name.count))
            while let eq = rest.firstIndex(of: "=") {
                let after = rest[rest.index(after: eq)...]
                guard after.first == "\"", let end = after.dropFirst().firstIndex(of: "\"") else { return "unquoted attribute in <\(tag)>" }
                if after[after.index(after: after.startIndex)..<end].contains("<") { return "< in an attribute of <\(tag)>" }
                rest = after[after.index(after: end)...]
            }
            if stack.isEmpty { roots += 1 }
            if !selfClosing { stack.append(name) }
        }
        if !stack.isEmpty { return "unclosed <\(stack.last!)>" }
        return roots == 1 ? nil : "\(roots) root elements"
    }
}
