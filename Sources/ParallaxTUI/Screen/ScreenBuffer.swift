/// An in-memory screen: a grid of cells that views draw into.
///
/// The terminal shows a buffer by flushing only the cells that differ from
/// the previous frame; tests render into a buffer of a fixed size and compare
/// its text dump with what a user should see.
public struct ScreenBuffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` at (x, y), clipped to `clip` (the whole screen by
    /// default), one grapheme cluster per cell (two for wide characters).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain,
                             clip: Rect? = nil) -> Int {
        let clip = clip ?? bounds
        guard y >= clip.y, y < clip.maxY, y >= 0, y < size.height else { return x }
        let right = min(clip.maxX, size.width)
        var col = x
        for character in text {
            var c = character
            var w = DisplayWidth.of(c)
            if w == 0 {
                // Controls and lone format characters take no cell; tabs show as a space.
                guard c == "\t" else { continue }
                c = " "
                w = 1
            }
            if col + w > right {
                if w == 2, col < right, col >= clip.x { setCell(col, y, Cell(" ", style: style)) }
                return right
            }
            if col >= clip.x, col >= 0 {
                setCell(col, y, Cell(c, style: style, width: UInt8(w)))
                if w == 2 { setCell(col + 1, y, .continuation) }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let r = clipped(rect)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { setCell(x, y, Cell(" ", style: style)) }
        }
    }

    private func clipped(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// Sets a cell, repairing any wide character it cuts in half.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width else { return }
        let i = y * size.width + x
        if cells[i].isContinuation, !cell.isContinuation, x > 0 {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if cells[i].width == 2, cell.width != 2, x + 1 < size.width {
            cells[i + 1] = Cell(" ", style: cells[i].style)
        }
        cells[i] = cell
    }

    /// Row `y` as text, the right halves of wide characters left out.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width where !self[x, y].isContinuation { s.append(self[x, y].character) }
        return s
    }

    /// Every row as text without trailing spaces: what a test compares.
    public var lines: [String] {
        (0..<size.height).map { y in
            var s = line(y)
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// The rows joined by newlines.
    public var dump: String { lines.joined(separator: "\n") }

    /// Positions whose cells differ from `previous` (all, if sizes differ).
    public func changedPositions(since previous: ScreenBuffer?) -> [(x: Int, y: Int)] {
        var out: [(Int, Int)] = []
        let full = previous == nil || previous!.size != size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let i = y * size.width + x
                if full || previous!.cells[i] != cells[i] { out.append((x, y)) }
            }
        }
        return out
    }
}
