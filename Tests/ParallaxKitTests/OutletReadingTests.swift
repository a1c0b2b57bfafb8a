import XCTest
@testable import ParallaxKit

/// The outlets report reads less than it used to (the end of the text
/// before a credited name, the start of the text after it, each quotation's
/// words as numbers): what it reads must say what reading everything says.
final class OutletReadingTests: XCTestCase {
    /// Sentences made of cue words, names, punctuation and padding, with
    /// non-ASCII letters, curly apostrophes and combining marks among them,
    /// from a fixed seed.
    private func sentences(_ count: Int) -> [String] {
        let words = [
            "according", "to", "the", "as", "cited", "by", "told", "Russia's", "Russia’s", "and", "&", ",", "(", ")",
            "-", "—", "reported", "first", "has", "contributed", "revealed", "in", "an", "interview", "with",
            "originally", "published", "Café", "Cafe\u{301}", "Zürich", "officials", "said", "on", "Tuesday", ".",
            "REPORTED", "According", "  ", "\t", "The", "via", "courtesy", "of", "2024", "42", "reports.", "reports",
        ]
        var seed: UInt64 = 0x9e37_79b9_7f4a_7c15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in
            (0..<(1 + next(40))).map { _ in words[next(words.count)] }.joined(separator: next(5) == 0 ? "" : " ")
        }
    }

    func testTheEndOfTheTextBeforeANameReadsAsAllOfIt() {
        for sentence in sentences(3000) {
            let text = SourceText(sentence + " Reuters")
            let end = text.count - "Reuters".unicodeScalars.count
            let whole = text[TextRange(0, end)], cut = text[TextRange(CreditFinder.wordsBack(text, from: end, to: 0), end)]
            XCTAssertEqual(CreditFinder.cueBefore(cut), CreditFinder.cueBefore(whole), sentence)
            XCTAssertEqual(CreditFinder.continuedList(cut, "told"), CreditFinder.continuedList(whole, "told"), sentence)
            XCTAssertEqual(CreditFinder.dateline(cut, ") - x"), CreditFinder.dateline(whole, ") - x"), sentence)
        }
    }

    func testTheStartOfTheTextAfterANameReadsAsAllOfIt() {
        for sentence in sentences(3000) {
            let text = SourceText(sentence)
            let whole = text[text.fullRange], opening = CreditFinder.opening(text, from: 0, to: text.count)
            XCTAssertEqual(CreditFinder.cueAfter(opening), CreditFinder.cueAfter(whole), sentence)
            XCTAssertEqual(CreditFinder.dateline("(", opening), CreditFinder.dateline("(", whole), sentence)
        }
    }

    func testCreditsOfTheBundledCorpusAreFound() {
        // The bundled corpus credits someone: the cut texts find those credits.
        XCTAssertFalse(Fixtures.corpus.articles.flatMap { CreditFinder.credits(in: $0) }.isEmpty)
    }

    /// Numbering each spelling once reads every quotation as the content
    /// word reader does.
    func testQuotationsNumberedBySpellingAreTheOnesReadAsContentWords() {
        var bySpelling = QuoteMatcher.Numbering(), byReader = QuoteMatcher.Numbering()
        var reader = ContentWordReader()
        for article in Fixtures.corpus.articles {
            XCTAssertEqual(bySpelling.quotes(of: article), byReader.quotes(of: article, reader: &reader))
        }
    }

    func testAnOutletsQuotedWordsAreAllItsSpeechQuotationsWords() {
        let articles = Fixtures.corpus.articles
        var speechWords = 0
        let index = SpeakerIndex(articles: articles, among: nil, speechWords: &speechWords)
        XCTAssertEqual(index.entries, SpeakerIndex(articles: articles).entries)
        let expected = articles.map { a in
            a.quotes.filter { $0.kind == .speech }.map { Tokenizer.wordCount(in: a.source, range: $0.range) }.reduce(0, +)
        }.reduce(0, +)
        XCTAssertEqual(speechWords, expected)
        XCTAssertGreaterThanOrEqual(speechWords, index.entries.map(\.words).reduce(0, +))
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

extension OutletReadingTests {
    /// `CreditFinder.cueBefore` as it was written first: all of the text
    /// lowercased and split by characters.
    private func referenceCueBefore(_ before: String) -> String? {
        var words = before.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" })
        if words.last == "the" { words.removeLast() }
        if let last = words.last, last.hasSuffix("'s") || last.hasSuffix("’s") { words.removeLast() }
        let tail = words.suffix(4).joined(separator: " ")
        return CreditFinder.citingPhrases.filter { tail == $0 || tail.hasSuffix(" " + $0) }.max { $0.count < $1.count }
    }

    func testCitingPhrasesAreFoundAsTheCharactersSplitFindsThem() {
        for sentence in sentences(3000) + ["told\r\nthe", "according to\u{B}the", "courtesy of\u{85}", "via\u{A0}"] {
            XCTAssertEqual(CreditFinder.cueBefore(sentence + " "), referenceCueBefore(sentence + " "), sentence)
            XCTAssertEqual(CreditFinder.cueBefore(sentence), referenceCueBefore(sentence), sentence)
        }
    }
}

extension OutletReadingTests {
    func testNewsOrganisationsAreKnownByTheirLastWord() {
        for name in ["Korea Herald", "Korea Herald ", "Nine  News", "Zürich Herald", "Herald", "The Herald Tribune", " ", ""] {
            let last = name.split(separator: " ").last.map(String.init) ?? name
            let expected = EntityCues.newsOrganisations.contains(name) || EntityCues.newsNameWords.contains(last)
            XCTAssertEqual(CreditFinder.isNewsOrganisation(name), expected, name)
        }
        XCTAssertTrue(CreditFinder.isNewsOrganisation("Korea Herald "))
        XCTAssertTrue(CreditFinder.isNewsOrganisation("Zürich Herald"))
    }
}
