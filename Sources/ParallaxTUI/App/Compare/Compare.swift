import ParallaxKit

/// The compare view's update: scrolling both reports together, walking the
/// differences, the side Enter opens, and Enter to the reader.
enum Compare {
    static func update(_ c: inout CompareState, _ action: Action, _ ctx: UpdateContext) -> [Request] {
        let page = max(1, rows(ctx) - 2)
        switch action {
        case .close: return [.back]
        case .moveDown: scroll(&c, by: 1, ctx)
        case .moveUp: scroll(&c, by: -1, ctx)
        case .pageDown: scroll(&c, by: page, ctx)
        case .pageUp: scroll(&c, by: -page, ctx)
        case .top: scroll(&c, by: -Int.max / 2, ctx)
        case .bottom: scroll(&c, by: Int.max / 2, ctx)
        case .nextQuote: return moveDifference(&c, by: 1, ctx)
        case .previousQuote: return moveDifference(&c, by: -1, ctx)
        case .switchPane: c.side = c.side == .a ? .b : .a
        case .open: return openAtRow(c)
        default: break
        }
        return []
    }

    static func mouse(_ c: inout CompareState, _ mouse: MouseEvent, _ ctx: UpdateContext) {
        switch mouse {
        case .wheelDown: scroll(&c, by: 3, ctx)
        case .wheelUp: scroll(&c, by: -3, ctx)
        case .click: break
        }
    }

    /// Lines of comparison the view shows below its header.
    static func rows(_ ctx: UpdateContext) -> Int {
        max(1, ctx.body.height - PaneMetrics.compareHeaderHeight)
    }

    private static func layout(_ c: CompareState, _ ctx: UpdateContext) -> ComparisonLayout {
        ctx.layouts.layout(c.comparison, a: c.a, b: c.b, width: ctx.size.width)
    }

    /// Scrolls the rows; the current row follows when it leaves the screen.
    private static func scroll(_ c: inout CompareState, by delta: Int, _ ctx: UpdateContext) {
        let layout = layout(c, ctx), height = rows(ctx)
        c.scroll.resize(count: layout.lines.count, rows: height)
        c.scroll.scroll(by: delta, rows: height)
        guard !layout.rowStarts.isEmpty else { return }
        let start = layout.rowStarts[min(c.row, layout.rowStarts.count - 1)]
        if !c.scroll.isVisible(start, rows: height) {
            c.row = layout.rowStarts.firstIndex { $0 >= c.top } ?? layout.rowStarts.count - 1
        }
    }

    /// ]/[: the next or previous row that differs.
    private static func moveDifference(_ c: inout CompareState, by delta: Int, _ ctx: UpdateContext) -> [Request] {
        let differences = c.differences
        let row = c.row
        let target = delta > 0 ? differences.first { $0 > row } : differences.last { $0 < row }
        guard let target else {
            return [.message(differences.isEmpty ? "The two reports do not differ" : "No more differences \(delta > 0 ? "below" : "above")")]
        }
        c.row = target
        keepRowVisible(&c, ctx)
        return []
    }

    /// Scrolls so that the current row's first line shows, a third down; after a resize, the lines fitted.
    static func keepRowVisible(_ c: inout CompareState, _ ctx: UpdateContext) {
        let layout = layout(c, ctx), height = rows(ctx)
        c.scroll.resize(count: layout.lines.count, rows: height)
        guard c.row < layout.rowStarts.count else { return }
        c.scroll.reveal(layout.rowStarts[c.row], rows: height, placement: .third)
    }

    /// Enter: the focused report at the current row's sentence (the other
    /// report when the focused one has nothing there). Esc comes back.
    private static func openAtRow(_ c: CompareState) -> [Request] {
        guard c.row < c.comparison.rows.count else { return [] }
        let (rangeA, rangeB) = ComparisonLayout.ranges(c.comparison.rows[c.row], c.comparison)
        let useA = c.side == .a ? rangeA != nil : rangeB == nil
        guard let range = useA ? rangeA : rangeB else { return [] }
        return [.read(.sentence(article: useA ? c.a : c.b, range: range))]
    }
}

/// The compare picker's update: choose a report, Enter compares.
enum Picker {
    static func update(_ p: inout PickerState, _ action: Action, _ ctx: UpdateContext) -> [Request] {
        let rows = PaneMetrics.pickerRows(count: p.candidates.count, size: ctx.size)
        switch action {
        case .moveDown: p.list.move(by: 1, rows: rows)
        case .moveUp: p.list.move(by: -1, rows: rows)
        case .pageDown: p.list.page(1, rows: rows)
        case .pageUp: p.list.page(-1, rows: rows)
        case .top: p.list.selectFirst(rows: rows)
        case .bottom: p.list.selectLast(rows: rows)
        case .open:
            return [.overlay(nil), .work(.compare(a: p.source, b: p.candidates[p.selected]))]
        case .close: return [.overlay(nil)]
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    static func mouse(_ p: inout PickerState, _ mouse: MouseEvent, _ ctx: UpdateContext) {
        switch mouse {
        case .wheelDown: _ = update(&p, .moveDown, ctx)
        case .wheelUp: _ = update(&p, .moveUp, ctx)
        case .click: break
        }
    }
}
