/// A fact about a partner that risk rules read: its name in a rule's `when:`, its type and what it
/// means. The list is fixed in Swift; the store computes each fact from the partner's records.
public enum PartnerFact: String, CaseIterable, Sendable {
    /// The PSEA capacity level or status (`full`, `medium`, `low`, `none`, `not_assessed`,
    /// `low_capacity_assumed_emergency`, `no_contact_with_beneficiaries`).
    case capacityLevel = "capacity_level"
    /// The date of the last final determination of capacity; unset before the first.
    case assessmentFinalOn = "assessment_final_on"
    /// The first day the last final determination is no longer valid; unset before the first.
    case assessmentExpiresOn = "assessment_expires_on"
    /// How many items of the capacity-strengthening plan are past their due date and not done.
    case planItemsOverdue = "plan_items_overdue"
    /// Whether the capacity-strengthening plan ran past its plan period unfinished.
    case planOverdue = "plan_overdue"
    /// How many assessments of the partner are under way (started, not yet determined or cancelled).
    case assessmentsOpen = "assessments_open"
    /// How many mandatory PSEA clauses the current agreement lacks.
    case mandatoryClausesMissing = "mandatory_clauses_missing"
    /// How many mandatory PSEA clauses of the current agreement were waived.
    case mandatoryClausesWaived = "mandatory_clauses_waived"
    /// Whether the partner's current agreement is cleared: every mandatory clause confirmed or waived.
    case agreementCleared = "agreement_cleared"
    /// The share (0 to 1) of the training policy's personnel in scope trained within the renewal
    /// period; unset until personnel is recorded.
    case trainingCoverage = "training_coverage"
    /// The share (0 to 1) the training policy requires (`coverage_threshold`).
    case trainingCoverageRequired = "training_coverage_required"
    /// Whether training was confirmed once and has since fallen below the threshold because
    /// trainings passed their renewal period.
    case trainingRenewalOverdue = "training_renewal_overdue"
    /// How many valid red flags are open on the partner, its own and those inherited from its
    /// headquarters. Any red flag locks the partner.
    case openRedFlags = "open_red_flags"
    /// How many allegations involving the partner's personnel are open.
    case openAllegations = "open_allegations"
    /// How many allegations involving the partner's personnel were substantiated and are not yet
    /// closed (the actions taken on them are still to be recorded).
    case substantiatedAllegationsOpen = "substantiated_allegations_open"
    /// How many allegations involving the partner's personnel were substantiated.
    case substantiatedAllegations = "substantiated_allegations"
    /// How many allegations the partner reported to the UN entity after the reporting deadline
    /// (or had not reported when it passed).
    case lateAllegationReports = "late_allegation_reports"
    /// Whether procurement has decided on every mandatory clause of the current agreement's current
    /// version (confirmed, waived or amendment requested); unset without an agreement.
    case agreementReviewed = "agreement_reviewed"

    /// The capacity level and status names, as `capacity_level` takes them.
    public static let capacityNames =
        CapacityLevel.allCases.reversed().map(\.rawValue) + CapacityStanding.statusNames

    /// The fact's type in the guard language.
    public var type: ValueType {
        switch self {
        case .capacityLevel: .enumeration(values: Self.capacityNames)
        case .assessmentFinalOn, .assessmentExpiresOn: .date
        case .planItemsOverdue, .assessmentsOpen, .mandatoryClausesMissing, .mandatoryClausesWaived,
            .openRedFlags, .openAllegations, .substantiatedAllegationsOpen, .substantiatedAllegations,
            .lateAllegationReports:
            .int
        case .planOverdue, .agreementCleared, .trainingRenewalOverdue, .agreementReviewed: .bool
        case .trainingCoverage, .trainingCoverageRequired: .decimal
        }
    }

    /// The fact's slot in ``PartnerFactValues``.
    public var slot: Int { Self.allCases.firstIndex(of: self)! }
}
