import DiligenceCore
import DiligenceStore
import Foundation

/// The demo's allegation: officers assigned to their partners, a case reported with its restricted
/// details sealed, assistance beside the investigation, and who sees what of it.
extension DemoScript {
    static let otherOfficer = Actor(user: "james.mwangi", role: "programme_officer")

    /// The manager assigns an officer to follow each partner.
    func assignOfficers(_ partners: [String], to officer: Actor) throws {
        for partner in partners {
            _ = try storeCall {
                try store.assignOfficer(
                    officer.user, to: partner, actor: Self.manager,
                    policy: definitions.confidentiality.assignment, now: clock)
            }
        }
        print(
            "  \(officer.user) follows \(partners.joined(separator: ", ")) (assigned by \(Self.manager.user), \(Self.manager.role))"
        )
    }

    /// The PSEA focal point records an allegation the partner reported; its narrative is sealed
    /// with the key file. Prints the case and the flags the risk rules raised on the partner.
    func reportAllegation(_ partner: String, key: AllegationKey) throws -> String {
        let flagsBefore = Set(try storeCall { try store.flags(partner: partner, openOnly: true) }.map(\.id))
        let report = try allegationInput { () throws(AllegationInputError) in
            try AllegationReport(
                partner: partner, received: today, type: "sexual_exploitation", incident: "unknown",
                channel: "community hotline", personnel: "volunteers", victims: "women=1", perpetrators: "1",
                restricted: [
                    "narrative": "Reported through the hotline by a community volunteer (demo text)."
                ],
                today: LocalDate(clock))
        }
        let id = try storeCall {
            try store.reportAllegation(
                report, actor: Self.focalPoint, key: key, definitions: definitions, now: clock)
        }
        print(
            "  \(id)  sexual exploitation reported at \(partner) by \(Self.focalPoint.user) (\(Self.focalPoint.role)); the narrative is sealed"
        )
        for flag in try storeCall({ try store.flags(partner: partner, openOnly: true) })
        where !flagsBefore.contains(flag.id) {
            print("  \(flag.id)  \(flag.level) flag (\(flag.category)) raised by a risk rule: \(flag.reason)")
        }
        return id
    }

    /// Consent first, then assistance: it does not wait for the investigation.
    func assist(_ id: String, key: AllegationKey) throws {
        try send(id, "consent_given", Self.focalPoint, ["consent_on": today])
        let entry = AssistanceEntry(type: .psychosocialSupport, status: .provided, date: LocalDate(clock))
        _ = try storeCall {
            try store.recordAssistance(
                id, entry: entry, actor: Self.focalPoint, key: key, definitions: definitions, now: clock)
        }
        print("  \(id)  psychosocial support provided (its details are sealed)")
    }

    /// What three people see of the case: its partner's officer, another officer, a manager.
    func showWhoSeesWhat(_ id: String, key: AllegationKeyFile) throws {
        let confidentiality = definitions.confidentiality
        let entry = try storeCall { try store.allegationCase(id) }
        for officer in [Self.officer, Self.otherOfficer] {
            do {
                try store.checkCaseScope(entry, actor: officer, confidentiality: confidentiality)
                print("  \(id)  as \(officer.user) sees it: status \(entry.status), no victim details")
            } catch {
                print("  \(id)  as \(officer.user) sees it: REFUSED, \(StoreErrorMessages.text(error))")
            }
        }
        let open = try storeCall { try store.allegationCases() }.filter(\.isOpen).count
        let cases = "\(open) open case\(open == 1 ? "" : "s")"
        print("  \(Self.manager.user) (\(Self.manager.role)) sees totals only: \(cases)")
        let read = try storeCall {
            try store.readRestricted(
                id, actor: Self.focalPoint, keyFile: key, command: "demo", confidentiality: confidentiality,
                now: clock)
        }
        print(
            "  \(id)  \(Self.focalPoint.user) reads the sealed details (\(read.restricted?.fieldsRead.count ?? 0) fields); the read is logged: diligence audit reads"
        )
    }
}
