/// A parsed guard, before names and types are checked: a tree of nodes with their positions.
struct ExpressionSyntax: Equatable, Sendable {
    /// The shape of a node.
    indirect enum Kind: Equatable, Sendable {
        /// A literal value: `true`, `42`, `0.85`, `"full"`, `2026-03-31`, `30d`.
        case literal(Value)
        /// A field path, resolved later against the scope.
        case path(String)
        /// A function call; `nameRange` is where its name is.
        case call(name: String, nameRange: Range<Int>, arguments: [ExpressionSyntax])
        /// A list literal `[a, b]`, allowed only on the right of `in`.
        case list([ExpressionSyntax])
        /// `!operand`
        case not(ExpressionSyntax)
        /// `-operand`
        case negate(ExpressionSyntax)
        /// `lhs && rhs` or `lhs || rhs`.
        case logical(LogicalOperator, ExpressionSyntax, ExpressionSyntax, operatorRange: Range<Int>)
        /// A comparison, including `in` and `not in`.
        case comparison(
            ComparisonOperator, ExpressionSyntax, ExpressionSyntax, operatorRange: Range<Int>)
    }

    /// The shape of the node.
    var kind: Kind
    /// Where the node's text is, in Unicode scalars from the start of the guard.
    var range: Range<Int>
}

/// `&&` or `||`.
enum LogicalOperator: Equatable, Sendable {
    /// `&&`
    case and
    /// `||`
    case or

    /// The operator as written.
    var spelling: String { self == .and ? "&&" : "||" }
}

/// A comparison operator.
enum ComparisonOperator: Equatable, Sendable {
    /// `==`
    case equal
    /// `!=`
    case notEqual
    /// `<`
    case less
    /// `<=`
    case lessEqual
    /// `>`
    case greater
    /// `>=`
    case greaterEqual
    /// `in`
    case `in`
    /// `not in`
    case notIn

    /// The operator as written.
    var spelling: String {
        switch self {
        case .equal: "=="
        case .notEqual: "!="
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        case .in: "in"
        case .notIn: "not in"
        }
    }

    /// True for `< <= > >=`.
    var isOrdering: Bool {
        switch self {
        case .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }
}
