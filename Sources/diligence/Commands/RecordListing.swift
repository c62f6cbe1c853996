/// What the list commands of the record kinds (`assessment list`, `agreement list`) share: the line
/// printed when nothing is listed.
enum RecordListing {
    /// `no assessments match` when `--partner` or `--status` filtered the list, otherwise
    /// `no assessments yet; ` and how to make the first one.
    static func nothingListed(_ records: String, filtered: Bool, firstOne: String) -> String {
        "no \(records)" + (filtered ? " match" : " yet; \(firstOne)")
    }
}
