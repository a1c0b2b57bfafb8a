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

    func testTruncateNeverSplitsAWideCharacter() {
        XCTAssertEqual(DisplayWidth.truncate("金正恩 says", to: 4), "金…")
        XCTAssertEqual(DisplayWidth.truncate("short", to: 10), "short")
        XCTAssertEqual(DisplayWidth.truncate("anything", to: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("anything", to: 0), "")
    }
}
