import ParallaxKit

/// The reading view: the open article's layout from `readerTop` down, with
/// search matches highlighted (the current one underlined as well).
enum ReaderView {
    static func render(_ state: AppState, in rect: Rect, layouts: LayoutCache, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        guard let index = state.openArticle else {
            buffer.put("No article open", x: rect.x + 1, y: rect.y, style: Theme.notice, clip: rect)
            return
        }
        let article = state.articles[index]
        let layout = layouts.layout(article: index, width: rect.width)
        let current = state.search.current.map { state.search.matches[$0] }
        var lineIndex = state.readerTop
        for y in rect.y..<rect.maxY {
            guard lineIndex < layout.lines.count else { break }
            let line = layout.lines[lineIndex]
            lineIndex += 1
            let x = rect.x + layout.margin + line.indent
            switch line.kind {
            case .blank: continue
            case .meta: buffer.put(DisplayWidth.truncate(line.text, to: layout.textWidth), x: x, y: y, style: Theme.meta, clip: rect)
            case .rule: buffer.put(line.text, x: x, y: y, style: Theme.rule, clip: rect)
            case .title, .body, .caption:
                guard let source = line.source else { continue }
                let base: Style = line.kind == .title ? Theme.title : line.kind == .caption ? Theme.caption : .plain
                if line.kind == .caption, line.indent > 0 {
                    buffer.put("▌", x: x - line.indent, y: y, style: Theme.captionMarker, clip: rect)
                }
                drawSource(article.source, source, x: x, y: y, base: base, matches: state.search.matches,
                           current: current, clip: rect, into: &buffer)
            }
        }
    }

    /// Draws article text grapheme by grapheme so each one can take the
    /// style of the ranges (search matches) that cover its source offset.
    private static func drawSource(_ text: SourceText, _ range: TextRange, x: Int, y: Int, base: Style,
                                   matches: [TextRange], current: TextRange?, clip: Rect,
                                   into buffer: inout ScreenBuffer) {
        let visible = matches.filter { $0.overlaps(range) }
        var col = x
        var offset = range.start
        for character in text[range] {
            var style = base
            if let current, current.contains(offset) {
                style = style.merged(with: Theme.currentMatch)
            } else if visible.contains(where: { $0.contains(offset) }) {
                style = style.merged(with: Theme.searchMatch)
            }
            col = buffer.put(String(character), x: col, y: y, style: style, clip: clip)
            offset += character.unicodeScalars.count
        }
    }
}
