import Foundation
import MultipartKit
public import NIOCore

/// A `multipart/form-data` body read with bounds: its text fields as a ``WebForm`` and its files.
public struct MultipartForm: Sendable {
    /// The most parts a form may have.
    public static let maximumParts = 50

    /// Its text fields.
    public var form = WebForm()
    /// Its files.
    public var files: [WebUpload] = []

    /// Reads `body`; `nil` when it is not a multipart form with this boundary (or has too many parts).
    public init?(body: ByteBuffer, contentType: String) {
        guard let form = try? Self.read(body: body, contentType: contentType) else { return nil }
        self = form
    }

    private init() {}

    /// Reads `body` sent with `contentType`, or says why it is not a multipart form this server reads.
    public static func read(body: ByteBuffer, contentType: String) throws(MultipartFormError) -> MultipartForm
    {
        guard let boundary = Self.boundary(contentType) else { throw .noBoundary }
        // MultipartKit 4.7.1 traps on a byte past ASCII in a part's header name: checked first.
        try MultipartHeaderCheck.check(body, boundary: boundary)
        var parts: [(headers: [String: String], body: [UInt8])] = []
        var headers: [String: String] = [:]
        var bytes: [UInt8] = []
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            parts.append((headers, bytes))
            headers = [:]
            bytes = []
        }
        do { try parser.execute(body) } catch { throw .malformed }
        guard !parts.isEmpty else { throw .noParts }
        guard parts.count <= Self.maximumParts else { throw .tooManyParts }
        var result = MultipartForm()
        var pairs: [String] = []
        for part in parts {
            let disposition = part.headers["content-disposition"] ?? ""
            guard let name = Self.parameter("name", in: disposition) else { continue }
            if let filename = Self.parameter("filename", in: disposition) {
                result.files.append(WebUpload(field: name, filename: filename, data: Data(part.body)))
            } else {
                let value = String(decoding: part.body, as: UTF8.self)
                pairs.append(Self.encode(name) + "=" + Self.encode(value))
            }
        }
        guard let form = WebForm(urlEncoded: pairs.joined(separator: "&")) else { throw .tooManyParts }
        result.form = form
        return result
    }

    /// The boundary named in a `multipart/form-data` content type; `nil` when missing, empty or too long.
    public static func boundary(_ contentType: String) -> String? {
        parameter("boundary", in: contentType).flatMap { $0.isEmpty || $0.count > 200 ? nil : $0 }
    }

    /// A parameter of a header value: `name="value"` or `name=value`.
    public static func parameter(_ name: String, in header: String) -> String? {
        for item in header.split(separator: ";") {
            let pair = item.trimmingCharacters(in: .whitespaces)
            guard pair.lowercased().hasPrefix(name + "=") else { continue }
            var value = pair.dropFirst(name.count + 1)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = value.dropFirst().dropLast()
            }
            return String(value)
        }
        return nil
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-_.~")))
            ?? ""
    }
}
