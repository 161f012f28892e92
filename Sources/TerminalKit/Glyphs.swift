/// The characters widgets draw with: Unicode where the locale is UTF-8, ASCII elsewhere.
public struct Glyphs: Hashable, Sendable {
    public let unicode: Bool
    public let ellipsis: String
    public let horizontal: String
    public let vertical: String
    public let topLeft: String
    public let topRight: String
    public let bottomLeft: String
    public let bottomRight: String
    public let up: String
    public let down: String
    /// Eighths of a block, from one eighth to a full block.
    public let barEighths: [String]
    /// Sparkline levels, lowest first.
    public let sparks: [String]
    public let selectionMarker: String

    public static let unicodeSet = Glyphs(
        unicode: true, ellipsis: "…", horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", up: "▲", down: "▼",
        barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], sparks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        selectionMarker: "▶")

    public static let ascii = Glyphs(
        unicode: false, ellipsis: "~", horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", up: "^", down: "v",
        barEighths: ["", "", "", "#", "#", "#", "#", "#"], sparks: ["_", ".", ".", "-", "-", "=", "=", "#"],
        selectionMarker: ">")
}
