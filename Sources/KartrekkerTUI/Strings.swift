import KartrekkerApp
import KartrekkerCore

/// Every word the terminal UI shows, and how it writes dates and numbers: one table, so that
/// another language is one more table, not a change to every screen.
public struct Strings: Sendable {
    // MARK: Chrome
    public var appName = "kartrekker"
    public var tabs = ["Dashboard", "Employees", "Leaderboard", "Activity"]
    public var employeeTitle = "Employee"
    public var loading = "loading…"
    public var readOnly = "read-only: written by a newer kartrekker"
    public var readOnlyRole = "read-only: this role reads and changes nothing"
    public var tooSmall = "Terminal too small"

    // MARK: Welcome
    public var welcomeLines = [
        "kartrekker — record what your team contributes, recognize them for it,",
        "and see who pulls the cart.",
    ]
    public var welcomeDemo = "load a demo organisation to look around"
    public var welcomeDemoDetail = "(24 people, a year of history)"
    public var welcomeAdd = "add your first employee"
    public var welcomeQuit = "quit"
    public var welcomeDirectoryHint = "(set KARTREKKER_DATA_DIR or --data-dir)"
    public func dataDirectory(_ path: String) -> String { "Data directory: " + path }
    public var welcomeDatabaseHint = "(--store or KARTREKKER_STORE)"
    public func database(_ address: String) -> String { "Database: " + address }
    public func demoProgress(_ done: Int, _ total: Int) -> String { "Loading the demo organisation… \(done) of \(total) files" }
    public func demoLoaded(_ employees: Int) -> String { "Demo organisation loaded: \(employees) employees" }

    // MARK: Problems
    public var problemTitle = "The data cannot be read"
    public var problemNothingWritten = "Nothing will be written until it is repaired."
    public var problemCheckHint = "`kartrekker check` lists every problem; this screen comes back by itself once the file is repaired."

    // MARK: Dashboard
    public var deserveRecognition = "Deserve recognition"
    public var recent = "Recent"
    public var sparkTitle = "Contributions, 12 weeks"
    public var nobodyOnBoard = "Nobody has points this month yet."
    public var everyoneRecognized = "Everyone who contributed lately was recognized."
    public var nudgesOff = "Turned off by the organisation."
    public var nobodyOnTeamBoard = "No team has points this month yet."
    public func teamsOf(_ period: String) -> String { "Teams · " + period }
    public func people(_ count: Int) -> String { count == 1 ? "1 person" : "\(count) people" }
    public var nothingRecorded = "Nothing recorded yet."
    public func kartrekkers(_ period: String) -> String { "Kartrekkers · " + period }
    public func versus(_ current: String, _ previous: String) -> String { current + " vs " + previous }
    public func against(_ previous: String) -> String { "vs " + previous }
    public func purged(before day: CalendarDate) -> String { "records before \(day) were purged" }
    public func andMore(_ count: Int) -> String { "and \(count) more" }
    public func points(_ count: Int) -> String { "\(count) pts" }
    public func ofWhole(_ whole: Int) -> String { "of \(whole)" }
    public func figure(_ kind: Dashboard.Figure.Kind) -> String {
        switch kind {
        case .contributions: "contributions"
        case .recognitions: "recognitions"
        case .contributing: "contributing"
        case .ideasAdopted: "ideas adopted"
        }
    }

    // MARK: Employees
    public var columnName = "NAME"
    public var columnTeam = "TEAM"
    public var columnRole = "ROLE"
    public var columnMonth = "MONTH"
    public var columnLastContribution = "LAST CONTR."
    public var columnLastRecognition = "LAST RECOG."
    public var allTeams = "all teams"
    public var archivedShown = "archived shown"
    public var noEmployees = "No employees match."
    public func employeeCount(_ count: Int) -> String { count == 1 ? "1 employee" : "\(count) employees" }
    public func team(_ name: String) -> String { "team " + name }
    public func sortedBy(_ sort: EmployeeSort) -> String {
        switch sort {
        case .name: "by name"
        case .score: "by score this month"
        case .lastRecognition: "longest unrecognized first"
        }
    }

    // MARK: Employee
    public var archivedMark = "archived"
    public var scoreWeeks = "Score, 12 weeks"
    public var scoreWeeksShort = "12 weeks"
    public var noRecords = "No contributions or recognitions yet."
    public var privateMark = "private"
    public func since(_ date: CalendarDate) -> String { "since " + date.description }
    public func periodScore(_ kind: PeriodKind, _ score: Int) -> String { periodKind(kind) + " \(score)" }
    public func adopted(_ count: Int) -> String { "(\(count) adopted)" }
    public func recognitionLine(kind: RecognitionKind, by: String, message: String) -> String {
        "\(kind.rawValue) from \(by): \u{201C}\(message)\u{201D}"
    }
    public func forContributions(_ count: Int) -> String {
        count == 1 ? "for 1 contribution" : "for \(count) contributions"
    }
    public func ideaStatus(_ status: IdeaStatus) -> String { status.rawValue }
    public func olderRecords(contributions: Int, recognitions: Int, employeeID: String) -> String {
        "\(contributions) older contributions and \(recognitions) older recognitions: kartrekker contribution list --employee \(employeeID)"
    }

    // MARK: Leaderboard
    public var columnRank = "RANK"
    public var columnScore = "SCORE"
    public var columnChange = "CHANGE"
    public var allValues = "all values"
    public var nobodyInPeriod = "Nobody has points in this period yet."
    public func value(_ tag: String) -> String { "value " + tag }
    public func periodKind(_ kind: PeriodKind) -> String {
        switch kind {
        case .week: "Week"
        case .month: "Month"
        case .quarter: "Quarter"
        case .year: "Year"
        case .all: "All time"
        case .custom: "Range"
        }
    }

    /// "November 2026", "Week 48, 2026", "Q4 2026", "2026", "All time".
    public func period(_ period: Period) -> String {
        guard let range = period.range else { return periodKind(.all) }
        switch period.kind {
        case .week:
            let week = range.from.isoWeek
            return "Week \(week.week), \(week.year)"
        case .month: return "\(monthNames[range.from.month - 1]) \(range.from.year)"
        case .quarter: return "Q\((range.from.month - 1) / 3 + 1) \(range.from.year)"
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
    public var columnDate = "DATE"
    public var columnEmployee = "EMPLOYEE"
    public var columnWhat = "WHAT"
    public var columnNote = "NOTE"
    public var allKinds = "contributions and recognitions"
    public var allCategories = "all categories"
    public var noActivity = "Nothing matches these filters."
    public func kind(_ kind: ActivityFilter.Kind) -> String { kind.rawValue }
    public func category(_ category: KartrekkerCore.Category) -> String { category.rawValue }
    public func shownOf(_ shown: Int) -> String { "newest \(shown)" }

    // MARK: Forms
    public var formLog = "Log a contribution"
    public var formRecognize = "Recognize"
    public var formAddEmployee = "Add an employee"
    public var formEditEmployee = "Edit the employee"
    public var formEditContribution = "Correct the contribution"
    public var formEditRecognition = "Correct the recognition"
    public var formIdeaStatus = "Idea status"
    public var fieldEmployee = "Employee"
    public var fieldCategory = "Category"
    public var fieldDate = "Date"
    public var fieldNote = "Note"
    public var fieldChannel = "Channel"
    public var fieldValues = "Values"
    public var fieldProject = "Project"
    public var fieldIdeaStatus = "Idea status"
    public var fieldKind = "Kind"
    public var fieldMessage = "Message"
    public var fieldFor = "For"
    public var fieldVisibility = "Visibility"
    public var fieldName = "Name"
    public var fieldTeam = "Team"
    public var newTeamHint = "+ a new team will be made:"
    public var addSomeoneFirst = "No one to record for yet: a adds the first employee"
    public var addSomeoneFirstOrDemo = "No one to record for yet: a adds the first employee, d loads the demo"
    public var fieldRole = "Role"
    public var fieldEmail = "E-mail"
    public var fieldStart = "Start date"
    public var noChannel = "—"
    public var visibilityPublic = "public"
    public var visibilityPrivate = "private"
    public var chooseCategory = "type s for smile, b beyond, i idea, …"
    public var chooseEmployee = "choose an employee"
    public var noRecentContributions = "No contributions in the last 90 days"
    public var formHint = "Ctrl-S save   Esc cancel   Tab next field"
    public var saved = "Saved"
    public var discardQuestion = "Discard what you typed?"
    public var employeeRequired = "the employee is not chosen; type a name and pick one"
    public var categoryRequired = "the category is not chosen; type s for smile, i for idea, …"
    public func categoryChoice(_ category: KartrekkerCore.Category) -> String {
        "\(category.rawValue) · \(category.basePoints) points" + (category == .idea ? " (+3 adopted)" : "")
    }
    public func chosen(_ count: Int) -> String { count == 0 ? "none" : (count == 1 ? "1 contribution" : "\(count) contributions") }
    public func contributionChoice(_ contribution: Contribution) -> String {
        "\(shortDate(contribution.date))  \(contribution.category.rawValue)  \(contribution.note)"
    }
    public func duplicateQuestion(_ existing: Employee) -> String {
        "\(existing.name) (\(existing.team)) exists already. Add another with this name?"
    }
    public func archiveQuestion(_ employee: Employee) -> String {
        employee.archived ? "Restore \(employee.name)?" : "Archive \(employee.name)? History stays; off the boards."
    }
    public func archived(_ employee: Employee) -> String {
        employee.archived ? "Archived \(employee.name)" : "Restored \(employee.name)"
    }
    public func deleteContributionQuestion(_ contribution: Contribution, recognitions: [Recognition]) -> String {
        let named = recognitions.map { "\($0.kind.rawValue) of \(shortDate($0.date))" }
        let question = "Delete this \(contribution.category.rawValue) of \(shortDate(contribution.date))?"
        switch named.count {
        case 0: return question
        case 1: return question + " The \(named[0]) was for it; it stays, unlinked."
        default: return question + " " + named.joined(separator: ", ") + " were for it; they stay, unlinked."
        }
    }
    public func deleteRecognitionQuestion(_ recognition: Recognition) -> String {
        "Delete this \(recognition.kind.rawValue) of \(shortDate(recognition.date))?"
    }
    public var deleted = "Deleted"
    public var onlyIdeas = "Only ideas have a status"
    public func ideaStatusSaved(_ status: IdeaStatus, points: Int) -> String { "Idea \(status.rawValue): \(points) points" }
    public var keyLog = "log"
    public var keyLogHelp = "Log a contribution (for the selected employee)"
    public var keyRecognize = "recognize"
    public var keyRecognizeHelp = "Recognize (the selected employee)"
    public var keyAddHelp = "Add an employee"
    public var keyEditEmployee = "edit"
    public var keyEditEmployeeHelp = "Edit the employee"
    public var keyArchive = "archive"
    public var keyArchiveHelp = "Archive or restore the employee (asks first)"
    public var keyEditRecord = "correct"
    public var keyEditRecordHelp = "Correct the selected contribution or recognition"
    public var keyDeleteRecord = "delete"
    public var keyDeleteRecordHelp = "Delete the selected contribution or recognition (asks first)"
    public var keyIdeaStatus = "idea status"
    public var keyIdeaStatusHelp = "Change the selected idea's status"

    // MARK: Keys: labels for the footer and sentences for help
    public var keyScreens = "screens"
    public var keyScreensHelp = "Dashboard, Employees, Leaderboard, Activity"
    public var keyNextScreen = "next screen"
    public var keyPreviousScreen = "previous screen"
    public var keyHelp = "help"
    public var keyHelpHelp = "Help for this screen"
    public var keyBack = "back"
    public var keyBackHelp = "Back; quits at the top level"
    public var keyQuit = "quit"
    public var keyQuitHelp = "Quit"
    public var keyRedraw = "redraw"
    public var keyRedrawHelp = "Redraw the screen"
    public var keySuspend = "suspend"
    public var keySuspendHelp = "Suspend to the shell (fg to come back)"
    public var keyOpen = "open"
    public var keyOpenHelp = "Open the selected employee"
    public var keyMove = "move"
    public var keyBlock = "block"
    public var keyBlockHelp = "Move between the blocks"
    public var keyPeriod = "period"
    public var keyPeriodHelp = "Period kind: Week, Month, Quarter, Year, All time"
    public var keyEarlierLater = "earlier/later"
    public var keyEarlierLaterHelp = "Previous / next period"
    public var keyTeam = "team"
    public var keyTeamHelp = "Team filter: all teams, then each team in turn"
    public var keyValue = "value"
    public var keyValueHelp = "Value filter: all values, then each value in use"
    public var keySort = "sort"
    public var keySortHelp = "Sort: name, score this month, last recognition"
    public var keyArchived = "archived"
    public var keyArchivedHelp = "Show or hide archived people"
    public var keyKind = "kind"
    public var keyKindHelp = "Show contributions and recognitions, or one of them"
    public var keyCategory = "category"
    public var keyCategoryHelp = "Category filter: all categories, then each one"
    public var keyDemo = "demo"
    public var keyAdd = "add"
    public var keyScroll = "scroll"
    public var sectionGlobal = "Everywhere"

    // MARK: Dates and numbers
    public var monthNames = ["January", "February", "March", "April", "May", "June",
                             "July", "August", "September", "October", "November", "December"]
    public var monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    public var weekdayAbbreviations = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    public var never = "never"

    /// "30 Nov".
    public func shortDate(_ date: CalendarDate) -> String { "\(date.day) \(monthAbbreviations[date.month - 1])" }

    /// "Mon 30 Nov 2026".
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
        case 0: return "today"
        case 1: return "1 day"
        default: return "\(days) days"
        }
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
        return "\(mark) \(abs(value - previous))"
    }

    public static let english = Strings()
}

/// How the Employees screen sorts.
public enum EmployeeSort: CaseIterable, Sendable {
    case name, score, lastRecognition
}
