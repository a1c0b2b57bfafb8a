import ParallaxKit

/// The compare view: a header naming both reports, the summary, a legend,
/// then the comparison's rows from `top` down: two columns on a wide
/// terminal, stacked on a narrow one. The current row's gutter is drawn in
/// reverse; the side Tab chose is marked in the header.
enum CompareView {
    /// Rows above the comparison: A, B, three summary lines, legend, rule.
    static let headerHeight = PaneMetrics.compareHeaderHeight

    static func render(_ compare: CompareState, in rect: Rect, layouts: LayoutCache, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let c = compare.comparison
        var y = rect.y
        for (side, article) in [(CompareState.Side.a, c.a), (.b, c.b)] where y < rect.maxY {
            let letter = side == .a ? "A" : "B"
            let focused = side == compare.side
            var x = buffer.put(focused ? "▶\(letter)" : " \(letter)", x: rect.x, y: y,
                               style: focused ? Theme.listSelectedFocused : Theme.notice, clip: rect)
            let m = article.metadata
            let meta = [m.outlet ?? "unknown outlet", m.date ?? "undated"].joined(separator: " · ")
            x = buffer.put(" " + meta + " · ", x: x, y: y, style: Theme.meta, clip: rect)
            buffer.put(DisplayWidth.truncate(article.title, to: max(0, rect.maxX - x)), x: x, y: y, style: Theme.title, clip: rect)
            y += 1
        }
        for line in ComparisonSummary.lines(c) where y < rect.maxY {
            buffer.put(DisplayWidth.truncate("   " + line, to: rect.width), x: rect.x, y: y, style: Theme.meta, clip: rect)
            y += 1
        }
        if y < rect.maxY { drawLegend(x: rect.x + 3, y: y, clip: rect, into: &buffer); y += 1 }
        if y < rect.maxY { buffer.put(String(repeating: "─", count: rect.width), x: rect.x, y: y, style: Theme.rule, clip: rect); y += 1 }

        let body = Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y)
        let layout = layouts.layout(c, a: compare.a, b: compare.b, width: rect.width)
        let marksA = marks(c.a), marksB = marks(c.b)
        var index = compare.top
        for y in body.y..<body.maxY {
            guard index < layout.lines.count else { break }
            let line = layout.lines[index]
            index += 1
            guard let k = line.row else { continue }
            let row = c.rows[k]
            let current = k == compare.row
            let (mark, markStyle) = self.mark(row, c)
            if line.isFirst || current {
                let style = current ? markStyle.merged(with: Style(reverse: true)) : markStyle
                buffer.put(line.isFirst ? mark : "│", x: body.x, y: y, style: style, clip: body)
            }
            let changed = self.changed(row, c)
            if layout.stacked {
                let x = body.x + ComparisonLayout.gutter
                if line.startsSide { buffer.put(line.a != nil ? "A" : "B", x: x, y: y, style: Theme.notice, clip: body) }
                if let a = line.a {
                    draw(c.a, a, x: x + ComparisonLayout.sideLabel, y: y, marks: marksA, changed: changed.a, clip: body, into: &buffer)
                } else if let b = line.b {
                    draw(c.b, b, x: x + ComparisonLayout.sideLabel, y: y, marks: marksB, changed: changed.b, clip: body, into: &buffer)
                }
                continue
            }
            let xA = body.x + ComparisonLayout.gutter, xB = body.x + layout.columnB
            buffer.put("│", x: xB - 2, y: y, style: Theme.paneRule, clip: body)
            let (rangeA, rangeB) = ComparisonLayout.ranges(row, c)
            if let a = line.a {
                draw(c.a, a, x: xA, y: y, marks: marksA, changed: changed.a, clip: body, into: &buffer)
            } else if line.isFirst, rangeA == nil {
                buffer.put("— not in A —", x: xA, y: y, style: Theme.absent, clip: body)
            }
            if let b = line.b {
                draw(c.b, b, x: xB, y: y, marks: marksB, changed: changed.b, clip: body, into: &buffer)
            } else if line.isFirst, rangeB == nil {
                buffer.put("— not in B —", x: xB, y: y, style: Theme.absent, clip: body)
            }
        }
    }

    /// Entities and quotations keep the reading view's styles.
    private static func marks(_ article: Article) -> ReaderView.Marks {
        ReaderView.Marks(entities: article.entities, chosen: [], quotes: article.quotes.filter(\.isSomeonesWords).map(\.range),
                         speakerQuotes: [], currentQuote: nil, matches: [], current: nil)
    }

    private static func draw(_ article: Article, _ range: TextRange, x: Int, y: Int, marks: ReaderView.Marks,
                             changed: [TextRange], clip: Rect, into buffer: inout ScreenBuffer) {
        var marks = marks
        marks.changed = changed
        ReaderView.drawSource(article.source, range, x: x, y: y, base: .plain, marks: marks, clip: clip, into: &buffer)
    }

    /// The words of a pair that the other side lacks.
    private static func changed(_ row: Comparison.Row, _ c: Comparison) -> (a: [TextRange], b: [TextRange]) {
        guard case .pair(let k) = row else { return ([], []) }
        return (c.pairs[k].diff.changedA, c.pairs[k].diff.changedB)
    }

    static func mark(_ row: Comparison.Row, _ c: Comparison) -> (String, Style) {
        switch row {
        case .pair(let k):
            let kind = c.pairs[k].kind
            let style = kind == .same ? Theme.markSame : kind == .near ? Theme.markNear : Theme.markParaphrase
            return (ComparisonText.mark(kind), style)
        case .onlyA: return ("<", Theme.markOnly)
        case .onlyB: return (">", Theme.markOnly)
        case .titles(let a, let b): return (b.isEmpty ? "<" : a.isEmpty ? ">" : "≠", Theme.markOnly)
        }
    }

    /// "= same  ≈ near  ~ paraphrase  < only A  > only B  changed".
    private static func drawLegend(x: Int, y: Int, clip: Rect, into buffer: inout ScreenBuffer) {
        let items: [(String, Style, String)] = [
            ("=", Theme.markSame, "same"), ("≈", Theme.markNear, "near"), ("~", Theme.markParaphrase, "paraphrase"),
            ("<", Theme.markOnly, "only A"), (">", Theme.markOnly, "only B"),
        ]
        var col = x
        for (mark, style, text) in items {
            col = buffer.put(mark, x: col, y: y, style: style, clip: clip)
            col = buffer.put(" \(text)  ", x: col, y: y, style: Theme.rule, clip: clip)
        }
        buffer.put("changed words", x: col, y: y, style: Theme.changedWords, clip: clip)
    }
}

/// The picker `c` opens when an article's event has several other reports.
enum ComparePickerView {
    static func render(_ picker: PickerState, articles: [ArticleSummary], in area: Rect, into buffer: inout ScreenBuffer) {
        let source = articles[picker.source]
        let rows = picker.candidates.map { i -> String in
            let a = articles[i]
            return "\(a.metadata.outlet ?? "unknown outlet") · \(a.metadata.date ?? "undated") · \(a.title)"
        }
        let width = min(area.width, max(40, min(100, (rows.map(DisplayWidth.of).max() ?? 0) + 6)))
        let height = min(area.height, rows.count + 4)
        guard width >= 10, height >= 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        Box.draw(box, title: " Compare “\(source.title)” with ", into: &buffer)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: width - 4, height: height - 2)
        let shown = picker.list.scroll.visible(rows: inner.height - 1)
        for (line, i) in shown.enumerated() {
            let selected = i == picker.selected
            let text = (selected ? "▶ " : "  ") + DisplayWidth.truncate(rows[i], to: inner.width - 2)
            buffer.put(text, x: inner.x, y: inner.y + line, style: selected ? Theme.listSelectedFocused : .plain, clip: inner)
        }
        buffer.put("Enter compares · Esc cancels", x: inner.x, y: inner.maxY - 1, style: Style(dim: true), clip: inner)
    }
}
