import ParallaxKit

/// The outlets view: `OutletsLayout` in the body, scrolled, with the
/// selected link highlighted.
enum OutletsView {
    static func render(_ outlets: OutletsState, in rect: Rect, layouts: LayoutCache, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let layout = layouts.layout(outlets.report, firstColumn: outlets.firstColumn, expanded: outlets.expanded, width: rect.width)
        draw(layout, in: rect, top: outlets.top, cursor: outlets.selectedLink(in: layout), focused: true, into: &buffer)
    }

    /// Draws lines `top...` of `layout` into `rect`; the link `cursor` is shown selected.
    static func draw(_ layout: OutletsLayout, in rect: Rect, top: Int, cursor: OutletsLayout.Link?, focused: Bool,
                     into buffer: inout ScreenBuffer) {
        for (row, index) in (top..<min(layout.lines.count, top + rect.height)).enumerated() {
            let y = rect.y + row
            if let cursor, cursor.line == index {
                buffer.fill(Rect(x: rect.x + cursor.x, y: y, width: cursor.width - 1, height: 1),
                            style: focused ? Theme.listSelectedFocused : Theme.listSelected)
            }
            for piece in layout.lines[index] {
                var style = piece.style
                if let cursor, cursor.line == index, piece.x >= cursor.x, piece.x < cursor.x + cursor.width {
                    style = focused ? Theme.listSelectedFocused : Theme.listSelected
                }
                buffer.put(piece.text, x: rect.x + piece.x, y: y, style: style, clip: rect)
            }
        }
    }

    /// "Outlets 1–2 of 3 · e1 · Donald Trump: 48 quotes in RFE/RL".
    static func position(_ outlets: OutletsState, width: Int, layouts: LayoutCache) -> String {
        let layout = layouts.layout(outlets.report, firstColumn: outlets.firstColumn, expanded: outlets.expanded, width: width)
        let count = outlets.report.profiles.count
        let shown = layout.shown.count == count
            ? "\(count) outlet\(count == 1 ? "" : "s")"
            : "outlets \(layout.shown.lowerBound + 1)–\(layout.shown.upperBound) of \(count) (h/l for more)"
        var parts = [shown, outlets.report.event.map { "event \($0.id)" } ?? "whole corpus"]
        if let selection = outlets.selection {
            let profile = outlets.report.profiles[selection.outlet]
            switch selection.target {
            case .speaker(let name):
                let n = profile.speakers.first { $0.name == name }?.quoteCount ?? 0
                parts.append("\(name): \(n) quote\(n == 1 ? "" : "s") in \(profile.outlet)")
            case .entity(let name, _):
                let n = profile.stressed.first { $0.name == name }?.mentions ?? 0
                parts.append("\(name): \(n) mention\(n == 1 ? "" : "s") in \(profile.outlet)")
            case .credit(let source):
                let n = profile.credits.first { $0.source == source }?.count ?? 0
                parts.append("\(source): credited \(n) time\(n == 1 ? "" : "s") by \(profile.outlet)")
            case .quote:
                parts.append("a quotation only \(profile.outlet) carries: Enter opens it")
            case .moreQuotes(let expansion):
                parts.append(outlets.expanded.contains(expansion) ? "Enter shows the first few" : "Enter shows them all")
            }
        }
        return parts.joined(separator: " · ")
    }
}

extension OutletsLayout {
    /// The whole layout as plain text, one string per line, trailing spaces cut (`parallax outlets`).
    public var text: [String] {
        var buffer = ScreenBuffer(size: Size(width: width, height: max(1, lines.count)))
        OutletsView.draw(self, in: Rect(x: 0, y: 0, width: width, height: lines.count), top: 0, cursor: nil, focused: false,
                         into: &buffer)
        // Without the trailing blanks (found by byte: a blank is one).
        return buffer.lines.map { line in
            guard let last = line.utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
            return String(line[..<line.utf8.index(after: last)])
        }
    }
}
