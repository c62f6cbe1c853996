/// What an assessment holds beyond its workflow state: the partner's answers and evidence
/// references, the UN reviewer's ratings and notes, and the capacity-strengthening plan.
///
/// It changes only through ``AssessmentChange``s, each checked against the questionnaire the
/// assessment is pinned to; the store keeps its current value and the log keeps every change.
public struct AssessmentRecord: Hashable, Sendable {
    /// The questionnaire it is pinned to.
    public var questionnaire: QuestionnaireReference
    /// The partner assessed.
    public var partner: String
    /// Answers by question id.
    public var answers: [String: Answer] = [:]
    /// The UN reviewer's rating of each rated standard, by standard id.
    public var ratings: [String: StandardRating] = [:]
    /// The reviewer's note on a standard (why they disagree with the partner, for example).
    public var reviewNotes: [String: String] = [:]
    /// The capacity-strengthening plan's action items, in the order they were added.
    public var planItems: [PlanItem] = []
    /// The assessment whose answers this one started from, when it is a re-assessment.
    public var copiedFrom: String?
    /// The preliminary determination, recorded when the reviewer confirms a capacity that is not
    /// full and the capacity-strengthening plan starts.
    public var preliminary: RecordedDetermination?
    /// The final determination, recorded when the assessment becomes valid.
    public var final: RecordedDetermination?
    /// The entity whose assessment this one was accepted from ("assess once, share"); `nil` for an
    /// assessment made here.
    public var acceptedFrom: SharedOrigin?
    /// Why an international NGO is assessed at country level instead of through its
    /// headquarters' assessment, when it is; recorded when the assessment starts.
    public var countryLevelReason: CountryLevelReason?

    /// Creates an empty record.
    public init(questionnaire: QuestionnaireReference, partner: String, copiedFrom: String? = nil) {
        self.questionnaire = questionnaire
        self.partner = partner
        self.copiedFrom = copiedFrom
    }
}

/// A questionnaire by id, version and content hash: what an assessment is pinned to.
public struct QuestionnaireReference: Hashable, Sendable {
    /// The questionnaire's id.
    public var id: String
    /// Its version.
    public var version: Int
    /// SHA-256 of its file.
    public var hash: String

    /// Creates a reference.
    public init(id: String, version: Int, hash: String) {
        self.id = id
        self.version = version
        self.hash = hash
    }

    /// The reference to a loaded questionnaire.
    public init(_ questionnaire: Questionnaire) {
        self.init(id: questionnaire.id, version: questionnaire.version, hash: questionnaire.hash)
    }
}

/// The partner's answer to one question, with the evidence it points to.
public struct Answer: Hashable, Sendable {
    /// The answer as written (`yes`, `met`, a scale level, text, a date).
    public var value: String
    /// Documents supporting it.
    public var evidence: [EvidenceReference]
    /// The partner's comment.
    public var comment: String?

    /// Creates an answer.
    public init(value: String, evidence: [EvidenceReference] = [], comment: String? = nil) {
        self.value = value
        self.evidence = evidence
        self.comment = comment
    }
}

/// A pointer to a document that supports an answer: its evidence type and what or where it is.
/// diligence keeps references, never the documents.
public struct EvidenceReference: Hashable, Sendable {
    /// The evidence type's id from the standard (`code_of_conduct`).
    public var type: String
    /// What the document is or where to find it; required by some evidence types.
    public var description: String?

    /// Creates a reference.
    public init(type: String, description: String? = nil) {
        self.type = type
        self.description = description
    }
}

/// One action of a capacity-strengthening plan.
public struct PlanItem: Hashable, Sendable {
    /// `1`, `2`, ... in the order added.
    public var id: String
    /// What is to be done.
    public var action: String
    /// Who does it.
    public var owner: String
    /// When it is due.
    public var due: LocalDate
    /// When it was completed, if it was.
    public var completedOn: LocalDate?
    /// The evidence of completion.
    public var evidence: String?
    /// True once the item-overdue event was sent for it (it is sent once).
    public var overdueReported = false

    /// Creates an open item.
    public init(id: String, action: String, owner: String, due: LocalDate) {
        self.id = id
        self.action = action
        self.owner = owner
        self.due = due
    }

    /// True until it is completed.
    public var isOpen: Bool { completedOn == nil }
}

/// Where an assessment accepted from another entity came from.
public struct SharedOrigin: Hashable, Sendable {
    /// The assessing entity, as the document names it (`UNICEF Kenya`).
    public var entity: String
    /// The assessment's id at that entity.
    public var assessment: String
    /// The hash of the document as it was accepted.
    public var documentHash: String

    /// Creates an origin.
    public init(entity: String, assessment: String, documentHash: String) {
        self.entity = entity
        self.assessment = assessment
        self.documentHash = documentHash
    }
}
