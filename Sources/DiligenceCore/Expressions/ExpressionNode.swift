import Foundation

/// A checked guard in the form it is evaluated in: fields are slots, states are indices,
/// literals are values and list memberships are prepared, so evaluating parses nothing and
/// looks nothing up by name.
indirect enum ExpressionNode: Sendable {
    /// A literal, already a value.
    case constant(Value)
    /// The value in a field slot (nil when unset).
    case field(slot: Int)
    /// `!operand`; an unset operand counts as false.
    case not(ExpressionNode)
    /// `lhs && rhs`; unset counts as false.
    case and(ExpressionNode, ExpressionNode)
    /// `lhs || rhs`; unset counts as false.
    case or(ExpressionNode, ExpressionNode)
    /// `-operand` on a number or a duration.
    case negate(ExpressionNode)
    /// `==` (or `!=` when `negated`), exact or numeric.
    case equal(ExpressionNode, ExpressionNode, ComparisonKind, negated: Bool)
    /// `< <= > >=`.
    case order(ExpressionNode, OrderOperator, ExpressionNode, OrderKind)
    /// `x in ["a", "b"]` with texts only: a plain scan of prepared strings.
    case textIn(ExpressionNode, [String], negated: Bool)
    /// `x in [a, b]` in general: each element compared with `==`.
    case memberOf(ExpressionNode, [ExpressionNode], ComparisonKind, negated: Bool)
    /// `x in listField`.
    case listContains(ExpressionNode, list: ExpressionNode, negated: Bool)
    /// `days_since(date)`.
    case daysSince(ExpressionNode)
    /// `days_until(date)`.
    case daysUntil(ExpressionNode)
    /// `today()`.
    case today
    /// `count(list)`.
    case count(ExpressionNode)
    /// `contains(list, text)`.
    case contains(ExpressionNode, ExpressionNode)
    /// `is_set(field)`.
    case isSet(slot: Int)
    /// `in_state("id")`.
    case inState(index: Int)

    /// How two values are compared for equality.
    enum ComparisonKind: Sendable {
        /// Values of the same type: plain equality.
        case exact
        /// Whole and decimal numbers, compared by value.
        case numeric
    }

    /// Which ordering comparison.
    enum OrderOperator: Sendable {
        /// `<`
        case less
        /// `<=`
        case lessEqual
        /// `>`
        case greater
        /// `>=`
        case greaterEqual
    }

    /// What is being ordered.
    enum OrderKind: Sendable {
        /// Whole and decimal numbers.
        case numeric
        /// Dates.
        case date
        /// Durations, by their approximate length.
        case duration
    }
}

extension ExpressionNode {
    /// The node's value; nil when it reads an unset field (or a function of one).
    func value<Environment: ExpressionEnvironment>(in environment: Environment) -> Value? {
        switch self {
        case .constant(let value):
            return value
        case .field(let slot):
            return environment.value(atSlot: slot)
        case .negate(let operand):
            switch operand.value(in: environment) {
            case .int(let number)?:
                return number == .min ? nil : .int(-number)
            case .decimal(let number)?:
                return .decimal(-number)
            case .duration(let duration)?:
                return .duration(CalendarDuration(months: -duration.months, seconds: -duration.seconds))
            default:
                return nil
            }
        case .daysSince(let operand):
            guard case .date(let date)? = operand.value(in: environment) else { return nil }
            return .int(LocalDate(environment.now).daysSinceEpoch - date.daysSinceEpoch)
        case .daysUntil(let operand):
            guard case .date(let date)? = operand.value(in: environment) else { return nil }
            return .int(date.daysSinceEpoch - LocalDate(environment.now).daysSinceEpoch)
        case .today:
            return .date(LocalDate(environment.now))
        case .count(let operand):
            guard case .list(let items)? = operand.value(in: environment) else { return .int(0) }
            return .int(items.count)
        default:
            return .bool(isTrue(in: environment))
        }
    }

    /// Whether the node gives `true`; unset and every other value count as false.
    func isTrue<Environment: ExpressionEnvironment>(in environment: Environment) -> Bool {
        switch self {
        case .constant(let value):
            return value == .bool(true)
        case .field(let slot):
            guard case .bool(let flag)? = environment.value(atSlot: slot) else { return false }
            return flag
        case .not(let operand):
            return !operand.isTrue(in: environment)
        case .and(let lhs, let rhs):
            return lhs.isTrue(in: environment) && rhs.isTrue(in: environment)
        case .or(let lhs, let rhs):
            return lhs.isTrue(in: environment) || rhs.isTrue(in: environment)
        case .equal(let lhs, let rhs, let kind, let negated):
            let equal = Self.equal(
                lhs.value(in: environment), rhs.value(in: environment), kind)
            return equal != negated
        case .order(let lhs, let op, let rhs, let kind):
            guard let left = lhs.value(in: environment), let right = rhs.value(in: environment)
            else { return false }
            return Self.order(left, op, right, kind)
        case .textIn(let operand, let texts, let negated):
            guard case .string(let text)? = operand.value(in: environment) else { return false }
            return texts.contains(text) != negated
        case .memberOf(let operand, let elements, let kind, let negated):
            guard let value = operand.value(in: environment) else { return false }
            for element in elements where Self.equal(value, element.value(in: environment), kind) {
                return !negated
            }
            return negated
        case .listContains(let operand, let list, let negated):
            guard case .string(let text)? = operand.value(in: environment) else { return false }
            guard case .list(let items)? = list.value(in: environment) else { return negated }
            return items.contains(text) != negated
        case .contains(let list, let operand):
            guard case .list(let items)? = list.value(in: environment),
                case .string(let text)? = operand.value(in: environment)
            else { return false }
            return items.contains(text)
        case .isSet(let slot):
            return environment.value(atSlot: slot) != nil
        case .inState(let index):
            return environment.isActive(state: index)
        case .negate, .daysSince, .daysUntil, .today, .count:
            return false
        }
    }

    /// `==` under the guard rules: unset equals only unset; numbers compare by value.
    private static func equal(_ lhs: Value?, _ rhs: Value?, _ kind: ComparisonKind) -> Bool {
        guard kind == .numeric, let lhs, let rhs else { return lhs == rhs }
        switch (lhs, rhs) {
        case (.int(let left), .int(let right)): return left == right
        default:
            guard let left = lhs.decimalValue, let right = rhs.decimalValue else { return false }
            return left == right
        }
    }

    private static func order(_ lhs: Value, _ op: OrderOperator, _ rhs: Value, _ kind: OrderKind)
        -> Bool
    {
        switch kind {
        case .numeric:
            if case .int(let left) = lhs, case .int(let right) = rhs {
                return compare(left, op, right)
            }
            guard let left = lhs.decimalValue, let right = rhs.decimalValue else { return false }
            return compare(left, op, right)
        case .date:
            guard case .date(let left) = lhs, case .date(let right) = rhs else { return false }
            return compare(left, op, right)
        case .duration:
            guard case .duration(let left) = lhs, case .duration(let right) = rhs else { return false }
            return compare(left.approximateSeconds, op, right.approximateSeconds)
        }
    }

    private static func compare<T: Comparable>(_ lhs: T, _ op: OrderOperator, _ rhs: T) -> Bool {
        switch op {
        case .less: lhs < rhs
        case .lessEqual: lhs <= rhs
        case .greater: lhs > rhs
        case .greaterEqual: lhs >= rhs
        }
    }
}

extension Value {
    /// The value as a decimal, for comparing whole and decimal numbers.
    fileprivate var decimalValue: Decimal? {
        switch self {
        case .int(let number): Decimal(number)
        case .decimal(let number): number
        default: nil
        }
    }
}
