import XCTest
@testable import ParallaxTUI

final class DisplayWidthTests: XCTestCase {
    func testGraphemeWidths() {
        XCTAssertEqual(DisplayWidth.of(Character("a")), 1)
        XCTAssertEqual(DisplayWidth.of(Character("e\u{301}")), 1, "e + combining acute is one column")
        XCTAssertEqual(DisplayWidth.of(Character("中")), 2)
        XCTAssertEqual(DisplayWidth.of(Character("ｱ")), 1, "halfwidth katakana")
        XCTAssertEqual(DisplayWidth.of(Character("Ａ")), 2, "fullwidth Latin")
        XCTAssertEqual(DisplayWidth.of(Character("😀")), 2)
        XCTAssertEqual(DisplayWidth.of(Character("👍🏽")), 2, "emoji with skin tone")
        XCTAssertEqual(DisplayWidth.of(Character("👨‍👩‍👧")), 2, "ZWJ family")
        XCTAssertEqual(DisplayWidth.of(Character("❤️")), 2, "text heart with emoji presentation selector")
        XCTAssertEqual(DisplayWidth.of(Character("“")), 1)
        XCTAssertEqual(DisplayWidth.of(Character("—")), 1)
        XCTAssertEqual(DisplayWidth.of(Character("\u{200B}")), 0, "zero-width space")
        XCTAssertEqual(DisplayWidth.of("Ким Чен Ын 金正恩"), 17)
    }

    /// The generated table once called unassigned code points wide, so a
    /// stray U+0378 shifted every column after it.
    func testUnassignedCodePointsAreOneColumnButReservedCJKStaysWide() {
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x378)!), 1, "unassigned, Greek block")
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x5FF)!), 1, "unassigned, Hebrew block")
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0xE0000)!), 1, "unassigned, tags block")
        XCTAssertEqual(DisplayWidth.of("a\u{378}b"), 3)
        XCTAssertEqual(DisplayWidth.of(Character("中")), 2, "CJK ideograph")
        XCTAssertEqual(DisplayWidth.of(Character("\u{3400}")), 2, "CJK Extension A")
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x2FFFD)!), 2, "unassigned, but in a UAX #11 default-wide block")
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x3FFFD)!), 2, "unassigned, plane 3")
    }

    func testTruncateNeverSplitsAWideCharacter() {
        XCTAssertEqual(DisplayWidth.truncate("金正恩 says", to: 4), "金…")
        XCTAssertEqual(DisplayWidth.truncate("short", to: 10), "short")
        XCTAssertEqual(DisplayWidth.truncate("anything", to: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("anything", to: 0), "")
    }
}
