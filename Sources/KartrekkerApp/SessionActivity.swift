import KartrekkerCore

/// What happened: contributions and recognitions, newest first.
extension Session {
    /// The newest `limit` items that pass the filter (all when `nil`): each kind's newest
    /// (whole days), merged.
    public func activity(_ filter: ActivityFilter = ActivityFilter(), limit: Int? = nil) throws -> [ActivityItem] {
        let directory = try store.employeeDirectory()
        let teamKey = filter.team?.folded
        func passes(_ employeeId: String, _ date: CalendarDate) -> Bool {
            if let id = filter.employeeID, employeeId != id { return false }
            if let range = filter.range, !range.contains(date) { return false }
            if let teamKey, directory[employeeId]?.team.folded != teamKey { return false }
            return true
        }
        let wantsContributions = filter.kind != .recognitions
        let wantsRecognitions = filter.kind != .contributions && !filter.contributionsOnly
        var items: [ActivityItem] = []
        if wantsContributions {
            let found: [Contribution] = try store.newest(Contribution.self, in: filter.range, atLeast: limit,
                                                         refining: filter.refinement) { id, day, category in
                passes(id, day) && (filter.category == nil || category == filter.category)
            }
            items += found.map { ActivityItem(record: .contribution($0), employee: directory[$0.employeeId]) }
        }
        if wantsRecognitions {
            let found: [Recognition] = try store.newest(Recognition.self, in: filter.range, atLeast: limit, refining: nil) { id, day, _ in
                passes(id, day)
            }
            items += found.map { ActivityItem(record: .recognition($0), employee: directory[$0.employeeId]) }
        }
        items.sort(by: ActivityItem.isNewer)
        if let limit, items.count > limit { items.removeLast(items.count - limit) }
        return items
    }

    /// Contributions, newest first, optionally of one employee, range and category.
    public func contributions(employee: String? = nil, range: DateRange? = nil, category: Category? = nil,
                              contactMoment: String? = nil) throws -> [Contribution] {
        let person = try employee.map { try self.employee($0) }
        let moment = try self.contactMoment(typed: contactMoment)
        return Ordering.newestFirst(try store.contributions(in: range).filter {
            (person == nil || $0.employeeId == person!.id) && (category == nil || $0.category == category)
                && (moment == nil || $0.contactMoment == moment)
        })
    }

    /// Calls `body` with each contribution that passes, newest first, reading one month at a
    /// time: memory stays flat however long the history.
    public func streamContributions(employee: String? = nil, range: DateRange? = nil, category: Category? = nil,
                                    contactMoment: String? = nil, _ body: (Contribution) throws -> Void) throws {
        let person = try employee.map { try self.employee($0) }
        let moment = try self.contactMoment(typed: contactMoment)
        try store.forEachMonth(Contribution.self, in: range, newestFirst: true) { records in
            for record in Ordering.newestFirst(records)
            where (person == nil || record.employeeId == person!.id) && (category == nil || record.category == category)
                && (moment == nil || record.contactMoment == moment) {
                try body(record)
            }
        }
    }

    /// Calls `body` with each recognition that passes, newest first, a month at a time.
    public func streamRecognitions(employee: String? = nil, range: DateRange? = nil, _ body: (Recognition) throws -> Void) throws {
        let person = try employee.map { try self.employee($0) }
        try store.forEachMonth(Recognition.self, in: range, newestFirst: true) { records in
            for record in Ordering.newestFirst(records) where person == nil || record.employeeId == person!.id {
                try body(record)
            }
        }
    }

    /// Recognitions, newest first, optionally of one employee and range.
    public func recognitions(employee: String? = nil, range: DateRange? = nil) throws -> [Recognition] {
        let person = try employee.map { try self.employee($0) }
        return Ordering.newestFirst(try store.recognitions(in: range).filter { person == nil || $0.employeeId == person!.id })
    }

    /// The columns of a CSV of contributions: the contract's, and the later fields where any
    /// contribution holds one.
    public func contributionColumns() throws -> [String] {
        OutputShape.contributionColumns(withExtras: try store.holdsFieldsAfterContract(Contribution.self))
    }

    /// The columns of a CSV of recognitions, as `contributionColumns`.
    public func recognitionColumns() throws -> [String] {
        OutputShape.recognitionColumns(withExtras: try store.holdsFieldsAfterContract(Recognition.self))
    }
}
