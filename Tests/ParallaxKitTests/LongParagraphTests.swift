import XCTest
@testable import ParallaxKit

/// A paragraph that is a whole long text is read a part at a time on every
/// core (tokens, capitalised runs, the words quotation finding reads, the
/// title words of the people named): read in small parts, real news gives
/// exactly what one pass gives.
final class LongParagraphTests: XCTestCase {
    /// The bundled articles' body paragraphs on one line: names, quotations,
    /// commas, abbreviations and numbers as news writes them.
    private static let oneLine: Article = {
        let text = Fixtures.corpus.articles.flatMap { article in
            article.bodyParagraphs.map { article.source[$0.range] }
        }.joined(separator: " ")
        return Fixtures.article(text: text, path: "one-line.txt")
    }()

    private var article: Article { Self.oneLine }
    private var paragraph: Int { article.paragraphs.indices.max { article.paragraphs[$0].range.length < article.paragraphs[$1].range.length }! }

    func testTokensReadInPiecesAreTheOnePassTokens() {
        let range = article.paragraphs[paragraph].range
        XCTAssertGreaterThan(range.length, 20_000)
        let pieces = Tokenizer.pieces(of: range, in: article.source, piece: 64)
        XCTAssertGreaterThan(pieces.count, 100)
        // Each cut is at a space, and the pieces cover the range in order.
        XCTAssertEqual(pieces.first?.start, range.start)
        XCTAssertEqual(pieces.last?.end, range.end)
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            XCTAssertEqual(a.end, b.start)
            XCTAssertTrue(article.source.scalars[b.start].isSpace)
        }
        XCTAssertEqual(Tokenizer.tokens(in: article.source, range: range, piece: 64),
                       Tokenizer.tokensInOnePass(in: article.source, range: range))
    }

    func testNameRunsReadInStretchesAreTheOnePassRuns() {
        let p = article.paragraphs[paragraph]
        let tokens = Tokenizer.tokens(in: article.source, range: p.range)
        XCTAssertGreaterThan(NameRuns.stretches(of: tokens, in: article.source, size: 40).count, 50)
        let onePass = NameRuns.runs(in: article.source, paragraph: p, tokensPerStretch: 1 << 40)
        let inStretches = NameRuns.runs(in: article.source, paragraph: p, tokensPerStretch: 40)
        XCTAssertGreaterThan(onePass.count, 100)
        let (a, b) = (inStretches.map(Self.described), onePass.map(Self.described))
        XCTAssertEqual(a.count, b.count)
        if let first = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) {
            XCTFail("run \(first): \(a[first]) in stretches, \(b[first]) in one pass")
        }
    }

    func testCandidatesClassifiedInStretchesAreTheOnePassCandidates() {
        // Every bundled article, and the one-line text: stretches of a few
        // runs cross paragraphs of every kind (titles read as headlines,
        // captions, body), each run classified in its own paragraph's context.
        var inStretches = EntityRecognizer()
        inStretches.runsPerStretch = 3
        for article in Fixtures.corpus.articles + [article] {
            let onePass = EntityRecognizer().candidates(in: article)
            let stretched = inStretches.candidates(in: article)
            XCTAssertGreaterThan(onePass.candidates.count, 20, article.id)
            XCTAssertEqual(stretched.candidates.map(Self.described), onePass.candidates.map(Self.described), article.id)
            XCTAssertEqual(stretched.acronyms.mapValues(\.name), onePass.acronyms.mapValues(\.name), article.id)
        }
        XCTAssertTrue(Fixtures.corpus.articles.contains { $0.paragraphs.contains { $0.kind == .title } })
    }

    func testCandidatesResolvedInRunsAreTheOnePassMentions() {
        // The bundled articles twice over: enough candidates to be remembered.
        let text = article.source[article.paragraphs[paragraph].range]
        let twice = Fixtures.article(text: text + " " + text, path: "twice.txt")
        let candidates = [EntityRecognizer().candidates(in: twice)]
        XCTAssertGreaterThanOrEqual(candidates[0].candidates.count, EntityLinker.rememberedFrom)
        let onePass = EntityLinker().link(candidates)
        var inRuns = EntityLinker()
        inRuns.candidatesPerRun = 7
        XCTAssertGreaterThan(onePass[0].count, 100)
        XCTAssertEqual(inRuns.link(candidates), onePass)
    }

    func testParagraphWordsReadInRunsAreTheOnePassWords() {
        let onePass = ParagraphWords(article: article, paragraph: paragraph, tokensPerRun: 1 << 40)
        let inRuns = ParagraphWords(article: article, paragraph: paragraph, tokensPerRun: 33)
        XCTAssertGreaterThan(onePass.tokens.count, 100 * 33)
        XCTAssertEqual(inRuns.tokens, onePass.tokens)
        XCTAssertEqual(inRuns.words, onePass.words)
        XCTAssertEqual(inRuns.sentence, onePass.sentence)
        XCTAssertEqual(inRuns.mention, onePass.mention)
        XCTAssertEqual(inRuns.quote, onePass.quote)
        XCTAssertTrue(onePass.quote.allSatisfy { $0 == nil }, "no quotation marked before its spans are")
        // Sentences and mentions are really told apart (not all one or all nil).
        XCTAssertGreaterThan(Set(onePass.sentence).count, 50)
        XCTAssertGreaterThan(onePass.mention.compactMap { $0 }.count, 100)
    }

    func testMarkedQuotationsReadBackFromTheNarrowColumns() {
        var words = ParagraphWords(article: article, paragraph: paragraph)
        let open = words.tokens[40].range.start, close = words.tokens[60].range.start
        // A span number past 16 bits: the column keeps 32.
        words.markQuote(70_000, open: open, close: close)
        XCTAssertEqual(words.quote[39], nil)
        XCTAssertEqual(Array(words.quote[40...60]), Array(repeating: 70_000, count: 21))
        XCTAssertEqual(words.quote[61], nil)
        XCTAssertTrue(words.isNarration(39))
        XCTAssertFalse(words.isNarration(50))
    }

    func testTitleWordsReadInRunsOfNamesAreTheOnePassWords() {
        let onePass = QuoteExtractor(article: article, namesPerRun: 1 << 40).namesByTitleWord
        let inRuns = QuoteExtractor(article: article, namesPerRun: 2).namesByTitleWord
        XCTAssertGreaterThan(QuoteExtractor(article: article).personMentions.names.count, 10)
        XCTAssertFalse(onePass.isEmpty)
        XCTAssertEqual(inRuns, onePass)
    }

    func testQuotationsAttributedOnEveryCoreAreTheOnePassQuotations() {
        let onePass = QuoteExtractor(article: article, spansPerCore: 1 << 40).quotations()
        let onCores = QuoteExtractor(article: article, spansPerCore: 3, shares: 5).quotations()
        // Title words read in runs too, inside the cores' shared lookups.
        let nested = QuoteExtractor(article: article, namesPerRun: 2, spansPerCore: 3, shares: 5).quotations()
        XCTAssertGreaterThan(onePass.filter { $0.paragraph == paragraph }.count, 2 * 3, "enough to share out")
        XCTAssertGreaterThan(Set(onePass.compactMap(\.speaker)).count, 5)
        // Speech with no verb near it, given the speaker of a verb before it.
        XCTAssertGreaterThan(onePass.filter { $0.paragraph == paragraph && $0.cue == nil && $0.speaker != nil }.count, 0)
        XCTAssertEqual(onCores, onePass)
        XCTAssertEqual(nested, onePass)
    }

    /// Each core's extractor reads the paragraph with its quotations marked,
    /// as this one does: the name inside the last quotation is no one "he"
    /// can stand for.
    func testQuotationsAttributedOnOtherCoresSeeTheParagraphsMarks() {
        let text = String(repeating: "Tom Reed met the board. \u{201C}We agreed on the plan,\u{201D} he said. ", count: 10)
            + "Ann Lee spoke next. \u{201C}I met Bob Smith yesterday,\u{201D} he said."
        let article = Fixtures.article(text: "Board meets\n\n" + text)
        let onePass = QuoteExtractor(article: article, spansPerCore: 1 << 40).quotations()
        XCTAssertEqual(onePass.count, 11)
        XCTAssertEqual(onePass.last?.speaker, "Tom Reed")
        XCTAssertEqual(QuoteExtractor(article: article, spansPerCore: 3, shares: 3).quotations(), onePass)
    }

    /// Single marks quote only in headlines: in a body paragraph of
    /// thousands of words, as in a short one, "called the talks 'very
    /// constructive'" is no quotation, and the same words in double marks are.
    func testSingleMarksInALongBodyParagraphQuoteNothing() {
        let filler = String(repeating: "The unions met the board on Monday and talked about pay. ", count: 80)
        for (open, close, quoted) in [("'", "'", false), ("\u{2018}", "\u{2019}", false), ("\u{201C}", "\u{201D}", true)] {
            for text in ["", filler] {
                let sentence = "Rishi Sunak called the talks \(open)very constructive\(close) and left. "
                let article = Fixtures.article(text: "Officials Meet For Talks On Trade\n\n" + text + sentence + text)
                // With the filler, the paragraph is thousands of scalars long.
                let long = article.paragraphs.map(\.range.length).max()! > 4000
                XCTAssertEqual(long, !text.isEmpty)
                XCTAssertEqual(article.quotes.map { article.text($0.range) }, quoted ? ["very constructive"] : [],
                               "\(open) in a \(long ? "long" : "short") paragraph")
            }
        }
    }

    /// Title case is read from the scalars, no further than forty words,
    /// with the answer the first definition gave from the text's UTF-8
    /// bytes (`bytesHeadlineCase`): for the long paragraph, fifteen very
    /// long capitalised words, and 5,000 made-up lines of capitalised, short
    /// and non-ASCII words, opening marks and final periods about the
    /// forty-word boundary.
    func testHeadlineCaseIsTheBytesAnswer() {
        let long = article.paragraphs[paragraph].range
        XCTAssertFalse(EntityRecognizer.isHeadlineCase(article.source, long))
        XCTAssertFalse(Self.bytesHeadlineCase(article.source[long]))
        let longWords = (0..<15).map { "W" + String(repeating: "ord", count: 100 + $0) }.joined(separator: " ")
        XCTAssertTrue(Self.bytesHeadlineCase(longWords))
        var texts = [longWords, longWords + ".", longWords.lowercased(), ""]
        let pieces = ["Trade", "Talks", "on", "the", "Minister", "Meets", "Émile", "Ōsaka", "über", "Ünal", "'Malign'",
                      "\"Deal\"", "(Again)", "“Historic”", "‘Fake’", "—", "2020", "Year’s", "of", "Board", "Said.", "x",
                      "Ábc", "ab", "IMF", "Gaza", "💥", "«Non»"]
        var rng = SplitMix64(seed: 41)
        for _ in 0..<5000 {
            let count = Int.random(in: 0...45, using: &rng)
            var text = (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: " ")
            if Bool.random(using: &rng) { text += "." }
            texts.append(text)
        }
        var headlines = 0
        for text in texts {
            let source = SourceText(text)
            let expected = Self.bytesHeadlineCase(text)
            if expected { headlines += 1 }
            XCTAssertEqual(EntityRecognizer.isHeadlineCase(source, source.fullRange), expected, String(text.prefix(80)))
        }
        XCTAssertGreaterThan(headlines, 200, "both answers are tried")
        XCTAssertLessThan(headlines, texts.count - 200)
    }

    /// Title case as first defined, on a String's UTF-8: at most forty
    /// words (split at spaces, opening marks skipped), two to twenty of
    /// them four bytes long or more, seven in ten of those capitalised, and
    /// no final period.
    private static func bytesHeadlineCase(_ text: String) -> Bool {
        if text.utf8.last == UInt8(ascii: ".") { return false }
        var long = 0, capitalised = 0, words = 0
        var length = 0, startsUpper = false
        func endWord() {
            if length >= 4 { long += 1; if startsUpper { capitalised += 1 } }
            if length > 0 { words += 1 }
            length = 0
        }
        var skip = 0  // bytes of an opening mark still to pass
        for byte in text.utf8 {
            if byte == 0x20 {
                endWord()
                if words > 40 { return false }
            } else if length == 0 && (skip > 0 || byte == 0x27 || byte == 0x22 || byte == 0x28 || byte == 0xE2) {
                skip = byte == 0xE2 ? 2 : max(skip - 1, 0)
            } else {
                if length == 0 { startsUpper = byte >= 0x41 && byte <= 0x5A }
                length += 1
            }
        }
        endWord()
        return long >= 2 && long <= 20 && capitalised * 10 >= long * 7
    }

    private static func described(_ c: EntityCandidate) -> String {
        "\(c.range.start)-\(c.range.end) \(c.text) \(c.type) \(c.canonical ?? "-") \(c.strength)"
    }

    private static func described(_ run: NameRuns.Run) -> String {
        "\(run.tokens.map { "\($0.range.start)-\($0.range.end):\($0.text):\($0.sentenceInitial)" }) "
            + "before \(run.wordBefore ?? "-") after \(run.after) at \(run.afterRange.map { "\($0.start)" } ?? "-")"
    }
}
