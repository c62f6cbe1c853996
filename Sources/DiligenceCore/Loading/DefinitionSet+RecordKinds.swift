extension DefinitionSet {
    /// Adds an error for each part a running installation needs and the set lacks: the roles
    /// file, the workflow of every record kind (``RecordKind/all``), and in each such workflow
    /// every name diligence reads back out of it (``WorkflowName``). `workflowsFolder` and
    /// `assessmentsFolder` are the folders as shown in messages.
    public mutating func requireComplete(workflowsFolder: String, assessmentsFolder: String) {
        for kind in RecordKind.all {
            guard let workflow = workflow(forSubject: kind.subject) else {
                report.errors.append(
                    DefinitionError(
                        .missingDefinition,
                        "no workflow runs the \(kind.subject) records (subject: \(kind.subject)), needed for \(kind.neededFor); restore its file (the shipped one is in the diligence repository)",
                        at: SourceLocation(file: workflowsFolder, line: 1, column: 1)))
                continue
            }
            for name in kind.names {
                guard let problem = name.problem(in: workflow) else { continue }
                report.errors.append(
                    DefinitionError(
                        name.part == .state
                            ? .unknownState : name.part == .field ? .unknownField : .unknownEvent,
                        "the workflow \(workflow.id) runs the \(kind.subject) records but \(problem); keep that name",
                        at: workflow.root.location))
            }
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
