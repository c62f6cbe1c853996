/// The input a store refusal concerns, named for the application, not for any front end (the CLI
/// maps each to its flag or argument, a server to its form field).
public enum InputField: Sendable, Hashable {
    /// The acting user.
    case actor
    /// The role the actor acts in (or a role named as a value).
    case role
    /// The key file that seals restricted allegation details.
    case key
    /// The workflow event sent.
    case event
    /// A victim/survivor's consent on an allegation case.
    case consent
    /// A programme officer assigned to a partner.
    case officer
    /// A partner, by id.
    case partner
    /// A flag, by id.
    case flag
    /// An assessment, by id.
    case assessment
    /// A partner's name.
    case name
    /// A partner's country code.
    case country
    /// The headquarters record of an international NGO's country-level record.
    case headquarters
    /// A flag's level.
    case level
    /// A flag's written reason or note (`decision` names the decision it is for).
    case reason
    /// A partner's capacity status (a status, not a level).
    case capacityStatus
    /// The day an event happened (a training, consent, assistance).
    case date
    /// A training course's name.
    case course
    /// A head count of personnel.
    case count
    /// The people a training session records.
    case people
    /// A training record (its personnel, its coverage).
    case training
    /// A sheet of rows to import.
    case sheet
    /// The UN entity that made a shared assessment.
    case entity
    /// An exported assessment document offered for acceptance.
    case document
    /// An agreement's clause findings.
    case findings
    /// Why an international NGO is assessed at country level.
    case countryLevelReason
    /// The assessment whose answers a new one copies (`source`: `previous` or `from`).
    case copySource
    /// A field of the record's workflow, by its path (`incident_on`).
    case workflowField(String)
}

/// What is wrong with an input: a stable code a front end words for its users.
public enum InputProblem: String, Sendable, Hashable {
    /// No value was given, or a blank one.
    case missing = "missing"
    /// The value is longer than its limit (`limit`).
    case tooLong = "too-long"
    /// The value does not have the required form (`value`).
    case malformed = "malformed"
    /// No such value (`value`, `known`, `suggestion`).
    case unknown = "unknown"
    /// A number outside its range (`value`, `minimum`, `maximum`).
    case outOfRange = "out-of-range"
    /// The role (`role`) may not do this (`act`); `allowed` lists the roles that may.
    case notPermitted = "not-permitted"
    /// The value is kept for the engine or another command (`value`).
    case reserved = "reserved"
    /// The same thing is recorded already.
    case duplicate = "duplicate"
    /// The officer is not assigned to the partner (`assigned` lists those who are).
    case notAssigned = "not-assigned"
    /// The value names a thing of another kind (`value`, `kind`).
    case wrongKind = "wrong-kind"
    /// The value belongs to another partner, questionnaire or catalogue than the one in use.
    case mismatch = "mismatch"
    /// The assessment has no final determination yet.
    case notFinal = "not-final"
    /// The assessment lies outside the re-use window (`until`).
    case expired = "expired"
    /// The day (`day`) is before the case was received (`received`).
    case beforeReceived = "before-received"
    /// The day (`day`) is after today (`today`).
    case afterToday = "after-today"
    /// The day (`day`) is before the consent it needs (`consent`).
    case beforeConsent = "before-consent"
    /// The event changes the record and has its own command.
    case needsCommand = "needs-command"
    /// The training coverage is below the policy's threshold.
    case belowPolicy = "below-policy"
}
