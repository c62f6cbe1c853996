import DiligenceWebForms
import Foundation
import NIOCore

extension FuzzHarness {
    /// The server's `application/x-www-form-urlencoded` bodies and query strings.
    static let webForm = FuzzHarness(
        name: "web-form", summary: "a URL-encoded form body or query string (HTTP)"
    ) {
        data in
        guard let form = WebForm(urlEncoded: data.fuzzText) else { return }
        for field in form.fields {
            _ = form[field.name]
            _ = form.raw(field.name)
        }
        _ = form.all("field")
    }

    /// The server's `multipart/form-data` bodies (uploads): the input's first line is the
    /// request's content type, the rest its body.
    static let webUpload = FuzzHarness(
        name: "web-upload", summary: "a multipart form with files (HTTP upload)"
    ) {
        data in
        let (contentType, body) = uploadRequest(data)
        guard let form = try? MultipartForm.read(body: ByteBuffer(bytes: body), contentType: contentType)
        else {
            return
        }
        _ = form.form.fields.count
        for file in form.files { _ = (file.field, file.filename, file.data.count) }
    }

    /// Splits a `web-upload` input at its first line feed: the content type, then the body.
    static func uploadRequest(_ data: Data) -> (contentType: String, body: [UInt8]) {
        let bytes = [UInt8](data)
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
            return (String(decoding: bytes, as: UTF8.self), [])
        }
        return (String(decoding: bytes[..<newline], as: UTF8.self), Array(bytes[(newline + 1)...]))
    }
}
