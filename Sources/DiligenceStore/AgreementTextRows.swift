public import DiligenceCore
import Foundation

/// The `agreement_text` table: the text of each imported version of an agreement, as the import
/// read it (sections and paragraphs with their locations), so an agreement's page can show the
/// passages its findings rest on. The log holds each version's content hash; the text is kept
/// beside it, not in it.
enum AgreementTextRows {
    static let schema = """
        CREATE TABLE agreement_text (
            agreement TEXT NOT NULL,
            version INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            document TEXT NOT NULL,
            PRIMARY KEY (agreement, version)
        );
        """
}

extension DiligenceStore {
    /// Keeps the text of version `version` of `agreement` (replacing any kept before).
    public func keepAgreementText(_ document: AgreementDocument, agreement: String, version: Int)
        throws(StoreError)
    {
        let json = String(decoding: (try? JSONEncoder().encode(document)) ?? Data(), as: UTF8.self)
        try transaction { db in
            try db.execute(
                """
                INSERT INTO agreement_text (agreement, version, content_hash, document) VALUES (?, ?, ?, ?)
                ON CONFLICT (agreement, version) DO UPDATE SET
                    content_hash = excluded.content_hash, document = excluded.document
                """,
                [agreement, version, document.contentHash, json])
        }
    }

    /// The text of version `version` of `agreement`; `nil` when it was not kept (an agreement
    /// imported before the text was kept).
    public func agreementText(agreement: String, version: Int) throws(StoreError) -> AgreementDocument? {
        let json = try read { db in
            try db.value(
                String.self, "SELECT document FROM agreement_text WHERE agreement = ? AND version = ?",
                [agreement, version])
        }
        return json.flatMap { try? JSONDecoder().decode(AgreementDocument.self, from: Data($0.utf8)) }
    }
}
