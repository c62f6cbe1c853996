extension DefinitionSet {
    /// The classification allegation commands use: the file's, else the standard one.
    public var confidentiality: AllegationConfidentiality {
        allegationConfidentiality ?? .standard
    }

    mutating func loadAllegationConfidentiality(_ source: YAMLSource) {
        let (loaded, fileReport) = AllegationConfidentialityLoader.load(source)
        report.merge(fileReport)
        guard let loaded else { return }
        if let existing = allegationConfidentiality {
            report.errors.append(
                DefinitionError(
                    .duplicateID,
                    "\(existing.file ?? "another file") already classifies the allegation fields; Assessments/ may hold only one such file",
                    at: SourceLocation(file: source.file, line: 1, column: 1)))
        } else {
            allegationConfidentiality = loaded
        }
    }

    /// Checks the classification against the allegation workflow: each of its fields is
    /// classified (case or aggregate: workflow fields are logged in the clear), and every name the
    /// file classifies is a field of the record or of the workflow.
    mutating func checkAllegationFields() {
        guard let workflow = workflow(forSubject: "allegation") else { return }
        let classification = confidentiality
        let place = classification.file ?? "the standard classification"
        for field in workflow.fields {
            switch classification.fieldClass(field.path) {
            case nil:
                report.errors.append(
                    DefinitionError(
                        .unknownField,
                        "the field \(field.path) is not classified in \(place); add it under fields: as case or aggregate",
                        at: field.location))
            case .restricted:
                report.errors.append(
                    DefinitionError(
                        .invalidValue,
                        "the field \(field.path) is logged in the clear, so it cannot be restricted in \(place); keep identifying details out of workflow fields",
                        at: classification.locations[field.path] ?? field.location))
            default: break
            }
        }
        let known = Set(
            AllegationRecord.clearFields + AllegationRecord.restrictedFields + ["status"]
                + workflow.fields.map(\.path))
        for (name, _) in classification.fields where !known.contains(name) {
            let hint =
                Suggestion.closest(to: name, among: known.sorted()).map { "; did you mean \"\($0)\"?" } ?? ""
            report.errors.append(
                DefinitionError(
                    .unknownField,
                    "\(name) is not a field of an allegation (its record or \(workflow.file))\(hint)",
                    at: classification.locations[name] ?? SourceLocation(file: place, line: 1, column: 1)))
        }
    }

    /// Checks that the roles a file names to assign officers to partners are roles of the partner
    /// workflow.
    mutating func checkOfficerAssigners() {
        guard let lifecycle = workflow(forSubject: "partner") else { return }
        let policy = confidentiality.assignment
        // Only roles a file names are checked; the default (managers) is not required to exist.
        guard let location = policy.assignedByLocation else { return }
        let known = lifecycle.roles.map(\.id)
        for role in policy.assignedBy where !known.contains(role) {
            let hint =
                Suggestion.closest(to: role, among: known).map { "; did you mean \"\($0)\"?" } ?? ""
            report.errors.append(
                DefinitionError(
                    .unknownRole,
                    "assigned_by names \(role), which is not a role of \(lifecycle.file)\(hint)",
                    at: location))
        }
    }
}
