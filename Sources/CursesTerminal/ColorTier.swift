import CNcurses
import TerminalKit

/// How much colour the terminal has, and how each style role looks in it. The background is
/// always the terminal's own (colour -1), so light and dark themes both work.
public enum ColorTier: Sendable, Equatable {
    case monochrome, basic, extended

    public struct Style: Sendable, Equatable {
        public let pair: Int16
        public let attributes: Int32
    }

    static func detect(hasColors: Bool, colors: Int, noColor: Bool) -> ColorTier {
        if noColor || !hasColors { return .monochrome }
        return colors >= 256 ? .extended : .basic
    }

    private static let bold = Int32(KT_BOLD)
    private static let reverse = Int32(KT_REVERSE)
    private static let underline = Int32(KT_UNDERLINE)
    private static let dim = Int32(KT_DIM)

    /// Foreground, background and attributes per role.
    private func colors(_ role: StyleRole) -> (Int16, Int16, Int32) {
        let b = ColorTier.bold
        switch self {
        case .monochrome:
            switch role {
            case .normal, .border, .bar: return (-1, -1, 0)
            case .selected: return (-1, -1, ColorTier.reverse)
            case .header: return (-1, -1, b | ColorTier.underline)
            case .title, .accent, .good, .warning, .key: return (-1, -1, b)
            case .muted: return (-1, -1, ColorTier.dim)
            case .danger: return (-1, -1, b | ColorTier.underline)
            case .input: return (-1, -1, ColorTier.underline)
            }
        case .basic:
            switch role {
            case .normal: return (-1, -1, 0)
            case .selected: return (7, 4, b)
            case .header: return (-1, -1, b | ColorTier.underline)
            case .title: return (3, -1, b)
            case .muted: return (-1, -1, ColorTier.dim)
            case .accent: return (6, -1, 0)
            case .good, .bar: return (2, -1, 0)
            case .warning: return (3, -1, 0)
            case .danger: return (1, -1, b)
            case .key: return (3, -1, b)
            case .input: return (-1, -1, ColorTier.underline)
            case .border: return (4, -1, 0)
            }
        case .extended:
            switch role {
            case .normal: return (-1, -1, 0)
            case .selected: return (231, 25, b)
            case .header: return (252, -1, b | ColorTier.underline)
            case .title: return (214, -1, b)
            case .muted: return (245, -1, 0)
            case .accent: return (75, -1, 0)
            case .good, .bar: return (77, -1, 0)
            case .warning: return (214, -1, 0)
            case .danger: return (203, -1, b)
            case .key: return (214, -1, b)
            case .input: return (-1, 236, 0)
            case .border: return (240, -1, 0)
            }
        }
    }

    func definePairs() {
        guard self != .monochrome else { return }
        for (index, role) in StyleRole.allCases.enumerated() {
            let (fg, bg, _) = colors(role)
            _ = kt_define_pair(Int16(index + 1), fg, bg)
        }
    }

    public func style(for role: StyleRole) -> Style {
        let (_, _, attributes) = colors(role)
        guard self != .monochrome, let index = StyleRole.allCases.firstIndex(of: role) else {
            return Style(pair: 0, attributes: attributes)
        }
        return Style(pair: Int16(index + 1), attributes: attributes)
    }
}
