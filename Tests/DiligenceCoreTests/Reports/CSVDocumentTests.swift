import DiligenceCore
import Testing

/// RFC 4180 output: one header row, CRLF line ends, quoting only where needed, quotes doubled.
@Suite struct CSVDocumentTests {
    @Test func plainFieldsAreWrittenAsTheyAre() {
        var document = CSVDocument(header: ["id", "name"])
        document.append(["P-0001", "Amani Trust"])
        #expect(document.text == "id,name\r\nP-0001,Amani Trust\r\n")
    }

    @Test func aCommaAQuoteAndLineBreaksAreQuoted() {
        var document = CSVDocument(header: ["id", "name"])
        document.append(["P-0001", "Amani, \"Trust\"\nNairobi"])
        document.append(["P-0002", "carriage\rreturn"])
        document.append(["P-0003", "windows\r\nline"])
        #expect(
            document.text
                == "id,name\r\nP-0001,\"Amani, \"\"Trust\"\"\nNairobi\"\r\nP-0002,\"carriage\rreturn\"\r\n"
                + "P-0003,\"windows\r\nline\"\r\n")
    }

    @Test func emptyAndUnicodeFieldsNeedNoQuotes() {
        #expect(CSVDocument.field("") == "")
        #expect(CSVDocument.field("Asociación Mujeres Ñuble") == "Asociación Mujeres Ñuble")
        #expect(CSVDocument.field(" leading space") == " leading space")
        #expect(CSVDocument.field("\"") == "\"\"\"\"")
    }

    @Test func aDocumentWithoutRecordsIsItsHeader() {
        #expect(CSVDocument(header: ["a", "b,c"]).text == "a,\"b,c\"\r\n")
    }
}
