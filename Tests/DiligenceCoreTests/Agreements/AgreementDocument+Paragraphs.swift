import DiligenceCore

extension AgreementDocument {
    /// An XML agreement of one section, `PSEA`, whose paragraphs are `paragraphs` on lines 1, 2, …:
    /// what the clause detection tests read.
    static func psea(_ paragraphs: [String]) -> AgreementDocument {
        AgreementDocument(
            format: .xml,
            sections: [
                AgreementSection(
                    heading: "PSEA",
                    paragraphs: paragraphs.enumerated().map {
                        AgreementParagraph(text: $1, location: .line($0 + 1))
                    })
            ])
    }
}
