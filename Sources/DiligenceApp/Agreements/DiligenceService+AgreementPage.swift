import DiligenceCore
import DiligenceStore
import Foundation

extension DiligenceService {
    /// An agreement's page for an account that may see it: version `version` (the current one
    /// when `nil`) with its findings, and section `section` of its text (the first section with a
    /// finding when `nil`). A version the agreement does not have is refused.
    public func agreementPage(
        _ id: String, version number: Int? = nil, section: Int? = nil, by actor: AuthenticatedActor
    ) async throws -> AgreementPage {
        try checkRecord(id, visibleTo: actor)
        // Made once per log head for a role: a new event (a decision, a version) makes it again.
        let key = "agreement|\(id)|\(number ?? 0)|\(section ?? -1)|\(actor.role)"
        let head = try logHead()
        var page = try viewCache.view(key, head: head) {
            try makeAgreementPage(id, version: number, section: section, role: actor.role)
        }
        page.viewKey = "\(key)|\(head)"
        return page
    }

    private func makeAgreementPage(_ id: String, version number: Int?, section: Int?, role: String) throws
        -> AgreementPage
    {
        let entry = try store.agreement(id)
        guard let version = number.map({ entry.record.version($0) }) ?? entry.record.current else {
            throw DiligenceError(
                .invalidValue, field: .record, ["value": String(number ?? 0), "what": "version"])
        }
        let document = try store.agreementText(agreement: id, version: version.number)
        let text = AgreementTextIndex(document ?? AgreementDocument(format: version.format, sections: []))
        let findings = version.findings.map { finding in
            let place = text.place(of: finding)
            return AgreementPage.Finding(
                finding: finding,
                decision: entry.record.decision(on: finding.clause, version: version.number),
                section: place?.section, anchor: place.map { "p-\($0.section)-\($0.paragraph)" })
        }
        let sections = text.sections(findings: findings)
        let shown = min(
            max(0, section ?? findings.compactMap(\.section).min() ?? 0), max(0, sections.count - 1))
        let definition = definitions.workflows[entry.instance.workflow]
        var allowed: Set<String> = []
        var others: [(event: String, roles: [String])] = []
        if let definition,
            let running = try? entry.instance.snapshot.instance(subject: id, definition: definition)
        {
            for event in definition.availableEvents(for: running) {
                if event.roles.contains(role) {
                    allowed.insert(event.event)
                } else {
                    others.append((event.event, event.roles))
                }
            }
        }
        return AgreementPage(
            entry: entry, version: version,
            language: document.map(AgreementLanguage.detect) ?? AgreementLanguage(languages: []),
            findings: findings, sections: sections, section: shown,
            passages: sections.isEmpty ? [] : text.passages(of: shown, findings: version.findings),
            standing: Self.standing(entry.instance.snapshot, definition), allowed: allowed,
            othersAllowed: others)
    }
}

/// An agreement's text indexed for its page: where each finding's passage is, and a section's
/// paragraphs with the matched phrases marked.
struct AgreementTextIndex {
    let document: AgreementDocument

    init(_ document: AgreementDocument) { self.document = document }

    /// The section and paragraph a finding's passage starts in (its location), when found.
    func place(of finding: ClauseFinding) -> (section: Int, paragraph: Int)? {
        guard let location = finding.location, finding.status != .absent || finding.negation != nil else {
            return nil
        }
        for (index, section) in document.sections.enumerated() {
            if let paragraph = section.paragraphs.firstIndex(where: { $0.location == location }) {
                return (index, paragraph)
            }
        }
        return nil
    }

    /// The sections, titled by number and heading, with the clauses found in each.
    func sections(findings: [AgreementPage.Finding]) -> [AgreementPage.SectionLink] {
        document.sections.enumerated().map { index, section in
            let title = [section.number, section.heading].compactMap { $0 }.joined(separator: " ")
            return AgreementPage.SectionLink(
                index: index, title: title.isEmpty ? "Opening text" : title,
                clauses: findings.filter { $0.section == index }.map(\.finding.clause))
        }
    }

    /// The paragraphs of section `index`, each cut where a phrase of a finding whose passage it
    /// is matched.
    func passages(of index: Int, findings: [ClauseFinding]) -> [AgreementPage.Passage] {
        let section = document.sections[index]
        return section.paragraphs.enumerated().map { number, paragraph in
            let here = findings.filter { finding in
                guard let excerpt = finding.excerpt, finding.status != .absent || finding.negation != nil
                else { return false }
                return finding.location == paragraph.location
                    || (place(of: finding)?.section == index
                        && excerpt.contains(String(paragraph.text.prefix(60))))
            }
            let phrases = here.flatMap { $0.matches.map(\.matched) }
            return AgreementPage.Passage(
                anchor: "p-\(index)-\(number)", pieces: Self.pieces(paragraph.text, marking: phrases),
                clauses: here.map(\.clause), location: paragraph.location, number: paragraph.number,
                ocrConfidence: paragraph.ocrConfidence)
        }
    }

    /// `text` cut into pieces, those that match one of `phrases` (ignoring case and accents)
    /// marked.
    static func pieces(_ text: String, marking phrases: [String]) -> [(text: String, matched: Bool)] {
        var ranges: [Range<String.Index>] = []
        for phrase in Set(phrases) where !phrase.isEmpty {
            var from = text.startIndex
            while let found = text.range(
                of: phrase, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex)
            {
                if !ranges.contains(where: { $0.overlaps(found) }) { ranges.append(found) }
                from = found.upperBound
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var pieces: [(text: String, matched: Bool)] = []
        var at = text.startIndex
        for range in ranges {
            if at < range.lowerBound { pieces.append((String(text[at..<range.lowerBound]), false)) }
            pieces.append((String(text[range]), true))
            at = range.upperBound
        }
        if at < text.endIndex { pieces.append((String(text[at...]), false)) }
        return pieces
    }
}
