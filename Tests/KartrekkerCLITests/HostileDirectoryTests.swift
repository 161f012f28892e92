import Foundation
import Testing
import KartrekkerCore

/// The data directory as a careless user, a sync tool or someone with write access to a shared
/// folder leaves it: planted, linked, locked-down and contradictory files.
@Suite struct HostileDirectoryTests {
    /// A file outside the data directory that a planted file tries to reach.
    func bystander(_ cli: CLI, _ name: String = "bystander.txt") throws -> URL {
        let url = cli.directory.deletingLastPathComponent().appendingPathComponent(name)
        try "keep me\n".write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o644)
        return url
    }

    @Test func aLockThatIsALinkIsRefusedAndItsTargetUntouched() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution()
        let target = try bystander(cli)
        try FileManager.default.removeItem(at: cli.file(".lock"))
        try FileManager.default.createSymbolicLink(at: cli.file(".lock"), withDestinationURL: target)
        let error = try cli.fails(["log", anna, "--category", "goal", "--note", "x"])
        #expect(error.contains(".lock is a symbolic link"), "\(error)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o644)
    }

    @Test func aReadOnlyDirectoryIsRespected() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution()
        chmod(cli.directory.path, 0o500)
        defer { chmod(cli.directory.path, 0o700) }
        let error = try cli.fails(["log", anna, "--category", "goal", "--note", "x"])
        #expect(error.contains("read-only (mode 500)"), "\(error)")
        #expect(try FileManager.default.attributesOfItem(atPath: cli.directory.path)[.posixPermissions] as? Int == 0o500)
        // Reading still works.
        #expect(try cli.ok("contribution", "list").contains("x"))
    }

    @Test func exportsNeverLandInTheDataDirectory() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution()
        let error = try cli.fails(["employee", "export", anna, "--output", cli.file("employees.json").path, "--force"])
        #expect(error.contains("inside the data directory"))
        try cli.fails(["export", "--output", cli.directory.path])
        try cli.fails(["export", "--output", cli.file("contributions/sub").path])
        #expect(try cli.ok("check").hasPrefix("ok:"))
        // Next to it is fine.
        let beside = cli.directory.deletingLastPathComponent().appendingPathComponent("export")
        #expect(try cli.ok("export", "--output", beside.path).contains("Exported"))
    }

    @Test func damageThatCheckReportsStopsReadsAndWrites() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        let first = try cli.ok("log", anna, "--category", "smile", "--note", "een", "--date", "2026-10-10")
        _ = try cli.ok("log", anna, "--category", "goal", "--note", "twee", "--date", "2026-11-10")
        let october = try String(contentsOf: cli.file("contributions/2026-10.json"), encoding: .utf8)
        let november = try String(contentsOf: cli.file("contributions/2026-11.json"), encoding: .utf8)

        // Two month files with their contents swapped: records dated outside their file's month.
        try october.write(to: cli.file("contributions/2026-11.json"), atomically: true, encoding: .utf8)
        try november.write(to: cli.file("contributions/2026-10.json"), atomically: true, encoding: .utf8)
        var error = try cli.fails(["leaderboard", "--period", "all"])
        #expect(error.contains("contributions/2026-10.json:") && error.contains("the file says month 2026-11, its name says 2026-10"),
                "\(error)")
        try cli.fails(["log", anna, "--category", "goal", "--note", "drie"])

        // A record dated outside its file's month (lost from every board otherwise).
        try october.write(to: cli.file("contributions/2026-10.json"), atomically: true, encoding: .utf8)
        try november.replacingOccurrences(of: "\"2026-11-10\"", with: "\"2026-10-05\"")
            .write(to: cli.file("contributions/2026-11.json"), atomically: true, encoding: .utf8)
        error = try cli.fails(["leaderboard"])
        #expect(error.contains("contributions/2026-11.json:") && error.contains("is dated 2026-10-05, which is not in 2026-11"),
                "\(error)")

        // The same record in two files (scores would count twice).
        try october.write(to: cli.file("contributions/2026-10.json"), atomically: true, encoding: .utf8)
        let copied = november.replacingOccurrences(of: "\"contributions\": [", with: "\"contributions\": [\n" + (try recordText(october, first)) + ",")
        try copied.write(to: cli.file("contributions/2026-11.json"), atomically: true, encoding: .utf8)
        error = try cli.fails(["leaderboard", "--period", "all"])
        #expect(error.contains(first), "\(error)")

        // A record for an employee who does not exist.
        try november.write(to: cli.file("contributions/2026-11.json"), atomically: true, encoding: .utf8)
        try cli.edit("contributions/2026-11.json", replacing: anna, with: "e-nobody00")
        error = try cli.fails(["contribution", "list"])
        #expect(error.contains("who does not exist"), "\(error)")
        try cli.fails(["log", anna, "--category", "goal", "--note", "drie"])
    }

    @Test func erasureErasesThePersonAndOnlyThePerson() throws {
        let cli = CLI()
        let jan = try cli.ok("employee", "add", "Jan Bös", "--team", "Wijkbeheer")
        let bosman = try cli.ok("employee", "add", "Jan Bosman", "--team", "Wijkbeheer", "--role", "Maatje van Jan Bos")
        let other = try cli.ok("employee", "add", "Eva Smit", "--team", "Verhuur")
        _ = try cli.ok("log", jan, "--category", "goal", "--note", "Eigen werk")
        _ = try cli.ok("log", bosman, "--category", "smile", "--note", "Samen met JAN BOS en met Jan Bosman; zie \(jan)",
                       "--value", "jan bös")
        _ = try cli.ok("recognize", other, "--kind", "thanks", "--message", "Dank, ook namens jan bös")
        _ = try cli.ok("log", other, "--category", "goal", "--note", "x")
        #expect(try cli.ok("employee", "erase", jan, "--yes").contains("Erased"))
        let contributions = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        let note = try #require(contributions.first { $0["employeeId"] as? String == bosman }?["note"] as? String)
        #expect(note == "Samen met [erased] en met Jan Bosman; zie [erased]")
        #expect(contributions.first { $0["employeeId"] as? String == bosman }?["values"] as? [String] == ["erased"])
        let people = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        #expect(people.first { $0["id"] as? String == bosman }?["role"] as? String == "Maatje van [erased]")
        #expect(people.first { $0["id"] as? String == bosman }?["name"] as? String == "Jan Bosman")
        let recognitions = try #require(try cli.run("recognition", "list", "--format", "json").json as? [[String: Any]])
        #expect(recognitions.first?["message"] as? String == "Dank, ook namens [erased]")
        // No byte of the id, and no spelling of the name, anywhere under the data directory.
        try expectNoTrace(of: Redactor(name: "Jan Bös", id: jan), in: [cli.directory.path, cli.directory.path + ".cache"])
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }

    /// Every byte of every file under `folders`: none mentions the person (id, e-mail, name).
    func expectNoTrace(of person: Redactor, in folders: [String], except: Set<String> = [],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        for folder in folders {
            let walker = FileManager.default.enumerator(atPath: folder)
            while let relative = walker?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let path = folder + "/" + relative
                guard !except.contains(relative), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                      !isDirectory.boolValue else { continue }
                let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
                #expect(!person.mentions(text), "\(path) holds the person", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func anErasureOfATeamLeadLeavesNoIdNameOrAddressAndNamesWhatItCannotVouchFor() throws {
        let cli = CLI()
        let jan = try cli.ok("employee", "add", "Jan Bos", "--team", "Wijkbeheer", "--email", "Jan.Bos@woonstad.nl")
        let eva = try cli.ok("employee", "add", "Eva Smit", "--team", "Verhuur")
        // Jan is a team lead too: what he recorded carries his name.
        var lead = cli
        lead.extraEnvironment["KARTREKKER_USER"] = "Jan Bos"
        _ = try lead.ok("log", eva, "--category", "smile", "--note", "Bewoner geholpen")
        _ = try lead.ok("recognize", eva, "--kind", "thanks", "--message", "Dank je")
        _ = try cli.ok("log", eva, "--category", "goal", "--note", "Vragen? Mail jan.bos@WOONSTAD.nl", "--date", "2026-10-12")
        _ = try cli.ok("log", jan, "--category", "goal", "--note", "Eigen werk")
        _ = try cli.ok("leaderboard", "--period", "all")
        // Copies beside the real files that kartrekker did not write.
        let planted = ["employees.json~", "contributions/2026-11.sync-conflict-20261130-101500-ABC.json", "contributions/2026-11.json.orig", ".journal.old"]
        for file in planted { try FileManager.default.copyItem(at: cli.file(file.hasPrefix("contributions") ? "contributions/2026-11.json" : "employees.json"), to: cli.file(file)) }
        let check = try cli.run("check")
        #expect(check.status == 1)
        for file in planted { #expect(check.stderr.contains("\(file):1:1: is not a file kartrekker writes"), "\(file): \(check.stderr)") }

        let erased = try cli.ok("employee", "erase", jan, "--yes")
        #expect(erased.contains("it cannot vouch for 4 files it did not write, which may still hold them: "
                                + planted.sorted().joined(separator: ", ")), "\(erased)")
        let person = Redactor(name: "Jan Bos", id: jan, email: "jan.bos@woonstad.nl")
        try expectNoTrace(of: person, in: [cli.directory.path, cli.directory.path + ".cache"], except: Set(planted))
        let contributions = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        #expect(contributions.map { $0["recordedBy"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") } == ["[erased]", "teamlead"])
        #expect(contributions.contains { $0["note"] as? String == "Vragen? Mail [erased]" })
        // Nobody else's text is touched.
        #expect(contributions.contains { $0["note"] as? String == "Bewoner geholpen" })
        let recognitions = try #require(try cli.run("recognition", "list", "--format", "json").json as? [[String: Any]])
        #expect(recognitions.first?["recordedBy"] as? String == "[erased]" && recognitions.first?["message"] as? String == "Dank je")
        for file in planted { try FileManager.default.removeItem(at: cli.file(file)) }
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }

    @Test func aReplacementKilledAtAnyMomentLeavesTheOldDataOrTheWholeDemo() throws {
        // The whole demo, as a run that is not killed leaves it: what a round must match exactly.
        let whole = CLI()
        let started = Date()
        _ = try whole.ok("demo", "--seed", "7", "--employees", "300", "--years", "2")
        let duration = Date().timeIntervalSince(started)
        let wholeContributions = try #require(try whole.run("contribution", "list", "--format", "json").json as? [[String: Any]]).count
        let wholeRecognitions = try #require(try whole.run("recognition", "list", "--format", "json").json as? [[String: Any]]).count
        #expect(wholeContributions > 1000)

        let cli = CLI()
        var anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "Mijn eigen gegevens")
        var sawOld = 0
        var sawDemo = 0
        // Kills spread over the run as long as the whole one took: the first early in it (while
        // the demo is made, before anything is written).
        for round in 0..<6 {
            let spawned = try Spawned(cli, ["demo", "--force", "--seed", "7", "--employees", "300", "--years", "2"])
            // The last round is not killed: it ends as a whole run does, however loaded the machine.
            if round < 5 {
                usleep(useconds_t(duration * (0.05 + 0.25 * Double(round)) * 1_000_000))
                kill(spawned.process.processIdentifier, SIGKILL)
            }
            _ = spawned.finish()
            // `check` tells what state the directory is in, without changing it.
            let check = try cli.run("check")
            if check.status != 0 {
                #expect(check.stderr.contains(".journal") || check.stderr.contains(".staging"), "\(check.stderr)")
            }
            // The next command completes or discards the replacement: never a mix. Each side is
            // checked whole: the old data with its one record, or every record of the demo.
            let people = try #require(try cli.run("employee", "list", "--archived", "--format", "json").json as? [[String: Any]])
            let contributions = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
            let recognitions = try #require(try cli.run("recognition", "list", "--format", "json").json as? [[String: Any]])
            #expect(try cli.ok("check").hasPrefix("ok:"))
            if people.count == 1 {
                sawOld += 1
                #expect(people[0]["id"] as? String == anna)
                #expect(contributions.count == 1 && contributions.first?["note"] as? String == "Mijn eigen gegevens")
                #expect(recognitions.isEmpty)
            } else {
                sawDemo += 1
                #expect(people.count == 300, "a partial organisation of \(people.count)")
                #expect(contributions.count == wholeContributions && recognitions.count == wholeRecognitions,
                        "\(contributions.count) of \(wholeContributions) contributions, \(recognitions.count) of \(wholeRecognitions) recognitions")
                #expect(!contributions.contains { $0["note"] as? String == "Mijn eigen gegevens" })
                // Back to the user's own data for the next round.
                try FileManager.default.removeItem(at: cli.directory)
                // (Her new id is the old data's from here on.)
                anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
                _ = try cli.ok("log", anna, "--category", "smile", "--note", "Mijn eigen gegevens")
            }
        }
        // Both outcomes happened, each whole (a kill early in the run, and the run not killed).
        #expect(sawOld >= 1 && sawDemo >= 1, "old data \(sawOld), whole demo \(sawDemo)")
        print("replacement kills: old data \(sawOld), whole demo \(sawDemo)")
    }

    /// The text of one record (its `{ … }`) in a month file's text.
    func recordText(_ file: String, _ id: String) throws -> String {
        let lines = file.components(separatedBy: "\n")
        let idLine = try #require(lines.firstIndex { $0.contains("\"id\": \"\(id)\"") })
        let start = try #require(lines[..<idLine].lastIndex { $0.trimmingCharacters(in: .whitespaces) == "{" })
        let end = try #require(lines[idLine...].firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("}") })
        return lines[start...end].joined(separator: "\n").replacingOccurrences(of: "},", with: "}")
    }
}

/// Files planted as another account with write access to the folder would, through the command
/// line: text the schemas forbid, huge sparse files (links, FIFOs and planted journals are met
/// in process, in `HostileDirectoryStoreTests`). Each is refused fast, by name, and nothing
/// outside the directory changes.
@Suite struct PlantedFileTests {
    /// Runs kartrekker with a deadline (a FIFO would otherwise hang it for ever).
    func bounded(_ cli: CLI, _ arguments: [String]) throws -> CLI.Result {
        try cli.run(arguments, shell: "timeout 20")
    }

    @Test func checkReportsTextTheSchemasForbid() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution()
        let refused = try cli.run("employee", "add", "B" + String(repeating: "\u{301}", count: 150), "--team", "Verhuur")
        #expect(refused.status == 1 && refused.stderr.contains("is 151 characters long"), "\(refused.stderr)")
        // Hand-edited: a bell in a name, a note past 2000 code points of one visible character.
        try cli.edit("employees.json", replacing: "\"Anna", with: "\"\\u0007Anna")
        let month = try #require(try FileManager.default.contentsOfDirectory(atPath: cli.file("contributions").path).first { $0.hasSuffix(".json") })
        let text = try String(contentsOf: cli.file("contributions/" + month), encoding: .utf8)
        let note = try #require(text.range(of: #""note": ""#))
        try (String(text[..<note.upperBound]) + "x" + String(repeating: "\u{301}", count: 2000) + String(text[note.upperBound...]))
            .write(to: cli.file("contributions/" + month), atomically: false, encoding: .utf8)
        let check = try cli.run("check")
        #expect(check.status == 1)
        #expect(check.stderr.contains("employees.json:") && check.stderr.contains("the name of \(anna) contains a control character (U+0007)"), "\(check.stderr)")
        #expect(check.stderr.contains("contributions/\(month):") && check.stderr.contains("the note of") && check.stderr.contains("is 2002 characters long (counting each accent or mark on its own; 2 as shown)"), "\(check.stderr)")
    }

    @Test func aHugeSparseFileIsRefusedWithoutReadingIt() throws {
        let cli = CLI()
        _ = try cli.annaWithOneContribution()
        let path = cli.file("contributions/2026-10.json").path
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o600)
        #expect(descriptor >= 0 && ftruncate(descriptor, 3 << 30) == 0)
        close(descriptor)
        let result = try bounded(cli, ["leaderboard", "--period", "all"])
        #expect(result.status == 1 && result.stderr.contains("contributions/2026-10.json is 3221225472 bytes, larger than any file kartrekker writes"),
                "\(result.stderr)")
    }
}

/// Backups keep what they promise: a replacement of everything keeps every file it replaced,
/// whole, where the cap of ordinary backups does not reach it, and says so.
@Suite struct BackupTests {
    @Test func aReplacementKeepsEveryReplacedFileInOneSetAndSaysSo() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        for (index, date) in ["2026-09-03", "2026-10-03", "2026-11-03"].enumerated() {
            _ = try cli.ok("log", anna, "--category", "smile", "--note", "Eigen gegevens \(index)", "--date", date)
        }
        let before = cli.snapshot().filter { !$0.key.hasPrefix("backups/") && $0.key.hasSuffix(".json") }
        #expect(before.count == 4)
        let output = try cli.ok("demo", "--force", "--employees", "30", "--years", "1")
        let listed = try #require(try cli.run("backups", "--format", "json").json as? [[String: Any]])
        let set = try #require(listed.compactMap { $0["set"] as? String }.first)
        #expect(output.contains("The 4 files it replaced are kept in backups/\(set)/, now the only copy of that data"), "\(output)")
        // Every replaced file, as it was, under its own path in the set.
        for (file, bytes) in before {
            #expect(try Data(contentsOf: cli.file("backups/\(set)/\(file)")) == bytes, "\(file)")
            #expect(listed.contains { $0["path"] as? String == "backups/\(set)/\(file)" && $0["of"] as? String == file })
        }
        // Ordinary writes and their pruning leave the set alone.
        let someone = try #require((try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])?.first?["id"] as? String)
        for index in 0..<8 { _ = try cli.ok("log", someone, "--category", "goal", "--note", "ronde \(index)") }
        for (file, bytes) in before { #expect(try Data(contentsOf: cli.file("backups/\(set)/\(file)")) == bytes, "\(file)") }
        #expect(try cli.ok("check").hasPrefix("ok:"))
        let table = try cli.ok("backups")
        #expect(table.contains("KEPT AT") && table.contains("replacement set"), "\(table)")
        // Putting the old organisation back is a copy (as the README says).
        for (file, _) in before { try FileManager.default.removeItem(at: cli.file(file)) }
        for month in try FileManager.default.contentsOfDirectory(atPath: cli.file("contributions").path) {
            try FileManager.default.removeItem(at: cli.file("contributions/" + month))
        }
        for month in (try? FileManager.default.contentsOfDirectory(atPath: cli.file("recognitions").path)) ?? [] {
            try FileManager.default.removeItem(at: cli.file("recognitions/" + month))
        }
        for (file, _) in before { try FileManager.default.copyItem(at: cli.file("backups/\(set)/\(file)"), to: cli.file(file)) }
        let people = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        #expect(people.map { $0["id"] as? String } == [anna])
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }
}

/// A retention period from the command line: set, said by `check`, used by `purge`.
@Suite struct RetentionCommandTests {
    @Test func aRetentionPeriodIsSetSaidAndPurgedTo() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "Heel oud", "--date", "2019-03-04")
        _ = try cli.ok("log", anna, "--category", "goal", "--note", "Recent", "--date", "2026-11-02")
        _ = try cli.ok("log", anna, "--category", "goal", "--note", "Ook recent", "--date", "2026-11-03")
        #expect(try cli.ok("config").contains("retention: not set"))
        let set = try cli.ok("config", "retention", "5y")
        #expect(set.contains("retention: 5y — records are kept 5 years; today that is from 2021-11-29 on"), "\(set)")
        #expect(set.contains("1 contribution and 0 recognitions are older than the retention period"), "\(set)")
        let bad = try cli.run("config", "retention", "five years")
        #expect(bad.status == 1 && bad.stderr.contains("is not a period"), "\(bad.stderr)")
        let check = try cli.run("check")
        #expect(check.status == 1 && check.stderr.contains("retention: 1 contribution and 0 recognitions are older"), "\(check.stderr)")

        let dry = try cli.ok("purge", "--dry-run")
        #expect(dry == "Would remove 1 contribution and 0 recognitions dated before 2021-11-29 (dry run: nothing was changed).", "\(dry)")
        #expect(FileManager.default.fileExists(atPath: cli.file("contributions/2019-03.json").path))
        let purged = try cli.ok("purge")
        #expect(purged.hasPrefix("Removed 1 contribution and 0 recognitions dated before 2021-11-29"), "\(purged)")
        #expect(!FileManager.default.fileExists(atPath: cli.file("contributions/2019-03.json").path))
        // Nothing of it anywhere: no backup, no derived file.
        for folder in [cli.directory.path, cli.directory.path + ".cache"] {
            let walker = FileManager.default.enumerator(atPath: folder)
            while let relative = walker?.nextObject() as? String {
                let data = FileManager.default.contents(atPath: folder + "/" + relative) ?? Data()
                #expect(!String(decoding: data, as: UTF8.self).contains("Heel oud"), "\(relative)")
            }
        }
        #expect(try cli.ok("check").hasPrefix("ok:"))
        #expect(try cli.ok("config").contains("purged:    records before 2021-11-29 were purged"))
        // A board that reaches before then says so.
        let all = try cli.ok("leaderboard", "--period", "all")
        #expect(all.contains("Note: records before 2021-11-29 were purged; nothing from before then is counted."), "\(all)")
        #expect(!(try cli.ok("leaderboard")).contains("were purged"))
        let json = try cli.run("leaderboard", "--period", "all", "--format", "json")
        #expect(json.status == 0 && json.stderr.contains("note: records before 2021-11-29 were purged"))
    }
}

/// What a works council can agree to, from the command line: the boards and the nudges follow.
@Suite struct WorksCouncilCommandTests {
    @Test func theBoardsAndNudgesFollowTheSettings() throws {
        let cli = CLI()
        _ = try cli.ok("demo", "--employees", "12", "--years", "1")
        let settings = try cli.ok("config")
        #expect(settings.contains("board:     points — people ranked, with their points") && settings.contains("nudges:    on"), "\(settings)")

        #expect(try cli.ok("config", "board", "ranks").hasPrefix("board:     ranks"))
        let ranks = try cli.ok("leaderboard")
        #expect(ranks.contains("RANK") && !ranks.contains("SCORE") && !ranks.contains("█"), "\(ranks)")
        let json = try #require(try cli.run("leaderboard", "--format", "json").json as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["score"] == nil && $0["previousScore"] == nil && $0["rank"] != nil })
        #expect(!(try cli.ok("leaderboard", "--format", "csv")).split(separator: "\n").first!.contains("score"))

        _ = try cli.ok("config", "board", "teams")
        let teams = try cli.ok("leaderboard", "--period", "year")
        let people = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        #expect(teams.hasPrefix("Teams · ") && teams.contains("PEOPLE"), "\(teams)")
        for person in people { #expect(!teams.contains(person["name"] as? String ?? "?"), "\(teams)") }
        let teamJSON = try #require(try cli.run("leaderboard", "--format", "json").json as? [String: Any])
        #expect(teamJSON["board"] as? String == "teams" && (teamJSON["rows"] as? [[String: Any]])?.first?["team"] != nil)

        _ = try cli.ok("config", "nudges", "off")
        let nudges = try cli.run("nudges")
        #expect(nudges.status == 1 && nudges.stderr.contains("turned off in this organisation's settings"), "\(nudges.stderr)")
        let bad = try cli.run("config", "board", "names")
        #expect(bad.status == 1 && bad.stderr.contains("is not one of points, ranks, teams"))
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }
}
