import KartrekkerText

/// A field with a fixed set of options: `←` `→` step through them; typing jumps to the first
/// option that starts with what was typed (case- and accent-insensitive).
public struct ChoiceField: Hashable, Sendable {
    public let options: [String]
    public private(set) var index: Int
    private var typed = ""

    public init(_ options: [String], selected: Int = 0) {
        self.options = options
        index = min(max(0, selected), max(0, options.count - 1))
    }

    public var value: String? { options.indices.contains(index) ? options[index] : nil }

    public mutating func handle(_ key: Key) -> Bool {
        guard !options.isEmpty else { return false }
        switch key {
        case .left:
            index = (index + options.count - 1) % options.count
            typed = ""
        case .right, .character(" "):
            index = (index + 1) % options.count
            typed = ""
        case .backspace:
            typed = String(typed.dropLast())
        case .character(let c):
            let attempt = (typed + String(c)).folded
            if let match = options.firstIndex(where: { $0.folded.hasPrefix(attempt) }) {
                typed += String(c)
                index = match
            } else if let match = options.firstIndex(where: { $0.folded.hasPrefix(String(c).folded) }) {
                typed = String(c)
                index = match
            }
        default:
            return false
        }
        return true
    }

    /// Draws `‹ value ›` in `width` columns.
    public func draw(at x: Int, y: Int, width: Int, focused: Bool, on buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), role: .input)
        let arrows = buffer.glyphs.unicode ? ("‹ ", " ›") : ("< ", " >")
        buffer.write(arrows.0 + (value ?? "") + arrows.1, x: x, y: y, width: width, role: focused ? .selected : .input)
    }
}
