import DiligenceCore

/// A valid red flag on a partner, as a refusal names it.
public struct PartnerRedFlag: Hashable, Sendable, CustomStringConvertible {
    /// The flag record's id (`F-0001`).
    public var id: String
    /// What it is about (`sexual_exploitation_abuse`).
    public var category: String
    /// Why it was raised.
    public var reason: String

    /// `F-0001 (sexual_exploitation_abuse): reason`.
    public var description: String { "\(id) (\(category)): \(reason)" }
}

/// The valid red flags of a partner with what a refusal says of each: the flags
/// ``PartnerLock/openRedFlags(partner:db:)`` counts, with their category and reason.
enum PartnerRedFlags {
    static func open(partner: String, db: any StoreConnection) throws -> [PartnerRedFlag] {
        try PartnerLock.openRedFlags(partner: partner, db: db).map { id in
            let text = try db.value(String.self, "SELECT snapshot FROM instance WHERE subject = ?", [id])
            let context = text.flatMap(JSONValue.init(text:))?["context"]
            return PartnerRedFlag(
                id: id, category: context?["category"]?.stringValue ?? "",
                reason: context?["reason"]?.stringValue ?? "")
        }
    }
}
