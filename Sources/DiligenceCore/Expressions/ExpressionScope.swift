/// What a guard may name; supplied by a workflow definition (later also by risk rules).
public protocol ExpressionScope {
    /// The slot and type of a declared field, by its dotted path (`capacity_level`, `assessment.expires_on`).
    func field(named path: String) -> (slot: Int, type: ValueType)?
    /// The index of a state by its id, for `in_state("id")`.
    func state(named id: String) -> Int?
    /// All declared field paths (for "did you mean ...?" suggestions).
    var fieldNames: [String] { get }
}
