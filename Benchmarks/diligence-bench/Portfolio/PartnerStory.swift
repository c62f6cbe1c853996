import DiligenceCore
import DiligenceStore
import Foundation

/// One step of a generated partner's story, as the people of the portfolio take it.
enum PortfolioStep {
    case register
    /// The officer starts a `psea-common` assessment and sends it to the partner.
    case startAssessment
    /// The partner answers the `n`-th question of the questionnaire.
    case answer(Int)
    case submit
    case startReview
    /// The focal point rates the `n`-th standard.
    case rate(Int, met: Bool)
    case determine
    case confirm
    /// The officer completes the partner's assessment stage.
    case completeAssessment
    case addPlanItem(Int)
    case recordPersonnel
    case recordTraining
    case confirmTraining
    /// Procurement imports the agreement (`complete`: with every clause; else without flow-down).
    case importAgreement(complete: Bool)
    case startAgreementReview
    /// Procurement decides on the `n`-th finding of the agreement.
    case decideClause(Int)
    case clearAgreement
    case raiseFlag(FlagLevel)
    case resolveFlag
    case reportAllegation
    case suspend
    case close
}

/// A partner's generated story: its registration and the steps after it, each a number of days
/// after the one before. About 60 events for a partner that goes all the way; the mix of
/// ``PortfolioMix`` gives about 50 on average.
struct PartnerStory {
    let index: Int
    let country: String
    let type: PartnerType
    /// The steps, each with the days since the step before.
    let steps: [(days: Double, step: PortfolioStep)]

    init(index: Int, questions: Int, standards: Int, clauses: Int) {
        var random = SeededRandom(seed: index)
        self.index = index
        country = PortfolioMix.countries[random.int(0...PortfolioMix.countries.count - 1)]
        type = PortfolioMix.types[random.int(0...PortfolioMix.types.count - 1)]
        var steps: [(Double, PortfolioStep)] = [(0, .register)]
        func then(_ days: Double, _ step: PortfolioStep) { steps.append((days, step)) }
        func soon(_ random: inout SeededRandom) -> Double { 0.05 + random.unit() * 0.5 }
        let reach = PortfolioMix.Reach.draw(&random)
        if reach != .registered {
            then(Double(random.int(2...40)), .startAssessment)
            let answered = reach == .answering ? random.int(0...questions - 1) : questions
            for question in 0..<answered { then(soon(&random), .answer(question)) }
        }
        if reach == .inReview || reach == .assessed {
            then(Double(random.int(1...10)), .submit)
            then(Double(random.int(1...14)), .startReview)
            let met = random.int(2...standards)
            let rated = reach == .inReview ? random.int(0...standards - 1) : standards
            for standard in 0..<rated { then(soon(&random), .rate(standard, met: standard < met)) }
            if reach == .assessed {
                then(Double(random.int(1...7)), .determine)
                then(Double(random.int(1...7)), .confirm)
                then(Double(random.int(1...5)), .completeAssessment)
                if met < standards - 1 {
                    for item in 0..<random.int(1...3) { then(soon(&random), .addPlanItem(item)) }
                }
            }
        }
        if reach == .assessed {
            if random.chance(0.85) {
                then(Double(random.int(5...60)), .recordPersonnel)
                then(soon(&random), .recordTraining)
                then(Double(random.int(1...10)), .confirmTraining)
            }
            if random.chance(0.8) {
                let complete = random.chance(0.85)
                then(Double(random.int(5...90)), .importAgreement(complete: complete))
                then(Double(random.int(1...5)), .startAgreementReview)
                for clause in 0..<clauses { then(soon(&random), .decideClause(clause)) }
                if complete { then(Double(random.int(1...5)), .clearAgreement) }
            }
            if random.chance(0.2) {
                then(Double(random.int(30...400)), .raiseFlag(random.chance(0.15) ? .red : .yellow))
                if random.chance(0.6) { then(Double(random.int(10...120)), .resolveFlag) }
            }
            if random.chance(0.01) { then(Double(random.int(30...400)), .reportAllegation) }
            if random.chance(0.03) {
                then(Double(random.int(30...400)), .suspend)
            } else if random.chance(0.04) {
                then(Double(random.int(100...700)), .close)
            }
        }
        self.steps = steps
    }
}
