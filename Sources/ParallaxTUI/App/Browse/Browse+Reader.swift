import ParallaxKit

/// The reading view's part of browse: opening articles (keeping the place
/// in each), scrolling, revealing a range, and the search.
extension BrowseState {
    /// The open article's layout at the reader's width.
    func readerLayout(_ ctx: UpdateContext) -> DocumentLayout? {
        reader.article.map(ctx.readerLayout)
    }

    /// The scroll's line count follows the layout (an article opened, the width changed).
    mutating func syncReaderScroll(_ ctx: UpdateContext) {
        reader.scroll.resize(count: readerLayout(ctx)?.lines.count ?? 0, rows: ctx.readerRows)
    }

    mutating func scrollReader(by delta: Int, _ ctx: UpdateContext) {
        syncReaderScroll(ctx)
        reader.scroll.scroll(by: delta, rows: ctx.readerRows)
    }

    /// Opens an article where it was left (`ReadingMarks.places`: `Update`
    /// keeps the open article's place after every event, across runs too).
    mutating func open(_ index: Int, _ ctx: UpdateContext) {
        reader.article = index
        reader.scroll = ScrollState()
        syncReaderScroll(ctx)
        if let place = ctx.marks.places[index], let line = ctx.readerLayout(index).line(containing: place) {
            reader.scroll.scroll(to: line, rows: ctx.readerRows)
        }
        if !reader.search.query.isEmpty { runSearch(ctx) }
        refreshSidePane(ctx)
    }

    /// Opens `article` in the reader (the list selection follows) and gives the reader the keyboard.
    mutating func show(_ article: Int, _ ctx: UpdateContext) {
        if reader.article != article {
            open(article, ctx)
            list.jump(to: article, rows: ctx.listRows)
        }
        focus = .reader
    }

    /// Scrolls so that `range` shows: a third down the view when it was off
    /// screen, or (`.top`) as the first line.
    mutating func reveal(_ range: TextRange, _ ctx: UpdateContext, placement: ScrollState.Placement = .third) {
        guard let line = readerLayout(ctx)?.line(containing: range.start) else { return }
        syncReaderScroll(ctx)
        if placement == .top {
            reader.scroll.scroll(to: line, rows: ctx.readerRows)
        } else {
            reader.scroll.reveal(line, rows: ctx.readerRows, placement: placement)
        }
    }

    /// The open article and the source offset at the top of the reading view.
    func readingPosition(_ ctx: UpdateContext) -> (Int, Int) {
        guard let article = reader.article, let layout = readerLayout(ctx) else { return (0, 0) }
        return (article, Self.firstOffset(layout, from: reader.top) ?? 0)
    }

    /// Whether source offset `offset` of the open article is on screen.
    func isShown(_ article: Int, _ offset: Int, _ ctx: UpdateContext) -> Bool {
        guard article == reader.article, let line = readerLayout(ctx)?.line(containing: offset) else { return false }
        return reader.scroll.isVisible(line, rows: ctx.readerRows)
    }

    // MARK: - Search

    mutating func runSearch(_ ctx: UpdateContext) {
        guard let index = reader.article else { return }
        let article = ctx.corpus.articles[index], query = reader.search.query
        reader.search.matches = reader.search.fromFilter ? ListFilter.textMatches(words: query, in: article)
            : TextSearch.matches(of: query, in: article)
        reader.search.current = nil
    }

    /// The prompt's Enter: the matches, and the first at or below the top of the view.
    mutating func search(for query: String, _ ctx: UpdateContext) -> [Request] {
        reader.search = SearchState(query: query)
        runSearch(ctx)
        if reader.search.matches.isEmpty {
            return query.isEmpty ? [] : [.message("No matches for “\(query)”")]
        }
        focus = .reader
        let topOffset = readerLayout(ctx).flatMap { Self.firstOffset($0, from: reader.top) } ?? 0
        let first = reader.search.matches.firstIndex { $0.start >= topOffset } ?? 0
        reader.search.current = first
        reveal(reader.search.matches[first], ctx)
        return []
    }

    mutating func moveMatch(by delta: Int, _ ctx: UpdateContext) -> [Request] {
        let count = reader.search.matches.count
        guard count > 0 else {
            let query = reader.search.query
            return [.message(query.isEmpty ? "No search: press / to search" : "No matches for “\(query)”")]
        }
        let next = reader.search.current.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
        reader.search.current = next
        focus = .reader
        reveal(reader.search.matches[next], ctx)
        return []
    }

    /// The source offset of the first article line at or after `line`.
    static func firstOffset(_ layout: DocumentLayout, from line: Int) -> Int? {
        guard line < layout.lines.count else { return nil }
        return layout.lines[max(0, line)...].lazy.compactMap { $0.source?.start }.first
    }
}
