import DiligenceCore

/// Gathers sections and paragraphs in reading order.
struct DocumentBuilder {
    private var sections: [AgreementSection] = []
    private var current = AgreementSection()

    /// Starts a new section under `heading`, splitting a leading number off it unless one is given.
    mutating func heading(_ text: String, number: String? = nil, at location: AgreementLocation) {
        var text = XMLNodes.tidy(text)
        if text.utf8.contains(0x0A) { text = String(text.map { $0 == "\n" ? " " : $0 }) }
        guard !text.isEmpty else { return }
        close()
        let split = HeadingNumber.split(text)
        current = AgreementSection(
            heading: number == nil ? split.text : text, number: number ?? split.number, location: location)
    }

    /// Adds a paragraph to the current section (blank text is dropped).
    mutating func paragraph(_ text: String, at location: AgreementLocation) {
        let text = XMLNodes.tidy(text)
        guard !text.isEmpty else { return }
        if current.location == nil { current.location = location }
        current.paragraphs.append(AgreementParagraph(text: text, location: location))
    }

    private mutating func close() {
        if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
        current = AgreementSection()
    }

    /// The document.
    mutating func build(_ format: AgreementFormat) -> AgreementDocument {
        close()
        return AgreementDocument(format: format, sections: sections)
    }
}
