import DiligenceCore
import Foundation
import GRDB

extension AssessmentRows {
    /// Adds what `partner`'s assessments say to its facts: how many are under way, and the
    /// capacity level of the latest determination that counts — a final one, or a preliminary one
    /// while its capacity-strengthening plan runs — with its dates, its validity and its plan.
    static func contribute(to facts: inout PartnerFactValues, partner: String, db: Database) throws {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT instance.subject, instance.snapshot, record.value FROM link
                    JOIN instance ON instance.subject = link.subject
                    JOIN record ON record.subject = link.subject AND record.kind = ?
                    WHERE link.target = ? AND link.role = 'partner'
                    ORDER BY instance.subject
                    """), arguments: [kind, partner])
        var open = 0
        var latest: (subject: String, standing: AssessmentStanding, record: String)?
        for row in rows {
            let subject: String = row[0]
            let snapshot = try DiligenceStore.snapshot(from: row[1], subject: subject)
            guard let standing = AssessmentStanding(snapshot) else {
                if snapshot.activeStates.contains("open") { open += 1 }
                continue
            }
            if let current = latest, (standing.on, subject) <= (current.standing.on, current.subject) {
                continue
            }
            latest = (subject, standing, row[2])
        }
        if var current = latest, current.standing.planRuns {
            let record = try parsedRecord(current.record, subject: current.subject)
            let today = LocalDate(facts.now)
            current.standing.overdueItems = record.planItems.filter { $0.isOpen && $0.due < today }.count
            current.standing.planOverdue = try planPeriodPassed(current.subject, db: db)
            latest = current
        }
        facts.assessmentsOpen = open
        guard let latest else {
            facts.capacity = .notAssessed
            return
        }
        facts.capacity = .rated(latest.standing.level)
        if let finalOn = latest.standing.finalOn {
            facts.assessmentFinalOn = finalOn
            facts.assessmentExpiresOn = latest.standing.validity.map {
                LocalDate(
                    daysSinceEpoch: finalOn.adding(months: $0.months).daysSinceEpoch + $0.seconds / 86_400)
            }
        }
        facts.planItemsOverdue = latest.standing.overdueItems ?? 0
        facts.planOverdue = latest.standing.planOverdue
    }

    /// The assessment record stored as `text`, parsed once per distinct text.
    static func parsedRecord(_ text: String, subject: String) throws -> AssessmentRecord {
        try parsedRecords.value(subject, text: text) { text in
            guard let json = JSONValue(text: text), let record = AssessmentRecord(json: json) else {
                throw StoreError.corrupted("the record of \(subject) cannot be read")
            }
            return record
        }
    }

    static let parsedRecords = ParsedTextCache<AssessmentRecord>()

    /// Whether the plan period deadline of an assessment has fired.
    private static func planPeriodPassed(_ subject: String, db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(
                sql: "SELECT 1 FROM deadline WHERE subject = ? AND name = 'plan_period' AND status = 'fired'"),
            arguments: [subject]) ?? false
    }
}

/// Where one assessment stands, read from its snapshot: the level it determined and the day it
/// did, when it has determined one that counts.
struct AssessmentStanding {
    /// The determined level.
    var level: CapacityLevel
    /// The day the determination counts from (final, or preliminary while the plan runs).
    var on: LocalDate
    /// The final determination's day; `nil` while the plan runs.
    var finalOn: LocalDate?
    /// How long a final determination stays valid.
    var validity: CalendarDuration?
    /// True while its capacity-strengthening plan runs.
    var planRuns: Bool
    /// Open plan items past their due date (read from the record while the plan runs).
    var overdueItems: Int?
    /// Whether the plan ran past its period.
    var planOverdue: Bool?

    /// The standing of an assessment in `snapshot`, or `nil` when it has no determination that
    /// counts (under way, awaiting confirmation, cancelled).
    init?(_ snapshot: InstanceSnapshot) {
        let states = Set(snapshot.activeStates)
        guard let levelName = snapshot.context["capacity_level"]?.stringValue,
            let level = CapacityLevel(rawValue: levelName)
        else { return nil }
        let date = { (field: String) in snapshot.context[field]?.stringValue.flatMap { LocalDate($0) } }
        if states.contains("valid") || states.contains("expired") {
            guard let finalOn = date("final_on") else { return nil }
            (self.level, on, self.finalOn, planRuns) = (level, finalOn, finalOn, false)
            validity = snapshot.context["validity"]?.stringValue.flatMap { CalendarDuration($0) }
        } else if states.contains("strengthening"), let preliminaryOn = date("preliminary_on") {
            (self.level, on, planRuns) = (level, preliminaryOn, true)
        } else {
            return nil
        }
    }
}
