public import Foundation

extension PartnerFactValues {
    /// The facts as one line of text, kept beside a partner between its refreshes (so a report
    /// over the portfolio need not read every record again): the facts in a fixed order, separated
    /// by `|`, an unset fact empty. `now` and the days of change are not kept.
    public var storedText: String {
        func text(_ value: (any CustomStringConvertible)?) -> String { value.map { "\($0)" } ?? "" }
        return [
            capacity?.name, text(assessmentFinalOn), text(assessmentExpiresOn), text(planItemsOverdue),
            text(planOverdue), text(assessmentsOpen), text(mandatoryClausesMissing),
            text(mandatoryClausesWaived), text(agreementCleared), text(agreementReviewed),
            text(trainingCoverage), text(trainingCoverageRequired), text(trainingRenewalOverdue),
            text(openRedFlags), text(openAllegations), text(substantiatedAllegationsOpen),
            text(substantiatedAllegations), text(lateAllegationReports), text(personnelInScope),
            text(personnelTrained),
        ].map { $0 ?? "" }.joined(separator: "|")
    }

    /// The facts ``storedText`` wrote, at `now`; `nil` when the text is not such a line.
    public init?(storedText: String, now: Date) {
        let fields = storedText.split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 20 else { return nil }
        self.init(now: now)
        func int(_ index: Int) -> Int? { Int(fields[index]) }
        func bool(_ index: Int) -> Bool? { fields[index].isEmpty ? nil : fields[index] == "true" }
        func date(_ index: Int) -> LocalDate? { LocalDate(fields[index]) }
        func decimal(_ index: Int) -> Decimal? { Self.decimal(fields[index]) }
        capacity = CapacityStanding(name: String(fields[0]))
        assessmentFinalOn = date(1)
        assessmentExpiresOn = date(2)
        planItemsOverdue = int(3)
        planOverdue = bool(4)
        assessmentsOpen = int(5)
        mandatoryClausesMissing = int(6)
        mandatoryClausesWaived = int(7)
        agreementCleared = bool(8)
        agreementReviewed = bool(9)
        trainingCoverage = decimal(10)
        trainingCoverageRequired = decimal(11)
        trainingRenewalOverdue = bool(12)
        openRedFlags = int(13)
        openAllegations = int(14)
        substantiatedAllegationsOpen = int(15)
        substantiatedAllegations = int(16)
        lateAllegationReports = int(17)
        personnelInScope = int(18)
        personnelTrained = int(19)
    }

    /// A decimal as ``storedText`` writes one (`0`, `0.8333`, `-2.5`), read exactly without
    /// Foundation's scanner (a report reads thousands); other text through it; `nil` when empty.
    static func decimal(_ text: Substring) -> Decimal? {
        guard !text.isEmpty else { return nil }
        var significand: UInt64 = 0
        var digits = 0
        var fraction = 0
        var negative = false
        var seenPoint = false
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0: negative = true
            case UInt8(ascii: ".") where !seenPoint && digits > 0: seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < 18:
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fraction += 1 }
            default: return Decimal(string: String(text))
            }
        }
        guard digits > 0, !(seenPoint && fraction == 0) else { return Decimal(string: String(text)) }
        return Decimal(
            sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(significand))
    }
}
