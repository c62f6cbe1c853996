import Crypto
public import DiligenceApp
import Foundation
import Hummingbird
import HummingbirdAuth
public import Logging
import NIOCore

/// The web application: `diligence serve`. Every page goes through the application layer.
public enum WebServer {
    /// Serves until SIGINT or SIGTERM, then lets in-flight requests finish and returns (the
    /// caller closes the database). `onRunning` receives the address it listens on (with the
    /// port picked when the settings ask for port 0).
    public static func run(
        service: DiligenceService, settings: ServerSettings, logger: Logger,
        onRunning: @escaping @Sendable (String) -> Void
    ) async throws {
        let app = try await application(
            service: service, settings: settings, logger: logger, onRunning: onRunning)
        // Long work (OCR imports, a verify of the log) runs one job at a time beside the requests.
        try await service.recoverJobs()
        // On a stop the job running finishes first (the database closes after); a server killed
        // mid-job finds it at its next start (`recoverJobs`).
        let jobs = Task { await service.runJobs() }
        do {
            try await app.runService()
        } catch {
            jobs.cancel()
            await jobs.value
            throw error
        }
        jobs.cancel()
        await jobs.value
    }

    static func application(
        service: DiligenceService, settings: ServerSettings, logger: Logger,
        onRunning: @escaping @Sendable (String) -> Void
    ) async throws -> some ApplicationProtocol {
        let store = service.store
        try store.forgetExpiredSessions(now: service.clock())
        try store.forgetSignInFailures(before: service.clock().addingTimeInterval(-86_400))
        let secret = try store.webSetting("form_secret", orKeep: randomSecret())
        try await service.prepareViews()
        let pages = try await PageRenderer.load()
        let web = WebApp(service: service, pages: pages, settings: settings)
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(
            middleware: SessionMiddleware(
                storage: StorePersistDriver(store: store, clock: service.clock),
                configuration: SessionMiddlewareConfiguration(
                    sessionCookieParameters: .init(
                        name: "diligence_session", secure: settings.secureCookies, sameSite: .lax),
                    keyPrefix: "", defaultSessionExpiration: .seconds(Int64(settings.idleTimeout)))))
        router.add(
            middleware: FormTokens(
                secret: SymmetricKey(data: Data(base64Encoded: secret) ?? Data(secret.utf8)),
                secureCookies: settings.secureCookies, pages: pages))
        router.add(middleware: ProblemPages(app: web))
        router.get("/health") { _, _ in "ok" }
        router.get("/assets/app.css") { _, _ in try Assets.stylesheet() }
        web.addSignInRoutes(to: router)
        let signedIn = router.group().add(
            middleware: RequireAccount(service: service, idleTimeout: settings.idleTimeout))
        web.addWorkRoutes(to: signedIn)
        web.addAccountRoutes(to: signedIn)
        web.addNotificationRoutes(to: signedIn)
        web.addPartnerListRoutes(to: signedIn)
        web.addPartnerRoutes(to: signedIn)
        web.addFlagListRoutes(to: signedIn)
        web.addPortfolioRoutes(to: signedIn)
        web.addIndicatorsRoutes(to: signedIn)
        web.addFlagRoutes(to: signedIn)
        web.addTrainingRoutes(to: signedIn)
        web.addAllegationListRoutes(to: signedIn)
        web.addAllegationIntakeRoutes(to: signedIn)
        web.addAllegationRoutes(to: signedIn)
        web.addHistoryRoutes(to: signedIn)
        web.addWorkflowRoutes(to: signedIn)
        web.addAssessmentRoutes(to: signedIn)
        web.addAnswerRoutes(to: signedIn)
        web.addEvidenceRoutes(to: signedIn)
        web.addAgreementUploadRoutes(to: signedIn)
        web.addAgreementRoutes(to: signedIn)
        web.addAgreementClauseRoutes(to: signedIn)
        web.addJobRoutes(to: signedIn)
        web.addCheckpointRoutes(to: signedIn)
        web.addAdministrationRoutes(to: signedIn)
        web.addOutboxRoutes(to: signedIn)
        web.addNewAccountRoutes(to: signedIn)
        web.addAccountChangeRoutes(to: signedIn)
        return Application(
            router: router,
            configuration: .init(
                address: .hostname(settings.host, port: settings.port), serverName: "diligence"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                onRunning(
                    "http://\(settings.host.contains(":") ? "[\(settings.host)]" : settings.host):\(port)")
            },
            logger: logger)
    }

    private static func randomSecret() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
    }
}

/// The stylesheet, read once from the server's resources.
enum Assets {
    static let css: String? = Bundle.module.url(
        forResource: "app", withExtension: "css", subdirectory: "Assets"
    )
    .flatMap { try? String(contentsOf: $0, encoding: .utf8) }

    static func stylesheet() throws -> Response {
        guard let css else { throw HTTPError(.notFound) }
        return Response(
            status: .ok,
            headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: css)))
    }
}
