// Temporary stand-in for the expression language being built on the `expressions` branch.
// Deleted when that branch is merged.
public import Foundation

public protocol ExpressionScope {
    func field(named path: String) -> (slot: Int, type: ValueType)?
    func state(named id: String) -> Int?
    var fieldNames: [String] { get }
}

public protocol ExpressionEnvironment {
    func value(atSlot slot: Int) -> Value?
    func isActive(state index: Int) -> Bool
    var now: Date { get }
}

public struct FieldReference: Hashable, Sendable {
    public let path: String
    public let slot: Int
}

public struct CompiledExpression: Sendable {
    public let source: String
    public let location: SourceLocation
    public let type: ValueType
    public let fieldsRead: [FieldReference]
    public func evaluate<Environment: ExpressionEnvironment>(in environment: Environment) -> Value? {
        .bool(true)
    }
    public func isSatisfied<Environment: ExpressionEnvironment>(in environment: Environment) -> Bool {
        true
    }
}

public enum ExpressionCompiler {
    public static func compile(
        _ source: String, at location: SourceLocation, in scope: some ExpressionScope,
        expecting: ValueType? = .bool
    ) throws(DefinitionError) -> CompiledExpression {
        CompiledExpression(source: source, location: location, type: .bool, fieldsRead: [])
    }
}
