import ParallaxKit

/// The article list: two rows an article, its title, then outlet and date,
/// under the headings of the grouping (event, outlet, date). The selected
/// article has a "▶" marker (and reverse video when the list has the
/// keyboard); the article open in the reader is bold; the marked one has "✓".
/// An unread article has "•" before its outlet and a bold title; a read one
/// is plain (the marker says it without colour or bold).
enum ArticleListView {
    static func render(_ list: ArticleListState, articles: [ArticleSummary], open: Int?, marked: Int?, read: Set<Int>,
                       focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let rows = ScreenLayout.listRowsPerArticle
        var y = rect.y
        var row = list.top
        let width = rect.width - 2
        let selected = list.selected
        while y < rect.maxY, row < list.rows.count {
            switch list.rows[row] {
            case .heading(let label, let count, let total):
                buffer.put(DisplayWidth.truncate(label, to: rect.width), x: rect.x, y: y, style: Theme.paneHeading, clip: rect)
                if y + 1 < rect.maxY {
                    let noun = list.grouping == .event ? "report" : "article"
                    let shown = count == total ? "\(count)" : "\(count) of \(total)"
                    buffer.put("  \(shown) \(noun)\(total == 1 ? "" : "s")", x: rect.x, y: y + 1, style: Theme.listMeta, clip: rect)
                }
            case .article(let index):
                let article = articles[index]
                let isSelected = index == selected
                let isUnread = !read.contains(index)
                let rowStyle: Style = isSelected ? (focused ? Theme.listSelectedFocused : Theme.listSelected)
                    : (index == open ? Theme.listOpen : isUnread ? Theme.listUnread : .plain)
                let rowRect = Rect(x: rect.x, y: y, width: rect.width, height: min(rows, rect.maxY - y))
                if isSelected && focused { buffer.fill(rowRect, style: rowStyle) }
                let marker = isSelected ? "▶ " : index == marked ? "✓ " : "  "
                buffer.put(marker + DisplayWidth.truncate(article.title, to: width), x: rect.x, y: y, style: rowStyle, clip: rect)
                if y + 1 < rect.maxY {
                    let m = article.metadata
                    let meta = [m.outlet ?? "unknown outlet", m.date ?? "undated"].joined(separator: " · ")
                    let metaStyle = isSelected && focused ? Theme.listSelectedFocused : Theme.listMeta
                    let dotStyle = isUnread && !(isSelected && focused) ? Theme.listUnreadMarker : metaStyle
                    buffer.put(isUnread ? "•" : " ", x: rect.x, y: y + 1, style: dotStyle, clip: rect)
                    buffer.put(" " + DisplayWidth.truncate(meta, to: width), x: rect.x + 1, y: y + 1, style: metaStyle, clip: rect)
                }
            }
            y += rows
            row += 1
        }
        if articles.isEmpty {
            buffer.put("No articles", x: rect.x + 1, y: rect.y, style: Theme.notice, clip: rect)
        }
    }
}
