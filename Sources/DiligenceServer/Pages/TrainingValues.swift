import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// A training record as the training page shows it: coverage as bars with their numbers, the
/// personnel in scope, the sessions with their renewal dates, and the attendance sheet's errors.
enum TrainingValues {
    /// Days before a renewal falls due when a session is marked "Due soon".
    static let renewalWarningDays = 60

    /// One coverage line: a label, the numbers, a bar drawn on the server and the band.
    static func share(_ label: String, _ share: CoverageShare, detail: String = "") -> [String: Any] {
        let percent =
            share.inScope > 0 ? Int((Double(share.trained) * 100 / Double(share.inScope)).rounded(.down)) : 0
        let width = share.inScope > 0 ? share.trained * 200 / share.inScope : 0
        return [
            "label": label, "detail": detail, "trained": share.trained, "in_scope": share.inScope,
            "percent": share.inScope > 0 ? "\(percent) %" : "Nobody in scope",
            "band": share.band.map { $0.label == "none" ? "None trained" : $0.label } ?? "No band",
            "bar": bar(width),
        ]
    }

    /// A 200 by 16 bar filled to `width`: decoration beside the numbers, hidden from screen readers.
    static func bar(_ width: Int) -> String {
        """
        <svg class="app-bar" width="200" height="16" viewBox="0 0 200 16" aria-hidden="true" focusable="false">\
        <rect x="0" y="0" width="200" height="16" fill="#f3f2f1" stroke="#505a5f"/>\
        <rect x="0" y="0" width="\(min(max(width, 0), 200))" height="16" fill="#1d70b8"/></svg>
        """
    }

    static func coverage(_ coverage: TrainingCoverage, policy: TrainingPolicy) -> [String: Any] {
        let scope = policy.categories.map { RoleNames.sentence($0.rawValue).lowercased() }.joined(
            separator: ", ")
        return [
            "overall": share("All personnel recorded", coverage.overall),
            "policy": share(
                "In the policy's scope", coverage.policyScope,
                detail: scope + (policy.contactWithBeneficiariesOnly ? " in contact with beneficiaries" : "")),
            "categories": coverage.categories.map { category in
                var line = share(RoleNames.sentence(category.group.category.rawValue), category.share)
                line["contact"] = category.group.inContactWithBeneficiaries ? "Yes" : "No"
                line["in_policy"] = category.inPolicyScope ? "Yes" : "No"
                return line
            },
            "meets": coverage.meetsPolicy,
            "bands": CoverageBand.allCases.map { band in
                [
                    "label": band == .none ? "None trained" : band.label,
                    "current": coverage.overall.band == band,
                ]
            },
        ]
    }

    static func sessions(_ record: PartnerTraining, today: LocalDate) -> [[String: Any]] {
        record.trainings.enumerated().reversed().map { _, session in
            let due = record.policy.renewalDue(forTrainingOn: session.date)
            let people = session.categories.map { category in
                let attendance = session.attendance[category] ?? Attendance()
                return
                    "\(RoleNames.sentence(category.rawValue)): \(attendance.unnamedCount + attendance.names.count)"
            }
            var tag: Any = false
            if due <= today {
                tag = ["label": "Renewal overdue", "colour": "red"]
            } else if due.daysSinceEpoch - today.daysSinceEpoch <= renewalWarningDays {
                tag = ["label": "Renewal due soon", "colour": "yellow"]
            }
            return [
                "course": session.course, "date": session.date.description,
                "provider": session.provider ?? "Not recorded",
                "people": people.joined(separator: "; "), "due": due.description, "tag": tag,
            ]
        }
    }

    /// An attendance sheet's row errors: the row, the column and the reason.
    static func rowErrors(_ errors: [AttendanceRowError]) -> [[String: Any]] {
        errors.prefix(500).map { error in
            let text = error.description
            let reason = text.range(of: ": ").map { String(text[$0.upperBound...]) } ?? text
            return [
                "row": error.row, "column": error.column ?? "Whole row",
                "reason": reason.prefix(1).uppercased() + reason.dropFirst(),
            ]
        }
    }

    static func policyText(_ policy: TrainingPolicy) -> String {
        let months = policy.renewalPeriod.months
        let period =
            months % 12 == 0 ? (months == 12 ? "12 months" : "\(months / 12) years") : "\(months) months"
        let share = DiligenceStore.percent(policy.coverageThreshold)
        return "A training counts for \(period) from its day. To confirm training, \(share) of "
            + policy.categories.map { RoleNames.sentence($0.rawValue).lowercased() }.joined(
                separator: " and ")
            + (policy.contactWithBeneficiariesOnly ? " in contact with beneficiaries" : "")
            + " must be trained."
    }
}
