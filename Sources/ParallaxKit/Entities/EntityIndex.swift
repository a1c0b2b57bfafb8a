/// Every entity of a set of articles with its mentions: what the entities
/// pane lists and what `parallax entities` prints.
public struct EntityIndex: Sendable {
    public struct Entry: Sendable, Hashable {
        public let name: String
        public let type: EntityType
        /// Where it is mentioned, in corpus order: article index and range.
        public let mentions: [Mention]
        /// The ways it is written ("Trump", "Donald Trump"), most frequent first.
        public let forms: [String]

        public var mentionCount: Int { mentions.count }
        /// Indices of the articles that mention it, in corpus order.
        public var articles: [Int] { mentions.map(\.article).withoutAdjacentRepeats() }
    }

    public struct Mention: Sendable, Hashable {
        public let article: Int
        public let range: TextRange
    }

    /// Most mentioned first; ties by name.
    public let entries: [Entry]

    /// Indexes the entities of `articles`; with `only`, of that one article.
    public init(articles: some ArticleCollection, only: Int? = nil) {
        self.init(articles: articles, among: only.map { [$0] })
    }

    /// Indexes the entities of the articles in `among` (all when nil). Only
    /// those articles are read (an `ArticleShelf` reads each on demand).
    public init(articles: some ArticleCollection, among: Set<Int>?) {
        // Each entity numbered when first met (one look-up a mention), its
        // mentions and forms kept under its number.
        var numbers: [Key: Int] = [:]
        var keys: [Key] = [], mentions: [[Mention]] = [], forms: [[String: Int]] = []
        for index in among.map({ $0.sorted() }) ?? Array(articles.indices) {
            let article = articles[index]
            for m in article.entities {
                let key = Key(name: m.entity, type: m.type)
                let n: Int
                if let known = numbers[key] {
                    n = known
                } else {
                    n = keys.count
                    numbers[key] = n
                    keys.append(key)
                    mentions.append([])
                    forms.append([:])
                }
                mentions[n].append(Mention(article: index, range: m.range))
                forms[n][article.text(m.range), default: 0] += 1
            }
        }
        entries = keys.indices.map { n in
            Entry(name: keys[n].name, type: keys[n].type, mentions: mentions[n],
                  forms: forms[n].sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key))
        }.sorted { $0.mentionCount != $1.mentionCount ? $0.mentionCount > $1.mentionCount : $0.name < $1.name }
    }

    private struct Key: Hashable {
        let name: String
        let type: EntityType
    }

    /// The index as a snapshot kept it.
    init(entries: [Entry]) { self.entries = entries }

    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }
}

extension Sequence where Element: Equatable {
    /// The elements with each run of equal neighbours kept once: the
    /// distinct articles of a list in corpus order.
    func withoutAdjacentRepeats() -> [Element] {
        var kept: [Element] = []
        for e in self where kept.last != e { kept.append(e) }
        return kept
    }
}
