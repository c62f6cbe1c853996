import DiligenceApp
import DiligenceCore
import DiligenceStore

/// The portfolio and indicators pages' wording: the tables' titles, their columns and rows, and
/// what a filter value that is not one means.
enum PortfolioMessages {
    /// Each table's title, as its caption and its chart's title.
    static func title(_ table: String) -> String {
        [
            "standing": "Partners by standing", "capacity": "Partners by PSEA capacity",
            "risk": "Partners by highest open flag", "country": "Partners by country",
            "type": "Partners by type", "flags": "Open flags by level",
            "training": "Partners by training coverage band", "allegations": "Allegation cases by status",
        ][table] ?? RoleNames.sentence(table)
    }

    /// A column's heading.
    static func column(_ name: String) -> String {
        [
            "partners": "Partners", "assessed": "Assessed (valid)", "locked": "Locked by a red flag",
            "open_flags": "Open flags", "training_short": "Training below policy", "cases": "Cases",
        ][name] ?? RoleNames.sentence(name)
    }

    /// A row's label in table `table`.
    static func row(_ key: String, in table: String) -> String {
        switch table {
        case "capacity":
            let text = IndicatorsReport.capacityLabel(key)
            return text.prefix(1).uppercased() + text.dropFirst()
        case "risk":
            return [
                "red": "Red flag (locked)", "escalated": "Escalated flag", "yellow": "Yellow flag",
                "observation": "Observation only", "none": "No open flag",
            ][key] ?? RoleNames.sentence(key)
        case "type": return typeName(key)
        case "country": return key
        case "training":
            return key == "not_recorded" ? "Not recorded" : key == "none" ? "None trained" : "\(key) %"
        default: return key.isEmpty ? "Unknown" : RoleNames.sentence(key)
        }
    }

    /// A kind of partner as users say it.
    static func typeName(_ type: String) -> String {
        ["cso": "CSO", "ngo": "NGO", "ingo": "INGO"][type] ?? RoleNames.sentence(type)
    }

    /// What a filter or a year that is not one means, beside its field.
    static func filterError(_ error: DiligenceError) -> FieldError? {
        guard error.code == .invalidValue else { return nil }
        let value = error.values["value"] ?? ""
        let suggestion = error.values["suggestion"].map { "; did you mean \"\($0)\"?" }
        switch error.field {
        case .country?:
            return FieldError(
                field: "country", message: "Enter the country as a two-letter code, such as KE or CO")
        case .partnerType?:
            let known = (error.values["known"] ?? "").split(separator: ",").map {
                typeName($0.trimmingCharacters(in: .whitespaces))
            }
            return FieldError(
                field: "type",
                message: "\"\(value)\" is not a type of partner"
                    + (suggestion ?? "; choose one of \(known.joined(separator: ", "))"))
        case .recordState?:
            let known = (error.values["known"] ?? "").split(separator: ",").map {
                RoleNames.sentence($0.trimmingCharacters(in: .whitespaces))
            }
            return FieldError(
                field: "standing",
                message: "\"\(value)\" is not a standing of a partner"
                    + (suggestion ?? "; choose one of \(known.joined(separator: ", "))"))
        case .year?:
            return FieldError(
                field: "year",
                message:
                    "Enter the year as four digits, from 1900 to \(error.values["latest"] ?? "this year")")
        default: return nil
        }
    }
}
