import ParallaxKit

/// The article list: two rows an article, its title, then outlet and date.
/// The selected article has a "▶" marker (and reverse video when the list
/// has the keyboard); the article open in the reader is bold.
enum ArticleListView {
    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let focused = state.focus == .list
        let rows = ScreenLayout.listRowsPerArticle
        var y = rect.y
        var index = state.listTop
        while y < rect.maxY, index < state.articles.count {
            let article = state.articles[index]
            let isSelected = index == state.selected
            let rowStyle: Style = isSelected ? (focused ? Theme.listSelectedFocused : Theme.listSelected)
                : (index == state.openArticle ? Theme.listOpen : .plain)
            let rowRect = Rect(x: rect.x, y: y, width: rect.width, height: min(rows, rect.maxY - y))
            if isSelected && focused { buffer.fill(rowRect, style: rowStyle) }
            let marker = isSelected ? "▶ " : "  "
            let titleWidth = rect.width - 2
            buffer.put(marker + DisplayWidth.truncate(article.title, to: titleWidth), x: rect.x, y: y, style: rowStyle, clip: rect)
            if y + 1 < rect.maxY {
                let m = article.metadata
                let meta = [m.outlet ?? "unknown outlet", m.date ?? "undated"].joined(separator: " · ")
                let metaStyle = isSelected && focused ? Theme.listSelectedFocused : Theme.listMeta
                buffer.put("  " + DisplayWidth.truncate(meta, to: titleWidth), x: rect.x, y: y + 1, style: metaStyle, clip: rect)
            }
            y += rows
            index += 1
        }
        if state.articles.isEmpty {
            buffer.put("No articles", x: rect.x + 1, y: rect.y, style: Theme.notice, clip: rect)
        }
    }
}
