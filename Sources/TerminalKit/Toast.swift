/// A short message in the bottom-right corner ("Saved", an error), shown until it expires.
public struct Toast: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, failure }

    public let message: String
    public let kind: Kind
    /// Frames (or ticks) left to show it.
    public var remaining: Int

    public init(_ message: String, kind: Kind = .info, ticks: Int = 30) {
        self.message = message
        self.kind = kind
        remaining = ticks
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let width = min(rect.width, ScreenBuffer.width(of: message) + 4)
        guard width > 4, rect.height > 0 else { return }
        let role: StyleRole = switch kind {
        case .info: .accent
        case .success: .good
        case .failure: .danger
        }
        let x = rect.maxX - width
        buffer.writePadded("  " + message, x: x, y: rect.maxY - 1, width: width, role: role)
    }
}
