import DiligenceCore
import Foundation

/// The shipped definitions a harness checks its parsed input against (the questionnaire an answer
/// sheet answers, the clause catalogue an agreement is read with), loaded once from the
/// repository's `Assessments/` folder; nil when the folder is not there.
enum FuzzDefinitions {
    /// The repository's `Assessments/` folder, found from this source file.
    static let assessments = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assessments")

    /// `psea-common`, the questionnaire the seed answer sheets answer.
    /// A fixed public key the checkpoint harness checks signatures with.
    static let checkpointKey =
        PublicSigningKey(rawBytes: Data(repeating: 0, count: 32))
        ?? InstallationSigningKey.generate().publicKey

    static let questionnaire: Questionnaire? = load("psea-common.yaml") {
        QuestionnaireLoader.load(file: $0, text: $1).0
    }

    /// The clause catalogue.
    static let catalogue: ClauseCatalogue? = load("agreement-clauses.yaml") {
        ClauseCatalogueLoader.load(file: $0, text: $1).0
    }

    /// A detector over the catalogue, built once (building its phrase index is the slow part).
    static let detector: ClauseDetector? = catalogue.map { ClauseDetector(catalogue: $0) }

    private static func load<T>(_ name: String, _ loader: (String, String) -> T?) -> T? {
        let url = assessments.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return loader(url.path, text)
    }
}
