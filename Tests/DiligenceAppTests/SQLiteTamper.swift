import Foundation
import GRDB

/// Plain SQL on a database file behind the layer's back: how the tests tamper with it.
enum SQLiteTamper {
    static func execute(_ sql: String, at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }
}
