extension DefinitionSet {
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
}
