import ParallaxKit

/// The entities pane: one row an entity, with its kind, mentions and the
/// number of articles that mention it; or, after Enter, the articles that
/// mention the chosen entity. Both draw their list from its viewport's top.
enum EntityListView {
    static func render(_ pane: IndexPane<EntityIndex.Entry>, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        heading("Entities · \(pane.ofCorpus ? "whole corpus" : "this article") (a: switch)", rect, &buffer)
        if pane.entries.isEmpty {
            buffer.put("No entities", x: rect.x + 2, y: rect.y + 1, style: Theme.notice, clip: rect)
            return
        }
        for (row, index) in pane.list.scroll.visible(rows: PaneMetrics.sidePaneRows(rect)).enumerated() {
            let e = pane.entries[index]
            let counts = " \(EntityStyle.tag(for: e.type)) \(pad(e.mentionCount, 4)) \(pad(e.articles.count, 3))"
            drawRow(name: e.name, nameStyle: EntityStyle.style(for: e.type), counts: counts, y: rect.y + 1 + row,
                    selected: index == pane.list.selected, focused: focused, rect, &buffer)
        }
    }

    /// The articles that mention the pane's entity, with how often each does.
    static func render(_ pane: EntityArticlesPane, articles: [ArticleSummary], focused: Bool, in rect: Rect,
                       into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let entry = pane.entry
        heading("\(entry.name) · \(entry.articles.count) article\(entry.articles.count == 1 ? "" : "s")", rect, &buffer)
        for (row, index) in pane.list.scroll.visible(rows: PaneMetrics.sidePaneRows(rect)).enumerated() {
            let article = entry.articles[index]
            let y = rect.y + 1 + row
            let selected = index == pane.list.selected
            let count = entry.mentions.filter { $0.article == article }.count
            let style: Style = selected ? (focused ? Theme.listSelectedFocused : Theme.listSelected) : .plain
            if selected && focused { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
            let tail = " \(pad(count, 3))×"
            let title = DisplayWidth.truncate(articles[article].title, to: max(1, rect.width - 2 - DisplayWidth.of(tail)))
            var x = buffer.put((selected ? "▶ " : "  ") + title, x: rect.x, y: y, style: style, clip: rect)
            x = max(x, rect.maxX - DisplayWidth.of(tail))
            buffer.put(tail, x: x, y: y, style: style, clip: rect)
        }
    }

    /// One row of a side pane: "▶ name ......... counts", the selected row
    /// highlighted (filled when the pane has the keyboard).
    static func drawRow(name: String, nameStyle: Style, counts: String, y: Int, selected: Bool, focused: Bool,
                        _ rect: Rect, _ buffer: inout ScreenBuffer) {
        let nameWidth = rect.width - 2 - DisplayWidth.of(counts)
        let style: Style = selected ? (focused ? Theme.listSelectedFocused : Theme.listSelected) : .plain
        if selected && focused { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
        var x = buffer.put(selected ? "▶ " : "  ", x: rect.x, y: y, style: style, clip: rect)
        let shown = DisplayWidth.truncate(name, to: max(1, nameWidth))
        x = buffer.put(shown, x: x, y: y, style: style.merged(with: nameStyle), clip: rect)
        x = buffer.put(String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(shown))), x: x, y: y, style: style, clip: rect)
        buffer.put(counts, x: x, y: y, style: style, clip: rect)
    }

    static func heading(_ text: String, _ rect: Rect, _ buffer: inout ScreenBuffer) {
        buffer.put(DisplayWidth.truncate(text, to: rect.width), x: rect.x, y: rect.y, style: Theme.paneHeading, clip: rect)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
