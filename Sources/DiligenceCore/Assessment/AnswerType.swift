/// The kind of answer a question takes.
public enum AnswerType: Hashable, Sendable {
    /// Yes or no (`yes_no`).
    case yesNo
    /// Met or not met (`met_not_met`).
    case metOrNotMet
    /// A level of the named rating scale (`rating`, with `scale:`).
    case rating(scale: String)
    /// Free text (`text`).
    case text
    /// A calendar date (`date`).
    case date

    /// The names the file format uses for the `answer:` key.
    public static let names = ["yes_no", "met_not_met", "rating", "text", "date"]

    /// The file format's name for this answer type.
    public var name: String {
        switch self {
        case .yesNo: "yes_no"
        case .metOrNotMet: "met_not_met"
        case .rating: "rating"
        case .text: "text"
        case .date: "date"
        }
    }
}
