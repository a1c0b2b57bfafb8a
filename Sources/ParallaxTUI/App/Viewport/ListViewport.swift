/// A list with a selection: `count` items, the selected one, and the
/// window shown. Every list of the reader (articles, entities, speakers, an
/// entity's articles, the compare picker) is one, so each moves, pages and
/// keeps its selection on screen the same way.
///
/// The selection is always an item (or 0 in an empty list), and every key
/// leaves it within the window: a list cannot move its selection out of
/// sight (only the wheel scrolls past it, as it does in any list).
public struct ListViewport: Sendable, Hashable {
    public private(set) var scroll: ScrollState
    public private(set) var selected = 0

    public init(count: Int, selected: Int = 0) {
        scroll = ScrollState(count: count)
        self.selected = max(0, min(selected, count - 1))
    }

    public var count: Int { scroll.count }
    public var top: Int { scroll.top }
    public var isEmpty: Bool { count == 0 }

    /// Selects item `index` (clamped to the list) and shows it.
    public mutating func select(_ index: Int, rows: Int) {
        selected = max(0, min(index, count - 1))
        scroll.reveal(selected, rows: rows)
    }

    /// j/k: `delta` items down (up when negative), stopping at the ends.
    public mutating func move(by delta: Int, rows: Int) {
        select(selected.addingReportingOverflow(delta).partialValue, rows: rows)
    }

    /// Space/b: a page of `rows` items down or up.
    public mutating func page(_ pages: Int, rows: Int) { move(by: pages * max(1, rows), rows: rows) }

    public mutating func selectFirst(rows: Int) { select(0, rows: rows) }
    public mutating func selectLast(rows: Int) { select(count - 1, rows: rows) }

    /// The wheel: moves the window, the selection staying where it is.
    public mutating func scroll(by delta: Int, rows: Int) { scroll.scroll(by: delta, rows: rows) }

    /// Shows item `index` (a group's heading above the selection) without selecting it.
    public mutating func reveal(_ index: Int, rows: Int) { scroll.reveal(index, rows: rows) }

    /// After the screen changed size: the window clamped, the selection still shown.
    public mutating func resize(rows: Int) {
        scroll.clamp(rows: rows)
        scroll.reveal(selected, rows: rows)
    }

    /// A new number of items (a list rebuilt): the selection clamped and shown.
    public mutating func resize(count: Int, rows: Int) {
        scroll.resize(count: count, rows: rows)
        select(selected, rows: rows)
    }
}
