import Foundation
import KartrekkerCore
import KartrekkerExchange
import KartrekkerPort
import KartrekkerStore

/// The privacy statement the privacy officer and the works council read, written from the
/// running setup (where the data is, who may do what, the retention period, what the boards
/// show) rather than from boilerplate.
extension Session {
    /// On a database its owner's statement lists who may do what, a line each (as `db access`
    /// does); another role's, and a data directory's, say where that list is kept.
    public func privacyStatement() throws -> PlainDocument {
        let roles = try store.roleLines()
        let settings = try store.settings()
        let employees = try store.employees()
        let contributions = try store.records(Contribution.self, in: nil)
        let recognitions = try store.records(Recognition.self, in: nil)
        let onDatabase = store.isDatabase
        let dates = contributions.map(\.date) + recognitions.map(\.date)
        let span = dates.min().flatMap { first in dates.max().map { "dated \(first) to \($0)" } } ?? "none yet"

        var sections: [PlainDocument.Section] = []
        sections.append(.init("What is recorded, and about whom", paragraphs: [
            "kartrekker records what front-line employees contribute and the recognition they receive, so that team leads "
                + "can see and thank the people who pull the cart. It holds, now, \(employees.count) employees "
                + "(\(employees.filter(\.archived).count) of them archived), \(contributions.count) contributions and "
                + "\(recognitions.count) recognitions (\(span)).",
        ], items: [
            "Employees: name, team, role, e-mail address, start date, and whether archived.",
            "Contributions: the employee, the date, the category (such as a resident's smile or an idea), a note, "
                + "and optionally the channel, brand values, a project and an idea's status; who recorded it and when.",
            "Recognitions: the employee, the date, the kind (thanks, compliment, gift, bonus, award), a message, "
                + "the contributions it is for, whether it is private; who recorded it and when.",
            "Notes and messages may name other people; an erasure takes their names out too.",
        ]))
        if onDatabase {
            sections.append(.init("Where it is kept, and who may see it", paragraphs: [
                "In the organisation's PostgreSQL database \(PlainDocument.literal(store.location)). The database itself enforces who may do what: "
                    + "team leads read and record for the teams they lead only, HR reads everything and changes nothing, "
                    + "any other role reads nothing; the owner administers. Connections over the network are encrypted.",
            ], items: roles?.map(PlainDocument.literal) ?? ["Who has which role is listed by the database's owner with `kartrekker db access`."]))
        } else {
            sections.append(.init("Where it is kept, and who may see it", paragraphs: [
                "In plain files in the data directory \(PlainDocument.literal(store.location)), readable and writable by its owner only "
                    + "(files 0600, folders 0700); nothing leaves the machine. Whoever can read that folder can read the data.",
            ], items: [
                "Earlier versions of changed files are kept in backups/ inside it: the newest 5 of each file, 64 MiB in all; "
                    + "a replacement of everything keeps every replaced file in one set until removed by hand.",
                "Derived totals are kept in each user's own cache folder, and go when the data directory goes.",
            ]))
        }
        let retention = settings.retention.map { period in
            "Records are kept \(period.words): those dated before \(period.cutoff(today: today)) are older than that today, "
                + "and `kartrekker purge` removes them, with their backups and derived files."
        } ?? "No retention period is set: records are kept until they are purged (`kartrekker config retention 5y` sets one)."
        sections.append(.init("For how long", paragraphs: [retention]
            + (settings.purgedBefore.map { ["Records dated before \($0) were purged."] } ?? [])))
        sections.append(.init("What the boards show", paragraphs: [
            "Boards: \(settings.board.words). Nudges (who contributed but was not recognized for over 30 days): "
                + (settings.nudges ? "shown to team leads." : "turned off."),
            "kartrekker computes no appraisal and decides nothing about anyone: it shows what was recorded, "
                + "for a team lead to recognize people; an appraisal must not rest on it.",
        ]))
        sections.append(.init("The rights of the people it is about", items: [
            "Access and portability (art. 15 and 20): `kartrekker employee export NAME` gives everything kept about a person "
                + "in JSON — their records, the recognitions they received, the texts that name them and what they recorded.",
            "Rectification (art. 16): team leads correct records with `kartrekker contribution edit`, `recognition edit` "
                + "and `employee edit`.",
            "Erasure (art. 17): `kartrekker employee erase NAME --yes` removes the person and every record about them, "
                + "takes their name, id and e-mail address out of everyone else's, and deletes every backup holding any of it.",
            "Requests go to the team lead or the privacy officer, who runs these commands.",
        ]))
        return PlainDocument(
            title: "Privacy statement: kartrekker",
            intro: ["How this organisation's kartrekker keeps personal data about its staff, written on \(today) "
                    + "from the setup it runs: \(PlainDocument.literal(store.location))."],
            sections: sections)
    }
}
