import KartrekkerCore

/// The gifts and bonuses with an amount, for the salary administration.
extension Session {
    /// The gifts and bonuses of `year` that carry an amount, per person.
    public func gifts(year: Int) throws -> GiftYear {
        guard let range = DateRange(from: CalendarDate(year: year, month: 1, day: 1)!, to: CalendarDate(year: year, month: 12, day: 31)!) else {
            throw KartrekkerError("\(year) is not a year", nl: "\(year) is geen jaar")
        }
        return GiftYear(year: year, recognitions: try store.records(Recognition.self, in: range), employees: try store.employees())
    }
}
