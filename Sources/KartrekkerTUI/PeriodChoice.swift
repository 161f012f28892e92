import KartrekkerCore
import TerminalKit

/// The period a screen shows (the leaderboard, the recap): a kind of period, and the period of
/// that kind; `←` `→` change the kind around the period shown, `[` `]` step to the one before
/// or after.
struct PeriodChoice: Hashable, Sendable {
    var kind = PeriodKind.month
    /// `nil`: the period of `kind` holding today.
    var period: Period?

    func shown(today: CalendarDate) -> Period { period ?? Period(kind, containing: today) }

    /// The period of `kind` around the one shown (never after today).
    func around(_ kind: PeriodKind, today: CalendarDate) -> Period {
        let anchor = (period?.range?.to).map { min($0, today) } ?? today
        return Period(kind, containing: anchor)
    }

    /// One kind back (-1) or on (+1), stopping at the ends; whether it changed.
    mutating func changeKind(by direction: Int, today: CalendarDate) -> Bool {
        let kinds = PeriodKind.steppable
        let index = kinds.firstIndex(of: kind)!
        let next = min(kinds.count - 1, max(0, index + direction))
        guard next != index else { return false }
        kind = kinds[next]
        period = around(kind, today: today)
        return true
    }

    /// The period before (-1) or after (+1), within the years a date may be typed in; whether
    /// it changed.
    mutating func step(by direction: Int, today: CalendarDate) -> Bool {
        guard let stepped = shown(today: today).stepped(by: direction) else { return false }
        period = stepped
        return true
    }

    /// The keys that choose the period, as each screen's actions: `←` `→` the kind, `[` `]` the
    /// one before or after.
    static func bindings<Action>(_ s: Strings, kind: (Int) -> Action, step: (Int) -> Action) -> [KeyBinding<Action>] {
        [KeyBinding([([.left, .character("h")], kind(-1)), ([.right, .character("l")], kind(1))], s.keyPeriod,
                    help: s.keyPeriodHelp, keyLabel: "←→"),
         KeyBinding([([.character("[")], step(-1)), ([.character("]")], step(1))], s.keyEarlierLater,
                    help: s.keyEarlierLaterHelp, keyLabel: "[ ]")]
    }
}
