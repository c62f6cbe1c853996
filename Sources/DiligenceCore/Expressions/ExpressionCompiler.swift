/// Turns guard text into a ``CompiledExpression``: lexing, parsing, name resolution and type
/// checking, with every problem reported at its line and column.
public enum ExpressionCompiler {
    /// Parses and type-checks `source`, which starts at `location` in its file.
    /// `expecting` is the required result type (guards pass `.bool`; nil accepts any type).
    public static func compile(
        _ source: String, at location: SourceLocation, in scope: some ExpressionScope,
        expecting: ValueType? = .bool
    ) throws(DefinitionError) -> CompiledExpression {
        let syntax = try ExpressionParser.parse(source, at: location)
        var checker = ExpressionTypeChecker(scope: scope, source: source, at: location)
        let checked = try checker.check(syntax)
        if let expecting, !accepts(expecting, checked.type), !isChoice(checked.node, of: expecting) {
            throw DefinitionError(
                .expressionType, ExpressionMessages.wrongResult(guard: expecting, got: checked.type),
                at: location.advanced(by: syntax.range.lowerBound, in: source))
        }
        return CompiledExpression(
            source: source, location: location, type: checked.type,
            fieldsRead: checker.fieldsRead, root: checked.node)
    }

    /// Whether the expression is a text literal that is one of an expected enumeration's values.
    private static func isChoice(_ node: ExpressionNode, of expected: ValueType) -> Bool {
        guard case .enumeration(let values) = expected, case .constant(.string(let text)) = node
        else { return false }
        return values.contains(text)
    }

    /// Whether a result of type `actual` may stand where `expected` is required.
    private static func accepts(_ expected: ValueType, _ actual: ValueType) -> Bool {
        switch (expected, actual) {
        case (.decimal, .int), (.string, .enumeration): true
        case (.enumeration(let wanted), .enumeration(let given)): Set(wanted) == Set(given)
        default: expected == actual
        }
    }
}
