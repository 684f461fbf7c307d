import Foundation
import Testing

@testable import JianbaoCore

/// The JSON writer, which builds its document as bytes.
@Suite struct JSONWriterTests {
    @Test func stringsAreEscapedAsJSONWantsAndTheRestIsCopiedWhole() throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("标题", "他说：\"好\"\\\n\t\r\u{1}𠀀")
        w.field("n", 5)
        w.field("none", nil as String?)
        w.field("list", strings: ["周波", ""])
        w.field("pair", pair: (1, 2))
        w.endObject()
        #expect(w.output == #"{"标题":"他说：\"好\"\\\n\t\r\u0001𠀀","n":5,"none":null,"list":["周波",""],"pair":[1, 2]}"#)
        let decoded = try JSONSerialization.jsonObject(with: Data(w.output.utf8)) as? [String: Any]
        #expect(decoded?["标题"] as? String == "他说：\"好\"\\\n\t\r\u{1}𠀀")
        var pretty = JSONWriter(pretty: true)
        pretty.beginArray()
        pretty.value(1)
        pretty.endArray()
        #expect(pretty.output == "[\n  1\n]")
    }
}
