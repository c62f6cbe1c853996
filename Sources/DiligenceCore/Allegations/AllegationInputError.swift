/// Why a value given for an allegation was refused. Nothing is written when one is thrown.
public struct AllegationInputError: Error, Hashable, Sendable {
    /// The option or field the value was given for (`--victims`, `--received`).
    public var field: String
    /// What is wrong, in the words of the person typing it. Never repeats a restricted value.
    public var message: String

    /// Creates an error.
    public init(field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    /// `--victims: ...`.
    public var explanation: String { "\(field): \(message)" }
}
