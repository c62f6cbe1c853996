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

    @Test(.enabled(if: bench != nil, "diligence-bench is not built; run `swift build` first"))
    func theEngineCycleRunsOnTheShippedLifecycle() throws {
        let bench: URL = try #require(Self.bench)
        let process = Process()
        process.executableURL = bench
        process.arguments = ["--engine-only", "--quick"]
        process.currentDirectoryURL = CLILocation.repositoryRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(
            (json?["engine_steps_per_second"] as? Double ?? 0) > 0, "\(String(decoding: data, as: UTF8.self))"
        )
    }
}
