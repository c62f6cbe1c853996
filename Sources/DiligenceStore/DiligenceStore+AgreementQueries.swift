import DiligenceCore
import Foundation

extension DiligenceStore {
    /// One agreement; `unknownSubject` with a suggestion, or `notAnAgreement` for another record.
    public func agreement(_ id: String) throws(StoreError) -> AgreementEntry {
        let instance = try instance(id)
        let found = try read { db -> (AgreementRecord, [PartnerRedFlag])? in
            guard let record = try AgreementRows.record(id, db: db) else { return nil }
            return (record, try PartnerRedFlags.open(partner: record.partner, db: db))
        }
        guard let (record, flags) = found else { throw .notAnAgreement(id) }
        return AgreementEntry(id: id, record: record, instance: instance, partnerRedFlags: flags)
    }

    /// Every agreement (of one partner, when `partner` is given; in one of `states`, when given:
    /// those whose workflow is in any of these states), in id order.
    public func agreements(partner: String? = nil, inStates states: [String]? = nil) throws(StoreError)
        -> [AgreementEntry]
    {
        try read { db in
            var flags: [String: [PartnerRedFlag]] = [:]
            return try Self.recordRows(
                kind: AgreementRows.kind, partner: partner, inStates: states, db: db,
                decode: AgreementRecord.init(json:)
            ).map { record, instance in
                if flags[record.partner] == nil {
                    flags[record.partner] = try PartnerRedFlags.open(partner: record.partner, db: db)
                }
                return AgreementEntry(
                    id: instance.subject, record: record, instance: instance,
                    partnerRedFlags: flags[record.partner] ?? [])
            }
        }
    }

    /// The partner's current agreement (the most recently imported one not withdrawn), if any.
    public func currentAgreement(partner: String) throws(StoreError) -> String? {
        try read { db in try AgreementRows.currentAgreement(partner: partner, db: db)?.subject }
    }
}
