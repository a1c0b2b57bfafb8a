import ParallaxKit

/// The outlets view: the outlets side by side over the corpus or one event.
public struct OutletsState: Sendable {
    public let report: OutletReport
    /// The article whose event `a` switches to.
    public let article: Int
    /// The first outlet column shown (for scrolling sideways).
    public var firstColumn = 0
    /// First layout line shown.
    public var top = 0
    /// The speaker or entity Enter opens: an outlet column and a target.
    public var selection: Selection? = nil

    public struct Selection: Sendable, Hashable {
        /// Index into the report's profiles.
        public let outlet: Int
        public let target: OutletsLayout.Target
        /// The layout line it was chosen on: a speaker has a row among the
        /// speakers and one in the event's matrix.
        public let line: Int

        init(_ link: OutletsLayout.Link) {
            outlet = link.outlet
            target = link.target
            line = link.line
        }
    }

    public init(report: OutletReport, article: Int) {
        self.report = report
        self.article = article
    }

    /// The layout for a screen `width` wide.
    public func layout(articles: [Article], width: Int) -> OutletsLayout {
        OutletsLayout(report, articles: articles, width: width, firstColumn: firstColumn)
    }
}
