import Foundation
import Testing

@Suite struct SchemaTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/schema")

    static let validator = """
        import glob, json, sys
        import jsonschema
        schemas, data = sys.argv[1], sys.argv[2]
        checked = 0
        for kind, pattern in [("employees", "employees.json"), ("contributions", "contributions/*.json"),
                              ("recognitions", "recognitions/*.json"), ("settings", "settings.json")]:
            schema = json.load(open(f"{schemas}/{kind}.schema.json"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sorted(glob.glob(f"{data}/{pattern}")):
                errors = list(validator.iter_errors(json.load(open(path))))
                for error in errors:
                    print(f"{path}: {error.json_path}: {error.message}")
                if errors:
                    sys.exit(1)
                checked += 1
        print(checked)
        """

    /// Whether python3 with jsonschema is here to validate with.
    static let hasValidator: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import jsonschema"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    func validate(_ directory: URL) throws -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", SchemaTests.validator, SchemaTests.schemas.path, directory.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(.enabled(if: SchemaTests.hasValidator, "python3 with jsonschema is not installed (.ci/run installs it)"))
    func everyFileTheProgramWritesValidatesAgainstItsSchema() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer", "--role", "Opzichter",
                              "--email", "anna@woonstad.nl", "--start", "2019-04-01")
        let bert = try cli.ok("employee", "add", "李小龙 😀", "--team", "Klantcontact", "--board", "off", "--praise", "private")
        for (index, category) in ["smile", "beyond", "idea", "attention", "ambassador", "goal"].enumerated() {
            _ = try cli.ok("log", anna, "--category", category, "--note", "Note \(index) met \"quotes\" en \\ en é",
                           "--date", "2026-\(10 + index % 2)-0\(index + 1)", "--channel", "phone", "--value", "Betrokken",
                           "--project", "Renovatie Zuid")
        }
        let idea = try cli.ok("log", bert, "--category", "idea", "--note", "Idee")
        _ = try cli.ok("contribution", "status", idea, "implemented")
        // The fields of version 2: a contact moment, a story, a decline's reason, an amount, an
        // organisation's own contact moment.
        _ = try cli.ok("config", "contact-moments", "add", "Wijkschouw")
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "Lekkage", "--date", "2026-09-03", "--contact-moment", "reparatieverzoek",
                       "--story-problem", "Drie weken lekkage", "--story-action", "Zelf de loodgieter gebeld", "--story-cost", "45,50",
                       "--story-outcome", "Opgelost")
        _ = try cli.ok("log", anna, "--category", "attention", "--note", "Schouw", "--date", "2026-09-04", "--contact-moment", "wijkschouw")
        let declined = try cli.ok("log", anna, "--category", "idea", "--note", "Nog een idee", "--date", "2026-09-05")
        _ = try cli.ok("contribution", "status", declined, "declined", "--reason", "Te duur")
        _ = try cli.ok("recognize", anna, "--kind", "gift", "--message", "Bloemen", "--amount", "25", "--date", "2026-09-06")
        _ = try cli.ok("scores", "set", "2026-Q3", "reparatieverzoek", "7,8")
        _ = try cli.ok("scores", "set", "2026-Q3", "wijkschouw", "8", "--team", "Wijkbeheer")
        _ = try cli.ok("budget", "set", "Wijkbeheer", "2500", "--year", "2026")
        _ = try cli.ok("recognize", bert, "--kind", "award", "--message", "Kartrekker van de maand", "--for", idea, "--private")
        _ = try cli.ok("recognize", anna, "--kind", "thanks", "--message", "Dank je")
        _ = try cli.ok("employee", "archive", bert)
        _ = try cli.ok("config", "retention", "5y")
        _ = try cli.ok("purge", "--before", "2020-01-01")
        let (status, output) = try #require(try validate(cli.directory))
        #expect(status == 0, "\(output)")
        #expect(output.split(separator: "\n").last == "7", "\(output)")
    }

    @Test(.enabled(if: SchemaTests.hasValidator, "python3 with jsonschema is not installed (.ci/run installs it)"))
    func aRecordThatBreaksTheRulesFailsTheSchema() throws {
        let cli = CLI()
        _ = try cli.annaWithOneContribution()
        try cli.edit("contributions/2026-11.json", replacing: "\"ideaStatus\": null", with: "\"ideaStatus\": \"adopted\"")
        let (status, output) = try #require(try validate(cli.directory))
        #expect(status == 1, "\(output)")
    }
}
