import Foundation
import Yams

extension DefinitionSet {
    /// The kinds of file `Assessments/` may hold, by the top-level key that starts them.
    public static let assessmentKinds = [
        "questionnaire", "risk_rules", "training_policy", "clause_catalogue", "allegation_confidentiality",
        "indicators", "roles",
    ]

    /// Loads a file of `Assessments/` by the kind its top-level key names, and keeps its
    /// questionnaire when the id is not taken by another file.
    mutating func loadAssessmentFile(_ file: File) {
        let source: YAMLSource
        do {
            source = try YAMLSource(file: file.path, text: file.text)
        } catch {
            report.errors.append(error)
            return
        }
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        let kinds = Self.assessmentKinds.joined(separator: ", ")
        guard let root = source.root, case .mapping(let mapping) = root else {
            report.errors.append(
                DefinitionError(
                    .missingKey,
                    "a file in Assessments/ must be a mapping that starts with the key of its kind (\(kinds))",
                    at: source.root.flatMap { node in
                        node.mark.map { SourceLocation(file: file.path, line: $0.line, column: $0.column) }
                    } ?? start))
            return
        }
        let keys = mapping.keys.compactMap { key -> (String, Node)? in key.string.map { ($0, key) } }
        guard let kind = Self.assessmentKinds.first(where: { kind in keys.contains { $0.0 == kind } }) else {
            let (first, node) = keys.first ?? ("", root)
            var message = "this file in Assessments/ is not of a kind diligence reads"
            if let suggestion = Suggestion.closest(to: first, among: Self.assessmentKinds) {
                message += ": \"\(first)\" is not a kind; did you mean \"\(suggestion)\"?"
            } else {
                message += "; it must start with the key of its kind, one of: \(kinds)"
            }
            let location =
                node.mark.map { SourceLocation(file: file.path, line: $0.line, column: $0.column) } ?? start
            report.errors.append(DefinitionError(.unknownKey, message, at: location))
            return
        }
        switch kind {
        case "risk_rules": loadRiskRules(source)
        case "training_policy": loadTrainingPolicy(source)
        case "clause_catalogue": loadClauseCatalogue(source)
        case "allegation_confidentiality": loadAllegationConfidentiality(source)
        case "indicators": loadIndicatorTargets(source)
        case "roles": loadRoleCatalogue(source)
        default: loadQuestionnaire(source)
        }
    }

    private mutating func loadQuestionnaire(_ source: YAMLSource) {
        let (questionnaire, fileReport) = QuestionnaireLoader.load(source)
        report.merge(fileReport)
        guard let questionnaire else { return }
        if let existing = questionnaires[questionnaire.id] {
            report.errors.append(
                DefinitionError(
                    .duplicateID,
                    "the questionnaire id \"\(questionnaire.id)\" is also used by \(existing.file); each questionnaire needs its own id",
                    at: questionnaire.location))
        } else {
            questionnaires[questionnaire.id] = questionnaire
        }
    }

    private mutating func loadRiskRules(_ source: YAMLSource) {
        let (rules, fileReport) = RiskRuleLoader.load(source)
        keepOnly(rules, report: fileReport, in: \.riskRules, from: source, what: "the risk rules") { $0.file }
    }

    private mutating func loadTrainingPolicy(_ source: YAMLSource) {
        let (policy, fileReport) = TrainingPolicyLoader.load(source)
        keepOnly(policy, report: fileReport, in: \.trainingPolicy, from: source, what: "the training policy")
        {
            $0.file ?? "another file"
        }
    }

    private mutating func loadIndicatorTargets(_ source: YAMLSource) {
        let (targets, fileReport) = IndicatorTargetsLoader.load(source)
        keepOnly(
            targets, report: fileReport, in: \.indicatorTargets, from: source, what: "the indicator targets"
        ) {
            $0.file ?? "another file"
        }
    }

    private mutating func loadRoleCatalogue(_ source: YAMLSource) {
        let (catalogue, fileReport) = RoleCatalogueLoader.load(source)
        keepOnly(catalogue, report: fileReport, in: \.roleCatalogue, from: source, what: "the roles") {
            $0.file
        }
    }

    private mutating func loadClauseCatalogue(_ source: YAMLSource) {
        let (catalogue, fileReport) = ClauseCatalogueLoader.load(source)
        keepOnly(
            catalogue, report: fileReport, in: \.clauseCatalogue, from: source, what: "the clause catalogue"
        ) {
            $0.file
        }
    }

    /// Keeps a definition of which the set holds only one (risk rules, training policy, clause
    /// catalogue); a second file of the same kind is an error at its first line.
    private mutating func keepOnly<Loaded>(
        _ loaded: Loaded?, report fileReport: DefinitionReport,
        in slot: WritableKeyPath<DefinitionSet, Loaded?>,
        from source: YAMLSource, what: String, file: (Loaded) -> String
    ) {
        report.merge(fileReport)
        guard let loaded else { return }
        if let existing = self[keyPath: slot] {
            report.errors.append(
                DefinitionError(
                    .duplicateID,
                    "\(file(existing)) already holds \(what); Assessments/ may hold only one such file",
                    at: SourceLocation(file: source.file, line: 1, column: 1)))
        } else {
            self[keyPath: slot] = loaded
        }
    }
}
