import ParallaxKit

/// Memoised layouts: an article's layout depends only on the article and
/// the width; the comparison's and the outlets view's on what they show and
/// the width. A key press and the frame after it both need the same layout,
/// and wrapping is the costly part.
///
/// The reader app owns one and hands it to `update` and to `Screen.render`;
/// it is not shared between threads (it is not `Sendable`).
public final class LayoutCache {
    private struct Key: Hashable {
        let article: Int
        let width: Int
    }
    private var layouts: [Key: DocumentLayout] = [:]
    private(set) var articles: ArticleShelf

    public init(articles: ArticleShelf) { self.articles = articles }

    /// Forgets every layout and lays out `articles` from now on (the corpus
    /// loaded in the background has replaced the empty one).
    func reset(articles: ArticleShelf) {
        self.articles = articles
        layouts.removeAll()
        comparison = nil
        outlets.removeAll()
    }

    public func layout(article index: Int, width: Int) -> DocumentLayout {
        let key = Key(article: index, width: width)
        if let cached = layouts[key] { return cached }
        if layouts.count > 64 { layouts.removeAll() }
        let layout = DocumentLayout(article: articles[index], width: width)
        layouts[key] = layout
        return layout
    }

    private struct ComparisonKey: Hashable {
        let a: Int
        let b: Int
        let width: Int
    }
    /// The comparison on screen, laid out.
    private var comparison: (key: ComparisonKey, layout: ComparisonLayout)?

    /// The layout of `comparison` of articles `a` and `b` (which identify it).
    public func layout(_ comparison: Comparison, a: Int, b: Int, width: Int) -> ComparisonLayout {
        let key = ComparisonKey(a: a, b: b, width: width)
        if let cached = self.comparison, cached.key == key { return cached.layout }
        let layout = ComparisonLayout(comparison, width: width)
        self.comparison = (key, layout)
        return layout
    }

    private struct OutletsKey: Hashable {
        /// The report's event (nil: the whole corpus): a report is a function of the corpus and its scope.
        let event: String?
        let firstColumn: Int
        let expanded: Set<OutletsLayout.Expansion>
        let width: Int
    }
    /// The outlets view, laid out: every key in it and the frame after it
    /// (view and status bar) read the same layout. One per scope: the
    /// whole corpus's (a fifth of a second at 100,000 articles) is kept
    /// beside the last event's, so that `a` and back does not lay it out
    /// again.
    private var outlets: [String?: (key: OutletsKey, layout: OutletsLayout)] = [:]

    /// Keeps `layout` of `report`, laid out ahead of the view as it first
    /// shows it (`OutletsAhead`: the first outlets, nothing expanded), at
    /// its width: the view at another width lays itself out.
    func keep(_ layout: OutletsLayout, of report: OutletReport) {
        let key = OutletsKey(event: report.event?.id, firstColumn: 0, expanded: [], width: layout.width)
        if outlets[key.event]?.key != key { outlets[key.event] = (key, layout) }
    }

    public func layout(_ report: OutletReport, firstColumn: Int, expanded: Set<OutletsLayout.Expansion>, width: Int) -> OutletsLayout {
        let key = OutletsKey(event: report.event?.id, firstColumn: firstColumn, expanded: expanded, width: width)
        if let cached = outlets[key.event], cached.key == key { return cached.layout }
        let layout = OutletsLayout(report, width: width, firstColumn: firstColumn, expanded: expanded)
        if key.event != nil { outlets = outlets.filter { $0.key == nil } }
        outlets[key.event] = (key, layout)
        return layout
    }
}
