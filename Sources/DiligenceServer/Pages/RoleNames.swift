import Synchronization

/// The names of roles, events and states as users read them: `programme_officer` becomes
/// "Programme officer".
enum RoleNames {
    /// A role's name for a page.
    static func name(_ role: String) -> String {
        switch role {
        case "psea_focal_point": "PSEA focal point"
        case "hq_reviewer": "HQ reviewer"
        default: sentence(role)
        }
    }

    /// A kind of partner: `cso` as "CSO".
    static func partnerType(_ type: String) -> String {
        ["cso": "CSO", "ngo": "NGO", "ingo": "INGO", "government": "Government"][type] ?? sentence(type)
    }

    /// `complete_assessment` as "Complete assessment"; `engagement/agreement` as "Engagement: agreement".
    /// Identifiers are few (the definitions' states, events, roles and fields): each is worded once.
    static func sentence(_ identifier: String) -> String {
        if let kept = sentences.withLock({ $0[identifier] }) { return kept }
        let text = worded(identifier)
        sentences.withLock { kept in
            if kept.count >= 10_000 { kept.removeAll() }
            kept[identifier] = text
        }
        return text
    }

    private static let sentences = Mutex<[String: String]>([:])

    private static func worded(_ identifier: String) -> String {
        let parts: [String] = identifier.split(separator: "/").map { part in
            String(part.map { $0 == "_" ? " " : $0 })
        }
        guard var text = parts.last else { return identifier }
        if parts.count > 1 { text = parts.dropLast().joined(separator: ": ") + ": " + text }
        return String(text.prefix(1)).uppercased() + String(text.dropFirst())
    }
}
