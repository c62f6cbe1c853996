/// A partner agreement as the store keeps it: the partner, every imported version with the
/// findings made on it, and procurement's decisions on its clauses. Changed only by
/// ``applying(_:actor:at:)``.
public struct AgreementRecord: Hashable, Sendable {
    /// The partner the agreement is with (`P-0001`).
    public var partner: String
    /// The versions in import order; the last is the current one. Never empty.
    public var versions: [AgreementVersion]
    /// Every decision on a clause, in the order it was made (history is never lost).
    public var decisions: [ClauseDecision]

    /// Creates a record with its first version.
    public init(partner: String, first: AgreementVersion, decisions: [ClauseDecision] = []) {
        self.partner = partner
        self.versions = [first]
        self.decisions = decisions
    }

    /// The version under review: the last imported.
    public var current: AgreementVersion { versions[versions.count - 1] }

    /// The standing decision on a clause in a version: the last decision made on it there, or
    /// `nil` when nobody decided yet. Decisions belong to the version they were made on: a new
    /// version is reviewed afresh.
    public func decision(on clause: String, version: Int? = nil) -> ClauseDecision? {
        let number = version ?? current.number
        return decisions.last { $0.clause == clause && $0.version == number }
    }

    /// The version with a number (1-based), if there is one.
    public func version(_ number: Int) -> AgreementVersion? {
        versions.first { $0.number == number }
    }
}
