import Foundation
import Testing

/// `diligence-bench` checks, before it times anything, that the cycles it measures take the way
/// they describe through the shipped definitions. A quick run of each check keeps the benchmark
/// runnable when a workflow file changes (it once stopped on a lifecycle whose `active` state had
/// gained children). Speed is not asserted here: the figures come from release runs.
@Suite struct BenchmarkSmokeTests {
    /// The `diligence-bench` executable beside `diligence`.
    static var bench: URL? {
        CLILocation.executable.map {
            $0.deletingLastPathComponent().appendingPathComponent("diligence-bench")
        }.flatMap { FileManager.default.isExecutableFile(atPath: $0.path) ? $0 : nil }
    }

    /// Runs `diligence-bench` from the project folder with `arguments`; its exit status, output
    /// and error output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let executable: URL = try #require(bench)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = CLILocation.repositoryRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: data, as: UTF8.self),
            String(decoding: message, as: UTF8.self)
        )
    }

    /// Runs only where `diligence-bench` is built.
    static let built = ConditionTrait.enabled(
        if: bench != nil, "diligence-bench is not built; run `swift build` first")

    @Test(built) func theEngineCycleRunsOnTheShippedLifecycle() throws {
        let result = try Self.run(["--engine-only", "--quick"])
        #expect(result.status == 0, "\(result.errors)")
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect((json?["engine_steps_per_second"] as? Double ?? 0) > 0, "\(result.output)")
    }
}
