import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// Quotation styling, ]/[ and }/{, the speakers pane and walking a speaker's quotes.
final class QuoteViewTests: XCTestCase {
    private let size = Size(width: 120, height: 40)

    /// The style of the cell where `text` first stands on the screen.
    private func style(of text: String, in frame: ScreenBuffer) -> Style? {
        for y in 0..<frame.size.height {
            let line = frame.line(y)
            guard let r = line.range(of: text) else { continue }
            return frame[DisplayWidth.of(line[..<r.lowerBound]), y].style
        }
        return nil
    }

    private var statusLine: (MemoryTerminal) -> String { { $0.frame.lines.last! } }

    func testQuotedWordsAreStyledApartFromNarration() {
        let (_, terminal) = TUIFixtures.run(size)
        let quoted = style(of: "a good thing\" and", in: terminal.frame)!
        let narration = style(of: "positive relationship", in: terminal.frame)!
        XCTAssertEqual(quoted.foreground, .yellow)
        XCTAssertNotEqual(narration.foreground, .yellow)
        XCTAssertTrue(terminal.frame.dump.contains("┃ quote"), "the legend shows the quote style")
    }

    func testQuoteMarkerInTheMarginReadsWithoutColour() {
        // At 160 columns the text column is centred: the margin holds a bar on quoted lines only.
        let (_, terminal) = TUIFixtures.run(Size(width: 160, height: 40), [.key(.tab)])
        let lines = terminal.frame.lines
        let quoted = lines.first { $0.contains("\"a good thing\"") }!
        let plain = lines.first { $0.contains("The United States has placed sanctions") }!
        XCTAssertTrue(quoted.contains("┃ "), quoted)
        XCTAssertFalse(plain.contains("┃"), plain)
    }

    func testBracketsWalkQuotesAndTheStatusBarNamesTheSpeaker() {
        let (app, terminal) = TUIFixtures.run(size, [.key(.char("]"))])
        let first = app.state.currentQuote!
        XCTAssertEqual(app.state.quote(first).kind, .headline)
        terminal.send(.key(.char("]")))
        app.run()
        let second = app.state.quote(app.state.currentQuote!)
        XCTAssertEqual(app.state.articles[0].text(second.range), "a good thing")
        XCTAssertTrue(statusLine(terminal).contains("quote: Donald Trump, said"), statusLine(terminal))
        XCTAssertTrue(style(of: "a good thing", in: terminal.frame)!.reverse, "the current quote is highlighted")
        terminal.send(.key(.char("[")))
        app.run()
        XCTAssertEqual(app.state.currentQuote, first)
    }

    func testBracesSkipToAnotherSpeakerAcrossArticles() {
        // From Trump's first quote, } goes to the first quote by someone else: Kim Jong Un's.
        let (app, terminal) = TUIFixtures.run(size, [.key(.char("]")), .key(.char("]")), .key(.char("}"))])
        let quote = app.state.quote(app.state.currentQuote!)
        XCTAssertEqual(quote.speaker, "Kim Jong Un")
        XCTAssertTrue(statusLine(terminal).contains("quote: Kim Jong Un"), statusLine(terminal))
        terminal.send(.key(.char("{")))
        app.run()
        XCTAssertEqual(app.state.quote(app.state.currentQuote!).speaker, "Donald Trump")
        // Walking on with } crosses into the next articles.
        for _ in 0..<12 { terminal.send(.key(.char("}"))) }
        app.run()
        XCTAssertGreaterThan(app.state.currentQuote!.article, 0)
        XCTAssertEqual(app.state.openArticle, app.state.currentQuote!.article)
    }

    func testSpeakersPaneListsTheArticleThenTheCorpus() {
        let (app, terminal) = TUIFixtures.run(size, [.key(.char("s"))])
        XCTAssertEqual(app.state.leftPane, .speakers)
        let lines = terminal.frame.lines
        XCTAssertTrue(lines[1].hasPrefix("Speakers · this article"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("▶ Donald Trump"), lines[2])
        let article = SpeakerIndex(articles: app.state.articles, only: 0).entries[0]
        XCTAssertTrue(lines[2].contains("\(article.quoteCount)q"), lines[2])
        XCTAssertTrue(lines[2].contains("\(article.words)w"), lines[2])
        terminal.send(.key(.char("a")))
        app.run()
        let corpus = app.state.corpusSpeakers.entries[0]
        XCTAssertTrue(terminal.frame.lines[1].hasPrefix("Speakers · whole corpus"))
        XCTAssertTrue(terminal.frame.lines[2].contains("\(corpus.quoteCount)q"), terminal.frame.lines[2])
        XCTAssertGreaterThan(corpus.quoteCount, article.quoteCount)
    }

    func testChoosingASpeakerJumpsToTheirFirstQuoteAndNWalksAllOfThem() {
        // Corpus scope, down to the second speaker, Enter: their first quote, highlighted.
        let (app, terminal) = TUIFixtures.run(size, [.key(.char("s")), .key(.char("a")), .key(.char("j")), .key(.enter)])
        let speaker = app.state.chosenSpeaker!.entry
        XCTAssertEqual(speaker.name, app.state.corpusSpeakers.entries[1].name)
        XCTAssertEqual(app.state.currentQuote, speaker.quotes[0])
        XCTAssertEqual(app.state.openArticle, speaker.quotes[0].article)
        XCTAssertEqual(app.state.focus, .reader)
        let words = String(app.state.articles[speaker.quotes[0].article].text(app.state.quote(speaker.quotes[0]).range).prefix(12))
        XCTAssertTrue(style(of: words, in: terminal.frame)!.reverse)
        // n walks every quote of theirs, across articles, and wraps round.
        var visited: [SpeakerIndex.QuoteRef] = [app.state.currentQuote!]
        for _ in 1..<speaker.quoteCount {
            terminal.send(.key(.char("n")))
            app.run()
            visited.append(app.state.currentQuote!)
        }
        XCTAssertEqual(visited, speaker.quotes)
        XCTAssertTrue(statusLine(terminal).contains("\(speaker.name) \(speaker.quoteCount)/\(speaker.quoteCount) quotes"), statusLine(terminal))
        terminal.send(.key(.char("n")))
        app.run()
        XCTAssertEqual(app.state.currentQuote, speaker.quotes[0])
        // Esc stops following the speaker, then lets go of the quote.
        terminal.send(.key(.escape))
        app.run()
        XCTAssertNil(app.state.chosenSpeaker)
        XCTAssertNotNil(app.state.currentQuote)
        terminal.send(.key(.escape))
        app.run()
        XCTAssertNil(app.state.currentQuote)
    }

    func testSpeakersPaneAt80x24() {
        let (_, terminal) = TUIFixtures.run(Size(width: 80, height: 24), [.key(.char("s"))])
        let lines = terminal.frame.lines
        XCTAssertTrue(lines[1].hasPrefix("Speakers · this article (a: switch)"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("▶ Donald Trump"), lines[2])
        XCTAssertTrue(lines.last!.contains("Donald Trump · "), lines.last!)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}
