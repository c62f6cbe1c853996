import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` body read with bounds: its text fields as a ``WebForm`` and its files.
struct MultipartForm {
    /// The most parts a form may have.
    static let maximumParts = 50

    var form = WebForm()
    var files: [WebUpload] = []

    /// Reads `body`; `nil` when it is not a multipart form with this boundary (or has too many parts).
    init?(body: ByteBuffer, contentType: String) {
        guard let boundary = Self.boundary(contentType) else { return nil }
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
        do { try parser.execute(body) } catch { return nil }
        guard !parts.isEmpty, parts.count <= Self.maximumParts else { return nil }
        var pairs: [String] = []
        for part in parts {
            let disposition = part.headers["content-disposition"] ?? ""
            guard let name = Self.parameter("name", in: disposition) else { continue }
            if let filename = Self.parameter("filename", in: disposition) {
                files.append(WebUpload(field: name, filename: filename, data: Data(part.body)))
            } else {
                let value = String(decoding: part.body, as: UTF8.self)
                pairs.append(Self.encode(name) + "=" + Self.encode(value))
            }
        }
        guard let form = WebForm(urlEncoded: pairs.joined(separator: "&")) else { return nil }
        self.form = form
    }

    static func boundary(_ contentType: String) -> String? {
        parameter("boundary", in: contentType).flatMap { $0.isEmpty || $0.count > 200 ? nil : $0 }
    }

    /// A parameter of a header value: `name="value"` or `name=value`.
    static func parameter(_ name: String, in header: String) -> String? {
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

/// A file sent in a form.
struct WebUpload: Sendable, Hashable {
    /// The form field it came in.
    var field: String
    /// Its name on the user's machine.
    var filename: String
    /// Its bytes.
    var data: Data
}
