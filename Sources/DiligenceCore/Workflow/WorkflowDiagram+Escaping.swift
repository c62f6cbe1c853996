extension WorkflowDiagram {
    /// `text` with each character `replacements` names written as its replacement, the others as
    /// they are: how the DOT and Mermaid writers escape labels.
    static func escaped(_ text: String, _ replacements: [Character: String]) -> String {
        var result = ""
        for character in text {
            if let replacement = replacements[character] {
                result += replacement
            } else {
                result.append(character)
            }
        }
        return result
    }
}
