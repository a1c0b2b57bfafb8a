import ParallaxKit

/// The corpus as the reader uses it, built once: the articles and events,
/// every entity and speaker, and the quotations `]`/`[` walk. Read by every
/// component and view, never changed.
public struct ReaderCorpus: Sendable {
    public let articles: [Article]
    public let events: [NewsEvent]
    /// Every entity of the corpus.
    public let entities: EntityIndex
    /// Every speaker of the corpus.
    public let speakers: SpeakerIndex
    /// The quotations ]/[ walk, in corpus order: speech and headlines (scare quotes are nobody's words).
    public let walkableQuotes: [SpeakerIndex.QuoteRef]
    /// Each article's key in what the reader keeps between runs (`ReaderMemory`).
    public let keys: [ArticleKey]

    public init(articles: [Article], events: [NewsEvent]) {
        self.articles = articles
        self.events = events
        entities = EntityIndex(articles: articles)
        speakers = SpeakerIndex(articles: articles)
        walkableQuotes = articles.indices.flatMap { a in
            articles[a].quotes.indices.filter { articles[a].quotes[$0].isSomeonesWords }
                .map { SpeakerIndex.QuoteRef(article: a, quote: $0) }
        }
        keys = ArticleKey.keys(articles)
    }

    /// The quotation `ref` points at.
    public func quote(_ ref: SpeakerIndex.QuoteRef) -> Quotation { articles[ref.article].quotes[ref.quote] }
}
