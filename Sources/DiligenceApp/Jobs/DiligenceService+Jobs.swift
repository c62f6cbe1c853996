import DiligenceImport
import DiligenceStore
import Foundation

extension DiligenceService {
    /// Asks for a verify of the whole log as a job (an administrator only); returns its number.
    public func askLogVerification(by actor: AuthenticatedActor) async throws -> Int {
        try require(.manageAccounts, by: actor)
        return try store.addJob(
            kind: JobKind.auditVerify.rawValue, account: actor.account.name, role: actor.role,
            parameters: [:],
            input: nil, now: clock())
    }

    /// A job, to the account that asked for it and to administrators; to anyone else it does not
    /// exist (the same refusal as a number no job has).
    public func job(_ id: Int, by actor: AuthenticatedActor) async throws -> JobView {
        guard let row = try store.job(id), row.account == actor.account.name || managesAccounts(actor) else {
            throw DiligenceError(.unknownRecord, field: .job, ["id": String(id)])
        }
        return JobView(row)
    }

    /// The jobs a stopped server left running, found as the server starts: each is run again
    /// once, then marked failed (interrupted).
    public func recoverJobs() async throws {
        let reason = JobFailure.interrupted(attempts: DiligenceStore.jobAttempts).values
        let text = String(decoding: (try? JSONEncoder().encode(reason)) ?? Data(), as: UTF8.self)
        try store.recoverJobs(reason: text, now: clock())
    }

    /// Runs the oldest queued job to its end, done or failed; false when none waits.
    @discardableResult
    public func runNextJob() async throws -> Bool {
        guard let row = try store.startNextJob(now: clock()) else { return false }
        var result: [String: String]?
        var failure: JobFailure?
        do {
            switch JobKind(rawValue: row.kind) {
            case .agreementImport?: result = ["agreement": try await runImport(row)]
            case .auditVerify?: result = LogVerification(try await verifyLog()).values
            case nil: failure = .failed("unknown kind of job \(row.kind)")
            }
        } catch let error as DiligenceError {
            failure =
                error.field == .agreementFile && error.values["problem"] == "unreadable"
                ? .unreadable(error.values["reason"] ?? "") : .refused(error)
        } catch {
            failure = .failed(String(describing: error))
        }
        let failureText = failure.map {
            String(decoding: (try? JSONEncoder().encode($0.values)) ?? Data(), as: UTF8.self)
        }
        try store.finishJob(row.id, result: result, failure: failureText, now: clock())
        return true
    }

    /// Runs jobs one at a time until the task is cancelled: `serve` starts it beside the requests.
    /// When none waits it looks again after `idle`.
    public func runJobs(idle: Duration = .milliseconds(250)) async {
        while !Task.isCancelled {
            let ran = (try? await runNextJob()) ?? false
            if !ran { try? await Task.sleep(for: idle) }
        }
    }

    /// An import job: as the account that asked, which must still hold the role.
    private func runImport(_ row: JobRow) async throws -> String {
        let actor = try await authenticate(row.account, role: row.role)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-job-\(row.id)-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(
            AgreementUpload(name: row.parameters["file"] ?? "", data: Data()).cleanName)
        try (row.input ?? Data()).write(to: file)
        return try await importUploaded(
            file, partner: row.parameters["partner"] ?? "", agreement: row.parameters["agreement"], by: actor)
    }

}
