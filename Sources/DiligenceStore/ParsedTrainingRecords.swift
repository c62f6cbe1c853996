import DiligenceCore
import Foundation

/// The training records this process parsed or wrote last, each with its stored text: a record read
/// again whose text is unchanged is not parsed again (a training change refreshes the partner's
/// facts right after writing its record, which would otherwise parse the whole record once more
/// under the write lock). The text is compared in full, so a record of another database or one
/// changed by another process is parsed as usual.
final class ParsedTrainingRecords: @unchecked Sendable {
    /// How many records are kept.
    static let capacity = 4

    private let lock = NSLock()
    private var entries: [(subject: String, text: String, record: PartnerTraining)] = []

    /// The record kept for `subject` when its text is `text`.
    func record(_ subject: String, text: String) -> PartnerTraining? {
        lock.withLock { entries.first { $0.subject == subject && $0.text == text }?.record }
    }

    /// Keeps `record`, stored as `text`, for `subject`.
    func remember(_ record: PartnerTraining, text: String, subject: String) {
        lock.withLock {
            entries.removeAll { $0.subject == subject }
            entries.append((subject, text, record))
            if entries.count > Self.capacity { entries.removeFirst() }
        }
    }
}
