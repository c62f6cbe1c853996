extension WorkflowDiagram {
    /// The workflow as a Mermaid `stateDiagram-v2`: nested states as `state X { ... }`, the
    /// regions of a parallel state separated by `--`, `[*] -->` for initial states and
    /// `--> [*]` for final ones.
    public static func mermaid(_ definition: WorkflowDefinition) -> String {
        var lines = ["stateDiagram-v2"]
        let states = definition.states
        let drawn = transitions(of: definition)
        for state in states.dropFirst() where mermaidID(state.id) != state.id {
            lines.append("    state \"\(mermaidText(state.id))\" as \(mermaidID(state.id))")
        }
        func block(_ index: Int, indent: String) {
            let state = states[index]
            if state.kind == .compound, let initial = state.initial {
                lines.append(indent + "[*] --> " + mermaidID(states[initial].id))
            }
            for (position, child) in state.children.enumerated() {
                let childState = states[child]
                if state.kind == .parallel, position > 0 { lines.append(indent + "--") }
                if childState.kind == .compound || childState.kind == .parallel {
                    lines.append(indent + "state " + mermaidID(childState.id) + " {")
                    block(child, indent: indent + "    ")
                    lines.append(indent + "}")
                }
            }
            for (transition, owner) in drawn where owner == index {
                let source = mermaidID(states[transition.source].id)
                let target = transition.target.map { mermaidID(states[$0].id) } ?? source
                lines.append(
                    indent + source + " --> " + target + " : "
                        + mermaidText(label(transition, in: definition)))
            }
            for child in state.children where states[child].kind == .final {
                lines.append(indent + mermaidID(states[child].id) + " --> [*]")
            }
        }
        block(0, indent: "    ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A state id Mermaid accepts: letters, digits and `_` (other characters become `_`).
    static func mermaidID(_ id: String) -> String {
        String(
            id.unicodeScalars.map { scalar -> Character in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
                    ? Character(scalar) : "_"
            })
    }

    /// Label text with the characters Mermaid reads as syntax written as entity codes.
    static func mermaidText(_ text: String) -> String {
        escaped(
            text,
            [
                "#": "#35;", "\"": "#quot;", ";": "#59;", "<": "#lt;", ">": "#gt;", "{": "#123;",
                "}": "#125;",
                "\n": " ",
            ])
    }
}
