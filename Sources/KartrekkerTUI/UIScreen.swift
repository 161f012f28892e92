import KartrekkerCore
import TerminalKit

/// What the root hands a screen with each key and each frame.
struct ScreenContext {
    let layout: UILayout
    let strings: Strings
    let today: CalendarDate
    let glyphs: Glyphs
    /// Every team in use, once the filters are loaded (a team filter steps through them);
    /// `nil` before, and a screen then steps through the teams it shows.
    let teams: [String]?
    /// The contact moments a filter steps through.
    var contactMoments: [ContactMoment] = ContactMoment.builtIn

    /// The teams a team filter steps through: every team once the filters are loaded (they are
    /// asked for when the data opens), until then the teams of what is on screen.
    func teams(shown: [String]) -> [String] {
        teams ?? Array(Set(shown)).sorted { $0.folded < $1.folded }
    }
}

/// One screen of the UI: it owns its state, its keys and what they do, and its drawing. The
/// root (`KartrekkerUI`) keeps routing, the modal stack, toasts and the loads, and asks the
/// screen shown through this, so a new screen is one type and one route, not a case in every
/// switch of the root.
protocol UIScreen {
    /// The keys the screen takes now, highest priority first (its list's filter keys while a
    /// filter is typed): the footer, the help and the dispatch all come from these rows.
    func keySections(_ strings: Strings) -> [KeySection]
    /// Whether a filter is being typed (letters are then the filter's, not the global keys').
    var isFiltering: Bool { get }
    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome
    /// A paste while a filter is typed; `false` where the screen takes none.
    mutating func paste(_ text: String, _ context: ScreenContext) -> Bool
    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext)
    /// After a resize: lists and panes kept to the rows they now have.
    mutating func clamp(_ context: ScreenContext)
    /// The employee selected (for `c` and `r`), if any.
    var selectedEmployee: String? { get }
    /// The work anniversary selected, if any: `r` opens its recognition with a message.
    var selectedMilestone: Milestone? { get }
    /// The idea taken up selected, if any: `r` opens its recognition, for it.
    var selectedIdea: Contribution? { get }
    /// Whether the screen waits for its data.
    var isLoading: Bool { get }
}

extension UIScreen {
    var isFiltering: Bool { false }
    var selectedMilestone: Milestone? { nil }
    var selectedIdea: Contribution? { nil }
    mutating func paste(_ text: String, _ context: ScreenContext) -> Bool { false }
}

/// A screen that is a list with a filter (Employees, Leaderboard, Activity): its filter keys,
/// pastes and clamping come from its list.
protocol ListScreen: UIScreen {
    var list: ListState { get set }
    /// The rows the list shows in `layout`.
    func rows(_ layout: UILayout) -> Int
}

extension ListScreen {
    var isFiltering: Bool { list.isFiltering }

    mutating func paste(_ text: String, _ context: ScreenContext) -> Bool {
        list.isFiltering && list.paste(text, height: rows(context.layout))
    }

    mutating func clamp(_ context: ScreenContext) { list.clamp(height: rows(context.layout)) }
}

extension ListState {
    /// The list keys without the filter, with `↑↓ label` in the footer: blocks and panes move
    /// with them, but a filter makes no sense there.
    static func moveSection(_ label: String) -> KeySection {
        let entries = bindings.section.entries.filter { !$0.keys.contains(.character("/")) && !$0.keys.contains(.escape) }
        let hint = KeyEntry(keys: [], keyLabel: "↑↓", label: label, help: "", inFooter: true)
        return KeySection(title: bindings.title, entries: [hint] + entries)
    }

    /// The keys of a screen that is a list: its filter's while one is typed, else `screen`'s and
    /// the list's.
    func sections(_ screen: KeySection) -> [KeySection] {
        isFiltering ? [ListState.filterBindings.section] : [screen, ListState.bindings.section]
    }
}

extension DashboardScreen: UIScreen {
    func keySections(_ strings: Strings) -> [KeySection] {
        [DashboardScreen.bindings(strings).section, ListState.moveSection(strings.keyMove), DashboardScreen.fairnessSection(strings)]
    }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings)
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings)
    }

    mutating func clamp(_ context: ScreenContext) { clamp(layout: context.layout) }

    var isLoading: Bool { data.isLoading }
}

extension EmployeesScreen: ListScreen {
    func keySections(_ strings: Strings) -> [KeySection] { list.sections(EmployeesScreen.bindings(strings).section) }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings)
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings, today: context.today)
    }

    var selectedEmployee: String? { list.selectedID }
    var isLoading: Bool { data.isLoading }
}

extension LeaderboardScreen: ListScreen {
    func keySections(_ strings: Strings) -> [KeySection] { list.sections(LeaderboardScreen.bindings(strings).section) }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings, today: context.today,
               teams: context.teams(shown: data.value?.rows.map(\.employee.team) ?? []))
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings, today: context.today)
    }

    var selectedEmployee: String? { list.selectedID }
    var isLoading: Bool { data.isLoading }
}

extension ActivityScreen: ListScreen {
    func keySections(_ strings: Strings) -> [KeySection] { list.sections(ActivityScreen.bindings(strings).section) }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings,
               teams: context.teams(shown: data.value?.compactMap { $0.employee?.team } ?? []), moments: context.contactMoments)
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings)
    }


    var selectedEmployee: String? {
        list.selectedID.flatMap { id in data.value?.first { $0.id == id }?.employeeId }
    }

    var isLoading: Bool { data.isLoading }
}

extension IdeasScreen: ListScreen {
    func keySections(_ strings: Strings) -> [KeySection] { list.sections(IdeasScreen.bindings(strings).section) }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings,
               teams: context.teams(shown: data.value?.compactMap { $0.employee?.team } ?? []))
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings)
    }

    var selectedEmployee: String? {
        list.selectedID.flatMap { id in data.value?.first { $0.id == id }?.idea.employeeId }
    }

    var isLoading: Bool { data.isLoading }
}

extension RecapScreen: UIScreen {
    func keySections(_ strings: Strings) -> [KeySection] { [RecapScreen.bindings(strings).section] }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings, today: context.today,
               teams: context.teams(shown: data.value?.kartrekkers.map(\.employee.team) ?? []))
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings, today: context.today)
    }

    /// A new size lays the pages out again.
    mutating func clamp(_ context: ScreenContext) { layOut(context.layout, strings: context.strings) }

    var selectedEmployee: String? { nil }
    var isLoading: Bool { data.isLoading }
}

extension EmployeeScreen: UIScreen {
    func keySections(_ strings: Strings) -> [KeySection] {
        [EmployeeScreen.bindings(strings).section, ListState.moveSection(strings.keyScroll)]
    }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings)
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings)
    }

    mutating func clamp(_ context: ScreenContext) {
        relayout(layout: context.layout, strings: context.strings, glyphs: context.glyphs)
    }

    var selectedEmployee: String? { employeeID }
    var isLoading: Bool { data.isLoading }
}

extension StoriesScreen: ListScreen {
    func keySections(_ strings: Strings) -> [KeySection] { list.sections(StoriesScreen.bindings(strings).section) }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings, today: context.today,
               teams: context.teams(shown: data.value?.compactMap { $0.employee?.team } ?? []), moments: context.contactMoments)
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings, today: context.today)
    }

    var selectedEmployee: String? {
        list.selectedID.flatMap { id in data.value?.first { $0.id == id }?.contribution.employeeId }
    }

    var isLoading: Bool { data.isLoading }
}

extension ResidentsScreen: ListScreen {
    func keySections(_ strings: Strings) -> [KeySection] { list.sections(ResidentsScreen.bindings(strings).section) }

    mutating func handle(_ key: Key, _ context: ScreenContext) -> ScreenOutcome {
        handle(key, layout: context.layout, strings: context.strings, teams: context.teams(shown: []))
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        draw(into: &buffer, layout: context.layout, strings: context.strings)
    }

    var selectedEmployee: String? { nil }

    var isLoading: Bool { data.isLoading }
}
