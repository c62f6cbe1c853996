import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// The allegations list, filters in the URL: the cases with the fields the role reads, or, for
/// a role that reads counts only, the totals under the small-cell rule.
extension WebApp {
    func addAllegationListRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/allegations") { request, context in
            let actor = try context.signedIn
            guard service.readsAllegations(actor) else {
                return forbidden(context, needed: service.definitions.confidentiality.roles.keys.sorted())
            }
            let params = request.query
            let partner = params["partner"].map { String($0.prefix(40)) }
            let status = params["status"]
            var errors: [FieldError] = []
            var listing = AllegationListing.cases([], unassigned: false)
            do {
                listing = try await service.allegationCases(partner: partner, status: status, by: actor)
            } catch let error as StoreError {
                switch error {
                case .unknownSubject, .partnerOutsideAssignment:
                    errors.append(
                        FieldError(
                            field: "partner",
                            message: "No partner whose cases you follow has the id \(partner ?? "")"))
                default: throw error
                }
            } catch let error as DiligenceError where error.field == .caseStatus {
                errors.append(FieldError(field: "status", message: "Choose a status from the list"))
            }
            var values: [String: Any] = [
                "query": ["partner": partner ?? ""],
                "statuses": service.caseStatuses.map {
                    ["value": $0, "label": AllegationMessages.statusName($0), "selected": $0 == status]
                        as [String: Any]
                },
                "chips": [("partner", partner), ("status", status)].compactMap {
                    name, value -> [String: String]? in
                    guard let value, !value.isEmpty else { return nil }
                    let other = name == "partner" ? status : partner
                    let otherName = name == "partner" ? "status" : "partner"
                    return [
                        "label":
                            "\(name == "partner" ? "Partner" : "Status"): \(name == "status" ? AllegationMessages.statusName(value) : value)",
                        "remove": "/allegations"
                            + (other.map { $0.isEmpty ? "" : "?\(otherName)=\(Self.encode($0))" } ?? ""),
                    ]
                },
                "may_report": service.mayReportAllegations(actor),
            ]
            let now = service.clock()
            switch listing {
            case .cases(let cases, let unassigned):
                values["cases"] = cases.map { view in Self.caseRow(view, now: now) }
                values["total_text"] = cases.count == 1 ? "1 case" : "\(cases.count) cases"
                values["unassigned"] = unassigned
            case .totals(let totals):
                values["totals"] = Self.totalRows(totals)
                values["rule"] =
                    "So that no case can be singled out, a count from 1 to \(SmallCount.threshold - 1) is shown as <\(SmallCount.threshold), and so is the next smallest count beside it when the total would give it back."
                values["total_text"] = "\(totals.cases) cases, \(totals.open) open"
            }
            return pages.page(
                "allegations", title: "Allegations", values: values, context: context, errors: errors,
                status: errors.isEmpty ? .ok : .unprocessableContent,
                navigation: await navigation("allegations", context))
        }
    }

    private static func caseRow(_ view: AllegationCaseView, now: Date) -> [String: Any] {
        func text(_ name: String) -> String {
            view.value(name).map { AllegationMessages.text($0, of: name) } ?? ""
        }
        let status = view.value("status")?.stringValue ?? ""
        let due = status == "received" ? view.value("report_due_on")?.stringValue : nil
        return [
            "id": view.id, "partner": text("partner"), "received": text("received"),
            "type": text("type"), "tag": AllegationMessages.tag(status),
            "due": due ?? false, "late": view.value("reported_late") == .bool(true),
            "consent": text("consent"),
        ]
    }

    private static func totalRows(_ totals: AllegationTotals) -> [[String: String]] {
        var rows = [
            ["label": "Cases", "count": totals.cases.description],
            ["label": "Open cases", "count": totals.open.description],
            ["label": "Alleged perpetrators", "count": totals.perpetrators.description],
        ]
        for (group, count) in totals.victims.sorted(by: { $0.key < $1.key }) {
            rows.append(["label": "Victims/survivors: \(group)", "count": count.description])
        }
        for (step, count) in totals.assistanceCounts.sorted(by: { $0.key < $1.key }) {
            rows.append(["label": "Assistance \(step)", "count": count.description])
        }
        return rows
    }
}
