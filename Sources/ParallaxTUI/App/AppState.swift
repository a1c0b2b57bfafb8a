import ParallaxKit

/// Everything the reader shows, as plain values: the corpus, the screen
/// size, the mode on screen with the modes Esc goes back to, an overlay, and
/// a one-line message. Views draw it; `Update.update` makes the next one.
public struct AppState: Sendable {
    public let corpus: ReaderCorpus
    public var size: Size
    /// What the body shows: the list and reader, a comparison, the outlets.
    public var mode: Mode
    /// Where Esc goes back to, the latest last: `c`, `o` and Enter in the
    /// compare or outlets view push the mode they leave.
    public var back: [Mode] = []
    /// Help, the compare picker or the search prompt: it takes the keys and the mouse.
    public var overlay: Overlay? = nil
    /// A one-line message for the status bar (warnings, "no matches"); the next event clears it.
    public var message: String? = nil

    public init(articles: [Article], events: [NewsEvent], size: Size, message: String? = nil) {
        corpus = ReaderCorpus(articles: articles, events: events)
        self.size = size
        self.message = message
        mode = .browse(BrowseState(corpus: corpus))
    }

    public var articles: [Article] { corpus.articles }
}

/// The screen's mode: each case owns its state, so no combination of
/// leftovers can be on screen at once.
public enum Mode: Sendable {
    /// The article list (or a side pane) and the reading view.
    case browse(BrowseState)
    /// Two reports side by side.
    case compare(CompareState)
    /// The outlets side by side.
    case outlets(OutletsState)
}

/// What stands over the mode and takes every key and the mouse until it closes.
public enum Overlay: Sendable {
    case help(HelpState)
    case picker(PickerState)
    case search(SearchPrompt)
}
