import Foundation
import KartrekkerCore

/// Recording contributions and recognitions, following ideas, deleting mistakes.
extension Session {
    /// Records a contribution; `recordedAt` is the moment of the write.
    public func logContribution(_ draft: ContributionDraft) throws -> Contribution {
        let today = self.today
        let day = draft.date ?? today
        var generator = SystemRandomNumberGenerator()
        return try store.withRecordWriteLock {
            let person = try employee(draft.employee)
            let moment = try contactMoment(typed: draft.contactMoment)
            // An idea with its status is one record in one write: a failure leaves nothing half done.
            let contribution = try Records.contribution(
                id: RecordID.contribution(date: day, using: &generator), employee: person, date: day,
                category: draft.category, note: draft.note, channel: draft.channel, values: draft.values,
                project: draft.project, ideaStatus: draft.ideaStatus, contactMoment: moment, story: draft.story,
                declineReason: draft.declineReason, today: today, recordedBy: recorder,
                recordedAt: configuration.clock.now())
            try store.add(contribution)
            return contribution
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
