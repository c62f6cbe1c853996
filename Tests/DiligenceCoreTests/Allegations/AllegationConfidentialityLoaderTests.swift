import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// The shipped confidentiality file, whose lines the tests edit.
private let path = "Assessments/allegation-confidentiality.yaml"

private func shipped() throws -> String { try Repository.text(path) }

/// The line (1-based) of the first line of `text` containing `needle`.
private func line(of needle: String, in text: String) -> Int {
    (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
}

private func definitions(_ confidentiality: String) throws -> DefinitionSet {
    DefinitionSet(files: [
        .init(
            path: "Workflows/allegation-case.yaml",
            text: try Repository.text("Workflows/allegation-case.yaml"),
            folder: .workflows),
        .init(path: path, text: confidentiality, folder: .assessments),
    ])
}

/// `Assessments/allegation-confidentiality.yaml`: the shipped classification, and every mistake
/// reported at its line and column.
@Suite struct AllegationConfidentialityLoaderTests {
    @Test func theShippedFileClassifiesEveryFieldAsTheStandardDoes() throws {
        let set = try definitions(try shipped())
        #expect(set.report.errors.isEmpty, "\(set.report.errors)")
        let loaded = try #require(set.allegationConfidentiality)
        let standard = AllegationConfidentiality.standard
        #expect(loaded.fields.map(\.name).sorted() == standard.fields.map(\.name).sorted())
        for (name, fieldClass) in loaded.fields {
            #expect(standard.fieldClass(name) == fieldClass, "\(name)")
        }
        #expect(loaded.roles == standard.roles)
        #expect(loaded.role("psea_focal_point", reads: .restricted))
        #expect(
            !loaded.role("programme_officer", reads: .restricted)
                && loaded.role("programme_officer", reads: .case))
        #expect(loaded.classes(readBy: "manager") == [.aggregate])
        #expect(loaded.classes(readBy: "partner").isEmpty)
        #expect(loaded.roles(reading: .restricted) == ["psea_focal_point"])
        #expect(loaded.assignment.ownPartnersOnly == ["programme_officer"])
        #expect(loaded.assignment.assignedBy == ["manager"])
        #expect(loaded.assignment.ownPartnersOnly == standard.assignment.ownPartnersOnly)
        #expect(loaded.seesAssignedPartnersOnly("programme_officer"))
        #expect(!loaded.seesAssignedPartnersOnly("psea_focal_point"))
    }

    @Test func aRestrictedFieldCannotBeDemoted() throws {
        let text = try shipped().replacingOccurrences(of: "narrative: restricted", with: "narrative: case")
        let errors = try definitions(text).report.errors
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.location.file == path)
        #expect(error.location.line == line(of: "narrative: case", in: text))
        #expect(error.location.column == 16)
        #expect(error.message.contains("narrative may identify a victim/survivor and is encrypted at rest"))
    }

    @Test func aClearFieldCannotBeRestricted() throws {
        let text = try shipped().replacingOccurrences(of: "channel: case", with: "channel: restricted")
        let error = try #require(try definitions(text).report.errors.first)
        #expect(error.location.line == line(of: "channel: restricted", in: text))
        #expect(error.message.contains("channel is kept in the clear, so it cannot be restricted"))
    }

    @Test func aWorkflowFieldCannotBeRestricted() throws {
        let text = try shipped().replacingOccurrences(of: "outcome: case", with: "outcome: restricted")
        let error = try #require(try definitions(text).report.errors.first)
        #expect(error.location.line == line(of: "outcome: restricted", in: text))
        #expect(error.message.contains("outcome is kept in the clear"))
    }

    @Test func anUnknownClassIsNamedWithASuggestion() throws {
        let text = try shipped().replacingOccurrences(of: "type: case", with: "type: cases")
        let error = try #require(try definitions(text).report.errors.first)
        #expect(error.code == .invalidValue)
        #expect(error.location.line == line(of: "type: cases", in: text))
        #expect(error.location.column == 11)
        #expect(error.message == "\"cases\" is not a class of confidentiality; did you mean \"case\"?")
    }

    @Test func aFieldLeftOutIsMissing() throws {
        let text = try shipped().replacingOccurrences(of: "    perpetrators: aggregate\n", with: "")
        let error = try #require(try definitions(text).report.errors.first)
        #expect(error.code == .missingKey)
        #expect(error.location.line == line(of: "  fields:", in: text))
        #expect(error.message == "every field of an allegation must be classified; add perpetrators")
    }

    @Test func aWorkflowFieldLeftOutIsReportedAtTheWorkflowField() throws {
        let text = try shipped().replacingOccurrences(of: "    closing_note: case\n", with: "")
        let error = try #require(try definitions(text).report.errors.first)
        #expect(error.code == .unknownField)
        #expect(error.location.file == "Workflows/allegation-case.yaml")
        let workflow = try Repository.text("Workflows/allegation-case.yaml")
        #expect(error.location.line == line(of: "  closing_note:", in: workflow))
        #expect(error.message.contains("the field closing_note is not classified in \(path)"))
    }

    @Test func aNameThatIsNoFieldIsReportedWithASuggestion() throws {
        let text = try shipped().replacingOccurrences(
            of: "    consent_on: case\n", with: "    consent_on: case\n    consent_date: case\n")
        let error = try #require(try definitions(text).report.errors.first)
        #expect(error.code == .unknownField)
        #expect(error.location.line == line(of: "consent_date: case", in: text))
        #expect(error.message.contains("consent_date is not a field of an allegation"))
        #expect(error.message.contains("did you mean \"consent_on\"?"))
    }

    @Test func rolesTakeAListOfClasses() throws {
        let text = try shipped().replacingOccurrences(
            of: "manager: [aggregate]", with: "manager: [aggregate, aggregat]")
        let error = try #require(try definitions(text).report.errors.first)
        #expect(error.location.line == line(of: "manager: [aggregate, aggregat]", in: text))
        #expect(error.location.column == 26)
        let single = try definitions(
            try shipped().replacingOccurrences(of: "manager: [aggregate]", with: "manager: aggregate"))
        #expect(single.report.errors.isEmpty)
        #expect(single.confidentiality.classes(readBy: "manager") == [.aggregate])
    }

    @Test func unknownKeysAndAMissingSectionAreReported() throws {
        let typo = try shipped().replacingOccurrences(of: "  roles:", with: "  role:")
        let errors = try definitions(typo).report.errors
        #expect(errors.contains { $0.code == .unknownKey && $0.message.contains("did you mean \"roles\"?") })
        #expect(errors.contains { $0.code == .missingKey && $0.message.contains("needs \"roles:\"") })
    }

    @Test func withoutAFileTheStandardClassificationApplies() throws {
        let set = DefinitionSet(files: [
            .init(
                path: "Workflows/allegation-case.yaml",
                text: try Repository.text("Workflows/allegation-case.yaml"),
                folder: .workflows)
        ])
        #expect(set.report.errors.isEmpty, "\(set.report.errors)")
        #expect(set.allegationConfidentiality == nil)
        #expect(set.confidentiality.fieldClass("narrative") == .restricted)
    }

    @Test func theSchemaNamesTheKeysAndClasses() throws {
        let data = try Data(contentsOf: Repository.url("Assessments/allegation-confidentiality.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = schema["properties"] as? [String: Any]
        #expect(properties?.keys.sorted() == ["allegation_confidentiality"])
        let body =
            (properties?["allegation_confidentiality"] as? [String: Any])?["properties"] as? [String: Any]
        #expect(body?.keys.sorted() == ["assignment", "fields", "roles"])
        let classes =
            ((schema["$defs"] as? [String: Any])?["fieldClass"] as? [String: Any])?["enum"] as? [String]
        #expect(classes == FieldClass.names)
    }

    // MARK: assignment

    /// The shipped file with the partner lifecycle, whose roles `assigned_by` names.
    private func definitionsWithLifecycle(_ confidentiality: String) throws -> DefinitionSet {
        DefinitionSet(files: [
            .init(
                path: "Workflows/allegation-case.yaml",
                text: try Repository.text("Workflows/allegation-case.yaml"), folder: .workflows),
            .init(
                path: "Workflows/partner-lifecycle.yaml",
                text: try Repository.text("Workflows/partner-lifecycle.yaml"), folder: .workflows),
            .init(path: path, text: confidentiality, folder: .assessments),
        ])
    }

    @Test func aRoleLimitedToItsPartnersMustReadCases() throws {
        let unknown = try shipped().replacingOccurrences(
            of: "own_partners_only: [programme_officer]", with: "own_partners_only: [programme_oficer]")
        let error = try #require(try definitions(unknown).report.errors.first)
        #expect(error.code == .unknownRole)
        #expect(error.location.line == line(of: "own_partners_only:", in: unknown))
        #expect(error.location.column == 25)
        #expect(error.message.contains("programme_oficer is not under roles:"))
        let aggregate = try shipped().replacingOccurrences(
            of: "own_partners_only: [programme_officer]", with: "own_partners_only: [manager]")
        let second = try #require(try definitions(aggregate).report.errors.first)
        #expect(second.message.contains("manager does not read cases"), "\(second)")
    }

    @Test func assignersMustBeRolesOfThePartnerLifecycle() throws {
        let text = try shipped().replacingOccurrences(
            of: "assigned_by: [manager]", with: "assigned_by: [managers]")
        let errors = try definitionsWithLifecycle(text).report.errors
        let error = try #require(errors.first, "\(errors)")
        #expect(error.code == .unknownRole)
        #expect(error.location.file == path)
        #expect(error.location.line == line(of: "assigned_by:", in: text))
        #expect(
            error.message.contains(
                "assigned_by names managers, which is not a role of Workflows/partner-lifecycle.yaml"))
        #expect(error.message.contains("did you mean \"manager\"?"))
        #expect(try definitionsWithLifecycle(try shipped()).report.errors.isEmpty)
    }

    @Test func theAssignmentSectionRefusesUnknownKeysAndAnEmptyAssignerList() throws {
        let typo = try shipped().replacingOccurrences(of: "own_partners_only:", with: "own_partner_only:")
        let errors = try definitions(typo).report.errors
        let error = try #require(errors.first)
        #expect(error.code == .unknownKey, "\(errors)")
        #expect(error.location.line == line(of: "own_partner_only:", in: typo))
        #expect(error.message.contains("did you mean \"own_partners_only\"?"), "\(error)")
        let empty = try shipped().replacingOccurrences(of: "assigned_by: [manager]", with: "assigned_by: []")
        let second = try #require(try definitions(empty).report.errors.first)
        #expect(second.code == .missingKey)
        #expect(second.message.contains("assigned_by needs at least one role"))
        let twice = try shipped().replacingOccurrences(
            of: "assigned_by: [manager]", with: "assigned_by: [manager, manager]")
        #expect(
            try definitions(twice).report.errors.first?.message == "manager is listed twice under assigned_by"
        )
    }

    @Test func withoutAnAssignmentSectionNoRoleIsLimitedAndManagersAssign() throws {
        let text = try shipped()
        let cut = String(text[..<text.range(of: "\n  # Programme officers see the cases")!.lowerBound]) + "\n"
        let set = try definitions(cut)
        #expect(set.report.errors.isEmpty, "\(set.report.errors)")
        #expect(set.confidentiality.assignment.ownPartnersOnly.isEmpty)
        #expect(set.confidentiality.assignment.assignedBy == ["manager"])
    }
}
