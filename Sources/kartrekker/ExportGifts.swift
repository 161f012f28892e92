import ArgumentParser
import KartrekkerApp
import KartrekkerCore

/// `kartrekker export gifts --year Y`: the year's gifts and bonuses with an amount, per person,
/// for the salary administration.
struct ExportGifts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gifts", abstract: "The year's gifts and bonuses with an amount, per person, for the salary administration.",
        discussion: """
            Each person's gifts of the year (date, kind, amount) and their total, and the organisation's \
            total: what the salary administration books under the work-related costs scheme \
            (werkkostenregeling). table prints them; csv writes a line per person (id, name, team, gifts, \
            total; with --dialect excel-nl the amounts with a decimal comma); json each person with their \
            gifts. Archived people are listed (they were given it); amounts are personal data: written \
            0600 with --output, and erased with the person.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The calendar year (default this year).") var year: Int?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Option(help: "rfc4180 or excel-nl (for Dutch Excel).") var dialect: CSVTable.Dialect = .rfc4180
    @Option(help: ArgumentHelp("Write to this file (0600) instead of standard output.", valueName: "file")) var output: String?
    @Flag(help: "Overwrite the --output file.") var force = false

    func validate() throws {
        if let year, !(1900...9999).contains(year) {
            throw UsageWording.error("--year must be a year such as 2026", nl: "--year moet een jaar zijn zoals 2026")
        }
        if dialect != .rfc4180 && format != .csv {
            throw UsageWording.error("--dialect is for --format csv", nl: "--dialect is voor --format csv")
        }
    }

    func run() throws {
        let session = try global.session()
        let gifts = try session.gifts(year: year ?? session.today.year)
        let text: String
        switch format {
        case .json: text = JSONWriter.string(ExportGifts.shape(gifts))
        case .csv:
            let money = { (amount: Euros) in dialect == .excelNL ? amount.dutchDecimal : amount.description }
            text = CSVTable.string(keys: ["id", "name", "team", "gifts", "total"], records: gifts.people.map { person in
                .object([.init("id", .string(person.employee.id)), .init("name", .string(person.employee.name)),
                         .init("team", .string(person.employee.team)), .init("gifts", .int(person.gifts.count)),
                         .init("total", .string(money(person.total)))])
            }, escapingForTerminal: output == nil, dialect: dialect)
        case .table: text = ExportGifts.table(gifts, dutch: Console.language == .dutch)
        }
        if let output {
            try session.writeDocument(text, to: output, force: force)
            Console.emit(Console.language == .dutch ? "geschreven: \(SafeText.escaped(output))" : "written: \(SafeText.escaped(output))", session)
        } else {
            Console.emit(text, session)
        }
    }

    static func shape(_ gifts: GiftYear) -> OutputValue {
        .object([
            .init("year", .int(gifts.year)), .init("total", .string(gifts.total.description)),
            .init("people", .array(gifts.people.map { person in
                .object([
                    .init("id", .string(person.employee.id)), .init("name", .string(person.employee.name)),
                    .init("team", .string(person.employee.team)), .init("total", .string(person.total.description)),
                    .init("gifts", .array(person.gifts.map { gift in
                        .object([.init("id", .string(gift.id)), .init("date", .string(gift.date.description)),
                                 .init("kind", .string(gift.kind.rawValue)), .init("amount", .optional(gift.amount?.description)),
                                 .init("message", .string(gift.message))])
                    })),
                ])
            })),
        ])
    }

    static func table(_ gifts: GiftYear, dutch: Bool) -> String {
        let money = { (amount: Euros) in dutch ? "€ " + amount.dutchDecimal : "€" + amount.description }
        guard !gifts.people.isEmpty else {
            return dutch ? "Geen cadeaus of bonussen met een bedrag in \(gifts.year)." : "No gifts or bonuses with an amount in \(gifts.year)."
        }
        var lines = [dutch ? "Cadeaus en bonussen \(gifts.year), voor de salarisadministratie" : "Gifts and bonuses \(gifts.year), for the salary administration", ""]
        for person in gifts.people {
            var table = TextTable([.init(""), .init(""), .init("", .right), .init("", maxWidth: 40)])
            for gift in person.gifts {
                table.append([gift.date.description, gift.kind.rawValue, gift.amount.map(money) ?? "", gift.message])
            }
            table.append([dutch ? "totaal" : "total", "", money(person.total), ""])
            lines.append("\(SafeText.escaped(person.employee.name)) (\(SafeText.escaped(person.employee.team)))  \(person.employee.id)")
            lines += table.rendered().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map { "  " + $0 }
            lines.append("")
        }
        lines.append(dutch ? "Totaal organisatie: \(money(gifts.total)) (\(gifts.giftCount) keer, \(gifts.people.count) mensen)"
                           : "Organisation total: \(money(gifts.total)) (\(gifts.giftCount) given, \(gifts.people.count) people)")
        return lines.joined(separator: "\n")
    }
}
