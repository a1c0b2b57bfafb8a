import XCTest
@testable import ParallaxTUI

/// The one list and scroll component every pane uses.
final class ViewportTests: XCTestCase {
    func testMovingKeepsTheSelectionInTheWindowAndStopsAtTheEnds() {
        var list = ListViewport(count: 10)
        list.move(by: 4, rows: 3)
        XCTAssertEqual(list.selected, 4)
        XCTAssertEqual(list.top, 2, "the selection is the last row shown")
        list.move(by: 100, rows: 3)
        XCTAssertEqual(list.selected, 9)
        XCTAssertEqual(list.top, 7)
        list.move(by: -1, rows: 3)
        XCTAssertEqual(list.top, 7, "moving up inside the window does not scroll")
        list.page(-1, rows: 3)
        XCTAssertEqual(list.selected, 5)
        XCTAssertEqual(list.top, 5)
        list.selectFirst(rows: 3)
        XCTAssertEqual([list.selected, list.top], [0, 0])
    }

    func testAResizeClampsTheWindowSoNoBlankRowsHideLinesAbove() {
        var list = ListViewport(count: 7, selected: 1)
        list.resize(rows: 1)
        XCTAssertEqual(list.top, 1, "one row: the selection alone")
        list.resize(rows: 21)
        XCTAssertEqual(list.top, 0, "everything fits again: from the top")
    }

    func testAnEmptyListHasNothingToSelect() {
        var list = ListViewport(count: 0)
        list.move(by: 1, rows: 5)
        list.page(1, rows: 5)
        XCTAssertEqual([list.selected, list.top], [0, 0])
        XCTAssertTrue(list.isEmpty)
    }

    func testScrollStateRevealsALineWhereAsked() {
        var scroll = ScrollState(count: 100)
        scroll.reveal(50, rows: 10)
        XCTAssertEqual(scroll.top, 41, "nearest: the last line shown")
        scroll.reveal(80, rows: 10, placement: .third)
        XCTAssertEqual(scroll.top, 77)
        scroll.reveal(95, rows: 10, placement: .top)
        XCTAssertEqual(scroll.top, 90, "never past the last full page")
        scroll.scroll(by: Int.max / 2, rows: 10)
        XCTAssertEqual(scroll.top, 90)
        scroll.resize(count: 20, rows: 10)
        XCTAssertEqual(scroll.top, 10, "fewer lines (text rewrapped wider): clamped")
    }

    func testTheWheelMovesTheWindowNotTheSelection() {
        var list = ListViewport(count: 10, selected: 2)
        list.scroll(by: 3, rows: 4)
        XCTAssertEqual([list.selected, list.top], [2, 3])
    }
}
