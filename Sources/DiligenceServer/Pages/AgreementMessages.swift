import DiligenceApp
import DiligenceCore
import DiligenceStore

/// The web's wording for agreements: upload errors beside their field, decisions, findings.
enum AgreementMessages {
    /// An upload's refusal as an error on its field, or `nil` when it is not one of a field.
    static func uploadError(_ refusal: DiligenceError) -> FieldError? {
        switch (refusal.field, refusal.values["problem"]) {
        case (.agreementFile?, "empty"):
            return FieldError(field: "file", message: "The selected file is empty")
        case (.agreementFile?, "too-large"):
            return FieldError(
                field: "file",
                message:
                    "The selected file must be smaller than \(AgreementUpload.maximumBytes / 1_048_576) MB")
        case (.agreementFile?, _):
            let reason = refusal.values["reason"].map { ": \($0)" } ?? ""
            return FieldError(
                field: "file",
                message: "The selected file must be an agreement in XML, HTML, Word (.docx) or PDF\(reason)")
        case (.partner?, _) where refusal.code == .missingValue:
            return FieldError(field: "partner", message: "Enter the partner's id")
        case (.partner?, _):
            return FieldError(
                field: "partner",
                message: "No partner you may see has the id \(refusal.values["partner"] ?? "")")
        case (.agreement?, "other-partner"):
            return FieldError(
                field: "agreement",
                message:
                    "Agreement \(refusal.values["record"] ?? "") is not an agreement of \(refusal.values["partner"] ?? "the partner"); choose one of its own agreements"
            )
        case (.agreement?, _):
            return FieldError(
                field: "agreement",
                message: "No agreement you may see has the id \(refusal.values["record"] ?? "")")
        default: return nil
        }
    }

    /// A decision's refusal by the record (an amendment without a note, ...) beside its field.
    static func decisionError(_ error: AgreementChangeError, field: String) -> FieldError {
        switch error {
        case .missing(let kind, let clause):
            FieldError(
                field: field,
                message: kind == .waived
                    ? "Enter a reason: say why \(clause) may be waived"
                    : "Enter a note: say what the partner must change in \(clause)")
        case .confirmationNeedsNote(let clause, let status, _):
            FieldError(
                field: field,
                message:
                    "\(clause) was found \(status.rawValue): to confirm it, say in the note where the agreement carries it"
            )
        case .tooLong(let kind, let limit):
            FieldError(
                field: field,
                message: "The \(AgreementChangeError.text(of: kind)) must be \(limit) characters or fewer")
        case .unknownClause(let id, _, _):
            FieldError(field: field, message: "\(id) is not a clause of this agreement")
        }
    }

    /// A finding's status as a tag.
    static func tag(_ status: ClauseStatus) -> [String: String] {
        switch status {
        case .present: ["label": "Present", "colour": "green"]
        case .partial: ["label": "Partial", "colour": "yellow"]
        case .absent: ["label": "Absent", "colour": "red"]
        }
    }

    /// A decision, in words.
    static func decision(_ decision: ClauseDecision?) -> String {
        guard let decision else { return "Not decided" }
        let what =
            switch decision.kind {
            case .confirmed: "Confirmed"
            case .amendmentRequested: "Amendment requested"
            case .waived: "Waived"
            }
        return "\(what) by \(decision.user)" + (decision.text.map { ": \($0)" } ?? "")
    }

    /// A change between versions, in words.
    static func change(_ kind: AgreementComparison.Change.Kind) -> String {
        switch kind {
        case .appeared: "Appeared"
        case .disappeared: "Disappeared"
        case .changedFinding: "Changed finding"
        case .reworded: "Passage reworded"
        }
    }

    /// Where a finding's passage is, as the document has it: article, paragraph, page and line.
    static func place(_ finding: ClauseFinding) -> String {
        var parts: [String] = []
        if let number = finding.sectionNumber { parts.append(number) }
        if let paragraph = finding.paragraphNumber { parts.append("item \(paragraph)") }
        switch finding.location {
        case .page(let page, let line)?: parts.append("page \(page), line \(line)")
        case .line(let line)?: parts.append("line \(line)")
        case .paragraph(let index)?: parts.append("paragraph \(index)")
        case nil: break
        }
        return parts.isEmpty ? "Not found" : parts.joined(separator: ", ")
    }
}
