import Foundation
import Testing

/// Steps of a PSEA capacity assessment on `psea-common`, as the tests drive them through the CLI.
extension CLIWorkspace {
    /// The required questions of `psea-common` with an answer a full-capacity partner gives: one
    /// that never had an allegation, so the follow-up questions on past cases are not asked.
    static let fullAnswers: [(question: String, value: String)] = [
        ("policy.exists", "yes"), ("policy.scope", "All staff, volunteers and sub-partners."),
        ("contracts.clause", "yes"), ("contracts.sub_partners", "yes"), ("screening.references", "yes"),
        ("training.all_personnel", "yes"), ("training.content", "yes"), ("reporting.channels", "yes"),
        ("reporting.awareness", "Posters and community meetings."), ("assistance_referral.pathway", "yes"),
        ("investigations.procedure", "yes"), ("investigations.resources", "An agreement with a firm."),
        ("investigations.past_allegations", "no"), ("corrective_action.procedure", "yes"),
    ]

    /// The core standards of `psea-common`.
    static let standards = [
        "policy", "contracts", "screening", "training", "reporting", "assistance_referral", "investigations",
        "corrective_action",
    ]

    /// Runs an assessment command as `role`.
    @discardableResult
    func assessment(_ arguments: [String], role: String, user: String = "tester") throws -> CLIResult {
        try run(["assessment"] + arguments + ["--as", user, "--role", role])
    }

    /// Registers a partner and starts its assessment on `psea-common`; returns the assessment id.
    func startedAssessment() throws -> String {
        let partner = try addPartner()
        let result = try assessment(
            ["start", partner, "--questionnaire", "psea-common"], role: "programme_officer")
        try #require(result.exitCode == 0, "assessment start failed: \(result)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Answers every required question as the partner.
    func answerAll(_ id: String) throws {
        for (question, value) in Self.fullAnswers {
            let result = try assessment(["answer", id, question, "--value", value], role: "partner")
            try #require(result.exitCode == 0, "answering \(question) failed: \(result)")
        }
    }

    /// Rates every standard met as the PSEA focal point.
    func rateAllMet(_ id: String) throws {
        for standard in Self.standards {
            let result = try assessment(
                ["review", id, standard, "--rating", "met"], role: "psea_focal_point")
            try #require(result.exitCode == 0, "rating \(standard) failed: \(result)")
        }
    }

    /// The self-assessment: the programme officer invites the partner, who answers every required
    /// question and submits.
    func answerAndSubmit(_ id: String) throws {
        try accept(id, "invite_partner", role: "programme_officer")
        try answerAll(id)
        try accept(id, "submit", role: "partner")
    }

    /// The PSEA focal point's review of a submitted assessment: every standard met, determined and
    /// confirmed (full capacity, final).
    func confirmFullCapacity(_ id: String) throws {
        try accept(id, "start_review", role: "psea_focal_point")
        try rateAllMet(id)
        try accept(id, "determine", role: "psea_focal_point")
        try accept(id, "confirm", role: "psea_focal_point")
    }

    /// `assessment show ID --json`.
    func showAssessment(_ id: String) throws -> [String: Any] {
        let result = try run("assessment", "show", id, "--json")
        try #require(result.exitCode == 0, "assessment show failed: \(result)")
        return try result.jsonObject()
    }
}
