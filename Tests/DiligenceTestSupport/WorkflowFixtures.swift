public import DiligenceCore
public import Foundation

/// Loads workflow text for tests and hands back the definition or the report.
public enum WorkflowFixtures {
    /// The file name given to the loader for inline YAML.
    public static let file = "test.yaml"

    /// Loads YAML text and returns the loader's report (and the definition when valid).
    public static func load(_ yaml: String, file: String = file) -> (WorkflowDefinition?, DefinitionReport) {
        WorkflowLoader.load(file: file, text: yaml)
    }

    /// Loads YAML text that must be valid; throws the report otherwise.
    public static func definition(_ yaml: String, file: String = file) throws -> WorkflowDefinition {
        try validDefinition(WorkflowLoader.load(file: file, text: yaml))
    }

    /// The shipped partner lifecycle, read from `Workflows/partner-lifecycle.yaml`.
    public static func partnerLifecycle() throws -> WorkflowDefinition {
        let path = "Workflows/partner-lifecycle.yaml"
        return try definition(Repository.text(path), file: path)
    }

    /// A fixed instant: 2026-01-31 09:30 UTC.
    public static let now = Date(timeIntervalSince1970: 1_769_851_800)
}
