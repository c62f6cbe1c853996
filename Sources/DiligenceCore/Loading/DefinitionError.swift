/// A problem found in a definition file, with where it is and what is wrong, in a user's words.
///
/// The ``code`` says what kind of problem it is (so tests and tools can match on it); the
/// ``message`` says it for a programme team; the ``location`` says where.
public struct DefinitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public var code: Code
    /// What is wrong, written for the person who edits the file.
    public var message: String
    /// Where the problem is.
    public var location: SourceLocation

    /// Creates an error.
    public init(_ code: Code, _ message: String, at location: SourceLocation) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `file:line:column: message`.
    public var description: String { "\(location): \(message)" }

    /// The kind of a definition problem. A struct over a private enum, so kinds can be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Kind: String, Hashable, Sendable {
            case yamlSyntax = "yaml-syntax"
            case unknownKey = "unknown-key"
            case missingKey = "missing-key"
            case wrongType = "wrong-type"
            case invalidValue = "invalid-value"
            case duplicateID = "duplicate-id"
            case unknownState = "unknown-state"
            case unknownRole = "unknown-role"
            case unknownField = "unknown-field"
            case unknownEvent = "unknown-event"
            case unknownReference = "unknown-reference"
            case expressionSyntax = "expression-syntax"
            case expressionType = "expression-type"
            case unreachableState = "unreachable-state"
            case deadEnd = "dead-end"
            case deadlineOnFinalState = "deadline-on-final-state"
            case unreadableFile = "unreadable-file"
            case unusedField = "unused-field"
            case unusedRole = "unused-role"
            case bandGap = "band-gap"
            case bandOverlap = "band-overlap"
            case notMonotonic = "not-monotonic"
            case missingDefinition = "missing-definition"
        }
        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }

        /// The file is not valid YAML.
        public static let yamlSyntax = Code(.yamlSyntax)
        /// A key the format does not know (often a typo).
        public static let unknownKey = Code(.unknownKey)
        /// A required key is missing.
        public static let missingKey = Code(.missingKey)
        /// A value has the wrong shape (a list where a mapping belongs, text where a number belongs).
        public static let wrongType = Code(.wrongType)
        /// A value has the right shape but is not allowed (an unknown type name, a bad duration).
        public static let invalidValue = Code(.invalidValue)
        /// Two things share an id that must be unique.
        public static let duplicateID = Code(.duplicateID)
        /// A transition or an `in_state` names a state that does not exist.
        public static let unknownState = Code(.unknownState)
        /// A role is used that the file does not declare.
        public static let unknownRole = Code(.unknownRole)
        /// A guard or an effect names a field that is not declared.
        public static let unknownField = Code(.unknownField)
        /// A reference to an event that nothing handles.
        public static let unknownEvent = Code(.unknownEvent)
        /// A reference to something else that does not exist (a questionnaire, a scale, a deadline).
        public static let unknownReference = Code(.unknownReference)
        /// A guard expression cannot be parsed.
        public static let expressionSyntax = Code(.expressionSyntax)
        /// A guard expression mixes types or does not give true/false.
        public static let expressionType = Code(.expressionType)
        /// No path from the initial state leads to this state.
        public static let unreachableState = Code(.unreachableState)
        /// A state that is not final has no way out.
        public static let deadEnd = Code(.deadEnd)
        /// A final state has a deadline, which could never fire.
        public static let deadlineOnFinalState = Code(.deadlineOnFinalState)
        /// The file cannot be read.
        public static let unreadableFile = Code(.unreadableFile)
        /// Warning: a declared field is never read or written.
        public static let unusedField = Code(.unusedField)
        /// Warning: a declared role may send no event.
        public static let unusedRole = Code(.unusedRole)

        /// Some possible scores (sums or counts of standards met) fall in no band or threshold.
        public static let bandGap = Code(.bandGap)
        /// Some possible sums fall in two bands.
        public static let bandOverlap = Code(.bandOverlap)
        /// A higher score would give a lower capacity level (bands or thresholds out of order).
        public static let notMonotonic = Code(.notMonotonic)
        /// A definition a running installation needs is missing (a record kind's workflow, the roles).
        public static let missingDefinition = Code(.missingDefinition)

        /// A short stable name, such as `unknown-state`.
        public var description: String { kind.rawValue }
    }
}

/// Everything the loader found wrong (errors) or worth a look (warnings) in a set of definitions.
public struct DefinitionReport: Sendable {
    /// Problems that stop the definitions from running.
    public var errors: [DefinitionError] = []
    /// Remarks that do not stop anything, such as a field nobody reads.
    public var warnings: [DefinitionError] = []

    /// Creates an empty report.
    public init(errors: [DefinitionError] = [], warnings: [DefinitionError] = []) {
        self.errors = errors
        self.warnings = warnings
    }

    /// True when there are no errors (warnings allowed).
    public var isValid: Bool { errors.isEmpty }

    /// Adds the problems of another report.
    public mutating func merge(_ other: DefinitionReport) {
        errors += other.errors
        warnings += other.warnings
    }

    /// Errors and warnings ordered by file, line and column.
    public var sorted: (errors: [DefinitionError], warnings: [DefinitionError]) {
        let order: (DefinitionError, DefinitionError) -> Bool = {
            ($0.location.file, $0.location.line, $0.location.column)
                < ($1.location.file, $1.location.line, $1.location.column)
        }
        return (errors.sorted(by: order), warnings.sorted(by: order))
    }
}

/// Thrown when definitions do not pass validation; carries the whole report.
public struct InvalidDefinitions: Error, Sendable, CustomStringConvertible {
    /// The problems found.
    public var report: DefinitionReport

    /// Creates the error from a report with at least one error.
    public init(report: DefinitionReport) { self.report = report }

    /// One `file:line:column: message` line per error.
    public var description: String {
        report.sorted.errors.map(\.description).joined(separator: "\n")
    }
}
