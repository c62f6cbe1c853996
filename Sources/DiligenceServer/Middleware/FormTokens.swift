import Crypto
import DiligenceApp
import DiligenceWebForms
import Foundation
import Hummingbird
import NIOCore

/// The check against cross-site request forgery, written once: every browser gets a random
/// nonce in a cookie, every form carries the token signed from it with the server's secret
/// (HMAC-SHA256), and every POST whose token does not match its cookie is refused with 403
/// before any handler runs. The posted form is read here (bounded) and handed on in the context.
struct FormTokens: RouterMiddleware {
    typealias Context = WebContext

    static let cookieName = "diligence_form"
    static let fieldName = "form_token"
    /// The largest form body read (uploads have their own limit).
    static let maximumFormBytes = 256 * 1024
    /// The largest upload read: a file of evidence and the form around it.
    static let maximumUploadBytes = EvidenceRules.maximumBytes + 256 * 1024

    let secret: SymmetricKey
    let secureCookies: Bool
    let pages: PageRenderer

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        var request = request
        let raw = request.cookies[Self.cookieName].map { String($0.value) }
        let existing = raw?.count == 43 ? raw : nil
        let nonce = existing ?? Self.newNonce()
        context.formToken = token(for: nonce)
        if request.method == .post {
            let contentType = request.headers[.contentType] ?? ""
            let form: WebForm
            if contentType.hasPrefix("multipart/form-data") {
                let body: ByteBuffer
                do {
                    body = try await request.collectBody(upTo: Self.maximumUploadBytes)
                } catch {
                    return tooLarge(context)
                }
                let multipart: MultipartForm
                do {
                    multipart = try MultipartForm.read(body: body, contentType: contentType)
                } catch {
                    context.logger.notice(
                        "refused a multipart form",
                        metadata: ["path": "\(request.uri.path)", "why": "\(error)"])
                    throw HTTPError(.badRequest, message: error.description)
                }
                form = multipart.form
                context.uploads = multipart.files
            } else {
                guard contentType.hasPrefix("application/x-www-form-urlencoded") else {
                    throw HTTPError(.unsupportedMediaType, message: "Forms are sent URL-encoded.")
                }
                let body = try await request.collectBody(upTo: Self.maximumFormBytes)
                guard let urlEncoded = WebForm(urlEncoded: String(buffer: body)) else {
                    throw HTTPError(.badRequest, message: "The form could not be read.")
                }
                form = urlEncoded
            }
            guard existing != nil, let sent = form.raw(Self.fieldName), Self.equal(sent, context.formToken)
            else {
                context.logger.notice(
                    "refused a form without a valid token", metadata: ["path": "\(request.uri.path)"])
                return pages.page(
                    "problem", title: "This form has expired",
                    values: [
                        "paragraphs": ["Nothing was saved. Go back, reload the page and send the form again."]
                    ],
                    context: context, status: .forbidden)
            }
            context.form = form
        }
        var response = try await next(request, context)
        if existing == nil {
            let cookie = Cookie(
                name: Self.cookieName, value: nonce, path: "/", secure: secureCookies, httpOnly: true,
                sameSite: .lax)
            response.headers[values: .setCookie].append(cookie.description)
        }
        return response
    }

    private func tooLarge(_ context: WebContext) -> Response {
        pages.page(
            "problem", title: "The file is too large",
            values: [
                "paragraphs": [
                    "Files of evidence can be at most \(EvidenceRules.maximumBytes / 1_048_576) MB. Nothing was saved.",
                    "Go back and choose a smaller file, or a PDF of fewer pages.",
                ]
            ],
            context: context, status: .contentTooLarge)
    }

    func token(for nonce: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(nonce.utf8), using: secret)
        return Self.urlSafe(Data(mac).base64EncodedString())
    }

    private static func newNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return urlSafe(Data(bytes).base64EncodedString())
    }

    /// Base64 as URL-safe text without padding (`+` as `-`, `/` as `_`).
    private static func urlSafe(_ base64: String) -> String {
        String(
            decoding: base64.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "+"): UInt8(ascii: "-")
                case UInt8(ascii: "/"): UInt8(ascii: "_")
                case UInt8(ascii: "="): nil
                default: byte
                }
            }, as: UTF8.self)
    }

    /// Compares in time independent of where the strings differ.
    private static func equal(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
