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
/// file names) and their dates.
///
/// Each article becomes a TF-IDF vector of its most distinctive words, its
/// title and lead counting more than the rest (that is where a report says
/// what happened). Two articles' similarity is the cosine of their whole
/// vectors, with a third of it from their title-and-lead vectors alone:
/// two stages of one long story share a subject (the body) more than the
/// news (the lead). Candidate pairs come from an inverted index, so only
/// articles that share something rare are compared; pairs more than
/// `maxDaysApart` apart count as unrelated. The pairs are then clustered by
/// average linkage: two groups join only while their articles are similar
/// on average, not because one article of each happens to be close, so a
/// corpus of many stories never chains into one "event".
public enum EventGrouper {
    /// Mean similarity above which two groups of articles report one event.
    /// Reports of one story by different outlets score 0.15–0.4; different
    /// stories on one subject (two stages of one budget fight) 0.05–0.2.
    static let threshold = 0.13
    /// The share of a pair's similarity that comes from title and lead.
    static let leadShare = 1.0 / 3
    /// Two reports of one event are at most this many days apart (the
    /// day-after analysis, a weekend in between).
    static let maxDaysApart = 4

    public static func group(_ articles: [Article]) -> [NewsEvent] {
        group(articles, terms: nil)
    }

    /// `group`, from each article's `terms` where given (the index keeps
    /// them), else counted from its text.
    static func group(_ articles: [Article], terms: [EventTerms]?) -> [NewsEvent] {
        guard !articles.isEmpty else { return [] }
        // The labels' corpus counts are made beside the clustering (which
        // runs on one thread); the labels on every core.
        let labeling = Background { EventLabeler(articles) }
        let pairs = similarPairs(articles, terms: terms)
        let clusters = AverageLinkage.clusters(count: articles.count, pairs: pairs, threshold: threshold)
        let labeler = labeling.value
        let labels = ParallelMap.mapAll(clusters) { labeler.label($0) }
        return clusters.indices.map { n in NewsEvent(id: "e\(n + 1)", label: labels[n], articles: clusters[n]) }
    }

    /// Candidate pairs within the date window, with their similarity. Pairs
    /// below a quarter of the threshold are dropped: they would barely move
    /// an average and cost most of the time.
    static func similarPairs(_ articles: [Article], terms: [EventTerms]? = nil) -> [SimilarPair] {
        let (whole, lead) = ArticleVectors.wholeAndLead(terms: terms ?? EventTerms.of(articles))
        let days = articles.map { $0.metadata.date.flatMap(dayNumber) }
        let candidates = whole.similarPairs(atLeast: threshold / 4, days: days, maxDaysApart: maxDaysApart)
        // Scored in runs on every core, joined in order.
        return ParallelMap.mapAll(ParallelMap.runs(candidates.count, of: 4096)) { run in
            candidates[run].compactMap { pair -> SimilarPair? in
                if let a = days[pair.a], let b = days[pair.b], abs(a - b) > maxDaysApart { return nil }
                // The index skips very common words to find candidates; the score counts them all.
                let similarity = (1 - leadShare) * whole.cosine(pair.a, pair.b) + leadShare * lead.cosine(pair.a, pair.b)
                return SimilarPair(a: pair.a, b: pair.b, similarity: similarity)
            }
        }.flatMap { $0 }
    }

    /// Days since 1970-01-01 of an ISO date ("YYYY-MM-DD", a time after it
    /// ignored).
    static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
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
