import ParallaxKit

/// The browse mode: the article list (or a side pane in its place) and the
/// reading view, which pane has the keyboard, and the marked article.
public struct BrowseState: Sendable {
    public internal(set) var focus: Focus = .list
    public internal(set) var list: ArticleListState
    public internal(set) var reader = ReaderState()
    /// The entities or speakers pane, shown in the list's place.
    public internal(set) var side: SidePane? = nil
    /// The article `m` marked, to compare with the next one `c` is pressed on.
    public internal(set) var marked: Int? = nil

    init(corpus: ReaderCorpus) {
        list = ArticleListState(corpus: corpus)
        if !corpus.articles.isEmpty { reader.article = 0 }
    }

    /// The list and reader as the last run left them (`ctx.marks`): the
    /// marked article, the last open one selected and open at its place.
    init(corpus: ReaderCorpus, restoring ctx: UpdateContext) {
        self.init(corpus: corpus)
        guard !corpus.articles.isEmpty else { return }
        let valid = corpus.articles.indices
        marked = ctx.marks.marked.flatMap { valid.contains($0) ? $0 : nil }
        let article = ctx.marks.open.flatMap { valid.contains($0) ? $0 : nil } ?? 0
        list.jump(to: article, rows: ctx.listRows)
        open(article, ctx)
    }

    /// The article the keys act on: the list's selection, or the open one when the reader has the keyboard.
    var here: Int { focus == .list ? list.selected : reader.article ?? list.selected }
}
