import Foundation

/// The language kartrekker speaks to a person: every word of the terminal UI and every error.
/// The command line's names (subcommands, options, JSON keys, CSV headers, category keys) are
/// the same in both, so scripts work whatever the language.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case dutch = "nl"

    /// The language a code names: `nl`, `en`, or a locale such as `nl_NL.UTF-8`, `nl_BE@euro`,
    /// `en_GB`; `nil` for anything else.
    public init?(code: String) {
        let lowered = code.trimmingCharacters(in: .whitespaces).lowercased()
        let language = lowered.prefix { $0.isLetter }
        switch language {
        case "nl", "dutch", "nederlands": self = .dutch
        case "en", "english", "engels": self = .english
        default: return nil
        }
    }

    /// The language the environment asks for: `KARTREKKER_LANG` where it names one, else the
    /// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, as the C library reads them.
    /// Only the variable's text counts, so `nl_NL.UTF-8` means Dutch on a machine that has no
    /// Dutch locale installed; anything but Dutch means English.
    public static func preferred(environment: [String: String]) -> Language {
        if let asked = environment["KARTREKKER_LANG"], let language = Language(code: asked) { return language }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("nl") ? .dutch : .english
    }
}
