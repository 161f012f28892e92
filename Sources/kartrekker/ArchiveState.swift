import KartrekkerCore

/// Archiving and restoring are one change with two directions.
enum ArchiveState {
    static func set(_ archived: Bool, _ reference: String, _ global: GlobalOptions) throws {
        let context = try global.context()
        try context.store.withWriteLock {
            var person = try context.employee(reference)
            let word = archived ? "archived" : "restored"
            if person.archived == archived {
                print("\(SafeText.escaped(person.name)) (\(person.id)) is already \(archived ? "archived" : "active")")
                return
            }
            person.archived = archived
            try context.store.update(person)
            print("\(word.prefix(1).uppercased() + word.dropFirst()) \(SafeText.escaped(person.name)) (\(person.id))")
        }
    }
}
