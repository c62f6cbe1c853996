import DiligenceStore
import PostgresNIO

/// PostgreSQL's errors as ``StoreError``s a user can act on.
enum PostgresErrors {
    static func translate(_ error: any Error, location: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? PSQLError else {
            return .databaseUnreadable(path: location, reason: "\(error)")
        }
        if let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? "PostgreSQL error \(state)"
            switch state {
            case "40001", "40P01", "55P03": return .databaseBusy(path: location)
            case "28P01", "28000":
                return .databaseUnreadable(
                    path: location, reason: "the server refused the account: \(message)")
            case "3D000":
                return .databaseUnreadable(path: location, reason: "the database does not exist (\(message))")
            case "53100": return .databaseUnreadable(path: location, reason: "the server's disk is full")
            default: return .databaseUnreadable(path: location, reason: message)
            }
        }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection:
            return .databaseUnreadable(
                path: location,
                reason: "the PostgreSQL server cannot be reached (check it runs and takes connections)")
        case .authMechanismRequiresPassword:
            return .databaseUnreadable(
                path: location,
                reason: "the server asks for a password: set $PGPASSWORD or the configuration's password file"
            )
        default:
            return .databaseUnreadable(path: location, reason: "\(error.code)")
        }
    }
}
