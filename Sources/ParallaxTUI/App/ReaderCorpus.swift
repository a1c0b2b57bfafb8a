import ParallaxKit

/// The corpus as the reader uses it: the articles (read from the index on
/// demand when the corpus was opened through it) and events, every entity
/// and speaker, and the quotations `]`/`[` walk. Read by every component
/// and view, never changed.
public struct ReaderCorpus: Sendable {
    public let opened: OpenedCorpus
    /// Each article's key in what the reader keeps between runs (`ReaderMemory`).
    public let keys: [ArticleKey]
    /// The whole corpus's outlets view, laid out behind the first frame.
    let outletsAhead = OutletsAhead()

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

    public init(_ opened: OpenedCorpus) {
        self.opened = opened
        keys = opened.articles.summaries.map(\.key)
    }

    /// A corpus in memory (tests, the bench).
    public init(articles: [Article], events: [NewsEvent]) {
        self.init(OpenedCorpus(articles: articles, events: events))
    }

    /// The quotation `ref` points at.
    public func quote(_ ref: SpeakerIndex.QuoteRef) -> Quotation { articles[ref.article].quotes[ref.quote] }
}
