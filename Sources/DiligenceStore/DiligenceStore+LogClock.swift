public import Foundation

extension DiligenceStore {
    /// The time of the newest row of the log, or `nil` for an empty log. Commands that act at a
    /// time given by the user (`tick --now`) must not go back before it: the log is in time order.
    public func latestEventTime() throws(StoreError) -> Date? {
        try read { db in
            try db.value(String.self, "SELECT occurred_at FROM event ORDER BY seq DESC LIMIT 1")
                .flatMap(Timestamp.parse)
        }
    }
}
