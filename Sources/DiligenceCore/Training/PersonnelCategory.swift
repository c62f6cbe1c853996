import Foundation

/// A category of a partner's personnel, as training coverage counts it.
public enum PersonnelCategory: String, CaseIterable, Sendable, Codable, Comparable {
    /// Employees.
    case staff
    /// Consultants and individual contractors.
    case consultants
    /// Volunteers (including community volunteers).
    case volunteers
    /// Interns.
    case interns
    /// Personnel of sub-contractors and sub-partners.
    case subContractors = "sub_contractors"

    /// The category a user typed: case, spaces and hyphens do not matter
    /// (`Sub-Contractors` is `sub_contractors`); `nil` for anything else.
    public init?(typed text: String) {
        let normalized = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        self.init(rawValue: normalized)
    }

    /// The names data files and commands write.
    public static let names = allCases.map(\.rawValue)

    /// Orders categories as they are declared.
    public static func < (lhs: PersonnelCategory, rhs: PersonnelCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
