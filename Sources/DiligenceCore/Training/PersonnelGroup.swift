/// How many people of one category a partner has, and whether they are in contact with
/// beneficiaries.
public struct PersonnelGroup: Hashable, Sendable {
    /// The category.
    public var category: PersonnelCategory
    /// The number of people (negative counts are read as zero).
    public var headCount: Int
    /// Whether people of this category work in contact with beneficiaries.
    public var inContactWithBeneficiaries: Bool

    /// Creates a group.
    public init(category: PersonnelCategory, headCount: Int, inContactWithBeneficiaries: Bool) {
        self.category = category
        self.headCount = headCount
        self.inContactWithBeneficiaries = inContactWithBeneficiaries
    }
}
