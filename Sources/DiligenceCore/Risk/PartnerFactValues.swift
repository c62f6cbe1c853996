public import Foundation

/// One partner's facts at one instant, as rules read them. An unset fact (`nil`) makes the
/// comparisons that read it false, so a rule never fires on a fact nobody has recorded.
public struct PartnerFactValues: ExpressionEnvironment, Hashable, Sendable {
    /// The instant the rules are evaluated at (`today()`, `days_until`).
    public var now: Date
    /// `capacity_level`.
    public var capacity: CapacityStanding?
    /// `assessment_final_on`.
    public var assessmentFinalOn: LocalDate?
    /// `assessment_expires_on`.
    public var assessmentExpiresOn: LocalDate?
    /// `plan_items_overdue`.
    public var planItemsOverdue: Int?
    /// `plan_overdue`.
    public var planOverdue: Bool?
    /// `assessments_open`.
    public var assessmentsOpen: Int?
    /// `mandatory_clauses_missing`.
    public var mandatoryClausesMissing: Int?
    /// `mandatory_clauses_waived`.
    public var mandatoryClausesWaived: Int?
    /// `agreement_cleared`.
    public var agreementCleared: Bool?
    /// `agreement_reviewed`.
    public var agreementReviewed: Bool?
    /// `training_coverage`.
    public var trainingCoverage: Decimal?
    /// `training_coverage_required`.
    public var trainingCoverageRequired: Decimal?
    /// `training_renewal_overdue`.
    public var trainingRenewalOverdue: Bool?
    /// `open_red_flags`.
    public var openRedFlags: Int?
    /// `open_allegations`.
    public var openAllegations: Int?
    /// `substantiated_allegations_open`.
    public var substantiatedAllegationsOpen: Int?
    /// `substantiated_allegations`.
    public var substantiatedAllegations: Int?
    /// `late_allegation_reports`.
    public var lateAllegationReports: Int?
    /// The personnel in scope behind `training_coverage` (not a rule fact: the board report adds
    /// them up across partners); unset until personnel is recorded.
    public var personnelInScope: Int?
    /// The personnel in scope trained within the renewal period (not a rule fact, as above).
    public var personnelTrained: Int?

    /// The days after `now` on which a fact computed for `now` changes with the date alone (an
    /// open plan item falls overdue, a plan passes its period, a training starts or stops counting):
    /// not a rule fact; `tick` refreshes the partner on the first of them.
    public var dateChanges: Set<LocalDate> = []

    /// Creates the facts with everything unset.
    public init(now: Date) { self.now = now }

    /// The value of a fact, as the guard language sees it.
    public func value(of fact: PartnerFact) -> Value? {
        switch fact {
        case .capacityLevel: capacity.map { .string($0.name) }
        case .assessmentFinalOn: assessmentFinalOn.map(Value.date)
        case .assessmentExpiresOn: assessmentExpiresOn.map(Value.date)
        case .planItemsOverdue: planItemsOverdue.map(Value.int)
        case .planOverdue: planOverdue.map(Value.bool)
        case .assessmentsOpen: assessmentsOpen.map(Value.int)
        case .mandatoryClausesMissing: mandatoryClausesMissing.map(Value.int)
        case .mandatoryClausesWaived: mandatoryClausesWaived.map(Value.int)
        case .agreementCleared: agreementCleared.map(Value.bool)
        case .trainingCoverage: trainingCoverage.map(Value.decimal)
        case .trainingCoverageRequired: trainingCoverageRequired.map(Value.decimal)
        case .trainingRenewalOverdue: trainingRenewalOverdue.map(Value.bool)
        case .openRedFlags: openRedFlags.map(Value.int)
        case .openAllegations: openAllegations.map(Value.int)
        case .substantiatedAllegationsOpen: substantiatedAllegationsOpen.map(Value.int)
        case .substantiatedAllegations: substantiatedAllegations.map(Value.int)
        case .lateAllegationReports: lateAllegationReports.map(Value.int)
        case .agreementReviewed: agreementReviewed.map(Value.bool)
        }
    }

    /// The value at a fact's slot.
    public func value(atSlot slot: Int) -> Value? {
        PartnerFact.allCases.indices.contains(slot) ? value(of: PartnerFact.allCases[slot]) : nil
    }

    /// Every fact that is set, by its name: what a partner workflow's derived fields are given.
    public var byName: [String: Value] {
        var values: [String: Value] = [:]
        for fact in PartnerFact.allCases {
            if let value = value(of: fact) { values[fact.rawValue] = value }
        }
        return values
    }

    /// Facts have no states.
    public func isActive(state index: Int) -> Bool { false }
}
