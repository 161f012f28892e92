import KartrekkerCore
import KartrekkerExchange

/// Residents' praise from a survey's export.
extension Session {
    /// The score that counts as praise on a scale of `scale`: 8 of 10, 4 of 5.
    public static func praiseScore(scale: Int) -> Double { scale == 5 ? 4 : 8 }

    /// Records as residents' praise (`Category.praise`) the answers of `parsed` that score at
    /// least `minimumScore` (on the file's scale; by default 8 of 10 or 4 of 5) and name
    /// exactly one active employee, by the name column or in the comment. An answer naming
    /// nobody or several people is listed, not guessed. Each answer's record id comes from
    /// what it says, so importing the same file again adds nothing twice. One write, all or
    /// nothing.
    public func importFeedback(_ parsed: FeedbackImport, minimumScore: Double? = nil, dryRun: Bool) throws -> FeedbackOutcome {
        let today = self.today
        let threshold = minimumScore ?? Session.praiseScore(scale: parsed.scale)
        return try store.withRecordWriteLock {
            // By name: an answer naming several lists them as every list does.
            let employees = try store.employeeDirectory().sortedByName
            let moments = try store.settings().knownContactMoments
            var added: [Contribution] = []
            var skipped: [FeedbackOutcome.Skipped] = []
            var remarks: [FeedbackOutcome.Skipped] = []
            var lineOf: [String: Int] = [:]
            func skip(_ line: Int, _ english: String, _ dutch: String) {
                skipped.append(.init(line: line, reason: Phrase(english, nl: dutch)))
            }
            for response in parsed.responses {
                let score = Display.score(response.score)
                guard response.score >= threshold else {
                    skip(response.line, "score \(score) is below \(Display.score(threshold)): not praise",
                         "cijfer \(score) is lager dan \(Display.score(threshold)): geen lof")
                    continue
                }
                // The name column first; where it names nobody, the comment.
                var named = response.employeeName.map { ResidentPraise.people(namedIn: $0, among: employees) } ?? []
                if named.isEmpty { named = ResidentPraise.people(namedIn: response.comment, among: employees) }
                guard named.count == 1, let person = named.first else {
                    if named.isEmpty {
                        skip(response.line, "names no employee", "noemt geen medewerker")
                    } else {
                        let names = named.map { SafeText.escaped($0.name) }.joined(separator: ", ")
                        skip(response.line, "names more than one employee (\(names)); record it by hand for the right one",
                             "noemt meer dan één medewerker (\(names)); leg het met de hand vast voor de juiste")
                    }
                    continue
                }
                var moment: ContactMoment?
                if let typed = response.contactMoment {
                    moment = ContactMoment.named(typed, among: moments)
                    if moment == nil {
                        remarks.append(.init(line: response.line, reason: Phrase(
                            "contact moment \"\(SafeText.escaped(typed))\" is not one kartrekker knows; recorded without one",
                            nl: "klantmoment \"\(SafeText.escaped(typed))\" kent kartrekker niet; vastgelegd zonder")))
                    }
                }
                // The same answer always gets the same id: a second import finds it.
                var generator = SeededGenerator(text: [response.date.description, score, response.comment, response.employeeName ?? "",
                                                       person.id].joined(separator: "\u{1F}"))
                let id = RecordID.contribution(date: response.date, using: &generator)
                if let first = lineOf[id] {
                    skip(response.line, "the same answer as line \(first)", "hetzelfde antwoord als regel \(first)")
                    continue
                }
                if try store.record(Contribution.self, id: id) != nil {
                    skip(response.line, "imported before", "al eerder geïmporteerd")
                    continue
                }
                let note = response.comment.isEmpty ? "Survey score \(score)" : response.comment
                do {
                    let praise = try Records.contribution(id: id, employee: person, date: response.date, category: .praise, note: note,
                                                          contactMoment: moment, today: today, recordedBy: recorder,
                                                          recordedAt: configuration.clock.now())
                    lineOf[id] = response.line
                    added.append(praise)
                } catch let error as KartrekkerError {
                    skip(response.line, SafeText.escaped(person.name) + ": " + error.message,
                         SafeText.escaped(person.name) + ": " + error.message(in: .dutch))
                }
            }
            if !dryRun, !added.isEmpty { try store.add(added) }
            return FeedbackOutcome(added: added, skipped: skipped, remarks: remarks, minimumScore: threshold, scale: parsed.scale,
                                   ignoredColumns: parsed.ignoredColumns, dryRun: dryRun)
        }
    }

}
