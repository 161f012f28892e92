/// Whether the terminal's locale can show UTF-8 (block bars, arrows, box lines); where it
/// cannot, everything is drawn and printed in ASCII.
public enum UnicodeSupport {
    /// The character set of the locale the environment names: `LC_ALL`, else `LC_CTYPE`, else
    /// `LANG`, as the C library chooses it.
    public static func isUTF8(environment: [String: String]) -> Bool {
        let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return isUTF8(codeset: locale)
    }

    /// Whether a codeset or locale name (`UTF-8`, `en_US.utf8`) means UTF-8.
    public static func isUTF8(codeset: String) -> Bool {
        let lowered = codeset.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
