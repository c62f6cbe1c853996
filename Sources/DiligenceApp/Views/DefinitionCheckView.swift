public import DiligenceCore

/// What `diligence check --json` writes: whether the definitions are valid, each problem with its
/// place, and the workflows and questionnaires loaded.
public struct DefinitionCheckView: Sendable, Hashable, Codable {
    /// A problem in a definition file, at its place.
    public struct Problem: Sendable, Hashable, Codable {
        /// The file.
        public var file: String
        /// The line, from 1.
        public var line: Int
        /// The column, from 1.
        public var column: Int
        /// What kind of problem it is, for a program.
        public var code: String
        /// What is wrong, in the front end's words.
        public var message: String
    }

    /// A workflow loaded.
    public struct LoadedWorkflow: Sendable, Hashable, Codable {
        /// Its id, file and the hash of its text.
        public var id: String, file: String, hash: String
        /// How many states (the root not counted), events and fields it declares.
        public var states: Int, events: Int, fields: Int
    }

    /// A questionnaire loaded.
    public struct LoadedQuestionnaire: Sendable, Hashable, Codable {
        /// Its id, file and the hash of its text.
        public var id: String, file: String, hash: String
        /// Its version and how many standards it has.
        public var version: Int, standards: Int
        /// The name of its scoring model.
        public var scoring: String
    }

    /// Whether there is no error (warnings allowed).
    public var valid: Bool
    /// The errors, in file order.
    public var errors: [Problem]
    /// The warnings, in file order.
    public var warnings: [Problem]
    /// The workflows, by id.
    public var workflows: [LoadedWorkflow]
    /// The questionnaires, by id.
    public var questionnaires: [LoadedQuestionnaire]

    /// The view of a loaded set, each problem worded by `message`.
    public init(_ set: DefinitionSet, message: (DefinitionError) -> String) {
        let (errors, warnings) = set.report.sorted
        func problem(_ error: DefinitionError) -> Problem {
            Problem(
                file: error.location.file, line: error.location.line, column: error.location.column,
                code: error.code.description, message: message(error))
        }
        valid = errors.isEmpty
        self.errors = errors.map(problem)
        self.warnings = warnings.map(problem)
        workflows = set.workflows.values.sorted { $0.id < $1.id }.map {
            LoadedWorkflow(
                id: $0.id, file: $0.file, hash: $0.hash, states: $0.states.count - 1, events: $0.events.count,
                fields: $0.fields.count)
        }
        questionnaires = set.questionnaires.values.sorted { $0.id < $1.id }.map {
            LoadedQuestionnaire(
                id: $0.id, file: $0.file, hash: $0.hash, version: $0.version, standards: $0.standards.count,
                scoring: $0.scoring.name)
        }
    }
}
