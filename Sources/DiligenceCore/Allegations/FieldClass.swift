/// How confidential a field of an allegation is.
public enum FieldClass: String, CaseIterable, Sendable, Comparable {
    /// Details that could identify or harm a victim/survivor (narrative, victim and perpetrator
    /// details, assistance given): encrypted at rest, and each read is logged.
    case restricted
    /// The case's existence and handling (partner, dates, type, status).
    case `case`
    /// Counts that feed portfolio figures (victims by group, perpetrators, assistance by status).
    case aggregate

    /// The names data files use.
    public static let names = allCases.map(\.rawValue)

    /// Orders classes from the most to the least confidential.
    public static func < (lhs: FieldClass, rhs: FieldClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
