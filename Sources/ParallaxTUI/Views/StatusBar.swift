import ParallaxKit

/// The bottom row: where you are (or the search prompt, or a message) on
/// the left, the keys of the context `Route` names on the right.
enum StatusBar {
    /// The left text and its style.
    static func left(_ state: AppState, layouts: LayoutCache) -> (text: String, style: Style) {
        if case .search(let prompt)? = state.overlay {
            return ((prompt.target == .list ? " filter: " : " /") + prompt.query + "█", Theme.status)
        }
        if let message = state.message { return (" " + message, Theme.warning) }
        switch state.mode {
        case .compare(let compare): return (" " + comparePosition(compare), Theme.status)
        case .outlets(let outlets): return (" " + OutletsView.position(outlets, width: state.size.width, layouts: layouts), Theme.status)
        case .browse(let b): return (" " + position(b, state.corpus, size: state.size, layouts: layouts), Theme.status)
        case .loading(let l): return (" " + LoadingView.status(l), l.failure == nil ? Theme.status : Theme.warning)
        case .working(let w): return (" " + WorkingView.status(w), Theme.status)
        }
    }

    static func render(_ left: (text: String, style: Style), hints: [(keys: String, text: String)], in rect: Rect,
                       into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: Theme.status)
        let leftWidth = DisplayWidth.of(left.text)
        buffer.put(DisplayWidth.truncate(left.text, to: rect.width), x: rect.x, y: rect.y, style: left.style, clip: rect)
        // As many hints as fit, dropping from the front: "? help" and "q quit" stay longest.
        var hints = hints
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
        case .titles(let a, let b): parts.append(b.isEmpty ? "only in A" : a.isEmpty ? "only in B" : "the titles")
        }
        parts.append("Enter opens \(compare.side == .a ? "A" : "B")")
        return parts.joined(separator: " · ")
    }

    /// "Article 2/5 · 35% · match 1/4 “putin”".
    static func position(_ b: BrowseState, _ corpus: ReaderCorpus, size: Size, layouts: LayoutCache) -> String {
        guard let index = b.reader.article, !corpus.articles.isEmpty else { return "No articles" }
        let reader = b.reader
        guard ScreenLayout(size: size, focus: b.focus).reader != nil else {
            if case .speakers? = b.side, let speaker = reader.speaker {
                return "\(speaker.entry.name) · \(speaker.entry.quoteCount) quotes, \(speaker.entry.words) words"
            }
            if b.side != nil, let chosen = reader.entity {
                return "\(chosen.entry.name) (\(EntityStyle.label(for: chosen.entry.type))) · \(chosen.entry.mentionCount) mentions"
            }
            return "Article \(b.list.selected + 1)/\(corpus.articles.count) · [list]"
        }
        var parts = ["Article \(index + 1)/\(corpus.articles.count)"]
        let rect = ScreenLayout(size: size, focus: .reader).reader ?? Rect(x: 0, y: 0, width: 0, height: 0)
        let total = layouts.layout(article: index, width: max(1, rect.width)).lines.count
        if total > 0 {
            let seen = min(total, reader.top + rect.height)
            parts.append(seen >= total ? (reader.top == 0 ? "All" : "End") : "\(seen * 100 / total)%")
        }
        if let chosen = reader.entity {
            let at = chosen.current.map { "\($0 + 1)/" } ?? ""
            parts.append("\(chosen.entry.name) (\(EntityStyle.label(for: chosen.entry.type))) \(at)\(chosen.entry.mentionCount) mentions")
        }
        if let speaker = reader.speaker {
            let at = speaker.current.map { "\($0 + 1)/" } ?? ""
            parts.append("\(speaker.entry.name) \(at)\(speaker.entry.quoteCount) quotes")
        }
        if let ref = reader.currentQuote, ref.article == index {
            // The focused quotation's speaker: "quote: Donald Trump, told".
            let q = corpus.quote(ref)
            let who = q.speaker ?? (q.kind == .headline ? "headline" : "speaker unknown")
            parts.append("quote: \(who)\(q.cue.map { ", \($0)" } ?? "")")
        }
        if !reader.search.query.isEmpty {
            let count = reader.search.matches.count
            let current = reader.search.current.map { "\($0 + 1)/" } ?? ""
            parts.append("\(current)\(count) match\(count == 1 ? "" : "es") “\(reader.search.query)”")
        }
        parts.append(b.focus == .list ? "[list]" : "[reader]")
        return parts.joined(separator: " · ")
    }
}
