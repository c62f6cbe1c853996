import Foundation
import Testing

@testable import DiligenceApp
@testable import DiligenceCore
@testable import DiligenceStore

/// Each view encodes to the keys `--json` documents (snake_case, `null` written where a value is
/// missing), so the CLI's output does not change when the layer builds it.
@Suite struct ViewCodingTests {
    static let day = Date(timeIntervalSince1970: 1_767_258_000)
    static let partner = PartnerRecord(
        id: "P-0001", name: "Amani", country: "KE", type: .cso, registeredAt: day)
    static let snapshot = InstanceSnapshot(
        activeStates: ["engagement"], context: ["capacity_level": .string("full")], version: 3,
        isComplete: false)
    static let flag = FlagEntry(
        id: "F-0001", partner: "P-0001", inheritedFrom: nil, category: "compliance", level: "yellow",
        reason: "late report", state: "yellow", rule: nil,
        raisedBy: Actor(user: "amina", role: "programme_officer"),
        raisedAt: day, updatedAt: day, context: [:])
    static let event = EventRecord(
        seq: 7, subject: "G-0001", kind: "event", name: "read_refused",
        actor: Actor(user: "henrik", role: "manager"),
        data: .object(["fields": .array([.string("narrative")]), "reason": .string("role")]), occurredAt: day,
        definitionHash: "", outcome: .null, previousHash: "", hash: "")

    /// The object a view encodes to.
    static func object(_ view: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(view)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func keys(_ view: some Encodable) throws -> Set<String> { Set(try object(view).keys) }

    @Test func partnerSummaryKeys() throws {
        #expect(
            try Self.keys(PartnerSummaryView(Self.partner, Self.snapshot))
                == ["id", "name", "country", "type", "registered_at", "states", "complete"])
        let none = try Self.object(PartnerSummaryView(Self.partner, nil))
        #expect((none["states"] as? [String]) == [])
        #expect((none["complete"] as? Bool) == false)
    }

    @Test func partnerDetailKeysAreTheSummaryAndThePage() throws {
        let instance = InstanceRecord(
            subject: "P-0001", kind: "partner", workflow: "partner-lifecycle", definitionHash: "abc",
            snapshot: Self.snapshot, updatedAt: Self.day)
        let detail = PartnerRecordDetail(
            partner: Self.partner, instance: instance, definition: nil,
            deadlines: [
                DeadlineRecord(
                    id: 1, subject: "P-0001", name: "review", event: "review_due", dueAt: Self.day,
                    status: "pending")
            ],
            flags: [Self.flag],
            workflowFlags: [
                FlagRecord(
                    id: 4, subject: "P-0001", category: "psea", level: "red", reason: "r", raisedAt: Self.day,
                    clearedAt: nil)
            ],
            notifications: [
                NotificationRecord(subject: "P-0001", role: "manager", message: "m", createdAt: Self.day)
            ],
            officers: [
                OfficerAssignment(partner: "P-0001", officer: "amina", assignedAt: Self.day, assignedSeq: 2)
            ],
            available: [.init(event: "assess", roles: ["programme_officer"], requires: [], guarded: false)],
            eventCount: 3)
        let object = try Self.object(PartnerDetailView(detail))
        #expect(
            Set(object.keys) == [
                "id", "name", "country", "type", "registered_at", "states", "complete", "workflow",
                "definition_hash", "officers", "context", "version", "updated_at", "deadlines", "flags",
                "workflow_flags", "notifications", "accepts",
            ])
        let officer = try #require((object["officers"] as? [[String: Any]])?.first)
        #expect(Set(officer.keys) == ["user", "assigned_at"])
        let deadline = try #require((object["deadlines"] as? [[String: Any]])?.first)
        #expect(Set(deadline.keys) == ["id", "event", "due_at"])
        let notification = try #require((object["notifications"] as? [[String: Any]])?.first)
        #expect(Set(notification.keys) == ["role", "message", "at"])
        let accepted = try #require((object["accepts"] as? [[String: Any]])?.first)
        #expect(Set(accepted.keys) == ["event", "roles", "requires"])
        let workflowFlag = try #require((object["workflow_flags"] as? [[String: Any]])?.first)
        #expect(Set(workflowFlag.keys) == ["id", "category", "level", "reason", "raised_at", "cleared_at"])
        #expect(workflowFlag["cleared_at"] is NSNull)
        let decoded = try JSONDecoder().decode(
            PartnerDetailView.self, from: try JSONEncoder().encode(PartnerDetailView(detail)))
        #expect(decoded == PartnerDetailView(detail))
    }

    @Test func flagKeysWriteNullsAndTheHistoryOnlyOnItsPage() throws {
        let listed = try Self.object(FlagView(Self.flag))
        #expect(
            Set(listed.keys) == [
                "id", "partner", "inherited_from", "category", "level", "state", "open", "valid",
                "locks_partner",
                "reason", "rule", "raised_by", "raised_at", "updated_at", "escalations", "note",
                "justification",
                "resolution",
            ])
        #expect(listed["rule"] is NSNull)
        #expect(listed["inherited_from"] is NSNull)
        #expect((listed["escalations"] as? Int) == 0)
        #expect(Set((listed["raised_by"] as? [String: Any] ?? [:]).keys) == ["user", "role"])
        let page = try Self.object(FlagView(Self.flag, history: [Self.event]))
        let history = try #require((page["history"] as? [[String: Any]])?.first)
        #expect(Set(history.keys) == ["seq", "event", "kind", "user", "role", "at", "data"])
    }

    @Test func firedDeadlineKeys() throws {
        let fired = FiredDeadline(
            subject: "A-0001", name: "plan", event: "plan_overdue", dueAt: Self.day, refusal: nil)
        let object = try Self.object(FiredDeadlineView(fired))
        #expect(Set(object.keys) == ["subject", "deadline", "event", "due_at", "refused"])
        #expect(object["refused"] is NSNull)
    }

    @Test func auditReportKeys() throws {
        var report = AuditReport()
        report.problems = [AuditProblem(seq: nil, subject: "P-0001", message: "snapshot differs")]
        let object = try Self.object(AuditReportView(report))
        #expect(
            Set(object.keys) == ["intact", "events_checked", "records_checked", "checkpoint", "problems"])
        #expect((object["intact"] as? Bool) == false)
        #expect(object["checkpoint"] is NSNull)
        let checkpoint = LogCheckpoint(
            seq: 7, hash: "ab", signedAt: Date(timeIntervalSince1970: 0), keyID: "k1", signature: Data())
        let anchored = try Self.object(AuditReportView(report, checkpoint: checkpoint))
        #expect(
            Set((anchored["checkpoint"] as? [String: Any])?.keys.map { $0 } ?? [])
                == ["seq", "hash", "signed_at", "key_id"])
        let problem = try #require((object["problems"] as? [[String: Any]])?.first)
        #expect(Set(problem.keys) == ["seq", "subject", "message"])
        #expect(problem["seq"] is NSNull)
    }

    @Test func restrictedReadKeys() throws {
        let object = try Self.object(RestrictedReadView(Self.event))
        #expect(
            Set(object.keys) == [
                "seq", "case", "user", "role", "occurred_at", "fields", "command", "outcome", "refusal",
            ])
        #expect((object["outcome"] as? String) == "refused")
        #expect((object["refusal"] as? String) == "role")
        #expect(object["command"] is NSNull)
        #expect((object["fields"] as? [String]) == ["narrative"])
    }

    @Test func trainingCoverageKeysFlattenEachCategorysShare() throws {
        var record = PartnerTraining(partner: "P-0001", policy: .standard)
        record.personnel = [PersonnelGroup(category: .staff, headCount: 4, inContactWithBeneficiaries: true)]
        let coverage = record.coverage(on: LocalDate(Self.day))
        let object = try Self.object(TrainingCoverageView(coverage, record: record, id: "T-0001"))
        #expect(
            Set(object.keys) == [
                "partner", "training_record", "day", "overall", "policy_scope", "meets_policy", "categories",
                "policy", "trainings",
            ])
        #expect(
            Set((object["overall"] as? [String: Any] ?? [:]).keys) == [
                "trained", "in_scope", "share", "band",
            ])
        let category = try #require((object["categories"] as? [[String: Any]])?.first)
        #expect(
            Set(category.keys) == [
                "trained", "in_scope", "share", "band", "category", "contact_with_beneficiaries",
                "in_policy_scope",
            ])
        let empty = try Self.object(CoverageShareView(CoverageShare(trained: 0, inScope: 0)))
        #expect(empty["share"] is NSNull)
        #expect(empty["band"] is NSNull)
    }

    @Test func allegationCaseKeysGiveTheFieldsAsOneObject() throws {
        let text = """
            {"id": "G-0001", "role": "manager", "fields": {"partner": "P-0001", "status": "open"},
             "restricted_shown": false, "not_shown": []}
            """
        let view = try JSONDecoder().decode(AllegationCaseView.self, from: Data(text.utf8))
        #expect(view.value("status") == .string("open"))
        let object = try Self.object(view)
        #expect(Set(object.keys) == ["id", "role", "fields", "restricted_shown", "not_shown"])
        #expect(Set((object["fields"] as? [String: Any] ?? [:]).keys) == ["partner", "status"])
    }

    @Test func logEventKeysNameTheRecordOnlyInTheWholeLog() throws {
        let keys: Set<String> = [
            "seq", "kind", "event", "actor", "role", "data", "occurred_at", "definition_hash", "transitions",
            "entered", "exited", "effects", "hash",
        ]
        #expect(try Self.keys(LogEventView(Self.event)) == keys)
        #expect(try Self.keys(LogEventView(Self.event, subject: true)) == keys.union(["subject"]))
        #expect((try Self.object(LogEventView(Self.event))["effects"] as? [Any])?.isEmpty == true)
    }

    @Test func outboxMessageKeysWriteNulls() throws {
        let message = OutboxMessage(
            id: 3, source: "notification", subject: "P-0001", role: "manager", text: "m",
            notifiedAt: Self.day,
            account: "henrik", address: nil, status: .skipped, reason: nil, messageID: "x@diligence",
            attempts: 0, nextAttemptAt: Self.day, sentAt: nil)
        let object = try Self.object(OutboxMessageView(message))
        #expect(
            Set(object.keys) == [
                "id", "subject", "role", "account", "address", "status", "reason", "message_id", "attempts",
                "message",
            ])
        #expect(object["address"] is NSNull)
        #expect(object["reason"] is NSNull)
    }

    @Test func capacityStatusKeysWriteNulls() throws {
        let record = CapacityStatusRecord(
            partner: "P-0001", status: .notAssessed, reason: "new partner", at: Self.day)
        let object = try Self.object(
            CapacityStatusView(CapacityStatusEntry(id: "CS-0001", record: record, states: ["standing"])))
        #expect(
            Set(object.keys) == [
                "kind", "id", "partner", "status", "reason", "recorded_at", "assess_by", "states", "current",
            ])
        #expect(object["kind"] as? String == "capacity_status")
        #expect(object["assess_by"] is NSNull)
        #expect(object["current"] as? Bool == true)
        let superseded = try Self.object(
            CapacityStatusView(CapacityStatusEntry(id: "CS-0001", record: record, states: ["superseded"])))
        #expect(superseded["current"] as? Bool == false)
    }

    @Test func indicatorsKeysWriteSuppressedCountsAsNullAndTargetsOnlyWhereSet() throws {
        var indicators = PortfolioIndicators(
            year: nil, referenceDay: LocalDate(Self.day), targets: IndicatorTargets.standard)
        indicators.partners = 4
        indicators.partnersRequiringAssessment = 4
        indicators.partnersAssessed = 3
        indicators.allegations.received = 1
        let object = try Self.object(IndicatorsReportView(IndicatorsReport(indicators, exact: false)))
        #expect(
            Set(object.keys).isSuperset(of: [
                "year", "reference_day", "partners", "partners_requiring_assessment", "capacity",
                "allegations",
                "small_cells_suppressed", "partners_assessed",
            ]))
        #expect(object["year"] is NSNull)
        #expect(object["small_cells_suppressed"] as? Bool == true)
        let allegations = try #require(object["allegations"] as? [String: Any])
        #expect(
            Set(allegations.keys) == [
                "received", "reported_on_time", "assisted_with_consent", "by_status", "open", "substantiated",
            ])
        #expect(allegations["received"] is NSNull)
        let assessed = try #require(object["partners_assessed"] as? [String: Any])
        #expect(Set(assessed.keys) == ["count", "of", "share", "target", "on_target"])
        #expect(assessed["share"] as? String == "0.7500")
        for figure in ["agreements_with_all_mandatory_clauses", "partners_meeting_training_requirement"] {
            if let value = object[figure] as? [String: Any] {
                #expect(value["target"] == nil && value["on_target"] == nil, "\(figure)")
            }
        }
    }

    @Test func definitionCheckKeysAndEachProblemWithItsPlace() throws {
        var set = AppFixture.definitions
        set.add([
            DefinitionError(
                .invalidValue, "no such state",
                at: SourceLocation(file: "Workflows/x.yaml", line: 3, column: 5))
        ])
        let object = try Self.object(DefinitionCheckView(set) { "worded: \($0.message)" })
        #expect(Set(object.keys) == ["valid", "errors", "warnings", "workflows", "questionnaires"])
        #expect(object["valid"] as? Bool == false)
        let error = try #require((object["errors"] as? [[String: Any]])?.first)
        #expect(Set(error.keys) == ["file", "line", "column", "code", "message"])
        #expect(error["line"] as? Int == 3 && error["message"] as? String == "worded: no such state")
        let workflow = try #require((object["workflows"] as? [[String: Any]])?.first)
        #expect(Set(workflow.keys) == ["id", "file", "hash", "states", "events", "fields"])
        let questionnaire = try #require((object["questionnaires"] as? [[String: Any]])?.first)
        #expect(Set(questionnaire.keys) == ["id", "file", "hash", "version", "standards", "scoring"])
    }

    @Test func riskReportKeysWriteEveryLevelAndSuppressedCountsAsNull() throws {
        let line = PartnerRisk(
            partner: Self.partner, activeStates: Self.snapshot.activeStates,
            facts: PartnerFactValues(now: Self.day),
            openFlags: [.yellow: 1], inheritedFlags: [:], today: LocalDate(Self.day))
        let risk = PortfolioRisk(today: LocalDate(Self.day), lines: [line])
        let view = RiskReportView(RiskReport(risk, exact: false), country: "KE", type: nil) { _ in
            "engagement"
        }
        let object = try Self.object(view)
        #expect(Set(object.keys) == ["date", "filter", "partners", "totals", "small_cells_suppressed"])
        let filter = try #require(object["filter"] as? [String: Any])
        #expect(filter["country"] as? String == "KE" && filter["type"] is NSNull)
        let partner = try #require((object["partners"] as? [[String: Any]])?.first)
        #expect(
            Set(partner.keys) == [
                "id", "name", "country", "type", "standing", "states", "capacity_level",
                "assessment_final_on",
                "assessment_expires_on", "assessment_age_days", "assessed", "open_flags", "agreement",
                "training",
                "open_allegations", "locked",
            ])
        #expect(partner["standing"] as? String == "engagement")
        #expect(partner["assessment_final_on"] is NSNull)
        let flags = try #require(partner["open_flags"] as? [String: Int])
        #expect(Set(flags.keys) == Set(FlagLevel.allCases.map(\.rawValue)) && flags["yellow"] == 1)
        let agreement = try #require(partner["agreement"] as? [String: Any])
        #expect(
            Set(agreement.keys) == [
                "cleared", "reviewed", "mandatory_clauses_missing", "mandatory_clauses_waived",
            ])
        let training = try #require(partner["training"] as? [String: Any])
        #expect(Set(training.keys) == ["coverage", "band", "required", "meets_requirement"])
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(Set(totals.keys) == ["all", "by_country", "by_type"])
        let all = try #require(totals["all"] as? [String: Any])
        #expect(
            Set(all.keys) == [
                "key", "partners", "assessed", "capacity", "open_flags", "agreements_cleared",
                "agreements_not_cleared", "training_met", "training_short", "open_allegations", "locked",
            ])
    }
}
