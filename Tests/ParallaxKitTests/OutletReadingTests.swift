import XCTest
@testable import ParallaxKit

/// The outlets report reads less than it used to (each quotation's words
/// as numbers, a common length in the bits of a word): what it reads must
/// say what reading everything says.
final class OutletReadingTests: XCTestCase {
    /// Numbering each spelling once reads every quotation as the content
    /// word reader does.
    func testQuotationsNumberedBySpellingAreTheOnesReadAsContentWords() {
        var bySpelling = QuoteMatcher.Numbering(), byReader = QuoteMatcher.Numbering()
        var reader = ContentWordReader()
        for article in Fixtures.corpus.articles {
            XCTAssertEqual(bySpelling.quotes(of: article), byReader.quotes(of: article, reader: &reader))
        }
    }
}

extension OutletReadingTests {
    func testBitParallelCommonLengthIsTheTables() {
        var seed: UInt64 = 12345
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for round in 0..<1500 {
            // Short and long sequences over few and many symbols, up to past 64 words.
            let symbols = [2, 5, 30][round % 3], longest = [8, 40, 70, 130][round % 4]
            let a = (0..<next(longest + 1)).map { _ in next(symbols) }
            let b = (0..<next(longest + 1)).map { _ in next(symbols) }
            XCTAssertEqual(QuoteMatcher.commonLength(a, b), WordDiff.commonLength(a, b), "\(a) \(b)")
        }
        XCTAssertEqual(QuoteMatcher.commonLength(Array(0..<64), Array(0..<64)), 64)
        XCTAssertEqual(QuoteMatcher.commonLength(Array(0..<64), Array(64..<128)), 0)
    }
}
