/// What waits on an account (``WorkItem``s, overdue first, then soonest due), with the key of
/// this view.
public struct WorkList: Sendable {
    /// The records waiting, most urgent first.
    public var items: [WorkItem]
    /// What this list shows, as a key: the account, its role, the log's head and the minute of
    /// the clock it was made at. Two lists with the same key are the same list, so a front end
    /// may keep what it drew from one for the other.
    public var viewKey: String
}
