import ParallaxKit

/// The outlets view: the outlets side by side over the corpus or one event.
public struct OutletsState: Sendable {
    public let report: OutletReport
    /// The article whose event `a` switches to.
    public let article: Int
    /// The first outlet column shown (for scrolling sideways).
    public internal(set) var firstColumn = 0
    /// The layout lines shown.
    public internal(set) var scroll = ScrollState()
    /// The link Enter opens: an outlet column and a target.
    public internal(set) var selection: Selection? = nil
    /// The outlets' events whose exclusive quotations show in full.
    public internal(set) var expanded: Set<OutletsLayout.Expansion> = []

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

    /// First layout line shown.
    public var top: Int { scroll.top }

    /// The layout at `width` (the one the view draws), from the cache.
    func layout(_ layouts: LayoutCache, width: Int) -> OutletsLayout {
        layouts.layout(report, firstColumn: firstColumn, expanded: expanded, width: width)
    }

    /// The link the selection stands on, in `layout`: the same line, or
    /// (after a resize rewrapped the headlines) the nearest.
    public func selectedLink(in layout: OutletsLayout) -> OutletsLayout.Link? {
        guard let selection else { return nil }
        return layout.links.filter { $0.outlet == selection.outlet && $0.target == selection.target }
            .min { abs($0.line - selection.line) < abs($1.line - selection.line) }
    }
}
