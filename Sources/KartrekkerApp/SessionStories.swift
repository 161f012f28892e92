import KartrekkerCore

/// The stories behind smiles and steps beyond.
extension Session {
    /// The stories dated in `range` (all time for `nil`), newest first; of one team and one
    /// contact moment where asked. People who asked to be left off boards keep their stories
    /// on their own page only.
    public func stories(in range: DateRange?, team: String? = nil, contactMoment: ContactMoment? = nil) throws -> [StoryRow] {
        let directory = try store.employeeDirectory()
        let resolved = try team.map { try directory.team(matching: $0) }?.folded
        let found: [Contribution] = try store.newest(Contribution.self, in: range, atLeast: nil, refining: { record in
            record.story != nil && (contactMoment == nil || record.contactMoment == contactMoment)
        }) { id, _, category in
            guard let category, SmileStory.categories.contains(category), let person = directory[id], person.onBoard else { return false }
            return resolved == nil || person.team.folded == resolved
        }
        return Ordering.newestFirst(found).map { StoryRow(contribution: $0, employee: directory[$0.employeeId]) }
    }
}
