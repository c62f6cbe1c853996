import DiligenceCore
import DiligenceStore
import Foundation

/// Shared set-up for agreement store tests: the shipped lifecycle (with an extra event that raises
/// a red flag on the partner), the agreement workflow and the clause catalogue, and a registered
/// partner.
enum AgreementFixtures {
    /// The lifecycle with `raise_red`: a manager raises a red sexual exploitation and abuse flag on
    /// a registered partner, and `lift_red` clears it (test-only events).
    static let shippedLifecycle =
        (try? String(
            contentsOf: StoreFixtures.repositoryRoot.appendingPathComponent(
                "Workflows/partner-lifecycle.yaml"),
            encoding: .utf8)) ?? ""

    static let lifecycleWithRedFlag = shippedLifecycle.replacingOccurrences(
        of: """
                description: An assessment of the partner was started.
                on:
            """,
        with: """
                description: An assessment of the partner was started.
                on:
                  - event: raise_red
                    roles: [manager]
                    effects:
                      - raise_flag: {category: sexual_exploitation_abuse, level: red, reason: Substantiated allegation against a staff member.}
                  - event: lift_red
                    roles: [manager]
                    effects:
                      - clear_flag: {category: sexual_exploitation_abuse}
            """)

    /// The definitions an agreement runs with.
    static func definitions() -> DefinitionSet {
        var files: [DefinitionSet.File] = [
            .init(path: "Workflows/partner-lifecycle.yaml", text: lifecycleWithRedFlag, folder: .workflows)
        ]
        for (path, folder) in [
            ("Workflows/agreement-review.yaml", DefinitionSet.Folder.workflows),
            ("Workflows/risk-flag.yaml", .workflows),
            ("Assessments/agreement-clauses.yaml", .assessments),
        ] {
            files.append(StoreFixtures.repositoryFile(path, folder))
        }
        return DefinitionSet(files: files)
    }

    /// Findings on every clause of `catalogue`: present, except those named `absent`/`partial`.
    static func imported(
        _ catalogue: ClauseCatalogue, file: String = "agreement.docx", absent: Set<String> = ["C5"],
        partial: Set<String> = []
    ) -> ImportedAgreement {
        let findings = catalogue.clauses.enumerated().map { index, clause in
            let status: ClauseStatus =
                absent.contains(clause.id) ? .absent : partial.contains(clause.id) ? .partial : .present
            return ClauseFinding(
                clause: clause.id, title: clause.title, mandatory: clause.mandatory, status: status,
                excerpt: status == .absent ? nil : "The Partner shall observe clause \(clause.id).",
                location: status == .absent ? nil : .paragraph(index + 1), section: "PSEA",
                matches: [], missing: status == .present ? [] : clause.elements.map(\.name))
        }
        return ImportedAgreement(
            fileName: file, format: .docx, contentHash: ContentHash.sha256(file),
            catalogue: CatalogueReference(catalogue), findings: findings)
    }

    /// A store with the partner `P-0001` registered.
    static func withPartner(_ definitions: DefinitionSet) throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        _ = try temporary.store.registerPartner(
            name: "Amani", country: "KE", type: .ngo, actor: StoreFixtures.officer, definitions: definitions,
            now: StoreFixtures.start)
        return temporary
    }
}
