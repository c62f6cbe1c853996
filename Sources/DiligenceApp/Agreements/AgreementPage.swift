public import DiligenceCore
public import DiligenceStore

/// An agreement's page: one version's findings (C1-C15) beside one section of its text, each
/// finding linked to the passage it rests on, and what the account may do now.
public struct AgreementPage: Sendable {
    /// The agreement as it stands.
    public var entry: AgreementEntry
    /// The version shown (the current one unless another was asked for).
    public var version: AgreementVersion
    /// The languages the version's text is written in (unknown when its text was not kept).
    public var language: AgreementLanguage
    /// One row per clause of the catalogue.
    public var findings: [Finding]
    /// The sections of the text, for paging (empty when the text was not kept).
    public var sections: [SectionLink]
    /// The section shown (an index into ``sections``).
    public var section: Int
    /// The paragraphs of the section shown.
    public var passages: [Passage]
    /// Where the record stands in its workflow (leaf state paths).
    public var standing: [String]
    /// The events of the agreement's workflow the account's role may send now (`confirm`,
    /// `amend`, `waive`, `clear`, `start_review`, `import_version`, `withdraw`).
    public var allowed: Set<String>
    /// The events waiting on other roles, with those roles.
    public var othersAllowed: [(event: String, roles: [String])]
    /// What the page is drawn from (the agreement, version, section, role and log head): a front
    /// end may keep the drawn page under it.
    public var viewKey = ""

    /// Whether the version shown is the one under review.
    public var isCurrent: Bool { version.number == entry.record.current.number }
    /// Whether the account may decide on clauses now (confirm, request an amendment or waive).
    public var decides: Bool { isCurrent && !allowed.isDisjoint(with: AgreementKind.clauseDecisions) }

    /// A clause's row: the finding, procurement's standing decision on it in this version, and
    /// where its passage is in the text.
    public struct Finding: Sendable {
        public var finding: ClauseFinding
        public var decision: ClauseDecision?
        /// The section the passage is in and the passage's anchor (`p-3-2`), when it was found.
        public var section: Int?
        public var anchor: String?
    }

    /// A section of the text: its number and heading, and the clauses found in it.
    public struct SectionLink: Sendable {
        public var index: Int
        public var title: String
        public var clauses: [String]
    }

    /// A paragraph of the section shown: its anchor, its text cut where a phrase of a finding
    /// matched (each piece marked or not), the clauses whose passage it is, where the document
    /// has it and its OCR confidence when read from a scan.
    public struct Passage: Sendable {
        public var anchor: String
        public var pieces: [(text: String, matched: Bool)]
        public var clauses: [String]
        public var location: AgreementLocation
        public var number: String?
        public var ocrConfidence: Double?
    }
}
