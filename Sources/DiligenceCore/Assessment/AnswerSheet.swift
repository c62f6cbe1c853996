import Foundation

/// One answer of a bulk answer file, with where it is in the file.
public struct AnswerSheetRow: Hashable, Sendable {
    /// `row 3` (CSV) or `answers.yaml:4:5` (YAML).
    public var place: String
    /// The question's id.
    public var question: String
    /// The answer with its evidence references and comment.
    public var answer: Answer

    /// Creates a row.
    public init(place: String, question: String, answer: Answer) {
        self.place = place
        self.question = question
        self.answer = answer
    }
}

/// What is wrong with a bulk answer file: one line per problem, each naming its row (or line and
/// column). Nothing is recorded for a file with any problem.
public struct AnswerSheetError: Error, Hashable, Sendable {
    /// The problems, each `place: message`.
    public var problems: [String]

    /// Creates the error.
    public init(problems: [String]) { self.problems = problems }
}

/// Bulk answers to a self-assessment from a CSV or YAML file (`assessment answers ID FILE`).
///
/// CSV: a header row naming the columns `question` and `value` (required) and `evidence` and
/// `comment` (optional), in any order; `evidence` holds evidence references separated by `;`,
/// each `type` or `type:description`. YAML: `answers:` with a list of mappings with `question`,
/// `value`, optional `evidence` (a list of evidence types, or of `{type, description}`) and
/// `comment`.
public enum AnswerSheet {
    /// The most rows read.
    public static let maximumRows = 10_000
    /// The CSV columns.
    public static let columns = ["question", "value", "evidence", "comment"]

    /// Reads the rows of `text`, a CSV file when `file` ends in `.csv`, YAML for `.yaml`/`.yml`.
    public static func read(file: String, text: String) throws(AnswerSheetError) -> [AnswerSheetRow] {
        let lower = file.lowercased()
        if lower.hasSuffix(".csv") { return try readCSV(text) }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            return try AnswerSheetYAML.read(file: file, text: text)
        }
        throw AnswerSheetError(problems: [
            "\(file): the file must end in .csv or .yaml (.yml) so diligence knows how to read it"
        ])
    }

    /// Checks every row against the questionnaire, applying them to `record` in the order of
    /// ``inQuestionOrder(_:questionnaire:)``; returns the record with all of them, or every row's
    /// problem, in file order.
    public static func check(
        _ rows: [AnswerSheetRow], record: AssessmentRecord, questionnaire: Questionnaire
    ) throws(AnswerSheetError) -> AssessmentRecord {
        var current = record
        var problems: [(row: Int, message: String)] = []
        if rows.isEmpty { problems.append((-1, "the file has no answers")) }
        var seen: [String: String] = [:]
        var once: [(row: Int, sheet: AnswerSheetRow)] = []
        for (index, row) in rows.enumerated() {
            if let first = seen[row.question] {
                problems.append(
                    (index, "\(row.place): \(row.question) is answered twice (first at \(first))"))
                continue
            }
            seen[row.question] = row.place
            once.append((index, row))
        }
        let position = Dictionary(
            once.map { ($0.sheet.place, $0.row) }, uniquingKeysWith: { first, _ in first })
        for row in inQuestionOrder(once.map(\.sheet), questionnaire: questionnaire) {
            do {
                current = try current.applying(
                    .answer(question: row.question, answer: row.answer), questionnaire: questionnaire)
            } catch {
                problems.append((position[row.place] ?? 0, "\(row.place): \(error.explanation)"))
            }
        }
        guard problems.isEmpty else {
            throw AnswerSheetError(problems: problems.sorted { $0.row < $1.row }.map(\.message))
        }
        return current
    }

    /// `rows` in the order of the questionnaire's questions (rows for questions it does not have
    /// last, in file order), so that an answer that shows a follow-up question is recorded before
    /// the follow-up's, wherever the file has them.
    public static func inQuestionOrder(_ rows: [AnswerSheetRow], questionnaire: Questionnaire)
        -> [AnswerSheetRow]
    {
        let position = Dictionary(
            questionnaire.questionIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.enumerated().sorted { left, right in
            let (a, b) = (
                position[left.element.question] ?? Int.max, position[right.element.question] ?? Int.max
            )
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    static func readCSV(_ text: String) throws(AnswerSheetError) -> [AnswerSheetRow] {
        let records: [CSVTable.Record]
        do {
            records = try CSVTable.records(text, maxRecords: maximumRows + 1)
        } catch {
            throw AnswerSheetError(problems: ["row \(error.row): \(error.problem.wording)"])
        }
        guard let header = records.first else {
            throw AnswerSheetError(problems: [
                "the file is empty; it needs a header row: question,value,evidence,comment"
            ])
        }
        guard records.count <= maximumRows + 1 else {
            throw AnswerSheetError(problems: ["the file has more than \(maximumRows) rows"])
        }
        var index: [String: Int] = [:]
        var problems: [String] = []
        for (position, name) in header.cells.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard columns.contains(key) else {
                problems.append(
                    "row \(header.row): \"\(name)\" is not a column; the columns are "
                        + columns.joined(separator: ", "))
                continue
            }
            guard index[key] == nil else {
                problems.append("row \(header.row): the column \(key) appears twice")
                continue
            }
            index[key] = position
        }
        for required in ["question", "value"] where index[required] == nil {
            problems.append("row \(header.row): the header has no \(required) column")
        }
        guard problems.isEmpty else { throw AnswerSheetError(problems: problems) }
        var rows: [AnswerSheetRow] = []
        for record in records.dropFirst() {
            guard record.cells.count == header.cells.count else {
                problems.append(
                    "row \(record.row): it has \(record.cells.count) cells, the header \(header.cells.count)")
                continue
            }
            func cell(_ key: String) -> String? {
                index[key].map { record.cells[$0].trimmingCharacters(in: .whitespaces) }.flatMap {
                    $0.isEmpty ? nil : $0
                }
            }
            guard let question = cell("question") else {
                problems.append("row \(record.row): the question is empty")
                continue
            }
            guard let value = cell("value") else {
                problems.append("row \(record.row): the value of \(question) is empty")
                continue
            }
            let evidence = (cell("evidence") ?? "").split(separator: ";").compactMap {
                item -> EvidenceReference? in
                let text = item.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return nil }
                guard let colon = text.firstIndex(of: ":") else { return EvidenceReference(type: text) }
                return EvidenceReference(
                    type: text[..<colon].trimmingCharacters(in: .whitespaces),
                    description: text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            rows.append(
                AnswerSheetRow(
                    place: "row \(record.row)", question: question,
                    answer: Answer(value: value, evidence: evidence, comment: cell("comment"))))
        }
        guard problems.isEmpty else { throw AnswerSheetError(problems: problems) }
        return rows
    }
}
