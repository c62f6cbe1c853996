/// How long an assessment counts and how long its follow-up may take, as the questionnaire file
/// sets them.
public struct TimeRules: Hashable, Sendable {
    /// How long a final determination stays valid (default 5 years).
    public var validity: CalendarDuration
    /// When, after the final determination, to warn that it will expire (default 4 years).
    public var validityWarning: CalendarDuration
    /// How long a capacity-strengthening plan may run from the preliminary determination
    /// (default 6 months: a project default that no public source confirms).
    public var planPeriod: CalendarDuration
    /// How recent the last final assessment must be for a re-assessment to offer its answers
    /// (default 365 days).
    public var reuseWindow: CalendarDuration
    /// How soon a partner engaged in an emergency with low capacity assumed must be assessed
    /// (default 3 months: a project default that no public source confirms).
    public var emergencyAssessmentPeriod: CalendarDuration

    /// Creates time rules; each left out takes its default.
    public init(
        validity: CalendarDuration = TimeRules.standard.validity,
        validityWarning: CalendarDuration = TimeRules.standard.validityWarning,
        planPeriod: CalendarDuration = TimeRules.standard.planPeriod,
        reuseWindow: CalendarDuration = TimeRules.standard.reuseWindow,
        emergencyAssessmentPeriod: CalendarDuration = TimeRules.standard.emergencyAssessmentPeriod
    ) {
        self.validity = validity
        self.validityWarning = validityWarning
        self.planPeriod = planPeriod
        self.reuseWindow = reuseWindow
        self.emergencyAssessmentPeriod = emergencyAssessmentPeriod
    }

    private init(
        defaultsValidity validity: CalendarDuration, validityWarning: CalendarDuration,
        planPeriod: CalendarDuration, reuseWindow: CalendarDuration,
        emergencyAssessmentPeriod: CalendarDuration
    ) {
        self.validity = validity
        self.validityWarning = validityWarning
        self.planPeriod = planPeriod
        self.reuseWindow = reuseWindow
        self.emergencyAssessmentPeriod = emergencyAssessmentPeriod
    }

    /// The defaults: valid 5 years with a warning at 4 and answers reused within 365 days (as
    /// eTools and UNICEF's information brief have them); a 6-month plan and an emergency assessment
    /// within 3 months (project defaults without a public source; Assessments/README.md).
    public static let standard = TimeRules(
        defaultsValidity: CalendarDuration(months: 60), validityWarning: CalendarDuration(months: 48),
        planPeriod: CalendarDuration(months: 6), reuseWindow: .days(365),
        emergencyAssessmentPeriod: CalendarDuration(months: 3))
}
