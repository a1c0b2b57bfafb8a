/// The `?` overlay: the keys of where `?` was pressed, then the keys that
/// work there too (the global ones last), in a box; scrolled by j/k and the
/// page keys when the terminal is too short for all of them.
enum HelpOverlay {
    static func render(_ help: HelpState, size: Size, into buffer: inout ScreenBuffer) {
        let area = PaneMetrics.overlayArea(size)
        let rows = help.rows.map { (keys: $0.label, help: $0.help) }
        let keyWidth = rows.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let helpWidth = rows.map { DisplayWidth.of($0.help) }.max() ?? 0
        let width = min(area.width, keyWidth + helpWidth + 7)
        let height = min(area.height, rows.count + 4)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                       width: width, height: height)
        Box.draw(box, title: " Keys \(help.context.title) ", into: &buffer)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: width - 4, height: height - 2)
        let shown = help.scroll.visible(rows: PaneMetrics.helpRows(count: rows.count, size: size))
        for (i, k) in shown.enumerated() {
            let row = rows[k]
            let x = buffer.put(row.keys, x: inner.x, y: inner.y + i, style: Theme.overlayKey, clip: inner)
            buffer.put(String(repeating: " ", count: keyWidth - DisplayWidth.of(row.keys) + 2) + row.help,
                       x: x, y: inner.y + i, clip: inner)
        }
        let footer = shown.count < rows.count
            ? "Keys \(shown.lowerBound + 1)–\(shown.upperBound) of \(rows.count) · j/k scroll · Esc or ? closes"
            : "Esc or ? closes"
        buffer.put(footer, x: inner.x, y: inner.maxY - 1, style: Style(dim: true), clip: inner)
    }
}
