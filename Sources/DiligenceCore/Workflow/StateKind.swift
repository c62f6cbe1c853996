/// What kind of statechart state a state is.
public enum StateKind: String, Sendable, Codable, CaseIterable {
    /// A state with no children.
    case atomic
    /// A state with children, one of which is active; entering it enters its `initial` child.
    case compound
    /// A state whose children (regions) are all active at once; done when every region is done.
    case parallel
    /// A state that completes its parent; it has no way out and no deadlines.
    case final
}
