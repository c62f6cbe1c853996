import DiligenceCore

extension DiligenceStore {
    /// Checks that an international NGO's country-level record may name `headquarters` as its
    /// headquarters record: both are international NGOs, the headquarters record exists and is
    /// not itself a country-level record.
    static func checkHeadquarters(_ headquarters: String, type: PartnerType, db: any StoreConnection) throws {
        guard type == .ingo else {
            throw StoreError.invalidInput(
                field: .headquarters, problem: .wrongKind, values: ["type": type.rawValue])
        }
        try checkPartner(headquarters, db: db)
        let hqType = try db.value(String.self, "SELECT type FROM partner WHERE id = ?", [headquarters])
        guard hqType == PartnerType.ingo.rawValue else {
            throw StoreError.invalidInput(
                field: .headquarters, problem: .wrongKind,
                values: ["value": headquarters, "type": hqType ?? "unknown"])
        }
        if let own = try StartLinks.headquarters(of: headquarters, db: db) {
            throw StoreError.invalidInput(
                field: .headquarters, problem: .mismatch,
                values: ["value": headquarters, "headquarters": own])
        }
    }

    /// Checks that `partner` may be assessed at country level with a reason: it is an
    /// international NGO (usually its country-level record, linked to its headquarters record).
    static func checkCountryLevel(_ partner: String, db: any StoreConnection) throws {
        let type = try db.value(String.self, "SELECT type FROM partner WHERE id = ?", [partner])
        guard type == PartnerType.ingo.rawValue else {
            throw StoreError.invalidInput(
                field: .countryLevelReason, problem: .wrongKind,
                values: ["partner": partner, "type": type ?? "unknown"])
        }
    }
}
