import Foundation

/// Where the data lives: `--data-dir` › `$KARTREKKER_DATA_DIR` › `$XDG_DATA_HOME/kartrekker`
/// › `$HOME/.local/share/kartrekker`.
public enum DataDirectory {
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        func nonEmpty(_ key: String) -> String? {
            guard let value = environment[key], !value.isEmpty else { return nil }
            return value
        }
        let path: String
        if let explicit, !explicit.isEmpty {
            path = explicit
        } else if let dir = nonEmpty("KARTREKKER_DATA_DIR") {
            path = dir
        } else if let xdg = nonEmpty("XDG_DATA_HOME") {
            path = xdg + "/kartrekker"
        } else {
            path = (nonEmpty("HOME") ?? NSHomeDirectory()) + "/.local/share/kartrekker"
        }
        let expanded = (path as NSString).expandingTildeInPath
        return URL(fileURLWithPath: expanded).standardizedFileURL
    }
}
