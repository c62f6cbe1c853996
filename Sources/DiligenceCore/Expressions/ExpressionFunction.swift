/// A function a guard may call. The list is closed: guards cannot call anything else.
enum ExpressionFunction: CaseIterable, Sendable {
    /// `days_since(date) -> int`: whole days from the date to today (UTC); negative for a future date.
    case daysSince
    /// `days_until(date) -> int`: whole days from today (UTC) to the date.
    case daysUntil
    /// `today() -> date`: the UTC date of `now`.
    case today
    /// `count(list) -> int`: the number of items; 0 when the list is unset.
    case count
    /// `contains(list, text) -> bool`: whether the list holds the text.
    case contains
    /// `is_set(field) -> bool`: whether the field has a value.
    case isSet
    /// `in_state("state") -> bool`: whether the named state is active.
    case inState

    /// The name a guard writes.
    var name: String {
        switch self {
        case .daysSince: "days_since"
        case .daysUntil: "days_until"
        case .today: "today"
        case .count: "count"
        case .contains: "contains"
        case .isSet: "is_set"
        case .inState: "in_state"
        }
    }

    /// What each argument is, in a user's words.
    var parameters: [String] {
        switch self {
        case .daysSince, .daysUntil: ["a date"]
        case .today: []
        case .count: ["a list"]
        case .contains: ["a list", "a text"]
        case .isSet: ["a field"]
        case .inState: ["a state id in quotes"]
        }
    }

    /// How the function is called, for the list of available functions.
    var signature: String {
        switch self {
        case .daysSince: "days_since(date)"
        case .daysUntil: "days_until(date)"
        case .today: "today()"
        case .count: "count(list)"
        case .contains: "contains(list, text)"
        case .isSet: "is_set(field)"
        case .inState: "in_state(\"state\")"
        }
    }

    /// The function with this name, if there is one.
    init?(name: String) {
        guard let function = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = function
    }
}
