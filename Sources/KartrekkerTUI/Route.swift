/// Where the UI is: the welcome screen, one of the tabs, or one employee's page.
public enum Route: Hashable, Sendable {
    case welcome
    case tab(Tab)
    case employee(String)
    /// The recap for the team meeting, over the screen it was opened from.
    case recap
    /// Every idea of the last year by what became of it.
    case ideas
    /// The stories behind a period's smiles and steps beyond.
    case stories
    /// The residents' scores beside the effort, per contact moment.
    case residents

    /// The tab the route belongs to (an employee's page shows under the tab it came from).
    var tab: Tab? {
        if case .tab(let tab) = self { return tab }
        return nil
    }
}
