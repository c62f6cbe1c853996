extension FuzzHarness {
    /// Every harness, one per parser of untrusted input.
    public static let all: [FuzzHarness] =
        [guardLanguage] + definitionLoaders + [
            trainingCSV, answerCSV, answerYAML, assessmentJSON, logCheckpoint,
        ]
        + agreementImporters + [webForm, webUpload]

    /// Loads what the harnesses share (the questionnaire, the clause detector) before the first
    /// input, so that the leak check of the first input does not count it.
    public static func prepare() {
        _ = FuzzDefinitions.questionnaire
        _ = FuzzDefinitions.detector
        _ = FuzzDefinitions.checkpointKey
    }

    /// The harness called `name`, if there is one.
    public static func named(_ name: String) -> FuzzHarness? {
        all.first { $0.name == name }
    }
}
