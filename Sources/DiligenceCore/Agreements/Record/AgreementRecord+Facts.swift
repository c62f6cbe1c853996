extension AgreementRecord {
    /// The mandatory clauses of the current version that are neither confirmed nor waived.
    public var mandatoryUnresolved: [String] {
        current.findings.filter(\.mandatory).map(\.clause).filter { decision(on: $0)?.resolves != true }
    }

    /// The clauses of the current version whose standing decision is an amendment request.
    public var amendmentsOpen: [String] {
        current.findings.map(\.clause).filter { decision(on: $0)?.kind == .amendmentRequested }
    }

    /// Whether every mandatory clause of the current version has a decision (confirmed, waived or
    /// amendment requested): procurement has reviewed it.
    public var isReviewed: Bool {
        current.findings.filter(\.mandatory).allSatisfy { decision(on: $0.clause) != nil }
    }

    /// The mandatory clauses the current version lacks: not found present by the detector (or
    /// sent back for amendment) and neither confirmed nor waived by procurement.
    public var mandatoryMissing: [String] {
        current.findings.filter(\.mandatory).filter { finding in
            switch decision(on: finding.clause)?.kind {
            case .confirmed?, .waived?: false
            case .amendmentRequested?: true
            case nil: finding.status != .present
            }
        }.map(\.clause)
    }

    /// The mandatory clauses of the current version that were waived.
    public var mandatoryWaived: [String] {
        current.findings.filter(\.mandatory).map(\.clause).filter { decision(on: $0)?.kind == .waived }
    }

    /// The facts the agreement workflow's guards read, by field name. `partnerOpenRedFlags` is
    /// the number of valid red flags on the partner, which the store counts.
    public func facts(partnerOpenRedFlags: Int) -> [String: Value] {
        [
            "mandatory_unresolved": .int(mandatoryUnresolved.count),
            "amendments_open": .int(amendmentsOpen.count),
            "mandatory_missing": .int(mandatoryMissing.count),
            "mandatory_waived": .int(mandatoryWaived.count),
            "versions": .int(versions.count),
            "partner_open_red_flags": .int(partnerOpenRedFlags),
        ]
    }
}
