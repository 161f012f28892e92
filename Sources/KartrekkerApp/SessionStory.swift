import KartrekkerCore

extension Session {
    /// Everything about one employee, for `employee show` and the Employee screen.
    public func story(of reference: String) throws -> EmployeeStory {
        let person = try employee(reference)
        let history = try store.history(of: person.id)
        return EmployeeStory(employee: person, contributions: history.contributions,
                             recognitions: history.recognitions, today: today)
    }
}
