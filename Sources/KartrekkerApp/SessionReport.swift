import Foundation
import KartrekkerCore

/// The report before a person's yearly conversation (`PersonReport`).
extension Session {
    /// The days a report covers by default: the twelve months up to today.
    public var reportDays: DateRange {
        let today = self.today
        return DateRange(from: today.firstOfMonth(adding: -11), to: today)!
    }

    /// `reference`'s report over `range` (the last twelve months by default).
    public func report(of reference: String, in range: DateRange? = nil) throws -> PersonReport {
        let person = try employee(reference)
        let history = try store.history(of: person.id)
        return PersonReport(employee: person, range: range ?? reportDays, contributions: history.contributions,
                            recognitions: history.recognitions)
    }

    /// Writes a document into `folder` as `name.ext`, or `name-2.ext` … where that is taken;
    /// the path written.
    public func writeDocument(_ text: String, inFolder folder: String, name: String, extension ext: String) throws -> String {
        for attempt in 1...99 {
            let path = folder + "/" + name + (attempt == 1 ? "" : "-\(attempt)") + "." + ext
            if FileManager.default.fileExists(atPath: path) { continue }
            try writeDocument(text, to: path)
            return path
        }
        throw KartrekkerError("\(SafeText.escaped(folder)) already holds 99 files named \(SafeText.escaped(name))",
                              nl: "\(SafeText.escaped(folder)) bevat al 99 bestanden met de naam \(SafeText.escaped(name))")
    }

    /// Writes a document the user asked for to `path`, outside the data directory: 0600, never
    /// over an existing file unless `force`.
    public func writeDocument(_ text: String, to path: String, force: Bool = false) throws {
        try refuseExportInside(path)
        try ExportFile.write(Data(text.utf8), to: path, force: force)
    }
}
