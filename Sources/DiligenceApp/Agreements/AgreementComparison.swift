public import DiligenceCore

/// What changed from one version of an agreement to the next: the clauses that appeared (absent
/// before, found now), disappeared (found before, absent now) or changed finding (present and
/// partial), and, for each of those and for a clause whose passage was reworded, the passages
/// side by side.
public struct AgreementComparison: Sendable {
    /// The agreement and the two versions compared.
    public var agreement: String
    public var before: AgreementVersion
    public var after: AgreementVersion
    /// One row per clause whose finding or passage changed, in catalogue order.
    public var changes: [Change]

    /// A clause's change.
    public struct Change: Sendable {
        public enum Kind: String, Sendable {
            case appeared, disappeared
            case changedFinding = "changed-finding"
            case reworded
        }
        public var clause: String
        public var title: String
        public var kind: Kind
        public var before: ClauseFinding
        public var after: ClauseFinding
    }

    /// Compares `before` with `after`, clause by clause.
    public init(agreement: String, before: AgreementVersion, after: AgreementVersion) {
        self.agreement = agreement
        self.before = before
        self.after = after
        let earlier = Dictionary(
            before.findings.map { ($0.clause, $0) }, uniquingKeysWith: { first, _ in first })
        changes = after.findings.compactMap { now in
            guard let then = earlier[now.clause] else { return nil }
            let kind: Change.Kind
            switch (then.status, now.status) {
            case (.absent, .present), (.absent, .partial): kind = .appeared
            case (.present, .absent), (.partial, .absent): kind = .disappeared
            case (let a, let b) where a != b: kind = .changedFinding
            default:
                guard then.excerpt != now.excerpt else { return nil }
                kind = .reworded
            }
            return Change(clause: now.clause, title: now.title, kind: kind, before: then, after: now)
        }
    }
}

extension DiligenceService {
    /// What version `version` of an agreement the account may see changed against the version
    /// before it; the current version when `nil`. The first version has nothing to compare with.
    public func agreementChanges(_ id: String, version number: Int? = nil, by actor: AuthenticatedActor)
        async throws -> AgreementComparison
    {
        let entry = try await agreement(id, by: actor)
        let number = number ?? entry.record.current.number
        guard let after = entry.record.version(number), let before = entry.record.version(number - 1) else {
            throw DiligenceError(.invalidValue, field: .record, ["value": String(number), "what": "version"])
        }
        return AgreementComparison(agreement: id, before: before, after: after)
    }
}
