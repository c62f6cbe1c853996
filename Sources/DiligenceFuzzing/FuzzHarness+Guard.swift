import DiligenceCore

extension FuzzHarness {
    /// The guard language: lexer, parser, type checker and, for a guard that compiles, the
    /// evaluator.
    static let guardLanguage = FuzzHarness(
        name: "guard", summary: "a guard or rule condition (the expression language)"
    ) { data in
        let location = SourceLocation(file: "Workflows/fuzz.yaml", line: 3, column: 12)
        for expecting in [ValueType.bool, nil] {
            guard
                let compiled = try? ExpressionCompiler.compile(
                    data.fuzzText, at: location, in: FuzzScope(), expecting: expecting)
            else { continue }
            _ = compiled.evaluate(in: FuzzEnvironment())
        }
    }
}
