import DiligenceCore
public import Foundation

/// When `tick` and `serve` write a checkpoint on their own: into `directory`, once `every` has
/// passed since the newest one there (`checkpoints.directory` and `checkpoints.every` in the
/// configuration file).
public struct CheckpointSchedule: Sendable, Hashable {
    /// The folder the checkpoints are written to (an auditor copies them away from it).
    public var directory: String
    /// The time between two checkpoints.
    public var every: TimeInterval

    /// A schedule.
    public init(directory: String, every: TimeInterval) {
        self.directory = directory
        self.every = every
    }

    /// Reads an interval such as `30m`, `6h` or `1d` (from 1 minute to 366 days); `nil`
    /// otherwise.
    public static func interval(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let count = Int(text.dropLast()), count > 0 else { return nil }
        let seconds: Int
        switch unit {
        case "m": seconds = 60
        case "h": seconds = 3600
        case "d": seconds = 86_400
        default: return nil
        }
        let interval = TimeInterval(count) * TimeInterval(seconds)
        return (60...366 * 86_400).contains(interval) ? interval : nil
    }

    /// The name of the checkpoint file signed at `time`: `checkpoint-20270301T093000Z.json`,
    /// so the names sort by time.
    static func fileName(_ time: Date) -> String {
        let text = RecordedDetermination.format(time).filter { $0 != "-" && $0 != ":" }
        return "checkpoint-\(text).json"
    }
}
