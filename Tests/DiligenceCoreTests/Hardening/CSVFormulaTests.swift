import DiligenceCore
import Testing

/// Every CSV export neutralises what a spreadsheet would run as a formula (`audit risk --csv`
/// wrote a partner named `=HYPERLINK(...)` as a live formula).
@Suite struct CSVFormulaTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-1+1", "'-1+1"), ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\tx", "'\tx"), ("\r=1", "\"'\r=1\""),
    ])
    func formulasAreWrittenAsText(_ value: String, _ written: String) {
        #expect(CSVDocument.field(value) == written)
    }

    @Test(arguments: ["-2", "+0.5", "12", "Amani Women's Network", "a=b", ""])
    func numbersAndPlainTextStayAsTheyAre(_ value: String) {
        #expect(CSVDocument.field(value) == value)
    }

    @Test func aDocumentNeutralisesEveryField() {
        var document = CSVDocument(header: ["partner", "flags"])
        document.append(["=1+1", "-3"])
        #expect(document.text == "partner,flags\r\n'=1+1,-3\r\n")
    }
}
