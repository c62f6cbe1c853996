import DiligenceCore

/// The active states of each lifecycle instance, kept in `instance.states` beside its snapshot
/// (a JSON array of the states' ids, outermost first), so a report over the portfolio reads where
/// every partner stands without parsing every snapshot. Written with the snapshot, and filled from
/// the snapshots when the column is added to an older database.
enum InstanceStates {
    /// The schema step that adds the column and fills it from the snapshots, and an index that
    /// holds it with the kind and completeness (the flags still open by the state they are in,
    /// read from the index alone). The subject leads: led by the kind, the index would draw
    /// SQLite, which keeps no statistics, to scan every flag where a partner's few are wanted.
    static let schema = """
        ALTER TABLE instance ADD COLUMN states TEXT;
        CREATE INDEX instance_states ON instance(subject, kind, complete, states);
        """

    /// Fills the column of an older SQLite database from its snapshots.
    static func fill(db: any StoreConnection) throws {
        try db.execute("UPDATE instance SET states = json_extract(snapshot, '$.states') WHERE states IS NULL")
    }

    /// The same for PostgreSQL, in its dialect, written as ``text(_:)`` writes it (no spaces), so
    /// `audit verify` finds the same text as its replay.
    static let postgresFill = """
        UPDATE instance SET states = '[' || COALESCE((
            SELECT string_agg(to_json(id)::text, ',' ORDER BY position)
            FROM jsonb_array_elements_text(snapshot::jsonb -> 'states') WITH ORDINALITY AS state(id, position)
        ), '') || ']' WHERE states IS NULL;
        """

    /// The column's text for `ids`.
    static func text(_ ids: [String]) -> String {
        JSONValue.array(ids.map(JSONValue.string)).canonicalText
    }

    /// The ids the column's `text` holds; `nil` when it holds something else.
    static func ids(_ text: String) -> [String]? {
        guard let items = JSONValue(text: text)?.arrayValue else { return nil }
        let ids = items.compactMap(\.stringValue)
        return ids.count == items.count ? ids : nil
    }
}
