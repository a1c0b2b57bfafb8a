import ParallaxKit

/// The corpus as the reader uses it: the articles (read from the index on
/// demand when the corpus was opened through it) and events, every entity
/// and speaker, and the quotations `]`/`[` walk. Read by every component
/// and view, never changed.
public struct ReaderCorpus: Sendable {
    public let opened: OpenedCorpus
    /// Each article's key in what the reader keeps between runs (`ReaderMemory`).
    public let keys: [ArticleKey]
    /// The whole corpus's outlets view, laid out behind the first frame
    /// (when a width was given).
    let outletsAhead: OutletsAhead?

    public var articles: ArticleShelf { opened.articles }
    public var events: [NewsEvent] { opened.events }
    /// Every entity of the corpus.
    public var entities: EntityIndex { opened.entities }
    /// Every speaker of the corpus.
    public var speakers: SpeakerIndex { opened.speakers }
    /// The quotations ]/[ walk, in corpus order: speech and headlines (scare quotes are nobody's words).
    public var walkableQuotes: [SpeakerIndex.QuoteRef] { opened.walkableQuotes }
    /// What the list shows of each article.
    public var summaries: [ArticleSummary] { opened.articles.summaries }

    /// The reader's corpus; with `outletsWidth`, its outlets view is laid
    /// out at that width from now on (`OutletsAhead`).
    public init(_ opened: OpenedCorpus, outletsWidth: Int? = nil) {
        self.opened = opened
        keys = opened.articles.summaries.map(\.key)
        outletsAhead = outletsWidth.map { OutletsAhead(opened, width: $0) }
    }

    /// A corpus in memory (tests, the bench).
    public init(articles: [Article], events: [NewsEvent]) {
        self.init(OpenedCorpus(articles: articles, events: events))
    }

    /// The quotation `ref` points at.
    public func quote(_ ref: SpeakerIndex.QuoteRef) -> Quotation { articles[ref.article].quotes[ref.quote] }
}
