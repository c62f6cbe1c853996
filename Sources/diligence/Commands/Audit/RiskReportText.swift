import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The risk report as a manager reads it (text) and as CSV (its JSON is `RiskReportView`).
enum RiskReportText {
    /// The flag levels in ladder order, as columns.
    static let levels = FlagLevel.allCases

    /// The CSV header of `audit risk --csv`.
    static let csvHeader: [String] = {
        var header: [String] = [
            "id", "name", "country", "type", "standing", "capacity_level", "assessment_final_on",
            "assessment_age_days", "assessed",
        ]
        header += levels.map { "flags_\($0.rawValue)" }
        header += [
            "agreement_cleared", "agreement_reviewed", "mandatory_clauses_missing",
            "mandatory_clauses_waived",
            "training_coverage",
            "training_band", "training_required", "open_allegations", "locked",
        ]
        return header
    }()

    static func csv(_ report: RiskReport) -> CSVDocument {
        var document = CSVDocument(header: csvHeader)
        for (index, line) in report.risk.lines.enumerated() {
            document.append(csvFields(line, allegations: report.open(at: index)))
        }
        return document
    }

    /// One partner's CSV fields, in the header's order; unknown values are empty.
    static func csvFields(_ line: PartnerRisk, allegations: SmallCount) -> [String] {
        let facts = line.facts
        var fields: [String] = [
            line.partner.id, line.partner.name, line.partner.country, line.partner.type.rawValue,
            standing(line), line.capacity.name,
        ]
        fields.append(facts.assessmentFinalOn?.description ?? "")
        fields.append(line.assessmentAgeDays.map { String($0) } ?? "")
        fields.append(ReportCells.yesNo(line.isAssessed))
        for level in levels { fields.append(String(line.openFlags(level))) }
        fields.append(facts.agreementCleared.map(ReportCells.yesNo) ?? "")
        fields.append(facts.agreementReviewed.map(ReportCells.yesNo) ?? "")
        fields.append(facts.mandatoryClausesMissing.map { String($0) } ?? "")
        fields.append(facts.mandatoryClausesWaived.map { String($0) } ?? "")
        fields.append(facts.trainingCoverage.map(ReportCells.share) ?? "")
        fields.append(line.trainingBand?.rawValue ?? "")
        fields.append(facts.trainingCoverageRequired.map(ReportCells.share) ?? "")
        fields.append(allegations.description)
        fields.append(ReportCells.yesNo(line.isLocked))
        return fields
    }

    /// Writes the report as a manager reads it: a line per partner, then the totals by country
    /// and by partner type, a line at a time (a portfolio of 100,000 partners is never held
    /// whole as text).
    static func write(_ report: RiskReport, filtered: Bool, to output: inout some TextOutputStream) {
        let risk = report.risk
        guard !risk.lines.isEmpty else {
            output.write(
                filtered
                    ? "no partners match\n"
                    : "no partners yet; register one with `diligence partner add NAME --country CC --type TYPE`\n"
            )
            return
        }
        var table = Table(
            "ID", "NAME", "CTRY", "TYPE", "STANDING", "CAPACITY", "ASSESSED", "FLAGS O/Y/E/R", "CLAUSES",
            "TRAINING", "ALLEGATIONS", "LOCKED")
        // A portfolio has few distinct standings, capacities, coverages, assessment days, flag
        // counts and clause findings: each worded once.
        var standings: [[String]?: String] = [:]
        var capacities: [String: String] = [:]
        var trainings: [TrainingKey: String] = [:]
        var assessedCells: [AssessedKey: String] = [:]
        var flagCells: [[FlagLevel: Int]: String] = [:]
        var clauseCells: [ClauseKey: String] = [:]
        for (index, line) in risk.lines.enumerated() {
            let allegations = report.open(at: index)
            let facts = line.facts
            let coverage = TrainingKey(
                coverage: facts.trainingCoverage, required: facts.trainingCoverageRequired)
            table.add(
                line.partner.id, ReportCells.oneLine(line.partner.name), line.partner.country,
                line.partner.type.rawValue, standings.memo(line.activeStates) { _ in standing(line) },
                capacities.memo(line.capacity.name) { $0.replacingOccurrences(of: "_", with: " ") },
                assessedCells.memo(
                    AssessedKey(finalOn: facts.assessmentFinalOn, expiresOn: facts.assessmentExpiresOn)
                ) { _ in assessed(line)
                },
                flagCells.memo(line.openFlags) { _ in
                    levels.map { String(line.openFlags($0)) }.joined(separator: "/")
                },
                clauseCells.memo(ClauseKey(facts)) { _ in clauses(facts) },
                trainings.memo(coverage) { _ in training(line) },
                allegations.value == 0 ? "-" : "\(allegations) open", line.isLocked ? "LOCKED" : "-")
        }
        output.write("Partner risk on \(risk.today): \(count(risk.lines.count, "partner"))\n\n")
        table.write(to: &output)
        output.write("\n\nTotals by country\n")
        totalsTable(risk.byCountry, allegations: report.openAllegationsByCountry, heading: "COUNTRY")
            .write(to: &output)
        output.write("\n\nTotals by partner type\n")
        totalsTable(risk.byType, allegations: report.openAllegationsByType, heading: "TYPE").write(
            to: &output)
        if report.isSuppressed {
            output.write(
                "\n\nAllegation counts from 1 to 2 show as <3 (and a second count beside a lone one), so that no figure singles out a case."
            )
        }
        output.write("\n")
    }

    /// What the training cell is made of.
    private struct TrainingKey: Hashable {
        var coverage: Decimal?
        var required: Decimal?
    }

    /// What the assessed cell is made of (on the report's day).
    private struct AssessedKey: Hashable {
        var finalOn: LocalDate?
        var expiresOn: LocalDate?
    }

    /// What the clauses cell is made of.
    private struct ClauseKey: Hashable {
        var cleared: Bool?
        var reviewed: Bool?
        var missing: Int?
        var waived: Int?

        init(_ facts: PartnerFactValues) {
            cleared = facts.agreementCleared
            reviewed = facts.agreementReviewed
            missing = facts.mandatoryClausesMissing
            waived = facts.mandatoryClausesWaived
        }
    }

    /// Where a partner's lifecycle stands, as `partner list` says it.
    static func standing(_ line: PartnerRisk) -> String {
        line.standing.map { $0.joined(separator: ", ") }
            ?? PartnerText.standing(activeStates: line.activeStates, nil)
    }

    static func assessed(_ line: PartnerRisk) -> String {
        guard let finalOn = line.facts.assessmentFinalOn, let age = line.assessmentAgeDays else {
            return "never"
        }
        return "\(finalOn) (\(count(age, "day")) ago)" + (line.isAssessed ? "" : ", expired")
    }

    static func clauses(_ facts: PartnerFactValues) -> String {
        guard let cleared = facts.agreementCleared else { return "-" }
        let waived = facts.mandatoryClausesWaived ?? 0
        if cleared { return waived == 0 ? "cleared" : "cleared, \(waived) waived" }
        if facts.agreementReviewed != true { return "under review" }
        var parts = ["\(facts.mandatoryClausesMissing ?? 0) missing"]
        if waived > 0 { parts.append("\(waived) waived") }
        return parts.joined(separator: ", ")
    }

    static func training(_ line: PartnerRisk) -> String {
        guard let coverage = line.facts.trainingCoverage, let band = line.trainingBand else { return "-" }
        var text = ReportCells.percent(coverage) + " (band \(band.label))"
        if line.meetsTrainingRequirement == false, let required = line.facts.trainingCoverageRequired {
            text += ", below \(ReportCells.percent(required))"
        }
        return text
    }

    static func totalsTable(_ groups: [RiskTotals], allegations: [String: SmallCount], heading: String)
        -> Table
    {
        var table = Table(
            heading, "PARTNERS", "ASSESSED", "FLAGS O/Y/E/R", "CLEARED", "NOT CLEARED", "TRAINED", "SHORT",
            "ALLEGATIONS", "LOCKED")
        for group in groups {
            table.add(
                group.key, String(group.partners), String(group.assessed),
                levels.map { String(group.openFlags[$0] ?? 0) }.joined(separator: "/"),
                String(group.agreementsCleared), String(group.agreementsNotCleared),
                String(group.trainingMet),
                String(group.trainingShort), (allegations[group.key] ?? .suppressed).description,
                String(group.locked))
        }
        return table
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
