import DiligenceApp
import DiligenceCore
import DiligenceImport
import DiligenceStore
import Foundation

/// The demo's partner agreements: imported from XML, reviewed clause by clause by procurement,
/// amended when a mandatory clause is missing, and cleared.
extension DemoScript {
    /// A partner agreement carrying all fifteen PSEA clauses (article 18), as an agency exports it.
    static let agreementXML = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <agreement id="PA-2025-014">
          <title>Partner Agreement between UN-Women and Hope Foundation</title>
          <article number="1" heading="Purpose">
            <para>This Agreement sets out the terms under which the Partner implements the programme described in Annex A.</para>
          </article>
          <article number="18" heading="Prevention of sexual exploitation and abuse">
            <para>18.1 The Partner accepts and shall comply with the standards of conduct set out in the Secretary-General's Bulletin ST/SGB/2003/13 on special measures for protection from sexual exploitation and sexual abuse.</para>
            <para>18.2 Sexual exploitation and sexual abuse are strictly prohibited and the UN applies a policy of zero tolerance. For the purposes of this Agreement a child is any person under the age of 18, regardless of the age of majority locally. The exchange of money, employment, goods or services for sex is sexual exploitation.</para>
            <para>18.3 The Partner shall exercise a standard of care in selecting personnel, including screening of candidates and reference checks with prior employers. Candidates shall disclose whether they were ever dismissed for sexual exploitation or abuse.</para>
            <para>18.4 The Partner shall ensure that all personnel complete training on the prevention of sexual exploitation and abuse before deployment and renew it every year.</para>
            <para>18.5 The Partner shall report any allegation of sexual exploitation or abuse to UN-Women promptly and in a confidential manner.</para>
            <para>18.6 The Partner shall investigate every allegation without delay, keep UN-Women informed of progress and take appropriate corrective action, including disciplinary measures.</para>
            <para>18.7 The Partner shall refer survivors to medical, psychosocial and legal assistance, with their informed consent.</para>
            <para>18.8 The Partner shall cooperate fully with any investigation, audit or assessment by the UN and give access to its records, premises and personnel.</para>
            <para>18.9 The Partner shall include the obligations of this article in all its agreements with sub-contractors and sub-partners.</para>
            <para>18.10 The Partner shall protect from retaliation any person who reports an allegation in good faith.</para>
            <para>18.11 A breach of this article by the Partner entitles UN-Women to suspend or terminate this Agreement with immediate effect and to require the replacement of personnel.</para>
            <para>18.12 The obligations of this article survive the expiry or termination of this Agreement.</para>
            <para>18.13 UN-Women may share with other United Nations entities the fact that this Agreement was terminated for sexual exploitation or abuse.</para>
            <para>18.14 The Partner shall keep records of all allegations and maintain them securely, in line with data protection principles.</para>
            <para>18.15 The Partner represents and warrants that the information it has given is true and accurate and contains no misrepresentation.</para>
          </article>
          <article number="19" heading="Payments">
            <para>Payments are made in three instalments against the budget in Annex B.</para>
          </article>
        </agreement>
        """#

    /// The same agreement without the clause that flows the obligations down to sub-contractors.
    static var agreementWithoutFlowDown: String {
        agreementXML.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("sub-contractors and sub-partners") }.joined(separator: "\n")
    }

    /// Imports `xml` as a partner's agreement (or a new version of `agreement`) through the
    /// layer's intake, as procurement, from a file named `file`, and prints the findings in one
    /// line; returns the agreement's id.
    @discardableResult
    func importAgreement(_ partner: String, _ xml: String, file: String, agreement: String? = nil)
        async throws
        -> String
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diligence-demo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(file)
        try Data(xml.utf8).write(to: url)
        let intake = try await service.importAgreement(
            file: url, format: .xml, partner: agreement == nil ? partner : nil, newVersionOf: agreement,
            by: try await signedIn(Self.procurement))
        let findings = intake.entry.record.current.findings
        let absent = findings.filter { $0.status != .present }.map(\.clause)
        print(
            "  \(intake.entry.id)  \(file) imported for \(partner): \(findings.count - absent.count) of \(findings.count) PSEA clauses found"
                + (absent.isEmpty ? "" : "; not found: \(absent.joined(separator: ", "))"))
        return intake.entry.id
    }

    /// Procurement reviews an agreement: confirms every clause found present, asks for an amendment
    /// of every mandatory clause not found, and clears it when nothing is left open.
    func reviewAgreement(_ id: String, partner: String) async throws {
        let procurement = try await signedIn(Self.procurement)
        let entry = try await service.agreement(id, by: procurement)
        let catalogue = try storeCall { try DiligenceStore.loadedCatalogue(definitions) }
        guard let version = entry.record.versions.last else { return }
        var amended: [String] = []
        for finding in version.findings {
            let mandatory = catalogue.clauses.first { $0.id == finding.clause }?.mandatory ?? false
            if finding.status == .present {
                _ = try await service.changeAgreement(
                    id, change: .decide(clause: finding.clause, kind: .confirmed, text: nil), by: procurement)
            } else if mandatory {
                _ = try await service.changeAgreement(
                    id,
                    change: .decide(
                        clause: finding.clause, kind: .amendmentRequested,
                        text: "Add the clause; the partner's legal office sends an amended agreement."),
                    by: procurement)
                amended.append(finding.clause)
            }
        }
        if amended.isEmpty {
            print("  \(id)  every clause found was confirmed by \(Self.procurement.user) (procurement)")
            try await send(id, "clear", Self.procurement)
            try await printPartner(partner)
        } else {
            print(
                "  \(id)  amendment requested by \(Self.procurement.user) for \(amended.joined(separator: ", "))"
            )
        }
    }
}
