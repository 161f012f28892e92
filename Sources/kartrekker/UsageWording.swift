import ArgumentParser
import Foundation
import KartrekkerCore

/// The argument parser's own usage errors, said in Dutch: it words them in English, so its
/// known sentences are rewritten line by line (option names, values and the usage line itself
/// stay as they are, as in every language).
enum UsageWording {
    private static let sentences: [(pattern: String, dutch: String)] = [
        (#"^Missing expected argument '(.*)'$"#, "verwacht argument '$1' ontbreekt"),
        (#"^The value '(.*)' is invalid for '(.*)'\. Please provide one of the following:$"#,
         "de waarde '$1' is ongeldig voor '$2'; kies een van deze:"),
        (#"^The value '(.*)' is invalid for '(.*)'(.*)$"#, "de waarde '$1' is ongeldig voor '$2'$3"),
        (#"^Missing value for '(.*)'$"#, "er ontbreekt een waarde voor '$1'"),
        (#"^Unexpected argument '(.*)'$"#, "onverwacht argument '$1'"),
        (#"^Unexpected arguments (.*)$"#, "onverwachte argumenten $1"),
        (#"^Unknown option '(.*)'$"#, "onbekende optie '$1'"),
        (#"^Unknown options (.*)$"#, "onbekende opties $1"),
        (#"^Value to be set with flag '(.*)' had already been set with flag '(.*)'$"#,
         "de waarde van '$1' was al gegeven met '$2'"),
        (#"^Help: "#, "Hulp: "),
        (#"^Usage: "#, "Gebruik: "),
        (#"^(\s*)See '(.*)' for more information\.$"#, "$1Zie '$2' voor meer uitleg."),
    ]

    /// `message` (the parser's, without `error:`) in Dutch where its sentences are known.
    static func dutch(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var text = String(line)
            for (pattern, dutch) in sentences {
                let replaced = text.replacingOccurrences(of: pattern, with: dutch, options: .regularExpression)
                if replaced != text { text = replaced; break }
            }
            return text
        }.joined(separator: "\n")
    }

    /// A usage error of our own (options that exclude each other), in the person's language.
    static func error(_ english: String, nl dutch: String) -> ValidationError {
        ValidationError(Console.language == .dutch ? dutch : english)
    }
}
