public import DiligenceCore

/// One allegation case as read from the store: its record (restricted fields sealed), its
/// instance and, when they were asked for and may be read, its restricted fields opened.
public struct AllegationCase: Sendable {
    /// `G-0001`.
    public var id: String
    /// The record; restricted fields only sealed.
    public var record: AllegationRecord
    /// Where its workflow stands.
    public var instance: InstanceRecord
    /// The opened restricted fields, when they were read.
    public var restricted: RestrictedDetails?

    /// The case's status: the active state of its `case` region (`received`, ...,
    /// `substantiated`, ..., `closed`).
    public var status: String { AllegationRows.status(instance.snapshot) }

    /// Whether the case region has not reached `closed`.
    public var isOpen: Bool { AllegationRows.isOpen(instance.snapshot) }
}

/// The restricted fields of a case, opened with the key. Held only in memory, never written.
public struct RestrictedDetails: Sendable {
    /// `narrative`, `victim_details`, `perpetrator_details`: the ones the case holds.
    public var texts: [String: String]
    /// The assistance entries, oldest first.
    public var assistance: [AssistanceEntry]

    /// The restricted field names this holds values for, in the classification's order.
    public var fieldsRead: [String] {
        AllegationRecord.sealedTextFields.filter { texts[$0] != nil }
            + (assistance.isEmpty ? [] : ["assistance"])
    }
}
