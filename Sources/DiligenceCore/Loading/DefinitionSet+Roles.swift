extension DefinitionSet {
    /// The record kinds diligence runs, by the `subject:` of the workflow that runs them, with
    /// what needs each: every one of them must have its workflow in a complete set.
    public static let requiredSubjects: [(subject: String, neededFor: String)] = [
        ("partner", "the partner lifecycle"),
        ("assessment", "PSEA capacity assessments"),
        ("capacity_status", "capacity statuses recorded without an assessment"),
        ("agreement", "partner agreements and their PSEA clauses"),
        ("flag", "risk flags, including those the risk rules raise"),
        ("training", "training confirmation"),
        ("allegation", "allegations of sexual exploitation and abuse"),
    ]

    /// Checks that every role a workflow, the allegation confidentiality file or its officer
    /// assignment names is declared in the roles file (when the set has one).
    mutating func checkDeclaredRoles() {
        guard let catalogue = roleCatalogue else { return }
        let known = catalogue.ids
        func check(_ role: String, at location: SourceLocation, in what: String) {
            guard role != SystemRole.name, catalogue.role(role) == nil else { return }
            let hint = Suggestion.closest(to: role, among: known).map { "; did you mean \"\($0)\"?" } ?? ""
            report.errors.append(
                DefinitionError(
                    .unknownRole,
                    "\(what) names the role \(role), which \(catalogue.file) does not declare\(hint)",
                    at: location))
        }
        for workflow in workflows.values.sorted(by: { $0.file < $1.file }) {
            for role in workflow.roles {
                check(role.id, at: role.location, in: "the workflow \(workflow.id)")
            }
        }
        if let confidentiality = allegationConfidentiality, let file = confidentiality.file {
            let start = SourceLocation(file: file, line: 1, column: 1)
            for role in confidentiality.roles.keys.sorted() {
                check(
                    role, at: confidentiality.roleLocations[role] ?? start,
                    in: "the allegation confidentiality file")
            }
        }
    }

    /// Adds an error for each part a running installation needs and the set lacks: the roles
    /// file and the workflow of every record kind (``requiredSubjects``). `workflowsFolder` and
    /// `assessmentsFolder` are the folders as shown in messages.
    public mutating func requireComplete(workflowsFolder: String, assessmentsFolder: String) {
        for (subject, neededFor) in Self.requiredSubjects where workflow(forSubject: subject) == nil {
            report.errors.append(
                DefinitionError(
                    .missingDefinition,
                    "no workflow runs the \(subject) records (subject: \(subject)), needed for \(neededFor); restore its file (the shipped one is in the diligence repository)",
                    at: SourceLocation(file: workflowsFolder, line: 1, column: 1)))
        }
        if roleCatalogue == nil {
            report.errors.append(
                DefinitionError(
                    .missingDefinition,
                    "no file declares the roles accounts hold (roles:); restore roles.yaml (the shipped one is in the diligence repository)",
                    at: SourceLocation(file: assessmentsFolder, line: 1, column: 1)))
        }
    }
}
