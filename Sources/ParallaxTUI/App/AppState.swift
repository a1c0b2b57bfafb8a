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

/// What the left pane lists.
public enum LeftPane: Sendable, Hashable {
    case articles
    /// The entities of the open article, or of the whole corpus.
    case entities
    /// The articles that mention the chosen entity.
    case entityArticles
    /// The speakers of the open article, or of the whole corpus.
    case speakers
}

/// The entity the reader follows: its mentions are highlighted and n/N walk them.
public struct ChosenEntity: Sendable, Hashable {
    public let entry: EntityIndex.Entry
    /// Index into `entry.mentions` of the mention last jumped to.
    public var current: Int? = nil
}

/// The speaker the reader follows: their quotations are highlighted and n/N walk them.
public struct ChosenSpeaker: Sendable, Hashable {
    public let entry: SpeakerIndex.Entry
    /// Index into `entry.quotes` of the quotation last jumped to.
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
    public var leftPane: LeftPane = .articles
    /// Entities and speakers panes: whole corpus (true) or the open article.
    public var paneOfCorpus = false
    public var entitySelected = 0
    public var entityTop = 0
    /// Articles pane of the chosen entity: the highlighted row.
    public var entityArticleSelected = 0
    public var chosen: ChosenEntity? = nil
    /// Speakers pane: the highlighted row and the first row shown.
    public var speakerSelected = 0
    public var speakerTop = 0
    public var chosenSpeaker: ChosenSpeaker? = nil
    /// The quotation ]/[ and }/{ last moved to; the status bar names its speaker.
    public var currentQuote: SpeakerIndex.QuoteRef? = nil
    /// Every entity of the corpus, built once.
    public let corpusEntities: EntityIndex
    /// Every speaker of the corpus, built once.
    public let corpusSpeakers: SpeakerIndex
    /// The quotations ]/[ walk, in corpus order: speech and headlines (scare quotes are nobody's words).
    public let walkableQuotes: [SpeakerIndex.QuoteRef]
    /// A one-line message for the status bar (warnings, "no matches").
    public var message: String? = nil
    public var quit = false

    public init(articles: [Article], size: Size, message: String? = nil) {
        self.articles = articles
        self.size = size
        self.message = message
        corpusEntities = EntityIndex(articles: articles)
        corpusSpeakers = SpeakerIndex(articles: articles)
        walkableQuotes = articles.indices.flatMap { a in
            articles[a].quotes.indices.filter { articles[a].quotes[$0].kind != .scare }
                .map { SpeakerIndex.QuoteRef(article: a, quote: $0) }
        }
        if !articles.isEmpty { openArticle = 0 }
    }

    /// The entities the pane lists now.
    public var paneEntities: EntityIndex {
        paneOfCorpus || openArticle == nil ? corpusEntities : EntityIndex(articles: articles, only: openArticle)
    }

    /// The speakers the pane lists now.
    public var paneSpeakers: SpeakerIndex {
        paneOfCorpus || openArticle == nil ? corpusSpeakers : SpeakerIndex(articles: articles, only: openArticle)
    }

    /// The quotation `ref` points at.
    public func quote(_ ref: SpeakerIndex.QuoteRef) -> Quotation { articles[ref.article].quotes[ref.quote] }
}
