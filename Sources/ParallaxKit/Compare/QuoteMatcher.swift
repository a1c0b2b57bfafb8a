/// Finds the quotations two reports share, however their wording differs
/// ("He said he didn't meddle" and "He (Putin) said he didn't meddle").
enum QuoteMatcher {
    /// Least agreement for two quotations to be the same words.
    static let threshold = 0.6

    /// One quotation as matching reads it: its words, and its word forms,
    /// its whole word sequence and its stems as numbers.
    struct QuoteWords {
        /// The quotation's index in its article.
        let index: Int
        let words: [ContentWord]
        let forms: [Int]
        /// The same quotation repeated in a report is one sequence, scored
        /// once against each other.
        let sequence: Int
        let stems: Set<Int>
    }

    /// Numbers words, stems and word sequences for any number of articles,
    /// so that each article's quotations are read once however many others
    /// they are matched with, and remembers the common lengths already
    /// worked out between two sequences.
    struct Numbering {
        private var wordIds: [String: Int] = [:], stemIds: [String: Int] = [:], sequenceIds: [[Int]: Int] = [:]
        private struct Sequences: Hashable { let a: Int, b: Int }
        private var commonLengths: [Sequences: Int] = [:]

        /// The quotations of `article` that are someone's words.
        mutating func quotes(of article: Article, reader: inout ContentWordReader) -> [QuoteWords] {
            article.quotes.indices.filter { article.quotes[$0].isSomeonesWords }.map { i in
                let words = reader.words(in: article.source, range: article.quotes[i].range)
                let forms = words.map { wordIds.number($0.form) }
                return QuoteWords(index: i, words: words, forms: forms, sequence: sequenceIds.number(forms),
                                  stems: Set(words.map { stemIds.number($0.stem) }))
            }
        }

        /// Forgets the common lengths (they are only reused within a group of reports).
        mutating func forgetLengths() { commonLengths.removeAll() }

        /// How well `x` and `y`, sharing `shared` stems, agree, when they
        /// agree enough to be one quotation. Candidates are ranked on the
        /// length of their common subsequence alone; quotations sharing few
        /// stems are not compared word by word.
        mutating func score(_ x: QuoteWords, _ y: QuoteWords, shared: Int) -> Double? {
            guard shared * 3 >= min(x.stems.count, y.stems.count), shared >= 2 else { return nil }
            let key = Sequences(a: x.sequence, b: y.sequence)
            let length = commonLengths[key] ?? WordDiff.commonLength(x.forms, y.forms)
            commonLengths[key] = length
            let n = x.forms.count, m = y.forms.count
            let ratio = 2 * Double(length) / Double(n + m)
            var score = min(n, m) >= 4 ? max(ratio, Double(length) / Double(min(n, m))) : ratio
            if score < threshold, isFragment(of: x.words, y.words) || isFragment(of: y.words, x.words) { score = threshold }
            return score >= threshold ? score : nil
        }
    }

    /// A possible match: positions in the two lists of `QuoteWords`.
    struct Candidate {
        let a: Int, b: Int
        let score: Double
    }

    static func match(_ a: Article, _ b: Article, reader: inout ContentWordReader) -> [Comparison.SharedQuote] {
        var numbering = Numbering()
        let qa = numbering.quotes(of: a, reader: &reader), qb = numbering.quotes(of: b, reader: &reader)
        // Quotations that share stems, found through an index of B's stems.
        var index: [Int: [Int]] = [:]
        for (k, y) in qb.enumerated() { for stem in y.stems { index[stem, default: []].append(k) } }
        var candidates: [Candidate] = []
        var common = [Int](repeating: 0, count: qb.count)
        for (xi, x) in qa.enumerated() {
            var touched: [Int] = []
            for stem in x.stems {
                for k in index[stem] ?? [] {
                    if common[k] == 0 { touched.append(k) }
                    common[k] += 1
                }
            }
            for k in touched {
                let shared = common[k]
                common[k] = 0
                if let score = numbering.score(x, qb[k], shared: shared) { candidates.append(Candidate(a: xi, b: k, score: score)) }
            }
        }
        return assign(candidates).map { c in
            let x = qa[c.a], y = qb[c.b]
            return Comparison.SharedQuote(a: x.index, b: y.index, diff: WordDiff(x.words, y.words))
        }.sorted { $0.a < $1.a }
    }

    /// The matches among `candidates` of two reports: best score first
    /// (ties to the earlier quotations), each quotation matched once.
    static func assign(_ candidates: [Candidate]) -> [Candidate] {
        let ranked = candidates.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        return ranked.filter { c in
            guard !usedA.contains(c.a), !usedB.contains(c.b) else { return false }
            usedA.insert(c.a)
            usedB.insert(c.b)
            return true
        }
    }

    /// Two reports of a group that share quotations, and which: the
    /// quotations' indices in each article.
    struct PairMatches {
        let first: Int, second: Int
        let matches: [(a: Int, b: Int)]
    }

    /// For each pair of reports i < j (positions in `reports`, each the
    /// `Numbering.quotes` of one article) that share quotations, what
    /// `match` finds between them; pairs that share none are left out.
    /// Rather than matching every pair, one index of the stems of all the
    /// reports' quotations finds, for each quotation, the later reports'
    /// quotations it shares stems with, so that only reports sharing a
    /// candidate are assigned (and each quotation is read once).
    static func matchAll(_ reports: [[QuoteWords]], numbering: inout Numbering) -> [PairMatches] {
        // Quotation number: report's offset + position.
        var offsets: [Int] = [], total = 0
        for r in reports { offsets.append(total); total += r.count }
        var owner = [Int](repeating: 0, count: total)
        for (i, r) in reports.enumerated() { for k in r.indices { owner[offsets[i] + k] = i } }
        var index: [Int: [Int]] = [:]
        var common = [Int](repeating: 0, count: total)
        var out: [PairMatches] = []
        // From the last report back, so that the index holds the later reports only.
        for i in reports.indices.reversed() {
            var candidates: [Int: [Candidate]] = [:]
            for (xi, x) in reports[i].enumerated() {
                var touched: [Int] = []
                for stem in x.stems {
                    for q in index[stem] ?? [] {
                        if common[q] == 0 { touched.append(q) }
                        common[q] += 1
                    }
                }
                for q in touched {
                    let shared = common[q]
                    common[q] = 0
                    let j = owner[q], k = q - offsets[j]
                    if let score = numbering.score(x, reports[j][k], shared: shared) {
                        candidates[j, default: []].append(Candidate(a: xi, b: k, score: score))
                    }
                }
            }
            for (j, found) in candidates {
                let matches = assign(found).map { (a: reports[i][$0.a].index, b: reports[j][$0.b].index) }
                out.append(PairMatches(first: i, second: j, matches: matches))
            }
            for (k, y) in reports[i].enumerated() { for stem in y.stems { index[stem, default: []].append(offsets[i] + k) } }
        }
        return out.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Whether `short` is a fragment of `long` quoted on its own ("an
    /// "artificial barrier"" out of "this is really an artificial barrier
    /// that's put in front of us"): two or three words, two of them content
    /// words, found together in the longer quotation.
    static func isFragment(of long: [ContentWord], _ short: [ContentWord]) -> Bool {
        guard (2...3).contains(short.count), short.count < long.count,
              short.filter({ !$0.isFunctionWord }).count >= 2 else { return false }
        let forms = short.map(\.form), longForms = long.map(\.form)
        return (0...(longForms.count - forms.count)).contains { Array(longForms[$0..<($0 + forms.count)]) == forms }
    }

    /// The sentences that carry the words two shared quotations have in
    /// common, side by side: a quotation's words found in both reports say
    /// their sentences report the same thing, whatever else they say.
    /// A quotation running over several sentences anchors each of its
    /// sentences to the one carrying the same words on the other side.
    static func sentencePairs(_ shared: [Comparison.SharedQuote], _ a: [AlignedSentence], _ b: [AlignedSentence]) -> Set<SentenceAligner.Pair> {
        var pairs = Set<SentenceAligner.Pair>()
        for quote in shared {
            for run in quote.diff.runs where run.op == .equal {
                for (x, y) in zip(run.a, run.b) {
                    if let i = sentence(holding: x, in: a), let j = sentence(holding: y, in: b) {
                        pairs.insert(SentenceAligner.Pair(i: i, j: j))
                    }
                }
            }
        }
        return pairs
    }

    /// The sentence whose range holds `word` (sentences are in text order).
    private static func sentence(holding word: TextRange, in sentences: [AlignedSentence]) -> Int? {
        let k = sentences.firstIndex(past: { $0.range.end > word.start })
        return k < sentences.count && sentences[k].range.contains(word) ? k : nil
    }
}
