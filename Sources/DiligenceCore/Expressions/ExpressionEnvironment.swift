public import Foundation

/// Where a compiled expression reads its values at evaluation time.
public protocol ExpressionEnvironment {
    /// The current value of a field slot; nil when the field is unset.
    func value(atSlot slot: Int) -> Value?
    /// Whether the state with this index is active.
    func isActive(state index: Int) -> Bool
    /// The current instant (the engine has no clock; the caller passes `now`).
    var now: Date { get }
}
