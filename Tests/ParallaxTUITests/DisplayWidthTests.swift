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

    /// A cell is a grapheme cluster, as wide as a terminal draws the whole
    /// cluster, not as its first code point.
    func testEmojiSequencesFlagsAndCombiningMarks() {
        XCTAssertEqual(DisplayWidth.of(Character("👨‍👩‍👧‍👦")), 2, "family: four emoji joined by ZWJ")
        XCTAssertEqual(DisplayWidth.of(Character("🏳️‍🌈")), 2, "rainbow flag: text-style flag, VS16, ZWJ")
        XCTAssertEqual(DisplayWidth.of(Character("🏳\u{200D}🌈")), 2, "the same ZWJ sequence without VS16")
        XCTAssertEqual(DisplayWidth.of(Character("🇺🇦")), 2, "a flag: two regional indicators")
        XCTAssertEqual(DisplayWidth.of("🇺🇦🇷🇺"), 4, "two flags")
        XCTAssertEqual(DisplayWidth.of(Character("\u{1F1FA}")), 1, "a regional indicator alone")
        XCTAssertEqual(DisplayWidth.of(Character("1️⃣")), 2, "keycap: digit, VS16, enclosing keycap")
        XCTAssertEqual(DisplayWidth.of(Character("☝🏽")), 2, "text-style emoji with a skin tone")
        XCTAssertEqual(DisplayWidth.of(Character("☺\u{FE0F}")), 2, "VS16 makes a text-presentation emoji wide")
        XCTAssertEqual(DisplayWidth.of(Character("☺")), 1, "without it, one column")
        XCTAssertEqual(DisplayWidth.of(Character("e\u{301}")), 1, "e + combining acute")
        XCTAssertEqual(DisplayWidth.of("Zoe\u{308} cafe\u{301}"), 8)
        XCTAssertEqual(DisplayWidth.of(Character("\u{1100}\u{1161}\u{11A8}")), 2, "Hangul syllable from jamo")
    }

    func testTruncateCutsBetweenClusters() {
        XCTAssertEqual(DisplayWidth.truncate("🇺🇦🇷🇺 flags", to: 3), "🇺🇦…")
        XCTAssertEqual(DisplayWidth.truncate("🇺🇦🇷🇺 flags", to: 5), "🇺🇦🇷🇺…")
        XCTAssertEqual(DisplayWidth.truncate("👨‍👩‍👧‍👦 family", to: 4), "👨‍👩‍👧‍👦 …")
        XCTAssertEqual(DisplayWidth.truncate("👨‍👩‍👧‍👦 family", to: 2), "…", "the family does not fit beside the ellipsis")
        let accents = DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}x", to: 3)
        XCTAssertEqual(Array(accents.unicodeScalars), Array("e\u{301}e\u{301}…".unicodeScalars), "accents kept")
        for cut in [DisplayWidth.truncate("ab🇺🇦🇷🇺👨‍👩‍👧‍👦1️⃣cd", to: 6), DisplayWidth.truncate("ab🇺🇦🇷🇺👨‍👩‍👧‍👦1️⃣cd", to: 9)] {
            XCTAssertLessThanOrEqual(DisplayWidth.of(cut), 9)
            XCTAssertTrue(Array(cut.dropLast()).allSatisfy { "ab🇺🇦🇷🇺👨‍👩‍👧‍👦1️⃣cd".contains($0) }, cut)
        }
        XCTAssertEqual(DisplayWidth.truncate("ab🇺🇦🇷🇺👨‍👩‍👧‍👦1️⃣cd", to: 6), "ab🇺🇦…")
        XCTAssertEqual(DisplayWidth.truncate("ab🇺🇦🇷🇺👨‍👩‍👧‍👦1️⃣cd", to: 9), "ab🇺🇦🇷🇺👨‍👩‍👧‍👦…")
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

    /// Truncation reads only as far as the columns reach, and cuts exactly
    /// where measuring the whole text first would.
    func testTruncateOfLongTextIsWhereTheWholeWidthSaysItIs() {
        XCTAssertEqual(DisplayWidth.truncate("金正恩", to: 6), "金正恩", "nine bytes, six columns: it fits")
        XCTAssertEqual(DisplayWidth.truncate("金正恩", to: 5), "金正…")
        XCTAssertEqual(DisplayWidth.truncate("ab\u{301}cd", to: 4), "ab\u{301}cd", "the accent takes no column")
        let quote = "Kim Jong-un: “" + String(repeating: "we will not be moved, 金正恩 said again ", count: 2_000) + "”"
        for columns in [1, 2, 12, 13, 14, 15, 16, 40, 59, 60] {
            let cut = DisplayWidth.truncate(quote, to: columns)
            XCTAssertTrue(cut.hasSuffix("…"))
            XCTAssertTrue(quote.hasPrefix(cut.dropLast()))
            XCTAssertLessThanOrEqual(DisplayWidth.of(cut), columns)
            // The next character would not have fitted beside the ellipsis.
            let next = quote[quote.index(quote.startIndex, offsetBy: cut.count - 1)]
            XCTAssertGreaterThan(DisplayWidth.of(cut.dropLast()) + DisplayWidth.of(next), columns - 1)
        }
    }
}
