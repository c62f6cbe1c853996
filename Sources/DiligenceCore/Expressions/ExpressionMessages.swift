/// The wording of every guard error, in one place, written for the programme officer who edits
/// the workflow file.
enum ExpressionMessages {
    // MARK: Lexing

    static let singleEquals = "use \"==\" to compare (a single \"=\" is not allowed in a guard)"
    static let singleAmpersand = "use \"&&\" for \"and\" (a single \"&\" is not allowed)"
    static let singleBar = "use \"||\" for \"or\" (a single \"|\" is not allowed)"

    static func unexpectedCharacter(_ character: String) -> String {
        "\"\(character)\" cannot be used in a guard"
    }

    static func tooDeep(limit: Int) -> String {
        "this guard is nested too deeply (more than \(limit) levels of brackets, \"!\", \"-\", calls or \"&&\"/\"||\" in a row); write it more simply"
    }

    static func badNumber(_ text: String) -> String { "\"\(text)\" is not a number" }

    static func numberTooLarge(_ text: String) -> String { "the number \(text) is too large" }

    static func durationTooLong(_ text: String) -> String {
        "\"\(text)\" is too long; \(CalendarDuration.maximumWording)"
    }

    static func badDuration(_ text: String) -> String {
        "\"\(text)\" is not a duration; write it like 30d, 2w, 12h, 45min, 6mo, 5y or 1y6mo"
    }

    static func badDateShape(_ text: String) -> String {
        "\"\(text)\" is not a date; write dates as YYYY-MM-DD, like 2026-03-31"
    }

    static func impossibleDate(_ text: String) -> String {
        "\(text) is not a real date: that month has no such day"
    }

    static func badEscape(_ character: String) -> String {
        "\"\\\(character)\" is not allowed in a text; use \\\" \\' \\\\ or \\n"
    }

    static func unterminatedText(quote: String) -> String {
        "this text has no closing \(quote)"
    }

    // MARK: Parsing

    static let emptyGuard = "the guard is empty; write a condition such as open_red_flags == 0"

    static func leftover(_ found: String) -> String {
        "unexpected \"\(found)\"; join conditions with && or ||"
    }

    static func unexpectedEnd(after previous: String) -> String {
        previous.isEmpty ? "unexpected end of guard" : "unexpected end of guard after \"\(previous)\""
    }

    static func expected(_ expected: String, found: String) -> String {
        "expected \(expected), but found \"\(found)\""
    }

    static func unclosed(
        opening: String, closing: String, openedAt: SourceLocation, reportedAt: SourceLocation
    ) -> String {
        let place =
            openedAt.line == reportedAt.line
            ? "column \(openedAt.column)" : "line \(openedAt.line), column \(openedAt.column)"
        return "expected \"\(closing)\" to close the \"\(opening)\" at \(place)"
    }

    static let notWithoutIn =
        "\"not\" must be followed by \"in\" (x not in [...]); to negate a condition write !(...)"

    static let chainedComparison =
        "only one comparison is allowed here; to check both, join them with && "
        + "(for example: score >= 2 && score <= 4)"

    static let listOutsideIn =
        "a list [...] can only follow \"in\" (for example: capacity_level in [\"full\", \"medium\"])"

    // MARK: Names

    static func unknownField(_ path: String, suggestion: String?) -> String {
        let base = "unknown field \"\(path)\" in guard"
        guard let suggestion else { return base }
        return base + "; did you mean \"\(suggestion)\"?"
    }

    static func bareEnumValue(_ word: String) -> String {
        "\"\(word)\" is not a field; to compare with the text \(word) write \"\(word)\" in quotes"
    }

    static func unknownFunction(_ name: String, suggestion: String?) -> String {
        let available = ExpressionFunction.allCases.map(\.signature).joined(separator: ", ")
        let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? "."
        return "unknown function \"\(name)\"\(hint) The functions are: \(available)"
    }

    static func wrongArity(_ function: ExpressionFunction, given: Int) -> String {
        let parameters = function.parameters
        let wanted: String
        switch parameters.count {
        case 0: wanted = "no arguments"
        case 1: wanted = "1 argument (\(parameters[0]))"
        default: wanted = "\(parameters.count) arguments (\(parameters.joined(separator: ", ")))"
        }
        return "\(function.name) takes \(wanted), but \(given) \(given == 1 ? "was" : "were") given"
    }

    static let isSetNeedsField = "is_set needs a field name, such as is_set(assessed_on)"

    static let inStateNeedsLiteral =
        "in_state needs a state id in quotes, such as in_state(\"under_review\")"

    static func unknownState(_ id: String) -> String {
        "there is no state \"\(id)\" in this workflow"
    }

    // MARK: Types

    static func notAValue(_ literal: String, of field: String, values: [String]) -> String {
        "\"\(literal)\" is not a value of \(field) (\(values.joined(separator: ", ")))"
    }

    static func cannotCompare(
        _ lhs: String, _ lhsType: ValueType, with rhs: String, _ rhsType: ValueType
    ) -> String {
        "cannot compare \(lhs) (\(shortName(lhsType))) with \(rhs) (\(shortName(rhsType)))"
    }

    static func differentChoices(_ lhs: String, _ rhs: String) -> String {
        "cannot compare \(lhs) with \(rhs): they do not have the same list of values"
    }

    static func cannotOrder(_ operand: String, _ type: ValueType, op: String) -> String {
        "\"\(op)\" works on numbers, dates and durations, but \(operand) is \(phrase(type))"
    }

    static func needsBool(_ op: String, _ operand: String, _ type: ValueType) -> String {
        "\"\(op)\" needs true or false, but \(operand) gives \(phrase(type))"
    }

    static func cannotNegate(_ operand: String, _ type: ValueType) -> String {
        "\"-\" works on numbers and durations, but \(operand) is \(phrase(type))"
    }

    static func argumentType(
        _ function: ExpressionFunction, wants: String, _ operand: String, _ type: ValueType
    ) -> String {
        "\(function.name) needs \(wants), but \(operand) is \(phrase(type))"
    }

    static func inNeedsList(_ operand: String, _ type: ValueType) -> String {
        "\"in\" needs a list, such as [\"a\", \"b\"] or a list field, but \(operand) is \(phrase(type))"
    }

    static func inListNeedsText(_ operand: String, _ type: ValueType) -> String {
        "only texts can be looked up in a list field, but \(operand) is \(phrase(type))"
    }

    static func wrongResult(guard expected: ValueType, got: ValueType) -> String {
        if expected == .bool { return "the guard must be true or false, but this gives \(phrase(got))" }
        if case .enumeration(let values) = expected {
            return "the expression must give one of \(values.joined(separator: ", ")), "
                + "but this gives \(shortName(got))"
        }
        return "the expression must give \(phrase(expected)), but this gives \(phrase(got))"
    }

    /// The type's name in parentheses after an operand: `(decimal)`, `(text)`.
    static func shortName(_ type: ValueType) -> String {
        switch type {
        case .bool: "true/false"
        case .int: "whole number"
        case .decimal: "decimal"
        case .string: "text"
        case .enumeration(let values): "one of " + values.joined(separator: ", ")
        case .date: "date"
        case .duration: "duration"
        case .stringList: "list"
        }
    }

    /// The type as a phrase: `a number`, `text`, `a date`.
    static func phrase(_ type: ValueType) -> String {
        switch type {
        case .bool: "true or false"
        case .int, .decimal: "a number"
        case .string, .enumeration: "text"
        case .date: "a date"
        case .duration: "a duration"
        case .stringList: "a list"
        }
    }
}
