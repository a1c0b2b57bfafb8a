import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// Where events go, and how Esc comes back, on the invented articles.
final class RoutingTests: XCTestCase {
    private let size = Size(width: 100, height: 20)

    private func context(_ events: [Event]) -> KeyContext {
        Route.context(of: TinyCorpus.state(size, events).0)
    }

    func testTheOverlayThenTheModeThenTheFocusedPaneHasTheKeys() {
        XCTAssertEqual(context([]), .list)
        XCTAssertEqual(context([.key(.tab)]), .reader)
        XCTAssertEqual(context([.key(.char("e"))]), .sidePane)
        XCTAssertEqual(context([.key(.char("e")), .key(.tab)]), .reader, "the pane shows, the reader has the keys")
        XCTAssertEqual(context([.key(.char("c"))]), .compare, "one other report of the bridge: compared at once")
        XCTAssertEqual(context([.key(.char("o"))]), .outlets)
        XCTAssertEqual(context([.key(.char("o")), .key(.char("?"))]), .help)
        XCTAssertEqual(context([.key(.char("/"))]), .filter, "/ in the list filters the list")
        XCTAssertEqual(context([.key(.tab), .key(.char("/"))]), .search, "/ in the reader searches the article")
        // The help overlay lists the keys of where it was opened first.
        let (state, _) = TinyCorpus.state(size, [.key(.char("c")), .key(.char("?"))])
        XCTAssertEqual(state.help?.context, .compare)
        XCTAssertEqual(state.help?.rows.first?.help, KeyTables.table(.compare).bindings.first?.help)
    }

    func testEscGoesBackOneStepFromTheReaderToTheOutletsToTheList() {
        // o: the outlets, Ana Ruiz selected in the Daily Post's column; Enter: her quotation in the reader.
        var (state, layouts) = TinyCorpus.state(size, [.key(.char("o")), .key(.enter)])
        XCTAssertEqual(state.chosenSpeaker?.entry.name, "Ana Ruiz")
        XCTAssertEqual(state.back.count, 2, "the list, then the outlets, under the reader")
        state = Update.update(state, .key(.escape), layouts: layouts).0
        XCTAssertNotNil(state.outlets, "one Esc: back to the outlets")
        state = Update.update(state, .key(.escape), layouts: layouts).0
        XCTAssertNil(state.outlets)
        XCTAssertTrue(state.back.isEmpty)
        XCTAssertNil(state.chosenSpeaker, "the list as it was before o")
        state = Update.update(state, .key(.escape), layouts: layouts).0
        XCTAssertTrue(state.back.isEmpty, "at the root Esc has nowhere further to go")
    }

    func testMarkThenCompareReportsOfDifferentEvents() {
        let (state, _) = TinyCorpus.state(size, [.key(.char("G")), .key(.char("m")), .key(.char("g")), .key(.char("c"))])
        XCTAssertEqual(state.compare?.a, 2, "the marked storm report is A")
        XCTAssertEqual(state.compare?.b, 0)
        XCTAssertNil(state.browse?.marked, "the mark is used up")
    }

    func testTheSearchPromptTakesEveryPrintableKey() {
        var (state, layouts) = TinyCorpus.state(size, [.key(.char("/"))] + TUIFixtures.keys("q?e"))
        XCTAssertEqual(state.searchPrompt?.query, "q?e")
        state = Update.update(state, .key(.escape), layouts: layouts).0
        XCTAssertNil(state.overlay)
        XCTAssertEqual(Route.context(of: state), .list)
    }
}
