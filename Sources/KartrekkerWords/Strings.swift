import KartrekkerApp
import KartrekkerCore

/// Every word the terminal UI shows, in English and in Dutch side by side, and how each language
/// writes dates and numbers: the one table of words, so that a screen never holds a word itself.
/// `w(english, dutch)` is a phrase of the table (the language test reads the English of every
/// one and looks for it on the Dutch screens).
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public static let english = Strings(.english)
    public static let dutch = Strings(.dutch)

    /// One phrase: its English and its Dutch.
    func w(_ english: String, _ dutch: String) -> String { language == .dutch ? dutch : english }

    // MARK: Chrome
    public var appName: String { "kartrekker" }
    public var tabs: [String] { [w("Dashboard", "Overzicht"), w("Employees", "Medewerkers"), w("Leaderboard", "Ranglijst"),
                                 w("Activity", "Tijdlijn")] }
    public var employeeTitle: String { w("Employee", "Medewerker") }
    public var loading: String { w("loading…", "laden…") }
    public var readOnly: String { w("read-only: written by a newer kartrekker", "alleen lezen: geschreven door een nieuwere kartrekker") }
    public var readOnlyRole: String { w("read-only: this role reads and changes nothing", "alleen lezen: deze rol leest en wijzigt niets") }
    public var tooSmall: String { w("Terminal too small", "Venster te klein") }

    // MARK: Welcome
    public var welcomeLines: [String] { [
        w("kartrekker — record what your team contributes, recognize them for it,",
          "kartrekker — leg vast wat je team bijdraagt, waardeer ze ervoor,"),
        w("and see who pulls the cart.", "en zie wie de kar trekt."),
    ] }
    public var welcomeDemo: String { w("load a demo organisation to look around", "bekijk een demo-organisatie") }
    public var welcomeDemoDetail: String { w("(24 people, a year of history)", "(24 mensen, een jaar geschiedenis)") }
    public var welcomeAdd: String { w("add your first employee", "voeg je eerste medewerker toe") }
    public var welcomeQuit: String { w("quit", "stoppen") }
    public var welcomeSharedFolder: String {
        w("A shared folder: --data-dir DIR or KARTREKKER_DATA_DIR.", "Een gedeelde map: --data-dir MAP of KARTREKKER_DATA_DIR.")
    }
    public var welcomeDatabase: String {
        w("The organisation's database: --store postgres://… or KARTREKKER_STORE.",
          "De database van de organisatie: --store postgres://… of KARTREKKER_STORE.")
    }
    public func dataDirectory(_ path: String) -> String { w("Your data lives in ", "Je gegevens staan in ") + path }
    public func database(_ address: String) -> String { w("Your data lives in the database ", "Je gegevens staan in de database ") + address }
    public func demoProgress(_ done: Int, _ total: Int) -> String {
        w("Loading the demo organisation… \(done) of \(total) files", "De demo-organisatie laden… \(done) van \(total) bestanden")
    }
    public func demoLoaded(_ employees: Int) -> String {
        w("Demo organisation loaded: \(employees) employees", "Demo-organisatie geladen: \(employees) medewerkers")
    }

    // MARK: Problems
    public var problemTitle: String { w("The data cannot be read", "De gegevens zijn niet te lezen") }
    public var problemNothingWritten: String {
        w("Nothing will be written until it is repaired.", "Er wordt niets geschreven tot het hersteld is.")
    }
    public var problemCheckHint: String {
        w("`kartrekker check` lists every problem; this screen comes back by itself once the file is repaired.",
          "`kartrekker check` noemt elk probleem; dit scherm verdwijnt vanzelf zodra het bestand hersteld is.")
    }

    // MARK: Dashboard
    public var deserveRecognition: String { w("Deserve recognition", "Verdienen waardering") }
    public var recent: String { w("Recent", "Recent") }
    public var sparkTitle: String { w("Contributions, 12 weeks", "Bijdragen, 12 weken") }
    // MARK: The recap for the team meeting
    public func recapTitle(_ period: String, team: String?) -> String {
        w("Team meeting · ", "Werkoverleg · ") + period + (team.map { " · " + $0 } ?? "")
    }
    public func recapDays(_ range: DateRange, partial: Bool, allTime: Bool = false) -> String {
        if allTime { return w("Counted: everything up to \(mediumDate(range.to)).", "Geteld: alles tot en met \(mediumDate(range.to)).") }
        let days = range.from.year == range.to.year ? span(range) + " \(range.to.year)" : "\(mediumDate(range.from)) – \(mediumDate(range.to))"
        return partial ? w("Counted: \(days), so far.", "Geteld: \(days), tot nu toe.") : w("Counted: \(days).", "Geteld: \(days).")
    }
    public func recapNotShown(_ count: Int) -> String {
        count == 1 ? w("1 person is left out at their own wish.", "1 persoon is op eigen verzoek weggelaten.")
                   : w("\(count) people are left out at their own wish.", "\(count) mensen zijn op eigen verzoek weggelaten.")
    }
    public var recapKartrekkers: String { "Kartrekkers" }
    public var recapTeams: String { w("Teams", "Teams") }
    public var recapStories: String { w("Stories", "Verhalen") }
    public var recapIdeas: String { w("Ideas taken up", "Omarmde ideeën") }
    public var recapRecognitions: String { w("Recognitions given", "Gegeven waarderingen") }
    public var recapMilestones: String { w("Coming up", "Binnenkort") }
    public var recapFigures: String { w("In figures", "In cijfers") }
    public var recapNoKartrekkers: String { w("Nobody has points in these days yet.", "Nog niemand heeft punten in deze dagen.") }
    public var recapNoStories: String { w("No smiles or extra steps were written down.", "Er zijn geen glimlachen of extra stappen opgeschreven.") }
    public var recapNoIdeas: String { w("No idea of these days was taken up yet.", "Nog geen idee van deze dagen is omarmd.") }
    public var recapNoRecognitions: String { w("No recognition to share.", "Geen waardering om te delen.") }
    public var recapNoMilestones: String { w("No work anniversaries in the next 14 days.", "Geen jubilea in de komende 14 dagen.") }
    public var recapRecognized: String { w("recognized", "gewaardeerd") }
    /// "1 · Anna de Vries · Verhuur · 42 points"
    public func recapRank(_ rank: Int, _ name: String, team: String, score: Int?) -> String {
        "\(rank) · \(name) · \(team)" + (score.map { w(" · \($0) points", " · \($0) punten") } ?? "")
    }
    public func recapTeamRank(_ rank: Int, _ team: String, people: Int, score: Int) -> String {
        "\(rank) · \(team) · " + self.people(people) + w(" · \(score) points", " · \(score) punten")
    }
    /// "5 years with us", "12½ jaar in dienst".
    public func recapService(_ milestone: Milestone) -> String {
        let years = Display.years(milestone)
        return w(milestone.months == 12 ? "1 year with us" : "\(years) years with us", "\(years) jaar in dienst")
    }

    public var recapScreenTitle: String { w("Recap", "Terugblik") }
    public var keyRecap: String { w("recap", "terugblik") }
    public var keyRecapHelp: String { w("The recap of the period for the team meeting", "De terugblik op de periode voor het werkoverleg") }
    public var keyPage: String { w("page", "pagina") }
    public var keyPageLabel: String { w("Space/PgUp", "spatie/PgUp") }
    public var keyPageHelp: String { w("Next page (Space, PgDn) or the one before (PgUp, b)", "Volgende pagina (spatie, PgDn) of de vorige (PgUp, b)") }
    public var keyFirstLast: String { w("first/last", "eerste/laatste") }
    public var keyFirstLastHelp: String { w("The first or the last page", "De eerste of de laatste pagina") }
    public func storyHeading(_ number: Int, of count: Int) -> String { w("Story \(number) of \(count)", "Verhaal \(number) van \(count)") }
    public func pageOf(_ number: Int, _ count: Int) -> String { "\(number) / \(count)" }
    public var recapHint: String { w("Space: next page · ←→ [ ] t: another period or team · q: back",
                                     "spatie: volgende pagina · ←→ [ ] t: andere periode of team · q: terug") }

    // MARK: The report for the yearly conversation
    public func reportTitle(_ name: String) -> String { w("For the yearly conversation · \(name)", "Voor het jaargesprek · \(name)") }
    public func reportSummary(_ range: DateRange, contributions: Int, score: Int, recognitions: Int) -> String {
        let days = "\(mediumDate(range.from)) – \(mediumDate(range.to))"
        return "\(days): " + [contributionCount(contributions), pointCount(score), recognitionCount(recognitions)].joined(separator: ", ")
            + w(" received.", " ontvangen.")
    }
    /// "1 contribution", "12 contributions".
    public func contributionCount(_ count: Int) -> String {
        count == 1 ? w("1 contribution", "1 bijdrage") : w("\(number(count)) contributions", "\(number(count)) bijdragen")
    }
    public func pointCount(_ count: Int) -> String { count == 1 ? w("1 point", "1 punt") : w("\(number(count)) points", "\(number(count)) punten") }
    public func recognitionCount(_ count: Int) -> String {
        count == 1 ? w("1 recognition", "1 waardering") : w("\(number(count)) recognitions", "\(number(count)) waarderingen")
    }
    public var reportContributions: String { w("Contributions", "Bijdragen") }
    public var reportNothing: String { w("Nothing was recorded in these days.", "In deze dagen is niets vastgelegd.") }
    public var reportIdeas: String { w("Ideas, and what became of them", "Ideeën, en wat ermee gebeurde") }
    public var reportRecognitions: String { w("Recognitions received", "Ontvangen waarderingen") }
    public var reportMonths: String { w("Scores by month", "Punten per maand") }
    public var reportMilestones: String { w("Work anniversaries", "Jubilea") }
    public var reportNoIdeas: String { w("No ideas in these days.", "Geen ideeën in deze dagen.") }
    public var reportNoRecognitions: String { w("No recognitions in these days.", "Geen waarderingen in deze dagen.") }
    public var reportNoMilestones: String { w("No start date is known.", "Er is geen startdatum bekend.") }
    public var reportPrivate: String { w("private", "privé") }
    public func reportNext(_ text: String) -> String { w("next: ", "volgende: ") + text }
    public func reportMonth(_ month: PersonReport.Month) -> String {
        "\(period(month.period)): " + [pointCount(month.score), contributionCount(month.contributions), recognitionCount(month.recognitions)]
            .joined(separator: ", ")
    }
    public var keyReport: String { w("report", "verslag") }
    public var keyReportHelp: String { w("Write the report for the yearly conversation (HTML, in your home folder)",
                                         "Het verslag voor het jaargesprek schrijven (HTML, in je thuismap)") }
    public func reportWritten(_ path: String) -> String { w("Report written to \(path)", "Verslag geschreven naar \(path)") }

    // MARK: Fairness
    public var keyFairness: String { w("fair?", "eerlijk?") }
    public var keyFairnessHelp: String { w("Show or hide the fairness figures", "Eerlijkheidscijfers tonen of verbergen") }
    public func fairnessTitle(_ days: String) -> String { w("Fairness · \(days)", "Eerlijk verdeeld? · \(days)") }
    public var fairnessHelpTitle: String { w("Fairness figures", "Eerlijkheidscijfers") }
    public var fairnessLabels: [String] {
        [w("top three", "top drie"), w("unrecognized", "geen waardering"), w("breadth", "breedte"), w("per kind", "per soort"),
         w("smiles where", "glimlach waar")]
    }
    /// Each figure's label and what it means, for the help.
    public var fairnessExplained: [(String, String)] {
        Array(zip(fairnessLabels, [
            w("share of recognitions to the 3 most recognized", "deel van de waarderingen voor de 3 meest gewaardeerden"),
            w("contributed this month, but no recognition", "droeg deze maand bij, maar kreeg geen waardering"),
            w("how many different people recognized each one", "door hoeveel verschillende mensen elk gewaardeerd"),
            w("share of each category's contributions recognized", "deel van de bijdragen per categorie gewaardeerd"),
            w("the smiles per contact moment of the resident's journey", "de glimlachen per klantmoment in de reis van de huurder"),
        ]))
    }
    public func fairTopThree(_ fairness: Fairness) -> String {
        guard let share = fairness.topThreeShare else { return w("no recognitions yet", "nog geen waarderingen") }
        let even = Display.percent(Double(fairness.topThree.count) / Double(fairness.recipients.count))
        return w("\(Display.percent(share)) of \(number(fairness.recognitions)) recognitions (an even spread: \(even))",
                 "\(Display.percent(share)) van \(number(fairness.recognitions)) waarderingen (gelijk verdeeld: \(even))")
    }
    /// Names added while they fit in `width`, then how many more.
    public func fairUnrecognized(_ fairness: Fairness, named: Bool, width: Int) -> String {
        let count = fairness.unrecognized.count
        guard count > 0 else { return w("everyone who contributed was recognized", "iedereen die bijdroeg kreeg waardering") }
        let head = w("\(count) without recognition", "\(count) zonder waardering")
        guard named else { return head }
        var text = head + ":"
        for (index, person) in fairness.unrecognized.enumerated() {
            let rest = count - index - 1
            let more = rest > 0 ? " +\(rest)" : ""
            let next = text + (index == 0 ? " " : ", ") + person.employee.name
            if DisplayWidth.of(next + more) > width {
                return index == 0 ? head : text + " +\(count - index)"
            }
            text = next
        }
        return text
    }
    public func fairBreadth(_ fairness: Fairness) -> String {
        guard let average = fairness.averageGivers else { return w("nobody recognized yet", "nog niemand gewaardeerd") }
        let mean = String(format: "%.1f", average)
        return w("\(mean) givers per person; \(fairness.singleGiver) of \(fairness.recipients.count) from one only",
                 "\(language == .dutch ? mean.replacingOccurrences(of: ".", with: ",") : mean) gevers per persoon; \(fairness.singleGiver) van \(fairness.recipients.count) van één gever")
    }
    /// The categories recorded, most recognized first, while they fit in `width`.
    /// The smiles per contact moment, most first, as many as fit in `width`.
    public func fairMoments(_ fairness: Fairness, width: Int) -> String {
        guard !fairness.smilesByMoment.isEmpty || fairness.smilesWithoutMoment > 0 else {
            return w("no smiles yet", "nog geen glimlachen")
        }
        var items = fairness.smilesByMoment.map { contactMoment($0.moment) + " " + number($0.smiles) }
        if fairness.smilesWithoutMoment > 0 { items.append(w("no moment", "geen moment") + " " + number(fairness.smilesWithoutMoment)) }
        var text = ""
        for item in items {
            let next = (text.isEmpty ? "" : text + " · ") + item
            if DisplayWidth.of(next) > width - 2 { return text + " …" }
            text = next
        }
        return text
    }

    public func fairKinds(_ fairness: Fairness, width: Int) -> String {
        let shares = fairness.categories.filter { $0.recorded > 0 }
            .map { ($0.category, Double($0.recognized) / Double($0.recorded)) }
            .sorted { $0.1 > $1.1 }
        guard !shares.isEmpty else { return w("nothing recorded yet", "nog niets vastgelegd") }
        var text = ""
        for (kind, share) in shares {
            let next = (text.isEmpty ? "" : text + " · ") + category(kind) + " " + Display.percent(share)
            if DisplayWidth.of(next) > width - 2 { return text + " …" }
            text = next
        }
        return text
    }

    /// People left off a board at their own wish: how many, never who.
    public func notShown(_ count: Int) -> String {
        count == 1 ? w("1 person is not shown", "1 persoon wordt niet getoond")
                   : w("\(count) people are not shown", "\(count) mensen worden niet getoond")
    }
    /// The same where room is short (the dashboard's board title).
    public func hiddenOnBoard(_ count: Int) -> String { w("\(count) hidden", "\(count) verborgen") }
    public var offBoards: String { w("off boards", "niet op ranglijsten") }
    public var praisedPrivately: String { w("praise in private", "lof onder vier ogen") }
    public var fieldOnBoard: String { w("On boards", "Op ranglijsten") }
    public var onBoardYes: String { w("yes", "ja") }
    public var onBoardNo: String { w("no, at their wish", "nee, op eigen verzoek") }
    public var fieldPraise: String { w("Praise", "Waardering") }
    public var praisePublic: String { w("in public, e.g. the team meeting", "in het openbaar, zoals het werkoverleg") }
    public var praisePrivate: String { w("in private, one-to-one", "onder vier ogen") }
    /// "idea adopted", "idee omarmd": an idea taken up, awaiting its recognition.
    public func ideaToThank(_ idea: Contribution) -> String {
        idea.category == .praise ? w("resident's praise", "lof van bewoner") : w("idea ", "idee ") + (idea.ideaStatus.map(ideaStatus) ?? "")
    }
    /// What a recognition for an idea taken up opens with.
    public func ideaMessage(_ idea: Contribution) -> String {
        if idea.category == .praise { return w("A resident praised you: ", "Een bewoner prees je: ") + String(idea.note.prefix(1900)) }
        return w("Thank you for your idea, now ", "Dank je voor je idee, nu ") + (idea.ideaStatus.map(ideaStatus) ?? "") + ": " + idea.note
    }
    // MARK: Ideas
    public var ideasTitle: String { w("Ideas", "Ideeën") }
    public var keyIdeas: String { w("ideas", "ideeën") }
    public var keyIdeasHelp: String { w("Every idea of the last year, by what became of it", "Alle ideeën van het afgelopen jaar, naar wat ermee gebeurde") }
    public var keyIdeaFilter: String { w("status", "status") }
    public var keyIdeaFilterHelp: String { w("Status filter: all, then each status in turn", "Statusfilter: alle, dan elke status om de beurt") }
    public var allStatuses: String { w("every status", "elke status") }
    public var lastYear: String { w("last 12 months", "afgelopen 12 maanden") }
    public var columnStatus: String { w("STATUS", "STATUS") }
    public var columnWaiting: String { w("WAITING", "WACHT") }
    public var columnIdea: String { w("IDEA", "IDEE") }
    public var noIdeas: String { w("No ideas in these months.", "Geen ideeën in deze maanden.") }
    public func ideaCount(_ count: Int) -> String { count == 1 ? w("1 idea", "1 idee") : w("\(count) ideas", "\(count) ideeën") }
    public func waitingDays(_ days: Int) -> String { days == 1 ? w("1 day", "1 dag") : w("\(days) days", "\(days) dagen") }
    public var milestonesTitle: String { w("Work anniversaries, 14 days", "Jubilea, komende 14 dagen") }
    public var noMilestones: String { w("none in the next 14 days", "geen in de komende 14 dagen") }
    /// "5 yrs", "12½ yrs"; "5 jaar".
    public func serviceYears(_ milestone: Milestone, unicode: Bool = true) -> String {
        let years = Display.years(milestone, unicode: unicode)
        return w(milestone.months == 12 ? "1 yr" : "\(years) yrs", "\(years) jaar")
    }
    /// What a recognition of a jubileum opens with.
    public func milestoneMessage(_ milestone: Milestone) -> String {
        let years = Display.years(milestone)
        return w("\(years) \(milestone.months == 12 ? "year" : "years") with us: congratulations, and thank you!",
                 "\(years) jaar in dienst: gefeliciteerd, en dank je wel!")
    }
    public var nobodyOnBoard: String { w("Nobody has points this month yet.", "Nog niemand heeft punten deze maand.") }
    public var everyoneRecognized: String {
        w("Everyone who contributed lately was recognized.", "Iedereen die onlangs bijdroeg, kreeg waardering.")
    }
    public var nudgesOff: String { w("Turned off by the organisation.", "Uitgezet door de organisatie.") }
    public var nobodyOnTeamBoard: String { w("No team has points this month yet.", "Nog geen team heeft punten deze maand.") }
    public func teamsOf(_ period: String) -> String { "Teams · " + period }
    public func people(_ count: Int) -> String {
        count == 1 ? w("1 person", "1 persoon") : w("\(count) people", "\(count) mensen")
    }
    public var nothingRecorded: String { w("Nothing recorded yet.", "Nog niets vastgelegd.") }
    public func kartrekkers(_ period: String) -> String { "Kartrekkers · " + period }
    public func versus(_ current: String, _ previous: String) -> String { current + w(" vs ", " t.o.v. ") + previous }
    /// "November vs October" for whole months; "1 – 5 Dec vs 1 – 5 Nov" while the month runs.
    public func versus(_ comparison: PeriodComparison) -> String {
        guard let previous = comparison.previous else { return period(comparison.period) }
        if comparison.isPartial || comparison.period.kind == .custom { return versus(span(comparison.current), span(previous)) }
        if comparison.period.kind == .month {
            return versus(monthNames[comparison.current.from.month - 1], monthNames[previous.from.month - 1])
        }
        return versus(period(comparison.period), period(Period(comparison.period.kind, containing: previous.from)))
    }
    public func against(_ previous: String) -> String { w("vs ", "t.o.v. ") + previous }
    public func purged(before day: CalendarDate) -> String {
        w("records before \(day) were purged", "gegevens van vóór \(shortDate(day)) \(day.year) zijn opgeschoond")
    }
    public func andMore(_ count: Int) -> String { w("and \(count) more", "en nog \(count)") }
    public func points(_ count: Int) -> String { w("\(count) pts", "\(count) ptn") }
    public func ofWhole(_ whole: Int) -> String { w("of \(whole)", "van \(whole)") }
    public func figure(_ kind: Dashboard.Figure.Kind) -> String {
        switch kind {
        case .contributions: w("contributions", "bijdragen")
        case .recognitions: w("recognitions", "waarderingen")
        case .contributing: w("contributing", "dragen bij")
        case .ideasAdopted: w("ideas adopted", "ideeën omarmd")
        }
    }

    // MARK: Employees
    public var columnName: String { w("NAME", "NAAM") }
    public var columnTeam: String { w("TEAM", "TEAM") }
    public var columnRole: String { w("ROLE", "FUNCTIE") }
    public var columnMonth: String { w("MONTH", "MAAND") }
    public var columnLastContribution: String { w("LAST CONTR.", "BIJGEDRAGEN") }
    public var columnLastRecognition: String { w("LAST RECOG.", "GEWAARDEERD") }
    public var allTeams: String { w("all teams", "alle teams") }
    public var archivedShown: String { w("archived shown", "gearchiveerden getoond") }
    public var noEmployees: String { w("No employees match.", "Geen medewerkers gevonden.") }
    public func employeeCount(_ count: Int) -> String {
        count == 1 ? w("1 employee", "1 medewerker") : w("\(count) employees", "\(count) medewerkers")
    }
    public func team(_ name: String) -> String { "team " + name }
    public func sortedBy(_ sort: EmployeeSort) -> String {
        switch sort {
        case .name: w("by name", "op naam")
        case .score: w("by score this month", "op score deze maand")
        case .lastRecognition: w("longest unrecognized first", "langst zonder waardering eerst")
        }
    }
    /// "Name", or "Name (archived)"; the id where the employee is unknown.
    public func name(_ employee: Employee?, fallback id: String) -> String {
        Display.name(employee, fallback: id, archivedMark: archivedMark)
    }

    // MARK: Employee
    public var archivedMark: String { w("archived", "gearchiveerd") }
    public var scoreWeeks: String { w("Score, 12 weeks", "Score, 12 weken") }
    public var scoreWeeksShort: String { w("12 weeks", "12 weken") }
    public var noRecords: String { w("No contributions or recognitions yet.", "Nog geen bijdragen of waarderingen.") }
    public var privateMark: String { w("private", "privé") }
    public func since(_ date: CalendarDate) -> String { w("since ", "sinds ") + mediumDate(date) }
    public func periodScore(_ kind: PeriodKind, _ score: Int) -> String { periodKind(kind) + " \(score)" }
    public func adopted(_ count: Int) -> String { w("(\(count) adopted)", "(\(count) omarmd)") }
    public func recognitionLine(kind: RecognitionKind, by: String, message: String) -> String {
        w("\(recognitionKind(kind)) from \(by): \u{201C}\(message)\u{201D}",
          "\(recognitionKind(kind)) van \(by): \u{201C}\(message)\u{201D}")
    }
    public func forContributions(_ count: Int) -> String {
        count == 1 ? w("for 1 contribution", "voor 1 bijdrage") : w("for \(count) contributions", "voor \(count) bijdragen")
    }
    public func olderRecords(contributions: Int, recognitions: Int, employeeID: String) -> String {
        w("\(contributions) older contributions and \(recognitions) older recognitions: kartrekker contribution list --employee \(employeeID)",
          "\(contributions) oudere bijdragen en \(recognitions) oudere waarderingen: kartrekker contribution list --employee \(employeeID)")
    }

    // MARK: The domain's words: category, kind, channel, status, visibility
    /// A category as a word in a line: "smile", "glimlach".
    public func category(_ category: KartrekkerCore.Category) -> String {
        switch category {
        case .smile: w("smile", "glimlach")
        case .beyond: w("beyond", "extra stap")
        case .idea: w("idea", "idee")
        case .attention: w("attention", "aandacht")
        case .ambassador: w("ambassador", "ambassadeur")
        case .goal: w("goal", "doel")
        case .praise: w("praise", "lof")
        }
    }
    public func recognitionKind(_ kind: RecognitionKind) -> String {
        switch kind {
        case .thanks: w("thanks", "bedankje")
        case .compliment: w("compliment", "compliment")
        case .gift: w("gift", "cadeau")
        case .bonus: w("bonus", "bonus")
        case .award: w("award", "prijs")
        }
    }
    public func channel(_ channel: Channel) -> String {
        switch channel {
        case .phone: w("phone", "telefoon")
        case .visit: w("visit", "bezoek")
        case .counter: w("counter", "balie")
        case .email: w("email", "e-mail")
        case .chat: w("chat", "chat")
        case .social: w("social", "sociale media")
        case .other: w("other", "anders")
        }
    }
    public func ideaStatus(_ status: IdeaStatus) -> String {
        switch status {
        case .proposed: w("proposed", "voorgesteld")
        case .adopted: w("adopted", "omarmd")
        case .implemented: w("implemented", "ingevoerd")
        case .declined: w("declined", "afgewezen")
        }
    }
    // MARK: Leaderboard
    public var columnRank: String { w("RANK", "PLEK") }
    public var columnScore: String { w("SCORE", "SCORE") }
    public var columnChange: String { w("CHANGE", "TREND") }
    public var allValues: String { w("all values", "alle waarden") }
    public var nobodyInPeriod: String { w("Nobody has points in this period yet.", "Nog niemand heeft punten in deze periode.") }
    public func value(_ tag: String) -> String { w("value ", "waarde ") + tag }
    public func periodKind(_ kind: PeriodKind) -> String {
        switch kind {
        case .week: w("Week", "Week")
        case .month: w("Month", "Maand")
        case .quarter: w("Quarter", "Kwartaal")
        case .year: w("Year", "Jaar")
        case .all: w("All time", "Altijd")
        case .custom: w("Range", "Periode")
        }
    }
    /// A new entry in the change column: "new", "nieuw".
    public var newOnBoard: String { w("new", "nieuw") }
    /// The change column: `▲2`, `▼1`, `=`, "new"; empty where the period has no previous one.
    public func change(_ row: LeaderboardRow, in period: Period, unicode: Bool) -> String {
        Display.change(row, in: period, unicode: unicode, new: newOnBoard)
    }

    /// "November 2026", "Week 48, 2026", "Q4 2026", "2026", "All time"; in Dutch
    /// "november 2026", "week 48 · 2026", "K4 2026".
    public func period(_ period: Period) -> String {
        guard let range = period.range else { return periodKind(.all) }
        switch period.kind {
        case .week:
            let week = range.from.isoWeek
            return w("Week \(week.week), \(week.year)", "week \(week.week) · \(week.year)")
        case .month: return "\(monthNames[range.from.month - 1]) \(range.from.year)"
        case .quarter: return w("Q", "K") + "\((range.from.month - 1) / 3 + 1) \(range.from.year)"
        case .year: return "\(range.from.year)"
        case .all, .custom: return "\(shortDate(range.from)) – \(shortDate(range.to))"
        }
    }

    /// "1 – 30 Nov", "28 Dec – 3 Jan".
    public func span(_ range: DateRange) -> String {
        if range.from.year == range.to.year && range.from.month == range.to.month {
            return "\(range.from.day) – \(shortDate(range.to))"
        }
        return "\(shortDate(range.from)) – \(shortDate(range.to))"
    }

    // MARK: Activity
    public var columnDate: String { w("DATE", "DATUM") }
    public var columnEmployee: String { w("EMPLOYEE", "MEDEWERKER") }
    public var columnWhat: String { w("WHAT", "WAT") }
    public var columnNote: String { w("NOTE", "NOTITIE") }
    public var allKinds: String { w("contributions and recognitions", "bijdragen en waarderingen") }
    public var allCategories: String { w("all categories", "alle categorieën") }
    public var noActivity: String { w("Nothing matches these filters.", "Niets past bij deze filters.") }
    public func kind(_ kind: ActivityFilter.Kind) -> String {
        switch kind {
        case .contributions: w("contributions", "bijdragen")
        case .recognitions: w("recognitions", "waarderingen")
        }
    }
    public func shownOf(_ shown: Int) -> String { w("newest \(shown)", "nieuwste \(shown)") }

    // MARK: Forms
    public var formLog: String { w("Log a contribution", "Bijdrage vastleggen") }
    public var formRecognize: String { w("Recognize", "Waarderen") }
    public var formAddEmployee: String { w("Add an employee", "Medewerker toevoegen") }
    public var formEditEmployee: String { w("Edit the employee", "Medewerker wijzigen") }
    public var formEditContribution: String { w("Correct the contribution", "Bijdrage corrigeren") }
    public var formEditRecognition: String { w("Correct the recognition", "Waardering corrigeren") }
    public var formIdeaStatus: String { w("Idea status", "Status van het idee") }
    public var fieldEmployee: String { w("Employee", "Medewerker") }
    public var fieldCategory: String { w("Category", "Categorie") }
    public var fieldDate: String { w("Date", "Datum") }
    public var fieldNote: String { w("Note", "Notitie") }
    public var fieldChannel: String { w("Channel", "Kanaal") }
    public var fieldValues: String { w("Values", "Waarden") }
    public var fieldProject: String { w("Project", "Project") }
    public var fieldIdeaStatus: String { w("Idea status", "Status idee") }
    public var fieldContactMoment: String { w("Contact moment", "Klantmoment") }
    public var fieldWith: String { w("Shared with", "Gedeeld met") }
    public var nobodyElse: String { w("nobody else (type a name)", "niemand anders (typ een naam)") }
    public func sharedWith(_ names: [String]) -> String { w("with ", "met ") + names.joined(separator: ", ") }
    public var fieldStoryProblem: String { w("What went wrong", "Wat ging er mis") }
    public var fieldStoryAction: String { w("What they did", "Wat deed hij/zij") }
    public var fieldStoryCost: String { w("Cost (€)", "Kosten (€)") }
    public var fieldStoryOutcome: String { w("How it ended", "Hoe liep het af") }
    public var fieldDeclineReason: String { w("Why declined", "Waarom afgewezen") }
    public var fieldAmount: String { w("Amount (€)", "Bedrag (€)") }
    public var storiesTitle: String { w("Stories", "Verhalen") }
    public func mandateLine(spent: Euros, of budget: Euros?, year: Int) -> String {
        guard let budget else { return w("mandate \(year): \(money(spent)) spent", "mandaat \(year): \(money(spent)) besteed") }
        return w("mandate \(year): \(money(spent)) of \(money(budget))", "mandaat \(year): \(money(spent)) van \(money(budget))")
    }
    public var residentsTitle: String { w("Residents' scores", "Cijfers van bewoners") }
    public var keyResidents: String { w("residents", "bewoners") }
    public var keyResidentsHelp: String {
        w("The residents' scores beside the contributions and smiles, per contact moment", "De cijfers van bewoners naast de bijdragen en glimlachen, per klantmoment")
    }
    public var keySetScore: String { w("set score", "cijfer") }
    public var keySetScoreHelp: String {
        w("Type in a quarter's score from the survey bureau's report", "Een kwartaalcijfer van het onderzoeksbureau invoeren")
    }
    public var columnContactMoment: String { w("CONTACT MOMENT", "KLANTMOMENT") }
    public var columnResidentScore: String { w("SCORE", "CIJFER") }
    public var columnContributions: String { w("CONTRIB.", "BIJDR.") }
    public var columnSmiles: String { w("SMILES", "GLIML.") }
    public var noContactMoments: String { w("No contact moments yet", "Nog geen klantmomenten") }
    public var sideBySide: String { w("Side by side, not cause and effect.", "Naast elkaar, geen oorzaak en gevolg.") }
    public func lowestScore(_ moment: String) -> String { w("Lowest latest score: \(moment).", "Laagste laatste cijfer: \(moment).") }
    public func decimal(_ value: Double) -> String { w(Display.score(value), Display.score(value).replacingOccurrences(of: ".", with: ",")) }
    public var formResidentScore: String { w("A residents' score", "Een cijfer van bewoners") }
    public var fieldQuarter: String { w("Quarter", "Kwartaal") }
    public var fieldScore: String { w("Score", "Cijfer") }
    public var fieldScoreTeam: String { w("For", "Voor") }
    public var wholeOrganisation: String { w("the organisation", "de organisatie") }
    public func scoreSaved(_ quarter: String, _ moment: String, _ score: String) -> String {
        w("Saved: \(quarter) \(moment) \(score)", "Bewaard: \(quarter) \(moment) \(score)")
    }
    public var storyCostLabel: String { w("What it cost", "Wat het kostte") }
    public var allContactMoments: String { w("all contact moments", "alle klantmomenten") }
    public var noStories: String {
        w("No stories in this period: a smile or step beyond can tell one",
          "Geen verhalen in deze periode: bij een glimlach of extra stap kan dat")
    }
    public func storyCount(_ count: Int) -> String {
        count == 1 ? w("1 story", "1 verhaal") : w("\(count) stories", "\(count) verhalen")
    }
    public var keyContactMoment: String { w("moment", "klantmoment") }
    public var keyContactMomentHelp: String {
        w("Only one contact moment (again: the next, then all)", "Alleen één klantmoment (nog eens: het volgende, dan alle)")
    }
    public var keyStories: String { w("stories", "verhalen") }
    public var keyStoriesHelp: String {
        w("The stories behind the period's smiles and steps beyond", "De verhalen achter de glimlachen en extra stappen van de periode")
    }
    /// A story's parts as sentences to read out: each labelled, the cost with it.
    public func storyParts(_ story: SmileStory?) -> [String] {
        guard let story else { return [] }
        var parts: [String] = []
        if let problem = story.problem { parts.append(fieldStoryProblem + ": " + problem) }
        if let action = story.action {
            parts.append(fieldStoryAction + ": " + action + (story.cost.map { " (" + money($0) + ")" } ?? ""))
        } else if let cost = story.cost {
            parts.append(storyCostLabel + ": " + money(cost))
        }
        if let outcome = story.outcome { parts.append(fieldStoryOutcome + ": " + outcome) }
        return parts
    }
    public func declinedBecause(_ reason: String) -> String { w("declined because: ", "afgewezen omdat: ") + reason }
    public func giftsThisYear(_ amount: Euros, year: Int) -> String { w("gifts \(year): ", "cadeaus \(year): ") + money(amount) }
    /// An amount as typed in this language: 12.50, or 12,50.
    public func euros(_ amount: Euros) -> String { w(amount.description, amount.dutchDecimal) }
    /// An amount as shown: €12.50, or € 12,50.
    public func money(_ amount: Euros) -> String { w("€" + amount.description, "€ " + amount.dutchDecimal) }
    /// A contact moment's name in this language (an organisation's own by its own name).
    public func contactMoment(_ moment: ContactMoment) -> String {
        switch moment.key {
        case "woning-zoeken": w("looking for a home", "woning zoeken")
        case "nieuwe-huurder": w("new tenant", "nieuwe huurder")
        case "reparatieverzoek": w("repair request", "reparatieverzoek")
        case "onderhoud": w("maintenance or renovation", "onderhoud of renovatie")
        case "huur-opzeggen": w("moving out", "huur opzeggen/vertrek")
        case "algemeen-contact": w("general contact", "algemeen contact")
        default: moment.key
        }
    }
    public var notEuros: String { w("not an amount in euros; type it as 12.50 or 12,50", "geen bedrag in euro's; typ het als 12,50 of 12.50") }
    public var fieldKind: String { w("Kind", "Soort") }
    public var fieldMessage: String { w("Message", "Bericht") }
    public var fieldFor: String { w("For", "Voor") }
    public var fieldVisibility: String { w("Visibility", "Zichtbaar") }
    public var fieldName: String { w("Name", "Naam") }
    public var fieldTeam: String { w("Team", "Team") }
    public var newTeamHint: String { w("+ a new team will be made:", "+ er komt een nieuw team:") }
    public var addSomeoneFirst: String {
        w("No one to record for yet: a adds the first employee", "Nog niemand om iets voor vast te leggen: a voegt de eerste medewerker toe")
    }
    public var addSomeoneFirstOrDemo: String {
        w("No one to record for yet: a adds the first employee, d loads the demo",
          "Nog niemand om voor vast te leggen: a voegt iemand toe, d laadt de demo")
    }
    public var fieldRole: String { w("Role", "Functie") }
    public var fieldEmail: String { w("E-mail", "E-mail") }
    public var fieldStart: String { w("Start date", "In dienst sinds") }
    public var noChannel: String { "—" }
    public var visibilityPublic: String { w("public", "openbaar") }
    public var visibilityPrivate: String { w("private", "privé") }
    public var chooseCategory: String { w("type s for smile, b beyond, i idea, …", "g glimlach, e extra stap, i idee, …") }
    public var chooseEmployee: String { w("choose an employee", "kies een medewerker") }
    public var noRecentContributions: String { w("No contributions in the last 90 days", "Geen bijdragen in de laatste 90 dagen") }
    public var formHint: String { w("Ctrl-S save   Esc cancel   Tab next field", "Ctrl-S bewaren   Esc annuleren   Tab volgend veld") }
    public var saved: String { w("Saved", "Bewaard") }
    public var discardQuestion: String { w("Discard what you typed?", "Weggooien wat je typte?") }
    public var employeeRequired: String {
        w("the employee is not chosen; type a name and pick one", "er is geen medewerker gekozen; typ een naam en kies iemand")
    }
    public var categoryRequired: String {
        w("the category is not chosen; type s for smile, i for idea, …", "er is geen categorie gekozen; typ g voor glimlach, i voor idee, …")
    }
    /// What the date field starts with: "today", "vandaag" (both languages are understood).
    public var today: String { w("today", "vandaag") }
    public func categoryChoice(_ category: KartrekkerCore.Category) -> String {
        w("\(self.category(category)) · \(category.basePoints) points", "\(self.category(category)) · \(category.basePoints) punten")
            + (category == .idea ? w(" (+3 adopted)", " (+3 omarmd)") : "")
    }
    public func chosen(_ count: Int) -> String {
        count == 0 ? w("none", "geen") : (count == 1 ? w("1 contribution", "1 bijdrage") : w("\(count) contributions", "\(count) bijdragen"))
    }
    public func contributionChoice(_ contribution: Contribution) -> String {
        "\(shortDate(contribution.date))  \(category(contribution.category))  \(contribution.note)"
    }
    public func duplicateQuestion(_ existing: Employee) -> String {
        w("\(existing.name) (\(existing.team)) exists already. Add another with this name?",
          "\(existing.name) (\(existing.team)) bestaat al. Nog iemand met deze naam toevoegen?")
    }
    public func archiveQuestion(_ employee: Employee) -> String {
        employee.archived ? w("Restore \(employee.name)?", "\(employee.name) terugzetten?")
            : w("Archive \(employee.name)? History stays; off the boards.",
                "\(employee.name) archiveren? De geschiedenis blijft; van de ranglijsten af.")
    }
    public func archived(_ employee: Employee) -> String {
        employee.archived ? w("Archived \(employee.name)", "\(employee.name) gearchiveerd")
            : w("Restored \(employee.name)", "\(employee.name) teruggezet")
    }
    public func deleteContributionQuestion(_ contribution: Contribution, recognitions: [Recognition]) -> String {
        let named = recognitions.map { w("\(recognitionKind($0.kind)) of \(shortDate($0.date))", "\(recognitionKind($0.kind)) van \(shortDate($0.date))") }
        let question = w("Delete this \(category(contribution.category)) of \(shortDate(contribution.date))?",
                         "\(this(category(contribution.category))) van \(shortDate(contribution.date)) verwijderen?")
        switch named.count {
        case 0: return question
        case 1: return question + w(" The \(named[0]) was for it; it stays, unlinked.", " Er hoort een \(named[0]) bij; die blijft, los ervan.")
        default:
            return question + " " + named.joined(separator: ", ")
                + w(" were for it; they stay, unlinked.", " hoorden erbij; ze blijven, los ervan.")
        }
    }
    public func deleteRecognitionQuestion(_ recognition: Recognition) -> String {
        w("Delete this \(recognitionKind(recognition.kind)) of \(shortDate(recognition.date))?",
          "\(this(recognitionKind(recognition.kind))) van \(shortDate(recognition.date)) verwijderen?")
    }
    /// "Deze glimlach", "Dit idee": the Dutch demonstrative of a word of the table.
    private func this(_ word: String) -> String {
        (["idee", "doel", "bedankje", "compliment", "cadeau"].contains(word) ? "Dit " : "Deze ") + word
    }
    public var deleted: String { w("Deleted", "Verwijderd") }
    public var onlyIdeas: String { w("Only ideas have a status", "Alleen ideeën hebben een status") }
    public func ideaStatusSaved(_ status: IdeaStatus, points: Int) -> String {
        w("Idea \(ideaStatus(status)): \(points) points", "Idee \(ideaStatus(status)): \(points) punten")
    }
    public var keyLog: String { w("log", "vastleggen") }
    public var keyLogHelp: String { w("Log a contribution (for the selected employee)", "Bijdrage vastleggen (voor de gekozen medewerker)") }
    public var keyRecognize: String { w("recognize", "waarderen") }
    public var keyRecognizeHelp: String { w("Recognize (the selected employee)", "Waarderen (de gekozen medewerker)") }
    public var keyAddHelp: String { w("Add an employee", "Medewerker toevoegen") }
    public var keyEditEmployee: String { w("edit", "wijzigen") }
    public var keyEditEmployeeHelp: String { w("Edit the employee", "Medewerker wijzigen") }
    public var keyArchive: String { w("archive", "archiveren") }
    public var keyArchiveHelp: String {
        w("Archive or restore the employee (asks first)", "Medewerker archiveren of terugzetten (vraagt eerst)")
    }
    public var keyEditRecord: String { w("correct", "corrigeren") }
    public var keyEditRecordHelp: String {
        w("Correct the selected contribution or recognition", "De gekozen bijdrage of waardering corrigeren")
    }
    public var keyDeleteRecord: String { w("delete", "verwijderen") }
    public var keyDeleteRecordHelp: String {
        w("Delete the selected contribution or recognition (asks first)", "De gekozen bijdrage of waardering verwijderen (vraagt eerst)")
    }
    public var keyIdeaStatus: String { w("idea status", "status idee") }
    public var keyIdeaStatusHelp: String { w("Change the selected idea's status", "De status van het gekozen idee wijzigen") }

    // MARK: Keys: labels for the footer and sentences for help
    public var keyScreens: String { w("screens", "schermen") }
    public var keyScreensHelp: String {
        w("Dashboard, Employees, Leaderboard, Activity", "Overzicht, Medewerkers, Ranglijst, Tijdlijn")
    }
    public var keyNextScreen: String { w("next screen", "volgend scherm") }
    public var keyPreviousScreen: String { w("previous screen", "vorig scherm") }
    public var keyHelp: String { w("help", "hulp") }
    public var keyHelpHelp: String { w("Help for this screen", "Hulp bij dit scherm") }
    public var keyBack: String { w("back", "terug") }
    public var keyBackHelp: String { w("Back; quits at the top level", "Terug; stopt op het hoogste niveau") }
    public var keyQuit: String { w("quit", "stoppen") }
    public var keyQuitHelp: String { w("Quit", "Stoppen") }
    public var keyRedraw: String { w("redraw", "hertekenen") }
    public var keyRedrawHelp: String { w("Redraw the screen", "Het scherm opnieuw tekenen") }
    public var keySuspend: String { w("suspend", "pauzeren") }
    public var keySuspendHelp: String { w("Suspend to the shell (fg to come back)", "Naar de shell (fg om terug te komen)") }
    public var keyOpen: String { w("open", "openen") }
    public var keyOpenHelp: String { w("Open the selected employee", "De gekozen medewerker openen") }
    public var keyMove: String { w("move", "kiezen") }
    public var keyBlock: String { w("block", "blok") }
    public var keyBlockHelp: String { w("Move between the blocks", "Naar het vorige of volgende blok") }
    public var keyPeriod: String { w("period", "periode") }
    public var keyPeriodHelp: String {
        w("Period kind: Week, Month, Quarter, Year, All time", "Soort periode: week, maand, kwartaal, jaar, altijd")
    }
    public var keyEarlierLater: String { w("earlier/later", "eerder/later") }
    public var keyEarlierLaterHelp: String { w("Previous / next period", "Vorige / volgende periode") }
    public var keyTeam: String { w("team", "team") }
    public var keyTeamHelp: String { w("Team filter: all teams, then each team in turn", "Teamfilter: alle teams, dan elk team om de beurt") }
    public var keyValue: String { w("value", "waarde") }
    public var keyValueHelp: String {
        w("Value filter: all values, then each value in use", "Waardefilter: alle waarden, dan elke gebruikte waarde")
    }
    public var keySort: String { w("sort", "sorteren") }
    public var keySortHelp: String {
        w("Sort: name, score this month, last recognition", "Sorteren: naam, score deze maand, laatste waardering")
    }
    public var keyArchived: String { w("archived", "gearchiveerd") }
    public var keyArchivedHelp: String { w("Show or hide archived people", "Gearchiveerde mensen tonen of verbergen") }
    public var keyKind: String { w("kind", "soort") }
    public var keyKindHelp: String {
        w("Show contributions and recognitions, or one of them", "Bijdragen en waarderingen tonen, of een van beide")
    }
    public var keyCategory: String { w("category", "categorie") }
    public var keyCategoryHelp: String {
        w("Category filter: all categories, then each one", "Categoriefilter: alle categorieën, dan elk om de beurt")
    }
    public var keyDemo: String { w("demo", "demo") }
    public var keyAdd: String { w("add", "toevoegen") }
    public var keyScroll: String { w("scroll", "scrollen") }
    public var sectionGlobal: String { w("Everywhere", "Overal") }

    // MARK: Dates and numbers
    public var monthNames: [String] {
        [w("January", "januari"), w("February", "februari"), w("March", "maart"), w("April", "april"), w("May", "mei"),
         w("June", "juni"), w("July", "juli"), w("August", "augustus"), w("September", "september"),
         w("October", "oktober"), w("November", "november"), w("December", "december")]
    }
    public var monthAbbreviations: [String] {
        [w("Jan", "jan"), w("Feb", "feb"), w("Mar", "mrt"), w("Apr", "apr"), w("May", "mei"), w("Jun", "jun"),
         w("Jul", "jul"), w("Aug", "aug"), w("Sep", "sep"), w("Oct", "okt"), w("Nov", "nov"), w("Dec", "dec")]
    }
    public var weekdayAbbreviations: [String] {
        [w("Mon", "ma"), w("Tue", "di"), w("Wed", "wo"), w("Thu", "do"), w("Fri", "vr"), w("Sat", "za"), w("Sun", "zo")]
    }
    public var never: String { w("never", "nooit") }

    /// "30 Nov", "30 nov".
    public func shortDate(_ date: CalendarDate) -> String { "\(date.day) \(monthAbbreviations[date.month - 1])" }

    /// "30 Nov 2026", "30 nov 2026".
    public func mediumDate(_ date: CalendarDate) -> String { shortDate(date) + " \(date.year)" }

    /// "Mon 30 Nov 2026", "ma 30 nov 2026".
    public func longDate(_ date: CalendarDate) -> String {
        "\(weekdayAbbreviations[date.isoWeekday - 1]) \(date.day) \(monthAbbreviations[date.month - 1]) \(date.year)"
    }

    /// "30 Nov" this year, "30 Nov 2024" before; "never".
    public func recentDate(_ date: CalendarDate?, today: CalendarDate) -> String {
        guard let date else { return never }
        return date.year == today.year ? shortDate(date) : shortDate(date) + " \(date.year)"
    }

    /// "today", "1 day", "35 days", "never".
    public func daysAgo(_ days: Int?) -> String {
        guard let days else { return never }
        switch days {
        case 0: return w("today", "vandaag")
        case 1: return w("1 day", "1 dag")
        default: return w("\(days) days", "\(days) dagen")
        }
    }

    /// A count as the language writes it: Dutch groups thousands with a point (`12.345`);
    /// English as kartrekker always has, without separators.
    public func number(_ value: Int) -> String {
        guard language == .dutch, abs(value) >= 10_000 else { return String(value) }
        var digits = String(abs(value))
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + digits + grouped
    }

    /// The change of a figure against last month: "▲ 12%", "▼ 3", "=".
    public func change(_ value: Int, from previous: Int, percent: Bool, unicode: Bool) -> String {
        let up = unicode ? "▲" : "^"
        let down = unicode ? "▼" : "v"
        guard value != previous else { return "=" }
        let mark = value > previous ? up : down
        if percent && previous > 0 {
            return "\(mark) \(abs(value - previous) * 100 / previous)%"
        }
        return "\(mark) \(number(abs(value - previous)))"
    }

    // MARK: Errors
    /// An error as this language says it.
    public func error(_ error: any Error) -> String {
        (error as? KartrekkerError)?.text(in: language) ?? String(describing: error)
    }
    /// An error's first line as this language says it.
    public func errorMessage(_ error: any Error) -> String {
        (error as? KartrekkerError)?.message(in: language) ?? String(describing: error)
    }
}

/// How the Employees screen sorts.
public enum EmployeeSort: CaseIterable, Sendable {
    case name, score, lastRecognition
}
