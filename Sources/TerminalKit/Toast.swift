import Foundation

/// A short message in the bottom-right corner ("Saved", an error), shown until its deadline,
/// whatever is typed meanwhile. The deadline is set by the first tick after it appears, so the
/// program needs no clock of its own.
public struct Toast: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, failure }

    public static let duration: TimeInterval = 3

    public let message: String
    public let kind: Kind
    public let duration: TimeInterval
    /// When it goes; `nil` until the first tick.
    public private(set) var expires: Date?

    public init(_ message: String, kind: Kind = .info, duration: TimeInterval = Toast.duration) {
        self.message = message
        self.kind = kind
        self.duration = duration
    }

    /// Time passes; returns whether the toast has expired (and should go).
    public mutating func tick(_ now: Date) -> Bool {
        guard let expires else {
            expires = now + duration
            return false
        }
        return now >= expires
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
