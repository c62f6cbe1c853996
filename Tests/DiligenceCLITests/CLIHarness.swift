import DiligenceDatabaseSupport
import Foundation
import Testing

/// What one run of the `diligence` executable did.
struct CLIResult: Sendable, CustomStringConvertible {
    /// The process's exit status.
    var exitCode: Int32
    /// Everything written on stdout.
    var stdout: String
    /// Everything written on stderr.
    var stderr: String

    /// stdout parsed as JSON (`--json` output).
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
    }

    /// stdout parsed as a JSON object.
    func jsonObject() throws -> [String: Any] {
        try #require(try json() as? [String: Any], "stdout is not a JSON object: \(stdout)")
    }

    /// stdout parsed as a JSON array of objects.
    func jsonArray() throws -> [[String: Any]] {
        try #require(try json() as? [[String: Any]], "stdout is not a JSON array of objects: \(stdout)")
    }

    /// The non-empty lines of stderr.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    var description: String { "exit \(exitCode)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Where the built `diligence` executable and the repository are.
enum CLILocation {
    /// The repository root, three levels above this file (`Tests/DiligenceCLITests/CLIHarness.swift`).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `diligence` executable beside the test bundle (the products folder), or in the
    /// repository's `.build/debug` as a fallback.
    static let executable: URL? = {
        var folders: [URL] = []
        if let override = ProcessInfo.processInfo.environment["DILIGENCE_CLI_EXECUTABLE"] {
            return URL(fileURLWithPath: override)
        }
        // Linux: the tests run from `.build/<triple>/debug/<package>PackageTests.xctest`, a file in the
        // products folder. macOS: the bundle is a folder there and `Bundle.main` may be `xctest` itself.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let main = Bundle.main.executableURL {
            var folder = main.deletingLastPathComponent()
            for _ in 0..<4 {
                folders.append(folder)
                folder = folder.deletingLastPathComponent()
            }
        }
        folders.append(repositoryRoot.appendingPathComponent(".build/debug"))
        return folders.lazy.map { $0.appendingPathComponent("diligence") }.first {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory)
                && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }()
}

/// A running `diligence` process, started by ``CLIWorkspace/launch(_:environment:)``.
final class RunningCLI {
    private let process: Process
    private let outputFile: URL
    private let errorFile: URL

    fileprivate init(process: Process, outputFile: URL, errorFile: URL) {
        self.process = process
        self.outputFile = outputFile
        self.errorFile = errorFile
    }

    /// Kills the process at once (SIGKILL), as a crash or a power cut would stop it.
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Asks the process to stop (SIGTERM), as Ctrl-C or a service manager would.
    func terminate() {
        process.terminate()
    }

    /// What the process has written on stdout so far.
    var outputSoFar: String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }

    /// Whether the process is still running.
    var isRunning: Bool { process.isRunning }

    /// Whether the process ended by a signal rather than by exiting.
    var wasKilled: Bool { process.terminationReason == .uncaughtSignal }

    /// Waits for the process to end and collects what it wrote.
    func wait() -> CLIResult {
        process.waitUntilExit()
        let stdout = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return CLIResult(exitCode: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}

/// A temporary project folder holding a copy of the repository's `Workflows/`, where a test
/// runs the real `diligence` executable. Removed when the workspace is released.
final class CLIWorkspace {
    /// The folder the CLI runs in (its working directory): `Workflows/` is here.
    let project: URL
    /// Where stdout and stderr of each run are captured, outside the project folder.
    private let capture: URL
    private let root: URL
    private var runs = 0
    /// The databases this workspace set up with its administrator (standardised paths).
    var setUpDatabases = Set<String>()
    /// The accounts and roles created so far, as `database|account|role` (and `database|account|`).
    var provisioned = Set<String>()

    /// The default database file of the CLI in the project folder.
    var database: URL { project.appendingPathComponent("diligence.sqlite") }

    /// The PostgreSQL database every command uses (as `$DILIGENCE_DB`) when the workspace was made
    /// by ``onPostgres(lifecycle:)``; `nil` for the SQLite file.
    private(set) var databaseURL: String?
    private var dropDatabase: Cleanup?

    /// Which partner lifecycle the project folder holds.
    enum Lifecycle {
        /// The repository's `Workflows/partner-lifecycle.yaml`, whose facts come from the records.
        case shipped
        /// `Tests/Fixtures/manual-lifecycle.yaml`: the same lifecycle with every fact set by hand
        /// (`--set`), for tests of sending, refusals, deadlines and the log that need no records.
        case manual
    }

    init(lifecycle: Lifecycle = .shipped) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("diligence-cli-\(UUID().uuidString)", isDirectory: true)
        project = root.appendingPathComponent("project", isDirectory: true)
        capture = root.appendingPathComponent("capture", isDirectory: true)
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        for folder in ["Workflows", "Assessments"] {
            let source = CLILocation.repositoryRoot.appendingPathComponent(folder)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: project.appendingPathComponent(folder))
            }
        }
        if lifecycle == .manual {
            let target = project.appendingPathComponent("Workflows/partner-lifecycle.yaml")
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(
                at: CLILocation.repositoryRoot.appendingPathComponent("Tests/Fixtures/manual-lifecycle.yaml"),
                to: target)
        }
    }

    deinit {
        dropDatabase?.run()
        try? FileManager.default.removeItem(at: root)
    }

    /// A workspace whose commands use a new database on the test PostgreSQL server
    /// (`$DILIGENCE_TEST_POSTGRES`), dropped when the workspace is released.
    static func onPostgres(lifecycle: Lifecycle = .shipped) throws -> CLIWorkspace {
        let workspace = try CLIWorkspace(lifecycle: lifecycle)
        let (database, cleanup) = try TestPostgres.newDatabase()
        workspace.databaseURL = database.location
        workspace.dropDatabase = cleanup
        return workspace
    }

    /// A path inside the project folder.
    func file(_ relativePath: String) -> URL { project.appendingPathComponent(relativePath) }

    /// Runs `diligence` with `arguments` and waits for it.
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        try launch(arguments, environment: environment).wait()
    }

    /// Runs `diligence` with `arguments` and waits for it.
    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> CLIResult {
        try run(arguments, environment: environment)
    }

    /// Starts `diligence` without waiting, so several can run at once. The environment is the
    /// test process's without any `DILIGENCE_*` variable, plus `environment`.
    func launch(_ arguments: [String], environment: [String: String] = [:]) throws -> RunningCLI {
        let (arguments, environment) = try provisionActor(for: arguments, environment: environment)
        return try launchUnprovisioned(arguments, environment: environment)
    }

    /// Runs `diligence` as ``run(_:environment:)`` does, without creating the actor's account.
    @discardableResult
    func runUnprovisioned(
        _ arguments: [String], environment: [String: String] = [:], input: String? = nil
    ) throws -> CLIResult {
        try launchUnprovisioned(arguments, environment: environment, input: input).wait()
    }

    /// Starts `diligence` as ``launch(_:environment:)`` does, without creating the actor's account.
    func launchUnprovisioned(
        _ arguments: [String], environment: [String: String] = [:], input: String? = nil
    ) throws -> RunningCLI {
        let executable = try #require(
            CLILocation.executable, "the diligence executable is not built; run `swift build` first")
        runs += 1
        let outputFile = capture.appendingPathComponent("\(runs).out")
        let errorFile = capture.appendingPathComponent("\(runs).err")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = project
        var inherited = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("DILIGENCE_") }
        if let databaseURL { inherited["DILIGENCE_DB"] = databaseURL }
        inherited.merge(environment) { _, new in new }
        process.environment = inherited
        if let input {
            let inputFile = capture.appendingPathComponent("\(runs).in")
            try input.write(to: inputFile, atomically: true, encoding: .utf8)
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        return RunningCLI(process: process, outputFile: outputFile, errorFile: errorFile)
    }
}
