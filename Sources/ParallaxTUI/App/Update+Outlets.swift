import ParallaxKit

/// The outlets view's part of `Update`: opening it, moving between the
/// outlets' speakers and entities, switching scope, and Enter to the reader.
extension Update {
    /// o: the outlets over the whole corpus.
    static func showOutlets(_ s: inout AppState, _ layouts: LayoutCache) {
        guard !s.articles.isEmpty else { return }
        let here = s.focus == .list ? s.selected : s.openArticle ?? s.selected
        s.outlets = OutletsState(report: OutletReport(articles: s.articles, events: s.events), article: here)
        s.leftOutlets = nil
        selectNearest(&s, outlet: 0, line: 0, layouts)
    }

    static func handleOutlets(_ s: inout AppState, _ action: Action, _ layouts: LayoutCache) {
        guard let outlets = s.outlets else { return }
        let page = max(1, outletsHeight(s) - 1)
        switch action {
        case .quit: s.quit = true
        case .help: s.showingHelp = true
        case .close, .outlets: s.outlets = nil
        case .moveDown: moveSelection(&s, by: 1, layouts)
        case .moveUp: moveSelection(&s, by: -1, layouts)
        case .right, .switchPane: moveColumn(&s, by: 1, layouts)
        case .left: moveColumn(&s, by: -1, layouts)
        case .pageDown: scrollOutlets(&s, by: page, layouts)
        case .pageUp: scrollOutlets(&s, by: -page, layouts)
        case .top: scrollOutlets(&s, by: -Int.max / 2, layouts)
        case .bottom: scrollOutlets(&s, by: Int.max / 2, layouts)
        case .entityScope:
            // The whole corpus, or the event of the article the view was opened on.
            let event = outlets.report.event == nil ? s.events.event(of: outlets.article) : nil
            if outlets.report.event == nil, event == nil { s.message = "This article belongs to no event"; return }
            s.outlets = OutletsState(report: OutletReport(articles: s.articles, events: s.events, event: event),
                                     article: outlets.article)
            selectNearest(&s, outlet: 0, line: 0, layouts)
            s.message = event.map { "Outlets in event \($0.id): \($0.label)" } ?? "Outlets over the whole corpus"
        case .open: openSelection(&s, layouts)
        default: break
        }
    }

    /// Lines of the outlets layout the body shows.
    static func outletsHeight(_ s: AppState) -> Int {
        max(1, ScreenLayout(size: s.size, focus: .reader).body.height)
    }

    private static func outletsLayout(_ s: AppState, _ layouts: LayoutCache) -> OutletsLayout? {
        s.outlets.map { layouts.layout($0, width: s.size.width) }
    }

    /// The link the selection stands on, in `layout`.
    static func selectedLink(_ outlets: OutletsState, _ layout: OutletsLayout) -> OutletsLayout.Link? {
        guard let selection = outlets.selection else { return nil }
        // The same line, or (after a resize rewrapped the headlines) the nearest.
        return layout.links.filter { $0.outlet == selection.outlet && $0.target == selection.target }
            .min { abs($0.line - selection.line) < abs($1.line - selection.line) }
    }

    /// Selects the link of `outlet`'s column nearest `line`, showing the column.
    private static func selectNearest(_ s: inout AppState, outlet: Int, line: Int, _ layouts: LayoutCache) {
        guard var outlets = s.outlets else { return }
        let columns = OutletsLayout.columnsThatFit(s.size.width)
        if outlet < outlets.firstColumn { outlets.firstColumn = outlet }
        if outlet >= outlets.firstColumn + columns { outlets.firstColumn = outlet - columns + 1 }
        s.outlets = outlets
        guard let layout = outletsLayout(s, layouts) else { return }
        let candidates = layout.links.filter { $0.outlet == outlet }
        let nearest = candidates.min { abs($0.line - line) < abs($1.line - line) }
        outlets.selection = nearest.map(OutletsState.Selection.init)
        s.outlets = outlets
        if let nearest { keepVisible(&s, line: nearest.line, layouts) }
    }

    /// j/k: the next or previous speaker or entity down the column (the
    /// view scrolls when the column has none).
    private static func moveSelection(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        guard var outlets = s.outlets, let layout = outletsLayout(s, layouts), let current = selectedLink(outlets, layout) else {
            return scrollOutlets(&s, by: delta, layouts)
        }
        let column = layout.links.filter { $0.outlet == current.outlet }
        guard let k = column.firstIndex(of: current), column.indices.contains(k + delta) else {
            return scrollOutlets(&s, by: delta, layouts)
        }
        let next = column[k + delta]
        outlets.selection = OutletsState.Selection(next)
        s.outlets = outlets
        keepVisible(&s, line: next.line, layouts)
    }

    /// h/l, ←/→, Tab: the next or previous outlet, at the same height.
    private static func moveColumn(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        guard let outlets = s.outlets else { return }
        let count = outlets.report.profiles.count
        let current = outlets.selection?.outlet ?? outlets.firstColumn
        let next = current + delta
        guard (0..<count).contains(next) else {
            s.message = delta > 0 ? "The last outlet" : "The first outlet"
            return
        }
        let line = outletsLayout(s, layouts).flatMap { l in selectedLink(outlets, l)?.line } ?? outlets.top
        selectNearest(&s, outlet: next, line: line, layouts)
    }

    static func outletsMouse(_ s: inout AppState, _ mouse: MouseEvent, _ layouts: LayoutCache) {
        switch mouse {
        case .wheelDown: scrollOutlets(&s, by: 3, layouts)
        case .wheelUp: scrollOutlets(&s, by: -3, layouts)
        case .click(let x, let y):
            // A click on a speaker or a name selects it (Enter then opens it).
            guard var outlets = s.outlets, let layout = outletsLayout(s, layouts) else { return }
            let body = ScreenLayout(size: s.size, focus: .reader).body
            let line = outlets.top + y - body.y
            guard let link = layout.links.first(where: { $0.line == line && x >= $0.x && x < $0.x + $0.width }) else { return }
            outlets.selection = OutletsState.Selection(link)
            s.outlets = outlets
        }
    }

    /// Scrolls the view; a selection the scroll hides follows to the
    /// nearest stop of its column on screen, so Enter opens what is seen.
    private static func scrollOutlets(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        guard var outlets = s.outlets, let layout = outletsLayout(s, layouts) else { return }
        let height = outletsHeight(s)
        outlets.top = max(0, min(outlets.top.addingReportingOverflow(delta).partialValue, layout.lines.count - height))
        let visible = outlets.top..<(outlets.top + height)
        if let current = selectedLink(outlets, layout), !visible.contains(current.line),
           let nearest = layout.links.filter({ $0.outlet == current.outlet && visible.contains($0.line) })
               .min(by: { abs($0.line - current.line) < abs($1.line - current.line) }) {
            outlets.selection = OutletsState.Selection(nearest)
        }
        s.outlets = outlets
    }

    private static func keepVisible(_ s: inout AppState, line: Int, _ layouts: LayoutCache) {
        guard var outlets = s.outlets, let layout = outletsLayout(s, layouts) else { return }
        let height = outletsHeight(s)
        if line < outlets.top { outlets.top = max(0, line - 1) }
        if line >= outlets.top + height { outlets.top = min(line - height + 2, max(0, layout.lines.count - height)) }
        s.outlets = outlets
    }

    /// Enter: the speaker's first quotation in this outlet, or the entity's
    /// first mention in it, in the reader (n/N walk on across the corpus),
    /// or where the outlet first credits a news organisation. Esc comes
    /// back to the outlets.
    private static func openSelection(_ s: inout AppState, _ layouts: LayoutCache) {
        guard let outlets = s.outlets, let selection = outlets.selection else { return }
        let own = Set(outlets.report.profiles[selection.outlet].articles)
        switch selection.target {
        case .speaker(let name):
            guard let entry = s.corpusSpeakers.entries.first(where: { $0.name == name }),
                  let first = entry.quotes.firstIndex(where: { own.contains($0.article) }) else { return }
            leave(&s, outlets)
            s.chosen = nil
            s.chosenSpeaker = ChosenSpeaker(entry: entry)
            goToSpeakerQuote(&s, first, layouts)
        case .entity(let name, let type):
            guard let entry = s.corpusEntities.entries.first(where: { $0.name == name && $0.type == type }),
                  let first = entry.mentions.firstIndex(where: { own.contains($0.article) }) else { return }
            leave(&s, outlets)
            s.chosenSpeaker = nil
            s.chosen = ChosenEntity(entry: entry)
            goToMention(&s, first, layouts)
        case .credit(let source):
            guard let place = outlets.report.profiles[selection.outlet].credits.first(where: { $0.source == source })?.places.first
            else { return }
            leave(&s, outlets)
            showArticle(&s, place.article, layouts)
            reveal(&s, place.range, layouts)
            s.message = "\(source) credited here"
        }
    }

    private static func leave(_ s: inout AppState, _ outlets: OutletsState) {
        s.outlets = nil
        s.leftOutlets = outlets
        s.leftComparison = nil
    }
}
