/// Which pane has the keyboard (on a narrow screen, the one shown).
public enum Focus: Sendable, Hashable { case list, reader }

/// Where each part of the screen goes at a given size: header row, list
/// pane, reading pane, status row. Wide terminals show both panes; narrow
/// ones show the focused pane alone.
public struct ScreenLayout: Sendable, Equatable {
    public let size: Size
    public let header: Rect
    public let status: Rect
    /// Everything between header and status (the compare view's room).
    public let body: Rect
    public let list: Rect?
    public let reader: Rect?
    /// The column of the rule between the panes, when both show.
    public let divider: Int?

    /// Smallest size at which the reader is drawn; below it a notice shows.
    public static let minimum = Size(width: 20, height: 5)
    /// From this width on, list and reader show side by side.
    public static let twoPaneWidth = 90

    public var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }

    public init(size: Size, focus: Focus) {
        self.size = size
        header = Rect(x: 0, y: 0, width: size.width, height: min(1, size.height))
        status = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: size.height > 1 ? 1 : 0)
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        self.body = body
        if size.width >= Self.twoPaneWidth {
            let listWidth = min(46, max(28, size.width * 32 / 100))
            list = Rect(x: 0, y: body.y, width: listWidth, height: body.height)
            divider = listWidth
            reader = Rect(x: listWidth + 1, y: body.y, width: size.width - listWidth - 1, height: body.height)
        } else {
            list = focus == .list ? body : nil
            reader = focus == .reader ? body : nil
            divider = nil
        }
    }

    /// Rows each article takes in the list: its title, then outlet and date.
    public static let listRowsPerArticle = 2
}
