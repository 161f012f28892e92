import KartrekkerCore

/// Correcting mistakes: a record keeps its id, also when a new date moves it to another
/// month file (both files change in one journaled write).
extension Session {
    public func editContribution(_ id: String, _ changes: ContributionChanges) throws -> Contribution {
        let today = self.today
        return try store.withWriteLock {
            let found = try contribution(id: id)
            let moment: ContactMoment?? = try changes.contactMoment.map { try contactMoment(typed: $0) }
            let edited = try Records.editedContribution(
                found, date: changes.date, category: changes.category, note: changes.note, channel: changes.channel,
                values: changes.values, project: changes.project, ideaStatus: changes.ideaStatus, contactMoment: moment,
                story: changes.changesStory ? .some(changes.story(changing: found.story)) : nil,
                declineReason: changes.declineReason, today: today)
            // A recognition for it must not come to be dated before it.
            if edited.date > found.date, let early = try recognitions(pointingTo: id).first(where: { $0.date < edited.date }) {
                throw KartrekkerError("date \(edited.date) is after recognition \(early.id) (\(early.date)) that is for this contribution; change that recognition first",
                                      nl: "datum \(edited.date) ligt na waardering \(early.id) (\(early.date)) die voor deze bijdrage is; wijzig eerst die waardering", field: .date)
            }
            if edited != found { try store.replace(edited) }
            return edited
        }
    }

    public func editRecognition(_ id: String, _ changes: RecognitionChanges) throws -> Recognition {
        let today = self.today
        return try store.withWriteLock {
            let found = try recognition(id: id)
            let person = try store.employeeDirectory()[found.employeeId].map { $0 }
                ?? Employee(id: found.employeeId, name: found.employeeId, team: "")
            let linked = try (changes.contributionIDs ?? found.contributionIds).map { try contribution(id: $0) }
            let edited = try Records.editedRecognition(
                found, employee: person, date: changes.date, kind: changes.kind, message: changes.message,
                contributions: linked, visibility: changes.visibility, amount: changes.amount, today: today)
            if edited != found { try store.replace(edited) }
            return edited
        }
    }

    @discardableResult
    public func deleteRecognition(_ id: String) throws -> Recognition {
        try store.deleteRecognition(id: id)
    }
}
