import DiligenceCore

extension DiligenceService {
    /// Whether `actor`'s role reads any allegation data (`Assessments/allegation-confidentiality.yaml`):
    /// the cases, or their counts only.
    public func readsAllegations(_ actor: AuthenticatedActor) -> Bool {
        !definitions.confidentiality.classes(readBy: actor.role).isEmpty
    }

    /// Whether `actor`'s role reads restricted details: no other role's page holds one, not even
    /// the text it typed itself into a form shown again.
    public func readsRestrictedDetails(_ actor: AuthenticatedActor) -> Bool {
        definitions.confidentiality.role(actor.role, reads: .restricted)
    }

    /// The roles that may record a new allegation (the allegation workflow's `started_by`).
    public var allegationReporterRoles: [String] {
        definitions.workflow(forSubject: AllegationKind.kind.subject)?.startedBy ?? []
    }

    /// The roles that read the cases themselves (their case fields).
    public var allegationCaseReaderRoles: [String] {
        definitions.confidentiality.roles(reading: .case)
    }

    /// Whether `actor`'s role may record a new allegation.
    public func mayReportAllegations(_ actor: AuthenticatedActor) -> Bool {
        allegationReporterRoles.contains(actor.role)
    }
}
