import DiligenceTestSupport
import Foundation
import Testing

/// `Assessments/questionnaire.schema.json` run by check-jsonschema, as CI runs it: the shipped
/// questionnaires pass, and a `shown_when:` of the wrong shape is refused, naming the file. (What
/// the schema cannot see, an unknown or later question and an answer the question does not take,
/// `diligence check` refuses at its line and column: ConditionalQuestionLoadingTests.)
@Suite(.enabled(if: CheckJSONSchema.available, "check-jsonschema is not installed"))
struct ConditionSchemaValidationTests {
    /// check-jsonschema on `text`, written as `psea-common.yaml` in a folder of its own.
    static func validate(_ text: String) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-schema-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("psea-common.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try CheckJSONSchema.run([
            "--schemafile", Repository.url("Assessments/questionnaire.schema.json").path, file.path,
        ])
    }

    @Test func theShippedQuestionnairesPass() throws {
        let result = try CheckJSONSchema.run([
            "--schemafile", Repository.url("Assessments/questionnaire.schema.json").path,
            Repository.url("Assessments/psea-common.yaml").path,
            Repository.url("Assessments/psea-unicef-2020.yaml").path,
        ])
        #expect(result.status == 0, "\(result.output)")
    }

    static let condition = "shown_when: {question: investigations.past_allegations, answer: \"yes\"}"

    @Test(
        arguments: [
            "shown_when: investigations.past_allegations",
            "shown_when: {question: investigations.past_allegations}",
            "shown_when: {answer: \"yes\"}",
            "shown_when: {question: investigations.past_allegations, answer: []}",
            "shown_when: {question: investigations.past_allegations, answer: [\"yes\", \"yes\"]}",
            "shown_when: {question: investigations.past_allegations, answer: \"\"}",
            "shown_when: {question: investigations.past_allegations, answer: {a: b}}",
            "shown_when: {question: 1 bad name, answer: \"yes\"}",
            "shown_when: {question: investigations.past_allegations, answer: \"yes\", unless: \"no\"}",
        ])
    func aConditionOfTheWrongShapeIsRefused(condition: String) throws {
        let shipped = try Repository.text("Assessments/psea-common.yaml")
        let parts = shipped.components(separatedBy: Self.condition)
        try #require(parts.count > 1)
        let result = try Self.validate(parts.joined(separator: condition))
        #expect(result.status != 0, "\(result.output)")
        #expect(result.output.contains("psea-common.yaml"), "\(result.output)")
    }
}

/// `python3 -m check_jsonschema`, as .ci/run calls it.
enum CheckJSONSchema {
    /// Whether `python3 -m check_jsonschema` runs here (scripts/test and .ci/run install it).
    static let available = (try? run(["--version"]))?.status == 0

    /// Runs check-jsonschema with `arguments`; its exit status and output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "check_jsonschema"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
