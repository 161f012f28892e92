import KartrekkerCore

/// Whether recognition is spread fairly (`Fairness`): for the dashboard, the recap and
/// `kartrekker fairness`.
extension Session {
    /// The fairness figures of `period` (its days up to today while it runs; all time up to
    /// today), of one team where `team` names one (matched as the boards match it).
    public func fairness(_ period: Period, team: String? = nil) throws -> Fairness {
        try fairness(days(of: period), team: team)
    }

    /// The fairness figures of the days of `range`.
    public func fairness(_ range: DateRange, team: String? = nil) throws -> Fairness {
        var employees = try store.employees()
        if let team {
            let resolved = try store.employeeDirectory().team(matching: team)
            employees = employees.filter { $0.team == resolved }
        }
        return Fairness(range: range, employees: employees, contributions: try store.records(Contribution.self, in: range),
                        recognitions: try store.records(Recognition.self, in: range))
    }

    /// The days of `period` that have been: up to today while it runs, from the first day a
    /// date may have for all time.
    func days(of period: Period) -> DateRange {
        let today = self.today
        guard let range = period.range else {
            return DateRange(from: CalendarDate(year: DateInput.years.lowerBound, month: 1, day: 1)!, to: today)!
        }
        return PeriodComparison(period, today: today)?.current ?? range
    }
}
