/// The `?` overlay: every row of the key table in a box.
enum HelpOverlay {
    static func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let rows = KeyMap.bindings.map { b in (b.keys.map(\.label).joined(separator: " "), b.help) }
        let keyWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let helpWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 0
        let width = min(area.width, keyWidth + helpWidth + 7)
        let height = min(area.height, rows.count + 4)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                       width: width, height: height)
        Box.draw(box, title: " Keys ", into: &buffer)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: width - 4, height: height - 2)
        for (i, row) in rows.enumerated() where inner.y + i < inner.maxY - 1 {
            let x = buffer.put(row.0, x: inner.x, y: inner.y + i, style: Theme.overlayKey, clip: inner)
            buffer.put(String(repeating: " ", count: keyWidth - DisplayWidth.of(row.0) + 2) + row.1,
                       x: x, y: inner.y + i, clip: inner)
        }
        buffer.put("Esc or ? closes", x: inner.x, y: inner.maxY - 1, style: Style(dim: true), clip: inner)
    }
}
