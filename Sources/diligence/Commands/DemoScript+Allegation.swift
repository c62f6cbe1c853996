import DiligenceApp
import DiligenceCore
import DiligenceStore
import Foundation

/// The demo's allegation: officers assigned to their partners, a case reported with its restricted
/// details sealed, assistance beside the investigation, and who sees what of it.
extension DemoScript {
    static let otherOfficer = Actor(user: "james.mwangi", role: "programme_officer")

    /// The manager assigns an officer to follow each partner.
    func assignOfficers(_ partners: [String], to officer: Actor) async throws {
        let manager = try await signedIn(Self.manager)
        for partner in partners {
            _ = try await service.assignOfficer(officer.user, to: partner, by: manager)
        }
        print(
            "  \(officer.user) follows \(partners.joined(separator: ", ")) (assigned by \(Self.manager.user), \(Self.manager.role))"
        )
    }

    /// The PSEA focal point records an allegation the partner reported; its narrative is sealed
    /// with the key file. Prints the case and the flags the risk rules raised on the partner.
    func reportAllegation(_ partner: String) async throws -> String {
        let focalPoint = try await signedIn(Self.focalPoint)
        let flagsBefore = Set(
            try await service.flags(partner: partner, openOnly: true, by: focalPoint).map(\.id))
        let report = try allegationInput { () throws(AllegationInputError) in
            try AllegationReport(
                partner: partner, received: today, type: "sexual_exploitation", incident: "unknown",
                channel: "community hotline", personnel: "volunteers", victims: "women=1", perpetrators: "1",
                restricted: [
                    "narrative": "Reported through the hotline by a community volunteer (demo text)."
                ],
                today: LocalDate(now))
        }
        let id = try await service.reportAllegation(report, keyFile: keyFile, by: focalPoint)
        print(
            "  \(id)  sexual exploitation reported at \(partner) by \(Self.focalPoint.user) (\(Self.focalPoint.role)); the narrative is sealed"
        )
        for flag in try await service.flags(partner: partner, openOnly: true, by: focalPoint)
        where !flagsBefore.contains(flag.id) {
            print("  \(flag.id)  \(flag.level) flag (\(flag.category)) raised by a risk rule: \(flag.reason)")
        }
        return id
    }

    /// Consent first, then assistance: it does not wait for the investigation.
    func assist(_ id: String) async throws {
        try await send(id, "consent_given", Self.focalPoint, ["consent_on": today])
        let entry = AssistanceEntry(type: .psychosocialSupport, status: .provided, date: LocalDate(now))
        _ = try await service.recordAssistance(
            id, entry: entry, keyFile: keyFile, by: try await signedIn(Self.focalPoint))
        print("  \(id)  psychosocial support provided (its details are sealed)")
    }

    /// What three people see of the case: its partner's officer, another officer, a manager.
    func showWhoSeesWhat(_ id: String) async throws {
        for officer in [Self.officer, Self.otherOfficer] {
            do {
                let view = try await service.allegationCase(
                    id, restricted: false, keyFile: keyFile, command: "demo", by: try await signedIn(officer))
                let status = view.value("status")?.stringValue ?? "-"
                print("  \(id)  as \(officer.user) sees it: status \(status), no victim details")
            } catch {
                print("  \(id)  as \(officer.user) sees it: REFUSED, \(try Self.refusal(error))")
            }
        }
        let cases: String
        switch try await service.allegationCases(by: try await signedIn(Self.manager)) {
        case .totals(let totals): cases = "\(totals.open) open case\(totals.open.value == 1 ? "" : "s")"
        case .cases(let views, _): cases = "\(views.count) case\(views.count == 1 ? "" : "s")"
        }
        print("  \(Self.manager.user) (\(Self.manager.role)) sees totals only: \(cases)")
        let read = try await service.allegationCase(
            id, restricted: true, keyFile: keyFile, command: "demo", by: try await signedIn(Self.focalPoint))
        // The restricted fields the case holds a value for.
        let fields = read.fields.filter { field in
            definitions.confidentiality.fields.contains { $0.name == field.name && $0.class == .restricted }
                && field.value != .null && field.value != .array([])
        }
        print(
            "  \(id)  \(Self.focalPoint.user) reads the sealed details (\(fields.count) fields); the read is logged: diligence audit reads"
        )
    }
}
