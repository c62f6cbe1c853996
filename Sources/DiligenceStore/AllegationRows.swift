import DiligenceCore
import Foundation

/// The rows an allegation case keeps besides its instance: its record (canonical JSON, the
/// restricted fields only sealed) and its link to the partner. Shared by the live commands and the
/// replay of `audit verify`, so both write exactly the same rows.
///
/// Where a case stands is read from its instance: the active state of the `case` region is its
/// status (`received`, ..., `substantiated`, ..., `closed`), the context holds `reported_late`,
/// `outcome`, `consent` and the other workflow fields.
enum AllegationRows {
    /// The `kind` of an allegation's record and instance rows.
    static let kind = AllegationKind.kind.subject
    /// The key of an event's data that holds a sealed assistance entry and its status.
    static let assistanceKey = "assistance"
    /// The event that records assistance; only `allegation assist` sends it, with its entry.
    static let assistEvent = AllegationKind.assist.name
    /// The state that ends the case region: a case in it is no longer open.
    static let closedState = AllegationKind.closed.name

    /// The record stored for `subject`, or `nil` when the subject is not an allegation.
    static func record(_ subject: String, db: any StoreConnection) throws -> AllegationRecord? {
        try RecordRow.stored(subject, kind: kind, db: db, decode: AllegationRecord.init(json:))
    }

    /// Inserts a new case's record and its link to the partner.
    static func insert(_ record: AllegationRecord, subject: String, db: any StoreConnection) throws {
        try RecordRow.insert(
            subject: subject, kind: kind, value: record.json, pinned: "", partner: record.partner, db: db)
    }

    /// Stores a record's new value.
    static func update(_ record: AllegationRecord, subject: String, db: any StoreConnection) throws {
        try RecordRow.update(subject: subject, value: record.json, db: db)
    }

    /// The facts of the allegation workflow's derived fields for `record`: `report_due_on`, the
    /// day received plus the workflow's `report_within` (24 hours when the file gives none).
    static func facts(_ record: AllegationRecord, workflow: WorkflowDefinition) -> [FieldValue] {
        var within = CalendarDuration(seconds: 86_400)
        if case .duration(let duration) = workflow.field(AllegationKind.reportWithin.name)?.defaultValue {
            within = duration
        }
        return workflow.derivedValues([
            AllegationKind.reportDueOn.name: .date(record.reportDue(within: within))
        ])
    }

    /// The start event's data: the record as stored (restricted fields sealed).
    static func startData(_ record: AllegationRecord) -> JSONValue {
        .object(["allegation": record.json])
    }

    /// The record a start event's data describes; `nil` when it describes none.
    static func record(startData data: JSONValue) -> AllegationRecord? {
        data["allegation"].flatMap(AllegationRecord.init(json:))
    }

    /// The data of an `assist` event: the sealed entry and its status (counted in the clear).
    static func assistData(sealed: String, status: AssistanceStatus) -> JSONValue {
        .object([assistanceKey: .object(["sealed": .string(sealed), "status": .string(status.rawValue)])])
    }

    /// The record after the `assist` event whose data is `data`; `nil` when the data holds no entry.
    static func applyingAssist(_ data: JSONValue, to record: AllegationRecord) -> AllegationRecord? {
        guard let entry = data[assistanceKey], let sealed = entry["sealed"]?.stringValue,
            let status = entry["status"]?.stringValue.flatMap(AssistanceStatus.init(rawValue:))
        else { return nil }
        return record.addingAssistance(sealed: sealed, status: status)
    }

    /// The status of a case: the active state of its `case` region (the first active state below
    /// the top-level parallel state that is not a region), or the top-level state once complete.
    static func status(_ snapshot: InstanceSnapshot) -> String {
        if snapshot.isComplete { return closedState }
        let states = snapshot.activeStates
        guard let region = states.firstIndex(of: AllegationKind.caseRegion.name), region + 1 < states.count
        else {
            return states.last ?? ""
        }
        return states[region + 1]
    }

    /// Whether a case is still open (its case region has not reached `closed`).
    static func isOpen(_ snapshot: InstanceSnapshot) -> Bool {
        !snapshot.isComplete && !snapshot.activeStates.contains(closedState)
    }

    /// Adds what `partner`'s allegation cases say to its facts: `open_allegations` (cases not
    /// closed), `substantiated_allegations` (cases whose outcome is substantiated),
    /// `substantiated_allegations_open` (those of them not yet closed) and
    /// `late_allegation_reports` (cases the partner reported after the deadline, or had not
    /// reported when it passed).
    static func contribute(to facts: inout PartnerFactValues, partner: String, db: any StoreConnection) throws
    {
        let snapshots = try db.values(
            String.self,
            """
            SELECT instance.snapshot FROM link JOIN instance ON instance.subject = link.subject
            WHERE link.role = 'partner' AND link.target = ? AND instance.kind = ?
            """, [partner, kind])
        var open = 0
        var substantiated = 0
        var substantiatedOpen = 0
        var late = 0
        for text in snapshots {
            let snapshot = try DiligenceStore.snapshot(from: text, subject: partner)
            if isOpen(snapshot) { open += 1 }
            if snapshot.context[AllegationKind.outcome.name]
                == AllegationKind.outcome.value.map(JSONValue.string)
            {
                substantiated += 1
                if isOpen(snapshot) { substantiatedOpen += 1 }
            }
            if snapshot.context[AllegationKind.reportedLate.name] == .bool(true) { late += 1 }
        }
        facts.openAllegations = open
        facts.substantiatedAllegations = substantiated
        facts.substantiatedAllegationsOpen = substantiatedOpen
        facts.lateAllegationReports = late
    }
}
