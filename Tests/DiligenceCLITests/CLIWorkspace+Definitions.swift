import Foundation
import Testing

/// Breaking the workspace's copy of the shipped workflow, for the definition-check tests.
extension CLIWorkspace {
    /// The workflow file's path as the CLI reports it.
    static let lifecycleFile = "Workflows/partner-lifecycle.yaml"

    /// Replaces the first occurrence of `text` in the workflow copy with `replacement`; returns
    /// the 1-based line where the change starts.
    @discardableResult
    func editWorkflow(replacing text: String, with replacement: String) throws -> Int {
        let url = file(Self.lifecycleFile)
        let source = try String(contentsOf: url, encoding: .utf8)
        let range = try #require(source.range(of: text), "the workflow has no \"\(text)\"")
        let line = source[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        try source.replacingCharacters(in: range, with: replacement).write(
            to: url, atomically: true, encoding: .utf8)
        return line
    }
}

extension CLIWorkspace {
    /// Files in the project folder besides the copied definition folders (databases, demo files).
    func writtenFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: project.path)
            .filter { !["Workflows", "Assessments"].contains($0) }.sorted()
    }
}
