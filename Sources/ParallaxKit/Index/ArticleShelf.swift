import Foundation

/// A corpus's articles by index, with every article's summary at hand and
/// the articles themselves either held (a corpus loaded in memory) or read
/// from the index when asked for: a corpus of 100,000 articles keeps its
/// summaries, not its text. The last articles read are kept, so a view and
/// the key after it read an article once.
public final class ArticleShelf: ArticleCollection, @unchecked Sendable {
    public let summaries: [ArticleSummary]
    private let held: [Article]?
    private let stored: (index: CorpusIndex, snapshot: CorpusSnapshot)?

    /// The articles lately read from the index, newest last.
    private let lock = NSLock()
    private var recent: [(index: Int, article: Article)] = []
    private static let recentKept = 48

    /// The articles of a corpus in memory.
    public init(_ articles: [Article]) {
        // On every core: a summary hashes the article's whole text.
        summaries = ParallelMap.mapAll(articles, ArticleSummary.init)
        held = articles
        stored = nil
    }

    /// The articles of `snapshot`, read from `index` on demand.
    init(snapshot: CorpusSnapshot, index: CorpusIndex) {
        summaries = snapshot.summaries
        held = nil
        stored = (index, snapshot)
    }

    /// Whether articles are read from the index on demand.
    public var isStored: Bool { stored != nil }

    /// The snapshot the articles are read from, if any.
    var snapshot: CorpusSnapshot? { stored?.snapshot }

    /// Each article's file as the index keys it, when read from the index.
    public var fileKeys: [String]? { stored?.snapshot.locations.map(\.file) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { summaries.count }

    public subscript(position: Int) -> Article {
        if let held { return held[position] }
        lock.lock()
        if let hit = recent.lastIndex(where: { $0.index == position }) {
            let article = recent[hit].article
            lock.unlock()
            return article
        }
        lock.unlock()
        let article = read(position)
        lock.lock()
        defer { lock.unlock() }
        recent.append((position, article))
        if recent.count > Self.recentKept { recent.removeFirst() }
        return article
    }

    /// `transform` of every article in order, each read once on every
    /// core, past the articles lately read (a pass over the corpus would
    /// push out the ones the reader has open).
    func mapEveryArticle<T>(_ transform: @escaping (Article) -> T) -> [T] {
        if let held { return ParallelMap.mapAll(held, transform) }
        return ParallelMap.mapAll(Array(summaries.indices)) { [self] in transform(read($0)) }
    }

    /// Article `n` from the index; if its row cannot be read (the index was
    /// cleared or damaged under the reader), an article that says so.
    private func read(_ n: Int) -> Article {
        let summary = summaries[n]
        if let (index, snapshot) = stored, snapshot.linked.indices.contains(n),
           let article = index.snapshotArticle(summary: summary, at: snapshot.locations[n], linked: snapshot.linked[n]) {
            return article
        }
        let text = "\(summary.title)\n\nThis article could not be read from the index (\(stored?.index.path ?? "")): "
            + "it may have been cleared while Parallax was open. Open the corpus again to read it."
        var article = ArticleBuilder(furniture: CorpusFurniture()).build(id: summary.id, path: summary.path,
                                                                          source: SourceText(text), warnings: [])
        article.metadata = summary.metadata
        return article
    }
}
