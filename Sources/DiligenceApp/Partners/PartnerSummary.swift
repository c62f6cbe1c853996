public import Foundation

/// One partner as the partner list shows it.
public struct PartnerSummary: Sendable, Hashable, Codable {
    /// The partner's id, such as `P-0001`.
    public var id: String
    /// The organisation's name.
    public var name: String
    /// Its programme country (ISO 3166 code).
    public var country: String
    /// The kind of organisation (`ngo`, `cso`, `ingo`, `government`, ...).
    public var type: String
    /// Where it stands in its lifecycle: the path of each current state.
    public var standing: [String]
    /// Whether its lifecycle has ended (closed).
    public var isComplete: Bool
    /// Its PSEA capacity (`capacity_level`), when the lifecycle has one.
    public var capacity: String?
    /// Its open risk flags, by level (`red`, `yellow`, ...).
    public var openFlags: [String: Int]
    /// The accounts assigned to follow it.
    public var officers: [String]
    /// When it was registered.
    public var registeredAt: Date

    /// How many flags are open.
    public var openFlagCount: Int { openFlags.values.reduce(0, +) }
}
