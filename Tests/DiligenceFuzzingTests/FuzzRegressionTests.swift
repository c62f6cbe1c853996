import DiligenceFuzzing
import Foundation
import Testing

/// The fuzzing harnesses in a plain test run: every seed of every corpus and every input that once
/// crashed a harness (`Fuzz/regressions/HARNESS/`) goes through its harness again. A crash here is
/// a crash of the test process, as it was of the fuzzer.
@Suite struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// The import fixtures that are seeds as they stand (not committed to `Fuzz/corpus`; the fuzz
    /// scripts copy them to `.build-fuzz/seeds/`): the harness and the fixtures' file extension.
    static let fixtureSeeds = ["agreement-html": "html", "agreement-xml": "xml"]

    static func inputs(_ folder: String, _ harness: String) -> [URL] {
        files(in: fuzz.appendingPathComponent(folder).appendingPathComponent(harness))
    }

    static func files(in url: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().map { url.appendingPathComponent($0) }
    }

    /// A harness's seeds: its folder in `Fuzz/corpus` and the import fixtures it takes as they stand.
    static func seeds(_ harness: String) -> [URL] {
        let fixtures = fuzz.deletingLastPathComponent().appendingPathComponent(
            "Tests/DiligenceImportTests/Fixtures")
        let fixtureSeeds = fixtureSeeds[harness].map { ending in
            files(in: fixtures).filter { $0.pathExtension == ending }
        }
        return inputs("corpus", harness) + (fixtureSeeds ?? [])
    }

    @Test("every harness has a seed corpus and a dictionary", arguments: FuzzHarness.all.map(\.name))
    func corpusAndDictionary(_ name: String) {
        #expect(!Self.seeds(name).isEmpty, "Fuzz/corpus/\(name) is empty: run scripts/fuzz-seeds")
    }

    @Test("the seed corpus replays", arguments: FuzzHarness.all.map(\.name))
    func seeds(_ name: String) throws {
        let harness = try #require(FuzzHarness.named(name))
        for input in Self.seeds(name) { harness.run(try Data(contentsOf: input)) }
    }

    @Test("every input that once crashed a harness is handled", arguments: FuzzHarness.all.map(\.name))
    func regressions(_ name: String) throws {
        let harness = try #require(FuzzHarness.named(name))
        for input in Self.inputs("regressions", name) { harness.run(try Data(contentsOf: input)) }
    }
}
