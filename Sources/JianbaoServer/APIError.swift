import Hummingbird
import JianbaoCore
import JianbaoStore

/// An error the reader answers with: a status, a stable code and a message; as JSON on /api, as a
/// page elsewhere. Malformed input is a 4xx with a message, never a 500.
struct APIError: Error {
    var status: HTTPResponse.Status
    var code: String
    var message: String

    static func badRequest(_ message: String, code: String = "bad-request") -> APIError { APIError(status: .badRequest, code: code, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, code: "not-found", message: message) }

    init(status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// Maps any error a handler throws to what the client sees.
    init(_ error: Error) {
        switch error {
        case let e as APIError: self = e
        case let e as SearchQueryError: self = .badRequest(e.description, code: "bad-query")
        default: self = APIError(status: .internalServerError, code: "internal", message: "the archive could not answer: \(error)")
        }
    }

    var json: Response {
        var w = JSONWriter()
        w.beginObject()
        w.key("error")
        w.beginObject()
        w.field("code", code)
        w.field("message", message)
        w.endObject()
        w.endObject()
        return Reply.json(w.output, status: status)
    }

    var html: Response {
        Reply.html(HTML.page(title: "\(status.code)", body: "<h1>\(status.code)</h1><p class=\"error\">\(HTML.escape(message))</p>"), status: status)
    }
}

/// Response helpers.
enum Reply {
    static func html(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: s)))
    }

    static func json(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: s)))
    }

    static func text(_ s: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"], body: ResponseBody(byteBuffer: ByteBuffer(string: s)))
    }
}
