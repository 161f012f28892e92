import Testing
@testable import TerminalKit

/// The gallery at several sizes, as text, with awkward names (accents, CJK, emoji, control
/// and bidi characters); and its styles where they matter. Driven like a person would.
@Suite struct SnapshotTests {
    func render(_ width: Int, _ height: Int, glyphs: Glyphs = .unicodeSet, keys: [Key] = []) -> ScreenBuffer {
        var session = ScriptedSession(KitGallery(), size: Size(width: width, height: height), glyphs: glyphs)
        session.press(keys)
        return session.screen
    }

    @Test func gallery80x24() {
        Golden.check(render(80, 24).text, "gallery-80x24")
    }

    @Test func gallery120x40() {
        Golden.check(render(120, 40).text, "gallery-120x40")
    }

    @Test func galleryInASCII() {
        Golden.check(render(80, 24, glyphs: .ascii).text, "gallery-80x24-ascii")
    }

    @Test func galleryTooSmall() {
        Golden.check(render(40, 10).text, "gallery-40x10")
    }

    @Test func galleryWithHelpAndStyles() {
        let buffer = render(80, 24, keys: [.down, .character("?")])
        Golden.check(buffer.text, "gallery-80x24-help")
        Golden.check(render(80, 24, keys: [.down]).styleMap, "gallery-80x24-styles")
    }

    @Test func galleryWithAFilter() {
        Golden.check(render(80, 24, keys: [.character("/"), .character("c"), .character("e"), .character("l")]).text,
                     "gallery-80x24-filter")
    }
}
