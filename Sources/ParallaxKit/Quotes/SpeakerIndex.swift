/// Everyone quoted in a set of articles, with their quotations: what the
/// speakers pane lists and what `parallax quotes` filters by.
public struct SpeakerIndex: Sendable {
    public struct Entry: Sendable, Hashable {
        public let name: String
        /// Their quotations in corpus order.
        public let quotes: [QuoteRef]
        /// Words quoted, over all their quotations.
        public let words: Int

        public var quoteCount: Int { quotes.count }
        /// Indices of the articles that quote them, in corpus order.
        public var articles: [Int] { quotes.map(\.article).withoutAdjacentRepeats() }
    }

    /// One quotation: the article's index and the quotation's index in
    /// `Article.quotes`.
    public struct QuoteRef: Sendable, Hashable {
        public let article: Int
        public let quote: Int

        public init(article: Int, quote: Int) {
            self.article = article
            self.quote = quote
        }
    }

    /// Most quoted first (by quotations, then words); ties by name.
    public let entries: [Entry]

    /// Indexes the speech quotations with a known speaker in `articles`;
    /// with `only`, in that one article. Headline quotations are the
    /// editors' words and are not counted.
    public init(articles: some ArticleCollection, only: Int? = nil) {
        self.init(articles: articles, among: only.map { [$0] })
    }

    /// Indexes the speech quotations of the articles in `among` (all when
    /// nil). Only those articles are read.
    public init(articles: some ArticleCollection, among: Set<Int>?) {
        var speechWords = 0
        self.init(articles: articles, among: among, speechWords: &speechWords)
    }

    /// Indexes the speech quotations of the articles in `among` (all when
    /// nil), and adds the words of all of them, a speaker's or not, to
    /// `speechWords`: an outlet's profile needs both, and each quotation's
    /// words are counted once.
    init(articles: some ArticleCollection, among: Set<Int>?, speechWords: inout Int) {
        var quotes: [String: [QuoteRef]] = [:]
        var words: [String: Int] = [:]
        for a in among.map({ $0.sorted() }) ?? Array(articles.indices) {
            let article = articles[a]
            for (q, quote) in article.quotes.enumerated() where quote.kind == .speech {
                let count = quote.words
                speechWords += count
                guard let speaker = quote.speaker else { continue }
                quotes[speaker, default: []].append(QuoteRef(article: a, quote: q))
                words[speaker, default: 0] += count
            }
        }
        entries = quotes.map { Entry(name: $0.key, quotes: $0.value, words: words[$0.key]!) }.sorted {
            if $0.quoteCount != $1.quoteCount { return $0.quoteCount > $1.quoteCount }
            return $0.words != $1.words ? $0.words > $1.words : $0.name < $1.name
        }
    }

    /// The index as a snapshot kept it.
    init(entries: [Entry]) { self.entries = entries }

    /// The speaker called `name`, or the only one whose name contains it
    /// ("Trump" finds "Donald Trump"), ignoring case.
    public func entry(matching name: String) -> Entry? {
        let wanted = name.lowercased()
        if let exact = entries.first(where: { $0.name.lowercased() == wanted }) { return exact }
        let partial = entries.filter { $0.name.lowercased().contains(wanted) }
        return partial.count == 1 ? partial[0] : nil
    }
}
