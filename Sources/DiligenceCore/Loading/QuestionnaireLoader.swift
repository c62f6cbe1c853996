import Foundation
import Yams

/// Turns a questionnaire file's text into a checked ``Questionnaire``, or reports every problem
/// with its `file:line:column`.
public enum QuestionnaireLoader {
    static let topKeys = [
        "questionnaire", "version", "title", "description", "scales", "standards", "scoring", "time",
    ]
    static let scaleKeys = ["id", "levels"]
    static let levelKeys = ["id", "label", "weight"]
    static let standardKeys = ["id", "title", "requirement", "protocol_reference", "questions", "evidence"]
    static let questionKeys = ["id", "text", "answer", "scale", "required", "shown_when"]
    static let conditionKeys = ["question", "answer"]
    static let evidenceKeys = ["id", "label", "description_required"]
    static let weightedSumKeys = ["model", "scale", "bands"]
    static let countOfMetKeys = ["model", "thresholds", "must_have", "must_have_cap"]
    static let bandKeys = ["min", "max", "capacity"]
    static let thresholdKeys = ["capacity", "min_met"]
    static let timeKeys = [
        "validity", "validity_warning", "plan_period", "reuse_window", "emergency_assessment_within",
    ]

    /// Loads a questionnaire from its text. Errors come back in the report; the questionnaire is
    /// `nil` when there is any error.
    public static func load(file: String, text: String) -> (Questionnaire?, DefinitionReport) {
        YAMLSource.load(file: file, text: text, with: load(_:))
    }

    /// Loads a questionnaire from a composed file.
    static func load(_ source: YAMLSource) -> (Questionnaire?, DefinitionReport) {
        guard let root = source.root else {
            let error = DefinitionError(
                .missingKey,
                "this questionnaire file is empty; it needs at least questionnaire, standards and scoring",
                at: source.start)
            return (nil, DefinitionReport(errors: [error]))
        }
        var builder = QuestionnaireBuilder(file: source.file, text: source.text)
        let questionnaire = builder.build(root)
        let report = builder.reader.report
        return (report.isValid ? questionnaire : nil, report)
    }
}
