import DiligenceCore
import DiligenceStore

/// How read commands write a capacity status as text (its JSON is `CapacityStatusView`).
enum CapacityStatusText {
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
