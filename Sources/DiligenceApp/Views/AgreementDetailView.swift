public import DiligenceCore
public import DiligenceStore

/// An agreement as `agreement show` writes it: the summary of `agreement list`, and beside its keys
/// the version shown with its clauses, every decision and version, the facts the agreement gives
/// its workflow and the red flags on its partner.
public struct AgreementDetailView: Sendable, Hashable, Codable {
    /// A valid red flag on the agreement's partner, which keeps the agreement from being cleared.
    public struct PartnerRedFlag: Sendable, Hashable, Codable {
        /// The flag's id (`F-0001`), what it is about, and why it was raised.
        public var id: String, category: String, reason: String
    }

    /// The version shown and everything recorded on the agreement.
    public struct Record: Sendable, Hashable, Codable {
        /// The version whose clauses are shown.
        public var shownVersion: AgreementVersionView
        /// Its clauses, each with the decision standing on it in that version.
        public var clauses: [ClauseFindingView]
        /// Every decision on every version, in order.
        public var decisions: [ClauseDecisionView]
        /// Every version.
        public var versions: [AgreementVersionView]
        /// The facts the agreement gives its workflow.
        public var facts: [String: JSONValue]
        /// The valid red flags on its partner.
        public var partnerRedFlags: [PartnerRedFlag]

        enum CodingKeys: String, CodingKey {
            case shownVersion = "shown_version"
            case clauses, decisions, versions, facts
            case partnerRedFlags = "partner_red_flags"
        }
    }

    /// The agreement as listed.
    public var summary: AgreementSummaryView
    /// The version shown and the record, written beside the summary's keys.
    public var record: Record

    /// The view of an agreement with `version`'s clauses (the current version's when `nil` or
    /// when it has no such version).
    public init(_ entry: AgreementEntry, version: Int? = nil) {
        let agreement = entry.record
        let shown = version.flatMap(agreement.version) ?? agreement.current
        summary = AgreementSummaryView(entry)
        record = Record(
            shownVersion: AgreementVersionView(shown),
            clauses: shown.findings.map {
                ClauseFindingView($0, decision: agreement.decision(on: $0.clause, version: shown.number))
            },
            decisions: agreement.decisions.map(ClauseDecisionView.init),
            versions: agreement.versions.map(AgreementVersionView.init),
            facts: agreement.facts(partnerOpenRedFlags: entry.partnerRedFlags.count).mapValues(\.json),
            partnerRedFlags: entry.partnerRedFlags.map {
                PartnerRedFlag(id: $0.id, category: $0.category, reason: $0.reason)
            })
    }

    /// Reads an agreement: the summary's keys and the record's from one object.
    public init(from decoder: any Decoder) throws {
        (summary, record) = try MergedKeys.decode(from: decoder)
    }

    /// Writes the summary's keys and the record's in one object.
    public func encode(to encoder: any Encoder) throws {
        try MergedKeys.encode(summary, record, to: encoder)
    }
}
