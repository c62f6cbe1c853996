/// Why a value given for an allegation was refused. Nothing is written when one is thrown.
public struct AllegationInputError: Error, Hashable, Sendable {
    /// The value the error concerns; each front end names it its own way (a flag, a form field).
    public var field: AllegationField
    /// What is wrong, front-end-neutral. Never repeats a restricted value.
    public var message: String

    /// Creates an error.
    public init(field: AllegationField, _ message: String) {
        self.field = field
        self.message = message
    }
}

/// A value given for an allegation case, named for the domain.
public enum AllegationField: Hashable, Sendable {
    /// The day the allegation was received.
    case received
    /// The day of the incident.
    case incident
    /// The type of allegation.
    case type
    /// The channel it was received through.
    case channel
    /// The category of personnel involved.
    case personnel
    /// The counts of victims/survivors by group.
    case victims
    /// The number of alleged perpetrators.
    case perpetrators
    /// The day an event on the case happened (consent, assistance).
    case date
    /// A restricted text of the case (`narrative`, `victim_details`), by its field name.
    case restrictedText(String)
    /// A name given as a restricted text that is not one.
    case unknownText(String)
}
