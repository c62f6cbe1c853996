extension FuzzHarness {
    /// Every harness, one per parser of untrusted input.
    public static let all: [FuzzHarness] =
        [guardLanguage] + definitionLoaders + [trainingCSV, answerCSV, answerYAML, assessmentJSON]
        + agreementImporters

    /// The harness called `name`, if there is one.
    public static func named(_ name: String) -> FuzzHarness? {
        all.first { $0.name == name }
    }
}
