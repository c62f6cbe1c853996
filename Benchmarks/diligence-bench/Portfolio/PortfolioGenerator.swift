import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// Generates a portfolio for the scale benchmarks of issue 17 (`diligence-bench --portfolio COUNT
/// --db PATH`): `count` partners registered over four years, each taken through its
/// ``PartnerStory`` by the store's own commands, in time order across the portfolio, a batch of
/// commands a transaction (``DiligenceStore/batch(_:)``). Its log is like any other: it verifies.
final class PortfolioGenerator {
    let store: DiligenceStore
    let definitions: DefinitionSet
    let agreements: PortfolioAgreements
    /// The questionnaire's questions asked of every partner, and its standards.
    let questions: [Question]
    let standards: [CoreStandard]
    /// When the story of the first partner starts, and the day after which nothing is written.
    let (start, end): (Date, Date)
    /// How many partners the portfolio has.
    let count: Int

    /// What each partner's story has made so far.
    struct Made {
        var assessment: String?
        var agreement: String?
        var agreementVariant: PortfolioAgreements.Variant?
        var flag: String?
        var flagLevel: FlagLevel?
    }

    var made: [Int: Made] = [:]
    private var stories: [Int: PartnerStory] = [:]
    /// Refused steps, by step kind (a story may ask what the lifecycle does not allow then).
    private(set) var refusals: [String: Int] = [:]
    /// The first refusal of each step kind, as the store worded it.
    private(set) var firstRefusals: [String: String] = [:]
    private(set) var stepsTaken = 0

    static let questionnaireID = "psea-common"

    init(store: DiligenceStore, definitions: DefinitionSet, root: URL, count: Int, end: Date) throws {
        guard let questionnaire = definitions.questionnaires[Self.questionnaireID] else {
            throw PortfolioError("the questionnaire \(Self.questionnaireID) is missing from Assessments/")
        }
        self.store = store
        self.definitions = definitions
        self.agreements = try PortfolioAgreements(root: root, definitions: definitions)
        self.questions = questionnaire.standards.flatMap(\.questions).filter {
            $0.isRequired || $0.shownWhen == nil
        }
        self.standards = questionnaire.standards
        self.count = count
        (self.start, self.end) = (end.addingTimeInterval(-4 * 365 * 86_400), end)
    }

    /// Takes every partner through its story, `batchSize` steps a transaction; `progress` is
    /// called after each batch with the partners registered and the steps taken.
    func run(batchSize: Int = 2_000, progress: (Int, Int) -> Void) throws {
        var queue = StepQueue()
        let span = end.timeIntervalSince(start) - 86_400
        for index in 0..<count {
            queue.push(
                start.addingTimeInterval(span * Double(index) / Double(count)), partner: index, step: 0)
        }
        var registered = 0
        while !queue.isEmpty {
            try store.batch { () throws(StoreError) in
                var taken = 0
                while taken < batchSize, let next = queue.pop() {
                    guard next.time <= end else {
                        // The story's next step is after the portfolio's last day: it stops here.
                        (stories[next.partner], made[next.partner]) = (nil, nil)
                        continue
                    }
                    let story =
                        stories[next.partner]
                        ?? PartnerStory(
                            index: next.partner, questions: questions.count, standards: standards.count,
                            clauses: agreements.complete.decisions.count)
                    let step = story.steps[next.step].step
                    if case .register = step { registered += 1 }
                    try take(step, partner: next.partner, story: story, now: next.time)
                    taken += 1
                    if next.step + 1 < story.steps.count {
                        stories[next.partner] = story
                        let days = story.steps[next.step + 1].days
                        queue.push(
                            next.time.addingTimeInterval(days * 86_400), partner: next.partner,
                            step: next.step + 1)
                    } else {
                        stories[next.partner] = nil
                        made[next.partner] = nil
                    }
                }
                stepsTaken += taken
            }
            progress(registered, stepsTaken)
        }
    }

    /// Takes one step of a partner's story at `now`; a step the store refuses is counted, not fatal.
    private func take(_ step: PortfolioStep, partner index: Int, story: PartnerStory, now: Date)
        throws(StoreError)
    {
        do {
            try perform(step, partner: index, story: story, now: now)
        } catch {
            switch error {
            case .rejected, .locked, .ruleStillHolds:
                refusals[Self.name(of: step), default: 0] += 1
                if firstRefusals[Self.name(of: step)] == nil {
                    firstRefusals[Self.name(of: step)] = "\(PortfolioMix.partnerID(index)): \(error)"
                }
            default:
                throw error
            }
        }
    }

    static func name(of step: PortfolioStep) -> String {
        String(describing: step).split(separator: "(").first.map(String.init) ?? ""
    }
}

/// A generator failure, in words.
struct PortfolioError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
