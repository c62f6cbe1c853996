import DiligenceStore

/// What the list commands of the record kinds (`assessment list`, `agreement list`) share: the
/// `--partner` check and the line printed when nothing is listed.
enum RecordListing {
    /// Refuses a `--partner` that names no registered partner (with a suggestion).
    static func checkPartner(_ partner: String?, store: DiligenceStore) throws {
        if let partner { _ = try storeCall { try store.partner(partner) } }
    }

    /// `no assessments match` when `--partner` or `--status` filtered the list, otherwise
    /// `no assessments yet; ` and how to make the first one.
    static func nothingListed(_ records: String, filtered: Bool, firstOne: String) -> String {
        "no \(records)" + (filtered ? " match" : " yet; \(firstOne)")
    }
}
