/// The four screens on the tab bar, in the order of their number keys.
public enum Tab: Int, CaseIterable, Hashable, Sendable {
    case dashboard, employees, leaderboard, activity

    public var next: Tab { Tab(rawValue: (rawValue + 1) % Tab.allCases.count)! }
    public var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 1) % Tab.allCases.count)! }
}
