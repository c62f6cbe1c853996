public import DiligenceCore

/// What the detector found for one clause of an agreement's version, why, and procurement's
/// standing decision on it, as `agreement import` and `agreement show` write it. The keys of a
/// negated duty, a numbered section or paragraph, further passages and a scan's OCR confidence are
/// written only when the finding has them.
public struct ClauseFindingView: Sendable, Hashable, Codable {
    /// A phrase of the catalogue that was found, and the words it matched.
    public struct Match: Sendable, Hashable, Codable {
        /// The element it found, the phrase as the catalogue writes it, and its language.
        public var element: String, phrase: String, language: String
        /// The words of the agreement it matched, folded.
        public var matched: String
    }

    /// Where a passage is: `{line}`, `{paragraph}` or `{page, line}`.
    public struct Location: Sendable, Hashable, Codable {
        /// The page of a PDF.
        public var page: Int?
        /// The line of an XML or HTML file, or of a PDF's page.
        public var line: Int?
        /// The paragraph of a `.docx` document.
        public var paragraph: Int?

        /// The view of a location.
        public init(_ location: AgreementLocation) {
            switch location {
            case .line(let line): self.line = line
            case .paragraph(let paragraph): self.paragraph = paragraph
            case .page(let page, let line): (self.page, self.line) = (page, line)
            }
        }
    }

    /// The clause (`C5`) and its title.
    public var clause: String, title: String
    /// Whether the clause is mandatory.
    public var mandatory: Bool
    /// `present`, `partial` or `absent`.
    public var status: String
    /// The sentences the finding rests on; `null` when none.
    @Nullable public var excerpt: String?
    /// Where the excerpt starts; `null` when there is none.
    @Nullable public var location: Location?
    /// The heading of the section the excerpt is in; `null` when none.
    @Nullable public var section: String?
    /// The phrases found, one per element found.
    public var matches: [Match]
    /// The elements not found.
    public var missing: [String]
    /// The words that negate the clause's duty, when the text negates it.
    public var negation: String?
    /// The number of the excerpt's section, when it has one.
    public var sectionNumber: String?
    /// The number of the excerpt's paragraph, when it has one.
    public var paragraphNumber: String?
    /// Where the excerpt's further passages are, when it has any.
    public var furtherLocations: [Location]?
    /// The lowest OCR confidence (0-100, whole) of the excerpt's paragraphs, when read from a scan.
    public var ocrConfidence: Int?
    /// Why the detector concluded what it did.
    public var explanation: String
    /// Procurement's standing decision on the clause in this version; `null` when none.
    @Nullable public var decision: ClauseDecisionView?

    /// The view of a finding, with the decision standing on it.
    public init(_ finding: ClauseFinding, decision: ClauseDecision?) {
        clause = finding.clause
        title = finding.title
        mandatory = finding.mandatory
        status = finding.status.rawValue
        excerpt = finding.excerpt
        location = finding.location.map(Location.init)
        section = finding.section
        matches = finding.matches.map {
            Match(element: $0.element, phrase: $0.phrase, language: $0.language, matched: $0.matched)
        }
        missing = finding.missing
        negation = finding.negation
        sectionNumber = finding.sectionNumber
        paragraphNumber = finding.paragraphNumber
        furtherLocations =
            finding.furtherLocations.isEmpty ? nil : finding.furtherLocations.map(Location.init)
        ocrConfidence = finding.ocrConfidence.map { Int($0.rounded()) }
        explanation = finding.explanation
        self.decision = decision.map(ClauseDecisionView.init)
    }

    enum CodingKeys: String, CodingKey {
        case clause, title, mandatory, status, excerpt, location, section, matches, missing, negation
        case sectionNumber = "section_number"
        case paragraphNumber = "paragraph_number"
        case furtherLocations = "further_locations"
        case ocrConfidence = "ocr_confidence"
        case explanation, decision
    }
}
