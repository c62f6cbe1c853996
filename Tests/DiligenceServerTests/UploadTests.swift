import DiligenceApp
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
