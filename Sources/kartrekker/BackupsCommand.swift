import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerStore

/// `kartrekker backups`: what earlier versions of the data files are kept, without reading the
/// folder.
struct BackupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backups", abstract: "List the kept earlier versions of the data files, newest first.",
        discussion: """
            Before a file is replaced its previous version is kept in backups/: the newest 5 of \
            each file, 64 MiB in all. A replacement of everything (demo --force) keeps every \
            file it replaced in one set, backups/replaced-TIME/, which is never pruned. \
            The README says how to put one file or a whole set back.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    static let keys = ["path", "of", "keptAt", "bytes", "set"]

    /// `812 B`, `14.2 KiB`, `3.1 MiB`.
    static func size(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1 << 20 { return String(format: "%.1f KiB", Double(bytes) / 1024) }
        return String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }

    func run() throws {
        let session = try global.session()
        let backups = try session.backups()
        let values = backups.map { backup in
            OutputValue.object([
                .init("path", .string(backup.path)), .init("of", .string(backup.of)),
                .init("keptAt", .optional(backup.keptAt.map { Instant($0).description })),
                .init("bytes", .int(Int(backup.bytes))), .init("set", .optional(backup.set)),
            ])
        }
        Console.emit(Console.list(values, keys: BackupsCommand.keys, format: format) {
            guard !backups.isEmpty else { return "No backups yet: a file's earlier version is kept when it is first replaced." }
            var table = TextTable([.init("KEPT AT"), .init("OF", maxWidth: 40), .init("SIZE", .right), .init("SET"), .init("FILE", maxWidth: 70)])
            for backup in backups {
                table.append([backup.keptAt.map { Instant($0).description } ?? "?", backup.of, BackupsCommand.size(backup.bytes),
                              backup.set ?? "", backup.path])
            }
            let sets = Set(backups.compactMap(\.set))
            return table.rendered(width: Console.terminalWidth) + "\n\(backups.count) file\(backups.count == 1 ? "" : "s")"
                + (sets.isEmpty ? "" : ", \(sets.count) replacement set\(sets.count == 1 ? "" : "s")")
        }, session)
    }
}
