import DiligenceCore
import Foundation

extension DiligenceStore {
    /// Checks the days an allegation case's event carries against the case: none before the day
    /// the case was received, none after today, and consent and assistance in their order (a
    /// withdrawal not before the consent it withdraws, assistance not before the consent it needs).
    /// A date out of order would make the figures lie (a report "on time" dated before the case
    /// was received), so it is refused and nothing is written.
    static func checkCaseDates(
        _ subject: String, input: EventInput, assistedOn: LocalDate?, record: AllegationRecord,
        instance: WorkflowInstance, definition: WorkflowDefinition, now: Date
    ) throws {
        let today = LocalDate(now)
        var days = input.data.compactMap { item -> (field: InputField, day: LocalDate)? in
            guard case .date(let day)? = item.value else { return nil }
            // The consent day is the day the consent event happened.
            return (
                item.field.path == AllegationKind.consentOn.name ? .date : .workflowField(item.field.path),
                day
            )
        }
        if let assistedOn { days.append((.date, assistedOn)) }
        for (field, day) in days {
            if day < record.received {
                throw StoreError.invalidInput(
                    field: field, problem: .beforeReceived,
                    values: ["subject": subject, "day": "\(day)", "received": "\(record.received)"])
            }
            if day > today {
                throw StoreError.invalidInput(
                    field: field, problem: .afterToday,
                    values: ["subject": subject, "day": "\(day)", "today": "\(today)", "record": "case"])
            }
        }
        guard let consentSlot = definition.field(AllegationKind.consentOn.name)?.slot,
            case .date(let consentOn)? = instance.values[consentSlot]
        else { return }
        if input.name == AllegationKind.consentWithdrawn.name,
            let withdrawn = days.first(where: { $0.field == .date })?.day,
            withdrawn < consentOn
        {
            throw StoreError.invalidInput(
                field: .date, problem: .beforeConsent,
                values: [
                    "subject": subject, "day": "\(withdrawn)", "consent": "\(consentOn)", "act": "withdraw",
                ])
        }
        if let assistedOn, assistedOn < consentOn {
            throw StoreError.invalidInput(
                field: .date, problem: .beforeConsent,
                values: [
                    "subject": subject, "day": "\(assistedOn)", "consent": "\(consentOn)", "act": "assist",
                ])
        }
    }
}
