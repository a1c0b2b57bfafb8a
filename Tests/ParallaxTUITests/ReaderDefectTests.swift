import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// The reader defects of issue 15, each with what it does now.
final class ReaderDefectTests: XCTestCase {
    private let wide = Size(width: 120, height: 40)

    func testATinyTerminalAndBackShowsTheListFromItsTopAgain() {
        let (state, _) = TinyCorpus.state(Size(width: 160, height: 45), [
            .resize(Size(width: 60, height: 5)), .resize(Size(width: 160, height: 45)),
        ])
        XCTAssertEqual(state.browse?.list.top, 0, "the first group's heading shows again")
        let (app, terminal) = TUIFixtures.run(Size(width: 160, height: 45), [
            .resize(Size(width: 60, height: 5)), .resize(Size(width: 160, height: 45)),
        ])
        XCTAssertEqual(app.state.browse?.list.top, 0)
        XCTAssertTrue(terminal.frame.lines[1].hasPrefix("Donald Trump, Vladimir Putin · Da Nang"), terminal.frame.lines[1])
    }

    func testBracketsWalkOnFromWhereTheReaderIsNotFromTheLastQuote() {
        let size = Size(width: 100, height: 20)
        let (first, layouts) = TinyCorpus.state(size, [.key(.char("]")), .key(.char("]"))], corpus: TinyCorpus.long)
        XCTAssertEqual(first.currentQuote?.quote, 1, "] twice: the second quotation")
        // Scrolled to the end, ] goes to the first quotation below the top of the view, not the third.
        var state = Update.update(first, .key(.char("G")), layouts: layouts).0
        state = Update.update(state, .key(.char("]")), layouts: layouts).0
        let quotes = TinyCorpus.long.articles[0].quotes
        let reached = state.currentQuote!.quote
        XCTAssertGreaterThan(reached, 20, "from the end of the article")
        let layout = layouts.layout(article: 0, width: ScreenLayout(size: size, focus: .reader).reader!.width)
        let line = layout.line(containing: quotes[reached].range.start)!
        XCTAssertTrue((state.readerTop..<state.readerTop + 18).contains(line), "the quotation is on screen")
        // While the current quotation is on screen, [ steps from it.
        state = Update.update(state, .key(.char("[")), layouts: layouts).0
        XCTAssertEqual(state.currentQuote?.quote, reached - 1)
    }

    func testEnterInTheCompareViewPutsTheSentenceAtTheTopAndMarksIt() {
        let keys: [Event] = [.key(.char("c")), .key(.enter), .key(.char("]")), .key(.char("]")), .key(.char("]")), .key(.enter)]
        let (app, terminal) = TUIFixtures.run(Size(width: 160, height: 40), keys)
        let reader = try! XCTUnwrap(app.state.browse?.reader)
        let marked = try! XCTUnwrap(reader.markedSentence)
        let layout = DocumentLayout(article: TUIFixtures.corpus.articles[marked.article], width: 160 - 47)
        XCTAssertEqual(reader.top, layout.line(containing: marked.range.start), "the sentence's first line is on top")
        // The first reader row starts with the sentence, underlined in reverse video.
        let row = terminal.frame.line(1)
        let words = String(TUIFixtures.corpus.articles[marked.article].text(marked.range).prefix(12))
        let x = try! XCTUnwrap(row.range(of: words).map { DisplayWidth.of(row[..<$0.lowerBound]) }, row)
        XCTAssertTrue(terminal.frame[x, 1].style.underline && terminal.frame[x, 1].style.reverse)
        // Esc: back to the comparison in one step; Esc again: back to the list.
        terminal.send(.key(.escape))
        app.run()
        XCTAssertNotNil(app.state.compare)
        terminal.send(.key(.escape))
        app.run()
        XCTAssertNil(app.state.compare)
        XCTAssertTrue(app.state.back.isEmpty)
    }

    func testTheTitlesAreARowOfTheirOwnFirst() {
        // RFE/RL 000 against ZeroHedge 002: neither title pairs with anything.
        let c = Comparison(TUIFixtures.corpus.articles[0], TUIFixtures.corpus.articles[2])
        guard case .titles(let a, let b) = c.rows.first else { return XCTFail("\(c.rows.prefix(3))") }
        XCTAssertEqual(a, [0])
        XCTAssertEqual(b, [0])
        // B's lead, which only B has, follows the titles row: it comes after B's title.
        XCTAssertEqual(c.rows[1], .onlyB(1))
        let (_, terminal) = TUIFixtures.run(Size(width: 160, height: 40), [.key(.char("m")), .key(.char("j")), .key(.char("j")),
                                                                          .key(.char("c"))])
        let first = terminal.frame.lines[8]
        XCTAssertTrue(first.hasPrefix("≠ Trump Hails Relations With Russia"), first)
        XCTAssertTrue(first.contains("│ Trump \"Chats Amicably\" With Putin"), first)
    }

    func testEnterOnOnlyHereShowsEveryExclusiveQuotationAndOpensOne() {
        let size = Size(width: 160, height: 40)
        var (state, layouts) = TinyCorpus.state(size, [.key(.char("o")), .key(.char("l")), .key(.char("l"))], corpus: TUIFixtures.corpus)
        func target() -> OutletsLayout.Target? { state.outlets?.selection?.target }
        for _ in 0..<60 {
            if case .moreQuotes = target() { break }
            state = Update.update(state, .key(.char("j")), layouts: layouts).0
        }
        guard case .moreQuotes(let expansion) = target() else { return XCTFail("no “only here” line in ZeroHedge's column") }
        func quoteLinks() -> Int {
            state.outlets!.layout(width: 160).links
                .filter { if case .quote = $0.target { return $0.outlet == expansion.outlet } else { return false } }.count
        }
        XCTAssertEqual(quoteLinks(), 3)
        state = Update.update(state, .key(.enter), layouts: layouts).0
        XCTAssertEqual(quoteLinks(), 19, "Enter shows all nineteen")
        // j: the first of them; Enter opens it in the reader.
        state = Update.update(state, .key(.char("j")), layouts: layouts).0
        guard case .quote(let ref) = target() else { return XCTFail("\(String(describing: target()))") }
        state = Update.update(state, .key(.enter), layouts: layouts).0
        XCTAssertEqual(state.currentQuote, ref)
        XCTAssertEqual(state.openArticle, ref.article)
        state = Update.update(state, .key(.escape), layouts: layouts).0
        XCTAssertNotNil(state.outlets, "Esc: back to the outlets")
    }

    func testAClickUnderHelpOrThePickerDoesNotReachTheArticleBeneath() {
        let click: Event = .mouse(.click(x: 5, y: 8))  // the third article, under the overlay
        let (help, _) = TUIFixtures.run(wide, [.key(.char("?")), click, .mouse(.wheelDown(x: 5, y: 8))])
        XCTAssertEqual(help.state.selected, 0)
        XCTAssertTrue(help.state.showingHelp)
        XCTAssertEqual(help.state.help?.top, 0, "the whole key list fits at 40 rows: nothing to scroll")
        let (picker, _) = TUIFixtures.run(wide, [.key(.char("c")), click])
        XCTAssertEqual(picker.state.selected, 0)
        XCTAssertNotNil(picker.state.picker)
        XCTAssertEqual(picker.state.openArticle, 0)
    }

    func testEscInTheReaderLeavesTheEntitysArticlesListed() {
        // e j Enter j Enter Esc: the pane still lists Putin's articles, and j moves in it, not in the list.
        let keys: [Event] = [.key(.char("e")), .key(.char("j")), .key(.enter), .key(.char("j")), .key(.enter), .key(.escape)]
        let (app, terminal) = TUIFixtures.run(wide, keys)
        XCTAssertEqual(app.state.leftPane, .entityArticles)
        XCTAssertNil(app.state.chosen, "Esc let go of the entity")
        XCTAssertTrue(terminal.frame.lines[1].hasPrefix("Vladimir Putin · "), terminal.frame.lines[1])
        let article = app.state.selected
        terminal.send(.key(.tab), .key(.char("j")))
        app.run()
        XCTAssertEqual(app.state.selected, article)
        guard case .entityArticles(let pane)? = app.state.browse?.side else { return XCTFail("the pane is gone") }
        XCTAssertEqual(pane.list.selected, 2)
    }

    func testTheEntitysArticlesPaneScrollsItsSelectionIntoView() {
        // At 120×6 the pane shows three rows under its heading; Putin has five articles.
        let keys: [Event] = [.key(.char("e")), .key(.char("a")), .key(.char("j")), .key(.enter)]
            + Array(repeating: .key(.char("j")), count: 4)
        let (app, terminal) = TUIFixtures.run(Size(width: 120, height: 6), keys)
        guard case .entityArticles(let pane)? = app.state.browse?.side else { return XCTFail() }
        XCTAssertEqual(pane.list.selected, 4)
        XCTAssertEqual(pane.list.top, 2)
        XCTAssertTrue(terminal.frame.lines[4].hasPrefix("▶ "), terminal.frame.dump)
    }

    func testCtrlLRepaintsEveryCell() {
        let (app, terminal) = TUIFixtures.run(wide, [.key(.ctrl("l"))])
        XCTAssertEqual(terminal.invalidations, 1)
        XCTAssertNil(app.exitStatus)
    }
}
