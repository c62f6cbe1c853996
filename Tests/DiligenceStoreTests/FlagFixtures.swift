import DiligenceCore
import DiligenceStore
import Foundation

/// Shared set-up for flag, rule and training store tests: every shipped definition, actors of
/// the country office and headquarters.
enum FlagFixtures {
    /// Every shipped workflow and assessment file, loaded as the CLI loads them.
    static func definitions() -> DefinitionSet {
        DefinitionDirectory.load(
            workflows: StoreFixtures.repositoryRoot.appendingPathComponent("Workflows"),
            assessments: StoreFixtures.repositoryRoot.appendingPathComponent("Assessments"))
    }

    static let officer = StoreFixtures.officer
    static let focalPoint = Actor(user: "femi", role: "psea_focal_point")
    static let headquarters = Actor(user: "hana", role: "hq_reviewer")

    /// A store with one partner, `P-0001`.
    static func store(_ definitions: DefinitionSet, type: PartnerType = .ngo) throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        _ = try temporary.store.registerPartner(
            name: "Amani", country: "KE", type: type, actor: StoreFixtures.manager, definitions: definitions,
            now: StoreFixtures.start)
        return temporary
    }

    /// The error a call throws, as a store error.
    static func refusal(_ body: () throws -> Void) -> StoreError? {
        do {
            try body()
            return nil
        } catch {
            return error as? StoreError
        }
    }
}
