/// The names a risk rule's condition may read: the ``PartnerFact`` list, and no states.
public struct PartnerFacts: ExpressionScope, Sendable {
    /// Creates the scope.
    public init() {}

    /// The slot and type of a fact by its name.
    public func field(named path: String) -> (slot: Int, type: ValueType)? {
        PartnerFact(rawValue: path).map { ($0.slot, $0.type) }
    }

    /// Rules run outside any workflow: `in_state` names nothing.
    public func state(named id: String) -> Int? { nil }

    /// Every fact name, for "did you mean" hints.
    public var fieldNames: [String] { PartnerFact.allCases.map(\.rawValue) }
}
