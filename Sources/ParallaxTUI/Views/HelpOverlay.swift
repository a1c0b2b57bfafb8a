/// The `?` overlay: every row of the key table in a box, scrolled by
/// j/k and the page keys when the terminal is too short for all of them.
enum HelpOverlay {
    /// Every row of the key table, as the overlay shows it.
    static let rows: [(keys: String, help: String)] =
        KeyMap.bindings.map { b in (b.keys.map(\.label).joined(separator: " "), b.help) }

    /// The area the overlay may take on a screen of `size`.
    static func area(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 2) }

    /// Key rows that fit at once on a screen of `size`.
    static func visibleRows(_ size: Size) -> Int {
        max(0, min(area(size).height, rows.count + 4) - 3)
    }

    /// The first row shown, kept so that the last page is full.
    static func clampedTop(_ top: Int, _ size: Size) -> Int {
        max(0, min(top, rows.count - visibleRows(size)))
    }

    static func render(top: Int, size: Size, into buffer: inout ScreenBuffer) {
        let area = area(size), rows = rows
        let keyWidth = rows.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let helpWidth = rows.map { DisplayWidth.of($0.help) }.max() ?? 0
        let width = min(area.width, keyWidth + helpWidth + 7)
        let height = min(area.height, rows.count + 4)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                       width: width, height: height)
        Box.draw(box, title: " Keys ", into: &buffer)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: width - 4, height: height - 2)
        let first = clampedTop(top, size), shown = visibleRows(size)
        for (i, row) in rows[first..<min(rows.count, first + shown)].enumerated() {
            let x = buffer.put(row.keys, x: inner.x, y: inner.y + i, style: Theme.overlayKey, clip: inner)
            buffer.put(String(repeating: " ", count: keyWidth - DisplayWidth.of(row.keys) + 2) + row.help,
                       x: x, y: inner.y + i, clip: inner)
        }
        let footer = shown < rows.count
            ? "Keys \(first + 1)–\(first + shown) of \(rows.count) · j/k scroll · Esc or ? closes"
            : "Esc or ? closes"
        buffer.put(footer, x: inner.x, y: inner.maxY - 1, style: Style(dim: true), clip: inner)
    }
}
