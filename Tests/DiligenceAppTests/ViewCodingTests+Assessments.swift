import Foundation
import Testing

@testable import DiligenceApp
@testable import DiligenceCore
@testable import DiligenceStore

/// The assessment views of `assessment list` and `show`: `null` where a value is missing, and
/// `standards`, `unrated`, `explanation` and `determination` only when the questionnaire and the
/// ratings give them.
extension ViewCodingTests {
    static let questionnaire = AppFixture.definitions.questionnaires["psea-common"]!
    static let assessmentWorkflow = AppFixture.definitions.workflows["psea-assessment"]

    static func assessment(_ change: (inout AssessmentRecord) -> Void = { _ in }) -> AssessmentEntry {
        var record = AssessmentRecord(questionnaire: QuestionnaireReference(questionnaire), partner: "P-0001")
        change(&record)
        return AssessmentEntry(
            id: "A-0001", record: record,
            instance: InstanceRecord(
                subject: "A-0001", kind: "assessment", workflow: "psea-assessment", definitionHash: "abc",
                snapshot: InstanceSnapshot(
                    activeStates: ["open", "draft"], context: [:], version: 1, isComplete: false),
                updatedAt: day))
    }

    static func detail(_ entry: AssessmentEntry, questionnaire: Questionnaire? = questionnaire) throws
        -> [String: Any]
    {
        try object(
            AssessmentDetailView(
                entry, questionnaire: questionnaire, workflow: assessmentWorkflow, today: LocalDate(day),
                standing: "open/draft"))
    }

    static let determination = RecordedDetermination(
        capacity: .medium, score: 5, at: day, periodEndsOn: LocalDate(day).adding(months: 6))

    static let detailKeys: Set<String> = [
        "id", "partner", "questionnaire", "states", "complete", "standing", "facts", "answers", "ratings",
        "plan",
        "accepts", "preliminary", "final", "copied_from", "country_level_reason", "not_asked",
        "accepted_from",
    ]

    @Test func assessmentSummaryKeysWriteNullsAndEachDetermination() throws {
        let object = try Self.object(AssessmentSummaryView(Self.assessment()))
        #expect(
            Set(object.keys) == [
                "kind", "id", "partner", "questionnaire", "states", "complete", "capacity_level", "final",
                "preliminary",
            ])
        #expect(
            object["kind"] as? String == "assessment" && object["questionnaire"] as? String == "psea-common")
        #expect(
            object["capacity_level"] is NSNull && object["final"] is NSNull && object["preliminary"] is NSNull
        )
        var entry = Self.assessment { $0.preliminary = Self.determination }
        entry.instance.snapshot.context["capacity_level"] = .string("medium")
        let determined = try Self.object(AssessmentSummaryView(entry))
        #expect(determined["capacity_level"] as? String == "medium")
        let preliminary = try #require(determined["preliminary"] as? [String: Any])
        #expect(Set(preliminary.keys) == ["capacity", "score", "at", "on", "period_ends_on"])
        #expect(
            preliminary["at"] as? String == "2026-01-01T09:00:00Z"
                && preliminary["on"] as? String == "2026-01-01")
        #expect(preliminary["period_ends_on"] as? String == "2026-07-01")
    }

    @Test func assessmentDetailWithoutItsQuestionnaireHasNoStandardsNorOutcome() throws {
        let object = try Self.detail(Self.assessment(), questionnaire: nil)
        #expect(Set(object.keys) == Self.detailKeys)
        #expect(object["not_asked"] as? [String] == [])
        for key in ["preliminary", "final", "copied_from", "country_level_reason", "accepted_from"] {
            #expect(object[key] is NSNull, "\(key)")
        }
        #expect(Set((object["questionnaire"] as? [String: Any] ?? [:]).keys) == ["id", "version", "hash"])
        let accepted = try #require((object["accepts"] as? [[String: Any]])?.first)
        #expect(Set(accepted.keys) == ["event", "roles", "requires"])
    }

    @Test func assessmentDetailWritesTheStandardsAndWhatIsUnratedUntilEveryStandardIsRated() throws {
        let unrated = try Self.detail(
            Self.assessment {
                $0.ratings["policy"] = .met
                $0.reviewNotes["policy"] = "seen the code"
            })
        #expect(Set(unrated.keys) == Self.detailKeys.union(["standards", "unrated", "explanation"]))
        let standards = try #require(unrated["standards"] as? [[String: Any]])
        #expect(standards.count == Self.questionnaire.standards.count)
        #expect(standards.allSatisfy { Set($0.keys) == ["id", "title", "rating", "note"] })
        #expect(
            standards[0]["rating"] as? String == "met" && standards[0]["note"] as? String == "seen the code")
        #expect(standards[1]["rating"] is NSNull && standards[1]["note"] is NSNull)
        #expect((unrated["unrated"] as? [String])?.count == Self.questionnaire.standards.count - 1)
        let rated = try Self.detail(
            Self.assessment { record in
                for standard in Self.questionnaire.standards { record.ratings[standard.id] = .met }
            })
        #expect(
            Set(rated.keys)
                == Self.detailKeys.union(["standards", "unrated", "explanation", "determination"]))
        #expect(rated["unrated"] as? [String] == [])
        let determination = try #require(rated["determination"] as? [String: Any])
        #expect(Set(determination.keys) == ["capacity", "risk", "score"])
        #expect(determination["capacity"] as? String == "full")
    }

    @Test func assessmentDetailWritesAnswersAndPlanItemsWithTheirOptionalKeysOnlyWhenSet() throws {
        let due = LocalDate(Self.day).adding(months: -1)
        let object = try Self.detail(
            Self.assessment { record in
                record.answers["policy.exists"] = Answer(
                    value: "yes",
                    evidence: [EvidenceReference(type: "code_of_conduct", description: "2025 code")],
                    comment: "signed")
                record.answers["policy.scope"] = Answer(
                    value: "All staff", evidence: [EvidenceReference(type: "other")])
                var done = PlanItem(id: "1", action: "train", owner: "partner", due: due)
                done.completedOn = due
                done.evidence = "attendance lists"
                done.overdueReported = true
                record.planItems = [done, PlanItem(id: "2", action: "screen", owner: "partner", due: due)]
                record.copiedFrom = "A-0000"
                record.countryLevelReason = .decentralised
                record.final = Self.determination
                record.acceptedFrom = SharedOrigin(
                    entity: "UNICEF Kenya", assessment: "A-0042", documentHash: "d0c")
            })
        let answers = try #require(object["answers"] as? [String: [String: Any]])
        #expect(Set(answers["policy.exists"]?.keys.map { $0 } ?? []) == ["value", "evidence", "comment"])
        #expect(Set(answers["policy.scope"]?.keys.map { $0 } ?? []) == ["value", "evidence"])
        #expect(answers["policy.scope"]?["evidence"] as? [[String: String]] == [["type": "other"]])
        #expect(
            answers["policy.exists"]?["evidence"] as? [[String: String]] == [
                ["type": "code_of_conduct", "description": "2025 code"]
            ])
        let plan = try #require(object["plan"] as? [[String: Any]])
        #expect(
            Set(plan[0].keys) == [
                "id", "action", "owner", "due", "overdue", "completed_on", "evidence", "overdue_reported",
            ])
        #expect(plan[0]["overdue"] as? Bool == false && plan[0]["overdue_reported"] as? Bool == true)
        #expect(Set(plan[1].keys) == ["id", "action", "owner", "due", "overdue", "overdue_reported"])
        #expect(plan[1]["overdue"] as? Bool == true && plan[1]["overdue_reported"] as? Bool == false)
        #expect(object["copied_from"] as? String == "A-0000")
        #expect(object["country_level_reason"] as? String == "decentralised")
        #expect(
            Set((object["final"] as? [String: Any] ?? [:]).keys) == [
                "capacity", "score", "at", "on", "period_ends_on",
            ])
        let origin = try #require(object["accepted_from"] as? [String: String])
        #expect(origin == ["entity": "UNICEF Kenya", "assessment": "A-0042", "document_hash": "d0c"])
    }

    @Test func assessmentDetailReadsBackAsWritten() throws {
        let view = AssessmentDetailView(
            Self.assessment { $0.preliminary = Self.determination }, questionnaire: Self.questionnaire,
            workflow: Self.assessmentWorkflow, today: LocalDate(Self.day), standing: "open/draft")
        #expect(
            try JSONDecoder().decode(AssessmentDetailView.self, from: try JSONEncoder().encode(view)) == view)
    }
}
