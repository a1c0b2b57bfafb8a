import Foundation

/// Each article's most distinctive words, weighted by TF-IDF and
/// normalised, with the inverted index that finds articles sharing them.
struct ArticleVectors {
    /// Words kept per article: enough for the event's names and key words,
    /// few enough that an article's side topics do not count.
    static let wordsPerArticle = 80
    /// Pseudo-articles added to the corpus size in inverse document
    /// frequency: a small corpus (five reports, four of one event) would
    /// otherwise rate the event's own words as common and only each
    /// article's unique words as distinctive. With thousands of articles
    /// the prior fades and document frequency decides.
    static let priorArticles = 50.0

    /// Per article: (word id, weight), L2-normalised, sorted by word id.
    let vectors: [[(word: Int, weight: Double)]]
    /// Word id -> the articles whose vector holds it, with its weight there.
    let postings: [[(article: Int, weight: Double)]]

    /// Each article's vectors of its whole text and of its title and lead
    /// alone (what happened, as each outlet puts it first), from its terms
    /// (`EventTerms`) counted now; for tests, `articlesPerRun` sizes the
    /// runs of both counting and numbering.
    static func wholeAndLead(_ articles: [Article], articlesPerRun: Int? = nil) -> (whole: ArticleVectors, lead: ArticleVectors) {
        wholeAndLead(terms: EventTerms.of(articles, articlesPerRun: articlesPerRun), articlesPerRun: articlesPerRun)
    }

    /// `wholeAndLead` of the articles whose terms these are.
    ///
    /// Runs of articles are read on every core, each numbering the stems
    /// it meets in the order it meets them; then the runs' numbers are
    /// joined in corpus order, which numbers every stem as reading the
    /// corpus in one pass would (ids break ties between weights).
    /// `articlesPerRun` is for tests: any size gives the same vectors.
    static func wholeAndLead(terms: [EventTerms], articlesPerRun: Int? = nil) -> (whole: ArticleVectors, lead: ArticleVectors) {
        let size = articlesPerRun ?? EventTerms.articlesPerRun(terms.count)
        var parts = ParallelMap.mapAll(ParallelMap.runs(terms.count, of: size)) { range in Counted(terms[range]) }
        var ids = SpellingTable<UInt8>()
        let globals = parts.map { part in (0..<part.stems.count).map { ids.number(part.stems.spelling($0)).number } }
        // Each run's counts renumbered in place on every core (a renumbered
        // copy beside them: 10,000 articles peaked at 529-536 MB, now 504-535).
        parts.withUnsafeMutableBufferPointer { buffer in
            let runs = ParallelMap.Slots(buffer)
            _ = ParallelMap.mapAll(Array(buffer.indices)) { n in runs[n].renumber(globals[n]) }
        }
        let whole = parts.flatMap(\.whole), lead = parts.flatMap(\.lead)
        return (ArticleVectors(counts: whole, words: ids.count), ArticleVectors(counts: lead, words: ids.count))
    }

    /// A stem's id and its weighted count in one article. An article's
    /// counts are an array, each stem once: a dictionary of the same
    /// (hundreds of entries an article, two per article, for 100,000
    /// articles) held several times the memory.
    typealias Count = (word: Int, count: Double)

    /// The counts of a run of articles, stems numbered in the order the
    /// run first meets them.
    private struct Counted {
        var stems = SpellingTable<UInt8>()
        var whole: [[Count]] = [], lead: [[Count]] = []

        init(_ terms: ArraySlice<EventTerms>) {
            whole.reserveCapacity(terms.count)
            lead.reserveCapacity(terms.count)
            for article in terms {
                var counts: [Count] = [], leadCounts: [Count] = []
                article.forEach { stem, all, first in
                    let id = stems.number(stem).number
                    counts.append((id, Double(all)))
                    if first > 0 { leadCounts.append((id, Double(first))) }
                }
                whole.append(counts)
                lead.append(leadCounts)
            }
        }

        /// Each count's stem numbered `global[id]` instead of `id`.
        mutating func renumber(_ global: [Int]) {
            for a in whole.indices { for c in whole[a].indices { whole[a][c].word = global[whole[a][c].word] } }
            for a in lead.indices { for c in lead[a].indices { lead[a][c].word = global[lead[a][c].word] } }
        }
    }

    /// Vectors from each article's weighted word counts (word ids below
    /// `words`, each once an article).
    init(counts: [[Count]], words: Int) {
        var documentFrequency = [Int](repeating: 0, count: words)
        for tf in counts { for c in tf { documentFrequency[c.word] += 1 } }
        let n = Double(counts.count)
        var postings = [[(article: Int, weight: Double)]](repeating: [], count: words)
        let vectors = ParallelMap.mapAll(counts) { tf -> [(word: Int, weight: Double)] in
            let weighted = tf.map { id, count in
                (word: id, weight: (1 + log(count)) * log((n + Self.priorArticles) / Double(documentFrequency[id])))
            }
            let top = Self.strongest(weighted, Self.wordsPerArticle)
            let norm = sqrt(top.reduce(0) { $0 + $1.weight * $1.weight })
            guard norm > 0 else { return [] }
            return top.map { (word: $0.word, weight: $0.weight / norm) }.sorted { $0.word < $1.word }
        }
        for (index, vector) in vectors.enumerated() {
            for w in vector { postings[w.word].append((index, w.weight)) }
        }
        self.vectors = vectors
        self.postings = postings
    }

    /// The `k` heaviest of `weighted` (words each once), heaviest first and
    /// on a tie the lower word id first: `sorted().prefix(k)`, but only the
    /// `k` kept are sorted, the rest partitioned off (most articles weigh
    /// hundreds of words and keep 80; sorting them all was most of making
    /// the vectors).
    static func strongest(_ weighted: [(word: Int, weight: Double)], _ k: Int) -> [(word: Int, weight: Double)] {
        func before(_ a: (word: Int, weight: Double), _ b: (word: Int, weight: Double)) -> Bool {
            a.weight != b.weight ? a.weight > b.weight : a.word < b.word
        }
        guard weighted.count > k else { return weighted.sorted(by: before) }
        guard k > 0 else { return [] }
        // Quickselect (Hoare's partition) until items[..<k] are the k first.
        var items = weighted
        var low = 0, high = items.count - 1
        while low < high {
            let pivot = items[low + (high - low) / 2]
            var i = low, j = high
            while i <= j {
                while before(items[i], pivot) { i += 1 }
                while before(pivot, items[j]) { j -= 1 }
                if i <= j {
                    items.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // items[low...j] come no later than the pivot, items[i...high] no earlier.
            if k - 1 <= j {
                high = j
            } else if k - 1 >= i {
                low = i
            } else {
                break
            }
        }
        return items[..<k].sorted(by: before)
    }

    /// Cosine similarity of two articles' vectors (both sorted by word id).
    func cosine(_ a: Int, _ b: Int) -> Double {
        let x = vectors[a], y = vectors[b]
        var i = 0, j = 0, sum = 0.0
        while i < x.count && j < y.count {
            if x[i].word == y[j].word {
                sum += x[i].weight * y[j].weight
                i += 1
                j += 1
            } else if x[i].word < y[j].word {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Pairs (a < b) whose cosine similarity is at least `floor`, with it.
    /// Words held by very many articles are too common to say "same event"
    /// and would make the search quadratic: they are skipped.
    ///
    /// With `days` (each article's day number, if dated) and `maxDaysApart`,
    /// two dated articles further apart are not paired: each word's
    /// articles are looked up by date, so a corpus spread over a year
    /// compares an article with the few days around it, not with every
    /// article that shares a word (the cap grows with the corpus).
    func similarPairs(atLeast floor: Double, days: [Int?] = [], maxDaysApart: Int? = nil) -> [SimilarPair] {
        let cap = max(100, vectors.count / 100)
        let windowed = maxDaysApart != nil && days.count == vectors.count
        // Per word: its dated articles by day, and its undated ones (always candidates).
        var dated: [[(day: Int, article: Int, weight: Double)]] = []
        var undated: [[(article: Int, weight: Double)]] = []
        if windowed {
            dated = ParallelMap.mapAll(postings) { list in
                list.compactMap { p in days[p.article].map { (day: $0, article: p.article, weight: p.weight) } }
                    .sorted { ($0.day, $0.article) < ($1.day, $1.article) }
            }
            undated = ParallelMap.mapAll(postings) { list in list.filter { days[$0.article] == nil } }
        }
        // Articles in runs, on every core, each run with its own scores;
        // the runs' pairs joined in order are the pairs in order.
        return ParallelMap.mapAll(ParallelMap.runs(vectors.count, of: 512)) { articles in
            pairs(of: articles, atLeast: floor, days: days, maxDaysApart: windowed ? maxDaysApart : nil,
                  cap: cap, dated: dated, undated: undated)
        }.flatMap { $0 }
    }

    /// `similarPairs` of the articles `range` (each with those after it).
    private func pairs(of range: Range<Int>, atLeast floor: Double, days: [Int?], maxDaysApart: Int?, cap: Int,
                       dated: [[(day: Int, article: Int, weight: Double)]],
                       undated: [[(article: Int, weight: Double)]]) -> [SimilarPair] {
        let windowed = maxDaysApart != nil
        var scores = [Double](repeating: 0, count: vectors.count)
        var touched: [Int] = []
        var pairs: [SimilarPair] = []
        func add(_ b: Int, _ score: Double) {
            if scores[b] == 0 { touched.append(b) }
            scores[b] += score
        }
        for a in range {
            let vector = vectors[a]
            for (word, weight) in vector where postings[word].count <= cap {
                if windowed, let day = days[a], let apart = maxDaysApart {
                    let list = dated[word]
                    var k = list.firstIndex(past: { $0.day >= day - apart })
                    while k < list.count, list[k].day <= day + apart {
                        if list[k].article > a { add(list[k].article, weight * list[k].weight) }
                        k += 1
                    }
                    for (b, other) in undated[word] where b > a { add(b, weight * other) }
                } else {
                    for (b, other) in postings[word] where b > a { add(b, weight * other) }
                }
            }
            for b in touched {
                if scores[b] >= floor { pairs.append(SimilarPair(a: a, b: b, similarity: scores[b])) }
                scores[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }
}

/// Two articles (a < b) and how alike they are.
struct SimilarPair: Equatable {
    let a: Int
    let b: Int
    let similarity: Double
}
