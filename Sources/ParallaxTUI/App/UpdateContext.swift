import ParallaxKit

/// What a component's update may read besides its own state: the corpus,
/// the screen's size and the layouts, with the geometry derived from them.
struct UpdateContext {
    let corpus: ReaderCorpus
    let size: Size
    let layouts: LayoutCache
    /// What is read and where each article was left (`AppState.marks`).
    var marks = ReadingMarks()

    func screen(_ focus: Focus) -> ScreenLayout { ScreenLayout(size: size, focus: focus) }

    var isTwoPane: Bool { size.width >= ScreenLayout.twoPaneWidth }

    /// The reading pane (as if focused, in one-pane mode).
    var readerRect: Rect { screen(.reader).reader ?? Rect(x: 0, y: 0, width: 0, height: 0) }

    /// The list pane (as if focused, in one-pane mode).
    var listRect: Rect { screen(.list).list ?? Rect(x: 0, y: 0, width: 0, height: 0) }

    /// Rows of the article list shown (each article takes two screen rows).
    var listRows: Int { max(1, listRect.height / ScreenLayout.listRowsPerArticle) }

    /// Rows of a side pane shown below its heading (at least one).
    var sidePaneRows: Int { max(1, PaneMetrics.sidePaneRows(listRect)) }

    var readerRows: Int { readerRect.height }

    func readerLayout(_ article: Int) -> DocumentLayout {
        layouts.layout(article: article, width: max(1, readerRect.width))
    }

    /// The body below the header and above the status bar (compare and outlets views).
    var body: Rect { screen(.reader).body }
}
