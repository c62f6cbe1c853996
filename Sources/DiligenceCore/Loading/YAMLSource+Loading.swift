import Yams

/// What the definition loaders share: reading a file's text, and a file with nothing in it.
extension YAMLSource {
    /// Where a problem of the whole file is reported: its first line and column.
    var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// What a loader's `load(file:text:)` does: composes `text`, then reads the composed file with
    /// `read`. A YAML syntax error is the report's one error, and the definition is `nil`.
    static func load<Definition>(
        file: String, text: String, with read: (YAMLSource) -> (Definition?, DefinitionReport)
    ) -> (Definition?, DefinitionReport) {
        do {
            return read(try YAMLSource(file: file, text: text))
        } catch {
            return (nil, DefinitionReport(errors: [error]))
        }
    }
}

extension NodeReader {
    /// The file's root node; `nil` for an empty file, after a missing-key error at its start
    /// (`ifEmpty`: `this roles file is empty; it needs a roles: mapping`).
    mutating func root(of source: YAMLSource, ifEmpty message: String) -> Node? {
        if source.root == nil { error(.missingKey, message, at: source.start) }
        return source.root
    }
}
