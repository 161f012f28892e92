/// What a team may spend in a year on solving residents' problems on the spot, without asking
/// ("give mandate to create a smile"): the cost told in a smile's story is booked against it.
public struct MandateBudget: Hashable, Sendable {
    public let team: String
    public let year: Int
    public let amount: Euros

    public init(team: String, year: Int, amount: Euros) {
        self.team = team
        self.year = year
        self.amount = amount
    }
}
