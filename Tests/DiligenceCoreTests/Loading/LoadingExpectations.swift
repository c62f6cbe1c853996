import DiligenceCore
import DiligenceTestSupport
import Testing

/// Loads YAML that must fail with exactly one error, and returns that error.
func singleError(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> DefinitionError
{
    let (definition, report) = WorkflowFixtures.load(yaml)
    #expect(definition == nil, "an invalid file must give no definition", sourceLocation: sourceLocation)
    #expect(
        report.errors.count == 1, "expected one error, got \(report.errors)", sourceLocation: sourceLocation)
    return try #require(report.errors.first, sourceLocation: sourceLocation)
}

/// Checks an error's code, position and that its message mentions each of `mentions`.
func expect(
    _ error: DefinitionError, _ code: DefinitionError.Code, line: Int, column: Int, mentions: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
    #expect(error.location.file == WorkflowFixtures.file, sourceLocation: sourceLocation)
    #expect(error.location.line == line, "\(error)", sourceLocation: sourceLocation)
    #expect(error.location.column == column, "\(error)", sourceLocation: sourceLocation)
    for text in mentions {
        #expect(
            error.message.contains(text), "\"\(error.message)\" lacks \(text)", sourceLocation: sourceLocation
        )
    }
}

/// The errors `load` reports for a file it must refuse (it gives no definition).
func loadErrors<Definition>(
    _ yaml: String, _ load: (_ file: String, _ text: String) -> (Definition?, DefinitionReport),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [DefinitionError] {
    let (definition, report) = load(WorkflowFixtures.file, yaml)
    #expect(definition == nil, "an invalid file must give no definition", sourceLocation: sourceLocation)
    return report.errors
}

/// `text` with `old`, which must stand in it once, replaced by `new`: how the loader tests break
/// a valid file.
func edited(_ text: String, _ old: String, _ new: String) -> String {
    precondition(text.components(separatedBy: old).count == 2, "\(old) must appear once")
    return text.replacingOccurrences(of: old, with: new)
}

/// Loads a shipped definition file of the repository (`path` from its root) with `load`; it must
/// load without errors.
func loadShipped<Definition>(
    _ path: String, _ load: (_ file: String, _ text: String) -> (Definition?, DefinitionReport),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Definition {
    let (definition, report) = load(path, try Repository.text(path))
    #expect(report.errors.isEmpty, "\(report.errors)", sourceLocation: sourceLocation)
    return try #require(definition, sourceLocation: sourceLocation)
}

/// A workflow file the loader must refuse with exactly one error, and where that error stands and
/// what its message mentions: a row of the loader tests' tables.
struct Refusal: Sendable, CustomTestStringConvertible {
    /// What the row checks, as the test's name said it.
    let testDescription: String
    let yaml: String
    /// The one error's code, line and column, and the texts its message mentions.
    let error: (code: DefinitionError.Code, line: Int, column: Int, mentions: [String])

    init(
        _ name: String, _ yaml: String, _ code: DefinitionError.Code, line: Int, column: Int,
        mentions: [String]
    ) {
        (testDescription, self.yaml) = (name, yaml)
        error = (code, line, column, mentions)
    }

    /// Loads the file and checks its one error.
    func check() throws {
        expect(
            try singleError(yaml), error.code, line: error.line, column: error.column,
            mentions: error.mentions)
    }
}
