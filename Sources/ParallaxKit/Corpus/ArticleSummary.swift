/// What the article list shows of an article: kept for every article of a
/// corpus while its text and analysis are read on demand (`ArticleShelf`).
public struct ArticleSummary: Sendable, Equatable {
    public let id: String
    public let path: String
    public let format: SourceFormat
    public let metadata: ArticleMetadata
    public let wordCount: Int
    /// FNV-1a 64 of the article's source text: its key in what the reader
    /// keeps between runs (`ArticleKey`).
    public let textHash: UInt64

    public var title: String { metadata.title }
    public var key: ArticleKey { ArticleKey(hash: textHash, id: id) }

    public init(_ article: Article) {
        self.init(id: article.id, path: article.path, format: article.format, metadata: article.metadata,
                  wordCount: article.wordCount, textHash: article.textHash)
    }

    init(id: String, path: String, format: SourceFormat, metadata: ArticleMetadata, wordCount: Int, textHash: UInt64) {
        self.id = id
        self.path = path
        self.format = format
        self.metadata = metadata
        self.wordCount = wordCount
        self.textHash = textHash
    }
}

/// Articles by their index in a corpus: an array of them, or an
/// `ArticleShelf` that reads each from the index when asked. Code that
/// takes one reads only the articles it needs.
public protocol ArticleCollection: RandomAccessCollection, Sendable where Element == Article, Index == Int {}

extension Array: ArticleCollection where Element == Article {}
