import GRDB
import GRDBSQLite

/// An INSERT prepared once per connection, bound and stepped through SQLite's C API.
///
/// An ingest writes about twenty rows an article (its row, its text to index, paragraphs, entities,
/// findings). GRDB's statement arguments — an array of existential values, each converted to a
/// `DatabaseValue` and the whole checked against the statement on every execute — cost more than
/// inserting such a small row; here each value is bound as it is. Only for the ingest's hot loop,
/// inside its transaction; a failure is GRDB's `DatabaseError`, as from any other statement.
struct RowInserter {
    enum Value {
        case int(Int64?)
        case text(String?)
    }

    let statement: Statement
    let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    func insert(_ values: Value...) throws {
        let s = statement.sqliteStatement
        var rc = SQLITE_OK
        for (i, value) in values.enumerated() where rc == SQLITE_OK {
            let index = CInt(i + 1)
            switch value {
            case .int(let v?): rc = sqlite3_bind_int64(s, index, v)
            case .text(let v?): rc = Self.bind(v, at: index, of: s)
            case .int(nil), .text(nil): rc = sqlite3_bind_null(s, index)
            }
        }
        if rc == SQLITE_OK {
            rc = sqlite3_step(s)
            if rc == SQLITE_DONE { rc = SQLITE_OK }
        }
        let failure = rc == SQLITE_OK ? nil : String(cString: sqlite3_errmsg(db.sqliteConnection))
        sqlite3_reset(s)
        if let failure {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: failure, sql: statement.sql)
        }
    }

    static func bind(_ text: String, at index: CInt, of s: OpaquePointer) -> CInt {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // An empty string still binds as text, not NULL.
                sqlite3_bind_text(s, index, chars.baseAddress ?? Self.empty, CInt(chars.count), Self.transient)
            }
        }
    }

    /// SQLite copies the bytes before the call returns (SQLITE_TRANSIENT).
    static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    nonisolated(unsafe) static let empty: UnsafePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        p.initialize(to: 0)
        return UnsafePointer(p)
    }()
}
