import DiligenceCore
import DiligenceTestSupport

/// The shipped clause catalogue, loaded from `Assessments/agreement-clauses.yaml`.
enum CatalogueFixture {
    struct LoadError: Error { var message: String }

    static func shipped() throws -> ClauseCatalogue {
        let path = "Assessments/agreement-clauses.yaml"
        let (loaded, report) = ClauseCatalogueLoader.load(file: path, text: try Repository.text(path))
        guard let catalogue = loaded else {
            throw LoadError(message: report.errors.map(\.description).joined(separator: "\n"))
        }
        return catalogue
    }
}
