import Foundation
import Yams

extension DefinitionSet {
    /// The kinds of file `Assessments/` may hold, by the top-level key that starts them.
    public static let assessmentKinds = ["questionnaire", "clause_catalogue"]

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
        if keys.contains(where: { $0.0 == "clause_catalogue" }) {
            loadClauseCatalogue(source)
            return
        }
        guard keys.contains(where: { $0.0 == "questionnaire" }) else {
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
}

extension DefinitionSet {
    /// Keeps the clause catalogue of a file; a second catalogue in the set is an error.
    mutating func loadClauseCatalogue(_ source: YAMLSource) {
        let (catalogue, fileReport) = ClauseCatalogueLoader.load(source)
        report.merge(fileReport)
        guard let catalogue else { return }
        if let existing = clauseCatalogue {
            report.errors.append(
                DefinitionError(
                    .duplicateID,
                    "\(existing.file) already holds the clause catalogue; Assessments/ may hold only one",
                    at: SourceLocation(file: source.file, line: 1, column: 1)))
        } else {
            clauseCatalogue = catalogue
        }
    }
}
