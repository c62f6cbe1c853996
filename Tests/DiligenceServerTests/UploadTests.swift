import DiligenceApp
import DiligenceWebForms
import Foundation
import NIOCore
import Testing

@testable import DiligenceServer

/// Uploads: a multipart form read with bounds, and files of evidence recognised by their content.
@Suite struct UploadTests {
    static func body(_ parts: [(name: String, filename: String?, data: String)], boundary: String = "XyZ")
        -> ByteBuffer
    {
        var text = ""
        for part in parts {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\""
            if let filename = part.filename { text += "; filename=\"\(filename)\"" }
            text += "\r\n\r\n\(part.data)\r\n"
        }
        text += "--\(boundary)--\r\n"
        return ByteBuffer(string: text)
    }

    @Test func aMultipartFormGivesItsFieldsAndFiles() throws {
        let form = try #require(
            MultipartForm(
                body: Self.body([
                    ("form_token", nil, "abc"), ("type", nil, "policy document"),
                    ("file", "a b.pdf", "%PDF-1.4 x"),
                ]), contentType: "multipart/form-data; boundary=XyZ"))
        #expect(form.form.raw("form_token") == "abc")
        #expect(form.form["type"] == "policy document")
        #expect(form.files.map(\.filename) == ["a b.pdf"])
        #expect(form.files.first?.data == Data("%PDF-1.4 x".utf8))
    }

    @Test func aBodyThatIsNotAMultipartFormIsRefused() {
        #expect(
            MultipartForm(
                body: ByteBuffer(string: "not multipart"), contentType: "multipart/form-data; boundary=XyZ")
                == nil)
        #expect(MultipartForm(body: Self.body([("a", nil, "1")]), contentType: "multipart/form-data") == nil)
        let many = Self.body((0...MultipartForm.maximumParts).map { ("f\($0)", nil, "x") })
        #expect(MultipartForm(body: many, contentType: "multipart/form-data; boundary=XyZ") == nil)
    }

    /// Found by the `web-upload` fuzzer: MultipartKit 4.7.1 stopped the server on an index out of
    /// range when a part's header name had a byte past ASCII (`Fuzz/regressions/web-upload`).
    @Test func aHeaderNameWithABytePastASCIIIsRefusedWithItsPart() {
        var body = ByteBuffer(
            string: "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ\r\n")
        body.writeBytes(
            Array("Content-Dispositio".utf8) + [0xE9] + Array(": form-data; name=\"b\"\r\n\r\n2\r\n".utf8))
        body.writeString("--XyZ--\r\n")
        #expect(throws: MultipartFormError.headerNameNotASCII(part: 2)) {
            try MultipartForm.read(body: body, contentType: "multipart/form-data; boundary=XyZ")
        }
        #expect(MultipartFormError.headerNameNotASCII(part: 2).description.contains("part 2"))
    }

    /// Found by the coverage-guided fuzzer: a lone line feed inside a header's value, then a
    /// blank line, then a header name past ASCII. MultipartKit reads the line feed as part of the
    /// value and the name after the carriage return as the next header's; the check had taken the
    /// carriage return for the end of the headers.
    @Test func aNameAfterALineFeedInsideAValueIsCheckedToo() {
        var body = ByteBuffer(string: "--XyZ\r\nContent-Type: text/plain\n\r\n")
        body.writeBytes([0xE9] + Array("X: 1\r\n\r\n2\r\n--XyZ--\r\n".utf8))
        #expect(throws: MultipartFormError.headerNameNotASCII(part: 1)) {
            try MultipartForm.read(body: body, contentType: "multipart/form-data; boundary=XyZ")
        }
    }

    @Test func aNonASCIIFileNameInAHeaderValueIsRead() throws {
        let form = try MultipartForm.read(
            body: Self.body([("file", "résumé.pdf", "%PDF-1.4")]),
            contentType: "multipart/form-data; boundary=XyZ")
        #expect(form.files.map(\.filename) == ["résumé.pdf"])
    }

    @Test func headersWithoutAnEndAndTooManyDelimitersAreRefused() {
        let long = ByteBuffer(string: "--XyZ\r\nX: " + String(repeating: "v", count: 20_000))
        #expect(throws: MultipartFormError.headersTooLong(part: 1)) {
            try MultipartForm.read(body: long, contentType: "multipart/form-data; boundary=XyZ")
        }
        let many = ByteBuffer(string: String(repeating: "--XyZ\r\n", count: MultipartForm.maximumParts + 2))
        #expect(throws: MultipartFormError.tooManyParts) {
            try MultipartForm.read(body: many, contentType: "multipart/form-data; boundary=XyZ")
        }
        #expect(throws: MultipartFormError.noBoundary) {
            try MultipartForm.read(body: long, contentType: "multipart/form-data")
        }
    }

    @Test(
        arguments: [
            ("%PDF-1.7\n", "application/pdf"), ("\u{89}PNG\r\n\u{1A}\n", "image/png"),
            ("MZ\u{90}\u{00}", nil), ("<html><script>", nil), ("PK\u{03}\u{04}no word here", nil),
        ] as [(String, String?)])
    func aFileIsRecognisedByItsContentNotItsName(content: String, type: String?) {
        let data = Data(content.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(EvidenceRules.mediaType(of: data) == type)
    }

    @Test func aJPEGAndAWordDocumentAreRecognised() {
        #expect(EvidenceRules.mediaType(of: Data([0xFF, 0xD8, 0xFF, 0xE0])) == "image/jpeg")
        let docx = Data([0x50, 0x4B, 0x03, 0x04]) + Data("....word/document.xml".utf8)
        #expect(EvidenceRules.mediaType(of: docx)?.hasSuffix("wordprocessingml.document") == true)
    }
}

extension MultipartForm: Equatable {
    public static func == (a: MultipartForm, b: MultipartForm) -> Bool {
        a.form == b.form && a.files == b.files
    }
}
