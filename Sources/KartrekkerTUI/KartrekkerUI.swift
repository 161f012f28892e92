import Foundation
import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// The terminal UI: the welcome screen, the four tabs and an employee's page, on the screen
/// runtime. All data comes through the application layer, off the key path; the UI itself
/// never touches a file or the terminal.
public struct KartrekkerUI: Program {
    public typealias Message = UIMessage

    enum Modal: Sendable {
        case help(HelpOverlay)
        case form(RecordForm)
        case confirm(Confirmation)
    }

    public let strings: Strings
    public var words: KitWords { KitWords(strings.language) }
    let loader: Loader
    let directoryName: String
    /// Where `p` writes a person's report.
    let reportFolder: String
    /// Whether the records are in a database (the welcome screen names it so).
    let onDatabase: Bool
    public internal(set) var size = Size(width: 80, height: 24)
    public internal(set) var route: Route?
    /// Where `q` and `Esc` go back to.
    public internal(set) var history: [Route] = []
    public internal(set) var today: CalendarDate
    var modals = ModalStack<Modal>()
    public internal(set) var toast: Toast?
    /// The data cannot be read: shown instead of the screens.
    public internal(set) var problem: String?
    /// Why nothing may be changed (data from a newer kartrekker, a role that only reads), on
    /// the rule and in a toast when a change is asked; `nil` while changes may be made.
    var readOnlyReason: String?
    public var readOnly: Bool { readOnlyReason != nil }

    var welcome = WelcomeScreen()
    var dashboard = DashboardScreen()
    var employees = EmployeesScreen()
    var leaderboard = LeaderboardScreen()
    /// Boards loaded so far (and ahead of the keys that show them) for the data as it is: a
    /// period switch shows one at once. Emptied when the data changes.
    var boards: [LeaderboardRequest: Leaderboard] = [:]
    /// Counts data changes, so that a board loaded ahead for older data is not kept.
    var boardGeneration = 0
    var activity = ActivityScreen()
    var employee: EmployeeScreen?
    var recap = RecapScreen()
    var ideas = IdeasScreen()
    var stories = StoriesScreen()
    var residents = ResidentsScreen()
    /// The number of the newest request of each kind; older answers are dropped.
    var requests: [LoadKind: Int] = [:]
    var nextRequest = 0
    /// Data changed since the screen last loaded: it reloads when shown.
    var stale: Set<LoadKind> = []
    var glyphs = Glyphs.unicodeSet
    /// A record just saved, to select once the screen it belongs on has reloaded.
    var pendingSelection: String?
    /// The teams and values in use are being read.
    var filtersPending = false

    /// `directoryLabel` names the data directory on screen (default: its path, with `~` for
    /// the home directory).
    /// `reportFolder`: where `p` writes a person's report (the home folder by default).
    public init(configuration: SessionConfiguration, strings: Strings = .english, directoryLabel: String? = nil,
                reportFolder: String? = nil) {
        self.strings = strings
        self.reportFolder = reportFolder ?? ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.currentDirectoryPath
        // Every save is followed by the board and filters it changed.
        var configuration = configuration
        configuration.keepsSummariesCurrent = true
        loader = Loader(configuration: configuration)
        today = configuration.clock.today()
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        let path = configuration.dataDirectory.path
        directoryName = directoryLabel ?? (!home.isEmpty && path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path)
        onDatabase = configuration.openStore != nil
    }

    /// A value that changes when the data does, for the runner to poll off the key path.
    public var changeProbe: @Sendable () -> Int { loader.changeProbe }

    var layout: UILayout { UILayout(size) }

    public var wantsFrequentTicks: Bool {
        toast != nil || welcome.progress != nil
    }

    public mutating func start() -> [Effect<UIMessage>] {
        [loader.open()]
    }

    // MARK: Update

    public mutating func update(_ input: Input<UIMessage>) -> [Effect<UIMessage>] {
        switch input {
        case .message(let message): return receive(message)
        case .event(.resize(let newSize)):
            size = newSize
            clampAll()
            return []
        case .event(.tick(let now)):
            if var current = toast { toast = current.tick(now) ? nil : current }
            let day = loader.configuration.clock.today(at: now)
            guard day != today else { return [] }
            // Past midnight: "today" moved, and with it this month, the nudges, the dates.
            today = day
            return dataChanged()
        case .event(.dataChanged):
            return dataChanged()
        case .event(.paste(let text)):
            if case .form(var form) = modals.top {
                form.form.paste(text)
                modals.updateTop { $0 = .form(form) }
                return formChanged()
            }
            let context = self.context
            _ = updateScreen { $0.paste(text, context) }
            return []
        case .event(.key(let key)):
            return handle(key)
        case .event(.signal):
            return []
        }
    }

    private mutating func receive(_ message: UIMessage) -> [Effect<UIMessage>] {
        switch message {
        case .opened(let state):
            readOnlyReason = !state.warnings.isEmpty ? strings.readOnly : state.mayWrite ? nil : strings.readOnlyRole
            if !state.notices.isEmpty { toast = Toast(state.notices.map { $0.text(in: strings.language) }.joined(separator: "; "), kind: .info) }
            leaderboard.mode = state.settings.board
            leaderboard.purgedBefore = state.settings.purgedBefore
            employees.mode = state.settings.board
            if let failure = state.problem {
                problem = failure.message(strings)
                route = .tab(.dashboard)
                return []
            }
            if state.isEmpty {
                welcome.mayLoadDemo = state.mayLoadDemo
                route = .welcome
                return []
            }
            return go(to: .tab(.dashboard), remember: false) + filtersIfNeeded()
        case .dashboard(let request, let result):
            guard current(.dashboard, request) else { return [] }
            if let value = accepted(result) {
                dashboard.loaded(value, layout: layout)
                dashboard.fairness = dashboard.fairness.reloading
                return [loader.fairness(self.request(.fairness), value.comparison.current)]
                    + (value.settings.nudges ? [loader.ideasToThank(self.request(.ideas))] : [])
            }
        case .ideasToThank(let request, let result):
            guard current(.ideas, request) else { return [] }
            if case .success(let ideas) = result { dashboard.loaded(ideas: ideas, layout: layout) }
        case .fairness(let request, let result):
            guard current(.fairness, request) else { return [] }
            switch result {
            case .success(let value): dashboard.fairness = .loaded(value)
            case .failure(let error): dashboard.fairness = .failed(error.message(strings))
            }
        case .overview(let request, let result):
            guard current(.employees, request) else { return [] }
            if let value = accepted(result) {
                employees.loaded(value, layout: layout)
                if let id = pendingSelection, employees.list.ids.contains(id) {
                    employees.list.select(id: id, height: employees.rows(layout))
                    pendingSelection = nil
                }
            }
        case .leaderboard(let request, let result):
            guard current(.leaderboard, request) else { return [] }
            if let value = accepted(result) {
                leaderboard.loaded(value, layout: layout)
                remember(value, for: leaderboard.request(today: today))
                return prefetchBoards()
            }
        case .boardPrefetched(let generation, let board, let value):
            if generation == boardGeneration { remember(value, for: board) }
        case .filters(let result):
            filtersPending = false
            if case .success(let filters) = result { leaderboard.filters = filters }
        case .activity(let request, let result):
            guard current(.activity, request) else { return [] }
            if let value = accepted(result) {
                activity.loaded(value, layout: layout, strings: strings)
                if let id = pendingSelection, activity.list.ids.contains(id) {
                    activity.list.select(id: id, height: activity.rows(layout))
                    pendingSelection = nil
                }
            }
        case .story(let request, let result):
            guard current(.employee, request) else { return [] }
            if let value = accepted(result), var screen = employee {
                screen.loaded(value, layout: layout, strings: strings, glyphs: glyphs)
                if let id = pendingSelection, screen.pane.ids.contains(id) {
                    screen.select(id, layout: layout)
                    pendingSelection = nil
                }
                employee = screen
            }
        case .recap(let request, let result):
            guard current(.recap, request) else { return [] }
            if let value = accepted(result) { recap.loaded(value, layout: layout, strings: strings) }
        case .ideaList(let request, let result):
            guard current(.ideaList, request) else { return [] }
            if let value = accepted(result) { ideas.loaded(value, layout: layout, strings: strings) }
        case .residents(let request, let result):
            guard current(.residents, request) else { return [] }
            if let value = accepted(result) { residents.loaded(value, layout: layout, strings: strings) }
        case .stories(let request, let result):
            guard current(.stories, request) else { return [] }
            if let value = accepted(result) { stories.loaded(value, layout: layout, strings: strings) }
        case .reportWritten(let result):
            switch result {
            case .success(let path):
                let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
                let shown = !home.isEmpty && path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
                toast = Toast(strings.reportWritten(shown), kind: .success, duration: 8)
            case .failure(let error):
                toast = Toast(error.message(strings), kind: .failure, duration: 8)
            }
        case .formReady(let request, let result):
            return formReady(request, result)
        case .formOptions(let employee, let contributions):
            if case .form(var form) = modals.top, form.employeeForOptions == employee {
                form.setOptions(contributions, for: employee, strings: strings)
                modals.updateTop { $0 = .form(form) }
            }
        case .saved(let result):
            return saved(result)
        case .demoProgress(let done, let total):
            welcome.progress = (done, total)
        case .demoLoaded(let result):
            welcome.progress = nil
            switch result {
            case .success(let summary):
                toast = Toast(strings.demoLoaded(summary.employees), kind: .success)
                history = []
                stale = []
                return go(to: .tab(.dashboard), remember: false)
            case .failure(let error):
                toast = Toast(error.message(strings), kind: .failure, duration: 8)
            }
        }
        return []
    }

    /// The loaded value to show, or nil with the problem that kept it from loading shown.
    private mutating func accepted<Value>(_ result: Result<Value, LoadError>) -> Value? {
        switch result {
        case .success(let value):
            problem = nil
            return value
        case .failure(let error):
            problem = error.message(strings)
            return nil
        }
    }

    private func current(_ kind: LoadKind, _ request: Int) -> Bool {
        requests[kind] == request
    }

    private mutating func request(_ kind: LoadKind) -> Int {
        nextRequest += 1
        requests[kind] = nextRequest
        stale.remove(kind)
        return nextRequest
    }

    private mutating func remember(_ board: Leaderboard, for request: LeaderboardRequest) {
        // A bound on memory however long someone pages through periods.
        if boards.count >= 64 { boards.removeAll() }
        boards[request] = board
    }

    /// Loads the boards the next period key would show, unless already there.
    private func prefetchBoards() -> [Effect<UIMessage>] {
        leaderboard.neighbours(today: today).filter { boards[$0] == nil }
            .map { loader.prefetch($0, generation: boardGeneration) }
    }

    /// Everything is out of date: reload what is on screen, the rest when it is shown.
    mutating func dataChanged() -> [Effect<UIMessage>] {
        boards.removeAll()
        boardGeneration += 1
        stale = Set(LoadKind.allCases)
        if route == .welcome || route == nil || problem != nil {
            return [loader.open()]
        }
        return load(route)
    }

    /// Loads what `route` shows, when it is not there yet or out of date.
    private mutating func load(_ route: Route?, force: Bool = false) -> [Effect<UIMessage>] {
        var effects: [Effect<UIMessage>] = []
        switch route {
        case .tab(.dashboard):
            if force || dashboard.data.value == nil || stale.contains(.dashboard) {
                dashboard.data = dashboard.data.reloading
                effects.append(loader.dashboard(request(.dashboard)))
            }
        case .tab(.employees):
            if force || employees.data.value == nil || stale.contains(.employees) {
                employees.data = employees.data.reloading
                effects.append(loader.overview(request(.employees)))
            }
        case .tab(.leaderboard):
            effects += filtersIfNeeded()
            let board = leaderboard.request(today: today)
            if let known = boards[board], !stale.contains(.leaderboard) {
                // Loaded before or ahead, for the data as it is: shown at once (a load still
                // on its way for another board is dropped).
                _ = request(.leaderboard)
                leaderboard.loaded(known, layout: layout)
                effects += prefetchBoards()
            } else if force || leaderboard.data.value == nil || stale.contains(.leaderboard) {
                leaderboard.data = leaderboard.data.reloading
                effects.append(loader.leaderboard(request(.leaderboard), board))
            }
        case .tab(.activity):
            effects += filtersIfNeeded()
            if force || activity.data.value == nil || stale.contains(.activity) {
                activity.data = activity.data.reloading
                effects.append(loader.activity(request(.activity), activity.filter, limit: activity.limit))
            }
        case .employee(let id):
            if force || employee?.data.value == nil || stale.contains(.employee) {
                if let previous = employee?.data { employee?.data = previous.reloading }
                effects.append(loader.story(request(.employee), id))
            }
        case .ideas:
            effects += filtersIfNeeded()
            if force || ideas.data.value == nil || stale.contains(.ideaList) {
                ideas.data = ideas.data.reloading
                effects.append(loader.ideaList(request(.ideaList), team: ideas.team))
            }
        case .residents:
            effects += filtersIfNeeded()
            if force || residents.data.value == nil || stale.contains(.residents) {
                residents.data = residents.data.reloading
                effects.append(loader.residents(request(.residents), team: residents.team))
            }
        case .stories:
            effects += filtersIfNeeded()
            if force || stories.data.value == nil || stale.contains(.stories) {
                stories.data = stories.data.reloading
                effects.append(loader.stories(request(.stories), stories.choice.shown(today: today), team: stories.team,
                                              moment: stories.moment))
            }
        case .recap:
            effects += filtersIfNeeded()
            if force || recap.data.value == nil || stale.contains(.recap) {
                recap.data = recap.data.reloading
                effects.append(loader.recap(request(.recap), recap.shown(today: today), team: recap.team))
            }
        case .welcome, nil:
            break
        }
        return effects
    }

    mutating func go(to target: Route, remember: Bool = true) -> [Effect<UIMessage>] {
        if remember, let route, route != target { history.append(route) }
        if case .employee(let id) = target, employee?.employeeID != id {
            employee = EmployeeScreen(employeeID: id)
        }
        route = target
        if case .tab = target { history.removeAll { if case .tab = $0 { true } else { false } } }
        return load(target)
    }

    // MARK: Keys

    private mutating func handle(_ key: Key) -> [Effect<UIMessage>] {
        // Quitting works over everything, a form or a question included.
        if GlobalAction.action(for: key, strings: strings) == .quit { return [.quit] }
        switch modals.top {
        case .help(var help):
            if help.handle(key, in: layout.body) {
                modals.updateTop { $0 = .help(help) }
            } else {
                modals.pop()
            }
            return []
        case .form(let form):
            return handleForm(key, form)
        case .confirm(let confirmation):
            return handleConfirm(key, confirmation)
        case nil:
            break
        }
        if layout.isTooSmall {
            return GlobalAction.action(for: key, strings: strings) == .back(quitsAtTop: true) ? [.quit] : []
        }
        // The screen first: its list, its filters; what it leaves goes to the global keys.
        if problem == nil {
            let outcome = screenHandle(key)
            switch outcome {
            case .handled: return []
            case .open(let id): return go(to: .employee(id))
            case .reload: return load(route, force: true)
            case .form(let request):
                if let readOnlyReason { return said(readOnlyReason) }
                return [loader.form(request)]
            case .archive(let person):
                if let readOnlyReason { return said(readOnlyReason) }
                modals.push(.confirm(Confirmation(question: strings.archiveQuestion(person), action: .archive(person))))
                return []
            case .delete(let id):
                if let readOnlyReason { return said(readOnlyReason) }
                return askToDelete(id)
            case .say(let text):
                toast = Toast(text)
                return []
            case .report(let id):
                return [loader.report(id, folder: reportFolder, strings: strings)]
            case .unhandled: break
            }
        }
        if route == .welcome, let action = WelcomeScreen.bindings(strings, demo: welcome.mayLoadDemo).action(for: key) {
            switch action {
            case .demo:
                guard welcome.progress == nil else { return [] }
                welcome.progress = (0, 1)
                return [loader.demo()]
            case .add:
                return [loader.form(.addEmployee)]
            }
        }
        guard let action = GlobalAction.action(for: key, strings: strings) else { return [] }
        switch action {
        case .screen(let tab):
            guard route != .welcome || problem != nil else { return [] }
            return go(to: .tab(tab))
        case .nextScreen, .previousScreen:
            guard route != .welcome else { return [] }
            let tab = route?.tab ?? history.last?.tab ?? .dashboard
            return go(to: .tab(action == .nextScreen ? tab.next : tab.previous))
        case .help:
            var help = HelpOverlay(title: title, keyMap: keyMap)
            help.clamp(in: layout.body)
            modals.push(.help(help))
        case .back(let quitsAtTop):
            if let previous = history.popLast() {
                route = previous
                return load(previous)
            }
            return quitsAtTop ? [.quit] : []
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .log:
            guard problem == nil else { return [] }
            if route == .welcome { return said(welcome.mayLoadDemo ? strings.addSomeoneFirstOrDemo : strings.addSomeoneFirst) }
            if let readOnlyReason { return said(readOnlyReason) }
            return [loader.form(.log(selected: selectedEmployee))]
        case .recognize:
            guard problem == nil else { return [] }
            if route == .welcome { return said(welcome.mayLoadDemo ? strings.addSomeoneFirstOrDemo : strings.addSomeoneFirst) }
            if let readOnlyReason { return said(readOnlyReason) }
            let milestone = screen(route)?.selectedMilestone
            if let idea = screen(route)?.selectedIdea {
                return [loader.form(.recognize(selected: selectedEmployee, message: strings.ideaMessage(idea), for: [idea.id]))]
            }
            return [loader.form(.recognize(selected: selectedEmployee, message: milestone.map(strings.milestoneMessage)))]
        case .ideas:
            guard problem == nil, route != .welcome, route != .ideas else { return [] }
            return go(to: .ideas)
        case .residents:
            guard problem == nil, route != .welcome, route != .residents else { return [] }
            return go(to: .residents)
        case .stories:
            guard problem == nil, route != .welcome, route != .stories else { return [] }
            // The period on screen: the leaderboard's or the recap's, else this month.
            if route == .tab(.leaderboard) {
                stories.choice = leaderboard.choice
                stories.team = leaderboard.team
            } else if route == .recap {
                stories.choice = recap.choice
                stories.team = recap.team
            }
            stories.data = .idle
            return go(to: .stories)
        case .recap:
            guard problem == nil, route != .welcome, route != .recap else { return [] }
            // The period on screen: the leaderboard's, else this month.
            if route == .tab(.leaderboard) {
                recap.choice = leaderboard.choice
                recap.team = leaderboard.team
            } else {
                recap.choice = PeriodChoice()
            }
            recap.page = 0
            recap.data = .idle
            return go(to: .recap)
        }
        return []
    }

    /// Says `text` in a toast, and nothing else.
    private mutating func said(_ text: String) -> [Effect<UIMessage>] {
        toast = Toast(text)
        return []
    }

    private mutating func screenHandle(_ key: Key) -> ScreenOutcome {
        let context = self.context
        return updateScreen { $0.handle(key, context) } ?? .unhandled
    }

    // MARK: The screen shown

    /// What a screen gets with each key and frame.
    var context: ScreenContext {
        ScreenContext(layout: layout, strings: strings, today: today, glyphs: glyphs, teams: leaderboard.filters?.teams,
                      contactMoments: leaderboard.filters?.contactMoments ?? ContactMoment.builtIn)
    }

    /// The screen `route` shows (none for the welcome screen, or before anything opened).
    func screen(_ route: Route?) -> (any UIScreen)? {
        switch route {
        case .tab(.dashboard): dashboard
        case .tab(.employees): employees
        case .tab(.leaderboard): leaderboard
        case .tab(.activity): activity
        case .employee: employee
        case .recap: recap
        case .ideas: ideas
        case .stories: stories
        case .residents: residents
        case .welcome, nil: nil
        }
    }

    /// Changes the screen shown through `body`; `nil` where there is none.
    mutating func updateScreen<T>(_ body: (inout any UIScreen) -> T) -> T? {
        switch route {
        case .tab(.dashboard): return KartrekkerUI.update(&dashboard, body)
        case .tab(.employees): return KartrekkerUI.update(&employees, body)
        case .tab(.leaderboard): return KartrekkerUI.update(&leaderboard, body)
        case .tab(.activity): return KartrekkerUI.update(&activity, body)
        case .employee:
            guard var shown = employee else { return nil }
            defer { employee = shown }
            return KartrekkerUI.update(&shown, body)
        case .recap: return KartrekkerUI.update(&recap, body)
        case .ideas: return KartrekkerUI.update(&ideas, body)
        case .stories: return KartrekkerUI.update(&stories, body)
        case .residents: return KartrekkerUI.update(&residents, body)
        case .welcome, nil: return nil
        }
    }

    private static func update<S: UIScreen, T>(_ screen: inout S, _ body: (inout any UIScreen) -> T) -> T {
        var opened: any UIScreen = screen
        let result = body(&opened)
        if let changed = opened as? S { screen = changed }
        return result
    }

    /// Asks for the teams and values in use, unless they are known and current or on their way.
    mutating func filtersIfNeeded() -> [Effect<UIMessage>] {
        guard !filtersPending, leaderboard.filters == nil || stale.contains(.filters) else { return [] }
        stale.remove(.filters)
        filtersPending = true
        return [loader.filters()]
    }

    /// After a resize: every list and pane clamped to the rows it now has.
    private mutating func clampAll() {
        let context = self.context
        dashboard.clamp(context)
        employees.clamp(context)
        leaderboard.clamp(context)
        activity.clamp(context)
        employee?.clamp(context)
        recap.clamp(context)
        ideas.clamp(context)
        stories.clamp(context)
        residents.clamp(context)
        if case .help(var help) = modals.top {
            help.clamp(in: layout.body)
            modals.updateTop { $0 = .help(help) }
        }
    }

    // MARK: Keys as data

    var title: String {
        switch route {
        case .tab(let tab): strings.tabs[tab.rawValue]
        case .employee: strings.employeeTitle
        case .recap: strings.recapScreenTitle
        case .ideas: strings.ideasTitle
        case .stories: strings.storiesTitle
        case .residents: strings.residentsTitle
        case .welcome, nil: strings.appName
        }
    }

    /// The keys that work now, highest priority first: the screen's list (or its filter), the
    /// screen's own, and the global keys.
    public var keyMap: KeyMap {
        var global = GlobalAction.bindings(strings, atTop: history.isEmpty).section
        // A role that may only read is not offered logging or recognizing in the footer (the
        // keys still answer why not).
        // Nor is anyone on the welcome screen, where there is no one to record for yet.
        // Nor in the recap, which is shown to a room.
        if readOnly || route == .welcome || route == .recap { global = offFooter(global, [.character("c"), .character("r")]) }
        switch modals.top {
        case .help: return KeyMap([HelpOverlay.bindings.section])
        case .form(let form): return KeyMap(form.form.sections + [controlKeysOnly(global)])
        case .confirm: return KeyMap([ConfirmDialog.bindings.section, controlKeysOnly(global)])
        case nil: break
        }
        if route == .welcome {
            return KeyMap([WelcomeScreen.bindings(strings, demo: welcome.mayLoadDemo).section, global])
        }
        guard let shown = screen(route) else { return KeyMap([global]) }
        return KeyMap(shown.keySections(strings) + [shown.isFiltering ? withoutLetters(global) : global])
    }

    /// The global keys while a filter is typed: letters are the filter's, `Esc` its too.
    private func withoutLetters(_ section: KeySection) -> KeySection {
        KeySection(title: section.title, entries: section.withoutPrintableKeys.entries.compactMap { entry in
            let keys = entry.keys.filter { $0 != .escape }
            return keys.isEmpty ? nil : KeyEntry(keys: keys, keyLabel: entry.keyLabel, label: entry.label, help: entry.help,
                                                 inFooter: entry.inFooter, overrides: entry.overrides)
        })
    }

    /// `section` with the entries of `keys` kept out of the footer (still in the help).
    private func offFooter(_ section: KeySection, _ keys: [Key]) -> KeySection {
        KeySection(title: section.title, entries: section.entries.map { entry in
            guard entry.keys.contains(where: keys.contains) else { return entry }
            return KeyEntry(keys: entry.keys, keyLabel: entry.keyLabel, label: entry.label, help: entry.help, inFooter: false,
                            overrides: entry.overrides)
        })
    }

    /// Over a form or a question only Ctrl-C, Ctrl-L and Ctrl-Z stay global.
    private func controlKeysOnly(_ section: KeySection) -> KeySection {
        KeySection(title: section.title, entries: section.entries.filter { entry in
            entry.keys.allSatisfy { if case .control = $0 { true } else { false } }
        })
    }

    /// Every screen's keys, for `docs/keys.md`.
    public static func keysDocument(_ strings: Strings = .english) -> String {
        let global = GlobalAction.bindings(strings).section
        let sections: [KeySection] = [
            global,
            DashboardScreen.bindings(strings).section, EmployeesScreen.bindings(strings).section,
            LeaderboardScreen.bindings(strings).section, ActivityScreen.bindings(strings).section,
            EmployeeScreen.bindings(strings).section, WelcomeScreen.bindings(strings).section,
            Form.bindings.section, TextField.bindings.section, Picker.bindings.section, Checklist.bindings.section,
            ConfirmDialog.bindings.section, ListState.bindings.section, ListState.filterBindings.section, HelpOverlay.bindings.section,
        ]
        return "# kartrekker keys\n\nGenerated from the binding tables that draw the footer and the `?` help "
            + "(`swift test` fails when this file is stale; `KARTREKKER_RECORD_GOLDENS=1 swift test` rewrites it).\n\n"
            + KeyMap(sections).markdown
    }
}
