/// The number of victims/survivors of an allegation by group (`women=1,girls=0`). Groups not
/// given are not known; a group given as 0 is known to be none.
public struct VictimCounts: Hashable, Sendable {
    /// The count of each group given.
    public private(set) var counts: [VictimGroup: Int]

    /// The largest count a group may have; above it is a typing mistake.
    public static let maximum = 10_000

    /// Creates counts.
    public init(_ counts: [VictimGroup: Int] = [:]) { self.counts = counts }

    /// Reads `women=1,girls=0,...` as typed.
    public init(parsing text: String) throws(AllegationInputError) {
        var counts: [VictimGroup: Int] = [:]
        let groups = VictimGroup.names.joined(separator: ", ")
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        for part in parts {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = pair[0].trimmingCharacters(in: .whitespaces).lowercased()
            guard pair.count == 2, !name.isEmpty else {
                throw AllegationInputError(
                    field: .victims,
                    "write the counts as group=number separated by commas, such as women=1,girls=0 (groups: \(groups))"
                )
            }
            guard let group = VictimGroup(rawValue: name) else {
                throw AllegationInputError(
                    field: .victims, "\"\(name)\" is not a group of victims/survivors; use \(groups)")
            }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            guard let count = Int(value) else {
                throw AllegationInputError(
                    field: .victims, "the count of \(name) must be a whole number, not \"\(value)\"")
            }
            guard count >= 0 else {
                throw AllegationInputError(
                    field: .victims, "the count of \(name) cannot be negative (\(count))")
            }
            guard count <= Self.maximum else {
                throw AllegationInputError(
                    field: .victims, "the count of \(name) (\(count)) is above \(Self.maximum); check it")
            }
            guard counts[group] == nil else {
                throw AllegationInputError(field: .victims, "\(name) is given twice")
            }
            counts[group] = count
        }
        self.counts = counts
    }

    /// The number of victims/survivors counted.
    public var total: Int { counts.values.reduce(0, +) }

    /// `{"girls": 0, "women": 1}`.
    public var json: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, JSONValue.int($0.value)) }))
    }

    /// The counts a JSON object describes; `nil` when it describes none.
    public init?(json: JSONValue) {
        guard let object = json.objectValue else { return nil }
        var counts: [VictimGroup: Int] = [:]
        for (name, value) in object {
            guard let group = VictimGroup(rawValue: name), let count = value.intValue, count >= 0 else {
                return nil
            }
            counts[group] = count
        }
        self.counts = counts
    }

    /// `women=1, girls=0` in group order.
    public var display: String {
        VictimGroup.allCases.compactMap { group in counts[group].map { "\(group.rawValue)=\($0)" } }
            .joined(separator: ", ")
    }
}
