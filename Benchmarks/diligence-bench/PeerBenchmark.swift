import Foundation

/// Runs the Python `transitions` peer, when python3 and the library are installed.
enum PeerBenchmark {
    struct Result {
        var eventsPerSecond: Double?
        var note: String
    }

    static func run(script: URL, events: Int) -> Result {
        guard FileManager.default.fileExists(atPath: script.path) else {
            return Result(eventsPerSecond: nil, note: "peer script not found at \(script.path)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, String(events)]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return Result(eventsPerSecond: nil, note: "python3 could not be started: \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = errorText.trimmingCharacters(in: .whitespacesAndNewlines)
            return Result(
                eventsPerSecond: nil,
                note:
                    "the Python peer did not run (\(reason.isEmpty ? "exit \(process.terminationStatus)" : reason)); install it with: python3 -m pip install transitions"
            )
        }
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        guard let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let rate = json["events_per_second"] as? Double
        else { return Result(eventsPerSecond: nil, note: "the Python peer printed no result: \(line)") }
        let version = json["version"] as? String ?? "?"
        return Result(eventsPerSecond: rate, note: "transitions \(version), \(json["events"] ?? "?") events")
    }
}
