import ParallaxKit

/// The article list: the rows of its grouping (headings and articles) in a
/// `ListViewport` whose selection is always an article's row, and the
/// filter that keeps some of them (`/` in the list).
public struct ArticleListState: Sendable {
    /// How the list groups the articles; the rows follow it.
    public private(set) var grouping: ListGrouping = .event
    /// The filter the rows show, if any.
    public private(set) var filter: ActiveFilter? = nil
    /// The filter being looked for in the background (the rows change when it comes).
    public internal(set) var pending: PendingFilter? = nil
    /// What `/` offers in the prompt: the filter last entered, kept when it
    /// was refused or matched nothing so that it can be mended.
    var draft = ""
    /// The articles the filter keeps, an entry an article (nil: all).
    private var kept: [Bool]? = nil
    /// Group headings and articles, top to bottom.
    public private(set) var rows: [ListRow]
    /// Each article's row: moving in a list of 100,000 articles must not scan it.
    private var rowOfArticle: [Int: Int]
    /// The selected article's row, and the rows shown.
    public private(set) var viewport: ListViewport

    init(corpus: ReaderCorpus) {
        rows = ArticleGrouping.rows(corpus.summaries, events: corpus.events, by: .event)
        rowOfArticle = Self.rowTable(rows)
        viewport = ListViewport(count: rows.count, selected: rowOfArticle[0] ?? 0)
    }

    /// The selected article (an index into the corpus; 0 in an empty one).
    public var selected: Int {
        guard viewport.selected < rows.count, case .article(let index) = rows[viewport.selected] else { return 0 }
        return index
    }

    /// The first row shown.
    public var top: Int { viewport.top }

    /// The articles in the order the list shows them.
    public var order: [Int] {
        rows.compactMap { if case .article(let i) = $0 { return i } else { return nil } }
    }

    /// The row of article `index`.
    public func row(of index: Int) -> Int { rowOfArticle[index] ?? 0 }

    /// Selects article `index` and scrolls to it: with its group's heading
    /// when moving up to it.
    mutating func select(_ index: Int, rows visible: Int) {
        guard let row = rowOfArticle[index] else { return }
        if row > 0, case .heading = rows[row - 1] { viewport.reveal(row - 1, rows: visible) }
        viewport.select(row, rows: visible)
    }

    /// Selects `article`, centring it when it is off screen (a jump from
    /// elsewhere, not a step); nothing when the filter leaves it out.
    mutating func jump(to article: Int, rows visible: Int) {
        guard let row = rowOfArticle[article] else { return }
        if !viewport.scroll.isVisible(row, rows: visible) { viewport.scroll(by: row - visible / 2 - viewport.top, rows: visible) }
        select(article, rows: visible)
    }

    /// `delta` articles down the list as grouped (up when negative), stopping at the ends.
    mutating func step(by delta: Int, rows visible: Int) {
        let order = order
        guard let at = order.firstIndex(of: selected) else { return }
        select(order[max(0, min(at.addingReportingOverflow(delta).partialValue, order.count - 1))], rows: visible)
    }

    /// The wheel: the rows move, the selection stays.
    mutating func scroll(by delta: Int, rows visible: Int) { viewport.scroll(by: delta, rows: visible) }

    mutating func resize(rows visible: Int) { viewport.resize(rows: visible) }

    /// Groups the list anew, the same article selected, from the top.
    mutating func regroup(_ grouping: ListGrouping, corpus: ReaderCorpus, rows visible: Int) {
        self.grouping = grouping
        rebuild(corpus, rows: visible)
    }

    /// Lists only `matches` (indices into the corpus, not empty), as `query`
    /// found them: the selected article stays selected if it matches, else
    /// the first match is.
    mutating func setFilter(_ query: ListQuery, matches: [Int], corpus: ReaderCorpus, rows visible: Int) {
        var kept = [Bool](repeating: false, count: corpus.articles.count)
        for article in matches where kept.indices.contains(article) { kept[article] = true }
        self.kept = kept
        filter = ActiveFilter(query: query, count: matches.count)
        rebuild(corpus, rows: visible)
    }

    /// Lists every article again, the selected one still selected (in the
    /// middle of the list when it was off screen).
    mutating func clearFilter(corpus: ReaderCorpus, rows visible: Int) {
        let article = selected
        kept = nil
        filter = nil
        pending = nil
        draft = ""
        rebuild(corpus, rows: visible)
        jump(to: article, rows: visible)
    }

    /// The rows made again for the grouping and filter, from the top, the
    /// same article selected, or the first listed when it is not.
    private mutating func rebuild(_ corpus: ReaderCorpus, rows visible: Int) {
        let article = selected
        rows = ArticleGrouping.rows(corpus.summaries, events: corpus.events, by: grouping, keeping: kept)
        rowOfArticle = Self.rowTable(rows)
        viewport = ListViewport(count: rows.count)
        let first = rows.lazy.compactMap { if case .article(let i) = $0 { return i } else { return nil } }.first
        select(rowOfArticle[article] != nil ? article : first ?? article, rows: visible)
    }

    private static func rowTable(_ rows: [ListRow]) -> [Int: Int] {
        var table: [Int: Int] = [:]
        for (row, item) in rows.enumerated() { if case .article(let i) = item { table[i] = row } }
        return table
    }
}
