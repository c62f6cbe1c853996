public import DiligenceCore

extension AgreementImporter {
    /// The document in the text poppler's `pdftotext` gives for a PDF (pages separated by form
    /// feeds), read as ``importData(_:fileName:format:)`` reads a PDF once the text is out. For
    /// tests and the fuzzer, which have no PDF tools to run.
    public func readPDFText(_ text: String) -> AgreementDocument {
        var builder = DocumentBuilder()
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        for (index, page) in pages.prefix(limits.maxPDFPages).enumerated() {
            PDFReader.addPage(String(page), number: index + 1, to: &builder, ocr: nil)
        }
        return builder.build(.pdf)
    }
}
