import DiligenceCore
import DiligenceStore
import Foundation

/// An agreement as `agreement import`, `show` and `list` print it, in text and JSON.
struct AgreementView {
    var entry: AgreementEntry
    /// The version whose findings are shown (the current one when `nil`).
    var version: Int?
    var workflow: WorkflowDefinition?

    init(entry: AgreementEntry, version: Int?, workflow: WorkflowDefinition? = nil) {
        self.entry = entry
        self.version = version
        self.workflow = workflow
    }

    var record: AgreementRecord { entry.record }
    var shown: AgreementVersion { version.flatMap(record.version) ?? record.current }
    var isCleared: Bool { entry.instance.snapshot.context[AgreementKind.cleared.name] == .bool(true) }

    // MARK: Text

    /// One line per clause: clause, finding, location, excerpt.
    var findingsTable: String {
        var table = Table("CLAUSE", "FINDING", "LOCATION", "EXCERPT")
        for finding in shown.findings {
            table.add(
                finding.clause + (finding.mandatory ? "" : " (optional)"), finding.status.rawValue,
                finding.place ?? "-", Self.short(finding.excerpt ?? "-", 70))
        }
        return table.text
    }

    /// The closing line of an import: the id first.
    var importSummary: String {
        let mandatory = shown.findings.filter(\.mandatory)
        let present = mandatory.filter { $0.status == .present }.count
        let partial = mandatory.filter { $0.status == .partial }.count
        let absent = mandatory.filter { $0.status == .absent }.count
        return
            "\(entry.id): version \(shown.number) (\(shown.fileName), \(shown.format)) for \(record.partner); mandatory clauses: \(present) present, \(partial) partial, \(absent) absent"
    }

    /// `agreement show`.
    var lines: [String] {
        var lines = [
            "\(entry.id)  agreement with \(record.partner)",
            "  standing: \(PartnerText.standing(entry.instance.snapshot, workflow))"
                + (isCleared ? " (cleared)" : ""),
            "  version \(shown.number) of \(record.versions.count): \(shown.fileName) (\(shown.format)), imported \(shown.importedAt.prefix(16).replacingOccurrences(of: "T", with: " ")) by \(shown.importedBy)",
            "  clause catalogue: \(shown.catalogue.id) version \(shown.catalogue.version) (\(shown.catalogue.hash.prefix(12)))",
        ]
        if shown.number == record.current.number {
            let unresolved = record.mandatoryUnresolved
            lines.append(
                "  mandatory clauses unresolved: \(unresolved.count)"
                    + (unresolved.isEmpty ? "" : " (" + unresolved.joined(separator: ", ") + ")"))
        }
        for flag in entry.partnerRedFlags {
            lines.append("  partner red flag: \(flag); the agreement cannot be cleared until it is resolved")
        }
        lines.append("")
        lines.append("Clauses")
        for finding in shown.findings {
            let decision = record.decision(on: finding.clause, version: shown.number)
            lines.append(
                "  \(finding.clause) \(finding.status.rawValue)\(finding.mandatory ? "" : " (optional)") - \(finding.title)"
            )
            lines.append("      why: \(finding.explanation)")
            if let excerpt = finding.excerpt {
                lines.append(
                    "      \"\(Self.short(excerpt, 160))\""
                        + (finding.section.map { " (section \($0))" } ?? ""))
            }
            if let decision { lines.append("      decision: \(Self.describe(decision))") }
        }
        let earlier = record.decisions.filter { $0.version != shown.number }
        if !earlier.isEmpty {
            lines.append("")
            lines.append("Decisions on other versions")
            for decision in earlier {
                lines.append("  v\(decision.version) \(decision.clause): \(Self.describe(decision))")
            }
        }
        lines.append("")
        lines.append("Versions")
        for version in record.versions {
            let counts = ClauseStatus.allCases.map { status in
                "\(version.findings.filter { $0.mandatory && $0.status == status }.count) \(status.rawValue)"
            }
            lines.append(
                "  \(version.number)  \(version.fileName) (\(version.format))  imported \(version.importedAt.prefix(10)) by \(version.importedBy)  mandatory: \(counts.joined(separator: ", "))  hash \(version.contentHash.prefix(12))"
            )
        }
        return lines
    }

    static func describe(_ decision: ClauseDecision) -> String {
        "\(decision.kind.label) by \(decision.user) (\(decision.role)) on \(decision.at.prefix(10))"
            + (decision.text.map { ": \($0)" } ?? "")
    }

    static func short(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 3)) + "..."
    }

    // MARK: JSON

    /// `agreement list --json`: one object per agreement.
    var summaryJSON: JSONValue {
        .object([
            "id": .string(entry.id), "partner": .string(record.partner),
            "states": .array(entry.instance.snapshot.activeStates.map(JSONValue.string)),
            "complete": .bool(entry.instance.snapshot.isComplete), "cleared": .bool(isCleared),
            "version": .int(record.current.number), "file": .string(record.current.fileName),
            "mandatory_unresolved": .array(record.mandatoryUnresolved.map(JSONValue.string)),
            "amendments_open": .array(record.amendmentsOpen.map(JSONValue.string)),
            "mandatory_missing": .array(record.mandatoryMissing.map(JSONValue.string)),
        ])
    }

    /// `agreement import --json`.
    var importJSON: JSONValue {
        .object([
            "id": .string(entry.id), "partner": .string(record.partner), "version": versionJSON(shown),
            "clauses": .array(shown.findings.map { clauseJSON($0, decision: nil) }),
        ])
    }

    /// `agreement show --json`.
    var json: JSONValue {
        var object = summaryJSON.objectValue ?? [:]
        object["shown_version"] = versionJSON(shown)
        object["clauses"] = .array(
            shown.findings.map {
                clauseJSON($0, decision: record.decision(on: $0.clause, version: shown.number))
            })
        object["decisions"] = .array(record.decisions.map(\.json))
        object["versions"] = .array(record.versions.map(versionJSON))
        object["facts"] = .object(
            record.facts(partnerOpenRedFlags: entry.partnerRedFlags.count).mapValues(\.json))
        object["partner_red_flags"] = .array(
            entry.partnerRedFlags.map { flag in
                .object([
                    "id": .string(flag.id), "category": .string(flag.category),
                    "reason": .string(flag.reason),
                ])
            })
        return .object(object)
    }

    func versionJSON(_ version: AgreementVersion) -> JSONValue {
        var object = version.json.objectValue ?? [:]
        object["findings"] = nil
        object["mandatory"] = .object(
            Dictionary(
                uniqueKeysWithValues: ClauseStatus.allCases.map { status in
                    (
                        status.rawValue,
                        JSONValue.int(version.findings.filter { $0.mandatory && $0.status == status }.count)
                    )
                }))
        return .object(object)
    }

    func clauseJSON(_ finding: ClauseFinding, decision: ClauseDecision?) -> JSONValue {
        var object = finding.json.objectValue ?? [:]
        object["explanation"] = .string(finding.explanation)
        object["decision"] = decision?.json ?? .null
        return .object(object)
    }
}
