import Foundation
import Synchronization

/// The demo's simulated clock: the script moves it on, the application layer reads it.
final class DemoClock: Sendable {
    private let time: Mutex<Date>

    init(_ start: Date) { time = Mutex(start) }

    /// The demo's time now.
    var now: Date { time.withLock { $0 } }

    /// Moves the clock to `date`.
    func set(_ date: Date) { time.withLock { $0 = date } }
}
