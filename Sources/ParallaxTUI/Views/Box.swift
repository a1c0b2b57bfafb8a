/// A framed box for overlays (help, the compare picker): cleared, with a
/// border and a title in its top edge.
enum Box {
    static func draw(_ box: Rect, title: String, into buffer: inout ScreenBuffer) {
        buffer.fill(box)
        let horizontal = String(repeating: "─", count: box.width - 2)
        buffer.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: Theme.overlayBorder)
        buffer.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: Theme.overlayBorder)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.put("│", x: box.x, y: y, style: Theme.overlayBorder)
            buffer.put("│", x: box.maxX - 1, y: y, style: Theme.overlayBorder)
        }
        buffer.put(DisplayWidth.truncate(title, to: box.width - 4), x: box.x + 2, y: box.y, style: Theme.overlayBorder)
    }
}
