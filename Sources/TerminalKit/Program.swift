/// A terminal program in the Elm style: the state is the program value, `update` is the only
/// place it changes, and `view` draws it without changing anything.
///
/// Scrolling and clamping belong in `update`, computed from the same `Layout` that `view`
/// draws with, so a page is always exactly what is on the screen.
public protocol Program {
    associatedtype Message: Sendable

    /// Effects to run when the loop starts (loading data, say). The first `resize` follows.
    mutating func start() -> [Effect<Message>]

    /// Applies one event or message.
    mutating func update(_ input: Input<Message>) -> [Effect<Message>]

    /// Draws the state into `buffer`, which has the terminal's size and glyphs. Pure.
    func view(into buffer: inout ScreenBuffer)

    /// Whether time-dependent things are on screen (a toast, a spinner): the runner then ticks
    /// several times a second instead of once.
    var wantsFrequentTicks: Bool { get }

    /// The language of the kit's own words (keys of a text field, "No match", yes/no).
    var words: KitWords { get }
}

extension Program {
    public mutating func start() -> [Effect<Message>] { [] }
    public var wantsFrequentTicks: Bool { false }
    public var words: KitWords { KitWords(.english) }

    /// `start` with the program's words current: what the runner and a scripted session call.
    public mutating func starting() -> [Effect<Message>] {
        KitWords.$current.withValue(words) { start() }
    }

    /// `update` with the program's words current.
    public mutating func applying(_ input: Input<Message>) -> [Effect<Message>] {
        KitWords.$current.withValue(words) { update(input) }
    }

    /// `view` with the program's words current.
    public func drawing(into buffer: inout ScreenBuffer) {
        KitWords.$current.withValue(words) { view(into: &buffer) }
    }

    /// A fresh frame of `size` with the view drawn into it.
    public func frame(size: Size, glyphs: Glyphs = .unicodeSet) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size, glyphs: glyphs)
        drawing(into: &buffer)
        return buffer
    }
}
