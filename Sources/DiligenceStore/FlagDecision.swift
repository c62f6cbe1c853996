import DiligenceCore

/// A decision on a flag's ladder, as `diligence flag` takes it: the event of
/// `Workflows/risk-flag.yaml` it sends and the field its written reason goes to.
public enum FlagDecision: String, CaseIterable, Sendable {
    /// The country office sends a yellow flag to headquarters (once).
    case escalate
    /// Headquarters confirms an escalated flag: it becomes red.
    case confirm
    /// Headquarters defers an escalated flag back to the country office: it becomes yellow again.
    case `defer`
    /// The flag was raised in error; needs a justification.
    case invalidate
    /// The risk was addressed.
    case resolve
    /// An observation turns out to be a risk: it becomes yellow.
    case upgrade

    /// The workflow event.
    public var event: String { rawValue }

    /// The field of the flag that keeps the written reason.
    public var textField: String {
        switch self {
        case .escalate, .confirm, .defer, .upgrade: FlagKind.note.name
        case .invalidate: FlagKind.justification.name
        case .resolve: FlagKind.resolution.name
        }
    }

    /// What the reason is, in the words of a refusal when it is missing.
    public var textWording: String {
        switch self {
        case .invalidate: "a written justification (why the flag was raised in error)"
        case .resolve: "a note on how the risk was addressed"
        case .escalate: "a note on why headquarters should decide"
        case .confirm: "a note on why headquarters confirms the flag"
        case .defer: "a note on why headquarters defers the flag to the country office"
        case .upgrade: "a note on why the observation is a risk"
        }
    }
}
