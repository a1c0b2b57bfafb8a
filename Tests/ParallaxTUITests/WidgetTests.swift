import Foundation
import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// One view at a time, drawn from its own slice of the state into a small
/// buffer, every line compared with its styles.
final class WidgetTests: XCTestCase {
    private let corpus = ReaderCorpus(articles: TinyCorpus.corpus.articles, events: TinyCorpus.corpus.events)

    private func draw(_ size: Size, _ body: (inout ScreenBuffer) -> Void) -> String {
        var buffer = ScreenBuffer(size: size)
        body(&buffer)
        return buffer.styledDump
    }

    private func check(_ actual: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        if ProcessInfo.processInfo.environment["PRINT_SCREENS"] != nil { print("----\n" + actual + "\n----") }
        XCTAssertEqual(actual, expected, file: file, line: line)
    }

    /// Every article read: the list's other marks alone.
    private var allRead: Set<Int> { Set(corpus.articles.indices) }

    /// The browse state after `events` at 100x12 (two panes).
    private func browse(_ events: [Event] = []) -> BrowseState {
        TinyCorpus.state(Size(width: 100, height: 12), events).0.browse!
    }

    func testArticleListMarksTheSelectedOpenAndMarkedArticles() {
        // The first article selected (reversed: the list has the keyboard), the second open in
        // the reader (bold), the storm report marked (✓).
        let b = browse([.key(.char("G")), .key(.char("m")), .key(.char("g"))])
        check(draw(Size(width: 34, height: 9)) {
            ArticleListView.render(b.list, articles: corpus.summaries, open: 1, marked: b.marked, read: allRead, focused: true,
                                   in: Rect(x: 0, y: 0, width: 34, height: 9), into: &$0)
        }, """
            [bu]Ana Ruiz, Tomas Berg · Alden Rive…[/]
            [d cyan]  2 reports[/]
            [br]▶ Mayor Opens New Bridge Over The…[/]
            [br]  Daily Post · 2024-03-01         [/]
            [b]  Port Alden Celebrates As River …[/]
            [d cyan]  Evening Star · 2024-03-02[/]
            [bu]Port Alden · 2024-04-10[/]
            [d cyan]  1 report[/]
            ✓ Storm Closes The Harbour For Tw…
            """)
    }

    func testUnreadArticlesHaveADotAndABoldTitleReadOnesArePlain() {
        // Nothing open, nothing selected below the first: the storm report read, the second bridge report not.
        let b = browse([.key(.char("G"))])
        check(draw(Size(width: 34, height: 9)) {
            ArticleListView.render(b.list, articles: corpus.summaries, open: nil, marked: nil, read: [0, 2], focused: false,
                                   in: Rect(x: 0, y: 0, width: 34, height: 9), into: &$0)
        }, """
            [bu]Ana Ruiz, Tomas Berg · Alden Rive…[/]
            [d cyan]  2 reports[/]
              Mayor Opens New Bridge Over The…
            [d cyan]  Daily Post · 2024-03-01[/]
            [b]  Port Alden Celebrates As River …[/]
            [b]•[/][d cyan] Evening Star · 2024-03-02[/]
            [bu]Port Alden · 2024-04-10[/]
            [d cyan]  1 report[/]
            [bu]▶ Storm Closes The Harbour For Tw…[/]
            """)
    }

    func testTheListUnfocusedUnderlinesTheSelection() {
        let b = browse([.key(.char("j"))])
        check(draw(Size(width: 34, height: 6)) {
            ArticleListView.render(b.list, articles: corpus.summaries, open: b.reader.article, marked: nil, read: allRead, focused: false,
                                   in: Rect(x: 0, y: 0, width: 34, height: 6), into: &$0)
        }, """
            [bu]Ana Ruiz, Tomas Berg · Alden Rive…[/]
            [d cyan]  2 reports[/]
              Mayor Opens New Bridge Over The…
            [d cyan]  Daily Post · 2024-03-01[/]
            [bu]▶ Port Alden Celebrates As River …[/]
            [d cyan]  Evening Star · 2024-03-02[/]
            """)
    }

    func testEntitiesPane() {
        guard case .entities(let pane)? = browse([.key(.char("e")), .key(.char("a")), .key(.char("j"))]).side else { return XCTFail() }
        check(draw(Size(width: 40, height: 5)) {
            EntityListView.render(pane, focused: true, in: Rect(x: 0, y: 0, width: 40, height: 5), into: &$0)
        }, """
            [bu]Entities · whole corpus (a: switch)[/]
              [b magenta]Ana Ruiz[/]                  PER    3   2
            [br]▶ [/][bur green]Alden River[/][br]               PLC    2   2[/]
              [u green]Mayor Opens New Bridge O…[/] PLC    1   1
              [u green]Port Alden[/]                PLC    1   1
            """)
    }

    func testSpeakersPaneOfTheCorpus() {
        guard case .speakers(let pane)? = browse([.key(.char("s")), .key(.char("a"))]).side else { return XCTFail() }
        check(draw(Size(width: 40, height: 4)) {
            SpeakerListView.render(pane, focused: false, in: Rect(x: 0, y: 0, width: 40, height: 4), into: &$0)
        }, """
            [bu]Speakers · whole corpus (a: switch)[/]
            [bu]▶ [/][bu yellow]Ana Ruiz[/][bu]                     1q     9w[/]
              [yellow]Tomas Berg[/]                   1q     5w

            """)
    }

    func testComparePickerScrollsToItsSelection() {
        // Room for two of three candidates: the window follows the selection to the last.
        var picker = PickerState(source: 0, candidates: [0, 1, 2])
        picker.list.select(2, rows: PaneMetrics.pickerRows(count: 3, size: Size(width: 60, height: 7)))
        check(draw(Size(width: 60, height: 7)) {
            ComparePickerView.render(picker, articles: corpus.summaries, in: Rect(x: 0, y: 1, width: 60, height: 5), into: &$0)
        }, """

            [b]┌─ Compare “Mayor Opens New Bridge Over The Alden River” …─┐[/]
            [b]│[/]   Evening Star · 2024-03-02 · Port Alden Celebrates As … [b]│[/]
            [b]│[/] [br]▶ Harbour Times · 2024-04-10 · Storm Closes The Harbour…[/] [b]│[/]
            [b]│[/] [d]Enter compares · Esc cancels[/]                             [b]│[/]
            [b]└──────────────────────────────────────────────────────────┘[/]

            """)
    }

    func testStatusBarKeepsTheLastHintsWhenShort() {
        check(draw(Size(width: 50, height: 1)) {
            StatusBar.render((" Article 1/3 · [list]", Theme.status), hints: KeyTables.hints(.list),
                             in: Rect(x: 0, y: 0, width: 50, height: 1), into: &$0)
        }, """
            [r] Article 1/3 · [list]  [/][br]o[/][r] outlets  [/][br]?[/][r] help  [/][br]q[/][r] quit  [/]
            """)
    }
}
