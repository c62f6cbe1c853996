import DiligenceCore
import DiligenceStore

/// How read commands write a capacity status.
enum CapacityStatusJSON {
    /// `{"kind": "capacity_status", "id", "partner", "status", "reason", "recorded_at", "assess_by", "states", "current"}`.
    static func object(_ entry: CapacityStatusEntry) -> JSONValue {
        .object([
            "kind": "capacity_status", "id": .string(entry.id), "partner": .string(entry.record.partner),
            "status": .string(entry.record.status.name), "reason": .string(entry.record.reason),
            "recorded_at": .string(RecordedDetermination.format(entry.record.at)),
            "assess_by": entry.record.assessBy.map { .string($0.description) } ?? .null,
            "states": .array(entry.states.map(JSONValue.string)),
            "current": .bool(!entry.states.contains(CapacityStatusKind.superseded.name)),
        ])
    }

    /// The lines `assessment show CS-0001` prints.
    static func lines(_ entry: CapacityStatusEntry) -> [String] {
        var lines = [
            "\(entry.id)  capacity status of \(entry.record.partner): \(entry.record.status.name)",
            "recorded    \(RecordedDetermination.format(entry.record.at))",
            "reason      \(entry.record.reason)",
            "standing    \(entry.states.joined(separator: ", "))",
        ]
        if let assessBy = entry.record.assessBy { lines.append("assess by   \(assessBy)") }
        return lines
    }
}
