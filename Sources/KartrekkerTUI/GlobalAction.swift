import TerminalKit

/// The keys that work on every screen outside a text field (contract §5).
enum GlobalAction: Hashable, Sendable {
    /// `back(quitsAtTop:)`: `q` quits when there is nothing to go back to, `Esc` does not.
    case screen(Tab), nextScreen, previousScreen, help, back(quitsAtTop: Bool), quit, redraw, suspend, log, recognize, recap, ideas, stories, residents

    /// `atTop`: nothing to go back to, so `q` quits (and says so in the footer).
    static func bindings(_ s: Strings, atTop: Bool = false) -> BindingTable<GlobalAction> {
        BindingTable(title: s.sectionGlobal, [
            KeyBinding([.character("1"), .character("2"), .character("3"), .character("4")], s.keyScreens,
                       help: s.keyScreensHelp, keyLabel: "1-4", inFooter: false, action: .screen(.dashboard)),
            KeyBinding([.tab], s.keyNextScreen, help: s.keyNextScreen.capitalizedFirst, inFooter: false, action: .nextScreen),
            KeyBinding([.backTab], s.keyPreviousScreen, help: s.keyPreviousScreen.capitalizedFirst, inFooter: false,
                       action: .previousScreen),
            KeyBinding([.character("c")], s.keyLog, help: s.keyLogHelp, action: .log),
            KeyBinding([.character("r")], s.keyRecognize, help: s.keyRecognizeHelp, action: .recognize),
            KeyBinding([.character("m")], s.keyRecap, help: s.keyRecapHelp, inFooter: false, action: .recap),
            KeyBinding([.character("I")], s.keyIdeas, help: s.keyIdeasHelp, inFooter: false, action: .ideas),
            KeyBinding([.character("S")], s.keyStories, help: s.keyStoriesHelp, inFooter: false, action: .stories),
            KeyBinding([.character("R")], s.keyResidents, help: s.keyResidentsHelp, inFooter: false, action: .residents),
            KeyBinding([.character("?")], s.keyHelp, help: s.keyHelpHelp, action: .help),
            KeyBinding([([.character("q")], .back(quitsAtTop: true)), ([.escape], .back(quitsAtTop: false))],
                       atTop ? s.keyQuit : s.keyBack, help: s.keyBackHelp, keyLabel: "q/Esc"),
            KeyBinding([.control("c")], s.keyQuit, help: s.keyQuitHelp, inFooter: false, action: .quit),
            KeyBinding([.control("l")], s.keyRedraw, help: s.keyRedrawHelp, inFooter: false, action: .redraw),
            KeyBinding([.control("z")], s.keySuspend, help: s.keySuspendHelp, inFooter: false, action: .suspend),
        ])
    }

    /// The action of a key, with the number keys naming their screen.
    static func action(for key: Key, strings: Strings) -> GlobalAction? {
        if case .character(let c) = key, let digit = c.wholeNumberValue, (1...Tab.allCases.count).contains(digit) {
            return .screen(Tab(rawValue: digit - 1)!)
        }
        return bindings(strings).action(for: key)
    }
}
