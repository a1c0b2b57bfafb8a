import ParallaxKit

/// The compare view's part of `Update`: starting a comparison (c, m, the
/// picker) and moving about in one.
extension Update {
    /// c: compares the article under the cursor with the marked one, or
    /// with the other report of its event, or offers a picker when there
    /// are several.
    static func startCompare(_ s: inout AppState) {
        guard !s.articles.isEmpty else { return }
        let here = s.focus == .list ? s.selected : s.openArticle ?? s.selected
        if let marked = s.marked, marked != here {
            s.marked = nil
            return showComparison(&s, marked, here)
        }
        let others = s.events.event(of: here)?.articles.filter { $0 != here } ?? []
        switch others.count {
        case 0: s.message = "No other report of this event: m marks an article to compare with any other"
        case 1: showComparison(&s, here, others[0])
        default: s.picker = ComparePicker(source: here, candidates: others)
        }
    }

    static func showComparison(_ s: inout AppState, _ a: Int, _ b: Int) {
        s.picker = nil
        s.leftComparison = nil
        s.compare = CompareState(comparison: Comparison(s.articles[a], s.articles[b]), a: a, b: b)
    }

    static func handlePicker(_ s: inout AppState, _ action: Action) {
        guard var picker = s.picker else { return }
        let last = picker.candidates.count - 1
        switch action {
        case .moveDown, .pageDown: picker.selected = min(last, picker.selected + 1)
        case .moveUp, .pageUp: picker.selected = max(0, picker.selected - 1)
        case .top: picker.selected = 0
        case .bottom: picker.selected = last
        case .open: return showComparison(&s, picker.source, picker.candidates[picker.selected])
        case .close, .compare: s.picker = nil; return
        case .quit: s.quit = true; return
        default: return
        }
        s.picker = picker
    }

    static func handleCompare(_ s: inout AppState, _ action: Action, _ layouts: LayoutCache) {
        guard var compare = s.compare else { return }
        let page = max(1, compareHeight(s) - 2)
        switch action {
        case .quit: s.quit = true
        case .help: s.showingHelp = true
        case .close, .compare: s.compare = nil
        case .moveDown: scrollCompare(&s, by: 1, layouts)
        case .moveUp: scrollCompare(&s, by: -1, layouts)
        case .pageDown: scrollCompare(&s, by: page, layouts)
        case .pageUp: scrollCompare(&s, by: -page, layouts)
        case .top: scrollCompare(&s, by: -Int.max / 2, layouts)
        case .bottom: scrollCompare(&s, by: Int.max / 2, layouts)
        case .nextQuote, .nextSpeaker: moveDifference(&s, by: 1, layouts)
        case .previousQuote, .previousSpeaker: moveDifference(&s, by: -1, layouts)
        case .switchPane:
            compare.side = compare.side == .a ? .b : .a
            s.compare = compare
        case .open: openAtRow(&s, layouts)
        default: break
        }
    }

    /// Lines of comparison the view shows below its header.
    static func compareHeight(_ s: AppState) -> Int {
        max(1, ScreenLayout(size: s.size, focus: .reader).body.height - CompareView.headerHeight)
    }

    /// Scrolls the rows; the current row follows when it leaves the screen.
    private static func scrollCompare(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        guard var compare = s.compare else { return }
        let layout = layouts.layout(compare, width: s.size.width)
        let height = compareHeight(s)
        compare.top = max(0, min(compare.top.addingReportingOverflow(delta).partialValue, layout.lines.count - height))
        if !layout.rowStarts.isEmpty {
            let start = layout.rowStarts[min(compare.row, layout.rowStarts.count - 1)]
            if start < compare.top || start >= compare.top + height {
                compare.row = layout.rowStarts.firstIndex { $0 >= compare.top } ?? layout.rowStarts.count - 1
            }
        }
        s.compare = compare
    }

    /// ]/[: the next or previous row that differs.
    private static func moveDifference(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        guard var compare = s.compare else { return }
        let differences = compare.differences
        let target = delta > 0 ? differences.first { $0 > compare.row } : differences.last { $0 < compare.row }
        guard let target else {
            s.message = differences.isEmpty ? "The two reports do not differ" : "No more differences \(delta > 0 ? "below" : "above")"
            return
        }
        compare.row = target
        s.compare = compare
        keepCompareRowVisible(&s, layouts)
    }

    /// Scrolls so that the current row's first line shows, a third down.
    static func keepCompareRowVisible(_ s: inout AppState, _ layouts: LayoutCache) {
        guard var compare = s.compare else { return }
        let layout = layouts.layout(compare, width: s.size.width)
        let height = compareHeight(s)
        guard compare.row < layout.rowStarts.count else { return }
        let start = layout.rowStarts[compare.row]
        if start < compare.top || start >= compare.top + height {
            compare.top = max(0, min(start - height / 3, layout.lines.count - height))
        }
        s.compare = compare
    }

    /// Enter: opens the focused report at the current row's sentence (the
    /// other report when the focused one has nothing there). Esc comes back.
    private static func openAtRow(_ s: inout AppState, _ layouts: LayoutCache) {
        guard let compare = s.compare, compare.row < compare.comparison.rows.count else { return }
        let (rangeA, rangeB) = ComparisonLayout.ranges(compare.comparison.rows[compare.row], compare.comparison)
        let useA = compare.side == .a ? rangeA != nil : rangeB == nil
        guard let range = useA ? rangeA : rangeB else { return }
        s.compare = nil
        s.leftComparison = compare
        showArticle(&s, useA ? compare.a : compare.b, layouts)
        reveal(&s, range, layouts)
    }

    static func compareMouse(_ s: inout AppState, _ mouse: MouseEvent, _ layouts: LayoutCache) {
        switch mouse {
        case .wheelDown: scrollCompare(&s, by: 3, layouts)
        case .wheelUp: scrollCompare(&s, by: -3, layouts)
        case .click: break
        }
    }
}
