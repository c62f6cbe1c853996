import DiligenceCore
import Foundation

extension FuzzHarness {
    /// A training attendance sheet (CSV), read and gathered into training records.
    static let trainingCSV = FuzzHarness(name: "training-csv", summary: "a training attendance sheet (CSV)") {
        data in
        guard let sheet = try? AttendanceSheet.read(data.fuzzText) else { return }
        for error in sheet.errors { _ = error.description }
        _ = sheet.records
    }

    /// A bulk answer file in CSV, read and checked against `psea-common`.
    static let answerCSV = FuzzHarness(name: "answer-csv", summary: "a bulk answer sheet (CSV)") { data in
        answers(file: "answers.csv", data)
    }

    /// A bulk answer file in YAML, read and checked against `psea-common`.
    static let answerYAML = FuzzHarness(name: "answer-yaml", summary: "a bulk answer file (YAML)") { data in
        answers(file: "answers.yaml", data)
    }

    private static func answers(file: String, _ data: Data) {
        guard let rows = try? AnswerSheet.read(file: file, text: data.fuzzText),
            let questionnaire = FuzzDefinitions.questionnaire
        else { return }
        let record = AssessmentRecord(
            questionnaire: QuestionnaireReference(questionnaire), partner: "P-0001")
        _ = try? AnswerSheet.check(rows, record: record, questionnaire: questionnaire)
    }
}
