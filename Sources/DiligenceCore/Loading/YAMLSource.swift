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
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let location = repeatedKeyLocation(key, after: first, in: context.text)
            return DefinitionError(
                .duplicateID,
                "\"\(key)\" appears twice in the same mapping (first at line \(first.line)); each key may appear once",
                at: SourceLocation(file: file, line: location.line, column: location.column))
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

    /// Where a key repeated in a block mapping appears again: the next line after the first
    /// occurrence that starts with `key:` at the same column (the first occurrence otherwise).
    private static func repeatedKeyLocation(_ key: String, after first: Mark, in text: String) -> (
        line: Int, column: Int
    ) {
        // Every line break the YAML parser counts ("\r\n", "\r", "\n", NEL, LS, PS) ends a line.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let indent = String(repeating: " ", count: max(0, first.column - 1))
        guard first.line >= 0, first.line < lines.count else { return (max(1, first.line), first.column) }
        for index in first.line..<lines.count {
            let line = lines[index]
            guard line.hasPrefix(indent), !line.dropFirst(indent.count).hasPrefix(" ") else { continue }
            let rest = line.dropFirst(indent.count)
            if rest.hasPrefix(key + ":") || rest.hasPrefix("\"" + key + "\":")
                || rest.hasPrefix("'" + key + "':")
            {
                return (index + 1, first.column)
            }
        }
        return (first.line, first.column)
    }
}
