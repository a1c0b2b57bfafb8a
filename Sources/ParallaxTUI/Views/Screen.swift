import ParallaxKit

/// Draws a whole frame from the state: header, the mode's body, status bar,
/// overlay. Each view gets only its slice of the state.
public enum Screen {
    public static func render(_ state: AppState, layouts: LayoutCache) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        let focus: Focus
        if case .browse(let b) = state.mode { focus = b.focus } else { focus = .reader }
        let screen = ScreenLayout(size: state.size, focus: focus)
        if screen.isTooSmall {
            let notice = DisplayWidth.truncate("Terminal too small for Parallax", to: state.size.width)
            buffer.put(notice, x: 0, y: 0, style: Theme.notice)
            return buffer
        }
        Header.render(state, in: screen.header, into: &buffer)
        switch state.mode {
        case .browse(let b): BrowseView.render(b, state.corpus, read: state.marks.read, screen, layouts: layouts, into: &buffer)
        case .compare(let c): CompareView.render(c, in: screen.body, layouts: layouts, into: &buffer)
        case .outlets(let o): OutletsView.render(o, in: screen.body, layouts: layouts, into: &buffer)
        case .loading(let l): LoadingView.render(l, in: screen.body, into: &buffer)
        case .working(let w): WorkingView.render(w, in: screen.body, into: &buffer)
        }
        StatusBar.render(StatusBar.left(state, layouts: layouts), hints: KeyTables.hints(Route.context(of: state)),
                         in: screen.status, into: &buffer)
        switch state.overlay {
        case .picker(let picker)?: ComparePickerView.render(picker, articles: state.corpus.summaries, in: screen.body, into: &buffer)
        case .help(let help)?: HelpOverlay.render(help, size: state.size, into: &buffer)
        case .search?, nil: break
        }
        return buffer
    }
}

/// The top row: the corpus (or the list's filter and how many articles it
/// keeps), and what the body shows.
enum Header {
    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(rect, style: Theme.header)
        let count = state.articles.count
        var left = " Parallax · \(count) article\(count == 1 ? "" : "s")"
        switch state.mode {
        case .loading(let loading): left = " Parallax · " + (loading.failure == nil ? "loading" : "no corpus")
        case .working: left += " · working…"
        case .compare: left += " · comparing two reports"
        case .outlets(let outlets):
            left += outlets.report.event.map { " · outlets in \($0.id): \($0.label)" } ?? " · outlets, whole corpus"
        case .browse(let b):
            if let filter = b.list.filter {
                left = " Parallax · filter: \(filter.query.text) · "
                    + "\(OutletsLayout.thousands(filter.count)) of \(OutletsLayout.thousands(count))"
            }
            if let pending = b.list.pending { left += " · filtering “\(pending.query.text)”…" }
            if b.list.grouping != .none { left += " · by \(b.list.grouping.rawValue)" }
            if let marked = b.marked { left += " · marked: \(state.corpus.summaries[marked].title)" }
        }
        buffer.put(DisplayWidth.truncate(left, to: rect.width), x: rect.x, y: rect.y, style: Theme.header, clip: rect)
    }
}

/// The browse mode's body: the list (or a side pane) and the reading view.
enum BrowseView {
    static func render(_ b: BrowseState, _ corpus: ReaderCorpus, read: Set<Int>, _ screen: ScreenLayout, layouts: LayoutCache,
                       into buffer: inout ScreenBuffer) {
        let focused = b.focus == .list
        if let list = screen.list {
            switch b.side {
            case nil:
                ArticleListView.render(b.list, articles: corpus.summaries, open: b.reader.article, marked: b.marked,
                                       read: read, focused: focused, in: list, into: &buffer)
            case .speakers(let pane)?: SpeakerListView.render(pane, focused: focused, in: list, into: &buffer)
            case .entities(let pane)?: EntityListView.render(pane, focused: focused, in: list, into: &buffer)
            case .entityArticles(let pane)?:
                EntityListView.render(pane, articles: corpus.summaries, focused: focused, in: list, into: &buffer)
            }
        }
        if let divider = screen.divider {
            for y in screen.header.maxY..<screen.status.y { buffer.put("│", x: divider, y: y, style: Theme.paneRule) }
        }
        if let reader = screen.reader { ReaderView.render(b.reader, corpus, in: reader, layouts: layouts, into: &buffer) }
    }
}
