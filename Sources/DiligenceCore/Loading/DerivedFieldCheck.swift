/// Checks that a workflow's derived fields are facts diligence knows how to compute for its
/// kind of record, with the type diligence computes them as: a derived field nobody computes would
/// stay unset forever and make every guard that reads it false.
enum DerivedFieldCheck {
    /// The facts computed for each kind of record that has them, by name and type.
    static let knownFacts: [String: [String: ValueType]] = [
        "partner": Dictionary(uniqueKeysWithValues: PartnerFact.allCases.map { ($0.rawValue, $0.type) }),
        "assessment": [
            "unanswered_required": .int, "unrated_standards": .int, "plan_items": .int,
            "plan_items_open": .int, "plan_items_overdue": .int, "plan_period": .duration,
            "validity_warning": .duration, "validity": .duration,
            "capacity_level": .enumeration(values: CapacityLevel.allCases.map(\.rawValue)),
            "accepted_from_other_entity": .bool,
        ],
        "capacity_status": [
            "status": .enumeration(values: CapacityStanding.statusNames), "assessment_due_within": .duration,
        ],
        "allegation": ["report_due_on": .date],
    ]

    /// The fields of a kind of record that diligence reads to compute its facts (the allegation's
    /// `report_within`, for `report_due_on`): used even when no guard or effect reads them.
    static let factInputs: [String: Set<String>] = ["allegation": ["report_within"]]

    /// The problems with `definition`'s derived fields; none for kinds of record whose facts are
    /// not listed here.
    static func problems(in definition: WorkflowDefinition) -> [DefinitionError] {
        guard let facts = knownFacts[definition.subject] else { return [] }
        var errors: [DefinitionError] = []
        for field in definition.fields where field.isDerived {
            guard let type = facts[field.path] else {
                let hint =
                    Suggestion.closest(to: field.path, among: facts.keys.sorted())
                    .map { "; did you mean \($0)?" } ?? ""
                errors.append(
                    DefinitionError(
                        .unknownField,
                        "diligence computes no fact \"\(field.path)\" for \(definition.subject) records\(hint); they are \(facts.keys.sorted().joined(separator: ", "))",
                        at: field.location))
                continue
            }
            if !fits(computed: type, declared: field.type) {
                errors.append(
                    DefinitionError(
                        .wrongType,
                        "the fact \"\(field.path)\" is computed as \(type.description), but the field is declared as \(field.type.description)",
                        at: field.location))
            }
        }
        return errors
    }

    /// A declared type holds every value of the computed one: the same type, or an enumeration
    /// declaring at least the computed values.
    private static func fits(computed: ValueType, declared: ValueType) -> Bool {
        if case .enumeration(let values) = computed, case .enumeration(let declaredValues) = declared {
            return Set(values).isSubset(of: declaredValues)
        }
        return computed == declared
    }
}
