public import DiligenceCore
public import DiligenceStore
public import Foundation

/// A partner as the partner list shows it: who it is and where its lifecycle stands.
public struct PartnerSummaryView: Sendable, Hashable, Codable {
    /// `P-0001`.
    public var id: String
    /// The organisation's name.
    public var name: String
    /// The programme country, ISO 3166 two-letter code.
    public var country: String
    /// The kind of organisation (`national_ngo`, ...).
    public var type: String
    /// When it was registered.
    public var registeredAt: Date
    /// The active states of its lifecycle; empty when it has none.
    public var states: [String]
    /// Whether its lifecycle has finished.
    public var complete: Bool

    /// The summary of a partner and its lifecycle's snapshot.
    public init(_ partner: PartnerRecord, _ snapshot: InstanceSnapshot?) {
        id = partner.id
        name = partner.name
        country = partner.country
        type = partner.type.rawValue
        registeredAt = partner.registeredAt
        states = snapshot?.activeStates ?? []
        complete = snapshot?.isComplete ?? false
    }

    enum CodingKeys: String, CodingKey {
        case id, name, country, type
        case registeredAt = "registered_at"
        case states, complete
    }
}
