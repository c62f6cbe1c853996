import DiligenceCore
import DiligenceStore
import Foundation

/// An agreement as `agreement import` and `show` print it as text (their JSON is the layer's
/// ``AgreementImportView`` and ``AgreementDetailView``).
struct AgreementText {
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
                + (entry.isCleared ? " (cleared)" : ""),
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
}
