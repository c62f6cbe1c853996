public import Foundation

/// The targets the board-report indicators are measured against (`Assessments/indicators.yaml`).
public struct IndicatorTargets: Hashable, Sendable {
    /// The share (0 to 1) of partners that should hold a valid final assessment.
    public var partnersAssessed: Decimal
    /// The share (0 to 1) of personnel in scope that should be trained.
    public var personnelTrained: Decimal
    /// The file the targets came from; `nil` for the defaults.
    public var file: String?

    /// Creates targets.
    public init(partnersAssessed: Decimal, personnelTrained: Decimal, file: String? = nil) {
        self.partnersAssessed = partnersAssessed
        self.personnelTrained = personnelTrained
        self.file = file
    }

    /// The defaults when no file sets them: every partner assessed, 85 % of personnel trained
    /// (the target UN entities report their personnel training against).
    public static let standard = IndicatorTargets(
        partnersAssessed: 1, personnelTrained: Decimal(string: "0.85")!)
}
