/// The inline workflow files of the loader tests, built from the lines most of them share, so a
/// test writes out only what it is about. The text is the one the test would have written: the
/// lines and columns it expects count in it.
public enum WorkflowYAML {
    /// `workflow: w` with its `roles`, the `fields` lines if any, `initial` and the `states` lines
    /// (`fields` and `states` indented two spaces, as under their keys).
    public static func workflow(
        roles: String = "[officer]", fields: String? = nil, initial: String = "a", states: String
    ) -> String {
        var lines = ["workflow: w", "roles: \(roles)"]
        if let fields { lines += ["fields:", fields] }
        lines += ["initial: \(initial)", "states:", states]
        return lines.joined(separator: "\n")
    }

    /// The lines of `workflow(initial:states:)` before the states: `workflow: w`, the role
    /// `officer`, `initial` and `states:`.
    public static func header(initial: String = "a") -> String {
        String(workflow(initial: initial, states: "").dropLast())
    }

    /// The states `a`, whose event `go` leads to `b`, and the final `b`: `inA` are lines of `a`
    /// before its transitions, `onGo` lines of the transition, `inB` lines of `b` and `after` the
    /// states that follow (each already indented).
    public static func goToFinal(
        inA: String? = nil, onGo: String? = nil, inB: String? = nil, after: String? = nil
    ) -> String {
        let lines = [
            "  a:", inA, "    on:", "      - event: go", "        target: b", onGo, "  b:", "    type: final",
            inB,
            after,
        ]
        return lines.compactMap { $0 }.joined(separator: "\n")
    }

    /// The one final state `a`.
    public static let finalA = "  a:\n    type: final"
}
