import ParallaxKit

/// Draws a whole frame from the state: header, panes, status bar, overlay.
public enum Screen {
    public static func render(_ state: AppState, layouts: LayoutCache) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        let screen = ScreenLayout(size: state.size, focus: state.focus)
        if screen.isTooSmall {
            let notice = DisplayWidth.truncate("Terminal too small for Parallax", to: state.size.width)
            buffer.put(notice, x: 0, y: 0, style: Theme.notice)
            return buffer
        }
        renderHeader(state, in: screen.header, into: &buffer)
        if let compare = state.compare {
            CompareView.render(state, compare, in: screen.body, layouts: layouts, into: &buffer)
        } else if let outlets = state.outlets {
            OutletsView.render(outlets, in: screen.body, layouts: layouts, into: &buffer)
        } else {
            renderPanes(state, screen, layouts: layouts, into: &buffer)
        }
        StatusBar.render(state, in: screen.status, layouts: layouts, into: &buffer)
        if let picker = state.picker { ComparePickerView.render(state, picker, in: screen.body, into: &buffer) }
        if state.showingHelp {
            HelpOverlay.render(top: state.helpTop, size: state.size, into: &buffer)
        }
        return buffer
    }

    private static func renderPanes(_ state: AppState, _ screen: ScreenLayout, layouts: LayoutCache, into buffer: inout ScreenBuffer) {
        if let list = screen.list {
            switch state.leftPane {
            case .articles: ArticleListView.render(state, in: list, into: &buffer)
            case .speakers: SpeakerListView.render(state, in: list, into: &buffer)
            case .entities, .entityArticles: EntityListView.render(state, in: list, into: &buffer)
            }
        }
        if let divider = screen.divider {
            for y in screen.header.maxY..<screen.status.y { buffer.put("│", x: divider, y: y, style: Theme.paneRule) }
        }
        if let reader = screen.reader { ReaderView.render(state, in: reader, layouts: layouts, into: &buffer) }
    }

    private static func renderHeader(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(rect, style: Theme.header)
        let count = state.articles.count
        var left = " Parallax · \(count) article\(count == 1 ? "" : "s")"
        if state.compare != nil {
            left += " · comparing two reports"
        } else if let outlets = state.outlets {
            left += outlets.report.event.map { " · outlets in \($0.id): \($0.label)" } ?? " · outlets, whole corpus"
        } else if state.grouping != .none {
            left += " · by \(state.grouping.rawValue)"
        }
        if let marked = state.marked { left += " · marked: \(state.articles[marked].title)" }
        buffer.put(DisplayWidth.truncate(left, to: rect.width), x: rect.x, y: rect.y, style: Theme.header, clip: rect)
    }
}
