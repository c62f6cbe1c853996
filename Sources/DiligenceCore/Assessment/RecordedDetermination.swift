public import Foundation

/// A determination of capacity as an assessment recorded it: the level the UN ratings gave when
/// the reviewer confirmed it, when, and the end of the period it opened (the plan's period for a
/// preliminary determination, the validity for a final one).
public struct RecordedDetermination: Hashable, Sendable {
    /// The capacity level determined.
    public var capacity: CapacityLevel
    /// The scoring model's figure (weighted sum or standards met).
    public var score: Int
    /// The instant it was recorded (whole seconds, UTC).
    public var at: Date
    /// The last day of its period, exclusive: for a preliminary determination the day the plan
    /// is due, for a final one the first day it is no longer valid.
    public var periodEndsOn: LocalDate
}

extension RecordedDetermination {
    /// The day it was recorded (UTC).
    public var on: LocalDate { LocalDate(at) }

    /// The determination as JSON: `{"capacity", "score", "at", "on", "period_ends_on"}`.
    public var json: JSONValue {
        .object([
            "capacity": .string(capacity.rawValue), "score": .int(score), "at": .string(Self.format(at)),
            "on": .string(on.description), "period_ends_on": .string(periodEndsOn.description),
        ])
    }

    /// Reads a determination back from its JSON; `nil` when it is not one.
    public init?(json: JSONValue) {
        guard let capacity = json["capacity"]?.stringValue.flatMap(CapacityLevel.init(rawValue:)),
            let score = json["score"]?.intValue, let at = json["at"]?.stringValue.flatMap(Self.parse),
            let ends = json["period_ends_on"]?.stringValue.flatMap(LocalDate.init)
        else { return nil }
        self.init(capacity: capacity, score: score, at: at, periodEndsOn: ends)
    }

    /// `2026-03-01T09:30:00Z`.
    public static func format(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let day = LocalDate(instant)
        let time = seconds - day.daysSinceEpoch * 86_400
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(pad(time / 3600)):\(pad(time / 60 % 60)):\(pad(time % 60))Z"
    }

    /// Reads `2026-03-01T09:30:00Z`; `nil` for anything else.
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let day = LocalDate(parts[0]), parts[1].hasSuffix("Z") else { return nil }
        let clock = parts[1].dropLast().split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]),
            (0..<60).contains(clock[2])
        else { return nil }
        return day.startOfDay.addingTimeInterval(Double(clock[0] * 3600 + clock[1] * 60 + clock[2]))
    }
}
