import XCTest
@testable import ParallaxTUI
import ParallaxKit

final class ScreenBufferTests: XCTestCase {
    func testWideCharactersTakeTwoCellsAndAreClippedWhole() {
        var buffer = ScreenBuffer(size: Size(width: 7, height: 2))
        let end = buffer.put("a中b😀c", x: 0, y: 0)
        XCTAssertEqual(end, 7)
        XCTAssertEqual(buffer.lines[0], "a中b😀c")
        XCTAssertTrue(buffer[2, 0].isContinuation)
        // The emoji would need columns 6 and 7: it is not half drawn.
        buffer.put("abcdef😀", x: 0, y: 1)
        XCTAssertEqual(buffer.lines[1], "abcdef")
    }

    /// The reader showed "👨‍👩‍👧‍👦" as "👨" and "🇺🇦🇷🇺" garbled: each cell
    /// must hold a whole cluster, as wide as the cluster.
    func testEmojiSequencesAndFlagsFillTwoCellsEach() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
        let end = buffer.put("👨‍👩‍👧‍👦🇺🇦🇷🇺e\u{301}|", x: 0, y: 0)
        XCTAssertEqual(end, 8, "family 2 + two flags 2 each + e and its accent 1 + | 1")
        XCTAssertEqual(Array(buffer.dump.unicodeScalars), Array("👨‍👩‍👧‍👦🇺🇦🇷🇺e\u{301}|".unicodeScalars))
        XCTAssertEqual(buffer[0, 0].character, "👨‍👩‍👧‍👦")
        XCTAssertEqual(buffer[0, 0].width, 2)
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer[2, 0].character, "🇺🇦")
        XCTAssertTrue(buffer[3, 0].isContinuation)
        XCTAssertEqual(buffer[4, 0].character, "🇷🇺")
        XCTAssertEqual(Array(buffer[6, 0].character.unicodeScalars), ["e", "\u{301}"], "the accent stays in its letter's cell")
        XCTAssertEqual(buffer[7, 0].character, "|")
        // A flag that would need the last column and one more is left out whole.
        buffer.put("abcdefghijk🇺🇦", x: 0, y: 0)
        XCTAssertEqual(buffer.dump, "abcdefghijk")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)  // right half of 中
        XCTAssertEqual(buffer.line(0), " x文")
        buffer.put("y", x: 2, y: 0)  // left half of 文
        XCTAssertEqual(buffer.line(0), " xy ")
    }

    func testClipRectangleAndStyles() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        buffer.put("hello world", x: 2, y: 1, style: Style(bold: true), clip: Rect(x: 3, y: 0, width: 4, height: 2))
        XCTAssertEqual(buffer.lines, ["", "   ello"], "columns 3 to 6 only")
        XCTAssertTrue(buffer[3, 1].style.bold)
        XCTAssertFalse(buffer[2, 1].style.bold)
    }

    func testChangedPositions() {
        var a = ScreenBuffer(size: Size(width: 3, height: 2))
        a.put("abc", x: 0, y: 0)
        var b = a
        b.put("X", x: 1, y: 1)
        XCTAssertEqual(b.changedPositions(since: a).map { [$0.x, $0.y] }, [[1, 1]])
        XCTAssertEqual(b.changedPositions(since: nil).count, 6)
    }

    func testWrapBreaksAtSpacesByDisplayWidth() {
        let text = SourceText("金正恩 met 文在寅 at Panmunjom; “very good talks” 😀 said officials")
        let lines = TextWrap.wrap(text, text.fullRange, width: 12).map { text[$0] }
        XCTAssertEqual(lines, ["金正恩 met", "文在寅 at", "Panmunjom;", "“very good", "talks” 😀", "said", "officials"])
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 12) }
        // A word longer than the line is cut rather than lost.
        let long = SourceText("Supercalifragilistic")
        XCTAssertEqual(TextWrap.wrap(long, long.fullRange, width: 8).map { long[$0] }, ["Supercal", "ifragili", "stic"])
    }

    func testWrapNeverSplitsAClusterAndCountsItsWidth() {
        let text = SourceText("Crowds 🇺🇦🇷🇺🇺🇦🇷🇺 and 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦 e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}")
        let lines = TextWrap.wrap(text, text.fullRange, width: 5).map { text[$0] }
        XCTAssertEqual(lines, ["Crowd", "s", "🇺🇦🇷🇺", "🇺🇦🇷🇺", "and", "👨‍👩‍👧‍👦👨‍👩‍👧‍👦", "👨‍👩‍👧‍👦",
                               "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}"])
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 5, line) }
    }
}
