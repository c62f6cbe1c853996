import Foundation

/// A phase of a change to a training record, as ``StoreHooks`` reports it.
public enum TrainingChangePhase: Sendable, Equatable {
    /// The record was read and the change checked on a snapshot; no write lock is held.
    case read
    /// The write transaction began: the write lock is held until it ends.
    case writing
}

/// Code a test runs at the phases of the store's longer commands (an import), to see what another
/// writer can do meanwhile. Nothing is run unless a test sets it.
public final class StoreHooks: @unchecked Sendable {
    private let lock = NSLock()
    private var onTrainingChange: (@Sendable (TrainingChangePhase) -> Void)?

    init() {}

    /// Runs `hook` at each phase of every later training change.
    public func onTrainingChange(_ hook: @escaping @Sendable (TrainingChangePhase) -> Void) {
        lock.withLock { onTrainingChange = hook }
    }

    func trainingChange(_ phase: TrainingChangePhase) {
        lock.withLock { onTrainingChange }?(phase)
    }
}
