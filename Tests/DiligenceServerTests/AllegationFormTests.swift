import DiligenceApp
import DiligenceCore
import DiligenceStore
import DiligenceTestSupport
import DiligenceWebForms
import Foundation
import Logging
import Testing

@testable import DiligenceServer

/// What a case's step forms read (each bad value an error beside its field, nothing to send),
/// how refusals and values are worded, the deadline's countdown and the workflow drawing.
@Suite struct AllegationFormTests {
    static let workflow = AllegationPageSupport.definitions.workflow(forSubject: "allegation")

    /// The step as the workflow offers it: the fields its first transition requires, and those any
    /// of its transitions accepts.
    static func offered(_ event: String) -> [WorkflowDefinition.AvailableEvent] {
        let transitions = (workflow?.states ?? []).flatMap(\.transitions).filter { $0.event == event }
        guard let first = transitions.first else { return [] }
        let requires = first.requires.map(\.path)
        var accepts: [String] = []
        for field in transitions.flatMap(\.accepts).map(\.path)
        where !requires.contains(field) && !accepts.contains(field) {
            accepts.append(field)
        }
        return [
            WorkflowDefinition.AvailableEvent(
                event: event, roles: first.roles ?? [], requires: requires, accepts: accepts, guarded: false)
        ]
    }

    func step(_ event: String, _ body: String) throws -> AllegationStep {
        AllegationStep(
            event: event, form: try #require(WebForm(urlEncoded: body)), steps: Self.offered(event),
            definition: Self.workflow)
    }

    @Test func aStepsMissingOrBadValuesAreErrorsBesideTheirFieldsAndNothingIsSent() throws {
        let empty = try step("report_to_un", "")
        #expect(
            empty.errors == [
                FieldError(
                    field: "report_to_un-reported_on", message: "Enter the day reported to the UN entity")
            ])
        #expect(empty.data.isEmpty)
        let badDate = try step("consent_given", "consent_on=5+March")
        #expect(badDate.errors.map(\.field) == ["consent_given-consent_on"])
        #expect(badDate.errors.first?.message.contains("YYYY-MM-DD") == true)
        #expect(badDate.day == nil)
        let offList = try step("assist", "type=spa&status=provided&date=2026-01-02")
        #expect(offList.errors.map(\.field) == ["assist-type"])
        #expect(offList.assistance == nil)
        let outcome = try step("conclude", "outcome=maybe")
        #expect(outcome.errors.map(\.field) == ["conclude-outcome"])
    }

    @Test func anOptionalFieldLeftEmptyIsNotSentAndAYesOrNoFieldIsChosen() throws {
        let fields = AllegationStep.fields(
            "conclude", steps: Self.offered("conclude"), definition: Self.workflow)
        #expect(fields.map(\.name) == ["outcome", "criminal_referral", "paternity_claim"])
        #expect(fields.map(\.isOptional) == [false, true, true])
        try #require(fields.count == 3)
        #expect(fields[1].choices == ["true", "false"] && fields[1].choiceLabel("false") == "No")
        let bare = try step("conclude", "outcome=substantiated")
        #expect(bare.errors.isEmpty && bare.data.map(\.field) == ["outcome"])
        let referred = try step("conclude", "outcome=substantiated&criminal_referral=true")
        #expect(referred.data.map(\.field) == ["outcome", "criminal_referral"])
        let offList = try step("conclude", "outcome=substantiated&criminal_referral=perhaps")
        #expect(offList.errors.map(\.field) == ["conclude-criminal_referral"])
        let notOffered = try AllegationStep(
            event: "conclude", form: #require(WebForm(urlEncoded: "outcome=substantiated")), steps: [],
            definition: Self.workflow)
        #expect(notOffered.data.isEmpty)
    }

    @Test func goodValuesBecomeTheStepsData() throws {
        let consent = try step("consent_given", "consent_on=2026-01-02")
        #expect(consent.errors.isEmpty && consent.day == LocalDate("2026-01-02"))
        let assist = try step("assist", "type=medical_care&status=offered&date=2026-01-03")
        #expect(
            assist.assistance
                == AssistanceEntry(type: .medicalCare, status: .offered, date: LocalDate("2026-01-03")!))
        let actions = try step("record_interim_actions", "interim_actions=Suspended%0D%0AReassigned%2C+away")
        #expect(actions.data.map(\.field) == ["interim_actions"])
        #expect(actions.data.first?.value == "Suspended,Reassigned; away")
    }

    @Test func refusedReportValuesAreNamedForTheirField() {
        #expect(AllegationMessages.formField(.received) == "received")
        #expect(AllegationMessages.formField(.victims) == "victims-women")
        #expect(AllegationMessages.formField(.restrictedText("narrative")) == "narrative")
        let late = AllegationInputError(
            field: .incident, "the incident (2026-02-01) cannot be after the day received (2026-01-01)")
        #expect(AllegationMessages.message(late).hasPrefix("Enter the day of the incident as YYYY-MM-DD"))
        #expect(
            AllegationMessages.message(AllegationInputError(field: .type, "x"))
                == "Choose the type of allegation")
    }

    @Test func valuesReadAsSentences() {
        #expect(
            AllegationMessages.text(.object(["women": .int(1), "girls": .int(0), "boys": .int(2)]))
                == "boys 2, women 1")
        #expect(AllegationMessages.text(.null) == "Not recorded")
        #expect(AllegationMessages.text(.string("unknown")) == "Not known")
        #expect(AllegationMessages.text(.bool(true)) == "Yes")
        #expect(AllegationMessages.text(.string("unknown"), of: "incident") == "Not known")
        #expect(AllegationMessages.text(.string("community hotline"), of: "channel") == "community hotline")
        #expect(AllegationMessages.text(.string("sexual_abuse"), of: "type") == "Sexual abuse")
        #expect(AllegationMessages.statusName("reported_to_un") == "Reported to the UN entity")
        #expect(AllegationMessages.tag("received")["colour"] == "red")
    }

    @Test func theDeadlineCountsDownInWholeDays() {
        let now = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01 09:00 UTC
        let midnight = Date(timeIntervalSince1970: 1_767_225_600 + 86_400)  // 2026-01-02 00:00
        #expect(Dates.countdown(to: midnight, now: now) == "Due today")
        #expect(Dates.countdown(to: midnight.addingTimeInterval(86_400), now: now) == "Due tomorrow")
        #expect(Dates.countdown(to: midnight.addingTimeInterval(3 * 86_400), now: now) == "Due in 3 days")
        #expect(
            Dates.countdown(to: now.addingTimeInterval(-60), now: now).hasPrefix("Overdue since 2026-01-01"))
    }

    @Test func theDrawingHasAnArrowPerMovingTransitionAndSaysWhatItShows() throws {
        try AllegationPageSupport.withService { service in
            for chart in service.workflowCharts {
                let svg = WorkflowDrawing.svg(chart)
                let moving = chart.transitions.filter { $0.to != nil && $0.to != $0.from }.count
                #expect(
                    svg.components(separatedBy: "marker-end=").count - 1 == min(moving, 40), "\(chart.id)")
                #expect(svg.contains("role=\"img\"") && svg.contains("aria-label=\"Workflow "))
                #expect(!svg.contains("<script"))
            }
            let values = WebApp.workflowValues(try service.workflowChart("risk-flag"))
            #expect(
                (values["transitions"] as? [[String: Any]])?.count
                    == (try service.workflowChart("risk-flag")).transitions.count)
        }
    }

    @Test func aTimelineNeverShowsSealedValues() {
        let (kept, sealed) = WebApp.withoutSealed(
            .object([
                "allegation": .object([
                    "partner": .string("P-0001"), "sealed": .object(["narrative": .string("v1:abc")]),
                ]),
                "sealed_assistance": .string("v1:xyz"),
            ]))
        #expect(sealed)
        #expect(!"\(kept)".contains("v1:"))
        #expect("\(kept)".contains("P-0001"))
    }
}

/// The shipped definitions, and a layer over a new SQLite file, for the tests of the pages' values.
enum AllegationPageSupport {
    static let definitions: DefinitionSet = DefinitionDirectory.load(
        workflows: Repository.url("Workflows"), assessments: Repository.url("Assessments"))

    /// Runs `body` with a layer over a new SQLite file, removed with its journal files after.
    static func withService(_ body: (DiligenceService) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-server-\(UUID().uuidString).sqlite"
        ).path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try DiligenceStore(path: path, create: true, logger: Logger(label: "test"))
        try body(DiligenceService(store: store, definitions: definitions))
    }
}
