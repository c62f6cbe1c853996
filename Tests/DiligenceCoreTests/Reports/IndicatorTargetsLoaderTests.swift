import DiligenceCore
import DiligenceTestSupport
import Foundation
import Testing

/// A valid file whose lines the tests edit: 1 indicators, 2 partners_assessed_target,
/// 3 personnel_trained_target.
private let targetsText = """
    indicators:
      partners_assessed_target: 0.9
      personnel_trained_target: 0.8
    """

private func errors(_ yaml: String) -> [DefinitionError] { loadErrors(yaml, IndicatorTargetsLoader.load) }

/// `Assessments/indicators.yaml`: the shipped targets, every key, every error at its line and column.
@Suite struct IndicatorTargetsLoaderTests {
    @Test func shippedTargetsAreTheDefaults() throws {
        let path = "Assessments/indicators.yaml"
        let targets = try loadShipped(path, IndicatorTargetsLoader.load)
        #expect(
            targets
                == IndicatorTargets(
                    partnersAssessed: 1, personnelTrained: Decimal(string: "0.85")!, file: path))
        #expect(IndicatorTargets.standard.personnelTrained == Decimal(string: "0.85"))
    }

    @Test func everyKeyIsRead() throws {
        let (targets, report) = IndicatorTargetsLoader.load(file: WorkflowFixtures.file, text: targetsText)
        #expect(report.errors.isEmpty)
        #expect(targets?.partnersAssessed == Decimal(string: "0.9"))
        #expect(targets?.personnelTrained == Decimal(string: "0.8"))
    }

    @Test func leftOutKeysKeepTheDefaults() {
        let (targets, _) = IndicatorTargetsLoader.load(file: WorkflowFixtures.file, text: "indicators: {}\n")
        #expect(targets?.personnelTrained == IndicatorTargets.standard.personnelTrained)
        #expect(targets?.partnersAssessed == 1)
    }

    @Test func aShareAboveOneIsRefusedAtItsValue() throws {
        let found = errors(targetsText.replacingOccurrences(of: "0.8", with: "85"))
        let error = try #require(found.first)
        #expect(found.count == 1)
        #expect(error.location.line == 3 && error.location.column == 29)
        #expect(
            error.message.contains("personnel_trained_target \"85\" must be a share above 0 and at most 1"))
    }

    @Test func zeroAndTextAreRefused() {
        #expect(errors(targetsText.replacingOccurrences(of: "0.9", with: "0")).count == 1)
        let text = errors(targetsText.replacingOccurrences(of: "0.9", with: "most"))
        #expect(text.first?.location.line == 2)
    }

    @Test func anUnknownKeyIsNamedWithASuggestion() throws {
        let found = errors(
            targetsText.replacingOccurrences(of: "personnel_trained_target", with: "personel_trained_target"))
        let error = try #require(found.first)
        #expect(error.location.line == 3 && error.location.column == 3)
        #expect(error.message.contains("personnel_trained_target"), "\(error.message)")
    }

    @Test func aSecondIndicatorsFileIsRefused() {
        let set = DefinitionSet(files: [
            .init(path: "Assessments/a.yaml", text: targetsText, folder: .assessments),
            .init(path: "Assessments/b.yaml", text: targetsText, folder: .assessments),
        ])
        #expect(set.indicatorTargets?.file == "Assessments/a.yaml")
        #expect(set.report.errors.map(\.location.file) == ["Assessments/b.yaml"])
        #expect(set.report.errors.first?.message.contains("may hold only one") == true)
    }

    @Test func theSchemaNamesTheKeysTheLoaderAccepts() throws {
        let data = try Data(contentsOf: Repository.url("Assessments/indicators.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        func keys(_ object: Any?) -> Set<String> {
            Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        }
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(keys(schema) == ["indicators"])
        let targets = (schema["$defs"] as? [String: Any])?["targets"]
        #expect(keys(targets) == ["partners_assessed_target", "personnel_trained_target"])
        #expect((targets as? [String: Any])?["additionalProperties"] as? Bool == false)
    }
}
