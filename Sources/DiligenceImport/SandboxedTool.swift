import Foundation

/// A command-line tool (poppler's `pdftotext`, Tesseract) run on an untrusted file in a process of
/// its own, under `prlimit` with a memory and CPU-time cap, and stopped when it runs past a
/// wall-clock limit: a malicious file can crash or stall that process, never the caller.
struct SandboxedTool {
    /// The result of a run: the exit status, standard output and the first lines of standard error.
    struct Run {
        var status: Int32
        var output: Data
        var errors: String
        var timedOut: Bool
    }

    /// The folders searched for tools, in order.
    static let searchPath = ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"]

    /// The full path of `name`, `nil` when it is not installed.
    static func locate(_ name: String) -> String? {
        let folders =
            (ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map(String.init) ?? [])
            + searchPath
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    var tool: String
    var memoryBytes: Int
    var seconds: Double

    /// Runs the tool with `arguments`; `nil` when it cannot be started.
    func run(_ arguments: [String], environment: [String: String] = [:]) -> Run? {
        let process = Process()
        var arguments = arguments
        if let prlimit = Self.locate("prlimit") {
            process.executableURL = URL(fileURLWithPath: prlimit)
            arguments =
                ["--as=\(memoryBytes)", "--cpu=\(Int(seconds.rounded(.up)) + 1)", "--core=0", "--", tool]
                + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: tool)
        }
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let collected = Collected()
        output.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
        errors.fileHandleForReading.readabilityHandler = { handle in
            collected.appendError(handle.availableData)
        }
        do {
            try process.run()
        } catch {
            return nil
        }
        let deadline = Date().addingTimeInterval(seconds)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                usleep(100_000)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        errors.fileHandleForReading.readabilityHandler = nil
        collected.append(output.fileHandleForReading.readDataToEndOfFile())
        collected.appendError(errors.fileHandleForReading.readDataToEndOfFile())
        let (data, errorData) = collected.values
        let errorText = String(decoding: errorData.prefix(2_000), as: UTF8.self)
        return Run(status: process.terminationStatus, output: data, errors: errorText, timedOut: timedOut)
    }

    /// What the two pipes gave, gathered from their handlers' threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var output = Data()
        private var errors = Data()

        func append(_ data: Data) {
            lock.lock()
            output.append(data)
            lock.unlock()
        }

        func appendError(_ data: Data) {
            lock.lock()
            if errors.count < 10_000 { errors.append(data) }
            lock.unlock()
        }

        var values: (Data, Data) {
            lock.lock()
            defer { lock.unlock() }
            return (output, errors)
        }
    }
}
