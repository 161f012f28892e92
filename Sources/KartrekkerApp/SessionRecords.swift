import Foundation
import KartrekkerCore

/// Recording contributions and recognitions, following ideas, deleting mistakes.
extension Session {
    /// Records a contribution; `recordedAt` is the moment of the write. Where others share the
    /// credit (`draft.with`), each gets a contribution of their own for the same work, naming
    /// the others, all in one write; the first person's is returned (a story's cost is booked
    /// once, on theirs).
    public func logContribution(_ draft: ContributionDraft) throws -> Contribution {
        try logShares(draft)[0]
    }

    /// The contributions `draft` records: the first person's, then each other's who shares it.
    @discardableResult
    public func logShares(_ draft: ContributionDraft) throws -> [Contribution] {
        let today = self.today
        let day = draft.date ?? today
        var generator = SystemRandomNumberGenerator()
        return try store.withRecordWriteLock {
            let person = try employee(draft.employee)
            var people = [person]
            for reference in draft.with where !reference.trimmingCharacters(in: .whitespaces).isEmpty {
                let other = try employeeForRecording(reference)
                if !people.contains(where: { $0.id == other.id }) { people.append(other) }
            }
            let moment = try contactMoment(typed: draft.contactMoment)
            // An idea with its status, or work shared, is one write: a failure leaves nothing half done.
            let shares = try people.enumerated().map { index, sharer in
                var story = draft.story
                if index > 0 { story?.cost = nil }
                return try Records.contribution(
                    id: RecordID.contribution(date: day, using: &generator), employee: sharer, date: day,
                    category: draft.category, note: draft.note, channel: draft.channel, values: draft.values,
                    project: draft.project, ideaStatus: draft.ideaStatus, contactMoment: moment, story: story,
                    declineReason: draft.declineReason, with: people.map(\.id).filter { $0 != sharer.id }, today: today,
                    recordedBy: recorder, recordedAt: configuration.clock.now())
            }
            try store.add(shares)
            return shares
        }
    }

    /// The employee `reference` names for sharing a contribution's credit: on a database, one
    /// of another team too (the lead may not read them; the database checks what she records).
    private func employeeForRecording(_ reference: String) throws -> Employee {
        do {
            return try employee(reference)
        } catch let error as KartrekkerError {
            // A lead names someone of another team by the id their own lead gave her; whether
            // that person exists, and whether she may credit them, the database decides.
            let trimmed = reference.trimmingCharacters(in: .whitespaces)
            guard try !store.mayReplaceEverything(), trimmed.hasPrefix("e-"), trimmed.count == 10,
                  trimmed.dropFirst(2).allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) else { throw error }
            return Employee(id: trimmed, name: trimmed, team: "")
        }
    }

    /// Records a recognition, for the employee's own contributions dated on or before it.
    public func recognize(_ draft: RecognitionDraft) throws -> Recognition {
        let today = self.today
        let day = draft.date ?? today
        var generator = SystemRandomNumberGenerator()
        return try store.withRecordWriteLock {
            let person = try employee(draft.employee)
            let contributions = try draft.contributionIDs.map { try contribution(id: $0) }
            let recognition = try Records.recognition(
                id: RecordID.recognition(date: day, using: &generator), employee: person, date: day, kind: draft.kind,
                message: draft.message, contributions: contributions, visibility: draft.visibility ?? person.praise,
                amount: draft.amount, today: today, recordedBy: recorder, recordedAt: configuration.clock.now())
            try store.add(recognition)
            return recognition
        }
    }

    /// Moves an idea along; returns it with its new points.
    /// A decline may say why (`reason`).
    public func setIdeaStatus(_ id: String, _ status: IdeaStatus, reason: String? = nil) throws -> Contribution {
        try store.withWriteLock {
            let found = try contribution(id: id)
            let updated = try Records.withStatus(found, status, reason: reason)
            if updated != found { try store.replace(updated) }
            return updated
        }
    }

    /// Deletes a contribution; the recognitions that were for it stay, without the link.
    public func deleteContribution(_ id: String) throws -> ContributionDeletion {
        try store.withWriteLock {
            let unlinked = try recognitions(pointingTo: id).map(\.id)
            let deleted = try store.deleteContribution(id: id)
            return ContributionDeletion(contribution: deleted, unlinkedRecognitionIDs: unlinked)
        }
    }

    /// The recognitions that are for contribution `id` (none can be dated before it).
    public func recognitions(pointingTo id: String) throws -> [Recognition] {
        let found = try contribution(id: id)
        let later = DateRange(from: found.date, to: CalendarDate(year: 9999, month: 12, day: 31)!)
        return Ordering.newestFirst(try store.recognitions(in: later).filter { $0.contributionIds.contains(id) })
    }

    /// The contact moment `typed` names (a key, or a name in either language) among the
    /// sector's and the organisation's own; `nil` for nothing typed.
    public func contactMoment(typed: String?) throws -> ContactMoment? {
        guard let typed, !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let known = try store.settings().knownContactMoments
        guard let moment = ContactMoment.named(typed, among: known) else {
            throw KartrekkerError("unknown contact moment \"\(SafeText.escaped(typed))\"; one of: \(known.map(\.key).joined(separator: ", "))",
                                  nl: "onbekend klantmoment \"\(SafeText.escaped(typed))\"; een van: \(known.map(\.key).joined(separator: ", "))",
                                  field: .contactMoment)
        }
        return moment
    }
}
