import ParallaxKit

/// The reader's logic: a pure function from a state and an event to the next
/// state. It never draws and never touches the terminal; the layout cache
/// only memoises `DocumentLayout`, a pure function of article and width.
public enum Update {
    public static func update(_ state: AppState, _ event: Event, layouts: LayoutCache) -> AppState {
        var s = state
        s.message = nil
        switch event {
        case .signal: s.quit = true
        case .resize(let size): resize(&s, to: size, layouts)
        case .mouse(let mouse): handleMouse(&s, mouse, layouts)
        case .key(let key): handleKey(&s, key, layouts)
        }
        return s
    }

    // MARK: - Keys

    private static func handleKey(_ s: inout AppState, _ key: Key, _ layouts: LayoutCache) {
        if s.search.editing { return editSearch(&s, key, layouts) }
        guard let action = KeyMap.action(for: key) else { return }
        if s.showingHelp { return handleHelp(&s, action) }
        if s.picker != nil { return handlePicker(&s, action) }
        if s.compare != nil { return handleCompare(&s, action, layouts) }
        if s.outlets != nil { return handleOutlets(&s, action, layouts) }
        if s.focus == .list, s.leftPane != .articles, let row = paneRow(s, action) {
            switch s.leftPane {
            case .entities: return selectEntity(&s, row)
            case .speakers: return selectSpeaker(&s, row)
            default: return s.entityArticleSelected = row
            }
        }
        switch action {
        case .quit: s.quit = true
        case .help: s.showingHelp = true
        case .moveDown: s.focus == .list ? step(&s, by: 1, layouts) : scroll(&s, by: 1, layouts)
        case .moveUp: s.focus == .list ? step(&s, by: -1, layouts) : scroll(&s, by: -1, layouts)
        case .pageDown: s.focus == .list ? step(&s, by: listPage(s), layouts) : scroll(&s, by: readerPage(s), layouts)
        case .pageUp: s.focus == .list ? step(&s, by: -listPage(s), layouts) : scroll(&s, by: -readerPage(s), layouts)
        case .top: s.focus == .list ? step(&s, by: -s.articles.count, layouts) : scroll(&s, by: -s.readerTop, layouts)
        case .bottom: s.focus == .list ? step(&s, by: s.articles.count, layouts) : scroll(&s, by: Int.max / 2, layouts)
        case .compare: startCompare(&s)
        case .outlets: showOutlets(&s, layouts)
        case .left, .right: break
        case .mark:
            guard !s.articles.isEmpty else { return }
            let here = s.focus == .list ? s.selected : s.openArticle ?? s.selected
            s.marked = s.marked == here ? nil : here
            s.message = s.marked == nil ? "Mark cleared" : "Marked: press c on another article to compare the two"
        case .grouping:
            s.grouping = s.grouping.next
            s.listTop = 0
            select(&s, s.selected, layouts)
            s.message = s.grouping == .none ? "List not grouped" : "List grouped by \(s.grouping.rawValue)"
        case .entities: toggleSidePane(&s, .entities)
        case .speakers: toggleSidePane(&s, .speakers)
        case .entityScope:
            guard s.leftPane == .entities || s.leftPane == .speakers else { return }
            s.paneOfCorpus.toggle()
            selectFirstRow(&s)
        case .switchPane:
            if s.focus == .list {
                if s.openArticle != s.selected { open(&s, s.selected, layouts) }
                s.focus = .reader
            } else {
                s.focus = .list
            }
        case .open where s.focus == .list && s.leftPane == .speakers:
            // Their first quotation: in the open article, or in the corpus.
            guard let chosen = s.chosenSpeaker else { return }
            let first = s.paneOfCorpus ? 0 : chosen.entry.quotes.firstIndex { $0.article == s.openArticle } ?? 0
            goToSpeakerQuote(&s, first, layouts)
        case .open where s.focus == .list && s.leftPane == .entities:
            guard s.chosen != nil else { return }
            s.leftPane = .entityArticles
            s.entityArticleSelected = 0
        case .open where s.focus == .list && s.leftPane == .entityArticles:
            // Open the article at its first mention of the entity.
            guard let chosen = s.chosen, s.entityArticleSelected < chosen.entry.articles.count else { return }
            let article = chosen.entry.articles[s.entityArticleSelected]
            if let first = chosen.entry.mentions.firstIndex(where: { $0.article == article }) {
                goToMention(&s, first, layouts)
            }
        case .open:
            if s.focus == .list, !s.articles.isEmpty {
                if s.openArticle != s.selected { open(&s, s.selected, layouts) }
                s.focus = .reader
            }
        case .search:
            guard s.openArticle != nil else { return }
            s.search = SearchState(query: "", editing: true)
        case .nextMatch, .previousMatch:
            // The search first, then the speaker or entity followed.
            let delta = action == .nextMatch ? 1 : -1
            if !s.search.query.isEmpty || (s.chosenSpeaker == nil && s.chosen == nil) {
                moveMatch(&s, by: delta, layouts)
            } else if s.chosenSpeaker != nil {
                moveSpeakerQuote(&s, by: delta, layouts)
            } else {
                moveMention(&s, by: delta, layouts)
            }
        case .nextQuote: moveQuote(&s, by: 1, otherSpeaker: false, layouts)
        case .previousQuote: moveQuote(&s, by: -1, otherSpeaker: false, layouts)
        case .nextSpeaker: moveQuote(&s, by: 1, otherSpeaker: true, layouts)
        case .previousSpeaker: moveQuote(&s, by: -1, otherSpeaker: true, layouts)
        case .close:
            // The focused pane first: step out of the side panes, then clear the search,
            // then stop following the speaker or entity, then the quote, then go back to the list.
            if s.focus == .list, s.leftPane == .entityArticles {
                s.leftPane = .entities
            } else if s.focus == .list, s.leftPane == .entities || s.leftPane == .speakers {
                s.leftPane = .articles
            } else if !s.search.matches.isEmpty || !s.search.query.isEmpty {
                s.search = SearchState()
            } else if s.chosenSpeaker != nil {
                s.chosenSpeaker = nil
            } else if s.chosen != nil {
                s.chosen = nil
            } else if s.currentQuote != nil {
                s.currentQuote = nil
            } else if let back = s.leftComparison {
                // Back to the comparison Enter left.
                s.compare = back
                s.leftComparison = nil
            } else if let back = s.leftOutlets {
                s.outlets = back
                s.leftOutlets = nil
            } else if s.focus == .reader {
                s.focus = .list
            }
        }
    }

    /// In the help overlay: the movement keys scroll it, ?, Esc and q close it.
    private static func handleHelp(_ s: inout AppState, _ action: Action) {
        let page = max(1, HelpOverlay.visibleRows(s.size) - 1)
        switch action {
        case .help, .close, .quit:
            s.showingHelp = false
            s.helpTop = 0
            return
        case .moveDown: s.helpTop += 1
        case .moveUp: s.helpTop -= 1
        case .pageDown: s.helpTop += page
        case .pageUp: s.helpTop -= page
        case .top: s.helpTop = 0
        case .bottom: s.helpTop = HelpOverlay.rows.count
        default: return
        }
        s.helpTop = HelpOverlay.clampedTop(s.helpTop, s.size)
    }

    private static func editSearch(_ s: inout AppState, _ key: Key, _ layouts: LayoutCache) {
        switch key {
        case .char(let c): s.search.query.append(c)
        case .backspace:
            if s.search.query.isEmpty { s.search.editing = false } else { s.search.query.removeLast() }
        case .escape: s.search = SearchState()
        case .enter:
            s.search.editing = false
            runSearch(&s, layouts)
            if s.search.matches.isEmpty, !s.search.query.isEmpty {
                s.message = "No matches for “\(s.search.query)”"
            } else if !s.search.matches.isEmpty {
                s.focus = .reader
                // The first match at or below the top of the view.
                let layout = readerLayout(s, layouts)
                let topOffset = firstOffset(layout, from: s.readerTop) ?? 0
                let first = s.search.matches.firstIndex { $0.start >= topOffset } ?? 0
                s.search.current = first
                reveal(&s, s.search.matches[first], layouts)
            }
        default: break
        }
    }

    private static func runSearch(_ s: inout AppState, _ layouts: LayoutCache) {
        guard let index = s.openArticle else { return }
        s.search.matches = TextSearch.matches(of: s.search.query, in: s.articles[index])
        s.search.current = nil
    }

    private static func moveMatch(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        let count = s.search.matches.count
        guard count > 0 else {
            s.message = s.search.query.isEmpty ? "No search: press / to search" : "No matches for “\(s.search.query)”"
            return
        }
        let next = s.search.current.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
        s.search.current = next
        s.focus = .reader
        reveal(&s, s.search.matches[next], layouts)
    }

    // MARK: - Entities

    /// e / s: shows that side pane, following its first row, or closes it
    /// (the entity's articles belong to the entities pane).
    private static func toggleSidePane(_ s: inout AppState, _ pane: LeftPane) {
        if s.leftPane == pane || (pane == .entities && s.leftPane == .entityArticles) {
            s.leftPane = .articles
            return
        }
        s.leftPane = pane
        s.focus = .list
        selectFirstRow(&s)
    }

    private static func selectFirstRow(_ s: inout AppState) {
        s.leftPane == .entities ? selectEntity(&s, 0) : selectSpeaker(&s, 0)
    }

    /// The row a movement key asks for in a side pane, or nil for other keys.
    private static func paneRow(_ s: AppState, _ action: Action) -> Int? {
        let count: Int, current: Int
        switch s.leftPane {
        case .entities: (count, current) = (s.paneEntities.entries.count, s.entitySelected)
        case .speakers: (count, current) = (s.paneSpeakers.entries.count, s.speakerSelected)
        default: (count, current) = (s.chosen?.entry.articles.count ?? 0, s.entityArticleSelected)
        }
        guard count > 0 else { return nil }
        let page = entityRows(s)
        let target: Int
        switch action {
        case .moveDown: target = current + 1
        case .moveUp: target = current - 1
        case .pageDown: target = current + page
        case .pageUp: target = current - page
        case .top: target = 0
        case .bottom: target = count - 1
        default: return nil
        }
        return min(max(0, target), count - 1)
    }

    /// Selects a row of the entities pane and follows that entity: its
    /// mentions light up, n/N walk them across the corpus.
    private static func selectEntity(_ s: inout AppState, _ row: Int) {
        let entries = s.paneEntities.entries
        guard !entries.isEmpty else { s.chosen = nil; return }
        s.entitySelected = min(max(0, row), entries.count - 1)
        s.entityTop = keepVisible(s.entitySelected, top: s.entityTop, rows: entityRows(s))
        let e = entries[s.entitySelected]
        let corpusEntry = s.corpusEntities.entries.first { $0.name == e.name && $0.type == e.type } ?? e
        if s.chosen?.entry != corpusEntry { s.chosen = ChosenEntity(entry: corpusEntry) }
        s.chosenSpeaker = nil  // one thing followed at a time: n/N walk it
    }

    /// Next or previous mention of the chosen entity, from the last one
    /// visited or from the reading position, across articles.
    private static func moveMention(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        guard let chosen = s.chosen, !chosen.entry.mentions.isEmpty else { return }
        let next = step(from: chosen.current, by: delta, in: chosen.entry.mentions.map { ($0.article, $0.range.start) },
                        here: readingPosition(s, layouts))
        goToMention(&s, next, layouts)
    }

    /// The index `delta` steps from `current` in a cyclic list of corpus
    /// positions; with no current one, the first after (or last before) `here`.
    private static func step(from current: Int?, by delta: Int, in positions: [(Int, Int)], here: (Int, Int)) -> Int {
        let n = positions.count
        if let current { return ((current + delta) % n + n) % n }
        return delta > 0
            ? positions.firstIndex { $0 >= here } ?? 0
            : positions.lastIndex { $0 < here } ?? n - 1
    }

    /// The open article and the source offset at the top of the reading view.
    private static func readingPosition(_ s: AppState, _ layouts: LayoutCache) -> (Int, Int) {
        (s.openArticle ?? 0, s.openArticle == nil ? 0 : firstOffset(readerLayout(s, layouts), from: s.readerTop) ?? 0)
    }

    // MARK: - Quotes and speakers

    /// Selects a row of the speakers pane and follows that speaker.
    private static func selectSpeaker(_ s: inout AppState, _ row: Int) {
        let entries = s.paneSpeakers.entries
        guard !entries.isEmpty else { s.chosenSpeaker = nil; return }
        s.speakerSelected = min(max(0, row), entries.count - 1)
        s.speakerTop = keepVisible(s.speakerSelected, top: s.speakerTop, rows: entityRows(s))
        let name = entries[s.speakerSelected].name
        let corpusEntry = s.corpusSpeakers.entries.first { $0.name == name } ?? entries[s.speakerSelected]
        if s.chosenSpeaker?.entry != corpusEntry { s.chosenSpeaker = ChosenSpeaker(entry: corpusEntry) }
        s.chosen = nil
    }

    /// Next or previous quotation of the followed speaker, across articles.
    private static func moveSpeakerQuote(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        guard let chosen = s.chosenSpeaker, !chosen.entry.quotes.isEmpty else { return }
        let positions = chosen.entry.quotes.map { ($0.article, s.quote($0).range.start) }
        goToSpeakerQuote(&s, step(from: chosen.current, by: delta, in: positions, here: readingPosition(s, layouts)), layouts)
    }

    static func goToSpeakerQuote(_ s: inout AppState, _ index: Int, _ layouts: LayoutCache) {
        guard var chosen = s.chosenSpeaker, index < chosen.entry.quotes.count else { return }
        chosen.current = index
        s.chosenSpeaker = chosen
        goToQuote(&s, chosen.entry.quotes[index], layouts)
    }

    /// ]/[: the next or previous quotation in the corpus; }/{: the next or
    /// previous one by someone other than the current quotation's speaker.
    private static func moveQuote(_ s: inout AppState, by delta: Int, otherSpeaker: Bool, _ layouts: LayoutCache) {
        let quotes = s.walkableQuotes
        guard !quotes.isEmpty else { s.message = "No quotations in the corpus"; return }
        let positions = quotes.map { ($0.article, s.quote($0).range.start) }
        var index = step(from: s.currentQuote.flatMap { quotes.firstIndex(of: $0) }, by: delta, in: positions,
                         here: readingPosition(s, layouts))
        if otherSpeaker {
            let speaker = s.currentQuote.flatMap { s.quote($0).speaker }
            var tried = 0
            while tried < quotes.count, s.quote(quotes[index]).speaker == nil || s.quote(quotes[index]).speaker == speaker {
                index = ((index + delta) % quotes.count + quotes.count) % quotes.count
                tried += 1
            }
            guard tried < quotes.count else { s.message = "No other speaker is quoted"; return }
        }
        goToQuote(&s, quotes[index], layouts)
    }

    /// Opens the article of a quotation and shows it as the current one.
    private static func goToQuote(_ s: inout AppState, _ ref: SpeakerIndex.QuoteRef, _ layouts: LayoutCache) {
        s.currentQuote = ref
        showArticle(&s, ref.article, layouts)
        reveal(&s, s.quote(ref).range, layouts)
    }

    /// Opens `article` in the reader (the list selection follows) and focuses the reader.
    static func showArticle(_ s: inout AppState, _ article: Int, _ layouts: LayoutCache) {
        if s.openArticle != article {
            open(&s, article, layouts)
            s.selected = article
            let visible = listPage(s), row = s.listRow(of: article)
            if row < s.listTop || row >= s.listTop + visible { s.listTop = max(0, row - visible / 2) }
        }
        s.focus = .reader
    }

    /// Opens the article of mention `index` of the chosen entity and shows it.
    static func goToMention(_ s: inout AppState, _ index: Int, _ layouts: LayoutCache) {
        guard var chosen = s.chosen else { return }
        chosen.current = index
        s.chosen = chosen
        let mention = chosen.entry.mentions[index]
        showArticle(&s, mention.article, layouts)
        reveal(&s, mention.range, layouts)
    }

    // MARK: - Mouse

    private static func handleMouse(_ s: inout AppState, _ mouse: MouseEvent, _ layouts: LayoutCache) {
        if s.compare != nil { return compareMouse(&s, mouse, layouts) }
        if s.outlets != nil { return outletsMouse(&s, mouse, layouts) }
        let screen = ScreenLayout(size: s.size, focus: s.focus)
        switch mouse {
        case .wheelUp(let x, let y), .wheelDown(let x, let y):
            let down: Bool
            if case .wheelDown = mouse { down = true } else { down = false }
            if let list = screen.list, list.contains(x: x, y: y) {
                let visible = max(1, list.height / ScreenLayout.listRowsPerArticle)
                let maxTop = max(0, s.listRows.count - visible)
                s.listTop = min(maxTop, max(0, s.listTop + (down ? 1 : -1)))
            } else if let reader = screen.reader, reader.contains(x: x, y: y) {
                scroll(&s, by: down ? 3 : -3, layouts)
            }
        case .click(let x, let y):
            if let list = screen.list, list.contains(x: x, y: y), s.leftPane != .articles {
                s.focus = .list
                let row = y - list.y - 1
                guard row >= 0 else { return }
                if s.leftPane == .entities {
                    selectEntity(&s, s.entityTop + row)
                } else if s.leftPane == .speakers {
                    selectSpeaker(&s, s.speakerTop + row)
                } else if let count = s.chosen?.entry.articles.count, row < count {
                    s.entityArticleSelected = row
                }
            } else if let list = screen.list, list.contains(x: x, y: y) {
                let row = s.listTop + (y - list.y) / ScreenLayout.listRowsPerArticle
                guard row < s.listRows.count, case .article(let index) = s.listRows[row] else { return }
                s.focus = .list
                select(&s, index, layouts)
                if !isTwoPane(s) {
                    open(&s, index, layouts)
                    s.focus = .reader
                }
            } else if let reader = screen.reader, reader.contains(x: x, y: y) {
                s.focus = .reader
            }
        }
    }

    // MARK: - Moving around

    /// Moves the selection `delta` articles down the list (as grouped).
    private static func step(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        let order = s.listOrder
        guard let at = order.firstIndex(of: s.selected) else { return }
        select(&s, order[min(max(0, at + delta), order.count - 1)], layouts)
    }

    /// Selects article `index` and scrolls the list to it (with its group's
    /// heading when that fits); with both panes showing, the reader follows.
    private static func select(_ s: inout AppState, _ index: Int, _ layouts: LayoutCache) {
        guard !s.articles.isEmpty else { return }
        s.selected = min(max(0, index), s.articles.count - 1)
        let visible = listPage(s), row = s.listRow(of: s.selected)
        if row < s.listTop {
            if row > 0, case .heading = s.listRows[row - 1] { s.listTop = row - 1 } else { s.listTop = row }
        }
        if row >= s.listTop + visible { s.listTop = row - visible + 1 }
        if isTwoPane(s), s.openArticle != s.selected { open(&s, s.selected, layouts) }
    }

    /// Opens an article, keeping the place in the one it leaves.
    private static func open(_ s: inout AppState, _ index: Int, _ layouts: LayoutCache) {
        if let current = s.openArticle {
            let layout = readerLayout(s, layouts)
            s.readingPlaces[current] = firstOffset(layout, from: s.readerTop)
        }
        s.openArticle = index
        s.readerTop = 0
        if let place = s.readingPlaces[index], let line = readerLayout(s, layouts).line(containing: place) {
            s.readerTop = line
        }
        clampReader(&s, layouts)
        if !s.search.query.isEmpty, !s.search.editing { runSearch(&s, layouts) }
    }

    private static func scroll(_ s: inout AppState, by delta: Int, _ layouts: LayoutCache) {
        s.readerTop += delta
        clampReader(&s, layouts)
    }

    static func reveal(_ s: inout AppState, _ range: TextRange, _ layouts: LayoutCache) {
        let layout = readerLayout(s, layouts)
        guard let line = layout.line(containing: range.start) else { return }
        let height = readerRect(s).height
        if line < s.readerTop || line >= s.readerTop + height {
            s.readerTop = line - height / 3
            clampReader(&s, layouts)
        }
    }

    private static func resize(_ s: inout AppState, to size: Size, _ layouts: LayoutCache) {
        defer { if s.compare != nil { keepCompareRowVisible(&s, layouts) } }
        // The top line's first character stays at the top; the very top stays the top.
        let anchor = s.openArticle != nil && s.readerTop > 0 ? firstOffset(readerLayout(s, layouts), from: s.readerTop) : nil
        s.size = size
        if let anchor, let line = readerLayout(s, layouts).line(containing: anchor) {
            s.readerTop = line
        }
        clampReader(&s, layouts)
        select(&s, s.selected, layouts)
    }

    private static func clampReader(_ s: inout AppState, _ layouts: LayoutCache) {
        guard s.openArticle != nil else { s.readerTop = 0; return }
        let count = readerLayout(s, layouts).lines.count
        let height = readerRect(s).height
        s.readerTop = max(0, min(s.readerTop, count - height))
    }

    // MARK: - Derived values

    static func isTwoPane(_ s: AppState) -> Bool { s.size.width >= ScreenLayout.twoPaneWidth }

    /// The reading pane's rectangle (as if focused, in one-pane mode).
    static func readerRect(_ s: AppState) -> Rect {
        ScreenLayout(size: s.size, focus: .reader).reader ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }

    static func readerLayout(_ s: AppState, _ layouts: LayoutCache) -> DocumentLayout {
        layouts.layout(article: s.openArticle ?? 0, width: max(1, readerRect(s).width))
    }

    private static func listPage(_ s: AppState) -> Int {
        let height = ScreenLayout(size: s.size, focus: .list).list?.height ?? 0
        return max(1, height / ScreenLayout.listRowsPerArticle)
    }

    /// The first row to show so that row `selected` is among `rows` shown from `top`.
    private static func keepVisible(_ selected: Int, top: Int, rows: Int) -> Int {
        if selected < top { return selected }
        return selected >= top + rows ? selected - rows + 1 : top
    }

    /// Rows of entities the left pane shows below its heading (at least one).
    private static func entityRows(_ s: AppState) -> Int {
        max(1, EntityListView.rows(ScreenLayout(size: s.size, focus: .list).list ?? Rect(x: 0, y: 0, width: 0, height: 0)))
    }

    private static func readerPage(_ s: AppState) -> Int { max(1, readerRect(s).height - 2) }

    /// The source offset of the first article line at or after `line`.
    static func firstOffset(_ layout: DocumentLayout, from line: Int) -> Int? {
        guard line < layout.lines.count else { return nil }
        return layout.lines[max(0, line)...].lazy.compactMap { $0.source?.start }.first
    }
}
