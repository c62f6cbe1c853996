import DiligenceCore
import DiligenceStore
import Foundation

/// What the work candidates are made from: every partner's records, or one partner's.
struct WorkSources {
    var partners: [PartnerRecord]
    /// The partners' lifecycle snapshots, by partner id.
    var lifecycles: [String: InstanceSnapshot]
    var assessments: [AssessmentEntry]
    var cases: [AllegationCase]
    var agreements: [AgreementEntry]
    /// The pending deadlines of these records.
    var deadlines: [DeadlineRecord]

    /// Every partner's records, one pass over the portfolio.
    static func all(in store: DiligenceStore) throws -> WorkSources {
        WorkSources(
            partners: try store.partners(), lifecycles: try store.partnerInstances(),
            assessments: try store.assessments(), cases: try store.allegationCases(),
            agreements: try store.agreements(inStates: DiligenceService.agreementWaitingStates),
            deadlines: try store.deadlines(nil, pendingOnly: true))
    }

    /// The records of the partner `id`, a few lookups by partner and record.
    static func of(partner id: String, in store: DiligenceStore) throws -> WorkSources {
        let partner = try store.partner(id)
        let lifecycle = try? store.instance(id).snapshot
        var sources = WorkSources(
            partners: [partner], lifecycles: lifecycle.map { [id: $0] } ?? [:],
            assessments: try store.assessments(partner: id), cases: try store.allegationCases(partner: id),
            agreements: try store.agreements(partner: id, inStates: DiligenceService.agreementWaitingStates),
            deadlines: [])
        let subjects =
            [id] + sources.assessments.map(\.id) + sources.cases.map(\.id) + sources.agreements.map(\.id)
        for subject in subjects {
            sources.deadlines += try store.deadlines(subject, pendingOnly: true)
        }
        return sources
    }
}
