/// Every definition the engine runs with, loaded from `Workflows/` and `Assessments/` and
/// validated as one set: each file on its own, then the references between them.
public struct DefinitionSet: Sendable {
    /// Workflows by id.
    public private(set) var workflows: [String: WorkflowDefinition] = [:]
    /// Questionnaires by id.
    public internal(set) var questionnaires: [String: Questionnaire] = [:]
    /// The risk rules (`Assessments/risk-rules.yaml`); `nil` when no file declares `risk_rules:`.
    public internal(set) var riskRules: RiskRules?
    /// The training policy (`Assessments/training-policy.yaml`); `nil` when no file declares
    /// `training_policy:` (use ``TrainingPolicy/standard`` then).
    public internal(set) var trainingPolicy: TrainingPolicy?
    /// The clause catalogue (`Assessments/agreement-clauses.yaml`), when the set has one.
    public internal(set) var clauseCatalogue: ClauseCatalogue?
    /// The classification of allegation fields and the role matrix
    /// (`Assessments/allegation-confidentiality.yaml`); `nil` when no file declares
    /// `allegation_confidentiality:` (use ``AllegationConfidentiality/standard`` then).
    public internal(set) var allegationConfidentiality: AllegationConfidentiality?
    /// The board-report indicator targets (`Assessments/indicators.yaml`); `nil` when no file
    /// declares `indicators:` (use ``IndicatorTargets/standard`` then).
    public internal(set) var indicatorTargets: IndicatorTargets?
    /// The roles accounts hold (`Assessments/roles.yaml`); `nil` when no file declares `roles:`.
    public internal(set) var roleCatalogue: RoleCatalogue?
    /// Everything found wrong or worth a look.
    public internal(set) var report = DefinitionReport()

    /// A file to load: its path (as shown in messages) and its text.
    public struct File: Sendable {
        /// The path shown in messages.
        public var path: String
        /// The file's text.
        public var text: String
        /// Which folder it came from.
        public var folder: Folder

        /// Creates a file.
        public init(path: String, text: String, folder: Folder) {
            self.path = path
            self.text = text
            self.folder = folder
        }
    }

    /// The two definition folders.
    public enum Folder: String, Sendable {
        /// `Workflows/`: workflow files.
        case workflows
        /// `Assessments/`: questionnaires, scoring models, clause catalogues, rules.
        case assessments
    }

    /// Loads and validates the files. Check ``report`` before using the set.
    public init(files: [File]) {
        var subjects: [String: WorkflowDefinition] = [:]
        for file in files.sorted(by: { $0.path < $1.path }) {
            switch file.folder {
            case .workflows:
                let (definition, fileReport) = WorkflowLoader.load(file: file.path, text: file.text)
                report.merge(fileReport)
                guard let definition else { continue }
                let location = SourceLocation(file: file.path, line: 1, column: 1)
                if let existing = workflows[definition.id] {
                    report.errors.append(
                        DefinitionError(
                            .duplicateID,
                            "the workflow id \"\(definition.id)\" is also used by \(existing.file)",
                            at: location))
                } else if let existing = subjects[definition.subject] {
                    report.errors.append(
                        DefinitionError(
                            .duplicateID,
                            "\(existing.file) already runs the \(definition.subject) records; one workflow per kind of record",
                            at: location))
                } else {
                    workflows[definition.id] = definition
                    subjects[definition.subject] = definition
                    report.errors += DerivedFieldCheck.problems(in: definition)
                }
            case .assessments:
                loadAssessmentFile(file)
            }
        }
        checkAllegationFields()
        checkOfficerAssigners()
        checkDeclaredRoles()
    }

    /// Adds problems found before the files could be parsed (an unreadable file).
    public mutating func add(_ errors: [DefinitionError]) {
        report.errors += errors
    }

    /// The workflow that runs records of a kind (`partner`).
    public func workflow(forSubject subject: String) -> WorkflowDefinition? {
        workflows.values.first { $0.subject == subject }
    }
}
