import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// The reader's logic, driven with events on the bundled corpus.
final class UpdateTests: XCTestCase {
    private let wide = Size(width: 120, height: 40)
    private let narrow = Size(width: 80, height: 24)

    func testMovingInTheListPreviewsTheArticleWhenBothPanesShow() {
        let (app, _) = TUIFixtures.run(wide, [.key(.char("j")), .key(.down), .key(.char("k"))])
        XCTAssertEqual(app.state.selected, 1)
        XCTAssertEqual(app.state.openArticle, 1)
        XCTAssertEqual(app.state.focus, .list)
    }

    func testSelectionStopsAtBothEnds() {
        let (app, _) = TUIFixtures.run(wide, [.key(.char("k")), .key(.up)])
        XCTAssertEqual(app.state.selected, 0)
        // The list goes by event: the Helsinki report, alone in its event, comes last.
        let (end, _) = TUIFixtures.run(wide, [.key(.char("G")), .key(.char("j"))])
        XCTAssertEqual(end.state.articles[end.state.selected].id, "003_e416bfcf59845068")
    }

    func testEnterOpensTheReaderAndScrollKeysScrollIt() {
        let (app, _) = TUIFixtures.run(narrow, [.key(.char("j")), .key(.enter), .key(.char("j")), .key(.char("j")),
                                                .key(.char(" "))])
        XCTAssertEqual(app.state.openArticle, 1)
        XCTAssertEqual(app.state.focus, .reader)
        XCTAssertEqual(app.state.readerTop, 2 + (22 - 2))
        let (top, _) = TUIFixtures.run(narrow, [.key(.enter), .key(.char("G")), .key(.char("g"))])
        XCTAssertEqual(top.state.readerTop, 0)
    }

    func testScrollingStopsWhenTheLastLineIsAtTheBottom() {
        let (app, terminal) = TUIFixtures.run(narrow, [.key(.enter), .key(.end), .key(.char(" "))])
        let layout = DocumentLayout(article: TUIFixtures.corpus.articles[0], width: 80)
        XCTAssertEqual(app.state.readerTop, layout.lines.count - 22)
        XCTAssertEqual(terminal.frame.lines[22], " With reporting by Reuters and AFP")
        XCTAssertTrue(terminal.frame.lines[23].contains("End"))
    }

    func testSearchFindsMatchesAndNCyclesThroughThem() {
        // Tab: the reader has the keys, and / searches the article (in the list it filters the list).
        let events: [Event] = [.key(.tab), .key(.char("/"))] + TUIFixtures.keys("kremlin") + [.key(.enter), .key(.char("n")), .key(.char("n")), .key(.char("N"))]
        let (app, terminal) = TUIFixtures.run(narrow, events)
        let article = TUIFixtures.corpus.articles[0]
        XCTAssertEqual(app.state.search.matches.count, TextSearch.matches(of: "Kremlin", in: article).count)
        XCTAssertEqual(app.state.search.matches.count, 1)
        XCTAssertEqual(app.state.search.current, 0, "n and N wrap around the one match")
        XCTAssertEqual(app.state.focus, .reader)
        // The match is on screen, drawn in reverse video and underlined as the current one.
        let row = terminal.frame.lines.firstIndex { $0.contains("Kremlin") }!
        let column = terminal.frame.line(row).distance(of: "Kremlin")
        XCTAssertTrue(terminal.frame[column, row].style.reverse)
        XCTAssertTrue(terminal.frame[column, row].style.underline)
        XCTAssertTrue(terminal.frame.lines[23].contains("1/1 match “kremlin”"))
    }

    func testSearchWithoutMatchesSaysSoAndEscapeClearsIt() {
        let events: [Event] = [.key(.tab), .key(.char("/"))] + TUIFixtures.keys("zebra") + [.key(.enter)]
        let (app, terminal) = TUIFixtures.run(narrow, events)
        XCTAssertTrue(app.state.search.matches.isEmpty)
        XCTAssertTrue(terminal.frame.lines[23].contains("No matches for “zebra”"))
        terminal.send(.key(.escape))
        app.run()
        XCTAssertEqual(app.state.search, SearchState())
    }

    func testTypingInTheSearchPromptDoesNotTriggerKeys() {
        let events: [Event] = [.key(.tab), .key(.char("/"))] + TUIFixtures.keys("quit?") + [.key(.backspace)]
        let (app, terminal) = TUIFixtures.run(narrow, events)
        XCTAssertNil(app.exitStatus)
        XCTAssertFalse(app.state.showingHelp)
        XCTAssertEqual(app.state.searchPrompt?.query, "quit")
        XCTAssertTrue(terminal.frame.lines[23].hasPrefix(" /quit█"))
    }

    func testResizeKeepsTheReadingPosition() {
        let (app, terminal) = TUIFixtures.run(wide, [.key(.enter)] + Array(repeating: .key(.char("j")), count: 30))
        let before = terminal.frame.lines[1].split(separator: "│").last!.trimmingCharacters(in: .whitespaces)
        terminal.send(.resize(Size(width: 70, height: 20)))
        app.run()
        // The line on top holds the word that was on top, now wrapped at another width.
        let after = terminal.frame.lines[1].trimmingCharacters(in: .whitespaces)
        let word = String(before.split(separator: " ").first!)
        XCTAssertTrue(after.split(separator: " ").contains(Substring(word)), "\(word) not in \(after)")
        XCTAssertGreaterThan(app.state.readerTop, 0)
    }

    func testEveryReachableSizeDrawsWithoutCrashing() {
        let corpus = TUIFixtures.corpus
        let terminal = MemoryTerminal(size: Size(width: 1, height: 1))
        let app = ReaderApp(corpus: corpus, terminal: terminal, executor: InlineExecutor())
        for (w, h) in [(1, 1), (2, 1), (1, 3), (19, 4), (20, 5), (30, 3), (89, 6), (90, 6), (200, 60), (3, 40)] {
            terminal.send(.resize(Size(width: w, height: h)), .key(.char("j")), .key(.tab), .key(.char("G")), .key(.char("?")))
            app.run()
            XCTAssertEqual(terminal.frame.size, Size(width: w, height: h))
        }
        // The outlets view too, in both scopes, moved about.
        terminal.send(.key(.escape), .key(.char("o")))
        for (w, h) in [(1, 1), (19, 4), (20, 5), (40, 8), (200, 60), (3, 40)] {
            terminal.send(.resize(Size(width: w, height: h)), .key(.char("j")), .key(.char("l")), .key(.char("a")),
                          .key(.char("G")), .key(.char("h")))
            app.run()
            XCTAssertEqual(terminal.frame.size, Size(width: w, height: h))
            XCTAssertNotNil(app.state.outlets)
        }
    }

    func testHelpOverlayListsTheKeysOfWhereItWasOpenedAndClosesWithEscape() {
        let (app, terminal) = TUIFixtures.run(wide, [.key(.char("?"))])
        XCTAssertEqual(app.state.help?.context, .list)
        let screen = terminal.frame.dump
        // The list's keys first, then the keys the list shares with the reader, then the global ones.
        let rows = HelpState.rows(.list)
        XCTAssertEqual(rows.first?.help, KeyTables.table(.list).bindings.first?.help)
        XCTAssertEqual(rows.last?.help, KeyTables.table(.global).bindings.last?.help)
        for binding in rows { XCTAssertTrue(screen.contains(binding.help), binding.help) }
        terminal.send(.key(.char("j")), .key(.escape))
        app.run()
        XCTAssertFalse(app.state.showingHelp)
        XCTAssertEqual(app.state.selected, 0, "keys under the overlay do nothing")
    }

    func testHelpOverlayScrollsWhenTheTerminalIsShort() {
        let short = Size(width: 80, height: 24)
        let (app, terminal) = TUIFixtures.run(short, [.key(.char("?"))])
        let rows = HelpState.rows(.list)
        let shown = PaneMetrics.helpRows(count: rows.count, size: short)
        XCTAssertLessThan(shown, rows.count, "24 rows cannot hold every key")
        XCTAssertTrue(terminal.frame.dump.contains("Keys 1–\(shown) of \(rows.count) · j/k scroll"))
        XCTAssertFalse(terminal.frame.dump.contains(rows.last!.help))
        // G: the last page, every remaining key on it.
        terminal.send(.key(.char("G")))
        app.run()
        let end = terminal.frame.dump
        XCTAssertTrue(end.contains(rows.last!.help), end)
        XCTAssertFalse(end.contains(rows.first!.help))
        XCTAssertEqual(app.state.help?.top, rows.count - shown)
        terminal.send(.key(.escape), .key(.char("?")))
        app.run()
        XCTAssertEqual(app.state.help?.top, 0, "the overlay opens at the top again")
    }

    func testQuitAndSignalsEndTheLoop() {
        XCTAssertEqual(TUIFixtures.run(wide, [.key(.char("q"))]).0.exitStatus, 0)
        XCTAssertEqual(TUIFixtures.run(wide, [.signal(15)]).0.exitStatus, 128 + 15, "SIGTERM: 143, as a shell reports it")
        XCTAssertEqual(TUIFixtures.run(wide, [.signal(3)]).0.exitStatus, 128 + 3, "SIGQUIT (Ctrl-\\) ends the loop too")
    }

    func testMouseWheelScrollsAndClickSelects() {
        // Click on the third article's second row in the list pane (under the
        // header and the event's two-row heading), then wheel in the reader.
        let (app, _) = TUIFixtures.run(wide, [.mouse(.click(x: 5, y: 8)), .mouse(.wheelDown(x: 60, y: 10)),
                                              .mouse(.wheelDown(x: 60, y: 10))])
        XCTAssertEqual(app.state.selected, 2)
        XCTAssertEqual(app.state.openArticle, 2)
        XCTAssertEqual(app.state.readerTop, 6)
    }

    func testComingBackToAnArticleKeepsItsPlace() {
        let (app, _) = TUIFixtures.run(wide, [.key(.enter), .key(.pageDown), .key(.tab), .key(.char("j")),
                                              .key(.char("k")), .key(.tab)])
        XCTAssertEqual(app.state.openArticle, 0)
        XCTAssertGreaterThan(app.state.readerTop, 30)
    }

    func testNoKeyTableHasAKeyTwice() {
        for context in KeyContext.allCases {
            let keys = KeyTables.table(context).bindings.flatMap(\.keys)
            XCTAssertEqual(Set(keys).count, keys.count, "\(context)")
        }
    }
}

extension String {
    /// Display column at which `needle` starts.
    func distance(of needle: String) -> Int {
        DisplayWidth.of(self[..<range(of: needle)!.lowerBound])
    }
}

final class EscapeTests: XCTestCase {
    func testEscapeClearsTheSearchFirstThenGoesBackToTheList() {
        let events: [Event] = [.key(.enter), .key(.char("/"))] + TUIFixtures.keys("putin") + [.key(.enter), .key(.escape)]
        let (app, terminal) = TUIFixtures.run(Size(width: 120, height: 40), events)
        XCTAssertEqual(app.state.search, SearchState())
        XCTAssertEqual(app.state.focus, .reader)
        terminal.send(.key(.escape))
        app.run()
        XCTAssertEqual(app.state.focus, .list)
    }
}
