import DiligenceCore
import DiligenceImport
import DiligenceStore
import Foundation

/// The two agreements a generated portfolio's partners sign, imported and read for clauses once:
/// the United Nations general terms with every PSEA clause, and a short agreement missing most.
struct PortfolioAgreements {
    struct Variant {
        let imported: ImportedAgreement
        let document: AgreementDocument
        /// For each finding, the decision procurement takes on it (`nil`: none).
        let decisions: [AgreementChange?]
    }

    let complete: Variant
    let incomplete: Variant

    init(root: URL, definitions: DefinitionSet) throws {
        let catalogue = try DiligenceStore.loadedCatalogue(definitions)
        let fixtures = root.appendingPathComponent("Tests/DiligenceImportTests/Fixtures")
        func variant(_ file: String) throws -> Variant {
            let document = try AgreementImporter().importFile(
                at: fixtures.appendingPathComponent(file), format: .xml)
            let findings = ClauseDetector(catalogue: catalogue).findings(in: document)
            let imported = ImportedAgreement(
                fileName: file, format: document.format, contentHash: document.contentHash,
                catalogue: CatalogueReference(catalogue), findings: findings)
            let decisions = findings.map { finding -> AgreementChange? in
                if finding.status == .present {
                    return .decide(clause: finding.clause, kind: .confirmed, text: nil)
                }
                guard catalogue.clauses.first(where: { $0.id == finding.clause })?.mandatory ?? false else {
                    return nil
                }
                return .decide(
                    clause: finding.clause, kind: .amendmentRequested,
                    text: "Add the clause; the partner's legal office sends an amended agreement.")
            }
            return Variant(imported: imported, document: document, decisions: decisions)
        }
        complete = try variant("un-general-terms.xml")
        incomplete = try variant("short-agreement.xml")
    }
}
