/// A type-checked expression, ready to evaluate many times without re-parsing.
public struct CompiledExpression: Sendable {
    /// The expression's text as written.
    public let source: String
    /// Where `source` starts in its file.
    public let location: SourceLocation
    /// The result type.
    public let type: ValueType
    /// The fields the expression reads, in order of first appearance, without duplicates.
    public let fieldsRead: [FieldReference]
    /// The evaluable tree.
    let root: ExpressionNode

    /// The expression's value in `environment`; nil when it reads an unset field.
    public func evaluate<Environment: ExpressionEnvironment>(in environment: Environment) -> Value? {
        root.value(in: environment)
    }

    /// True only when the expression evaluates to `.bool(true)`; nil/unset counts as false.
    public func isSatisfied<Environment: ExpressionEnvironment>(in environment: Environment) -> Bool {
        root.isTrue(in: environment)
    }
}
