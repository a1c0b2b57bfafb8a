/// A window of `rows` lines over `count` lines, starting at `top`: the
/// reader's text, the comparison, the outlets view, the help overlay, and
/// under `ListViewport` every list.
///
/// `top` is kept in `0...max(0, count - rows)` by every change, so that a
/// pane never shows blank rows below its end while lines above are hidden
/// (after a resize to a small terminal and back, for one). The number of
/// rows is not stored: it comes from the screen's layout at each call, so a
/// state never holds a height the screen no longer has.
public struct ScrollState: Sendable, Hashable {
    public private(set) var top = 0
    /// How many lines there are.
    public private(set) var count: Int

    public init(count: Int = 0, top: Int = 0) {
        self.count = max(0, count)
        self.top = max(0, top)
    }

    /// Where a revealed line goes when it is off screen.
    public enum Placement: Sendable {
        /// The nearest edge: the line becomes the first or the last shown.
        case nearest
        /// A third of the way down, with context above it.
        case third
        /// The first line shown.
        case top
    }

    /// The largest `top` for `rows` shown.
    public func maxTop(rows: Int) -> Int { max(0, count - max(0, rows)) }

    /// The lines shown.
    public func visible(rows: Int) -> Range<Int> { top..<min(count, top + max(0, rows)) }

    public func isVisible(_ line: Int, rows: Int) -> Bool { line >= top && line < top + rows }

    /// Scrolls by `delta` lines (any size: `Int.max / 2` goes to the end).
    public mutating func scroll(by delta: Int, rows: Int) {
        scroll(to: top.addingReportingOverflow(delta).partialValue, rows: rows)
    }

    public mutating func scroll(to line: Int, rows: Int) {
        top = max(0, min(line, maxTop(rows: rows)))
    }

    /// Brings `line` on screen if it is not.
    public mutating func reveal(_ line: Int, rows: Int, placement: Placement = .nearest) {
        guard rows > 0, !isVisible(line, rows: rows) else { return clamp(rows: rows) }
        switch placement {
        case .nearest: scroll(to: line < top ? line : line - rows + 1, rows: rows)
        case .third: scroll(to: line - rows / 3, rows: rows)
        case .top: scroll(to: line, rows: rows)
        }
    }

    /// A new number of lines (the text rewrapped, a list rebuilt), `top` kept where it can be.
    public mutating func resize(count: Int, rows: Int) {
        self.count = max(0, count)
        clamp(rows: rows)
    }

    /// Keeps `top` in range for `rows` shown (after a resize).
    public mutating func clamp(rows: Int) { scroll(to: top, rows: rows) }
}
