public import Foundation

/// How long a training counts and how much coverage confirming training needs
/// (`Assessments/training-policy.yaml`).
public struct TrainingPolicy: Hashable, Sendable {
    /// How long a training counts after the day it took place (default 12 months).
    public var renewalPeriod: CalendarDuration
    /// The share (0 to 1) of the personnel in scope that must be trained (default 1: everyone).
    public var coverageThreshold: Decimal
    /// The categories the threshold applies to (default staff and volunteers).
    public var categories: [PersonnelCategory]
    /// Whether only categories in contact with beneficiaries count (default true).
    public var contactWithBeneficiariesOnly: Bool
    /// The file it was loaded from (`nil` for the built-in default).
    public var file: String?

    /// Creates a policy.
    public init(
        renewalPeriod: CalendarDuration, coverageThreshold: Decimal, categories: [PersonnelCategory],
        contactWithBeneficiariesOnly: Bool, file: String? = nil
    ) {
        self.renewalPeriod = renewalPeriod
        self.coverageThreshold = coverageThreshold
        self.categories = categories
        self.contactWithBeneficiariesOnly = contactWithBeneficiariesOnly
        self.file = file
    }

    /// The default: trainings count 12 months; 100 % of staff and volunteers in contact with
    /// beneficiaries must be trained.
    public static let standard = TrainingPolicy(
        renewalPeriod: CalendarDuration(months: 12), coverageThreshold: 1,
        categories: [.staff, .volunteers], contactWithBeneficiariesOnly: true)

    /// The first day a training held on `date` no longer counts: the date plus the renewal
    /// period (months first, then whole days).
    public func renewalDue(forTrainingOn date: LocalDate) -> LocalDate {
        let shifted = date.adding(months: renewalPeriod.months)
        return LocalDate(daysSinceEpoch: shifted.daysSinceEpoch + renewalPeriod.seconds / 86_400)
    }

    /// Whether a training held on `date` counts on `day`: it has taken place and its renewal is
    /// not yet due.
    public func counts(trainingOn date: LocalDate, on day: LocalDate) -> Bool {
        date <= day && day < renewalDue(forTrainingOn: date)
    }

    /// Whether a personnel group is in the threshold's scope.
    public func covers(_ group: PersonnelGroup) -> Bool {
        categories.contains(group.category)
            && (!contactWithBeneficiariesOnly || group.inContactWithBeneficiaries)
    }
}
