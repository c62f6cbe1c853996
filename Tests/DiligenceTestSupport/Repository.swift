public import Foundation

/// Where the package's files are, for tests that read real files on disk.
public enum Repository {
    /// The package root (the directory holding `Package.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DiligenceTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// A file below the package root, such as `Workflows/partner-lifecycle.yaml`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The text of a file below the package root.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }
}
