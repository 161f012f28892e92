import Testing
@testable import TerminalKit

@Suite struct ScreenBufferTests {
    @Test func textIsClippedAtTheEdge() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        #expect(buffer.write("Anna", x: 8, y: 0) == 2)
        #expect(buffer.line(0) == "        A…")
        buffer.write("xyz", x: -2, y: 1)
        #expect(buffer.line(1) == "z")
        #expect(buffer.write("never", x: 0, y: 5) == 0)
    }

    @Test func truncationEndsInAnEllipsisWithoutSplittingClusters() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 4))
        buffer.write("Anna de Vries", x: 0, y: 0, width: 8)
        #expect(buffer.line(0) == "Anna de…")
        buffer.write("李小龙李小龙", x: 0, y: 1, width: 6)
        #expect(buffer.line(1) == "李小 …")
        #expect(buffer[4, 1].text == " " && buffer[5, 1].text == "…")
        buffer.write("Noe\u{308}l 👩‍🔧 X", x: 0, y: 2, width: 8)
        #expect(buffer.line(2) == "Noël 👩‍🔧…")
        buffer.write("short", x: 0, y: 3, width: 8)
        #expect(buffer.line(3) == "short")
    }

    @Test func wideCharactersTakeTwoCellsAndNeverHang() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 2))
        buffer.write("a李b", x: 0, y: 0)
        #expect(buffer[1, 0].width == 2 && buffer[2, 0].isContinuation && buffer[3, 0].text == "b")
        // Half a wide character at the right edge becomes a blank.
        buffer.write("abcd李", x: 0, y: 1)
        // Five columns cannot hold "abcd" and the two of 李: it is cut, with the ellipsis.
        #expect(buffer.line(1) == "abcd…")
        #expect(!buffer[4, 1].isContinuation && buffer[4, 1].width == 1)
    }

    @Test func overwritingHalfAWideCharacterRepairsTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.write("李小龙", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer[0, 0].text == " " && buffer[1, 0].text == "x" && buffer[2, 0].text == "小")
        buffer.write("y", x: 2, y: 0)
        #expect(buffer[3, 0].text == " " && !buffer[3, 0].isContinuation)
        #expect(buffer.line(0) == " xy 龙")
    }

    @Test func controlAndBidiCharactersAreDrawnEscaped() {
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        buffer.write("Evil\u{1B}[2J\u{202E}x\u{7}", x: 0, y: 0)
        #expect(buffer.line(0) == "Evil\\u{1B}[2J\\u{202E}x\\u{7}")
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E } })
    }

    @Test func stylesAreKeptPerCell() {
        var buffer = ScreenBuffer(size: Size(width: 8, height: 2))
        buffer.write("ab", x: 1, y: 0, role: .selected)
        buffer.write("李", x: 4, y: 0, role: .danger)
        buffer.fill(Rect(x: 0, y: 1, width: 3, height: 1), role: .header)
        #expect(buffer.styleMap == ".SS.D~..\nHHH.....")
    }

    @Test func asciiGlyphsForLocalesWithoutUTF8() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3), glyphs: .ascii)
        buffer.box(Rect(x: 0, y: 0, width: 12, height: 3))
        buffer.write("long text here", x: 1, y: 1, width: 6)
        #expect(buffer.text == "+----------+\n|long ~    |\n+----------+")
    }
}
