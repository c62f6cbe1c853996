import DiligenceApp
import DiligenceStore
import Hummingbird

/// Turns what a handler could not do into a page a user can act on: an unknown page or record
/// (404), a role that may not (403, saying which role may) and anything unexpected (500, logged, never shown).
struct ProblemPages: RouterMiddleware {
    typealias Context = WebContext

    let app: WebApp

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: return app.notFound(context)
            case .unauthorized: return Response.seeOther("/sign-in")
            default: throw error
            }
        } catch let refusal as DiligenceError where refusal.code == .notAllowed {
            return app.forbidden(
                context,
                needed: (refusal.values["allowed"] ?? "").split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                })
        } catch let error as StoreError {
            if case .unknownSubject = error { return app.notFound(context) }
            context.logger.error(
                "a request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return serverError(context)
        } catch let error as DiligenceError {
            context.logger.error(
                "a request was refused", metadata: ["path": "\(request.uri.path)", "code": "\(error.code)"])
            return serverError(context)
        }
    }

    private func serverError(_ context: WebContext) -> Response {
        app.pages.page(
            "problem", title: "Sorry, something went wrong",
            values: [
                "paragraphs": [
                    "Nothing more was saved. Try again; if it happens again, tell your administrator the time it happened."
                ]
            ],
            context: context, status: .internalServerError)
    }
}
