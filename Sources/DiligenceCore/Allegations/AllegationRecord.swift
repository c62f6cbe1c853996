/// An allegation's record: what UN public reporting counts, in the clear, and its restricted
/// details, sealed (``SealedField``). Nothing in it identifies a victim/survivor unless someone
/// writes it into a restricted field.
public struct AllegationRecord: Hashable, Sendable {
    /// The partner whose personnel the allegation involves.
    public var partner: String
    /// The day the partner received the allegation.
    public var received: LocalDate
    /// The day of the incident; `nil` when not known.
    public var incident: LocalDate?
    /// Sexual exploitation, sexual abuse, other or unknown.
    public var type: AllegationType
    /// How the allegation came in (hotline, community feedback, staff, ...); `nil` when not given.
    public var channel: String?
    /// The category of the personnel involved; `nil` when not known.
    public var personnel: String?
    /// Victims/survivors by group; groups not given are not known.
    public var victims: VictimCounts
    /// The number of alleged perpetrators; `nil` when not known.
    public var perpetrators: Int?
    /// How many assistance entries are recorded with each status (the entries are sealed).
    public var assistanceCounts: [AssistanceStatus: Int]
    /// The sealed restricted fields (`narrative`, `victim_details`, `perpetrator_details`).
    public var sealed: [String: String]
    /// The sealed assistance entries, oldest first.
    public var assistance: [String]

    /// Creates a record.
    public init(
        partner: String, received: LocalDate, incident: LocalDate? = nil, type: AllegationType,
        channel: String? = nil, personnel: String? = nil, victims: VictimCounts = VictimCounts(),
        perpetrators: Int? = nil, assistanceCounts: [AssistanceStatus: Int] = [:],
        sealed: [String: String] = [:], assistance: [String] = []
    ) {
        self.partner = partner
        self.received = received
        self.incident = incident
        self.type = type
        self.channel = channel
        self.personnel = personnel
        self.victims = victims
        self.perpetrators = perpetrators
        self.assistanceCounts = assistanceCounts
        self.sealed = sealed
        self.assistance = assistance
    }

    /// The fields kept in the clear, as the confidentiality file names them.
    public static let clearFields = [
        "partner", "received", "incident", "type", "channel", "personnel", "victims", "perpetrators",
        "assistance_counts",
    ]
    /// The clear fields that describe the case (the rest are counts).
    public static let caseFields = ["received", "incident", "type", "channel", "personnel"]
    /// The restricted text fields a report may carry, sealed one by one.
    public static let sealedTextFields = ["narrative", "victim_details", "perpetrator_details"]
    /// Every restricted field: the text fields and the assistance entries.
    public static let restrictedFields = sealedTextFields + ["assistance"]
    /// The personnel categories a report may name.
    public static let personnelCategories = PersonnelCategory.names + ["unknown"]

    /// The record with one more assistance entry, sealed by the caller, counted by its status.
    public func addingAssistance(sealed entry: String, status: AssistanceStatus) -> AllegationRecord {
        var record = self
        record.assistance.append(entry)
        record.assistanceCounts[status, default: 0] += 1
        return record
    }

    /// The last day the partner may report the allegation on time: the day received plus
    /// `within`, rounded up to whole days (24 hours: the next day).
    public func reportDue(within: CalendarDuration) -> LocalDate {
        let end = within.after(received.startOfDay)
        let day = LocalDate(end)
        return end > day.startOfDay ? LocalDate(daysSinceEpoch: day.daysSinceEpoch + 1) : day
    }
}
