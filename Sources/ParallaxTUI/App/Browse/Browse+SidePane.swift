import ParallaxKit

/// The side panes' part of browse: the entities and speakers of the open
/// article or the corpus, and the articles naming an entity. The highlighted
/// entity or speaker is the one followed.
extension BrowseState {
    enum SideKind { case entities, speakers }

    /// e / s: shows that pane, following its first row, or closes it (an
    /// entity's articles belong to the entities pane).
    mutating func toggleSide(_ kind: SideKind, _ ctx: UpdateContext) {
        switch (kind, side) {
        case (.entities, .entities?), (.entities, .entityArticles?), (.speakers, .speakers?):
            side = nil
            return
        default: break
        }
        focus = .list
        openSide(kind, ofCorpus: false, ctx)
    }

    /// a: the pane's other scope.
    mutating func toggleScope(_ ctx: UpdateContext) {
        switch side {
        case .entities(let pane)?: openSide(.entities, ofCorpus: !pane.ofCorpus, ctx)
        case .speakers(let pane)?: openSide(.speakers, ofCorpus: !pane.ofCorpus, ctx)
        default: return
        }
    }

    private mutating func openSide(_ kind: SideKind, ofCorpus: Bool, _ ctx: UpdateContext) {
        side = Self.sidePane(kind, ofCorpus: ofCorpus, article: reader.article, ctx)
        selectSideRow(0, ctx)
    }

    private static func sidePane(_ kind: SideKind, ofCorpus: Bool, article: Int?, _ ctx: UpdateContext) -> SidePane {
        let corpusWide = ofCorpus || article == nil
        switch kind {
        case .entities:
            let entries = corpusWide ? ctx.corpus.entities.entries : EntityIndex(articles: ctx.corpus.articles, only: article).entries
            return .entities(IndexPane(ofCorpus: ofCorpus, article: corpusWide ? nil : article, entries: entries))
        case .speakers:
            let entries = corpusWide ? ctx.corpus.speakers.entries : SpeakerIndex(articles: ctx.corpus.articles, only: article).entries
            return .speakers(IndexPane(ofCorpus: ofCorpus, article: corpusWide ? nil : article, entries: entries))
        }
    }

    /// After the reader opened another article, a pane of "this article" lists that one,
    /// its highlight on what is followed.
    mutating func refreshSidePane(_ ctx: UpdateContext) {
        let rows = ctx.sidePaneRows
        switch side {
        case .entities(let pane)? where !pane.ofCorpus && pane.article != reader.article:
            guard case .entities(var fresh) = Self.sidePane(.entities, ofCorpus: false, article: reader.article, ctx) else { return }
            let name = reader.entity?.entry.name
            fresh.list.select(fresh.entries.firstIndex { $0.name == name } ?? 0, rows: rows)
            side = .entities(fresh)
        case .speakers(let pane)? where !pane.ofCorpus && pane.article != reader.article:
            guard case .speakers(var fresh) = Self.sidePane(.speakers, ofCorpus: false, article: reader.article, ctx) else { return }
            let name = reader.speaker?.entry.name
            fresh.list.select(fresh.entries.firstIndex { $0.name == name } ?? 0, rows: rows)
            side = .speakers(fresh)
        default: return
        }
    }

    /// Selects a row of the side pane; in the entities and speakers panes, follows it.
    mutating func selectSideRow(_ row: Int, _ ctx: UpdateContext) {
        let rows = ctx.sidePaneRows
        switch side {
        case .entities(var pane)?:
            pane.list.select(row, rows: rows)
            side = .entities(pane)
            guard let e = pane.selected else { return }
            follow(ctx.corpus.entities.entries.first { $0.name == e.name && $0.type == e.type } ?? e)
        case .speakers(var pane)?:
            pane.list.select(row, rows: rows)
            side = .speakers(pane)
            guard let e = pane.selected else { return }
            follow(ctx.corpus.speakers.entries.first { $0.name == e.name } ?? e)
        case .entityArticles(var pane)?:
            pane.list.select(row, rows: rows)
            side = .entityArticles(pane)
        case nil: return
        }
    }

    /// The side pane's own keys; nil for the keys it leaves to browse.
    mutating func updateSidePane(_ action: Action, _ ctx: UpdateContext) -> [Request]? {
        guard let side else { return nil }
        let current: ListViewport
        switch side {
        case .entities(let pane): current = pane.list
        case .speakers(let pane): current = pane.list
        case .entityArticles(let pane): current = pane.list
        }
        var list = current
        let rows = ctx.sidePaneRows
        switch action {
        case .moveDown: list.move(by: 1, rows: rows)
        case .moveUp: list.move(by: -1, rows: rows)
        case .pageDown: list.page(1, rows: rows)
        case .pageUp: list.page(-1, rows: rows)
        case .top: list.selectFirst(rows: rows)
        case .bottom: list.selectLast(rows: rows)
        case .open: openSideRow(ctx); return []
        case .close:
            if case .entityArticles(let pane) = side { self.side = .entities(pane.parent) } else { self.side = nil }
            return []
        default: return nil
        }
        selectSideRow(list.selected, ctx)
        return []
    }

    /// Enter in a side pane: an entity's articles, an article at its first mention, a speaker's first quotation.
    private mutating func openSideRow(_ ctx: UpdateContext) {
        switch side {
        case .entities(let pane)?:
            guard let e = pane.selected else { return }
            let entry = ctx.corpus.entities.entries.first { $0.name == e.name && $0.type == e.type } ?? e
            side = .entityArticles(EntityArticlesPane(entry: entry, parent: pane))
        case .entityArticles(let pane)?:
            guard !pane.list.isEmpty else { return }
            let article = pane.entry.articles[pane.list.selected]
            guard let first = pane.entry.mentions.firstIndex(where: { $0.article == article }) else { return }
            follow(pane.entry)
            goToMention(first, ctx)
        case .speakers(let pane)?:
            // Their first quotation: in the open article, or in the corpus.
            guard let chosen = reader.speaker else { return }
            let first = pane.ofCorpus ? 0 : chosen.entry.quotes.firstIndex { $0.article == reader.article } ?? 0
            goToSpeakerQuote(first, ctx)
        case nil: return
        }
    }
}
