import ParallaxKit

/// The browse mode's update: the list, the reading view and the side panes.
/// Takes its state, an action, and the context; asks the app for the rest
/// (another mode, an overlay, a message) with requests.
enum Browse {
    static func update(_ b: inout BrowseState, _ action: Action, _ ctx: UpdateContext) -> [Request] {
        if b.focus == .list, let handled = b.updateSidePane(action, ctx) { return handled }
        let list = ctx.listRows
        switch action {
        case .moveDown: b.focus == .list ? b.step(by: 1, ctx) : b.scrollReader(by: 1, ctx)
        case .moveUp: b.focus == .list ? b.step(by: -1, ctx) : b.scrollReader(by: -1, ctx)
        case .pageDown: b.focus == .list ? b.step(by: list, ctx) : b.scrollReader(by: readerPage(ctx), ctx)
        case .pageUp: b.focus == .list ? b.step(by: -list, ctx) : b.scrollReader(by: -readerPage(ctx), ctx)
        case .top: b.focus == .list ? b.step(by: -Int.max / 2, ctx) : b.scrollReader(by: -Int.max / 2, ctx)
        case .bottom: b.focus == .list ? b.step(by: Int.max / 2, ctx) : b.scrollReader(by: Int.max / 2, ctx)
        case .open, .switchPane:
            if b.focus == .list {
                guard !ctx.corpus.articles.isEmpty else { return [] }
                if b.reader.article != b.list.selected { b.openFromList(b.list.selected, ctx) }
                b.focus = .reader
            } else if action == .switchPane {
                b.focus = .list
            }
        case .mark:
            guard !ctx.corpus.articles.isEmpty else { return [] }
            let here = b.here
            b.marked = b.marked == here ? nil : here
            return [.message(b.marked == nil ? "Mark cleared" : "Marked: press c on another article to compare the two")]
        case .toggleRead:
            guard !ctx.corpus.articles.isEmpty else { return [] }
            let here = b.here, read = !ctx.marks.read.contains(here)
            return [.setRead(here, read), .message(read ? "Marked read" : "Marked unread: u again marks it read")]
        case .grouping:
            b.list.regroup(b.list.grouping.next, corpus: ctx.corpus, rows: list)
            b.previewSelection(ctx)
            let grouping = b.list.grouping
            return [.message(grouping == .none ? "List not grouped" : "List grouped by \(grouping.rawValue)")]
        case .entities: b.toggleSide(.entities, ctx)
        case .speakers: b.toggleSide(.speakers, ctx)
        case .entityScope: b.toggleScope(ctx)
        case .search:
            guard b.reader.article != nil else { return [] }
            b.reader.search = SearchState()
            return [.overlay(.search(SearchPrompt()))]
        case .filter:
            guard !ctx.corpus.articles.isEmpty else { return [] }
            return [.overlay(.search(SearchPrompt(query: b.list.draft, target: .list)))]
        case .nextMatch, .previousMatch:
            // The search first, then the speaker or entity followed.
            let delta = action == .nextMatch ? 1 : -1
            if !b.reader.search.query.isEmpty || b.reader.followed == nil { return b.moveMatch(by: delta, ctx) }
            b.moveFollowed(by: delta, ctx)
        case .nextQuote: return b.moveQuote(by: 1, otherSpeaker: false, ctx)
        case .previousQuote: return b.moveQuote(by: -1, otherSpeaker: false, ctx)
        case .nextSpeaker: return b.moveQuote(by: 1, otherSpeaker: true, ctx)
        case .previousSpeaker: return b.moveQuote(by: -1, otherSpeaker: true, ctx)
        case .compare: return startCompare(&b, ctx)
        case .outlets:
            guard !ctx.corpus.articles.isEmpty else { return [] }
            return [.work(.outlets(article: b.here, event: nil, width: ctx.size.width))]
        case .close: return close(&b, ctx)
        case .left, .right, .help, .quit, .redraw, .erase: break
        }
        return []
    }

    /// Esc, one step: clear the search; else go back to the mode this was
    /// opened from, if any (what it followed goes with it); at the root,
    /// stop following the speaker or entity, else let go of the quotation
    /// or marked sentence, else give the list the keyboard, else clear the
    /// list's filter. In the list, the search the filter set goes with the
    /// filter rather than before it.
    private static func close(_ b: inout BrowseState, _ ctx: UpdateContext) -> [Request] {
        let searching = !b.reader.search.matches.isEmpty || !b.reader.search.query.isEmpty
        if searching, !(b.focus == .list && b.reader.search.fromFilter && b.isFiltering) {
            b.reader.search = SearchState()
            return []
        }
        if b.reader.followed != nil {
            b.reader.followed = nil
        } else if b.reader.currentQuote != nil || b.reader.markedSentence != nil {
            b.reader.currentQuote = nil
            b.reader.markedSentence = nil
        } else if b.focus == .reader {
            b.focus = .list
        } else if b.isFiltering {
            return b.clearFilter(ctx)
        }
        // Does nothing at the root; elsewhere this browse is left as a whole.
        return [.back]
    }

    private static func readerPage(_ ctx: UpdateContext) -> Int { max(1, ctx.readerRows - 2) }

    /// c: compares the article under the cursor with the marked one, or
    /// with the other report of its event (in the background), or offers a
    /// picker when there are several.
    private static func startCompare(_ b: inout BrowseState, _ ctx: UpdateContext) -> [Request] {
        guard !ctx.corpus.articles.isEmpty else { return [] }
        let here = b.here
        if let marked = b.marked, marked != here {
            b.marked = nil
            return [.work(.compare(a: marked, b: here))]
        }
        let others = ctx.corpus.events.event(of: here)?.articles.filter { $0 != here } ?? []
        switch others.count {
        case 0: return [.message("No other report of this event: m marks an article to compare with any other")]
        case 1: return [.work(.compare(a: here, b: others[0]))]
        default: return [.overlay(.picker(PickerState(source: here, candidates: others)))]
        }
    }
}

extension BrowseState {
    /// Moves the list selection `delta` articles; with both panes showing, the reader follows.
    mutating func step(by delta: Int, _ ctx: UpdateContext) {
        list.step(by: delta, rows: ctx.listRows)
        previewSelection(ctx)
    }

    /// Selects article `index` in the list (a click).
    mutating func select(_ index: Int, _ ctx: UpdateContext) {
        list.select(index, rows: ctx.listRows)
        previewSelection(ctx)
    }

    /// With both panes showing, the reader shows the selected article.
    mutating func previewSelection(_ ctx: UpdateContext) {
        if ctx.isTwoPane, !ctx.corpus.articles.isEmpty, reader.article != list.selected { openFromList(list.selected, ctx) }
    }

    /// After a resize: the list, the side pane and the reader fitted to the new size,
    /// the reader keeping the line it had on top.
    mutating func resize(from old: UpdateContext, to ctx: UpdateContext) {
        let anchor = reader.article != nil && reader.top > 0 ? readerLayout(old).flatMap { Self.firstOffset($0, from: reader.top) } : nil
        syncReaderScroll(ctx)
        if let anchor, let line = readerLayout(ctx)?.line(containing: anchor) {
            reader.scroll.scroll(to: line, rows: ctx.readerRows)
        }
        list.resize(rows: ctx.listRows)
        previewSelection(ctx)
        let rows = ctx.sidePaneRows
        switch side {
        case .entities(var pane)?: pane.list.resize(rows: rows); side = .entities(pane)
        case .speakers(var pane)?: pane.list.resize(rows: rows); side = .speakers(pane)
        case .entityArticles(var pane)?: pane.list.resize(rows: rows); side = .entityArticles(pane)
        case nil: break
        }
    }
}
