public import DiligenceCore
import DiligenceStore

/// The managers' portfolio report as one reader may see it: partners by standing, capacity and
/// risk, by country and by type; open flags by level; training coverage bands; allegation cases by
/// status (counts under the small-cell rule, and only for a role that reads allegation figures);
/// the assessments expiring within ``expiryWindowDays`` and the plans overdue. Every table carries
/// its own numbers, so no front end draws a chart without them.
public struct PortfolioReport: Sendable {
    /// How many days ahead an assessment counts as expiring.
    public static let expiryWindowDays = 90

    /// The filter, checked (the country upper-cased).
    public var filter: PortfolioFilter
    /// The report's day.
    public var today: LocalDate
    /// How many partners match the filter.
    public var partners: Int
    /// The tables of counts, in the order they are shown.
    public var tables: [ReportTable]
    /// Whether the reader's role reads allegation figures (the `allegations` table is there).
    public var showsAllegations: Bool
    /// Whether any allegation count is suppressed under the small-cell rule.
    public var isSuppressed: Bool
    /// The assessments whose validity ends within the window, soonest first.
    public var expiring: [ExpiringAssessment]
    /// The partners whose capacity-strengthening plan is overdue, most items overdue first.
    public var overduePlans: [OverduePlan]

    /// The table named `id`, if the report has it.
    public func table(_ id: String) -> ReportTable? { tables.first { $0.id == id } }

    /// The assessments expiring, as CSV.
    public var expiringCSV: CSVDocument {
        var document = CSVDocument(header: ["id", "name", "country", "type", "expires_on", "days_left"])
        for item in expiring {
            document.append([
                item.partner, item.name, item.country, item.type, item.expiresOn.description,
                String(item.daysLeft),
            ])
        }
        return document
    }

    /// The key of this view: the log's head, the day, the filter and the way allegation cases
    /// are counted. The same key is the same report, so a front end may keep what it drew of it.
    public var viewKey = ""

    /// The overdue plans, as CSV.
    public var overduePlansCSV: CSVDocument {
        var document = CSVDocument(header: ["id", "name", "country", "type", "items_overdue"])
        for plan in overduePlans {
            document.append([
                plan.partner, plan.name, plan.country, plan.type, plan.itemsOverdue.map(String.init) ?? "",
            ])
        }
        return document
    }
}

/// A partner whose last final assessment stops being valid soon.
public struct ExpiringAssessment: Sendable, Hashable {
    /// The partner's id.
    public var partner: String
    /// Its name.
    public var name: String
    /// Its country.
    public var country: String
    /// Its kind.
    public var type: String
    /// The first day the assessment is no longer valid.
    public var expiresOn: LocalDate
    /// Days from the report's day to then.
    public var daysLeft: Int
}

/// A partner whose capacity-strengthening plan has items past their due date.
public struct OverduePlan: Sendable, Hashable {
    /// The partner's id.
    public var partner: String
    /// Its name.
    public var name: String
    /// Its country.
    public var country: String
    /// Its kind.
    public var type: String
    /// How many of the plan's items are overdue, when the plan says.
    public var itemsOverdue: Int?
}
