import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct FairnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fairness", abstract: "Whether recognition is spread fairly, or has become a popularity contest.",
        discussion: """
            Four figures over the period's days, and where the smiles happened (up to today while it runs), archived people left out:
            top three: the share of the recognitions that went to the three people recognized most \
            (an even spread over everyone recognized would give them 3 in that many);
            not recognized: who contributed but received no recognition in the days (the nudges \
            of the period), most points first;
            breadth: how many different people (who recorded the recognitions) recognized each \
            recognized person, on average, and how many heard it from one person only;
            per kind: for each category, the share of the contributions recorded in the days \
            that a recognition dated in the days is for (are ideas recognized as often as smiles?); \
            smiles where: how many of the days' smiles happened in each contact moment of the \
            resident's journey, and how many named none.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var days: PeriodOptions
    @Option(help: "Only this team.") var team: String?
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        let session = try global.session()
        let period = try days.period(in: session)
        let fairness = try session.fairness(period, team: team)
        // Names of the unrecognized only where the organisation lists who deserves recognition.
        let named = try session.settings().nudges
        switch format {
        case .json: Console.emit(JSONWriter.string(FairnessCommand.shape(fairness, period: period, named: named)), session)
        case .table:
            let days = period.kind == .all ? "up to \(fairness.range.to)" : "\(fairness.range.from) – \(fairness.range.to)"
            Console.emit(FairnessCommand.text(fairness, title: "Fairness · \(period.title) (\(days))",
                                              named: named, width: Console.terminalWidth), session)
        }
    }

    /// The four figures with a reading each, as lines.
    /// Wrapped under their labels to `width` where output goes to a terminal.
    static func text(_ fairness: Fairness, title: String, named: Bool, width: Int?) -> String {
        var lines = [title, ""]
        func line(_ label: String, _ reading: String) {
            var current = label.padding(toLength: 16, withPad: " ", startingAt: 0)
            for word in reading.split(separator: " ") {
                if let width, current.count > 16, current.count + 1 + word.count > max(40, width - 1) {
                    lines.append(current)
                    current = String(repeating: " ", count: 16) + word
                } else {
                    current += (current.count > 16 ? " " : "") + word
                }
            }
            lines.append(current)
        }
        if let share = fairness.topThreeShare {
            let people = fairness.topThree.map { "\(SafeText.escaped($0.employee.name)) (\($0.recognitions))" }.joined(separator: ", ")
            let even = Double(fairness.topThree.count) / Double(fairness.recipients.count)
            line("Top three", "\(Display.percent(share)) of \(fairness.recognitions) recognitions went to \(people); "
                 + "an even spread over the \(fairness.recipients.count) people recognized would give them \(Display.percent(even)).")
        } else {
            line("Top three", "no recognitions in these days.")
        }
        let count = fairness.unrecognized.count
        if count == 0 {
            line("Not recognized", "everyone who contributed was recognized.")
        } else if named {
            let names = fairness.unrecognized.map { "\(SafeText.escaped($0.employee.name)) (\($0.points) pts)" }.joined(separator: ", ")
            line("Not recognized", "\(count) \(count == 1 ? "person" : "people") contributed and received no recognition (the nudges): \(names).")
        } else {
            line("Not recognized", "\(count) \(count == 1 ? "person" : "people") contributed and received no recognition.")
        }
        if let average = fairness.averageGivers {
            line("Breadth", "recognized people heard it from \(String(format: "%.1f", average)) different people on average; "
                 + "\(fairness.singleGiver) of \(fairness.recipients.count) from one person only.")
        } else {
            line("Breadth", "nobody was recognized in these days.")
        }
        let kinds = fairness.categories.filter { $0.recorded > 0 }.map { share in
            "\(share.category.rawValue) \(Display.percent(Double(share.recognized) / Double(share.recorded))) (\(share.recognized) of \(share.recorded))"
        }
        line("Per kind", kinds.isEmpty ? "no contributions in these days."
                                       : "contributions recognized: " + kinds.joined(separator: " · ") + ".")
        var moments = fairness.smilesByMoment.map { "\($0.moment.englishName) \($0.smiles)" }
        if fairness.smilesWithoutMoment > 0 { moments.append("no contact moment \(fairness.smilesWithoutMoment)") }
        line("Smiles where", moments.isEmpty ? "no smiles in these days." : "smiles per contact moment: " + moments.joined(separator: " · ") + ".")
        return lines.joined(separator: "\n")
    }

    static func shape(_ fairness: Fairness, period: Period, named: Bool) -> OutputValue {
        func person(_ employee: Employee, _ fields: [OutputValue.Field]) -> OutputValue {
            .object([.init("id", .string(employee.id)), .init("name", .string(employee.name)), .init("team", .string(employee.team))] + fields)
        }
        return .object([
            .init("period", .object([.init("kind", .string(period.kind.rawValue)), .init("from", .string(fairness.range.from.description)),
                                     .init("to", .string(fairness.range.to.description))])),
            .init("recognitions", .int(fairness.recognitions)),
            .init("topThree", .array(fairness.topThree.map { person($0.employee, [.init("recognitions", .int($0.recognitions))]) })),
            .init("topThreePercent", .optional(fairness.topThreeShare.map { Int(($0 * 100).rounded()) })),
            .init("unrecognized", named
                ? .array(fairness.unrecognized.map {
                    person($0.employee, [.init("contributions", .int($0.contributions)), .init("points", .int($0.points))])
                })
                : .int(fairness.unrecognized.count)),
            .init("recipients", .array(fairness.recipients.map {
                person($0.employee, [.init("recognitions", .int($0.recognitions)), .init("givers", .int($0.givers))])
            })),
            .init("singleGiver", .int(fairness.singleGiver)),
            .init("categories", .array(fairness.categories.map {
                .object([.init("category", .string($0.category.rawValue)), .init("recorded", .int($0.recorded)),
                         .init("recognized", .int($0.recognized))])
            })),
            .init("smilesByContactMoment", .array(fairness.smilesByMoment.map {
                .object([.init("contactMoment", .string($0.moment.key)), .init("smiles", .int($0.smiles))])
            })),
            .init("smilesWithoutContactMoment", .int(fairness.smilesWithoutMoment)),
        ])
    }
}
