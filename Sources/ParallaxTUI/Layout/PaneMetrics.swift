/// Fixed heights and rows that both `update` (to scroll and page) and the
/// views (to draw) need: kept here so neither asks the other.
public enum PaneMetrics {
    /// Rows above the comparison: A, B, three summary lines, legend, rule.
    public static let compareHeaderHeight = 7

    /// Rows of a side pane (entities, speakers, an entity's articles) below
    /// its one-line heading.
    public static func sidePaneRows(_ rect: Rect) -> Int { max(0, rect.height - 1) }

    /// The area an overlay (help, the compare picker) may take on a screen of `size`.
    public static func overlayArea(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 2) }

    /// Key rows the help overlay shows at once, for `count` rows of keys:
    /// its box takes the rows plus a border each side, a blank line and the footer.
    public static func helpRows(count: Int, size: Size) -> Int {
        max(0, min(overlayArea(size).height, count + 4) - 3)
    }

    /// Candidate rows the compare picker shows at once (its box: a border
    /// each side and the footer).
    public static func pickerRows(count: Int, size: Size) -> Int {
        max(1, min(overlayArea(size).height, count + 4) - 3)
    }
}
