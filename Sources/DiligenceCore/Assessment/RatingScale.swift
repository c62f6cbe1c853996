/// A named, ordered scale of rating levels (`Absent`, `Progressing`, `Adequate`).
public struct RatingScale: Hashable, Sendable {
    /// The scale's id, unique in its questionnaire.
    public var id: String
    /// The levels from lowest to highest.
    public var levels: [Level]
    /// Where the scale is declared.
    public var location: SourceLocation

    /// Creates a scale.
    public init(id: String, levels: [Level], location: SourceLocation) {
        self.id = id
        self.levels = levels
        self.location = location
    }

    /// The level with an id, if the scale has it.
    public func level(_ id: String) -> Level? { levels.first { $0.id == id } }

    /// One level of a scale.
    public struct Level: Hashable, Sendable {
        /// The level's id, unique in its scale (`adequate`).
        public var id: String
        /// A label for people ("Adequate").
        public var label: String
        /// What the level adds to a weighted sum; `nil` when the scale is not used for one.
        public var weight: Int?

        /// Creates a level.
        public init(id: String, label: String, weight: Int? = nil) {
            self.id = id
            self.label = label
            self.weight = weight
        }
    }
}
