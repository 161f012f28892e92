import Foundation
import Testing

/// The scenarios of persistence.md, run against the real binary.
@Suite struct PersistenceTests {
    /// The files under the data directory whose names start with `prefix` (anywhere below it).
    func leftovers(_ cli: CLI, _ prefix: String) -> [String] {
        cli.snapshot().keys.filter { ($0 as NSString).lastPathComponent.hasPrefix(prefix) }
    }

    func contributionIDs(_ cli: CLI) throws -> Set<String> {
        let list = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        return Set(list.compactMap { $0["id"] as? String })
    }

    @Test func killNineDuringWritesLosesNothingThatWasReported() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        let bert = try cli.ok("employee", "add", "Bert", "--team", "A")
        // A contribution in October with recognitions in November: deleting one is a
        // journaled write across two files.
        var linked: [String] = []
        var reportedLogs: [String] = []
        var reportedDeletes: [String] = []
        // A killed delete may or may not have happened; those ids prove nothing either way.
        var attemptedDeletes: Set<String> = []
        var kills = 0
        var generator = SystemRandomNumberGenerator()
        let started = Date()
        _ = try cli.ok("log", anna, "--category", "goal", "--note", "warm-up")
        let runtime = max(0.02, Date().timeIntervalSince(started))
        // Until 60 runs died mid-way (at most 300 runs): a loaded machine runs slower, so a
        // fixed number of rounds could kill fewer.
        var round = 0
        while kills < 60 && round < 300 {
            round += 1
            let arguments: [String]
            let october = reportedLogs.last { $0.hasPrefix("c-202610") && !attemptedDeletes.contains($0) }
            switch round % 4 {
            case 0: arguments = ["log", anna, "--category", "smile", "--note", "round \(round)", "--date", "2026-10-0\(round % 9 + 1)"]
            case 1: arguments = ["log", bert, "--category", "goal", "--note", "round \(round)"]
            case 2:
                if let target = linked.last {
                    arguments = ["contribution", "delete", target]
                    linked.removeLast()
                    attemptedDeletes.insert(target)
                } else {
                    arguments = ["log", bert, "--category", "idea", "--note", "round \(round)"]
                }
            default:
                if let target = october {
                    arguments = ["recognize", anna, "--kind", "thanks", "--message", "round \(round)", "--for", target]
                } else {
                    arguments = ["log", anna, "--category", "beyond", "--note", "round \(round)"]
                }
            }
            let spawned = try Spawned(cli, arguments)
            // Chaos, not synchronisation: the kill lands at a random moment of the run.
            usleep(UInt32.random(in: 0...UInt32(runtime * 1_300_000), using: &generator))
            kill(spawned.process.processIdentifier, SIGKILL)
            let (status, output, errors) = spawned.finish()
            if arguments[0] == "recognize", let target = arguments.last, !linked.contains(target) { linked.append(target) }
            guard let status else {
                kills += 1
                continue
            }
            #expect(status == 0, "\(arguments) failed: \(errors)")
            if arguments[0] == "log" { reportedLogs.append(output) }
            if arguments[0] == "contribution", let target = arguments.last { reportedDeletes.append(target) }
        }
        #expect(kills >= 50, "only \(kills) of \(round) runs were killed")
        // The next command, even one that only reads, completes any interrupted write and
        // removes temporary files.
        let ids = try contributionIDs(cli)
        #expect(leftovers(cli, ".tmp-").isEmpty)
        #expect(leftovers(cli, ".journal").isEmpty)
        for id in reportedLogs where !attemptedDeletes.contains(id) {
            #expect(ids.contains(id), "\(id) was reported saved but is gone")
        }
        for id in reportedDeletes { #expect(!ids.contains(id), "\(id) was reported deleted but is back") }
        _ = try cli.ok("employee", "add", "Cor", "--team", "A")
        #expect(leftovers(cli, ".tmp-").isEmpty)
        #expect(leftovers(cli, ".journal").isEmpty)
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }

    @Test func fourWritersAtOnceKeepAllFourHundredRecords() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        let script = "for i in $(seq 100); do \"$0\" log \"$1\" --category goal --note \"writer $2 record $i\" >/dev/null || exit 1; done"
        let writers = try (1...4).map { writer -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, CLI.binary.path, anna, String(writer)]
            var environment = ProcessInfo.processInfo.environment
            environment["KARTREKKER_DATA_DIR"] = cli.directory.path
            environment["KARTREKKER_TODAY"] = cli.today
            environment["KARTREKKER_LOCK_TIMEOUT"] = "60"
            process.environment = environment
            try process.run()
            return process
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        let list = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        #expect(list.count == 400)
        let notes = Set(list.compactMap { $0["note"] as? String })
        #expect(notes.count == 400)
        #expect(notes.contains("writer 3 record 100") && notes.contains("writer 1 record 1"))
    }

    @Test func aHeldLockIsReportedWithItsHolder() throws {
        var cli = CLI()
        _ = try cli.ok("employee", "add", "Anna", "--team", "A")
        let descriptor = open(cli.file(".lock").path, O_RDWR | O_CREAT, 0o600)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        let holder = "lead-laptop pid 4242\n"
        ftruncate(descriptor, 0)
        _ = holder.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        cli.extraEnvironment["KARTREKKER_LOCK_TIMEOUT"] = "0.3"
        let error = try cli.fails(["employee", "add", "Bert", "--team", "A"])
        #expect(error.contains("locked by another kartrekker (lead-laptop pid 4242)"))
        flock(descriptor, LOCK_UN)
        #expect(try cli.ok("employee", "add", "Bert", "--team", "A").hasPrefix("e-"))
    }

    @Test func damagedFilesOfEveryKindAreReportedAndKept() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution("goal")
        let path = cli.file("contributions/2026-11.json")
        let good = try Data(contentsOf: path)
        var nul = good
        nul[40] = 0
        var wrongType = try String(contentsOf: path, encoding: .utf8)
        wrongType = wrongType.replacingOccurrences(of: "\"values\": []", with: "\"values\": \"betrokken\"")
        let damaged: [(String, Data, String)] = [
            ("truncated", good.prefix(good.count / 2), ":"), ("nul byte", nul, ":"), ("empty", Data(), "1:1: the file is empty"),
            ("invalid UTF-8", good.prefix(30) + Data([0xC3, 0x28]) + good.dropFirst(32), ":"),
            ("wrong type", Data(wrongType.utf8), "values: expected a list"),
            ("unknown category", Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"goal\"", with: "\"party\"").utf8), "category"),
            ("bad date", Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"2026-11-29\"", with: "\"2026-11-31\"").utf8), "YYYY-MM-DD"),
        ]
        for (name, bytes, expected) in damaged {
            try bytes.write(to: path)
            let error = try cli.fails(["log", anna, "--category", "smile", "--note", "y"])
            #expect(error.hasPrefix("error: contributions/2026-11.json:"), "\(name): \(error)")
            #expect(error.contains(expected), "\(name): \(error)")
            let check = try cli.run("check")
            #expect(check.status == 1 && check.stderr.hasPrefix("contributions/2026-11.json:"), "\(name): \(check.stderr)")
            #expect(try Data(contentsOf: path) == bytes, "\(name) was overwritten")
        }
        // A damaged file elsewhere blocks every write, even one to another file.
        try FileManager.default.createDirectory(at: cli.file("recognitions"), withIntermediateDirectories: true)
        try Data("{\"schemaVersion\": 1, \"month\": \"2025-01\", \"recognitions\": [{]}".utf8)
            .write(to: cli.file("recognitions/2025-01.json"))
        try good.write(to: path)
        let blocked = try cli.fails(["employee", "add", "Bert", "--team", "A"])
        #expect(blocked.contains("recognitions/2025-01.json:1:"))
    }

    @Test func newerFilesAreReadOnlyAndOlderOnesMigrateAfterABackup() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution()
        let employees = cli.file("employees.json")
        try cli.edit("employees.json", replacing: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2")
        let read = try cli.run("employee", "list")
        #expect(read.status == 0 && read.stdout.contains("Anna"))
        #expect(read.stderr.contains("warning: employees.json has schemaVersion 2, newer than this kartrekker knows (1)"))
        let refused = try cli.fails(["log", anna, "--category", "goal", "--note", "y"])
        #expect(refused.contains("schemaVersion 2") && refused.contains("(1)") && refused.contains("read-only"))

        // Version 0 was a bare array of records.
        let version0 = """
            [
              {"id": "\(anna)", "name": "Anna", "team": "A", "archived": false},
              {"id": "e-old", "name": "Oud Gediende", "team": "B", "archived": true}
            ]
            """
        try version0.write(to: employees, atomically: false, encoding: .utf8)
        let listed = try #require(try cli.run("employee", "list", "--archived", "--format", "json").json as? [[String: Any]])
        #expect(listed.count == 2)
        #expect(try String(contentsOf: employees, encoding: .utf8) == version0, "a read must not migrate")
        _ = try cli.ok("log", anna, "--category", "goal", "--note", "y")
        let migrated = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: employees)) as? [String: Any])
        #expect(migrated["schemaVersion"] as? Int == 1 && (migrated["employees"] as? [Any])?.count == 2)
        let backups = cli.snapshot().filter { $0.key.hasPrefix("backups/employees.") }
        #expect(backups.values.contains(Data(version0.utf8)), "the version-0 file was not kept as a backup")
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }

    @Test func backupsKeepPreviousVersionsBounded() throws {
        let cli = CLI()
        var versions: [Data] = []
        for index in 1...8 {
            _ = try cli.ok("employee", "add", "Person \(index)", "--team", "A")
            versions.append(try Data(contentsOf: cli.file("employees.json")))
        }
        let backups = cli.snapshot().filter { $0.key.hasPrefix("backups/employees.") }
        #expect(backups.count == 5)
        #expect(Set(backups.values) == Set(versions[2...6]))
        for path in backups.keys { #expect(cli.mode(path) == 0o600) }
    }

    @Test func erasureLeavesNoByteOfThePerson() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna Þórsdóttir", "--team", "Wijkbeheer", "--email", "anna@woonstad.nl")
        let bert = try cli.ok("employee", "add", "Bert Bakker", "--team", "Wijkbeheer")
        let work = try cli.ok("log", anna, "--category", "smile", "--note", "Lekkage", "--date", "2026-10-03")
        _ = try cli.ok("log", anna, "--category", "idea", "--note", "Kluis")
        _ = try cli.ok("recognize", anna, "--kind", "award", "--message", "Kartrekker!", "--for", work)
        _ = try cli.ok("log", bert, "--category", "beyond", "--note", "Samen met Anna Þórsdóttir de lift geregeld")
        _ = try cli.ok("recognize", bert, "--kind", "thanks", "--message", "Dank, ook namens anna þórsdóttir")
        _ = try cli.ok("employee", "edit", anna, "--role", "Opzichter")

        let exported = try #require(try cli.run("employee", "export", anna).json as? [String: Any])
        #expect((exported["employee"] as? [String: Any])?["id"] as? String == anna)
        #expect((exported["contributions"] as? [Any])?.count == 2 && (exported["recognitions"] as? [Any])?.count == 1)
        #expect(!(try cli.run("employee", "export", anna).stdout.contains(bert)))
        let exportFile = cli.directory.deletingLastPathComponent().appendingPathComponent("anna.json")
        _ = try cli.run("employee", "export", anna, "--output", exportFile.path)
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: exportFile)) is [String: Any])
        #expect((try FileManager.default.attributesOfItem(atPath: exportFile.path)[.posixPermissions] as? Int) == 0o600)
        try cli.fails(["employee", "export", anna, "--output", exportFile.path])

        let refused = try cli.fails(["employee", "erase", anna])
        #expect(refused.contains("--yes") && refused.contains("2 contributions") && refused.contains("1 recognition"))
        #expect(try cli.ok("employee", "erase", "anna", "--yes").contains("Erased"))
        for (path, bytes) in cli.snapshot() {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains(anna), "\(path) still holds the id")
            #expect(!text.lowercased().contains("anna þórsdóttir"), "\(path) still holds the name")
            #expect(!text.contains("anna@woonstad.nl"), "\(path) still holds the e-mail address")
        }
        let left = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        #expect(left.count == 1 && (left[0]["note"] as? String)?.contains("[erased]") == true)
        #expect(try cli.ok("check").hasPrefix("ok:"))
        try cli.fails(["employee", "show", anna])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "strace is not installed (.ci/run installs it)"))
    func aSaveIsWriteFsyncRenameAndDirectoryFsyncUnderStrace() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        let trace = cli.directory.deletingLastPathComponent().appendingPathComponent("trace")
        let result = try cli.run(["log", anna, "--category", "goal", "--note", "x"],
                                 shell: "exec strace -f -qq -e trace=openat,write,fsync,rename,renameat,renameat2 -o \(trace.path)")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n").map(String.init)
        let target = cli.file("contributions/2026-11.json").path
        let createLine = try #require(lines.firstIndex { $0.contains("/contributions/.tmp-2026-11.json") && $0.contains("O_EXCL") })
        let fd = try #require(lines[createLine].split(separator: "=").last?.trimmingCharacters(in: .whitespaces))
        let writeLine = try #require(lines.indices.first { $0 > createLine && lines[$0].contains("write(\(fd),") })
        let fsyncLine = try #require(lines.indices.first { $0 > writeLine && lines[$0].contains("fsync(\(fd))") })
        let renameLine = try #require(lines.indices.first { $0 > fsyncLine && lines[$0].contains("rename") && lines[$0].contains("\"\(target)\"") })
        let openDirectory = try #require(lines.indices.first { $0 > renameLine && lines[$0].contains("O_DIRECTORY") && lines[$0].contains("/contributions\"") })
        let directoryFD = try #require(lines[openDirectory].split(separator: "=").last?.trimmingCharacters(in: .whitespaces))
        #expect(lines.indices.contains { $0 > openDirectory && lines[$0].contains("fsync(\(directoryFD))") })
        #expect(!lines.contains { $0.contains("\"\(target)\"") && $0.contains("O_WRONLY") }, "the data file was opened for writing in place")
    }
}
