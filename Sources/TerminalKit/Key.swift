/// Everything the terminal sends, as one type.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (any Unicode).
    case character(Character)
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Ctrl with a letter: `.control("c")`.
    case control(Character)
    case resize
    case wheelUp, wheelDown
    case click(x: Int, y: Int)

    /// How a key is named in hints and help: `q`, `Enter`, `Ctrl-C`, `↑`.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .resize: "resize"
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        case .click: "click"
        }
    }

    /// The key for a byte or code point read in raw mode (control characters included).
    public static func fromCharacter(_ scalar: Unicode.Scalar) -> Key {
        switch scalar.value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(scalar.value + 96)!))
        default: return .character(Character(scalar))
        }
    }
}
