/// Whether an agreement carries a clause.
public enum ClauseStatus: String, Sendable, Codable, CaseIterable {
    /// Every element of the clause was found together.
    case present
    /// The clause's topic was found, but not every element (say, reporting without "promptly").
    case partial
    /// Nothing in the agreement carries the clause's topic.
    case absent
}

/// A phrase of the catalogue that was found, and the words it matched.
public struct PhraseMatch: Hashable, Sendable, Codable {
    /// The element it found ("promptness").
    public var element: String
    /// The phrase as written in the catalogue ("without delay").
    public var phrase: String
    /// The phrase's language.
    public var language: String
    /// The words of the agreement it matched, folded ("without delay").
    public var matched: String

    /// Creates a match.
    public init(element: String, phrase: String, language: String, matched: String) {
        self.element = element
        self.phrase = phrase
        self.language = language
        self.matched = matched
    }
}

/// What the detector concluded about one clause of an agreement, with the evidence.
public struct ClauseFinding: Hashable, Sendable, Codable {
    /// The clause id (`C5`).
    public var clause: String
    /// The clause's title.
    public var title: String
    /// True when the clause is mandatory.
    public var mandatory: Bool
    /// Present, partial or absent.
    public var status: ClauseStatus
    /// The sentences the finding rests on (present and partial only), at most about 400 characters.
    public var excerpt: String?
    /// Where the excerpt starts.
    public var location: AgreementLocation?
    /// The heading of the section the excerpt is in.
    public var section: String?
    /// The number of that section ("ARTICLE XIV", "14"), when it has one.
    public var sectionNumber: String?
    /// The number of the paragraph the excerpt starts in ("4", "14.4", "b"), when it has one.
    public var paragraphNumber: String?
    /// Where the further passages of the excerpt are, in order, when the clause's elements are
    /// found in passages apart (record keeping in one article, personal data in another).
    public var furtherLocations: [AgreementLocation]
    /// The lowest OCR confidence (0-100) of the paragraphs the excerpt is in when they were read
    /// from a scan: procurement checks such a passage against the signed copy. `nil` for text the
    /// file carried.
    public var ocrConfidence: Double?
    /// The phrases found, one per element found.
    public var matches: [PhraseMatch]
    /// The elements not found (for partial; every element for absent).
    public var missing: [String]
    /// The words that negate the clause's duty where the passage would otherwise carry it
    /// ("not be required to report"); the finding is then absent, with that passage as evidence.
    public var negation: String?

    /// Creates a finding.
    public init(
        clause: String, title: String, mandatory: Bool, status: ClauseStatus, excerpt: String? = nil,
        location: AgreementLocation? = nil, section: String? = nil, sectionNumber: String? = nil,
        paragraphNumber: String? = nil, furtherLocations: [AgreementLocation] = [],
        ocrConfidence: Double? = nil, matches: [PhraseMatch] = [], missing: [String] = [],
        negation: String? = nil
    ) {
        self.sectionNumber = sectionNumber
        self.paragraphNumber = paragraphNumber
        self.furtherLocations = furtherLocations
        self.ocrConfidence = ocrConfidence
        self.negation = negation
        self.clause = clause
        self.title = title
        self.mandatory = mandatory
        self.status = status
        self.excerpt = excerpt
        self.location = location
        self.section = section
        self.matches = matches
        self.missing = missing
    }

    /// Where the passage is, for procurement: the section's number and heading, the paragraph's
    /// number and the line or page ("ARTICLE XIV Prevention of sexual exploitation and abuse,
    /// item 4, line 560"), with "read by OCR" and its confidence for a scan; `nil` for a
    /// finding without a passage.
    public var place: String? {
        guard let location else { return nil }
        var parts: [String] = []
        let heading = [sectionNumber, section.map { $0.count > 60 ? String($0.prefix(57)) + "..." : $0 }]
            .compactMap { $0 }.filter { !$0.isEmpty }
        var seen: [String] = []
        for part in heading where !seen.contains(part) { seen.append(part) }
        if !seen.isEmpty { parts.append(seen.joined(separator: " ")) }
        if let paragraphNumber { parts.append("item \(paragraphNumber)") }
        parts.append(location.description)
        if let ocrConfidence { parts.append("read by OCR, confidence \(Int(ocrConfidence.rounded()))%") }
        if !furtherLocations.isEmpty {
            parts.append("and " + furtherLocations.map(\.description).joined(separator: ", "))
        }
        return parts.joined(separator: ", ")
    }

    /// Why the finding was made, in a sentence for procurement.
    public var explanation: String {
        let found = matches.map { "\($0.element) (\"\($0.matched)\")" }.joined(separator: ", ")
        if let negation {
            return "the text negates the duty: \"\(negation)\"" + (location.map { " at \($0)" } ?? "")
                + ", so the passage does not carry the clause" + (found.isEmpty ? "" : " (found \(found))")
        }
        switch status {
        case .present:
            return "found \(found)" + (place.map { " at \($0)" } ?? "")
        case .partial:
            return "found \(found)" + (place.map { " at \($0)" } ?? "") + "; missing "
                + missing.joined(separator: ", ")
        case .absent:
            return "no passage names " + missing.prefix(2).joined(separator: " with ")
        }
    }
}
