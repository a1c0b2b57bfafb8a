import Foundation
import XCTest
@testable import ParallaxKit

/// What event grouping reads of each article (`EventTerms`): counted the
/// same however the articles are run, kept as bytes that are checked
/// before they are read, and read back from the index.
final class EventTermsTests: XCTestCase {
    private func terms(_ t: EventTerms) -> [String] {
        var out: [String] = []
        t.forEach { stem, whole, lead in out.append("\(String(decoding: stem, as: UTF8.self)) \(whole) \(lead)") }
        return out
    }

    /// The title counts four times, the lead three, the rest once; each
    /// stem once, in the order the article first uses it; function words
    /// and numbers are not terms.
    func testAnArticlesTermsAreItsWeightedStems() throws {
        let article = try XCTUnwrap(Corpus.from(texts: [("a.txt", """
            Flood Waters Rise

            The river rose on Monday and the levee held.

            Rivers rose again on Tuesday, 12 days later.

            Later the levee broke.
            """)]).articles.first)
        let counted = terms(EventTerms.of([article])[0])
        func stem(_ word: String) -> String { ContentWords.stem(ContentWords.form(word)) }
        XCTAssertEqual(counted.first, "\(stem("Flood")) 4 4")
        // "river" and "rivers" are one stem, each in the lead.
        XCTAssertTrue(counted.contains("\(stem("rivers")) 6 6"), "\(counted)")
        XCTAssertTrue(counted.contains("\(stem("levee")) 4 3"), "\(counted)")
        XCTAssertTrue(counted.contains("\(stem("broke")) 1 0"), "\(counted)")
        XCTAssertFalse(counted.contains { $0.hasPrefix("the ") || $0.hasPrefix("12 ") }, "\(counted)")
        XCTAssertEqual(Set(counted.map { $0.split(separator: " ")[0] }).count, counted.count)
    }

    /// A run stems each spelling once for all its articles: its terms are
    /// each article's own, counted alone.
    func testARunCountsEachArticleAsAlone() {
        let articles = Fixtures.corpus.articles
        let together = EventTerms.of(articles[...])
        XCTAssertEqual(together.count, articles.count)
        for (article, counted) in zip(articles, together) {
            XCTAssertEqual(counted, EventTerms.of(articles[articles.firstIndex { $0.id == article.id }!...].prefix(1))[0],
                           article.id)
            XCTAssertGreaterThan(terms(counted).count, 50, article.id)
        }
    }

    /// Two spellings of one word, composed ("ü") and decomposed ("u" and a
    /// combining diaeresis), are one term, stored in its composed bytes,
    /// whether one run counts both or each is counted alone.
    func testComposedAndDecomposedSpellingsAreOneTerm() throws {
        let composed = "Z\u{FC}rich", decomposed = "Zu\u{308}rich"
        XCTAssertEqual(composed, decomposed)
        XCTAssertNotEqual(Array(composed.utf8), Array(decomposed.utf8))
        let articles = Corpus.from(texts: [
            ("a.txt", "Floods In \(decomposed)\n\nThe river flooded \(decomposed) on Monday.\n"),
            ("b.txt", "Floods In \(composed)\n\nThe river flooded \(composed) on Tuesday.\n"),
        ]).articles
        func zurich(_ t: EventTerms) -> [UInt8]? {
            var found: [UInt8]?
            t.forEach { stem, _, _ in if String(decoding: stem, as: UTF8.self) == composed.lowercased() { found = Array(stem) } }
            return found
        }
        for size in [1, 2] {
            let counted = EventTerms.of(articles, articlesPerRun: size)
            XCTAssertEqual(counted.map(zurich), [Array(composed.lowercased().utf8), Array(composed.lowercased().utf8)],
                           "runs of \(size)")
        }
        let apart = ArticleVectors.wholeAndLead(articles, articlesPerRun: 1).whole
        XCTAssertEqual(apart.cosine(0, 1), ArticleVectors.wholeAndLead(articles, articlesPerRun: 2).whole.cosine(0, 1))
        XCTAssertGreaterThan(apart.cosine(0, 1), 0.5)
    }

    /// Stored bytes are read only when every term is whole and counted.
    func testDamagedBytesAreNotTerms() throws {
        let counted = EventTerms.of(Fixtures.corpus.articles)[0]
        XCTAssertEqual(EventTerms(checking: counted.bytes), counted)
        XCTAssertNotNil(EventTerms(checking: []))
        // Cut after the first term's length, within its stem, and within the last term.
        for cut in [1, 2, counted.bytes.count - 1] {
            XCTAssertNil(EventTerms(checking: Array(counted.bytes.prefix(cut))), "cut at \(cut)")
        }
        XCTAssertNotNil(EventTerms(checking: [4, 0x61, 0x62, 2, 2]), "ab, once, in the lead")
        XCTAssertNil(EventTerms(checking: [3, 0x61, 2, 2]), "a negative length")
        XCTAssertNil(EventTerms(checking: [200, 0x61]), "a length past the end")
        XCTAssertNil(EventTerms(checking: [0xFF, 0xFF]), "a varint never ending")
        XCTAssertNil(EventTerms(checking: [4, 0x61, 0x62] + Array(repeating: 0xFF, count: 9) + [0x01, 0]),
                     "a count past 63 bits")
        XCTAssertNil(EventTerms(checking: [4, 0x61, 0x62, 0, 0]), "never counted")
        XCTAssertNil(EventTerms(checking: [4, 0x61, 0x62, 2, 4]), "more often in the lead than in all")
        XCTAssertNil(EventTerms(checking: [4, 0x61, 0x62, 3, 0]), "a negative count")
    }
}
