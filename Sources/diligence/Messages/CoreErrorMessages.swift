import DiligenceCore

/// The terminal's wording of the core's errors where it names a command or a flag; the rest keep
/// their own front-end-neutral explanation.
enum CoreErrorMessages {
    /// Why an exported assessment cannot be read or accepted.
    static func text(_ error: AssessmentExportError) -> String {
        if case .notAnExport(let why) = error {
            return "this is not an assessment exported by `diligence assessment export`: \(why)"
        }
        return error.explanation
    }

    /// Why a change does not fit an agreement: `--note` and `--reason` carry a decision's text.
    static func text(_ error: AgreementChangeError) -> String {
        func flag(_ kind: ClauseDecisionKind) -> String { "--" + AgreementChangeError.text(of: kind) }
        switch error {
        case .missing(let kind, let clause):
            return "\(flag(kind)) is required: \(AgreementChangeError.needed(kind, clause: clause))"
        case .confirmationNeedsNote(let clause, let status, let version):
            return
                "\(clause) was found \(status.rawValue) in version \(version); to confirm it anyway, say with --note where the agreement carries it"
        case .tooLong(let kind, let limit):
            return "\(flag(kind)) is longer than \(limit) characters"
        case .unknownClause:
            return error.explanation
        }
    }

    /// Why the engine refused an event: a missing value is given with `--set FIELD=VALUE`.
    static func text(_ rejection: Rejection) -> String {
        if case .missingData(_, let fields) = rejection, let first = fields.first {
            let listed = rejection.explanation.prefix { $0 != ":" }
            return "\(listed): add --set \(first)=..."
        }
        return rejection.explanation
    }

    /// Why a value an event carries does not fit: a computed field is not given with `--set`.
    static func text(_ error: EventDataError) -> String {
        if case .derivedField(let path) = error {
            return "\(path) is computed from the records and cannot be set with --set"
        }
        return error.explanation
    }

    /// Why an attendance sheet was not imported: bad rows can be skipped with `--skip-bad-rows`.
    static func text(_ error: AttendanceSheetError) -> String {
        guard case .badRows(let errors) = error else { return error.description }
        return
            "nothing was imported: \(Set(errors.map(\.row)).count) rows have problems (skip them with --skip-bad-rows)\n"
            + errors.map(\.description).joined(separator: "\n")
    }

    /// Why a value given for an allegation was refused: `--victims: ...`.
    static func text(_ error: AllegationInputError) -> String {
        "\(label(error.field)): \(error.message)"
    }

    /// The flag (or the name, as given) an allegation's value is typed as.
    private static func label(_ field: AllegationField) -> String {
        switch field {
        case .received: "--received"
        case .incident: "--incident"
        case .type: "--type"
        case .channel: "--channel"
        case .personnel: "--personnel"
        case .victims: "--victims"
        case .perpetrators: "--perpetrators"
        case .date: "--date"
        case .restrictedText(let name): "--" + name.replacingOccurrences(of: "_", with: "-")
        case .unknownText(let name): name
        }
    }
}
