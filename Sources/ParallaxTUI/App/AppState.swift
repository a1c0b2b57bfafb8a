import ParallaxKit

/// Which pane has the keyboard.
public enum Focus: Sendable, Hashable { case list, reader }

/// The search in the open article.
public struct SearchState: Sendable, Hashable {
    /// The query being typed (`editing`) or last searched for.
    public var query = ""
    public var editing = false
    /// Matches in the open article, in reading order.
    public var matches: [TextRange] = []
    /// Index into `matches` of the current one.
    public var current: Int? = nil
}

/// Everything the reader shows, as plain values. Views draw it; `update`
/// makes the next one from it and an event.
public struct AppState: Sendable {
    public let articles: [Article]
    public var size: Size
    public var focus: Focus = .list
    /// The highlighted row of the article list.
    public var selected = 0
    /// First article shown in the list (for scrolling).
    public var listTop = 0
    /// The article in the reading view.
    public var openArticle: Int? = nil
    /// First layout line shown in the reading view.
    public var readerTop = 0
    /// Where each article was left, as a source offset, to come back to it.
    public var readingPlaces: [Int: Int] = [:]
    public var search = SearchState()
    public var showingHelp = false
    /// A one-line message for the status bar (warnings, "no matches").
    public var message: String? = nil
    public var quit = false

    public init(articles: [Article], size: Size, message: String? = nil) {
        self.articles = articles
        self.size = size
        self.message = message
        if !articles.isEmpty { openArticle = 0 }
    }
}
