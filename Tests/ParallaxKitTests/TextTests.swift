import XCTest
@testable import ParallaxKit

/// Sentences and tokens on sentences written for the test.
final class TextTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        let source = SourceText(text)
        return SentenceSplitter.sentences(in: source, range: source.fullRange).map { source[$0.range] }
    }

    private func tokens(_ text: String) -> [String] {
        let source = SourceText(text)
        return Tokenizer.tokens(in: source, range: source.fullRange).map { source[$0.range] }
    }

    func testAbbreviationsAndInitialsDoNotEndSentences() {
        XCTAssertEqual(sentences("Sen. John McCain met Dr. Jane Roe and J. R. Smith in the U.S. Senate. They talked."),
                       ["Sen. John McCain met Dr. Jane Roe and J. R. Smith in the U.S. Senate.", "They talked."])
        XCTAssertEqual(sentences("The vote is on Nov. 11 in Washington. It will be close."),
                       ["The vote is on Nov. 11 in Washington.", "It will be close."])
    }

    func testDottedAbbreviationEndsASentenceBeforeACommonOpener() {
        XCTAssertEqual(sentences("He interfered in the U.S. The Kremlin denies it."),
                       ["He interfered in the U.S.", "The Kremlin denies it."])
    }

    func testQuotationClosingAfterTheFullStop() {
        XCTAssertEqual(sentences("\"President Trump believes a former KGB agent. That is outrageous,\" said Cardin. He left."),
                       ["\"President Trump believes a former KGB agent.", "That is outrageous,\" said Cardin.", "He left."])
        XCTAssertEqual(sentences("She said: “We agree.” Then she left."), ["She said: “We agree.”", "Then she left."])
    }

    func testEllipses() {
        XCTAssertEqual(sentences("\"You can only ask so many times.... He said he did not meddle.\""),
                       ["\"You can only ask so many times....", "He said he did not meddle.\""])
        XCTAssertEqual(sentences("whether or not... that whole thing was set up."), ["whether or not... that whole thing was set up."])
        XCTAssertEqual(sentences("It was over… Nobody spoke."), ["It was over…", "Nobody spoke."])
    }

    func testQuestionInsideQuoteBeforeAttribution() {
        XCTAssertEqual(sentences("\"Why?\" he asked. Nobody answered."), ["\"Why?\" he asked.", "Nobody answered."])
    }

    func testTokensKeepApostrophesHyphensAndAbbreviations() {
        // "U.S.-Russia" is two names joined by a hyphen: it stays two words.
        XCTAssertEqual(tokens("Putin's U.S.-Russia talks didn't fail; al-Assad won 3,000 votes (2.5%)."),
                       ["Putin's", "U.S.", "-", "Russia", "talks", "didn't", "fail", ";", "al-Assad", "won", "3,000", "votes",
                        "(", "2.5", "%", ")", "."])
        XCTAssertEqual(tokens("Trump’s ‘Very’ U.S."), ["Trump’s", "‘", "Very", "’", "U.S."])
    }

    func testWordCountAgreesWithTheTokenizer() {
        let samples = ["Trump,Putin met; 3,000 U.S.-Russia talks didn't fail (2.5%) — Cafe\u{301}s.", "a,b 1,2 x-y"]
        for text in samples + Fixtures.corpus.articles.map({ $0.text($0.paragraphs[1].range) }) {
            let source = SourceText(text)
            XCTAssertEqual(Tokenizer.wordCount(in: source, range: source.fullRange),
                           Tokenizer.tokens(in: source, range: source.fullRange).filter { $0.kind != .punctuation }.count, text)
        }
    }

    func testOffsetsCountUnicodeScalars() {
        // An emoji outside the BMP is one scalar (two UTF-16 units); é here is e + a combining accent (two scalars).
        let text = "😀 Cafe\u{301} talks resume today\n\nThe talks in the cafe\u{301} lasted hours, officials said on Monday evening."
        let article = Fixtures.article(text: text)
        let body = article.paragraphs.first { $0.kind == .body }!
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(body.range.start, scalars.firstIndex(of: "T")!)
        XCTAssertEqual(article.text(body.range), "The talks in the cafe\u{301} lasted hours, officials said on Monday evening.")
        XCTAssertEqual(body.range.end, scalars.count)
    }

    func testTextDecodesEveryLengthOfUTF8Sequence() {
        // One, two, three and four bytes; a combining mark; a string made
        // from bridged pieces; nothing at all. Each round trips to the same
        // scalars `unicodeScalars` gives, and back to the same String.
        let texts = ["", "plain ASCII", "Zürich – “Kyiv” 東京 🇺🇦 e\u{301}", String(repeating: "é😀a", count: 1000),
                     ["Ab", "ç", "\u{10FFFF}", "\u{E000}"].joined()]
        for text in texts {
            let source = SourceText(text)
            XCTAssertEqual(source.scalars, Array(text.unicodeScalars), text)
            XCTAssertEqual(source[source.fullRange], text)
        }
    }

    func testDateFinder() {
        XCTAssertEqual(DateFinder.firstDate(in: "in Danang on November 11, 2017. MIKHAIL"), "2017-11-11")
        XCTAssertEqual(DateFinder.firstDate(in: "on 3 March 2020 in Paris"), "2020-03-03")
        XCTAssertEqual(DateFinder.firstDate(in: "Published 2019-02-28"), "2019-02-28")
        XCTAssertNil(DateFinder.firstDate(in: "on November 11 in Danang"))
        XCTAssertNil(DateFinder.firstDate(in: "February 30, 2019"))
        XCTAssertNil(DateFinder.firstDate(in: "may 5, 2019 be"), "lowercase 'may' is not a month")
    }

    func testSearchIgnoresCaseAndQuoteStyle() {
        let article = Fixtures.article("000")
        let matches = TextSearch.matches(of: "PUTIN", in: article)
        XCTAssertGreaterThan(matches.count, 5)
        XCTAssertTrue(matches.allSatisfy { article.text($0) == "Putin" })
        // A straight apostrophe finds the curly one in "Trump’s".
        XCTAssertTrue(TextSearch.matches(of: "trump's comments", in: article).map(article.text).contains("Trump’s comments"))
        XCTAssertEqual(TextSearch.matches(of: "", in: article), [])
    }

    /// A paragraph's opening (how credit lines are known) is its first 40
    /// characters lowercased, as the whole paragraph's would be, with
    /// combining marks and emoji sequences, short paragraphs, and a run of
    /// marks too long for the window read; ASCII text (read a scalar a
    /// Character) with a combining mark right after the fortieth scalar, a
    /// CR LF, and exactly forty scalars.
    func testOpeningIsTheFirstFortyCharacters() {
        let marks = String(repeating: "e\u{301}", count: 30) + " Reuters"
        let stacked = "A" + String(repeating: "\u{301}", count: 200) + " With reporting by Reuters"
        let markAfter = String(repeating: "Ab", count: 20) + "\u{301} and more"
        let crlf = "With reporting\r\nby " + String(repeating: "Q", count: 40)
        for text in ["With reporting by Jane Roe and Reuters in Moscow; editing by John Doe", "Short", marks,
                     "👩‍👩‍👧‍👦 family 🇺🇦🇵🇱 flags " + String(repeating: "x", count: 60), stacked, "",
                     markAfter, crlf, String(repeating: "Q", count: 40), String(repeating: "Q", count: 39)] {
            let article = Fixtures.article(text: "Title line here\n\n" + text)
            let range = TextRange(17, article.source.count)
            XCTAssertEqual(article.opening(of: range), String(article.text(range).prefix(40)).lowercased(), text)
        }
    }

    /// A paragraph opens with a closing credit exactly when its lowercased
    /// opening starts with a credit phrase, though most are ruled out from
    /// their first word or scalar: 4,000 made-up paragraphs of credit phrases
    /// in any case, other words, marks, tabs, combining marks, and the two
    /// non-ASCII letters that lowercase to ASCII ones.
    func testClosingCreditIsReadAsItsOpening() {
        let pieces = ["With", "with", "WITH", "reporting", "Reporting", "by", "By", "additional", "Edited", "editing",
                      "compiled", "written", "files", "from", "The", "Critics", "“", "\"", "\t", "\u{301}", "\u{212A}",
                      "İ", "Éditing", "Reuters", "AP", "—", "e", "w"]
        var rng = SplitMix64(seed: 52)
        var credits = 0
        for n in 0..<4000 {
            var text = (0..<Int.random(in: 1...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined(separator: Bool.random(using: &rng) ? " " : "")
            if n % 4 == 0 { text = BoilerplateCues.closingCreditPhrases.randomElement(using: &rng)!.capitalized + " " + text }
            let article = Fixtures.article(text: "Title line here\n\n" + text)
            let range = TextRange(17, article.source.count)
            let expected = BoilerplateCues.closingCredits.startsWord(of: article.opening(of: range))
            if expected { credits += 1 }
            XCTAssertEqual(article.opensWithClosingCredit(range), expected, text)
        }
        XCTAssertGreaterThan(credits, 500)
    }

    // MARK: - Text decoded from bytes

    /// A text stored in the index is decoded from its bytes: the scalars a
    /// String would hold, and nothing for bytes that are not UTF-8, which
    /// the standard library decides independently here.
    func testTextFromBytesIsTheStringsScalarsOrNothing() {
        func decoded(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
            bytes.withUnsafeBufferPointer { SourceText(utf8: $0)?.scalars }
        }
        let written = "Zürich, 東京 and 🇺🇦: \"déjà vu\" — naïve"
        XCTAssertEqual(decoded(Array(written.utf8)), Array(written.unicodeScalars))
        XCTAssertEqual(decoded([]), [])
        // Cut short, overlong, a surrogate, past U+10FFFF, a stray continuation byte.
        for bad: [UInt8] in [[0xE2, 0x82], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
                             [0xF4, 0x90, 0x80, 0x80], [0x41, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]] {
            XCTAssertNil(decoded(bad), "\(bad)")
        }
        var rng = SystemRandomNumberGenerator()
        // Bytes mostly from the ranges UTF-8 uses, so that many runs are
        // valid, and ASCII words long enough to be decoded eight bytes at a time.
        let pieces: [[UInt8]] = [[0x41], [0x20], [0xC3, 0xA9], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x87, 0xBA], [0x80], [0xBF],
                                 [0xC2], [0xE0], [0xED], [0xF0], [0xF4], [0xFF], [0xE0, 0xA0], [0xED, 0x9F, 0xBF],
                                 Array("news text ".utf8), Array("abcdefg".utf8)]
        var valid = 0
        for _ in 0..<5000 {
            let bytes = (0..<Int.random(in: 0...12, using: &rng)).flatMap { _ in pieces.randomElement(using: &rng)! }
            let expected = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
            XCTAssertEqual(decoded(bytes), expected, "\(bytes)")
            if expected != nil { valid += 1 }
        }
        XCTAssertGreaterThan(valid, 500)
    }

    /// A string stored in the index is read back as written, ASCII or
    /// not, and bytes that are not UTF-8 are damage (the row is analysed
    /// again), whichever way the reader takes them.
    func testAStoredStringIsItsBytesOrDamage() throws {
        func stored(_ bytes: [UInt8]) throws -> String {
            var w = ByteWriter()
            w.lengthPrefixed(bytes)
            var r = ByteReader(w.data)
            let s = try r.string()
            XCTAssertTrue(r.isAtEnd)
            return s
        }
        for written in ["", "Harbour Strike Enters Second Week", "/tmp/corpus/a000001.txt", "Zürich", "東京 🇺🇦 naïve"] {
            XCTAssertEqual(try stored(Array(written.utf8)), written)
        }
        for bad: [UInt8] in [[0xFF], [0x41, 0x80], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80],
                             Array("Harbour Strike".utf8) + [0xFF]] {
            XCTAssertThrowsError(try stored(bad), "\(bad)")
        }
    }
}
