import DiligenceCore
import Foundation

/// Gathers sections and paragraphs in reading order.
struct DocumentBuilder {
    private var sections: [AgreementSection] = []
    private var current = AgreementSection()

    /// Starts a new section under `heading`, splitting a leading number off it unless one is given.
    mutating func heading(_ text: String, number: String? = nil, at location: AgreementLocation) {
        heading(tidied: TidyText.string(text, breaksAsSpaces: true), number: number, at: location)
    }

    /// Starts a new section under the heading in `utf8` (the bytes as read, not yet tidied).
    mutating func heading(
        utf8: UnsafeBufferPointer<UInt8>, number: String? = nil, at location: AgreementLocation
    ) {
        heading(tidied: TidyText.string(utf8, breaksAsSpaces: true), number: number, at: location)
    }

    private mutating func heading(tidied text: String, number: String?, at location: AgreementLocation) {
        guard !text.isEmpty else { return }
        // A heading in two lines ("ARTICLE XIV", then "PREVENTION OF ..."): one heading.
        if current.paragraphs.isEmpty, let previous = current.heading, number == nil,
            let previousNumber = current.number, previous == previousNumber
        {
            let split = HeadingSplit.split(text)
            current.heading = split.number == nil ? text : split.text
            return
        }
        close()
        if let number {
            current = AgreementSection(heading: text, number: number, location: location)
        } else {
            let split = HeadingSplit.split(text)
            current = AgreementSection(heading: split.text, number: split.number, location: location)
        }
    }

    /// Adds a paragraph to the current section (blank text is dropped), with its number when it
    /// has one (a list item's) or the numbering its text starts with ("14.4", "(b)").
    mutating func paragraph(
        _ text: String, number: String? = nil, at location: AgreementLocation, ocrConfidence: Double? = nil
    ) {
        paragraph(tidied: TidyText.string(text), number: number, at: location, ocrConfidence: ocrConfidence)
    }

    /// Adds the paragraph in `utf8` (the bytes as read, not yet tidied) to the current section.
    mutating func paragraph(utf8: UnsafeBufferPointer<UInt8>, at location: AgreementLocation) {
        paragraph(tidied: TidyText.string(utf8), at: location)
    }

    private mutating func paragraph(
        tidied text: String, number: String? = nil, at location: AgreementLocation,
        ocrConfidence: Double? = nil
    ) {
        guard !text.isEmpty else { return }
        if current.location == nil { current.location = location }
        current.paragraphs.append(
            AgreementParagraph(
                text: text, location: location, number: number ?? Self.leadingNumber(text),
                ocrConfidence: ocrConfidence))
    }

    /// The list numbering a paragraph's text starts with, without its punctuation ("14.4", "b").
    static func leadingNumber(_ text: String) -> String? {
        guard let length = AgreementText.numberingLength(Substring(text)) else { return nil }
        let label = text.prefix(length).trimmingCharacters(in: .whitespacesAndNewlines)
            .trimmingCharacters(in: CharacterSet(charactersIn: "().:"))
        return label.isEmpty ? nil : label
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
