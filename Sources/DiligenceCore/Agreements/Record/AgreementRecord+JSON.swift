extension AgreementRecord {
    /// The record as JSON, as the store keeps it.
    public var json: JSONValue {
        .object([
            "partner": .string(partner),
            "versions": .array(versions.map(\.json)),
            "decisions": .array(decisions.map(\.json)),
        ])
    }

    /// Reads a record back from its JSON; `nil` when the JSON is not a record.
    public init?(json: JSONValue) {
        guard let partner = json["partner"]?.stringValue, let versionItems = json["versions"]?.arrayValue
        else { return nil }
        let versions = versionItems.compactMap(AgreementVersion.init(json:))
        let decisionItems = json["decisions"]?.arrayValue ?? []
        let decisions = decisionItems.compactMap(ClauseDecision.init(json:))
        guard versions.count == versionItems.count, let first = versions.first,
            decisions.count == decisionItems.count
        else { return nil }
        self.init(partner: partner, first: first, decisions: decisions)
        self.versions = versions
    }
}

extension AgreementChange {
    /// The change as an event carries it.
    public var json: JSONValue {
        switch self {
        case .addVersion(let imported):
            .object(["add_version": imported.json])
        case .decide(let clause, let kind, let text):
            .object([
                "decide": .object(
                    [
                        "clause": .string(clause), "kind": .string(kind.rawValue),
                        "text": text.map(JSONValue.string) ?? .null,
                    ])
            ])
        }
    }

    /// Reads a change back from an event's data; `nil` when it is not one.
    public init?(json: JSONValue) {
        if let imported = json["add_version"] {
            guard let value = ImportedAgreement(json: imported) else { return nil }
            self = .addVersion(value)
        } else if let decide = json["decide"], let clause = decide["clause"]?.stringValue,
            let kind = decide["kind"]?.stringValue.flatMap(ClauseDecisionKind.init(rawValue:))
        {
            self = .decide(clause: clause, kind: kind, text: decide["text"]?.stringValue)
        } else {
            return nil
        }
    }
}

extension ImportedAgreement {
    /// The import as JSON.
    public var json: JSONValue {
        .object([
            "file": .string(fileName), "format": .string(format.rawValue),
            "content_hash": .string(contentHash), "catalogue": catalogue.json,
            "findings": .array(findings.map(\.json)),
        ])
    }

    /// Reads an import back; `nil` when the JSON is not one.
    public init?(json: JSONValue) {
        guard let file = json["file"]?.stringValue,
            let format = json["format"]?.stringValue.flatMap(AgreementFormat.init(rawValue:)),
            let hash = json["content_hash"]?.stringValue,
            let catalogue = json["catalogue"].flatMap(CatalogueReference.init(json:)),
            let findings = json["findings"]?.arrayValue
        else { return nil }
        let read = findings.compactMap(ClauseFinding.init(json:))
        guard read.count == findings.count else { return nil }
        self.init(fileName: file, format: format, contentHash: hash, catalogue: catalogue, findings: read)
    }
}

extension AgreementVersion {
    /// The version as JSON.
    public var json: JSONValue {
        .object([
            "number": .int(number), "file": .string(fileName), "format": .string(format.rawValue),
            "content_hash": .string(contentHash), "catalogue": catalogue.json,
            "imported_at": .string(importedAt), "imported_by": .string(importedBy),
            "findings": .array(findings.map(\.json)),
        ])
    }

    /// Reads a version back; `nil` when the JSON is not one.
    public init?(json: JSONValue) {
        guard let number = json["number"]?.intValue, let at = json["imported_at"]?.stringValue,
            let by = json["imported_by"]?.stringValue, let imported = ImportedAgreement(json: json)
        else { return nil }
        self = imported.version(number, by: by, at: at)
    }
}

extension CatalogueReference {
    /// `{"id", "version", "hash"}`.
    public var json: JSONValue {
        .object(["id": .string(id), "version": .int(version), "hash": .string(hash)])
    }

    /// Reads a reference back.
    public init?(json: JSONValue) {
        guard let id = json["id"]?.stringValue, let version = json["version"]?.intValue,
            let hash = json["hash"]?.stringValue
        else { return nil }
        self.init(id: id, version: version, hash: hash)
    }
}

extension ClauseDecision {
    /// The decision as JSON.
    public var json: JSONValue {
        .object([
            "clause": .string(clause), "version": .int(version), "kind": .string(kind.rawValue),
            "text": text.map(JSONValue.string) ?? .null, "user": .string(user), "role": .string(role),
            "at": .string(at),
        ])
    }

    /// Reads a decision back.
    public init?(json: JSONValue) {
        guard let clause = json["clause"]?.stringValue, let version = json["version"]?.intValue,
            let kind = json["kind"]?.stringValue.flatMap(ClauseDecisionKind.init(rawValue:)),
            let user = json["user"]?.stringValue, let role = json["role"]?.stringValue,
            let at = json["at"]?.stringValue
        else { return nil }
        self.init(
            clause: clause, version: version, kind: kind, text: json["text"]?.stringValue, user: user,
            role: role, at: at)
    }
}

extension ClauseFinding {
    /// The finding as JSON: clause, title, mandatory, status, excerpt, location, section, matches
    /// and missing elements, and the negation when the text negates the clause's duty.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "clause": .string(clause), "title": .string(title), "mandatory": .bool(mandatory),
            "status": .string(status.rawValue), "excerpt": excerpt.map(JSONValue.string) ?? .null,
            "location": location?.json ?? .null, "section": section.map(JSONValue.string) ?? .null,
            "matches": .array(
                matches.map {
                    .object([
                        "element": .string($0.element), "phrase": .string($0.phrase),
                        "language": .string($0.language), "matched": .string($0.matched),
                    ])
                }),
            "missing": .array(missing.map(JSONValue.string)),
        ]
        if let negation { object["negation"] = .string(negation) }
        if let sectionNumber { object["section_number"] = .string(sectionNumber) }
        if let paragraphNumber { object["paragraph_number"] = .string(paragraphNumber) }
        if !furtherLocations.isEmpty { object["further_locations"] = .array(furtherLocations.map(\.json)) }
        if let ocrConfidence { object["ocr_confidence"] = .int(Int(ocrConfidence.rounded())) }
        return .object(object)
    }

    /// Reads a finding back.
    public init?(json: JSONValue) {
        guard let clause = json["clause"]?.stringValue, let title = json["title"]?.stringValue,
            case .bool(let mandatory)? = json["mandatory"],
            let status = json["status"]?.stringValue.flatMap(ClauseStatus.init(rawValue:))
        else { return nil }
        var matches: [PhraseMatch] = []
        for item in json["matches"]?.arrayValue ?? [] {
            guard let element = item["element"]?.stringValue, let phrase = item["phrase"]?.stringValue,
                let language = item["language"]?.stringValue, let matched = item["matched"]?.stringValue
            else { return nil }
            matches.append(
                PhraseMatch(element: element, phrase: phrase, language: language, matched: matched))
        }
        self.init(
            clause: clause, title: title, mandatory: mandatory, status: status,
            excerpt: json["excerpt"]?.stringValue,
            location: json["location"].flatMap(AgreementLocation.init(json:)),
            section: json["section"]?.stringValue, sectionNumber: json["section_number"]?.stringValue,
            paragraphNumber: json["paragraph_number"]?.stringValue,
            furtherLocations: (json["further_locations"]?.arrayValue ?? []).compactMap(
                AgreementLocation.init(json:)),
            ocrConfidence: json["ocr_confidence"]?.intValue.map(Double.init), matches: matches,
            missing: (json["missing"]?.arrayValue ?? []).compactMap(\.stringValue),
            negation: json["negation"]?.stringValue)
    }
}

extension AgreementLocation {
    /// `{"line": 12}`, `{"paragraph": 34}` or `{"page": 3, "line": 12}`.
    public var json: JSONValue {
        switch self {
        case .line(let line): .object(["line": .int(line)])
        case .paragraph(let index): .object(["paragraph": .int(index)])
        case .page(let page, let line): .object(["page": .int(page), "line": .int(line)])
        }
    }

    /// Reads a location back.
    public init?(json: JSONValue) {
        if let page = json["page"]?.intValue, let line = json["line"]?.intValue {
            self = .page(page, line: line)
        } else if let line = json["line"]?.intValue {
            self = .line(line)
        } else if let index = json["paragraph"]?.intValue {
            self = .paragraph(index)
        } else {
            return nil
        }
    }
}
