import XCTest
@testable import ParallaxKit
@testable import ParallaxTUI

/// The ASCII fast path of `TextWrap.lines` breaks exactly where the
/// general wrapping (by grapheme and display width) does.
final class TextWrapTests: XCTestCase {
    private func general(_ string: String, _ width: Int) -> [String] {
        let text = SourceText(string)
        return TextWrap.wrap(text, text.fullRange, width: width).map { text[$0] }
    }

    func testTheASCIIPathBreaksWhereTheGeneralOneDoes() {
        let headlines = [
            "Harbour strike enters its second week as talks stall",
            "  Leading and trailing spaces   ",
            "Averyveryverylongwordthatcannotfitonanylineatall and then more",
            "a b c d e f g h i j k l m n o p",
            "Two  spaces  between  words",
            "",
            "x",
        ]
        var generator = SystemRandomNumberGenerator()
        var random: [String] = []
        for _ in 0..<200 {
            let words = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                String(repeating: "w", count: Int.random(in: 1...14, using: &generator))
            }
            random.append(words.joined(separator: String(repeating: " ", count: Int.random(in: 1...3, using: &generator))))
        }
        for text in headlines + random {
            for width in [1, 2, 5, 9, 10, 17, 40, 80] {
                XCTAssertEqual(TextWrap.asciiLines(text, width: width), general(text, width), "\(text) at \(width)")
            }
        }
    }

    func testTextBeyondPrintableASCIITakesTheGeneralPath() {
        XCTAssertNil(TextWrap.asciiLines("Café owners protest", width: 10))
        XCTAssertNil(TextWrap.asciiLines("tab\tseparated", width: 10))
        XCTAssertEqual(TextWrap.lines("東京の港でストライキ", width: 6), general("東京の港でストライキ", 6))
    }
}
