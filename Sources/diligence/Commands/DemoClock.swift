import Foundation

/// The demo's simulated clock: the script moves it on, the application layer reads it.
final class DemoClock: @unchecked Sendable {
    // `value` is read and written only under `lock`.
    private let lock = NSLock()
    private var value: Date

    init(_ start: Date) { value = start }

    /// The demo's time now.
    var now: Date {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
