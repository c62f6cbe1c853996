public import Foundation

/// A length of time as people write it in deadlines: calendar months (and years) plus an exact
/// number of seconds (weeks, days, hours, minutes).
///
/// Accepted forms: `30d`, `2w`, `12h`, `45min`, `6mo`, `5y`, combinations such as `1y6mo`, and
/// ISO-8601 durations (`P30D`, `P6M`, `P5Y`, `PT12H`, `P1Y2M3DT4H5M6S`, `P2W`).
public struct CalendarDuration: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Whole calendar months (a year is 12).
    public var months: Int
    /// Exact seconds (a day is 86,400: dates are kept in UTC).
    public var seconds: Int

    /// Creates a duration.
    public init(months: Int = 0, seconds: Int = 0) {
        self.months = months
        self.seconds = seconds
    }

    /// A duration of whole days.
    public static func days(_ count: Int) -> CalendarDuration {
        CalendarDuration(seconds: count * 86_400)
    }

    /// The longest duration diligence takes: 100 years. Longer ones (`9000y`, `300000000y`) are
    /// refused where they are read, so no deadline falls past the dates the store can keep.
    public static let maximum = CalendarDuration(months: 1_200)

    /// Parses the short (`30d`, `6mo`) or the ISO-8601 (`P30D`) form; `nil` for anything else and
    /// for a duration longer than ``maximum`` (``isTooLong(_:)`` tells which).
    public init?(_ text: some StringProtocol) {
        guard let parsed = Self.parseUnbounded(String(text)), !parsed.exceedsMaximum else { return nil }
        self = parsed
    }

    /// Whether `text` is a duration in form but longer than ``maximum``, or too large to count.
    public static func isTooLong(_ text: some StringProtocol) -> Bool {
        let text = String(text)
        if let parsed = parseUnbounded(text) { return parsed.exceedsMaximum }
        // A form that parses but overflows: digits and units only.
        return parseUnbounded(
            text.replacingOccurrences(of: #"[0-9]+"#, with: "1", options: .regularExpression))
            != nil
    }

    /// The words of the error for a duration longer than ``maximum``.
    public static let maximumWording = "the longest duration diligence takes is 100 years (100y)"

    private var exceedsMaximum: Bool {
        months < 0 || seconds < 0 || approximateSeconds > Self.maximum.approximateSeconds
    }

    private static func parseUnbounded(_ text: String) -> CalendarDuration? {
        text.hasPrefix("P") ? parseISO(text) : parseShort(text)
    }

    /// Adds `count` units of `months` and `seconds`; nil when a total leaves the integers.
    private mutating func add(_ count: Int, months unitMonths: Int, seconds unitSeconds: Int) -> Bool {
        let (monthsPart, monthsOverflow) = count.multipliedReportingOverflow(by: unitMonths)
        let (secondsPart, secondsOverflow) = count.multipliedReportingOverflow(by: unitSeconds)
        let (newMonths, monthsSumOverflow) = months.addingReportingOverflow(monthsPart)
        let (newSeconds, secondsSumOverflow) = seconds.addingReportingOverflow(secondsPart)
        guard !(monthsOverflow || secondsOverflow || monthsSumOverflow || secondsSumOverflow) else {
            return false
        }
        months = newMonths
        seconds = newSeconds
        return true
    }

    /// Length in seconds for comparing durations, taking a month as an average Gregorian month
    /// (30.436875 days). Deadlines never use this: they add calendar months exactly.
    public var approximateSeconds: Double { Double(months) * 2_629_746 + Double(seconds) }

    /// The instant this duration after `start`: calendar months first (the day clamped to the
    /// month's length), then the exact seconds.
    public func after(_ start: Date) -> Date {
        guard months != 0 else { return start.addingTimeInterval(Double(seconds)) }
        let date = LocalDate(start)
        let timeOfDay = start.timeIntervalSince1970 - date.startOfDay.timeIntervalSince1970
        let shifted = date.adding(months: months).startOfDay.addingTimeInterval(timeOfDay)
        return shifted.addingTimeInterval(Double(seconds))
    }

    /// The short form: `5y`, `6mo`, `30d`, `12h`, `1y6mo`, `0d` for zero.
    public var description: String {
        var parts = ""
        if months / 12 != 0 { parts += "\(months / 12)y" }
        if months % 12 != 0 { parts += "\(months % 12)mo" }
        var rest = seconds
        for (unit, size) in [("d", 86_400), ("h", 3_600), ("min", 60)] where rest / size != 0 {
            parts += "\(rest / size)\(unit)"
            rest %= size
        }
        if rest != 0 { parts += "\(rest)s" }
        return parts.isEmpty ? "0d" : parts
    }

    /// Encodes as the short form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes the short or the ISO-8601 form.
    public init(from decoder: any Decoder) throws {
        self = try decoder.singleValueContainer().decode(text: "a duration") { CalendarDuration($0) }
    }

    private static let shortUnits: [(String, months: Int, seconds: Int)] = [
        ("min", 0, 60), ("mo", 1, 0), ("y", 12, 0), ("w", 0, 604_800), ("d", 0, 86_400),
        ("h", 0, 3_600), ("s", 0, 1),
    ]

    private static func parseShort(_ text: String) -> CalendarDuration? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { return nil }
        var result = CalendarDuration()
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let count = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            guard let unit = shortUnits.first(where: { rest.hasPrefix($0.0) }) else { return nil }
            rest = rest.dropFirst(unit.0.count)
            guard result.add(count, months: unit.months, seconds: unit.seconds) else { return nil }
        }
        return result
    }

    private static func parseISO(_ text: String) -> CalendarDuration? {
        var rest = Substring(text.dropFirst())
        guard !rest.isEmpty else { return nil }
        var result = CalendarDuration()
        var inTime = false
        var sawComponent = false
        while !rest.isEmpty {
            if rest.first == "T" {
                guard !inTime else { return nil }
                inTime = true
                rest = rest.dropFirst()
                continue
            }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let count = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            guard let designator = rest.first else { return nil }
            rest = rest.dropFirst()
            sawComponent = true
            let unit: (months: Int, seconds: Int)
            switch (inTime, designator) {
            case (false, "Y"): unit = (12, 0)
            case (false, "M"): unit = (1, 0)
            case (false, "W"): unit = (0, 604_800)
            case (false, "D"): unit = (0, 86_400)
            case (true, "H"): unit = (0, 3_600)
            case (true, "M"): unit = (0, 60)
            case (true, "S"): unit = (0, 1)
            default: return nil
            }
            guard result.add(count, months: unit.months, seconds: unit.seconds) else { return nil }
        }
        return sawComponent ? result : nil
    }
}
