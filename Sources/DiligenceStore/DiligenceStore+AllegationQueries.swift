public import DiligenceCore
public import Foundation

extension DiligenceStore {
    /// Every allegation case (of one partner, when `partner` is given), in id order; restricted
    /// fields stay sealed.
    public func allegationCases(partner: String? = nil) throws(StoreError) -> [AllegationCase] {
        try read { db in
            try Self.recordRows(
                kind: AllegationRows.kind, partner: partner, db: db, decode: AllegationRecord.init(json:)
            ).map {
                AllegationCase(
                    id: $0.instance.subject, record: $0.record, instance: $0.instance, restricted: nil)
            }
        }
    }

    /// One case, restricted fields sealed; `unknownSubject` with a suggestion, or
    /// `notAnAllegation` for another kind of record.
    public func allegationCase(_ id: String) throws(StoreError) -> AllegationCase {
        let instance = try instance(id)
        let record = try read { db in try AllegationRows.record(id, db: db) }
        guard let record else { throw .notAnAllegation(id) }
        return AllegationCase(id: id, record: record, instance: instance, restricted: nil)
    }

    /// Reads a case with its restricted fields opened, and logs the read, in one transaction: an
    /// event of kind `read` says who read which fields of which case, when, and by which command.
    ///
    /// Every attempt on an existing case is logged: when the role may not read restricted fields,
    /// the user is not assigned to the case's partner (for roles that see their own partners'
    /// cases only), or the key file is missing or does not open the fields, nothing is read, an
    /// event `read_refused` with the reason is logged, and the refusal is thrown.
    public func readRestricted(
        _ id: String, actor: Actor, keyFile: AllegationKeyFile, command: String,
        confidentiality: AllegationConfidentiality, now: Date
    ) throws(StoreError) -> AllegationCase {
        try readRestricted(
            id, actor: actor, keyPath: keyFile.path, loadKey: { () throws(StoreError) in try keyFile.load() },
            command: command, confidentiality: confidentiality, now: now)
    }

    /// ``readRestricted(_:actor:keyFile:command:confidentiality:now:)`` with the key from
    /// `loadKey`, called only once the role and the assignment allow the read.
    public func readRestricted(
        _ id: String, actor: Actor, keyPath: String, loadKey: () throws(StoreError) -> AllegationKey,
        command: String, confidentiality: AllegationConfidentiality, now: Date
    ) throws(StoreError) -> AllegationCase {
        let now = Timestamp.truncated(now)
        guard actor.user.contains(where: { !$0.isWhitespace }) else {
            throw .invalidInput(field: .actor, problem: .missing, values: ["act": "read"])
        }
        var found = try allegationCase(id)
        func refuse(_ reason: String, _ error: StoreError) throws(StoreError) -> Never {
            try logRefusedRead(id, actor: actor, command: command, reason: reason, now: now)
            throw error
        }
        guard confidentiality.role(actor.role, reads: .restricted) else {
            try refuse(
                "role",
                .restrictedRefused(role: actor.role, readers: confidentiality.roles(reading: .restricted)))
        }
        do {
            try checkCaseScope(found, actor: actor, confidentiality: confidentiality)
        } catch {
            try refuse("not_assigned", error)
        }
        let key: AllegationKey
        do {
            key = try loadKey()
        } catch {
            try refuse("key", error)
        }
        // The record is read again inside the transaction that logs the read, so the fields logged
        // are exactly the ones opened, whatever another command did in between.
        let opened = try transaction { db -> Result<RestrictedDetails, StoreError> in
            guard let record = try AllegationRows.record(id, db: db),
                let hash = try Self.definitionHash(of: id, db: db)
            else { throw StoreError.notAnAllegation(id) }
            found.record = record
            let opening = Result { () throws(StoreError) in
                try Self.open(record, subject: id, key: key, keyPath: keyPath)
            }
            guard case .success(let details) = opening else {
                try Self.appendRead(
                    id, name: "read_refused", actor: actor, command: command,
                    detail: ("reason", .string("key")), hash: hash, now: now, db: db)
                return opening
            }
            try Self.appendRead(
                id, name: "read_restricted", actor: actor, command: command,
                detail: ("fields", .array(details.fieldsRead.map(JSONValue.string))), hash: hash, now: now,
                db: db)
            return .success(details)
        }
        found.restricted = try opened.get()
        return found
    }

    /// Logs a refused attempt to read a case's restricted fields: who, which case, by which
    /// command, why (`role`, `not_assigned`, `key`). Nothing else is written.
    public func logRefusedRead(
        _ id: String, actor: Actor, command: String, reason: String, now: Date
    ) throws(StoreError) {
        try transaction { db in
            guard let hash = try Self.definitionHash(of: id, db: db) else {
                throw StoreError.notAnAllegation(id)
            }
            try Self.appendRead(
                id, name: "read_refused", actor: actor, command: command,
                detail: ("reason", .string(reason)), hash: hash, now: Timestamp.truncated(now), db: db)
        }
    }

    /// The hash of the definition a record runs under; `nil` for an unknown record. Rows that step
    /// no workflow (reads, assignments) are logged under it.
    static func definitionHash(of subject: String, db: any StoreConnection) throws -> String? {
        try db.value(String.self, "SELECT definition_hash FROM instance WHERE subject = ?", [subject])
    }

    private static func appendRead(
        _ id: String, name: String, actor: Actor, command: String, detail: (String, JSONValue), hash: String,
        now: Date, db: any StoreConnection
    ) throws {
        let entry = LogEntry(
            subject: id, kind: "read", name: name, actor: actor,
            data: .object(["command": .string(command), detail.0: detail.1]),
            occurredAt: now, definitionHash: hash, outcome: .object([:]))
        try appendOnly(entry, db: db)
    }

    /// Opens every sealed field of a record; refuses when one does not open with `key`.
    static func open(
        _ record: AllegationRecord, subject: String, key: AllegationKey, keyPath: String
    ) throws(StoreError) -> RestrictedDetails {
        var texts: [String: String] = [:]
        for (field, sealed) in record.sealed {
            guard let text = SealedField.open(sealed, field: field, subject: subject, key: key) else {
                throw .restrictedUnopenable(subject: subject, key: keyPath)
            }
            texts[field] = text
        }
        var entries: [AssistanceEntry] = []
        for sealed in record.assistance {
            guard let text = SealedField.open(sealed, field: "assistance", subject: subject, key: key),
                let json = JSONValue(text: text), let entry = AssistanceEntry(json: json)
            else { throw .restrictedUnopenable(subject: subject, key: keyPath) }
            entries.append(entry)
        }
        return RestrictedDetails(texts: texts, assistance: entries)
    }

    /// Appends a log row that steps no workflow (a read, an assignment), chained like every
    /// other row; returns its sequence number.
    @discardableResult
    static func appendOnly(_ entry: LogEntry, db: any StoreConnection) throws -> Int {
        try LogChain.append(entry, db: db)
    }

    /// The reads of restricted allegation fields (of one case, when `subject` is given), oldest first.
    public func restrictedReads(subject: String? = nil) throws(StoreError) -> [EventRecord] {
        if let subject { _ = try allegationCase(subject) }
        return try read { db in
            var sql = "SELECT * FROM event WHERE kind = 'read'"
            var arguments: [String] = []
            if let subject {
                sql += " AND subject = ?"
                arguments.append(subject)
            }
            return try db.rows(sql + " ORDER BY seq", arguments).map(Self.event)
        }
    }

    /// The log (of one record, when `subject` is given), from `since` on, oldest first.
    public func log(subject: String? = nil, since: Date? = nil) throws(StoreError) -> [EventRecord] {
        if let subject { _ = try instance(subject) }
        return try read { db in
            var sql = "SELECT * FROM event WHERE TRUE"
            var arguments: [String] = []
            if let subject {
                sql += " AND subject = ?"
                arguments.append(subject)
            }
            if let since {
                sql += " AND occurred_at >= ?"
                arguments.append(Timestamp.format(since))
            }
            return try db.rows(sql + " ORDER BY seq", arguments).map(Self.event)
        }
    }
}

extension DiligenceStore {
    /// Whether any allegation holds a sealed value (then a new key must not be created).
    public func holdsSealedValues() throws(StoreError) -> Bool {
        try allegationCases().contains { !$0.record.sealed.isEmpty || !$0.record.assistance.isEmpty }
    }

    /// Refuses a key that does not open the sealed values already stored (it opens the first found).
    public func checkKey(_ key: AllegationKey, keyPath: String) throws(StoreError) {
        guard
            let sealed = try allegationCases().first(where: {
                !$0.record.sealed.isEmpty || !$0.record.assistance.isEmpty
            })
        else { return }
        var probe = sealed.record
        if let first = probe.sealed.first {
            probe.sealed = [first.key: first.value]
            probe.assistance = []
        } else {
            probe.assistance = [probe.assistance[0]]
        }
        _ = try Self.open(probe, subject: sealed.id, key: key, keyPath: keyPath)
    }
}
