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
    /// The corpus's events (articles reporting one happening).
    public let events: [NewsEvent]
    public var size: Size
    public var focus: Focus = .list
    /// The selected article (an index into `articles`).
    public var selected = 0
    /// How the list groups the articles; the rows follow it.
    public var grouping: ListGrouping = .event {
        didSet { listRows = ArticleGrouping.rows(articles, events: events, by: grouping) }
    }
    /// The article list: group headings and articles, top to bottom.
    public private(set) var listRows: [ListRow] {
        didSet { rowOfArticle = Self.rowTable(listRows) }
    }
    /// Each article's row in `listRows`: moving in a list of 100,000
    /// articles must not scan it.
    private var rowOfArticle: [Int: Int] = [:]
    /// First row of `listRows` shown (for scrolling).
    public var listTop = 0
    /// The article `m` marked, to compare with the next one `c` is pressed on.
    public var marked: Int? = nil
    /// The other reports of an event, to choose one to compare with.
    public var picker: ComparePicker? = nil
    /// The comparison on screen, if any: it takes the whole body.
    public var compare: CompareState? = nil
    /// The comparison Enter left to open a report; Esc goes back to it.
    public var leftComparison: CompareState? = nil
    /// The outlets view, if open: it takes the whole body.
    public var outlets: OutletsState? = nil
    /// The outlets view Enter left for the reader; Esc goes back to it.
    public var leftOutlets: OutletsState? = nil
    /// The article in the reading view.
    public var openArticle: Int? = nil
    /// First layout line shown in the reading view.
    public var readerTop = 0
    /// Where each article was left, as a source offset, to come back to it.
    public var readingPlaces: [Int: Int] = [:]
    public var search = SearchState()
    public var showingHelp = false
    /// The first key row the help overlay shows.
    public var helpTop = 0
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

    public init(articles: [Article], events: [NewsEvent], size: Size, message: String? = nil) {
        self.articles = articles
        self.events = events
        listRows = ArticleGrouping.rows(articles, events: events, by: .event)
        rowOfArticle = Self.rowTable(listRows)
        self.size = size
        self.message = message
        corpusEntities = EntityIndex(articles: articles)
        corpusSpeakers = SpeakerIndex(articles: articles)
        walkableQuotes = articles.indices.flatMap { a in
            articles[a].quotes.indices.filter { articles[a].quotes[$0].isSomeonesWords }
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

    /// The articles in the order the list shows them.
    public var listOrder: [Int] {
        listRows.compactMap { if case .article(let i) = $0 { return i } else { return nil } }
    }

    /// The list row of article `index`.
    public func listRow(of index: Int) -> Int {
        rowOfArticle[index] ?? 0
    }

    private static func rowTable(_ rows: [ListRow]) -> [Int: Int] {
        var table: [Int: Int] = [:]
        for (row, item) in rows.enumerated() { if case .article(let i) = item { table[i] = row } }
        return table
    }

    /// The quotation `ref` points at.
    public func quote(_ ref: SpeakerIndex.QuoteRef) -> Quotation { articles[ref.article].quotes[ref.quote] }
}
