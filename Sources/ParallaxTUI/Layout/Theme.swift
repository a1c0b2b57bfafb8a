/// The styles of every element. Colours are the 16 standard ones; each
/// meaning also has an attribute or marker, so NO_COLOR loses nothing.
public enum Theme {
    public static let header = Style(bold: true, reverse: true)
    public static let status = Style(reverse: true)
    public static let statusKey = Style(bold: true, reverse: true)
    public static let paneRule = Style(dim: true)
    public static let listSelectedFocused = Style(bold: true, reverse: true)
    public static let listSelected = Style(bold: true, underline: true)
    public static let listOpen = Style(bold: true)
    /// An unread article's title, and the "•" before its outlet.
    public static let listUnread = Style(bold: true)
    public static let listUnreadMarker = Style(bold: true)
    public static let listMeta = Style(foreground: .cyan, dim: true)
    public static let title = Style(bold: true)
    public static let meta = Style(foreground: .cyan)
    public static let rule = Style(dim: true)
    /// Captions are set apart by the bar before them (and drawn dim).
    public static let caption = Style(dim: true)
    /// A page's subheads stand out as the title does.
    public static let subhead = Style(bold: true)
    public static let blockquoteMarker = Style(dim: true)
    public static let captionMarker = Style(foreground: .yellow, bold: true)
    public static let searchMatch = Style(foreground: .yellow, reverse: true)
    public static let currentMatch = Style(foreground: .yellow, bold: true, underline: true, reverse: true)
    public static let overlayBorder = Style(bold: true)
    public static let overlayKey = Style(foreground: .cyan, bold: true)
    public static let notice = Style(bold: true)
    public static let paneHeading = Style(bold: true, underline: true)
    public static let warning = Style(foreground: .red, bold: true, reverse: true)
    /// Quoted words: a colour, and a bar in the margin of their lines.
    public static let quote = Style(foreground: .yellow)
    public static let quoteMarker = Style(foreground: .yellow, bold: true)
    /// The quotations of the speaker the reader follows.
    public static let speakerQuote = Style(reverse: true)
    /// Compare view: words one report has and the other lacks.
    public static let changedWords = Style(foreground: .red, reverse: true)
    /// Compare view: the marks of a row (same, near, paraphrase, only A, only B).
    public static let markSame = Style(dim: true)
    public static let markNear = Style(foreground: .cyan, bold: true)
    public static let markParaphrase = Style(foreground: .magenta, bold: true)
    public static let markOnly = Style(foreground: .red, bold: true)
    /// "— not in B —" where a report has nothing for a row.
    public static let absent = Style(dim: true)
    /// The sentence Enter in the compare view opened: underlined in reverse video.
    public static let markedSentence = Style(underline: true, reverse: true)
    /// The quotation ]/[ moved to.
    public static let currentQuote = Style(bold: true, underline: true, reverse: true)
}
