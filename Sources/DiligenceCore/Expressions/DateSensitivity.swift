import Foundation

/// How an expression's value can change with the date alone, the facts it reads staying the same:
/// what `tick` needs to know to refresh only the partners whose rules or guards can change.
public enum DateSensitivity: Sendable, Equatable {
    /// It does not read the date (`today()`, `days_since`, `days_until`).
    case none
    /// It reads the date only through `today()`, `days_since(d)` and `days_until(d)` compared with
    /// constants (or `today()` with a date): its value can change only on the days `k` or `k + 1`
    /// days before or after a date it reads, for each `k` of `offsets` (0 always among them); the
    /// dates written in the expression are in `dates`.
    case offsets(Set<Int>, dates: Set<LocalDate>)
    /// It reads the date in a way whose days of change cannot be listed (a `days_until` compared
    /// with a field, say): it may change on any day.
    case daily

    /// The sensitivity of two expressions read together.
    public func combined(with other: DateSensitivity) -> DateSensitivity {
        switch (self, other) {
        case (.daily, _), (_, .daily): .daily
        case (.none, let only), (let only, .none): only
        case (.offsets(let a, let dates), .offsets(let b, let more)):
            .offsets(a.union(b), dates: dates.union(more))
        }
    }

    /// The first day after `today` on which an expression of this sensitivity can change, given
    /// every date it may read (`inputs`); `nil` when no day can change it.
    public func nextChange(after today: LocalDate, inputs: some Sequence<LocalDate>) -> LocalDate? {
        switch self {
        case .none:
            return nil
        case .daily:
            return LocalDate(daysSinceEpoch: today.daysSinceEpoch + 1)
        case .offsets(let offsets, let dates):
            var next: Int?
            for input in Array(inputs) + Array(dates) {
                for offset in offsets {
                    for day in [
                        input.daysSinceEpoch - offset, input.daysSinceEpoch - offset + 1,
                        input.daysSinceEpoch + offset, input.daysSinceEpoch + offset + 1,
                    ] where day > today.daysSinceEpoch {
                        next = min(next ?? day, day)
                    }
                }
            }
            return next.map(LocalDate.init(daysSinceEpoch:))
        }
    }
}

extension CompiledExpression {
    /// How the expression's value can change with the date alone.
    public var dateSensitivity: DateSensitivity { root.dateSensitivity }
}

extension ExpressionNode {
    /// The node's ``DateSensitivity``: a date term (`today()`, `days_since`, `days_until`) must be
    /// compared with a constant (or `today()` with a date field) for its days of change to be listed.
    var dateSensitivity: DateSensitivity {
        switch self {
        case .constant, .field, .isSet, .inState:
            return .none
        case .today, .daysSince, .daysUntil:
            // A date term not compared with anything listable.
            return .daily
        case .not(let operand), .negate(let operand), .count(let operand), .textIn(let operand, _, _):
            return operand.dateSensitivity
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .contains(let lhs, let rhs),
            .listContains(let lhs, let rhs, _):
            return lhs.dateSensitivity.combined(with: rhs.dateSensitivity)
        case .equal(let lhs, let rhs, _, _), .order(let lhs, _, let rhs, _):
            return Self.comparison(lhs, [rhs])
        case .memberOf(let operand, let elements, _, _):
            return Self.comparison(operand, elements)
        }
    }

    /// The sensitivity of `lhs` compared with each of `others` (or they with it).
    private static func comparison(_ lhs: ExpressionNode, _ others: [ExpressionNode]) -> DateSensitivity {
        if lhs.isDateTerm { return compared(lhs, with: others) }
        if others.count == 1, let rhs = others.first, rhs.isDateTerm { return compared(rhs, with: [lhs]) }
        return others.reduce(lhs.dateSensitivity) { $0.combined(with: $1.dateSensitivity) }
    }

    /// A date term compared with `others`: listable when each is a constant, or, for `today()`,
    /// a date field.
    private static func compared(_ term: ExpressionNode, with others: [ExpressionNode]) -> DateSensitivity {
        var dates = Set<LocalDate>()
        switch term {
        case .daysSince(let argument), .daysUntil(let argument):
            switch argument {
            case .field: break
            case .constant(.date(let date)): dates.insert(date)
            default: return .daily
            }
        default:
            break
        }
        var offsets: Set<Int> = [0]
        for other in others {
            switch other.constantValue {
            case .int(let value)?:
                offsets.insert(value)
            case .decimal(let value)?:
                let whole = NSDecimalNumber(decimal: value).doubleValue
                offsets.formUnion([Int(whole.rounded(.down)), Int(whole.rounded(.up))])
            case .date(let date)? where term.isToday:
                dates.insert(date)
            default:
                guard term.isToday, case .field = other else { return .daily }
            }
        }
        return .offsets(Set(offsets.map(abs)), dates: dates)
    }

    private var isDateTerm: Bool {
        switch self {
        case .today, .daysSince, .daysUntil: true
        default: false
        }
    }

    private var isToday: Bool {
        if case .today = self { return true }
        return false
    }

    /// The value of a constant, or of a negated constant number.
    private var constantValue: Value? {
        switch self {
        case .constant(let value): return value
        case .negate(.constant(.int(let value))): return .int(-value)
        case .negate(.constant(.decimal(let value))): return .decimal(-value)
        default: return nil
        }
    }
}
