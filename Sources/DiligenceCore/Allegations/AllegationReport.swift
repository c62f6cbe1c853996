/// A new allegation as someone reports it, checked field by field before anything is written.
/// Only the partner, the day received and the type are required; nothing that identifies a
/// victim/survivor is.
public struct AllegationReport: Sendable {
    /// The partner whose personnel the allegation involves.
    public var partner: String
    /// What the record holds in the clear.
    public var record: AllegationRecord
    /// The restricted texts given (narrative, victim and perpetrator details), not yet sealed.
    public var restricted: [String: String]

    /// The longest restricted text accepted, in characters.
    public static let maximumText = 20_000
    /// The longest channel name accepted.
    public static let maximumChannel = 100

    /// Checks what was typed. `today` bounds the dates: none may be in the future.
    public init(
        partner: String, received: String, type: String, incident: String? = nil, channel: String? = nil,
        personnel: String? = nil, victims: String? = nil, perpetrators: String? = nil,
        restricted: [String: String] = [:], today: LocalDate
    ) throws(AllegationInputError) {
        let receivedOn = try Self.date(received, field: .received, today: today)
        var incidentOn: LocalDate?
        if let incident, incident.lowercased() != "unknown" {
            let day = try Self.date(incident, field: .incident, today: today)
            guard day <= receivedOn else {
                throw AllegationInputError(
                    field: .incident,
                    "the incident (\(day)) cannot be after the day received (\(receivedOn))")
            }
            incidentOn = day
        }
        guard let kind = AllegationType(rawValue: type.lowercased()) else {
            throw AllegationInputError(
                field: .type,
                "\"\(type)\" is not a type of allegation; use " + AllegationType.names.joined(separator: ", ")
            )
        }
        var channelName: String?
        if let channel {
            let trimmed = channel.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.count <= Self.maximumChannel, !trimmed.contains(where: \.isNewline) else {
                throw AllegationInputError(
                    field: .channel,
                    "name the channel in one line of at most \(Self.maximumChannel) characters")
            }
            channelName = trimmed.isEmpty ? nil : trimmed
        }
        var category: String?
        if let personnel {
            let typed = PersonnelCategory(typed: personnel)?.rawValue ?? personnel.lowercased()
            guard AllegationRecord.personnelCategories.contains(typed) else {
                throw AllegationInputError(
                    field: .personnel,
                    "\"\(personnel)\" is not a category of personnel; use "
                        + AllegationRecord.personnelCategories.joined(separator: ", "))
            }
            category = typed
        }
        let counts = try victims.map { text throws(AllegationInputError) in try VictimCounts(parsing: text) }
        var perpetratorCount: Int?
        if let perpetrators {
            let text = perpetrators.trimmingCharacters(in: .whitespaces)
            guard let count = Int(text) else {
                throw AllegationInputError(
                    field: .perpetrators,
                    "the number of alleged perpetrators must be a whole number, not \"\(text)\"")
            }
            guard count >= 0, count <= 1_000 else {
                throw AllegationInputError(
                    field: .perpetrators,
                    "the number of alleged perpetrators must be between 0 and 1000, not \(count)")
            }
            perpetratorCount = count
        }
        var texts: [String: String] = [:]
        for (name, text) in restricted {
            guard AllegationRecord.sealedTextFields.contains(name) else {
                throw AllegationInputError(
                    field: .unknownText(name), "is not a restricted field of an allegation")
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.count <= Self.maximumText else {
                throw AllegationInputError(
                    field: .restrictedText(name),
                    "the text is longer than \(Self.maximumText) characters")
            }
            if !trimmed.isEmpty { texts[name] = trimmed }
        }
        self.partner = partner
        self.restricted = texts
        record = AllegationRecord(
            partner: partner, received: receivedOn, incident: incidentOn, type: kind, channel: channelName,
            personnel: category, victims: counts ?? VictimCounts(), perpetrators: perpetratorCount)
    }

    /// A date typed for `field`: `YYYY-MM-DD`, not after `today`.
    public static func date(_ text: String, field: AllegationField, today: LocalDate)
        throws(AllegationInputError)
        -> LocalDate
    {
        guard let day = LocalDate(text.trimmingCharacters(in: .whitespaces)) else {
            throw AllegationInputError(field: field, "\"\(text)\" is not a date; write it as YYYY-MM-DD")
        }
        guard day <= today else {
            throw AllegationInputError(field: field, "\(day) is in the future")
        }
        guard day >= earliestDate else {
            throw AllegationInputError(
                field: field,
                "\(day) is before \(earliestDate); check the year (a case is dated from 1950 on)")
        }
        return day
    }

    /// The earliest day a case's dates may have: 1950-01-01 (`0001-01-01` was accepted).
    public static let earliestDate = LocalDate(year: 1950, month: 1, day: 1)!
}
