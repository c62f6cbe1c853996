import DiligenceCore

/// What the replay of `audit verify` needs for agreements: the clause catalogues stored with
/// them, and the change an agreement event carried, applied again.
enum AgreementReplay {
    /// The stored catalogue sources by hash, and the hashes whose source does not hash to its key.
    struct Catalogues {
        var stored: Set<String> = []
        var altered: Set<String> = []

        /// Why a version's catalogue cannot be trusted, or `nil` when it is stored intact.
        func problem(_ reference: CatalogueReference) -> String? {
            if altered.contains(reference.hash) {
                return
                    "the stored text of the clause catalogue \(reference.id) (\(reference.hash.prefix(12))) was changed after it was written"
            }
            guard stored.contains(reference.hash) else {
                return
                    "the clause catalogue its findings were made with (\(reference.hash.prefix(12))) is not in the database"
            }
            return nil
        }
    }

    /// Reads the stored catalogues and checks each text against its hash.
    static func storedCatalogues(_ db: any StoreConnection) throws -> Catalogues {
        var catalogues = Catalogues()
        for row in try db.rows("SELECT hash, source FROM clause_catalogue_definition") {
            let hash: String = row["hash"]
            catalogues.stored.insert(hash)
            if ContentHash.sha256(row["source"]) != hash { catalogues.altered.insert(hash) }
        }
        return catalogues
    }

    /// A replay problem's wording.
    struct Failure: Error { var message: String }

    /// The record after the change `entry` carries (the record itself when it carries none).
    static func apply(_ entry: LogEntry, to record: AgreementRecord, catalogues: Catalogues)
        -> Result<AgreementRecord, Failure>
    {
        guard let json = entry.data[DiligenceStore.changeKey] else { return .success(record) }
        guard let change = AgreementChange(json: json) else {
            return .failure(Failure(message: "the change it carries cannot be read"))
        }
        if case .addVersion(let imported) = change, let message = catalogues.problem(imported.catalogue) {
            return .failure(Failure(message: message))
        }
        switch Result(catching: { () throws(AgreementChangeError) in
            try record.applying(change, actor: entry.actor, at: Timestamp.format(entry.occurredAt))
        }) {
        case .success(let changed): return .success(changed)
        case .failure(let error):
            return .failure(Failure(message: "replaying its change fails: \(error.explanation)"))
        }
    }
}
