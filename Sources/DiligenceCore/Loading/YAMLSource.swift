import Foundation
import Yams

/// A YAML file composed into a node tree whose nodes keep their line and column.
struct YAMLSource {
    /// The file's path as given.
    var file: String
    /// The file's text.
    var text: String
    /// The document's root node; `nil` for an empty file.
    var root: Node?

    /// Composes `text`; a syntax error becomes a ``DefinitionError`` at libyaml's position.
    init(file: String, text: String) throws(DefinitionError) {
        self.file = file
        self.text = text
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.definitionError(error, file: file)
        } catch {
            throw DefinitionError(
                .yamlSyntax, "this file is not valid YAML: \(error)",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    private static func definitionError(_ error: YamlError, file: String) -> DefinitionError {
        func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> DefinitionError {
            var message = "this file is not valid YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            return DefinitionError(
                .yamlSyntax, message,
                at: SourceLocation(file: file, line: mark.line, column: mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return located(problem, context, mark)
        case .reader(let problem, _, _, _):
            return DefinitionError(
                .yamlSyntax, "this file cannot be read as UTF-8 text: \(problem)",
                at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return DefinitionError(
                .yamlSyntax, "this file is not valid YAML: \(error)",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
