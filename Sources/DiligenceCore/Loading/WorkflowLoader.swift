import Foundation
import Yams

/// Turns a workflow file's text into a checked ``WorkflowDefinition``, or reports every problem
/// with its `file:line:column`.
public enum WorkflowLoader {
    static let topKeys = [
        "workflow", "version", "title", "description", "subject", "roles", "started_by", "fields", "initial",
        "states",
    ]
    static let stateKeys = [
        "type", "description", "initial", "states", "on", "done", "always", "entry", "exit", "deadlines",
    ]
    static let transitionKeys = [
        "event", "target", "guard", "roles", "requires", "accepts", "effects", "description",
    ]
    static let doneKeys = ["target", "guard", "effects", "description"]
    static let fieldKeys = ["type", "values", "default", "derived", "description"]
    static let deadlineKeys = ["id", "after", "on_day_after", "send", "remind"]

    /// Loads a workflow from its text. Errors come back in the report; the definition is `nil`
    /// when there is any error.
    public static func load(file: String, text: String) -> (WorkflowDefinition?, DefinitionReport) {
        let source: YAMLSource
        do {
            source = try YAMLSource(file: file, text: text)
        } catch {
            return (nil, DefinitionReport(errors: [error]))
        }
        guard let root = source.root else {
            let error = DefinitionError(
                .missingKey,
                "this workflow file is empty; it needs at least workflow, roles, initial and states",
                at: SourceLocation(file: file, line: 1, column: 1))
            return (nil, DefinitionReport(errors: [error]))
        }
        var builder = WorkflowBuilder(file: file, text: text)
        let definition = builder.build(root)
        var report = builder.reader.report
        if let definition, report.isValid {
            var validator = WorkflowValidator(definition: definition)
            report.merge(validator.validate())
        }
        return (report.isValid ? definition : nil, report)
    }
}
