import DiligenceCore
import DiligenceImport
import Foundation

extension FuzzHarness {
    /// The agreement importers, each followed by clause detection on the document it gives.
    static let agreementImporters: [FuzzHarness] = [
        importer("agreement-xml", "a partner agreement in XML", format: .xml, file: "agreement.xml"),
        importer("agreement-html", "a partner agreement in HTML", format: .html, file: "agreement.html"),
        importer(
            "agreement-docx", "a partner agreement in Word (.docx)", format: .docx, file: "agreement.docx"),
        FuzzHarness(name: "agreement-pdf-text", summary: "the text pdftotext gives for a PDF agreement") {
            data in
            detectClauses(in: AgreementImporter().readPDFText(data.fuzzText))
        },
    ]

    private static func importer(_ name: String, _ summary: String, format: ImportFormat, file: String)
        -> FuzzHarness
    {
        FuzzHarness(name: name, summary: summary) { data in
            guard let document = try? AgreementImporter().importData(data, fileName: file, format: format)
            else { return }
            detectClauses(in: document)
        }
    }

    private static func detectClauses(in document: AgreementDocument) {
        _ = FuzzDefinitions.detector?.findings(in: document)
    }
}
