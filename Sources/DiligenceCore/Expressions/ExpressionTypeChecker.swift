import Foundation

/// Resolves the names in a parsed guard against a scope, checks every operator's types and
/// builds the evaluable ``ExpressionNode`` tree.
struct ExpressionTypeChecker<Scope: ExpressionScope> {
    /// A checked node with its type and the syntax it came from.
    struct Checked {
        /// The evaluable form.
        var node: ExpressionNode
        /// The type of its result.
        var type: ValueType
        /// The syntax it came from, for messages.
        var syntax: ExpressionSyntax
    }

    private let scope: Scope
    private let source: String
    private let scalars: [Unicode.Scalar]
    private let location: SourceLocation
    private var seenSlots: Set<Int> = []

    /// The fields read so far, in order of first appearance.
    private(set) var fieldsRead: [FieldReference] = []

    /// Creates a checker for `source` (starting at `location`) against `scope`.
    init(scope: Scope, source: String, at location: SourceLocation) {
        self.scope = scope
        self.source = source
        self.scalars = Array(source.unicodeScalars)
        self.location = location
    }

    // MARK: Helpers

    private func text(_ syntax: ExpressionSyntax) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[syntax.range])
        return String(view)
    }

    private func error(_ code: DefinitionError.Code, _ message: String, at offset: Int)
        -> DefinitionError
    {
        DefinitionError(code, message, at: location.advanced(by: offset, in: source))
    }

    private func typeError(_ message: String, at syntax: ExpressionSyntax) -> DefinitionError {
        error(.expressionType, message, at: syntax.range.lowerBound)
    }

    private mutating func resolve(_ path: String, at syntax: ExpressionSyntax) throws(DefinitionError)
        -> (slot: Int, type: ValueType)
    {
        guard let field = scope.field(named: path) else {
            let suggestion = Suggestion.closest(to: path, among: scope.fieldNames)
            throw error(
                .unknownField, ExpressionMessages.unknownField(path, suggestion: suggestion),
                at: syntax.range.lowerBound)
        }
        if seenSlots.insert(field.slot).inserted {
            fieldsRead.append(FieldReference(path: path, slot: field.slot))
        }
        return field
    }

    /// A bare word that is no field but is a value of the enumeration on the other side:
    /// the author forgot the quotes.
    private func rejectBareEnumValue(_ word: ExpressionSyntax, comparedWith other: ExpressionSyntax)
        throws(DefinitionError)
    {
        guard case .path(let name) = word.kind, scope.field(named: name) == nil,
            case .path(let otherPath) = other.kind,
            case .enumeration(let values)? = scope.field(named: otherPath)?.type,
            values.contains(name)
        else { return }
        throw error(.unknownField, ExpressionMessages.bareEnumValue(name), at: word.range.lowerBound)
    }

    // MARK: Checking

    /// Checks a node and everything below it.
    mutating func check(_ syntax: ExpressionSyntax) throws(DefinitionError) -> Checked {
        switch syntax.kind {
        case .literal(let value):
            return Checked(node: .constant(value), type: Self.type(of: value), syntax: syntax)
        case .path(let path):
            let field = try resolve(path, at: syntax)
            return Checked(node: .field(slot: field.slot), type: field.type, syntax: syntax)
        case .call(let name, let nameRange, let arguments):
            return try checkCall(name, nameRange: nameRange, arguments, syntax: syntax)
        case .list:
            throw error(.expressionSyntax, ExpressionMessages.listOutsideIn, at: syntax.range.lowerBound)
        case .not(let operandSyntax):
            let operand = try checkBool(operandSyntax, op: "!")
            return Checked(node: .not(operand.node), type: .bool, syntax: syntax)
        case .negate(let operandSyntax):
            let operand = try check(operandSyntax)
            guard operand.type.isNumeric || operand.type == .duration else {
                throw typeError(
                    ExpressionMessages.cannotNegate(text(operandSyntax), operand.type), at: operandSyntax)
            }
            let node = ExpressionNode.negate(operand.node)
            if case .constant = operand.node, let folded = node.value(in: ConstantEnvironment()) {
                return Checked(node: .constant(folded), type: operand.type, syntax: syntax)
            }
            return Checked(node: node, type: operand.type, syntax: syntax)
        case .logical(let op, let lhsSyntax, let rhsSyntax, _):
            let lhs = try checkBool(lhsSyntax, op: op.spelling)
            let rhs = try checkBool(rhsSyntax, op: op.spelling)
            let node: ExpressionNode =
                op == .and ? .and(lhs.node, rhs.node) : .or(lhs.node, rhs.node)
            return Checked(node: node, type: .bool, syntax: syntax)
        case .comparison(let op, let lhsSyntax, let rhsSyntax, _):
            return try checkComparison(op, lhsSyntax, rhsSyntax, syntax: syntax)
        }
    }

    private mutating func checkBool(_ syntax: ExpressionSyntax, op: String) throws(DefinitionError)
        -> Checked
    {
        let checked = try check(syntax)
        guard checked.type == .bool else {
            throw typeError(ExpressionMessages.needsBool(op, text(syntax), checked.type), at: syntax)
        }
        return checked
    }

    private static func type(of value: Value) -> ValueType {
        switch value {
        case .bool: .bool
        case .int: .int
        case .decimal: .decimal
        case .string: .string
        case .date: .date
        case .duration: .duration
        case .list: .stringList
        }
    }

    // MARK: Comparisons

    private mutating func checkComparison(
        _ op: ComparisonOperator, _ lhsSyntax: ExpressionSyntax, _ rhsSyntax: ExpressionSyntax,
        syntax: ExpressionSyntax
    ) throws(DefinitionError) -> Checked {
        try rejectBareEnumValue(lhsSyntax, comparedWith: rhsSyntax)
        try rejectBareEnumValue(rhsSyntax, comparedWith: lhsSyntax)
        if case .list(let elements) = rhsSyntax.kind {
            for element in elements { try rejectBareEnumValue(element, comparedWith: lhsSyntax) }
        }
        let lhs = try check(lhsSyntax)
        switch op {
        case .equal, .notEqual:
            let rhs = try check(rhsSyntax)
            let kind = try equalityKind(lhs, rhs)
            return Checked(
                node: .equal(lhs.node, rhs.node, kind, negated: op == .notEqual), type: .bool,
                syntax: syntax)
        case .less, .lessEqual, .greater, .greaterEqual:
            let rhs = try check(rhsSyntax)
            let kind = try orderKind(lhs, rhs, op: op)
            return Checked(
                node: .order(lhs.node, Self.orderOperator(op), rhs.node, kind), type: .bool,
                syntax: syntax)
        case .in, .notIn:
            let negated = op == .notIn
            guard case .list(let elementSyntaxes) = rhsSyntax.kind else {
                let list = try check(rhsSyntax)
                guard list.type == .stringList else {
                    throw typeError(
                        ExpressionMessages.inNeedsList(text(rhsSyntax), list.type), at: rhsSyntax)
                }
                guard lhs.type.isText else {
                    throw typeError(
                        ExpressionMessages.inListNeedsText(text(lhsSyntax), lhs.type), at: lhsSyntax)
                }
                return Checked(
                    node: .listContains(lhs.node, list: list.node, negated: negated), type: .bool,
                    syntax: syntax)
            }
            var elements: [ExpressionNode] = []
            var texts: [String] = []
            var kind = ExpressionNode.ComparisonKind.exact
            for elementSyntax in elementSyntaxes {
                let element = try check(elementSyntax)
                if try equalityKind(lhs, element) == .numeric { kind = .numeric }
                elements.append(element.node)
                if case .constant(.string(let text)) = element.node { texts.append(text) }
            }
            let node: ExpressionNode
            if lhs.type.isText, texts.count == elements.count {
                node = .textIn(lhs.node, texts, negated: negated)
            } else {
                node = .memberOf(lhs.node, elements, kind, negated: negated)
            }
            return Checked(node: node, type: .bool, syntax: syntax)
        }
    }

    /// How two operands compare with `==`; throws when they cannot be compared.
    private func equalityKind(_ lhs: Checked, _ rhs: Checked) throws(DefinitionError)
        -> ExpressionNode.ComparisonKind
    {
        switch (lhs.type, rhs.type) {
        case _ where lhs.type.isNumeric && rhs.type.isNumeric:
            return .numeric
        case (.enumeration(let left), .enumeration(let right)):
            guard Set(left) == Set(right) else {
                throw typeError(
                    ExpressionMessages.differentChoices(text(lhs.syntax), text(rhs.syntax)),
                    at: rhs.syntax)
            }
            return .exact
        case (.enumeration(let values), .string):
            try checkEnumLiteral(rhs, against: lhs, values: values)
            return .exact
        case (.string, .enumeration(let values)):
            try checkEnumLiteral(lhs, against: rhs, values: values)
            return .exact
        default:
            guard lhs.type == rhs.type else { throw cannotCompare(lhs, rhs) }
            return .exact
        }
    }

    private func cannotCompare(_ lhs: Checked, _ rhs: Checked) -> DefinitionError {
        typeError(
            ExpressionMessages.cannotCompare(text(lhs.syntax), lhs.type, with: text(rhs.syntax), rhs.type),
            at: rhs.syntax)
    }

    /// An enumeration compares only with text literals that are among its values.
    private func checkEnumLiteral(_ literal: Checked, against field: Checked, values: [String])
        throws(DefinitionError)
    {
        guard case .literal(.string(let text)) = literal.syntax.kind else {
            throw cannotCompare(field, literal)
        }
        guard values.contains(text) else {
            throw typeError(
                ExpressionMessages.notAValue(text, of: self.text(field.syntax), values: values),
                at: literal.syntax)
        }
    }

    private func orderKind(_ lhs: Checked, _ rhs: Checked, op: ComparisonOperator)
        throws(DefinitionError) -> ExpressionNode.OrderKind
    {
        func kind(_ type: ValueType) -> ExpressionNode.OrderKind? {
            switch type {
            case .int, .decimal: .numeric
            case .date: .date
            case .duration: .duration
            default: nil
            }
        }
        guard let left = kind(lhs.type) else {
            throw typeError(
                ExpressionMessages.cannotOrder(text(lhs.syntax), lhs.type, op: op.spelling),
                at: lhs.syntax)
        }
        guard left == kind(rhs.type) else { throw cannotCompare(lhs, rhs) }
        return left
    }

    private static func orderOperator(_ op: ComparisonOperator) -> ExpressionNode.OrderOperator {
        switch op {
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        default: .greaterEqual
        }
    }

    // MARK: Functions

    private mutating func checkCall(
        _ name: String, nameRange: Range<Int>, _ arguments: [ExpressionSyntax], syntax: ExpressionSyntax
    ) throws(DefinitionError) -> Checked {
        guard let function = ExpressionFunction(name: name) else {
            let suggestion = Suggestion.closest(
                to: name, among: ExpressionFunction.allCases.map(\.name))
            throw error(
                .expressionSyntax, ExpressionMessages.unknownFunction(name, suggestion: suggestion),
                at: nameRange.lowerBound)
        }
        guard arguments.count == function.parameters.count else {
            throw error(
                .expressionSyntax, ExpressionMessages.wrongArity(function, given: arguments.count),
                at: nameRange.lowerBound)
        }
        switch function {
        case .daysSince, .daysUntil:
            let date = try checkArgument(arguments[0], of: function, wants: "a date") { $0 == .date }
            let node: ExpressionNode =
                function == .daysSince ? .daysSince(date.node) : .daysUntil(date.node)
            return Checked(node: node, type: .int, syntax: syntax)
        case .today:
            return Checked(node: .today, type: .date, syntax: syntax)
        case .count:
            let list = try checkArgument(arguments[0], of: function, wants: "a list") {
                $0 == .stringList
            }
            return Checked(node: .count(list.node), type: .int, syntax: syntax)
        case .contains:
            let list = try checkArgument(arguments[0], of: function, wants: "a list") {
                $0 == .stringList
            }
            let item = try checkArgument(arguments[1], of: function, wants: "a text") { $0.isText }
            return Checked(node: .contains(list.node, item.node), type: .bool, syntax: syntax)
        case .isSet:
            guard case .path(let path) = arguments[0].kind else {
                throw error(
                    .expressionSyntax, ExpressionMessages.isSetNeedsField,
                    at: arguments[0].range.lowerBound)
            }
            let field = try resolve(path, at: arguments[0])
            return Checked(node: .isSet(slot: field.slot), type: .bool, syntax: syntax)
        case .inState:
            guard case .literal(.string(let id)) = arguments[0].kind else {
                throw error(
                    .expressionSyntax, ExpressionMessages.inStateNeedsLiteral,
                    at: arguments[0].range.lowerBound)
            }
            guard let index = scope.state(named: id) else {
                throw error(
                    .unknownState, ExpressionMessages.unknownState(id), at: arguments[0].range.lowerBound)
            }
            return Checked(node: .inState(index: index), type: .bool, syntax: syntax)
        }
    }

    private mutating func checkArgument(
        _ syntax: ExpressionSyntax, of function: ExpressionFunction, wants: String,
        accepts: (ValueType) -> Bool
    ) throws(DefinitionError) -> Checked {
        let checked = try check(syntax)
        guard accepts(checked.type) else {
            throw typeError(
                ExpressionMessages.argumentType(function, wants: wants, text(syntax), checked.type),
                at: syntax)
        }
        return checked
    }
}

/// An environment with no fields and no states, for folding constants while compiling.
private struct ConstantEnvironment: ExpressionEnvironment {
    func value(atSlot slot: Int) -> Value? { nil }
    func isActive(state index: Int) -> Bool { false }
    var now: Date { Date(timeIntervalSince1970: 0) }
}
