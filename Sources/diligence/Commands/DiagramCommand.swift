import ArgumentParser
import DiligenceCore
import Foundation

/// `diligence diagram WORKFLOW --mermaid|--dot`.
struct DiagramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagram",
        abstract: "Draw a workflow as a Mermaid state diagram or a Graphviz DOT graph.",
        discussion: """
            Prints the diagram on stdout: paste Mermaid into a Markdown file or an online editor, or render DOT with \
            `diligence diagram partner-lifecycle --dot | dot -Tsvg > lifecycle.svg`.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The workflow id, such as partner-lifecycle.")
    var workflow: String

    @Flag(help: "The diagram language (default: mermaid).")
    var format: DiagramFormat = .mermaid

    func run() throws {
        let definitions = try global.definitions()
        guard let definition = definitions.workflows[workflow] else {
            let known = definitions.workflows.keys.sorted()
            let hint = Suggestion.closest(to: workflow, among: known).map { "did you mean \($0)? " } ?? ""
            throw CommandFailure(
                "there is no workflow \"\(workflow)\"; \(hint)workflows are \(known.joined(separator: ", "))")
        }
        switch format {
        case .mermaid: print(WorkflowDiagram.mermaid(definition), terminator: "")
        case .dot: print(WorkflowDiagram.dot(definition), terminator: "")
        }
    }
}

/// The diagram languages.
enum DiagramFormat: String, EnumerableFlag {
    case mermaid
    case dot
}
