import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation
import Hummingbird

/// A case's page, from the layer's ``AllegationPage``: only the fields it holds reach the page.
extension WebApp {
    /// The case fields shown under "The case", in this order; consent and assistance beside them.
    static let caseFacts = [
        "partner", "received", "incident", "type", "channel", "personnel", "victims", "perpetrators",
        "report_within", "report_due_on", "reported_on", "reported_late", "investigating_entity", "outcome",
        "interim_actions", "final_actions", "criminal_referral", "paternity_claim", "closing_note",
    ]
    static let consentFacts = ["consent", "consent_on", "assistance_counts"]

    func casePage(
        _ id: String, context: WebContext, restricted: Bool = false, message: String? = nil,
        errors: [FieldError] = [], typed: (event: String, values: [String: String])? = nil,
        refusal: (title: String, lines: [String])? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = try context.signedIn
        let page: AllegationPage
        var refusal = refusal
        do {
            page = try await service.allegationPage(
                id, restricted: restricted, keyFile: allegationKeyFile, command: "web", by: actor)
        } catch {
            if let response = caseRefusal(error, context: context) { return response }
            guard restricted, let error = error as? StoreError else { throw error }
            // The details could not be opened (the read is logged as refused): the case without them.
            refusal = (
                "The restricted details could not be opened",
                [
                    {
                        switch error {
                        case .keyMissing, .keyUnreadable:
                            "The key that protects them cannot be used. Tell the administrator."
                        default: "Your account may not read them."
                        }
                    }()
                ]
            )
            return try await casePage(id, context: context, refusal: refusal, status: .unprocessableContent)
        }
        let view = page.view
        func facts(_ names: [String]) -> [[String: String]] {
            names.compactMap { name in
                guard let value = view.value(name) else { return nil }
                if value == .null, !["reported_on", "consent_on"].contains(name) { return nil }
                let shown = AllegationMessages.text(value, of: name)
                var fact = ["label": AllegationMessages.label(name), "value": shown]
                if name == "partner" { fact["href"] = "/partners/\(shown)" }
                return fact
            }
        }
        var consent = facts(Self.consentFacts)
        consent.insert(
            ["label": "Assistance", "value": RoleNames.sentence(page.assistance)],
            at: min(2, consent.count))
        let now = service.clock()
        var values: [String: Any] = [
            "case": ["id": id, "partner": page.partner],
            "tag": AllegationMessages.tag(page.status),
            "facts": facts(Self.caseFacts),
            "consent_facts": consent,
            "late": page.reportedLate,
            "deadline": page.status == "received"
                ? page.reportDueAt.map { due in
                    [
                        "last_day": Dates.day(due.addingTimeInterval(-1)),
                        "countdown": Dates.countdown(to: due, now: now), "overdue": due < now,
                    ] as [String: Any]
                } ?? false : false,
            "may_open": page.mayOpenRestricted && !view.restrictedShown,
            "restricted": view.restrictedShown
                ? AllegationRecord.restrictedFields.map { name in
                    [
                        "label": AllegationMessages.label(name),
                        "value": view.value(name).map { value -> String in
                            if case .string(let raw) = value { return raw }
                            return AllegationMessages.text(value)
                        } ?? "Not recorded",
                    ]
                } : false,
            "actions": page.actions.map { action in
                actionForm(action.event, steps: page.actions, errors: errors, typed: typed)
            },
            "others": page.others.map { other in
                "\(AllegationMessages.eventName(other.event)) (\(other.roles.map(RoleNames.name).joined(separator: ", ")))"
            },
            "reads": page.reads.map { reads in
                reads.reversed().map { read in
                    [
                        "who": "\(read.actor.user), \(RoleNames.name(read.actor.role))",
                        "when": Dates.minute(read.occurredAt),
                        "what": read.name == "read_restricted"
                            ? "Read "
                                + (read.data["fields"]?.arrayValue ?? []).compactMap(\.stringValue).map {
                                    AllegationMessages.label($0).lowercased()
                                }.joined(separator: ", ")
                            : "Refused (\(RoleNames.sentence(read.data["reason"]?.stringValue ?? "")))",
                    ]
                }
            } ?? false,
            "shows_reads": page.reads != nil,
        ]
        PageRenderer.addNotices(to: &values, message: message, refusal: refusal)
        return pages.page(
            "allegation", title: "Allegation \(id)", values: values, context: context, errors: errors,
            status: status, navigation: await navigation("allegations", context))
    }

    /// The form of one step the account may take on the case.
    private func actionForm(
        _ event: String, steps: [WorkflowDefinition.AvailableEvent], errors: [FieldError],
        typed: (event: String, values: [String: String])?
    ) -> [String: Any] {
        let fields = AllegationStep.fields(event, steps: steps, definition: caseWorkflow)
        return [
            "event": event, "label": AllegationMessages.eventName(event),
            "fields": fields.map { field in
                let fieldID = "\(event)-\(field.name)"
                let value = typed?.event == event ? typed?.values[field.name] ?? "" : ""
                let error = errors.first { $0.field == fieldID }?.message
                let described =
                    (field.hint == nil ? [] : [fieldID + "-hint"])
                    + (error == nil ? [] : [fieldID + "-error"])
                return [
                    "id": fieldID, "name": field.name, "label": field.label, "hint": field.hint ?? false,
                    "optional": field.isOptional,
                    "value": value, "list": field.isList, "has_choices": field.choices != nil,
                    "describedby": described.isEmpty ? false : described.joined(separator: " "),
                    "choices": field.choices.map { choices in
                        choices.map {
                            ["value": $0, "label": field.choiceLabel($0), "selected": $0 == value]
                                as [String: Any]
                        }
                    } ?? false,
                    "error": error ?? false,
                ] as [String: Any]
            },
        ]
    }
}
