extension WorkflowDiagram {
    /// The workflow as a Graphviz digraph: compound states as clusters (parallel ones dashed),
    /// final states as double circles, a point for each initial state, labelled transitions.
    public static func dot(_ definition: WorkflowDefinition) -> String {
        let states = definition.states
        var lines = [
            "digraph " + dotQuoted(definition.id) + " {",
            "    compound=true;",
            "    rankdir=LR;",
            "    node [shape=box, style=rounded];",
        ]
        func block(_ index: Int, indent: String) {
            let state = states[index]
            if state.kind == .compound, let initial = state.initial {
                let start = dotQuoted(startNode(of: index, in: definition))
                lines.append(indent + start + " [shape=point, label=\"\"];")
                let head =
                    isCluster(initial, in: definition)
                    ? " [lhead=" + dotQuoted("cluster_" + states[initial].id) + "]" : ""
                lines.append(indent + start + " -> " + representative(initial, in: definition) + head + ";")
            }
            for child in state.children {
                let childState = states[child]
                switch childState.kind {
                case .compound, .parallel:
                    let style = childState.kind == .parallel ? "\"rounded,dashed\"" : "rounded"
                    lines.append(indent + "subgraph " + dotQuoted("cluster_" + childState.id) + " {")
                    lines.append(indent + "    label=" + dotQuoted(childState.id) + ";")
                    lines.append(indent + "    style=" + style + ";")
                    block(child, indent: indent + "    ")
                    lines.append(indent + "}")
                case .final:
                    lines.append(indent + dotQuoted(childState.id) + " [shape=doublecircle];")
                case .atomic:
                    lines.append(indent + dotQuoted(childState.id) + ";")
                }
            }
        }
        block(0, indent: "    ")
        for (transition, _) in transitions(of: definition) {
            let source = transition.source
            let target = transition.target ?? source
            var attributes = ["label=" + dotQuoted(label(transition, in: definition))]
            if isCluster(source, in: definition) {
                attributes.append("ltail=" + dotQuoted("cluster_" + states[source].id))
            }
            if isCluster(target, in: definition) {
                attributes.append("lhead=" + dotQuoted("cluster_" + states[target].id))
            }
            if transition.target == nil { attributes.append("style=dotted") }
            lines.append(
                "    " + representative(source, in: definition) + " -> "
                    + representative(target, in: definition)
                    + " [" + attributes.joined(separator: ", ") + "];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `"text"` with backslashes, quotes and line breaks escaped for DOT.
    static func dotQuoted(_ text: String) -> String {
        "\"" + escaped(text, ["\\": "\\\\", "\"": "\\\"", "\n": "\\n"]) + "\""
    }

    private static func isCluster(_ index: Int, in definition: WorkflowDefinition) -> Bool {
        let kind = definition.states[index].kind
        return kind == .compound || kind == .parallel
    }

    private static func startNode(of index: Int, in definition: WorkflowDefinition) -> String {
        index == 0 ? "__start" : "__start_" + definition.states[index].id
    }

    /// A node standing for a state: itself when it is a leaf, else its first leaf in document order
    /// (edges are clipped to the cluster with `ltail`/`lhead`).
    private static func representative(_ index: Int, in definition: WorkflowDefinition) -> String {
        var current = index
        while let first = definition.states[current].children.first {
            current = definition.states[current].initial ?? first
        }
        return dotQuoted(definition.states[current].id)
    }
}
