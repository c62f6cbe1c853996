public import DiligenceCore
public import DiligenceStore
public import Foundation

/// What `audit verify --checkpoint` found: the checkpoint it checked and the log's own check.
public struct CheckpointVerification: Sendable {
    /// The checkpoint, its signature checked.
    public var checkpoint: LogCheckpoint
    /// The key that signed it.
    public var key: SigningKeyEntry
    /// The number of events the log has now.
    public var logSeq: Int
    /// The log's chain and replay, checked as `audit verify` does.
    public var report: AuditReport
}

extension DiligenceService {
    /// Signs the log's head (its last event's number and hash, and the time) with the
    /// installation's key, created on first need.
    public func checkpoint(_ file: SigningKeyFile, by actor: AuthenticatedActor?) async throws
        -> LogCheckpoint
    {
        let key = try await signingKey(file, by: actor)
        let head = try store.logHead()
        return LogCheckpoint(seq: head.seq, hash: head.hash, signedAt: clock(), keyID: key.publicKey.id)
            .signed(with: key)
    }

    /// Proves today's log extends the one a checkpoint signed: the checkpoint read (each member
    /// once, within ``LogCheckpoint/sizeLimit``), signed by one of this installation's keys
    /// (active or retired), the event at its position there with its hash, and the whole chain
    /// and replay intact. A log cut back, or cut and written again, is refused with a
    /// ``SigningError``; a broken chain is in the report. `progress` is called as the log is
    /// checked (rows checked, the log's length).
    public func verifyCheckpoint(_ data: Data, progress: (Int, Int) -> Void = { _, _ in }) async throws
        -> CheckpointVerification
    {
        guard data.count <= LogCheckpoint.sizeLimit else {
            throw SigningError.notACheckpoint("it is larger than \(LogCheckpoint.sizeLimit / 1024) KB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SigningError.notACheckpoint("it is not UTF-8 text")
        }
        let checkpoint = try LogCheckpoint.read(text)
        guard let key = try store.signingKeys().first(where: { $0.key.id == checkpoint.keyID }) else {
            throw SigningError.checkpointKeyUnknown(keyID: checkpoint.keyID)
        }
        guard key.origin == .own else { throw SigningError.checkpointKeyForeign(keyID: checkpoint.keyID) }
        guard key.key.verifies(checkpoint.signature, of: checkpoint.signedText) else {
            throw SigningError.checkpointSignatureInvalid
        }
        let signedAt = RecordedDetermination.format(checkpoint.signedAt)
        let head = try store.logHead()
        guard head.seq >= checkpoint.seq else {
            throw SigningError.logCutBack(checkpointSeq: checkpoint.seq, logSeq: head.seq, signedAt: signedAt)
        }
        let hash = checkpoint.seq == 0 ? ContentHash.genesis : try store.eventHash(at: checkpoint.seq)
        guard hash == checkpoint.hash else {
            throw SigningError.logRewritten(seq: checkpoint.seq, signedAt: signedAt)
        }
        let report = try store.verify(progress: progress)
        return CheckpointVerification(checkpoint: checkpoint, key: key, logSeq: head.seq, report: report)
    }
}
