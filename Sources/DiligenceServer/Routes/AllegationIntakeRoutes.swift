import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// Recording a new allegation: a form that asks for the minimum and for nothing that identifies
/// a victim/survivor.
extension WebApp {
    /// The groups of victims/survivors counted on the form.
    static let victimGroups = ["women", "girls", "men", "boys", "unknown"]

    /// The allegation key file the server seals and opens restricted details with: the
    /// configured `key_file` (`DILIGENCE_KEY_FILE`), else `diligence.key` beside the database.
    var allegationKeyFile: AllegationKeyFile {
        settings.keyFile.map { AllegationKeyFile(path: $0) }
            ?? AllegationKeyFile.beside(database: settings.database)
    }

    func addAllegationIntakeRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/allegations/new") { request, context in
            let actor = try context.signedIn
            guard service.mayReportAllegations(actor) else {
                return forbidden(context, needed: service.allegationReporterRoles)
            }
            return await intakePage(context: context, form: ["partner": request.query["partner"] ?? ""])
        }
        router.post("/allegations") { _, context in
            let actor = try context.signedIn
            guard service.mayReportAllegations(actor) else {
                return forbidden(context, needed: service.allegationReporterRoles)
            }
            let form = context.form
            var values: [String: String] = [:]
            for name in ["partner", "received", "type", "incident", "channel", "personnel", "perpetrators"]
                + Self.victimGroups.map({ "victims-" + $0 })
            {
                values[name] = String((form[name] ?? "").prefix(200))
            }
            values["narrative"] = String(
                (form.raw("narrative") ?? "").prefix(AllegationReport.maximumText + 1))
            var errors: [FieldError] = []
            if values["partner", default: ""].isEmpty {
                errors.append(FieldError(field: "partner", message: "Enter the partner's id"))
            }
            if values["received", default: ""].isEmpty {
                errors.append(
                    FieldError(field: "received", message: "Enter the day the allegation was received"))
            }
            let today = LocalDate(service.clock())
            for (name, field) in [("received", AllegationField.received), ("incident", .incident)] {
                let text = values[name, default: ""]
                guard !text.isEmpty, text.lowercased() != "unknown" else { continue }
                do {
                    _ = try AllegationReport.date(text, field: field, today: today)
                } catch let error as AllegationInputError {
                    errors.append(FieldError(field: name, message: AllegationMessages.message(error)))
                } catch {
                    errors.append(FieldError(field: name, message: "Enter a date as YYYY-MM-DD"))
                }
            }
            if values["type", default: ""].isEmpty {
                errors.append(FieldError(field: "type", message: "Choose the type of allegation"))
            }
            var counts: [String] = []
            for group in Self.victimGroups {
                let text = values["victims-" + group, default: ""]
                guard !text.isEmpty else { continue }
                guard let count = Int(text), (0...VictimCounts.maximum).contains(count) else {
                    errors.append(
                        FieldError(
                            field: "victims-" + group,
                            message:
                                "Enter the number of \(group == "unknown" ? "victims/survivors of unknown sex or age" : group) as a whole number from 0 to \(VictimCounts.maximum)"
                        ))
                    continue
                }
                counts.append("\(group)=\(count)")
            }
            let perpetrators = values["perpetrators", default: ""]
            if !perpetrators.isEmpty, Int(perpetrators).map({ !(0...1_000).contains($0) }) ?? true {
                errors.append(
                    FieldError(
                        field: "perpetrators",
                        message: "Enter the number of alleged perpetrators as a whole number from 0 to 1000"))
            }
            guard errors.isEmpty else {
                return await intakePage(context: context, form: values, errors: errors)
            }
            func given(_ name: String) -> String? { values[name].flatMap { $0.isEmpty ? nil : $0 } }
            let report: AllegationReport
            do {
                report = try AllegationReport(
                    partner: values["partner", default: ""], received: values["received", default: ""],
                    type: values["type", default: ""], incident: given("incident"), channel: given("channel"),
                    personnel: given("personnel"),
                    victims: counts.isEmpty ? nil : counts.joined(separator: ","),
                    perpetrators: given("perpetrators"),
                    restricted: given("narrative").map { ["narrative": $0] } ?? [:],
                    today: today)
            } catch let error as AllegationInputError {
                return await intakePage(
                    context: context, form: values,
                    errors: [
                        FieldError(
                            field: AllegationMessages.formField(error.field),
                            message: AllegationMessages.message(error))
                    ])
            }
            let id: String
            do {
                id = try await service.reportAllegation(report, keyFile: allegationKeyFile, by: actor)
            } catch let error as StoreError {
                let partner = values["partner", default: ""]
                switch error {
                case .unknownSubject, .partnerOutsideAssignment, .caseOutsideAssignment:
                    return await intakePage(
                        context: context, form: values,
                        errors: [
                            FieldError(
                                field: "partner",
                                message: "No partner whose cases you follow has the id \(partner)")
                        ])
                case .keyMissing, .keyUnreadable:
                    return await intakePage(
                        context: context, form: values,
                        refusal: (
                            "The allegation was not recorded",
                            [
                                "The key that protects restricted details cannot be used, so nothing was recorded.",
                                "Leave out what happened to record the case now, and tell the administrator.",
                            ]
                        ))
                default:
                    guard let refusal = WebMessages.refusal(error) else { throw error }
                    return await intakePage(context: context, form: values, refusal: refusal)
                }
            }
            return Response.seeOther("/allegations/\(id)?recorded=1")
        }
    }

    private func intakePage(
        context: WebContext, form: [String: String], errors: [FieldError] = [],
        refusal: (title: String, lines: [String])? = nil
    ) async -> Response {
        var form = form
        var narrativeDropped = false
        if let actor = context.actor, !service.readsRestrictedDetails(actor),
            !(form["narrative"] ?? "").isEmpty
        {
            // What happened is restricted: a role that may not read it never gets it back in a page.
            form["narrative"] = ""
            narrativeDropped = true
        }
        var values: [String: Any] = [
            "narrative_dropped": narrativeDropped,
            "form": form,
            "types": AllegationType.names.map {
                [
                    "radio_id": $0 == AllegationType.names.first ? "type" : "type-\($0)", "value": $0,
                    "label": RoleNames.sentence($0), "checked": $0 == form["type"],
                ] as [String: Any]
            },
            "personnel": AllegationRecord.personnelCategories.map {
                ["value": $0, "label": RoleNames.sentence($0), "selected": $0 == form["personnel"]]
                    as [String: Any]
            },
            "victims": Self.victimGroups.map { group in
                [
                    "id": "victims-" + group,
                    "label": group == "unknown" ? "Sex or age unknown" : RoleNames.sentence(group),
                    "value": form["victims-" + group] ?? "",
                    "error": errors.first { $0.field == "victims-" + group }?.message ?? false,
                ] as [String: Any]
            },
        ]
        PageRenderer.addNotices(to: &values, refusal: refusal)
        return pages.page(
            "allegation-new", title: "Record an allegation", values: values, context: context, errors: errors,
            status: errors.isEmpty && refusal == nil ? .ok : .unprocessableContent,
            navigation: await navigation("allegations", context))
    }
}
