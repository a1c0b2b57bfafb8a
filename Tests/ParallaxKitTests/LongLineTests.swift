import XCTest
@testable import ParallaxKit

/// Text with no line breaks (a whole article on one line) is read as the
/// same text with them, and the fast word split agrees with the Character
/// split it stands in for.
final class LongLineTests: XCTestCase {
    private let paragraphs = [
        "Harbour Authority Opens New Ferry Terminal",
        "Published March 3, 2021 by the Coastline Courier desk.",
        "The harbour authority opened its new ferry terminal on Tuesday after four years of building work.",
        "“We have waited a long time for this day,” said Mira Ostrand, the authority’s director.",
        "Ferries to the northern islands will leave from the terminal from next week, the authority said.",
        "Read more at CoastlineCourier.com and follow CoastlineCourier.com for updates.",
    ]

    func testOneLineArticleReadsLikeTheSameTextWithLineBreaks() {
        let broken = Fixtures.article(text: paragraphs.joined(separator: "\n\n"))
        // Many copies on one line, as a page with its line breaks stripped.
        let oneLine = Fixtures.article(text: Array(repeating: paragraphs.joined(separator: " "), count: 40)
            .joined(separator: " "))
        XCTAssertEqual(oneLine.paragraphs.count, 1)
        XCTAssertEqual(broken.metadata.date, "2021-03-03")
        XCTAssertEqual(oneLine.metadata.date, broken.metadata.date)
        XCTAssertEqual(broken.metadata.outlet, "CoastlineCourier")
        XCTAssertEqual(oneLine.metadata.outlet, broken.metadata.outlet)
        XCTAssertEqual(Set(oneLine.entities.map(\.entity)), Set(broken.entities.map(\.entity)))
        XCTAssertEqual(Set(oneLine.quotes.compactMap(\.speaker)), ["Mira Ostrand"])
        XCTAssertEqual(Set(broken.quotes.compactMap(\.speaker)), ["Mira Ostrand"])
    }

    func testScalarSplitAgreesWithCharacterSplit() {
        let texts = [
            "plain words,  with  commas, and\ttabs",
            "curly “quotes” — dashes – and … ellipses",
            "a\u{00A0}no-break space and a zero\u{200B}width one \u{200B}here",
            "Ñandú café naïve",
            "\r\nline ends\r\n",
            "",
        ]
        for text in texts {
            let pieces = ScalarWords.split(text, separator: { ScalarWords.isWhitespace($0) || $0 == "," })
            XCTAssertEqual(pieces?.map { String(text[$0]) },
                           text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init), text)
            XCTAssertEqual(LineClassifier.fold(text), text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
    }

    func testSeparatorJoinedToAMarkIsLeftToTheCharacterSplit() {
        // A combining accent after a space makes one Character of the two, a white-space
        // Character that the split drops whole, accent and all.
        let text = "May \u{0301}5, 2019 and May 6, 2019"
        XCTAssertNil(ScalarWords.split(text, separator: ScalarWords.isWhitespace))
        XCTAssertEqual(LineClassifier.fold(text), "May 5, 2019 and May 6, 2019")
        XCTAssertEqual(DateFinder.firstDate(in: text), "2019-05-05")
    }

    func testDatesAmongTrimmedWords() {
        XCTAssertEqual(DateFinder.firstDate(in: "(Updated [2019-02-28].)"), "2019-02-28")
        XCTAssertEqual(DateFinder.firstDate(in: "on (May) 5, 2019."), "2019-05-05")
        XCTAssertEqual(DateFinder.firstDate(in: "it was 5 Sept. 2018, a Wednesday"), "2018-09-05")
        XCTAssertNil(DateFinder.firstDate(in: "Mayday 5, 2019"))
    }

    func testTrimSet() {
        let set = TrimSet("•-.“”()")
        XCTAssertEqual("•“Example.”".trimming(set), "Example")
        XCTAssertEqual("(e\u{0301})".trimming(set), "e\u{0301}")
        XCTAssertEqual("…".trimming(set), "…")
    }
}
