import Foundation

/// Articles that report the same happening.
public struct NewsEvent: Sendable, Hashable, Identifiable {
    /// "e1", "e2", ... in the order of each event's first article.
    public let id: String
    /// Main people or organisations, the distinctive place, the dates:
    /// "Donald Trump, Vladimir Putin · Danang · 2017-11-11 – 2017-11-12".
    public let label: String
    /// Indices into the corpus's articles, in corpus order.
    public let articles: [Int]

    public init(id: String, label: String, articles: [Int]) {
        self.id = id
        self.label = label
        self.articles = articles
    }
}

extension Array where Element == NewsEvent {
    /// The event that holds article `index`.
    public func event(of index: Int) -> NewsEvent? {
        first { $0.articles.contains(index) }
    }
}

/// Groups a corpus's articles into events from their content alone (never
/// file names): shared rare words and two-word phrases (which carry shared
/// quotations), shared entities, and dates when both articles have one.
///
/// Each article becomes a TF-IDF vector of its most distinctive features;
/// candidate pairs come from an inverted index over those features, so only
/// articles that share something rare are ever compared, and pairs whose
/// cosine similarity passes `threshold` are joined (union-find).
public enum EventGrouper {
    /// Cosine similarity above which two articles report one event.
    static let threshold = 0.27
    /// Features kept per article.
    static let featuresPerArticle = 80
    /// Pseudo-articles added to the corpus size in inverse document
    /// frequency: a small corpus (five reports, four of one event) would
    /// otherwise rate the event's own words as common and only each
    /// article's unique words as distinctive. With thousands of articles
    /// the prior fades and document frequency decides.
    static let priorArticles = 50.0
    /// Two reports of one event are at most this many days apart.
    static let maxDaysApart = 3

    public static func group(_ articles: [Article]) -> [NewsEvent] {
        guard !articles.isEmpty else { return [] }
        let vectors = ArticleVectors(articles)
        var groups = UnionFind(count: articles.count)
        for (a, b) in vectors.similarPairs(threshold: threshold)
        where datesCompatible(articles[a].metadata.date, articles[b].metadata.date) {
            groups.join(a, b)
        }
        var members: [Int: [Int]] = [:]
        for i in articles.indices { members[groups.root(i), default: []].append(i) }
        let ordered = members.values.sorted { $0[0] < $1[0] }
        let labeler = EventLabeler(articles)
        return ordered.enumerated().map { n, indices in
            NewsEvent(id: "e\(n + 1)", label: labeler.label(indices), articles: indices)
        }
    }

    /// Unknown dates never keep two articles apart.
    static func datesCompatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, let da = dayNumber(a), let db = dayNumber(b) else { return true }
        return abs(da - db) <= maxDaysApart
    }

    /// Days since 1970-01-01 of an ISO "YYYY-MM-DD" date.
    static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (parts[1] + (parts[1] > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

/// Each article's most distinctive features, weighted by TF-IDF and
/// normalised, with the inverted index that finds articles sharing them.
struct ArticleVectors {
    /// Per article: (feature id, weight), L2-normalised.
    let vectors: [[(feature: Int, weight: Double)]]
    /// Feature id -> the articles whose vector holds it, with its weight there.
    let postings: [[(article: Int, weight: Double)]]

    init(_ articles: [Article]) {
        var ids: [String: Int] = [:]
        var documentFrequency: [Int] = []
        var reader = ContentWordReader()
        let counts: [[Int: Int]] = articles.map { article in
            var tf: [Int: Int] = [:]
            for feature in Self.features(of: article, reader: &reader) {
                let id = ids.number(feature)
                if id == documentFrequency.count { documentFrequency.append(0) }
                tf[id, default: 0] += 1
            }
            for id in tf.keys { documentFrequency[id] += 1 }
            return tf
        }
        let n = Double(articles.count)
        var postings = [[(article: Int, weight: Double)]](repeating: [], count: documentFrequency.count)
        vectors = counts.enumerated().map { index, tf in
            let weighted = tf.map { id, count in
                (feature: id, weight: (1 + 0.5 * log(Double(count))) * log((n + EventGrouper.priorArticles) / Double(documentFrequency[id] + 1)))
            }
            let top = weighted.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.feature < $1.feature }
                .prefix(EventGrouper.featuresPerArticle)
            let norm = sqrt(top.reduce(0) { $0 + $1.weight * $1.weight })
            guard norm > 0 else { return [] }
            let vector = top.map { (feature: $0.feature, weight: $0.weight / norm) }
            for f in vector { postings[f.feature].append((index, f.weight)) }
            return vector
        }
        self.postings = postings
    }

    /// Content-word stems, two-word phrases of content words (which is how
    /// a shared quotation shows), and linked entities.
    static func features(of article: Article, reader: inout ContentWordReader) -> [String] {
        var out: [String] = []
        for paragraph in article.paragraphs where paragraph.kind != .caption {
            for sentence in paragraph.sentences {
                var previous: String? = nil
                for word in reader.words(in: article.source, range: sentence.range) {
                    guard !word.isFunctionWord, word.form.unicodeScalars.first!.properties.isAlphabetic else {
                        previous = nil
                        continue
                    }
                    out.append(word.stem)
                    if let previous { out.append(previous + " " + word.stem) }
                    previous = word.stem
                }
            }
        }
        for mention in article.entities { out.append("@" + mention.entity) }
        return out
    }

    /// Pairs (a < b) whose cosine similarity is at least `threshold`.
    /// Features held by very many articles are too common to say "same
    /// event" and would make the search quadratic: they are skipped.
    func similarPairs(threshold: Double) -> [(Int, Int)] {
        let cap = max(100, vectors.count / 100)
        var scores = [Double](repeating: 0, count: vectors.count)
        var touched: [Int] = []
        var pairs: [(Int, Int)] = []
        for (a, vector) in vectors.enumerated() {
            for (feature, weight) in vector where postings[feature].count <= cap {
                for (b, other) in postings[feature] where b > a {
                    if scores[b] == 0 { touched.append(b) }
                    scores[b] += weight * other
                }
            }
            for b in touched {
                if scores[b] >= threshold { pairs.append((a, b)) }
                scores[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }
}

/// Disjoint sets of article indices.
struct UnionFind {
    private var parent: [Int]
    init(count: Int) { parent = Array(0..<count) }

    mutating func root(_ i: Int) -> Int {
        var r = i
        while parent[r] != r { r = parent[r] }
        var j = i
        while parent[j] != r { (parent[j], j) = (r, parent[j]) }
        return r
    }

    mutating func join(_ a: Int, _ b: Int) {
        let ra = root(a), rb = root(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
