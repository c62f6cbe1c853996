/// The types of assistance of the UN Victim Assistance Protocol (2019).
public enum AssistanceType: String, CaseIterable, Sendable {
    /// Safety and protection.
    case safetyProtection = "safety_protection"
    /// Medical care.
    case medicalCare = "medical_care"
    /// Psychosocial support.
    case psychosocialSupport = "psychosocial_support"
    /// Legal assistance.
    case legalAssistance = "legal_assistance"
    /// Basic material assistance.
    case materialAssistance = "material_assistance"
    /// Education and livelihood support (and support for children born of SEA).
    case educationLivelihood = "education_livelihood"

    /// The names commands and records use.
    public static let names = allCases.map(\.rawValue)
}

/// Where one type of assistance stands.
public enum AssistanceStatus: String, CaseIterable, Sendable {
    /// Offered to the victim/survivor.
    case offered
    /// Accepted by the victim/survivor.
    case accepted
    /// Provided.
    case provided
    /// Declined by the victim/survivor.
    case declined

    /// The names commands and records use.
    public static let names = allCases.map(\.rawValue)
}

/// One step of assistance: a type, its status and the day. Restricted: it is sealed before it
/// is stored, and only its status is counted in the clear.
public struct AssistanceEntry: Hashable, Sendable {
    /// The type of assistance.
    public var type: AssistanceType
    /// Offered, accepted, provided or declined.
    public var status: AssistanceStatus
    /// The day it happened.
    public var date: LocalDate

    /// Creates an entry.
    public init(type: AssistanceType, status: AssistanceStatus, date: LocalDate) {
        self.type = type
        self.status = status
        self.date = date
    }

    /// `{"date": ..., "status": ..., "type": ...}`.
    public var json: JSONValue {
        .object([
            "type": .string(type.rawValue), "status": .string(status.rawValue),
            "date": .string(date.description),
        ])
    }

    /// The entry a JSON object describes; `nil` when it describes none.
    public init?(json: JSONValue) {
        guard let type = json["type"]?.stringValue.flatMap(AssistanceType.init(rawValue:)),
            let status = json["status"]?.stringValue.flatMap(AssistanceStatus.init(rawValue:)),
            let date = json["date"]?.stringValue.flatMap({ LocalDate($0) })
        else { return nil }
        self.init(type: type, status: status, date: date)
    }
}
