import DiligenceCore
import Testing

/// A key repeated in a file whose lines end in carriage returns (the fuzzer's first crash: the
/// line the YAML parser counted was past the lines split on "\n").
@Suite struct RepeatedKeyTests {
    @Test func repeatedKeyWithCarriageReturnsIsAnErrorAtItsLine() throws {
        let (targets, report) = IndicatorTargetsLoader.load(
            file: "Assessments/indicators.yaml", text: "indicators:\r  a: 1\r  b: 2\r  a: 3\r")
        #expect(targets == nil)
        let error = try #require(report.errors.first)
        #expect(error.code == .duplicateID, "\(error)")
        #expect(error.location.file == "Assessments/indicators.yaml")
        #expect(error.location.line >= 1 && error.location.line <= 4, "\(error)")
        #expect(error.message.contains("\"a\" appears twice"), "\(error)")
    }

    @Test func repeatedKeyWithCarriageReturnLineFeedsPointsAtTheSecond() throws {
        let (_, report) = IndicatorTargetsLoader.load(
            file: "Assessments/indicators.yaml", text: "indicators:\r\n  a: 1\r\n  b: 2\r\n  a: 3\r\n")
        let error = try #require(report.errors.first)
        #expect(error.code == .duplicateID, "\(error)")
        #expect(error.location.line == 4 && error.location.column == 3, "\(error)")
    }
}
