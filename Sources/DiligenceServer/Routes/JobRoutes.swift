import DiligenceApp
import DiligenceStore
import Foundation
import Hummingbird

/// A job's status page (it reloads itself every 2 seconds while the job waits or runs, no
/// JavaScript), and the administrator's page that verifies the whole log as a job.
extension WebApp {
    func addJobRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/jobs/{id}") { _, context in
            guard let id = Int(try context.parameters.require("id")) else { return notFound(context) }
            let job: JobView
            do {
                job = try await service.job(id, by: try context.signedIn)
            } catch let refusal as DiligenceError where refusal.code == .unknownRecord {
                return notFound(context)
            }
            return pages.page(
                "job", title: "Job \(id)", values: Self.jobValues(job), context: context,
                navigation: await navigation(job.kind == .auditVerify ? "admin" : "partners", context))
        }
        router.get("/admin/audit") { _, context in
            let actor = try context.signedIn
            guard service.managesAccounts(actor) else { return forbidden(context, needed: ["administrator"]) }
            return await auditPage(context)
        }
        router.post("/admin/audit") { _, context in
            let actor = try context.signedIn
            guard service.managesAccounts(actor) else { return forbidden(context, needed: ["administrator"]) }
            return Response.seeOther("/jobs/\(try await service.askLogVerification(by: actor))")
        }
    }

    static func jobValues(_ job: JobView) -> [String: Any] {
        let status: [String: String] =
            switch job.status {
            case .queued: ["label": "Waiting its turn", "colour": "blue"]
            case .running: ["label": "Running", "colour": "yellow"]
            case .done: ["label": "Done", "colour": "green"]
            case .failed: ["label": "Failed", "colour": "red"]
            }
        var values: [String: Any] = [
            "job": [
                "id": job.id,
                "what": job.kind == .auditVerify
                    ? "Verify the whole log" : "Read the scanned agreement \(job.fileName ?? "") by OCR",
                "asked": "\(Dates.minute(job.createdAt)) by \(job.account)",
                "finished": job.finishedAt.map(Dates.minute) ?? false,
            ] as [String: Any],
            "status": status, "waiting": job.isWaiting,
            "explain": job.isWaiting
                ? "This page looks again every 2 seconds. You can leave it: the job goes on, and this page shows its result when you come back."
                : false,
        ]
        if job.status == .done, job.kind == .agreementImport, let agreement = job.agreement {
            values["result_link"] = [
                "href": "/agreements/\(agreement)", "text": "See agreement \(agreement) and its clauses",
            ]
        }
        if let verification = job.verification {
            values["verification"] =
                [
                    "intact": verification.isIntact,
                    "summary": verification.isIntact
                        ? "The log is intact: \(verification.eventsChecked) events have an unbroken hash chain, and \(verification.recordsChecked) records equal the replay of the log."
                        : "The log is not intact: \(verification.problemCount) problem\(verification.problemCount == 1 ? "" : "s") found in \(verification.eventsChecked) events and \(verification.recordsChecked) records.",
                    "problems": verification.problems.map { problem in
                        var place: [String] = []
                        if let seq = problem.seq { place.append("At event \(seq)") }
                        if let subject = problem.subject { place.append("record \(subject)") }
                        return (place.isEmpty ? "" : place.joined(separator: ", ") + ": ") + problem.message
                    },
                ] as [String: Any]
        }
        if let failure = job.failure { values["failure"] = Self.failureWords(failure) }
        return values
    }

    static func failureWords(_ failure: JobFailure) -> String {
        switch failure {
        case .interrupted(let attempts):
            "The server stopped while this job ran, \(attempts) times; nothing was recorded. Ask for it again."
        case .unreadable(let reason): "The file could not be read: \(reason). Nothing was recorded."
        case .refused(let error):
            error.code == .accountDisabled || error.code == .roleNotHeld
                ? "Your account may no longer do this. Nothing was recorded."
                : "The work was refused (\(error.code)). Nothing was recorded."
        case .failed:
            "The job could not finish. Nothing was recorded; ask your administrator to look at the server's log."
        }
    }
}
