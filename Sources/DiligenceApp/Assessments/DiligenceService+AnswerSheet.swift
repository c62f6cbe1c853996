public import DiligenceCore
public import DiligenceStore
public import Foundation

extension DiligenceService {
    /// The largest answer sheet read (bytes): 2 MB.
    public static let answerSheetLimit = 2_000_000

    /// Reads an answer sheet (CSV or YAML, UTF-8, named by `file` for its format and for the
    /// places of its problems) for assessment `id`, as given or uploaded: within
    /// ``answerSheetLimit``, decoded, and every row checked against the questionnaire version the
    /// assessment runs under. Throws ``DiligenceError`` (`fileTooLarge`, `notText`, field
    /// `answerSheet`) or an ``AnswerSheetError`` listing every problem. Writes nothing.
    public func answerSheet(_ data: Data, file: String, for id: String, by actor: AuthenticatedActor)
        async throws -> [AnswerSheetRow]
    {
        let text = try uploadedText(data, limit: Self.answerSheetLimit, field: .answerSheet)
        let rows = try AnswerSheet.read(file: file, text: text)
        guard case .assessment(let entry) = try await assessmentRecord(id, by: actor) else {
            throw StoreError.notAnAssessment(id)
        }
        if let questionnaire = definitions.questionnaires[entry.record.questionnaire.id],
            questionnaire.hash == entry.record.questionnaire.hash
        {
            _ = try AnswerSheet.check(rows, record: entry.record, questionnaire: questionnaire)
        }
        return rows
    }

    /// Records the answers of a sheet (``answerSheet(_:file:for:by:)``) to assessment `id`, as
    /// the partner: all of them or, when any row is wrong, none.
    public func answer(_ id: String, sheet data: Data, file: String, by actor: AuthenticatedActor)
        async throws -> [SendResult]
    {
        let rows = try await answerSheet(data, file: file, for: id, by: actor)
        return try await answer(id, rows: rows, by: actor)
    }

    /// The text of a file given or uploaded for `field`: refused when larger than `limit` bytes
    /// (`fileTooLarge`, with the size and the limit) or not UTF-8 (`notText`).
    func uploadedText(_ data: Data, limit: Int, field: DiligenceError.Field) throws -> String {
        guard data.count <= limit else {
            throw DiligenceError(.fileTooLarge, field: field, ["size": "\(data.count)", "limit": "\(limit)"])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiligenceError(.notText, field: field)
        }
        return text
    }
}
