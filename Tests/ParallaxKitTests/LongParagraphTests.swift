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
        XCTAssertGreaterThan(onePass.filter { $0.paragraph == paragraph }.count, 2 * 3, "enough to share out")
        XCTAssertGreaterThan(Set(onePass.compactMap(\.speaker)).count, 5)
        XCTAssertEqual(onCores, onePass)
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

    /// Single marks quote only in headlines: in a body paragraph longer
    /// than the headline window, as in a short one, "called the talks 'very
    /// constructive'" is no quotation, and the same words in double marks are.
    func testSingleMarksInALongBodyParagraphQuoteNothing() {
        let filler = String(repeating: "The unions met the board on Monday and talked about pay. ", count: 80)
        for (open, close, quoted) in [("'", "'", false), ("\u{2018}", "\u{2019}", false), ("\u{201C}", "\u{201D}", true)] {
            for text in ["", filler] {
                let sentence = "Rishi Sunak called the talks \(open)very constructive\(close) and left. "
                let article = Fixtures.article(text: "Officials Meet For Talks On Trade\n\n" + text + sentence + text)
                let long = article.paragraphs.map(\.range.length).max()! > EntityRecognizer.headlineWindow
                XCTAssertEqual(long, !text.isEmpty)
                XCTAssertEqual(article.quotes.map { article.text($0.range) }, quoted ? ["very constructive"] : [],
                               "\(open) in a \(long ? "long" : "short") paragraph")
            }
        }
    }

    /// Title case read from a window of a long range answers as the whole
    /// text does: a long paragraph, a text ending in a period, and fifteen
    /// very long capitalised words (fewer than forty in the window: the
    /// whole is read).
    func testHeadlineCaseOfALongRangeIsTheWholeTextsAnswer() {
        let long = article.paragraphs[paragraph].range
        XCTAssertFalse(EntityRecognizer.isHeadlineCase(article.source, long))
        let longWords = (0..<15).map { "W" + String(repeating: "ord", count: 100 + $0) }.joined(separator: " ")
        for text in [longWords, longWords + ".", longWords.lowercased(), article.source[long]] {
            let source = SourceText(text)
            XCTAssertGreaterThan(source.count, 4096)
            XCTAssertEqual(EntityRecognizer.isHeadlineCase(source, TextRange(0, source.count)),
                           EntityRecognizer.isHeadlineCase(text), String(text.prefix(40)))
        }
        XCTAssertTrue(EntityRecognizer.isHeadlineCase(SourceText(longWords), TextRange(0, longWords.unicodeScalars.count)))
    }

    private static func described(_ c: EntityCandidate) -> String {
        "\(c.range.start)-\(c.range.end) \(c.text) \(c.type) \(c.canonical ?? "-") \(c.strength)"
    }

    private static func described(_ run: NameRuns.Run) -> String {
        "\(run.tokens.map { "\($0.range.start)-\($0.range.end):\($0.text):\($0.sentenceInitial)" }) "
            + "before \(run.wordBefore ?? "-") after \(run.after) at \(run.afterRange.map { "\($0.start)" } ?? "-")"
    }
}
