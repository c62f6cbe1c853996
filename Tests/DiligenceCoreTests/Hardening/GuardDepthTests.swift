import Testing

@testable import DiligenceCore

/// Guards nested past the limit are an error at the token that goes too deep, not a stack
/// overflow (10,000 brackets in a 20 KB file crashed every command).
@Suite struct GuardDepthTests {
    static let tooDeep: [(name: String, guard: String)] = [
        (
            "brackets",
            String(repeating: "(", count: 10_000) + "agreement_signed" + String(repeating: ")", count: 10_000)
        ),
        ("negations", String(repeating: "!", count: 10_000) + "agreement_signed"),
        ("minus signs", "score > " + String(repeating: "-", count: 10_000) + "1"),
        ("a chain of &&", Array(repeating: "agreement_signed", count: 5_000).joined(separator: " && ")),
        ("a chain of ||", Array(repeating: "agreement_signed", count: 5_000).joined(separator: " || ")),
        ("unclosed brackets", String(repeating: "(", count: 10_000)),
        (
            "lists in brackets",
            String(repeating: "(", count: 200) + "country in [\"KE\"]" + String(repeating: ")", count: 200)
        ),
    ]

    @Test("a guard nested too deeply is an error at its position", arguments: tooDeep.map(\.name))
    func tooDeepIsAnError(_ name: String) throws {
        let source = try #require(Self.tooDeep.first { $0.name == name }?.guard)
        let error = try #require(compileError(source))
        #expect(error.code == .expressionSyntax, "\(error)")
        #expect(error.message.contains("nested too deeply"), "\(error)")
        #expect(error.location.file == testFile.file)
        #expect(error.location.line == 1)
        #expect(error.location.column > 1 && error.location.column < 2_000, "\(error)")
    }

    @Test func guardsUpToTheLimitCompile() throws {
        let depth = ExpressionParser.maximumDepth - 4
        let nested =
            String(repeating: "(", count: depth) + "agreement_signed" + String(repeating: ")", count: depth)
        #expect(try holds(nested, ["agreement_signed": .bool(true)]))
        let chain = Array(repeating: "open_red_flags == 0", count: 40).joined(separator: " && ")
        #expect(try holds(chain, ["open_red_flags": .int(0)]))
    }
}
