import DiligenceCore

/// The counts a set of (label, finding) pairs gives: recall of the clauses labelled present
/// (found present or partial, and found present), precision of what was reported present, and the
/// clauses labelled absent that were reported present (which must be none).
struct CorpusScore {
    var labelledPresent = 0
    var foundAny = 0
    var foundPresent = 0
    var reportedPresent = 0
    var reportedPresentRight = 0
    var labelledPartial = 0
    var partialFound = 0
    var absentReportedPresent = 0

    /// Counts one clause of one document.
    mutating func add(label: ClauseStatus, found: ClauseStatus) {
        switch label {
        case .present:
            labelledPresent += 1
            if found != .absent { foundAny += 1 }
            if found == .present { foundPresent += 1 }
        case .partial:
            labelledPartial += 1
            if found != .absent { partialFound += 1 }
        case .absent:
            if found == .present { absentReportedPresent += 1 }
        }
        if found == .present {
            reportedPresent += 1
            if label == .present { reportedPresentRight += 1 }
        }
    }

    /// Recall counting present and partial findings.
    var recall: Double? { ratio(foundAny, labelledPresent) }
    /// Recall counting present findings only.
    var recallPresent: Double? { ratio(foundPresent, labelledPresent) }
    /// Of the clauses reported present, the share labelled present.
    var precision: Double? { ratio(reportedPresentRight, reportedPresent) }

    private func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    /// A figure with two decimals, `-` when there is nothing to count.
    static func shown(_ value: Double?) -> String {
        guard let value else { return "   -" }
        return String(format: "%.2f", value)
    }
}
