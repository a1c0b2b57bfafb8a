import ParallaxKit

/// The bottom row: where you are (or the search prompt, or a message) on
/// the left, the main keys from the key table on the right.
enum StatusBar {
    static func render(_ state: AppState, in rect: Rect, layouts: LayoutCache, into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: Theme.status)
        let left: String
        var leftStyle = Theme.status
        if state.search.editing {
            left = " /" + state.search.query + "█"
        } else if let message = state.message {
            left = " " + message
            leftStyle = Theme.warning
        } else if let compare = state.compare {
            left = " " + comparePosition(compare)
        } else if let outlets = state.outlets {
            left = " " + OutletsView.position(state, outlets, layouts: layouts)
        } else {
            left = " " + position(state, layouts)
        }
        let leftWidth = DisplayWidth.of(left)
        buffer.put(DisplayWidth.truncate(left, to: rect.width), x: rect.x, y: rect.y, style: leftStyle, clip: rect)
        // As many hints as fit, dropping from the front: "? help" and "q quit" stay longest.
        var hints = state.compare != nil ? KeyMap.compareHints : state.picker != nil ? KeyMap.pickerHints
            : state.outlets != nil ? KeyMap.outletsHints : KeyMap.hints
        func width(_ h: [(keys: String, text: String)]) -> Int { h.reduce(0) { $0 + DisplayWidth.of("\($1.keys) \($1.text)  ") } }
        while !hints.isEmpty, leftWidth + 2 + width(hints) > rect.width { hints.removeFirst() }
        var x = rect.maxX - width(hints)
        for hint in hints {
            x = buffer.put(hint.keys, x: x, y: rect.y, style: Theme.statusKey, clip: rect)
            x = buffer.put(" \(hint.text)  ", x: x, y: rect.y, style: Theme.status, clip: rect)
        }
    }

    /// "Row 4/57 · difference 2/31 · near · Enter opens A".
    static func comparePosition(_ compare: CompareState) -> String {
        let c = compare.comparison
        guard !c.rows.isEmpty else { return "Nothing to compare" }
        var parts = ["Row \(compare.row + 1)/\(c.rows.count)"]
        let differences = compare.differences
        if let at = differences.firstIndex(of: compare.row) {
            parts.append("difference \(at + 1)/\(differences.count)")
        } else {
            parts.append("\(differences.count) differences")
        }
        switch c.rows[compare.row] {
        case .pair(let k): parts.append(c.pairs[k].kind.rawValue)
        case .onlyA: parts.append("only in A")
        case .onlyB: parts.append("only in B")
        }
        parts.append("Enter opens \(compare.side == .a ? "A" : "B")")
        return parts.joined(separator: " · ")
    }

    /// "Article 2/5 · 35% · match 1/4 “putin”".
    static func position(_ state: AppState, _ layouts: LayoutCache) -> String {
        guard let index = state.openArticle, !state.articles.isEmpty else { return "No articles" }
        let readerShown = ScreenLayout(size: state.size, focus: state.focus).reader != nil
        guard readerShown else {
            if state.leftPane == .speakers, let speaker = state.chosenSpeaker {
                return "\(speaker.entry.name) · \(speaker.entry.quoteCount) quotes, \(speaker.entry.words) words"
            }
            if state.leftPane != .articles, let chosen = state.chosen {
                return "\(chosen.entry.name) (\(EntityStyle.label(for: chosen.entry.type))) · \(chosen.entry.mentionCount) mentions"
            }
            return "Article \(state.selected + 1)/\(state.articles.count) · [list]"
        }
        var parts = ["Article \(index + 1)/\(state.articles.count)"]
        let layout = Update.readerLayout(state, layouts)
        let height = Update.readerRect(state).height
        let total = layout.lines.count
        if total > 0 {
            let seen = min(total, state.readerTop + height)
            parts.append(seen >= total ? (state.readerTop == 0 ? "All" : "End") : "\(seen * 100 / total)%")
        }
        if let chosen = state.chosen {
            let at = chosen.current.map { "\($0 + 1)/" } ?? ""
            parts.append("\(chosen.entry.name) (\(EntityStyle.label(for: chosen.entry.type))) \(at)\(chosen.entry.mentionCount) mentions")
        }
        if let speaker = state.chosenSpeaker {
            let at = speaker.current.map { "\($0 + 1)/" } ?? ""
            parts.append("\(speaker.entry.name) \(at)\(speaker.entry.quoteCount) quotes")
        }
        if let ref = state.currentQuote, ref.article == index {
            // The focused quotation's speaker: "quote: Donald Trump, told".
            let q = state.quote(ref)
            let who = q.speaker ?? (q.kind == .headline ? "headline" : "speaker unknown")
            parts.append("quote: \(who)\(q.cue.map { ", \($0)" } ?? "")")
        }
        if !state.search.query.isEmpty {
            let count = state.search.matches.count
            let current = state.search.current.map { "\($0 + 1)/" } ?? ""
            parts.append("\(current)\(count) match\(count == 1 ? "" : "es") “\(state.search.query)”")
        }
        parts.append(state.focus == .list ? "[list]" : "[reader]")
        return parts.joined(separator: " · ")
    }
}
