import XCTest
import ParallaxLexicon
@testable import ParallaxKit

/// The generated lists as the gazetteer reads them.
final class GazetteerTests: XCTestCase {
    /// The lists' fields, split at the separator's byte, are the fields a
    /// split at Characters gives: every row of the place and given-name
    /// lists at tabs, and every name the multi-word look-ups read at spaces.
    func testListsSplitAtBytesAsAtCharacters() {
        var rows = 0
        for (list, maxSplits) in [(Lexicon.places, 1), (Lexicon.firstNames, Int.max)] {
            list.forEachRow { row in
                rows += 1
                XCTAssertEqual(Gazetteer.split(row, at: "\t", maxSplits: maxSplits),
                               row.split(separator: "\t", maxSplits: maxSplits), row)
            }
        }
        XCTAssertGreaterThan(rows, 50_000)
        var names = 0
        Lexicon.places.forEachRow { row in
            for name in row.split(separator: "\t") {
                names += 1
                XCTAssertEqual(Gazetteer.split(String(name), at: " ", maxSplits: 2, omittingEmptySubsequences: false),
                               name.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false), String(name))
            }
        }
        for name in EntityCues.places.map({ $0.0 }) + Array(EntityCues.organisations.dictionary.keys) + Array(EntityCues.notEntities.words) {
            names += 1
            XCTAssertEqual(Gazetteer.split(name, at: " ", maxSplits: 2, omittingEmptySubsequences: false),
                           name.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false), name)
        }
        XCTAssertGreaterThan(names, 50_000)
        // A combining mark after the separator joins it into another Character: there the two differ.
        XCTAssertNotEqual(Gazetteer.split("a \u{301}b", at: " "), "a \u{301}b".split(separator: " "))
    }
}
