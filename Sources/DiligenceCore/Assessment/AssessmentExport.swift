public import Foundation

/// A final assessment as a portable document ("assess once, share"): what another UN entity
/// needs to accept it — the questionnaire's id, version and hash, the partner's answers and
/// evidence references, the UN ratings and notes, the plan, the determinations with their dates,
/// the assessing entity and, for an international NGO assessed at country level, the reason
/// (`country_level_reason`, left out otherwise) — and a hash over the document's canonical form
/// (every member but `hash`, keys sorted, no spaces), so an altered document is refused.
public struct AssessmentExport: Hashable, Sendable {
    /// The value of `format` in every export document.
    public static let format = "diligence-psea-assessment"
    /// The version of the document format this build writes and reads.
    public static let formatVersion = 1

    /// The assessment's id where it was made.
    public var assessment: String
    /// The UN entity that made it.
    public var assessingEntity: String
    /// The partner as the assessing entity knows it (`id`, `name`, `country`).
    public var partner: [String: String]
    /// The record: answers, ratings, notes, plan and determinations (its `final` is set).
    public var record: AssessmentRecord
    /// When the document was written.
    public var exportedAt: Date
    /// The hash the document carried, for one that was read.
    public var documentHash: String?
    /// The exporting installation's signature, when signed (`signature` in the document).
    public var signature: DocumentSignature?

    /// Creates an export.
    public init(
        assessment: String, assessingEntity: String, partner: [String: String], record: AssessmentRecord,
        exportedAt: Date
    ) {
        self.assessment = assessment
        self.assessingEntity = assessingEntity
        self.partner = partner
        self.record = record
        self.exportedAt = exportedAt
    }

    /// The document without its hash.
    private var body: [String: JSONValue] {
        let json = record.json
        var dates: [String: JSONValue] = ["exported_at": .string(RecordedDetermination.format(exportedAt))]
        if let final = record.final {
            dates["final_on"] = .string(final.on.description)
            dates["expires_on"] = .string(final.periodEndsOn.description)
        }
        if let preliminary = record.preliminary {
            dates["preliminary_on"] = .string(preliminary.on.description)
        }
        var body: [String: JSONValue] = [
            "format": .string(Self.format), "format_version": .int(Self.formatVersion),
            "assessment": .string(assessment), "assessing_entity": .string(assessingEntity),
            "partner": .object(partner.mapValues(JSONValue.string)),
            "questionnaire": json["questionnaire"] ?? .null,
            "answers": json["answers"] ?? .object([:]), "ratings": json["ratings"] ?? .object([:]),
            "review_notes": json["review_notes"] ?? .object([:]), "plan": json["plan"] ?? .array([]),
            "determinations": .object([
                "preliminary": record.preliminary?.json ?? .null, "final": record.final?.json ?? .null,
            ]),
            "dates": .object(dates),
        ]
        if let reason = json["country_level_reason"] { body["country_level_reason"] = reason }
        return body
    }

    /// The hash of a document body's canonical form.
    static func hash(of body: [String: JSONValue]) -> String {
        ContentHash.sha256(JSONValue.object(body).canonicalText)
    }

    /// The document: the body, its `hash` and, when signed, its `signature`.
    public var json: JSONValue {
        var document = body
        document["hash"] = .string(Self.hash(of: body))
        if let signature { document["signature"] = signature.json }
        return .object(document)
    }

    /// The text the signature covers: the format and the hash of the body's canonical form (so
    /// a change anywhere in the body, even with its hash recomputed, breaks the signature).
    public var signedText: String { Self.format + ":" + (documentHash ?? Self.hash(of: body)) }

    /// The document signed with the installation's `key`.
    public func signed(with key: InstallationSigningKey) -> AssessmentExport {
        var export = self
        export.signature = DocumentSignature(keyID: key.publicKey.id, value: key.sign(signedText))
        return export
    }

    /// Reads and checks a document's text: JSON, the format, the hash over its canonical form, and
    /// every member an import needs. `partner` is the partner it is recorded for here.
    public static func read(_ text: String, partner: String) throws(AssessmentExportError) -> AssessmentExport
    {
        let document: JSONValue
        do {
            document = try JSONValue.parse(text)
        } catch {
            switch error.problem {
            case .duplicateKey(let key): throw .duplicateKey(key, line: error.line, column: error.column)
            case .tooDeep(let limit): throw .tooDeep(limit: limit, line: error.line, column: error.column)
            case .syntax: throw .malformed(line: error.line, column: error.column)
            }
        }
        guard var members = document.objectValue else { throw .notAnExport("it is not a JSON object") }
        guard members["format"]?.stringValue == format else {
            throw .notAnExport("its \"format\" is not \"\(format)\"")
        }
        guard let version = members["format_version"]?.intValue, version == formatVersion else {
            throw .notAnExport(
                "its \"format_version\" is not \(formatVersion), the version this diligence reads")
        }
        guard let hash = members.removeValue(forKey: "hash")?.stringValue else { throw .missing("hash") }
        var signature: DocumentSignature?
        if let member = members.removeValue(forKey: "signature") {
            signature = try DocumentSignature(json: member)
        }
        guard hash == Self.hash(of: members) else { throw .altered }
        func member(_ key: String) throws(AssessmentExportError) -> String {
            guard let value = members[key]?.stringValue, value.contains(where: { !$0.isWhitespace }) else {
                throw .missing(key)
            }
            return value
        }
        let assessment = try member("assessment")
        let entity = try member("assessing_entity")
        guard let reference = members["questionnaire"], reference["id"]?.stringValue != nil,
            reference["version"]?.intValue != nil, reference["hash"]?.stringValue != nil
        else { throw .missing("questionnaire (id, version and hash)") }
        guard let determinations = members["determinations"], let final = determinations["final"],
            final != .null
        else { throw .notFinal }
        var recordJSON: [String: JSONValue] = [
            "questionnaire": reference, "partner": .string(partner), "final": final,
            "answers": members["answers"] ?? .object([:]), "ratings": members["ratings"] ?? .object([:]),
            "review_notes": members["review_notes"] ?? .object([:]), "plan": members["plan"] ?? .array([]),
        ]
        if let reason = members["country_level_reason"] { recordJSON["country_level_reason"] = reason }
        if let preliminary = determinations["preliminary"], preliminary != .null {
            recordJSON["preliminary"] = preliminary
        }
        guard let record = AssessmentRecord(json: .object(recordJSON)), record.final != nil else {
            throw .notAnExport(
                "its answers, ratings, plan or determinations are not in the form diligence writes them")
        }
        guard
            let exported = members["dates"]?["exported_at"]?.stringValue.flatMap(RecordedDetermination.parse)
        else { throw .missing("dates.exported_at") }
        var partnerMembers: [String: String] = [:]
        for (key, value) in members["partner"]?.objectValue ?? [:] {
            if let value = value.stringValue { partnerMembers[key] = value }
        }
        var export = AssessmentExport(
            assessment: assessment, assessingEntity: entity, partner: partnerMembers, record: record,
            exportedAt: exported)
        export.documentHash = hash
        export.signature = signature
        return export
    }

    /// The record an import keeps: the answers and ratings checked against the local
    /// `questionnaire` (same id and version), pinned to it, accepted from the assessing entity;
    /// refused when the determination does not follow from the ratings or has expired by `today`.
    public func accepted(questionnaire: Questionnaire, today: LocalDate) throws(AssessmentExportError)
        -> AssessmentRecord
    {
        let reference = record.questionnaire
        guard reference.id == questionnaire.id else { throw .unknownQuestionnaire(reference.id) }
        guard reference.version == questionnaire.version else {
            throw .versionDiffers(reference.id, document: reference.version, here: questionnaire.version)
        }
        var accepted = AssessmentRecord(
            questionnaire: QuestionnaireReference(questionnaire), partner: record.partner)
        do {
            for (question, answer) in questionnaire.inQuestionOrder(record.answers) {
                accepted = try accepted.applying(
                    .answer(question: question, answer: answer), questionnaire: questionnaire)
            }
            for (standard, rating) in record.ratings.sorted(by: { $0.key < $1.key }) {
                accepted = try accepted.applying(
                    .rate(standard: standard, rating: rating.name, note: record.reviewNotes[standard]),
                    questionnaire: questionnaire)
            }
        } catch {
            throw .doesNotFit(error)
        }
        guard let final = record.final else { throw .notFinal }
        let outcome = try? Scoring.determine(questionnaire, ratings: accepted.ratings)
        guard let determination = outcome?.determination else {
            throw .determinationDoesNotFollow(final.capacity, computed: nil)
        }
        guard determination.capacity == final.capacity else {
            throw .determinationDoesNotFollow(final.capacity, computed: determination.capacity)
        }
        guard today < final.periodEndsOn else { throw .expired(final.on, final.periodEndsOn) }
        accepted.planItems = record.planItems
        accepted.preliminary = record.preliminary
        accepted.final = final
        accepted.countryLevelReason = record.countryLevelReason
        accepted.acceptedFrom = SharedOrigin(
            entity: assessingEntity, assessment: assessment, documentHash: documentHash ?? "")
        return accepted
    }
}

/// Why an assessment document cannot be accepted. Nothing is recorded for it.
public enum AssessmentExportError: Error, Hashable, Sendable {
    /// The text is not JSON.
    case malformed(line: Int, column: Int)
    /// An object gives the same key twice: which of the two is meant is not known.
    case duplicateKey(String, line: Int, column: Int)
    /// Arrays and objects nested deeper than an export has them.
    case tooDeep(limit: Int, line: Int, column: Int)
    /// The JSON is not an assessment export.
    case notAnExport(String)
    /// A member the import needs is missing or empty.
    case missing(String)
    /// The hash does not match the content.
    case altered
    /// The document has no final determination.
    case notFinal
    /// No questionnaire with this id here.
    case unknownQuestionnaire(String)
    /// The questionnaire's version differs.
    case versionDiffers(String, document: Int, here: Int)
    /// An answer or rating does not fit the questionnaire here.
    case doesNotFit(AssessmentChangeError)
    /// The final capacity is not what the ratings give.
    case determinationDoesNotFollow(CapacityLevel, computed: CapacityLevel?)
    /// The determination is no longer valid.
    case expired(LocalDate, LocalDate)
    /// The `signature` member is not `{"key_id": ..., "value": ...}`.
    case signatureMalformed

    /// What is wrong, for the person importing.
    public var explanation: String {
        switch self {
        case .malformed(let line, let column):
            "line \(line), column \(column): this is not valid JSON (a missing comma, quote or bracket?)"
        case .duplicateKey(let key, let line, let column):
            "line \(line), column \(column): \"\(key)\" is given twice in the same object; an exported assessment names each member once, so this document was changed: export the assessment again"
        case .tooDeep(let limit, let line, let column):
            "line \(line), column \(column): brackets are nested more than \(limit) deep; this is not an exported assessment"
        case .notAnExport(let why):
            "this is not an exported assessment: \(why)"
        case .missing(let key):
            "the document has no \(key); export the assessment again"
        case .altered:
            "the document was changed after it was exported: its hash does not match its content; ask the assessing entity for the original file"
        case .notFinal:
            "the document has no final determination; only a final assessment can be accepted"
        case .unknownQuestionnaire(let id):
            "the document was made on the questionnaire \"\(id)\", which is not in the assessments folder here"
        case .versionDiffers(let id, let document, let here):
            "the document was made on \(id) version \(document), but the assessments folder here has version \(here); an assessment is accepted only on the same version"
        case .doesNotFit(let error):
            "the document does not fit the questionnaire here: \(error.explanation)"
        case .determinationDoesNotFollow(let stated, let computed):
            "the document's final determination (\(stated.phrase)) does not follow from its ratings ("
                + (computed.map { "they give \($0.phrase)" } ?? "they are incomplete") + ")"
        case .expired(let on, let until):
            "the document's final determination of \(on) expired on \(until); an expired assessment cannot be accepted"
        case .signatureMalformed:
            "its \"signature\" is not the key id and signature `diligence assessment export` writes; ask the assessing entity for the original file"
        }
    }
}
