public import DiligenceCore
public import DiligenceStore

/// An assessment as `assessment show` writes it: the partner's answers beside the UN's ratings,
/// the outcome the ratings give, the determinations recorded, the plan with its overdue items and
/// what the workflow accepts next. `standards` is written only when the questionnaire it is pinned
/// to is at hand, `unrated` and `explanation` only then, and `determination` only once every
/// standard is rated.
public struct AssessmentDetailView: Sendable, Hashable, Codable {
    /// A standard of the questionnaire with the UN's rating of it.
    public struct Standard: Sendable, Hashable, Codable {
        /// The standard's id and title.
        public var id: String, title: String
        /// The UN's rating; `null` while it is not rated.
        @Nullable public var rating: String?
        /// The reviewer's note on it; `null` when none.
        @Nullable public var note: String?
    }

    /// The determination the ratings give now.
    public struct Determination: Sendable, Hashable, Codable {
        /// The capacity level, and the risk it means.
        public var capacity: String, risk: String
        /// The scoring model's figure.
        public var score: Int
    }

    /// The entity an assessment was accepted from.
    public struct Origin: Sendable, Hashable, Codable {
        /// The assessing entity, and its id of the assessment.
        public var entity: String, assessment: String
        /// The hash of the document as accepted.
        public var documentHash: String

        enum CodingKeys: String, CodingKey {
            case entity, assessment
            case documentHash = "document_hash"
        }
    }

    /// `A-0001`.
    public var id: String
    /// The partner's id.
    public var partner: String
    /// The questionnaire it is pinned to.
    public var questionnaire: DefinitionReferenceView
    /// Its workflow's active states.
    public var states: [String]
    /// Whether its workflow is complete.
    public var complete: Bool
    /// Where it stands in its workflow, as the front end words it.
    public var standing: String
    /// Its workflow's facts.
    public var facts: [String: JSONValue]
    /// The partner's answers by question id.
    public var answers: [String: AnswerView]
    /// The UN's ratings by standard id.
    public var ratings: [String: String]
    /// The capacity-strengthening plan.
    public var plan: [PlanItemView]
    /// The events it accepts now.
    public var accepts: [AcceptedEventView]
    /// The preliminary determination; `null` when none is recorded.
    @Nullable public var preliminary: RecordedDeterminationView?
    /// The final determination; `null` when none is recorded.
    @Nullable public var final: RecordedDeterminationView?
    /// The assessment its answers were copied from; `null` when none.
    @Nullable public var copiedFrom: String?
    /// Why an international NGO is assessed at country level; `null` otherwise.
    @Nullable public var countryLevelReason: String?
    /// The questions the answers leave unasked.
    public var notAsked: [String]
    /// The entity it was accepted from; `null` for an assessment made here.
    @Nullable public var acceptedFrom: Origin?
    /// The questionnaire's standards with their ratings, when the questionnaire is at hand.
    public var standards: [Standard]?
    /// The standards not rated yet, when the questionnaire is at hand.
    public var unrated: [String]?
    /// Why the ratings give what they give, when the questionnaire is at hand.
    public var explanation: String?
    /// What the ratings determine, once every standard is rated.
    public var determination: Determination?

    /// The view of `entry` answered against `questionnaire` (the version it is pinned to, `nil`
    /// when it is at hand nowhere), `workflow` its definition, plan items overdue on `today`, and
    /// `standing` where it stands as the front end words it.
    public init(
        _ entry: AssessmentEntry, questionnaire: Questionnaire?, workflow: WorkflowDefinition?,
        today: LocalDate, standing: String
    ) {
        let record = entry.record
        let snapshot = entry.instance.snapshot
        id = entry.id
        partner = record.partner
        self.questionnaire = DefinitionReferenceView(record.questionnaire)
        states = snapshot.activeStates
        complete = snapshot.isComplete
        self.standing = standing
        facts = snapshot.context
        answers = record.answers.mapValues(AnswerView.init)
        ratings = record.ratings.mapValues(\.name)
        plan = record.planItems.map { PlanItemView($0, today: today) }
        accepts = Self.accepts(entry, workflow).map(AcceptedEventView.init)
        preliminary = record.preliminary.map(RecordedDeterminationView.init)
        final = record.final.map(RecordedDeterminationView.init)
        copiedFrom = record.copiedFrom
        countryLevelReason = record.countryLevelReason?.rawValue
        acceptedFrom = record.acceptedFrom.map {
            Origin(entity: $0.entity, assessment: $0.assessment, documentHash: $0.documentHash)
        }
        guard let questionnaire else {
            notAsked = []
            return
        }
        let asked = questionnaire.askedQuestionIDs(answers: record.answers)
        notAsked = questionnaire.questionIDs.filter { !asked.contains($0) }
        standards = questionnaire.standards.map {
            Standard(
                id: $0.id, title: $0.title, rating: record.ratings[$0.id]?.name,
                note: record.reviewNotes[$0.id])
        }
        guard let outcome = try? Scoring.determine(questionnaire, ratings: record.ratings) else { return }
        unrated = outcome.unrated
        explanation = outcome.explanation
        determination = outcome.determination.map {
            Determination(capacity: $0.capacity.rawValue, risk: $0.risk.rawValue, score: $0.score)
        }
    }

    /// The events the assessment's workflow accepts now (none without the definition).
    static func accepts(_ entry: AssessmentEntry, _ workflow: WorkflowDefinition?)
        -> [WorkflowDefinition.AvailableEvent]
    {
        guard let workflow,
            let instance = try? entry.instance.snapshot.instance(subject: entry.id, definition: workflow)
        else { return [] }
        return workflow.availableEvents(for: instance)
    }

    enum CodingKeys: String, CodingKey {
        case id, partner, questionnaire, states, complete, standing, facts, answers, ratings, plan, accepts
        case preliminary, final
        case copiedFrom = "copied_from"
        case countryLevelReason = "country_level_reason"
        case notAsked = "not_asked"
        case acceptedFrom = "accepted_from"
        case standards, unrated, explanation, determination
    }
}
