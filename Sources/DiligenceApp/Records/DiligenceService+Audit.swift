public import DiligenceStore
import Foundation

extension DiligenceService {
    /// Who read restricted allegation details and who was refused (of one case, when `subject`
    /// is given), oldest first. Without an account (the operator's audit) every read is listed;
    /// an account sees the reads of the cases its role reads, of the partners it may see.
    public func restrictedReads(subject: String? = nil, by actor: AuthenticatedActor?) async throws
        -> [EventRecord]
    {
        guard let actor else { return try store.restrictedReads(subject: subject) }
        if let subject {
            _ = try readableCase(subject, by: actor)
            return try store.restrictedReads(subject: subject)
        }
        let confidentiality = definitions.confidentiality
        guard confidentiality.role(actor.role, reads: .case) else {
            throw StoreError.caseRefused(role: actor.role, readers: confidentiality.roles(reading: .case))
        }
        let visible = try store.visiblePartners(for: actor.actor, confidentiality: confidentiality)
        let cases = Set(
            try store.allegationCases().filter { visible?.contains($0.record.partner) ?? true }.map(\.id))
        return try store.restrictedReads().filter { cases.contains($0.subject) }
    }

    /// Proves the log's hash chain unbroken and every record equal to a replay of the log, on one
    /// consistent snapshot (a write going on beside it never makes it report a false break).
    /// `progress` is called as the log is checked (rows checked, the log's length).
    public func verifyLog(progress: (Int, Int) -> Void = { _, _ in }) async throws -> AuditReport {
        try store.verify(progress: progress)
    }
}
