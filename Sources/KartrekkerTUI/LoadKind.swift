/// What the UI loads in the background, each kind numbered on its own: an answer older than
/// the newest request of its kind is dropped, and a data change marks every kind stale.
enum LoadKind: Hashable, CaseIterable, Sendable {
    case dashboard, employees, leaderboard, activity, employee, filters, recap, fairness, ideas, ideaList, stories, residents
}
