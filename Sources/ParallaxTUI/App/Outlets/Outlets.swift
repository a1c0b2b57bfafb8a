import ParallaxKit

/// The outlets view's update: moving between the outlets' speakers, names,
/// credits and quotations, switching scope, and Enter to the reader.
enum Outlets {
    /// The view of `report` (made in the background), opened on `article` (whose event `a` switches to).
    static func open(_ report: OutletReport, article: Int, _ ctx: UpdateContext) -> OutletsState {
        var o = OutletsState(report: report, article: article)
        selectNearest(&o, outlet: 0, line: 0, ctx)
        return o
    }

    static func update(_ o: inout OutletsState, _ action: Action, _ ctx: UpdateContext) -> [Request] {
        let page = max(1, rows(ctx) - 1)
        switch action {
        case .close: return [.back]
        case .moveDown: moveSelection(&o, by: 1, ctx)
        case .moveUp: moveSelection(&o, by: -1, ctx)
        case .right: return moveColumn(&o, by: 1, ctx)
        case .left: return moveColumn(&o, by: -1, ctx)
        case .pageDown: scroll(&o, by: page, ctx)
        case .pageUp: scroll(&o, by: -page, ctx)
        case .top: scroll(&o, by: -Int.max / 2, ctx)
        case .bottom: scroll(&o, by: Int.max / 2, ctx)
        case .entityScope:
            // The whole corpus, or the event of the article the view was opened on.
            let event = o.report.event == nil ? ctx.corpus.events.event(of: o.article) : nil
            if o.report.event == nil, event == nil { return [.message("This article belongs to no event")] }
            // The other scope's report is made in the background, in this view's place.
            return [.work(.outlets(article: o.article, event: event, width: ctx.size.width), replace: true,
                          message: event.map { "Outlets in event \($0.id): \($0.label)" } ?? "Outlets over the whole corpus")]
        case .open: return openSelection(&o, ctx)
        default: break
        }
        return []
    }

    static func mouse(_ o: inout OutletsState, _ mouse: MouseEvent, _ ctx: UpdateContext) {
        switch mouse {
        case .wheelDown: scroll(&o, by: 3, ctx)
        case .wheelUp: scroll(&o, by: -3, ctx)
        case .click(let x, let y):
            // A click on a speaker or a name selects it (Enter then opens it).
            let layout = layout(o, ctx)
            let line = o.top + y - ctx.body.y
            guard let link = layout.links.first(where: { $0.line == line && x >= $0.x && x < $0.x + $0.width }) else { return }
            o.selection = OutletsState.Selection(link)
        }
    }

    /// Lines of the outlets layout the body shows.
    static func rows(_ ctx: UpdateContext) -> Int { max(1, ctx.body.height) }

    private static func layout(_ o: OutletsState, _ ctx: UpdateContext) -> OutletsLayout {
        o.layout(ctx.layouts, width: ctx.size.width)
    }

    /// After a resize: the lines fitted to the new height.
    static func resize(_ o: inout OutletsState, _ ctx: UpdateContext) {
        o.scroll.resize(count: layout(o, ctx).lines.count, rows: rows(ctx))
    }

    /// Selects the link of `outlet`'s column nearest `line`, showing the column.
    private static func selectNearest(_ o: inout OutletsState, outlet: Int, line: Int, _ ctx: UpdateContext) {
        let columns = OutletsLayout.columnsThatFit(ctx.size.width)
        if outlet < o.firstColumn { o.firstColumn = outlet }
        if outlet >= o.firstColumn + columns { o.firstColumn = outlet - columns + 1 }
        let layout = layout(o, ctx)
        let nearest = layout.links.filter { $0.outlet == outlet }.min { abs($0.line - line) < abs($1.line - line) }
        o.selection = nearest.map(OutletsState.Selection.init)
        if let nearest { keepVisible(&o, line: nearest.line, layout, ctx) }
    }

    /// j/k: the next or previous link down the column (the view scrolls when the column has none).
    private static func moveSelection(_ o: inout OutletsState, by delta: Int, _ ctx: UpdateContext) {
        let layout = layout(o, ctx)
        guard let current = o.selectedLink(in: layout) else { return scroll(&o, by: delta, ctx) }
        let column = layout.links.filter { $0.outlet == current.outlet }
        guard let k = column.firstIndex(of: current), column.indices.contains(k + delta) else {
            return scroll(&o, by: delta, ctx)
        }
        let next = column[k + delta]
        o.selection = OutletsState.Selection(next)
        keepVisible(&o, line: next.line, layout, ctx)
    }

    /// h/l, ←/→, Tab: the next or previous outlet, at the same height.
    private static func moveColumn(_ o: inout OutletsState, by delta: Int, _ ctx: UpdateContext) -> [Request] {
        let next = (o.selection?.outlet ?? o.firstColumn) + delta
        guard (0..<o.report.profiles.count).contains(next) else {
            return [.message(delta > 0 ? "The last outlet" : "The first outlet")]
        }
        let line = o.selectedLink(in: layout(o, ctx))?.line ?? o.top
        selectNearest(&o, outlet: next, line: line, ctx)
        return []
    }

    /// Scrolls the view; a selection the scroll hides follows to the
    /// nearest stop of its column on screen, so Enter opens what is seen.
    private static func scroll(_ o: inout OutletsState, by delta: Int, _ ctx: UpdateContext) {
        let layout = layout(o, ctx), height = rows(ctx)
        o.scroll.resize(count: layout.lines.count, rows: height)
        o.scroll.scroll(by: delta, rows: height)
        let visible = o.scroll.visible(rows: height)
        if let current = o.selectedLink(in: layout), !visible.contains(current.line),
           let nearest = layout.links.filter({ $0.outlet == current.outlet && visible.contains($0.line) })
               .min(by: { abs($0.line - current.line) < abs($1.line - current.line) }) {
            o.selection = OutletsState.Selection(nearest)
        }
    }

    /// Shows `line` with a line of context above or below it.
    private static func keepVisible(_ o: inout OutletsState, line: Int, _ layout: OutletsLayout, _ ctx: UpdateContext) {
        let height = rows(ctx)
        o.scroll.resize(count: layout.lines.count, rows: height)
        if line < o.top { o.scroll.scroll(to: line - 1, rows: height) }
        if line >= o.top + height { o.scroll.scroll(to: line - height + 2, rows: height) }
    }

    /// Enter: the speaker's first quotation in this outlet, or the entity's
    /// first mention in it, in the reader (n/N walk on across the corpus);
    /// where the outlet credits a news organisation; an exclusive quotation;
    /// or, on "only here", all of the event's exclusive quotations.
    private static func openSelection(_ o: inout OutletsState, _ ctx: UpdateContext) -> [Request] {
        guard let selection = o.selection else { return [] }
        let own = Set(o.report.profiles[selection.outlet].articles)
        switch selection.target {
        case .speaker(let name):
            guard let entry = ctx.corpus.speakers.entries.first(where: { $0.name == name }),
                  let first = entry.quotes.firstIndex(where: { own.contains($0.article) }) else { return [] }
            return [.read(.speakerQuote(entry, first))]
        case .entity(let name, let type):
            guard let entry = ctx.corpus.entities.entries.first(where: { $0.name == name && $0.type == type }),
                  let first = entry.mentions.firstIndex(where: { own.contains($0.article) }) else { return [] }
            return [.read(.mention(entry, first))]
        case .credit(let source):
            guard let place = o.report.profiles[selection.outlet].credits.first(where: { $0.source == source })?.places.first
            else { return [] }
            return [.read(.place(article: place.article, range: place.range, message: "\(source) credited here"))]
        case .quote(let ref):
            return [.read(.quote(ref))]
        case .moreQuotes(let expansion):
            if o.expanded.contains(expansion) { o.expanded.remove(expansion) } else { o.expanded.insert(expansion) }
            let line = selection.line
            selectNearest(&o, outlet: selection.outlet, line: line, ctx)
            o.scroll.clamp(rows: rows(ctx))
            return []
        }
    }
}
