import DiligenceCore
public import Foundation

/// Instants as the store writes them: UTC, millisecond precision, fixed width, so that text
/// order is time order (`2026-11-23T09:15:02.120Z`).
public enum Timestamp {
    /// The instant rounded down to the millisecond, so what is stored is exactly what was used.
    public static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public static func format(_ date: Date) -> String {
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
        let seconds = (totalMilliseconds - milliseconds) / 1000
        let day = LocalDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let secondOfDay = seconds - Int((Double(seconds) / 86_400).rounded(.down)) * 86_400
        let (year, month, dayOfMonth) = day.components
        if (0...9999).contains(year) {
            // The fixed width, written digit by digit: this runs for every event the store writes.
            var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: 24)
            func put(_ value: Int, at end: Int, width: Int) {
                var value = value
                for index in stride(from: end, to: end - width, by: -1) {
                    bytes[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, at: 3, width: 4)
            put(month, at: 6, width: 2)
            put(dayOfMonth, at: 9, width: 2)
            put(secondOfDay / 3600, at: 12, width: 2)
            put(secondOfDay / 60 % 60, at: 15, width: 2)
            put(secondOfDay % 60, at: 18, width: 2)
            put(milliseconds, at: 22, width: 3)
            (bytes[4], bytes[7], bytes[10]) = (UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: "T"))
            (bytes[13], bytes[16], bytes[19]) = (UInt8(ascii: ":"), UInt8(ascii: ":"), UInt8(ascii: "."))
            bytes[23] = UInt8(ascii: "Z")
            return String(decoding: bytes, as: UTF8.self)
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return
            "\(day)T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(milliseconds, 3))Z"
    }

    /// Parses ISO-8601: `2026-11-23`, `2026-11-23T09:15`, `2026-11-23T09:15:02`, with optional
    /// fraction and `Z` or `±HH:MM` offset (no offset means UTC).
    public static func parse(_ text: String) -> Date? {
        if let date = parseOwn(text) { return date }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 10, let day = LocalDate(trimmed.prefix(10))?.daysSinceEpoch else { return nil }
        var rest = Substring(trimmed.dropFirst(10))
        var seconds = Double(day) * 86_400
        if rest.isEmpty { return Date(timeIntervalSince1970: seconds) }
        guard rest.first == "T" || rest.first == " " else { return nil }
        rest = rest.dropFirst()
        var offset = 0.0
        if rest.hasSuffix("Z") {
            rest = rest.dropLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[sign...]
            let parts = zone.dropFirst().split(separator: ":")
            guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
            offset = Double(hours * 3600 + minutes * 60) * (zone.first == "-" ? -1 : 1)
            rest = rest[..<sign]
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, let hours = Int(parts[0]), let minutes = Int(parts[1]),
            (0..<24).contains(hours), (0..<60).contains(minutes)
        else { return nil }
        var secondsPart = 0.0
        if parts.count == 3 {
            guard let value = Double(parts[2]), value >= 0, value < 61, parts[2].first?.isNumber == true
            else { return nil }
            secondsPart = value
        }
        seconds += Double(hours * 3600 + minutes * 60) + secondsPart - offset
        return Date(timeIntervalSince1970: seconds)
    }

    /// The store's own text (`YYYY-MM-DDTHH:MM:SS.mmmZ`, as ``format(_:)`` writes it), read
    /// digit by digit; `nil` for any other shape, which the general reading above takes. The
    /// same arithmetic as the general reading, so both give the same instant.
    private static func parseOwn(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ start: Int, _ width: Int) -> Int? {
            var value = 0
            for index in start..<(start + width) {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hours = number(11, 2), let minutes = number(14, 2), number(17, 2) != nil,
            number(20, 3) != nil,
            hours < 24, minutes < 60,
            let days = LocalDate(year: year, month: month, day: day)?.daysSinceEpoch,
            let secondsPart = Double(String(decoding: bytes[17..<23], as: UTF8.self)), secondsPart < 61
        else { return nil }
        let timeOfDay = Double(hours * 3600 + minutes * 60) + secondsPart
        return Date(timeIntervalSince1970: Double(days) * 86_400 + timeOfDay)
    }
}
