public import Foundation

/// A status recorded for a partner instead of a capacity rating: not assessed, low capacity
/// assumed in an emergency, or no contact with beneficiaries, with who decided it and why.
public struct CapacityStatusRecord: Hashable, Sendable {
    /// The partner it is recorded for.
    public var partner: String
    /// The status (never ``CapacityStanding/rated(_:)``).
    public var status: CapacityStanding
    /// Why, in the words of the person who recorded it.
    public var reason: String
    /// When it was recorded (whole seconds, UTC).
    public var at: Date
    /// For low capacity assumed in an emergency: the day by which the partner is to be assessed.
    public var assessBy: LocalDate?

    /// Creates a status record.
    public init(
        partner: String, status: CapacityStanding, reason: String, at: Date, assessBy: LocalDate? = nil
    ) {
        self.partner = partner
        self.status = status
        self.reason = reason
        self.at = at
        self.assessBy = assessBy
    }

    /// The record as JSON: `{"partner", "status", "reason", "at", "assess_by"?}`.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "partner": .string(partner), "status": .string(status.name), "reason": .string(reason),
            "at": .string(RecordedDetermination.format(at)),
        ]
        if let assessBy { object["assess_by"] = .string(assessBy.description) }
        return .object(object)
    }

    /// Reads a status record back from its JSON; `nil` when it is not one.
    public init?(json: JSONValue) {
        guard let partner = json["partner"]?.stringValue,
            let status = json["status"]?.stringValue.flatMap(CapacityStanding.init(name:)),
            let reason = json["reason"]?.stringValue,
            let at = json["at"]?.stringValue.flatMap(RecordedDetermination.parse)
        else { return nil }
        if case .rated = status { return nil }
        self.init(
            partner: partner, status: status, reason: reason, at: at,
            assessBy: json["assess_by"]?.stringValue.flatMap(LocalDate.init))
    }
}
