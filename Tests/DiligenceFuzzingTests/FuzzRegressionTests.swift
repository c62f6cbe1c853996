import DiligenceFuzzing
import Foundation
import Testing

/// The fuzzing harnesses in a plain test run: every seed of every corpus and every input that once
/// crashed a harness (`Fuzz/regressions/HARNESS/`) goes through its harness again. A crash here is
/// a crash of the test process, as it was of the fuzzer.
@Suite struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    static func inputs(_ folder: String, _ harness: String) -> [URL] {
        let url = fuzz.appendingPathComponent(folder).appendingPathComponent(harness)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().map { url.appendingPathComponent($0) }
    }

    @Test("every harness has a seed corpus and a dictionary", arguments: FuzzHarness.all.map(\.name))
    func corpusAndDictionary(_ name: String) {
        #expect(!Self.inputs("corpus", name).isEmpty, "Fuzz/corpus/\(name) is empty: run scripts/fuzz-seeds")
    }

    @Test("the seed corpus replays", arguments: FuzzHarness.all.map(\.name))
    func seeds(_ name: String) throws {
        let harness = try #require(FuzzHarness.named(name))
        for input in Self.inputs("corpus", name) { harness.run(try Data(contentsOf: input)) }
    }

    @Test("every input that once crashed a harness is handled", arguments: FuzzHarness.all.map(\.name))
    func regressions(_ name: String) throws {
        let harness = try #require(FuzzHarness.named(name))
        for input in Self.inputs("regressions", name) { harness.run(try Data(contentsOf: input)) }
    }
}
